//! Reading a ChatGPT data export, 2023 → 2026, one conversation at a time.
//!
//! [`open`] looks at the input (a zip as downloaded, an unzipped folder, a bare
//! `conversations.json` or shard, or `-` for stdin) and finds the conversation files;
//! [`Export::read`] streams them. One thread inflates and splits the top-level array into
//! per-conversation byte slices ([`split`]); the calling thread parses each slice with serde and
//! hands a [`Conversation`] to the caller. Memory is bounded by the largest conversation, never
//! by the file.
//!
//! This module owns the input: it opens it read-only, never extracts, never writes, and never
//! uses a zip member name as a path. It does not print; progress goes through [`Progress`] and
//! warnings come back in the [`ReadReport`].

mod content;
mod conversation;
mod error;
mod html;
mod schema;
pub(crate) mod signals;
mod source;
mod split;
pub(crate) mod text;
pub(crate) mod thread;

use std::collections::HashMap;
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::PathBuf;

use serde::Serialize;
use sha2::{Digest, Sha256};

pub use content::{AssetRef, Content, Part, Thought};
pub use conversation::{
    Attachment, AttachmentKind, Conversation, Gizmo, GizmoKind, MemoryCitation, MemorySnapshot,
    MemoryWrite, Message, Role,
};
pub use error::{ExportError, JsonError};
pub use signals::{CustomInstructions, InstructionShape, MemoryEntry};
pub use source::{Input, SourceKind};

use schema::Mapping;
use schema::RawConversation;
use source::Locator;
use split::{Item, Piece, SplitError, Splitter, TopLevel};

/// Caps that keep a hostile or broken archive from exhausting the machine.
///
/// The defaults are generous: genuine exports of several gigabytes pass, while a zip bomb ends
/// in a clear error, or is read in bounded memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most bytes of conversation JSON to inflate, over all files.
    pub max_total_bytes: u64,
    /// Most inflated bytes per compressed byte of a zip member (checked past 64 MiB).
    pub max_ratio: u64,
    /// Largest single conversation kept in memory; a larger one is skipped with a warning.
    pub max_conversation_bytes: u64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_total_bytes: 64 << 30,
            max_ratio: 200,
            max_conversation_bytes: 1 << 30,
        }
    }
}

/// Hears about reading progress. Implemented by the CLI with a progress bar; the library
/// never draws anything itself. Called from two threads, hence `Sync`.
pub trait Progress: Sync {
    /// Reading starts; `total_bytes` is the inflated size of the conversation files when known.
    fn start(&self, _total_bytes: Option<u64>) {}
    /// `n` more bytes of conversation JSON were read.
    fn bytes(&self, _n: u64) {}
    /// One more conversation was parsed.
    fn conversation(&self) {}
    /// Reading ended (successfully or not).
    fn finish(&self) {}
}

/// A [`Progress`] that ignores everything (for callers that show none, such as tests).
pub struct NoProgress;
impl Progress for NoProgress {}

/// A conversation that could not be read and was skipped.
#[derive(Debug, Clone, Serialize)]
pub struct Skipped {
    /// Position in the export, 0-based over all files.
    pub index: usize,
    /// Its id, when it could still be read.
    pub id: Option<String>,
    /// The file it is in.
    pub file: String,
    /// Byte offset of the conversation in that (inflated) file.
    pub offset: u64,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skipped conversation #{}", self.index)?;
        if let Some(id) = &self.id {
            write!(f, " ({id})")?;
        }
        write!(
            f,
            " in {} at byte {}: {}",
            self.file, self.offset, self.reason
        )
    }
}

/// What happened while reading, besides the conversations themselves.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ReadReport {
    /// Conversations handed to the caller (a newer duplicate counts once more).
    pub conversations: usize,
    /// Copies of a conversation already seen: older copies dropped, newer ones handed on again.
    pub duplicates: usize,
    /// Conversations that could not be read.
    pub skipped: Vec<Skipped>,
    /// Other problems worth telling the person (missing shards, trailing bytes…).
    pub warnings: Vec<String>,
    /// Bytes of conversation JSON read.
    pub bytes: u64,
    /// SHA-256 of the conversation JSON as read, in hex, when [`ReadOptions::hash`] asked.
    pub sha256: Option<String>,
}

