//! The tokenizer, the language of a text and its keywords.

use super::*;
use std::collections::HashMap;

// Language and keywords.

/// Byte classes for the tokenizer.
pub(super) const OTHER: u8 = 0;
pub(super) const ALPHA: u8 = 1;
pub(super) const DIGIT: u8 = 2;
pub(super) const HIGH: u8 = 3;
pub(super) const JOIN: u8 = 4;

pub(super) static CLASS: [u8; 256] = {
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
pub(super) fn each_word(text: &str, mut f: impl FnMut(usize, usize) -> bool) {
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

/// [`has_patterns_in`] without a kept detection.
#[cfg(test)]
pub(crate) fn has_patterns(text: &str) -> bool {
    has_patterns_in(text, &std::cell::OnceCell::new())
}

/// Whether pattern scanning is worth it: `false` only for text recognised as a language ferry
/// has no patterns for ("오늘 너무 피곤해", "Nie wiem, czy dam radę"), whose words would
/// otherwise become names and pet names. Text too short to tell is scanned. The extraction
/// asks only about messages where a language's pattern found a name, so it costs a detection
/// per such message, not per message; the detection is kept in `language` for the message's
/// other questions ([`hits_in_language`]).
pub(crate) fn has_patterns_in(
    text: &str,
    language: &std::cell::OnceCell<Option<Detected>>,
) -> bool {
    language
        .get_or_init(|| detect(text))
        .is_none_or(|d| d.lang.is_some())
}

/// The hits of name phrases that hold in `text`'s language. A text recognised as a language
/// without patterns keeps only the hits of shapes that hold in any language (`lang` `None`).
/// A text recognised surely as a language with patterns also drops the hits of another
/// language's one short word that its own phrases do not have: Spanish "mira" (look) before
/// "Sorvino" in English. Longer phrases keep their hits in any language with patterns
/// ("buongiorno Luce" in an English message). One detection per message with such a hit,
/// kept in `language` for the message's other questions.
pub(crate) fn hits_in_language(
    text: &str,
    hits: &mut Vec<NameHit>,
    language: &std::cell::OnceCell<Option<Detected>>,
) {
    if !hits.iter().any(|h| h.lang.is_some()) {
        return;
    }
    if !has_patterns_in(text, language) {
        hits.retain(|h| h.lang.is_none());
        return;
    }
    // Detected by `has_patterns_in`: `None` when there is too little to tell.
    if let Some(Some(d)) = language.get()
        && let Some(own) = d.lang
        && d.sure
    {
        hits.retain(|h| {
            h.lang
                .is_none_or(|l| l == own || !foreign_word(text, h, own))
        });
    }
}

/// Whether the phrase of `hit` (its span without the name) is one short word that no name
/// phrase of `own` has.
fn foreign_word(text: &str, hit: &NameHit, own: Lang) -> bool {
    let said = text.get(hit.span.clone()).unwrap_or_default();
    let phrase = said.replacen(hit.name.as_str(), " ", 1);
    let phrase = phrase.trim_matches(|c: char| !is_letter(c));
    if phrase.is_empty() || phrase.contains(char::is_whitespace) || phrase.chars().count() > 4 {
        return false;
    }
    let lower = phrase.to_lowercase().replace('\u{2019}', "'");
    SHORT_PHRASES
        .get(lower.as_str())
        .is_none_or(|langs| langs & (1 << own as u16) == 0)
}

/// Name phrases of one word of at most four letters, by language (bit per [`Lang`]).
static SHORT_PHRASES: LazyLock<HashMap<String, u16, FxBuild>> = LazyLock::new(|| {
    let mut m: HashMap<String, u16, FxBuild> = HashMap::with_hasher(FxBuild::default());
    let entries = name_entries(&[
        (|p| p.instruction, Cue::Instruction),
        (|p| p.user_names, Cue::UserNames),
        (|p| p.user_addresses, Cue::UserAddresses),
        (|p| p.assistant_takes, Cue::AssistantTakes),
        (|p| p.assistant_self, Cue::AssistantSelf),
        (|p| p.user_self, Cue::UserNames),
    ]);
    for (p, (_, lang, _)) in entries {
        let p = p.trim_matches(|c: char| !is_letter(c));
        if !p.contains(char::is_whitespace) && p.chars().count() <= 4 {
            *m.entry(p.to_owned()).or_default() |= 1 << lang as u16;
        }
    }
    m
});

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
        let w = super::lex::lower_folded(&text[s..e]);
        if !out.contains(&w) {
            out.push(w);
        }
    }
    out
}
