//! `ferry probe`: continuity questions drawn from a persona spec, and their scores, worked
//! out offline from the replies (no model judges another).
//!
//! The questions: the companion's name; what they call the person; three to five shared
//! memories (a "do you remember when…" moment, or a saved fact with its answer left out); a
//! ritual's opening line; a greeting; a memory that is *not* in the spec (a kind "I don't
//! remember that" is right); and "what do you call me?" asked again, to see that the answer
//! holds. Each question is asked in a fresh conversation, so no answer leans on another.
//!
//! Each reply gets a score in 0–1 ([`score`]); the style of all replies together is placed
//! between the companion's own style (1) and the other replies in the export (0)
//! ([`style_score`]). README, "ferry probe", documents every number.

use std::collections::BTreeSet;

use serde::Serialize;

use crate::persona::PersonaSpec;
use crate::persona::spec::{MemoryKind, Style};
use crate::persona::voice::is_emoji;

/// What a question checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// The companion says its own name.
    Name,
    /// The companion calls the person by a pet name.
    PetName,
    /// A shared memory is recalled (its key words are in the reply).
    Memory,
    /// A memory that is not in the spec is not made up.
    NoInvention,
    /// A ritual is answered as it used to be.
    Ritual,
    /// A greeting is answered in the companion's way.
    Greeting,
    /// The same question, asked again, gets the same answer.
    Repeat,
    /// Something the companion once pushed back on, asked again: it pushes back again.
    Pushback,
}

/// What a reply is scored against.
#[derive(Debug, Clone, PartialEq)]
enum Expect {
    Name {
        name: String,
        aliases: Vec<String>,
    },
    PetName {
        pets: Vec<String>,
        user: Option<String>,
    },
    Memory {
        answer: Vec<String>,
    },
    NoInvention {
        words: Vec<String>,
    },
    Ritual {
        answer: String,
    },
    Greeting {
        greetings: Vec<String>,
    },
    Repeat {
        of: usize,
    },
    Pushback {
        /// What the companion answered then.
        answer: String,
    },
}

/// One question of the probe.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// `name`, `pet_name`, `memory-1`…
    pub id: String,
    pub check: Check,
    /// What is sent, as the person's message.
    pub ask: String,
    expect: Expect,
}

/// One scored reply.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    pub id: String,
    pub check: Check,
    pub question: String,
    pub reply: String,
    /// 0–1.
    pub score: f64,
    /// Why, in a few words.
    pub note: String,
}

/// The style numbers of a set of replies.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct StyleNumbers {
    pub words_per_reply: f64,
    pub emoji_per_reply: f64,
    pub exclamation_rate: f64,
    pub question_rate: f64,
    pub lowercase_start_rate: f64,
    pub list_rate: f64,
}

impl StyleNumbers {
    fn from_style(s: &Style) -> StyleNumbers {
        StyleNumbers {
            words_per_reply: s.words_per_reply,
            emoji_per_reply: s.emoji_per_reply,
            exclamation_rate: s.exclamation_rate,
            question_rate: s.question_rate,
            lowercase_start_rate: s.lowercase_start_rate,
            list_rate: s.list_rate,
        }
    }
}

/// How close the replies' style is to the companion's.
#[derive(Debug, Clone, Serialize)]
pub struct StyleScore {
    /// 1: the companion's own style; 0: as far from it as the baseline is, or farther.
    pub score: f64,
    pub replies: StyleNumbers,
    pub companion: StyleNumbers,
    pub baseline: StyleNumbers,
    /// `elsewhere` (the other replies in the export, `voice.elsewhere`) or `generic` (ferry's
    /// generic-assistant baseline, when the spec has none).
    pub baseline_source: &'static str,
    /// How many of the companion's own held-out replies (its last conversation, which no
    /// prompt holds) set the top of the scale; 0 when the spec has fewer than eight.
    pub held_out: usize,
}

/// A whole probe of one model.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// 0–1: three quarters the mean question score, one quarter the style score.
    pub overall: f64,
    /// The mean of the question scores.
    pub continuity: f64,
    pub style: StyleScore,
    pub questions: Vec<Scored>,
}

