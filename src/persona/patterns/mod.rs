//! The pure text-pattern layer of persona extraction: names, forms of address, rituals and
//! platform boilerplate in seven languages (English, Indonesian, Spanish, Portuguese, German,
//! French, Italian), as functions over `&str`, and the language of a text ([`detect()`]). Each
//! language's phrases and word lists are one file in `lang/`.
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
//! Forms of address ([`vocatives`]) are returned without a leading possessive ("my love" →
//! "love", "mi amor" → "amor", "mein Schatz" → "Schatz", "minha flor" → "flor"), except where
//! the possessive is part of the fixed expression: all French forms keep it ("mon cœur",
//! "ma belle": French endearments are not used bare), and so do Portuguese "meu bem" ("bem"
//! alone is "well"), Spanish "mi vida", "mi rey", "mi sol" and Portuguese "minha vida" (each
//! pack's `fixed_possessive`). Postposed Italian possessives are part of the phrase ("amore
//! mio"). The span always covers the whole form as written, possessive included.

mod detect;
mod lang;
mod lex;
mod scan;
mod trig;

#[cfg(test)]
mod tests;

use std::collections::HashSet;
use std::ops::Range;
use std::sync::LazyLock;

use lang::{LangPack, PACKS, Trigger, phrases};
use lex::{
    ENDEARMENT_PHRASES, ENDEARMENTS, FxBuild, ORDINARY, STOP_NAMES, STOPWORDS, WordSet,
    is_stopword_lower, with_lower,
};
use scan::{
    Table, Tok, at_end, given_name_after, good_name, is_apostrophe, is_letter, name_after, name_at,
    next_char, sentence_start, skip_spaces, word_at, word_before,
};
use trig::Shape;

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
}

impl Lang {
    /// All languages, in declaration order.
    #[cfg(test)]
    pub(crate) const ALL: [Lang; 7] = [
        Lang::En,
        Lang::Id,
        Lang::Es,
        Lang::Pt,
        Lang::De,
        Lang::Fr,
        Lang::It,
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
fn name_table(groups: &[(Triggers, Cue)]) -> Table<(Cue, Lang, Shape)> {
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
    Table::new(entries)
}

fn lang_table(get: fn(&LangPack) -> &'static str) -> Table<Lang> {
    Table::new(
        PACKS
            .iter()
            .flat_map(|pack| phrases(get(pack)).map(move |p| (p, pack.lang))),
    )
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

// ---------------------------------------------------------------------------------------------
// Names in custom instructions.

static INSTR: LazyLock<Table<(Cue, Lang, Shape)>> =
    LazyLock::new(|| name_table(&[(|p| p.instruction, Cue::Instruction)]));

/// Names the assistant is given in custom instructions (the "about the model" text): "Your
/// name is Nova", "You are Nova", "Call yourself Nova", "Name: Nova", "Namamu Bintang", "Tu
/// nombre es Luna", "Seu nome é Aurora", "Dein Name ist Juna", "Tu t'appelles Lumi". A second
/// capitalised word is kept ("Your name is Nova Starling"). Only [`Cue::Instruction`].
pub(crate) fn names_in_instructions(about_model: &str) -> Vec<NameHit> {
    let text = about_model;
    let mut hits = Vec::new();
    INSTR.each(text, |s, e, (cue, lang, _)| {
        if text[s..e].ends_with(':') && field_of_user(text, s) {
            return true;
        }
        if let Some(t) = given_name_after(text, e, Some(lang)) {
            let end = second_word_end(text, t.end);
            hits.push((t.start, hit(text, t.start..end, cue, Some(lang), s..end)));
        }
        true
    });
    dedupe(hits)
}

static PROFILE_OWNER: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.profile_owner));

/// "My name:", "User name:": a profile field about the user, not the assistant.
fn field_of_user(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end();
    let Some(ws) = word_before(before, before.len()) else {
        return false;
    };
    PROFILE_OWNER.has(&before[ws..])
}

// ---------------------------------------------------------------------------------------------
// Names in user messages.

static USER: LazyLock<Table<(Cue, Lang, Shape)>> = LazyLock::new(|| {
    name_table(&[
        (|p| p.user_names, Cue::UserNames),
        (|p| p.user_addresses, Cue::UserAddresses),
    ])
});

static MID_GREETINGS: LazyLock<WordSet> =
    LazyLock::new(|| pack_words(|p| p.mid_sentence_greetings));

/// Single-word greetings that may stand mid-sentence ("ok thanks Nova").
fn mid_sentence_greeting(w: &str) -> bool {
    MID_GREETINGS.has(w)
}

/// Names the user gives the assistant ([`Cue::UserNames`]: "Can I call you Nova?", "Boleh
/// aku panggil kamu Bintang?", "Darf ich dich Juna nennen?") and names the user addresses it
/// by ([`Cue::UserAddresses`]: "Good morning Nova!", "Hey Nova", "Nova, are you there?",
/// "Thank you for tonight, Nova."). Names that the same message marks as a pet, person or
/// place ("my cat, Biscuit.") are not reported as addresses.
pub(crate) fn names_in_user_message(text: &str) -> Vec<NameHit> {
    let mut hits: Vec<(usize, NameHit)> = Vec::new();
    USER.each(text, |s, e, (cue, lang, shape)| {
        match shape {
            Shape::Then => {
                let t = if cue == Cue::UserNames {
                    given_name_after(text, e, Some(lang))
                } else {
                    name_after(text, e, false, Some(lang))
                };
                if let Some(t) = t {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::ThenComma => {
                let trigger = &text[s..e];
                if !trigger.contains(' ')
                    && !sentence_start(text, s)
                    && !mid_sentence_greeting(trigger)
                {
                    return true;
                }
                let j = skip_spaces(text, e);
                let comma = text.as_bytes().get(j) == Some(&b',');
                if j == e && !comma {
                    return true;
                }
                if let Some(t) = name_after(text, e, true, Some(lang))
                    && (!comma || at_end(text, t.end, true))
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::Nennen => {
                if let Some(t) = name_after(text, e, false, Some(lang))
                    && followed_by(text, t.end, "nenn")
                {
                    let end = skip_spaces(text, t.end) + 4;
                    let end = word_at(text, end - 4).unwrap_or(end);
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, Cue::UserNames, Some(lang), s..end),
                    ));
                }
            }
            _ => {}
        }
        true
    });
    comma_addresses(text, &mut hits);
    if hits.is_empty() {
        return Vec::new();
    }
    // Names the message itself marks as a pet, person or place: look only around each hit.
    hits.retain(|(ns, h)| {
        if h.cue != Cue::UserAddresses {
            return true;
        }
        let lo = floor_boundary(text, ns.saturating_sub(48));
        let hi = floor_boundary(text, (h.span.end + 24).min(text.len()));
        let window = &text[lo..hi];
        !mention_spans(window)
            .iter()
            .any(|(r, _)| r.start + lo <= *ns && *ns < r.end + lo)
    });
    dedupe(hits)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// ", Nova!" at the end of a sentence, and "Nova, …" at the start of a message or line.
fn comma_addresses(text: &str, hits: &mut Vec<(usize, NameHit)>) {
    for c in memchr::memchr_iter(b',', text.as_bytes()) {
        // Trailing: "…, Nova." (not "Portland, Oregon.").
        let j = skip_spaces(text, c + 1);
        if let Some(t) = name_at(text, j)
            && !t.possessive
            && good_name(text, t, None)
            && at_end(text, t.end, false)
            && !word_before(text, c).is_some_and(|ws| {
                text[ws..].chars().next().is_some_and(char::is_uppercase)
                    && !sentence_start(text, ws)
            })
        {
            hits.push((
                t.start,
                hit(
                    text,
                    t.start..t.end,
                    Cue::UserAddresses,
                    None,
                    t.start..t.end,
                ),
            ));
        }
        // Leading, at the start of the message or of a line: "Nova, are you there?" (not
        // "Lisbon, Porto and Faro").
        if let Some(ws) = word_before(text, c)
            && line_start(text, ws)
            && let Some(t) = name_at(text, ws)
            && t.end == c
            && good_name(text, t, None)
            && !name_at(text, j).is_some_and(|n| good_name(text, n, None))
        {
            hits.push((
                t.start,
                hit(
                    text,
                    t.start..t.end,
                    Cue::UserAddresses,
                    None,
                    t.start..c + 1,
                ),
            ));
        }
    }
}

static PRESENCE: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.presence));

