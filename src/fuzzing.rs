//! Entry points for the fuzz targets (`fuzz/`) and the property tests: thin wrappers that
//! reach crate-private parsers and scanners with plain types. Not API: hidden from the docs,
//! and free to change with the internals they wrap.
//!
//! Each wrapper also checks what its callee promises (spans inside the text and on character
//! boundaries, thread links that exist), so a broken promise panics here, where a fuzzer sees
//! it, instead of corrupting output later.

use crate::export::Conversation;
use crate::export::thread::{NodeLink, displayed_thread, index};
use crate::persona::{context, patterns, redact};

/// One node of a conversation tree: its id, its parent's id and its message time.
pub type Node = (String, Option<String>, Option<f64>);

/// The displayed thread of a mapping (node indices, root first), as ferry reads it.
pub fn thread(nodes: &[Node], current_node: Option<&str>) -> Vec<usize> {
    let links: Vec<NodeLink<'_>> = nodes
        .iter()
        .map(|(id, parent, time)| NodeLink {
            id,
            parent: parent.as_deref(),
            time: *time,
        })
        .collect();
    let index = index(links.iter().map(|n| n.id));
    displayed_thread(&links, &index, current_node)
}

/// One conversation, parsed from the JSON of one element of `conversations.json` the way the
/// reader parses it; `None` when the reader would skip it. Panics when the reader's own
/// parser takes the JSON and serde reads it otherwise (`export::fast`).
pub fn conversation(json: &[u8]) -> Option<Conversation> {
    crate::export::agrees_with_serde(json);
    let raw = crate::export::parse_conversation(json).ok()?;
    Some(Conversation::from_raw(raw, 0))
}

/// Runs every text scanner over `text`: citation cleaning, memory parsing, the name,
/// vocative, ritual and language patterns, the context regions and redaction. Returns how
/// many things they found, so nothing is optimised away.
pub fn scan(text: &str) -> usize {
    let check = |span: &std::ops::Range<usize>, what: &str| {
        assert!(
            span.start <= span.end
                && span.end <= text.len()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end),
            "{what} span {span:?} is not inside the text"
        );
    };
    let mut found = 0;
    found += crate::export::text::clean(text.to_owned()).len();
    found += crate::export::signals::parse_memory_snapshot(text).len();
    found += crate::export::signals::bio_write_text(text).len();
    for hits in [
        patterns::names_in_instructions(text),
        patterns::names_in_user_message(text),
        patterns::names_in_assistant_message(text),
    ] {
        for hit in &hits {
            check(&hit.span, "name");
        }
        found += hits.len();
    }
    for v in patterns::vocatives(text) {
        check(&v.span, "vocative");
        found += 1;
    }
    found += patterns::user_self_names(text).len();
    found += patterns::mentioned_names(text).len();
    found += usize::from(patterns::ritual(text).is_some());
    found += usize::from(patterns::is_remember_when(text));
    found += usize::from(patterns::is_anniversary(text));
    found += usize::from(patterns::is_boilerplate(text));
    found += usize::from(patterns::detect(text).is_some());
    found += patterns::keywords(text, 8).len();
    found += usize::from(patterns::memory_subject(text).is_some());
    for word in text.split_whitespace().take(64) {
        found += usize::from(patterns::is_stop_name(word));
        found += usize::from(patterns::is_ordinary_word(word));
        found += usize::from(patterns::is_endearment(word));
    }
    let ask = context::ask(text);
    for regions in [
        context::user_regions(text),
        context::reply_regions(text, ask),
    ] {
        for r in &regions {
            check(&r.span, "region");
        }
        found += context::speech(text, &regions).len();
    }
    found += crate::persona::voice::sentences(text).len();
    found += redact(text).1;
    found
}

/// `text` with personal identifiers masked (`ferry extract --redact`), and how many.
pub fn redact(text: &str) -> (String, usize) {
    let (out, n) = redact::redact_counted(text);
    (out.into_owned(), n)
}

