//! One conversation as ferry sees it: the displayed thread, the branches that were not kept,
//! and the persona data mined from hidden messages.

use std::cell::RefCell;
use std::collections::HashSet;
use std::sync::Arc;

use serde::Serialize;

use super::content::{Content, Part};
use super::messages::Messages;
use super::schema::{Mapping, RawConversation, RawMessage};
use super::signals::{self, CustomInstructions, InstructionShape, MemoryEntry};
use super::text;
use super::thread::{self, NodeLink};

/// Who wrote a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    System,
    User,
    Assistant,
    Tool,
    /// A role string ferry does not know (kept as "other").
    Other,
}

impl Role {
    pub(super) fn parse(s: Option<&str>) -> Role {
        match s {
            Some("system") => Role::System,
            Some("user") => Role::User,
            Some("assistant") => Role::Assistant,
            Some("tool") | Some("function") => Role::Tool,
            _ => Role::Other,
        }
    }
}

/// A custom GPT or a project, known only by id (the export carries no names).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Gizmo {
    pub id: String,
    pub kind: GizmoKind,
}

/// `gizmo_type`: `gpt` (a custom GPT) or `snorlax` (a project, id `g-p-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GizmoKind {
    Gpt,
    Project,
}

/// What a message points to: an image, audio, video or an uploaded file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Attachment {
    pub kind: AttachmentKind,
    /// The file id (`file-XXXX`, `file_<hex>`), when known.
    pub file_id: Option<String>,
    /// The original file name, when the export gave one.
    pub name: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentKind {
    Image,
    Audio,
    Video,
    File,
}

/// A short value that repeats from message to message (a status, a recipient, a model, a
/// tool's name): one shared copy per value instead of one string per message.
pub type Label = Arc<str>;

/// The shared copy of `value`: the one made before on this thread when there is one (the
/// last [`LABELS`] new values are remembered per thread).
pub(super) fn label(value: &str) -> Label {
    thread_local! {
        /// The values remembered, and where the next new one goes once they are [`LABELS`].
        static SEEN: RefCell<(Vec<Label>, usize)> = const { RefCell::new((Vec::new(), 0)) };
    }
    SEEN.with_borrow_mut(|(seen, next)| {
        if let Some(l) = seen.iter().find(|l| ***l == *value) {
            return l.clone();
        }
        let l = Label::from(value);
        if seen.len() < LABELS {
            seen.push(l.clone());
        } else {
            seen[*next] = l.clone();
            *next = (*next + 1) % LABELS;
        }
        l
    })
}

/// Distinct labels remembered per thread: statuses, recipients, channels, models and tools
/// are a few dozen values in an export; custom GPTs can be more, and the newest are kept.
const LABELS: usize = 64;

/// One message of the conversation tree.
#[derive(Debug, Clone)]
pub struct Message {
    pub id: String,
    pub role: Role,
    /// `author.name`: the tool name on tool messages (`bio`, `python`, `web.run`…).
    pub author_name: Option<Label>,
    /// Seconds since the Unix epoch, UTC.
    pub create_time: Option<f64>,
    /// The content as exported, except that the text of a single-part text message has been
    /// moved into [`Message::text`] (the part is left empty; a plain string that was the only
    /// part is removed), so it is held only once.
    pub content: Content,
    /// The readable text (text parts and voice transcriptions), citation markers removed.
    pub text: String,
    /// The model that wrote it (assistant messages): `model_slug`, else the conversation's
    /// default model unless that is `auto`, else the conversation's most used model.
    pub model: Option<Label>,
    /// `recipient`: `all` for visible text, a tool name for tool calls; absent in slim files.
    pub recipient: Option<Label>,
    pub channel: Option<Label>,
    pub status: Option<Label>,
    /// Hidden in the ChatGPT UI (scaffolding, tool calls, reasoning). Kept, never dropped.
    pub hidden: bool,
    /// On the displayed thread (false: a branch that was edited or regenerated away).
    pub on_thread: bool,
    /// A voice-mode turn.
    pub voice: bool,
    pub attachments: Vec<Attachment>,
    /// The custom GPT that answered, from `metadata.gizmo_id`.
    pub gizmo_id: Option<Label>,
    /// Index of the parent message in [`Conversation::messages`], if it has one.
    pub parent: Option<usize>,
}

