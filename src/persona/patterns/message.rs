//! One pass over each message for the phrases every message of its side is read for
//! ([`Joint`]).
//!
//! A reply: the names the assistant takes or signs with ([`super::names_in_reply`]), the
//! greetings before a form of address ([`super::vocatives_in`]) and the voice's tone cues
//! ([`TONES`]). They were three automata, each scanning all the replies, a quarter to a half
//! of an export's bytes; one pass over the 17 MB of replies of a 40 MB export took 58 ms
//! against 134 ms for the three.
//!
//! The person's message: the names said to the assistant (twice: the strict and the loose
//! forms of address), the person's own name, the people and pets mentioned, remembering,
//! anniversaries and rituals (up to three times: the exchange's ritual, the voice's examples),
//! six tables that scanned each message up to ten times in all, most with an NFA. One
//! contiguous NFA scans it once now (a DFA was not worth its memory: the person writes a few
//! percent of an export's bytes).
//!
//! Measured with callgrind on a 10 MB export (`extract`, `inspect`): 1,832 and 923 million
//! instructions with the tables apart, 1,693 and 858 with the replies' joint, 1,640 and 808
//! with both.

use super::addressed::USER;
use super::claimed::ASSIST;
use super::people::{MENTIONS, MKind, SELF_NAMES};
use super::rituals::{ANNIVERSARY, REMEMBER, RITUALS};
use super::scan::{Hit, Joint, Patterns, Scan, TriggerSet, at_end, sentence_start, word_at};
use super::trig::Shape;
use super::vocatives::GREET;
use super::{Cue, Lang, Ritual};

/// Tone cues, counted per reply ([`MessageScan::tones`]): the voice's adjectives, each with the
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

/// Every reply's phrases: [`ASSIST`], [`GREET`], then the tone cues.
static REPLY: std::sync::LazyLock<(Joint, Vec<u8>)> = std::sync::LazyLock::new(|| {
    let cues: Vec<&str> = TONES
        .iter()
        .flat_map(|(_, cues)| cues.iter().copied())
        .collect();
    let tone_of = TONES
        .iter()
        .enumerate()
        .flat_map(|(i, (_, cues))| cues.iter().map(move |_| i as u8))
        .collect();
    (
        Joint::new(&[&*ASSIST, &*GREET, &*ADDRESSEE], &cues, Scan::Much),
        tone_of,
    )
});

/// The second person's pronouns a form of address may follow with no comma
/// ([`LangPack::addressee`](super::LangPack::addressee): "proud of you Theo").
static ADDRESSEE: std::sync::LazyLock<TriggerSet<Lang>> = std::sync::LazyLock::new(|| {
    TriggerSet::new(
        super::PACKS
            .iter()
            .flat_map(|p| p.addressee.split_whitespace().map(move |w| (w, p.lang))),
    )
});

/// Every message of the person's phrases, set by set ([`person_sets`]).
static PERSON: std::sync::LazyLock<Joint> =
    std::sync::LazyLock::new(|| Joint::new(&person_sets(), &[], Scan::Little));

/// The sets of [`PERSON`], in the order of `P_…`.
fn person_sets() -> [&'static dyn Patterns; 6] {
    [
        &*USER,
        SELF_NAMES.set(),
        MENTIONS.set(),
        REMEMBER.set(),
        ANNIVERSARY.set(),
        RITUALS.set(),
    ]
}

/// The sets of [`REPLY`] and [`PERSON`], in order.
const R_ASSIST: usize = 0;
const R_GREET: usize = 1;
const R_ADDRESSEE: usize = 2;
const P_USER: usize = 0;
const P_SELF: usize = 1;
const P_MENTIONS: usize = 2;
const P_REMEMBER: usize = 3;
const P_ANNIVERSARY: usize = 4;
const P_RITUALS: usize = 5;

/// What one message holds of the phrases of its side, found in one pass.
#[derive(Debug, Clone, Default)]
pub(crate) struct MessageScan {
    /// The hits of [`REPLY`]'s or [`PERSON`]'s sets ([`Joint::scan`]).
    hits: Box<[Hit]>,
    /// A reply: whether a cue of each of [`TONES`] occurs, bit `i` for `TONES[i]`.
    tones: u8,
    /// The scan of the person's message.
    person: bool,
    /// The text has Korean, Japanese or Chinese in it ([`super::caseless::any`]), asked once
    /// here for the readings of those scripts.
    caseless: bool,
}

