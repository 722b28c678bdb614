//! `ferry extract`: one pass over the export, counting, then one decision at the end.
//!
//! Each conversation is looked at once, as it streams by, and only counts and small, bounded
//! samples are kept ([`super::names`], [`super::voice`], [`super::memories`]); the decisions (who the companion
//! is, which pet names are real, which phrases are catchphrases) are made in [`Extractor::finish`],
//! when the whole export has been seen. No network, no LLM.

use std::hash::{DefaultHasher, Hash, Hasher};

use super::context;
use super::memories::{MemoryCollector, Moment};
use super::names::{self, NameCollector};
use super::patterns;
use super::patterns::gate::Gate;
use super::prepared::Prepared;
use super::redact;
use super::spec::{
    self, Companion, CustomInstructions as SpecInstructions, Evidence, Example, Filters,
    ModelShare, Naming, NamingSource, PersonaSpec, Provenance, Signal, Source, User, Voice,
};
use super::voice::{self, Reply, VoiceCollector};
use crate::export::{self, Conversation, Export, ExportError, Progress, ReadReport, Role};
use crate::time::{self, Day};

/// What narrows an extraction (`--companion`, `--gizmo`, `--model`, `--since`, `--until`,
/// `--redact`).
#[derive(Debug, Clone, Default)]
pub struct ExtractOptions {
    /// Choose this candidate as the companion.
    pub companion: Option<String>,
    /// Read only this custom GPT's or project's conversations.
    pub gizmo: Option<String>,
    /// Read the voice from these models only (default: the models the companion mostly ran on).
    pub models: Vec<String>,
    /// Read the voice from this day on / up to this day (`YYYY-MM-DD`, UTC, inclusive).
    pub since: Option<String>,
    pub until: Option<String>,
    /// Mask contact and identity data (e-mail addresses, phone numbers, postal addresses and
    /// postcodes, national ID, card and IBAN numbers) in every field. On by default in the
    /// CLI; `--no-redact` turns it off.
    pub redact: bool,
    /// The person's name as they give it (`--user`): taken over every sign ferry found.
    pub user: Option<String>,
}

/// Why extraction failed.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    #[error(transparent)]
    Export(#[from] ExportError),
    #[error("'{0}' is not a date like 2024-05-31")]
    BadDate(String),
    #[error("could not mask private data in the persona: {0}")]
    Redact(String),
    #[error("there are no conversations to read in this export{0}")]
    NoConversations(&'static str),
}

impl ExtractError {
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            ExtractError::Export(e) => e.hint(),
            ExtractError::BadDate(_) => Some("write dates as YYYY-MM-DD"),
            ExtractError::Redact(_) => Some("please report this; nothing was written"),
            ExtractError::NoConversations("") => Some(
                "if you chatted with ChatGPT before the export was made, download the export \
                 again (Settings → Data controls → Export data); nothing was written",
            ),
            ExtractError::NoConversations(_) => {
                Some("check the id with `ferry inspect EXPORT`; nothing was written")
            }
        }
    }
}

/// One version of the custom instructions: (about_user, about_model, first seen, last seen).
type InstructionVersion = (Option<String>, Option<String>, Option<f64>, Option<f64>);

fn conversation_key(id: &str) -> u64 {
    let mut h = DefaultHasher::new();
    id.hash(&mut h);
    h.finish()
}

/// The state of one extraction.
pub struct Extractor {
    options: ExtractOptions,
    /// `--since`/`--until` as seconds: from the start of the first day to the end of the last.
    since: Option<f64>,
    until: Option<f64>,
    /// The same days, for the spec's filters.
    since_day: Option<Day>,
    until_day: Option<Day>,
    names: NameCollector,
    voice: VoiceCollector,
    memories: MemoryCollector,
    /// Custom instruction versions: (about_user, about_model, first seen, last seen).
    instructions: Vec<InstructionVersion>,
    /// Pet-name candidates, by their lowercased form.
    vocatives: std::collections::HashMap<String, Address>,
    /// Conversations already looked at (by id hash).
    seen: std::collections::HashSet<u64>,
    /// Saved-memory texts already read for the person's name (by hash).
    memory_texts: std::collections::HashSet<u64>,
    conversations: usize,
    messages: usize,
    first: Option<f64>,
    last: Option<f64>,
    /// The most recent conversations with a companion (at most [`RECENT`]), by the number
    /// the name collector gave them and the time of their last message: the companion's
    /// latest one among them becomes `last_conversation`.
    recent: Vec<(u32, f64, spec::LastConversation)>,
    /// Exchanges where the companion pushed back (at most [`PUSHED_BACK`], newest first).
    pushed_back: Vec<(f64, Example)>,
}

/// How many exchanges where the companion pushed back are kept.
const PUSHED_BACK: usize = 3;

/// Whether `first`, a form of address as first written, is `later` with its first letter
/// capitalised, as a sentence opens ("Babe, nobody died." and later "Always, babe."): the
/// lowercase form is how the companion writes the word, and the one kept.
fn capitalised_only_to_start(first: &str, later: &str) -> bool {
    let mut a = first.chars();
    let mut b = later.chars();
    match (a.next(), b.next()) {
        (Some(x), Some(y)) => {
            x.is_uppercase() && y.is_lowercase() && x.to_lowercase().eq([y]) && a.eq(b)
        }
        _ => false,
    }
}

/// What one companion conversation in which a companion who writes no capitals calls the
/// person by a word that may be a name ([`patterns::name_in_lowercase_voice`]) adds to that
/// name as the companion's address: half a capitalised address, since nothing shows the word
/// is a name (five such conversations are needed where three capitalised ones are).
const LOWERCASE_ADDRESS_WEIGHT: f64 = 0.5;

/// How many recent companion conversations are kept until the companion is known. More than
/// one, since the latest may turn out to be with another character.
const RECENT: usize = 8;

