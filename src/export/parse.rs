//! The parsing side of a read: each conversation's JSON into its serde form, a large one
//! from its parts, with what could not be read noted and older duplicates dropped.

use super::*;

/// What a parsing worker made of one chunk, for [`sequence`] to take in reading order.
pub(super) enum Outcome<T> {
    /// A conversation parsed: its id's key and `update_time` (to drop older duplicates), its
    /// size in JSON, and what `prepare` made of it (or itself, when it is an older copy).
    Ready {
        key: u64,
        update_time: Option<f64>,
        size: usize,
        item: Handed<T>,
    },
    /// A conversation that could not be read.
    Skipped(Skipped),
    /// A chunk only [`sequence`] can take (a part of a large conversation, a warning, an
    /// oversized conversation), with the index of the conversation it ends, if it ends one.
    Later { chunk: Chunk, index: usize },
}

/// The conversations handed on so far, by the key of their id ([`id_key`]: a few bytes
/// each, whatever their size), with the `update_time` of the copy handed on. Written by
/// [`sequence`] only, in reading order; read by the workers too (see [`parse_batch`]).
pub(super) type Seen = std::sync::Mutex<HashMap<u64, Option<f64>>>;

/// Whether a copy of `key` updated at `update_time` is newer than the one handed on, if one
/// was: `None` when none was.
fn newer_than_seen(
    seen: &HashMap<u64, Option<f64>>,
    key: u64,
    update_time: Option<f64>,
) -> Option<bool> {
    seen.get(&key).map(|&previous| update_time > previous)
}

/// A batch of outcomes, numbered as its chunks were ([`ChunkBatch::seq`]), or the panic of the
/// worker that was making it.
pub(super) type Made<T> = (u64, std::thread::Result<Vec<Outcome<T>>>);

/// A parsing worker: parses and prepares the conversations of each batch it takes, and sends
/// what it made to [`sequence`]. Several run at once; batches come back in any order. Returns
/// when the batches end or [`sequence`] is gone.
pub(super) fn parse_batches<T>(
    located: &source::Located,
    seen: &Seen,
    rx: crossbeam_channel::Receiver<ChunkBatch>,
    prepare: &(impl Fn(Conversation) -> T + Sync),
    tx: crossbeam_channel::Sender<Made<T>>,
    spent: &crossbeam_channel::Receiver<Vec<T>>,
) {
    for batch in rx {
        let seq = batch.seq;
        // A panic goes on to `sequence`, which raises it in its turn: a batch missing from the
        // sequence would leave the other threads waiting for it.
        let made = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            parse_batch(located, seen, batch, prepare, spent)
        }));
        if tx.send((seq, made)).is_err() {
            break;
        }
    }
}

/// The outcomes of one batch. A conversation older than a copy [`sequence`] has handed on
/// already is not prepared: the copy handed on for its id only ever gets newer, so
/// [`sequence`] will drop this one too. (The single parsing thread before the workers
/// prepared only what it handed on; a copy whose first is still in flight is prepared here,
/// and dropped.)
fn parse_batch<T>(
    located: &source::Located,
    seen: &Seen,
    batch: ChunkBatch,
    prepare: &impl Fn(Conversation) -> T,
    spent: &crossbeam_channel::Receiver<Vec<T>>,
) -> Vec<Outcome<T>> {
    let mut index = batch.first_index;
    let mut out = Vec::with_capacity(batch.chunks.len());
    for chunk in batch.chunks {
        // What the caller is done with is dropped by a thread that allocates (issue 14).
        while let Ok(done) = spent.try_recv() {
            drop(done);
        }
        let this = index;
        if chunk.ends_conversation() {
            index += 1;
        }
        let Chunk::Element {
            file,
            offset,
            bytes,
        } = chunk
        else {
            out.push(Outcome::Later { chunk, index: this });
            continue;
        };
        let size = bytes.len();
        out.push(match parse_conversation(&bytes) {
            Ok(raw) => {
                drop(bytes);
                let conversation = Conversation::from_raw(raw, this);
                let (key, update_time) = (id_key(&conversation.id), conversation.update_time);
                let older = seen
                    .lock()
                    .is_ok_and(|seen| newer_than_seen(&seen, key, update_time) == Some(false));
                Outcome::Ready {
                    key,
                    update_time,
                    size,
                    item: if older {
                        Handed::Unprepared(Box::new(conversation))
                    } else {
                        Handed::Prepared(prepare(conversation))
                    },
                }
            }
            Err((reason, column)) => Outcome::Skipped(Skipped {
                index: this,
                id: salvage_id(&bytes),
                file: describe_file(located, file),
                offset: offset + column.unwrap_or(0),
                reason,
            }),
        });
    }
    out
}