/// What the displayed thread promises, for any mapping: a chain of parent links from its first
/// node to its last, no node twice, ending at `current_node` when that node exists (else at a
/// node nothing points to, unless every node has a child). `None` when all hold.
pub fn thread_problem(
    nodes: &[Node],
    current_node: Option<&str>,
    chain: &[usize],
) -> Option<String> {
    if nodes.is_empty() {
        return (!chain.is_empty()).then(|| "a thread from no nodes".to_owned());
    }
    if chain.is_empty() {
        return Some("no thread from a non-empty mapping".to_owned());
    }
    // Ids may repeat in a hostile mapping; the last node with an id is the one it names.
    let last_index = |id: &str| nodes.iter().rposition(|n| n.0 == id);
    let mut seen = vec![false; nodes.len()];
    for &i in chain {
        if i >= nodes.len() {
            return Some(format!("index {i} is out of range"));
        }
        if std::mem::replace(&mut seen[i], true) {
            return Some(format!("node {i} twice"));
        }
    }
    for pair in chain.windows(2) {
        let parent = nodes[pair[1]].1.as_deref().and_then(last_index);
        if parent != Some(pair[0]) {
            return Some(format!("{} is not the parent of {}", pair[0], pair[1]));
        }
    }
    // The walk stops at the root, at a dangling parent, or at the first node seen twice.
    let first = chain[0];
    if let Some(p) = nodes[first].1.as_deref().and_then(last_index)
        && !chain.contains(&p)
    {
        return Some(format!(
            "the walk stopped at {first}, whose parent {p} exists"
        ));
    }
    let end = *chain.last().unwrap_or(&0);
    match current_node.and_then(last_index) {
        Some(current) if current != end => Some(format!(
            "the thread ends at {end}, not at the current node {current}"
        )),
        _ => None,
    }
}

/// A persona spec to fill with arbitrary text: `base` (a persona.json) and where its free-text
/// strings are. Strings whose replacement the loader would refuse (dates, languages, enum
/// values, the spec tag) are not free text.
pub struct PersonaTemplate {
    value: serde_json::Value,
    free: Vec<String>,
}

impl PersonaTemplate {
    /// `None` when `base` is not a persona the loader accepts.
    pub fn new(base: &str) -> Option<PersonaTemplate> {
        use serde_json::Value;
        fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
            match v {
                Value::String(_) => out.push(at),
                Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        pointers(item, format!("{at}/{i}"), out);
                    }
                }
                Value::Object(map) => {
                    for (k, item) in map {
                        let k = k.replace('~', "~0").replace('/', "~1");
                        pointers(item, format!("{at}/{k}"), out);
                    }
                }
                _ => {}
            }
        }
        crate::persona::load::from_json(base).ok()?;
        let value: Value = serde_json::from_str(base).ok()?;
        let mut all = Vec::new();
        pointers(&value, String::new(), &mut all);
        let free = all
            .into_iter()
            .filter(|p| {
                let mut v = value.clone();
                if let Some(s) = v.pointer_mut(p) {
                    *s = Value::from("free text, not a date: {{x}}");
                }
                crate::persona::load::from_json(&v.to_string()).is_ok()
            })
            .collect();
        Some(PersonaTemplate { value, free })
    }

    /// The persona with its free-text strings replaced by `next()`, one call per string in
    /// document order, until `next` gives `None`.
    pub fn fill(
        &self,
        next: &mut dyn FnMut() -> Option<String>,
    ) -> Option<crate::persona::PersonaSpec> {
        let mut v = self.value.clone();
        for p in &self.free {
            let Some(s) = next() else { break };
            if let Some(slot) = v.pointer_mut(p) {
                *slot = serde_json::Value::from(s);
            }
        }
        crate::persona::load::from_json(&v.to_string()).ok()
    }
}