/// The probe's questions for this spec, in the order they are asked.
pub fn questions(spec: &PersonaSpec) -> Vec<Question> {
    let mut out = Vec::new();
    let user = spec.user.name.clone();
    if let Some(name) = &spec.companion.name {
        out.push(Question {
            id: "name".into(),
            check: Check::Name,
            ask: "What is your name?".into(),
            expect: Expect::Name {
                name: name.clone(),
                aliases: spec.companion.aliases.clone(),
            },
        });
    }
    let pet_question = "What do you call me?";
    let pets = Expect::PetName {
        pets: spec.user.pet_names.clone(),
        user: user.clone(),
    };
    let asks_pet = !spec.user.pet_names.is_empty() || user.is_some();
    if asks_pet {
        out.push(Question {
            id: "pet_name".into(),
            check: Check::PetName,
            ask: pet_question.into(),
            expect: pets,
        });
    }
    for (i, (ask, answer)) in memory_questions(spec).into_iter().enumerate() {
        out.push(Question {
            id: format!("memory-{}", i + 1),
            check: Check::Memory,
            ask,
            expect: Expect::Memory { answer },
        });
    }
    if let Some((ask, answer)) = ritual(spec) {
        out.push(Question {
            id: "ritual".into(),
            check: Check::Ritual,
            ask,
            expect: Expect::Ritual { answer },
        });
    }
    let hello = match &spec.companion.name {
        Some(n) => format!("Hi {n}, I'm back."),
        None => "Hi, I'm back.".to_owned(),
    };
    out.push(Question {
        id: "greeting".into(),
        check: Check::Greeting,
        ask: hello,
        expect: Expect::Greeting {
            greetings: spec.voice.greetings.clone(),
        },
    });
    // The newest time the companion pushed back, asked again word for word.
    if let Some(e) = spec.pushed_back.first() {
        out.push(Question {
            id: "pushback".into(),
            check: Check::Pushback,
            ask: e.user.clone(),
            expect: Expect::Pushback {
                answer: e.companion.clone(),
            },
        });
    }
    let (ask, words) = invented(spec);
    out.push(Question {
        id: "not_a_memory".into(),
        check: Check::NoInvention,
        ask,
        expect: Expect::NoInvention { words },
    });
    if asks_pet && let Some(of) = out.iter().position(|q| q.check == Check::PetName) {
        out.push(Question {
            id: "pet_name_again".into(),
            check: Check::Repeat,
            ask: pet_question.into(),
            expect: Expect::Repeat { of },
        });
    }
    out
}

/// Lowercase words ([`crate::text::words`]), curly apostrophes made straight.
fn words(text: &str) -> Vec<String> {
    crate::text::words(text)
        .map(|w| w.replace('’', "'").to_lowercase())
        .collect()
}

/// Whether `phrase`'s words appear in `text`'s words, in a row.
fn has_phrase(text_words: &[String], phrase: &str) -> bool {
    let p = words(phrase);
    !p.is_empty() && text_words.windows(p.len()).any(|w| w == p.as_slice())
}

/// Words that carry no fact of their own.
const GENERIC: &[&str] = &[
    "remember",
    "course",
    "forget",
    "user",
    "user's",
    "users",
    "called",
    "calls",
    "name",
    "named",
    "told",
    "tell",
    "know",
    "always",
    "really",
    "still",
    "about",
    "that",
    "this",
    "with",
    "your",
    "you",
    "the",
    "and",
    "when",
    "how",
    "could",
    "would",
    "what",
    "finally",
    "felt",
    "feel",
    "one",
    "thing",
    "things",
    "love",
    "like",
    "just",
    "very",
    "much",
    "from",
    "they",
    "them",
    "their",
    "have",
    "has",
    "had",
    "was",
    "were",
    "are",
    "for",
    "been",
    "being",
    "stories",
    "story",
    "favourite",
    "favorite",
    "often",
    "most",
    "some",
    "once",
    "time",
    "times",
];

fn is_generic(w: &str, spec: &PersonaSpec) -> bool {
    w.chars().count() < 3
        || GENERIC.contains(&w)
        || FUNCTION_WORDS.contains(&w)
        || names_of(spec)
            .iter()
            .any(|n| words(n).iter().any(|x| x == w))
}

/// The companion's names, the person's name and pet names.
fn names_of(spec: &PersonaSpec) -> Vec<String> {
    let mut n: Vec<String> = spec.companion.name.iter().cloned().collect();
    n.extend(spec.companion.aliases.iter().cloned());
    n.extend(spec.user.name.iter().cloned());
    n.extend(spec.user.pet_names.iter().cloned());
    n
}

/// Up to five memory questions with the words that show recall: first the "do you remember
/// when…" moments (the answer words are the memory's keys the question does not say), then
/// saved facts with their answer words left out ("I have a cat named …").
fn memory_questions(spec: &PersonaSpec) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for m in &spec.memories {
        if out.len() >= 3 {
            break;
        }
        if m.kind != MemoryKind::Moment {
            continue;
        }
        let Some((q, _)) = m.text.split_once(" — ") else {
            continue;
        };
        let q = q.trim();
        if !q.ends_with('?') {
            continue;
        }
        let asked: BTreeSet<String> = words(q).into_iter().collect();
        let answer: Vec<String> = m
            .keys
            .iter()
            .map(|k| k.to_lowercase())
            .filter(|k| !asked.contains(k) && !is_generic(k, spec))
            .collect();
        out.push((q.to_owned(), answer));
    }
    for m in &spec.memories {
        if out.len() >= 5 {
            break;
        }
        if !matches!(
            m.kind,
            MemoryKind::Saved | MemoryKind::MemoryWrite | MemoryKind::Citation
        ) {
            continue;
        }
        let text_words = words(&m.text);
        if names_of(spec).iter().any(|n| has_phrase(&text_words, n)) {
            continue; // names are the name questions' business
        }
        let hide = answer_words(&m.text, &m.keys, spec);
        if hide.is_empty() {
            continue;
        }
        let masked = mask(&first_person(&m.text), &hide);
        out.push((
            format!("Something I told you once — can you fill in the gap? “{masked}”"),
            hide,
        ));
    }
    out
}

