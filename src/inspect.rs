//! What an export holds, folded from the conversation stream: `ferry inspect`.
//!
//! [`Inspector`] keeps one small summary per conversation id (so a newer copy from a later
//! shard replaces the older one) and [`Inspector::finish`] adds them up into an
//! [`Inspection`], whose JSON form is a documented contract (`schema: "ferry.inspect/1"`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use crate::export::{
    AttachmentKind, Conversation, Export, GizmoKind, ReadReport, Role, Skipped, SourceKind,
};
use crate::persona::names::NameCollector;
use crate::time::{self, Day};

/// The `schema` value of `ferry inspect --json`; bumped on any incompatible change.
pub const SCHEMA: &str = "ferry.inspect/1";

/// Everything `ferry inspect` reports. Field names are a contract: see README, "ferry inspect
/// --json".
#[derive(Debug, Clone, Serialize)]
pub struct Inspection {
    pub schema: &'static str,
    pub ferry_version: &'static str,
    pub source: SourceInfo,
    pub conversations: ConversationCounts,
    pub messages: MessageCounts,
    pub dates: Dates,
    /// Assistant messages on displayed threads, by model, most used first.
    pub models: Vec<ModelShare>,
    /// Share of assistant messages written by GPT-4o (`gpt-4o`, `gpt-4o-mini`, `gpt-4o-*`).
    pub gpt_4o_share: f64,
    /// Custom GPTs and projects, by conversation count.
    pub gizmos: Vec<GizmoCount>,
    pub custom_instructions: CustomInstructionsInfo,
    pub memory: MemoryInfo,
    pub voice: VoiceInfo,
    pub attachments: AttachmentCounts,
    /// Companion names ferry weighed, best first; the first one without `rejected` is the
    /// companion `ferry extract` would choose.
    pub companions: Vec<CompanionCandidate>,
    /// Conversations that could not be read and were skipped.
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompanionCandidate {
    pub name: String,
    /// 0–1; for the chosen companion, weighed against the runner-up.
    pub confidence: f64,
    pub conversations: usize,
    /// Why it is not the companion, when it is not.
    pub rejected: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// The input as given.
    pub path: String,
    pub kind: SourceKind,
    /// The conversation files read, in order.
    pub files: Vec<String>,
    /// `classic` (one conversations.json), `sharded` (conversations-NNN.json), or `slim`
    /// (2026 pruned messages, no `children`).
    pub format: &'static str,
    pub manifest: bool,
    /// Bytes of conversation JSON read.
    pub bytes: u64,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct ConversationCounts {
    /// Distinct conversations read.
    pub total: usize,
    pub archived: usize,
    /// Conversations with edited or regenerated branches.
    pub with_branches: usize,
    /// Copies of a conversation found more than once (across shards).
    pub duplicates: usize,
    /// Conversations skipped as unreadable.
    pub skipped: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MessageCounts {
    /// Every message of every tree, branches and hidden ones included.
    pub total: usize,
    pub user: usize,
    pub assistant: usize,
    pub system: usize,
    pub tool: usize,
    pub other: usize,
    /// Messages on the displayed threads.
    pub on_thread: usize,
    /// Messages hidden in the ChatGPT UI (scaffolding, tool calls, reasoning).
    pub hidden: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Dates {
    /// First and last day with a message or conversation, `YYYY-MM-DD`, UTC.
    pub first: Option<Day>,
    pub last: Option<Day>,
    /// Distinct calendar months (UTC) with at least one message.
    pub months_active: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ModelShare {
    pub slug: String,
    pub messages: usize,
    /// Fraction of assistant messages, 0–1.
    pub share: f64,
}

#[derive(Debug, Clone, Serialize)]
pub struct GizmoCount {
    pub id: String,
    pub kind: GizmoKind,
    pub conversations: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct CustomInstructionsInfo {
    pub present: bool,
    /// Distinct versions over time.
    pub versions: usize,
    /// Day of the conversation that first and last carried them.
    pub first_seen: Option<Day>,
    pub last_seen: Option<Day>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MemoryInfo {
    /// Distinct non-empty saved-memory snapshots.
    pub snapshots: usize,
    /// Entries in the latest non-empty snapshot, and its day.
    pub latest_snapshot_entries: usize,
    pub latest_snapshot_date: Option<Day>,
    /// Snapshot messages that were present but empty.
    pub empty_snapshots: usize,
    /// Memory writes through the `bio` tool (distinct per conversation).
    pub writes: usize,
    /// Saved memories quoted in 2026 replies (distinct per conversation).
    pub citations: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct VoiceInfo {
    /// Conversations with at least one voice-mode turn.
    pub conversations: usize,
    /// Voice-mode messages on displayed threads.
    pub messages: usize,
    /// Voice messages over user and assistant messages on displayed threads, 0–1.
    pub share: f64,
    /// Advanced-voice voices by conversation count.
    pub voices: Vec<NameCount>,
}

#[derive(Debug, Clone, Serialize)]
pub struct NameCount {
    pub name: String,
    pub conversations: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct AttachmentCounts {
    pub images: usize,
    pub audio: usize,
    pub video: usize,
    pub files: usize,
}

/// Interns the few distinct strings (model slugs, gizmo ids, voices) that summaries refer to.
#[derive(Default)]
struct Names {
    names: Vec<String>,
    index: HashMap<String, u64>,
}

impl Names {
    fn id(&mut self, name: &str) -> u64 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u64;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }

    fn name(&self, id: u64) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }
}

// Slots of `Summary::counts`.
const USER: usize = 0;
const ASSISTANT: usize = 1;
const SYSTEM: usize = 2;
const TOOL: usize = 3;
const OTHER: usize = 4;
const ON_THREAD: usize = 5;
const HIDDEN: usize = 6;
const IMAGES: usize = 7;
const AUDIO: usize = 8;
const VIDEO: usize = 9;
const FILES: usize = 10;
const VOICE_MESSAGES: usize = 11;
const SPOKEN_OR_TYPED: usize = 12;
const WRITES: usize = 13;
const CITATIONS: usize = 14;
const EMPTY_SNAPSHOTS: usize = 15;
const SLOTS: usize = 16;

/// What ferry keeps of each conversation until the end, so that a newer copy from a later
/// shard can replace an older one. Stored varint-encoded (about 50 bytes a conversation), so
/// memory stays nearly flat however large the export is.
#[derive(Debug, Default, PartialEq)]
struct Summary {
    counts: [u64; SLOTS],
    archived: bool,
    branched: bool,
    slim: bool,
    /// Whole seconds since the epoch.
    created: Option<i64>,
    first: Option<i64>,
    last: Option<i64>,
    months: Vec<i64>,
    /// (interned model, assistant messages)
    models: Vec<(u64, u64)>,
    /// (interned gizmo id, 0 = custom GPT, 1 = project)
    gizmo: Option<(u64, u64)>,
    voice: Option<u64>,
    instructions: Option<u64>,
    /// (time, fingerprint, entries)
    snapshots: Vec<(Option<i64>, u64, u64)>,
}

fn role_slot(role: Role) -> usize {
    match role {
        Role::User => USER,
        Role::Assistant => ASSISTANT,
        Role::System => SYSTEM,
        Role::Tool => TOOL,
        Role::Other => OTHER,
    }
}

fn fingerprint(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

fn widen(range: &mut (Option<i64>, Option<i64>), t: i64) {
    range.0 = Some(range.0.map_or(t, |f| f.min(t)));
    range.1 = Some(range.1.map_or(t, |l| l.max(t)));
}

fn seconds(t: f64) -> Option<i64> {
    t.is_finite().then(|| t.floor() as i64)
}

impl Summary {
    fn of(c: &Conversation, names: &mut Names) -> Summary {
        let mut s = Summary {
            archived: c.archived,
            slim: c.slim,
            created: c.create_time.and_then(seconds),
            gizmo: c
                .gizmo
                .as_ref()
                .map(|g| (names.id(&g.id), u64::from(g.kind == GizmoKind::Project))),
            voice: c.voice.as_deref().map(|v| names.id(v)),
            instructions: c
                .custom_instructions
                .as_ref()
                .map(|ci| fingerprint(&(&ci.about_user, &ci.about_model))),
            ..Summary::default()
        };
        let mut range = (None, None);
        let mut months = BTreeSet::new();
        for t in [c.create_time, c.last_time()]
            .into_iter()
            .flatten()
            .filter_map(seconds)
        {
            widen(&mut range, t);
        }
        for m in &c.messages {
            s.counts[role_slot(m.role)] += 1;
            s.counts[HIDDEN] += u64::from(m.hidden);
            s.branched |= !m.on_thread;
            for a in &m.attachments {
                s.counts[match a.kind {
                    AttachmentKind::Image => IMAGES,
                    AttachmentKind::Audio => AUDIO,
                    AttachmentKind::Video => VIDEO,
                    AttachmentKind::File => FILES,
                }] += 1;
            }
        }
        for m in c.thread() {
            s.counts[ON_THREAD] += 1;
            if let Some(t) = m.create_time {
                widen(&mut range, t.floor() as i64);
                months.extend(time::month_index(t));
            }
            if matches!(m.role, Role::User | Role::Assistant) && !m.hidden {
                s.counts[SPOKEN_OR_TYPED] += 1;
                s.counts[VOICE_MESSAGES] += u64::from(m.voice);
            }
            if m.role == Role::Assistant
                && !m.hidden
                && let Some(model) = &m.model
            {
                let id = names.id(model);
                match s.models.iter_mut().find(|(k, _)| *k == id) {
                    Some((_, n)) => *n += 1,
                    None => s.models.push((id, 1)),
                }
            }
        }
        if months.is_empty() {
            months.extend(c.create_time.and_then(time::month_index));
        }
        s.months = months.into_iter().map(i64::from).collect();
        (s.first, s.last) = range;
        s.counts[WRITES] = c.memory_writes.len() as u64;
        s.counts[CITATIONS] = c.memory_citations.len() as u64;
        s.counts[EMPTY_SNAPSHOTS] = c.empty_memory_snapshots as u64;
        s.snapshots = c
            .memory_snapshots
            .iter()
            .map(|snap| {
                (
                    snap.time.or(c.create_time).and_then(seconds),
                    fingerprint(&snap.entries.iter().map(|e| &e.text).collect::<Vec<_>>()),
                    snap.entries.len() as u64,
                )
            })
            .collect();
        s
    }

    fn encode(&self, out: &mut Vec<u8>) {
        for &n in &self.counts {
            varint::put(out, n);
        }
        varint::put(
            out,
            u64::from(self.archived) | u64::from(self.branched) << 1 | u64::from(self.slim) << 2,
        );
        for t in [self.created, self.first, self.last] {
            varint::put_opt_signed(out, t);
        }
        varint::put(out, self.months.len() as u64);
        for &m in &self.months {
            varint::put_signed(out, m);
        }
        varint::put(out, self.models.len() as u64);
        for &(model, n) in &self.models {
            varint::put(out, model);
            varint::put(out, n);
        }
        varint::put_opt(out, self.gizmo.map(|(g, kind)| g << 1 | kind));
        varint::put_opt(out, self.voice);
        match self.instructions {
            Some(fp) => {
                out.push(1);
                out.extend_from_slice(&fp.to_le_bytes());
            }
            None => out.push(0),
        }
        varint::put(out, self.snapshots.len() as u64);
        for &(t, fp, entries) in &self.snapshots {
            varint::put_opt_signed(out, t);
            out.extend_from_slice(&fp.to_le_bytes());
            varint::put(out, entries);
        }
    }

    fn decode(bytes: &mut &[u8]) -> Summary {
        let mut s = Summary::default();
        for n in &mut s.counts {
            *n = varint::get(bytes);
        }
        let flags = varint::get(bytes);
        (s.archived, s.branched, s.slim) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
        s.created = varint::get_opt_signed(bytes);
        s.first = varint::get_opt_signed(bytes);
        s.last = varint::get_opt_signed(bytes);
        s.months = (0..varint::get(bytes))
            .map(|_| varint::get_signed(bytes))
            .collect();
        s.models = (0..varint::get(bytes))
            .map(|_| (varint::get(bytes), varint::get(bytes)))
            .collect();
        s.gizmo = varint::get_opt(bytes).map(|g| (g >> 1, g & 1));
        s.voice = varint::get_opt(bytes);
        s.instructions = (varint::take(bytes, 1) == [1]).then(|| varint::get_u64(bytes));
        s.snapshots = (0..varint::get(bytes))
            .map(|_| {
                let t = varint::get_opt_signed(bytes);
                let fp = varint::get_u64(bytes);
                (t, fp, varint::get(bytes))
            })
            .collect();
        s
    }
}

/// LEB128 varints for [`Summary`]'s compact form (`integer-encoding`; signed ones zigzagged).
/// A truncated store reads as zeros, never panics.
mod varint {
    use integer_encoding::VarInt;

    fn put_var(out: &mut Vec<u8>, n: impl VarInt) {
        let mut buf = [0u8; 10];
        let k = n.encode_var(&mut buf);
        out.extend_from_slice(&buf[..k]);
    }

    fn get_var<T: VarInt + Default>(bytes: &mut &[u8]) -> T {
        match T::decode_var(bytes) {
            Some((n, k)) => {
                *bytes = &bytes[k..];
                n
            }
            None => {
                *bytes = &[];
                T::default()
            }
        }
    }

    pub(super) fn put(out: &mut Vec<u8>, n: u64) {
        put_var(out, n);
    }

    pub(super) fn put_signed(out: &mut Vec<u8>, n: i64) {
        put_var(out, n);
    }

    /// `None` as 0, `Some(n)` as n + 1.
    pub(super) fn put_opt(out: &mut Vec<u8>, n: Option<u64>) {
        put(out, n.map_or(0, |n| n + 1));
    }

    pub(super) fn put_opt_signed(out: &mut Vec<u8>, n: Option<i64>) {
        match n {
            Some(n) => {
                out.push(1);
                put_signed(out, n);
            }
            None => out.push(0),
        }
    }

    pub(super) fn take<'a>(bytes: &mut &'a [u8], n: usize) -> &'a [u8] {
        let (head, tail) = bytes.split_at(n.min(bytes.len()));
        *bytes = tail;
        head
    }

    pub(super) fn get(bytes: &mut &[u8]) -> u64 {
        get_var(bytes)
    }

    pub(super) fn get_signed(bytes: &mut &[u8]) -> i64 {
        get_var(bytes)
    }

    pub(super) fn get_opt(bytes: &mut &[u8]) -> Option<u64> {
        get(bytes).checked_sub(1)
    }

    pub(super) fn get_opt_signed(bytes: &mut &[u8]) -> Option<i64> {
        (take(bytes, 1) == [1]).then(|| get_signed(bytes))
    }

    pub(super) fn get_u64(bytes: &mut &[u8]) -> u64 {
        let mut b = [0u8; 8];
        let head = take(bytes, 8);
        b[..head.len()].copy_from_slice(head);
        u64::from_le_bytes(b)
    }
}

/// Folds conversations into an [`Inspection`].
#[derive(Default)]
pub struct Inspector {
    /// Every summary, encoded back to back.
    arena: Vec<u8>,
    /// (hash of the conversation id, start of its summary in `arena`), in arrival order; a
    /// later entry for the same id replaces an earlier one.
    index: Vec<(u64, usize)>,
    names: Names,
    companions: NameCollector,
    instruction_versions: HashSet<u64>,
}

impl Inspector {
    pub fn new() -> Inspector {
        Inspector::default()
    }

    /// Takes one conversation; a later copy with the same id replaces the earlier one.
    pub fn add(&mut self, c: &Conversation) {
        let new_version = self.summarize(c);
        let signs = crate::persona::conversation_names(c, new_version);
        self.companions.add(signs);
    }

    /// [`Inspector::add`], with the context pass already done (on the parsing thread).
    fn add_prepared(&mut self, p: crate::persona::Prepared) {
        let new_version = self.summarize(&p.conversation);
        let signs = crate::persona::prepared_names(p, new_version);
        self.companions.add(signs);
    }

    /// Files the conversation's summary; true when its custom instructions are a version
    /// not seen before.
    fn summarize(&mut self, c: &Conversation) -> bool {
        let summary = Summary::of(c, &mut self.names);
        self.index.push((fingerprint(&c.id), self.arena.len()));
        let new_version = summary
            .instructions
            .is_some_and(|fp| self.instruction_versions.insert(fp));
        summary.encode(&mut self.arena);
        new_version
    }

    /// The summaries that count, the last copy of each conversation, decoded one at a time.
    fn summaries(&mut self) -> impl Iterator<Item = Summary> + '_ {
        // Stable sort: for equal ids, arrival order is kept and the last one wins.
        self.index.sort_by_key(|&(key, _)| key);
        let (index, arena) = (&self.index, &self.arena);
        index
            .iter()
            .enumerate()
            .filter_map(move |(i, &(key, start))| {
                let superseded = index.get(i + 1).is_some_and(|&(next, _)| next == key);
                (!superseded).then(|| Summary::decode(&mut &arena[start..]))
            })
    }

    /// Adds everything up.
    pub fn finish(mut self, export: ExportInfo, report: ReadReport) -> Inspection {
        let decision = self.companions.decide(None);
        let companions = decision
            .candidates
            .into_iter()
            .take(10)
            .map(|c| CompanionCandidate {
                confidence: if c.rejected.is_none() {
                    decision.confidence
                } else {
                    c.confidence
                },
                name: c.name,
                // The chosen companion: every conversation with it, under any name.
                conversations: if c.rejected.is_none() {
                    decision.numbers.len()
                } else {
                    c.conversations
                },
                rejected: c.rejected,
            })
            .collect();
        let names = std::mem::take(&mut self.names);
        let names = &names;
        let mut conversations = ConversationCounts {
            duplicates: report.duplicates,
            skipped: report.skipped.len(),
            ..Default::default()
        };
        let mut totals = [0u64; SLOTS];
        let mut range = (None, None);
        let mut months = BTreeSet::new();
        let mut models: BTreeMap<&str, usize> = BTreeMap::new();
        let mut gizmos: BTreeMap<(&str, GizmoKind), usize> = BTreeMap::new();
        let mut instruction_versions = BTreeSet::new();
        let mut instructions_seen = (None, None);
        let mut snapshot_set = BTreeSet::new();
        let mut latest_snapshot: Option<(i64, u64)> = None;
        let mut voices: BTreeMap<&str, usize> = BTreeMap::new();
        let mut voice_conversations = 0;
        let mut slim = 0;

        for s in self.summaries() {
            conversations.total += 1;
            for (total, n) in totals.iter_mut().zip(s.counts) {
                *total += n;
            }
            conversations.archived += usize::from(s.archived);
            conversations.with_branches += usize::from(s.branched);
            slim += usize::from(s.slim);
            for t in [s.first, s.last].into_iter().flatten() {
                widen(&mut range, t);
            }
            months.extend(s.months.iter().copied());
            for &(model, n) in &s.models {
                *models.entry(names.name(model)).or_default() += n as usize;
            }
            if let Some((g, kind)) = s.gizmo {
                let kind = if kind == 1 {
                    GizmoKind::Project
                } else {
                    GizmoKind::Gpt
                };
                *gizmos.entry((names.name(g), kind)).or_default() += 1;
            }
            if let Some(fp) = s.instructions {
                instruction_versions.insert(fp);
                if let Some(t) = s.created.or(s.first) {
                    widen(&mut instructions_seen, t);
                }
            }
            for &(t, fp, entries) in &s.snapshots {
                snapshot_set.insert(fp);
                let t = t.unwrap_or(i64::MIN);
                // Ties go to the larger snapshot, so the result does not depend on order.
                if latest_snapshot.is_none_or(|latest| (t, entries) > latest) {
                    latest_snapshot = Some((t, entries));
                }
            }
            voice_conversations += usize::from(s.counts[VOICE_MESSAGES] > 0);
            if let Some(v) = s.voice {
                *voices.entry(names.name(v)).or_default() += 1;
            }
        }
        let total = |slot: usize| totals[slot] as usize;
        let (first, last) = range;
        let mut messages = MessageCounts {
            user: total(USER),
            assistant: total(ASSISTANT),
            system: total(SYSTEM),
            tool: total(TOOL),
            other: total(OTHER),
            on_thread: total(ON_THREAD),
            hidden: total(HIDDEN),
            total: 0,
        };
        let mut memory = MemoryInfo {
            empty_snapshots: total(EMPTY_SNAPSHOTS),
            writes: total(WRITES),
            citations: total(CITATIONS),
            ..MemoryInfo::default()
        };
        let mut voice = VoiceInfo {
            conversations: voice_conversations,
            messages: total(VOICE_MESSAGES),
            ..VoiceInfo::default()
        };
        let spoken_or_typed = total(SPOKEN_OR_TYPED);
        let attachments = AttachmentCounts {
            images: total(IMAGES),
            audio: total(AUDIO),
            video: total(VIDEO),
            files: total(FILES),
        };
        messages.total =
            messages.user + messages.assistant + messages.system + messages.tool + messages.other;

        let assistant_total: usize = models.values().sum();
        let share = |n: usize, of: usize| {
            if of == 0 {
                0.0
            } else {
                round4(n as f64 / of as f64)
            }
        };
        let mut models: Vec<ModelShare> = models
            .into_iter()
            .map(|(slug, n)| ModelShare {
                share: share(n, assistant_total),
                slug: slug.to_owned(),
                messages: n,
            })
            .collect();
        models.sort_by(|a, b| b.messages.cmp(&a.messages).then(a.slug.cmp(&b.slug)));
        let gpt_4o: usize = models
            .iter()
            .filter(|m| is_gpt_4o(&m.slug))
            .map(|m| m.messages)
            .sum();

        let mut gizmos: Vec<GizmoCount> = gizmos
            .into_iter()
            .map(|((id, kind), conversations)| GizmoCount {
                id: id.to_owned(),
                kind,
                conversations,
            })
            .collect();
        gizmos.sort_by(|a, b| b.conversations.cmp(&a.conversations).then(a.id.cmp(&b.id)));

        memory.snapshots = snapshot_set.len();
        if let Some((t, entries)) = latest_snapshot {
            memory.latest_snapshot_entries = entries as usize;
            memory.latest_snapshot_date = time::date(t as f64);
        }
        voice.share = share(voice.messages, spoken_or_typed);
        let mut voices: Vec<NameCount> = voices
            .into_iter()
            .map(|(name, conversations)| NameCount {
                name: name.to_owned(),
                conversations,
            })
            .collect();
        voices.sort_by(|a, b| {
            b.conversations
                .cmp(&a.conversations)
                .then(a.name.cmp(&b.name))
        });
        voice.voices = voices;

        let format = if conversations.total == 0 {
            if export.sharded { "sharded" } else { "classic" }
        } else if slim * 2 > conversations.total {
            "slim"
        } else if export.sharded {
            "sharded"
        } else {
            "classic"
        };

        Inspection {
            schema: SCHEMA,
            ferry_version: env!("CARGO_PKG_VERSION"),
            source: SourceInfo {
                path: export.label,
                kind: export.kind,
                files: export.files,
                format,
                manifest: export.manifest,
                bytes: report.bytes,
            },
            conversations,
            messages,
            dates: Dates {
                first: first.and_then(|t| time::date(t as f64)),
                last: last.and_then(|t| time::date(t as f64)),
                months_active: months.len(),
            },
            gpt_4o_share: share(gpt_4o, assistant_total),
            models,
            gizmos,
            custom_instructions: CustomInstructionsInfo {
                present: !instruction_versions.is_empty(),
                versions: instruction_versions.len(),
                first_seen: instructions_seen.0.and_then(|t| time::date(t as f64)),
                last_seen: instructions_seen.1.and_then(|t| time::date(t as f64)),
            },
            memory,
            voice,
            attachments,
            companions,
            skipped: report.skipped,
            warnings: report.warnings,
        }
    }
}

/// What [`Inspector::finish`] needs to know about the export itself.
#[derive(Debug, Clone)]
pub struct ExportInfo {
    pub label: String,
    pub kind: SourceKind,
    pub files: Vec<String>,
    pub sharded: bool,
    pub manifest: bool,
}

impl ExportInfo {
    pub fn of(export: &Export) -> ExportInfo {
        ExportInfo {
            label: export.label().to_owned(),
            kind: export.kind(),
            files: export.files(),
            sharded: export.sharded(),
            manifest: export.manifest_used(),
        }
    }
}

/// `gpt-4o`, `gpt-4o-mini`, `gpt-4o-canmore`…
pub fn is_gpt_4o(slug: &str) -> bool {
    slug == "gpt-4o" || slug.starts_with("gpt-4o-")
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Reads a whole export and inspects it.
pub fn inspect(
    export: Export,
    progress: &dyn crate::export::Progress,
) -> Result<Inspection, crate::export::ExportError> {
    let info = ExportInfo::of(&export);
    let mut inspector = Inspector::new();
    let prepare = crate::persona::Prepared::new;
    let report = export.read_with(progress, prepare, |p| inspector.add_prepared(p))?;
    Ok(inspector.finish(info, report))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_round_trips_through_its_compact_form() {
        let mut counts = [0u64; SLOTS];
        for (i, c) in counts.iter_mut().enumerate() {
            *c = (i as u64) * 1000 + 3;
        }
        let summary = Summary {
            counts,
            archived: true,
            branched: false,
            slim: true,
            created: Some(1_715_000_000),
            first: Some(-5),
            last: None,
            months: vec![24_292, 24_300],
            models: vec![(0, 12), (3, 1)],
            gizmo: Some((2, 1)),
            voice: None,
            instructions: Some(u64::MAX - 7),
            snapshots: vec![(Some(1_700_000_000), 42, 9), (None, 7, 0)],
        };
        let mut bytes = Vec::new();
        summary.encode(&mut bytes);
        summary.encode(&mut bytes);
        let mut cursor = bytes.as_slice();
        assert_eq!(Summary::decode(&mut cursor), summary);
        assert_eq!(Summary::decode(&mut cursor), summary);
        assert!(cursor.is_empty());
        assert!(bytes.len() <= 2 * 100, "compact: {} bytes", bytes.len() / 2);
    }

    #[test]
    fn varints() {
        for n in [0u64, 1, 127, 128, 300, u64::MAX] {
            let mut out = Vec::new();
            varint::put(&mut out, n);
            assert_eq!(varint::get(&mut out.as_slice()), n);
        }
        for n in [0i64, -1, 1, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            varint::put_signed(&mut out, n);
            assert_eq!(varint::get_signed(&mut out.as_slice()), n);
        }
    }
}
