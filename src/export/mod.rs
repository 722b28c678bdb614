//! Reading a ChatGPT data export, 2023 → 2026, one conversation at a time.
//!
//! [`open`] looks at the input (a zip as downloaded, an unzipped folder, a bare
//! `conversations.json` or shard, or `-` for stdin) and finds the conversation files;
//! [`Export::read`] streams them. One thread inflates and splits the top-level array into
//! per-conversation byte slices ([`split`]); parsing threads parse the slices with serde, a
//! batch each at a time; one more thread puts them back in reading order (and reads a large
//! conversation from its parts), and the calling thread gets each [`Conversation`]. Memory is
//! bounded by the largest conversation and the batches in flight, never by the file.
//!
//! This module owns the input: it opens it read-only, never extracts, never writes, and never
//! uses a zip member name as a path. It does not print; progress goes through [`Progress`] and
//! warnings come back in the [`ReadReport`].

mod content;
mod conversation;
mod error;
mod fast;
mod html;
mod inflate;
mod messages;
mod parse;
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
    Attachment, AttachmentKind, Conversation, Gizmo, GizmoKind, Label, MemoryCitation,
    MemorySnapshot, MemoryWrite, Message, Role,
};
pub use error::{ExportError, JsonError};
pub use messages::Messages;
pub use signals::{CustomInstructions, InstructionShape, MemoryEntry};
pub use source::{Input, SourceKind};

pub(crate) use fast::agrees_with_serde;
use inflate::produce;
pub(crate) use parse::parse_conversation;
use parse::{Made, parse_batches, sequence};
use schema::Mapping;
use schema::RawConversation;
use source::Locator;
use split::{Item, PartBuffers, Piece, SplitError, Splitter, TopLevel};

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

impl Chunk {
    /// Whether this chunk ends a conversation, which then takes the next index in the export
    /// ([`Skipped::index`], [`Conversation::index`]): an element, the last part of a large
    /// one, or one too large to keep.
    fn ends_conversation(&self) -> bool {
        matches!(
            self,
            Chunk::Element { .. }
                | Chunk::Oversized { .. }
                | Chunk::Part {
                    piece: Piece::Last { .. },
                    ..
                }
        )
    }
}

