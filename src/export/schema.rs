//! Serde types that mirror OpenAI's `conversations.json`, 2023 → 2026.
//!
//! Every field is optional: the export dropped, renamed or nulled fields from one era to the
//! next (see `../shared/docs/chatgpt-export-format.md`). Unknown keys are ignored, never an
//! error, so a new field in next month's export does not break anyone's migration. Only the
//! fields ferry uses are modelled; the rest are skipped by serde without being allocated.
//!
//! These types stay inside `export`: the rest of ferry sees [`super::Conversation`].

use std::cell::Cell;
use std::fmt;

use serde::Deserialize;
use serde::de::{MapAccess, Visitor};

use super::content::Content;
use super::conversation::{Label, Role, label};
use super::messages::Messages;
use super::signals::CustomInstructions;

/// One element of the top-level array.
#[derive(Debug, Deserialize)]
pub(crate) struct RawConversation {
    pub(crate) id: Option<String>,
    pub(crate) conversation_id: Option<String>,
    pub(crate) title: Option<String>,
    pub(crate) create_time: Option<f64>,
    pub(crate) update_time: Option<f64>,
    #[serde(default)]
    pub(crate) mapping: Mapping,
    pub(crate) current_node: Option<String>,
    pub(crate) gizmo_id: Option<String>,
    pub(crate) gizmo_type: Option<String>,
    pub(crate) conversation_template_id: Option<String>,
    pub(crate) default_model_slug: Option<String>,
    pub(crate) voice: Option<String>,
    pub(crate) is_archived: Option<bool>,
    pub(crate) is_do_not_remember: Option<bool>,
    pub(crate) memory_scope: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawNode {
    /// Converted as soon as the node is read ([`Mapping::push`]), never kept. Boxed all the
    /// same: the serde form of a message is some 450 bytes, and moving it unboxed through
    /// serde's layers cost 0.15% more instructions (callgrind, 20 MB export).
    pub(crate) message: Option<Box<RawMessage>>,
    pub(crate) parent: Option<String>,
    /// Absent in the 2026 slim format; the tree is rebuilt from `parent` either way, so only
    /// whether it is there is kept.
    #[serde(default)]
    pub(crate) children: Option<Children>,
}

/// A `children` list: read and checked as a list of strings (the same errors as a
/// `Vec<String>`), but not kept.
#[derive(Debug)]
pub(crate) struct Children;

impl<'de> Deserialize<'de> for Children {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ChildrenVisitor;
        impl<'de> Visitor<'de> for ChildrenVisitor {
            type Value = Children;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                // As `Vec<String>` says it.
                f.write_str("a sequence")
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Children, A::Error> {
                while seq.next_element::<Child>()?.is_some() {}
                Ok(Children)
            }
        }
        deserializer.deserialize_seq(ChildrenVisitor)
    }
}

/// Reads a string as `read` makes it into a value, without a `String` of its own; a value
/// that is not a string is the error a `String` field gives ("expected a string").
fn from_str<'de, D: serde::Deserializer<'de>, T>(
    deserializer: D,
    read: fn(&str) -> T,
) -> Result<T, D::Error> {
    struct StrVisitor<T>(fn(&str) -> T);
    impl<T> Visitor<'_> for StrVisitor<T> {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            // As `String` says it.
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
            Ok((self.0)(v))
        }
    }
    deserializer.deserialize_str(StrVisitor(read))
}

/// One id of a `children` list: a string, not kept.
struct Child;

impl<'de> Deserialize<'de> for Child {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_str(deserializer, |_| Child)
    }
}

/// A string of the few values every message repeats (a status, a recipient, a model…): read
/// straight into its shared [`Label`], without a `String` of its own per message.
#[derive(Debug)]
pub(crate) struct Labeled(pub(crate) Label);

impl<'de> Deserialize<'de> for Labeled {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_str(deserializer, |v| Labeled(label(v)))
    }
}

/// `author.role`, read without allocating.
#[derive(Debug)]
pub(crate) struct RoleField(pub(crate) Role);

