//! The language of a text.
//!
//! Two detectors, each used where it is good:
//! - [`whatlang`] (trigram profiles of 70 languages) decides every language not written in
//!   Latin script (Korean, Japanese, Russian…), and longer Latin-script text whose function
//!   words ferry does not know (Swedish, Czech, Vietnamese…). It is weak on a few words of
//!   chat (in the comparison table short Indonesian came out Javanese or Tagalog, short
//!   English Finnish or Uzbek) and slow: about 100 µs for a 77-character message (release
//!   build), against a few µs for the profile.
//! - A stopword profile decides short and long Latin-script text among the languages with
//!   patterns plus Polish, Dutch, Turkish and Catalan (the words of `lang/other.rs`): one
//!   pass over the words, a hash lookup each, at most 60 stopwords read. The same pass notes
//!   the lowercase words with letters a language never writes ([`super::LangPack::letters`]):
//!   short Spanish shares "a" and "mi" with Italian, but "extraño a mi papá" has "ñ" and "á",
//!   which Italian does not write, so Italian is ruled out ([`Profile::allows`]).
//!
//! In Latin script, whatlang is asked only (1) to break a tie between the profile's leading
//! languages (restricted to them: five times cheaper, and "tu me manques" is French, not
//! Spanish), (2) when a longer text has stopwords for under a quarter of its words and fewer
//! than eight (Swedish looks Dutch by "om", "en"), and (3) when the profile has nothing and
//! the text is long enough for whatlang to be sure. The comparison that chose this is the
//! test table in `tests.rs` (`detector_comparison`). whatlang reads at most the first
//! [`CLIP_CHARS`] characters.

use super::lex::{self, PROFILE, PROFILE_LANGS, PROFILE8, profile_lang};
use super::scan::is_letter;
use super::{ALPHA, CLASS, HIGH, JOIN, Lang, PACKS};

/// The language of a text: its ISO 639-1 code, and the [`Lang`] when ferry has patterns
/// for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Detected {
    /// ISO 639-1: "en", "ko", "pl"…
    pub(crate) code: &'static str,
    /// `Some` only for languages with patterns.
    pub(crate) lang: Option<Lang>,
    /// The script the text was read in.
    pub(crate) script: whatlang::Script,
    /// `false` for a guess on short text: whatlang's unreliable answer in a script several
    /// languages write (short Russian is often read as Ukrainian, Belarusian or Serbian,
    /// short Persian as Urdu), or a short message that one stopword decides ("hej Saga" is
    /// Polish by "hej", and Swedish too). The voice does not list a language only guessed
    /// when another of its script was detected surely (`voice.rs`).
    pub(crate) sure: bool,
}

/// How much of a text whatlang reads.
pub(crate) const CLIP_CHARS: usize = 300;

/// At most [`CLIP_CHARS`] characters from the start, on a char boundary.
fn clip(text: &str) -> &str {
    // No more bytes than that: no more characters. That many ASCII bytes: that many
    // characters.
    if text.len() <= CLIP_CHARS {
        return text;
    }
    if text.as_bytes()[..CLIP_CHARS].is_ascii() {
        return &text[..CLIP_CHARS];
    }
    match text.char_indices().nth(CLIP_CHARS) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// Stopword counts per profile language.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Profile {
    pub(crate) counts: [u32; PROFILE_LANGS],
    /// Words that were a stopword of some language.
    pub(crate) stopwords: u32,
    /// Words read.
    pub(crate) words: u32,
    /// Per profile language, the lowercase words read with a letter it never writes
    /// ([`lex::FOREIGN`]).
    pub(crate) foreign: [u32; PROFILE_LANGS],
    /// The languages of each of the first four stopwords (bits per profile language).
    first_stopwords: [u16; 4],
}

impl Profile {
    /// The leading language among the first `n` profile languages that the text's letters
    /// allow ([`Profile::allows`]; the lowest index wins a tie), with its count and the
    /// runner-up's count. A language the letters rule out counts nothing.
    fn lead(&self, n: usize) -> (usize, u32, u32) {
        let count = |i: usize| if self.allows(i) { self.counts[i] } else { 0 };
        let mut best = 0;
        for i in 1..n {
            if count(i) > count(best) {
                best = i;
            }
        }
        let second = (0..n).filter(|&i| i != best).map(count).max().unwrap_or(0);
        (best, count(best), second)
    }