/// Options for reading.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReadOptions {
    pub limits: Limits,
    /// Hash the conversation JSON as it is read (for provenance).
    pub hash: bool,
}

/// An export that was found and is ready to be read.
pub struct Export {
    located: source::Located,
    options: ReadOptions,
}

/// Finds the conversations of `input` without reading them yet.
pub fn open(input: &Input, options: ReadOptions) -> Result<Export, ExportError> {
    let located = source::locate(input)?;
    // The sizes a zip declares can lie; they are checked again while reading.
    let declared: Option<u64> = located.files.iter().map(|f| f.size).sum();
    if declared.is_some_and(|t| t > options.limits.max_total_bytes) {
        return Err(ExportError::TooLarge {
            file: located.label.clone(),
            limit: options.limits.max_total_bytes,
        });
    }
    Ok(Export { located, options })
}

/// One message from the inflating thread to the parsing one.
enum Chunk {
    Element {
        file: usize,
        offset: u64,
        bytes: Vec<u8>,
    },
    /// A part of a large conversation ([`split::Item::Part`]).
    Part {
        file: usize,
        offset: u64,
        bytes: Vec<u8>,
        piece: Piece,
    },
    Oversized {
        file: usize,
        offset: u64,
        size: u64,
    },
    Warning(String),
}

impl Export {
    pub fn kind(&self) -> SourceKind {
        self.located.kind
    }

    /// The input as the person named it.
    pub fn label(&self) -> &str {
        &self.located.label
    }

    /// The conversation files, in reading order.
    pub fn files(&self) -> Vec<String> {
        self.located.files.iter().map(|f| f.name.clone()).collect()
    }

    /// True when the conversations come in `conversations-NNN.json` shards.
    pub fn sharded(&self) -> bool {
        self.located
            .files
            .iter()
            .any(|f| source::shard_number(f.name.rsplit('/').next().unwrap_or(&f.name)).is_some())
    }

    /// True when `export_manifest.json` gave the shard order.
    pub fn manifest_used(&self) -> bool {
        self.located.manifest_used
    }

    /// Inflated size of the conversation files, when known before reading.
    pub fn total_bytes(&self) -> Option<u64> {
        self.located.files.iter().map(|f| f.size).sum()
    }

    /// Reads every conversation and hands each to `each`, in export order.
    ///
    /// A conversation that appears twice (across shards) is handed on again only when the
    /// later copy has a newer `update_time`; key what you keep by [`Conversation::id`].
    /// Damaged conversations are skipped and listed in the report; damage to the file as a
    /// whole (cut short, not an array, a corrupt zip) is an error.
    pub fn read(
        self,
        progress: &dyn Progress,
        each: impl FnMut(Conversation),
    ) -> Result<ReadReport, ExportError> {
        self.read_with(progress, |c| c, each)
    }

