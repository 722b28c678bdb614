//! Code pasted without a fence: a line that reads as a statement of a programming language,
//! not as a sentence. People paste code straight into a message ("why does this print
//! undefined?" and the lines under it) far more often than replies do, and a name in it is a
//! value (`name: 'Kevin'`), never someone speaking.
//!
//! A line is code by its shape, which prose does not take: it ends a statement or a block
//! (`;`, `{`, `}`) and holds other code marks; it is one call (`console.log(user.name)`),
//! an assignment of a value (`name = "Kevin"`), a key and a quoted value (`"name": "Kevin",`);
//! it holds an operator prose never writes (`==`, `=>`, `&&`); or it opens with a keyword and
//! the syntax that follows the keyword (`def greet(`, `const user =`, `for i in range(3):`).
//! A line of brackets alone, or an indented line, right after a line of code is code too.
//! "Name: Kevin" (a form the person fills in) and "I love you (so much)" are not.

/// Whether `line` is a line of code ([`self`]).
pub(super) fn is_code_line(line: &str) -> bool {
    let t = line.trim();
    if !may_be_code(t) {
        return false;
    }
    if is_quoted_pair(t) {
        return true;
    }
    let b = t.as_bytes();
    // The marks, and whether an operator of code stands among them, in one pass.
    let (mut marks, mut operator, mut before) = (0, false, 0u8);
    for &c in b {
        marks += usize::from(is_mark(c));
        operator |= is_operator(before, c);
        before = c;
    }
    if marks == 0 {
        // "class Player:" has no mark; "for i in items:" is left out, as "for now I'm in
        // bed:" would be taken.
        return t.starts_with("class ") && opens_with_keyword(t);
    }
    // "{hug}" and "I'm fine; really;" end as blocks and statements do, but hold nothing
    // else of code.
    let ends_block = matches!(b[b.len() - 1], b';' | b'{' | b'}')
        && t[..t.len() - 1].contains(['=', '(', ':', '[']);
    (marks >= 2 && (ends_block || operator))
        || is_call(t)
        || is_assignment(t)
        || opens_with_keyword(t)
}

/// Whether a line (trimmed) may be code at all, from its ends alone: every shape of
/// [`is_code_line`] but a rare one ("x == y" in the middle of nothing) ends a statement, a
/// call or a block, or opens with a name followed by `=`, `:` or `(`, a quote, `#`, `<` or
/// a keyword ([`keyword_syntax`]). Most lines of prose are passed over here without a look at their middle.
fn may_be_code(t: &str) -> bool {
    let Some(&last) = t.as_bytes().last() else {
        return false;
    };
    if matches!(last, b';' | b'{' | b'}' | b')' | b']' | b',' | b':' | b'>') {
        return true;
    }
    if t.starts_with(['"', '\'', '#', '<']) {
        return true;
    }
    let n = path_len(t);
    n > 0 && t[n..].trim_start().starts_with(['=', ':', '(']) || keyword_syntax(t).is_some()
}

/// Whether `line` continues the code of the line before it: brackets alone (`}`, `});`), a
/// line that closes a block (`} else {`), or an indented line that is no list item.
pub(super) fn continues_code(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() {
        return false;
    }
    let brackets = t
        .bytes()
        .all(|c| matches!(c, b'{' | b'}' | b'(' | b')' | b'[' | b']' | b';' | b','));
    brackets
        || t.starts_with('}')
        || (line.starts_with("  ") || line.starts_with('\t')) && !super::is_list_line(line)
}

/// Bytes that mark code: brackets, `;`, `=`, `<`, `>`.
fn is_mark(c: u8) -> bool {
    matches!(
        c,
        b'{' | b'}' | b'(' | b')' | b'[' | b']' | b';' | b'=' | b'<' | b'>'
    )
}

/// Whether two bytes make an operator of code that prose does not write: `==`, `!=`, `=>`,
/// `+=`, `-=`, `&&`, `::`, `/>`.
fn is_operator(a: u8, b: u8) -> bool {
    matches!(
        (a, b),
        (b'=' | b'!' | b'+' | b'-', b'=') | (b'=' | b'/', b'>') | (b'&', b'&') | (b':', b':')
    )
}

/// A name of code: a letter or `_`, then letters, digits, `_`.
fn identifier_len(s: &str) -> usize {
    let b = s.as_bytes();
    if !b
        .first()
        .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'_')
    {
        return 0;
    }
    b.iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
        .count()
}

/// A name with dots (`console.log`, `self.name`): its length.
fn path_len(s: &str) -> usize {
    let mut at = 0;
    loop {
        let n = identifier_len(&s[at..]);
        if n == 0 {
            return at.saturating_sub(1);
        }
        at += n;
        if s[at..].starts_with('.') {
            at += 1;
        } else {
            return at;
        }
    }
}

/// One call on the whole line: `greet("Kevin")`, `console.log(user.Name);`.
fn is_call(t: &str) -> bool {
    let n = path_len(t);
    if n == 0 || !t[n..].starts_with('(') {
        return false;
    }
    let rest = t[n..].trim_end_matches([';', ',']);
    rest.ends_with(')')
}

