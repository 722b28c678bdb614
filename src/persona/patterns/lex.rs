//! Word sets: stop names, ordinary words, terms of endearment and per-language stopwords,
//! built once from the language packs ([`super::lang`]) plus the language-neutral lists kept
//! here (products, AI words).
//!
//! Everything is lowercase and whitespace-separated; [`WordSet`] splits the lists once and
//! answers case-insensitive lookups without allocating for ASCII words.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use super::Lang;
use super::lang::{PACKS, other, phrases};

/// A small, fast, non-cryptographic hasher for short-word lookups (rustc's FxHash).
pub(crate) type FxBuild = rustc_hash::FxBuildHasher;

/// Every language, a bit each: the languages of a word no list limits to some (products,
/// AI words), and what is read when the languages are not known.
pub(crate) const ALL_LANGS: u32 = u32::MAX;

/// `text` lowercased with curly apostrophes made straight, as every table is written: one
/// ASCII pass for ASCII text (most of it), else `to_lowercase` and the apostrophes.
pub(crate) fn lower_folded(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        text.to_lowercase().replace('\u{2019}', "'")
    }
}

/// Calls `f` with the lowercase form of `w` (a stack buffer for short ASCII words; curly
/// apostrophes become straight ones).
#[inline]
pub(crate) fn with_lower<R>(w: &str, f: impl FnOnce(&str) -> R) -> R {
    let b = w.as_bytes();
    if b.len() <= 48 && b.is_ascii() {
        let mut buf = [0u8; 48];
        for (d, s) in buf.iter_mut().zip(b) {
            *d = s.to_ascii_lowercase();
        }
        // ASCII in, ASCII out.
        f(std::str::from_utf8(&buf[..b.len()]).unwrap_or(""))
    } else {
        f(&lower_folded(w))
    }
}

/// A set of lowercase words (case-insensitive lookups), each with the languages that list it
/// (a bit per profile language, [`profile_lang`]; every bit for a word no language owns).
pub(crate) struct WordSet(HashMap<&'static str, u32, FxBuild>);

impl WordSet {
    /// The words of `lists`, in every language.
    pub(crate) fn new(lists: &[&'static str]) -> WordSet {
        WordSet::by_language(lists.iter().map(|&l| (ALL_LANGS, l)))
    }
    /// The words of each list, in the languages of its mask.
    pub(crate) fn by_language(lists: impl IntoIterator<Item = (u32, &'static str)>) -> WordSet {
        let mut s: HashMap<&'static str, u32, FxBuild> = HashMap::with_hasher(FxBuild::default());
        for (langs, l) in lists {
            for w in l.split_whitespace() {
                *s.entry(w).or_default() |= langs;
            }
        }
        WordSet(s)
    }
    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.keys().copied()
    }
    /// `w` must already be lowercase.
    #[inline]
    pub(crate) fn has_lower(&self, w: &str) -> bool {
        self.0.contains_key(w)
    }
    /// The languages that list `w` (lowercase already), 0 for none.
    #[inline]
    pub(crate) fn langs_of(&self, w: &str) -> u32 {
        self.0.get(w).copied().unwrap_or(0)
    }
    #[inline]
    pub(crate) fn has(&self, w: &str) -> bool {
        with_lower(w, |l| self.0.contains_key(l))
    }
}

// ---------------------------------------------------------------------------------------------
// Stop names: capitalised words that are never a companion's or user's name.

const STOP_PRODUCTS: &str = "
chatgpt gpt gpts gpt-3 gpt-4 gpt-4o gpt-5 gpt3 gpt4 gpt4o gpt5 openai open-ai claude anthropic
gemini bard siri alexa cortana copilot bing google googling replika character pi llama mistral
perplexity grok xai dall-e dalle midjourney whisper deepseek qwen meta facebook instagram
insta whatsapp telegram signal twitter tiktok snapchat reddit discord youtube twitch spotify
netflix hulu disney amazon apple iphone ipad ipod imac macbook mac macos ios android samsung
microsoft windows linux ubuntu excel powerpoint outlook word docs gmail notion slack zoom
teams skype uber lyft airbnb ebay paypal venmo wikipedia github gitlab stackoverflow python
rust javascript typescript java kotlin swift golang php sql html css json yaml bash node
react vue django flask pandas numpy docker kubernetes aws azure api apis url http https chrome
firefox safari edge duolingo kindle goodreads tinder bumble hinge pinterest linkedin
playstation xbox nintendo switch steam minecraft roblox fortnite pokemon pokémon zelda
starbucks mcdonald's mcdonalds ikea tesla grammarly canva figma photoshop chatbot chatbots
bot bots llm llms gpt's openai's
";

const STOP_AI: &str = "
ai a.i. ia ki assistant assistants asisten asistente assistente assistentin assistent model
models modelo modell modèle user users utilisateur utilisatrice usuario usuaria usuário
usuária nutzer nutzerin pengguna human humano humain mensch manusia robot robots machine
computer program software system sistema système language companion compañero companheiro
begleiter compagnon teman chat chatty
";

/// Weekdays, months and holidays: the first group of every pack's `stop_names`, each in its
/// language. Never a name in running text ("in June"), but one when it is given or used as a
/// name ("call you June", "morning june"); another language's month is a name ("Marco" is
/// Portuguese "março" without its cedilla, "Mei" Indonesian and Dutch May).
pub(crate) static CALENDAR: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::by_language(
        PACKS
            .iter()
            .enumerate()
            .filter_map(|(i, p)| Some((1 << i, *p.stop_names.first()?))),
    )
});