const MAX_VOCATIVES: usize = 20_000;

/// A form of address the companion used: a pet-name candidate.
struct Address {
    /// As first written.
    written: String,
    /// Companion conversations it was used in.
    conversations: u32,
    /// The last of them (by id hash), so that each counts once.
    last: u64,
    /// Used at least once other than as a question tag ([`Reading::vocatives`]).
    beyond_tags: bool,
}

impl Extractor {
    pub fn new(options: ExtractOptions) -> Result<Extractor, ExtractError> {
        let parse = |d: &Option<String>| -> Result<Option<Day>, ExtractError> {
            d.as_deref()
                .map(|s| Day::parse(s.trim()).ok_or_else(|| ExtractError::BadDate(s.to_owned())))
                .transpose()
        };
        let (since_day, until_day) = (parse(&options.since)?, parse(&options.until)?);
        Ok(Extractor {
            since: since_day.map(Day::seconds),
            // Inclusive: up to the end of that day.
            until: until_day.map(|d| d.seconds() + 86_400.0),
            since_day,
            until_day,
            options,
            names: NameCollector::default(),
            voice: VoiceCollector::default(),
            memories: MemoryCollector::default(),
            instructions: Vec::new(),
            vocatives: std::collections::HashMap::new(),
            seen: std::collections::HashSet::new(),
            memory_texts: std::collections::HashSet::new(),
            conversations: 0,
            messages: 0,
            first: None,
            last: None,
            recent: Vec::new(),
            pushed_back: Vec::new(),
        })
    }

    /// Looks at one conversation. A later, newer copy of a conversation already seen (from
    /// another shard; rare: it was updated while the export was being made) is passed over,
    /// so nothing is counted twice; its newest messages are the only thing lost.
    pub fn add(&mut self, c: &Conversation) {
        Gate::within(Some(Gate::of_conversation(c)), || {
            let said = context::read(&names::visible(c));
            self.add_read(c, said, |said, new_version| {
                read_conversation(c, said, names::conversation_signs(c, said, new_version))
            });
        });
    }

    /// [`Extractor::add`], with the context pass and the messages' name signs already done
    /// (on a parsing thread).
    fn add_prepared(&mut self, p: &mut Prepared) {
        let taken = p.take_signs();
        let p = &*p;
        Gate::within(Some(p.gate), || {
            self.add_read(&p.conversation, p.said(), |said, new_version| {
                p.reading(taken, said, new_version)
            });
        });
    }

