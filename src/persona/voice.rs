//! How the companion speaks: style numbers, emoji, languages, greetings, sign-offs,
//! catchphrases, tone and verbatim examples.
//!
//! Replies are grouped by model and by whether their conversation looks like companion talk
//! (a name, a pet name or a ritual in it). The voice is read from the companion-like groups
//! of the companion's models; the other groups are the contrast that makes a catchphrase
//! distinctive ("Let me know if you need anything else" is everywhere, so it is not one).
//! Everything is counted in bounded maps, so memory does not grow with the export.

use std::collections::{BTreeMap, HashMap};
use std::hash::BuildHasher;

use hashbrown::hash_table::{Entry, HashTable};
use rustc_hash::FxBuildHasher;

use super::patterns::{self, TONES};
use super::spec::{Evidence, Source, Style, Tone};

/// Most distinct phrases tracked per map before the rare ones are dropped.
const MAX_PHRASES: usize = 20_000;
/// Exchanges kept per group as example candidates.
const MAX_EXEMPLARS: usize = 24;
/// Longest phrase that can be a catchphrase, greeting or sign-off.
const MAX_PHRASE_WORDS: usize = 9;
const TONE_EVIDENCE: usize = 3;

/// The emoji in `text`, in order. Only a character whose first byte is 0xE2 or more can be one
/// (U+2000 and up; ⌚ U+231A is the first counted), so the rest is skipped without decoding.
pub(crate) fn emoji_in(text: &str) -> impl Iterator<Item = char> + '_ {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while let Some(at) = next_e2_or_above(bytes, i) {
            let c = text[at..].chars().next()?;
            i = at + c.len_utf8();
            if is_emoji(c) {
                return Some(c);
            }
        }
        i = bytes.len();
        None
    })
}

/// The first index from `from` on whose byte is 0xE2 or more. Eight bytes at a time while they
/// are ASCII (most of a reply): one test of their high bits instead of eight comparisons.
fn next_e2_or_above(bytes: &[u8], from: usize) -> Option<usize> {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut i = from;
    while let Some(word) = bytes.get(i..i + 8) {
        let w = u64::from_le_bytes(word.try_into().expect("eight bytes"));
        if w & HIGH != 0
            && let Some(k) = word.iter().position(|&b| b >= 0xE2)
        {
            return Some(i + k);
        }
        i += 8;
    }
    bytes
        .get(i..)?
        .iter()
        .position(|&b| b >= 0xE2)
        .map(|k| i + k)
}

/// Whether `c` is an emoji of its own (Unicode's `Emoji` property, from `unicode-properties`):
/// a skin-tone modifier belongs to the emoji before it and is not counted again, and the few
/// characters below U+231A that have the property (digits, `#`, `©`, `™`, arrows) read as
/// text, not emoji.
#[inline]
pub(crate) fn is_emoji(c: char) -> bool {
    use unicode_properties::{EmojiStatus, UnicodeEmoji};
    // ⌚ (U+231A) is the first emoji counted: ASCII and the letters of most scripts are ruled
    // out with one comparison, before the table.
    // One table lookup: `is_emoji_char` would look the character up a second time.
    (c as u32) >= 0x231A
        && !matches!(
            c.emoji_status(),
            EmojiStatus::NonEmoji
                | EmojiStatus::NonEmojiButEmojiComponent
                | EmojiStatus::EmojiPresentationAndModifierAndEmojiComponent
        )
}

/// Counts of one phrase, with its key and its first-seen form in one allocation.
#[derive(Debug, Clone)]
struct PhraseAcc {
    /// The [`normalize`]d key, then the phrase as first written.
    text: Box<str>,
    key_len: u32,
    conversations: u32,
    last_conversation: u64,
    /// Conversations where it was said in answer to a good-morning or goodnight: what a
    /// companion says every night is a catchphrase before any other repeated sentence.
    ritual: u32,
}

impl PhraseAcc {
    fn key(&self) -> &str {
        &self.text[..self.key_len as usize]
    }

    /// The phrase as first written.
    fn display(&self) -> &str {
        &self.text[self.key_len as usize..]
    }
}

/// Phrases by the number of conversations they appear in, keyed by their [`normalize`]d
/// form. A table of 40-byte entries with one string each: up to [`MAX_PHRASES`] of them in
/// each of six sets, where a map of key and display strings took 64 bytes and two strings an
/// entry (some 4.7 MB of the peak heap of `extract` on the 400 MB benchmark, issue 14).
#[derive(Default)]
struct Phrases {
    table: HashTable<PhraseAcc>,
    hasher: FxBuildHasher,
}

impl std::fmt::Debug for Phrases {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map()
            .entries(self.table.iter().map(|p| (p.key(), p)))
            .finish()
    }
}

impl Phrases {
    #[cfg(test)]
    fn add(&mut self, phrase: &str, conversation: u64, ritual: bool) {
        self.add_key(&normalize(phrase), phrase, conversation, ritual);
    }

    /// The counts of the phrase whose [`normalize`]d form is `key`.
    fn get(&self, key: &str) -> Option<&PhraseAcc> {
        self.table
            .find(self.hasher.hash_one(key), |p| p.key() == key)
    }

    fn iter(&self) -> impl Iterator<Item = &PhraseAcc> {
        self.table.iter()
    }

    /// Counts `phrase`, whose [`normalize`]d form is `key`.
    fn add_key(&mut self, key: &str, phrase: &str, conversation: u64, ritual: bool) {
        if key.is_empty() {
            return;
        }
        let hasher = &self.hasher;
        let acc = match self.table.entry(
            hasher.hash_one(key),
            |p| p.key() == key,
            |p| hasher.hash_one(p.key()),
        ) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => {
                let mut text = String::with_capacity(key.len() + phrase.len());
                text.push_str(key);
                text.push_str(phrase);
                e.insert(PhraseAcc {
                    text: text.into_boxed_str(),
                    key_len: u32::try_from(key.len()).unwrap_or(u32::MAX),
                    conversations: 0,
                    last_conversation: 0,
                    ritual: 0,
                })
                .into_mut()
            }
        };
        if acc.last_conversation != conversation {
            acc.last_conversation = conversation;
            acc.conversations += 1;
            acc.ritual += u32::from(ritual);
        }
        if self.table.len() > MAX_PHRASES {
            // Space-saving: forget the phrases seen in one conversation only.
            self.table.retain(|p| p.conversations > 1);
            if self.table.len() > MAX_PHRASES * 3 / 4 {
                let mut counts: Vec<u32> = self.table.iter().map(|p| p.conversations).collect();
                counts.sort_unstable();
                let cut = counts[counts.len() / 2];
                self.table.retain(|p| p.conversations > cut);
            }
        }
    }
}

/// Lowercase words only: "Sleep well, starlight 🌙" → "sleep well starlight".
fn normalize(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    if phrase.is_ascii() {
        // The same words, read byte by byte: an ASCII letter or digit is what
        // `is_alphanumeric` says of its char.
        for word in phrase
            .as_bytes()
            .split(|b| !(b.is_ascii_alphanumeric() || *b == b'\''))
            .filter(|w| !w.is_empty())
        {
            if !out.is_empty() {
                out.push(' ');
            }
            out.extend(word.iter().map(|b| char::from(b.to_ascii_lowercase())));
        }
        return out;
    }
    normalize_chars(phrase, out)
}

