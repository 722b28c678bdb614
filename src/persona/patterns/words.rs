//! Word lists: names that are never names, endearments, function and ordinary words.

use std::cell::OnceCell;

use super::*;

// Word lists.

/// Capitalised words that are never a companion's or a user's name: products and companies
/// (ChatGPT, OpenAI, Claude, Siri, Spotify, iPhone…), weekdays, months and holidays in the
/// languages with patterns, pronouns, greetings, interjections, "AI"/"Assistant", words that
/// start sentences ("The", "Today", "Sorry"…), languages and nationalities, common terms of
/// endearment, and function words of Polish, Dutch and Turkish ("Jak", "Niet", "Değil").
/// Case-insensitive; a hyphenated word is a stop name when any part is ("GPT-4o"). A word a
/// language lists counts in the languages the conversation being read may be in
/// ([`gate::name_langs`]); [`Reading`] also asks the text the word stands in.
pub(crate) fn is_stop_name(word: &str) -> bool {
    Reading::here().stop_name(word)
}

/// The languages a word is read in, for the word lists that tell a name from an ordinary
/// word: "Ben", "Dan", "Per", "Nel" are function words of Turkish, Indonesian, Italian, and
/// names in English ("my name is Ben", "Goodnight, Dan."). A word counts as ordinary when a
/// language that lists it is read: the language of the phrase that found it, else one the
/// conversation may be in, English, or one of the text it stands in (asked only for a word
/// that no other language read lists, so a Spanish reply in a conversation that opened in
/// English still has its function words; a text too short to tell is read in every
/// language, as a conversation whose languages are not known).
pub(crate) struct Reading<'t> {
    /// The languages read whatever the text ([`gate::name_langs`]).
    langs: u32,
    /// The text the word stands in, and its languages once asked (`None`: not asked).
    text: Option<(&'t str, OnceCell<u32>)>,
}

impl<'t> Reading<'t> {
    /// A word read in `text`, in the conversation being read.
    pub(crate) fn of(text: &'t str) -> Reading<'t> {
        Reading {
            langs: gate::name_langs(None),
            text: Some((text, OnceCell::new())),
        }
    }

    /// A word found in `text` after a phrase of `lang` (`None`: a shape of any language, read
    /// as [`Reading::of`]).
    pub(crate) fn after_phrase(text: &'t str, lang: Option<Lang>) -> Reading<'t> {
        match lang {
            Some(_) => Reading {
                langs: gate::name_langs(lang),
                text: None,
            },
            None => Reading::of(text),
        }
    }

    /// A word read without its text: by the conversation's languages only.
    pub(crate) fn here() -> Reading<'static> {
        Reading {
            langs: gate::name_langs(None),
            text: None,
        }
    }

    /// Whether a language of `mask` (a word's, from a [`WordSet`]) is read.
    fn reads(&self, mask: u32) -> bool {
        mask & self.langs != 0
            || (mask != 0
                && self.text.as_ref().is_some_and(|(text, own)| {
                    mask & *own.get_or_init(|| match detect::languages(text).1 {
                        // Too little to tell: every language.
                        0 => lex::ALL_LANGS,
                        langs => langs,
                    }) != 0
                }))
    }

    /// [`is_stop_name`] in this reading.
    pub(crate) fn stop_name(&self, word: &str) -> bool {
        with_lower(word, |l| self.stop_lower(l))
    }

    /// [`is_stop_name`] for a lowercase word, in this reading.
    pub(crate) fn stop_lower(&self, l: &str) -> bool {
        let l = l
            .strip_suffix("'s")
            .unwrap_or(l)
            .trim_matches(|c: char| is_apostrophe(c) || c == '.');
        let stop = |w: &str| self.reads(STOP_NAMES.langs_of(w));
        stop(l) || (l.contains('-') && l.split('-').any(stop))
    }

    /// [`is_ordinary_word`] in this reading.
    pub(crate) fn ordinary_word(&self, word: &str) -> bool {
        with_lower(word, |l| {
            if ENDEARMENTS.has_lower(l) {
                return false;
            }
            if self.reads(ORDINARY.langs_of(l)) {
                return true;
            }
            let lowercase_written = word.chars().next().is_some_and(char::is_lowercase);
            lowercase_written && scan::looks_like_adverb(l)
        })
    }

    /// Whether `l` (lowercase) is a weekday, month or holiday ([`lex::CALENDAR`]) in this
    /// reading.
    pub(crate) fn calendar(&self, l: &str) -> bool {
        self.reads(lex::CALENDAR.langs_of(l))
    }

    /// Whether `lower` (a lowercase word) is a function word or an ordinary word in this
    /// reading.
    pub(crate) fn stopword_lower(&self, lower: &str) -> bool {
        self.reads(lex::stopword_langs(lower))
    }

    /// Whether `word` is a stop name, an ordinary word or a function word in this reading.
    pub(crate) fn any_ordinary(&self, word: &str) -> bool {
        self.stop_name(word)
            || self.ordinary_word(word)
            || with_lower(word, |l| self.stopword_lower(l))
    }
}

/// A known term of endearment ("love", "sayang", "Schatz", "cariño", "mon cœur"), in any of
/// the languages with patterns: a form of address that is never a name.
pub(crate) fn is_endearment(words: &str) -> bool {
    with_lower(words.trim(), |l| {
        ENDEARMENTS.has_lower(l) || ENDEARMENT_PHRASES.contains(l)
    }) || caseless::is_endearment(words)
}

/// Whether a form of address is a term of endearment a helpful stranger uses too ("friend",
/// "buddy", "amigo"): no sign of closeness on its own.
pub(crate) fn is_plain_endearment(words: &str) -> bool {
    with_lower(words.trim(), |l| lex::PLAIN_ENDEARMENTS.has_lower(l))
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
    Reading::here().stopword_lower(lower)
}

/// Ordinary words that can follow a comma without being a form of address ("really",
/// "though", "then", "okay", "please", "tomorrow", pronouns, conjunctions… in the languages
/// with patterns, and function words of Polish, Dutch and Turkish: "jak", "nie", "niet",
/// "değil"), and lowercase adverbs by suffix (-ly, -mente, -ment). Terms of endearment
/// ("love", "sayang", "cariño", "Schatz") are never ordinary. By the languages of the
/// conversation being read, as [`is_stop_name`].
pub(crate) fn is_ordinary_word(word: &str) -> bool {
    Reading::here().ordinary_word(word)
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
