//! The in-memory conversation tree the generator builds before rendering it per era.

use super::json::J;

/// One message, with every field a full (non-slim) export carries. Slim rendering drops some.
#[derive(Clone, Debug)]
pub(crate) struct Msg {
    pub(crate) role: &'static str,
    /// `author.name` (tool name for tool messages).
    pub(crate) name: Option<&'static str>,
    /// `author.metadata` (`{}` unless a web tool).
    pub(crate) author_meta: J,
    pub(crate) create_time: Option<f64>,
    pub(crate) content: J,
    pub(crate) status: &'static str,
    pub(crate) end_turn: Option<bool>,
    pub(crate) weight: f64,
    /// Always an object; slim output omits it on user messages when empty.
    pub(crate) metadata: J,
    pub(crate) recipient: &'static str,
    pub(crate) channel: Option<&'static str>,
}

/// A mapping node. `msg == None` for the root placeholder.
#[derive(Clone, Debug)]
pub(crate) struct Node {
    pub(crate) id: String,
    pub(crate) parent: Option<usize>,
    pub(crate) children: Vec<usize>,
    pub(crate) msg: Option<Msg>,
}

/// A whole conversation.
#[derive(Clone, Debug)]
pub(crate) struct Conv {
    pub(crate) id: String,
    pub(crate) title: Option<String>,
    pub(crate) create_time: f64,
    pub(crate) update_time: f64,
    pub(crate) nodes: Vec<Node>,
    /// Index of the `current_node`.
    pub(crate) current: usize,
    /// `(gizmo_id, gizmo_type)` for custom GPT (`gpt`) or project (`snorlax`) chats.
    pub(crate) template: Option<(String, &'static str)>,
    pub(crate) default_model: &'static str,
    pub(crate) voice: Option<&'static str>,
    pub(crate) memory_scope: &'static str,
    pub(crate) do_not_remember: bool,
    pub(crate) safe_urls: Vec<String>,
    pub(crate) archived: bool,
    pub(crate) starred: bool,
}

impl Conv {
    /// Node indices from the root to `current` (the displayed thread), cycle-safe.
    pub(crate) fn thread(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut cur = Some(self.current);
        while let Some(i) = cur {
            if out.contains(&i) || out.len() > self.nodes.len() {
                break;
            }
            out.push(i);
            cur = self.nodes[i].parent;
        }
        out.reverse();
        out
    }
}