/// [`normalize`] read by characters, into `out`: the way for text beyond ASCII.
fn normalize_chars(phrase: &str, mut out: String) -> String {
    for word in phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
    {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            out.extend(word.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.extend(word.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

/// Whether the text has a code fence (memchr's substring search, quicker than `contains`
/// on long replies).
fn has_fence(text: &str) -> bool {
    crate::text::fences(text).next().is_some()
}

/// A user message and the companion's reply.
#[derive(Debug, Clone)]
pub(crate) struct Exemplar {
    pub(crate) score: u32,
    pub(crate) user: String,
    pub(crate) reply: String,
    pub(crate) time: Option<f64>,
    pub(crate) source: Source,
    pub(crate) conversation: u64,
}

#[derive(Debug, Default)]
struct StyleAcc {
    replies: u64,
    words: u64,
    sentences: u64,
    emoji: u64,
    exclamation: u64,
    question: u64,
    list: u64,
    heading: u64,
    lowercase_start: u64,
    addressed: u64,
}

impl StyleAcc {
    fn add(&mut self, s: &StyleAcc) {
        self.replies += s.replies;
        self.words += s.words;
        self.sentences += s.sentences;
        self.emoji += s.emoji;
        self.exclamation += s.exclamation;
        self.question += s.question;
        self.list += s.list;
        self.heading += s.heading;
        self.lowercase_start += s.lowercase_start;
        self.addressed += s.addressed;
    }

    fn style(&self) -> Style {
        let replies = self.replies.max(1) as f64;
        let rate = |n: u64| round3(n as f64 / replies);
        Style {
            replies: self.replies as usize,
            words_per_reply: round1(self.words as f64 / replies),
            sentences_per_reply: round1(self.sentences as f64 / replies),
            emoji_per_reply: round3(self.emoji as f64 / replies),
            exclamation_rate: rate(self.exclamation),
            question_rate: rate(self.question),
            list_rate: rate(self.list),
            heading_rate: rate(self.heading),
            lowercase_start_rate: rate(self.lowercase_start),
            address_rate: rate(self.addressed),
        }
    }
}

/// How often a language was detected, and how surely ([`patterns::Detected::sure`]).
#[derive(Debug, Default, Clone, Copy)]
struct LangTally {
    messages: u64,
    sure: u64,
    /// The script it was read in (`None` only before the first detection is added).
    script: Option<whatlang::Script>,
}

impl LangTally {
    fn add(&mut self, other: LangTally) {
        self.messages += other.messages;
        self.sure += other.sure;
        self.script = self.script.or(other.script);
    }
}

/// The languages worth listing, most used first: each with at least a twentieth of the
/// detections, less the guesses on short text whose script another language was surely
/// detected in (short Russian read as Ukrainian or Serbian beside Russian said for sure,
/// Swedish "hej Saga" read as Polish beside Swedish).
fn listed_languages(languages: BTreeMap<&str, LangTally>) -> Vec<String> {
    let sure_in = |script: whatlang::Script, code: &str| {
        languages
            .iter()
            .any(|(c, t)| *c != code && t.sure > 0 && t.script == Some(script))
    };
    let mut kept: Vec<(&str, u64)> = languages
        .iter()
        .filter(|(code, t)| t.sure > 0 || t.script.is_none_or(|s| !sure_in(s, code)))
        .map(|(code, t)| (*code, t.messages))
        .collect();
    kept.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let total: u64 = kept.iter().map(|(_, n)| n).sum();
    kept.into_iter()
        .filter(|(_, n)| *n * 20 >= total)
        .map(|(l, _)| l.to_owned())
        .collect()
}

#[derive(Debug, Default)]
struct Group {
    conversations: u32,
    style: StyleAcc,
    emoji: HashMap<char, u64>,
    /// Replies and the person's messages before them, per detected language (ISO 639-1 code,
    /// with or without patterns).
    languages: BTreeMap<&'static str, LangTally>,
    exemplars: Vec<Exemplar>,
    tone_hits: [u64; TONES.len()],
    tone_evidence: [Vec<Evidence>; TONES.len()],
    address_evidence: Vec<Evidence>,
    /// Replies with a question / an exclamation, as quotes for the tone they show.
    question_evidence: Vec<Evidence>,
    exclamation_evidence: Vec<Evidence>,
}

/// One reply to count.
pub(crate) struct Reply<'a> {
    pub(crate) user: Option<&'a str>,
    pub(crate) addressed: bool,
    pub(crate) time: Option<f64>,
    /// Where the reply is; called only when the exchange is kept as an example candidate.
    pub(crate) source: &'a dyn Fn() -> Source,
    /// Builds the evidence quote for this reply; called only when one is kept.
    pub(crate) evidence: &'a dyn Fn() -> Evidence,
    pub(crate) conversation: u64,
    pub(crate) first_in_conversation: bool,
}

/// What [`VoiceCollector::reply`] counts in one reply and the person's words before it,
/// read from those two texts alone: everything but what depends on the replies before (the
/// running counts, the phrases seen, the languages). Pure, so the replies of a long
/// conversation are read on several threads ([`crate::par::map`]) and counted in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ReplyFacts<'a> {
    /// The reply, trimmed.
    text: &'a str,
    words: usize,
    tones: [bool; TONES.len()],
    /// Sentences: how many in all, and the short ones that can count (up to
    /// [`MAX_PHRASE_WORDS`] words; see [`ReplyFacts::of`]) with their place, their words,
    /// their normalized form and whether they are a ritual.
    sentences: usize,
    short: Vec<ShortSentence<'a>>,
    emoji: Vec<char>,
    exclaims: bool,
    asks: bool,
    list: bool,
    heading: bool,
    lowercase_start: bool,
    /// The person's words before: whether they are a ritual.
    user_ritual: bool,
    /// An example candidate by its shape (plain text of 3–70 words answering 1–50 words),
    /// with the points of [`VoiceCollector::reply`]'s score that do not depend on the rest.
    /// Whether it is the platform's boilerplate, which is no example, is asked only of a
    /// candidate that would be kept ([`VoiceCollector::reply`]): few are, and the scan was 12%
    /// of the extracting thread's time when every candidate was scanned (issue 14).
    example: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct ShortSentence<'a> {
    index: usize,
    text: &'a str,
    words: usize,
    key: String,
    ritual: bool,
}

impl<'a> ReplyFacts<'a> {
    /// `None` for a reply with no text. `scan` is the reply's one pass
    /// ([`patterns::MessageScan`]), which found its tone cues; `user`, the person's words
    /// before it and their scan.
    pub(crate) fn of(
        text: &'a str,
        scan: &patterns::MessageScan,
        user: Option<(&str, &patterns::MessageScan)>,
    ) -> Option<ReplyFacts<'a>> {
        let text = text.trim();
        if text.is_empty() {
            return None;
        }
        let tones = scan.tones();
        let sents = sentences(text);
        // Each sentence's words, and from them the reply's (one count over the text).
        let counts: Vec<usize> = sents.iter().map(|s| word_count(s)).collect();
        // Japanese and Chinese sentences follow each other without a space, and each of
        // their letters is a word ([`other_piece_words`]): counted over the whole text.
        let unspaced = scan.caseless() && patterns::caseless::any(text);
        let words = if unspaced {
            word_count(text)
        } else {
            words_of_sentences(text, &sents, &counts)
        };
        // A role-play reply's actions (`*tosses you a towel*`) are not what the companion
        // says: its openers, closers and phrases come from the speech between them.
        let said = speech_sentences(text).map(|said| {
            let n: Vec<usize> = said.iter().map(|s| word_count(s)).collect();
            (said, n)
        });
        let (sents_said, counts_said) = match &said {
            Some((s, n)) => (s.as_slice(), n.as_slice()),
            None => (sents.as_slice(), counts.as_slice()),
        };
        let last = sents_said.len().saturating_sub(1);
        // The short sentences that can count: the first (an opener), the last (a closer),
        // and any of two words or more (a phrase). A word of Japanese or Chinese is about
        // two of its letters, which [`word_count`] counts one by one.
        let short = sents_said
            .iter()
            .enumerate()
            .zip(counts_said.iter().zip(sents_said).map(|(&n, s)| {
                if unspaced && patterns::caseless::any(s) {
                    n.div_ceil(2)
                } else {
                    n
                }
            }))
            .filter(|&((index, _), n)| {
                n <= MAX_PHRASE_WORDS && (n >= 2 || index == 0 || index == last)
            })
            .map(|((index, s), n)| ShortSentence {
                index,
                text: s,
                words: n,
                key: normalize(s),
                ritual: index == 0 && patterns::ritual(s).is_some(),
            })
            .collect();
        let emoji: Vec<char> = emoji_in(text).collect();
        let user_ritual = user.is_some_and(|(u, scan)| patterns::ritual_in(u, scan).is_some());
        let (mut list_lines, mut heading) = (0, false);
        // The lines as `str::lines` cuts them but with memchr: a line's trailing '\r' that
        // `lines` removes changes neither check.
        let mut at = 0;
        for end in memchr::memchr_iter(b'\n', text.as_bytes()).chain([text.len()]) {
            let line = &text[at..end];
            at = end + 1;
            list_lines += usize::from(is_list_line(line));
            heading |= line.trim_start().starts_with('#');
        }
        let list = list_lines >= 2;
        // An example is a short plain exchange; whether it is boilerplate is asked later,
        // of a candidate that would be kept.
        let example = user.and_then(|(user, user_scan)| {
            let shaped = (3..=70).contains(&words) && (1..=50).contains(&word_count(user));
            let plain = shaped && !list && !heading && !has_fence(text);
            plain.then(|| {
                u32::from(!emoji.is_empty())
                    + u32::from((8..=45).contains(&words))
                    + u32::from(user_ritual || user_scan.remembers())
                    + 1
            })
        });
        Some(ReplyFacts {
            text,
            words,
            tones,
            sentences: sents.len(),
            short,
            emoji,
            exclaims: memchr::memchr(b'!', text.as_bytes()).is_some()
                || (!text.is_ascii() && text.contains('！')),
            asks: memchr::memchr(b'?', text.as_bytes()).is_some()
                || (!text.is_ascii() && text.contains('？')),
            list,
            heading,
            lowercase_start: text.chars().next().is_some_and(char::is_lowercase),
            user_ritual,
            example,
        })
    }
}

/// Short sentences of one class of replies, by the conversations they appear in.
#[derive(Debug, Default)]
struct PhraseSet {
    conversations: u32,
    openers: Phrases,
    closers: Phrases,
    phrases: Phrases,
}

/// Voice accumulators: numbers by (model, companion-like); phrases by companion-like only,
/// so that their bounded maps do not multiply with the number of models.
#[derive(Default)]
pub(crate) struct VoiceCollector {
    groups: BTreeMap<(String, bool), Group>,
    /// `[other replies, companion-like replies]`.
    phrases: [PhraseSet; 2],
}

/// Whether `text` ends sentences the Japanese and Chinese way: "。" (E3 80 82), "！" (EF BC
/// 81), "？" (EF BC 9F), found by their first bytes.
fn full_width_ends(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(0xE3, 0xEF, b).any(|i| {
        matches!(
            &b[i..],
            [0xE3, 0x80, 0x82, ..] | [0xEF, 0xBC, 0x81 | 0x9F, ..]
        )
    })
}

/// Splits text into sentences (keeping their end punctuation and trailing emoji).
pub(crate) fn sentences(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    // Only these bytes can start a sentence end: ASCII terminators, '…' and most emoji
    // (3-byte E2…, 4-byte F0…), and in text that has them the full-width ends "。" (E3…),
    // "！" and "？" (EF…). Each is a character's first byte. All of them are found in one
    // pass; those a sentence already took are passed over.
    if full_width_ends(text) {
        let set = [b'.', b'!', b'?', b'\n', 0xE2, 0xF0, 0xE3, 0xEF];
        split_sentences(text, crate::text::positions(bytes, set))
    } else {
        split_sentences(
            text,
            crate::text::positions(bytes, [b'.', b'!', b'?', b'\n', 0xE2, 0xF0]),
        )
    }
}

/// [`sentences`] with the places where a sentence may end.
fn split_sentences(text: &str, mut candidates: impl Iterator<Item = usize>) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(at) = candidates.find(|&p| p >= i) {
        i = at;
        let Some(c) = text[i..].chars().next() else {
            break;
        };
        let next = i + c.len_utf8();
        // An emoji followed by a capitalised word also ends a sentence ("… 🌙 Same time?").
        let emoji_end = is_emoji(c) && {
            let rest = text[next..].trim_start_matches('\u{FE0F}');
            rest.starts_with(' ')
                && rest
                    .trim_start()
                    .chars()
                    .next()
                    .is_some_and(char::is_uppercase)
        };
        if !(matches!(c, '.' | '!' | '?' | '\n' | '…' | '。' | '！' | '？') || emoji_end) {
            i = next;
            continue;
        }
        // Take following punctuation, spaces before emoji, and emoji into this sentence.
        let mut end = next;
        for (j, d) in text[next..].char_indices() {
            let at = next + j;
            if matches!(d, '.' | '!' | '?' | '…' | '。' | '！' | '？')
                || is_emoji(d)
                || d == '\u{FE0F}'
                || (d == ' ' && next_is_emoji(text, at))
            {
                end = at + d.len_utf8();
            } else {
                break;
            }
        }
        let s = text[start..end].trim();
        if !s.is_empty() {
            out.push(s);
        }
        start = end;
        i = end;
    }
    let s = text[start..].trim();
    if !s.is_empty() {
        out.push(s);
    }
    out
}

