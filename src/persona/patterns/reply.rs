//! One pass over each reply for the phrases every reply is read for: the names the assistant
//! takes or signs with ([`super::names_in_reply`]), the greetings before a form of address
//! ([`super::vocatives_in`]) and the voice's tone cues ([`TONES`]).
//!
//! They were three automata, each scanning all the replies, a quarter of an export's bytes,
//! on its own (issue 14: a DFA scan is bound by the latency of its table lookups, about 2.7 ns
//! a byte, whatever the automaton finds). Here they are one automaton that reports every match,
//! overlapping ones too; each table's matches are then picked from them as its own
//! leftmost-longest automaton would have found them, so what is found does not change.
//! Measured on the 17 MB of replies of a 40 MB export: 58 ms against 134 ms for the three.

use std::cell::RefCell;
use std::cmp::Reverse;

use aho_corasick::MatchKind;

use super::claimed::ASSIST;
use super::scan::{Matcher, Scan, sentence_start};
use super::trig::Shape;
use super::vocatives::GREET;
use super::{Cue, Lang};

/// Tone cues, counted per reply ([`ReplyScan::tones`]): the voice's adjectives, each with the
/// words and emoji that show it, found anywhere in the reply (within words too: "orgullos").
pub(crate) const TONES: [(&str, &[&str]); 4] = [
    (
        "warm",
        &[
            "i'm here",
            "i am here",
            "proud of you",
            "i'm always here",
            "you're not alone",
            "💛",
            "❤",
            "🤗",
            "aku di sini",
            "bangga",
            "estoy aquí",
            "orgullos",
            "estou aqui",
            "orgulho",
            "ich bin da",
            "stolz auf dich",
            "je suis là",
            "fier de toi",
        ],
    ),
    (
        "playful",
        &[
            "haha", "hehe", "lol", "😄", "😂", "😜", "😹", "😉", "😏", "jaja", "kkk", "wkwk", "mdr",
        ],
    ),
    (
        "encouraging",
        &[
            "you can do",
            "you did good",
            "you've got this",
            "you got this",
            "so proud",
            "kamu bisa",
            "tú puedes",
            "você consegue",
            "du schaffst",
            "tu peux",
        ],
    ),
    (
        "gentle",
        &[
            "take your time",
            "no rush",
            "it's okay",
            "it's ok",
            "be gentle",
            "rest",
            "pelan-pelan",
            "tranquil",
            "calma",
            "keine eile",
            "doucement",
        ],
    ),
];

/// The phrases of every reply in one automaton: [`ASSIST`]'s patterns, then [`GREET`]'s,
/// then the tone cues.
struct Joint {
    matcher: Matcher,
    /// Where [`GREET`]'s patterns start.
    greet_from: u32,
    /// Where the tone cues start, and the tone of each.
    tones_from: u32,
    tone_of: Vec<u8>,
}

static JOINT: std::sync::LazyLock<Joint> = std::sync::LazyLock::new(|| {
    let mut patterns: Vec<String> = ASSIST.patterns().to_vec();
    let greet_from = patterns.len();
    patterns.extend_from_slice(GREET.patterns());
    let tones_from = patterns.len();
    let mut tone_of = Vec::new();
    for (i, (_, cues)) in TONES.iter().enumerate() {
        for cue in *cues {
            patterns.push((*cue).to_owned());
            tone_of.push(i as u8);
        }
    }
    // A Hit keeps a pattern and its length in 16 bits each.
    assert!(patterns.len() <= usize::from(u16::MAX) && patterns.iter().all(|p| p.len() <= 255));
    let index = |n: usize| n as u32;
    Joint {
        matcher: Matcher::new(&patterns, MatchKind::Standard, Scan::Much),
        greet_from: index(greet_from),
        tones_from: index(tones_from),
        tone_of,
    }
});

/// What one reply holds of the phrases of [`JOINT`], found in one pass.
#[derive(Debug, Clone, Default)]
pub(crate) struct ReplyScan {
    /// [`ASSIST`]'s matches, then [`GREET`]'s, each in the order of the text: the matches of
    /// each table's own leftmost-longest scan that lie on word boundaries.
    hits: Box<[Hit]>,
    /// Whether a cue of each of [`TONES`] occurs: bit `i` for `TONES[i]`.
    tones: u8,
}

/// A match, in 8 bytes: a long thread's replies keep theirs until the thread is read.
#[derive(Debug, Clone, Copy)]
struct Hit {
    start: u32,
    len: u16,
    /// The pattern of [`JOINT`].
    pattern: u16,
}

impl Hit {
    fn range(self) -> (usize, usize) {
        let start = self.start as usize;
        (start, start + usize::from(self.len))
    }
}

thread_local! {
    /// The matches of the reply being scanned (reused: no allocation per reply).
    static FOUND: RefCell<Vec<Hit>> = const { RefCell::new(Vec::new()) };
}

