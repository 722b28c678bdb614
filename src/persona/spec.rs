//! The persona spec, `ferry.persona/1`: ferry's own portable format.
//!
//! Field names are a contract read by other tools; see README, "The persona spec". The JSON
//! Schema in `schema/persona.schema.json` is generated from these types (`ferry schema`) and a
//! test keeps the two in step. Export types never leak in here: everything is plain strings,
//! numbers and dates as `YYYY-MM-DD` (UTC).

use schemars::JsonSchema;

pub use crate::time::Day;
use serde::{Deserialize, Serialize};

/// The `spec` value of this version.
pub const SPEC: &str = "ferry.persona/1";

/// A companion, found in an export: who they are, who the user is, how they speak, and what
/// they share. Every item carries where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PersonaSpec {
    /// Always `"ferry.persona/1"`.
    pub spec: String,
    pub companion: Companion,
    pub user: User,
    pub voice: Voice,
    /// Shared memories, highest priority first.
    pub memories: Vec<Memory>,
    /// Saved memories that were in an earlier snapshot but gone from the latest one.
    pub removed_memories: Vec<RemovedMemory>,
    /// Verbatim exchanges that show the companion's voice.
    pub examples: Vec<Example>,
    /// Exchanges where the companion pushed back on what the person asked or said ("Hold on,
    /// I don't think that's fair to you"), newest first, at most three: a companion is not
    /// only agreeable, and `ferry probe` asks the question again.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pushed_back: Vec<Example>,
    /// The latest custom instructions.
    pub custom_instructions: CustomInstructions,
    pub provenance: Provenance,
    /// The companion's most recent conversation, its last messages verbatim, so the person
    /// can continue where they left off (the SillyTavern chat file). Absent when no companion
    /// was found, and in files written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_conversation: Option<LastConversation>,
}

/// The end of the companion's most recent conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LastConversation {
    pub conversation_id: String,
    /// Its title in ChatGPT, when it had one.
    pub title: Option<String>,
    /// The day of its last message, `YYYY-MM-DD`.
    pub date: Option<Day>,
    /// Its last messages (at most [`LAST_MESSAGES`]), oldest first.
    pub messages: Vec<ChatLine>,
}

/// How many messages of the last conversation are kept.
pub const LAST_MESSAGES: usize = 30;

/// One message of a conversation, as written.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChatLine {
    pub from: Speaker,
    pub text: String,
    /// When it was sent: `YYYY-MM-DDTHH:MM:SSZ` (UTC), when the export says.
    pub time: Option<String>,
}

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Speaker {
    /// The person.
    User,
    /// The companion.
    Companion,
}

/// Who the companion is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Companion {
    /// The companion's name, or null when the export shows no named companion (never a guess).
    pub name: Option<String>,
    /// Other names the companion was given or took.
    pub aliases: Vec<String>,
    /// How sure ferry is of `name`, 0–1.
    pub confidence: f64,
    /// Where the name appears: quotes with their conversation, message and day.
    pub evidence: Vec<Evidence>,
    /// Where and when the name was given, when the export shows it.
    pub named: Option<Naming>,
    /// Conversations in which the companion is addressed or speaks as themself.
    pub conversations: usize,
    /// First and last day of those conversations.
    pub first_date: Option<Day>,
    pub last_date: Option<Day>,
    /// The models the companion's replies were written by, most used first.
    pub models: Vec<ModelShare>,
    /// The companion's conversations month by month, with the models that replied: the
    /// relationship over time (the GPT-4o era shows). Months without one are left out.
    #[serde(default)]
    pub months: Vec<Month>,
    /// The custom GPT or project the companion lives in, when it lives in one.
    pub gizmo_id: Option<String>,
    /// Every candidate ferry weighed, best first (the chosen one included).
    pub candidates: Vec<Candidate>,
}

/// A quote that supports an item.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub conversation_id: String,
    pub message_id: Option<String>,
    pub date: Option<Day>,
    pub quote: String,
    /// What kind of sign this is.
    pub signal: Signal,
}