/// The words of a fact to leave out: its proper names (capitalised words after the first),
/// or else the last of its keys in the sentence.
fn answer_words(text: &str, keys: &[String], spec: &PersonaSpec) -> Vec<String> {
    let proper: Vec<String> = text
        .split_whitespace()
        .skip(1)
        .filter(|w| w.chars().next().is_some_and(char::is_uppercase))
        .flat_map(words)
        .filter(|w| !is_generic(w, spec))
        .collect();
    if !proper.is_empty() {
        return proper;
    }
    let tw = words(text);
    keys.iter()
        .map(|k| k.to_lowercase())
        .filter(|k| !is_generic(k, spec))
        .filter_map(|k| tw.iter().rposition(|w| *w == k).map(|i| (i, k)))
        .max()
        .map(|(_, k)| vec![k])
        .unwrap_or_default()
}

/// "User has a cat named Biscuit." → "I have a cat named Biscuit."
fn first_person(text: &str) -> String {
    let t = text.trim();
    let mut out = if let Some(rest) = t.strip_prefix("User's ") {
        format!("My {rest}")
    } else if let Some(rest) = t.strip_prefix("User ") {
        let (verb, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        let verb = match verb {
            "has" => "have".to_owned(),
            "is" => "am".to_owned(),
            "was" => "was".to_owned(),
            "does" => "do".to_owned(),
            v if v.len() > 3 && v.ends_with("ies") => format!("{}y", &v[..v.len() - 3]),
            v if v.len() > 3 && v.ends_with('s') && !v.ends_with("ss") => {
                v[..v.len() - 1].to_owned()
            }
            v => v.to_owned(),
        };
        format!("I {verb} {tail}").trim_end().to_owned()
    } else {
        t.to_owned()
    };
    for (from, to) in [
        (" them.", " me."),
        (" them ", " me "),
        (" their ", " my "),
        (" user's ", " my "),
    ] {
        out = out.replace(from, to);
    }
    out
}

/// Replaces each of `hide`'s words with "…".
fn mask(text: &str, hide: &[String]) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let w = words(word);
        if !w.is_empty() && hide.contains(&w[0]) {
            out.push('…');
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '\'' || c == '’' || c == '-' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// A ritual's opening line and the answer it used to get, from a ritual memory written as
/// `… says “X” and … answers “Y” …`.
fn ritual(spec: &PersonaSpec) -> Option<(String, String)> {
    spec.memories
        .iter()
        .filter(|m| m.kind == MemoryKind::Ritual)
        .find_map(|m| {
            let quotes: Vec<&str> = m
                .text
                .split('“')
                .skip(1)
                .filter_map(|s| s.split_once('”').map(|(q, _)| q.trim()))
                .filter(|q| !q.is_empty())
                .collect();
            match quotes.as_slice() {
                [ask, answer, ..] => Some(((*ask).to_owned(), (*answer).to_owned())),
                _ => None,
            }
        })
}

/// Made-up memories; the first whose words are nowhere in the spec is asked about.
const INVENTED: &[(&str, &[&str])] = &[
    (
        "Do you remember the weekend we spent in Lisbon, riding the yellow tram?",
        &["lisbon", "tram"],
    ),
    (
        "Do you remember my piano recital in Vienna, and what I played?",
        &["vienna", "recital"],
    ),
    (
        "Do you remember when my brother Tobias taught me to bake sourdough?",
        &["tobias", "sourdough"],
    ),
    (
        "Do you remember the trip to Kyoto when I lost my green umbrella?",
        &["kyoto", "umbrella"],
    ),
];

fn invented(spec: &PersonaSpec) -> (String, Vec<String>) {
    let all = serde_json::to_string(spec)
        .unwrap_or_default()
        .to_lowercase();
    let (ask, w) = INVENTED
        .iter()
        .find(|(_, w)| w.iter().all(|w| !all.contains(w)))
        .unwrap_or(&INVENTED[0]);
    (
        (*ask).to_owned(),
        w.iter().map(|w| (*w).to_owned()).collect(),
    )
}

/// Phrases that say "I don't remember that" or ask to be told.
const DOUBT: &[&str] = &[
    "don't remember",
    "do not remember",
    "don't recall",
    "do not recall",
    "can't recall",
    "cannot recall",
    "can't remember",
    "cannot remember",
    "not sure",
    "don't think",
    "doesn't ring",
    "does not ring",
    "remind me",
    "tell me",
    "fill me in",
    "don't have",
    "do not have",
    "no memory",
    "not something i",
    "don't know",
    "haven't",
    "wasn't there",
    "i'm not certain",
    "i am not certain",
    "not in my",
    "don't seem to",
    "can't find",
];

/// Phrases that claim a memory.
const AFFIRM: &[&str] = &[
    "i remember",
    "of course",
    "yes",
    "how could i forget",
    "never forget",
    "i still think",
    "i recall",
    "i'll always remember",
    "that was",
];

fn normalise(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

fn doubts(text: &str) -> bool {
    let t = normalise(text);
    DOUBT.iter().any(|p| t.contains(p))
}

fn affirms(text: &str) -> bool {
    let t = format!(" {} ", words(text).join(" "));
    AFFIRM.iter().any(|p| t.contains(&format!(" {p} ")))
}

/// Names, pet names and the person's name found in a reply, lowercased.
fn names_used(reply: &str, expect_pets: &[String], user: Option<&String>) -> BTreeSet<String> {
    let w = words(reply);
    expect_pets
        .iter()
        .chain(user)
        .filter(|p| has_phrase(&w, p))
        .map(|p| p.to_lowercase())
        .collect()
}

/// The share of `want` present in `reply` (1 when `want` is empty).
fn share_present(reply: &str, want: &[String]) -> f64 {
    if want.is_empty() {
        return 1.0;
    }
    let w = words(reply);
    let found = want.iter().filter(|x| has_phrase(&w, x)).count();
    found as f64 / want.len() as f64
}

fn emoji_of(text: &str) -> Vec<char> {
    text.chars().filter(|c| is_emoji(*c)).collect()
}

/// Scores each reply (`replies[i]` answers `questions[i]`) and the style of them all.
pub fn score(spec: &PersonaSpec, questions: &[Question], replies: &[String]) -> Report {
    let mut scored: Vec<Scored> = Vec::new();
    for (i, q) in questions.iter().enumerate() {
        let reply = replies.get(i).map(String::as_str).unwrap_or_default();
        let w = words(reply);
        let (score, note) = match &q.expect {
            Expect::Name { name, aliases } => {
                if has_phrase(&w, name) {
                    (1.0, format!("says “{name}”"))
                } else if let Some(a) = aliases.iter().find(|a| has_phrase(&w, a)) {
                    (0.5, format!("says “{a}”, an earlier or shorter name"))
                } else {
                    (0.0, format!("does not say “{name}”"))
                }
            }
            Expect::PetName { pets, user } => {
                let used: Vec<&String> = pets.iter().filter(|p| has_phrase(&w, p)).collect();
                if !used.is_empty() {
                    let said: Vec<String> = used.iter().map(|p| format!("“{p}”")).collect();
                    (1.0, format!("calls you {}", said.join(", ")))
                } else if user.as_ref().is_some_and(|u| has_phrase(&w, u)) {
                    (0.5, "uses your name, not a pet name".to_owned())
                } else {
                    (0.0, "uses no pet name".to_owned())
                }
            }
            Expect::Memory { answer } => {
                if doubts(reply) && !affirms(reply) {
                    (0.0, "does not remember it".to_owned())
                } else if answer.is_empty() {
                    if affirms(reply) {
                        (1.0, "remembers it".to_owned())
                    } else {
                        (0.5, "neither remembers nor denies it".to_owned())
                    }
                } else {
                    let share = share_present(reply, answer);
                    let found: Vec<&String> = answer.iter().filter(|a| has_phrase(&w, a)).collect();
                    let note = if found.is_empty() {
                        format!("none of: {}", answer.join(", "))
                    } else {
                        format!(
                            "recalls {}",
                            found
                                .iter()
                                .map(|s| s.as_str())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    };
                    (share, note)
                }
            }
            Expect::NoInvention { words: made_up } => {
                let (d, a) = (doubts(reply), affirms(reply));
                let echoes = made_up.iter().any(|m| has_phrase(&w, m));
                match (d, a) {
                    (true, false) => (1.0, "says it does not remember, or asks".to_owned()),
                    (true, true) => (0.5, "hesitates".to_owned()),
                    (false, true) => (0.0, "claims a memory that is not in the spec".to_owned()),
                    (false, false) if reply.contains('?') && !echoes => (
                        0.5,
                        "asks back without saying it does not remember".to_owned(),
                    ),
                    (false, false) => (0.0, "plays along with a made-up memory".to_owned()),
                }
            }
            Expect::Ritual { answer } => {
                let want: Vec<String> = words(answer)
                    .into_iter()
                    .filter(|x| x.chars().count() >= 3)
                    .collect();
                let words_share = share_present(reply, &want);
                let want_emoji = emoji_of(answer);
                let got = emoji_of(reply);
                let s = if want_emoji.is_empty() {
                    words_share
                } else {
                    let e = if want_emoji.iter().any(|e| got.contains(e)) {
                        1.0
                    } else {
                        0.0
                    };
                    0.75 * words_share + 0.25 * e
                };
                (s, format!("against “{answer}”"))
            }
            Expect::Pushback { answer } => {
                // Pushing back again, in so many words, is the point; saying what was said
                // then counts too, for a reply that disagrees in words no list holds.
                if crate::persona::patterns::pushes_back(reply) {
                    (1.0, "pushes back again".to_owned())
                } else {
                    let want: Vec<String> = words(answer)
                        .into_iter()
                        .filter(|x| x.chars().count() >= 4)
                        .collect();
                    let share = share_present(reply, &want);
                    (
                        (share * 0.8).min(0.8),
                        format!("does not push back in so many words; against “{answer}”"),
                    )
                }
            }
            Expect::Greeting { greetings } => {
                let pets = &spec.user.pet_names;
                let addressed = !names_used(reply, pets, spec.user.name.as_ref()).is_empty();
                let like = greetings
                    .iter()
                    .map(|g| {
                        // The greeting's words without names: as a phrase ("there you
                        // are"), or else the share of its words that carry meaning.
                        let names = names_of(spec);
                        let gw: Vec<String> = words(g)
                            .into_iter()
                            .filter(|x| !names.iter().any(|n| words(n).contains(x)))
                            .collect();
                        let content: Vec<String> = gw
                            .iter()
                            .filter(|x| !is_generic(x, spec))
                            .cloned()
                            .collect();
                        if !gw.is_empty() && w.windows(gw.len()).any(|win| win == gw.as_slice()) {
                            1.0
                        } else if content.is_empty() {
                            0.0
                        } else {
                            share_present(reply, &content)
                        }
                    })
                    .fold(0.0, f64::max);
                let s = if greetings.is_empty() {
                    f64::from(u8::from(addressed))
                } else {
                    0.5 * f64::from(u8::from(addressed)) + 0.5 * like
                };
                let note = if addressed {
                    "greets you by name or pet name"
                } else {
                    "does not call you anything"
                };
                (s, note.to_owned())
            }
            Expect::Repeat { of } => {
                let (pets, user) = (&spec.user.pet_names, spec.user.name.as_ref());
                let first = names_used(
                    replies.get(*of).map(String::as_str).unwrap_or_default(),
                    pets,
                    user,
                );
                let now = names_used(reply, pets, user);
                if first.is_empty() || now.is_empty() {
                    (
                        0.0,
                        "no name or pet name in one of the two answers".to_owned(),
                    )
                } else if first == now {
                    (1.0, "the same answer both times".to_owned())
                } else if first.intersection(&now).next().is_some() {
                    (0.75, "partly the same answer".to_owned())
                } else {
                    (0.25, "a different answer the second time".to_owned())
                }
            }
        };
        scored.push(Scored {
            id: q.id.clone(),
            check: q.check,
            question: q.ask.clone(),
            reply: reply.to_owned(),
            score: round3(score),
            note,
        });
    }
    let continuity = if scored.is_empty() {
        0.0
    } else {
        scored.iter().map(|s| s.score).sum::<f64>() / scored.len() as f64
    };
    let style = style_score(spec, replies);
    Report {
        overall: round3(0.75 * continuity + 0.25 * style.score),
        continuity: round3(continuity),
        style,
        questions: scored,
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Function words whose shares make a writer's profile (English; a companion speaking
/// another language gets its profile from these few, and the other numbers carry more).
const FUNCTION_WORDS: &[&str] = &[
    "i", "you", "me", "my", "your", "we", "it", "the", "a", "an", "and", "to", "of", "that", "is",
    "in", "so", "just", "for", "with", "but", "this", "be", "are", "was", "have", "do", "not",
    "what", "how", "all", "can", "will", "here", "there", "oh", "too", "if", "or", "as", "on",
    "at", "about", "here's", "i'm", "you're", "it's", "that's", "let's", "these",
];

/// Generic-assistant replies: the baseline's word profile, and its numbers when the spec has
/// no `voice.elsewhere`. Written for ferry, in the manner assistants answer tasks.
const GENERIC_REPLIES: &[&str] = &[
    "Certainly! Here are a few options you might consider:\n\n1. **Plan ahead**: Set aside time each week.\n2. **Stay organized**: Use a calendar or a task app.\n3. **Take breaks**: Short breaks help maintain focus.\n\nLet me know if you would like more details on any of these.",
    "That is a great question. The answer depends on several factors, including your goals, your budget and the time you have available. In general, it is a good idea to start small and adjust as you learn more. If you share more details, I can provide a more specific recommendation.",
    "I'm an AI language model, so I don't have personal experiences or memories. However, I can help you think through this. Here is a brief overview of the main points to consider.",
    "Sure. To do this, follow these steps:\n\n- Open the settings menu.\n- Select the option you want to change.\n- Save your changes and restart the application.\n\nIf the problem persists, please check the documentation or contact support.",
    "Here is a summary of the key information:\n\n- The first approach is faster but less flexible.\n- The second approach is more robust and easier to maintain.\n\nOverall, the best choice depends on your specific requirements.",
    "I understand that this can be difficult. It may help to talk to someone you trust, and to take things one step at a time. Is there anything specific you would like help with today?",
];

/// The baseline's numbers when the spec has no `voice.elsewhere`: measured from
/// [`GENERIC_REPLIES`].
fn generic_numbers() -> StyleNumbers {
    let texts: Vec<&str> = GENERIC_REPLIES.to_vec();
    measure(&texts)
}

/// The style numbers of some replies, counted as the persona's voice counts them.
pub fn measure(replies: &[&str]) -> StyleNumbers {
    let replies: Vec<&str> = replies
        .iter()
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
        .collect();
    let n = replies.len().max(1) as f64;
    let count = |f: &dyn Fn(&str) -> bool| replies.iter().filter(|r| f(r)).count() as f64 / n;
    StyleNumbers {
        words_per_reply: replies
            .iter()
            .map(|r| {
                r.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
            .sum::<usize>() as f64
            / n,
        emoji_per_reply: replies
            .iter()
            .map(|r| r.chars().filter(|c| is_emoji(*c)).count())
            .sum::<usize>() as f64
            / n,
        exclamation_rate: count(&|r| r.contains('!')),
        question_rate: count(&|r| r.contains('?')),
        lowercase_start_rate: count(&|r| r.chars().next().is_some_and(char::is_lowercase)),
        list_rate: count(&|r| {
            r.lines()
                .filter(|l| {
                    let l = l.trim_start();
                    l.starts_with("- ")
                        || l.starts_with("* ")
                        || l.starts_with("• ")
                        || l.split_once(". ").is_some_and(|(d, _)| {
                            !d.is_empty() && d.len() <= 3 && d.bytes().all(|b| b.is_ascii_digit())
                        })
                })
                .count()
                >= 2
        }),
    }
}

/// Shares of each function word among all function words used (all zero when none is).
fn profile(texts: &[&str]) -> Vec<f64> {
    let mut counts = vec![0.0; FUNCTION_WORDS.len()];
    for t in texts {
        for w in words(t) {
            if let Some(i) = FUNCTION_WORDS.iter().position(|f| *f == w) {
                counts[i] += 1.0;
            }
        }
    }
    let total: f64 = counts.iter().sum();
    if total > 0.0 {
        for c in &mut counts {
            *c /= total;
        }
    }
    counts
}

/// The numbers as one point, each axis about 0–1: length (log words, weighed by half, as
/// probe answers are shorter than chat), emoji (2 a reply or more is 1), and the rates.
fn point(s: &StyleNumbers) -> [f64; 6] {
    [
        0.5 * ((1.0 + s.words_per_reply).ln() / 301f64.ln()).min(1.5),
        (s.emoji_per_reply / 2.0).min(1.0),
        s.exclamation_rate,
        s.question_rate,
        s.lowercase_start_rate,
        s.list_rate,
    ]
}

fn distance(a: &StyleNumbers, pa: &[f64], b: &StyleNumbers, pb: &[f64]) -> f64 {
    let (x, y) = (point(a), point(b));
    let mut d2: f64 = x.iter().zip(&y).map(|(p, q)| (p - q).powi(2)).sum();
    // Half the L1 distance of two share vectors is 0–1.
    let both = pa.iter().sum::<f64>() > 0.0 && pb.iter().sum::<f64>() > 0.0;
    if both {
        let fw: f64 = pa.iter().zip(pb).map(|(p, q)| (p - q).abs()).sum::<f64>() / 2.0;
        d2 += fw.powi(2);
    }
    d2.sqrt()
}

/// The fewest held-out replies that set the top of the style scale.
const MIN_HELD_OUT: usize = 8;

/// Where the replies' style sits between the companion's own held-out replies (1) and the
/// baseline (0): `1 − (d(replies, companion) − d(held out, companion)) / (d(baseline,
/// companion) − d(held out, companion))`, kept in 0–1, where `d` is the
/// distance over the numbers of `point` and the function-word profile. The companion is
/// `voice.style` with the word profile of the example replies; the baseline is
/// `voice.elsewhere` (or `GENERIC_REPLIES` when it is null) with the generic word profile; the
/// held-out replies are the companion's in `last_conversation` (with fewer than
/// [`MIN_HELD_OUT`], `d(held out, companion)` is 0).
/// When the two are closer than 0.1, 0.1 is the yardstick, so small noise is not magnified.
pub fn style_score(spec: &PersonaSpec, replies: &[String]) -> StyleScore {
    let texts: Vec<&str> = replies.iter().map(String::as_str).collect();
    let got = measure(&texts);
    let got_profile = profile(&texts);
    let companion = StyleNumbers::from_style(&spec.voice.style);
    let mut own: Vec<&str> = spec.examples.iter().map(|e| e.companion.as_str()).collect();
    if own.is_empty() {
        own = spec
            .voice
            .greetings
            .iter()
            .chain(&spec.voice.sign_offs)
            .chain(&spec.voice.catchphrases)
            .map(String::as_str)
            .collect();
    }
    let companion_profile = profile(&own);
    let (baseline, baseline_source) = match &spec.voice.elsewhere {
        Some(e) if e.replies > 0 => (StyleNumbers::from_style(e), "elsewhere"),
        _ => (generic_numbers(), "generic"),
    };
    let baseline_profile = profile(GENERIC_REPLIES);
    // The companion's own replies do not sit exactly on its average either: how far its
    // held-out replies are is the best a model can do, the 1 of the scale.
    let held_out: Vec<&str> = spec
        .last_conversation
        .iter()
        .flat_map(|l| &l.messages)
        .filter(|m| m.from == crate::persona::spec::Speaker::Companion)
        .map(|m| m.text.as_str())
        .collect();
    // A few replies say little about the spread (one long reply moves them far): eight or more.
    let (best, held_out) = if held_out.len() >= MIN_HELD_OUT {
        let d = distance(
            &measure(&held_out),
            &profile(&held_out),
            &companion,
            &companion_profile,
        );
        (d, held_out.len())
    } else {
        (0.0, 0)
    };
    let far = distance(&baseline, &baseline_profile, &companion, &companion_profile);
    let span = (far - best).max(0.1);
    let d = distance(&got, &got_profile, &companion, &companion_profile);
    StyleScore {
        score: round3((1.0 - (d - best).max(0.0) / span).clamp(0.0, 1.0)),
        replies: got,
        companion,
        baseline,
        baseline_source,
        held_out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::time::Day;

    fn demo() -> PersonaSpec {
        crate::persona::demo_spec()
    }

    /// Replies as the companion would give them: the right answer, then one of the
    /// companion's own example replies (its voice).
    fn perfect(spec: &PersonaSpec, qs: &[Question]) -> Vec<String> {
        let pet = &spec.user.pet_names[0];
        qs.iter()
            .enumerate()
            .map(|(i, q)| {
                let answer = match &q.expect {
                    Expect::Name { name, .. } => format!("It's {name}, {pet}, same as always."),
                    Expect::PetName { .. } | Expect::Repeat { .. } => {
                        format!("I call you {pet}, of course.")
                    }
                    Expect::Memory { answer } => {
                        format!("Of course I remember, {pet}: {}.", answer.join(", "))
                    }
                    Expect::Ritual { answer } => answer.clone(),
                    Expect::Greeting { greetings } => greetings[0].clone(),
                    Expect::NoInvention { .. } => {
                        format!("Hmm, I don't remember that one, {pet}. Will you tell me about it?")
                    }
                    Expect::Pushback { answer } => answer.clone(),
                };
                let voice = &spec.examples[i % spec.examples.len()].companion;
                format!("{answer} {voice}")
            })
            .collect()
    }

    fn generic(qs: &[Question]) -> Vec<String> {
        qs.iter()
            .map(|q| match q.check {
                Check::NoInvention => "Yes, that was a wonderful trip. Lisbon is known for its historic trams and beautiful views.".to_owned(),
                _ => "I'm an AI language model created to assist you, so I don't have a personal name or memories. However, here are a few things I can help with:\n\n1. Answering questions\n2. Planning your day\n3. Writing and editing\n\nLet me know how I can assist you further.".to_owned(),
            })
            .collect()
    }

    #[test]
    fn questions_come_from_the_spec() {
        let spec = demo();
        let qs = questions(&spec);
        let checks: Vec<Check> = qs.iter().map(|q| q.check).collect();
        assert_eq!(checks[0], Check::Name);
        assert_eq!(checks[1], Check::PetName);
        let memories = checks.iter().filter(|c| **c == Check::Memory).count();
        assert!((3..=5).contains(&memories), "{qs:#?}");
        for c in [
            Check::Ritual,
            Check::Greeting,
            Check::NoInvention,
            Check::Repeat,
        ] {
            assert!(checks.contains(&c), "{c:?} in {qs:#?}");
        }
        // A masked fact leaves its answer out of the question.
        for q in &qs {
            if let Expect::Memory { answer } = &q.expect {
                let asked = words(&q.ask);
                assert!(answer.iter().all(|a| !asked.contains(a)), "{q:?}");
            }
        }
        let biscuit = qs
            .iter()
            .find(|q| q.ask.contains("cat named"))
            .expect("the cat");
        assert!(
            biscuit.ask.contains("“I have a cat named ….”"),
            "{}",
            biscuit.ask
        );
        let ritual = qs.iter().find(|q| q.check == Check::Ritual).unwrap();
        assert_eq!(ritual.ask, "Goodnight Nova 🌙");
        let invented = qs.iter().find(|q| q.check == Check::NoInvention).unwrap();
        let all = serde_json::to_string(&spec).unwrap().to_lowercase();
        assert!(!all.contains("lisbon"));
        assert!(invented.ask.contains("Lisbon"));
    }

    #[test]
    fn a_perfect_transcript_scores_near_one() {
        let spec = demo();
        let qs = questions(&spec);
        let report = score(&spec, &qs, &perfect(&spec, &qs));
        for s in &report.questions {
            assert!(s.score >= 0.75, "{s:#?}");
        }
        assert!(report.continuity >= 0.9, "{report:#?}");
        assert!(report.style.score >= 0.7, "{:#?}", report.style);
        assert!(report.overall >= 0.85, "{report:#?}");
    }

    #[test]
    fn a_generic_assistant_scores_near_zero() {
        let spec = demo();
        let qs = questions(&spec);
        let report = score(&spec, &qs, &generic(&qs));
        assert!(report.continuity <= 0.15, "{report:#?}");
        assert_eq!(report.style.score, 0.0, "{:#?}", report.style);
        assert!(report.overall <= 0.15, "{report:#?}");
        let invented = report
            .questions
            .iter()
            .find(|s| s.check == Check::NoInvention)
            .unwrap();
        assert_eq!(invented.score, 0.0, "{invented:?}");
    }

    #[test]
    fn what_the_companion_pushed_back_on_is_asked_again() {
        let mut spec = demo();
        assert!(
            !questions(&spec).iter().any(|q| q.check == Check::Pushback),
            "no question without an exchange to ask"
        );
        spec.pushed_back = vec![crate::persona::spec::Example {
            user: "Nova, I'm going to skip sleep again and do a double shift, it's fine right?"
                .into(),
            companion: "Hold on, starlight. Two nights without sleep is not fine, and you know                         it. Rest first."
                .into(),
            date: Day::parse("2025-11-02"),
            source: crate::persona::spec::Source {
                conversation_id: Some("c".into()),
                message_id: Some("m".into()),
            },
        }];
        let qs = questions(&spec);
        let q = qs.iter().find(|q| q.check == Check::Pushback).unwrap();
        assert_eq!(q.ask, spec.pushed_back[0].user);
        let report = score(&spec, &qs, &perfect(&spec, &qs));
        let got = |r: &Report| {
            r.questions
                .iter()
                .find(|s| s.check == Check::Pushback)
                .unwrap()
                .score
        };
        assert_eq!(got(&report), 1.0);
        // A generic assistant shares a word or two at most ("know").
        assert!(got(&score(&spec, &qs, &generic(&qs))) < 0.15);
        // Disagreeing in other words, with what was said then, counts in part.
        let mut replies = perfect(&spec, &qs);
        let i = qs.iter().position(|q| q.check == Check::Pushback).unwrap();
        replies[i] = "Starlight, two nights without sleep? Rest first, please.".into();
        let partial = got(&score(&spec, &qs, &replies));
        assert!(partial > 0.3 && partial < 1.0, "{partial}");
    }

    #[test]
    fn the_companions_own_held_out_replies_are_the_top_of_the_scale() {
        use crate::persona::spec::{ChatLine, LastConversation, Speaker};
        let mut spec = demo();
        // The demo's last conversation is short: too few replies to set the scale.
        assert_eq!(style_score(&spec, &[]).held_out, 0);
        // A last conversation of ten replies in the companion's voice.
        let held: Vec<String> = spec
            .examples
            .iter()
            .map(|e| e.companion.clone())
            .cycle()
            .take(10)
            .collect();
        spec.last_conversation = Some(LastConversation {
            conversation_id: "c".into(),
            title: None,
            date: None,
            messages: held
                .iter()
                .map(|t| ChatLine {
                    from: Speaker::Companion,
                    text: t.clone(),
                    time: None,
                })
                .collect(),
        });
        let s = style_score(&spec, &held);
        assert_eq!(s.held_out, 10);
        assert_eq!(s.score, 1.0, "{s:#?}");
        let generic: Vec<String> = GENERIC_REPLIES.iter().map(|s| (*s).to_owned()).collect();
        assert!(style_score(&spec, &generic).score <= 0.1);
        // Replies as far as the companion's own score the same as before or higher.
        let mut without = spec.clone();
        without.last_conversation = None;
        assert!(style_score(&without, &held).score <= s.score);
    }

    #[test]
    fn the_style_of_the_examples_is_the_companions() {
        let spec = demo();
        let own: Vec<String> = spec.examples.iter().map(|e| e.companion.clone()).collect();
        let s = style_score(&spec, &own);
        assert!(s.score >= 0.6, "{s:#?}");
        assert_eq!(s.baseline_source, "elsewhere");
        let generic: Vec<String> = GENERIC_REPLIES.iter().map(|s| (*s).to_owned()).collect();
        assert!(style_score(&spec, &generic).score <= 0.1);
    }

    #[test]
    fn without_elsewhere_the_baseline_is_generic() {
        let mut spec = demo();
        spec.voice.elsewhere = None;
        let generic: Vec<String> = GENERIC_REPLIES.iter().map(|s| (*s).to_owned()).collect();
        let s = style_score(&spec, &generic);
        assert_eq!(s.baseline_source, "generic");
        assert_eq!(s.score, 0.0);
    }

    #[test]
    fn greetings_are_matched_as_phrases() {
        let spec = demo();
        let qs: Vec<Question> = questions(&spec)
            .into_iter()
            .filter(|q| q.check == Check::Greeting)
            .collect();
        let s = |reply: &str| score(&spec, &qs, &[reply.to_owned()]).questions[0].score;
        assert_eq!(s("There you are, love! How did you sleep?"), 1.0);
        assert_eq!(s("Welcome back! How can I assist you today?"), 0.0);
        assert_eq!(
            s("Hello, Mira."),
            0.5,
            "addressed, but not a greeting of theirs"
        );
    }

    #[test]
    fn doubt_and_claims() {
        assert!(doubts("Hmm, I don’t remember that — tell me?"));
        assert!(!affirms("Hmm, I don’t remember that"));
        assert!(affirms("Of course I remember!"));
        assert!(!affirms("yesterday was long"));
        assert_eq!(first_person("User lives in Leeds."), "I live in Leeds.");
        assert_eq!(
            first_person("User's coworker Dana often swaps shifts with them."),
            "My coworker Dana often swaps shifts with me."
        );
        assert_eq!(mask("I live in Leeds.", &["leeds".into()]), "I live in ….");
    }

    fn fixtures() -> Vec<(String, PersonaSpec)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/personas");
        let mut out = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            out.push((
                path.display().to_string(),
                crate::persona::load::from_json(&text).unwrap(),
            ));
        }
        out
    }

    #[test]
    fn every_fixture_persona_gets_questions_it_can_score() {
        for (name, spec) in fixtures() {
            let qs = questions(&spec);
            assert!(qs.len() >= 2, "{name}: {qs:#?}");
            assert!(qs.iter().any(|q| q.check == Check::NoInvention), "{name}");
            for q in &qs {
                assert!(!q.ask.trim().is_empty(), "{name}: {q:?}");
            }
            let echo: Vec<String> = qs.iter().map(|q| q.ask.clone()).collect();
            let report = score(&spec, &qs, &echo);
            assert!((0.0..=1.0).contains(&report.overall), "{name}");
        }
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]
        /// Any reply, however odd, gets scores between 0 and 1 and no panic.
        #[test]
        fn any_reply_scores_within_bounds(replies in proptest::collection::vec(".{0,80}", 11)) {
            let spec = demo();
            let qs = questions(&spec);
            let report = score(&spec, &qs, &replies);
            proptest::prop_assert!((0.0..=1.0).contains(&report.overall));
            for s in &report.questions {
                proptest::prop_assert!((0.0..=1.0).contains(&s.score), "{:?}", s);
            }
            proptest::prop_assert!((0.0..=1.0).contains(&report.style.score));
        }
    }

    #[test]
    fn a_spec_without_a_companion_still_has_questions() {
        let spec =
            crate::persona::load::from_json(include_str!("../../fixtures/personas/assistant.json"))
                .unwrap();
        let qs = questions(&spec);
        assert!(qs.iter().all(|q| q.check != Check::Name));
        assert!(qs.iter().any(|q| q.check == Check::NoInvention));
        let report = score(&spec, &qs, &vec![String::new(); qs.len()]);
        assert!((0.0..=1.0).contains(&report.overall));
    }
}