/// A conversation for [`sequence`] to hand on: prepared by a worker, or to be prepared only
/// if it is handed on (a large one put together from its parts, or an older copy).
pub(super) enum Handed<T> {
    Prepared(T),
    Unprepared(Box<Conversation>),
}

/// What [`sequence`] reads with: the export, the options, where progress goes, and the
/// buffers of a large conversation's parts to hand back.
pub(super) struct Reading<'a> {
    pub(super) located: &'a source::Located,
    pub(super) seen: &'a Seen,
    pub(super) options: ReadOptions,
    pub(super) progress: &'a dyn Progress,
    pub(super) buffers: &'a PartBuffers,
}

/// The in-order stage: takes the workers' batches in reading order, drops older duplicates,
/// puts large conversations together from their parts, notes what could not be read, and
/// hands the rest on. Gives back a token ([`Numbered`]) for each batch done.
pub(super) fn sequence<T>(
    reading: Reading<'_>,
    made: crossbeam_channel::Receiver<Made<T>>,
    tokens: crossbeam_channel::Sender<()>,
    prepare: &impl Fn(Conversation) -> T,
    mut tx: Batcher<T>,
) -> ReadReport {
    let Reading {
        located,
        seen,
        options,
        progress,
        buffers,
    } = reading;
    let mut report = ReadReport {
        warnings: located.warnings.clone(),
        ..ReadReport::default()
    };
    // Hands on a conversation; false when the receiver is gone.
    let accept = |key: u64,
                  update_time: Option<f64>,
                  item: Handed<T>,
                  size: usize,
                  report: &mut ReadReport,
                  tx: &mut Batcher<T>| {
        let newer = {
            let mut seen = seen
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let newer = newer_than_seen(&seen, key, update_time);
            report.duplicates += usize::from(newer.is_some());
            if newer != Some(false) {
                seen.insert(key, update_time);
            }
            newer != Some(false)
        };
        if newer {
            report.conversations += 1;
            progress.conversation();
            let item = match item {
                Handed::Prepared(item) => item,
                Handed::Unprepared(conversation) => prepare(*conversation),
            };
            return tx.push(item, size);
        }
        true
    };
    // A large conversation arriving in parts.
    let mut parts: Option<Parts> = None;
    // Batches that came before their turn, by number.
    let mut early: std::collections::BTreeMap<u64, Vec<Outcome<T>>> = Default::default();
    let mut next = 0u64;
    'read: for (seq, outcomes) in made {
        let outcomes = outcomes.unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        early.insert(seq, outcomes);
        while let Some(outcomes) = early.remove(&next) {
            next += 1;
            for outcome in outcomes {
                let go_on = match outcome {
                    Outcome::Ready {
                        key,
                        update_time,
                        size,
                        item,
                    } => accept(key, update_time, item, size, &mut report, &mut tx),
                    Outcome::Skipped(skipped) => {
                        report.skipped.push(skipped);
                        true
                    }
                    Outcome::Later { chunk, index } => match chunk {
                        Chunk::Warning(w) => {
                            report.warnings.push(w);
                            true
                        }
                        Chunk::Oversized { file, offset, size } => {
                            // The parts of a conversation found too large at its end are dropped.
                            parts = None;
                            report.skipped.push(Skipped {
                                index,
                                id: None,
                                file: describe_file(located, file),
                                offset,
                                reason: format!(
                                    "it is {size} bytes, over the {} byte limit (--max-conversation-size)",
                                    options.limits.max_conversation_bytes
                                ),
                            });
                            true
                        }
                        Chunk::Part {
                            file,
                            offset,
                            bytes,
                            piece,
                        } => {
                            let gathered = Parts::gather(&mut parts, offset, &bytes, piece);
                            buffers.give(bytes);
                            match gathered.map(|p| (p.size, p.finish())) {
                                None => true,
                                Some((size, Ok(raw))) => {
                                    let conversation = Conversation::from_raw(raw, index);
                                    let key = id_key(&conversation.id);
                                    let update_time = conversation.update_time;
                                    let item = Handed::Unprepared(Box::new(conversation));
                                    accept(key, update_time, item, size, &mut report, &mut tx)
                                }
                                Some((_, Err((reason, at, id)))) => {
                                    report.skipped.push(Skipped {
                                        index,
                                        id,
                                        file: describe_file(located, file),
                                        offset: at,
                                        reason,
                                    });
                                    true
                                }
                            }
                        }
                        // Parsed by the workers.
                        Chunk::Element { .. } => true,
                    },
                };
                if !go_on {
                    break 'read;
                }
            }
            // The batch is done: the inflating thread may send another.
            let _ = tokens.send(());
        }
    }
    report
}