/// A saved-memory snapshot (`model_editable_context`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemorySnapshot {
    pub message_id: String,
    pub time: Option<f64>,
    pub entries: Vec<MemoryEntry>,
}

/// A memory the model wrote with the `bio` tool. A dated claim: it may have been deleted
/// later.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemoryWrite {
    pub message_id: String,
    pub time: Option<f64>,
    pub text: String,
    pub on_thread: bool,
}

/// A saved memory quoted back in a 2026 reply (`conversation_context_citation_metadata`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MemoryCitation {
    pub message_id: String,
    pub time: Option<f64>,
    pub snippet: String,
    pub deleted: bool,
}

/// One conversation of the export.
#[derive(Debug, Clone)]
pub struct Conversation {
    pub id: String,
    /// Position in the export (0-based, over all shards), for messages that name it.
    pub index: usize,
    pub title: Option<String>,
    pub create_time: Option<f64>,
    pub update_time: Option<f64>,
    pub gizmo: Option<Gizmo>,
    pub default_model: Option<String>,
    /// The advanced-voice voice (`maple`, `sol`…).
    pub voice: Option<String>,
    pub archived: bool,
    /// "Temporary" or no-memory conversations.
    pub do_not_remember: bool,
    pub memory_scope: Option<String>,
    /// True when no node carried a `children` list: the slim 2026 shape.
    pub slim: bool,
    /// Every message of the tree, in document order.
    pub messages: Messages,
    thread: Vec<usize>,
    /// Custom instructions in force for this conversation (the latest snapshot in it).
    pub custom_instructions: Option<CustomInstructions>,
    /// Non-empty memory snapshots, deduplicated (a snapshot repeats in each branch).
    pub memory_snapshots: Vec<MemorySnapshot>,
    /// Snapshots present but empty (2025–26 exports often carry these).
    pub empty_memory_snapshots: usize,
    pub memory_writes: Vec<MemoryWrite>,
    pub memory_citations: Vec<MemoryCitation>,
}

