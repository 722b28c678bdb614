//! TEMPORARY STUB — replaced by the patterns branch.
#![allow(dead_code, unused_variables)]
use std::ops::Range;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Lang {
    En,
    Id,
    Es,
    Pt,
    De,
    Fr,
}
impl Lang {
    pub(crate) fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Id => "id",
            Lang::Es => "es",
            Lang::Pt => "pt",
            Lang::De => "de",
            Lang::Fr => "fr",
        }
    }
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    Instruction,
    UserNames,
    AssistantTakes,
    UserAddresses,
    AssistantSelf,
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameHit {
    pub(crate) name: String,
    pub(crate) cue: Cue,
    pub(crate) lang: Option<Lang>,
    pub(crate) span: Range<usize>,
}
fn after(text: &str, pat: &str, cue: Cue) -> Vec<NameHit> {
    let mut out = Vec::new();
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find(pat) {
        let s = from + i + pat.len();
        let w: String = text[s..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if w.chars().next().is_some_and(|c| c.is_uppercase()) && !is_stop_name(&w) {
            out.push(NameHit {
                name: w.clone(),
                cue,
                lang: Some(Lang::En),
                span: from + i..s + w.len(),
            });
        }
        from = s;
    }
    out
}
pub(crate) fn names_in_instructions(t: &str) -> Vec<NameHit> {
    after(t, "your name is ", Cue::Instruction)
}
pub(crate) fn names_in_user_message(t: &str) -> Vec<NameHit> {
    let mut v = after(t, "call you ", Cue::UserNames);
    v.extend(after(t, "good morning ", Cue::UserAddresses));
    v.extend(after(t, "goodnight ", Cue::UserAddresses));
    v
}
pub(crate) fn names_in_assistant_message(t: &str) -> Vec<NameHit> {
    let mut v = after(t, "i'm ", Cue::AssistantSelf);
    if let Some(i) = t.find(" it is") {
        let w: String = t[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !w.is_empty() && w.chars().next().unwrap().is_uppercase() {
            v.push(NameHit {
                name: w.clone(),
                cue: Cue::AssistantTakes,
                lang: None,
                span: i - w.len()..i + 6,
            });
        }
    }
    v
}
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Vocative {
    pub(crate) words: String,
    pub(crate) span: Range<usize>,
}
pub(crate) fn vocatives(text: &str) -> Vec<Vocative> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(", ") {
        let rest = &text[i + 2..];
        let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
        let after = &rest[w.len()..];
        if !w.is_empty()
            && (after.is_empty() || after.starts_with(['.', '!', '?', ' ']))
            && !is_ordinary_word(&w)
        {
            out.push(Vocative {
                words: w.clone(),
                span: i + 2..i + 2 + w.len(),
            });
        }
    }
    out
}
pub(crate) fn user_self_names(text: &str) -> Vec<String> {
    let mut v: Vec<String> = after(text, "preferred name: ", Cue::Instruction)
        .into_iter()
        .map(|h| h.name)
        .collect();
    v.extend(
        after(text, "user's name is ", Cue::Instruction)
            .into_iter()
            .map(|h| h.name),
    );
    v
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Mention {
    Pet,
    Person,
    Place,
}
pub(crate) fn mentioned_names(text: &str) -> Vec<(String, Mention)> {
    after(text, "my cat ", Cue::Instruction)
        .into_iter()
        .map(|h| (h.name, Mention::Pet))
        .collect()
}
pub(crate) fn is_stop_name(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "chatgpt" | "sorry" | "here" | "so" | "i" | "the" | "spotify" | "openai" | "ai"
    )
}
pub(crate) fn is_ordinary_word(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "really"
            | "though"
            | "then"
            | "again"
            | "today"
            | "okay"
            | "please"
            | "too"
            | "and"
            | "but"
            | "i"
            | "the"
            | "a"
            | "you"
            | "it"
            | "that"
            | "what"
            | "so"
            | "if"
            | "we"
    )
}
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Ritual {
    Morning,
    Night,
}
pub(crate) fn ritual(text: &str) -> Option<Ritual> {
    let l = text.to_lowercase();
    if l.contains("good morning") {
        Some(Ritual::Morning)
    } else if l.contains("goodnight") || l.contains("sleep well") {
        Some(Ritual::Night)
    } else {
        None
    }
}
pub(crate) fn is_remember_when(text: &str) -> bool {
    text.to_lowercase().contains("remember when")
}
pub(crate) fn is_anniversary(text: &str) -> bool {
    text.to_lowercase().contains("anniversary")
}
pub(crate) fn is_boilerplate(text: &str) -> bool {
    text.contains("As an AI")
}
pub(crate) fn detect_language(text: &str) -> Option<Lang> {
    Some(Lang::En)
}
pub(crate) fn keywords(text: &str, max: usize) -> Vec<String> {
    text.split_whitespace()
        .filter(|w| w.len() > 4)
        .take(max)
        .map(|w| w.to_lowercase())
        .collect()
}
