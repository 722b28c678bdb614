//! The report `ferry inspect` prints: [`Inspection`] and its parts. Field names are a
//! contract (`ferry.inspect/1`, README "ferry inspect --json").

use serde::Serialize;

use crate::export::{GizmoKind, Skipped, SourceKind};
use crate::time::Day;

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