    /// Whether the text may be in profile language `i` as far as its letters tell: false
    /// when at least one word in eight (any word, in a text of up to eight) is lowercase and
    /// has a letter the language never writes ("extraño a mi papá" is not Italian, whatever
    /// its stopwords say). One borrowed word in a longer text ("mañana" in an Italian
    /// message) does not rule its language out, nor does a capitalised name ("José").
    fn allows(&self, i: usize) -> bool {
        self.foreign[i] == 0 || self.foreign[i] * 8 < self.words
    }

    /// Whether one of the first four stopwords is language `i`'s alone among the languages
    /// the letters allow. Short chat needs one: "hi Meera kaisi ho" (romanized Hindi) has
    /// two Catalan stopwords, but "hi" is English too and "ho" Italian too.
    fn has_own_stopword(&self, i: usize) -> bool {
        let allowed = (0..PROFILE_LANGS)
            .filter(|&l| self.allows(l))
            .fold(0u16, |m, l| m | 1 << l);
        self.first_stopwords.iter().any(|&m| m & allowed == 1 << i)
    }
}

/// Whether `best` clearly leads `second` (by a fifth of `best`).
fn clear(best: u32, second: u32) -> bool {
    best > second && (best - second) * 5 >= best
}

/// Counts stopwords per profile language, reading at most 60 stopwords.
pub(crate) fn profile(text: &str) -> Profile {
    let mut p = Profile {
        counts: [0; PROFILE_LANGS],
        stopwords: 0,
        words: 0,
        foreign: [0; PROFILE_LANGS],
        first_stopwords: [0; 4],
    };
    let foreign_table = &*lex::FOREIGN;
    // The profile languages that never write a letter (one beyond ASCII).
    let foreign_of = |ch: char| -> u16 {
        let l = u32::from(ch.to_lowercase().next().unwrap_or(ch));
        match l.checked_sub(lex::FOREIGN_FROM) {
            None => 0,
            Some(k) => foreign_table[(k as usize).min(foreign_table.len() - 1)],
        }
    };
    let sw = &*PROFILE;
    let sw8 = &*PROFILE8;
    // One pass: ASCII words are lowercased into a buffer as they are read; words with other
    // bytes (accents, curly apostrophes) take the slow path.
    let b = text.as_bytes();
    let mut buf = [0u8; 16];
    let mut len = 0usize;
    let mut start = 0usize;
    let mut high = false;
    let mut in_word = false;
    let mask_of = |start: usize, end: usize, len: usize, high: bool, buf: &[u8; 16]| -> u16 {
        if high {
            if end - start > 16 {
                return 0;
            }
            // Lowercase into a stack buffer (curly apostrophes become straight ones).
            let mut lb = [0u8; 24];
            let mut n = 0;
            for ch in text[start..end].chars() {
                let ch = if ch == '\u{2019}' { '\'' } else { ch };
                for lc in ch.to_lowercase() {
                    if n + lc.len_utf8() > lb.len() {
                        return 0;
                    }
                    n += lc.encode_utf8(&mut lb[n..]).len();
                }
            }
            match lex::pack8(&lb[..n]) {
                Some(k) => sw8.get(&k).copied().unwrap_or(0),
                None => std::str::from_utf8(&lb[..n])
                    .ok()
                    .and_then(|w| sw.get(w).copied())
                    .unwrap_or(0),
            }
        } else if len <= 8 {
            lex::pack8(&buf[..len])
                .and_then(|k| sw8.get(&k).copied())
                .unwrap_or(0)
        } else if len <= 13 {
            std::str::from_utf8(&buf[..len])
                .ok()
                .and_then(|w| sw.get(w).copied())
                .unwrap_or(0)
        } else {
            0
        }
    };
    // The word being read: whether it starts with a capital (a name, perhaps: its letters
    // are not counted), and the languages its letters rule out.
    let mut capital = false;
    let mut foreign: u16 = 0;
    let mut add = |mask: u16, capital: bool, foreign: u16| {
        p.words += 1;
        if !capital && foreign != 0 {
            for (i, f) in p.foreign.iter_mut().enumerate() {
                *f += u32::from(foreign >> i & 1);
            }
        }
        if mask != 0 {
            if let Some(m) = p.first_stopwords.get_mut(p.stopwords as usize) {
                *m = mask;
            }
            p.stopwords += 1;
            for (i, c) in p.counts.iter_mut().enumerate() {
                *c += u32::from(mask >> i & 1);
            }
        }
        p.stopwords < 60
    };
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match CLASS[c as usize] {
            ALPHA => {
                if !in_word {
                    in_word = true;
                    start = i;
                    len = 0;
                    high = false;
                    capital = c.is_ascii_uppercase();
                    foreign = 0;
                }
                if len < 16 {
                    buf[len] = c | 0x20;
                }
                len += 1;
            }
            HIGH => {
                let ch = text[i..].chars().next().unwrap_or(' ');
                let n = ch.len_utf8();
                // Letters and, inside a word, curly apostrophes belong to the word; other
                // symbols ("¿", "¡", "…", emoji) end it, so "¿Puedes" is read as "puedes".
                if is_letter(ch) || (in_word && ch == '\u{2019}') {
                    if !in_word {
                        in_word = true;
                        start = i;
                        len = 0;
                        capital = ch.is_uppercase();
                        foreign = 0;
                    }
                    if is_letter(ch) {
                        foreign |= foreign_of(ch);
                    }
                    high = true;
                    len += n;
                } else if in_word {
                    in_word = false;
                    if !add(mask_of(start, i, len, high, &buf), capital, foreign) {
                        break;
                    }
                }
                i += n;
                continue;
            }
            JOIN if in_word && c == b'\'' => {
                if len < 16 {
                    buf[len] = c;
                }
                len += 1;
            }
            _ => {
                if in_word {
                    in_word = false;
                    if !add(mask_of(start, i, len, high, &buf), capital, foreign) {
                        break;
                    }
                }
            }
        }
        i += 1;
    }
    if in_word {
        add(mask_of(start, b.len(), len, high, &buf), capital, foreign);
    }
    p
}

