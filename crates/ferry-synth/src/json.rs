//! A tiny ordered JSON value and a serializer that imitates the byte shapes of real exports.
//!
//! `serde_json::Map` is a `BTreeMap` in this crate (no `preserve_order`), so it cannot keep the
//! 2023 insertion order; this value type keeps keys in insertion order and the [`Style`] decides
//! whether they are sorted on output.

use std::borrow::Cow;

/// A borrowed-or-owned string, so static keys cost nothing.
pub(crate) type Str = Cow<'static, str>;

/// A JSON value whose objects keep insertion order.
#[derive(Clone, Debug)]
pub(crate) enum J {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Str),
    Arr(Vec<J>),
    Obj(Vec<(Str, J)>),
}

impl J {
    /// An empty object.
    pub(crate) fn obj() -> J {
        J::Obj(Vec::new())
    }

    /// Appends a key (builder style).
    pub(crate) fn with(mut self, key: impl Into<Str>, value: impl Into<J>) -> J {
        self.set(key, value);
        self
    }

    /// Appends a key to an object (no de-duplication: callers never repeat keys).
    pub(crate) fn set(&mut self, key: impl Into<Str>, value: impl Into<J>) {
        if let J::Obj(v) = self {
            v.push((key.into(), value.into()));
        }
    }

    /// Looks a key up in an object.
    pub(crate) fn get(&self, key: &str) -> Option<&J> {
        match self {
            J::Obj(v) => v.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The string, if this is one.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            J::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub(crate) fn as_arr(&self) -> &[J] {
        match self {
            J::Arr(v) => v,
            _ => &[],
        }
    }
}

impl From<&'static str> for J {
    fn from(s: &'static str) -> J {
        J::Str(Cow::Borrowed(s))
    }
}
impl From<String> for J {
    fn from(s: String) -> J {
        J::Str(Cow::Owned(s))
    }
}
impl From<Str> for J {
    fn from(s: Str) -> J {
        J::Str(s)
    }
}
impl From<bool> for J {
    fn from(b: bool) -> J {
        J::Bool(b)
    }
}
impl From<i64> for J {
    fn from(i: i64) -> J {
        J::Int(i)
    }
}
impl From<u64> for J {
    fn from(i: u64) -> J {
        J::Int(i as i64)
    }
}
impl From<usize> for J {
    fn from(i: usize) -> J {
        J::Int(i as i64)
    }
}
impl From<f64> for J {
    fn from(f: f64) -> J {
        J::Float(f)
    }
}
impl From<Vec<J>> for J {
    fn from(v: Vec<J>) -> J {
        J::Arr(v)
    }
}
impl<T: Into<J>> From<Option<T>> for J {
    fn from(o: Option<T>) -> J {
        match o {
            Some(v) => v.into(),
            None => J::Null,
        }
    }
}

/// How a file is serialized.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Style {
    /// Escape every non-ASCII character as `\uXXXX` (surrogate pairs above U+FFFF), like
    /// Python's `json.dumps(ensure_ascii=True)`.
    pub(crate) ascii: bool,
    /// Python `indent=2` layout; otherwise one line with Python's default `", "` / `": "`
    /// separators (what real exports contain).
    pub(crate) pretty: bool,
    /// Sort object keys by code point (Python `sort_keys=True`).
    pub(crate) sorted: bool,
}

/// Serializes `v` at nesting `depth` (only matters for pretty output) into `out`.
pub(crate) fn write(out: &mut Vec<u8>, v: &J, style: Style, depth: usize) {
    match v {
        J::Null => out.extend_from_slice(b"null"),
        J::Bool(true) => out.extend_from_slice(b"true"),
        J::Bool(false) => out.extend_from_slice(b"false"),
        J::Int(i) => {
            use std::io::Write as _;
            let _ = write!(out, "{i}");
        }
        J::Float(f) => write_float(out, *f),
        J::Str(s) => write_str(out, s, style.ascii),
        J::Arr(items) => {
            if items.is_empty() {
                out.extend_from_slice(b"[]");
                return;
            }
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                sep(out, style, depth + 1, i == 0);
                write(out, item, style, depth + 1);
            }
            close(out, style, depth);
            out.push(b']');
        }
        J::Obj(fields) => {
            if fields.is_empty() {
                out.extend_from_slice(b"{}");
                return;
            }
            out.push(b'{');
            if style.sorted {
                let mut order: Vec<&(Str, J)> = fields.iter().collect();
                order.sort_by(|a, b| a.0.cmp(&b.0));
                for (i, (k, val)) in order.into_iter().enumerate() {
                    field(out, k, val, style, depth, i == 0);
                }
            } else {
                for (i, (k, val)) in fields.iter().enumerate() {
                    field(out, k, val, style, depth, i == 0);
                }
            }
            close(out, style, depth);
            out.push(b'}');
        }
    }
}