/// A large conversation put together from its parts ([`split::Piece`]): the nodes of its
/// `mapping` are parsed part by part, so only one part's JSON is held at a time; the rest
/// (the fields before and after the mapping, with an empty mapping in its place) is parsed
/// at the end. Same result as parsing the whole conversation at once.
pub(super) struct Parts {
    /// Stream offset of the conversation.
    start: u64,
    /// Bytes seen so far.
    size: usize,
    /// Length of the first part up to the mapping's `{`: where `{}` stands in the shell.
    head_len: usize,
    /// The fields around the mapping: the first part up to the mapping's `{`, then `{}`, then
    /// (at the end) the last part after the mapping's `}`.
    shell: Vec<u8>,
    /// Stream offset of the last part's bytes after the mapping, which follow `{}` in the
    /// shell.
    tail_offset: u64,
    nodes: Mapping,
    /// The first problem in the nodes, with its stream offset.
    error: Option<(String, u64)>,
    /// Where each part's nodes are copied to be parsed, reused from part to part: a buffer
    /// of half a megabyte made and freed for every part left many of them waiting for the
    /// allocator to give them back (issue 14).
    scratch: Vec<u8>,
}

impl Parts {
    /// Adds one part to the conversation being put together in `parts`; the whole of it,
    /// taken out of `parts`, when this was its last part.
    pub(super) fn gather(
        parts: &mut Option<Parts>,
        offset: u64,
        bytes: &[u8],
        piece: Piece,
    ) -> Option<Parts> {
        parts
            .get_or_insert_with(|| Parts::new(offset))
            .add(offset, bytes, piece);
        if let Piece::Last { .. } = piece {
            parts.take()
        } else {
            None
        }
    }

    pub(super) fn new(start: u64) -> Parts {
        Parts {
            start,
            size: 0,
            head_len: 0,
            shell: Vec::new(),
            tail_offset: start,
            nodes: Mapping::default(),
            error: None,
            scratch: Vec::new(),
        }
    }

    pub(super) fn add(&mut self, offset: u64, bytes: &[u8], piece: Piece) {
        self.size += bytes.len();
        let (nodes_from, nodes_to) = match piece {
            Piece::First { open } => {
                self.head_len = open;
                self.shell.extend_from_slice(&bytes[..open]);
                self.shell.extend_from_slice(b"{}");
                (open + 1, bytes.len())
            }
            Piece::Middle => (0, bytes.len()),
            Piece::Last { close } => {
                let close = close.unwrap_or(bytes.len());
                self.shell
                    .extend_from_slice(bytes.get(close + 1..).unwrap_or_default());
                self.tail_offset = offset + close as u64 + 1;
                if close == bytes.len() && self.error.is_none() {
                    self.error = Some(("the brackets of its mapping do not match".into(), offset));
                }
                (0, close)
            }
        };
        if self.error.is_none() {
            let run = &bytes[nodes_from..nodes_to];
            if let Err((reason, column)) = self.parse_nodes(run) {
                let at = offset + nodes_from as u64 + column.unwrap_or(0);
                self.error = Some((reason, at));
            }
        }
    }