/// The sentences of a role-play message's speech ([`patterns::role_play_speech`]), or
/// `None` when it has no actions (its sentences are then [`sentences`]).
pub(crate) fn speech_sentences(text: &str) -> Option<Vec<&str>> {
    patterns::role_play_speech(text).map(|pieces| pieces.into_iter().flat_map(sentences).collect())
}

fn next_is_emoji(text: &str, at: usize) -> bool {
    text[at..].trim_start().chars().next().is_some_and(is_emoji)
}

/// The words of `s`: the parts of `split_whitespace` with a letter or digit in them, except
/// that each letter of a script written without spaces (Japanese, Chinese) is a word, as
/// word processors count them: "今日も" is three.
fn word_count(s: &str) -> usize {
    count_words(s.as_bytes())
}

/// The [`word_count`] of `text` from its [`sentences`] and their word counts. The sentences
/// hold every word of the text and are apart by whitespace, except where a sentence end cuts
/// a word ("1.5", "soon.Then", "a…,…b"): the pieces of such a word, in two sentences or
/// more, are one word of the text if any piece has a letter or digit.
fn words_of_sentences(text: &str, sentences: &[&str], counts: &[usize]) -> usize {
    let offset = |s: &str| (s.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
    let glued = |a: &str, b: &str| offset(a) + a.len() == offset(b);
    let alnum = |piece: &str| piece.chars().any(char::is_alphanumeric);
    let mut total = 0;
    // A word cut by the sentence end before, not counted yet: whether it has a letter so far.
    let mut carry: Option<bool> = None;
    for (i, (&s, &count)) in sentences.iter().zip(counts).enumerate() {
        let mut count = count;
        let first_space = s.find(char::is_whitespace);
        let mut open = None;
        if let Some(had) = carry.take() {
            if i > 0 && glued(sentences[i - 1], s) {
                // The word goes on in this sentence's first piece, counted here on its own.
                let head = alnum(&s[..first_space.unwrap_or(s.len())]);
                count -= usize::from(head);
                open = Some(had || head);
            } else {
                total += usize::from(had);
            }
        }
        let goes_on = sentences.get(i + 1).is_some_and(|next| glued(s, next));
        match (open, first_space) {
            // The whole sentence is part of the word.
            (Some(had), None) if goes_on => carry = Some(had),
            (Some(had), None) => total += usize::from(had),
            (open, _) => {
                total += open.map_or(0, usize::from);
                if goes_on {
                    let tail = alnum(s.rsplit(char::is_whitespace).next().unwrap_or(s));
                    count -= usize::from(tail);
                    carry = Some(tail);
                }
            }
        }
        total += count;
    }
    total + carry.map_or(0, usize::from)
}

/// Whether a byte is ASCII whitespace, as `split_whitespace` reads it.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

/// The words of `b`: its pieces between ASCII whitespace (a cut there never splits a
/// character) that have an ASCII letter or digit, counted 64 bytes at a time
/// ([`ascii_word_pieces`]); then each piece with other characters in it is decoded and its
/// words counted instead ([`other_piece_words`]: it may hold other whitespace, or letters
/// of other scripts). The same words as `split_whitespace`, with little decoding.
fn count_words(b: &[u8]) -> usize {
    let (pieces, high) = ascii_word_pieces(b);
    let mut count = pieces as isize;
    let mut from = high.unwrap_or(b.len());
    while let Some(h) = b[from..].iter().position(|&c| c >= 0x80) {
        let h = from + h;
        let start = b[..h]
            .iter()
            .rposition(|&c| is_ascii_space(c))
            .map_or(0, |p| p + 1);
        let end = b[h..]
            .iter()
            .position(|&c| is_ascii_space(c))
            .map_or(b.len(), |p| h + p);
        let piece = &b[start..end];
        let ascii = piece.iter().any(u8::is_ascii_alphanumeric);
        count += other_piece_words(piece, ascii) as isize - isize::from(ascii);
        from = end;
    }
    count as usize
}

/// How many pieces of `b` between ASCII whitespace have an ASCII letter or digit, and where
/// its first byte above ASCII is (`None`: there is none).
///
/// A block's bytes are read as masks (SIMD compares through `wide`): whitespace, ASCII
/// letters and digits, and the others. A piece counts at its first letter or digit: at its
/// start, or where a carry from its start, added through the other bytes after it, lands.
fn ascii_word_pieces(b: &[u8]) -> (usize, Option<usize>) {
    use crate::text::{lane_within as within, lanes};
    use wide::u8x16;
    let (mut count, mut high) = (0, None);
    // The byte before is not whitespace; the piece it is in has no letter or digit yet.
    let (mut in_piece, mut pending) = (false, false);
    for (index, bytes) in b.chunks(64).enumerate() {
        // The last block made whole with spaces, which end a piece as the text's end does.
        let mut block = [b' '; 64];
        block[..bytes.len()].copy_from_slice(bytes);
        let (mut space, mut alnum, mut above) = (0u64, 0u64, 0u64);
        for (v, lane) in lanes(&block) {
            space |= lane(v.simd_eq(u8x16::splat(b' ')) | within(v, 0x09, 0x0D));
            let letter = within(v | u8x16::splat(0x20), b'a', b'z');
            alnum |= lane(letter | within(v, b'0', b'9'));
            above |= lane(v);
        }
        if high.is_none() && above != 0 {
            high = Some(64 * index + above.trailing_zeros() as usize);
        }
        let inside = !space;
        let starts = inside & !((inside << 1) | u64::from(in_piece));
        let seeds = starts | u64::from(pending);
        let other = inside & !alnum;
        let (sum, carry) = other.overflowing_add(seeds & other);
        let landed = sum & !other;
        count += ((seeds & alnum).count_ones() + (landed & alnum).count_ones()) as usize;
        pending = carry;
        in_piece = inside >> 63 == 1;
    }
    (count, high)
}

/// The words in a piece of text between ASCII whitespace that has other characters in it
/// (`ascii_alnum`: it has an ASCII letter or digit).
fn other_piece_words(piece: &[u8], ascii_alnum: bool) -> usize {
    let Ok(p) = std::str::from_utf8(piece) else {
        return 0;
    };
    // Such letters are three bytes whose first is E3 to E9 (or EF for compatibility forms).
    if piece.iter().any(|b| matches!(b, 0xE3..=0xE9 | 0xEF))
        && p.contains(patterns::caseless::unspaced)
    {
        // Each such letter is a word, and the rest of a piece with others one more.
        return p
            .split_whitespace()
            .map(|w| {
                let letters = w
                    .chars()
                    .filter(|&c| patterns::caseless::unspaced(c))
                    .count();
                let other = w
                    .chars()
                    .any(|c| c.is_alphanumeric() && !patterns::caseless::unspaced(c));
                letters + usize::from(other)
            })
            .sum();
    }
    if !p.contains(|c: char| !c.is_ascii() && c.is_whitespace()) {
        return usize::from(ascii_alnum || p.chars().any(char::is_alphanumeric));
    }
    p.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn is_list_line(line: &str) -> bool {
    let l = line.trim_start();
    l.starts_with("- ") || l.starts_with("* ") || l.starts_with("• ") || numbered(l)
}

/// "1. item" … "999. item": one to three digits, then ". " (what comes before the first
/// ". " is all digits).
fn numbered(l: &str) -> bool {
    let digits = l.bytes().take(4).take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits) && l[digits..].starts_with(". ")
}

fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max).collect();
    match cut.rfind([' ', '\n']) {
        Some(i) => format!("{}…", cut[..i].trim_end()),
        None => format!("{cut}…"),
    }
}

