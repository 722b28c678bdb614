//! Splits a top-level JSON array into its elements without parsing them.
//!
//! This is what keeps memory bounded: the conversations file can be gigabytes, but only one
//! element (one conversation) is held at a time, and serde parses it from a slice, which is
//! faster than `from_reader`. A conversation past [`PART_BYTES`] (a long companion thread is
//! tens of megabytes) is handed out in parts cut between the nodes of its `mapping`
//! ([`Item::Part`]), so that its JSON is not held whole either.
//!
//! The scan tracks strings, escapes and bracket depth, and a conversation's top-level keys
//! (to find its `mapping`). Below the levels where it has more to do than follow strings and
//! brackets, which is almost all of a conversation, it reads 64 bytes at a time
//! ([`blocks`]). It never recurses, so deep nesting cannot overflow the stack here
//! (serde's own recursion limit then rejects such an element on its own, and the reader
//! skips it with a warning).

use std::io::{self, Read};

use memchr::memchr2;

mod blocks;

const BUF_SIZE: usize = 256 * 1024;

/// A conversation larger than this is handed out in parts, cut between the nodes of its
/// `mapping`, so that its JSON is never held whole (a long companion thread is tens of
/// megabytes). Half a megabyte: the parts in flight between the threads (a queue of them, one
/// being filled, one being parsed and its copy) took some 7 MB more of the peak RSS at 2 MB,
/// at the same speed (issue 14).
pub(crate) const PART_BYTES: usize = 512 << 10;

/// What the scan hands out.
#[derive(Debug)]
pub(crate) enum Item {
    /// One element's bytes, and where it started in the stream.
    Element { offset: u64, bytes: Vec<u8> },
    /// A part of a large conversation: its bytes, where they start in the stream, and which
    /// part it is. The parts of one conversation come one after the other, the last one
    /// last; an [`Item::Oversized`] instead of the last part means the conversation was
    /// over the limit after all.
    Part {
        offset: u64,
        bytes: Vec<u8>,
        piece: Piece,
    },
    /// An element larger than the limit; it was skipped without being stored.
    Oversized { offset: u64, size: u64 },
}

/// Which part of a large conversation an [`Item::Part`] is.
///
/// The first part runs from the conversation's start to the end of a node of its `mapping`
/// (`open` is the index of the mapping's `{`); middle parts hold more nodes, each part
/// starting after the `}` of the previous part's last node; the last part holds the rest of
/// the nodes, the mapping's `}` at index `close` (`None` when the mapping was closed by a `]`:
/// not valid JSON) and the fields after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Piece {
    First { open: usize },
    Middle,
    Last { close: Option<usize> },
}