impl<'de> Deserialize<'de> for RoleField {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        from_str(deserializer, |v| RoleField(Role::parse(Some(v))))
    }
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawMessage {
    pub(crate) id: Option<String>,
    pub(crate) author: Option<RawAuthor>,
    pub(crate) create_time: Option<f64>,
    pub(crate) content: Option<Content>,
    pub(crate) status: Option<Labeled>,
    pub(crate) metadata: Option<RawMetadata>,
    pub(crate) recipient: Option<Labeled>,
    pub(crate) channel: Option<Labeled>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawAuthor {
    pub(crate) role: Option<RoleField>,
    pub(crate) name: Option<Labeled>,
}

/// The message `metadata` keys that carry persona, model or attachment information.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct RawMetadata {
    pub(crate) model_slug: Option<Labeled>,
    pub(crate) default_model_slug: Option<Labeled>,
    pub(crate) is_visually_hidden_from_conversation: Option<bool>,
    pub(crate) is_user_system_message: Option<bool>,
    pub(crate) user_context_message_data: Option<RawUserContext>,
    pub(crate) gizmo_id: Option<Labeled>,
    pub(crate) voice_mode_message: Option<bool>,
    #[serde(default)]
    pub(crate) attachments: Option<Vec<RawAttachment>>,
    #[serde(default)]
    pub(crate) conversation_context_citation_metadata: Option<Vec<RawContextCitation>>,
}