/// The languages `text` may be in, from one reading of its stopwords (the whole of `text`,
/// up to 60 stopwords; its callers pass a few hundred bytes):
///
/// - those of [`super::gate::GATED`], a bit each (in that order): a language whose stopwords
///   lead the text's, or count three or more and at least two thirds of the leading
///   language's, among those its letters allow. Generous by design (a text that mixes two
///   languages opens both): a language opened for a text it is not in only costs a scan with
///   its phrases, which need its own words around them to find anything. Not more so: Polish
///   "a" and "i", Dutch "is" and "was" are English words too.
/// - every profile language it may be in (bit `i`: profile language `i`, [`profile_lang`]),
///   by the same rule except that a tie at the top keeps both; 0 when the text has fewer than
///   two stopwords, too little to tell.
pub(crate) fn languages(text: &str) -> (u8, u32) {
    let p = profile(text);
    let (best, top, second) = p.lead(PROFILE_LANGS);
    let count = |i: usize| if p.allows(i) { p.counts[i] } else { 0 };
    // The most stopwords of a language other than `i`.
    let others = |i: usize| if best == i { second } else { top };
    let mut open = 0u8;
    for (bit, lang) in super::gate::GATED.iter().enumerate() {
        let i = *lang as usize;
        let (c, others) = (count(i), others(i));
        if c > 0 && (c > others || (c >= 3 && c * 3 >= others * 2)) {
            open |= 1 << bit;
        }
    }
    let mut may = 0u32;
    if p.stopwords >= 2 {
        for i in 0..PROFILE_LANGS {
            let (c, others) = (count(i), others(i));
            if c > 0 && (c >= others || (c >= 3 && c * 3 >= others * 2)) {
                may |= 1 << i;
            }
        }
    }
    (open, may)
}

/// The rule of the stopword detector ferry had before whatlang (over today's lists): among
/// the languages with patterns only, at least two stopwords and a clear lead. Kept for the
/// comparison test.
#[cfg(test)]
pub(crate) fn stopword_language(text: &str) -> Option<Lang> {
    let p = profile(text);
    let (best, n, second) = p.lead(PACKS.len());
    (n >= 2 && clear(n, second)).then(|| PACKS[best].lang)
}

/// whatlang alone, on the clipped text. Kept for the comparison test.
#[cfg(test)]
pub(crate) fn whatlang_code(text: &str) -> Option<&'static str> {
    whatlang::detect(clip(text)).map(|i| iso_639_1(i.lang()))
}

fn detected(code: &'static str) -> Detected {
    Detected {
        code,
        lang: PACKS.iter().find(|p| p.code == code).map(|p| p.lang),
        script: whatlang::Script::Latin,
        sure: true,
    }
}

/// The writing system of a text, as far as [`detect`] needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    /// No letters at all.
    None,
    /// Latin letters are the majority (ties included); whether any is not ASCII.
    Latin { accents: bool },
    /// Another script is: whatlang decides.
    Other,
}