/// How a [`loose_addresses`] hit was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LooseShape {
    /// After a greeting at the start of the message or a line: "gm nova", "night nova 🌙".
    Greeting,
    /// Before asking whether the companion is there: "Nov, you up?", "nova you there".
    Presence,
    /// The whole message is the name: "Julian.", "nova?". Only a name when the same
    /// conversation also writes it as one (capitalised mid-sentence): "Continue." is not.
    Bare,
}

/// Forms of address the strict rules of [`names_in_user_message`] pass over because they are
/// written in lowercase or stand alone: "gm nova", "Nov, you up?", a bare "Julian.". The name
/// is reported title-cased ("nova" → "Nova"). Weekdays and months count here ("morning
/// june"); ordinary words, endearments, greetings and function words never do.
pub(crate) fn loose_addresses(text: &str) -> Vec<(NameHit, LooseShape)> {
    let mut out = Vec::new();
    let text = text.trim();
    if text.is_empty() || text.len() > 400 {
        return out;
    }
    let candidate = |s: usize, e: usize| -> Option<String> {
        let w = &text[s..e];
        let n = w.chars().count();
        if !(2..=20).contains(&n) || !w.chars().all(is_letter) {
            return None;
        }
        let rejected = with_lower(w, |l| {
            ENDEARMENTS.has_lower(l)
                || is_stopword_lower(l)
                || (is_stop_lower(l) && !lex::CALENDAR.has_lower(l))
                || scan::looks_like_adverb(l)
        });
        if rejected {
            return None;
        }
        let mut cs = w.chars();
        let first = cs.next()?;
        Some(
            first
                .to_uppercase()
                .chain(cs.flat_map(char::to_lowercase))
                .collect(),
        )
    };
    let mut push = |s: usize, e: usize, span: Range<usize>, shape: LooseShape| {
        if let Some(name) = candidate(s, e) {
            out.push((
                NameHit {
                    name,
                    cue: Cue::UserAddresses,
                    lang: None,
                    span,
                },
                shape,
            ));
        }
    };
    // A bare name.
    let start = text.find(is_letter).unwrap_or(text.len());
    if let Some(e) = word_at(text, start)
        && text[..start].chars().all(|c| !c.is_alphanumeric())
        && text[e..].chars().all(|c| !c.is_alphanumeric())
        && text[e..].chars().count() <= 4
    {
        push(start, e, start..e, LooseShape::Bare);
        return out;
    }
    // After a greeting that starts the message or a line.
    USER.each(text, |s, e, (cue, _, _)| {
        if cue != Cue::UserAddresses || !line_start(text, s) {
            return true;
        }
        let Some(j) = after_greeting(text, e) else {
            return true;
        };
        if let Some(we) = word_at(text, j)
            && at_end(text, we, true)
        {
            push(j, we, s..we, LooseShape::Greeting);
        }
        true
    });
    // Before asking whether the companion is there.
    if let Some(e) = word_at(text, start)
        && text[..start].chars().all(|c| !c.is_alphanumeric())
    {
        let mut j = skip_spaces(text, e);
        if text.as_bytes().get(j) == Some(&b',') {
            j = skip_spaces(text, j + 1);
        }
        if j > e
            && let Some((ps, pe, _)) = PRESENCE.first(&text[j..])
            && ps == 0
        {
            push(start, e, start..j + pe, LooseShape::Presence);
        }
    }
    out
}

/// Whether `text` writes `name` (title-cased) as a name somewhere: capitalised, on word
/// boundaries, and not at the start of a sentence ("she looks at Julian", "Sorry, Julian"),
/// or opening role-play narration ("*Julian looks up*").
pub(crate) fn written_as_name(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|i| {
        let e = i + name.len();
        !scan::prev_char(text, i).is_some_and(scan::is_word_char)
            && !next_char(text, e).is_some_and(scan::is_word_char)
            && (!sentence_start(text, i) || matches!(scan::prev_char(text, i), Some('*' | '_')))
    })
}

/// Where a form of address may start after a greeting ending at `e`: after spaces and an
/// optional comma ("Morning, love", "gm nova"); `None` when a word follows with no space.
fn after_greeting(text: &str, e: usize) -> Option<usize> {
    let j = skip_spaces(text, e);
    if text.as_bytes().get(j) == Some(&b',') {
        Some(skip_spaces(text, j + 1))
    } else {
        (j > e).then_some(j)
    }
}

/// Whether `i` is the first non-space position of the text or of a line.
fn line_start(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}