/// An assignment of a value: `name = "Kevin"`, `user = {…}`, `count = 3`, `x = f(y)`. A word
/// "=" a word ("love = you") is no code.
fn is_assignment(t: &str) -> bool {
    let n = path_len(t);
    if n == 0 {
        return false;
    }
    let rest = t[n..].trim_start();
    let Some(value) = rest.strip_prefix('=').filter(|v| !v.starts_with('=')) else {
        return false;
    };
    let value = value.trim_start();
    value.starts_with(['"', '\'', '[', '{', '(', '`'])
        || value.starts_with(|c: char| c.is_ascii_digit())
        || is_call(value)
}

/// A key and a quoted value, as JSON and dictionaries write them: `"name": "Kevin",`,
/// `name: 'Kevin',`. "Name: Kevin" (a form filled in) is not.
fn is_quoted_pair(t: &str) -> bool {
    let (key, value) = match t.strip_prefix(['"', '\'']) {
        Some(rest) => {
            let Some(close) = rest.find(['"', '\'']) else {
                return false;
            };
            match rest[close + 1..].trim_start().strip_prefix(':') {
                Some(value) => (true, value),
                None => return false,
            }
        }
        None => {
            let n = identifier_len(t);
            match t[n..].strip_prefix(':') {
                Some(value) if n > 0 => (false, value),
                _ => return false,
            }
        }
    };
    let value = value.trim();
    let quoted = value.starts_with(['"', '\'']);
    // A quoted key is JSON whatever its value; a bare key needs a quoted value and a comma
    // or bracket after it.
    key && (quoted || value.ends_with(',') || value.starts_with(['{', '[']))
        || quoted && value.ends_with([',', '}'])
}

/// A statement opened by a keyword, with the syntax that follows it.
fn opens_with_keyword(t: &str) -> bool {
    keyword_syntax(t).unwrap_or_else(|| t.starts_with("#include") || t.starts_with("<?php"))
}

/// For a line opened by a keyword of code (the one list of them), whether the syntax that
/// keyword takes follows it; `None` when the first word is no keyword.
fn keyword_syntax(t: &str) -> Option<bool> {
    let n = identifier_len(t);
    let (word, rest) = (&t[..n], t[n..].trim_start());
    Some(match word {
        // "def greet(", "function greet(", "fn main(".
        "def" | "function" | "fn" | "func" => {
            let m = identifier_len(rest);
            m > 0 && rest[m..].starts_with('(')
        }
        // "const user =", "let x: u32 =", "var total =".
        "const" | "let" | "var" | "val" => {
            let m = identifier_len(rest);
            m > 0 && {
                let after = rest[m..].trim_start();
                after.starts_with('=') || after.starts_with(':') && after.contains('=')
            }
        }
        // "if (x > 2) {", "for (;;)": a C-like condition.
        "if" | "for" | "while" if rest.starts_with('(') => true,
        // "for i in range(3):", "if name == 'Pim':", "with open(p) as f:".
        "if" | "elif" | "while" | "for" | "with" => {
            t.ends_with(':')
                && [
                    "==", "!=", ">=", "<=", " > ", " < ", " in ", " is ", " not ", " as ", "()",
                ]
                .iter()
                .any(|o| t.contains(o))
        }
        // "class Player:", "class Player {", "class Player(Base):".
        "class" | "struct" | "interface" => {
            rest.starts_with(|c: char| c.is_ascii_uppercase()) && t.ends_with([':', '{'])
        }
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_of_code_in_many_languages() {
        for line in [
            "const user = { name: 'Kevin', age: 31 };",
            "console.log(user.Name);",
            "greet(\"Kevin\")",
            "print(f'hi {name}')",
            "name = 'Rosalind'",
            "user = {'name': 'Ingrid'}",
            "total = compute(items)",
            "count = 3",
            "\"name\": \"Ottilie\",",
            "  nickname: 'Bug',",
            "def greet(person):",
            "function hello(who) {",
            "let x: u32 = 5",
            "for i in range(3):",
            "if (x > 2) {",
            "if name == \"Pim\":",
            "class Player:",
            "items.map(i => i * 2)",
            "std::cout << \"Hi Lena\" << std::endl;",
            "#include <stdio.h>",
            "<Greeting name=\"Ada\" />",
            "SELECT name FROM users WHERE id = 4;",
        ] {
            assert!(is_code_line(line), "{line}");
        }
    }

    #[test]
    fn sentences_are_no_code() {
        for line in [
            "Name: Kevin",
            "name: Kevin, age 31",
            "I love you (so much)",
            "love = you",
            "good morning Wren :)",
            "you're my favourite person <3",
            "miss you </3",
            "let me know (if you can)",
            "let's go to the park (the big one)",
            "for you (always):",
            "class was fine (kinda)",
            "{{{hugs}}}",
            "I'm fine; really;",
            "\"Hey\": she said it first",
            "function well, please",
            "if you can, call me (after 6)",
            "My sister (Noor) says hi!",
            "Meeting at 10 (room 4B) tomorrow",
            "Me: hi\nYou: hello",
            "",
        ] {
            assert!(!is_code_line(line), "{line}");
        }
    }

    #[test]
    fn brackets_and_indented_lines_continue_code() {
        assert!(continues_code("}"));
        assert!(continues_code("});"));
        assert!(continues_code("    return name"));
        assert!(continues_code("\tprint(x)"));
        assert!(!continues_code("  - a list item"));
        assert!(!continues_code("Back to us: how was your day?"));
        assert!(!continues_code(""));
    }
}