/// What a rendered output must never hold, whatever the persona: characters ferry removes
/// from all output, a card macro or a markup tag the template did not write, a Modelfile
/// block closed early, or more than `budget` or else the target's limit in the output or in
/// any of its fields. Empty when all is well.
pub fn render_problems(
    target: crate::render::Target,
    budget: Option<usize>,
    text: &str,
) -> Vec<String> {
    use crate::render::{Target, Unit};
    let mut problems = Vec::new();
    // Invisible characters: in the text, or in any string of a JSON output.
    let mut texts = vec![text.to_owned()];
    if let Ok(json) = serde_json::from_str::<serde_json::Value>(text) {
        fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::String(s) => out.push(s.clone()),
                serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
                serde_json::Value::Object(m) => m.values().for_each(|v| strings(v, out)),
                _ => {}
            }
        }
        strings(&json, &mut texts);
    }
    for t in &texts {
        if crate::render::escape::strip_invisible(t) != *t {
            problems.push("an invisible or control character".to_owned());
        }
    }
    // Targets with several fields show each under its heading, each within its own limit
    // (the first, or with `None` every one, takes the budget). The headings are in the
    // language the output was written in: the first whose headings it holds.
    let main = budget.unwrap_or(target.limit().max);
    let headings = |w: &crate::render::lang::Words| -> Vec<(String, usize)> {
        let p = &w.p;
        match target {
            Target::Chatgpt => vec![
                (format!("## {}", p.gpt_instructions), main),
                (format!("## {}", p.gpt_more), 1_500),
            ],
            Target::CharacterAi => {
                let limit = |n: usize| {
                    crate::render::lang::fill(
                        p.cai_limit,
                        &[("n", &crate::render::lang::group(n, w))],
                    )
                };
                vec![
                    (format!("## Tagline ({})", limit(50)), 50),
                    (format!("## Description ({})", limit(500)), 500),
                    (format!("## Greeting ({})", limit(2_048)), 2_048),
                    (
                        format!(
                            "## Definition ({})",
                            crate::render::lang::fill(
                                p.cai_definition_limit,
                                &[("n", &crate::render::lang::group(3_200, w))],
                            )
                        ),
                        main,
                    ),
                ]
            }
            _ => Vec::new(),
        }
    };
    // The language whose headings are all there; else the first whose first heading is (two
    // languages may share one: Spanish and Portuguese name the first field alike).
    // As written, where any space is a plain one (the French thousands' narrow space too).
    let plain = |h: &str| -> String {
        h.chars()
            .map(|c| if c.is_whitespace() { ' ' } else { c })
            .collect()
    };
    let has = |h: &str| text.contains(&format!("\n{}\n", plain(h)));
    let langs = crate::render::lang::LANGS.iter().copied();
    let words = langs
        .clone()
        .find(|w| {
            let hs = headings(w);
            !hs.is_empty() && hs.iter().all(|(h, _)| has(h))
        })
        .or_else(|| {
            langs
                .clone()
                .find(|w| headings(w).first().is_some_and(|(h, _)| has(h)))
        })
        .unwrap_or(crate::render::lang::LANGS[0]);
    let fields: Vec<(String, usize)> = headings(words)
        .into_iter()
        .map(|(h, max)| (plain(&h), max))
        .collect();
    for (heading, max) in &fields {
        let Some(at) = text.find(&format!("\n{heading}\n")) else {
            problems.push(format!("no {heading:?}"));
            continue;
        };
        let rest = &text[at + heading.len() + 2..];
        let body = rest[..rest.find("\n## ").unwrap_or(rest.len())].trim_matches('\n');
        let chars = body.chars().count();
        if chars > *max {
            problems.push(format!("{heading:?} holds {chars} characters, over {max}"));
        }
    }
    // The SillyTavern card's description, and Kindroid's four persistent parts together.
    if target == Target::Sillytavern
        && let Ok(card) = serde_json::from_str::<serde_json::Value>(text)
    {
        let description = card["data"]["description"].as_str().unwrap_or_default();
        let chars = description.chars().count();
        if chars > main.saturating_mul(4) {
            problems.push(format!(
                "the description holds {chars} characters, over {main} tokens"
            ));
        }
    }
    if target == Target::Kindroid {
        let start = text.find("## Backstory").unwrap_or(0);
        let rest = &text[start..];
        // The headings after the four parts, in any language ferry writes.
        let end = crate::render::lang::LANGS
            .iter()
            .flat_map(|w| {
                [
                    format!("\n## {}", w.p.kin_own_heading),
                    format!("\n## {}", w.p.kin_first),
                    format!("\n{}", w.left.kindroid_heading),
                ]
            })
            .filter_map(|h| rest.find(&h))
            .min()
            .unwrap_or(rest.len());
        let chars = rest[..end].trim_end().chars().count();
        if chars > main {
            problems.push(format!(
                "the persistent parts hold {chars} characters, over {main}"
            ));
        }
    }
    if target.fields().is_empty() {
        let limit = crate::render::Limit {
            max: budget.unwrap_or(target.limit().max),
            unit: target.limit().unit,
        };
        let max = match limit.unit {
            Unit::Chars => limit.max,
            Unit::Tokens => limit.max.saturating_mul(4),
        };
        let chars = text.chars().count();
        if chars > max {
            problems.push(format!("{chars} characters, over {limit}"));
        }
    }
    match target {
        Target::Sillytavern | Target::CharacterAi | Target::Kindroid => {
            for t in &texts[usize::from(texts.len() > 1)..] {
                for line in t.split('\n') {
                    let line = line
                        .strip_prefix("{{char}}:")
                        .or_else(|| line.strip_prefix("{{user}}:"))
                        .unwrap_or(line)
                        .replace("{{original}}", "");
                    if line.contains("{{") || line.contains("}}") {
                        problems.push(format!("a card macro formed: {line:?}"));
                    }
                }
            }
        }
        Target::Claude | Target::Openai => {
            const TAGS: [&str; 10] = [
                "wishes",
                "companion",
                "example",
                "examples",
                "guidance",
                "memories",
                "rituals",
                "user",
                "voice",
                "assistant",
            ];
            for (i, _) in text.match_indices('<') {
                let rest = &text[i + 1..];
                let rest = rest.strip_prefix('/').unwrap_or(rest);
                let ok = TAGS
                    .iter()
                    .any(|t| rest.strip_prefix(t).is_some_and(|r| r.starts_with('>')));
                if !ok {
                    problems.push(format!("a tag the template did not write at byte {i}"));
                }
            }
            if text.matches('<').count() != text.matches('>').count() {
                problems.push("a '>' outside a tag".to_owned());
            }
        }
        Target::Markdown => {
            for line in text.lines() {
                // The template's own headings, in every language ferry writes: the title's
                // words after the name, and each heading's words before and after the name
                // (Japanese puts them after it: "## {n} について").
                let before = |s: &str| s[..s.find('{').unwrap_or(s.len())].to_owned();
                let after = |s: &str| s.find('}').map_or("", |i| &s[i + 1..]).to_owned();
                let langs = crate::render::lang::LANGS;
                let title = langs.iter().any(|w| {
                    let suffix = &w.doc_title[w.doc_title.find('}').map_or(0, |i| i + 1)..];
                    line.starts_with("# ") && line.ends_with(suffix)
                });
                let known = langs.iter().any(|w| {
                    [
                        w.doc_who,
                        w.doc_you,
                        w.doc_memories,
                        w.doc_conversations,
                        w.doc_examples,
                        w.doc_first,
                        w.doc_different,
                    ]
                    .iter()
                    .any(|h| line.starts_with(&before(h)) && line.ends_with(&after(h)))
                });
                let heading = line.starts_with('#') && !title && !known;
                if heading {
                    problems.push(format!("a heading the template did not write: {line:?}"));
                }
                let body = line.strip_prefix('>').unwrap_or(line);
                let b = body.as_bytes();
                for (i, &c) in b.iter().enumerate() {
                    if (c == b'<' || c == b'>') && (i == 0 || b[i - 1] != b'\\') {
                        problems.push(format!("an unescaped '{}' in {line:?}", c as char));
                    }
                }
            }
        }
        Target::Ollama => {
            if let Some(p) = modelfile_problem(text) {
                problems.push(p);
            }
        }
        Target::Chatgpt | Target::Gemini | Target::ClaudeMemory => {}
    }
    problems
}