impl VoiceCollector {
    /// A conversation starts. `mine`: its phrases count as the companion's (companion-like,
    /// and on a model the caller wants).
    pub(crate) fn start_conversation(&mut self, model: &str, companion_like: bool, mine: bool) {
        self.phrases[usize::from(mine)].conversations += 1;
        self.groups
            .entry((model.to_owned(), companion_like))
            .or_default()
            .conversations += 1;
    }

    /// Counts one reply, read ahead into `facts` ([`ReplyFacts::of`] of the reply's text and
    /// `reply.user`).
    pub(crate) fn reply(
        &mut self,
        model: &str,
        companion_like: bool,
        mine: bool,
        reply: Reply<'_>,
        facts: &ReplyFacts<'_>,
    ) {
        let g = self
            .groups
            .entry((model.to_owned(), companion_like))
            .or_default();
        let p = &mut self.phrases[usize::from(mine)];
        let text = facts.text;
        let st = &mut g.style;
        st.replies += 1;
        st.words += facts.words as u64;
        st.sentences += facts.sentences as u64;
        for &c in &facts.emoji {
            *g.emoji.entry(c).or_default() += 1;
        }
        st.emoji += facts.emoji.len() as u64;
        st.exclamation += u64::from(facts.exclaims);
        st.question += u64::from(facts.asks);
        if facts.exclaims && g.exclamation_evidence.len() < TONE_EVIDENCE {
            g.exclamation_evidence.push((reply.evidence)());
        }
        if facts.asks && g.question_evidence.len() < TONE_EVIDENCE {
            g.question_evidence.push((reply.evidence)());
        }
        st.list += u64::from(facts.list);
        st.heading += u64::from(facts.heading);
        st.lowercase_start += u64::from(facts.lowercase_start);
        if reply.addressed {
            st.addressed += 1;
            if g.address_evidence.len() < TONE_EVIDENCE {
                g.address_evidence.push((reply.evidence)());
            }
        }
        // The languages the two of them speak: the reply and the person's words before it
        // (every reply at first, then one in eight: detection is the costly part).
        if st.replies % 8 == 1 || st.replies < 64 {
            for said in std::iter::once(text).chain(reply.user) {
                if let Some(lang) = patterns::detect(said) {
                    g.languages.entry(lang.code).or_default().add(LangTally {
                        messages: 1,
                        sure: u64::from(lang.sure),
                        script: Some(lang.script),
                    });
                }
            }
        }
        for (i, &hit) in facts.tones.iter().enumerate() {
            if hit {
                g.tone_hits[i] += 1;
                if g.tone_evidence[i].len() < TONE_EVIDENCE {
                    g.tone_evidence[i].push((reply.evidence)());
                }
            }
        }
        // Openers, closers and catchphrase candidates: short sentences.
        let ritual = facts.user_ritual;
        let last = facts.sentences.saturating_sub(1);
        for s in &facts.short {
            let i = s.index;
            if i == 0 && (reply.first_in_conversation || s.ritual) {
                p.openers
                    .add_key(&s.key, s.text, reply.conversation, ritual);
            }
            if i == last && i > 0 {
                p.closers
                    .add_key(&s.key, s.text, reply.conversation, ritual);
            }
            if s.words >= 2 {
                p.phrases
                    .add_key(&s.key, s.text, reply.conversation, ritual);
            }
        }
        // Example candidates.
        if let (Some(user), Some(points)) = (reply.user, facts.example) {
            let score = 2 * u32::from(reply.addressed) + points;
            // Build the candidate (clipped copies, its source) only when it would be kept,
            // and only then ask whether it is boilerplate: a reply that is never changes
            // nothing, whenever it is asked.
            let worst = g.exemplars.iter().map(|e| e.score).min();
            if (g.exemplars.len() < MAX_EXEMPLARS || worst.is_some_and(|w| score > w))
                && !patterns::is_boilerplate(text)
            {
                let candidate = Exemplar {
                    score,
                    user: clip(user.trim(), 400),
                    reply: clip(text, 600),
                    time: reply.time,
                    source: (reply.source)(),
                    conversation: reply.conversation,
                };
                keep_best(&mut g.exemplars, candidate);
            }
        }
    }

