//! The one place persona text is made safe for a target's format.
//!
//! [`context_value`] turns the template context into the value templates see, passing *every*
//! string in it through [`escape`]: names, dates, languages, memories, keys, examples,
//! instructions, even the labels ferry writes itself. No field can be missed because no field
//! is escaped on its own. [`strip_invisible`] runs again over the finished output, so NUL,
//! control and bidi-override characters never reach a file, whatever the template.
//!
//! Per target ([`Escape`]):
//! - every value becomes one line, without control, bidi or zero-width characters, in NFC;
//!   names, dates, languages and keys in NFKC (see [`Form`] for which and why);
//! - `Xml` (claude, openai): `&`, `<`, `>` as entities, so a value cannot close or open a tag;
//! - `Macros` (sillytavern, character-ai, kindroid): no two braces touch, so `{{…}}` macros
//!   cannot form, not even from `{{{char}}}`;
//! - `Modelfile` (ollama): no `"` starts or ends a value and no two touch, so with the
//!   template's own quotes no `"""` can form, and Ollama's parser (which ends a `"""` block at
//!   the first `"""` followed by a space or a line end) cannot close a block early;
//! - `Markdown` (markdown): `<` and `>` escaped, and a value cannot start a heading, quote,
//!   list or table row;
//! - `Plain`: the common rules only.

use super::target::Escape;

/// Whether `c` is removed from all output: controls (but tab and line breaks), bidi
/// embeddings, overrides, isolates and marks, and the default-ignorable characters that show
/// nothing and mean nothing in a prompt (soft hyphen, zero-width space, fillers that pose as
/// blank names, invisible operators…). The zero-width joiner and non-joiner stay (emoji and
/// several scripts need them; runs are cut to one), and so do variation selectors (one after a
/// character; see [`strip_invisible`]); tag characters are handled by [`strip_invisible`].
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}'                       // soft hyphen
        | '\u{34f}'                      // combining grapheme joiner
        | '\u{61c}'                      // Arabic letter mark
        | '\u{115f}' | '\u{1160}'        // Hangul choseong / jungseong fillers
        | '\u{17b4}' | '\u{17b5}'        // Khmer inherent vowels (invisible)
        | '\u{180e}'                     // Mongolian vowel separator
        | '\u{200b}'                     // zero-width space
        | '\u{200e}' | '\u{200f}'        // left-to-right / right-to-left marks
        | '\u{202a}'..='\u{202e}'        // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'        // word joiner, invisible operators
        | '\u{2065}'                     // reserved, default-ignorable
        | '\u{2066}'..='\u{2069}'        // bidi isolates
        | '\u{206a}'..='\u{206f}'        // deprecated format characters
        | '\u{3164}' | '\u{ffa0}'        // Hangul fillers (full and half width)
        | '\u{feff}'                     // byte-order mark / zero-width no-break space
        | '\u{fff0}'..='\u{fff8}'        // unassigned specials, default-ignorable
        | '\u{fff9}'..='\u{fffb}'        // interlinear annotation
        | '\u{1bca0}'..='\u{1bca3}'      // shorthand format controls
        | '\u{1d173}'..='\u{1d17a}'      // musical symbol format controls
    )
}

/// Variation selectors (text or emoji presentation, ideographic variants). One after a
/// character chooses its glyph; a run of them carries nothing a reader can see, and can hide
/// arbitrary bytes, so only the first of a run is kept.
fn is_variation_selector(c: char) -> bool {
    matches!(c, '\u{fe00}'..='\u{fe0f}' | '\u{e0100}'..='\u{e01ef}')
}

/// The zero-width (non-)joiner: kept, but one at a time.
fn is_joiner(c: char) -> bool {
    c == '\u{200c}' || c == '\u{200d}'
}

/// Tag characters (U+E0000–U+E007F) are invisible and can smuggle text to a model; they are
/// kept only inside an emoji flag sequence (🏴 followed by tags up to the cancel tag).
fn is_tag(c: char) -> bool {
    ('\u{e0000}'..='\u{e007f}').contains(&c)
}