/// Counts Latin and other letters (one pass, ASCII fast path). Cheaper than
/// `whatlang::detect_script`, which ranks every script.
fn script(text: &str) -> Script {
    let (mut latin, mut other, mut accents) = (0u32, 0u32, false);
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // 32 bytes of ASCII at a time: their letters counted in one go.
        let block = &b[i..(i + 32).min(b.len())];
        if block.is_ascii() {
            latin += block.iter().filter(|c| c.is_ascii_alphabetic()).count() as u32;
            i += block.len();
            continue;
        }
        let c = b[i];
        if c < 0x80 {
            latin += u32::from(c.is_ascii_alphabetic());
            i += 1;
            continue;
        }
        let Some(ch) = text[i..].chars().next() else {
            break;
        };
        i += ch.len_utf8();
        tally_beyond_ascii(ch, &mut latin, &mut other, &mut accents);
    }
    script_of(latin, other, accents)
}

/// Counts a character beyond ASCII for [`script`]: a Latin letter with an accent, or a
/// letter of another script.
fn tally_beyond_ascii(ch: char, latin: &mut u32, other: &mut u32, accents: &mut bool) {
    if ('\u{c0}'..='\u{24f}').contains(&ch) || ('\u{1e00}'..='\u{1eff}').contains(&ch) {
        *latin += u32::from(ch.is_alphabetic());
        *accents = true;
    } else if ch.is_alphabetic() {
        *other += 1;
    }
}

/// The script from the letters counted.
fn script_of(latin: u32, other: u32, accents: bool) -> Script {
    match (latin, other) {
        (0, 0) => Script::None,
        (l, o) if l >= o => Script::Latin { accents },
        _ => Script::Other,
    }
}

/// whatlang's confidence that overrules a stopword lead resting on under a quarter of the
/// words.
const LOW_COVERAGE_CONFIDENCE: f64 = 0.5;

/// Fewer words than this and whatlang is not asked about Latin-script text: it is rarely
/// reliable on so little, and it is the slow part (about 50 times the stopword profile).
const WHATLANG_MIN_WORDS: u32 = 5;

/// Fewer words than this, plain ASCII, and whatlang is not asked either: such text whose
/// stopwords do not decide is mostly English without function words ("Sweet dreams, love 🌙
/// Same time tomorrow?"), and the Latin-script languages whatlang would add mostly write
/// accents.
const WHATLANG_MIN_ASCII_WORDS: u32 = 12;