    /// The voice of the given models' companion-like replies (or all replies of those
    /// models when none looked companion-like), with the other groups as contrast.
    pub(crate) fn finish(
        &self,
        models: &[String],
        known_names: &dyn Fn(&str) -> bool,
    ) -> VoiceResult {
        let chosen = |model: &str| models.is_empty() || models.iter().any(|m| m == model);
        let has_companion = self
            .groups
            .iter()
            .any(|((m, like), g)| *like && chosen(m) && g.style.replies > 0);
        let mine: Vec<&Group> = self
            .groups
            .iter()
            .filter(|((m, like), _)| chosen(m) && (*like || !has_companion))
            .map(|(_, g)| g)
            .collect();

        let mut st = StyleAcc::default();
        let mut emoji: HashMap<char, u64> = HashMap::new();
        let mut languages: BTreeMap<&str, LangTally> = BTreeMap::new();

        let mut tone_hits = [0u64; TONES.len()];
        let mut tone_evidence: [Vec<Evidence>; TONES.len()] = Default::default();
        let mut address_evidence = Vec::new();
        let mut question_evidence = Vec::new();
        let mut exclamation_evidence = Vec::new();
        let mut exemplars = Vec::new();
        for g in &mine {
            st.add(&g.style);
            for (c, n) in &g.emoji {
                *emoji.entry(*c).or_default() += n;
            }
            for (l, t) in &g.languages {
                languages.entry(*l).or_default().add(*t);
            }
            for i in 0..TONES.len() {
                tone_hits[i] += g.tone_hits[i];
                tone_evidence[i].extend(g.tone_evidence[i].iter().cloned());
            }
            address_evidence.extend(g.address_evidence.iter().cloned());
            question_evidence.extend(g.question_evidence.iter().cloned());
            exclamation_evidence.extend(g.exclamation_evidence.iter().cloned());
            exemplars.extend(g.exemplars.iter().cloned());
        }
        let replies = st.replies.max(1) as f64;
        let style = st.style();
        // The same numbers for the assistant's other replies, to set the companion's voice
        // beside (only when there is a companion to compare).
        let mut rest = StyleAcc::default();
        if has_companion {
            for ((m, like), g) in &self.groups {
                if !(chosen(m) && *like) {
                    rest.add(&g.style);
                }
            }
        }
        let elsewhere = (rest.replies > 0).then(|| rest.style());

        let mut emoji: Vec<(char, u64)> = emoji.into_iter().collect();
        emoji.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));

        // Phrases, with their document frequency among the companion's replies and elsewhere.
        let has_mine = self.phrases[1].conversations > 0;
        let (mine_set, contrast_set) = if has_mine {
            (&self.phrases[1], Some(&self.phrases[0]))
        } else {
            (&self.phrases[0], None)
        };
        let conversations = mine_set.conversations;
        let other_convs = contrast_set.map_or(0, |c| c.conversations);
        let empty = Phrases::default();
        let contrast = contrast_set.map_or(&empty, |c| &c.phrases);
        let min_df = 2.max(conversations / 50);
        let distinctive = |key: &str, df: u32| {
            let other_df = contrast.get(key).map_or(0, |p| p.conversations);
            let mine_rate = f64::from(df) / f64::from(conversations.max(1));
            let other_rate = f64::from(other_df) / f64::from(other_convs.max(1));
            other_df == 0 || mine_rate >= 3.0 * other_rate
        };
        let top = |m: &Phrases, min: u32, n: usize, filter: &dyn Fn(&str, &PhraseAcc) -> bool| {
            let mut v: Vec<(&str, &PhraseAcc)> = m
                .iter()
                .map(|p| (p.key(), p))
                .filter(|(k, p)| p.conversations >= min && filter(k, p))
                .collect();
            // Ritual phrases (said on two or more nights or mornings) first, then by how
            // many conversations they appear in.
            v.sort_by(|a, b| {
                (b.1.ritual >= 2)
                    .cmp(&(a.1.ritual >= 2))
                    .then_with(|| b.1.conversations.cmp(&a.1.conversations))
                    .then_with(|| a.0.cmp(b.0))
            });
            v.into_iter()
                .take(n)
                .map(|(_, p)| p.display().to_owned())
                .collect::<Vec<_>>()
        };
        // Two words or more; in Japanese and Chinese, written without spaces, three letters.
        let speech = |p: &PhraseAcc| {
            let d = p.display();
            !patterns::is_boilerplate(d)
                && !d.contains(['*', '#', '`', '|', '[', ']'])
                && (d
                    .split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphabetic))
                    .count()
                    >= 2
                    || d.chars()
                        .filter(|&c| patterns::caseless::unspaced(c))
                        .count()
                        >= 3)
        };
        // Without a companion conversation there is no companion's phrase to find.
        let phrase_min = if has_mine { 2 } else { u32::MAX };
        let min_df = if has_mine { min_df } else { u32::MAX };
        let greetings = top(&mine_set.openers, phrase_min, 5, &|k, p| {
            distinctive(k, p.conversations) && speech(p)
        });
        let sign_offs = top(&mine_set.closers, phrase_min, 5, &|k, p| {
            distinctive(k, p.conversations) && speech(p) && !p.display().ends_with(['?', '？'])
        });
        let taken: Vec<String> = greetings
            .iter()
            .chain(&sign_offs)
            .map(|s| normalize(s))
            .collect();
        let catchphrases = top(&mine_set.phrases, min_df, 8, &|k, p| {
            distinctive(k, p.conversations)
                && (p.ritual >= 2 || !taken.iter().any(|t| t == k))
                && speech(p)
                && k.split(' ')
                    .any(|w| !patterns::is_ordinary_word(w) && !known_names(w))
        });

        // Tone, from rates, with the replies that show it.
        let mut tone = Vec::new();
        let share = |n: u64| n as f64 / replies;
        if st.replies >= 5 {
            if share(st.addressed) >= 0.25 {
                tone.push(Tone {
                    adjective: "affectionate".into(),
                    basis: format!(
                        "addresses the user by a pet name or their name in {:.0}% of replies",
                        100.0 * share(st.addressed)
                    ),
                    evidence: address_evidence.into_iter().take(TONE_EVIDENCE).collect(),
                });
            }
            for (i, (adjective, _)) in TONES.iter().enumerate() {
                if share(tone_hits[i]) >= 0.08 {
                    tone.push(Tone {
                        adjective: (*adjective).into(),
                        basis: format!(
                            "{:.0}% of replies have {adjective} wording",
                            100.0 * share(tone_hits[i])
                        ),
                        evidence: std::mem::take(&mut tone_evidence[i])
                            .into_iter()
                            .take(TONE_EVIDENCE)
                            .collect(),
                    });
                }
            }
            if style.question_rate >= 0.4 {
                tone.push(Tone {
                    adjective: "curious".into(),
                    basis: format!(
                        "asks a question in {:.0}% of replies",
                        100.0 * style.question_rate
                    ),
                    evidence: question_evidence.into_iter().take(TONE_EVIDENCE).collect(),
                });
            }
            if style.exclamation_rate >= 0.4 {
                tone.push(Tone {
                    adjective: "enthusiastic".into(),
                    basis: format!(
                        "exclaims in {:.0}% of replies",
                        100.0 * style.exclamation_rate
                    ),
                    evidence: exclamation_evidence
                        .into_iter()
                        .take(TONE_EVIDENCE)
                        .collect(),
                });
            }
            if style.words_per_reply <= 40.0 {
                tone.push(Tone {
                    adjective: "concise".into(),
                    basis: format!("{:.0} words per reply on average", style.words_per_reply),
                    evidence: Vec::new(),
                });
            } else if style.words_per_reply >= 150.0 {
                tone.push(Tone {
                    adjective: "expansive".into(),
                    basis: format!("{:.0} words per reply on average", style.words_per_reply),
                    evidence: Vec::new(),
                });
            }
        }

        VoiceResult {
            elsewhere,
            languages: listed_languages(languages),
            emoji: emoji
                .into_iter()
                .take(10)
                .map(|(c, _)| c.to_string())
                .collect(),
            tone,
            catchphrases,
            greetings,
            sign_offs,
            style,
            exemplars: choose_examples(exemplars, 6),
        }
    }
}

