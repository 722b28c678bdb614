//! Word lists: names that are never names, endearments, function and ordinary words.

use super::*;

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
pub(super) fn is_stop_lower(l: &str) -> bool {
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
    }) || caseless::is_endearment(words)
}

/// The name in a form of address that an endearment's first word opens ("sweet Anna",
/// "little Theo"): the capitalised second word, when it is no endearment of its own.
pub(crate) fn name_after_opener(words: &str) -> Option<&str> {
    let (first, second) = words.split_once(' ')?;
    let opens = with_lower(first, |l| ENDEARMENT_OPENERS.contains(l));
    (opens
        && !second.contains(' ')
        && second.chars().next().is_some_and(char::is_uppercase)
        && !is_endearment(second))
    .then_some(second)
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

/// Whether `name` stands as a word in `text`, in any case ("Bruno", "bruno's"; not
/// "Brunori").
pub(crate) fn has_name(text: &str, name: &str) -> bool {
    has_word(&lower_folded(text), &lower_folded(name))
}

/// Whether `needle` stands in `hay` on word boundaries; both [`lower_folded`] already.
pub(crate) fn has_word(hay: &str, needle: &str) -> bool {
    !needle.is_empty()
        && hay.match_indices(needle).any(|(i, _)| {
            !hay[..i].chars().next_back().is_some_and(scan::is_word_char)
                && !hay[i + needle.len()..]
                    .chars()
                    .next()
                    .is_some_and(scan::is_word_char)
        })
}