impl Conversation {
    /// The displayed thread, root first: what the person saw in ChatGPT, hidden messages
    /// included (filter on [`Message::hidden`] for the visible transcript).
    pub fn thread(&self) -> impl Iterator<Item = &Message> + '_ {
        self.thread.iter().map(|&i| &self.messages[i])
    }

    /// When the conversation last moved: its newest message's time. `update_time` is not
    /// that (archiving, renaming or sharing a conversation moves it), so it counts only when no
    /// message has a time, and the creation time after it.
    pub fn last_time(&self) -> Option<f64> {
        self.messages
            .iter()
            .filter_map(|m| m.create_time)
            .max_by(f64::total_cmp)
            .or(self.update_time)
            .or(self.create_time)
    }

    /// The most used model among assistant messages of the thread.
    pub fn main_model(&self) -> Option<&str> {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for m in self.thread().filter(|m| m.role == Role::Assistant) {
            if let Some(model) = m.model.as_deref() {
                match counts.iter_mut().find(|(k, _)| *k == model) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((model, 1)),
                }
            }
        }
        counts.into_iter().max_by_key(|&(_, n)| n).map(|(k, _)| k)
    }

    /// Builds the conversation from its serde form. `index` is its position in the export.
    pub(crate) fn from_raw(raw: RawConversation, index: usize) -> Conversation {
        let Mapping {
            nodes,
            mut messages,
            instructions,
            citations: citations_meta,
        } = raw.mapping;
        messages.trim();
        let slim = !nodes.is_empty() && nodes.iter().all(|n| !n.children);
        // One index of the node ids, for the thread and the parent links.
        let id_to_node = thread::index(nodes.iter().map(|n| n.id.as_str()));
        let thread_nodes = {
            let links: Vec<NodeLink<'_>> = nodes
                .iter()
                .map(|n| NodeLink {
                    id: &n.id,
                    parent: n.parent.as_deref(),
                    time: n.message.and_then(|i| messages[i].create_time),
                })
                .collect();
            thread::displayed_thread(&links, &id_to_node, raw.current_node.as_deref())
        };
        for &ni in &thread_nodes {
            if let Some(mi) = nodes[ni].message {
                messages[mi].on_thread = true;
            }
        }
        // The thread's copy of the custom instructions wins over a branch's; otherwise the
        // first found.
        let mut ci_found: Option<CustomInstructions> = None;
        for (mi, ci) in instructions {
            if ci_found.is_none() || messages[mi].on_thread {
                ci_found = Some(ci);
            }
        }

        // Parent links between messages, skipping message-less nodes (the root placeholder).
        for n in &nodes {
            if let Some(mi) = n.message {
                messages[mi].parent = n
                    .parent
                    .as_deref()
                    .and_then(|p| id_to_node.get(p))
                    .and_then(|&ni| nodes[ni].message);
            }
        }
        let thread: Vec<usize> = thread_nodes
            .iter()
            .filter_map(|&ni| nodes[ni].message)
            .collect();

        let mut conversation = Conversation {
            id: raw
                .id
                .or(raw.conversation_id)
                .unwrap_or_else(|| format!("#{index}")),
            index,
            title: raw.title,
            create_time: raw.create_time,
            update_time: raw.update_time,
            gizmo: gizmo(
                raw.gizmo_id.or(raw.conversation_template_id),
                raw.gizmo_type.as_deref(),
            ),
            default_model: raw.default_model_slug,
            voice: raw.voice,
            archived: raw.is_archived.unwrap_or(false),
            do_not_remember: raw.is_do_not_remember.unwrap_or(false),
            memory_scope: raw.memory_scope,
            slim,
            messages,
            thread,
            custom_instructions: ci_found,
            memory_snapshots: Vec::new(),
            empty_memory_snapshots: 0,
            memory_writes: Vec::new(),
            memory_citations: Vec::new(),
        };
        conversation.fill_missing_models();
        conversation.collect_memories(citations_meta);
        conversation
    }

    /// Assistant messages without a model (voice replies, slim files) take the
    /// conversation's default model unless it is `auto`, else its most used model.
    fn fill_missing_models(&mut self) {
        if self
            .messages
            .iter()
            .all(|m| m.role != Role::Assistant || m.model.is_some())
        {
            return;
        }
        let main = self
            .default_model
            .as_deref()
            .filter(|m| *m != "auto")
            .or_else(|| self.main_model())
            .map(label)
            .or_else(|| self.messages.iter().find_map(|m| m.model.clone()));
        if let Some(main) = main {
            for m in &mut self.messages {
                if m.role == Role::Assistant && m.model.is_none() {
                    m.model = Some(main.clone());
                }
            }
        }
    }

    fn collect_memories(
        &mut self,
        citations_meta: Vec<(usize, Vec<super::schema::RawContextCitation>)>,
    ) {
        let mut seen_snapshots: HashSet<&str> = HashSet::new();
        let mut seen_writes: HashSet<String> = HashSet::new();
        let conv_time = self.create_time;
        let any_recipient = self.messages.iter().any(|m| m.recipient.is_some());
        let mut snapshots = Vec::new();
        let mut empty = 0;
        let mut writes = Vec::new();
        for m in &self.messages {
            if let Content::ModelEditableContext { model_set_context } = &m.content {
                let text = model_set_context.as_deref().unwrap_or("").trim();
                if text.is_empty() {
                    empty += 1;
                } else if seen_snapshots.insert(text) {
                    snapshots.push(MemorySnapshot {
                        message_id: m.id.clone(),
                        time: m.create_time.or(conv_time),
                        entries: signals::parse_memory_snapshot(text),
                    });
                }
                continue;
            }
            // A bio write: an assistant message addressed to `bio`, or, in slim files without
            // `recipient`, an assistant message answered by the `bio` tool.
            let is_write = m.role == Role::Assistant && m.recipient.as_deref() == Some("bio");
            let slim_write = !is_write
                && m.role == Role::Tool
                && m.author_name.as_deref() == Some("bio")
                && !any_recipient;
            let (source, fallback) = if is_write {
                (m, None)
            } else if slim_write {
                match m.parent.map(|p| &self.messages[p]) {
                    Some(p) if p.role == Role::Assistant => (p, Some(m)),
                    _ => (m, None),
                }
            } else {
                continue;
            };
            let mut text = signals::bio_write_text(&source.text);
            if text.is_empty() {
                // Fall back to the tool's own text, unless it is only the acknowledgement.
                if let Some(tool) = fallback {
                    text = signals::bio_write_text(&tool.text);
                }
            }
            if text.is_empty() || is_acknowledgement(&text) {
                continue;
            }
            if seen_writes.insert(text.clone()) {
                writes.push(MemoryWrite {
                    message_id: source.id.clone(),
                    time: source.create_time.or(conv_time),
                    text,
                    on_thread: source.on_thread,
                });
            }
        }

        let mut citations = Vec::new();
        let mut seen_citations: HashSet<String> = HashSet::new();
        for (mi, raw) in citations_meta {
            let m = &self.messages[mi];
            for c in raw {
                let Some(citation) = c.citation else { continue };
                let is_memory = citation.attribution.as_deref() == Some("Memory")
                    || citation
                        .conversation_context_type
                        .as_deref()
                        .is_some_and(|t| t.contains("memory"));
                let Some(snippet) = citation.snippet.map(|s| s.trim().to_owned()) else {
                    continue;
                };
                if !is_memory || snippet.is_empty() || !seen_citations.insert(snippet.clone()) {
                    continue;
                }
                citations.push(MemoryCitation {
                    message_id: m.id.clone(),
                    time: m.create_time.or(conv_time),
                    snippet,
                    deleted: c.deleted.unwrap_or(false),
                });
            }
        }
        self.memory_snapshots = snapshots;
        self.empty_memory_snapshots = empty;
        self.memory_writes = writes;
        self.memory_citations = citations;
    }
}