/// What the file starts with.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum TopLevel {
    Array,
    Object,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum SplitError {
    #[error("{0}")]
    Io(#[from] io::Error),
    #[error("the file is empty")]
    Empty,
    #[error("expected a JSON array of conversations but found {found} at byte {offset}")]
    NotAnArray { offset: u64, found: String },
    #[error("the JSON ends early at byte {offset}: the file is cut short")]
    Truncated { offset: u64 },
    #[error("unexpected {found} at byte {offset} between conversations")]
    Syntax { offset: u64, found: String },
    #[error("it is a Git LFS pointer, not the file itself")]
    LfsPointer,
}

/// How a Git LFS pointer file starts (committed in place of a large file).
const LFS_POINTER: &[u8] = b"version https://git-lfs.github.com/spec/";

pub(crate) struct Splitter<R> {
    reader: R,
    buf: Box<[u8]>,
    pos: usize,
    len: usize,
    /// Stream offset of `buf[0]`.
    base: u64,
    eof: bool,
    max_element: usize,
    /// Size past which a conversation is handed out in parts ([`PART_BYTES`]).
    part_bytes: usize,
    /// Elements seen so far; 0 before the first.
    elements: u64,
    done: bool,
    /// A large element handed out in parts, not finished yet.
    open: Option<Open>,
    /// Where the buffers of the parts come from.
    buffers: PartBuffers,
}

fn describe(byte: u8) -> String {
    if byte.is_ascii_graphic() {
        format!("'{}'", byte as char)
    } else {
        format!("byte 0x{byte:02x}")
    }
}

/// The buffers of a large conversation's parts, handed back by the thread that reads them
/// ([`super::parse::sequence`]) once a part is parsed and filled again with the next parts.
/// A fresh half-megabyte buffer per part, made on the inflating thread and freed on the
/// parsing one, was given back to the system only
/// some time after the free: a 12,000-exchange thread kept about 11 MB of them in the peak
/// RSS of `extract` at 400 MB (89–92 MB against 79 MB; issue 14). Shared by the threads of
/// one read; a splitter without one makes every buffer new.
#[derive(Clone, Default)]
pub(crate) struct PartBuffers(std::sync::Arc<std::sync::Mutex<Kept>>);

/// The buffers kept, and the capacity the splitter last asked for.
#[derive(Default)]
struct Kept {
    buffers: Vec<Vec<u8>>,
    capacity: usize,
}

impl PartBuffers {
    /// Buffers kept for reuse: about as many as there are parts in flight.
    const KEPT: usize = 4;

    /// An empty buffer with room for `capacity` bytes: one handed back, or a new one.
    pub(crate) fn take(&self, capacity: usize) -> Vec<u8> {
        let kept = self.0.lock().ok().and_then(|mut kept| {
            kept.capacity = capacity;
            kept.buffers.pop()
        });
        match kept {
            Some(v) if v.capacity() >= capacity => v,
            _ => Vec::with_capacity(capacity),
        }
    }

    /// Hands a part's buffer back, to be reused unless enough are kept already, or it is
    /// smaller than the splitter asks for, or it grew past twice that (a node longer than a
    /// part: better given back to the system).
    pub(crate) fn give(&self, mut v: Vec<u8>) {
        let Ok(mut kept) = self.0.lock() else { return };
        if kept.buffers.len() >= Self::KEPT
            || v.capacity() < kept.capacity
            || v.capacity() > kept.capacity.saturating_mul(2)
        {
            return;
        }
        v.clear();
        kept.buffers.push(v);
    }
}

/// The capacity of a part's buffer for parts of `part_bytes`: room for the part and a long
/// node, instead of growing to eight times the size ([`reserve_for`]).
fn part_capacity(part_bytes: usize) -> usize {
    part_bytes.saturating_mul(2).min(1 << 30)
}

/// Room for `more` bytes in a growing element. Past a megabyte the buffer grows eightfold
/// instead of twofold: each growth copies the element into a new buffer and hands the old
/// one back to the allocator, which keeps it for a while, so doubling up to a 40 MB
/// conversation left some 60 MB of old buffers in the peak RSS. The part of a buffer never
/// written to takes no memory.
fn reserve_for(v: &mut Vec<u8>, more: usize) {
    if v.capacity() - v.len() < more && v.len() >= 1 << 20 {
        v.reserve((v.len() * 7).max(more));
    }
}

impl<R: Read> Splitter<R> {
    pub(crate) fn new(reader: R, max_element: usize) -> Self {
        Splitter {
            reader,
            buf: vec![0; BUF_SIZE].into_boxed_slice(),
            pos: 0,
            len: 0,
            base: 0,
            eof: false,
            max_element,
            part_bytes: PART_BYTES,
            elements: 0,
            done: false,
            open: None,
            buffers: PartBuffers::default(),
        }
    }

    /// Takes the buffers of the parts from `buffers`, where the parsing side gives them back.
    pub(crate) fn with_buffers(mut self, buffers: PartBuffers) -> Self {
        self.buffers = buffers;
        self
    }

    /// Cuts conversations into parts past `bytes` instead of [`PART_BYTES`] (tests).
    #[cfg(test)]
    pub(crate) fn with_part_bytes(mut self, bytes: usize) -> Self {
        self.part_bytes = bytes;
        self
    }

    fn offset(&self) -> u64 {
        self.base + self.pos as u64
    }

    /// Refills the buffer once it has been consumed; false at end of input.
    fn fill(&mut self) -> io::Result<bool> {
        if self.pos < self.len {
            return Ok(true);
        }
        if self.eof {
            return Ok(false);
        }
        self.base += self.len as u64;
        self.pos = 0;
        self.len = 0;
        loop {
            match self.reader.read(&mut self.buf) {
                Ok(0) => {
                    self.eof = true;
                    return Ok(false);
                }
                Ok(n) => {
                    self.len = n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// The next byte that is not whitespace (or a BOM), not consumed.
    fn peek_significant(&mut self) -> io::Result<Option<u8>> {
        loop {
            if !self.fill()? {
                return Ok(None);
            }
            let b = self.buf[self.pos];
            match b {
                b' ' | b'\n' | b'\r' | b'\t' => self.pos += 1,
                // UTF-8 byte order mark, written by some Windows editors.
                0xEF if self.offset() == 0 => self.pos += 3.min(self.len - self.pos),
                0xBB | 0xBF if self.offset() < 3 => self.pos += 1,
                _ => return Ok(Some(b)),
            }
        }
    }

    /// Reads up to the opening bracket. After `Object`, use [`Splitter::into_rest`].
    pub(crate) fn start(&mut self) -> Result<TopLevel, SplitError> {
        match self.peek_significant()? {
            None => Err(SplitError::Empty),
            Some(b'[') => {
                self.pos += 1;
                Ok(TopLevel::Array)
            }
            Some(b'{') => Ok(TopLevel::Object),
            Some(b'v') if self.buf[self.pos..self.len].starts_with(LFS_POINTER) => {
                Err(SplitError::LfsPointer)
            }
            Some(b) => Err(SplitError::NotAnArray {
                offset: self.offset(),
                found: describe(b),
            }),
        }
    }

    /// Everything not consumed yet (for the rare top-level object), up to `limit` bytes.
    pub(crate) fn into_rest(mut self, limit: usize) -> Result<Vec<u8>, SplitError> {
        let mut out = self.buf[self.pos..self.len].to_vec();
        let mut reader = self.reader.by_ref().take((limit as u64).saturating_add(1));
        reader.read_to_end(&mut out)?;
        Ok(out)
    }

    /// The next element of the array, or `None` after the closing bracket.
    pub(crate) fn next_item(&mut self) -> Result<Option<Item>, SplitError> {
        if self.done {
            return Ok(None);
        }
        if let Some(open) = self.open.take() {
            return self.scan(open).map(Some);
        }
        let Some(b) = self.peek_significant()? else {
            return Err(SplitError::Truncated {
                offset: self.offset(),
            });
        };
        if b == b']' {
            self.pos += 1;
            self.done = true;
            return Ok(None);
        }
        if self.elements > 0 {
            if b != b',' {
                return Err(SplitError::Syntax {
                    offset: self.offset(),
                    found: describe(b),
                });
            }
            self.pos += 1;
            match self.peek_significant()? {
                None => {
                    return Err(SplitError::Truncated {
                        offset: self.offset(),
                    });
                }
                Some(b) if b == b']' || b == b',' => {
                    return Err(SplitError::Syntax {
                        offset: self.offset(),
                        found: describe(b),
                    });
                }
                Some(_) => {}
            }
        }
        self.elements += 1;
        self.scan_element().map(Some)
    }

    /// Bytes left after the closing bracket that are not whitespace, if any.
    pub(crate) fn trailing_garbage(&mut self) -> Result<Option<u64>, SplitError> {
        Ok(self.peek_significant()?.map(|_| self.offset()))
    }

    fn scan_element(&mut self) -> Result<Item, SplitError> {
        let first = self.buf[self.pos];
        let open = Open {
            start: self.offset(),
            out: Some(Vec::new()),
            size: 0,
            emitted: 0,
            depth: 0,
            in_string: false,
            escaped: false,
            scalar: !matches!(first, b'{' | b'[' | b'"'),
            key_next: false,
            in_key: false,
            key_at: 0,
            mapping: MapState::Searching,
            open_at: None,
        };
        self.scan(open)
    }

    /// Scans (on from `self.pos`) the element `o` describes, up to its end or to the next
    /// cut of a large element's `mapping` into parts.
    fn scan(&mut self, mut o: Open) -> Result<Item, SplitError> {
        let mut seg = self.pos;
        // The per-byte state in locals (the rest of `o` is touched far less often).
        let (mut depth, mut in_string, mut escaped) = (o.depth, o.in_string, o.escaped);
        let scalar = o.scalar;
        // The byte scan reads on its own up to here (a block the fast path leaves to it).
        let mut bytewise_until = 0;
        // Appends buf[seg..end] to the element, dropping it once it passes the limit.
        let flush = |o: &mut Open, bytes: &[u8], max: usize| {
            o.size += bytes.len() as u64;
            if o.size > max as u64 {
                o.out = None;
            } else if let Some(v) = &mut o.out {
                reserve_for(v, bytes.len());
                v.extend_from_slice(bytes);
            }
        };
        // Index in the part being gathered of the byte at `pos`.
        let at =
            |o: &Open, pos: usize, seg: usize| (o.size + (pos - seg) as u64 - o.emitted) as usize;

        loop {
            if self.pos >= self.len {
                flush(&mut o, &self.buf[seg..self.len], self.max_element);
                if !self.fill()? {
                    return Err(SplitError::Truncated {
                        offset: self.offset(),
                    });
                }
                seg = self.pos;
            }
            // Below the levels where there is more to do than follow strings and brackets
            // (the top level; the mapping, between whose nodes a part may end), whole
            // blocks at a time.
            let floor = if o.mapping == MapState::Inside { 2 } else { 1 };
            if !scalar
                && depth > floor
                && self.pos >= bytewise_until
                && self.len - self.pos >= blocks::BLOCK
            {
                let state = blocks::State {
                    depth,
                    in_string,
                    escaped,
                };
                let (read, state, stop) = blocks::skip(&self.buf[self.pos..self.len], state, floor);
                self.pos += read;
                (depth, in_string, escaped) = (state.depth, state.in_string, state.escaped);
                if stop == blocks::Stop::Odd {
                    bytewise_until = self.pos + blocks::BLOCK;
                }
                if self.pos >= self.len {
                    continue;
                }
            }
            let chunk = &self.buf[self.pos..self.len];
            if in_string {
                if escaped {
                    escaped = false;
                    self.pos += 1;
                    continue;
                }
                match memchr2(b'"', b'\\', chunk) {
                    None => self.pos = self.len,
                    Some(i) => {
                        self.pos += i + 1;
                        if chunk[i] == b'\\' {
                            escaped = true;
                        } else {
                            in_string = false;
                            if depth == 0 {
                                break; // a string element
                            }
                            if o.in_key {
                                o.in_key = false;
                                const KEY: &[u8] = b"\"mapping\"";
                                // The key is in the buffer unless a refill split it.
                                let len = o.size + (self.pos - seg) as u64 - o.key_at;
                                let is_mapping = if len != KEY.len() as u64 {
                                    false
                                } else if self.pos - seg >= KEY.len() {
                                    self.buf[..self.pos].ends_with(KEY)
                                } else {
                                    flush(&mut o, &self.buf[seg..self.pos], self.max_element);
                                    seg = self.pos;
                                    o.out.as_ref().is_some_and(|v| v.ends_with(KEY))
                                };
                                if is_mapping && o.mapping == MapState::Searching {
                                    o.mapping = MapState::Key;
                                }
                            }
                        }
                    }
                }
                continue;
            }
            let b = chunk[0];
            if scalar {
                if matches!(b, b',' | b']' | b' ' | b'\n' | b'\r' | b'\t') {
                    break; // not consumed: the array scan sees it next
                }
                self.pos += 1;
                continue;
            }
            // Where `b` is in the buffer (its index in the part is worked out only when needed).
            let here = self.pos;
            self.pos += 1;
            let top = depth == 1;
            match b {
                b'"' => {
                    in_string = true;
                    if top {
                        if o.key_next {
                            o.key_next = false;
                            o.in_key = true;
                            o.key_at = o.size + (here - seg) as u64;
                        } else if o.mapping == MapState::Colon {
                            o.mapping = MapState::Searching;
                        }
                    }
                }
                b'{' | b'[' => {
                    if top && o.mapping == MapState::Colon {
                        if b == b'{' {
                            o.mapping = MapState::Inside;
                            o.open_at = Some(at(&o, here, seg));
                        } else {
                            o.mapping = MapState::Searching;
                        }
                    }
                    depth += 1;
                    if depth == 1 && b == b'{' {
                        o.key_next = true;
                    }
                }
                b'}' | b']' => {
                    depth = depth.saturating_sub(1);
                    if depth <= 2 && o.mapping == MapState::Inside {
                        if depth == 1 {
                            o.mapping = MapState::Closed {
                                at: at(&o, here, seg),
                                valid: b == b'}',
                            };
                        } else if depth == 2
                            && o.out.is_some()
                            && at(&o, here, seg) + 1 >= self.part_bytes
                        {
                            // A node of the mapping ends: cut here.
                            flush(&mut o, &self.buf[seg..self.pos], self.max_element);
                            // The next part is about as large.
                            let next = self.buffers.take(part_capacity(self.part_bytes));
                            if let Some(bytes) = o.out.as_mut().map(|v| std::mem::replace(v, next))
                            {
                                let piece = match o.open_at.take() {
                                    Some(open) if o.emitted == 0 => Piece::First { open },
                                    _ => Piece::Middle,
                                };
                                let offset = o.start + o.emitted;
                                o.emitted += bytes.len() as u64;
                                (o.depth, o.in_string, o.escaped) = (depth, in_string, escaped);
                                self.open = Some(o);
                                return Ok(Item::Part {
                                    offset,
                                    bytes,
                                    piece,
                                });
                            }
                            seg = self.pos;
                        }
                    }
                    if depth == 0 {
                        break;
                    }
                }
                // Below the top level only brackets and strings matter.
                _ if !top => {}
                b':' => {
                    if o.mapping == MapState::Key {
                        o.mapping = MapState::Colon;
                    }
                }
                b',' => {
                    o.key_next = true;
                    if o.mapping == MapState::Colon {
                        o.mapping = MapState::Searching;
                    }
                }
                b' ' | b'\n' | b'\r' | b'\t' => {}
                _ => {
                    if o.mapping == MapState::Colon {
                        o.mapping = MapState::Searching;
                    }
                }
            }
        }
        flush(&mut o, &self.buf[seg..self.pos], self.max_element);
        Ok(match o.out {
            Some(bytes) if o.emitted == 0 => Item::Element {
                offset: o.start,
                bytes,
            },
            Some(bytes) => {
                let close = match o.mapping {
                    MapState::Closed { at, valid: true } => Some(at),
                    _ => None,
                };
                Item::Part {
                    offset: o.start + o.emitted,
                    bytes,
                    piece: Piece::Last { close },
                }
            }
            None => Item::Oversized {
                offset: o.start,
                size: o.size,
            },
        })
    }
}

/// An element being scanned, kept between the parts of a large one.
struct Open {
    /// Stream offset of the element.
    start: u64,
    /// The bytes of the part being gathered; `None` once the element is over the limit.
    out: Option<Vec<u8>>,
    /// Bytes of the element gathered so far, parts included.
    size: u64,
    /// Bytes of the element already handed out in parts.
    emitted: u64,
    depth: u32,
    in_string: bool,
    escaped: bool,
    scalar: bool,
    /// At the conversation's top level, the next string is a key.
    key_next: bool,
    /// The string being scanned is a top-level key …
    in_key: bool,
    /// … which starts at this offset in the element.
    key_at: u64,
    mapping: MapState,
    /// Index of the `mapping` object's `{` in the first part.
    open_at: Option<usize>,
}

/// Where the scan is with respect to the conversation's `mapping`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MapState {
    /// Not seen yet.
    Searching,
    /// The key `"mapping"` was just read.
    Key,
    /// … and its colon.
    Colon,
    /// Inside the `mapping` object: parts may be cut after each node.
    Inside,
    /// The `mapping` object closed at this index of the part being gathered (`valid`: with a
    /// `}`, not a `]`); no more cuts.
    Closed { at: usize, valid: bool },
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn part_buffers_are_used_again_when_they_fit() {
        let buffers = PartBuffers::default();
        let kept = || buffers.0.lock().unwrap().buffers.len();
        // Nothing asked for yet: nothing to keep.
        buffers.give(Vec::with_capacity(1000));
        assert_eq!(kept(), 0);
        let mut a = buffers.take(1000);
        assert!(a.capacity() >= 1000 && a.is_empty());
        a.extend_from_slice(b"part one");
        let at = a.as_ptr();
        buffers.give(a);
        let b = buffers.take(1000);
        assert_eq!(b.as_ptr(), at, "the buffer handed back");
        assert!(b.is_empty(), "and emptied");
        // Too small for the parts asked for now: not kept.
        assert!(buffers.take(5000).capacity() >= 5000);
        buffers.give(b);
        assert_eq!(kept(), 0);
        // Grown past twice the part (a long node): given back to the system, not kept.
        buffers.give(Vec::with_capacity(20_000));
        assert_eq!(kept(), 0);
        // No more than a few are kept.
        for _ in 0..10 {
            buffers.give(Vec::with_capacity(5000));
        }
        assert_eq!(kept(), PartBuffers::KEPT);
    }

    /// A reader that hands out at most `n` bytes per read, to cross buffer boundaries.
    struct Trickle<'a>(&'a [u8], usize);
    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.1.min(buf.len()).min(self.0.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    fn split_all(input: &[u8], trickle: usize) -> Result<Vec<String>, SplitError> {
        let mut s = Splitter::new(Trickle(input, trickle), 1 << 20);
        assert_eq!(s.start()?, TopLevel::Array);
        let mut out = Vec::new();
        while let Some(item) = s.next_item()? {
            match item {
                Item::Element { bytes, .. } => out.push(String::from_utf8(bytes).unwrap()),
                Item::Oversized { .. } => out.push("<oversized>".into()),
                Item::Part { .. } => panic!("no parts below the size"),
            }
        }
        Ok(out)
    }

    #[test]
    fn splits_elements_with_tricky_strings() {
        let input = br#" [ {"a":"x]}\"{","b":[1,{"c":"\\"}]} , {"d":2},[3],"s\"",42 ,null]  "#;
        for trickle in [1, 2, 3, 7, 1000] {
            let got = split_all(input, trickle).unwrap();
            assert_eq!(
                got,
                [
                    r#"{"a":"x]}\"{","b":[1,{"c":"\\"}]}"#,
                    r#"{"d":2}"#,
                    "[3]",
                    r#""s\"""#,
                    "42",
                    "null"
                ],
                "trickle {trickle}"
            );
        }
    }

    #[test]
    fn empty_array_and_bom() {
        assert!(split_all(b"[]", 1).unwrap().is_empty());
        assert!(split_all(b"\xEF\xBB\xBF [ \n ]", 1).unwrap().is_empty());
    }

    #[test]
    fn top_level_kinds() {
        let mut s = Splitter::new(&b"  {\"mapping\":{}}"[..], 100);
        assert_eq!(s.start().unwrap(), TopLevel::Object);
        assert_eq!(s.into_rest(100).unwrap(), b"{\"mapping\":{}}");
        let mut s = Splitter::new(&b"\n\"hello\""[..], 100);
        assert!(matches!(
            s.start(),
            Err(SplitError::NotAnArray { offset: 1, .. })
        ));
        let mut s = Splitter::new(&b"   "[..], 100);
        assert!(matches!(s.start(), Err(SplitError::Empty)));
    }

    #[test]
    fn cut_short_is_reported_with_offset() {
        for input in [
            &b"[{\"a\":1},{\"b\":"[..],
            b"[{\"a\":1}",
            b"[{\"a\":1},",
            b"[",
            b"[{\"a\":\"unterminated",
        ] {
            let err = split_all(input, 3).unwrap_err();
            assert!(
                matches!(err, SplitError::Truncated { offset } if offset == input.len() as u64),
                "{err:?} for {:?}",
                String::from_utf8_lossy(input)
            );
        }
    }

    #[test]
    fn missing_comma_is_a_syntax_error() {
        let err = split_all(b"[{\"a\":1} {\"b\":2}]", 4).unwrap_err();
        assert!(
            matches!(err, SplitError::Syntax { offset: 9, .. }),
            "{err:?}"
        );
        assert!(matches!(
            split_all(b"[{},,{}]", 4),
            Err(SplitError::Syntax { .. })
        ));
    }

    #[test]
    fn oversized_element_is_skipped_in_bounded_memory() {
        let big = format!("[{{\"a\":\"{}\"}},{{\"b\":1}}]", "x".repeat(5000));
        let mut s = Splitter::new(big.as_bytes(), 100);
        s.start().unwrap();
        assert!(matches!(
            s.next_item().unwrap(),
            Some(Item::Oversized {
                offset: 1,
                size: 5008
            })
        ));
        assert!(matches!(s.next_item().unwrap(), Some(Item::Element { .. })));
        assert!(s.next_item().unwrap().is_none());
    }

    #[test]
    fn deep_nesting_does_not_recurse() {
        let depth = 400_000;
        let input = format!("[{}{}]", "[".repeat(depth), "]".repeat(depth));
        let got = split_all(input.as_bytes(), 4096).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].len(), depth * 2);
    }

    /// Every item of `input`, cutting conversations into parts past `part` bytes.
    fn items(input: &[u8], trickle: usize, part: usize) -> Vec<Item> {
        let mut s = Splitter::new(Trickle(input, trickle), 1 << 20).with_part_bytes(part);
        assert_eq!(s.start().unwrap(), TopLevel::Array);
        let mut out = Vec::new();
        while let Some(item) = s.next_item().unwrap() {
            out.push(item);
        }
        out
    }

    #[test]
    fn a_large_mapping_is_cut_between_nodes() {
        let conversation = br#"{"title":"mapping","x":{"mapping":{"a":{}}},"a\"mapping":{"b":{}},"mapping" : {"a":{"m":"}{"},"b" :null, "c":{"d":[1,{}]} ,"e":{}},"current_node":"e"}"#;
        let input = [&b"[{\"mapping\":{}},"[..], conversation, b",7]"].concat();
        for trickle in [1, 3, 1000] {
            let got = items(&input, trickle, 1);
            assert!(matches!(&got[0], Item::Element { bytes, .. } if bytes == b"{\"mapping\":{}}"));
            assert!(matches!(&got[got.len() - 1], Item::Element { bytes, .. } if bytes == b"7"));
            let parts = &got[1..got.len() - 1];
            let mut joined = Vec::new();
            let mut pieces = Vec::new();
            let mut offset = 16;
            for p in parts {
                let Item::Part {
                    offset: at,
                    bytes,
                    piece,
                } = p
                else {
                    panic!("{p:?}")
                };
                assert_eq!(*at, offset);
                offset += bytes.len() as u64;
                match piece {
                    Piece::First { open } => {
                        assert!(bytes[..*open].ends_with(b"\"mapping\" : "));
                        assert_eq!(bytes[*open], b'{');
                    }
                    Piece::Last { close: Some(close) } => {
                        assert!(bytes[close + 1..].starts_with(b",\"current_node\""))
                    }
                    _ => {}
                }
                joined.extend_from_slice(bytes);
                pieces.push(String::from_utf8(bytes.clone()).unwrap());
            }
            assert_eq!(joined, conversation, "trickle {trickle}");
            // Cut after the nodes that are objects: a, c, e (then the last part).
            assert_eq!(
                pieces[1..],
                [
                    r#","b" :null, "c":{"d":[1,{}]}"#,
                    r#" ,"e":{}"#,
                    r#"},"current_node":"e"}"#
                ],
                "trickle {trickle}"
            );
        }
        // Not cut below the size.
        let got = items(&input, 7, 1 << 20);
        assert!(got.iter().all(|i| matches!(i, Item::Element { .. })));
    }

    #[test]
    fn whole_blocks_cut_where_the_byte_scan_cuts() {
        // Conversations long enough for the blocks of 64 bytes to be read: nested values,
        // escapes and brackets in strings, runs of backslashes across blocks, a backslash
        // outside strings (not JSON, which the blocks leave to the byte scan), a mapping cut
        // into parts. Read one byte at a time the splitter never has a whole block, so it
        // scans byte by byte; read in large pieces it reads blocks.
        let mut input = b"[".to_vec();
        for k in 0..60 {
            let text = format!(
                "line {k} \\\"quoted {{ [ \\\\{} }} ] \\\"\\n{}",
                "\\\\".repeat(k % 7),
                "word ".repeat(k * 3)
            );
            let stray = if k % 5 == 0 { r" \ " } else { "" };
            let nodes: Vec<String> = (0..k % 9 + 1)
                .map(|n| {
                    format!(
                        r#""n{n}":{{"message":{{"content":{{"parts":["{text}"]}},"meta":[1,{{"x":[{stray}]}}]}},"children":[]}}"#
                    )
                })
                .collect();
            if k > 0 {
                input.push(b',');
            }
            input.extend_from_slice(
                format!(
                    r#"{{"title":"t{k} \"]","mapping":{{{}}},"current_node":"n0","x":[[{{"y":"{text}"}}]]}}"#,
                    nodes.join(",")
                )
                .as_bytes(),
            );
        }
        input.extend_from_slice(b",42]");
        let read = |trickle| format!("{:?}", items(&input, trickle, 2048));
        let bytewise = read(1);
        assert!(bytewise.contains("Part") && bytewise.contains("Element"));
        for trickle in [100, 4096, 1 << 20] {
            assert_eq!(read(trickle), bytewise, "trickle {trickle}");
        }
    }

    #[test]
    fn trailing_garbage_is_noticed() {
        let mut s = Splitter::new(&b"[1] x"[..], 100);
        s.start().unwrap();
        while s.next_item().unwrap().is_some() {}
        assert_eq!(s.trailing_garbage().unwrap(), Some(4));
    }
}