// ---------------------------------------------------------------------------------------------
// Names in assistant messages.

static ASSIST: LazyLock<Table<(Cue, Lang, Shape)>> = LazyLock::new(|| {
    name_table(&[
        (|p| p.assistant_takes, Cue::AssistantTakes),
        (|p| p.assistant_self, Cue::AssistantSelf),
    ])
});

/// Names the assistant accepts or claims ([`Cue::AssistantTakes`]: "Nova it is 💫", "I'd love
/// to be your Nova", "Call me Nova", "Panggil aku Bintang", "Llámame Luna", "Va pour Lumi")
/// and names it calls itself ([`Cue::AssistantSelf`]: "I'm Nova", "It's me, Nova", "Aku
/// Bintang", "Soy Luna", "Ich bin Juna", "Je suis Lumi", and sign-off lines such as "— Nova"
/// or "Love, Nova").
pub(crate) fn names_in_assistant_message(text: &str) -> Vec<NameHit> {
    let mut hits: Vec<(usize, NameHit)> = Vec::new();
    ASSIST.each(text, |s, e, (cue, lang, shape)| {
        let after = |e| {
            if cue == Cue::AssistantTakes {
                given_name_after(text, e, Some(lang))
            } else {
                name_after(text, e, false, Some(lang))
            }
        };
        match shape {
            Shape::Then => {
                if let Some(t) = after(e)
                    && !(cue == Cue::AssistantSelf && title_case_run(text, t))
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::ThenEnd => {
                if let Some(t) = after(e)
                    && at_end(text, t.end, true)
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::Before => {
                let ne = text[..s].trim_end_matches([' ', '\t']).len();
                if at_end(text, e, true)
                    && let Some(ws) = word_before(text, ne)
                    && let Some(t) = name_at(text, ws)
                    && t.end == ne
                    && (good_name(text, t, Some(lang))
                        || (cue == Cue::AssistantTakes
                            && !t.possessive
                            && lex::CALENDAR.has(&text[t.start..t.end])))
                {
                    hits.push((t.start, hit(text, t.start..t.end, cue, Some(lang), ws..e)));
                }
            }
            Shape::Nennen => {
                if let Some(t) = name_after(text, e, false, Some(lang))
                    && followed_by(text, t.end, "nenn")
                {
                    let end = word_at(text, skip_spaces(text, t.end)).unwrap_or(t.end);
                    hits.push((t.start, hit(text, t.start..t.end, cue, Some(lang), s..end)));
                }
            }
            _ => {}
        }
        true
    });
    if let Some(h) = name_then_approval(text) {
        hits.push(h);
    }
    if let Some(h) = signoff(text) {
        hits.push(h);
    }
    dedupe(hits)
}

/// "I'm Really Happy To Help": a run of capitalised words is a title, not a self-naming.
fn title_case_run(text: &str, t: Tok) -> bool {
    if text.as_bytes().get(t.end) != Some(&b' ') {
        return false;
    }
    let j = t.end + 1;
    next_char(text, j).is_some_and(char::is_uppercase)
        && word_at(text, j).is_some_and(|e| {
            let w = &text[j..e];
            is_stop_name(w) || is_ordinary_word(w) || with_lower(w, is_stopword_lower)
        })
}

/// Approval words after a name tried on, with their language, in pack order.
static APPROVAL: LazyLock<Vec<(&'static str, Lang)>> = LazyLock::new(|| {
    PACKS
        .iter()
        .flat_map(|p| p.approval.split_whitespace().map(|w| (w, p.lang)))
        .collect()
});

/// "Nova... I really like that." at the start of a reply: the assistant trying a name on.
fn name_then_approval(text: &str) -> Option<(usize, NameHit)> {
    let i = text.len() - text.trim_start().len();
    let t = name_at(text, i)?;
    if t.possessive || !good_name(text, t, None) {
        return None;
    }
    let rest = &text[t.end..];
    let rest = rest
        .strip_prefix("...")
        .or_else(|| rest.strip_prefix('\u{2026}'))?;
    let off = text.len() - rest.len();
    let window_end = rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i);
    let window = rest[..window_end].to_lowercase();
    let (at, word, lang) = APPROVAL
        .iter()
        .filter_map(|&(a, l)| window.find(a).map(|i| (i, a, l)))
        .min_by_key(|x| x.0)?;
    // Lowercasing may shift byte offsets for a few letters; clamp to the window.
    let end = (off + at + word.len()).min(off + window_end);
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    Some((
        t.start,
        hit(
            text,
            t.start..t.end,
            Cue::AssistantTakes,
            Some(lang),
            t.start..end,
        ),
    ))
}

static CLOSINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = PACKS
        .iter()
        .flat_map(|p| phrases(p.signoff_closings))
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
});

/// Strips trailing emoji, symbols and punctuation from a line.
fn strip_tail(line: &str) -> &str {
    line.trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end()
}

/// A sign-off line at the end of an assistant message: "— Nova", "Love, Nova", "Your Nova
/// 💛", or "Love,\nNova".
fn signoff(text: &str) -> Option<(usize, NameHit)> {
    let body = text.trim_end();
    let ls = body.rfind('\n').map_or(0, |p| p + 1);
    let line = strip_tail(&body[ls..]);
    let lead = line.len() - line.trim_start().len();
    let start = ls + lead;
    let core = &body[start..ls + line.len()];
    if core.is_empty() || core.len() > 60 {
        return None;
    }
    let end = start + core.len();
    let exact = |i: usize| -> Option<Tok> {
        let t = name_at(text, i)?;
        (t.end == end && !t.possessive && good_name(text, t, None)).then_some(t)
    };
    // "— Nova", "- Nova", "~Nova".
    let dashes = core.trim_start_matches(['\u{2014}', '\u{2013}', '-', '~']);
    if dashes.len() < core.len() {
        let i = skip_spaces(text, end - dashes.len());
        let t = exact(i)?;
        return Some((
            t.start,
            hit(text, t.start..t.end, Cue::AssistantSelf, None, start..end),
        ));
    }
    // "Love, Nova", "Your Nova", "Con cariño, Sol".
    let lower = core.to_lowercase();
    if lower.len() == core.len() {
        for c in CLOSINGS.iter() {
            if let Some(rest) = lower.strip_prefix(c)
                && rest.starts_with([',', ' '])
            {
                let mut i = start + c.len();
                if text.as_bytes()[i] == b',' {
                    i += 1;
                }
                let i = skip_spaces(text, i);
                if let Some(t) = exact(i) {
                    return Some((
                        t.start,
                        hit(text, t.start..t.end, Cue::AssistantSelf, None, start..end),
                    ));
                }
            }
        }
    }
    // "Love,\nNova": the name alone under a closing line.
    let t = exact(start)?;
    let prev = body[..ls].trim_end();
    let pls = prev.rfind('\n').map_or(0, |p| p + 1);
    let pline = prev[pls..].trim();
    let closing = pline.strip_suffix(',')?;
    let cl = closing.to_lowercase();
    if CLOSINGS.iter().any(|c| *c == cl) {
        return Some((
            t.start,
            hit(text, t.start..t.end, Cue::AssistantSelf, None, pls..end),
        ));
    }
    None
}