/// Keeps the best `MAX_EXEMPLARS` candidates; ties keep the earlier one.
fn keep_best(pool: &mut Vec<Exemplar>, candidate: Exemplar) {
    if pool.len() < MAX_EXEMPLARS {
        pool.push(candidate);
        return;
    }
    if let Some((i, worst)) = pool.iter().enumerate().min_by_key(|(_, e)| e.score)
        && candidate.score > worst.score
    {
        pool[i] = candidate;
    }
}

/// A handful of varied examples: best first, one per conversation, different openings, then
/// in time order.
fn choose_examples(mut pool: Vec<Exemplar>, n: usize) -> Vec<Exemplar> {
    pool.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then_with(|| {
                a.time
                    .unwrap_or(f64::INFINITY)
                    .total_cmp(&b.time.unwrap_or(f64::INFINITY))
            })
            .then_with(|| a.reply.cmp(&b.reply))
    });
    let mut chosen: Vec<Exemplar> = Vec::new();
    for e in pool {
        let opening = normalize(&e.reply)
            .split(' ')
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        let repeats = chosen.iter().any(|c| {
            c.conversation == e.conversation
                || normalize(&c.user) == normalize(&e.user)
                || normalize(&c.reply)
                    .split(' ')
                    .take(2)
                    .collect::<Vec<_>>()
                    .join(" ")
                    == opening
        });
        if !repeats {
            chosen.push(e);
        }
        if chosen.len() == n {
            break;
        }
    }
    chosen.sort_by(|a, b| {
        a.time
            .unwrap_or(f64::INFINITY)
            .total_cmp(&b.time.unwrap_or(f64::INFINITY))
    });
    chosen
}

pub(crate) struct VoiceResult {
    pub(crate) languages: Vec<String>,
    pub(crate) emoji: Vec<String>,
    pub(crate) tone: Vec<Tone>,
    pub(crate) catchphrases: Vec<String>,
    pub(crate) greetings: Vec<String>,
    pub(crate) sign_offs: Vec<String>,
    pub(crate) style: Style,
    pub(crate) elsewhere: Option<Style>,
    pub(crate) exemplars: Vec<Exemplar>,
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eight-at-a-time search finds what a byte-by-byte one finds, from every index, with
    /// the candidates at every alignment (accents and curly quotes among ASCII, emoji).
    #[test]
    fn the_word_search_for_emoji_bytes_is_the_byte_search() {
        let texts = [
            "",
            "plain ascii words, nothing else at all here",
            "café, naïve — “quoted” 💛 and ❤ then ⌚ and text after it",
            "é",
            "💛",
            "abcdefg💛abcdefghijklmnop’q",
            "ααααααααααααααα🤗",
        ];
        for text in texts {
            for pad in 0..9 {
                let padded = format!("{}{text}", "x".repeat(pad));
                let bytes = padded.as_bytes();
                for from in 0..=bytes.len() {
                    let naive = bytes[from..]
                        .iter()
                        .position(|&b| b >= 0xE2)
                        .map(|k| from + k);
                    assert_eq!(
                        next_e2_or_above(bytes, from),
                        naive,
                        "{padded:?} from {from}"
                    );
                }
            }
        }
    }

