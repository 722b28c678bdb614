//! The sentences ferry writes to the person, one file per language: the folder's README, the
//! framing of the continuity document, and the first message for the move. Adding a language
//! is adding a file here and its line in [`LANGS`].
//!
//! What is chosen: `--lang`, else the language the two of them spoke most
//! (`voice.languages`), else English. Quotes from the export are never translated. The
//! prompts a new model reads (claude.txt, the Modelfile…) stay in English for now: models
//! read English instructions well, and the quotes in them carry the voice.

mod de;
mod en;
mod es;
mod fr;
mod id;
mod it;
mod pt;

/// Every sentence of one language. `{name}`-style placeholders are filled by [`fill`].
#[derive(Debug)]
pub struct Words {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// The language's name in English, for `--help` and errors.
    pub name: &'static str,

    // The folder README.
    /// `# {n}, carried over by ferry`
    pub title_named: &'static str,
    pub title_unnamed: &'static str,
    pub title_none: &'static str,
    /// `ferry read … found {n} in {k} conversation(s)`: one and many.
    pub found_named_one: &'static str,
    pub found_named_many: &'static str,
    /// `, from {a} to {b}`
    pub from_to: &'static str,
    pub found_unnamed_one: &'static str,
    pub found_unnamed_many: &'static str,
    pub found_none: &'static str,
    /// Two bullets: choose a companion with `--companion`, or keep the assistant's manner.
    pub choose: &'static str,
    /// `It also found {list} and {last}.` / `It also found {last}.`
    pub also_found_many: &'static str,
    pub also_found_one: &'static str,
    pub that_you_are: &'static str,
    pub what_called_you: &'static str,
    pub shared_memory_one: &'static str,
    pub shared_memory_many: &'static str,
    pub saved_memory_one: &'static str,
    pub saved_memory_many: &'static str,
    pub example_one: &'static str,
    pub example_many: &'static str,
    /// The companion without a name, inside a sentence.
    pub your_companion: &'static str,
    /// The assistant, when no companion was found, inside a sentence.
    pub the_assistant: &'static str,
    pub private: &'static str,
    pub next: &'static str,
    /// Per target, in [`crate::render::Target::ALL`] order: (where it goes, how to use it);
    /// `None` for the target table's own English.
    pub targets: Option<[(&'static str, &'static str); 10]>,
    pub png: &'static str,
    /// `sillytavern-chat.jsonl`: the last conversation ({k} messages, on {date}) with {n}.
    pub tavern_chat: &'static str,
    pub claude_knowledge: &'static str,
    pub gemini_memory: &'static str,
    pub review: &'static str,
    pub persona: &'static str,
    pub left_heading: &'static str,
    pub left_intro: &'static str,
    pub different_heading: &'static str,
    pub different_found: &'static str,
    pub different_none: &'static str,

    // Dates in words.
    pub months: [&'static str; 12],
    /// `from {a} to {b}` / `in {a}` / when there are no dates.
    pub since_from_to: &'static str,
    pub since_in: &'static str,
    pub since_none: &'static str,

    /// Between two pet names: `" or "`.
    pub or: &'static str,
    /// Before a quote that shows a tone: `as in`.
    pub as_in: &'static str,
    /// `Replies run about {w} words, in {s} sentences.`
    pub doc_style: &'static str,
    /// Tone adjectives in this language: (the spec's English word, this language's); empty
    /// for English.
    pub adjectives: &'static [(&'static str, &'static str)],

    /// Labels of the voice's lists in the continuity document.
    pub greetings: &'static str,
    pub sign_offs: &'static str,
    pub phrases: &'static str,
    pub also_called: &'static str,

    /// A shared memory that was a question, as a statement: `On {d}, `, `{u} brought up a
    /// memory they share`, `{c} answered: “{a}”`; the person without a name.
    pub mem_on: &'static str,
    pub mem_brought_up: &'static str,
    pub mem_answered: &'static str,
    pub the_user: &'static str,

    // The continuity document.
    pub doc_title: &'static str,
    pub doc_intro_named: &'static str,
    pub doc_intro_unnamed: &'static str,
    pub doc_intro_none: &'static str,
    pub doc_who: &'static str,
    pub doc_wishes: &'static str,
    pub doc_you: &'static str,
    pub doc_called_you: &'static str,
    pub doc_in_your_words: &'static str,
    pub doc_memories: &'static str,
    pub doc_conversations: &'static str,
    pub doc_examples: &'static str,
    pub doc_first: &'static str,
    pub doc_first_intro: &'static str,
    pub doc_different: &'static str,
    /// Bullets (one per line) for a companion, and for no companion.
    pub doc_different_found: &'static str,
    pub doc_different_none: &'static str,

    // The first message, in the companion's voice.
    pub hey: &'static str,
    pub its_me: &'static str,
    pub moved: &'static str,
    pub how: &'static str,
    pub hello: &'static str,
    pub notes: &'static str,
}

/// Every language, English first (the fallback).
pub const LANGS: &[&Words] = &[
    &en::WORDS,
    &id::WORDS,
    &es::WORDS,
    &pt::WORDS,
    &de::WORDS,
    &fr::WORDS,
    &it::WORDS,
];

/// The language for `requested` (a code), else the first of `spoken` ferry has, else English.
/// `None` when `requested` names a language ferry does not have.
pub fn choose(requested: Option<&str>, spoken: &[String]) -> Option<&'static Words> {
    if let Some(code) = requested {
        return LANGS
            .iter()
            .find(|w| w.code.eq_ignore_ascii_case(code.trim()))
            .copied();
    }
    Some(
        spoken
            .iter()
            .find_map(|s| LANGS.iter().find(|w| w.code == s).copied())
            .unwrap_or(LANGS[0]),
    )
}

