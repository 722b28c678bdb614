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

use inflate::produce;
use parse::parse_all;
pub(crate) use parse::parse_conversation;
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

    /// [`Export::read`], with `prepare` run on each conversation on the parsing thread
    /// before `each` gets what it returns: work that needs only the conversation runs there,
    /// beside `each` working on the ones before. `each` borrows each item; when it is done,
    /// the item goes back to the parsing thread to be dropped where it was allocated (a
    /// free on the allocating thread is the cheap one; this took 5–7% off the CPU time of
    /// `extract` and `inspect`, README, Performance).
    pub fn read_with<T: Send>(
        self,
        progress: &dyn Progress,
        prepare: impl Fn(Conversation) -> T + Sync,
        mut each: impl FnMut(&mut T),
    ) -> Result<ReadReport, ExportError> {
        progress.start(self.total_bytes());
        // Three stages, each on its own thread: inflate and split (producer), parse (parser),
        // and the caller's `each` (here). On two cores the OS interleaves them; the bounded
        // channels keep only a few conversations in flight.
        // Items travel in batches: one channel operation per batch keeps the threads from
        // waking each other for every small conversation.
        // Four batches of JSON and eight of parsed conversations in flight: with two, the
        // threads waited on each other often enough to leave a tenth of two cores idle (README,
        // Performance). What limits the memory is the size of a batch ([`Batcher`]): while the
        // extracting thread is on a long conversation, the others fill every batch in flight.
        let (tx, rx) = crossbeam_channel::bounded::<Vec<Chunk>>(4);
        let (parsed_tx, parsed_rx) = crossbeam_channel::bounded::<Vec<T>>(8);
        // Items `each` is done with go back to the parsing thread, which allocated them, to be
        // dropped there: mimalloc frees a block on its own thread without the cross-thread
        // queue the other thread's frees go through (and collects those later).
        let (spent_tx, spent_rx) = crossbeam_channel::unbounded::<Vec<T>>();
        let located = &self.located;
        let options = self.options;
        // The buffers of a long conversation's parts go back from the parsing thread to be
        // filled again.
        let buffers = split::PartBuffers::default();
        let result = std::thread::scope(|scope| {
            let buffers = &buffers;
            let producer =
                scope.spawn(move || produce(located, options, progress, Batcher::new(tx), buffers));
            let prepare = &prepare;
            let parser = scope.spawn(move || {
                let tx = Batcher::new(parsed_tx);
                let report = parse_all(
                    located,
                    options,
                    progress,
                    rx,
                    prepare,
                    tx,
                    parse::Recycle {
                        spent: &spent_rx,
                        buffers,
                    },
                );
                // The last ones, until the caller is done.
                for spent in spent_rx {
                    drop(spent);
                }
                report
            });
            for mut batch in parsed_rx {
                for item in &mut batch {
                    each(item);
                }
                // Nothing to do when the parsing thread is gone: the batch is dropped here.
                let _ = spent_tx.send(batch);
            }
            drop(spent_tx);
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

/// Sends items in batches of 64 or of about 256 KB of JSON, whichever comes first; what is
/// left is sent when it is dropped. Batches of a megabyte kept some 10 MB more in flight
/// while the long thread was extracted (peak RSS at 400 MB: `extract` 68–71 MB against
/// 78–80 MB, `inspect` 63 MB against 74–75 MB, issue 14), for no wall time that three
/// interleaved runs could tell apart; batches of 128 KB saved 2–3 MB more but took about 4%
/// more wall time (the threads waited on each other more often).
struct Batcher<T> {
    tx: crossbeam_channel::Sender<Vec<T>>,
    batch: Vec<T>,
    bytes: usize,
}

impl<T> Batcher<T> {
    const MAX_ITEMS: usize = 64;
    const MAX_BYTES: usize = 256 << 10;

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
