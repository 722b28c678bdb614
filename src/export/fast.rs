//! A hand-written reader for the shape nearly every conversation has, in front of serde.
//!
//! serde's derived visitors were half of the parsing threads' time (issue 14): each key
//! matched through layers of generic code, each skipped value walked by a general parser.
//! This reader walks the bytes once, matches the keys ferry reads as byte strings, skips the
//! rest with a strict check, and builds the very same serde forms ([`RawConversation`],
//! [`Mapping`], [`Content`]) that serde would, through the same conversions (`label`,
//! `Role::parse`, [`Mapping::push`]).
//!
//! It never decides what serde would say about a damaged or unusual conversation: whenever it
//! is not sure its result is serde's (a malformed byte, a duplicate key, an escaped key, a
//! lone surrogate, a value of an unexpected type, nesting deeper than [`MAX_DEPTH`]…) it gives
//! up with `None`, and serde reads the conversation from the start, with its errors, its
//! repairs and its warnings. Values ferry reads rarely (content other than text, custom
//! instructions and memories; parts that are not strings; attachments, memory citations,
//! custom-instruction metadata) are found by the strict skip and handed to serde as they
//! are; numbers too, so every float is serde's.
//! What it accepts, serde accepts with the same result; a test and a fuzz target compare the
//! two on every input they are given.

use std::borrow::Cow;

use serde::de::DeserializeOwned;

use super::content::{Content, Part};
use super::conversation::{Role, label};
use super::schema::{Labeled, Mapping, RawAuthor, RawConversation, RawMessage, RawMetadata};
use super::schema::{RawNode, RoleField};

/// The deepest nesting this reader follows; serde's limit is 128, and no export comes near.
/// Anything deeper goes to serde, so a value handed to serde alone is never deep enough to
/// meet a limit that the whole conversation would have met.
const MAX_DEPTH: u32 = 100;

/// One element of `conversations.json`, or `None` when serde must read it.
pub(super) fn conversation(bytes: &[u8]) -> Option<RawConversation> {
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    super::schema::sized(bytes, |_| {
        let mut c = Cursor::new(text);
        let raw = c.conversation()?;
        c.end()?;
        Some(raw)
    })
}

/// A run of `mapping`'s nodes (`"id": {…}, "id": {…}`, without the braces), as the parts of
/// a large conversation hold them; `None` when serde must read it.
pub(super) fn nodes(bytes: &[u8]) -> Option<Mapping> {
    let text = simdutf8::basic::from_utf8(bytes).ok()?;
    super::schema::sized(bytes, |_| {
        let mut c = Cursor::new(text);
        // As deep as the nodes of a whole conversation: in it, and in its mapping.
        c.depth = 2;
        let mut mapping = Mapping::with_room();
        c.items(None, |c| c.node_entry(&mut mapping))?;
        Some(mapping)
    })
}

