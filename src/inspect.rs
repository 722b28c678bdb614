//! What an export holds, folded from the conversation stream: `ferry inspect`.
//!
//! [`Inspector`] keeps one small summary per conversation id (so a newer copy from a later
//! shard replaces the older one) and [`Inspector::finish`] adds them up into an
//! [`Inspection`], whose JSON form is a documented contract (`schema: "ferry.inspect/1"`).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use serde::Serialize;

use crate::export::{
    AttachmentKind, Conversation, Export, GizmoKind, ReadReport, Role, Skipped, SourceKind,
};
use crate::time;

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
    /// Conversations that could not be read and were skipped.
    pub skipped: Vec<Skipped>,
    pub warnings: Vec<String>,
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
    pub first: Option<String>,
    pub last: Option<String>,
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
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct MemoryInfo {
    /// Distinct non-empty saved-memory snapshots.
    pub snapshots: usize,
    /// Entries in the latest non-empty snapshot, and its day.
    pub latest_snapshot_entries: usize,
    pub latest_snapshot_date: Option<String>,
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

/// The little ferry keeps of each conversation until the end.
#[derive(Debug, Default)]
struct Summary {
    archived: bool,
    branched: bool,
    slim: bool,
    roles: [usize; 5],
    on_thread: usize,
    hidden: usize,
    first: Option<f64>,
    last: Option<f64>,
    months: BTreeSet<i32>,
    models: Vec<(String, usize)>,
    gizmo: Option<(String, GizmoKind)>,
    instructions: Option<u64>,
    snapshots: Vec<(Option<f64>, u64, usize)>,
    empty_snapshots: usize,
    writes: usize,
    citations: usize,
    voice_messages: usize,
    spoken_or_typed: usize,
    voice: Option<String>,
    attachments: [usize; 4],
}

fn role_slot(role: Role) -> usize {
    match role {
        Role::User => 0,
        Role::Assistant => 1,
        Role::System => 2,
        Role::Tool => 3,
        Role::Other => 4,
    }
}

fn fingerprint(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

impl Summary {
    fn of(c: &Conversation) -> Summary {
        let mut s = Summary {
            archived: c.archived,
            slim: c.slim,
            gizmo: c.gizmo.as_ref().map(|g| (g.id.clone(), g.kind)),
            voice: c.voice.clone(),
            ..Summary::default()
        };
        let note_time = |s: &mut Summary, t: f64| {
            s.first = Some(s.first.map_or(t, |f| f.min(t)));
            s.last = Some(s.last.map_or(t, |l| l.max(t)));
            if let Some(m) = time::month_index(t) {
                s.months.insert(m);
            }
        };
        for t in [c.create_time, c.update_time].into_iter().flatten() {
            s.first = Some(s.first.map_or(t, |f: f64| f.min(t)));
            s.last = Some(s.last.map_or(t, |l: f64| l.max(t)));
        }
        for m in &c.messages {
            s.roles[role_slot(m.role)] += 1;
            if m.hidden {
                s.hidden += 1;
            }
            if !m.on_thread {
                s.branched = true;
            }
            for a in &m.attachments {
                let slot = match a.kind {
                    AttachmentKind::Image => 0,
                    AttachmentKind::Audio => 1,
                    AttachmentKind::Video => 2,
                    AttachmentKind::File => 3,
                };
                s.attachments[slot] += 1;
            }
        }
        for m in c.thread() {
            s.on_thread += 1;
            if let Some(t) = m.create_time {
                note_time(&mut s, t);
            }
            if matches!(m.role, Role::User | Role::Assistant) && !m.hidden {
                s.spoken_or_typed += 1;
                if m.voice {
                    s.voice_messages += 1;
                }
            }
            if m.role == Role::Assistant
                && !m.hidden
                && let Some(model) = &m.model
            {
                match s.models.iter_mut().find(|(k, _)| k == model) {
                    Some((_, n)) => *n += 1,
                    None => s.models.push((model.clone(), 1)),
                }
            }
        }
        if s.months.is_empty()
            && let Some(t) = c.create_time
        {
            note_time(&mut s, t);
        }
        s.instructions = c
            .custom_instructions
            .as_ref()
            .map(|ci| fingerprint(&(&ci.about_user, &ci.about_model)));
        s.snapshots = c
            .memory_snapshots
            .iter()
            .map(|snap| {
                (
                    snap.time,
                    fingerprint(&snap.entries.iter().map(|e| &e.text).collect::<Vec<_>>()),
                    snap.entries.len(),
                )
            })
            .collect();
        s.empty_snapshots = c.empty_memory_snapshots;
        s.writes = c.memory_writes.len();
        s.citations = c.memory_citations.len();
        s
    }
}

/// Folds conversations into an [`Inspection`].
#[derive(Default)]
pub struct Inspector {
    summaries: HashMap<String, (usize, Summary, Option<f64>)>,
}

impl Inspector {
    pub fn new() -> Inspector {
        Inspector::default()
    }

    /// Takes one conversation; a later copy with the same id replaces the earlier one.
    pub fn add(&mut self, c: &Conversation) {
        let created = c.create_time;
        self.summaries
            .insert(c.id.clone(), (c.index, Summary::of(c), created));
    }

    /// Adds everything up.
    pub fn finish(self, export: ExportInfo, report: ReadReport) -> Inspection {
        let mut summaries: Vec<(usize, Summary, Option<f64>)> =
            self.summaries.into_values().collect();
        summaries.sort_by_key(|(i, _, _)| *i);

        let mut conversations = ConversationCounts {
            total: summaries.len(),
            duplicates: report.duplicates,
            skipped: report.skipped.len(),
            ..Default::default()
        };
        let mut messages = MessageCounts::default();
        let mut first: Option<f64> = None;
        let mut last: Option<f64> = None;
        let mut months = BTreeSet::new();
        let mut models: BTreeMap<String, usize> = BTreeMap::new();
        let mut gizmos: BTreeMap<(String, GizmoKind), usize> = BTreeMap::new();
        let mut instruction_versions = BTreeSet::new();
        let mut instructions_seen: (Option<f64>, Option<f64>) = (None, None);
        let mut snapshot_set = BTreeSet::new();
        let mut latest_snapshot: Option<(f64, usize)> = None;
        let mut memory = MemoryInfo::default();
        let mut voice = VoiceInfo::default();
        let mut voices: BTreeMap<String, usize> = BTreeMap::new();
        let mut spoken_or_typed = 0;
        let mut attachments = AttachmentCounts::default();
        let mut slim = 0;

        for (_, s, created) in &summaries {
            conversations.archived += usize::from(s.archived);
            conversations.with_branches += usize::from(s.branched);
            slim += usize::from(s.slim);
            messages.user += s.roles[0];
            messages.assistant += s.roles[1];
            messages.system += s.roles[2];
            messages.tool += s.roles[3];
            messages.other += s.roles[4];
            messages.on_thread += s.on_thread;
            messages.hidden += s.hidden;
            if let Some(f) = s.first {
                first = Some(first.map_or(f, |x| x.min(f)));
            }
            if let Some(l) = s.last {
                last = Some(last.map_or(l, |x| x.max(l)));
            }
            months.extend(s.months.iter().copied());
            for (model, n) in &s.models {
                *models.entry(model.clone()).or_default() += n;
            }
            if let Some(g) = &s.gizmo {
                *gizmos.entry(g.clone()).or_default() += 1;
            }
            if let Some(fp) = s.instructions {
                instruction_versions.insert(fp);
                let t = created.or(s.first);
                if let Some(t) = t {
                    instructions_seen.0 = Some(instructions_seen.0.map_or(t, |x| x.min(t)));
                    instructions_seen.1 = Some(instructions_seen.1.map_or(t, |x| x.max(t)));
                }
            }
            for &(t, fp, entries) in &s.snapshots {
                snapshot_set.insert(fp);
                let t = t.or(*created).unwrap_or(f64::NEG_INFINITY);
                if latest_snapshot.is_none_or(|(lt, _)| t >= lt) {
                    latest_snapshot = Some((t, entries));
                }
            }
            memory.empty_snapshots += s.empty_snapshots;
            memory.writes += s.writes;
            memory.citations += s.citations;
            if s.voice_messages > 0 {
                voice.conversations += 1;
            }
            voice.messages += s.voice_messages;
            spoken_or_typed += s.spoken_or_typed;
            if let Some(v) = &s.voice {
                *voices.entry(v.clone()).or_default() += 1;
            }
            attachments.images += s.attachments[0];
            attachments.audio += s.attachments[1];
            attachments.video += s.attachments[2];
            attachments.files += s.attachments[3];
        }
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
                slug,
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
                id,
                kind,
                conversations,
            })
            .collect();
        gizmos.sort_by(|a, b| b.conversations.cmp(&a.conversations).then(a.id.cmp(&b.id)));

        memory.snapshots = snapshot_set.len();
        if let Some((t, entries)) = latest_snapshot {
            memory.latest_snapshot_entries = entries;
            memory.latest_snapshot_date = time::date(t);
        }
        voice.share = share(voice.messages, spoken_or_typed);
        let mut voices: Vec<NameCount> = voices
            .into_iter()
            .map(|(name, conversations)| NameCount {
                name,
                conversations,
            })
            .collect();
        voices.sort_by(|a, b| {
            b.conversations
                .cmp(&a.conversations)
                .then(a.name.cmp(&b.name))
        });
        voice.voices = voices;

        let format = if summaries.is_empty() {
            if export.sharded { "sharded" } else { "classic" }
        } else if slim * 2 > summaries.len() {
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
                first: first.and_then(time::date),
                last: last.and_then(time::date),
                months_active: months.len(),
            },
            gpt_4o_share: share(gpt_4o, assistant_total),
            models,
            gizmos,
            custom_instructions: CustomInstructionsInfo {
                present: !instruction_versions.is_empty(),
                versions: instruction_versions.len(),
                first_seen: instructions_seen.0.and_then(time::date),
                last_seen: instructions_seen.1.and_then(time::date),
            },
            memory,
            voice,
            attachments,
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
    let report = export.read(progress, |c| inspector.add(&c))?;
    Ok(inspector.finish(info, report))
}