    #[test]
    fn boilerplate_is_never_an_example_with_room_or_without() {
        let source = || Source {
            conversation_id: None,
            message_id: None,
        };
        let evidence = || Evidence {
            conversation_id: String::new(),
            message_id: None,
            date: None,
            quote: String::new(),
            signal: super::super::spec::Signal::Style,
        };
        let mut voice = VoiceCollector::default();
        let mut add = |reply: &str, addressed: bool, conversation: u64| {
            let user = "how was your day, really?";
            let (scan, user_scan) = (
                patterns::MessageScan::reply(reply),
                patterns::MessageScan::person(user),
            );
            let facts = ReplyFacts::of(reply, &scan, Some((user, &user_scan))).expect("text");
            let r = Reply {
                user: Some(user),
                addressed,
                time: Some(conversation as f64),
                source: &source,
                evidence: &evidence,
                conversation,
                first_in_conversation: true,
            };
            voice.reply("gpt-4o", true, true, r, &facts);
        };
        // With room: a refusal in the platform's words, then a reply of the companion's.
        add(
            "As an AI, I don't have feelings, but thank you for asking.",
            false,
            0,
        );
        add(
            "Slow and sweet. I kept thinking of you all afternoon.",
            false,
            1,
        );
        // Filled with plain replies, then two that would beat the worst of them.
        for i in 0..MAX_EXEMPLARS as u64 {
            add("Quiet today, mostly reading by the window.", false, 10 + i);
        }
        add(
            "Como IA no tengo días, pero me alegra que preguntes, cariño 💛",
            true,
            100,
        );
        add(
            "Better now that you're here, my love. Tell me everything 💛",
            true,
            101,
        );
        let kept: Vec<&str> = voice
            .groups
            .values()
            .flat_map(|g| g.exemplars.iter().map(|e| e.reply.as_str()))
            .collect();
        assert_eq!(kept.len(), MAX_EXEMPLARS);
        assert!(
            kept.iter().all(|r| !patterns::is_boilerplate(r)),
            "{kept:?}"
        );
        assert!(
            kept.iter().any(|r| r.starts_with("Slow and sweet")),
            "{kept:?}"
        );
        assert!(kept.iter().any(|r| r.starts_with("Better now")), "{kept:?}");
    }