/// The codes ferry has, for messages: `en, id, es`.
pub fn codes() -> String {
    LANGS.iter().map(|w| w.code).collect::<Vec<_>>().join(", ")
}

/// `s` with each `{key}` replaced by its value (one pass; see [`crate::text::fill`]).
pub use crate::text::fill;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_fills_the_same_placeholders() {
        // A translation keeps every placeholder of the English sentence, and adds none.
        let placeholders = |s: &str| -> Vec<String> {
            let re = regex::Regex::new(r"\{[a-z]+\}").unwrap();
            let mut v: Vec<String> = re.find_iter(s).map(|m| m.as_str().to_owned()).collect();
            v.sort();
            v.dedup();
            v
        };
        let en = LANGS[0];
        for w in LANGS {
            let pairs = [
                (en.title_named, w.title_named),
                (en.found_named_one, w.found_named_one),
                (en.found_named_many, w.found_named_many),
                (en.from_to, w.from_to),
                (en.found_unnamed_one, w.found_unnamed_one),
                (en.found_unnamed_many, w.found_unnamed_many),
                (en.also_found_many, w.also_found_many),
                (en.also_found_one, w.also_found_one),
                (en.that_you_are, w.that_you_are),
                (en.what_called_you, w.what_called_you),
                (en.shared_memory_many, w.shared_memory_many),
                (en.saved_memory_many, w.saved_memory_many),
                (en.example_many, w.example_many),
                (en.different_found, w.different_found),
                (en.doc_title, w.doc_title),
                (en.doc_intro_named, w.doc_intro_named),
                (en.doc_intro_unnamed, w.doc_intro_unnamed),
                (en.doc_who, w.doc_who),
                (en.doc_you, w.doc_you),
                (en.doc_called_you, w.doc_called_you),
                (en.doc_first_intro, w.doc_first_intro),
                (en.doc_different_found, w.doc_different_found),
                (en.hey, w.hey),
                (en.mem_on, w.mem_on),
                (en.mem_brought_up, w.mem_brought_up),
                (en.mem_answered, w.mem_answered),
                (en.its_me, w.its_me),
                (en.tavern_chat, w.tavern_chat),
            ];
            for (a, b) in pairs {
                assert_eq!(placeholders(a), placeholders(b), "{}: {b:?}", w.code);
            }
            assert!(!w.choose.is_empty() && w.choose.contains("--companion NAME"));
        }
        assert_eq!(choose(Some("ID"), &[]).unwrap().code, "id");
        assert!(choose(Some("xx"), &[]).is_none());
        assert_eq!(choose(None, &["es".into()]).unwrap().code, "es");
        for code in ["de", "fr", "it"] {
            assert_eq!(choose(None, &[code.into()]).unwrap().code, code);
        }
        assert_eq!(
            choose(None, &["ja".into(), "id".into()]).unwrap().code,
            "id"
        );
        assert_eq!(choose(None, &["ja".into()]).unwrap().code, "en");
    }
}