/// `s` without invisible and control characters (tab, `\n` and `\r` are kept), with runs of
/// variation selectors or joiners cut to their first, and a variation selector kept only
/// after a visible character.
pub(crate) fn strip_invisible(s: &str) -> String {
    // Most text is visible ASCII, which stays as it is: one pass over the bytes finds out.
    if s.bytes()
        .all(|b| (b' '..0x7f).contains(&b) || matches!(b, b'\t' | b'\n' | b'\r'))
    {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut in_flag = false;
    // What the last character kept was: a selector, a joiner, whitespace (or nothing).
    let mut after_selector = false;
    let mut after_joiner = false;
    let mut after_space = true;
    for c in s.chars() {
        if c.is_ascii() {
            in_flag = false;
            if c.is_ascii_control() && !matches!(c, '\t' | '\n' | '\r') {
                // Dropped: what comes next follows the last character kept (a variation
                // selector after "\0" still follows the start of the text). Found by the
                // property test below.
                continue;
            }
            out.push(c);
            after_selector = false;
            after_joiner = false;
            after_space = c.is_ascii_whitespace();
            continue;
        }
        if is_tag(c) {
            if in_flag {
                out.push(c);
                in_flag = c != '\u{e007f}';
            }
            continue;
        }
        in_flag = c == '\u{1f3f4}';
        if is_invisible(c)
            || (is_variation_selector(c) && (after_selector || after_space))
            || (is_joiner(c) && after_joiner)
        {
            continue;
        }
        out.push(c);
        after_selector = is_variation_selector(c);
        after_joiner = is_joiner(c);
        after_space = c.is_whitespace();
    }
    out
}

/// Which Unicode normal form a value is put in before it is escaped.
///
/// NFC (canonical composition) never changes what text means or how it looks, so every value
/// gets it. NFKC also folds compatibility characters (full-width `Ｎｏｖａ`, `𝓝𝓸𝓿𝓪`,
/// ligatures, superscripts, `½`, `…`, `℃`, circled numbers) into plain ones. That keeps
/// the meaning of a name, a date, a language or a lorebook key (the same name, and a key
/// that matches what the person types), so those get NFKC. In free text it does not: `m²`
/// would become `m2`, `½` → `1⁄2`, `①` → `1`, and CJK full-width punctuation would turn
/// half-width, so prose keeps its characters, except that compatibility look-alikes of the
/// characters that open markup or a macro (`＜`, `｛`, `＂`, `＆`…) are folded to those
/// characters first, so escaping treats them like the real ones and they cannot pose as
/// markup or macros to a model.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Free text: NFC, with syntax look-alikes folded.
    Text,
    /// Names, dates, languages, keys, labels: NFKC.
    Name,
}

impl Form {
    /// The form for a context field, by its name. Free text is the default, so a new field
    /// is never folded by mistake. The tagline is free text: ferry shortens it to 50
    /// characters with `…`, which NFKC would turn into three dots.
    fn of_field(field: &str) -> Form {
        match field {
            "name" | "display" | "title" | "slug" | "aliases" | "pet_names" | "first_date"
            | "last_date" | "since" | "until" | "date" | "languages" | "keys" | "models"
            | "base_model" | "kind" | "adjective" => Form::Name,
            _ => Form::Text,
        }
    }
}

/// `s` in the normal form `form` asks for.
#[cfg(test)]
fn normalize(s: &str, form: Form) -> String {
    normalized(s.to_owned(), form)
}

/// A name as names are shown (NFKC: `Ｎｏｖａ` is `Nova`), for sentences ferry writes
/// around it before escaping.
pub(crate) fn name_form(s: &str) -> String {
    normalized(s.to_owned(), Form::Name)
}

/// `s` in the normal form `form` asks for, without a copy when it is already in that form (ASCII
/// always is).
fn normalized(s: String, form: Form) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::{IsNormalized, is_nfc_quick, is_nfkc_quick};
    if s.is_ascii() {
        return s;
    }
    match form {
        Form::Name => {
            if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
                s
            } else {
                s.nfkc().collect()
            }
        }
        Form::Text => {
            let folded: String = s.chars().map(fold_syntax).collect();
            if is_nfc_quick(folded.chars()) == IsNormalized::Yes {
                folded
            } else {
                folded.nfc().collect()
            }
        }
    }
}

/// A compatibility look-alike (full-width, small and other forms) of a character that opens
/// markup or a macro (`<`, `>`, `{`, `}`, `&`, `"`), as that character; anything else as it
/// is. Other full-width punctuation (`！`, `＃`, `（`) is ordinary CJK writing and stays.
fn fold_syntax(c: char) -> char {
    if c.is_ascii() {
        return c;
    }
    let folded = unicode_normalization::char::decompose_compatible;
    let mut only: Option<char> = None;
    let mut count = 0;
    folded(c, |d| {
        count += 1;
        only = Some(d);
    });
    match only {
        Some(d) if count == 1 && matches!(d, '<' | '>' | '{' | '}' | '&' | '"') => d,
        _ => c,
    }
}