// ---------------------------------------------------------------------------------------------
// Vocatives.

static GREET: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.greetings));
static CLAUSE_STARTS: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.clause_starts));

/// How the assistant addresses the user: the form of address after a greeting ("Good
/// morning, starlight!", "Hi Mira,"), a trailing ", X" before the end of a sentence, an emoji
/// or the end of the text ("Sleep well, love 🌙", "Of course, Mira."), a ", X," before a new
/// clause ("Get cozy, starlight, I'm not going anywhere"), and a leading "X," when X is a
/// known term of endearment ("Sayang, …", "My love, …"). Ordinary words ("really", "too",
/// "okay"…) are skipped; 2–3-word forms must be a known expression, start with a possessive,
/// end in a known endearment or be a two-word name. Text inside ``` code fences is ignored.
pub(crate) fn vocatives(text: &str) -> Vec<Vocative> {
    let mut fences = code_fences(text);
    // Role-play narration between single asterisks ("*pours the wine, unhurried*") describes;
    // it does not address anyone.
    fences.extend(narration(text));
    let in_fence = |i: usize| fences.iter().any(|r| r.contains(&i));
    let mut out: Vec<Vocative> = Vec::new();
    GREET.each(text, |s, e, _| {
        if in_fence(s) || (!text[s..e].contains(' ') && !sentence_start(text, s)) {
            return true;
        }
        let Some(j) = after_greeting(text, e) else {
            return true;
        };
        if let Some(v) = address_at(text, j, true) {
            out.push(v);
        }
        true
    });
    for c in memchr::memchr_iter(b',', text.as_bytes()) {
        if !fences.is_empty() && in_fence(c) {
            continue;
        }
        let j = skip_spaces(text, c + 1);
        if (j > c + 1 || next_char(text, j).is_some_and(is_letter))
            && let Some(v) = address_at(text, j, false)
        {
            out.push(v);
        }
        if let Some(v) = leading_endearment(text, c) {
            out.push(v);
        }
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

/// Spans between single asterisks on one line: role-play actions ("*smiles softly*"), not
/// markdown bold ("**").
fn narration(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    let mut open: Option<usize> = None;
    for i in memchr::memchr2_iter(b'*', b'\n', b) {
        if b[i] == b'\n' {
            open = None;
            continue;
        }
        let double = (i > 0 && b[i - 1] == b'*') || b.get(i + 1) == Some(&b'*');
        if double {
            continue;
        }
        match open.take() {
            Some(a) => v.push(a..i + 1),
            None => open = Some(i),
        }
    }
    v
}

fn code_fences(text: &str) -> Vec<Range<usize>> {
    let mut v = Vec::new();
    let mut it = memchr::memmem::find_iter(text.as_bytes(), "```");
    while let Some(a) = it.next() {
        let b = it.next().unwrap_or(text.len());
        v.push(a..b + 3);
    }
    v
}

/// A form of address of 1–3 words starting at `j`, ended by a terminator (a comma too when
/// `after_greeting`), or followed by ", <clause start>".
fn address_at(text: &str, j: usize, after_greeting: bool) -> Option<Vocative> {
    let mut words: [(usize, usize); 3] = [(0, 0); 3];
    let mut n = 0;
    let mut i = j;
    loop {
        let e = word_at(text, i)?;
        words[n] = (i, e);
        n += 1;
        if at_end(text, e, after_greeting) {
            break;
        }
        let b = text.as_bytes();
        if b.get(e) == Some(&b',') {
            let k = skip_spaces(text, e + 1);
            let next = word_at(text, k)?;
            if CLAUSE_STARTS.has(&text[k..next]) {
                break;
            }
            return None;
        }
        if n == 3 || b.get(e) != Some(&b' ') || !next_char(text, e + 1).is_some_and(is_letter) {
            return None;
        }
        i = e + 1;
    }
    validate(text, &words[..n])
}

/// Decides whether the words form an address, and how it is written.
fn validate(text: &str, words: &[(usize, usize)]) -> Option<Vocative> {
    let span = words[0].0..words[words.len() - 1].1;
    let whole = &text[span.clone()];
    if whole.chars().count() > 40 {
        return None;
    }
    let lower = whole.to_lowercase().replace('\u{2019}', "'");
    // A lone possessive that is also a name ("Mia", Italian "my") is the name.
    let poss = lex::possessive(&text[words[0].0..words[0].1]).filter(|_| {
        words.len() > 1
            || !name_at(text, words[0].0)
                .is_some_and(|t| t.end == words[0].1 && good_name(text, t, None))
    });
    let keep = poss.is_some_and(|k| k || lex::keeps_possessive(&lower));
    let rest = if poss.is_some() && !keep {
        &words[1..]
    } else {
        words
    };
    if rest.is_empty() {
        return None;
    }
    let out = |r: &[(usize, usize)]| {
        Some(Vocative {
            words: text[r[0].0..r[r.len() - 1].1].to_string(),
            span: span.clone(),
        })
    };
    if ENDEARMENT_PHRASES.contains(lower.as_str()) {
        return out(if keep { words } else { rest });
    }
    if poss.is_some() && keep && rest.len() >= 2 {
        // French: "mon cœur", "ma belle", "mon petit chat".
        return rest[1..]
            .iter()
            .all(|&(a, b)| !with_lower(&text[a..b], is_stopword_lower))
            .then(|| out(rest))
            .flatten();
    }
    if rest.len() == 1 {
        let w = &text[rest[0].0..rest[0].1];
        if ENDEARMENTS.has(w) {
            return out(rest);
        }
        if w.chars().count() < 2 || is_ordinary_word(w) || with_lower(w, is_stopword_lower) {
            return None;
        }
        if w.chars().next().is_some_and(char::is_uppercase)
            && (is_stop_name(w) || !w.chars().any(char::is_lowercase))
        {
            return None;
        }
        return out(rest);
    }
    let content = |r: &[(usize, usize)]| {
        r.iter().all(|&(a, b)| {
            let w = &text[a..b];
            !is_ordinary_word(w) && !with_lower(w, is_stopword_lower)
        })
    };
    let (la, lb) = rest[rest.len() - 1];
    if ENDEARMENTS.has(&text[la..lb]) && content(&rest[..rest.len() - 1]) {
        return out(rest);
    }
    if poss.is_some() && content(rest) {
        return out(rest);
    }
    if rest.len() == 2
        && rest.iter().all(|&(a, _)| {
            name_at(text, a)
                .is_some_and(|t| words.iter().any(|&(_, b)| b == t.end) && good_name(text, t, None))
        })
    {
        return out(rest);
    }
    None
}

/// "Sayang, …", "My love, …" at the start of a sentence (known endearments only; not a
/// "Love,\nNova" sign-off).
fn leading_endearment(text: &str, c: usize) -> Option<Vocative> {
    let ws = word_before(text, c)?;
    let mut words = vec![(ws, c)];
    if !sentence_start(text, ws) {
        let b = text.as_bytes();
        if ws < 2 || b[ws - 1] != b' ' {
            return None;
        }
        let w1 = word_before(text, ws - 1)?;
        if !sentence_start(text, w1) || lex::possessive(&text[w1..ws - 1]).is_none() {
            return None;
        }
        words.insert(0, (w1, ws - 1));
    }
    let known = if words.len() == 1 {
        ENDEARMENTS.has(&text[ws..c])
    } else {
        let lower = text[words[0].0..c].to_lowercase();
        ENDEARMENT_PHRASES.contains(lower.as_str()) || ENDEARMENTS.has(&text[ws..c])
    };
    if !known {
        return None;
    }
    // "Love,\nNova" / "Love, Nova" closing a message is a sign-off.
    let mut k = c + 1;
    while text
        .as_bytes()
        .get(k)
        .is_some_and(|b| b.is_ascii_whitespace())
    {
        k += 1;
    }
    if let Some(t) = name_at(text, k)
        && text[t.end..].trim().len() <= 8
    {
        return None;
    }
    validate(text, &words)
}

// ---------------------------------------------------------------------------------------------
// The user's own name.

static SELF_NAMES: LazyLock<Table<(Lang, Shape)>> = LazyLock::new(|| {
    Table::new(PACKS.iter().flat_map(|pack| {
        pack.user_self
            .iter()
            .flat_map(move |&(shape, ps)| phrases(ps).map(move |p| (p, (pack.lang, shape))))
    }))
});

/// The user's own name, from profiles ("Preferred name: Mira", "I'm Mira, 29, a nurse"),
/// saved memories ("User's name is Mira.", "The user prefers to be called Mira", "Nama
/// pengguna adalah Sari", "El usuario se llama Carmen") and self-introductions ("Hi, I'm
/// Mira."), in every language with patterns. Only capitalised names, deduplicated, in order.
pub(crate) fn user_self_names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    SELF_NAMES.each(text, |s, e, (lang, shape)| {
        if shape == Shape::Start && s > 48 {
            return true;
        }
        if let Some(t) = name_after(text, e, false, Some(lang))
            && (shape != Shape::Start || at_end(text, t.end, true))
            && !title_case_run(text, t)
            && !about_someone_else(text, s)
        {
            let name = &text[t.start..t.end];
            if !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
        true
    });
    out
}

/// "Sahabat pengguna bernama Ayu", "the user's sister, named Mia": a person or pet noun just
/// before the phrase makes the name theirs, not the user's.
fn about_someone_else(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches([' ', ',', '\'', '\u{2019}']);
    let before = before.strip_suffix("'s").unwrap_or(before);
    let Some(ws) = word_before(before, before.len()) else {
        return false;
    };
    let mut w = before[ws..].to_lowercase();
    // "User's sister": the word before the owner.
    if matches!(
        w.as_str(),
        "user"
            | "pengguna"
            | "usuario"
            | "usuária"
            | "usuário"
            | "usuaria"
            | "nutzer"
            | "nutzerin"
            | "utilisateur"
            | "utilisatrice"
            | "utente"
    ) && let Some(prev) = word_before(before[..ws].trim_end(), before[..ws].trim_end().len())
    {
        w = before[prev..ws].trim().to_lowercase();
    }
    PERSON_SET.contains(w.as_str()) || PET_SET.contains(w.as_str())
}

// ---------------------------------------------------------------------------------------------
// Names the user talks about.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MKind {
    /// "my cat Biscuit", "a cat named Biscuit".
    Rel(Mention),
    /// "Pak Budi", "Frau Berger".
    Title,
    /// "Biscuit (my cat)".
    Paren,
    /// "Biscuit, my cat".
    CommaPoss,
    /// "in Lisbon".
    Place,
}

/// Every pack's phrases of one kind.
fn pack_phrases(
    get: fn(&LangPack) -> &'static str,
) -> impl Iterator<Item = &'static str> + 'static {
    PACKS.iter().flat_map(move |p| phrases(get(p)))
}

static PET_SET: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| pack_phrases(|p| p.pets).collect());
static PERSON_SET: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| pack_phrases(|p| p.persons).collect());
static DETERMINERS: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.determiners));