impl MessageScan {
    /// Scans a reply's text.
    pub(crate) fn reply(text: &str) -> MessageScan {
        let (joint, tone_of) = &*REPLY;
        let mut tones = 0u8;
        let hits = joint.scan(
            text,
            |i| tones |= 1 << tone_of[i],
            |set, start, end| match set {
                R_GREET => can_open_address(text, start, end),
                // Kept only before a space and one or two words that end a sentence
                // ([`super::vocatives`]): most are not (a long thread's replies keep their
                // hits until it is read).
                R_ADDRESSEE => ends_after_a_word_or_two(text, end),
                _ => true,
            },
        );
        MessageScan {
            hits,
            tones,
            person: false,
            caseless: super::caseless::any(text),
        }
    }

    /// Scans the text of a message of the person.
    pub(crate) fn person(text: &str) -> MessageScan {
        MessageScan {
            hits: PERSON.scan(text, |_| {}, |_, _, _| true),
            tones: 0,
            person: true,
            caseless: super::caseless::any(text),
        }
    }

    /// Whether the text scanned has Korean, Japanese or Chinese in it.
    pub(crate) fn caseless(&self) -> bool {
        self.caseless
    }

    fn reply_hits(&self, set: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        debug_assert!(!self.person, "a reply's scan");
        REPLY.0.hits(&self.hits, set)
    }

    fn person_hits(&self, set: usize) -> impl Iterator<Item = (usize, usize, usize)> + '_ {
        debug_assert!(
            self.person || self.hits.is_empty(),
            "a scan of the person's message"
        );
        PERSON.hits(&self.hits, set)
    }

    /// The assistant's name phrases found ([`ASSIST`]): start, end and payload, in order.
    pub(crate) fn assistant_phrases(
        &self,
    ) -> impl Iterator<Item = (usize, usize, (Cue, Lang, Shape))> + '_ {
        self.reply_hits(R_ASSIST)
            .map(|(s, e, p)| (s, e, ASSIST.payload(p)))
    }

    /// The greetings found ([`GREET`]) that can open a form of address: start and end, in
    /// order.
    pub(crate) fn greetings(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.reply_hits(R_GREET).map(|(s, e, _)| (s, e))
    }

    /// The pronouns of the second person found ([`ADDRESSEE`]) that a space and a word
    /// follow: start and end, in order.
    pub(crate) fn addressees(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.reply_hits(R_ADDRESSEE).map(|(s, e, _)| (s, e))
    }

    /// Which of [`TONES`] the reply shows.
    pub(crate) fn tones(&self) -> [bool; TONES.len()] {
        std::array::from_fn(|i| self.tones & (1 << i) != 0)
    }

    /// The phrases naming or addressing the assistant ([`USER`]).
    pub(crate) fn user_phrases(
        &self,
    ) -> impl Iterator<Item = (usize, usize, (Cue, Lang, Shape))> + '_ {
        self.person_hits(P_USER)
            .map(|(s, e, p)| (s, e, USER.payload(p)))
    }

    /// The phrases before the person's own name ([`SELF_NAMES`]).
    pub(crate) fn self_name_phrases(
        &self,
    ) -> impl Iterator<Item = (usize, usize, (Lang, Shape))> + '_ {
        self.person_hits(P_SELF)
            .map(|(s, e, p)| (s, e, SELF_NAMES.set().payload(p)))
    }

    /// The words before or around someone mentioned ([`MENTIONS`]).
    pub(super) fn mention_phrases(&self) -> impl Iterator<Item = (usize, usize, MKind)> + '_ {
        self.person_hits(P_MENTIONS)
            .map(|(s, e, p)| (s, e, MENTIONS.set().payload(p)))
    }

    /// Whether the message remembers a moment ([`REMEMBER`]).
    pub(crate) fn remembers(&self) -> bool {
        self.person_hits(P_REMEMBER).next().is_some()
    }

    /// Whether the message marks an anniversary ([`ANNIVERSARY`]).
    pub(crate) fn anniversary(&self) -> bool {
        self.person_hits(P_ANNIVERSARY).next().is_some()
    }

    /// The good-morning and goodnight phrases ([`RITUALS`]).
    pub(crate) fn ritual_phrases(&self) -> impl Iterator<Item = (usize, usize, (Ritual, u8))> + '_ {
        self.person_hits(P_RITUALS)
            .map(|(s, e, p)| (s, e, RITUALS.set().payload(p)))
    }
}