/// The language of `text`, or `None` when there is too little to tell (no letters, a lone
/// word, a name, a short message whose few stopwords are shared): whatlang for text mostly in
/// a script other than Latin; for Latin script, the stopword profile when it clearly leads
/// (two stopwords, or one in a message of two to four words: "aku pulang"), with whatlang in
/// the three cases of the module docs.
pub(crate) fn detect(text: &str) -> Option<Detected> {
    let clipped = clip(text);
    let accents = match script(clipped) {
        Script::None => return None,
        // Cyrillic: by the letters and common words of each language that writes it.
        Script::Other if whatlang::detect_script(clipped) == Some(whatlang::Script::Cyrillic) => {
            return super::cyrillic::read(clipped).map(|r| Detected {
                script: whatlang::Script::Cyrillic,
                sure: r.sure,
                ..detected(r.code)
            });
        }
        Script::Other => {
            return whatlang::detect(clipped).map(|i| Detected {
                script: i.script(),
                sure: i.is_reliable(),
                ..detected(iso_639_1(i.lang()))
            });
        }
        Script::Latin { accents } => accents,
    };
    let p = profile(text);
    let (best, n, second) = p.lead(PROFILE_LANGS);
    let short = (2..=4).contains(&p.words);
    // A longer text of which few words are stopwords may be a language without a profile
    // (Swedish "om", "en" look Dutch; Czech "a", "mi" look Italian). Eight stopwords of one
    // language are evidence enough however long the text (technical replies have many
    // content words), and spare whatlang's cost on long replies.
    let enough = if accents { 8 } else { WHATLANG_MIN_ASCII_WORDS };
    let sparse = p.words >= enough && n * 4 < p.words && n < 8;
    if clear(n, second) && (n >= 2 || (short && n == 1)) && (!short || p.has_own_stopword(best)) {
        let (code, lang) = profile_lang(best);
        let found = Detected {
            code,
            lang,
            script: whatlang::Script::Latin,
            sure: n >= 2,
        };
        // whatlang has the last word unless it is unsure (Turkish, agglutinative, also has
        // few stopwords: whatlang's guesses for it are Azerbaijani or Turkmen at low
        // confidence).
        if sparse {
            return match whatlang::detect(clipped) {
                Some(i) if i.confidence() >= LOW_COVERAGE_CONFIDENCE => {
                    Some(detected(iso_639_1(i.lang())))
                }
                _ => Some(found),
            };
        }
        return Some(found);
    }
    if n >= 2 && !sparse {
        // Plain ASCII text in which English has as many stopwords as any language is
        // English: the languages it ties with write accents, and whatlang cannot tell them
        // apart on a few words ("nova i miss my grandma": "i" and "my" are Polish too).
        if !accents
            && let Some(en) = (0..PROFILE_LANGS).find(|&i| profile_lang(i).0 == "en")
            && p.counts[en] == n
        {
            return Some(Detected {
                sure: false,
                ..detected("en")
            });
        }
        // Stopwords of several languages and none clearly ahead ("de", "que", "a" are
        // Spanish, Portuguese and French): whatlang picks among those languages only, which
        // is both more accurate and about five times cheaper than asking it about all.
        // English stays in the running for plain ASCII text with one of its stopwords: a
        // short English reply around a borrowed endearment ("Sleep tight, mi cielo. Tomorrow
        // is a fresh page") has more Italian and Polish stopwords ("mi", "a") than English.
        let candidates: Vec<whatlang::Lang> = (0..PROFILE_LANGS)
            .filter(|&i| {
                let english = !accents && profile_lang(i).0 == "en" && p.counts[i] >= 1;
                p.allows(i) && ((p.counts[i] >= 2 && p.counts[i] * 5 >= n * 4) || english)
            })
            .filter_map(|i| whatlang_lang(profile_lang(i).0))
            .collect();
        if candidates.len() >= 2 {
            return whatlang::Detector::with_allowlist(candidates)
                .detect(clipped)
                .map(|i| detected(iso_639_1(i.lang())));
        }
    }
    if p.words < WHATLANG_MIN_WORDS || (!accents && p.words < WHATLANG_MIN_ASCII_WORDS) {
        return None;
    }
    // The letters ruled out the languages whose stopwords are there: a language without a
    // profile that shares a few short words with one ("om", "en" of Swedish look Dutch, but
    // "gå", "lång" are not), as in the sparse case above.
    if (0..PROFILE_LANGS).any(|i| p.counts[i] > 0 && !p.allows(i)) {
        return whatlang::detect(clipped)
            .filter(|i| i.confidence() >= LOW_COVERAGE_CONFIDENCE)
            .map(|i| detected(iso_639_1(i.lang())));
    }
    let info = whatlang::detect(clipped)?;
    info.is_reliable().then(|| detected(iso_639_1(info.lang())))
}

/// The whatlang language of a profile language's code.
fn whatlang_lang(code: &str) -> Option<whatlang::Lang> {
    use whatlang::Lang::*;
    Some(match code {
        "en" => Eng,
        "id" => Ind,
        "es" => Spa,
        "pt" => Por,
        "de" => Deu,
        "fr" => Fra,
        "it" => Ita,
        "pl" => Pol,
        "nl" => Nld,
        "tr" => Tur,
        "ca" => Cat,
        _ => return None,
    })
}

/// The ISO 639-1 code of a whatlang language.
pub(super) fn iso_639_1(l: whatlang::Lang) -> &'static str {
    use whatlang::Lang::*;
    match l {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        Cym => "cy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The script counted one character at a time, as before the ASCII blocks.
    fn script_by_characters(text: &str) -> Script {
        let (mut latin, mut other, mut accents) = (0u32, 0u32, false);
        for ch in text.chars() {
            if ch.is_ascii() {
                latin += u32::from(ch.is_ascii_alphabetic());
            } else {
                tally_beyond_ascii(ch, &mut latin, &mut other, &mut accents);
            }
        }
        script_of(latin, other, accents)
    }

    proptest::proptest! {
        /// The clip and the script read ASCII in blocks and give what reading characters
        /// gives, around the clip's length and the blocks' edges.
        #[test]
        fn ascii_blocks_read_as_characters_do(
            s in "[a-z 1.\u{e9}\u{416}\u{3042}\u{1F49B}]{0,20}[a-z ]{0,330}[\u{e9}\u{416}]{0,3}",
        ) {
            let reference = match s.char_indices().nth(CLIP_CHARS) {
                Some((i, _)) => &s[..i],
                None => s.as_str(),
            };
            proptest::prop_assert_eq!(clip(&s), reference);
            proptest::prop_assert_eq!(script(&s), script_by_characters(&s));
        }
    }
}