fn field(out: &mut Vec<u8>, k: &str, v: &J, style: Style, depth: usize, first: bool) {
    sep(out, style, depth + 1, first);
    write_str(out, k, style.ascii);
    out.extend_from_slice(b": ");
    write(out, v, style, depth + 1);
}

/// Separator before an array element / object field.
pub(crate) fn sep(out: &mut Vec<u8>, style: Style, depth: usize, first: bool) {
    if style.pretty {
        if !first {
            out.push(b',');
        }
        out.push(b'\n');
        indent(out, depth);
    } else if !first {
        out.extend_from_slice(b", ");
    }
}

/// Whitespace before a closing bracket.
pub(crate) fn close(out: &mut Vec<u8>, style: Style, depth: usize) {
    if style.pretty {
        out.push(b'\n');
        indent(out, depth);
    }
}

fn indent(out: &mut Vec<u8>, depth: usize) {
    for _ in 0..depth {
        out.extend_from_slice(b"  ");
    }
}

/// Python `repr(float)`-like: shortest round-trip digits, always with a fraction.
fn write_float(out: &mut Vec<u8>, f: f64) {
    use std::io::Write as _;
    if !f.is_finite() {
        out.extend_from_slice(b"null");
    } else if f.fract() == 0.0 && f.abs() < 1e16 {
        let _ = write!(out, "{f:.1}");
    } else {
        let _ = write!(out, "{f}");
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

fn push_u(out: &mut Vec<u8>, unit: u16) {
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((unit >> shift) & 0xf) as usize]);
    }
}

/// Writes a JSON string literal.
pub(crate) fn write_str(out: &mut Vec<u8>, s: &str, ascii: bool) {
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let special = b == b'"' || b == b'\\' || b < 0x20 || (ascii && b >= 0x80);
        if !special {
            i += 1;
            continue;
        }
        out.extend_from_slice(&bytes[start..i]);
        if b >= 0x80 {
            // Only reached in ASCII mode: escape the whole char.
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let mut units = [0u16; 2];
            for unit in ch.encode_utf16(&mut units) {
                push_u(out, *unit);
            }
            i += ch.len_utf8();
        } else {
            match b {
                b'"' => out.extend_from_slice(b"\\\""),
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                b'\t' => out.extend_from_slice(b"\\t"),
                0x08 => out.extend_from_slice(b"\\b"),
                0x0c => out.extend_from_slice(b"\\f"),
                _ => push_u(out, u16::from(b)),
            }
            i += 1;
        }
        start = i;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

/// Serializes a whole value to a fresh buffer.
pub(crate) fn to_vec(v: &J, style: Style) -> Vec<u8> {
    let mut out = Vec::new();
    write(&mut out, v, style, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const ASCII: Style = Style {
        ascii: true,
        pretty: false,
        sorted: false,
    };

    #[test]
    fn escapes_like_python() {
        let v = J::obj()
            .with("t", "caf\u{e9} \u{1f319} \"q\"\n")
            .with("w", 1.0)
            .with("x", 1710771341.386613);
        let s = String::from_utf8(to_vec(&v, ASCII)).unwrap();
        assert_eq!(
            s,
            r#"{"t": "caf\u00e9 \ud83c\udf19 \"q\"\n", "w": 1.0, "x": 1710771341.386613}"#
        );
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["t"], "caf\u{e9} \u{1f319} \"q\"\n");
    }

    #[test]
    fn pretty_sorted_matches_serde() {
        let v = J::obj()
            .with("b", J::Arr(vec![J::Int(1), J::obj()]))
            .with("a", J::Arr(vec![]))
            .with("c", J::obj().with("z", J::Null).with("y", true));
        let style = Style {
            ascii: true,
            pretty: true,
            sorted: true,
        };
        let mine = String::from_utf8(to_vec(&v, style)).unwrap();
        let parsed: serde_json::Value = serde_json::from_str(&mine).unwrap();
        assert_eq!(mine, serde_json::to_string_pretty(&parsed).unwrap());
    }
}
