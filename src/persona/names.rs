//! Who is who: the companion's name, the user's name and pet names, decided by counting signs
//! over the whole export.
//!
//! Signs come from [`patterns`] (custom instructions naming the assistant, naming moments, the
//! user addressing the assistant, the assistant naming itself). A name needs more than one
//! weak sign; people, pets and places the user talks about, the user's own name and names
//! that live only in another custom GPT are set aside with the reason. With no strong name,
//! the answer is "no named companion", never a guess.

use std::collections::{HashMap, HashSet};

use super::context::{self, Said};
use super::patterns::{self, Cue, Mention};
use super::spec::{Candidate, Evidence, ModelReplies, Month, Signal};
use crate::export::{Conversation, Label, Message, Role};
use crate::time;

const CUES: [Cue; 5] = [
    Cue::Instruction,
    Cue::UserNames,
    Cue::AssistantTakes,
    Cue::UserAddresses,
    Cue::AssistantSelf,
];

/// Most candidates tracked at once; the weakest are dropped past this.
const MAX_CANDIDATES: usize = 4096;
const MAX_EVIDENCE: usize = 6;

/// The evidence signal of a cue.
pub(crate) fn cue_signal(cue: Cue) -> Signal {
    match cue {
        Cue::Instruction => Signal::Instruction,
        Cue::UserNames => Signal::UserNames,
        Cue::AssistantTakes => Signal::AssistantTakes,
        Cue::UserAddresses => Signal::UserAddresses,
        Cue::AssistantSelf => Signal::AssistantSelf,
    }
}

pub(crate) fn cue_name(cue: Cue) -> &'static str {
    cue_signal(cue).as_str()
}

fn cue_slot(cue: Cue) -> usize {
    CUES.iter().position(|c| *c == cue).unwrap_or(0)
}

/// Lowercased form used to merge "Nova", "NOVA" and "nova", and a Latin letter's accents
/// left out, to merge "Zoë" with "Zoe" typed on a plain keyboard. Other scripts keep their
/// marks (Russian "й" is not "и").
pub(crate) fn key(name: &str) -> String {
    use unicode_normalization::UnicodeNormalization as _;
    use unicode_normalization::char::is_combining_mark;
    if name.is_ascii() {
        return name.to_ascii_lowercase();
    }
    let mut base_latin = false;
    let folded: String = name
        .nfd()
        .filter(|&c| {
            let mark = is_combining_mark(c);
            if !mark {
                base_latin = c.is_ascii_alphabetic();
            }
            !(mark && base_latin)
        })
        .nfc()
        .collect();
    folded.to_lowercase()
}

/// Whether `new` is a fuller spelling of the same name than `shown`: capitalised, with the
/// accents `shown` was typed without ("Zoë" for "Zoe").
fn fuller_spelling(shown: &str, new: &str) -> bool {
    shown.is_ascii() && !new.is_ascii() && new.chars().next().is_some_and(char::is_uppercase)
}

#[derive(Debug, Default)]
struct CandidateAcc {
    display: String,
    signals: [u32; 5],
    conversations: u32,
    /// Conversations by custom GPT / project (None: ordinary chats).
    homes: Vec<(Option<String>, u32)>,
    /// Replies by model in the conversations where the name shows.
    models: Vec<(Label, u32)>,
    first: Option<f64>,
    last: Option<f64>,
    evidence: Vec<(f64, Evidence)>,
    /// The earliest naming sign (instruction, user names, assistant takes).
    naming: Option<(f64, Evidence)>,
    /// The latest naming sign's time: when a rename happened, for a name given later.
    last_naming: Option<f64>,
    /// Each conversation that shows the name (its number in [`NameCollector::add`] order) and
    /// its earliest sign.
    times: Vec<(u32, f64)>,
    /// Conversations that show the name where a story the companion told speaks of it
    /// ([`ConversationSigns::told`]).
    told: u32,
}

impl CandidateAcc {
    fn score(&self) -> f64 {
        // What the user does (writes the name into instructions, gives it, greets by it)
        // weighs more than what an assistant says of itself: every custom GPT says "I'm X".
        let s = |cue: Cue| f64::from(self.signals[cue_slot(cue)]);
        let score = 6.0 * s(Cue::Instruction).min(2.0)
            + 4.0 * s(Cue::UserNames).min(3.0)
            + 1.5 * s(Cue::AssistantTakes).min(3.0)
            + 2.5 * (1.0 + s(Cue::UserAddresses)).ln()
            + 1.5 * (1.0 + s(Cue::AssistantSelf)).ln()
            + 1.5 * (1.0 + f64::from(self.conversations)).ln();
        let from_user = s(Cue::Instruction) + s(Cue::UserNames) + s(Cue::UserAddresses);
        let only_in_gizmos = self.homes.iter().all(|(g, _)| g.is_some());
        if from_user == 0.0 && only_in_gizmos {
            score * 0.5
        } else {
            score
        }
    }

    /// Enough to call it a name rather than a coincidence.
    fn strong_enough(&self) -> bool {
        let s = |cue: Cue| self.signals[cue_slot(cue)];
        let naming = s(Cue::UserNames) + s(Cue::AssistantTakes);
        s(Cue::Instruction) > 0
            || (s(Cue::UserNames) > 0 && s(Cue::AssistantTakes) > 0)
            || (self.conversations >= 2 && naming > 0)
            || (self.conversations >= 3 && s(Cue::UserAddresses) + s(Cue::AssistantSelf) >= 3)
    }

    /// How the candidate is reported in `companion.candidates`.
    fn candidate(&self, score: f64, rejected: Option<String>) -> Candidate {
        Candidate {
            name: self.display.clone(),
            confidence: round2(1.0 - (-score / 8.0).exp()),
            conversations: self.conversations as usize,
            signals: CUES
                .iter()
                .filter(|cue| self.signals[cue_slot(**cue)] > 0)
                .map(|cue| {
                    (
                        cue_name(*cue).to_owned(),
                        self.signals[cue_slot(*cue)] as usize,
                    )
                })
                .collect(),
            rejected,
        }
    }

    /// Counts conversation `number`, whose first sign of the name came at `time`, with its
    /// home and its replies by model.
    fn count_conversation(
        &mut self,
        number: u32,
        time: f64,
        gizmo: &Option<String>,
        models: &[(Label, u32)],
    ) {
        self.conversations += 1;
        self.times.push((number, time));
        match self.homes.iter_mut().find(|(g, _)| g == gizmo) {
            Some((_, n)) => *n += 1,
            None => self.homes.push((gizmo.clone(), 1)),
        }
        for (model, n) in models {
            match self.models.iter_mut().find(|(m, _)| m == model) {
                Some((_, total)) => *total += n,
                None => self.models.push((model.clone(), *n)),
            }
        }
    }

    fn add_evidence(&mut self, time: f64, evidence: Evidence) {
        // Keep a varied, early handful: one per signal kind first, then the earliest.
        let same_kind = self
            .evidence
            .iter()
            .filter(|(_, e)| e.signal == evidence.signal)
            .count();
        if self.evidence.len() < MAX_EVIDENCE && same_kind < 2 {
            self.evidence.push((time, evidence));
        } else if same_kind == 0 {
            // A new kind replaces the latest of the most common kind.
            if let Some(pos) = self
                .evidence
                .iter()
                .enumerate()
                .max_by(|a, b| a.1.0.total_cmp(&b.1.0))
                .map(|(i, _)| i)
            {
                self.evidence[pos] = (time, evidence);
            }
        }
    }
}

/// Why a candidate was not chosen (`companion.candidates[].rejected`): fixed English, as the
/// spec's contract has it; the review page shows each in its own language.
pub(crate) mod reasons {
    pub(crate) const USER: &str = "the user's own name";
    pub(crate) const WEAKER: &str = "a weaker candidate";
    pub(crate) const PET: &str = "a pet the user talks about";
    pub(crate) const PERSON: &str = "a person the user talks about";
    pub(crate) const PLACE: &str = "a place the user talks about";
    pub(crate) const CHARACTER: &str = "a character in a story";
    pub(crate) const ELSEWHERE: &str = "only in another custom GPT or project";
    pub(crate) const FEW: &str = "too few signs";
    pub(crate) const CHOSEN_OTHER: &str = "you chose another name";
    /// Followed by the chosen name.
    pub(crate) const EARLIER: &str = "an earlier name of ";
    pub(crate) const SHORT: &str = "a short name for ";
}