struct Cursor<'a> {
    text: &'a str,
    s: &'a [u8],
    i: usize,
    depth: u32,
    /// Where escaped strings are decoded.
    scratch: String,
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor {
            text,
            s: text.as_bytes(),
            i: 0,
            depth: 0,
            scratch: String::new(),
        }
    }

    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\n' | b'\r' | b'\t') = self.peek() {
            self.i += 1;
        }
    }

    /// Only whitespace is left.
    fn end(&mut self) -> Option<()> {
        self.ws();
        (self.i == self.s.len()).then_some(())
    }

    fn eat(&mut self, b: u8) -> Option<()> {
        self.ws();
        (self.peek()? == b).then(|| self.i += 1)
    }

    fn literal(&mut self, word: &[u8]) -> Option<()> {
        if self.s.get(self.i..self.i + word.len())? == word {
            self.i += word.len();
            Some(())
        } else {
            None
        }
    }

    /// Takes a `null` if one comes next.
    fn null(&mut self) -> bool {
        self.ws();
        self.peek() == Some(b'n') && self.literal(b"null").is_some()
    }

    /// Items separated by commas, each read by `item`: between `brackets` (open, close), or
    /// up to the end of the text for `None` (a run of a mapping's nodes).
    fn items(
        &mut self,
        brackets: Option<(u8, u8)>,
        mut item: impl FnMut(&mut Self) -> Option<()>,
    ) -> Option<()> {
        let close = match brackets {
            Some((open, close)) => {
                self.eat(open)?;
                self.depth += 1;
                if self.depth > MAX_DEPTH {
                    return None;
                }
                Some(close)
            }
            None => None,
        };
        self.ws();
        if self.peek() != close {
            loop {
                item(self)?;
                self.ws();
                match self.peek() {
                    Some(b',') => self.i += 1,
                    next if next == close => break,
                    _ => return None,
                }
            }
        }
        if close.is_some() {
            self.i += 1;
            self.depth -= 1;
        }
        Some(())
    }

    /// The entries of an object, each key (without escapes) given to `each`, which reads its
    /// value.
    fn object(&mut self, mut each: impl FnMut(&mut Self, &[u8]) -> Option<()>) -> Option<()> {
        self.items(Some((b'{', b'}')), |c| {
            c.ws();
            let key = c.plain_key()?;
            c.eat(b':')?;
            each(c, key)
        })
    }

    /// A key without escapes, as bytes.
    fn plain_key(&mut self) -> Option<&'a [u8]> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i + 1;
        let end = stop(self.s, start);
        if *self.s.get(end)? != b'"' {
            return None;
        }
        self.i = end + 1;
        Some(&self.s[start..end])
    }

    /// A string, borrowed when it has no escapes.
    fn string(&mut self) -> Option<Cow<'a, str>> {
        self.ws();
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        let start = self.i;
        let len = stop(self.s, start) - start;
        match *self.s.get(start + len)? {
            b'"' => {
                self.i = start + len + 1;
                return Some(Cow::Borrowed(&self.text[start..start + len]));
            }
            b'\\' => {}
            _ => return None,
        }
        // Escapes: decoded as serde decodes them, in a buffer kept from string to string,
        // then copied to a `String` of their length (grown by doubling, the strings of
        // the parsed conversations held twice the room they need).
        let mut out = std::mem::take(&mut self.scratch);
        out.clear();
        out.push_str(&self.text[start..start + len]);
        self.i = start + len;
        loop {
            // At a backslash.
            let escaped = *self.s.get(self.i + 1)?;
            self.i += 2;
            out.push(match escaped {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                b'u' => match self.hex4()? {
                    high @ 0xD800..=0xDBFF => {
                        self.literal(b"\\u")?;
                        let low = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&low) {
                            return None;
                        }
                        let high = u32::from(high) - 0xD800;
                        char::from_u32(0x10000 + (high << 10) + (u32::from(low) - 0xDC00))?
                    }
                    0xDC00..=0xDFFF => return None,
                    unit => char::from_u32(u32::from(unit))?,
                },
                _ => return None,
            });
            let from = self.i;
            let to = stop(self.s, from);
            out.push_str(&self.text[from..to]);
            self.i = to;
            match *self.s.get(to)? {
                b'"' => {
                    self.i += 1;
                    let decoded = out.as_str().to_owned();
                    self.scratch = out;
                    return Some(Cow::Owned(decoded));
                }
                b'\\' => {}
                _ => return None,
            }
        }
    }

    /// Four hex digits, taken.
    fn hex4(&mut self) -> Option<u16> {
        let digits = self.s.get(self.i..self.i + 4)?;
        let mut n = 0u16;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return None,
            };
            n = n << 4 | u16::from(v);
        }
        self.i += 4;
        Some(n)
    }

    /// Skips any value, checked as strictly as serde checks what it ignores, or more.
    fn skip(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(drop),
            b'{' => self.object(|c, _| c.skip()),
            b'[' => self.array(|c| c.skip()),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            b'-' | b'0'..=b'9' => self.number().map(drop),
            _ => None,
        }
    }

    /// The elements of an array, each read by `each`.
    fn array(&mut self, each: impl FnMut(&mut Self) -> Option<()>) -> Option<()> {
        self.items(Some((b'[', b']')), each)
    }

    /// A number's text, checked against JSON's grammar.
    fn number(&mut self) -> Option<&'a str> {
        let start = self.i;
        if self.peek() == Some(b'-') {
            self.i += 1;
        }
        match self.peek()? {
            b'0' => self.i += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.peek() == Some(b'.') {
            self.i += 1;
            self.at_least_one_digit()?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.i += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.i += 1;
            }
            self.at_least_one_digit()?;
        }
        // "01", "1.5x": not a number serde reads.
        if let Some(b'0'..=b'9' | b'.' | b'e' | b'E' | b'-' | b'+') = self.peek() {
            return None;
        }
        Some(&self.text[start..self.i])
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.i += 1;
        }
    }

    fn at_least_one_digit(&mut self) -> Option<()> {
        let start = self.i;
        self.digits();
        (self.i > start).then_some(())
    }

    /// The text of the next value, skipped.
    fn span(&mut self) -> Option<&'a str> {
        self.ws();
        let start = self.i;
        self.skip()?;
        Some(&self.text[start..self.i])
    }

    /// The next value, read by serde on its own.
    fn by_serde<T: DeserializeOwned>(&mut self) -> Option<T> {
        serde_json::from_str(self.span()?).ok()
    }

    /// `null` as `None`, else what `read` reads.
    fn or_null<T>(&mut self, read: impl FnOnce(&mut Self) -> Option<T>) -> Option<Option<T>> {
        if self.null() {
            return Some(None);
        }
        read(self).map(Some)
    }

    fn opt_string(&mut self) -> Option<Option<String>> {
        self.or_null(|c| Some(c.string()?.into_owned()))
    }

    fn opt_label(&mut self) -> Option<Option<Labeled>> {
        self.or_null(|c| Some(Labeled(label(&c.string()?))))
    }

    fn opt_bool(&mut self) -> Option<Option<bool>> {
        self.ws();
        match self.peek()? {
            b'n' => self.literal(b"null").map(|()| None),
            b't' => self.literal(b"true").map(|()| Some(true)),
            b'f' => self.literal(b"false").map(|()| Some(false)),
            _ => None,
        }
    }

    /// A number as serde reads it into an `f64`.
    fn opt_f64(&mut self) -> Option<Option<f64>> {
        self.or_null(|c| {
            c.ws();
            serde_json::from_str::<f64>(c.number()?).ok()
        })
    }

    /// The entries of an object of one of the schema's structs, whose keys are `keys`: each
    /// one's place in `keys` given to `read`, which reads its value; other keys skipped.
    fn fields(
        &mut self,
        keys: &[&[u8]],
        read: impl FnMut(&mut Self, usize) -> Option<()>,
    ) -> Option<()> {
        self.fields_or(keys, read, Self::skip)
    }

    /// [`Cursor::fields`], with the values of other keys read by `other`.
    fn fields_or(
        &mut self,
        keys: &[&[u8]],
        mut read: impl FnMut(&mut Self, usize) -> Option<()>,
        other: fn(&mut Self) -> Option<()>,
    ) -> Option<()> {
        let mut seen = 0u32;
        self.object(|c, key| {
            let Some(at) = keys.iter().position(|k| *k == key) else {
                return other(c);
            };
            // serde's "duplicate field".
            if seen & 1 << at != 0 {
                return None;
            }
            seen |= 1 << at;
            read(c, at)
        })
    }

    fn conversation(&mut self) -> Option<RawConversation> {
        let mut r = RawConversation {
            id: None,
            conversation_id: None,
            title: None,
            create_time: None,
            update_time: None,
            mapping: Mapping::default(),
            current_node: None,
            gizmo_id: None,
            gizmo_type: None,
            conversation_template_id: None,
            default_model_slug: None,
            voice: None,
            is_archived: None,
            is_do_not_remember: None,
            memory_scope: None,
        };
        self.fields(&CONVERSATION, |c, at| {
            match at {
                0 => r.id = c.opt_string()?,
                1 => r.conversation_id = c.opt_string()?,
                2 => r.title = c.opt_string()?,
                3 => r.create_time = c.opt_f64()?,
                4 => r.update_time = c.opt_f64()?,
                5 => r.mapping = c.mapping()?,
                6 => r.current_node = c.opt_string()?,
                7 => r.gizmo_id = c.opt_string()?,
                8 => r.gizmo_type = c.opt_string()?,
                9 => r.conversation_template_id = c.opt_string()?,
                10 => r.default_model_slug = c.opt_string()?,
                11 => r.voice = c.opt_string()?,
                12 => r.is_archived = c.opt_bool()?,
                13 => r.is_do_not_remember = c.opt_bool()?,
                _ => r.memory_scope = c.opt_string()?,
            }
            Some(())
        })?;
        Some(r)
    }

    /// `mapping`: `null` is an empty one, as serde reads it. Its keys are ids, which may hold
    /// escapes.
    fn mapping(&mut self) -> Option<Mapping> {
        if self.null() {
            return Some(Mapping::default());
        }
        let mut mapping = Mapping::with_room();
        self.items(Some((b'{', b'}')), |c| c.node_entry(&mut mapping))?;
        Some(mapping)
    }

    /// `"id": {node}`, added to `mapping`.
    fn node_entry(&mut self, mapping: &mut Mapping) -> Option<()> {
        let id = self.string()?.into_owned();
        self.eat(b':')?;
        let mut node = RawNode {
            message: None,
            parent: None,
            children: None,
        };
        self.fields(&NODE, |c, at| {
            match at {
                0 => node.message = c.or_null(|c| c.message().map(Box::new))?,
                1 => node.parent = c.opt_string()?,
                _ => {
                    node.children = c.or_null(|c| {
                        c.array(|c| c.string().map(drop))?;
                        Some(super::schema::Children)
                    })?;
                }
            }
            Some(())
        })?;
        mapping.push(id, node);
        Some(())
    }

    fn message(&mut self) -> Option<RawMessage> {
        let mut m = RawMessage {
            id: None,
            author: None,
            create_time: None,
            content: None,
            status: None,
            metadata: None,
            recipient: None,
            channel: None,
        };
        self.fields(&MESSAGE, |c, at| {
            match at {
                0 => m.id = c.opt_string()?,
                1 => m.author = c.or_null(Self::author)?,
                2 => m.create_time = c.opt_f64()?,
                3 => m.content = c.or_null(Self::content)?,
                4 => m.status = c.opt_label()?,
                5 => m.metadata = c.or_null(Self::metadata)?,
                6 => m.recipient = c.opt_label()?,
                _ => m.channel = c.opt_label()?,
            }
            Some(())
        })?;
        Some(m)
    }

    fn author(&mut self) -> Option<RawAuthor> {
        let mut a = RawAuthor {
            role: None,
            name: None,
        };
        self.fields(&AUTHOR, |c, at| {
            match at {
                0 => a.role = c.or_null(|c| Some(RoleField(Role::parse(Some(&c.string()?)))))?,
                _ => a.name = c.opt_label()?,
            }
            Some(())
        })?;
        Some(a)
    }

    /// `content`: plain text parts and custom instructions or memories here, anything else
    /// by serde.
    fn content(&mut self) -> Option<Content> {
        self.ws();
        let (start, depth) = (self.i, self.depth);
        if let Some(content) = self.usual_content() {
            return Some(content);
        }
        self.i = start;
        self.depth = depth;
        self.by_serde()
    }

    /// The content nearly every message has: text parts (strings, nulls, and objects, such as
    /// images and voice turns, read by serde one by one), the
    /// custom instructions (`user_editable_context`), the memories (`model_editable_context`),
    /// each key once, and other keys only with a string, a boolean or `null` (what serde reads
    /// into a JSON value, and drops, without ever failing).
    fn usual_content(&mut self) -> Option<Content> {
        const KEYS: [&[u8]; 5] = [
            b"content_type",
            b"parts",
            b"user_profile",
            b"user_instructions",
            b"model_set_context",
        ];
        let mut kind = None;
        let mut parts = None;
        let mut strings: [Option<String>; 3] = Default::default();
        let read = |c: &mut Self, at| {
            match at {
                0 => kind = Some(c.string()?),
                1 => {
                    let mut list = Vec::with_capacity(1);
                    c.array(|c| {
                        c.ws();
                        match c.peek()? {
                            b'n' => c.literal(b"null")?,
                            b'"' => list.push(Part::Text(c.string()?.into_owned())),
                            // An image, a voice turn's transcription…: as serde reads it.
                            _ => list.extend(Part::from_value(c.by_serde()?)),
                        }
                        Some(())
                    })?;
                    parts = Some(list);
                }
                _ => strings[at - 2] = c.opt_string()?,
            }
            Some(())
        };
        self.fields_or(&KEYS, read, Self::scalar)?;
        let [user_profile, user_instructions, model_set_context] = strings;
        match kind?.as_ref() {
            // Without `parts`, serde reads none.
            "text" => Some(Content::Text {
                parts: parts.unwrap_or_default(),
            }),
            "multimodal_text" => Some(Content::Multimodal {
                parts: parts.unwrap_or_default(),
            }),
            // Their `parts`, if any, serde reads (and drops) with its own checks.
            _ if parts.is_some() => None,
            "user_editable_context" => Some(Content::UserEditableContext {
                user_profile,
                user_instructions,
            }),
            "model_editable_context" => Some(Content::ModelEditableContext { model_set_context }),
            _ => None,
        }
    }

    /// A string, a boolean or `null`, skipped.
    fn scalar(&mut self) -> Option<()> {
        self.ws();
        match self.peek()? {
            b'"' => self.string().map(drop),
            b't' => self.literal(b"true"),
            b'f' => self.literal(b"false"),
            b'n' => self.literal(b"null"),
            _ => None,
        }
    }

    fn metadata(&mut self) -> Option<RawMetadata> {
        let mut m = RawMetadata::default();
        self.fields(&METADATA, |c, at| {
            match at {
                0 => m.model_slug = c.opt_label()?,
                1 => m.default_model_slug = c.opt_label()?,
                2 => m.is_visually_hidden_from_conversation = c.opt_bool()?,
                3 => m.is_user_system_message = c.opt_bool()?,
                4 => m.user_context_message_data = c.by_serde()?,
                5 => m.gizmo_id = c.opt_label()?,
                6 => m.voice_mode_message = c.opt_bool()?,
                7 => m.attachments = c.by_serde()?,
                _ => m.conversation_context_citation_metadata = c.by_serde()?,
            }
            Some(())
        })?;
        Some(m)
    }
}