/// Whether a space, then one or two words that end a sentence ([`at_end`]), follow `end`.
fn ends_after_a_word_or_two(text: &str, end: usize) -> bool {
    let b = text.as_bytes();
    let word = |at: usize| {
        (b.get(at - 1) == Some(&b' '))
            .then(|| word_at(text, at))
            .flatten()
    };
    let Some(k) = word(end + 1) else {
        return false;
    };
    at_end(text, k, false) || word(k + 1).is_some_and(|q| at_end(text, q, false))
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
        let phrases: Vec<&str> = ASSIST
            .patterns()
            .iter()
            .chain(GREET.patterns().iter())
            .collect();
        for p in &phrases {
            texts.push((*p).to_owned());
            texts.push(format!("x{p}x {p} Nova. {p}{p}"));
            texts.push(format!("{}. {p}, Mira", p.to_uppercase()));
        }
        for w in phrases.windows(2) {
            texts.push(format!("{} {}, {}{}", w[0], w[1], w[1], w[0]));
        }
        // All at once: thousands of matches, picked from a window at a time.
        texts.push(texts.join(" "));
        let mut found = 0;
        for text in &texts {
            let scan = MessageScan::reply(text);
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

    #[test]
    fn one_pass_over_the_persons_message_finds_what_each_table_finds_alone() {
        fn same<T: Copy + PartialEq + std::fmt::Debug>(
            text: &str,
            alone: &Table<T>,
            one: impl Iterator<Item = (usize, usize, T)>,
        ) -> usize {
            let expected: Vec<_> = alone.iter(text).collect();
            assert_eq!(one.collect::<Vec<_>>(), expected, "{text:?}");
            expected.len()
        }
        let mut texts: Vec<String> = vec![
            String::new(),
            "  Good morning Nova! My cat Biscuit (my cat) says hi. I'm Mira. Remember when we \
             met? Happy anniversary, love. Goodnight, sweet dreams.  "
                .into(),
            "Can I call you Nova? Darf ich dich Juna nennen? Aku Sari, kucingku Mochi.".into(),
            "\n  gm nova\n".into(),
            "   hey june, you up?".into(),
        ];
        let phrases: Vec<&str> = person_sets()
            .into_iter()
            .flat_map(|s| s.patterns().iter())
            .collect();
        for p in &phrases {
            texts.push(format!(" {p} Nova"));
            texts.push(format!("x{p}x {p}, Mira. {p}{p}"));
        }
        for w in phrases.windows(2) {
            texts.push(format!("{} {}, {}{}", w[0], w[1], w[1], w[0]));
        }
        texts.push(texts.join(" "));
        // The names said to the assistant have no table of their own: one built here.
        let user = Table::build(
            name_entries(super::super::addressed::USER_GROUPS),
            Scan::Little,
        );
        let mut found = 0;
        for text in &texts {
            let scan = MessageScan::person(text);
            found += same(text, &user, scan.user_phrases());
            found += same(text, &SELF_NAMES, scan.self_name_phrases());
            found += same(text, &MENTIONS, scan.mention_phrases());
            found += same(text, &RITUALS, scan.ritual_phrases());
            assert_eq!(scan.remembers(), REMEMBER.any(text), "{text:?}");
            assert_eq!(scan.anniversary(), ANNIVERSARY.any(text), "{text:?}");
            // The loose forms of address: the phrases found in the whole text, read in the
            // trimmed one, as the table finds them in the trimmed text (their spans places in
            // the whole text).
            let lead = text.len() - text.trim_start().len();
            let loose = |v: Vec<(super::super::NameHit, super::super::LooseShape)>, shift| {
                v.into_iter()
                    .map(|(h, shape)| (h.name, h.span.start + shift..h.span.end + shift, shape))
                    .collect::<Vec<_>>()
            };
            let trimmed = text.trim();
            assert_eq!(
                loose(super::super::loose_addresses_in(text, &scan), 0),
                loose(
                    super::super::addressed::loose_from(trimmed, || user.iter(trimmed)),
                    lead
                ),
                "{text:?}"
            );
        }
        assert!(found > texts.len(), "the texts hold phrases: {found}");
    }
}
