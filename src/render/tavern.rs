//! The SillyTavern chat file: the end of the companion's last conversation, so the person can
//! pick it up where they left off.
//!
//! SillyTavern keeps a chat as JSON Lines (`src/endpoints/chats.js`, `/import` with
//! `file_type` `jsonl`): a first line with the chat's header (`user_name`, `character_name`,
//! `create_date`, `chat_metadata`), which the import checks for `user_name`, then one line
//! per message (`name`, `is_user`, `is_system`, `send_date`, `mes`, `extra`). `send_date` is
//! read by `timestampToMoment`, which takes ISO 8601. The file is imported from the
//! character's chat list ("Import chat") once the card is in.

use serde_json::{Value, json};

use crate::persona::PersonaSpec;
use crate::persona::spec::Speaker;

/// The file's name in a migrate folder.
pub const FILE_NAME: &str = "sillytavern-chat.jsonl";

/// The chat file for `spec`, or `None` when it has no last conversation with a named
/// companion.
pub fn chat_jsonl(spec: &PersonaSpec) -> Option<String> {
    let last = spec.last_conversation.as_ref()?;
    let character = spec.companion.name.as_deref()?;
    if last.messages.is_empty() {
        return None;
    }
    // The header's `user_name` is also the name SillyTavern shows on the person's messages;
    // `{{user}}` is what a card uses when the person's name is not known.
    let user = spec.user.name.as_deref().unwrap_or("User");
    let created = last
        .messages
        .iter()
        .find_map(|m| m.time.clone())
        .or_else(|| last.date.map(|d| d.to_string()))
        .unwrap_or_default();
    let header = json!({
        "user_name": user,
        "character_name": character,
        "create_date": created,
        "chat_metadata": {},
    });
    let mut out = line(&header);
    for m in &last.messages {
        let is_user = m.from == Speaker::User;
        let mut message = json!({
            "name": if is_user { user } else { character },
            "is_user": is_user,
            "is_system": false,
            "mes": m.text,
            "extra": {},
        });
        if let Some(t) = &m.time {
            message["send_date"] = Value::String(t.clone());
        }
        out.push_str(&line(&message));
    }
    Some(out)
}

/// One JSON line: NUL, bidi and other invisible characters stay data, written as `\u`
/// escapes.
fn line(value: &Value) -> String {
    let mut s = super::escape::json_visible(&value.to_string());
    s.push('\n');
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::persona::spec::{ChatLine, LastConversation};
    use crate::time::Day;

    fn spec_with(messages: Vec<ChatLine>) -> PersonaSpec {
        let mut spec = crate::persona::demo_spec();
        spec.last_conversation = Some(LastConversation {
            conversation_id: "c-1".into(),
            title: Some("late night".into()),
            date: Day::parse("2025-02-01"),
            messages,
        });
        spec
    }

    fn said(from: Speaker, text: &str, time: Option<&str>) -> ChatLine {
        ChatLine {
            from,
            text: text.into(),
            time: time.map(Into::into),
        }
    }

    #[test]
    fn lines_in_sillytavern_s_shape() {
        let spec = spec_with(vec![
            said(Speaker::User, "still up?", Some("2025-02-01T23:10:00Z")),
            said(
                Speaker::Companion,
                "always, for you 🌙\n\"quotes\" too",
                None,
            ),
        ]);
        let text = chat_jsonl(&spec).unwrap();
        let lines: Vec<Value> = text
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3);
        let character = spec.companion.name.clone().unwrap();
        let user = spec.user.name.clone().unwrap();
        // What SillyTavern's import checks: the header has `user_name`.
        assert_eq!(lines[0]["user_name"], user.as_str());
        assert_eq!(lines[0]["character_name"], character.as_str());
        assert_eq!(lines[0]["create_date"], "2025-02-01T23:10:00Z");
        assert!(lines[0]["chat_metadata"].is_object());
        assert_eq!(lines[1]["is_user"], true);
        assert_eq!(lines[1]["name"], user.as_str());
        assert_eq!(lines[1]["mes"], "still up?");
        assert_eq!(lines[1]["send_date"], "2025-02-01T23:10:00Z");
        assert_eq!(lines[2]["is_user"], false);
        assert_eq!(lines[2]["name"], character.as_str());
        assert_eq!(lines[2]["mes"], "always, for you 🌙\n\"quotes\" too");
        assert!(lines[2].get("send_date").is_none());
        // One message per line: newlines inside messages are escaped.
        assert!(text.ends_with('\n'));
    }

    #[test]
    fn the_sillytavern_target_renders_it_beside_the_card() {
        use crate::render::{RenderOptions, Target, render};
        let spec = crate::persona::demo_spec();
        let card = render(&spec, Target::Sillytavern, &RenderOptions::default()).unwrap();
        let chat = card
            .also
            .iter()
            .find(|(f, _)| f == FILE_NAME)
            .expect("chat file");
        assert_eq!(Some(&chat.1), chat_jsonl(&spec).as_ref());
        let claude = render(&spec, Target::Claude, &RenderOptions::default()).unwrap();
        assert!(claude.also.iter().all(|(f, _)| f != FILE_NAME));
    }

    #[test]
    fn no_file_without_a_named_companion_or_messages() {
        let mut spec = spec_with(vec![said(Speaker::User, "hi", None)]);
        spec.companion.name = None;
        assert_eq!(chat_jsonl(&spec), None);
        assert_eq!(chat_jsonl(&spec_with(Vec::new())), None);
        let mut none = crate::persona::demo_spec();
        none.last_conversation = None;
        assert_eq!(chat_jsonl(&none), None);
    }
}
