//! The pure text-pattern layer of persona extraction: names, forms of address, rituals and
//! platform boilerplate in thirteen languages (English, Indonesian, Spanish, Portuguese,
//! German, French, Italian, Russian, Ukrainian, and, read only where they may be spoken
//! (`gate`), Dutch, Swedish, Polish and Turkish), as functions over `&str`, and the language
//! of a text ([`detect()`]). Each
//! language's phrases and word lists are one file in `lang/`.
//!
//! One file per concern: `addressed` (names said to the assistant), `claimed` (names the
//! assistant takes or signs with), `vocatives` (how it addresses the user), `people` (the
//! user's own name, people and pets the user talks about, a memory's subject), `rituals`,
//! `words` (word lists), `language` (the tokenizer, [`detect()`], keywords), `message` (each
//! message's one pass: a reply's for `claimed`, `vocatives` and the voice's tones, the
//! person's for `addressed`, `people` and `rituals`); below them
//! `scan` (tokens and trigger tables), `lex` (word sets), `trig` (trigger shapes), `detect`.
//!
//! Everything here favours recall with reasonable precision: the caller counts hits over many
//! conversations and decides. Every function is built for speed (one Aho-Corasick pass over
//! the text for its trigger phrases, then a few byte checks at each hit; automata are built
//! once, lazily), since it runs on every message of exports of several gigabytes.
//!
//! Conventions:
//! - A *name* is one word starting with an uppercase letter, then letters, inner apostrophes
//!   ("O'Brien") or hyphens before another capital ("Mary-Jane"); 2–24 chars; not all
//!   uppercase; no digits; not [`is_stop_name`]. A possessive `'s` disqualifies it ("I'm
//!   Nova's…"), and a lowercase hyphen suffix is cut off (Indonesian "Bintang-mu" → "Bintang").
//!   Names are returned as written (accents kept).
//! - Trigger phrases match case-insensitively (ASCII folding; straight and curly apostrophes
//!   alike) on word boundaries.
//! - Spans are byte ranges on char boundaries, usable to quote the evidence.
//!
//! Forms of address ([`vocatives()`]) are returned without a leading possessive ("my love" →
//! "love", "mi amor" → "amor", "mein Schatz" → "Schatz", "minha flor" → "flor"), except where
//! the possessive is part of the fixed expression: all French forms keep it ("mon cœur",
//! "ma belle": French endearments are not used bare), and so do Portuguese "meu bem" ("bem"
//! alone is "well"), Spanish "mi vida", "mi rey", "mi sol" and Portuguese "minha vida" (each
//! pack's `fixed_possessive`). Postposed Italian possessives are part of the phrase ("amore
//! mio"). The span always covers the whole form as written, possessive included.

mod addressed;
pub(crate) mod caseless;
mod cjk;
mod claimed;
mod cyrillic;
mod detect;
pub(crate) mod gate;
mod hangul;
pub(crate) mod lang;
mod language;
mod lex;
mod message;
mod people;
mod rituals;
mod scan;
mod trig;
mod vocatives;
mod words;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_langs;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

pub(crate) use lang::LangPack;
use lang::{PACKS, Trigger, phrases};
pub(crate) use lex::lower_folded;
use lex::{
    ENDEARMENT_OPENERS, ENDEARMENT_PHRASES, ENDEARMENTS, FxBuild, ORDINARY, STOP_NAMES, STOPWORDS,
    WordSet, with_lower,
};
use scan::{
    Scan, Table, Tok, TriggerSet, at_end, given_name_after, good_name, is_apostrophe, is_letter,
    name_after, name_at, next_char, sentence_start, skip_spaces, word_at, word_before,
};

/// Whether `word` is a function word or an ordinary word of any language ferry reads.
pub(crate) fn common_word(word: &str) -> bool {
    with_lower(word, |l| lex::stopword_langs(l) != 0)
}
use trig::Shape;

pub(crate) use scan::{Overlapping, Scan as ScanSize, phrase_gate};

pub(crate) use addressed::*;
pub(crate) use claimed::*;
pub(crate) use language::*;
pub(crate) use message::{MessageScan, TONES};
pub(crate) use people::*;
pub(crate) use rituals::*;
pub(crate) use vocatives::*;
pub(crate) use words::*;

/// A language ferry has patterns for: one file each in `lang/`, in the same order as
/// [`lang::PACKS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Lang {
    En,
    Id,
    Es,
    Pt,
    De,
    Fr,
    It,
    Ru,
    Uk,
    Nl,
    Sv,
    Pl,
    Tr,
}

impl Lang {
    /// All languages, in declaration order.
    #[cfg(test)]
    pub(crate) const ALL: [Lang; 13] = [
        Lang::En,
        Lang::Id,
        Lang::Es,
        Lang::Pt,
        Lang::De,
        Lang::Fr,
        Lang::It,
        Lang::Ru,
        Lang::Uk,
        Lang::Nl,
        Lang::Sv,
        Lang::Pl,
        Lang::Tr,
    ];