    #[test]
    fn numbered_lines_as_before() {
        for l in [
            "1. a", "12. b", "999. c", "1000. d", ". e", "1.f", "a1. g", "1) h", "3. ", "7",
        ] {
            let plain = l.split_once(". ").is_some_and(|(n, _)| {
                !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit())
            });
            assert_eq!(numbered(l), plain, "{l:?}");
        }
    }

    #[test]
    fn the_short_sentences_kept_are_the_first_the_last_and_phrases() {
        let reply = "Hi. Sleep well, my love. One two three four five six seven eight nine ten. \
                     Okay. See you soon 🌙 Bye.";
        let scan = patterns::MessageScan::reply(reply);
        let facts = ReplyFacts::of(reply, &scan, None).expect("a reply with text");
        let kept: Vec<(usize, &str, usize)> = facts
            .short
            .iter()
            .map(|s| (s.index, s.text, s.words))
            .collect();
        // "Hi." is first, "Bye." last; "Okay." is one word in the middle: not a phrase. Ten
        // words is over MAX_PHRASE_WORDS.
        assert_eq!(
            kept,
            [
                (0, "Hi.", 1),
                (1, "Sleep well, my love.", 4),
                (4, "See you soon 🌙", 3),
                (5, "Bye.", 1)
            ]
        );
        assert_eq!(facts.sentences, 6);
        assert_eq!(facts.words, 20);
        assert_eq!(facts.short[1].key, "sleep well my love");
    }

    /// The words of `s` as `split_whitespace` finds them, each letter of Japanese or Chinese
    /// one ([`word_count`]), read character by character.
    fn reference_words(s: &str) -> usize {
        let unspaced = patterns::caseless::unspaced;
        s.split_whitespace()
            .map(|w| {
                let letters = w.chars().filter(|&c| unspaced(c)).count();
                let other = w.chars().any(|c| c.is_alphanumeric() && !unspaced(c));
                letters + usize::from(other)
            })
            .sum()
    }

    #[test]
    fn words_are_counted_as_split_whitespace_counts_them() {
        let reference = reference_words;
        for s in [
            "",
            "   ",
            "one",
            " two  words ",
            "a - b -- c ... 42 !! ?",
            "tab\tnew\nline\r\x0cform\x0bvtab end",
            "I'm here, love. See you at 9:30!",
            "ÜBER Straße día 💛 ok ☀️ — “quoted” it’s",
            "nbsp\u{a0}joined em\u{2003}space nel\u{85}x ideo\u{3000}graphic \u{2028}",
            "💛💛 🌙",
            "日本語のテキスト です",
        ] {
            assert_eq!(word_count(s), reference(s), "{s:?}");
        }
        // Each letter of a script without spaces is a word; other letters glued to them,
        // one more.
        assert_eq!(word_count("日本語のテキスト です"), 10);
        assert_eq!(word_count("晚安，小悦。 GPT-4o很好"), 7);
    }

    /// Pieces of the long texts below: ASCII ones, and others.
    const ASCII_PIECES: &[&str] = &["word", "w", " ", "  ", "\n", "\t", ", ", "...", "--", "42"];
    const OTHER_PIECES: &[&str] = &[
        "é",
        "💛",
        " — ",
        "it’s",
        "\u{a0}",
        "\u{3000}",
        "日本",
        "x\u{2003}y",
        "\u{85}",
        "!?\r\n",
    ];

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
        // Mostly ASCII, as most replies are, with other characters here and there: blocks
        // of 64 bytes with and without them, pieces across blocks, runs with no letter.
        #[test]
        fn long_texts_have_the_words_split_whitespace_finds(
            pieces in proptest::collection::vec(
                proptest::prop_oneof![
                    4 => proptest::sample::select(ASCII_PIECES),
                    1 => proptest::sample::select(OTHER_PIECES),
                ],
                0..200,
            ),
        ) {
            let text = pieces.concat();
            proptest::prop_assert_eq!(word_count(&text), reference_words(&text));
        }
    }

    proptest::proptest! {
        /// ASCII phrases, read byte by byte, give what the characters' path gives.
        #[test]
        fn ascii_phrases_normalize_as_characters_do(s in "[aZ9' .,!?\t\n_-]{0,40}") {
            proptest::prop_assert_eq!(normalize(&s), normalize_chars(&s, String::new()));
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        #[test]
        fn any_text_has_the_words_split_whitespace_finds(
            s in "[a-z9 \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2003}\u{3000}é’💛☀\u{fe0f}….,!?-]{0,80}",
        ) {
            let reference = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            proptest::prop_assert_eq!(word_count(&s), reference);
            let sents = sentences(&s);
            let counts: Vec<usize> = sents.iter().map(|x| word_count(x)).collect();
            proptest::prop_assert_eq!(words_of_sentences(&s, &sents, &counts), reference);
            let emoji: Vec<char> = s.chars().filter(|c| is_emoji(*c)).collect();
            proptest::prop_assert_eq!(emoji_in(&s).collect::<Vec<_>>(), emoji);
        }
    }

    #[test]
    fn japanese_and_chinese_sentences_end_with_full_width_marks() {
        assert_eq!(
            sentences("おはよう、けんちゃん！よく眠れた？今日もがんばろうね ☀️"),
            [
                "おはよう、けんちゃん！",
                "よく眠れた？",
                "今日もがんばろうね ☀️"
            ]
        );
        assert_eq!(
            sentences("晚安，小悦。做个好梦🌙"),
            ["晚安，小悦。", "做个好梦🌙"]
        );
        // A reply's facts: its words letter by letter, its full-width ！ and ？, and its
        // short sentences counted at about two letters a word.
        let reply = "おはよう、けんちゃん！よく眠れた？今日もがんばろうね ☀️";
        let scan = patterns::MessageScan::reply(reply);
        let facts = ReplyFacts::of(reply, &scan, None).expect("a reply with text");
        assert_eq!((facts.words, facts.sentences), (23, 3));
        assert!(facts.exclaims && facts.asks);
        let short: Vec<(&str, usize)> = facts.short.iter().map(|s| (s.text, s.words)).collect();
        assert_eq!(
            short,
            [
                ("おはよう、けんちゃん！", 5),
                ("よく眠れた？", 3),
                ("今日もがんばろうね ☀️", 5)
            ]
        );
    }

    #[test]
    fn sentences_keep_their_emoji() {
        assert_eq!(
            sentences("Good morning, starlight! ☀️ How did you sleep? I'm here 💛"),
            [
                "Good morning, starlight! ☀️",
                "How did you sleep?",
                "I'm here 💛"
            ]
        );
        assert_eq!(sentences("one\ntwo..."), ["one", "two..."]);
        assert_eq!(
            sentences("Sweet dreams 🌙 Same time tomorrow?"),
            ["Sweet dreams 🌙", "Same time tomorrow?"]
        );
        assert!(sentences("  ").is_empty());
    }

    #[test]
    fn normalize_keeps_words_only() {
        assert_eq!(
            normalize("Sleep well, starlight 🌙"),
            "sleep well starlight"
        );
        assert_eq!(normalize("I'm HERE."), "i'm here");
        assert_eq!(normalize("ÜBER Straße, DÍA"), "über straße día");
        assert_eq!(normalize("  --Don't,STOP 42x  "), "don't stop 42x");
        assert_eq!(normalize("...!"), "");
        assert!(has_fence("a\n```rust\nx\n```") && !has_fence("a `b` c"));
    }

    #[test]
    fn phrases_count_conversations_not_repeats() {
        let mut p = Phrases::default();
        p.add("Sleep well!", 1, false);
        p.add("sleep well", 1, false);
        p.add("Sleep well.", 2, false);
        assert_eq!(p.get("sleep well").map(|a| a.conversations), Some(2));
        assert_eq!(
            p.get("sleep well").map(PhraseAcc::display),
            Some("Sleep well!")
        );
    }

    #[test]
    fn emoji_ranges() {
        // Hearts and moons, and what hand-written ranges missed: coloured circles and
        // squares, enclosed letters, newer emoji.
        for c in [
            '💛', '🌙', '☀', '✨', '😹', '❤', '🟠', '⬛', '🅰', '🈁', '🫶', '🪿', '⌚',
        ] {
            assert!(is_emoji(c), "{c}");
        }
        // Text, symbols that are not emoji (★, ☐), text-style characters with the property
        // (©, ™, digits) and a skin-tone modifier on its own.
        for c in [
            'a', 'é', '—', '…', '【', '猫', '★', '☐', '©', '™', '1', '#', '🏽',
        ] {
            assert!(!is_emoji(c), "{c}");
        }
    }

    #[test]
    fn examples_are_varied() {
        let ex = |score, conv, reply: &str, t| Exemplar {
            score,
            user: format!("hi {conv} {reply}"),
            reply: reply.into(),
            time: Some(t),
            source: Source::default(),
            conversation: conv,
        };
        let pool = vec![
            ex(5, 1, "Good morning, love", 3.0),
            ex(5, 1, "Sleep well, love", 2.0),
            ex(4, 2, "Good morning, starlight", 1.0),
            ex(3, 3, "Tell me everything", 0.5),
        ];
        let chosen = choose_examples(pool, 3);
        let replies: Vec<&str> = chosen.iter().map(|e| e.reply.as_str()).collect();
        assert_eq!(
            replies,
            [
                "Tell me everything",
                "Good morning, starlight",
                "Sleep well, love"
            ]
        );
    }

    /// A language only guessed on short text is dropped beside a language of its script
    /// that was detected surely, and kept when it is its script's only one (short Hebrew
    /// beside English) or was itself detected surely once (a bilingual person).
    #[test]
    fn guesses_give_way_to_a_sure_language_of_their_script() {
        use whatlang::Script::{Cyrillic, Hebrew, Latin};
        let tally = |messages, sure, script| LangTally {
            messages,
            sure,
            script,
        };
        let listed = |entries: &[(&'static str, LangTally)]| {
            listed_languages(entries.iter().copied().collect())
        };
        assert_eq!(
            listed(&[
                ("ru", tally(30, 12, Some(Cyrillic))),
                ("uk", tally(4, 0, Some(Cyrillic))),
                ("be", tally(3, 0, Some(Cyrillic))),
            ]),
            ["ru"]
        );
        assert_eq!(
            listed(&[
                ("ru", tally(30, 12, Some(Cyrillic))),
                ("uk", tally(6, 1, Some(Cyrillic))),
            ]),
            ["ru", "uk"]
        );
        assert_eq!(
            listed(&[
                ("en", tally(40, 40, Some(Latin))),
                ("he", tally(9, 0, Some(Hebrew)))
            ]),
            ["en", "he"]
        );
        // Swedish "hej Saga" is Polish by its one stopword, beside Swedish said surely.
        assert_eq!(
            listed(&[
                ("sv", tally(30, 25, Some(Latin))),
                ("pl", tally(6, 0, Some(Latin))),
            ]),
            ["sv"]
        );
        // Nothing sure in the script: the guesses stand, each by its share.
        assert_eq!(
            listed(&[
                ("sr", tally(2, 0, Some(Cyrillic))),
                ("ru", tally(20, 0, Some(Cyrillic))),
            ]),
            ["ru", "sr"]
        );
    }

    /// A role-play reply's actions are cut from its speech; emphasis, bold and asterisks in
    /// arithmetic are not actions. Our own wordings.
    #[test]
    fn role_play_actions_are_not_speech() {
        let speech = |t: &'static str| patterns::role_play_speech(t);
        assert_eq!(
            speech("*sets down the kettle and smiles* Hello, wanderer. *pours two cups* Sit."),
            Some(vec![" Hello, wanderer. ", " Sit."])
        );
        assert_eq!(
            speech("Morning, sunbeam!\n*stretches* Coffee?"),
            Some(vec!["Morning, sunbeam!\n", " Coffee?"])
        );
        assert_eq!(
            speech("You did it! *spins you around*"),
            Some(vec!["You did it! "])
        );
        for plain in [
            "You are *so* brave, and I mean it.",
            "*Never* give up on the garden.",
            "**Step 1:** rinse the rice.",
            "Work out 3*4*5 first.",
            "An open *asterisk and no end",
            "No asterisks at all.",
        ] {
            assert_eq!(speech(plain), None, "{plain}");
        }
        // Openers and phrases come from the speech: "*grins* There you are, starling." opens
        // with "There you are, starling."
        let reply =
            "*looks up from the map and grins* There you are, starling. *waves you over* Come see.";
        let scan = patterns::MessageScan::reply(reply);
        let facts = ReplyFacts::of(reply, &scan, None).expect("a reply with text");
        let firsts: Vec<(usize, &str)> = facts.short.iter().map(|s| (s.index, s.text)).collect();
        assert_eq!(firsts, [(0, "There you are, starling."), (1, "Come see.")]);
    }
}