/// What a piece of evidence shows.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Signal {
    /// The custom instructions name the assistant.
    Instruction,
    /// The person gives a name ("can I call you Nova?").
    UserNames,
    /// The assistant takes a name ("Nova it is").
    AssistantTakes,
    /// The person addresses the assistant by a name.
    UserAddresses,
    /// The assistant names itself.
    AssistantSelf,
    /// A reply that shows how the companion speaks.
    Style,
}

impl Signal {
    /// The name in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            Signal::Instruction => "instruction",
            Signal::UserNames => "user_names",
            Signal::AssistantTakes => "assistant_takes",
            Signal::UserAddresses => "user_addresses",
            Signal::AssistantSelf => "assistant_self",
            Signal::Style => "style",
        }
    }
}

/// Where the companion's name was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum NamingSource {
    /// A naming moment in a conversation.
    Chat,
    /// The custom instructions.
    CustomInstructions,
}

/// What kind of memory an item is, and where it came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MemoryKind {
    /// The saved-memory list.
    Saved,
    /// Written with the memory tool.
    MemoryWrite,
    /// Quoted back in a reply.
    Citation,
    /// Found in chat: the naming day, the first conversation, "remember when…", anniversaries.
    Moment,
    /// Good-morning and bedtime exchanges.
    Ritual,
}

impl MemoryKind {
    /// The name in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            MemoryKind::Saved => "saved",
            MemoryKind::MemoryWrite => "memory_write",
            MemoryKind::Citation => "citation",
            MemoryKind::Moment => "moment",
            MemoryKind::Ritual => "ritual",
        }
    }
}

/// Where a fact about the person came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FactSource {
    /// What the person wrote about themselves in the custom instructions.
    CustomInstructions,
    /// The saved-memory list.
    Saved,
    /// Written with the memory tool.
    MemoryWrite,
    /// Quoted back in a reply.
    Citation,
}

impl FactSource {
    /// The name in the spec.
    pub fn as_str(self) -> &'static str {
        match self {
            FactSource::CustomInstructions => "custom_instructions",
            FactSource::Saved => "saved",
            FactSource::MemoryWrite => "memory_write",
            FactSource::Citation => "citation",
        }
    }
}

/// How the name was given.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Naming {
    pub source: NamingSource,
    pub date: Option<Day>,
    pub conversation_id: Option<String>,
    pub message_id: Option<String>,
    pub quote: Option<String>,
}

/// One month of the companion's conversations.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Month {
    /// `YYYY-MM` (UTC).
    pub month: String,
    /// Conversations with the companion that started that month.
    pub conversations: usize,
    /// Replies in them by model slug, most first.
    pub replies: Vec<ModelReplies>,
}

/// Replies written by one model.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelReplies {
    pub slug: String,
    pub replies: usize,
}

/// A model and its share of the companion's replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ModelShare {
    pub slug: String,
    pub replies: usize,
    /// 0–1.
    pub share: f64,
}

/// A name ferry considered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Candidate {
    pub name: String,
    /// 0–1, comparable between candidates.
    pub confidence: f64,
    /// Conversations with a sign of this name.
    pub conversations: usize,
    /// Signs by kind: `instruction`, `user_names`, `assistant_takes`, `user_addresses`,
    /// `assistant_self`.
    pub signals: std::collections::BTreeMap<String, usize>,
    /// Why it was not chosen, when it was not (`user's own name`, `a pet the user mentions`…).
    pub rejected: Option<String>,
}

/// Who the user is, as the companion knew them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct User {
    /// The name the user goes by, or null when the export does not say.
    pub name: Option<String>,
    /// What the companion calls the user, most used first (without the user's own name).
    pub pet_names: Vec<String>,
    /// Facts about the user from custom instructions and saved memories.
    pub facts: Vec<Fact>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    pub text: String,
    pub date: Option<Day>,
    pub source: FactSource,
}