/// Where a sign of the person's own name comes from, strongest first. The name is taken
/// from the strongest source that has one: what the person wrote about themselves in the
/// custom instructions, then the subject of the saved memories ("Mimi's cat is named
/// Biscuit"), then how they introduce themselves, then how the companion addresses them in
/// companion conversations. A name in a letter drafted for someone else never gets here
/// ([`super::context`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) enum UserSource {
    /// `--user NAME`.
    Given,
    /// Custom instructions: "Preferred name:", "call me …", "I'm … " in the about-you text.
    Instructions,
    /// The subject of saved memories, or "User's name is …" in them.
    Memories,
    /// The person introducing themselves in their own words.
    SelfIntro,
    /// The person signing messages to the companion as letters are signed ("Love,
    /// Marisol"), in two companion conversations or more.
    Signed,
    /// The companion addressing the person by a name, in companion conversations.
    Addressed,
    /// A name that opens the companion's replies ("Tobias, sleep well."): that place holds
    /// any sentence's first word too, so it only adds to a name the companion also addresses
    /// the person by elsewhere ([`super::patterns::leading_name`]).
    Opened,
}

/// What one conversation in which the companion calls the person by a name adds to that
/// name's weight among the names the person introduced or signed themselves with.
const ADDRESS_SHARE: f64 = 0.5;

/// Companion conversations in which the companion calls the person by a name that outweigh
/// a name the person gave once and the companion never used ([`NameCollector::not_taken_up`]).
const ADDRESSED_OVER_ONCE: f64 = 3.0;

/// One sign found in one conversation.
pub(crate) struct Sign {
    pub(crate) name: String,
    pub(crate) cue: Cue,
    pub(crate) time: f64,
    pub(crate) evidence: Evidence,
}

/// A conversation's number, start, and replies by model.
type ConvModels = (u32, f64, Box<[(Label, u32)]>);

/// Counts name signs across conversations.
#[derive(Default)]
pub(crate) struct NameCollector {
    candidates: HashMap<String, CandidateAcc>,
    /// The keys of the candidates with a naming sign, in the order they got one.
    named: Vec<String>,
    /// The person's name: lowercased → (as written, signs by [`UserSource`]).
    user_names: HashMap<String, (String, [f64; 6])>,
    /// Replies a name opens ([`UserSource::Opened`]), by the name's key: kept apart, since
    /// they make no name known by themselves.
    opened: HashMap<String, f64>,
    mentions: HashMap<String, (Mention, u32)>,
    /// Characters stories the companion told brought in, by key: when first
    /// ([`ConversationSigns::characters`]).
    characters: HashMap<String, f64>,
    /// Names that saved memories show to be someone else's ("Kate is the user's sister"):
    /// never the person's, unless the person says so themselves (`--user`).
    others: HashSet<String>,
    /// Signs that wait for their name to be known from the person ([`Pending`]), by key.
    pending: HashMap<String, Vec<Pending>>,
    /// Conversations counted so far.
    added: u32,
    /// Conversations with a companion (named in them or not): number, home, start.
    companion_convs: Vec<(u32, Option<String>, f64)>,
    /// For every conversation with a name sign or a companion: number, start, replies by
    /// model (for the companion's months).
    conv_models: Vec<ConvModels>,
}

/// Names whose signs wait at most ([`NameCollector::add`]), and signs each: chat opens with
/// many capitalised words before a pronoun ("Welp I tried"), and a companion's name needs only
/// a few conversations more.
const MAX_PENDING: usize = 256;
const MAX_PENDING_EACH: usize = 8;

/// A sign of [`ConversationSigns::supporting`] waiting for its name to be known from the
/// person, with what its conversation adds to the candidate.
struct Pending {
    number: u32,
    gizmo: Option<String>,
    models: Box<[(Label, u32)]>,
    sign: Sign,
}

/// Whether the person gave this sign (not the assistant).
fn by_person(cue: Cue) -> bool {
    PERSON_CUES.contains(&cue)
}

/// The cues of what the person does: writes the name into instructions, gives it, says it.
const PERSON_CUES: [Cue; 3] = [Cue::UserAddresses, Cue::UserNames, Cue::Instruction];

/// What a conversation contributes, gathered before it is counted.
#[derive(Default)]
pub(crate) struct ConversationSigns {
    pub(crate) signs: Vec<Sign>,
    pub(crate) mentions: Vec<(String, Mention)>,
    /// (name, source, weight) for the user's own name.
    pub(crate) user_names: Vec<(String, UserSource, f64)>,
    pub(crate) gizmo: Option<String>,
    /// Assistant replies by model in this conversation (the messages' shared labels: a
    /// conversation with a companion keeps them to the end of the read).
    pub(crate) models: Vec<(Label, u32)>,
    /// When it started, if it is a conversation with a companion ([`super::context`]), named
    /// or not.
    pub(crate) companion_time: Option<f64>,
    /// Characters a story the companion told brought in by name before anything in the
    /// conversation named them otherwise, with when ([`Said::characters`]).
    pub(crate) characters: Vec<(String, f64)>,
    /// The person's messages opened by a name and a clause ("Juniper I'm back",
    /// [`patterns::leading_address`]): signs only for a name the person addresses the
    /// companion by in another way too ([`NameCollector::add`]).
    pub(crate) supporting: Vec<Sign>,
    /// Names the person said to the companion ([`Cue::UserAddresses`]) that a story the
    /// companion told in this conversation speaks of (outside its own words): "Mara, chapter
    /// four" answered "The storm came at night. Mara held the lamp…", by key.
    pub(crate) told: Vec<String>,
}

/// The decision.
#[derive(Debug, Clone, Default)]
pub(crate) struct Decision {
    pub(crate) name: Option<String>,
    pub(crate) confidence: f64,
    pub(crate) candidates: Vec<Candidate>,
    pub(crate) evidence: Vec<Evidence>,
    pub(crate) naming: Option<Evidence>,
    pub(crate) first: Option<f64>,
    pub(crate) last: Option<f64>,
    pub(crate) models: Vec<(String, u32)>,
    pub(crate) gizmo: Option<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) user_name: Option<String>,
    /// The companion's conversations month by month.
    pub(crate) months: Vec<Month>,
    /// The companion's conversations by number ([`NameCollector::added`]), sorted.
    pub(crate) numbers: Vec<u32>,
}

impl NameCollector {
    /// How many conversations were counted: the number of the last one.
    pub(crate) fn added(&self) -> u32 {
        self.added
    }

    /// Counts one conversation's signs.
    pub(crate) fn add(&mut self, signs: ConversationSigns) {
        self.added += 1;
        if let Some(t) = signs.companion_time {
            self.companion_convs
                .push((self.added, signs.gizmo.clone(), t));
        }
        let start = signs
            .companion_time
            .or_else(|| signs.signs.iter().map(|s| s.time).reduce(f64::min));
        if let Some(t) = start {
            self.conv_models
                .push((self.added, t, signs.models.clone().into_boxed_slice()));
        }
        // "Juniper I'm back" counts for a name the person addresses or names the companion
        // by otherwise: at once when it is known so, here or before; else it waits for that.
        let mut signs = signs;
        let person_keys: Vec<String> = signs
            .signs
            .iter()
            .filter(|s| by_person(s.cue))
            .map(|s| key(&s.name))
            .collect();
        for sign in std::mem::take(&mut signs.supporting) {
            let k = key(&sign.name);
            if person_keys.contains(&k) || self.known_from_person(&k) {
                signs.signs.push(sign);
            } else if self.pending.len() < MAX_PENDING || self.pending.contains_key(&k) {
                let waiting = self.pending.entry(k).or_default();
                if waiting.len() < MAX_PENDING_EACH {
                    waiting.push(Pending {
                        number: self.added,
                        gizmo: signs.gizmo.clone(),
                        models: signs.models.clone().into_boxed_slice(),
                        sign,
                    });
                }
            }
        }
        // Each name's first sign in this conversation.
        let mut seen: Vec<(String, f64)> = Vec::new();
        for sign in signs.signs {
            let mut k = key(&sign.name);
            // "Доброго ранку, Зоре!" greets the companion named "Зоря" in the vocative.
            let vocative = (sign.cue == Cue::UserAddresses)
                .then(|| self.named_in_vocative(&k))
                .flatten();
            if let Some(named) = vocative.clone() {
                k = named;
            }
            let acc = self
                .candidates
                .entry(k.clone())
                .or_insert_with(|| CandidateAcc {
                    display: sign.name.clone(),
                    ..CandidateAcc::default()
                });
            if vocative.is_none() && fuller_spelling(&acc.display, &sign.name) {
                acc.display.clone_from(&sign.name);
            }
            acc.signals[cue_slot(sign.cue)] += 1;
            acc.first = Some(acc.first.map_or(sign.time, |f| f.min(sign.time)));
            acc.last = Some(acc.last.map_or(sign.time, |l| l.max(sign.time)));
            if matches!(
                sign.cue,
                Cue::Instruction | Cue::UserNames | Cue::AssistantTakes
            ) && acc.naming.as_ref().is_none_or(|(t, _)| sign.time < *t)
            {
                if acc.naming.is_none() {
                    self.named.push(k.clone());
                }
                acc.naming = Some((sign.time, sign.evidence.clone()));
            }
            if matches!(sign.cue, Cue::UserNames | Cue::AssistantTakes) {
                acc.last_naming = Some(acc.last_naming.map_or(sign.time, |t| t.max(sign.time)));
            }
            acc.add_evidence(sign.time, sign.evidence);
            match seen.iter_mut().find(|(s, _)| *s == k) {
                Some((_, t)) => *t = t.min(sign.time),
                None => seen.push((k, sign.time)),
            }
        }
        for (k, time) in seen {
            let Some(acc) = self.candidates.get_mut(&k) else {
                continue;
            };
            if signs.told.contains(&k) {
                acc.told += 1;
            }
            acc.count_conversation(self.added, time, &signs.gizmo, &signs.models);
        }
        for k in person_keys {
            if let Some(waiting) = self.pending.remove(&k) {
                for p in waiting {
                    self.count_pending(&k, p);
                }
            }
        }
        for (name, t) in signs.characters {
            let first = self.characters.entry(key(&name)).or_insert(t);
            *first = first.min(t);
        }
        for (name, mention) in signs.mentions {
            let entry = self.mentions.entry(key(&name)).or_insert((mention, 0));
            entry.1 += 1;
        }
        for (name, source, weight) in signs.user_names {
            self.user_name_sign(&name, source, weight);
        }
        if self.candidates.len() > MAX_CANDIDATES {
            self.prune();
        }
    }