    /// The two-letter ISO 639-1 code.
    #[cfg(test)]
    pub(crate) fn code(self) -> &'static str {
        self.pack().code
    }

    /// Everything ferry knows about the language.
    pub(crate) fn pack(self) -> &'static LangPack {
        PACKS[self as usize]
    }
}

/// What kind of evidence a name hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cue {
    /// Custom instructions name the assistant: "Your name is Nova", "Namamu Bintang".
    Instruction,
    /// The user gives or proposes a name: "Can I call you Nova?", "¿Puedo llamarte Luna?".
    UserNames,
    /// The assistant accepts or claims a name: "Nova it is", "Call me Nova".
    AssistantTakes,
    /// The user addresses the assistant: "Good morning Nova!", "Nova, are you there?".
    UserAddresses,
    /// The assistant names itself: "I'm Nova", "— Nova" as a sign-off line.
    AssistantSelf,
}

/// A candidate name with the phrase that gave it away.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NameHit {
    pub(crate) name: String,
    pub(crate) cue: Cue,
    /// The language of the trigger phrase; `None` for language-neutral shapes (", Nova!",
    /// "— Nova").
    pub(crate) lang: Option<Lang>,
    /// Byte range of the matched phrase (trigger and name).
    pub(crate) span: Range<usize>,
}

/// A form of address used by the assistant for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Vocative {
    /// The form of address as written, 1–3 words, possessive dropped unless fixed (module
    /// docs).
    pub(crate) words: String,
    /// Byte range of the form of address as written (possessive included).
    pub(crate) span: Range<usize>,
}

/// What a name mentioned by the user refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Mention {
    Pet,
    Person,
    Place,
}

/// A good-morning or a goodnight message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Ritual {
    Morning,
    Night,
}

// ---------------------------------------------------------------------------------------------
// Table construction.

/// Which trigger list of a pack a table is built from.
type Triggers = fn(&LangPack) -> &'static [Trigger];

/// A table of trigger phrases, category by category and within each, language by language
/// (so the first pack owns a phrase two languages share).
fn name_table(groups: &[(Triggers, Cue)], scan: Scan) -> Table<(Cue, Lang, Shape)> {
    Table::build(name_entries(groups), scan)
}

/// The entries of [`name_table`].
fn name_entries(groups: &[(Triggers, Cue)]) -> Vec<(&'static str, (Cue, Lang, Shape))> {
    let mut entries = Vec::new();
    for &(get, cue) in groups {
        for pack in PACKS {
            for &(shape, ps) in get(pack) {
                for p in phrases(ps) {
                    entries.push((p, (cue, pack.lang, shape)));
                }
            }
        }
    }
    entries
}

fn lang_table(get: PackList, scan: Scan) -> Table<Lang> {
    Table::build(lang_entries(get), scan)
}

/// One phrase list of every pack, language by language, each phrase with its language.
fn lang_entries(get: PackList) -> impl Iterator<Item = (&'static str, Lang)> {
    PACKS
        .iter()
        .flat_map(move |pack| phrases(get(pack)).map(move |p| (p, pack.lang)))
}

/// One list of a language pack, as a field getter: `|p| p.greetings`.
pub(crate) type PackList = fn(&LangPack) -> &'static str;

/// One `|`-separated phrase list from every pack, in pack order (English first).
pub(crate) fn pack_phrases(get: PackList) -> impl Iterator<Item = &'static str> + 'static {
    PACKS.iter().flat_map(move |p| phrases(get(p)))
}

/// A word set of one whitespace-separated list from every pack.
fn pack_words(get: fn(&LangPack) -> &'static str) -> WordSet {
    let lists: Vec<&'static str> = PACKS.iter().map(|p| get(p)).collect();
    WordSet::new(&lists)
}

fn hit(
    text: &str,
    name: Range<usize>,
    cue: Cue,
    lang: Option<Lang>,
    span: Range<usize>,
) -> NameHit {
    NameHit {
        name: text[name].to_string(),
        cue,
        lang,
        span,
    }
}

/// Sorts hits by position and drops repeated hits on the same name occurrence (the first,
/// most specific one wins).
fn dedupe(mut hits: Vec<(usize, NameHit)>) -> Vec<NameHit> {
    hits.sort_by_key(|(name_start, h)| (*name_start, h.span.start));
    let mut seen = HashSet::with_hasher(FxBuild::default());
    hits.into_iter()
        .filter(|(s, _)| seen.insert(*s))
        .map(|(_, h)| h)
        .collect()
}

/// Whether `text[i..]` starts with `word` (ASCII case-insensitive), after spaces.
fn followed_by(text: &str, i: usize, word: &str) -> bool {
    let j = skip_spaces(text, i);
    text.as_bytes()
        .get(j..j + word.len())
        .is_some_and(|b| b.eq_ignore_ascii_case(word.as_bytes()))
}