    /// [`Export::read`], with `prepare` run on each conversation on the parsing thread
    /// before `each` gets what it returns: work that needs only the conversation runs there,
    /// beside `each` working on the ones before.
    pub fn read_with<T: Send>(
        self,
        progress: &dyn Progress,
        prepare: impl Fn(Conversation) -> T + Sync,
        mut each: impl FnMut(T),
    ) -> Result<ReadReport, ExportError> {
        progress.start(self.total_bytes());
        // Three stages, each on its own thread: inflate and split (producer), parse (parser),
        // and the caller's `each` (here). On two cores the OS interleaves them; the bounded
        // channels keep only a few conversations in flight.
        // Items travel in batches: one channel operation per batch keeps the threads from
        // waking each other for every small conversation.
        // Four batches of JSON and two of parsed conversations in flight: enough to keep both
        // cores busy, and each batch held is a megabyte or more of peak RSS.
        let (tx, rx) = crossbeam_channel::bounded::<Vec<Chunk>>(4);
        let (parsed_tx, parsed_rx) = crossbeam_channel::bounded::<Vec<T>>(2);
        let located = &self.located;
        let options = self.options;
        let result = std::thread::scope(|scope| {
            let producer =
                scope.spawn(move || produce(located, options, progress, Batcher::new(tx)));
            let prepare = &prepare;
            let parser = scope.spawn(move || {
                let tx = Batcher::new(parsed_tx);
                parse_all(located, options, progress, rx, prepare, tx)
            });
            for conversation in parsed_rx.into_iter().flatten() {
                each(conversation);
            }
            let stopped = || ExportError::Read {
                file: located.label.clone(),
                source: io::Error::other("a reading thread stopped unexpectedly"),
            };
            let report = parser.join().map_err(|_| stopped())?;
            let produced = producer.join().map_err(|_| stopped())?;
            produced.map(|p| (report, p))
        });
        progress.finish();
        let (mut report, (bytes, sha256)) = result?;
        report.bytes = bytes;
        report.sha256 = sha256;
        Ok(report)
    }

    /// Reads every conversation into memory (the fuzz targets and small tools); the streaming
    /// [`Export::read`] is what ferry itself uses.
    pub fn read_all(self) -> Result<(Vec<Conversation>, ReadReport), ExportError> {
        let mut all: Vec<Conversation> = Vec::new();
        let report = self.read(&NoProgress, |c| {
            match all.iter_mut().find(|x| x.id == c.id) {
                Some(slot) => *slot = c,
                None => all.push(c),
            }
        })?;
        Ok((all, report))
    }
}

/// Sends items in batches of about a megabyte; what is left is sent when it is dropped.
struct Batcher<T> {
    tx: crossbeam_channel::Sender<Vec<T>>,
    batch: Vec<T>,
    bytes: usize,
}

impl<T> Batcher<T> {
    const MAX_ITEMS: usize = 64;
    const MAX_BYTES: usize = 1 << 20;

    fn new(tx: crossbeam_channel::Sender<Vec<T>>) -> Self {
        Batcher {
            tx,
            batch: Vec::new(),
            bytes: 0,
        }
    }

    /// Adds an item; false when the receiving side is gone.
    fn push(&mut self, item: T, bytes: usize) -> bool {
        self.batch.push(item);
        self.bytes += bytes;
        if self.batch.len() >= Self::MAX_ITEMS || self.bytes >= Self::MAX_BYTES {
            self.flush()
        } else {
            true
        }
    }

    fn flush(&mut self) -> bool {
        if self.batch.is_empty() {
            return true;
        }
        self.bytes = 0;
        self.tx.send(std::mem::take(&mut self.batch)).is_ok()
    }
}

impl<T> Drop for Batcher<T> {
    fn drop(&mut self) {
        self.flush();
    }
}