// The keys read of each struct of the schema, in the order of the arms that read them; a test
// checks that they are the keys serde reads.
const CONVERSATION: [&[u8]; 15] = [
    b"id",
    b"conversation_id",
    b"title",
    b"create_time",
    b"update_time",
    b"mapping",
    b"current_node",
    b"gizmo_id",
    b"gizmo_type",
    b"conversation_template_id",
    b"default_model_slug",
    b"voice",
    b"is_archived",
    b"is_do_not_remember",
    b"memory_scope",
];
const NODE: [&[u8]; 3] = [b"message", b"parent", b"children"];
const MESSAGE: [&[u8]; 8] = [
    b"id",
    b"author",
    b"create_time",
    b"content",
    b"status",
    b"metadata",
    b"recipient",
    b"channel",
];
const AUTHOR: [&[u8]; 2] = [b"role", b"name"];
const METADATA: [&[u8]; 9] = [
    b"model_slug",
    b"default_model_slug",
    b"is_visually_hidden_from_conversation",
    b"is_user_system_message",
    b"user_context_message_data",
    b"gizmo_id",
    b"voice_mode_message",
    b"attachments",
    b"conversation_context_citation_metadata",
];

/// Where a string's run of plain characters from `at` stops: at a quote, a backslash or a
/// control character (which JSON forbids unescaped), or at the end. Sixteen bytes at a time
/// (SIMD compares through `wide`, as the splitter reads), then eight (SWAR), then one by one:
/// most strings are short (keys, ids), where `memchr` costs more to set up than it saves.
fn stop(s: &[u8], mut at: usize) -> usize {
    use wide::u8x16;
    while let Some(chunk) = s.get(at..at + 16) {
        let v = u8x16::new(chunk.try_into().expect("sixteen bytes"));
        let found = v.simd_eq(u8x16::splat(b'"'))
            | v.simd_eq(u8x16::splat(b'\\'))
            | v.min(u8x16::splat(0x1f)).simd_eq(v);
        let mask = found.to_bitmask();
        if mask != 0 {
            return at + mask.trailing_zeros() as usize;
        }
        at += 16;
    }
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    if let Some(chunk) = s.get(at..at + 8) {
        let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
        let quote = word ^ u64::from_ne_bytes([b'"'; 8]);
        let slash = word ^ u64::from_ne_bytes([b'\\'; 8]);
        // A high bit set in a byte that was zero (quote, backslash) or under 0x20; the
        // lowest is exact (a borrow only sets bits above a byte that matched).
        let found = (quote.wrapping_sub(ONES) & !quote)
            | (slash.wrapping_sub(ONES) & !slash)
            | (word.wrapping_sub(ONES * 0x20) & !word);
        let found = found & HIGHS;
        if found != 0 {
            return at + (found.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&b) = s.get(at) {
        if b == b'"' || b == b'\\' || b < 0x20 {
            return at;
        }
        at += 1;
    }
    at
}

/// Whether this reader takes `json`; when it does, checks that serde reads it too, to the
/// same result, and panics if not. For the tests and the fuzz target `read_json`.
pub(crate) fn agrees_with_serde(json: &[u8]) -> bool {
    let Some(fast) = conversation(json) else {
        return false;
    };
    let shown = || String::from_utf8_lossy(json);
    let Ok(slow) = super::parse::parse_json::<RawConversation>(json) else {
        panic!("read here, but not by serde: {}", shown());
    };
    assert_eq!(format!("{fast:?}"), format!("{slow:?}"), "{}", shown());
    true
}

#[cfg(test)]
mod tests {
    use super::super::parse::parse_json;
    use super::*;

    use super::agrees_with_serde as agrees;

    /// A conversation with most of what an export holds: escapes, a surrogate pair, nulls,
    /// numbers of every form, keys ferry does not read with nested values, content of
    /// several types, attachments, citations and custom instructions.
    const RICH: &str = r#"{"title": "Caf\u00e9 \ud83c\udf19 talk", "create_time": 1714608090.839471,
 "update_time": 17146e5, "mapping": {"root": {"id": "root", "message": null, "parent": null,
 "children": ["m1"]}, "m1": {"id": "m1", "message": {"id": "m1", "author": {"role": "user",
 "name": null, "metadata": {"a": [1, -2.5, 3E+2, 0, -0, true, false, null, {"b": []}]}},
 "create_time": 1714608091, "update_time": null, "content": {"content_type": "text",
 "parts": ["Hi Nova,\n\tit's me \"Mimi\" \\ / \/ \b\f\r", null, "second \u0000 part"]},
 "status": "finished_successfully", "end_turn": null, "weight": 1.0, "metadata":
 {"is_visually_hidden_from_conversation": false, "model_slug": "gpt-4o",
 "attachments": [{"id": "file-1", "name": "a.png", "mime_type": "image/png", "size": 5}],
 "request_id": "x", "voice_mode_message": true, "gizmo_id": null},
 "recipient": "all", "channel": null}, "parent": "root", "children": ["m2", "m3"]},
 "m2": {"message": {"id": "m2", "author": {"role": "assistant"}, "content": {"parts":
 ["Hello, little star \u2728"], "content_type": "multimodal_text"}, "metadata":
 {"conversation_context_citation_metadata": [{"citation": {"attribution": "memory",
 "snippet": "likes tea"}, "deleted": false}]}}, "parent": "m1"},
 "m3": {"message": {"id": "m3", "author": {"role": "assistant", "name": "bio"}, "content":
 {"content_type": "code", "language": "unknown", "text": "{\"x\": 1}"}}, "parent": "m1"},
 "m4": {"message": {"id": "m4", "author": {"role": "user"}, "content": {"content_type":
 "user_editable_context", "user_profile": "p", "user_instructions": "i"}, "metadata":
 {"user_context_message_data": {"about_user_message": "I'm Mimi",
 "about_model_message": "Be Nova"}, "is_user_system_message": true}}, "parent": "m1"},
 "m5": {"message": {"content": {"content_type": "multimodal_text", "parts": [{"content_type":
 "image_asset_pointer", "asset_pointer": "file-service://file-1"}, "look"]}}},
 "m6": {"message": {"content": {"content_type": "thoughts", "thoughts": [{"summary": "s",
 "content": "c"}]}}}, "m7": {"message": {"content": {"content_type": "new_kind", "x": [1]}}},
 "m8": {"message": {"content": {"content_type": "model_editable_context", "model_set_context":
 "1. [2024-05-02]. User's name is Mira.", "repository": null, "repo_summary": null,
 "structured": false}}}, "m9": {"message": {"content": {"content_type": "text", "parts":
 ["plain"], "extra": "kept aside"}}}},
 "current_node": "m2", "id": "c-1", "conversation_id": "c-1", "gizmo_id": null,
 "is_archived": false, "is_do_not_remember": null, "memory_scope": "global_enabled",
 "voice": null, "default_model_slug": "gpt-4o", "safe_urls": [], "blocked_urls": []}"#;

    #[test]
    fn reads_what_serde_reads_the_same() {
        assert!(agrees(RICH.as_bytes()));
        for json in [
            r#"{}"#,
            r#" {"mapping": null} "#,
            r#"{"mapping": {}}"#,
            r#"{"id": "a", "mapping": {"x": {}}}"#,
            r#"{"mapping": {"x": {"message": {"content": null, "author": null,
                "metadata": null}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "text",
                "parts": []}}}}}"#,
            r#"{"mapping": {"x\"y": {"children": []}, "x\"y": {"children": null}}}"#,
            r#"{"create_time": -1.5e-3, "update_time": 123456789012345678901234567890}"#,
            "{\"title\":\"\u{1F319} raw UTF-8, \u{e9}\"}",
            // Custom instructions and memories: null, missing, and with keys serde drops.
            r#"{"mapping": {"x": {"message": {"content": {"content_type":
                "user_editable_context", "user_profile": null}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"user_instructions": "Be warm",
                "content_type": "user_editable_context", "note": true}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type":
                "model_editable_context"}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "text"}}}}}"#,
            // Parts that are no strings: a voice turn, an image with its metadata, a number.
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "multimodal_text",
                "parts": [{"content_type": "audio_transcription", "text": "hi \u00e9",
                "direction": "in", "decoding_id": null}, {"content_type":
                "image_asset_pointer", "asset_pointer": "sediment://file_1", "size_bytes":
                52133, "width": 1.5e3, "metadata": {"dalle": {"prompt": "a moon"}}}, 7,
                [1, "a"], null, "words"]}}}}}"#,
            // Content this reader hands to serde: a number or a list where a string is read,
            // `parts` in custom instructions, `parts` given as a string, a repeated key.
            r#"{"mapping": {"x": {"message": {"content": {"content_type":
                "user_editable_context", "user_profile": 5}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type":
                "model_editable_context", "model_set_context": "m", "version": 2}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type":
                "user_editable_context", "parts": ["x"], "user_profile": "p"}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "text",
                "parts": "one string"}}}}}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "text",
                "content_type": "code", "text": "t"}}}}}"#,
        ] {
            assert!(agrees(json.as_bytes()), "{json}");
        }
    }

    /// What this reader leaves to serde: damage, and what it cannot be sure serde reads the
    /// same.
    #[test]
    fn leaves_to_serde_what_it_is_not_sure_of() {
        for json in [
            // Damaged: serde fails.
            r#"{"id": "a",}"#,
            r#"{"id": "a" "title": "b"}"#,
            r#"{"mapping": {"x": {"children": ["a",]}}}"#,
            r#"{"create_time": 01}"#,
            r#"{"create_time": 1.}"#,
            r#"{"create_time": 1e999}"#,
            r#"{"mapping": {"x": {"message": {"content": {"content_type": "text",
                "parts": ["x"], "weight": 1e999}}}}}"#,
            r#"{"create_time": "1"}"#,
            r#"{"title": 5}"#,
            r#"{"is_archived": 1}"#,
            r#"{"mapping": []}"#,
            r#"{"mapping": {"x": {"children": [5]}}}"#,
            r#"{"mapping": {"x": {"message": {"status": ["a"]}}}}"#,
            r#"{"id": "a", "id": "b"}"#,
            r#"{"mapping": {"x": {"message": {"id": "a", "id": "b"}}}}"#,
            r#"{"title": "tab	inside"}"#,
            r#"{"title": "bad \q escape"}"#,
            r#"{"skipped": "bad \x escape"}"#,
            r#"{"skipped": [1 2]}"#,
            r#"{"skipped": nul}"#,
            r#"{"skipped": -}"#,
            r#"{"id": "a"} x"#,
            r#"[]"#,
            // Read by serde alone: a lone surrogate (repaired), an escaped key.
            r#"{"title": "half \ud83c of a moon"}"#,
            r#"{"skipped": "half \udf19 of a moon"}"#,
            r#"{"\u0069d": "a"}"#,
        ] {
            assert!(!agrees(json.as_bytes()), "{json}");
        }
        // Nested deeper than this reader goes, whatever serde makes of it.
        let deep = format!(r#"{{"x": {}1{}}}"#, "[".repeat(150), "]".repeat(150));
        assert!(!agrees(deep.as_bytes()));
        // Not UTF-8.
        assert!(!agrees(b"{\"title\": \"\xff\"}"));
    }

    /// Every one-byte change to a rich conversation: where this reader takes the result,
    /// serde reads the same ([`agrees`] panics otherwise).
    #[test]
    fn agrees_with_serde_on_every_one_byte_change() {
        let base = RICH.as_bytes();
        let (mut taken, mut left) = (0, 0);
        for at in 0..base.len() {
            for change in [
                None,
                Some(b'"'),
                Some(b'\\'),
                Some(b','),
                Some(b'}'),
                Some(b'0'),
            ]
            .into_iter()
            .chain([Some(b'n'), Some(b' '), Some(0x01), Some(b'u'), Some(b'e')])
            {
                let mut json = base.to_vec();
                match change {
                    None => drop(json.remove(at)),
                    Some(b) => json[at] = b,
                }
                if agrees(&json) {
                    taken += 1;
                } else {
                    left += 1;
                }
            }
        }
        // Both sides are exercised: many changes keep it readable, many break it.
        assert!(taken > 1000 && left > 1000, "{taken} {left}");
    }

    proptest::proptest! {
        /// [`stop`] finds what a byte-by-byte look finds, from any start, across the
        /// sixteen- and eight-byte steps.
        #[test]
        fn stop_is_the_first_quote_backslash_or_control_character(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![
                    4 => 0x20u8..=0xff,
                    1 => proptest::sample::select(vec![b'"', b'\\', 0x00, 0x1f, 0x0a, 0x20, 0x7f]),
                ],
                0..80,
            ),
            start in 0usize..80,
        ) {
            let start = start.min(bytes.len());
            let by_bytes = bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)
                .map_or(bytes.len(), |i| start + i);
            proptest::prop_assert_eq!(stop(&bytes, start), by_bytes);
        }
    }

    /// The keys serde's derive reads for a struct of the schema.
    fn fields_of<T: DeserializeOwned>() -> &'static [&'static str] {
        use serde::de::value::Error;
        struct Probe(Option<&'static [&'static str]>);
        impl<'de> serde::Deserializer<'de> for &mut Probe {
            type Error = Error;
            fn deserialize_any<V: serde::de::Visitor<'de>>(self, _: V) -> Result<V::Value, Error> {
                Err(serde::de::Error::custom("not a struct"))
            }
            fn deserialize_struct<V: serde::de::Visitor<'de>>(
                self,
                _: &'static str,
                fields: &'static [&'static str],
                _: V,
            ) -> Result<V::Value, Error> {
                self.0 = Some(fields);
                Err(serde::de::Error::custom("probed"))
            }
            serde::forward_to_deserialize_any! {
                bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
                byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map enum
                identifier ignored_any
            }
        }
        let mut probe = Probe(None);
        let _ = T::deserialize(&mut probe);
        probe.0.expect("a struct")
    }

    /// Every key serde reads in the schema is read here too, to the same value: a key added
    /// to `schema.rs` and not here fails this test (this reader would skip it).
    #[test]
    fn reads_every_key_of_the_schema() {
        // Each struct's keys, and where they are written: a key is tested where it changes
        // what is read.
        let message = r#"{"mapping": {"n": {"message": {"#;
        type Places<'a> = &'a [(&'a str, &'a str)];
        let levels: [(&[&str], Places); 5] = [
            (fields_of::<RawConversation>(), &[("{", "}")]),
            (fields_of::<RawNode>(), &[(r#"{"mapping": {"n": {"#, "}}}")]),
            (fields_of::<RawMessage>(), &[(message, "}}}}")]),
            (
                fields_of::<RawAuthor>(),
                &[(r#"{"mapping": {"n": {"message": {"author": {"#, "}}}}}")],
            ),
            (
                fields_of::<RawMetadata>(),
                &[
                    // Of a reply, whose model is kept.
                    (
                        r#"{"mapping": {"n": {"message": {"author": {"role": "assistant"},
                            "metadata": {"#,
                        "}}}}}",
                    ),
                    // Of custom instructions, whose metadata are read.
                    (
                        r#"{"mapping": {"n": {"message": {"content": {"content_type":
                            "user_editable_context"}, "metadata": {"#,
                        "}}}}}",
                    ),
                ],
            ),
        ];
        // The keys read here are the keys serde reads.
        let tables: [&[&[u8]]; 5] = [&CONVERSATION, &NODE, &MESSAGE, &AUTHOR, &METADATA];
        for ((fields, _), keys) in levels.iter().zip(tables) {
            let mut fields: Vec<&[u8]> = fields.iter().map(|f| f.as_bytes()).collect();
            let mut keys = keys.to_vec();
            fields.sort();
            keys.sort();
            assert_eq!(fields, keys);
        }
        let values = [
            r#""gpt-4o""#,
            r#""assistant""#,
            "1714608090.5",
            "true",
            "[]",
            r#"{"n": {}}"#,
            "{}",
            r#"{"about_user_message": "x"}"#,
            r#"[{"id": "f", "name": "a.png"}]"#,
            r#"[{"citation": {"snippet": "s"}, "deleted": false}]"#,
            r#"{"content_type": "text", "parts": ["p"]}"#,
            r#"{"role": "user"}"#,
            r#"{"is_visually_hidden_from_conversation": true}"#,
        ];
        for (fields, places) in levels {
            for field in fields {
                let read = places.iter().find_map(|(open, close)| {
                    let without = format!("{:?}", by_serde(format!("{open}{close}").as_bytes()));
                    values.iter().find_map(|value| {
                        let json = format!(r#"{open}"{field}": {value}{close}"#);
                        let read = by_serde(json.as_bytes())?;
                        (format!("{:?}", Some(read)) != without).then_some(json)
                    })
                });
                let json = read.unwrap_or_else(|| panic!("no value of {field} to test with"));
                assert!(agrees(json.as_bytes()), "{json}");
            }
        }
    }

    fn by_serde(json: &[u8]) -> Option<RawConversation> {
        parse_json::<RawConversation>(json).ok()
    }

    /// The nodes of a large conversation's parts: as serde reads them.
    #[test]
    fn reads_runs_of_nodes_as_serde_does() {
        let runs = [
            r#" "a": {"message": {"id": "m", "content": {"content_type": "text",
                "parts": ["x"]}}, "parent": null}, "b": {"children": ["a"]} "#,
            r#""a": {}"#,
        ];
        for run in runs {
            let fast = nodes(run.as_bytes()).expect("read");
            let wrapped = format!("[{{{run}}}]");
            let (slow,) = parse_json::<(Mapping,)>(wrapped.as_bytes()).expect("serde reads it");
            assert_eq!(format!("{fast:?}"), format!("{slow:?}"));
        }
        for run in [
            r#""a": {},"#,
            r#""a": {} "b""#,
            r#""a": {"parent": 5}"#,
            r#"{}"#,
        ] {
            assert!(nodes(run.as_bytes()).is_none(), "{run}");
        }
    }

    /// The conversations of every era the project's generator writes, each read here and by
    /// serde the same.
    #[test]
    fn reads_every_era_of_generated_exports() {
        let mut counts = std::collections::BTreeMap::new();
        super::super::tests::each_generated_file(30, |bytes, name| {
            let era = name.split(' ').next().unwrap().to_owned();
            for element in elements(bytes) {
                let (taken, all) = counts.entry(era.clone()).or_insert((0, 0));
                *all += 1;
                *taken += usize::from(agrees(element));
            }
        });
        assert_eq!(counts.len(), 4);
        for (era, (taken, all)) in counts {
            assert!(all >= 30, "{era}");
            // The generator writes no damage: this reader takes every conversation.
            assert_eq!(taken, all, "{era}");
        }
    }

    /// The elements of a JSON array, as byte slices.
    fn elements(json: &[u8]) -> Vec<&[u8]> {
        let (mut out, mut depth, mut in_string, mut escaped, mut start) =
            (Vec::new(), 0, false, false, 0);
        for (i, &b) in json.iter().enumerate() {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    if depth == 2 {
                        start = i;
                    }
                }
                b'}' | b']' => {
                    if depth == 2 {
                        out.push(&json[start..=i]);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        out
    }
}