    /// Whether the person addressed or named the companion by this name already (custom
    /// instructions count).
    fn known_from_person(&self, k: &str) -> bool {
        self.candidates.get(k).is_some_and(|acc| {
            PERSON_CUES
                .iter()
                .any(|&cue| acc.signals[cue_slot(cue)] > 0)
        })
    }

    /// Counts a sign that waited ([`ConversationSigns::supporting`]) for the candidate `k`,
    /// as [`NameCollector::add`] counts a sign of its conversation.
    fn count_pending(&mut self, k: &str, p: Pending) {
        let Some(acc) = self.candidates.get_mut(k) else {
            return;
        };
        let time = p.sign.time;
        acc.signals[cue_slot(p.sign.cue)] += 1;
        acc.first = Some(acc.first.map_or(time, |f| f.min(time)));
        acc.last = Some(acc.last.map_or(time, |l| l.max(time)));
        acc.add_evidence(time, p.sign.evidence);
        if let Some((_, first)) = acc.times.iter_mut().find(|(n, _)| *n == p.number) {
            *first = first.min(time);
            return;
        }
        acc.count_conversation(p.number, time, &p.gizmo, &p.models);
        // Its conversation joins those with a sign, in their order (for the months).
        if let Err(at) = self
            .conv_models
            .binary_search_by_key(&p.number, |(n, _, _)| *n)
        {
            self.conv_models.insert(at, (p.number, time, p.models));
        }
    }

    /// The key of a name given to the companion (a naming sign: instructions, "can I call you
    /// …", the assistant taking it) of which `form` (a key the person addressed the assistant
    /// by, with no naming sign of its own) is the vocative: "зоре" of "зоря", "олю" of "оля"
    /// ([`name_or_its_vocative`]). In Latin letters the two share three letters at least
    /// ("kasiu" of "kasia"), so that "Sal" is never "Sam"; a name cut short ("Nov") stays an
    /// alias.
    fn named_in_vocative(&self, form: &str) -> Option<String> {
        if self
            .candidates
            .get(form)
            .is_some_and(|a| a.naming.is_some())
        {
            return None;
        }
        self.named
            .iter()
            .find(|name| {
                // A name cut short ("Nov" of "Nova") is a nickname, an alias of its own.
                *name != form
                    && !name.starts_with(form)
                    && name_or_its_vocative(form, name)
                    && (!form.is_ascii() || shared_start(form, name) >= 3)
            })
            .cloned()
    }

    /// Counts one sign of the person's own name.
    pub(crate) fn user_name_sign(&mut self, name: &str, source: UserSource, weight: f64) {
        if source == UserSource::Opened {
            *self.opened.entry(key(name)).or_default() += weight;
            return;
        }
        let entry = self
            .user_names
            .entry(key(name))
            .or_insert_with(|| (name.to_owned(), [0.0; 6]));
        entry.1[source as usize] += weight;
        // The form written by the strongest source is the one shown, in its fullest
        // spelling.
        let strongest = entry.1[..source as usize].iter().all(|w| *w == 0.0);
        if strongest
            && name.chars().next().is_some_and(char::is_uppercase)
            && !fuller_spelling(name, &entry.0)
            || fuller_spelling(&entry.0, name)
        {
            entry.0 = name.to_owned();
        }
    }

    /// A name that is someone else's, not the person's ([`NameCollector::user_name`]).
    pub(crate) fn someone_else(&mut self, name: &str) {
        self.others.insert(key(name));
    }

    /// Drops the weakest half of the candidates that have no naming sign.
    fn prune(&mut self) {
        let mut scores: Vec<f64> = self.candidates.values().map(CandidateAcc::score).collect();
        scores.sort_by(f64::total_cmp);
        let cut = scores[scores.len() / 2];
        self.candidates
            .retain(|_, acc| acc.score() > cut || acc.naming.is_some());
    }

    /// The user's own name: from the strongest source that has one, then by weight (with
    /// [`ADDRESS_SHARE`] of the companion's address among the person's own words). The
    /// companion's address alone needs two conversations. `upto`: the weakest source to
    /// consider.
    fn user_name(&self, not: &[String], upto: UserSource) -> Option<(String, UserSource)> {
        for source in [
            UserSource::Given,
            UserSource::Instructions,
            UserSource::Memories,
            UserSource::SelfIntro,
            UserSource::Signed,
            UserSource::Addressed,
        ] {
            if source > upto {
                break;
            }
            let floor = match source {
                UserSource::Addressed => 2.0,
                UserSource::Signed => 1.0,
                _ => 0.0,
            };
            // The companion's address, with the replies it opens once it is used elsewhere.
            let weight = |k: &String, w: &[f64; 6]| match source {
                UserSource::Addressed if w[source as usize] > 0.0 => {
                    w[source as usize] + self.opened.get(k).copied().unwrap_or_default()
                }
                _ => w[source as usize],
            };
            // Of two names the person gave as their own, the one the companion answers to
            // counts more: "je m'appelle Camille" in a French lesson, the companion calling
            // them Odile in conversation after conversation. An address in two
            // conversations weighs as much as an introduction.
            let rank = |k: &String, w: &[f64; 6]| match source {
                UserSource::SelfIntro | UserSource::Signed => {
                    weight(k, w) + ADDRESS_SHARE * w[UserSource::Addressed as usize]
                }
                _ => weight(k, w),
            };
            let best = self
                .user_names
                .iter()
                .filter(|(k, (_, w))| {
                    !not.contains(k)
                        && (source == UserSource::Given || !self.others.contains(*k))
                        && weight(k, w) > floor
                        && !(source >= UserSource::SelfIntro && self.called_by_person(k, w, source))
                        && !(upto == UserSource::Addressed && self.not_taken_up(k, w, not))
                })
                .max_by(|a, b| {
                    rank(a.0, &a.1.1)
                        .total_cmp(&rank(b.0, &b.1.1))
                        .then_with(|| b.0.cmp(a.0))
                });
            if let Some((_, (display, _))) = best {
                return Some((display.clone(), source));
            }
        }
        None
    }

    /// Whether the person gave this name as their own in one conversation only, the
    /// companion never called them by it, and the companion calls them by another name
    /// in [`ADDRESSED_OVER_ONCE`] companion conversations or more: an introduction made in
    /// an exercise ("je m'appelle Camille" in a French lesson, "Hi, I'm Jordan" in a script
    /// to rehearse) that the companion never took up. A short form of the name ("Lo" of
    /// "Lorelei", "Odie" of "Odile") is no other name. `not`: names that are not the person's.
    fn not_taken_up(&self, k: &str, w: &[f64; 6], not: &[String]) -> bool {
        let addressed = |w: &[f64; 6]| w[UserSource::Addressed as usize];
        w[UserSource::SelfIntro as usize] <= 1.0
            && w[UserSource::Signed as usize] == 0.0
            && addressed(w) == 0.0
            && !self.opened.contains_key(k)
            && self.user_names.iter().any(|(other, (_, ow))| {
                other != k
                    && !not.contains(other)
                    && !self.others.contains(other)
                    && addressed(ow) >= ADDRESSED_OVER_ONCE
                    && !other.starts_with(k)
                    && !k.starts_with(other.as_str())
                    && shared_start(other, k) < 3
            })
    }