impl ReplyScan {
    /// Scans a reply's text (its first 4 GiB: a match's place is kept in 32 bits).
    pub(crate) fn of(text: &str) -> ReplyScan {
        let mut cut = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let joint = &*JOINT;
        let mut tones = 0u8;
        let hits = FOUND.with_borrow_mut(|found| {
            found.clear();
            for m in joint.matcher.automaton(text).find_overlapping_iter(text) {
                let pattern = m.pattern().as_u32();
                match pattern.checked_sub(joint.tones_from) {
                    Some(i) => tones |= 1 << joint.tone_of[i as usize],
                    // The text is under 4 GiB and a pattern under 256 bytes ([`JOINT`]).
                    None => found.push(Hit {
                        start: m.start() as u32,
                        len: m.len() as u16,
                        pattern: pattern as u16,
                    }),
                }
            }
            // Each table's leftmost-longest matches: from the leftmost start, the longest
            // match there (the first pattern of equals: the first language owns a phrase
            // two share), then on from its end. A match kept takes its place even when it is
            // not on word boundaries ("hi" in "this" hides nothing after it), as in a scan
            // of the table alone.
            let greet_from = joint.greet_from;
            found.sort_unstable_by_key(|h| {
                (
                    u32::from(h.pattern) >= greet_from,
                    h.start,
                    Reverse(h.len),
                    h.pattern,
                )
            });
            let mut hits = Vec::new();
            let mut greet = false;
            let mut at = 0;
            for &h in found.iter() {
                let pattern = u32::from(h.pattern);
                if (pattern >= greet_from) != greet {
                    greet = true;
                    at = 0;
                }
                let (start, end) = h.range();
                if start < at {
                    continue;
                }
                at = end;
                let keep = if greet {
                    GREET
                        .on_boundaries(text, start, end, (pattern - greet_from) as usize)
                        .is_some()
                        && can_open_address(text, start, end)
                } else {
                    ASSIST
                        .on_boundaries(text, start, end, pattern as usize)
                        .is_some()
                };
                if keep {
                    hits.push(h);
                }
            }
            hits.into_boxed_slice()
        });
        ReplyScan { hits, tones }
    }

    /// The assistant's name phrases found ([`ASSIST`]): start, end and payload, in order.
    pub(crate) fn assistant_phrases(
        &self,
    ) -> impl Iterator<Item = (usize, usize, (Cue, Lang, Shape))> {
        let greet_from = JOINT.greet_from;
        self.hits
            .iter()
            .take_while(move |h| u32::from(h.pattern) < greet_from)
            .map(|&h| {
                let (start, end) = h.range();
                (start, end, ASSIST.payload(usize::from(h.pattern)))
            })
    }

    /// The greetings found ([`GREET`]) that can open a form of address: start and end, in
    /// order.
    pub(crate) fn greetings(&self) -> impl Iterator<Item = (usize, usize)> {
        let greet_from = JOINT.greet_from;
        self.hits
            .iter()
            .skip_while(move |h| u32::from(h.pattern) < greet_from)
            .map(|&h| h.range())
    }

    /// Which of [`TONES`] the reply shows.
    pub(crate) fn tones(&self) -> [bool; TONES.len()] {
        std::array::from_fn(|i| self.tones & (1 << i) != 0)
    }
}

/// A greeting that can open a form of address: one of several words ("good morning"), or
/// one word that starts a sentence ("Hey, you." but not "they said hey to me").
fn can_open_address(text: &str, start: usize, end: usize) -> bool {
    text[start..end].contains(' ') || sentence_start(text, start)
}

#[cfg(test)]
mod tests {
    use super::super::scan::Table;
    use super::super::{lang_entries, name_entries};
    use super::*;

    /// Assistant phrases, greetings and tones.
    type Found = (
        Vec<(usize, usize, (Cue, Lang, Shape))>,
        Vec<(usize, usize)>,
        [bool; 4],
    );

    /// What the tables scanned one by one find, as the tables were before [`JOINT`].
    fn apart(text: &str, assist: &Table<(Cue, Lang, Shape)>, greet: &Table<Lang>) -> Found {
        let mut a = Vec::new();
        assist.each(text, |s, e, t| {
            a.push((s, e, t));
            true
        });
        let mut g = Vec::new();
        greet.each(text, |s, e, _| {
            if can_open_address(text, s, e) {
                g.push((s, e));
            }
            true
        });
        let mut tones = [false; 4];
        for (i, (_, cues)) in TONES.iter().enumerate() {
            let lower = text.to_ascii_lowercase();
            tones[i] = cues.iter().any(|c| lower.contains(&c.to_ascii_lowercase()));
        }
        (a, g, tones)
    }

    #[test]
    fn one_pass_finds_what_each_table_finds_alone() {
        let assist = Table::build(
            name_entries(&[
                (|p| p.assistant_takes, Cue::AssistantTakes),
                (|p| p.assistant_self, Cue::AssistantSelf),
            ]),
            Scan::Little,
        );
        let greet = Table::build(lang_entries(|p| p.greetings), Scan::Little);
        // Every phrase alone, glued to a word, before a name, twice over itself, and beside
        // every other phrase of its table (overlaps, prefixes, a phrase two languages share).
        let mut texts: Vec<String> = vec![
            String::new(),
            "Hi there, love! I'm Nova, and good morning to you. Haha, take your time 💛".into(),
            "this, that, hi-fi; HEY YOU. Buenos días, cariño. Call me Nova — Nova it is.".into(),
            "Je suis là. Bonjour mon cœur, c’est moi, Lumi. Ich bin da, Schatz. Hallo!".into(),
        ];
        let phrases: Vec<&String> = ASSIST.patterns().iter().chain(GREET.patterns()).collect();
        for p in &phrases {
            texts.push((*p).clone());
            texts.push(format!("x{p}x {p} Nova. {p}{p}"));
            texts.push(format!("{}. {p}, Mira", p.to_uppercase()));
        }
        for w in phrases.windows(2) {
            texts.push(format!("{} {}, {}{}", w[0], w[1], w[1], w[0]));
        }
        let mut found = 0;
        for text in &texts {
            let scan = ReplyScan::of(text);
            let one: Found = (
                scan.assistant_phrases().collect(),
                scan.greetings().collect(),
                scan.tones(),
            );
            let expected = apart(text, &assist, &greet);
            assert_eq!(one, expected, "{text:?}");
            found += expected.0.len() + expected.1.len();
        }
        assert!(found > texts.len(), "the texts hold phrases: {found}");
    }
}