/// The parsing stage: turns chunks into conversations, drops older duplicates, and notes
/// what could not be read.
fn parse_all<T>(
    located: &source::Located,
    options: ReadOptions,
    progress: &dyn Progress,
    rx: crossbeam_channel::Receiver<Vec<Chunk>>,
    prepare: &impl Fn(Conversation) -> T,
    mut tx: Batcher<T>,
) -> ReadReport {
    let mut report = ReadReport {
        warnings: located.warnings.clone(),
        ..ReadReport::default()
    };
    // Keyed by a hash of the id: a few bytes per conversation, whatever its size.
    let mut seen: HashMap<u64, Option<f64>> = HashMap::new();
    let mut index = 0usize;
    // A large conversation arriving in parts.
    let mut parts: Option<Parts> = None;
    // Hands on a parsed conversation; false when the receiver is gone.
    let mut accept = |raw: RawConversation, this: usize, size: usize, report: &mut ReadReport| {
        let conversation = Conversation::from_raw(raw, this);
        let key = id_key(&conversation.id);
        let newer = match seen.get(&key) {
            Some(&previous) => {
                report.duplicates += 1;
                conversation.update_time > previous
            }
            None => true,
        };
        if newer {
            seen.insert(key, conversation.update_time);
            report.conversations += 1;
            progress.conversation();
            return tx.push(prepare(conversation), size);
        }
        true
    };
    for chunk in rx.into_iter().flatten() {
        match chunk {
            Chunk::Warning(w) => report.warnings.push(w),
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
                index += 1;
            }
            Chunk::Part {
                file,
                offset,
                bytes,
                piece,
            } => {
                let p = parts.get_or_insert_with(|| Parts::new(offset));
                p.add(offset, &bytes, piece);
                if let Piece::Last { .. } = piece {
                    let p = parts.take().expect("parts of a conversation");
                    let this = index;
                    index += 1;
                    let size = p.size;
                    match p.finish() {
                        Ok(raw) => {
                            if !accept(raw, this, size, &mut report) {
                                break;
                            }
                        }
                        Err((reason, at, id)) => report.skipped.push(Skipped {
                            index: this,
                            id,
                            file: describe_file(located, file),
                            offset: at,
                            reason,
                        }),
                    }
                }
            }
            Chunk::Element {
                file,
                offset,
                bytes,
            } => {
                let this = index;
                index += 1;
                let size = bytes.len();
                match parse_conversation(&bytes) {
                    Ok(raw) => {
                        drop(bytes);
                        if !accept(raw, this, size, &mut report) {
                            break;
                        }
                    }
                    Err((reason, column)) => report.skipped.push(Skipped {
                        index: this,
                        id: salvage_id(&bytes),
                        file: describe_file(located, file),
                        offset: offset + column.unwrap_or(0),
                        reason,
                    }),
                }
            }
        }
    }
    report
}

/// A large conversation put together from its parts ([`split::Piece`]): the nodes of its
/// `mapping` are parsed part by part, so only one part's JSON is held at a time; the rest
/// (the fields before and after the mapping, with an empty mapping in its place) is parsed
/// at the end. Same result as parsing the whole conversation at once.
struct Parts {
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
    nodes: Vec<(String, schema::RawNode)>,
    /// The first problem in the nodes, with its stream offset.
    error: Option<(String, u64)>,
}

impl Parts {
    fn new(start: u64) -> Parts {
        Parts {
            start,
            size: 0,
            head_len: 0,
            shell: Vec::new(),
            tail_offset: start,
            nodes: Vec::new(),
            error: None,
        }
    }