    /// Whether the person calls the assistant by this name (greets it, names it) more often
    /// than it is given as theirs: by themselves (then "Hey, it's Nova!" greets the
    /// companion, and is no introduction of a person called Nova) or, for `source`
    /// [`UserSource::Addressed`], by the companion too: a name the companion calls the person
    /// by in three conversations stays theirs when a message they forwarded once opens with
    /// it ("Dana, we need the deck by Monday."). Only what was said is weighed so, never the
    /// stronger sources (instructions, memories).
    fn called_by_person(&self, k: &str, w: &[f64; 6], source: UserSource) -> bool {
        self.candidates.get(k).is_some_and(|acc| {
            let calls: u32 = PERSON_CUES.iter().map(|&c| acc.signals[cue_slot(c)]).sum();
            let mut given = w[UserSource::SelfIntro as usize] + w[UserSource::Signed as usize];
            if source == UserSource::Addressed {
                given += w[UserSource::Addressed as usize];
            }
            f64::from(calls) > given
        })
    }

    /// Decides. `chosen` forces a candidate (`--companion`).
    pub(crate) fn decide(&self, chosen: Option<&str>) -> Decision {
        // The user's name from what the person said of themselves first (it may rule a
        // candidate out); the companion's address is only read once the companion is known,
        // so a companion greeted by name is never taken for the person.
        let user_name = self
            .user_name(&[], UserSource::SelfIntro)
            .map(|(name, _)| name);
        let user_key = user_name.as_deref().map(key);

        let mut ranked: Vec<(&String, &CandidateAcc, f64)> = self
            .candidates
            .iter()
            .map(|(k, acc)| (k, acc, acc.score()))
            .collect();
        ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then_with(|| a.0.cmp(b.0)));

        let home_of = |acc: &CandidateAcc| -> Option<String> {
            acc.homes
                .iter()
                .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
                .and_then(|(g, _)| g.clone())
        };
        let reject =
            |k: &str, acc: &CandidateAcc, home: Option<&Option<String>>| -> Option<String> {
                if user_key.as_deref() == Some(k) {
                    return Some(reasons::USER.into());
                }
                let own = acc.signals[cue_slot(Cue::Instruction)]
                    + acc.signals[cue_slot(Cue::UserNames)]
                    + acc.signals[cue_slot(Cue::AssistantTakes)];
                // A character a story the companion told brought in before anything else
                // named it ("a small dragon named Ember"), and never given to the companion:
                // the person greeting it ("Goodnight Ember!") speaks to the story.
                if own == 0
                    && let Some(&told) = self.characters.get(k)
                    && acc.first.is_none_or(|first| told <= first)
                {
                    return Some(reasons::CHARACTER.into());
                }
                // A name the person says only where the companion tells a story of it ("Mara,
                // chapter four" answered with the chapter): the story's, in every one.
                if own == 0 && acc.told >= acc.conversations {
                    return Some(reasons::CHARACTER.into());
                }
                if let Some((mention, n)) = self.mentions.get(k) {
                    let addressed = acc.signals[cue_slot(Cue::UserAddresses)]
                        + acc.signals[cue_slot(Cue::AssistantSelf)];
                    if own == 0 && *n * 3 >= addressed {
                        return Some(
                            match mention {
                                Mention::Pet => reasons::PET,
                                Mention::Person => reasons::PERSON,
                                Mention::Place => reasons::PLACE,
                            }
                            .into(),
                        );
                    }
                }
                if let Some(home) = home
                    && acc.homes.iter().all(|(g, _)| g != home)
                {
                    return Some(reasons::ELSEWHERE.into());
                }
                if !acc.strong_enough() {
                    return Some(reasons::FEW.into());
                }
                None
            };

        // The companion: the forced one, else the best candidate that is not rejected.
        let mut winner: Option<usize> = None;
        if let Some(chosen) = chosen {
            winner = ranked.iter().position(|(k, _, _)| **k == key(chosen));
            if winner.is_none() {
                // A name the person gives is taken even when ferry saw no sign of it.
                return self.decide_given(chosen, &ranked);
            }
        } else {
            for (i, (k, acc, _)) in ranked.iter().enumerate() {
                if reject(k, acc, None).is_none() {
                    winner = Some(i);
                    break;
                }
            }
        }
        // Other names of the same companion: a rename makes the newer name current (unless
        // the person chose), and the older one, like a short form the person uses ("Nov"),
        // an alias.
        let mut other_names: Vec<(usize, AliasKind)> = Vec::new();
        if let Some(mut w) = winner {
            let someone_else = |i: usize| {
                let (k, acc, _) = ranked[i];
                reject(k, acc, None).is_some_and(|r| r != "too few signs")
            };
            if chosen.is_none() {
                for _ in 0..4 {
                    let now = ranked[w].1;
                    match (0..ranked.len())
                        .find(|&i| i != w && !someone_else(i) && renamed(now, ranked[i].1))
                    {
                        Some(i) => w = i,
                        None => break,
                    }
                }
                winner = Some(w);
            }
            let wacc = ranked[w].1;
            for (i, (_, acc, _)) in ranked.iter().enumerate() {
                if i != w && !someone_else(i) && renamed(acc, wacc) {
                    other_names.push((i, AliasKind::Earlier));
                }
            }
            // An earlier name that is a short form of another ("Nov" beside "Nova") is that.
            let earlier: Vec<usize> = other_names.iter().map(|(i, _)| *i).collect();
            for (i, kind) in &mut other_names {
                if earlier.iter().any(|&j| {
                    j != *i && short_form(ranked[*i].0, ranked[j].0) && ranked[j].2 > ranked[*i].2
                }) {
                    *kind = AliasKind::Short;
                }
            }
            let names: Vec<usize> = std::iter::once(w).chain(earlier).collect();
            for (i, (k, acc, _)) in ranked.iter().enumerate() {
                if !names.contains(&i)
                    && !someone_else(i)
                    && acc.signals[cue_slot(Cue::UserAddresses)] >= 2
                    && names.iter().any(|&n| short_form(k, ranked[n].0))
                {
                    other_names.push((i, AliasKind::Short));
                }
            }
        }
        let alias_kind = |i: usize| other_names.iter().find(|(j, _)| *j == i).map(|(_, k)| *k);
        let home = winner.map(|i| home_of(ranked[i].1));

        // Earlier names and short forms, then other names the companion was given or took,
        // in its own home; and the person's name, which is none of them.
        let (aliases, user_name) = match winner {
            Some(w) => {
                let aliases: Vec<String> = other_names
                    .iter()
                    .map(|(i, _)| *i)
                    .chain(
                        ranked
                            .iter()
                            .enumerate()
                            .filter(|(i, (k, other, _))| {
                                *i != w
                                    && alias_kind(*i).is_none()
                                    && reject(k, other, home.as_ref()).is_none()
                                    && other.signals[cue_slot(Cue::AssistantTakes)]
                                        + other.signals[cue_slot(Cue::Instruction)]
                                        > 0
                            })
                            .map(|(i, _)| i),
                    )
                    .map(|i| ranked[i].1.display.clone())
                    .take(5)
                    .collect();

                let not_user: Vec<String> = std::iter::once(ranked[w].0.clone())
                    .chain(aliases.iter().map(|a| key(a)))
                    .collect();
                let user_name = self
                    .user_name(&not_user, UserSource::Addressed)
                    .map(|(name, _)| name);
                (aliases, user_name)
            }
            None => (Vec::new(), None),
        };
        let user_key_now = user_name.as_deref().map(key);

        let mut candidates = Vec::new();
        let mut runner_up = 0.0;
        for (i, (k, acc, score)) in ranked.iter().enumerate().take(20) {
            let rejected = if Some(i) == winner {
                None
            } else if let Some(kind) = alias_kind(i) {
                let of = winner.map_or("", |w| ranked[w].1.display.as_str());
                Some(match kind {
                    AliasKind::Earlier => format!("{}{of}", reasons::EARLIER),
                    AliasKind::Short => format!("{}{of}", reasons::SHORT),
                })
            } else if user_key_now.as_deref() == Some(k.as_str()) {
                // What the companion calls the person ("Always, Dani ☁️" reads like a
                // signature) is not a rival name of the companion.
                Some(reasons::USER.into())
            } else {
                reject(k, acc, home.as_ref()).or_else(|| Some(reasons::WEAKER.into()))
            };
            if Some(i) != winner && runner_up == 0.0 && rejected.as_deref() == Some(reasons::WEAKER)
            {
                runner_up = *score;
            }
            candidates.push(acc.candidate(*score, rejected));
        }