    /// Parses a run of nodes (`"id": {…}, …`, after a comma when not the first run).
    fn parse_nodes(&mut self, run: &[u8]) -> Result<(), (String, Option<u64>)> {
        let skip = run
            .iter()
            .position(|b| !matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
            .unwrap_or(run.len());
        let skip = if run.get(skip) == Some(&b',') {
            skip + 1
        } else {
            skip
        };
        let body = &run[skip..];
        if body
            .iter()
            .all(|b| matches!(b, b' ' | b'\n' | b'\r' | b'\t'))
        {
            return Ok(());
        }
        if let Some(mapping) = super::fast::nodes(body) {
            self.nodes.append(mapping);
            return Ok(());
        }
        // Inside an array, so that the nodes are as deep as in the whole conversation (the
        // same recursion limit applies). The copy goes in one buffer for all the parts.
        let wrapped = &mut self.scratch;
        wrapped.clear();
        wrapped.reserve(body.len() + 4);
        wrapped.extend_from_slice(b"[{");
        wrapped.extend_from_slice(body);
        wrapped.extend_from_slice(b"}]");
        match parse_json::<(Mapping,)>(wrapped) {
            Ok((mapping,)) => {
                self.nodes.append(mapping);
                Ok(())
            }
            Err(e) => {
                let (reason, column) = describe_parse_error(&e);
                let column = column.map(|c| (c + skip as u64).saturating_sub(2));
                Err((reason, column))
            }
        }
    }

    /// The conversation, or why it cannot be read: the reason, its stream offset and the id
    /// when it could be read.
    pub(super) fn finish(self) -> Result<RawConversation, (String, u64, Option<String>)> {
        match parse_conversation(&self.shell) {
            Ok(mut raw) => match self.error {
                Some((reason, at)) => Err((reason, at, raw.id.take().or(raw.conversation_id))),
                None => {
                    raw.mapping = self.nodes;
                    Ok(raw)
                }
            },
            Err((reason, column)) => {
                let id = salvage_id(&self.shell);
                // Where the problem is in the stream: before the mapping, in its `{}`, or after.
                let at = column.map(|c| {
                    let head = self.head_len as u64;
                    if c < head {
                        self.start + c
                    } else if c < head + 2 {
                        self.start + head
                    } else {
                        self.tail_offset + (c - head - 2)
                    }
                });
                // Whichever comes first in the conversation is what a parse of it whole
                // would have stopped at.
                match (self.error, at) {
                    (Some((r, a)), Some(at)) if at >= a => Err((r, a, id)),
                    (Some((r, a)), None) => Err((r, a, id)),
                    (_, at) => Err((reason, at.unwrap_or(self.start), id)),
                }
            }
        }
    }
}

/// Parses one conversation: by [`super::fast`] when it can, else by serde. Lone UTF-16 surrogate escapes (`\ud83d` without its pair), which
/// serde_json rejects, are replaced by U+FFFD and the parse retried.
pub(crate) fn parse_conversation(bytes: &[u8]) -> Result<RawConversation, (String, Option<u64>)> {
    if let Some(raw) = super::fast::conversation(bytes) {
        return Ok(raw);
    }
    parse_json(bytes).map_err(|first| {
        let (mut reason, column) = describe_parse_error(&first);
        if !reason.contains("nested too deeply") && bytes.first() != Some(&b'{') {
            let found = match bytes.first() {
                Some(b'[') => "an array",
                Some(b'"') => "a string",
                Some(b't' | b'f') => "a boolean",
                Some(b'n') => "null",
                _ => "a number",
            };
            reason = format!("it is not a conversation object (found {found})");
        }
        (reason, column)
    })
}

/// Parses JSON, retrying once with lone surrogates replaced (see [`parse_conversation`]);
/// the error is the first parse's.
pub(super) fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    match parse_raw(bytes) {
        Ok(v) => Ok(v),
        Err(first) => {
            if let Some(repaired) = repair_lone_surrogates(bytes)
                && let Ok(v) = serde_json::from_slice::<T>(&repaired)
            {
                return Ok(v);
            }
            Err(first)
        }
    }
}