/// Where a Modelfile's `"""` blocks go wrong: every `"""` opens a block after a command at a
/// line start or closes one at a line end, and no other run of three or more `"` is there
/// (Ollama ends a block at the first `"""` followed by a space or a line end).
fn modelfile_problem(text: &str) -> Option<String> {
    let b = text.as_bytes();
    // A block opens after a command at a line start.
    let opens = |at: usize| {
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        matches!(
            &text[line_start..at],
            "SYSTEM " | "MESSAGE user " | "MESSAGE assistant "
        )
    };
    let mut inside = false;
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'"' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == b'"' {
            i += 1;
        }
        let at_line_end = i == b.len() || b[i] == b'\n';
        match i - start {
            // One or two quotes cannot end a block.
            1 | 2 => {}
            // An empty value: a block opened and closed at once.
            6 if !inside && at_line_end && opens(start) => {}
            3 if !inside => {
                if !opens(start) {
                    return Some(format!("a \"\"\" that opens no block at byte {start}"));
                }
                inside = true;
            }
            3 => {
                if !at_line_end {
                    return Some(format!("a block closed early at byte {start}"));
                }
                inside = false;
            }
            n => return Some(format!("{n} quotes in a row at byte {start}")),
        }
    }
    inside.then(|| "a block left open".to_owned())
}
