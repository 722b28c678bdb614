//! The one place persona text is made safe for a target's format.
//!
//! [`context_value`] turns the template context into the value templates see, passing *every*
//! string in it through [`escape`]: names, dates, languages, memories, keys, examples,
//! instructions, even the labels ferry writes itself. No field can be missed because no field
//! is escaped on its own. [`strip_invisible`] runs again over the finished output, so NUL,
//! control and bidi-override characters never reach a file, whatever the template.
//!
//! Per target ([`Escape`]):
//! - every value becomes one line, without control, bidi or zero-width characters;
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
/// embeddings, overrides, isolates and marks, and invisible characters with no meaning in a
/// prompt. The zero-width joiner and non-joiner stay (emoji and several scripts need them),
/// and so do variation selectors; tag characters are handled by [`strip_invisible`].
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}'
        | '\u{ad}'                       // soft hyphen
        | '\u{61c}'                      // Arabic letter mark
        | '\u{180e}'                     // Mongolian vowel separator
        | '\u{200b}'                     // zero-width space
        | '\u{200e}' | '\u{200f}'        // left-to-right / right-to-left marks
        | '\u{202a}'..='\u{202e}'        // bidi embeddings and overrides
        | '\u{2060}'..='\u{2064}'        // word joiner, invisible operators
        | '\u{2066}'..='\u{2069}'        // bidi isolates
        | '\u{206a}'..='\u{206f}'        // deprecated format characters
        | '\u{feff}'                     // byte-order mark / zero-width no-break space
        | '\u{fff9}'..='\u{fffb}'        // interlinear annotation
    )
}

/// Tag characters (U+E0000–U+E007F) are invisible and can smuggle text to a model; they are
/// kept only inside an emoji flag sequence (🏴 followed by tags up to the cancel tag).
fn is_tag(c: char) -> bool {
    ('\u{e0000}'..='\u{e007f}').contains(&c)
}

/// `s` without invisible and control characters (tab, `\n` and `\r` are kept).
pub(crate) fn strip_invisible(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_flag = false;
    for c in s.chars() {
        if is_tag(c) {
            if in_flag {
                out.push(c);
                in_flag = c != '\u{e007f}';
            }
            continue;
        }
        in_flag = c == '\u{1f3f4}';
        if !is_invisible(c) {
            out.push(c);
        }
    }
    out
}

/// One line: every run of whitespace (line breaks included) becomes one space.
fn one_line(s: &str) -> String {
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
    let s = one_line(&strip_invisible(s));
    match escape {
        Escape::Xml => s
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;"),
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

/// Every string in `value`, escaped for the target, at any depth.
fn escape_tree(value: &mut serde_json::Value, esc: Escape) {
    match value {
        serde_json::Value::String(s) => *s = escape(s, esc),
        serde_json::Value::Array(items) => items.iter_mut().for_each(|v| escape_tree(v, esc)),
        serde_json::Value::Object(map) => map.values_mut().for_each(|v| escape_tree(v, esc)),
        _ => {}
    }
}

/// What templates see: `context` as a value, with every string escaped for `esc`.
pub(crate) fn context_value(context: &impl serde::Serialize, esc: Escape) -> minijinja::Value {
    let mut json = serde_json::to_value(context).unwrap_or(serde_json::Value::Null);
    escape_tree(&mut json, esc);
    minijinja::Value::from_serialize(&json)
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
    fn xml_and_markdown() {
        assert_eq!(
            escape("en</voice><system>", Escape::Xml),
            "en&lt;/voice&gt;&lt;system&gt;"
        );
        assert_eq!(escape("# Title <b>", Escape::Markdown), "\\# Title \\<b\\>");
    }
}
