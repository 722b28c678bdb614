//! Era-specific rendering of a [`Conv`] to JSON, and the per-conversation counters behind
//! [`super::Truth`].

use super::Era;
use super::era::Shape;
use super::json::J;
use super::model::{Conv, Msg};

fn author(m: &Msg, slim: bool) -> J {
    if slim {
        J::obj().with("name", m.name).with("role", m.role)
    } else {
        J::obj()
            .with("role", m.role)
            .with("name", m.name)
            .with("metadata", m.author_meta.clone())
    }
}

fn message(id: &str, m: &Msg, era: Era) -> J {
    if era.profile().shape == Shape::Slim {
        let mut o = J::obj()
            .with("author", author(m, true))
            .with("content", m.content.clone())
            .with("create_time", m.create_time)
            .with("id", id.to_string());
        let empty = matches!(&m.metadata, J::Obj(f) if f.is_empty());
        if !(m.role == "user" && empty) {
            o.set("metadata", m.metadata.clone());
        }
        return o;
    }
    let mut o = J::obj()
        .with("id", id.to_string())
        .with("author", author(m, false))
        .with("create_time", m.create_time)
        .with("update_time", J::Null)
        .with("content", m.content.clone())
        .with("status", m.status)
        .with("end_turn", m.end_turn)
        .with("weight", m.weight)
        .with("metadata", m.metadata.clone())
        .with("recipient", m.recipient);
    if era.profile().shape != Shape::Classic {
        o.set("channel", m.channel);
    }
    o
}

/// The conversation object exactly as the era's export writes it (key order included; the
/// slim era's sorting happens in the serializer).
pub(crate) fn conversation(c: &Conv, era: Era) -> J {
    let slim = era.profile().shape == Shape::Slim;
    let mut mapping = Vec::with_capacity(c.nodes.len());
    for n in &c.nodes {
        let mut node = J::obj()
            .with("id", n.id.clone())
            .with(
                "message",
                n.msg.as_ref().map_or(J::Null, |m| message(&n.id, m, era)),
            )
            .with("parent", n.parent.map(|p| c.nodes[p].id.clone()));
        if !slim {
            node.set(
                "children",
                J::Arr(
                    n.children
                        .iter()
                        .map(|&k| J::from(c.nodes[k].id.clone()))
                        .collect(),
                ),
            );
        }
        mapping.push((n.id.clone().into(), node));
    }
    let mapping = J::Obj(mapping);
    let current = c.nodes[c.current].id.clone();
    let tpl = c.template.as_ref().map(|t| t.0.clone());
    let gtype = c.template.as_ref().map(|t| t.1);
    match era.profile().shape {
        Shape::Classic => J::obj()
            .with("title", c.title.clone())
            .with("create_time", c.create_time)
            .with("update_time", c.update_time)
            .with("mapping", mapping)
            .with("moderation_results", J::Arr(vec![]))
            .with("current_node", current)
            .with("plugin_ids", J::Null)
            .with("conversation_id", c.id.clone())
            .with("conversation_template_id", tpl.clone())
            .with("gizmo_id", tpl)
            .with("id", c.id.clone()),
        Shape::Slim => J::obj()
            .with("conversation_id", c.id.clone())
            .with("conversation_template_id", tpl)
            .with("create_time", c.create_time)
            .with("current_node", current)
            .with("default_model_slug", c.default_model)
            .with("id", c.id.clone())
            .with("is_archived", c.archived)
            .with("mapping", mapping)
            .with("memory_scope", c.memory_scope)
            .with("plugin_ids", J::Null)
            .with("title", c.title.clone())
            .with("update_time", c.update_time)
            .with("voice", c.voice),
        Shape::Full => {
            let mut o = J::obj()
                .with("title", c.title.clone())
                .with("create_time", c.create_time)
                .with("update_time", c.update_time)
                .with("mapping", mapping)
                .with("moderation_results", J::Arr(vec![]))
                .with("current_node", current)
                .with("plugin_ids", J::Null)
                .with("conversation_id", c.id.clone())
                .with("conversation_template_id", tpl.clone())
                .with("gizmo_id", tpl)
                .with("gizmo_type", gtype)
                .with("is_archived", c.archived)
                .with(
                    "is_starred",
                    if c.starred { J::Bool(true) } else { J::Null },
                )
                .with(
                    "safe_urls",
                    J::Arr(c.safe_urls.iter().cloned().map(J::from).collect()),
                )
                .with("blocked_urls", J::Arr(vec![]))
                .with("default_model_slug", c.default_model)
                .with("conversation_origin", J::Null)
                .with("voice", c.voice)
                .with("async_status", J::Null)
                .with("disabled_tool_ids", J::Arr(vec![]))
                .with("is_do_not_remember", c.do_not_remember)
                .with("memory_scope", c.memory_scope)
                .with("sugar_item_id", J::Null);
            if era.profile().study_mode_keys {
                o.set("context_scopes", J::Null);
                o.set("is_study_mode", false);
                o.set("is_read_only", J::Null);
            }
            o.set("id", c.id.clone());
            o
        }
    }
}

/// What one conversation contributes to the [`super::Truth`] counters.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct ConvStats {
    /// `(role, count)` over every non-null message in every mapping node.
    pub(crate) roles: Vec<(&'static str, usize)>,
    pub(crate) thread: usize,
    pub(crate) ci_pairs: Vec<(String, String)>,
    pub(crate) snapshots: usize,
    pub(crate) writes: usize,
    pub(crate) citations: usize,
    pub(crate) voice: usize,
    pub(crate) attachments: usize,
}

fn parts(m: &Msg) -> &[J] {
    m.content.get("parts").map_or(&[], J::as_arr)
}

fn part_type(p: &J) -> Option<&str> {
    p.get("content_type").and_then(J::as_str)
}

/// Counts what the generator put into `c` (the same rules a test recount applies to the JSON).
pub(crate) fn stats(c: &Conv) -> ConvStats {
    let mut s = ConvStats::default();
    for n in &c.nodes {
        let Some(m) = &n.msg else { continue };
        match s.roles.iter_mut().find(|(r, _)| *r == m.role) {
            Some((_, k)) => *k += 1,
            None => s.roles.push((m.role, 1)),
        }
        if matches!(
            m.metadata.get("is_user_system_message"),
            Some(J::Bool(true))
        ) {
            let data = m.metadata.get("user_context_message_data");
            let field = |k: &str| {
                data.and_then(|d| d.get(k))
                    .and_then(J::as_str)
                    .unwrap_or("")
                    .to_string()
            };
            s.ci_pairs
                .push((field("about_user_message"), field("about_model_message")));
        }
        let ctype = m.content.get("content_type").and_then(J::as_str);
        if ctype == Some("model_editable_context") {
            s.snapshots += 1;
        }
        if m.role == "tool" && m.name == Some("bio") {
            s.writes += 1;
        }
        s.citations += m
            .metadata
            .get("conversation_context_citation_metadata")
            .map_or(0, |v| v.as_arr().len());
        let ps = parts(m);
        if ps
            .iter()
            .any(|p| part_type(p) == Some("audio_transcription"))
        {
            s.voice += 1;
        }
        s.attachments += ps
            .iter()
            .filter(|p| part_type(p) == Some("image_asset_pointer"))
            .count();
    }
    s.thread = c
        .thread()
        .into_iter()
        .filter(|&i| c.nodes[i].msg.is_some())
        .count();
    s
}
