//! Anthropic Messages.
//!
//! `POST {base}/messages` with `x-api-key: KEY` and `anthropic-version: 2023-06-01`; the
//! persona is the top-level `system` field, never a message (the API has no system role in
//! `messages`); `max_tokens` is required; `"stream": true`. The answer is server-sent events
//! typed `message_start`, `content_block_start`, `content_block_delta` (text in
//! `delta.text` when `delta.type` is `text_delta`), `content_block_stop`, `message_delta`,
//! `message_stop`, plus `ping` and `error` (docs/providers.md).

use serde_json::{Value, json};

use super::client::{EventError, Framing, Piece, Request};
use super::{Endpoint, Persona, Role, Turn};

/// The API version ferry speaks.
pub const VERSION: &str = "2023-06-01";

/// The longest reply asked for (a companion's replies run far shorter).
pub const MAX_TOKENS: u32 = 1024;

pub(crate) fn request(endpoint: &Endpoint, persona: &Persona, history: &[Turn]) -> Request {
    let messages: Vec<Value> = persona
        .primer
        .iter()
        .chain(history)
        .map(|t| {
            json!({
                "role": match t.role { Role::User => "user", Role::Assistant => "assistant" },
                "content": t.content,
            })
        })
        .collect();
    let mut headers = Vec::new();
    if let Some(key) = &endpoint.key {
        headers.push(("x-api-key", key.expose().to_owned()));
    }
    headers.push(("anthropic-version", VERSION.to_owned()));
    headers.push(("accept", "text/event-stream".to_owned()));
    Request {
        url: endpoint.url("/messages"),
        headers,
        body: json!({
            "model": endpoint.model,
            "max_tokens": MAX_TOKENS,
            "system": persona.system,
            "messages": messages,
            "stream": true,
        }),
        framing: Framing::Sse,
    }
}

pub(crate) fn parse_event(data: &str) -> Result<Piece, EventError> {
    let v: Value = serde_json::from_str(data.trim())
        .map_err(|e| EventError::Unreadable(format!("an event is not JSON ({e})")))?;
    match v.get("type").and_then(Value::as_str) {
        Some("content_block_delta") => {
            let delta = v.get("delta");
            if delta.and_then(|d| d.get("type")).and_then(Value::as_str) == Some("text_delta") {
                let text = delta
                    .and_then(|d| d.get("text"))
                    .and_then(Value::as_str)
                    .unwrap_or_default();
                return Ok(Piece::Text(text.to_owned()));
            }
            Ok(Piece::Nothing)
        }
        Some("message_stop") => Ok(Piece::Done),
        Some("error") => Err(EventError::Server(super::client::error_message(data))),
        _ => Ok(Piece::Nothing),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::{ApiKey, Provider};

    #[test]
    fn the_persona_is_top_level_system() {
        let e = Endpoint::new(
            Provider::Anthropic,
            "https://api.anthropic.com/v1",
            "claude-x",
            Some(ApiKey::new("k")),
        )
        .unwrap();
        let persona = Persona {
            system: "You are Nova.".into(),
            primer: vec![],
        };
        let r = request(&e, &persona, &[Turn::user("hi")]);
        assert_eq!(r.url, "https://api.anthropic.com/v1/messages");
        assert_eq!(
            r.body,
            json!({"model":"claude-x","max_tokens":1024,"system":"You are Nova.","stream":true,
                   "messages":[{"role":"user","content":"hi"}]})
        );
        assert!(r.headers.contains(&("x-api-key", "k".to_owned())));
        assert!(
            r.headers
                .contains(&("anthropic-version", "2023-06-01".to_owned()))
        );
    }

    #[test]
    fn events() {
        assert_eq!(
            parse_event(r#"{"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"Hi"}}"#).ok(),
            Some(Piece::Text("Hi".into()))
        );
        assert_eq!(parse_event(r#"{"type":"ping"}"#).ok(), Some(Piece::Nothing));
        assert_eq!(
            parse_event(r#"{"type":"message_stop"}"#).ok(),
            Some(Piece::Done)
        );
        assert!(matches!(
            parse_event(r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#),
            Err(EventError::Server(m)) if m == "Overloaded"
        ));
    }
}