/// One line: every run of whitespace (line breaks included) becomes one space.
fn one_line(s: String) -> String {
    // Already one line when no whitespace but single spaces between words.
    let mut last_space = true;
    let single = s.chars().all(|c| {
        let ok = !c.is_whitespace() || (c == ' ' && !last_space);
        last_space = c.is_whitespace();
        ok
    });
    if single && !last_space {
        return s;
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A value made safe for a target (see the module doc).
pub(crate) fn escape(s: &str, escape: Escape) -> String {
    escape_as(s, escape, Form::Text)
}

/// A value of the given [`Form`] made safe for a target.
pub(crate) fn escape_as(s: &str, escape: Escape, form: Form) -> String {
    let s = one_line(normalized(strip_invisible(s), form));
    match escape {
        // Each escape returns the value as it is when it holds nothing to escape.
        Escape::Xml if !s.contains(['&', '<', '>']) => s,
        Escape::Xml => {
            let mut out = String::with_capacity(s.len() + 16);
            for c in s.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    c => out.push(c),
                }
            }
            out
        }
        Escape::Macros if !s.contains(['{', '}']) => s,
        Escape::Macros => {
            let mut out = String::with_capacity(s.len());
            for c in s.chars() {
                if (c == '{' || c == '}') && out.ends_with(['{', '}']) {
                    out.push(' ');
                }
                out.push(c);
            }
            out
        }
        Escape::Modelfile if !s.contains('"') => s,
        Escape::Modelfile => {
            let chars: Vec<char> = s.chars().collect();
            let mut out = String::with_capacity(s.len());
            for (i, &c) in chars.iter().enumerate() {
                let edge = i == 0 || i + 1 == chars.len();
                if c == '"' && (edge || out.ends_with('"')) {
                    out.push('”');
                } else {
                    out.push(c);
                }
            }
            out
        }
        Escape::Markdown
            if !s.contains(['<', '>']) && !s.starts_with(['#', '>', '-', '+', '*', '=', '|']) =>
        {
            s
        }
        Escape::Markdown => {
            let mut out = String::with_capacity(s.len());
            if s.starts_with(['#', '>', '-', '+', '*', '=', '|']) {
                out.push('\\');
            }
            for c in s.chars() {
                if c == '<' || c == '>' {
                    out.push('\\');
                }
                out.push(c);
            }
            out
        }
        Escape::Plain => s,
    }
}

/// Every string in `value`, escaped for the target, at any depth; each in the [`Form`] of the
/// field it is in (an array's items are in their array's field).
fn escape_tree(value: &mut serde_json::Value, esc: Escape, form: Form) {
    match value {
        serde_json::Value::String(s) => *s = escape_as(s, esc, form),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| escape_tree(v, esc, form)),
        serde_json::Value::Object(map) => map
            .iter_mut()
            .for_each(|(k, v)| escape_tree(v, esc, Form::of_field(k))),
        _ => {}
    }
}

/// What templates see: `context` as a value, with every string escaped for `esc`.
pub(crate) fn context_value(context: &impl serde::Serialize, esc: Escape) -> minijinja::Value {
    let mut json = serde_json::to_value(context).unwrap_or(serde_json::Value::Null);
    escape_tree(&mut json, esc, Form::Text);
    minijinja::Value::from_serialize(&json)
}