static MENTIONS: LazyLock<Table<MKind>> = LazyLock::new(|| {
    let mut e: Vec<(&'static str, MKind)> = Vec::new();
    e.extend(pack_phrases(|p| p.pets).map(|p| (p, MKind::Rel(Mention::Pet))));
    e.extend(pack_phrases(|p| p.persons).map(|p| (p, MKind::Rel(Mention::Person))));
    e.extend(pack_phrases(|p| p.honorifics).map(|p| (p, MKind::Title)));
    e.extend(pack_phrases(|p| p.places).map(|p| (p, MKind::Place)));
    e.push(("(", MKind::Paren));
    e.extend(pack_phrases(|p| p.comma_possessives).map(|p| (p, MKind::CommaPoss)));
    Table::new(e)
});

/// The relation noun (pet or person) at `i`, possibly after a possessive or a determiner,
/// or both ("il mio gatto"): its kind and end.
fn relation_at(text: &str, i: usize) -> Option<(Mention, usize)> {
    let mut i = skip_spaces(text, i);
    for _ in 0..2 {
        let Some(e) = word_at(text, i) else { break };
        let w = &text[i..e];
        if lex::possessive(w).is_none() && !DETERMINERS.has(w) {
            break;
        }
        i = skip_spaces(text, e);
    }
    // Up to three words ("compañero de trabajo"), longest first.
    let mut ends = Vec::with_capacity(3);
    let mut k = i;
    for _ in 0..3 {
        let Some(e) = word_at(text, k) else { break };
        ends.push(e);
        if text.as_bytes().get(e) != Some(&b' ') {
            break;
        }
        k = e + 1;
    }
    for &e in ends.iter().rev() {
        let found = with_lower(&text[i..e], |w| {
            if PET_SET.contains(w) {
                Some(Mention::Pet)
            } else if PERSON_SET.contains(w) {
                Some(Mention::Person)
            } else {
                None
            }
        });
        if let Some(m) = found {
            return Some((m, e));
        }
    }
    None
}

/// A name right before `end` (spaces skipped backwards): "Biscuit (my cat)".
fn name_ending_before(text: &str, end: usize) -> Option<Tok> {
    let e = text[..end].trim_end_matches([' ', '\t']).len();
    let ws = word_before(text, e)?;
    let t = name_at(text, ws)?;
    (t.end == e && !t.possessive && good_name(text, t, None)).then_some(t)
}

/// Skips a connector ("named", "bernama", "llamado", "namens", "nommé", ",") after a relation
/// noun. Returns the new position and whether it was a comma.
fn skip_connector(text: &str, i: usize) -> (usize, bool) {
    let j = skip_spaces(text, i);
    if text.as_bytes().get(j) == Some(&b',') {
        return (j + 1, true);
    }
    let rest = &text[j..];
    for c in PACKS.iter().flat_map(|p| p.connectors) {
        if rest.len() >= c.len()
            && rest.is_char_boundary(c.len())
            && rest[..c.len()].eq_ignore_ascii_case(c)
            && !rest[c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            let k = j + c.len();
            let comma = c.ends_with(',');
            return (k, comma);
        }
    }
    (j, false)
}

/// Place names may run to two capitalised words ("Mexico City", "Cape Town").
fn place_after(text: &str, i: usize) -> Option<Range<usize>> {
    let t = name_after(text, i, false, None)?;
    Some(t.start..second_word_end(text, t.end))
}

/// Where a name ending at `end` ends when a second capitalised word follows it ("Nova
/// Starling", "Cape Town"); `end` itself otherwise.
fn second_word_end(text: &str, end: usize) -> usize {
    if text.as_bytes().get(end) == Some(&b' ')
        && let Some(t2) = name_at(text, end + 1)
        && !t2.possessive
        && good_name(text, t2, None)
    {
        t2.end
    } else {
        end
    }
}

fn mention_spans(text: &str) -> Vec<(Range<usize>, Mention)> {
    let mut out: Vec<(Range<usize>, Mention)> = Vec::new();
    MENTIONS.each(text, |s, e, kind| {
        match kind {
            MKind::Rel(m) => {
                // "my AI boyfriend Nova" is the companion itself.
                if let Some(ws) = word_before(text, text[..s].trim_end().len())
                    && with_lower(&text[ws..text[..s].trim_end().len()], |w| {
                        matches!(
                            w,
                            "ai" | "virtual"
                                | "digital"
                                | "chatgpt"
                                | "robot"
                                | "ki"
                                | "ia"
                                | "online"
                        )
                    })
                {
                    return true;
                }
                let (j, comma) = skip_connector(text, e);
                if let Some(t) = name_after(text, j, false, None) {
                    let ok = m == Mention::Pet
                        || !comma
                        || matches!(next_char(text, t.end), Some(',' | ')'));
                    if ok {
                        out.push((t.start..t.end, m));
                    }
                } else if let Some(t) = scan::name_at(text, skip_spaces(text, j))
                    && t.possessive
                    && good_name(text, t, None)
                {
                    // "my cat Biscuit's bowl".
                    out.push((t.start..t.end, m));
                }
            }
            MKind::Title => {
                if text.as_bytes().get(e) == Some(&b' ')
                    && let Some(t) = name_at(text, e + 1)
                    && good_name(text, t, None)
                {
                    out.push((t.start..t.end, Mention::Person));
                }
            }
            MKind::Paren => {
                if let Some((m, _)) = relation_at(text, e)
                    && let Some(t) = name_ending_before(text, s)
                {
                    out.push((t.start..t.end, m));
                }
            }
            MKind::CommaPoss => {
                if let Some((m, _)) = relation_at(text, s + 1)
                    && let Some(t) = name_ending_before(text, s)
                {
                    out.push((t.start..t.end, m));
                }
            }
            MKind::Place => {
                if let Some(r) = place_after(text, e) {
                    out.push((r, Mention::Place));
                }
            }
        }
        true
    });
    out
}

/// Names the user talks about, which are never the companion: pets ("my cat Biscuit",
/// "Biscuit (my cat)", "kucingku Mochi", "mi gato Pelusa", "meine Katze Mia", "mon chat
/// Gribouille"), people ("my friend Jonas", "my coworker Dave", "Pak Budi") and places ("I'm in
/// Lisbon", "trip to Lisbon"). Deduplicated, in order of appearance.
pub(crate) fn mentioned_names(text: &str) -> Vec<(String, Mention)> {
    let mut out: Vec<(String, Mention)> = Vec::new();
    for (r, m) in mention_spans(text) {
        let name = &text[r];
        if !out.iter().any(|(n, k)| n == name && *k == m) {
            out.push((name.to_string(), m));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Word lists.

/// Capitalised words that are never a companion's or a user's name: products and companies
/// (ChatGPT, OpenAI, Claude, Siri, Spotify, iPhone…), weekdays, months and holidays in the
/// languages with patterns, pronouns, greetings, interjections, "AI"/"Assistant", words that
/// start sentences ("The", "Today", "Sorry"…), languages and nationalities, common terms of
/// endearment, and function words of Polish, Dutch and Turkish ("Jak", "Niet", "Değil").
/// Case-insensitive; a hyphenated word is a stop name when any part is ("GPT-4o").
pub(crate) fn is_stop_name(word: &str) -> bool {
    with_lower(word, is_stop_lower)
}

/// [`is_stop_name`] for a lowercase word.
fn is_stop_lower(l: &str) -> bool {
    let l = l
        .strip_suffix("'s")
        .unwrap_or(l)
        .trim_matches(|c: char| is_apostrophe(c) || c == '.');
    STOP_NAMES.has_lower(l) || (l.contains('-') && l.split('-').any(|p| STOP_NAMES.has_lower(p)))
}

/// A known term of endearment ("love", "sayang", "Schatz", "cariño", "mon cœur"), in any of
/// the languages with patterns: a form of address that is never a name.
pub(crate) fn is_endearment(words: &str) -> bool {
    with_lower(words.trim(), |l| {
        ENDEARMENTS.has_lower(l) || ENDEARMENT_PHRASES.contains(l)
    })
}

/// A function word of any language ferry knows ("the", "is", "di", "und", "nie"), lowercase.
pub(crate) fn is_function_word(lower: &str) -> bool {
    is_stopword_lower(lower)
}

/// Ordinary words that can follow a comma without being a form of address ("really",
/// "though", "then", "okay", "please", "tomorrow", pronouns, conjunctions… in the languages
/// with patterns, and function words of Polish, Dutch and Turkish: "jak", "nie", "niet",
/// "değil"), and lowercase adverbs by suffix (-ly, -mente, -ment). Terms of endearment
/// ("love", "sayang", "cariño", "Schatz") are never ordinary.
pub(crate) fn is_ordinary_word(word: &str) -> bool {
    with_lower(word, |l| {
        if ENDEARMENTS.has_lower(l) {
            return false;
        }
        if ORDINARY.has_lower(l) {
            return true;
        }
        let lowercase_written = word.chars().next().is_some_and(char::is_lowercase);
        lowercase_written && scan::looks_like_adverb(l)
    })
}

// ---------------------------------------------------------------------------------------------
// Rituals, memories, anniversaries, boilerplate.

static RITUALS: LazyLock<Table<(Ritual, u8)>> = LazyLock::new(|| {
    Table::new(
        PACKS
            .iter()
            .flat_map(|p| p.rituals)
            .flat_map(|&(morning, level, ps)| {
                let r = if morning {
                    Ritual::Morning
                } else {
                    Ritual::Night
                };
                phrases(ps).map(move |p| (p, (r, level)))
            }),
    )
});

/// A good-morning or goodnight message in any language with patterns ("Good morning", "Morning
/// ☀️", "gm", "Selamat pagi", "Buenos días", "Bom dia", "Guten Morgen", "Bonjour"; "Goodnight",
/// "Sleep well", "Sweet dreams", "I'm heading to bed", "Selamat tidur", "Buenas noches", "Boa
/// noite", "Gute Nacht", "Bonne nuit"…). Strong phrases count near the start of the message or
/// at the start of any sentence; bare words ("Morning", "Night", "Pagi") only when they open
/// the message and are not followed by an ordinary lowercase word ("Night shifts are hard").
/// The earliest qualifying phrase decides.
pub(crate) fn ritual(text: &str) -> Option<Ritual> {
    let lead = text.len() - text.trim_start().len();
    let mut found = None;
    RITUALS.each(text, |s, e, (r, level)| {
        // "a good night's sleep".
        if next_char(text, e).is_some_and(is_apostrophe) {
            return true;
        }
        let ok = match level {
            2 => s <= lead + 120 || sentence_start(text, s),
            1 => sentence_start(text, s),
            _ => s == lead && weak_ritual_follow(text, e),
        };
        if ok {
            found = Some(r);
            return false;
        }
        true
    });
    found
}

/// After a bare "Morning"/"Night": the end, punctuation, an emoji, a name or an endearment.
fn weak_ritual_follow(text: &str, e: usize) -> bool {
    if at_end(text, e, true) {
        return true;
    }
    let j = skip_spaces(text, e);
    if j == e {
        return false;
    }
    match word_at(text, j) {
        Some(we) => {
            let w = &text[j..we];
            ENDEARMENTS.has(w) || name_at(text, j).is_some_and(|t| good_name(text, t, None))
        }
        None => false,
    }
}

static REMEMBER: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.remember));
static ANNIVERSARY: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.anniversary));
static BOILERPLATE: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.boilerplate));