pub(crate) static STOP_NAMES: LazyLock<WordSet> = LazyLock::new(|| {
    // Products and AI words are never a name, whatever the language; the rest is a name
    // where the language that lists it is not read (`words.rs`).
    let mut lists = vec![(ALL_LANGS, STOP_PRODUCTS), (ALL_LANGS, STOP_AI)];
    for (i, p) in PACKS.iter().enumerate() {
        lists.extend(p.stop_names.iter().map(|&group| (1 << i, group)));
    }
    lists.extend(other_function_words());
    WordSet::by_language(lists)
});

/// The function words of the languages without patterns, each with its profile bit.
fn other_function_words() -> impl Iterator<Item = (u32, &'static str)> {
    other::FUNCTION_WORDS
        .iter()
        .enumerate()
        .map(|(j, (_, w, _, _))| (1 << (PACKS.len() + j), *w))
}

// ---------------------------------------------------------------------------------------------
// Ordinary words: what may follow a comma without being a form of address.

pub(crate) static ORDINARY: LazyLock<WordSet> = LazyLock::new(|| {
    let packs = PACKS.iter().enumerate().map(|(i, p)| (1 << i, p.ordinary));
    WordSet::by_language(packs.chain(other_function_words()))
});

// ---------------------------------------------------------------------------------------------
// Terms of endearment (single words, and fixed multi-word forms as written).

pub(crate) static ENDEARMENTS: LazyLock<WordSet> = LazyLock::new(|| {
    let lists: Vec<&'static str> = PACKS.iter().map(|p| p.endearments).collect();
    WordSet::new(&lists)
});

/// [`super::LangPack::plain_endearments`] of every language.
pub(crate) static PLAIN_ENDEARMENTS: LazyLock<WordSet> = LazyLock::new(|| {
    let lists: Vec<&'static str> = PACKS.iter().map(|p| p.plain_endearments).collect();
    WordSet::new(&lists)
});

pub(crate) static ENDEARMENT_PHRASES: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| {
        PACKS
            .iter()
            .flat_map(|p| phrases(p.endearment_phrases))
            .collect()
    });

/// Words that open a known two-word endearment with no possessive in it ("little" of
/// "little one", "sweet" of "sweet pea"): before another word they make a form of address of
/// it ("little fox", "sweet girl"), as [`super::vocatives()`] reads them.
pub(crate) static ENDEARMENT_OPENERS: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| {
        PACKS
            .iter()
            .flat_map(|p| phrases(p.endearment_phrases))
            .filter_map(|phrase| {
                let mut words = phrase.split_whitespace();
                let (first, second) = (words.next()?, words.next()?);
                // Not "my love", nor Italian "amore mio" (the possessive after).
                let possessive = |w: &str| POSSESSIVES.contains_key(w);
                (words.next().is_none() && !possessive(first) && !possessive(second))
                    .then_some(first)
            })
            .collect()
    });

/// Possessive → whether its language keeps it in the form of address.
static POSSESSIVES: LazyLock<HashMap<&'static str, bool, FxBuild>> = LazyLock::new(|| {
    let mut m = HashMap::with_hasher(FxBuild::default());
    for p in PACKS {
        for w in p.possessives.split_whitespace() {
            m.entry(w).or_insert(p.keeps_possessive);
        }
    }
    m
});

static FIXED_POSSESSIVE: LazyLock<HashSet<&'static str, FxBuild>> = LazyLock::new(|| {
    PACKS
        .iter()
        .flat_map(|p| phrases(p.fixed_possessive))
        .collect()
});

/// Leading possessives of forms of address, and whether the language keeps them in `words`.
pub(crate) fn possessive(w: &str) -> Option<bool> {
    with_lower(w, |l| POSSESSIVES.get(l).copied())
}

/// Possessive + word pairs kept whole because the bare word is no form of address
/// ("meu bem": "bem" alone means "well"; "mi vida": "vida" alone is "life").
pub(crate) fn keeps_possessive(lower_phrase: &str) -> bool {
    FIXED_POSSESSIVE.contains(lower_phrase)
}

// ---------------------------------------------------------------------------------------------
// Stopwords for language detection and keywords.

