//! Text hygiene: citation markers that the ChatGPT UI hides but the export keeps.
//!
//! - Private-use markers, 2025+: `\u{E200}cite\u{E202}turn0search3\u{E201}`; U+E200 opens,
//!   U+E201 closes, U+E202 separates. The whole span is removed.
//! - Tether marks, 2023–24: `【12†source】`, `【1†L15-L23】`. Removed when short and marked
//!   with `†`, so ordinary uses of the brackets in CJK text stay.

const OPEN: char = '\u{E200}';
const CLOSE: char = '\u{E201}';
const SEP: char = '\u{E202}';

/// Strips citation markers; returns the input untouched (no copy) when it has none.
pub(crate) fn clean(text: String) -> String {
    if !has_marker(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(pos) = rest.find([OPEN, CLOSE, SEP, '【']) {
        out.push_str(&rest[..pos]);
        let tail = &rest[pos..];
        let ch = tail.chars().next().unwrap_or(OPEN);
        rest = match ch {
            OPEN => match tail.find(CLOSE) {
                Some(end) => &tail[end + CLOSE.len_utf8()..],
                // An unclosed marker: drop the rest of the marker text up to a line end.
                None => tail.find('\n').map_or("", |end| &tail[end..]),
            },
            '【' => match tail.find('】') {
                Some(end) if end <= 80 && tail[..end].contains('†') => {
                    &tail[end + '】'.len_utf8()..]
                }
                _ => {
                    out.push('【');
                    &tail['【'.len_utf8()..]
                }
            },
            // A stray close or separator.
            _ => &tail[ch.len_utf8()..],
        };
    }
    out.push_str(rest);
    out
}

/// True when `text` holds one of the marker characters. All four are three bytes long in
/// UTF-8 and start with 0xEE (U+E200–U+E202) or 0xE3 (【, U+3010), so a vectorised search for
/// those two lead bytes skips most of a message at once (this runs on every message).
fn has_marker(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(i) = memchr::memchr2(0xEE, 0xE3, &bytes[at..]) {
        let start = at + i;
        if let Some(c) = text.get(start..).and_then(|t| t.chars().next())
            && matches!(c, OPEN | CLOSE | SEP | '【')
        {
            return true;
        }
        at = start + 1;
    }
    false
}

#[cfg(test)]
mod tests {
    use super::{CLOSE, OPEN, SEP, clean, has_marker};

    #[test]
    fn markers_are_found_by_their_lead_bytes() {
        for (text, has) in [
            ("", false),
            ("plain ascii", false),
            ("ãéè ひらがな 🎉 \u{E000}", false),
            ("\u{E203}\u{E1FF}\u{3011}", false),
            ("a\u{E200}", true),
            ("\u{E201}b", true),
            ("ひ\u{E202}", true),
            ("【", true),
        ] {
            assert_eq!(has_marker(text), has, "{text:?}");
            assert_eq!(has, text.contains([OPEN, CLOSE, SEP, '【']), "{text:?}");
        }
    }

    #[test]
    fn plain_text_is_untouched() {
        assert_eq!(clean("hello 💫".into()), "hello 💫");
    }

    #[test]
    fn private_use_citations_are_removed() {
        let t = "The tide turns at six.\u{E200}cite\u{E202}turn0search3\u{E202}turn0search4\u{E201} See you!";
        assert_eq!(clean(t.into()), "The tide turns at six. See you!");
        let t = "An \u{E200}entity\u{E202}[\"place\",\"Lisbon\"]\u{E201}trip";
        assert_eq!(clean(t.into()), "An trip");
    }

    #[test]
    fn tether_marks_are_removed_but_cjk_brackets_stay() {
        assert_eq!(
            clean("Fact【12†source】 here【1†L15-L23】.".into()),
            "Fact here."
        );
        assert_eq!(clean("【重要】お知らせ".into()), "【重要】お知らせ");
    }

    #[test]
    fn unclosed_marker_does_not_eat_the_next_line() {
        assert_eq!(clean("a\u{E200}cite turn0\nb".into()), "a\nb");
        assert_eq!(clean("x\u{E201}y\u{E202}z".into()), "xyz");
    }
}