/// "Do you remember when…", "Remember when…", "Ingat nggak waktu…", "¿Te acuerdas de
/// cuando…?", "Lembra quando…", "Weißt du noch, als…", "Tu te souviens quand…".
pub(crate) fn is_remember_when(text: &str) -> bool {
    REMEMBER.any(text)
}

/// Anniversary talk: "our anniversary", "one year since we met", "a year ago today",
/// "setahun", "aniversario", "nosso aniversário" (bare Portuguese "aniversário" and French
/// "anniversaire" mean birthday and do not count), "Jahrestag", "anniversaire de notre
/// rencontre"…
pub(crate) fn is_anniversary(text: &str) -> bool {
    ANNIVERSARY.any(text)
}

/// Platform boilerplate that must never be shown as the companion's voice: "As an AI…", "As a
/// language model", "I'm just an AI", "I can't help with that", "I'm not able to",
/// content-policy talk, "I don't have feelings", "I'm ChatGPT"… in every language with patterns.
pub(crate) fn is_boilerplate(text: &str) -> bool {
    BOILERPLATE.any(text)
}

// ---------------------------------------------------------------------------------------------
// Language and keywords.

/// Byte classes for the tokenizer.
const OTHER: u8 = 0;
const ALPHA: u8 = 1;
const DIGIT: u8 = 2;
const HIGH: u8 = 3;
const JOIN: u8 = 4;

static CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 256 {
        let c = i as u8;
        t[i] = if c.is_ascii_alphabetic() {
            ALPHA
        } else if c.is_ascii_digit() || c == b'_' {
            DIGIT
        } else if c >= 0x80 {
            HIGH
        } else if c == b'\'' || c == b'-' {
            JOIN
        } else {
            OTHER
        };
        i += 1;
    }
    t
};

/// Length of the letter starting at byte `i`, if one does (ASCII fast path).
#[inline]
fn letter_len(text: &str, i: usize) -> Option<usize> {
    let c = *text.as_bytes().get(i)?;
    match CLASS[c as usize] {
        ALPHA => Some(1),
        HIGH => {
            let ch = next_char(text, i)?;
            is_letter(ch).then(|| ch.len_utf8())
        }
        _ => None,
    }
}

/// Calls `f(start, end)` for each word: letters with inner apostrophes (straight or curly)
/// and hyphens. Words glued to digits ("3am", "gpt4") are skipped. Stops when `f` returns
/// `false`.
fn each_word(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = 0;
    while i < n {
        match CLASS[b[i] as usize] {
            ALPHA => {}
            DIGIT => {
                // Skip a number and whatever is glued to it.
                while i < n && matches!(CLASS[b[i] as usize], ALPHA | DIGIT) {
                    i += 1;
                }
                continue;
            }
            HIGH => {
                if letter_len(text, i).is_none() {
                    i += next_char(text, i).map_or(1, char::len_utf8);
                    continue;
                }
            }
            _ => {
                i += 1;
                continue;
            }
        }
        let s = i;
        loop {
            while i < n && CLASS[b[i] as usize] == ALPHA {
                i += 1;
            }
            if i >= n {
                break;
            }
            match CLASS[b[i] as usize] {
                HIGH => {
                    if let Some(l) = letter_len(text, i) {
                        i += l;
                        continue;
                    }
                    // A curly apostrophe between letters.
                    if b[i] == 0xE2
                        && b.get(i + 1) == Some(&0x80)
                        && b.get(i + 2) == Some(&0x99)
                        && i > s
                        && letter_len(text, i + 3).is_some()
                    {
                        i += 3;
                        continue;
                    }
                    break;
                }
                JOIN if letter_len(text, i + 1).is_some() => i += 1,
                _ => break,
            }
        }
        if i < n && CLASS[b[i] as usize] == DIGIT {
            while i < n && matches!(CLASS[b[i] as usize], ALPHA | DIGIT) {
                i += 1;
            }
            continue;
        }
        if !f(s, i) {
            return;
        }
    }
}