fn is_acknowledgement(text: &str) -> bool {
    text.starts_with("Model set context updated")
        || text == "Model set context write is pending confirmation by user."
}

fn gizmo(id: Option<String>, kind: Option<&str>) -> Option<Gizmo> {
    let id = id.filter(|id| id.starts_with("g-"))?;
    let kind = match kind {
        Some("snorlax") => GizmoKind::Project,
        Some(_) => GizmoKind::Gpt,
        None if id.starts_with("g-p-") => GizmoKind::Project,
        None => GizmoKind::Gpt,
    };
    Some(Gizmo { id, kind })
}

/// Converts one raw message, as read; returns it with the custom instructions and memory
/// citations it carries. What depends on the whole conversation (whether it is on the
/// displayed thread, its parent, the default model of an assistant message without one) is
/// set by [`Conversation::from_raw`].
pub(super) fn convert_message(
    msg: RawMessage,
    node_id: &str,
) -> (
    Message,
    Option<CustomInstructions>,
    Vec<super::schema::RawContextCitation>,
) {
    let meta = msg.metadata.unwrap_or_default();
    let (role, author_name) = match msg.author {
        Some(a) => (a.role.map_or(Role::Other, |r| r.0), a.name.map(|n| n.0)),
        None => (Role::Other, None),
    };
    let mut content = msg.content.unwrap_or(Content::Text { parts: Vec::new() });

    let mut attachments = Vec::new();
    for part in content.parts() {
        let (kind, asset) = match part {
            Part::Image(a) => (AttachmentKind::Image, a),
            Part::Audio(a) => (AttachmentKind::Audio, a),
            Part::Video(a) => (AttachmentKind::Video, a),
            _ => continue,
        };
        attachments.push(Attachment {
            kind,
            file_id: asset.file_id().map(str::to_owned),
            name: None,
        });
    }
    for a in meta.attachments.into_iter().flatten() {
        let known = a.id.as_deref().and_then(|id| {
            attachments
                .iter_mut()
                .find(|x| x.file_id.as_deref() == Some(id))
        });
        match known {
            Some(existing) => existing.name = existing.name.take().or(a.name),
            None => {
                let kind = match a.mime_type.as_deref() {
                    Some(m) if m.starts_with("image/") => AttachmentKind::Image,
                    Some(m) if m.starts_with("audio/") => AttachmentKind::Audio,
                    Some(m) if m.starts_with("video/") => AttachmentKind::Video,
                    _ => AttachmentKind::File,
                };
                attachments.push(Attachment {
                    kind,
                    file_id: a.id,
                    name: a.name,
                });
            }
        }
    }

    let voice = meta.voice_mode_message.unwrap_or(false)
        || content
            .parts()
            .iter()
            .any(|p| matches!(p, Part::AudioTranscription { .. }));

    let is_system_message = meta.is_user_system_message.unwrap_or(false);
    let custom_instructions = match &content {
        Content::UserEditableContext {
            user_profile,
            user_instructions,
        } => {
            let from_meta = meta.user_context_message_data.as_ref().and_then(|d| {
                CustomInstructions::from_metadata(
                    d.about_user_message.clone(),
                    d.about_model_message.clone(),
                    InstructionShape::EditableContext,
                )
            });
            from_meta.or_else(|| {
                CustomInstructions::from_wrapped(
                    user_profile.as_deref(),
                    user_instructions.as_deref(),
                )
            })
        }
        _ if is_system_message => meta.user_context_message_data.as_ref().and_then(|d| {
            CustomInstructions::from_metadata(
                d.about_user_message.clone(),
                d.about_model_message.clone(),
                InstructionShape::SystemMetadata,
            )
        }),
        _ => None,
    };

    let hidden = meta.is_visually_hidden_from_conversation.unwrap_or(false)
        || is_system_message
        || role == Role::System
        || role == Role::Tool
        || (role == Role::Assistant && msg.recipient.as_ref().is_some_and(|r| &*r.0 != "all"))
        || matches!(
            content,
            Content::Thoughts { .. }
                | Content::ReasoningRecap { .. }
                | Content::UserEditableContext { .. }
                | Content::ModelEditableContext { .. }
                | Content::TetherBrowsingDisplay { .. }
                | Content::TetherBrowsingCode
                | Content::SonicWebpage { .. }
                | Content::Code { .. }
        );

    let model = if role == Role::Assistant {
        meta.model_slug
            .or(meta.default_model_slug.filter(|m| &*m.0 != "auto"))
            .map(|m| m.0)
    } else {
        None
    };

    let text = text::clean(content.take_text());
    let message = Message {
        id: msg.id.unwrap_or_else(|| node_id.to_owned()),
        role,
        author_name,
        create_time: msg.create_time,
        content,
        text,
        model,
        recipient: msg.recipient.map(|l| l.0),
        channel: msg.channel.map(|l| l.0),
        status: msg.status.map(|l| l.0),
        hidden,
        on_thread: false,
        voice,
        attachments,
        gizmo_id: meta.gizmo_id.map(|l| l.0),
        parent: None,
    };
    (
        message,
        custom_instructions,
        meta.conversation_context_citation_metadata
            .unwrap_or_default(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A conversation of one question and three replies: one with its own `model_slug`, one
    /// with only a metadata `default_model_slug`, one with neither.
    fn replies(default_model: &str) -> Conversation {
        let json = format!(
            r#"{{"id":"c","current_node":"d","default_model_slug":"{default_model}","mapping":{{
              "q":{{"parent":null,"message":{{"id":"q","author":{{"role":"user"}},
                   "content":{{"content_type":"text","parts":["hi"]}}}}}},
              "a":{{"parent":"q","message":{{"id":"a","author":{{"role":"assistant"}},
                   "metadata":{{"model_slug":"gpt-4o"}},
                   "content":{{"content_type":"text","parts":["one"]}}}}}},
              "b":{{"parent":"a","message":{{"id":"b","author":{{"role":"assistant"}},
                   "metadata":{{"default_model_slug":"o3"}},
                   "content":{{"content_type":"text","parts":["two"]}}}}}},
              "d":{{"parent":"b","message":{{"id":"d","author":{{"role":"assistant"}},
                   "content":{{"content_type":"text","parts":["three"]}}}}}}}}}}"#
        );
        let raw = super::super::parse_conversation(json.as_bytes()).expect("parses");
        Conversation::from_raw(raw, 0)
    }

    /// The strings read straight into labels and roles read as `String`s did: escapes
    /// decoded, and a value of the wrong type the same error.
    #[test]
    fn labels_and_roles_read_as_strings_did() {
        let json = r#"{"id":"c","mapping":{"a":{"message":{"id":"m","status":"done",
            "author":{"role":"a\u0073sistant","name":"b\u0069o"},"recipient":"\u0061ll",
            "metadata":{"model_slug":"gpt-\u0034o","gizmo_id":null},
            "content":{"content_type":"text","parts":["hi"]}}}}}"#;
        let raw = super::super::parse_conversation(json.as_bytes()).expect("parses");
        let m = &Conversation::from_raw(raw, 0).messages[0];
        assert_eq!(m.role, Role::Assistant);
        assert_eq!(m.author_name.as_deref(), Some("bio"));
        assert_eq!(m.recipient.as_deref(), Some("all"));
        assert_eq!(m.model.as_deref(), Some("gpt-4o"));
        assert_eq!(m.status.as_deref(), Some("done"));
        assert_eq!(m.gizmo_id, None);
        for wrong in [
            r#"{"mapping":{"a":{"message":{"status":5}}}}"#,
            r#"{"mapping":{"a":{"message":{"author":{"role":7}}}}}"#,
            r#"{"mapping":{"a":{"message":{"metadata":{"model_slug":["x"]}}}}}"#,
            r#"{"mapping":{"a":{"children":[5]}}}"#,
        ] {
            let (reason, _) = super::super::parse_conversation(wrong.as_bytes()).unwrap_err();
            assert!(reason.ends_with("expected a string"), "{wrong}: {reason}");
        }
    }

    #[test]
    fn a_repeated_label_is_one_shared_copy() {
        let a = label("finished_successfully");
        let b = label("finished_successfully");
        assert!(Arc::ptr_eq(&a, &b));
        // Past the labels remembered, each value is still itself.
        for i in 0..LABELS * 2 {
            let value = format!("tool-{i}");
            assert_eq!(&*label(&value), value.as_str());
        }
        // The newest ones are remembered.
        let last = format!("tool-{}", LABELS * 2 - 1);
        let (d, e) = (label(&last), label(&last));
        assert!(Arc::ptr_eq(&d, &e));
        // The messages of a conversation share them.
        let conversation = replies("gpt-4.5");
        let models: Vec<_> = conversation.messages.iter().map(|m| &m.model).collect();
        assert!(Arc::ptr_eq(
            models[3].as_ref().expect("filled"),
            &label("gpt-4.5")
        ));
    }

    fn models(c: &Conversation) -> Vec<Option<&str>> {
        c.messages.iter().map(|m| m.model.as_deref()).collect()
    }

    #[test]
    fn a_reply_without_a_model_takes_the_default_then_the_most_used() {
        // The message's own slug, its metadata default, then the conversation's default.
        let c = replies("gpt-4.5");
        assert_eq!(
            models(&c),
            [None, Some("gpt-4o"), Some("o3"), Some("gpt-4.5")]
        );
        // `auto` is no model: the most used one on the thread (of a tie, the last counted).
        let c = replies("auto");
        assert_eq!(models(&c), [None, Some("gpt-4o"), Some("o3"), Some("o3")]);
        assert!(c.messages.iter().all(|m| m.on_thread));
        assert_eq!(
            c.messages.iter().map(|m| m.parent).collect::<Vec<_>>(),
            [None, Some(0), Some(1), Some(2)]
        );
    }
}