    /// One conversation, read: each concern observes it in turn. The order matters in one
    /// place: the custom instructions are looked at before the first pass, which counts their
    /// signs only for a version not seen before.
    fn add_read<'c>(
        &mut self,
        c: &'c Conversation,
        said: Vec<context::Said<'c>>,
        first_pass: impl FnOnce(&[context::Said<'c>], bool) -> Reading,
    ) {
        let key = conversation_key(&c.id);
        if !self.seen.insert(key) {
            return;
        }
        if let Some(gizmo) = &self.options.gizmo
            && c.gizmo.as_ref().is_none_or(|g| &g.id != gizmo)
        {
            return;
        }
        let visible = names::visible(c);
        self.count(c);
        let new_version = self.observe_instructions(c);
        self.observe_memories(c, &visible);
        let read = first_pass(&said, new_version);
        let companion_like = read.kind == context::ConversationKind::Companion;
        let addressed = self.observe_reading(c, key, read);
        if companion_like && !c.do_not_remember {
            self.keep_recent(c, &visible);
            self.keep_pushback(c, &visible);
        }
        self.observe_voice(c, key, &said, companion_like, &addressed);
    }

    /// The export's totals: conversations, messages, first and last day.
    fn count(&mut self, c: &Conversation) {
        self.conversations += 1;
        self.messages += c.messages.len();
        for t in [c.create_time, c.last_time()].into_iter().flatten() {
            self.first = Some(self.first.map_or(t, |f| f.min(t)));
            self.last = Some(self.last.map_or(t, |l| l.max(t)));
        }
    }

    /// Custom instructions: each distinct version counts once. True for a version not seen
    /// before.
    fn observe_instructions(&mut self, c: &Conversation) -> bool {
        let Some(ci) = &c.custom_instructions else {
            return false;
        };
        let conv_time = c.create_time.or(c.update_time);
        let existing = self
            .instructions
            .iter_mut()
            .find(|(u, m, _, _)| *u == ci.about_user && *m == ci.about_model);
        match existing {
            Some((_, _, first, last)) => {
                if let Some(t) = conv_time {
                    *first = Some(first.map_or(t, |f: f64| f.min(t)));
                    *last = Some(last.map_or(t, |l: f64| l.max(t)));
                }
                false
            }
            None => {
                self.instructions.push((
                    ci.about_user.clone(),
                    ci.about_model.clone(),
                    conv_time,
                    conv_time,
                ));
                true
            }
        }
    }

    /// Saved memories, the memories ChatGPT wrote and cited, and the conversation's start
    /// (its title and day, for "first talked").
    fn observe_memories(&mut self, c: &Conversation, visible: &[&export::Message]) {
        let conv_time = c.create_time.or(c.update_time);
        let source = |message_id: &str| Source {
            conversation_id: Some(c.id.clone()),
            message_id: Some(message_id.to_owned()),
        };
        for snap in &c.memory_snapshots {
            let entries = snap
                .entries
                .iter()
                .map(|e| (e.date, e.text.clone()))
                .collect();
            self.memories
                .snapshot(snap.time.or(conv_time), entries, source(&snap.message_id));
            for e in &snap.entries {
                self.memory_subject(&e.text);
            }
        }
        for w in &c.memory_writes {
            self.memory_subject(&w.text);
            self.memories
                .write(w.time.or(conv_time), w.text.clone(), source(&w.message_id));
        }
        for cit in &c.memory_citations {
            if cit.deleted {
                self.memories.forget(&cit.snippet);
                continue;
            }
            self.memory_subject(&cit.snippet);
            self.memories.citation(
                cit.time.or(conv_time),
                cit.snippet.clone(),
                source(&cit.message_id),
            );
        }
        if let Some(first_user) = visible.iter().find(|m| m.role == Role::User) {
            let title = c
                .title
                .clone()
                .filter(|t| !t.trim().is_empty() && t != "New chat")
                .unwrap_or_else(|| first_words(&first_user.text, 8));
            if let Some(t) = conv_time {
                self.memories
                    .conversation_start(t, title, source(&first_user.id));
            }
        }
    }

    /// What the first pass found: name signs, and in a conversation with the companion its
    /// rituals, moments and forms of address. Returns which replies address the person.
    fn observe_reading(&mut self, c: &Conversation, key: u64, read: Reading) -> Vec<bool> {
        let companion_like = read.kind == context::ConversationKind::Companion;
        let mut signs = read.signs;
        if companion_like {
            signs.companion_time = c.create_time.or(c.update_time);
            if !c.do_not_remember {
                for (ritual, t, user, reply, src) in read.rituals {
                    self.memories.ritual(ritual, t, &user, &reply, src);
                }
                for moment in read.moments {
                    self.memories.moment(moment);
                }
            }
            for (k, written, tag) in read.vocatives {
                use std::collections::hash_map::Entry;
                let entry = match self.vocatives.entry(k) {
                    Entry::Occupied(o) => {
                        let entry = o.into_mut();
                        if capitalised_only_to_start(&entry.written, &written) {
                            entry.written = written;
                        }
                        entry
                    }
                    Entry::Vacant(v) => v.insert(Address {
                        written,
                        conversations: 0,
                        last: u64::MAX,
                        beyond_tags: false,
                    }),
                };
                if entry.last != key {
                    entry.conversations += 1;
                    entry.last = key;
                }
                entry.beyond_tags |= !tag;
            }
        }
        if self.vocatives.len() > MAX_VOCATIVES {
            self.vocatives.retain(|_, v| v.conversations > 1);
        }
        self.names.add(signs);
        read.addressed_replies
    }

    /// The voice, narrowed by --since and --until: every reply's style, and its phrases as
    /// the companion's in companion-like conversations on the models asked for (--model).
    fn observe_voice(
        &mut self,
        c: &Conversation,
        key: u64,
        said: &[context::Said<'_>],
        companion_like: bool,
        addressed: &[bool],
    ) {
        let conv_time = c.create_time.or(c.update_time);
        let wanted = &self.options.models;
        let mine = |model: &str| {
            companion_like && (wanted.is_empty() || wanted.iter().any(|m| m == model))
        };
        // The replies counted, each with the person's words before it: those with speech,
        // in the window.
        let mut replies: Vec<(usize, Option<&context::Said<'_>>)> = Vec::new();
        let mut prev_user: Option<&context::Said<'_>> = None;
        for (i, s) in said.iter().enumerate() {
            let m = s.message;
            if m.role == Role::User {
                prev_user = Some(s);
                continue;
            }
            if s.speech.is_empty() {
                prev_user = None;
                continue;
            }
            let t = m.create_time.or(conv_time);
            let in_window = t.is_none_or(|t| {
                self.since.is_none_or(|s| t >= s) && self.until.is_none_or(|u| t < u)
            });
            if !in_window {
                prev_user = None;
                continue;
            }
            replies.push((i, prev_user.take()));
        }
        // What each says on its own (on several threads in a long conversation, a window at
        // a time), then the counting, in order.
        let mut started: Vec<String> = Vec::new();
        let mut first_reply = true;
        let count = |&(i, user): &(usize, Option<&context::Said<'_>>),
                     facts: Option<voice::ReplyFacts<'_>>| {
            let user = user.map(|u| &*u.speech);
            let s = &said[i];
            let m = s.message;
            let model = m.model.as_deref().unwrap_or("unknown");
            if !started.iter().any(|s| s == model) {
                started.push(model.to_owned());
                self.voice
                    .start_conversation(model, companion_like, mine(model));
            }
            let first_in_conversation = std::mem::replace(&mut first_reply, false);
            let Some(facts) = facts else {
                return;
            };
            let reply_source = || Source {
                conversation_id: Some(c.id.clone()),
                message_id: Some(m.id.clone()),
            };
            let make_evidence = || Evidence {
                conversation_id: c.id.clone(),
                message_id: Some(m.id.clone()),
                date: m.create_time.or(conv_time).and_then(time::date),
                quote: first_words(&context::reply_quote(&m.text, s.ask), 30),
                signal: Signal::Style,
            };
            self.voice.reply(
                model,
                companion_like,
                mine(model),
                Reply {
                    user,
                    addressed: addressed.get(i).copied().unwrap_or(false),
                    time: m.create_time.or(conv_time),
                    source: &reply_source,
                    evidence: &make_evidence,
                    conversation: key,
                    first_in_conversation,
                },
                &facts,
            );
        };
        crate::par::map_each(
            &replies,
            |(i, user)| said[*i].speech.len() + user.map_or(0, |u| u.speech.len()),
            |(i, user)| {
                let user = user.map(|u| (&*u.speech, &*u.scan));
                voice::ReplyFacts::of(&said[*i].speech, &said[*i].scan, user)
            },
            count,
        );
    }

    /// Keeps the exchanges of a companion conversation where the reply opens by pushing back
    /// (see [`patterns::pushes_back`]), if they are among the [`PUSHED_BACK`] newest.
    fn keep_pushback(&mut self, c: &Conversation, visible: &[&export::Message]) {
        for pair in visible.windows(2) {
            let (asked, reply) = (pair[0], pair[1]);
            // Lengths in bytes first (a char is 1–4 bytes), then in characters, then the
            // phrases (the last: a reply that opens by pushing back is scanned whole for
            // the platform's boilerplate).
            if asked.role != Role::User
                || reply.role != Role::Assistant
                || asked.text.len() < 3
                || asked.text.len() > 1_600
                || reply.text.len() > 4_800
                || !(3..=400).contains(&asked.text.chars().count())
                || reply.text.chars().count() > 1_200
                || !patterns::pushes_back(&reply.text)
            {
                continue;
            }
            let Some(time) = reply.create_time.or(c.create_time) else {
                continue;
            };
            if self.pushed_back.len() >= PUSHED_BACK
                && self.pushed_back.iter().all(|(t, _)| *t >= time)
            {
                continue;
            }
            self.pushed_back.push((
                time,
                Example {
                    user: asked.text.clone(),
                    companion: reply.text.clone(),
                    date: time::date(time),
                    source: Source {
                        conversation_id: Some(c.id.clone()),
                        message_id: Some(reply.id.clone()),
                    },
                },
            ));
            self.pushed_back.sort_by(|a, b| b.0.total_cmp(&a.0));
            self.pushed_back.truncate(PUSHED_BACK);
        }
    }

    /// Keeps the end of a companion conversation if it is among the [`RECENT`] latest.
    fn keep_recent(&mut self, c: &Conversation, visible: &[&export::Message]) {
        let Some(time) = visible
            .iter()
            .rev()
            .find_map(|m| m.create_time)
            .or(c.update_time)
            .or(c.create_time)
        else {
            return;
        };
        let outside = self.since.is_some_and(|s| time < s) || self.until.is_some_and(|u| time >= u);
        if outside
            || (self.recent.len() >= RECENT && self.recent.iter().all(|(_, t, _)| *t >= time))
        {
            return;
        }
        let start = visible.len().saturating_sub(spec::LAST_MESSAGES);
        let messages = visible[start..]
            .iter()
            .map(|m| spec::ChatLine {
                from: if m.role == Role::User {
                    spec::Speaker::User
                } else {
                    spec::Speaker::Companion
                },
                text: m.text.clone(),
                time: m.create_time.and_then(time::instant),
            })
            .collect();
        let last = spec::LastConversation {
            conversation_id: c.id.clone(),
            title: c.title.clone().filter(|t| !t.trim().is_empty()),
            date: time::date(time),
            messages,
        };
        self.recent.push((self.names.added(), time, last));
        self.recent.sort_by(|a, b| b.1.total_cmp(&a.1));
        self.recent.truncate(RECENT);
    }

    /// Counts the subject of one saved-memory text as a sign of the person's name: "Mimi's
    /// cat is named Biscuit", "Sari tinggal di Bandung", and "User's name is Mira". Each
    /// distinct text counts once, however many snapshots repeat it. A subject beside "the
    /// user" ("Kate is the user's older sister") is someone else, never the person.
    fn memory_subject(&mut self, text: &str) {
        if !self.memory_texts.insert(conversation_key(text)) {
            return;
        }
        for name in patterns::user_self_names(text) {
            self.names
                .user_name_sign(&name, names::UserSource::Memories, 2.0);
        }
        if patterns::caseless::any(text) {
            for name in patterns::caseless::user_named_in_memory(text) {
                self.names
                    .user_name_sign(&name, names::UserSource::Memories, 2.0);
            }
        }
        if let Some(name) = patterns::memory_subject(text) {
            if patterns::mentions_the_user(text) {
                // "Kate is the user's older sister": Kate is someone else.
                self.names.someone_else(&name);
            } else {
                self.names
                    .user_name_sign(&name, names::UserSource::Memories, 1.0);
            }
        }
    }

    /// Decides, and writes the spec.
    pub fn finish(mut self, report: &ReadReport) -> Result<PersonaSpec, ExtractError> {
        if self.conversations == 0 {
            return Err(ExtractError::NoConversations(
                if self.options.gizmo.is_some() {
                    " with that custom GPT or project (--gizmo)"
                } else {
                    ""
                },
            ));
        }
        if let Some(user) = self
            .options
            .user
            .as_deref()
            .map(str::trim)
            .filter(|u| !u.is_empty())
        {
            self.names
                .user_name_sign(user, names::UserSource::Given, 1.0);
        }
        let decision = self.names.decide(
            self.options
                .companion
                .as_deref()
                .map(str::trim)
                .filter(|c| !c.is_empty()),
        );
        let companion_name = decision.name.clone();
        let last_conversation = self
            .recent
            .iter()
            .find(|(n, _, _)| decision.numbers.binary_search(n).is_ok())
            .map(|(_, _, last)| last.clone());
        let user_name = decision.user_name.clone();
        let companion_key = companion_name.as_deref().map(names::key);
        let user_key = user_name.as_deref().map(names::key);

        // Custom instructions: the latest version (its pet names, and its "about you" as facts).
        let mut versions = self.instructions.clone();
        versions.sort_by(|a, b| {
            a.3.unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&b.3.unwrap_or(f64::NEG_INFINITY))
        });
        let latest = versions.last().cloned();

        // Pet names: forms of address in two or more conversations that are not anyone's name
        // or ordinary words, nor only ever a question tag ("…, remember?").
        let mut pets: Vec<(&String, &Address)> = self
            .vocatives
            .iter()
            .filter(|(k, a)| {
                let written = &a.written;
                a.conversations >= 2
                    && a.beyond_tags
                    && Some(k.as_str()) != user_key.as_deref()
                    && Some(k.as_str()) != companion_key.as_deref()
                    && !patterns::is_ordinary_word(written)
                    && !(self.names.is_known_name(written)
                        && written.chars().next().is_some_and(char::is_uppercase))
            })
            .collect();
        pets.sort_by(|a, b| {
            b.1.conversations
                .cmp(&a.1.conversations)
                .then_with(|| a.0.cmp(b.0))
        });
        let mut pet_names: Vec<String> = pets
            .into_iter()
            .take(8)
            .map(|(_, a)| a.written.clone())
            .collect();
        // And the ones the person asked for in the latest custom instructions ("Call me
        // 'love' or 'trouble'"), which the replies may never have said in two conversations.
        if let Some((about_user, about_model, _, _)) = &latest {
            for asked in [about_model, about_user]
                .into_iter()
                .flatten()
                .flat_map(|text| patterns::pet_names_asked(text))
            {
                let k = names::key(&asked);
                if pet_names.len() < 8
                    && Some(k.as_str()) != user_key.as_deref()
                    && Some(k.as_str()) != companion_key.as_deref()
                    && !pet_names.iter().any(|p| names::key(p) == k)
                {
                    pet_names.push(asked);
                }
            }
        }

        // The voice: the companion's models unless --model says otherwise.
        let total_replies: u32 = decision.models.iter().map(|(_, n)| n).sum();
        let voice_models: Vec<String> = if !self.options.models.is_empty() {
            self.options.models.clone()
        } else {
            // The models that wrote most of the companion's replies (at least 80%).
            let mut acc = 0;
            decision
                .models
                .iter()
                .take_while(|(_, n)| {
                    let take = acc * 10 < total_replies * 8;
                    acc += n;
                    take
                })
                .map(|(m, _)| m.clone())
                .collect()
        };
        let known = |w: &str| {
            self.names.is_known_name(w) || pet_names.iter().any(|p| p.eq_ignore_ascii_case(w))
        };
        let voice = self.voice.finish(&voice_models, &known);

        let instruction_facts: Vec<(String, Option<f64>)> = latest
            .as_ref()
            .and_then(|(u, _, _, last)| u.as_ref().map(|u| (u, *last)))
            .map(|(u, t)| {
                u.lines()
                    // The personalization form's labels: the name is `user.name` already,
                    // and "Other Information:" is only a heading.
                    .filter(|l| !l.trim_start().starts_with("Preferred name:"))
                    .map(|l| {
                        l.trim_start()
                            .strip_prefix("Other Information:")
                            .unwrap_or(l)
                    })
                    .flat_map(instruction_sentences)
                    .map(|s| (s, t))
                    .collect()
            })
            .unwrap_or_default();

        let who_user = user_name.clone().unwrap_or_else(|| "The user".into());
        let who_companion = companion_name
            .clone()
            .unwrap_or_else(|| "the assistant".into());
        let naming_moment = decision
            .naming
            .as_ref()
            .filter(|e| e.signal != Signal::Instruction)
            .map(|e| Moment {
                time: e.date.map(Day::seconds),
                text: format!(
                    "The day {} named {who_companion}: “{}”",
                    // Within the sentence, unnamed: "the user".
                    user_name.as_deref().unwrap_or("the user"),
                    e.quote
                ),
                priority: 95,
                source: Source {
                    conversation_id: Some(e.conversation_id.clone()),
                    message_id: e.message_id.clone(),
                },
            });
        let (memories, removed_memories) =
            self.memories
                .finish(&who_user, &who_companion, naming_moment);
        let facts = self
            .memories
            .facts(&instruction_facts, user_name.as_deref());

        let total_model: u32 = decision.models.iter().map(|(_, n)| n).sum();
        let models = decision
            .models
            .iter()
            .map(|(slug, n)| ModelShare {
                slug: slug.clone(),
                replies: *n as usize,
                share: names::round2(f64::from(*n) / f64::from(total_model.max(1))),
            })
            .collect();
        let named = decision.naming.as_ref().map(|e| Naming {
            source: if e.signal == Signal::Instruction {
                NamingSource::CustomInstructions
            } else {
                NamingSource::Chat
            },
            date: e.date,
            conversation_id: Some(e.conversation_id.clone()),
            message_id: e.message_id.clone(),
            quote: Some(e.quote.clone()),
        });

        let mut spec = PersonaSpec {
            spec: spec::SPEC.into(),
            companion: Companion {
                name: companion_name,
                aliases: decision.aliases,
                confidence: decision.confidence,
                evidence: decision.evidence,
                named,
                conversations: decision.numbers.len(),
                first_date: decision.first.and_then(time::date),
                last_date: decision.last.and_then(time::date),
                models,
                months: decision.months,
                gizmo_id: decision.gizmo,
                candidates: decision.candidates,
            },
            user: User {
                name: user_name,
                pet_names,
                facts,
            },
            voice: Voice {
                languages: voice.languages,
                emoji: voice.emoji,
                tone: voice.tone,
                catchphrases: voice.catchphrases,
                greetings: voice.greetings,
                sign_offs: voice.sign_offs,
                style: voice.style,
                elsewhere: voice.elsewhere,
            },
            memories,
            removed_memories,
            examples: voice
                .exemplars
                .into_iter()
                .map(|e| Example {
                    user: e.user,
                    companion: e.reply,
                    date: e.time.and_then(time::date),
                    source: e.source,
                })
                .collect(),
            pushed_back: std::mem::take(&mut self.pushed_back)
                .into_iter()
                .map(|(_, e)| e)
                .collect(),
            custom_instructions: match latest {
                Some((about_user, about_model, _, last)) => SpecInstructions {
                    about_user,
                    about_model,
                    as_of: last.and_then(time::date),
                    versions: self.instructions.len(),
                },
                None => SpecInstructions::default(),
            },
            provenance: Provenance {
                export_sha256: report.sha256.clone().unwrap_or_default(),
                conversations: self.conversations,
                messages: self.messages,
                first_date: self.first.and_then(time::date),
                last_date: self.last.and_then(time::date),
                generator: concat!("ferry ", env!("CARGO_PKG_VERSION")).into(),
                filters: Filters {
                    companion: self.options.companion.clone(),
                    gizmo: self.options.gizmo.clone(),
                    models: self.options.models.clone(),
                    since: self.since_day,
                    until: self.until_day,
                },
                redacted: self.options.redact,
                redactions: 0,
                skipped_conversations: report.skipped.len(),
                edited: None,
            },
            last_conversation,
        };
        if self.options.redact {
            spec = redact_spec(spec)?;
        }
        Ok(spec)
    }
}

/// A ritual exchange: (which, when, what the person said, what the companion said, where).
type RitualSeen = (patterns::Ritual, f64, String, String, Source);

/// What the first pass over one conversation's speech found.
pub(crate) struct Reading {
    pub(crate) kind: context::ConversationKind,
    /// The name signs that count: all of them in a companion conversation, only the custom
    /// instructions' in a task.
    pub(crate) signs: names::ConversationSigns,
    /// Forms of address the companion used: (keyed as names are, [`names::key`]; as
    /// written; whether it was a question tag, [`patterns::Vocative::question_tag`]): a pet
    /// name there ("Sleepy, starlight?") is also used elsewhere, a verb ("…, remember?") is
    /// not.
    vocatives: Vec<(String, String, bool)>,
    rituals: Vec<RitualSeen>,
    moments: Vec<Moment>,
    /// For each message of the thread: a reply that addresses the person.
    addressed_replies: Vec<bool>,
}

/// The sentences of a line of the person's "about you", as facts: split after ". " and after a
/// full-width end (`。`, `！`, `？`: Japanese and Chinese put no space after one), each with
/// its end; a sentence of fewer than two words, or of fewer than four letters in a script
/// written without spaces, is no fact.
fn instruction_sentences(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in line.split(". ") {
        let mut rest = part;
        while !rest.is_empty() {
            let end = rest
                .char_indices()
                .find(|&(_, c)| matches!(c, '。' | '！' | '？'))
                .map_or(rest.len(), |(i, c)| i + c.len_utf8());
            let sentence = rest[..end].trim();
            rest = &rest[end..];
            let full_width = sentence.ends_with(['。', '！', '？']);
            let body = if full_width {
                sentence
            } else {
                sentence.trim_end_matches('.')
            };
            let unspaced = body.chars().filter(|&c| crate::text::unspaced(c)).count();
            if body.split_whitespace().count() >= 2 || unspaced >= 4 {
                out.push(if full_width {
                    body.to_owned()
                } else {
                    format!("{body}.")
                });
            }
        }
    }
    out
}

/// The first pass over the speech of one conversation ([`context`]): forms of address,
/// rituals, moments, and whether it is with the companion; the name signs of a task are
/// dropped. Shared by `extract` and `inspect`, so both weigh the same candidates.
pub(crate) fn read_conversation(
    c: &Conversation,
    said: &[context::Said<'_>],
    mut signs: names::ConversationSigns,
) -> Reading {
    let conv_time = c.create_time.or(c.update_time);
    let source = |m: &export::Message| Source {
        conversation_id: Some(c.id.clone()),
        message_id: Some(m.id.clone()),
    };
    let mut seen = context::Signals {
        named_by_user: signs.signs.iter().any(|s| {
            matches!(
                s.cue,
                patterns::Cue::UserNames | patterns::Cue::UserAddresses
            )
        }),
        ..context::Signals::default()
    };
    let mut addressed_replies: Vec<bool> = Vec::with_capacity(said.len());
    let mut plain_replies: Vec<usize> = Vec::new();
    let mut rituals_here: Vec<RitualSeen> = Vec::new();
    let mut moments_here: Vec<Moment> = Vec::new();
    let mut vocatives_here: Vec<(String, String, bool)> = Vec::new();
    let mut names_here: Vec<String> = Vec::new();
    let mut lowercase_here: Vec<String> = Vec::new();
    let mut leading_here: Vec<&str> = Vec::new();
    let mut signed_here: Vec<String> = Vec::new();
    let mut prev_user: Option<&context::Said<'_>> = None;
    let mut open_moment: Option<usize> = None;
    // The replies' forms of address (the costly part; on several threads in a long
    // conversation).
    let vocatives = crate::par::map(
        said,
        |s| s.speech.len(),
        |s| {
            if s.message.role == Role::User {
                Vec::new()
            } else {
                patterns::vocatives_in(&s.speech, &s.scan)
            }
        },
    );
    for (s, vocs) in said.iter().zip(vocatives) {
        let m = s.message;
        let text: &str = &s.speech;
        let t = m.create_time.or(conv_time).unwrap_or(0.0);
        if m.role == Role::User {
            seen.user_messages += 1;
            seen.asks += u32::from(s.ask != context::Ask::Talk);
            open_moment = None;
            if s.scan.remembers() {
                seen.remembering = true;
                open_moment = Some(moments_here.len());
                moments_here.push(Moment {
                    time: m.create_time.or(conv_time),
                    text: first_sentence_with(text, patterns::is_remember_when),
                    priority: 62,
                    source: source(m),
                });
            }
            if s.scan.anniversary() {
                seen.remembering = true;
                moments_here.push(Moment {
                    time: m.create_time.or(conv_time),
                    text: first_sentence_with(text, patterns::is_anniversary),
                    priority: 78,
                    source: source(m),
                });
            }
            // A message signed as a letter is ("Love, Marisol"): the person's name, in a
            // conversation with the companion.
            if let Some(name) = patterns::signature(text) {
                signed_here.push(name);
            }
            prev_user = Some(s);
            addressed_replies.push(false);
            continue;
        }
        seen.replies += 1;
        seen.produced += u32::from(s.produced);
        seen.emoji_replies += u32::from(super::voice::emoji_in(text).next().is_some());
        // A moment keeps the story: what the companion said back.
        if let Some(i) = open_moment.take()
            && !text.is_empty()
        {
            let sents = super::voice::sentences(text);
            let story = first_words(
                &sents.iter().take(2).copied().collect::<Vec<_>>().join(" "),
                40,
            );
            let moment = &mut moments_here[i];
            moment.text = format!("{} — {story}", moment.text);
        }
        // Only as a helpful stranger would ("Happy to help, friend!"): not addressed in a
        // task (below).
        if !vocs.is_empty() && vocs.iter().all(|v| patterns::is_plain_endearment(&v.words)) {
            plain_replies.push(addressed_replies.len());
        }
        addressed_replies.push(!vocs.is_empty());
        // A name that opens the reply ("Tobias, sleep well."): the person's name only, and
        // only if the conversation never writes it in lowercase (below).
        if let Some(name) = patterns::leading_name(text, &s.scan)
            && !prev_user.is_some_and(|u| patterns::has_name(&u.speech, name))
        {
            leading_here.push(name);
        }
        // A greeting answered with itself and another name ("Günaydın Deniz!" → "Günaydın,
        // Elif! …"): the person's name, in any language.
        if let Some(user) = prev_user
            && let Some(name) = patterns::echoed_address(&user.speech, text)
            && !patterns::has_name(&user.speech, name)
        {
            names_here.push(name.to_owned());
        }
        for v in vocs {
            seen.addresses += 1;
            // The form kept as a pet name candidate: as said, or for a Korean name the name
            // without its particle ([`patterns::caseless::kept_form`]).
            let mut form = None;
            if patterns::is_endearment(&v.words) {
                if patterns::is_plain_endearment(&v.words) {
                    seen.plain_endearments += 1;
                } else {
                    seen.endearments += 1;
                }
            } else if v.words.chars().next().is_some_and(char::is_uppercase)
                && !v.words.contains(' ')
            {
                // A capitalised form of address that is not a term of endearment may be
                // the person's name, unless the person has just written of someone by it:
                // "Bruno ate the whole cake" → "Oh no, Bruno! 😂" exclaims to the dog, who
                // is neither the person nor a pet name.
                if prev_user.is_some_and(|u| patterns::has_name(&u.speech, &v.words)) {
                    continue;
                }
                names_here.push(v.words.clone());
            } else if let Some(name) = patterns::name_after_opener(&v.words) {
                // "Sleep well, sweet Anna": the name, as above; the words are no pet name.
                if prev_user.is_some_and(|u| patterns::has_name(&u.speech, name)) {
                    continue;
                }
                names_here.push(name.to_string());
                continue;
            } else if let Some(name) = patterns::caseless::name_in_address(&v.words) {
                // "지민아", "けんちゃん": the name without the particle or the honorific.
                if prev_user.is_some_and(|u| patterns::has_name(&u.speech, name)) {
                    continue;
                }
                names_here.push(name.to_string());
                form = Some(patterns::caseless::kept_form(&v.words, name).to_string());
            } else if let Some(name) = patterns::name_in_lowercase_voice(text, &v.words) {
                // "morning nico!" from a companion who writes no capitals: maybe the
                // person's name, at half the weight of a capitalised one (below); it stays
                // a pet name candidate, and is no pet name once it is the person's name.
                if !prev_user.is_some_and(|u| patterns::has_name(&u.speech, &name)) {
                    lowercase_here.push(name);
                }
            }
            let tag = v.question_tag(text);
            let words = form.unwrap_or(v.words);
            vocatives_here.push((names::key(&words), words, tag));
        }
        if let Some(user) = prev_user.take() {
            let ritual = patterns::ritual_in(&user.speech, &user.scan)
                .filter(|r| patterns::ritual(text) == Some(*r));
            if let Some(ritual) = ritual.filter(|r| !rituals_here.iter().any(|(x, ..)| x == r)) {
                seen.ritual = true;
                rituals_here.push((
                    ritual,
                    t,
                    first_sentence(&user.speech),
                    first_sentence(text),
                    source(m),
                ));
            }
        }
    }
    let kind = context::classify(&seen);
    if kind != context::ConversationKind::Companion {
        for i in plain_replies {
            addressed_replies[i] = false;
        }
    }
    if kind == context::ConversationKind::Companion {
        names_here.sort();
        names_here.dedup();
        leading_here.sort_unstable();
        leading_here.dedup();
        for name in leading_here {
            if !said
                .iter()
                .any(|s| patterns::written_lowercase(&s.speech, name))
            {
                signs
                    .user_names
                    .push((name.to_string(), names::UserSource::Opened, 1.0));
            }
        }
        for name in names_here {
            signs
                .user_names
                .push((name, names::UserSource::Addressed, 1.0));
        }
        lowercase_here.sort();
        lowercase_here.dedup();
        // Two such words for the person in one conversation ("morning wren! sleep okay,
        // bubs?"): one is a name and one a pet name, and nothing tells which.
        if lowercase_here.len() > 1 {
            lowercase_here.clear();
        }
        for name in lowercase_here {
            signs
                .user_names
                .push((name, names::UserSource::Addressed, LOWERCASE_ADDRESS_WEIGHT));
        }
        signed_here.sort();
        signed_here.dedup();
        for name in signed_here {
            signs
                .user_names
                .push((name, names::UserSource::Signed, 1.0));
        }
    } else {
        // A task or a one-off story: names said in it are not the companion's, and how
        // the assistant spoke there is only the contrast for the companion's voice.
        signs.signs.retain(|s| s.cue == patterns::Cue::Instruction);
        vocatives_here.clear();
    }
    Reading {
        kind,
        signs,
        vocatives: vocatives_here,
        rituals: rituals_here,
        moments: moments_here,
        addressed_replies,
    }
}

/// The name signs of one conversation as `extract` counts them (for `inspect`).
pub(crate) fn conversation_names(
    c: &Conversation,
    new_instructions: bool,
) -> names::ConversationSigns {
    let visible = names::visible(c);
    names_read(c, &context::read(&visible), new_instructions)
}

/// [`conversation_names`], with the context pass and the messages' name signs already done
/// (on a parsing thread).
pub(crate) fn prepared_names(p: &mut Prepared, new_instructions: bool) -> names::ConversationSigns {
    let taken = p.take_signs();
    let read = p.reading(taken, &p.said(), new_instructions);
    companion_signs(&p.conversation, read)
}

/// The signs of a conversation whose context was read, marked as a companion conversation
/// when it is one, as [`Extractor::add`] counts them.
fn names_read(
    c: &Conversation,
    said: &[context::Said<'_>],
    new_instructions: bool,
) -> names::ConversationSigns {
    let signs = names::conversation_signs(c, said, new_instructions);
    companion_signs(c, read_conversation(c, said, signs))
}

/// The signs of a reading, marked as a companion conversation's when it is one.
fn companion_signs(c: &Conversation, read: Reading) -> names::ConversationSigns {
    let mut signs = read.signs;
    if read.kind == context::ConversationKind::Companion {
        signs.companion_time = c.create_time.or(c.update_time);
    }
    signs
}

/// Masks personal identifiers in every human-text field (ids, dates and hashes are left
/// alone), and counts them. It fails closed: a spec that cannot be masked is an error, never
/// returned unmasked.
fn redact_spec(spec: PersonaSpec) -> Result<PersonaSpec, ExtractError> {
    const KEEP: [&str; 9] = [
        "spec",
        "time",
        "conversation_id",
        "message_id",
        "date",
        "export_sha256",
        "gizmo_id",
        "slug",
        "generator",
    ];
    fn walk(value: &mut serde_json::Value, key: Option<&str>, count: &mut usize) {
        match value {
            serde_json::Value::String(s) => {
                if key.is_none_or(|k| {
                    !KEEP.contains(&k) && !k.ends_with("_date") && k != "as_of" && k != "removed_by"
                }) && let (std::borrow::Cow::Owned(masked), n) = redact::redact_counted(s)
                {
                    *count += n;
                    *s = masked;
                }
            }
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|v| walk(v, key, count));
            }
            serde_json::Value::Object(map) => {
                map.iter_mut().for_each(|(k, v)| walk(v, Some(k), count));
            }
            _ => {}
        }
    }
    let fail = |e: serde_json::Error| ExtractError::Redact(e.to_string());
    let mut value = serde_json::to_value(&spec).map_err(fail)?;
    let mut count = 0;
    walk(&mut value, None, &mut count);
    let mut masked: PersonaSpec = serde_json::from_value(value).map_err(fail)?;
    masked.provenance.redactions = count;
    Ok(masked)
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n {
        words.join(" ")
    } else {
        format!("{}…", words[..n].join(" "))
    }
}

/// The first sentence said in `text`: a role-play action before it is not said
/// ("*yawns* night, Kai" → "night, Kai").
fn first_sentence(text: &str) -> String {
    let s = super::voice::speech_sentences(text)
        .unwrap_or_else(|| super::voice::sentences(text))
        .into_iter()
        .next()
        .unwrap_or(text);
    first_words(s, 25)
}

fn first_sentence_with(text: &str, test: fn(&str) -> bool) -> String {
    let s = super::voice::sentences(text)
        .into_iter()
        .find(|s| test(s))
        .unwrap_or(text);
    first_words(s, 40)
}

/// Reads the whole export and extracts the persona.
pub fn extract(
    export: Export,
    options: ExtractOptions,
    progress: &dyn Progress,
) -> Result<(PersonaSpec, ReadReport), ExtractError> {
    let mut extractor = Extractor::new(options)?;
    let report = export.read_with(progress, Prepared::for_extract, |p| {
        extractor.add_prepared(p)
    })?;
    let spec = extractor.finish(&report)?;
    Ok((spec, report))
}

#[cfg(test)]
mod tests {
    use super::instruction_sentences;

    /// How the sentences of "about you" were cut before full-width ends were read: after ". ",
    /// each of two words or more, ended with ".".
    fn as_before(line: &str) -> Vec<String> {
        line.split(". ")
            .map(|s| s.trim().trim_end_matches('.').to_owned())
            .filter(|s| s.split_whitespace().count() >= 2)
            .map(|s| format!("{s}."))
            .collect()
    }

    proptest::proptest! {
        /// Text without a full-width end or letters of those scripts is cut as before.
        #[test]
        fn latin_text_is_cut_as_before(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "I", "live", "in", "Porto", ".", ". ", " ", "..", "Mimi", "é", "ñ", ",", "!",
            ]),
            0..16,
        )) {
            let line: String = parts.concat();
            proptest::prop_assert_eq!(instruction_sentences(&line), as_before(&line));
        }
    }

    #[test]
    fn full_width_ends_cut_sentences() {
        assert_eq!(
            instruction_sentences("我叫陈晨。我在杭州做设计师，养了一只猫。"),
            ["我叫陈晨。", "我在杭州做设计师，养了一只猫。"]
        );
        assert_eq!(
            instruction_sentences("私の名前はあやです！よろしく。"),
            ["私の名前はあやです！", "よろしく。"]
        );
        // Too short to be a fact: fewer than four letters.
        assert!(instruction_sentences("猫。").is_empty());
        assert_eq!(
            instruction_sentences("제 이름은 서윤이에요. 부산에 살아요."),
            ["제 이름은 서윤이에요.", "부산에 살아요."]
        );
    }
}