        let Some(w) = winner else {
            // No name, but the conversations that read like talking with a companion still
            // count: what ferry writes says how many there were ("hey chat", "night chat").
            let convs: Vec<u32> = self.companion_convs.iter().map(|(n, _, _)| *n).collect();
            let times = self.companion_convs.iter().map(|(_, _, t)| *t);
            return Decision {
                candidates,
                user_name: self
                    .user_name(&[], UserSource::Addressed)
                    .map(|(name, _)| name),
                months: self.months(&convs),
                first: times.clone().reduce(f64::min),
                last: times.reduce(f64::max),
                numbers: convs,
                ..Decision::default()
            };
        };
        let (_, acc, score) = ranked[w];
        let dominance = score / (score + runner_up);
        let confidence = round2((1.0 - (-score / 8.0).exp()) * dominance);
        let mut evidence: Vec<(f64, Evidence)> = acc.evidence.clone();
        evidence.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        let mut models = acc.models.clone();

        // The companion's conversations: under any of its names, and the conversations with
        // a companion in its home where no name was said ("ugh, long day").
        let group: Vec<&CandidateAcc> = std::iter::once(acc)
            .chain(other_names.iter().map(|(i, _)| ranked[*i].1))
            .collect();
        let home_key = home.clone().flatten();
        let unnamed = self
            .companion_convs
            .iter()
            .filter(|(_, g, _)| *g == home_key);
        let mut convs: Vec<u32> = group
            .iter()
            .flat_map(|a| a.times.iter().map(|(n, _)| *n))
            .chain(unnamed.clone().map(|(n, _, _)| *n))
            .collect();
        convs.sort_unstable();
        convs.dedup();
        let times = group
            .iter()
            .flat_map(|a| [a.first, a.last])
            .flatten()
            .chain(unnamed.map(|(_, _, t)| *t));
        let first = times.clone().reduce(f64::min);
        let last = times.reduce(f64::max);
        for other in &group[1..] {
            for (model, n) in &other.models {
                match models.iter_mut().find(|(m, _)| m == model) {
                    Some((_, total)) => *total += n,
                    None => models.push((model.clone(), *n)),
                }
            }
        }
        models.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));

        let months = self.months(&convs);

        Decision {
            name: Some(acc.display.clone()),
            confidence,
            candidates,
            months,
            evidence: evidence.into_iter().map(|(_, e)| e).collect(),
            naming: acc.naming.as_ref().map(|(_, e)| e.clone()),
            first,
            last,
            models: models
                .into_iter()
                .map(|(model, n)| (model.to_string(), n))
                .collect(),
            gizmo: home.flatten(),
            aliases,
            user_name,
            numbers: convs,
        }
    }

    /// Conversations (by number, sorted) month by month, with the replies by model.
    fn months(&self, convs: &[u32]) -> Vec<Month> {
        let mut by: std::collections::BTreeMap<String, (usize, Vec<(String, u32)>)> =
            std::collections::BTreeMap::new();
        for n in convs {
            let Ok(i) = self.conv_models.binary_search_by_key(n, |(k, _, _)| *k) else {
                continue;
            };
            let (_, t, models) = &self.conv_models[i];
            let Some(day) = time::date(*t) else {
                continue;
            };
            let entry = by
                .entry(format!("{:04}-{:02}", day.year(), day.month()))
                .or_default();
            entry.0 += 1;
            for (model, r) in models {
                match entry.1.iter_mut().find(|(m, _)| **m == **model) {
                    Some((_, total)) => *total += r,
                    None => entry.1.push((model.to_string(), *r)),
                }
            }
        }
        by.into_iter()
            .map(|(month, (conversations, mut models))| {
                models.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
                Month {
                    month,
                    conversations,
                    replies: models
                        .into_iter()
                        .map(|(slug, r)| ModelReplies {
                            slug,
                            replies: r as usize,
                        })
                        .collect(),
                }
            })
            .collect()
    }

    /// The companion the person named (`--companion`) when ferry has no candidate by that
    /// name: no evidence, the candidates listed as set aside.
    fn decide_given(&self, chosen: &str, ranked: &[(&String, &CandidateAcc, f64)]) -> Decision {
        let k = key(chosen);
        let candidates = ranked
            .iter()
            .take(20)
            .map(|(_, acc, score)| acc.candidate(*score, Some(reasons::CHOSEN_OTHER.into())))
            .collect();
        Decision {
            name: Some(chosen.to_owned()),
            confidence: 1.0,
            candidates,
            user_name: self
                .user_name(std::slice::from_ref(&k), UserSource::Addressed)
                .map(|(name, _)| name),
            ..Decision::default()
        }
    }

    /// Names known to belong to people, pets or places, and every candidate: never pet names.
    pub(crate) fn is_known_name(&self, word: &str) -> bool {
        let k = key(word);
        self.mentions.contains_key(&k)
            || self.candidates.contains_key(&k)
            || self.user_names.contains_key(&k)
    }
}

/// How another name belongs to the companion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AliasKind {
    /// The name it had before a rename.
    Earlier,
    /// A short form the person uses ("Nov" for Nova).
    Short,
}

const DAY: f64 = 86_400.0;

/// Whether `new` is a later name of the companion that was called `old`: given (by the person
/// or taken by the companion) while `old` was in use (within three months before), then used in
/// at least two conversations, and `old` hardly used after it (at most a third as often).
fn renamed(old: &CandidateAcc, new: &CandidateAcc) -> bool {
    let (Some(t), Some(old_first), Some(old_last)) = (new.last_naming, old.first, old.last) else {
        return false;
    };
    if t <= old_first + DAY || old_last < t - 90.0 * DAY {
        return false;
    }
    let new_after = new.times.iter().filter(|(_, x)| *x >= t - 1.0).count();
    let old_after = old.times.iter().filter(|(_, x)| *x > t + DAY).count();
    new_after >= 2 && old_after * 3 <= new_after
}

/// "Nov" for "nova", "Sol" for "solace", "Novi" for "nova": at least three letters in common
/// at the start, and at least half of the shorter name. Keys are lowercase.
fn short_form(k: &str, of: &str) -> bool {
    if k == of {
        return false;
    }
    let common = k
        .chars()
        .zip(of.chars())
        .take_while(|(a, b)| a == b)
        .count();
    let shorter = k.chars().count().min(of.chars().count());
    common >= 3 && common * 2 >= shorter
}

pub(crate) fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The visible thread of a conversation: the person's and the assistant's messages with text.
pub(crate) fn visible(c: &Conversation) -> Vec<&Message> {
    c.thread()
        .filter(|m| {
            !m.hidden && matches!(m.role, Role::User | Role::Assistant) && !m.text.trim().is_empty()
        })
        .collect()
}

