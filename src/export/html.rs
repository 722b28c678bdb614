//! `chat.html`, the export's offline viewer, as a source of conversations.
//!
//! Exports of 2023 and 2024 (and, as far as anyone has reported, later ones) carry the whole
//! conversation array a second time inside `chat.html`, as `var jsonData = [ … ];` in a
//! `<script>` ahead of the viewer's own code (`../shared/docs/chatgpt-export-format.md`, §4.10).
//! When an export has no `conversations.json` (someone kept only the page, or a damaged zip lost
//! the JSON), ferry reads the array from there. [`JsonData`] is a reader that yields exactly the
//! bytes of that array, so the rest of the pipeline streams it like any conversations file.

use std::io::{self, Read};

/// What precedes the array: `jsonData`, optional spaces, `=`, optional spaces, then `[`.
const MARKER: &[u8] = b"jsonData";

/// How far ferry looks for the marker before deciding the page holds no conversations. The
/// viewer puts the data first; a page that is all markup for this long is something else.
const SEARCH_LIMIT: u64 = 64 << 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Looking for `jsonData = [`.
    Seeking,
    /// Inside the array, `depth` brackets deep (`[` and `{` alike).
    Copying {
        depth: u32,
        in_string: bool,
        escaped: bool,
    },
    Done,
}

/// Reads the `var jsonData = [ … ]` array out of a `chat.html` stream.
pub(crate) struct JsonData<R> {
    inner: R,
    buf: Vec<u8>,
    /// `buf[start..end]` is read and not yet handled.
    start: usize,
    end: usize,
    state: State,
    searched: u64,
}

/// The page holds no `var jsonData = [` array.
#[derive(Debug, thiserror::Error)]
#[error(
    "chat.html holds no conversation data (no `var jsonData = [` in it); this page may come from a newer export that no longer embeds them"
)]
pub(crate) struct NoJsonData;

impl<R: Read> JsonData<R> {
    pub(crate) fn new(inner: R) -> Self {
        JsonData {
            inner,
            buf: vec![0; 64 << 10],
            start: 0,
            end: 0,
            state: State::Seeking,
            searched: 0,
        }
    }

    /// Moves the unhandled bytes to the front and reads more after them; false at the end.
    fn fill(&mut self) -> io::Result<bool> {
        self.buf.copy_within(self.start..self.end, 0);
        self.end -= self.start;
        self.start = 0;
        if self.end == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        loop {
            match self.inner.read(&mut self.buf[self.end..]) {
                Ok(0) => return Ok(false),
                Ok(n) => {
                    self.end += n;
                    return Ok(true);
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Skips to the opening `[` of the array; an error when there is none.
    fn seek(&mut self) -> io::Result<()> {
        loop {
            let window = &self.buf[self.start..self.end];
            let mut from = 0;
            while let Some(at) = memchr::memmem::find(&window[from..], MARKER) {
                let after = from + at + MARKER.len();
                match opening(&window[after..]) {
                    Opening::At(k) => {
                        self.start += after + k;
                        self.state = State::Copying {
                            depth: 0,
                            in_string: false,
                            escaped: false,
                        };
                        return Ok(());
                    }
                    Opening::NotHere => from = after,
                    // The marker is at the end of what is read: keep it for the next read.
                    Opening::NeedMore => break,
                }
            }
            // Keep a tail that could be the start of a marker split by the read.
            let keep = (MARKER.len() + 64).min(self.end - self.start);
            let drop = self.end - self.start - keep;
            self.searched += drop as u64;
            self.start += drop;
            if self.searched > SEARCH_LIMIT || !self.fill()? {
                return Err(io::Error::new(io::ErrorKind::InvalidData, NoJsonData));
            }
        }
    }
}

enum Opening {
    /// The `[` is this many bytes in.
    At(usize),
    NotHere,
    NeedMore,
}

/// After the marker: spaces, `=`, spaces, `[`.
fn opening(rest: &[u8]) -> Opening {
    let mut i = 0;
    let mut seen_equals = false;
    while i < rest.len() {
        match rest[i] {
            b' ' | b'\t' | b'\r' | b'\n' => {}
            b'=' if !seen_equals => seen_equals = true,
            b'[' if seen_equals => return Opening::At(i),
            _ => return Opening::NotHere,
        }
        i += 1;
    }
    if i > 64 {
        Opening::NotHere
    } else {
        Opening::NeedMore
    }
}

impl<R: Read> Read for JsonData<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        if out.is_empty() {
            return Ok(0);
        }
        if self.state == State::Seeking {
            self.seek()?;
        }
        let State::Copying {
            mut depth,
            mut in_string,
            mut escaped,
        } = self.state
        else {
            return Ok(0);
        };
        if self.start == self.end && !self.fill()? {
            // The page ended inside the array: hand on what there was; the splitter says
            // the JSON is cut short.
            self.state = State::Done;
            return Ok(0);
        }
        let take = (self.end - self.start).min(out.len());
        let mut n = 0;
        let mut done = false;
        for &b in &self.buf[self.start..self.start + take] {
            n += 1;
            if in_string {
                if escaped {
                    escaped = false;
                } else if b == b'\\' {
                    escaped = true;
                } else if b == b'"' {
                    in_string = false;
                }
                continue;
            }
            match b {
                b'"' => in_string = true,
                b'[' | b'{' => depth += 1,
                b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        done = true;
                        break;
                    }
                }
                _ => {}
            }
        }
        out[..n].copy_from_slice(&self.buf[self.start..self.start + n]);
        self.start += n;
        self.state = if done {
            State::Done
        } else {
            State::Copying {
                depth,
                in_string,
                escaped,
            }
        };
        Ok(n)
    }
}