/// How the companion speaks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Voice {
    /// ISO 639-1 codes, most used first.
    pub languages: Vec<String>,
    /// Most used first.
    pub emoji: Vec<String>,
    pub tone: Vec<Tone>,
    /// Phrases the companion says again and again, and that other chats in the export do not.
    pub catchphrases: Vec<String>,
    /// How the companion opens, most used first.
    pub greetings: Vec<String>,
    /// How the companion closes, most used first.
    pub sign_offs: Vec<String>,
    pub style: Style,
    /// The same numbers for the assistant's other replies in the export (tasks, other
    /// models), to set the companion's voice beside; null when there is nothing to compare.
    #[serde(default)]
    pub elsewhere: Option<Style>,
}

/// A tone adjective and what it rests on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Tone {
    pub adjective: String,
    /// Why, in numbers ("uses a pet name in 62% of replies").
    pub basis: String,
    pub evidence: Vec<Evidence>,
}

/// Numbers that describe the companion's replies.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Style {
    /// Replies measured.
    pub replies: usize,
    pub words_per_reply: f64,
    pub sentences_per_reply: f64,
    pub emoji_per_reply: f64,
    /// Share of replies with at least one `!` / `?`, 0–1.
    pub exclamation_rate: f64,
    pub question_rate: f64,
    /// Share of replies with a bulleted or numbered list / a Markdown heading, 0–1.
    pub list_rate: f64,
    pub heading_rate: f64,
    /// Share of replies that start with a lowercase letter, 0–1.
    pub lowercase_start_rate: f64,
    /// Share of replies that use a pet name or the user's name, 0–1.
    pub address_rate: f64,
}

/// One shared memory.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Memory {
    pub text: String,
    pub date: Option<Day>,
    pub kind: MemoryKind,
    /// Words that should bring this memory up.
    pub keys: Vec<String>,
    /// 0–100; what a small budget keeps first.
    pub priority: u8,
    pub source: Source,
}

/// A memory that disappeared from the saved-memory list.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RemovedMemory {
    pub text: String,
    /// When it was first seen.
    pub date: Option<Day>,
    /// The day of the first snapshot without it.
    pub removed_by: Option<Day>,
}

/// Where an item came from.
#[derive(
    Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub conversation_id: Option<String>,
    pub message_id: Option<String>,
}

/// A verbatim exchange.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub user: String,
    pub companion: String,
    pub date: Option<Day>,
    pub source: Source,
}

/// The latest custom instructions, as the user wrote them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CustomInstructions {
    pub about_user: Option<String>,
    pub about_model: Option<String>,
    /// The day of the latest conversation that carried them.
    pub as_of: Option<Day>,
    /// Distinct versions found over time.
    pub versions: usize,
}

/// What the spec was made from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Provenance {
    /// SHA-256 of the conversation JSON as read (the same conversations give the same hash,
    /// zipped or not).
    pub export_sha256: String,
    pub conversations: usize,
    pub messages: usize,
    pub first_date: Option<Day>,
    pub last_date: Option<Day>,
    /// `ferry 0.1.0`.
    pub generator: String,
    /// The options that narrowed the extraction.
    pub filters: Filters,
    /// Contact and identity data were masked (the default; `--no-redact` turns it off).
    pub redacted: bool,
    /// How many e-mail addresses, phone numbers, postal addresses, postcodes, ID, card and
    /// IBAN numbers were masked.
    #[serde(default)]
    pub redactions: usize,
    /// Conversations skipped as unreadable.
    pub skipped_conversations: usize,
    /// When the person last changed the spec (`YYYY-MM-DD`): set by `--companion` or `--user`
    /// given with a persona file, and by the review page's "Save persona"; absent in a spec
    /// as extracted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<Day>,
}

/// Options that narrowed what was read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Filters {
    pub companion: Option<String>,
    pub gizmo: Option<String>,
    pub models: Vec<String>,
    pub since: Option<Day>,
    pub until: Option<Day>,
}

/// The JSON Schema of [`PersonaSpec`], pretty-printed with a trailing newline.
pub fn json_schema() -> String {
    let schema = schemars::schema_for!(PersonaSpec);
    let mut out = serde_json::to_string_pretty(&schema).unwrap_or_default();
    out.push('\n');
    out
}