/// A batch of chunks from the inflating thread to the parsing workers.
struct ChunkBatch {
    /// Its number in reading order, from 0.
    seq: u64,
    /// The index in the export of the first conversation its chunks end.
    first_index: usize,
    chunks: Vec<Chunk>,
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
        mut each: impl FnMut(Conversation),
    ) -> Result<ReadReport, ExportError> {
        self.read_with(progress, Some, |c: &mut Option<Conversation>| {
            if let Some(c) = c.take() {
                each(c);
            }
        })
    }

    /// [`Export::read`], with `prepare` run on each conversation on a parsing thread before
    /// `each` gets what it returns, in reading order: work that needs only the conversation
    /// runs there, on several threads at once, beside `each` working on the ones before.
    /// `each` borrows each item; when it is done, the item goes back to the parsing threads
    /// to be dropped by a thread that allocates (a free on the allocating thread is the cheap
    /// one; this took 5–7% off the CPU time of `extract` and `inspect`, README, Performance).
    pub fn read_with<T: Send>(
        self,
        progress: &dyn Progress,
        prepare: impl Fn(Conversation) -> T + Sync,
        each: impl FnMut(&mut T),
    ) -> Result<ReadReport, ExportError> {
        self.read_on(parsers(), progress, prepare, each)
    }

    /// [`Export::read_with`] with `workers` parsing threads.
    fn read_on<T: Send>(
        self,
        workers: usize,
        progress: &dyn Progress,
        prepare: impl Fn(Conversation) -> T + Sync,
        mut each: impl FnMut(&mut T),
    ) -> Result<ReadReport, ExportError> {
        progress.start(self.total_bytes());
        // Four stages: inflate and split (producer, one thread), parse and prepare (the
        // workers, [`parsers`] threads), put back in reading order (sequencer, one thread),
        // and the caller's `each` (here). On two cores the OS interleaves them.
        // Items travel in batches: one channel operation per batch keeps the threads from
        // waking each other for every small conversation. What limits the memory is the size
        // of a batch ([`Batcher`]) and the batches in flight: the producer takes a token for
        // each batch it sends and the sequencer gives it back once the batch is handed on, so
        // however the workers race each other, at most `tokens` batches are between the two.
        // Two more than the workers: on two cores, 2 + 2 took as little wall time as 4 + 4 and
        // kept 2–3 MB less in flight (`extract` at 400 MB, README, Performance).
        let tokens = 2 + workers;
        let (tx, rx) = crossbeam_channel::bounded::<ChunkBatch>(tokens);
        let (token_tx, token_rx) = crossbeam_channel::bounded::<()>(tokens);
        for _ in 0..tokens {
            let _ = token_tx.send(());
        }
        let (made_tx, made_rx) = crossbeam_channel::unbounded::<Made<T>>();
        // Batches read and prepared, waiting for `each`: prepared conversations weigh more
        // than their JSON, and when `each` is the slower stage the queue stays full. Four:
        // at 400 MB `extract` peaked 1 MB lower than with eight (`inspect` 0.8 MB), in the
        // same wall time (README, Performance).
        let (parsed_tx, parsed_rx) = crossbeam_channel::bounded::<Vec<T>>(PARSED_AHEAD);
        // Items `each` is done with go back to the threads that allocate them, to be dropped
        // there: mimalloc frees a block on its own thread without the cross-thread queue the
        // other threads' frees go through (and collects those later).
        let (spent_tx, spent_rx) = crossbeam_channel::unbounded::<Vec<T>>();
        let located = &self.located;
        let options = self.options;
        // The buffers of a long conversation's parts go back from the sequencer to be filled
        // again.
        let buffers = split::PartBuffers::default();
        let seen = parse::Seen::default();
        let result = std::thread::scope(|scope| {
            let buffers = &buffers;
            let seen = &seen;
            let prepare = &prepare;
            let stopped = || ExportError::Read {
                file: located.label.clone(),
                source: io::Error::other("a reading thread stopped unexpectedly"),
            };
            let named = |name: &str| std::thread::Builder::new().name(name.into());
            // The workers first: without one, nothing would read what the producer sends.
            let mut started = 0;
            for _ in 0..workers.max(1) {
                let (rx, made_tx, spent_rx) = (rx.clone(), made_tx.clone(), spent_rx.clone());
                let worker = named("ferry-parse").spawn_scoped(scope, move || {
                    parse_batches(located, seen, rx, prepare, made_tx, &spent_rx);
                });
                started += usize::from(worker.is_ok());
            }
            drop((rx, made_tx));
            if started == 0 {
                return Err(stopped());
            }
            let numbered = Numbered {
                tx,
                tokens: token_rx,
                seq: 0,
                next_index: 0,
            };
            let producer = named("ferry-inflate")
                .spawn_scoped(scope, move || {
                    produce(located, options, progress, Batcher::new(numbered), buffers)
                })
                .map_err(|_| stopped())?;
            let spent_rx = spent_rx.clone();
            let sequencer = named("ferry-order").spawn_scoped(scope, move || {
                let reading = parse::Reading {
                    located,
                    seen,
                    options,
                    progress,
                    buffers,
                };
                let report = sequence(reading, made_rx, token_tx, prepare, Batcher::new(parsed_tx));
                // The last ones, until the caller is done.
                for spent in spent_rx {
                    drop(spent);
                }
                report
            });
            let sequencer = sequencer.map_err(|_| stopped())?;
            for mut batch in parsed_rx {
                for item in &mut batch {
                    each(item);
                }
                // Nothing to do when the other threads are gone: the batch is dropped here.
                let _ = spent_tx.send(batch);
            }
            drop(spent_tx);
            let report = sequencer.join().map_err(|_| stopped())?;
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

/// The number of parsing workers: one fewer than the cores, at least two, at most
/// [`MAX_PARSERS`]. On two cores one worker made `extract` slower (2.46–2.64 s against
/// 2.23–2.34 s at 400 MB, five interleaved runs) and two took the time of the single parsing
/// thread before them. `FERRY_PARSERS` sets another number (the tests run with one and with
/// four and compare the output).
fn parsers() -> usize {
    let default = std::thread::available_parallelism()
        .map_or(2, |n| n.get().saturating_sub(1))
        .clamp(2, MAX_PARSERS);
    crate::par::number_from_env("FERRY_PARSERS", default).clamp(1, MAX_PARSERS)
}

/// Most parsing workers. Four would each take about half the CPU time of the slowest other
/// stage (`perf` per thread on two cores, 400 MB: the parsing 43% of the CPU time of
/// `extract` and 52% of `inspect`'s, the inflating thread 26%, `extract`'s own 25%), so more
/// would only wait; and each keeps more in flight: seven took the peak RSS of `extract` at
/// 400 MB to 63.3 MB, against 60.5 MB with two.
const MAX_PARSERS: usize = 4;

/// Batches read and prepared that may wait for the caller's `each` ([`Export::read_on`]).
const PARSED_AHEAD: usize = 4;

/// Where a [`Batcher`] sends its batches.
trait Sink<T> {
    /// Sends a batch; false when the receiving side is gone.
    fn send(&mut self, batch: Vec<T>) -> bool;
}

impl<T> Sink<T> for crossbeam_channel::Sender<Vec<T>> {
    fn send(&mut self, batch: Vec<T>) -> bool {
        crossbeam_channel::Sender::send(self, batch).is_ok()
    }
}

/// The inflating thread's sink: numbers each batch of chunks, and the conversations they
/// end, and waits for a token before sending one (see [`Export::read_with`]).
struct Numbered {
    tx: crossbeam_channel::Sender<ChunkBatch>,
    tokens: crossbeam_channel::Receiver<()>,
    seq: u64,
    next_index: usize,
}

impl Sink<Chunk> for Numbered {
    fn send(&mut self, chunks: Vec<Chunk>) -> bool {
        if self.tokens.recv().is_err() {
            return false;
        }
        let batch = ChunkBatch {
            seq: self.seq,
            first_index: self.next_index,
            chunks,
        };
        self.seq += 1;
        self.next_index += batch
            .chunks
            .iter()
            .filter(|c| c.ends_conversation())
            .count();
        self.tx.send(batch).is_ok()
    }
}

/// Sends items in batches of 64 or of about 256 KB of JSON, whichever comes first; what is
/// left is sent when it is dropped. Batches of a megabyte kept some 10 MB more in flight
/// while the long thread was extracted (peak RSS at 400 MB: `extract` 68–71 MB against
/// 78–80 MB, `inspect` 63 MB against 74–75 MB, issue 14), for no wall time that three
/// interleaved runs could tell apart; batches of 128 KB saved 2–3 MB more but took about 4%
/// more wall time (the threads waited on each other more often).
struct Batcher<T, S: Sink<T> = crossbeam_channel::Sender<Vec<T>>> {
    sink: S,
    batch: Vec<T>,
    bytes: usize,
}

impl<T, S: Sink<T>> Batcher<T, S> {
    const MAX_ITEMS: usize = 64;
    const MAX_BYTES: usize = 256 << 10;

    fn new(sink: S) -> Self {
        Batcher {
            sink,
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
        self.sink.send(std::mem::take(&mut self.batch))
    }
}

impl<T, S: Sink<T>> Drop for Batcher<T, S> {
    fn drop(&mut self) {
        self.flush();
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

#[cfg(test)]
mod tests {
    use super::parse::*;
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
        // Each part's buffer is handed back and filled again, as in a read.
        let buffers = PartBuffers::default();
        let mut s = Splitter::new(array, 1 << 30)
            .with_part_bytes(part)
            .with_buffers(buffers.clone());
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
                    let whole = Parts::gather(&mut parts, offset, &bytes, piece);
                    buffers.give(bytes);
                    if let Some(whole) = whole {
                        out.push(whole.finish().map(|raw| format!("{raw:?}")));
                    }
                }
                Item::Oversized { .. } => panic!("oversized"),
            }
        }
        out
    }

    /// Calls `each` with the bytes of every conversation file of an export of `conversations`
    /// conversations the project's generator writes in each era (ASCII-escaped or raw UTF-8,
    /// 2023 to the 2026 slim format), and the era's name.
    pub(super) fn each_generated_file(conversations: usize, mut each: impl FnMut(&[u8], &str)) {
        use ferry_synth::{Era, Lang, Persona, SynthSpec};
        let dir = tempfile::tempdir().unwrap();
        for era in [
            Era::Classic2023,
            Era::Modern2025,
            Era::Sharded2026,
            Era::Slim2026,
        ] {
            let spec = SynthSpec {
                conversations,
                companion: Some(Persona::example(Lang::En)),
                ..SynthSpec::new(era)
            };
            let at = dir.path().join(format!("{era:?}"));
            ferry_synth::write_dir(&spec, &at).unwrap();
            let mut files: Vec<_> = std::fs::read_dir(&at)
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
                each(&std::fs::read(&file).unwrap(), &format!("{era:?} {file:?}"));
            }
        }
    }

    #[test]
    fn conversations_read_in_parts_are_read_the_same() {
        each_generated_file(12, |bytes, name| {
            let whole = read_each(bytes, usize::MAX);
            for part in [1, 200, 5000] {
                assert_eq!(read_each(bytes, part), whole, "{name} {part}");
            }
        });
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

    /// A conversations file of `n` small conversations, with copies of earlier ones (newer
    /// and older), damaged ones, and two too large to travel whole (read in parts).
    fn many_conversations(n: usize) -> String {
        let message = |id: &str, text: &str| {
            format!(
                r#""{id}":{{"id":"{id}","message":{{"id":"{id}","author":{{"role":"user"}},"content":{{"content_type":"text","parts":["{text}"]}}}}}}"#
            )
        };
        let mut items = Vec::new();
        for i in 0..n {
            let item = match i % 97 {
                _ if i == 71 || i == 72 => {
                    let nodes: Vec<String> = (0..3000)
                        .map(|k| message(&format!("n{i}-{k}"), &"a long line ".repeat(20)))
                        .collect();
                    format!(r#"{{"id":"c{i}","mapping":{{{}}}}}"#, nodes.join(","))
                }
                13 => format!(r#"{{"id":"c{}","update_time":{i},"mapping":{{}}}}"#, i - 7),
                29 => format!(r#"{{"id":"c{}","update_time":0,"mapping":{{}}}}"#, i - 3),
                41 => r#"{"id":"broken","mapping":5}"#.to_string(),
                57 => "[1,2]".to_string(),
                _ => format!(
                    r#"{{"id":"c{i}","update_time":{i},"mapping":{{{}}}}}"#,
                    message(&format!("m{i}"), &format!("hello {i}"))
                ),
            };
            items.push(item);
        }
        format!("[{}]", items.join(",\n"))
    }

    /// What a read hands on and reports, with `workers` parsing threads that take uneven
    /// times over their conversations (so that batches come back out of order).
    fn read_in_order(path: &std::path::Path, workers: usize) -> (Vec<String>, String) {
        let export = open(&Input::Path(path.to_owned()), ReadOptions::default()).unwrap();
        let mut seen = Vec::new();
        let report = export
            .read_on(
                workers,
                &NoProgress,
                |c| {
                    if c.index % 5 == 0 {
                        std::thread::sleep(std::time::Duration::from_micros(300));
                    }
                    format!("{} {} {}", c.index, c.id, c.messages.len())
                },
                |item: &mut String| seen.push(std::mem::take(item)),
            )
            .unwrap();
        (seen, format!("{report:?}"))
    }

    #[test]
    fn several_parsing_threads_hand_on_the_same_in_the_same_order() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conversations.json");
        std::fs::write(&path, many_conversations(1500)).unwrap();
        let one = read_in_order(&path, 1);
        // Every conversation but the damaged ones and the older copies, in order.
        assert!(one.0.len() > 1400, "{}", one.0.len());
        assert!(
            one.0.iter().any(|s| s.starts_with("71 c71 3000")),
            "read in parts"
        );
        assert!(one.1.contains("duplicates: 32"), "{}", one.1);
        assert!(one.1.contains("index: 41"), "{}", one.1);
        let indices: Vec<usize> = one
            .0
            .iter()
            .map(|s| s.split(' ').next().unwrap().parse().unwrap())
            .collect();
        assert!(indices.windows(2).all(|w| w[0] < w[1]));
        for workers in [2, 3, 7] {
            assert_eq!(read_in_order(&path, workers), one, "{workers} workers");
        }
    }

    /// A copy older than one handed on long before is not prepared (what the reading thread
    /// before the parsing workers did too), and a newer one is; both count as duplicates.
    #[test]
    fn older_copies_are_not_prepared() {
        let item = |id: usize, time: usize| {
            format!(r#"{{"id":"c{id}","update_time":{time},"mapping":{{}}}}"#)
        };
        // 800 conversations after their first copy: more batches than can be in flight
        // (64 conversations a batch, two more batches than workers).
        let items: Vec<String> = (0..1500)
            .map(|i| match i {
                800..=820 => item(i - 800, 1),
                900..=910 => item(i - 850, 5000),
                _ => item(i, 100 + i),
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conversations.json");
        std::fs::write(&path, format!("[{}]", items.join(","))).unwrap();
        for workers in [1, 2, 3, 7] {
            let export = open(&Input::Path(path.clone()), ReadOptions::default()).unwrap();
            let prepared = std::sync::Mutex::new(Vec::new());
            let mut handed = Vec::new();
            let report = export
                .read_on(
                    workers,
                    &NoProgress,
                    |c| {
                        prepared.lock().unwrap().push(c.index);
                        c.index
                    },
                    |&mut i| handed.push(i),
                )
                .unwrap();
            let prepared = prepared.into_inner().unwrap();
            assert!(
                !prepared.iter().any(|i| (800..=820).contains(i)),
                "{workers} workers"
            );
            assert_eq!(prepared.len(), 1500 - 21, "{workers} workers");
            let expect: Vec<usize> = (0..1500).filter(|i| !(800..=820).contains(i)).collect();
            assert_eq!(handed, expect, "{workers} workers");
            assert_eq!(report.duplicates, 32);
            assert_eq!(report.conversations, 1500 - 21);
        }
    }

    /// A panic in a parsing thread ends the read with an error, whichever thread it is in:
    /// none of the others is left waiting for the batch it was making.
    #[test]
    fn a_panic_while_parsing_ends_the_read_with_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("conversations.json");
        std::fs::write(&path, many_conversations(1500)).unwrap();
        for (workers, at) in [(1, 3), (3, 700), (3, 71)] {
            let export = open(&Input::Path(path.clone()), ReadOptions::default()).unwrap();
            let mut handed = 0;
            let read = export.read_on(
                workers,
                &NoProgress,
                |c| assert!(c.index != at, "a bug at {at}"),
                |_| handed += 1,
            );
            assert!(
                matches!(read, Err(ExportError::Read { .. })),
                "{workers} workers, at {at}: {read:?}"
            );
            assert!(handed <= at, "{handed}");
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