/// Whether a member or file name is the export's viewer page.
pub(crate) fn is_chat_html(name: &str) -> bool {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.eq_ignore_ascii_case("chat.html")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads through a reader that hands out `step` bytes at a time, to cross every boundary.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn extract(page: &str, step: usize) -> io::Result<String> {
        let mut out = String::new();
        JsonData::new(Trickle {
            bytes: page.as_bytes(),
            step,
        })
        .read_to_string(&mut out)?;
        Ok(out)
    }

    #[test]
    fn the_array_and_nothing_else() {
        let array = r#"[{"title":"a ] } [ { \" \\","mapping":{}}, {"title":"b"}]"#;
        let page = format!(
            "<html><head><title>ChatGPT Data Export</title></head><body><script>\n// jsonData is set below\nvar jsonData = {array};\nfunction getConversationMessages(c) {{ return jsonData[0]; }}\n</script></body></html>"
        );
        for step in [1, 2, 3, 7, 64, 1 << 20] {
            assert_eq!(extract(&page, step).unwrap(), array, "step {step}");
        }
    }

    #[test]
    fn spacing_around_the_equals_sign() {
        assert_eq!(extract("var jsonData=[1,[2]];", 1).unwrap(), "[1,[2]]");
        assert_eq!(extract("var jsonData \n=\t [ ];x", 5).unwrap(), "[ ]");
    }

    #[test]
    fn a_page_without_data_is_an_error() {
        let err = extract("<html><script>var other = [1];</script></html>", 3).unwrap_err();
        assert_eq!(err.kind(), io::ErrorKind::InvalidData);
        assert!(err.to_string().contains("jsonData"), "{err}");
        assert!(extract("", 1).is_err());
        // The name alone, without an array after it, is not the data.
        assert!(extract("jsonData.forEach(render);", 1).is_err());
    }

    #[test]
    fn a_cut_page_hands_on_what_there_was() {
        assert_eq!(extract("var jsonData = [{\"a\":", 2).unwrap(), "[{\"a\":");
    }

    #[test]
    fn names() {
        assert!(is_chat_html("chat.html"));
        assert!(is_chat_html("export/Chat.HTML"));
        assert!(!is_chat_html("chat.html.bak"));
        assert!(!is_chat_html("mychat.html"));
    }
}