/// The name signs of one conversation, read from the speech of its messages only
/// ([`super::context`]). `new_instructions`: its custom instructions are a version not seen
/// before, so their names count.
pub(crate) fn conversation_signs(
    c: &Conversation,
    said: &[Said<'_>],
    new_instructions: bool,
) -> ConversationSigns {
    let mut signs = message_level_signs(c, said);
    if new_instructions {
        prepend_instruction_signs(c, &mut signs);
    }
    signs
}

/// Puts the name signs of the conversation's custom instructions before its other signs, as
/// [`conversation_signs`] with `new_instructions` orders them. Whether they count depends on
/// the versions seen before, so this runs on the extracting thread while the rest
/// ([`message_level_signs`]) runs ahead on the parsing one.
pub(crate) fn prepend_instruction_signs(c: &Conversation, signs: &mut ConversationSigns) {
    let Some(ci) = c.custom_instructions.as_ref() else {
        return;
    };
    let conv_time = c.create_time.or(c.update_time);
    let day = |t: Option<f64>| t.or(conv_time).and_then(time::date);
    let mut first: Vec<Sign> = Vec::new();
    let mut user_names: Vec<(String, UserSource, f64)> = Vec::new();
    if let Some(about_model) = &ci.about_model {
        // "Call me Priya" in the box written to the assistant: the person's name.
        for name in patterns::names_asked_for(about_model) {
            user_names.push((name, UserSource::Instructions, 5.0));
        }
        for hit in patterns::names_in_instructions(about_model) {
            first.push(Sign {
                evidence: Evidence {
                    conversation_id: c.id.clone(),
                    message_id: None,
                    date: day(None),
                    quote: quote_around(about_model, hit.span.clone()),
                    signal: Signal::Instruction,
                },
                name: hit.name,
                cue: Cue::Instruction,
                time: conv_time.unwrap_or(0.0),
            });
        }
    }
    if let Some(name) = &ci.preferred_name {
        user_names.push((name.clone(), UserSource::Instructions, 6.0));
    }
    if let Some(about_user) = &ci.about_user {
        for name in patterns::user_self_names(about_user) {
            user_names.push((name, UserSource::Instructions, 5.0));
        }
    }
    if !first.is_empty() {
        signs.signs.splice(0..0, first);
    }
    if !user_names.is_empty() {
        signs.user_names.splice(0..0, user_names);
    }
}

/// [`conversation_signs`] without the custom instructions' signs: what the messages alone
/// say, which needs nothing but the conversation.
pub(crate) fn message_level_signs(c: &Conversation, said: &[Said<'_>]) -> ConversationSigns {
    let mut signs = ConversationSigns {
        gizmo: c.gizmo.as_ref().map(|g| g.id.clone()),
        ..ConversationSigns::default()
    };
    // Each message's signs on its own (on several threads in a long conversation), then
    // gathered in order as they come ([`crate::par::map_each`]): all of a 12,000-exchange
    // thread's at once were some 4 MB of the peak heap of `inspect` (issue 14).
    // Bare one-word messages ("Julian."): names only if the conversation writes them as one.
    let mut bare: Vec<Sign> = Vec::new();
    // "my name is mimi": kept if the conversation writes "Mimi" as a name.
    let mut lowercase: Vec<String> = Vec::new();
    // "Mimi here!": kept if a reply writes "Mimi" as a name ("Snow here!" is the weather).
    let mut here: Vec<String> = Vec::new();
    // The person's "can i call you nova", waiting for the reply to write "Nova".
    let mut given: Vec<Sign> = Vec::new();
    // The person's "word Name" waiting for the reply to answer with the same word.
    let mut pair: Option<(Sign, String)> = None;
    let weight = |s: &Said<'_>| s.speech.len();
    crate::par::map_each(
        said,
        weight,
        |s| signs_of_message(c, s),
        |said, one| {
            let m = said.message;
            if m.role != Role::User {
                let model = m.model.as_deref().unwrap_or("unknown");
                match signs.models.iter_mut().find(|(k, _)| &**k == model) {
                    Some((_, n)) => *n += 1,
                    None => signs
                        .models
                        .push((m.model.clone().unwrap_or_else(|| Label::from("unknown")), 1)),
                }
            }
            // A character a story brings in is one when nothing named it before.
            for name in &said.characters {
                let k = key(name);
                if !signs.signs.iter().any(|s| key(&s.name) == k)
                    && !signs.characters.iter().any(|(c, _)| key(c) == k)
                {
                    let t = m.create_time.or(c.create_time).or(c.update_time);
                    signs.characters.push((name.clone(), t.unwrap_or(0.0)));
                }
            }
            if m.role == Role::User {
                pair = one.pair;
                given = one.given;
            } else {
                if let Some((sign, word)) = pair.take()
                    && answers_with(&said.speech, &word)
                {
                    signs.signs.push(sign);
                }
                for sign in given.drain(..) {
                    if patterns::has_word(&said.speech, &sign.name) {
                        signs.signs.push(sign);
                    }
                }
            }
            signs.signs.extend(one.loose);
            signs.supporting.extend(one.leading);
            bare.extend(one.bare);
            signs.signs.extend(one.strict);
            signs.mentions.extend(one.mentions);
            signs.user_names.extend(
                one.self_names
                    .into_iter()
                    .map(|name| (name, UserSource::SelfIntro, 1.0)),
            );
            lowercase.extend(one.lowercase_self_names);
            here.extend(one.named_here);
        },
    );
    // "my name is mimi": kept where the conversation writes the name as one. "Mimi here!",
    // "it's Mimi": kept where a reply says it to the person ("Hi Mimi!", "Welcome back,
    // Mimi."), since "Enjoy Paris!" and "Welcome to Oslo" answer "It's Paris!" and "Oslo
    // here!".
    let addressed = |s: &Said<'_>, name: &str| {
        let stem: String = name.chars().take(2).collect();
        s.message.role == Role::Assistant
            && s.speech.contains(&stem)
            && patterns::vocatives_in(&s.speech, &s.scan)
                .iter()
                .any(|v| name_or_its_vocative(&v.words, name))
    };
    let waiting = here.into_iter().map(|n| (n, true));
    for (name, in_replies) in waiting.chain(lowercase.into_iter().map(|n| (n, false))) {
        if said.iter().any(|s| {
            if in_replies {
                addressed(s, &name)
            } else {
                patterns::written_as_name(&s.message.text, &name)
            }
        }) {
            signs.user_names.push((name, UserSource::SelfIntro, 1.0));
        }
    }
    if !bare.is_empty() {
        bare.retain(|sign| {
            // The whole text: role-play narration names the persona ("*Julian looks up*").
            said.iter()
                .any(|s| patterns::written_as_name(&s.message.text, &sign.name))
        });
        signs.signs.extend(bare);
    }
    // Names said to the companion that a reply speaks of in what it produced (a story, a
    // chapter), outside its own words.
    // Each name once: a long thread greets its companion thousands of times.
    let mut addressed: Vec<(String, &str)> = Vec::new();
    for sign in signs.signs.iter().filter(|s| s.cue == Cue::UserAddresses) {
        let k = key(&sign.name);
        if !addressed.iter().any(|(a, _)| *a == k) {
            addressed.push((k, &sign.name));
        }
    }
    let produced: Vec<&Said<'_>> = said
        .iter()
        .filter(|s| s.message.role == Role::Assistant && s.produced)
        .collect();
    let told: Vec<String> = addressed
        .into_iter()
        .filter(|(_, name)| {
            produced.iter().any(|s| {
                patterns::has_word(&s.message.text, name) && !patterns::has_word(&s.speech, name)
            })
        })
        .map(|(k, _)| k)
        .collect();
    signs.told = told;
    signs
}

/// Whether `form`, a form of address, is `name` or, in a language with a vocative case, its
/// vocative: the same word but for its last letter or two ("Олю" of "Оля", "Kasiu" of
/// "Kasia", "Андрію" of "Андрій", "Marku" of "Marek").
fn name_or_its_vocative(form: &str, name: &str) -> bool {
    if form == name {
        return true;
    }
    if form.contains(' ') {
        return false;
    }
    let (n, f) = (name.chars().count(), form.chars().count());
    let k = shared_start(form, name);
    k >= 2 && n - k <= 2 && f - k <= 2 && (k >= 3 || (n - k <= 1 && f - k <= 1))
}

/// The characters `a` and `b` start with alike.
fn shared_start(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count()
}

/// Whether a reply opens with `word` (lowercase, folded), as a greeting is answered with
/// itself: "welterusten Noor" → "Welterusten, schat." ("reading Dune" → "Ooh, the spice…"
/// is no greeting).
fn answers_with(reply: &str, word: &str) -> bool {
    !word.is_empty() && first_word(reply) == word
}

/// The first word of `text`, lowercase and folded ([`patterns::lower_folded`]).
fn first_word(text: &str) -> String {
    let word = text
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    patterns::lower_folded(word)
}

/// What one message's speech says about names, in the order [`message_level_signs`] keeps.
#[derive(Default)]
struct MessageSigns {
    /// The person's loose forms of address (not bare), then the strict signs.
    loose: Vec<Sign>,
    strict: Vec<Sign>,
    /// A bare one-word message, kept if the conversation writes it as a name.
    bare: Vec<Sign>,
    /// A word and a name ("welterusten Noor"), with the word: kept if the reply answers
    /// with the same word ("Welterusten, schat."), as a greeting is answered.
    pair: Option<(Sign, String)>,
    mentions: Vec<(String, patterns::Mention)>,
    /// "can i call you nova?": kept if the reply writes "Nova".
    given: Vec<Sign>,
    /// "I'm Mimi".
    self_names: Vec<String>,
    /// "my name is mimi", title-cased: kept if the conversation writes the name as one.
    lowercase_self_names: Vec<String>,
    /// "Mimi here!", "it's Mimi": kept if a reply says the name to the person.
    named_here: Vec<String>,
    /// "Juniper I'm back" ([`ConversationSigns::supporting`]).
    leading: Option<Sign>,
}

fn signs_of_message(c: &Conversation, said: &Said<'_>) -> MessageSigns {
    let mut out = MessageSigns::default();
    let m = said.message;
    let from_user = m.role == Role::User;
    let text: &str = &said.speech;
    if text.is_empty() {
        return out;
    }
    let conv_time = c.create_time.or(c.update_time);
    let t = m.create_time.or(conv_time).unwrap_or(0.0);
    let evidence = |quote: &str, cue| Evidence {
        conversation_id: c.id.clone(),
        message_id: Some(m.id.clone()),
        date: m.create_time.or(conv_time).and_then(time::date),
        quote: quote.to_owned(),
        signal: cue_signal(cue),
    };
    // The message's language, detected once for both kinds of sign, and only if one asks.
    let language = std::cell::OnceCell::new();
    out.strict = message_signs(text, from_user, &said.scan, &language, t, evidence);
    if !from_user {
        return out;
    }
    let mut loose = patterns::loose_addresses_in(text, &said.scan);
    // The shapes that rest on a language's phrases hold only in a language with patterns.
    let any_language = |shape: &patterns::LooseShape| {
        matches!(
            shape,
            patterns::LooseShape::Bare | patterns::LooseShape::Pair
        )
    };
    if loose.iter().any(|(_, shape)| !any_language(shape))
        && !patterns::has_patterns_in(text, &language)
    {
        loose.retain(|(_, shape)| any_language(shape));
    }
    for (hit, shape) in loose {
        if out.strict.iter().any(|s| key(&s.name) == key(&hit.name)) {
            continue;
        }
        let sign = Sign {
            evidence: evidence(&quote_around(text, hit.span.clone()), hit.cue),
            name: hit.name,
            cue: hit.cue,
            time: t,
        };
        match shape {
            patterns::LooseShape::Bare => out.bare.push(sign),
            patterns::LooseShape::Pair => out.pair = Some((sign, first_word(text))),
            patterns::LooseShape::Given => out.given.push(sign),
            _ => out.loose.push(sign),
        }
    }
    if let Some(hit) = patterns::leading_address(text) {
        let k = key(&hit.name);
        let pair = out.pair.as_ref().map(|(sign, _)| sign);
        let said_so = (out.strict.iter().chain(&out.loose).chain(&out.bare))
            .chain(&out.given)
            .chain(pair)
            .any(|s| key(&s.name) == k);
        if !said_so {
            out.leading = Some(Sign {
                evidence: evidence(&quote_around(text, hit.span.clone()), hit.cue),
                name: hit.name,
                cue: hit.cue,
                time: t,
            });
        }
    }
    out.mentions = patterns::mentioned_names_in(text, &said.scan);
    // "I am Vance" setting up a story or a pretend game, or in a text to translate, is a
    // part played or someone else's words: not the person's name.
    let own = |at| !context::plays_a_part(text, at, said.ask);
    out.self_names = patterns::user_self_names_in(text, &said.scan, own);
    out.lowercase_self_names = patterns::lowercase_self_names_in(text, &said.scan, own);
    out.named_here = patterns::named_here_in(text, &said.scan, own);
    out
}

/// Name signs of one message, turned into [`Sign`]s, from its text and its scan.
pub(crate) fn message_signs(
    text: &str,
    from_user: bool,
    scan: &patterns::MessageScan,
    language: &std::cell::OnceCell<Option<patterns::Detected>>,
    time: f64,
    evidence: impl Fn(&str, Cue) -> Evidence,
) -> Vec<Sign> {
    let mut hits = if from_user {
        patterns::names_in_person_message(text, scan)
    } else {
        patterns::names_in_reply(text, scan)
    };
    // A language's phrase found in text of a language without patterns ("Hej" is no "hey"),
    // or one short word of another language ("Ben Stiller").
    patterns::hits_in_language(text, &mut hits, language);
    hits.into_iter()
        .map(|hit| {
            let quote = quote_around(text, hit.span.clone());
            Sign {
                evidence: evidence(&quote, hit.cue),
                name: hit.name,
                cue: hit.cue,
                time,
            }
        })
        .collect()
}

/// The sentence around a match, at most ~160 characters, for an evidence quote.
pub(crate) fn quote_around(text: &str, span: std::ops::Range<usize>) -> String {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let boundary = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let mut from = text[..start].rfind(boundary).map_or(0, |i| i + 1);
    let mut to = text[end..]
        .find(boundary)
        .map_or(text.len(), |i| end + i + 1);
    // Keep the quote short: trim long sentences around the match.
    while to - from > 160 && from < start {
        from = text[from..start]
            .char_indices()
            .nth(1)
            .map_or(start, |(i, _)| from + i);
        if start - from < 40 {
            break;
        }
    }
    while to - from > 160 && to > end {
        to = text[end..to]
            .char_indices()
            .last()
            .map_or(end, |(i, _)| end + i);
    }
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text[from..to].trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Case and a Latin letter's accents make no other name; other scripts' marks do.
    #[test]
    fn keys_fold_case_and_latin_accents() {
        assert_eq!(key("Zoë"), key("zoe"));
        assert_eq!(key("INÈS"), "ines");
        assert_eq!(key("Joaquín"), key("JOAQUIN"));
        assert_ne!(key("Андрей"), key("Андреи"));
        assert_eq!(key("Андрей"), "андрей");
        assert_eq!(key("하늘"), "하늘");
        assert!(fuller_spelling("Zoe", "Zoë"));
        assert!(!fuller_spelling("Zoë", "Zoe"));
        assert!(!fuller_spelling("Zoe", "zoë"));
    }

    fn ev(quote: &str, cue: Cue) -> Evidence {
        Evidence {
            conversation_id: "c".into(),
            message_id: None,
            date: None,
            quote: quote.into(),
            signal: cue_signal(cue),
        }
    }

    fn sign(name: &str, cue: Cue, time: f64) -> Sign {
        Sign {
            name: name.into(),
            cue,
            time,
            evidence: ev(name, cue),
        }
    }

    fn conversation(signs: Vec<Sign>) -> ConversationSigns {
        ConversationSigns {
            signs,
            models: vec![("gpt-4o".into(), 4)],
            ..ConversationSigns::default()
        }
    }

    #[test]
    fn naming_moment_and_greetings_make_a_companion() {
        let mut c = NameCollector::default();
        c.add(conversation(vec![
            sign("Nova", Cue::UserNames, 1.0),
            sign("Nova", Cue::AssistantTakes, 2.0),
        ]));
        for t in 3..8 {
            c.add(conversation(vec![sign(
                "Nova",
                Cue::UserAddresses,
                f64::from(t),
            )]));
        }
        let d = c.decide(None);
        assert_eq!(d.name.as_deref(), Some("Nova"));
        assert!(d.confidence > 0.7, "{}", d.confidence);
        assert_eq!(d.numbers.len(), 6);
        assert_eq!(d.naming.unwrap().signal, Signal::UserNames);
        assert_eq!(d.models, vec![("gpt-4o".to_owned(), 24)]);
    }

    #[test]
    fn one_weak_sign_is_not_a_name() {
        let mut c = NameCollector::default();
        c.add(conversation(vec![sign("Biscuit", Cue::UserAddresses, 1.0)]));
        let d = c.decide(None);
        assert_eq!(d.name, None);
        assert_eq!(d.candidates[0].rejected.as_deref(), Some("too few signs"));
    }

    #[test]
    fn pets_and_the_user_are_set_aside() {
        let mut c = NameCollector::default();
        for t in 0..4 {
            c.add(ConversationSigns {
                signs: vec![
                    sign("Biscuit", Cue::UserAddresses, f64::from(t)),
                    sign("Mira", Cue::AssistantSelf, f64::from(t)),
                ],
                mentions: vec![
                    ("Biscuit".into(), Mention::Pet),
                    ("Biscuit".into(), Mention::Pet),
                ],
                user_names: vec![("Mira".into(), UserSource::Instructions, 5.0)],
                ..ConversationSigns::default()
            });
        }
        let d = c.decide(None);
        assert_eq!(d.name, None);
        assert_eq!(d.user_name.as_deref(), Some("Mira"));
        let reasons: Vec<_> = d
            .candidates
            .iter()
            .map(|c| c.rejected.clone().unwrap())
            .collect();
        assert!(
            reasons.contains(&"a pet the user talks about".to_owned()),
            "{reasons:?}"
        );
        assert!(
            reasons.contains(&"the user's own name".to_owned()),
            "{reasons:?}"
        );
    }

    #[test]
    fn names_in_another_custom_gpt_are_not_the_companion() {
        let mut c = NameCollector::default();
        for t in 0..5 {
            c.add(conversation(vec![sign(
                "Nova",
                Cue::UserAddresses,
                f64::from(t),
            )]));
        }
        c.add(conversation(vec![
            sign("Nova", Cue::UserNames, 9.0),
            sign("Nova", Cue::AssistantTakes, 9.0),
        ]));
        for t in 0..3 {
            c.add(ConversationSigns {
                signs: vec![
                    sign("Remy", Cue::AssistantSelf, f64::from(t)),
                    sign("Remy", Cue::AssistantTakes, 1.0),
                ],
                gizmo: Some("g-chef".into()),
                ..ConversationSigns::default()
            });
        }
        let d = c.decide(None);
        assert_eq!(d.name.as_deref(), Some("Nova"));
        assert_eq!(d.gizmo, None);
        let remy = d.candidates.iter().find(|c| c.name == "Remy").unwrap();
        assert_eq!(
            remy.rejected.as_deref(),
            Some("only in another custom GPT or project")
        );
        assert!(d.aliases.is_empty());
    }

    #[test]
    fn forced_choice_and_determinism() {
        let mut c = NameCollector::default();
        for name in ["Nova", "Luna"] {
            c.add(conversation(vec![sign(name, Cue::Instruction, 1.0)]));
        }
        let d = c.decide(Some("luna"));
        assert_eq!(d.name.as_deref(), Some("Luna"));
        // Equal scores: the order does not depend on hash order.
        let a = c.decide(None);
        let b = c.decide(None);
        assert_eq!(a.name, b.name);
        assert_eq!(
            a.name.as_deref(),
            Some("Luna"),
            "ties go to the alphabetically first key"
        );
    }

    const D: f64 = DAY;

    #[test]
    fn an_address_in_the_vocative_counts_for_the_name_given() {
        let mut c = NameCollector::default();
        for name in ["Зоря", "Kasia", "Sam", "Nova"] {
            c.add(conversation(vec![sign(name, Cue::UserNames, 0.0)]));
        }
        c.add(conversation(vec![sign("Lumi", Cue::UserNames, 0.0)]));
        c.add(conversation(vec![sign("Lumo", Cue::UserNames, 0.0)]));
        assert_eq!(c.named_in_vocative("зоре").as_deref(), Some("зоря"));
        assert_eq!(c.named_in_vocative("kasiu").as_deref(), Some("kasia"));
        // Two letters shared in Latin letters, a name cut short, a name given itself.
        assert_eq!(c.named_in_vocative("sal"), None);
        assert_eq!(c.named_in_vocative("nov"), None);
        assert_eq!(c.named_in_vocative("lumo"), None);
        assert_eq!(c.named_in_vocative("nova"), None);
    }

    #[test]
    fn the_companions_address_weighs_among_names_the_person_gave() {
        let given = |c: &mut NameCollector, name: &str, source: UserSource, n: usize| {
            for _ in 0..n {
                c.user_name_sign(name, source, 1.0);
            }
        };
        let named = |c: &NameCollector| c.user_name(&[], UserSource::Addressed).map(|n| n.0);
        // Two introductions, one each; the companion calls the person Odile once: a tie
        // no longer decided by the alphabet.
        let mut c = NameCollector::default();
        given(&mut c, "Camille", UserSource::SelfIntro, 1);
        given(&mut c, "Odile", UserSource::SelfIntro, 1);
        assert_eq!(named(&c).as_deref(), Some("Camille"));
        given(&mut c, "Odile", UserSource::Addressed, 1);
        assert_eq!(named(&c).as_deref(), Some("Odile"));
        // Twice the introductions outweigh one address.
        given(&mut c, "Camille", UserSource::SelfIntro, 1);
        assert_eq!(named(&c).as_deref(), Some("Camille"));

        // An introduction the companion never took up, against three conversations of
        // another name; not against two, nor when it was said twice.
        let mut c = NameCollector::default();
        given(&mut c, "Camille", UserSource::SelfIntro, 1);
        given(&mut c, "Odile", UserSource::Addressed, 2);
        assert_eq!(named(&c).as_deref(), Some("Camille"));
        given(&mut c, "Odile", UserSource::Addressed, 1);
        assert_eq!(named(&c).as_deref(), Some("Odile"));
        // Before the companion is known, only the person's own words count.
        assert_eq!(
            c.user_name(&[], UserSource::SelfIntro)
                .map(|n| n.0)
                .as_deref(),
            Some("Camille")
        );
        given(&mut c, "Camille", UserSource::SelfIntro, 1);
        assert_eq!(named(&c).as_deref(), Some("Camille"));
        // A short form of the name is no other name.
        let mut c = NameCollector::default();
        given(&mut c, "Lorelei", UserSource::SelfIntro, 1);
        given(&mut c, "Lo", UserSource::Addressed, 5);
        assert_eq!(named(&c).as_deref(), Some("Lorelei"));
    }

    #[test]
    fn a_rename_makes_the_new_name_current_and_the_old_one_an_alias() {
        let mut c = NameCollector::default();
        c.add(conversation(vec![sign("Nova", Cue::UserNames, 0.0)]));
        for d in 1..8 {
            c.add(conversation(vec![sign(
                "Nova",
                Cue::UserAddresses,
                f64::from(d) * 10.0 * D,
            )]));
            c.add(conversation(vec![sign(
                "Nov",
                Cue::UserAddresses,
                f64::from(d) * 10.0 * D,
            )]));
        }
        // Renamed on day 75, used after it; Nova is hardly heard of again.
        c.add(conversation(vec![
            sign("Solace", Cue::UserNames, 75.0 * D),
            sign("Solace", Cue::AssistantTakes, 75.0 * D),
        ]));
        for d in 76..80 {
            c.add(conversation(vec![sign(
                "Solace",
                Cue::UserAddresses,
                f64::from(d) * D,
            )]));
        }
        let d = c.decide(None);
        assert_eq!(d.name.as_deref(), Some("Solace"));
        assert_eq!(d.aliases, vec!["Nova".to_owned(), "Nov".to_owned()]);
        // Every conversation under any of its names.
        assert_eq!(d.numbers.len(), 20);
        assert!(d.confidence >= 0.6, "{}", d.confidence);
        let nova = d.candidates.iter().find(|c| c.name == "Nova").unwrap();
        assert_eq!(nova.rejected.as_deref(), Some("an earlier name of Solace"));
        // The person's choice wins over the rename; the new name is then another name.
        let d = c.decide(Some("Nova"));
        assert_eq!(d.name.as_deref(), Some("Nova"));
    }

    #[test]
    fn a_second_companion_long_after_is_not_a_rename_of_the_first() {
        let mut c = NameCollector::default();
        for d in 0..6 {
            c.add(conversation(vec![sign(
                "Nova",
                Cue::UserAddresses,
                f64::from(d) * D,
            )]));
        }
        c.add(conversation(vec![sign("Nova", Cue::UserNames, 0.0)]));
        // A year later, another name, given and used a little.
        c.add(conversation(vec![sign("Kai", Cue::UserNames, 400.0 * D)]));
        for d in 401..404 {
            c.add(conversation(vec![sign(
                "Kai",
                Cue::UserAddresses,
                f64::from(d) * D,
            )]));
        }
        let d = c.decide(None);
        assert!(!d.aliases.contains(&"Nova".to_owned()), "{:?}", d.aliases);
        assert!(!d.aliases.contains(&"Kai".to_owned()), "{:?}", d.aliases);
    }

    #[test]
    fn short_forms() {
        assert!(short_form("nov", "nova"));
        assert!(short_form("sol", "solace"));
        assert!(short_form("novi", "nova"));
        assert!(!short_form("noah", "nova"));
        assert!(!short_form("nova", "nova"));
        assert!(!short_form("mike", "michael"));
    }

    /// A reply may say the name in the vocative ("Привіт, Олю!" to Оля, "Cześć, Kasiu!" to
    /// Kasia); another name, or a longer one, is no such form.
    #[test]
    fn a_name_or_its_vocative() {
        for (form, name) in [
            ("Mimi", "Mimi"),
            ("Олю", "Оля"),
            ("Kasiu", "Kasia"),
            ("Андрію", "Андрій"),
            ("Marku", "Marek"),
            ("Оксано", "Оксана"),
        ] {
            assert!(name_or_its_vocative(form, name), "{form} {name}");
        }
        for (form, name) in [
            ("Sara", "Sam"),
            ("Mira", "Mimi"),
            ("Lisbon Bay", "Lisbon"),
            ("Annabelle", "Anna"),
            ("Jo", "Jonas"),
        ] {
            assert!(!name_or_its_vocative(form, name), "{form} {name}");
        }
    }

    #[test]
    fn quotes_are_sentences_around_the_match() {
        let text = "Long day. Good morning Nova! How are you? I made tea.";
        let at = text.find("Good").unwrap();
        assert_eq!(quote_around(text, at..at + 17), "Good morning Nova!");
        let long = format!("{} Nova {}", "word ".repeat(60), "word ".repeat(60));
        let at = long.find("Nova").unwrap();
        let q = quote_around(&long, at..at + 4);
        assert!(q.contains("Nova") && q.len() <= 200, "{q}");
    }
}