    fn add(&mut self, offset: u64, bytes: &[u8], piece: Piece) {
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
        // Inside an array, so that the nodes are as deep as in the whole conversation (the
        // same recursion limit applies).
        let mut wrapped = Vec::with_capacity(body.len() + 4);
        wrapped.extend_from_slice(b"[{");
        wrapped.extend_from_slice(body);
        wrapped.extend_from_slice(b"}]");
        match parse_json::<(Mapping,)>(&wrapped) {
            Ok((mapping,)) => {
                self.nodes.extend(mapping.0);
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
    fn finish(self) -> Result<RawConversation, (String, u64, Option<String>)> {
        match parse_conversation(&self.shell) {
            Ok(mut raw) => match self.error {
                Some((reason, at)) => Err((reason, at, raw.id.take().or(raw.conversation_id))),
                None => {
                    raw.mapping = Mapping(self.nodes);
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

/// A stable 64-bit key for a conversation id.
fn id_key(id: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::hash::DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

fn describe_file(located: &source::Located, file: usize) -> String {
    let name = &located.files[file].name;
    match located.kind {
        SourceKind::Zip => format!("{name} in '{}'", located.label),
        _ => name.clone(),
    }
}

/// Parses one conversation. Lone UTF-16 surrogate escapes (`\ud83d` without its pair), which
/// serde_json rejects, are replaced by U+FFFD and the parse retried.
pub(crate) fn parse_conversation(bytes: &[u8]) -> Result<RawConversation, (String, Option<u64>)> {
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
fn parse_json<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
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
fn describe_parse_error(first: &serde_json::Error) -> (String, Option<u64>) {
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

/// `serde_json::from_slice`, except that a slice of valid UTF-8 (checked once, quickly) is
/// parsed as a `str`, which spares serde checking each string again. Same result, same errors.
fn parse_raw<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> serde_json::Result<T> {
    match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    }
}

/// The id of a conversation that failed to parse, when its JSON is at least well-formed.
fn salvage_id(bytes: &[u8]) -> Option<String> {
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
fn repair_lone_surrogates(bytes: &[u8]) -> Option<Vec<u8>> {
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

/// What is counted over all conversation files of one read: bytes against the limits,
/// progress, and the hash.
struct Meter<'a> {
    limits: Limits,
    total: u64,
    progress: &'a dyn Progress,
    hasher: Option<Sha256>,
}

/// Bomb and progress accounting around one file's (inflating) reader.
struct Metered<'m, 'a, R> {
    inner: R,
    read: u64,
    compressed: Option<u64>,
    meter: &'m mut Meter<'a>,
}

impl<'m, 'a, R> Metered<'m, 'a, R> {
    fn new(inner: R, compressed: Option<u64>, meter: &'m mut Meter<'a>) -> Self {
        Metered {
            inner,
            read: 0,
            compressed,
            meter,
        }
    }
}

#[derive(Debug, thiserror::Error)]
enum LimitHit {
    #[error("total size limit")]
    Total,
    #[error("ratio limit")]
    Ratio,
}

impl<R: Read> Read for Metered<'_, '_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        let meter = &mut *self.meter;
        if let Some(h) = meter.hasher.as_mut() {
            h.update(&buf[..n]);
        }
        self.read += n as u64;
        meter.total += n as u64;
        meter.progress.bytes(n as u64);
        if meter.total > meter.limits.max_total_bytes {
            return Err(io::Error::other(LimitHit::Total));
        }
        if let Some(compressed) = self.compressed
            && self.read > 64 << 20
            && self.read / compressed.max(1) > meter.limits.max_ratio
        {
            return Err(io::Error::other(LimitHit::Ratio));
        }
        Ok(n)
    }
}

/// The inflating side: reads each conversation file and sends its elements on.
fn produce(
    located: &source::Located,
    options: ReadOptions,
    progress: &dyn Progress,
    mut tx: Batcher<Chunk>,
) -> Result<(u64, Option<String>), ExportError> {
    let limits = options.limits;
    let mut meter = Meter {
        limits,
        total: 0,
        progress,
        hasher: options.hash.then(Sha256::new),
    };
    match located.kind {
        SourceKind::Zip => {
            let path = located.zip_path.clone().unwrap_or_default();
            let file = File::open(&path).map_err(|source| ExportError::Open {
                path: path.clone(),
                source,
            })?;
            let mut archive = zip::ZipArchive::new(file).map_err(|cause| ExportError::Zip {
                path: path.clone(),
                cause,
            })?;
            for (file_index, f) in located.files.iter().enumerate() {
                let Locator::ZipIndex(i) = f.locator else {
                    continue;
                };
                let member = archive.by_index(i).map_err(|cause| ExportError::Zip {
                    path: path.clone(),
                    cause,
                })?;
                let metered = Metered::new(member, f.compressed, &mut meter);
                if !split_source(metered, f.html, file_index, located, limits, &mut tx)? {
                    break;
                }
            }
        }
        SourceKind::Directory | SourceKind::Json => {
            for (file_index, f) in located.files.iter().enumerate() {
                let Locator::Path(p) = &f.locator else {
                    continue;
                };
                let file = File::open(p).map_err(|source| ExportError::Open {
                    path: p.clone(),
                    source,
                })?;
                let metered = Metered::new(file, None, &mut meter);
                if !split_source(metered, f.html, file_index, located, limits, &mut tx)? {
                    break;
                }
            }
        }
        SourceKind::Stdin => produce_stdin(located, &mut meter, &mut tx)?,
    }
    let sha256 = meter.hasher.map(|h| {
        h.finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect::<String>()
    });
    Ok((meter.total, sha256))
}

fn produce_stdin(
    located: &source::Located,
    meter: &mut Meter<'_>,
    tx: &mut Batcher<Chunk>,
) -> Result<(), ExportError> {
    let limits = meter.limits;
    let read_err = |source| ExportError::Read {
        file: "standard input".into(),
        source,
    };
    let mut stdin = io::stdin().lock();
    let mut head = [0u8; 4];
    let mut n = 0;
    while n < head.len() {
        match stdin.read(&mut head[n..]).map_err(read_err)? {
            0 => break,
            k => n += k,
        }
    }
    if n == 0 {
        return Err(ExportError::NothingPiped);
    }
    let mut joined = io::Cursor::new(head[..n].to_vec()).chain(stdin);
    if !source::is_zip_magic(&head[..n]) {
        let metered = Metered::new(joined, None, meter);
        split_file(metered, 0, located, limits, tx)?;
        return Ok(());
    }
    // A zip on stdin can only be read front to back: members come in archive order.
    let mut found = false;
    loop {
        let member =
            zip::read::read_zipfile_from_stream(&mut joined).map_err(|cause| ExportError::Zip {
                path: PathBuf::from("-"),
                cause,
            })?;
        let Some(member) = member else { break };
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if source::stream_member_key(&name).is_none() {
            continue; // dropping the member skips its data
        }
        if member.encrypted() {
            return Err(ExportError::Encrypted {
                path: PathBuf::from("-"),
                member: name,
            });
        }
        found = true;
        let compressed = Some(member.compressed_size());
        let metered = Metered::new(member, compressed, &mut *meter);
        if !split_file(metered, 0, located, limits, tx)? {
            break;
        }
    }
    if !found {
        return Err(ExportError::NoConversations {
            path: PathBuf::from("-"),
            members: 0,
        });
    }
    Ok(())
}

/// [`split_file`] on a conversations file, or on the array inside a `chat.html` page.
fn split_source<R: Read>(
    reader: R,
    html: bool,
    file: usize,
    located: &source::Located,
    limits: Limits,
    tx: &mut Batcher<Chunk>,
) -> Result<bool, ExportError> {
    if html {
        split_file(html::JsonData::new(reader), file, located, limits, tx)
    } else {
        split_file(reader, file, located, limits, tx)
    }
}

/// Splits one file into conversations and sends them; false when the receiver is gone.
fn split_file<R: Read>(
    reader: R,
    file: usize,
    located: &source::Located,
    limits: Limits,
    tx: &mut Batcher<Chunk>,
) -> Result<bool, ExportError> {
    let name = || describe_file(located, file);
    let max = usize::try_from(limits.max_conversation_bytes).unwrap_or(usize::MAX);
    let mut splitter = Splitter::new(reader, max);
    let fail = |e: SplitError| -> ExportError {
        match e {
            SplitError::Io(io) => io_failure(io, name(), limits),
            SplitError::LfsPointer => ExportError::LfsPointer { file: name() },
            other => ExportError::Json {
                file: name(),
                source: JsonError(other.to_string()),
            },
        }
    };
    match splitter.start().map_err(fail)? {
        TopLevel::Array => {
            while let Some(item) = splitter.next_item().map_err(fail)? {
                let chunk = match item {
                    Item::Element { offset, bytes } => Chunk::Element {
                        file,
                        offset,
                        bytes,
                    },
                    Item::Part {
                        offset,
                        bytes,
                        piece,
                    } => Chunk::Part {
                        file,
                        offset,
                        bytes,
                        piece,
                    },
                    Item::Oversized { offset, size } => Chunk::Oversized { file, offset, size },
                };
                let size = match &chunk {
                    Chunk::Element { bytes, .. } | Chunk::Part { bytes, .. } => bytes.len(),
                    _ => 0,
                };
                if !tx.push(chunk, size) {
                    return Ok(false);
                }
            }
            if let Some(at) = splitter.trailing_garbage().map_err(fail)? {
                tx.push(
                    Chunk::Warning(format!(
                        "{} has unexpected bytes after its conversations, at byte {at}; they were ignored",
                        name()
                    )),
                    0,
                );
            }
            Ok(true)
        }
        TopLevel::Object => {
            // Not the official shape, but some tools write one conversation, or
            // {"conversations": [...]}. Rare and small: read it whole.
            let bytes = splitter.into_rest(max).map_err(fail)?;
            let value: serde_json::Value =
                serde_json::from_slice(&bytes).map_err(|e| ExportError::Json {
                    file: name(),
                    source: JsonError(format!("the JSON is not valid: {e}")),
                })?;
            let elements: Vec<serde_json::Value> = match value {
                serde_json::Value::Object(mut map) => {
                    if map.contains_key("mapping") {
                        vec![serde_json::Value::Object(map)]
                    } else if let Some(serde_json::Value::Array(items)) =
                        map.remove("conversations")
                    {
                        items
                    } else {
                        return Err(ExportError::Json {
                            file: name(),
                            source: JsonError(
                                "expected a JSON array of conversations but found an object without conversations".into(),
                            ),
                        });
                    }
                }
                _ => Vec::new(),
            };
            for element in elements {
                let bytes = serde_json::to_vec(&element).unwrap_or_default();
                let size = bytes.len();
                let chunk = Chunk::Element {
                    file,
                    offset: 0,
                    bytes,
                };
                if !tx.push(chunk, size) {
                    return Ok(false);
                }
            }
            Ok(true)
        }
    }
}

fn io_failure(e: io::Error, file: String, limits: Limits) -> ExportError {
    match e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<LimitHit>())
    {
        Some(LimitHit::Total) => ExportError::TooLarge {
            file,
            limit: limits.max_total_bytes,
        },
        Some(LimitHit::Ratio) => ExportError::RatioExceeded {
            file,
            limit: limits.max_ratio,
        },
        None if e
            .get_ref()
            .is_some_and(|inner| inner.is::<html::NoJsonData>()) =>
        {
            ExportError::NoJsonData { file }
        }
        None => ExportError::Read { file, source: e },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_are_replaced() {
        let json = br#"{"a":"x\ud83dy","b":"\ud83d\ude2d","c":"\\ud83d","d":"\udc00"}"#;
        let fixed = repair_lone_surrogates(json).expect("something to repair");
        let v: serde_json::Value = serde_json::from_slice(&fixed).unwrap();
        assert_eq!(v["a"], "x\u{FFFD}y");
        assert_eq!(v["b"], "😭");
        assert_eq!(v["c"], "\\ud83d");
        assert_eq!(v["d"], "\u{FFFD}");
        assert!(repair_lone_surrogates(br#"{"b":"\ud83d\ude2d"}"#).is_none());
    }

    /// Why a conversation was not read: the reason, where, and its id.
    type Unread = (String, u64, Option<String>);

    /// Each conversation of `array` (a conversations file) read as `parse_all` reads it,
    /// conversations cut into parts past `part` bytes: its debug form or its error and offset.
    fn read_each(array: &[u8], part: usize) -> Vec<Result<String, Unread>> {
        let mut s = Splitter::new(array, 1 << 30).with_part_bytes(part);
        assert_eq!(s.start().unwrap(), TopLevel::Array);
        let mut out = Vec::new();
        let mut parts: Option<Parts> = None;
        while let Some(item) = s.next_item().unwrap() {
            match item {
                Item::Element { offset, bytes } => out.push(
                    parse_conversation(&bytes)
                        .map(|raw| format!("{raw:?}"))
                        .map_err(|(r, c)| (r, offset + c.unwrap_or(0), salvage_id(&bytes))),
                ),
                Item::Part {
                    offset,
                    bytes,
                    piece,
                } => {
                    let p = parts.get_or_insert_with(|| Parts::new(offset));
                    p.add(offset, &bytes, piece);
                    if let Piece::Last { .. } = piece {
                        out.push(parts.take().unwrap().finish().map(|raw| format!("{raw:?}")));
                    }
                }
                Item::Oversized { .. } => panic!("oversized"),
            }
        }
        out
    }

    #[test]
    fn conversations_read_in_parts_are_read_the_same() {
        use ferry_synth::{Era, Lang, Persona, SynthSpec};
        let dir = std::env::temp_dir().join(format!("ferry-parts-{}", std::process::id()));
        for era in [
            Era::Classic2023,
            Era::Modern2025,
            Era::Sharded2026,
            Era::Slim2026,
        ] {
            let spec = SynthSpec {
                conversations: 12,
                companion: Some(Persona::example(Lang::En)),
                ..SynthSpec::new(era)
            };
            let _ = std::fs::remove_dir_all(&dir);
            ferry_synth::write_dir(&spec, &dir).unwrap();
            let mut files: Vec<_> = std::fs::read_dir(&dir)
                .unwrap()
                .map(|e| e.unwrap().path())
                .filter(|p| {
                    let name = p.file_name().unwrap().to_string_lossy();
                    name.starts_with("conversations") && name.ends_with(".json")
                })
                .collect();
            files.sort();
            assert!(!files.is_empty());
            for file in files {
                let bytes = std::fs::read(&file).unwrap();
                let whole = read_each(&bytes, usize::MAX);
                for part in [1, 200, 5000] {
                    assert_eq!(read_each(&bytes, part), whole, "{era:?} {file:?} {part}");
                }
            }
        }
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn broken_conversations_in_parts_fail_as_whole_ones() {
        let cases: &[&str] = &[
            r#"{"id":"c1","mapping":{"a":{"message":{"id":5}},"b":{}}}"#,
            r#"{"id":"c2","title":5,"mapping":{"a":{"message":{"id":5}},"b":{}}}"#,
            r#"{"id":"c3","mapping":{"a":{},"b":{"parent":[]}},"title":5}"#,
            r#"{"id":"c4","mapping":{"a":{},"b":{}},"title":5}"#,
            r#"{"id":"c5","mapping":{"a":{},"b":{"message":{"content":{"content_type":"text","parts":["\ud83d x"]}}}}}"#,
            r#"{"conversation_id":"c6","mapping":{"a":{},"b":{"children":{}}}}"#,
            r#"{"mapping":{"a":{},"b":{}},"mapping":{}}"#,
        ];
        for case in cases {
            let array = format!("[{case}]");
            let whole = read_each(array.as_bytes(), usize::MAX);
            for part in [1, 10] {
                assert_eq!(read_each(array.as_bytes(), part), whole, "{case} {part}");
            }
        }
    }

    #[test]
    fn parse_errors_name_the_problem() {
        let (reason, _) = parse_conversation(b"{\"mapping\": 5}").unwrap_err();
        assert!(reason.contains("invalid type"), "{reason}");
        let deep = format!(
            "{{\"mapping\":{{\"n\":{{\"message\":{{\"content\":{{\"x\":{}{}}}}}}}}}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let (reason, _) = parse_conversation(deep.as_bytes()).unwrap_err();
        assert!(reason.contains("nested too deeply"), "{reason}");
        // Deep nesting in a field ferry ignores is skipped without recursion either way.
        let deep = format!(
            "{{\"junk\":{}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        let _ = parse_conversation(deep.as_bytes());
        let (reason, _) = parse_conversation(b"42").unwrap_err();
        assert!(reason.contains("not a conversation"), "{reason}");
    }
}