/// serde's error as a reason, without its location, and the 0-based column when the error
/// is on the first line.
pub(super) fn describe_parse_error(first: &serde_json::Error) -> (String, Option<u64>) {
    let column = (first.line() == 1).then(|| first.column().saturating_sub(1) as u64);
    let mut reason = first.to_string();
    // serde's "at line 1 column N" is relative to the conversation; the offset says it.
    if let Some(at) = reason.find(" at line ") {
        reason.truncate(at);
    }
    if reason.contains("recursion limit") {
        reason = "it is nested too deeply to be a conversation".into();
    }
    (reason, column)
}

/// `serde_json::from_slice`, except that a slice of valid UTF-8 (checked once, quickly, with
/// SIMD: 2% of the CPU time of `inspect` with the standard library's check) is parsed as a
/// `str`, which spares serde checking each string again. Same result, same errors.
/// Mappings make room for their nodes from the size of `bytes` ([`super::schema::sized`]).
pub(super) fn parse_raw<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    super::schema::sized(bytes, |bytes| match simdutf8::basic::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    })
}

/// The id of a conversation that failed to parse, when its JSON is at least well-formed.
pub(super) fn salvage_id(bytes: &[u8]) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Ids {
        id: Option<serde_json::Value>,
        conversation_id: Option<serde_json::Value>,
    }
    let ids: Ids = serde_json::from_slice(bytes).ok()?;
    [ids.id, ids.conversation_id]
        .into_iter()
        .flatten()
        .find_map(|v| v.as_str().map(str::to_owned))
}

/// Rewrites `\uD800`–`\uDFFF` escapes that are not part of a valid pair as `\uFFFD`.
/// Returns `None` when there was nothing to repair.
pub(super) fn repair_lone_surrogates(bytes: &[u8]) -> Option<Vec<u8>> {
    fn hex4(b: &[u8]) -> Option<u16> {
        let s = std::str::from_utf8(b.get(..4)?).ok()?;
        u16::from_str_radix(s, 16).ok()
    }
    let mut out = Vec::with_capacity(bytes.len());
    let mut changed = false;
    let mut i = 0;
    let mut in_string = false;
    while i < bytes.len() {
        let b = bytes[i];
        if !in_string {
            if b == b'"' {
                in_string = true;
            }
            out.push(b);
            i += 1;
            continue;
        }
        match b {
            b'"' => {
                in_string = false;
                out.push(b);
                i += 1;
            }
            b'\\' if bytes.get(i + 1) == Some(&b'u') => {
                let unit = hex4(&bytes[(i + 2).min(bytes.len())..]);
                match unit {
                    Some(0xD800..=0xDBFF) => {
                        let next_is_low = bytes.get(i + 6) == Some(&b'\\')
                            && bytes.get(i + 7) == Some(&b'u')
                            && hex4(&bytes[(i + 8).min(bytes.len())..])
                                .is_some_and(|lo| (0xDC00..=0xDFFF).contains(&lo));
                        if next_is_low {
                            out.extend_from_slice(&bytes[i..i + 12]);
                            i += 12;
                        } else {
                            out.extend_from_slice(b"\\uFFFD");
                            changed = true;
                            i += 6;
                        }
                    }
                    Some(0xDC00..=0xDFFF) => {
                        out.extend_from_slice(b"\\uFFFD");
                        changed = true;
                        i += 6;
                    }
                    _ => {
                        out.extend_from_slice(&bytes[i..(i + 2).min(bytes.len())]);
                        i += 2;
                    }
                }
            }
            b'\\' => {
                out.extend_from_slice(&bytes[i..(i + 2).min(bytes.len())]);
                i += 2;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    changed.then_some(out)
}