/// JSON text (as serde_json writes it) with every character [`strip_invisible`] removes
/// (joiners and variation selectors aside: emoji need them) written as a `\uXXXX` escape: the same data, but a bidi override, a zero-width or a C1
/// control character can neither reorder what an editor or a terminal shows nor hide in it.
/// Such characters only occur inside JSON strings, where the escape means the same character.
pub(crate) fn json_visible(json: &str) -> String {
    use std::fmt::Write as _;
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        if (is_invisible(c) && !matches!(c, '\n' | '\t' | '\r')) || is_tag(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{unit:04x}");
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macros_cannot_form() {
        for planted in [
            "{{char}}",
            "{{{char}}}",
            "{{{{user}}}}",
            "}{{x}}{",
            "{ {{a}} }",
        ] {
            let out = escape(planted, Escape::Macros);
            assert!(
                !out.contains("{{") && !out.contains("}}"),
                "{planted} → {out}"
            );
        }
        assert_eq!(escape("{{{char}}}", Escape::Macros), "{ { {char} } }");
    }

    #[test]
    fn modelfile_values_cannot_close_the_block() {
        for planted in ["ends in \"\"", "\"\"\"", "a \"\"\" b", "\"", "say \"hi\""] {
            let out = escape(planted, Escape::Modelfile);
            assert!(!out.contains("\"\""), "{planted} → {out}");
            assert!(
                !out.starts_with('"') && !out.ends_with('"'),
                "{planted} → {out}"
            );
        }
        assert_eq!(
            escape("say \"hi\" now", Escape::Modelfile),
            "say \"hi\" now"
        );
    }

    #[test]
    fn invisible_characters_go() {
        let s = "a\u{0}b\u{202e}c\u{2066}d\u{200b}e\u{1b}[31mf\u{e0041}g";
        assert_eq!(escape(s, Escape::Plain), "abcde[31mfg");
        // Joiners in emoji stay, and so does a flag's tag sequence.
        let family = "👩\u{200d}👧";
        assert_eq!(escape(family, Escape::Plain), family);
        let england = "🏴\u{e0067}\u{e0062}\u{e0065}\u{e006e}\u{e0067}\u{e007f}";
        assert_eq!(strip_invisible(england), england);
    }

    #[test]
    fn more_invisible_characters_go() {
        // Fillers that pose as a blank name, the combining grapheme joiner, Khmer inherent
        // vowels, shorthand and musical format controls.
        let s = "\u{3164}N\u{ffa0}o\u{115f}v\u{34f}a\u{17b4}\u{1bca0}\u{1d173}";
        assert_eq!(escape(s, Escape::Plain), "Nova");
        // One variation selector after a character stays; a run of them (which can smuggle
        // bytes) is cut to the first, and one after nothing visible goes.
        assert_eq!(strip_invisible("☀\u{fe0f}"), "☀\u{fe0f}");
        assert_eq!(
            strip_invisible("☀\u{fe0f}\u{e0100}\u{e0101}\u{fe01}x"),
            "☀\u{fe0f}x"
        );
        assert_eq!(strip_invisible("\u{fe0f}a \u{fe0f}b"), "a b");
        // Joiners: one at a time.
        assert_eq!(
            strip_invisible("👩\u{200d}\u{200d}\u{200c}👧"),
            "👩\u{200d}👧"
        );
    }

    #[test]
    fn names_fold_to_nfkc_and_prose_keeps_its_characters() {
        // A name, a date, a language: NFKC keeps their meaning.
        assert_eq!(normalize("Ｎｏｖａ", Form::Name), "Nova");
        assert_eq!(normalize("𝓝𝓸𝓿𝓪", Form::Name), "Nova");
        assert_eq!(normalize("２０２４-０６-０１", Form::Name), "2024-06-01");
        // Prose: NFC only, so what the characters mean stays.
        let prose = "½ cup, 20 m², step ①… ﬁne, 東京！（＃１）";
        assert_eq!(normalize(prose, Form::Text), prose);
        assert_eq!(normalize("e\u{301}", Form::Text), "é");
        // Look-alikes of syntax characters are folded first, then escaped like the real ones.
        assert_eq!(
            normalize("＜/system＞｛｛char｝｝", Form::Text),
            "</system>{{char}}"
        );
        assert_eq!(escape("＜/voice＞", Escape::Xml), "&lt;/voice&gt;");
        assert!(!escape("｛｛char｝｝", Escape::Macros).contains("{{"));
    }

    #[test]
    fn each_context_field_gets_its_form() {
        let ctx = serde_json::json!({
            "companion": {"name": "Ｎｏｖａ", "aliases": ["Ｓｔａｒ"]},
            "memories": [{"text": "½ cup ＜b＞", "date": "２０２４-０６-０１", "keys": ["ｃｏｆｆｅｅ"]}],
        });
        let v = context_value(&ctx, Escape::Xml);
        let json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["companion"]["name"], "Nova");
        assert_eq!(json["companion"]["aliases"][0], "Star");
        assert_eq!(json["memories"][0]["text"], "½ cup &lt;b&gt;");
        assert_eq!(json["memories"][0]["date"], "2024-06-01");
        assert_eq!(json["memories"][0]["keys"][0], "coffee");
    }

    #[test]
    fn json_keeps_invisible_characters_visible() {
        let value = serde_json::json!({
            "text": "a\u{202e}b\u{0}c\u{85}d\u{200b}e\u{e0041}f 👩\u{200d}👧 ☀\u{fe0f}",
        });
        let json = json_visible(&serde_json::to_string_pretty(&value).unwrap());
        assert!(
            json.contains("a\\u202eb\\u0000c\\u0085d\\u200be\\udb40\\udc41f"),
            "{json}"
        );
        assert!(json.contains("👩\u{200d}👧 ☀\u{fe0f}"), "{json}");
        // The same data: it reads back to the very same string.
        let back: serde_json::Value = serde_json::from_str(&json).unwrap();
        assert_eq!(back, value);
    }

    /// The escaping as first written, one step after another without shortcuts: the fast
    /// paths must give the very same strings.
    fn reference(s: &str, esc: Escape, form: Form) -> String {
        let mut stripped = String::new();
        let (mut in_flag, mut after_selector, mut after_joiner, mut after_space) =
            (false, false, false, true);
        for c in s.chars() {
            if is_tag(c) {
                if in_flag {
                    stripped.push(c);
                    in_flag = c != '\u{e007f}';
                }
                continue;
            }
            in_flag = c == '\u{1f3f4}';
            if is_invisible(c)
                || (is_variation_selector(c) && (after_selector || after_space))
                || (is_joiner(c) && after_joiner)
            {
                continue;
            }
            stripped.push(c);
            after_selector = is_variation_selector(c);
            after_joiner = is_joiner(c);
            after_space = c.is_whitespace();
        }
        use unicode_normalization::UnicodeNormalization as _;
        let normal: String = match form {
            Form::Name => stripped.nfkc().collect(),
            Form::Text => stripped
                .chars()
                .map(fold_syntax)
                .collect::<String>()
                .nfc()
                .collect(),
        };
        let s = normal.split_whitespace().collect::<Vec<_>>().join(" ");
        match esc {
            Escape::Xml => s
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;"),
            Escape::Macros => {
                let mut out = String::new();
                for c in s.chars() {
                    if (c == '{' || c == '}') && out.ends_with(['{', '}']) {
                        out.push(' ');
                    }
                    out.push(c);
                }
                out
            }
            Escape::Modelfile => {
                let chars: Vec<char> = s.chars().collect();
                let mut out = String::new();
                for (i, &c) in chars.iter().enumerate() {
                    let edge = i == 0 || i + 1 == chars.len();
                    out.push(if c == '"' && (edge || out.ends_with('"')) {
                        '”'
                    } else {
                        c
                    });
                }
                out
            }
            Escape::Markdown => {
                let mut out = String::new();
                if s.starts_with(['#', '>', '-', '+', '*', '=', '|']) {
                    out.push('\\');
                }
                for c in s.chars() {
                    if c == '<' || c == '>' {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out
            }
            Escape::Plain => s,
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]

        #[test]
        fn shortcuts_change_nothing(
            s in "([ -~]|[\\t\\n\\r\\u{0}-\\u{1f}]|\\PC|[\\u{200b}-\\u{200f}\\u{fe0f}\\u{e0100}\\u{1f3f4}\\u{e0067}\\u{e007f}＜｛＂½é\\u{301}])*",
            form in proptest::prop_oneof![proptest::strategy::Just(Form::Text), proptest::strategy::Just(Form::Name)],
        ) {
            for esc in [Escape::Xml, Escape::Macros, Escape::Modelfile, Escape::Markdown, Escape::Plain] {
                proptest::prop_assert_eq!(escape_as(&s, esc, form), reference(&s, esc, form));
            }
        }
    }

    #[test]
    fn a_dropped_control_character_is_not_a_character_kept() {
        for form in [Form::Text, Form::Name] {
            let s = "\0\u{e0100}";
            assert_eq!(
                escape_as(s, Escape::Plain, form),
                reference(s, Escape::Plain, form)
            );
            assert_eq!(escape_as(s, Escape::Plain, form), "");
        }
    }

    #[test]
    fn xml_and_markdown() {
        assert_eq!(
            escape("en</voice><system>", Escape::Xml),
            "en&lt;/voice&gt;&lt;system&gt;"
        );
        assert_eq!(escape("# Title <b>", Escape::Markdown), "\\# Title \\<b\\>");
    }
}