/// Bit per language (order of [`PACKS`], that is of [`Lang`]) for each stopword.
pub(crate) static STOPWORDS: LazyLock<HashMap<&'static str, u16, FxBuild>> = LazyLock::new(|| {
    const { assert!(PACKS.len() <= 16, "stopword masks are u16") };
    let mut m: HashMap<&'static str, u16, FxBuild> = HashMap::with_hasher(FxBuild::default());
    for (i, p) in PACKS.iter().enumerate() {
        for w in p.stopwords.split_whitespace() {
            *m.entry(w).or_default() |= 1 << i;
        }
    }
    m
});

/// A word of at most 8 bytes packed into an integer (little-endian, zero-padded).
#[inline]
pub(crate) fn pack8(w: &[u8]) -> Option<u64> {
    if w.is_empty() || w.len() > 8 {
        return None;
    }
    let mut buf = [0u8; 8];
    buf[..w.len()].copy_from_slice(w);
    Some(u64::from_le_bytes(buf))
}

/// How many languages the stopword profile of [`super::detect()`] tells apart: the packs (bits
/// `0..PACKS.len()`, in [`Lang`] order), then the languages of [`other::FUNCTION_WORDS`].
pub(crate) const PROFILE_LANGS: usize = PACKS.len() + other::FUNCTION_WORDS.len();

/// Bit per profile language for each stopword: [`STOPWORDS`] plus the function words of
/// languages without patterns.
pub(crate) static PROFILE: LazyLock<HashMap<&'static str, u16, FxBuild>> = LazyLock::new(|| {
    const { assert!(PROFILE_LANGS <= 16, "profile masks are u16") };
    let mut m: HashMap<&'static str, u16, FxBuild> =
        STOPWORDS.iter().map(|(w, b)| (*w, *b)).collect();
    for (i, (_, words, more, _)) in other::FUNCTION_WORDS.iter().enumerate() {
        for w in words.split_whitespace().chain(more.split_whitespace()) {
            *m.entry(w).or_default() |= 1 << (PACKS.len() + i);
        }
    }
    m
});

/// [`PROFILE`] for words of at most 8 bytes, keyed by [`pack8`] (one multiply to hash).
pub(crate) static PROFILE8: LazyLock<HashMap<u64, u16, FxBuild>> = LazyLock::new(|| {
    PROFILE
        .iter()
        .filter_map(|(w, m)| pack8(w.as_bytes()).map(|k| (k, *m)))
        .collect()
});

/// The first letter [`FOREIGN`] has an entry for: U+00C0, where the Latin-1 letters start.
pub(crate) const FOREIGN_FROM: u32 = 0xC0;

/// For each lowercase letter from U+00C0 to U+017F (Latin-1 and Latin Extended-A: every
/// accented letter of the profile languages), the profile languages that never write it, by
/// bit ([`super::LangPack::letters`]); the last entry is for any letter beyond those. A
/// language that writes any letter (English) has no bit set.
pub(crate) static FOREIGN: LazyLock<[u16; 0x181 - FOREIGN_FROM as usize]> = LazyLock::new(|| {
    let letters = |i: usize| match PACKS.get(i) {
        Some(p) => p.letters,
        None => other::FUNCTION_WORDS[i - PACKS.len()].3,
    };
    let mut t = [0u16; 0x181 - FOREIGN_FROM as usize];
    for i in 0..PROFILE_LANGS {
        let Some(own) = letters(i) else { continue };
        for (k, slot) in t.iter_mut().enumerate() {
            let c = char::from_u32(FOREIGN_FROM + k as u32);
            if c.is_none_or(|c| c.is_alphabetic() && !own.contains(c)) {
                *slot |= 1 << i;
            }
        }
    }
    t
});

/// The ISO 639-1 code of profile bit `i`, and its [`Lang`] when it has patterns.
#[inline]
pub(crate) fn profile_lang(i: usize) -> (&'static str, Option<Lang>) {
    match PACKS.get(i) {
        Some(p) => (p.code, Some(p.lang)),
        None => (other::FUNCTION_WORDS[i - PACKS.len()].0, None),
    }
}

/// The languages whose function words or ordinary words have `lower` (lowercase), a bit each.
pub(crate) fn stopword_langs(lower: &str) -> u32 {
    STOPWORDS.get(lower).map_or(0, |&m| u32::from(m)) | ORDINARY.langs_of(lower)
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        /// The ASCII path gives what `to_lowercase` and the apostrophes give.
        #[test]
        fn lower_folded_is_lowercase_with_straight_apostrophes(s in "[aZ' \u{2019}\u{C9}\u{130}\u{3A3}1-]{0,20}") {
            proptest::prop_assert_eq!(
                super::lower_folded(&s),
                s.to_lowercase().replace('\u{2019}', "'")
            );
        }
    }
}