/// Like [`with_lower`] for words of at most 16 bytes (a smaller buffer for the hot loops).
#[inline]
fn lower_short<R: Default>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = w.as_bytes();
    if b.len() <= 16 && b.is_ascii() {
        let mut buf = [0u8; 16];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        match std::str::from_utf8(&buf[..b.len()]) {
            Ok(l) => f(l),
            Err(_) => R::default(),
        }
    } else {
        with_lower(w, f)
    }
}

pub(crate) use detect::Detected;

/// The language of a text (ISO 639-1 code, and the [`Lang`] when ferry has patterns for it),
/// or `None` when there is too little to tell: whatlang for the script and for languages
/// without patterns, a stopword profile for short chat (see `detect.rs`). Cheap: whatlang
/// reads at most the first 300 characters.
pub(crate) fn detect(text: &str) -> Option<Detected> {
    detect::detect(text)
}

/// Whether pattern scanning is worth it: `false` only for text recognised as a language ferry
/// has no patterns for ("오늘 너무 피곤해", "Nie wiem, czy dam radę"), whose words would
/// otherwise become names and pet names. Text too short to tell is scanned. The extraction
/// asks only about messages where a language's pattern found a name, so it costs a detection
/// per such message, not per message.
pub(crate) fn has_patterns(text: &str) -> bool {
    detect(text).is_none_or(|d| d.lang.is_some())
}

/// The language of a message when ferry has patterns for it: [`detect()`]'s answer, `None` for
/// other languages and for text too short to tell.
#[cfg(test)]
pub(crate) fn detect_language(text: &str) -> Option<Lang> {
    detect(text).and_then(|d| d.lang)
}

/// Stopwords, ordinary words and stop names together (lowercase), for [`keywords`].
static COMMON: LazyLock<HashSet<&'static str, FxBuild>> = LazyLock::new(|| {
    let mut s: HashSet<&'static str, FxBuild> = STOPWORDS.keys().copied().collect();
    s.extend(ORDINARY.iter());
    s.extend(STOP_NAMES.iter());
    s
});

/// Up to `max` trigger keywords for a memory or moment: capitalised names (not at the start of
/// a sentence, not stop names) in order of appearance, then the longest other words that are
/// not stopwords or ordinary words (at least 4 letters; longer first, then earlier first).
/// Lowercased and deduplicated.
pub(crate) fn keywords(text: &str, max: usize) -> Vec<String> {
    if max == 0 {
        return Vec::new();
    }
    // Word ranges first; lowercase only what is kept.
    let mut names: Vec<(usize, usize)> = Vec::new();
    let mut others: Vec<(usize, usize, usize)> = Vec::with_capacity(text.len() / 12);
    let common = &*COMMON;
    each_word(text, |s, e| {
        let w = &text[s..e];
        let first = text.as_bytes()[s];
        let capital = if first < 0x80 {
            first.is_ascii_uppercase()
        } else {
            w.chars().next().is_some_and(char::is_uppercase)
        };
        let chars = if w.is_ascii() {
            w.len()
        } else {
            w.chars().count()
        };
        if capital && chars >= 2 && w.chars().any(char::is_lowercase) && !sentence_start(text, s) {
            if !is_stop_name(w) {
                names.push((s, e));
            }
            return true;
        }
        if chars >= 4
            && lower_short(w, |l| {
                !common.contains(l) && (capital || !scan::looks_like_adverb(l))
            })
        {
            others.push((chars, s, e));
        }
        true
    });
    others.sort_unstable_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut out: Vec<String> = Vec::new();
    let ranges = names
        .into_iter()
        .chain(others.into_iter().map(|(_, s, e)| (s, e)));
    for (s, e) in ranges {
        if out.len() >= max {
            break;
        }
        let w = text[s..e].to_lowercase().replace('\u{2019}', "'");
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The subject of a saved memory.

/// The name a saved memory is about, when it opens with one: "Mimi's cat is named Biscuit",
/// "Jonas' Schwester heißt Mia", "Sari tinggal di Bandung", "Carmen y Luna comparten…".
/// Saved memories are written about the person, so the name they open with is theirs far
/// more often than not; the caller counts it over every distinct memory.
pub(crate) fn memory_subject(text: &str) -> Option<String> {
    let text = text.trim_start();
    let t = name_at(text, 0)?;
    let w = &text[t.start..t.end];
    if !good_name(text, t, None) || is_ordinary_word(w) || is_honorific(w) {
        return None;
    }
    // An elided article: "L'utilisateur", "D'après".
    if let Some((_, after)) = w.split_once(['\'', '\u{2019}'])
        && after.chars().next().is_some_and(char::is_lowercase)
    {
        return None;
    }
    let rest = &text[t.end..];
    let follows = t.possessive
        || rest.starts_with("' ")
        || rest.starts_with("\u{2019} ")
        || rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase);
    follows.then(|| w.to_owned())
}

fn is_honorific(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, FxBuild>> =
        LazyLock::new(|| pack_phrases(|p| p.honorifics).collect());
    with_lower(w, |l| SET.contains(l))
}