#[derive(Debug, Default, Deserialize)]
pub(crate) struct RawUserContext {
    pub(crate) about_user_message: Option<String>,
    pub(crate) about_model_message: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawAttachment {
    pub(crate) id: Option<String>,
    pub(crate) name: Option<String>,
    pub(crate) mime_type: Option<String>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawContextCitation {
    pub(crate) citation: Option<RawCitation>,
    pub(crate) deleted: Option<bool>,
}

#[derive(Debug, Deserialize)]
pub(crate) struct RawCitation {
    pub(crate) attribution: Option<String>,
    pub(crate) conversation_context_type: Option<String>,
    pub(crate) snippet: Option<String>,
}

/// `mapping`, kept in document order so that everything derived from it is deterministic
/// (a `HashMap` would change the order of branches from one run to the next).
///
/// Each node's message is made into a [`super::Message`] as soon as the node is read, so the
/// serde form of a message lives only while it is converted: a 12,000-exchange thread never
/// holds both forms of all its messages (some 10 MB at the peak of a read, issue 14). What needs
/// the whole conversation (the displayed thread, parent links, the model of a reply that
/// names none, which copy of the custom instructions wins) is done by
/// [`super::Conversation::from_raw`].
#[derive(Debug, Default)]
pub(crate) struct Mapping {
    pub(crate) nodes: Vec<Node>,
    /// The nodes' messages, in document order.
    pub(crate) messages: Messages,
    /// The custom instructions a message carries, by index in `messages`.
    pub(crate) instructions: Vec<(usize, CustomInstructions)>,
    /// The memory citations of a message's metadata, by index in `messages`.
    pub(crate) citations: Vec<(usize, Vec<RawContextCitation>)>,
}

/// One node of `mapping`, its message converted.
#[derive(Debug)]
pub(crate) struct Node {
    pub(crate) id: String,
    pub(crate) parent: Option<String>,
    /// Index of its message in [`Mapping::messages`].
    pub(crate) message: Option<usize>,
    /// Whether it had a `children` list (absent in the 2026 slim format).
    pub(crate) children: bool,
}

thread_local! {
    /// The size of the JSON this thread is parsing ([`sized`]), for a [`Mapping`] to make room
    /// for about as many nodes as it holds.
    static PARSING_BYTES: Cell<usize> = const { Cell::new(0) };
}

/// About how many bytes of JSON a node of `mapping` takes in the exports of 2024 and after
/// (id, parent, children, the message and its metadata): 900 to 1,500 in the benchmark's
/// export. Older exports' nodes are smaller, and their `Vec`s grow once or twice more.
const NODE_BYTES: usize = 1024;

/// Runs `parse` on `bytes` of JSON, with the room for its mappings' nodes made from their
/// size. Growing the `Vec`s of nodes and messages (336 bytes each) by doubling, a copy at
/// each step, took 7–8% of the parsing threads' time (perf, 400 MB export). A room twice too
/// large costs nothing more: the conversation trims it, which the allocator does in place.
pub(super) fn sized<T>(bytes: &[u8], parse: impl FnOnce(&[u8]) -> T) -> T {
    let before = PARSING_BYTES.replace(bytes.len());
    let parsed = parse(bytes);
    PARSING_BYTES.set(before);
    parsed
}

impl Mapping {
    /// An empty mapping with room for the nodes of the JSON being parsed ([`sized`]).
    pub(super) fn with_room() -> Mapping {
        // No more than two parts' worth: a large element with a small mapping (a huge
        // title, say) does not reserve much.
        let room =
            (PARSING_BYTES.get() / NODE_BYTES).min(2 * super::split::PART_BYTES / NODE_BYTES);
        Mapping {
            nodes: Vec::with_capacity(room),
            messages: Messages::with_capacity(room),
            ..Mapping::default()
        }
    }

    /// Adds a node as read, converting its message.
    pub(crate) fn push(&mut self, id: String, node: RawNode) {
        let message = node.message.map(|msg| {
            let (message, instructions, citations) =
                super::conversation::convert_message(*msg, &id);
            let at = self.messages.len();
            if let Some(ci) = instructions {
                self.instructions.push((at, ci));
            }
            if !citations.is_empty() {
                self.citations.push((at, citations));
            }
            self.messages.push(message);
            at
        });
        self.nodes.push(Node {
            id,
            parent: node.parent,
            message,
            children: node.children.is_some(),
        });
    }

    /// Adds the nodes of `more`, read after these.
    pub(crate) fn append(&mut self, more: Mapping) {
        let offset = self.messages.len();
        self.nodes.extend(more.nodes.into_iter().map(|mut n| {
            n.message = n.message.map(|i| i + offset);
            n
        }));
        self.messages.append(more.messages);
        self.instructions.extend(
            more.instructions
                .into_iter()
                .map(|(i, ci)| (i + offset, ci)),
        );
        self.citations
            .extend(more.citations.into_iter().map(|(i, c)| (i + offset, c)));
    }
}

impl<'de> Deserialize<'de> for Mapping {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MappingVisitor;
        impl<'de> Visitor<'de> for MappingVisitor {
            type Value = Mapping;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object of message nodes")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Mapping, A::Error> {
                let mut mapping = Mapping::with_room();
                while let Some((id, node)) = access.next_entry::<String, RawNode>()? {
                    mapping.push(id, node);
                }
                Ok(mapping)
            }
            fn visit_unit<E>(self) -> Result<Mapping, E> {
                Ok(Mapping::default())
            }
        }
        deserializer.deserialize_any(MappingVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings_make_room_from_the_size_of_their_json_within_a_bound() {
        let room = |bytes: usize| {
            sized(&vec![b' '; bytes], |_| {
                let m = Mapping::with_room();
                (m.nodes.capacity(), m.messages.len())
            })
        };
        assert_eq!(room(100), (0, 0));
        let (nodes, messages) = room(10 * NODE_BYTES);
        assert!((10..20).contains(&nodes) && messages == 0, "{nodes}");
        // A huge element with a small mapping reserves no more than two parts' worth.
        let bound = 2 * super::super::split::PART_BYTES / NODE_BYTES;
        assert!(room(256 << 20).0 <= bound + 16);
        // Outside a parse, and after one, no room is made.
        assert_eq!(Mapping::with_room().nodes.capacity(), 0);
    }

    #[test]
    fn children_are_checked_as_a_list_of_strings() {
        #[derive(Debug, Deserialize)]
        struct Kept {
            #[serde(default)]
            #[allow(dead_code)]
            children: Option<Vec<String>>,
        }
        #[derive(Debug, Deserialize)]
        struct Checked {
            #[serde(default)]
            children: Option<Children>,
        }
        for json in [
            r#"{}"#,
            r#"{"children":null}"#,
            r#"{"children":[]}"#,
            r#"{"children":["a","b\"c"]}"#,
            r#"{"children":["a",5]}"#,
            r#"{"children":[null]}"#,
            r#"{"children":{}}"#,
            r#"{"children":"a"}"#,
            r#"{"children":[["a"]]}"#,
            r#"{"children":["a"}"#,
        ] {
            let kept = serde_json::from_str::<Kept>(json);
            let checked = serde_json::from_str::<Checked>(json);
            match (kept, checked) {
                (Ok(k), Ok(c)) => assert_eq!(k.children.is_some(), c.children.is_some(), "{json}"),
                (Err(k), Err(c)) => assert_eq!(k.to_string(), c.to_string(), "{json}"),
                (k, c) => panic!("{json}: {k:?} / {c:?}"),
            }
        }
    }
}
