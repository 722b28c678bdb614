//! OpenAI Chat Completions, also spoken by LM Studio, llama.cpp's server, vLLM and OpenRouter.
//!
//! `POST {base}/chat/completions` with `Authorization: Bearer KEY`, `"stream": true`; the
//! persona is the first message: role `developer` for OpenAI (its current name for system
//! instructions), `system` for other servers, which may not know `developer`. The answer is
//! server-sent events, each `data: {chunk}` with `choices[0].delta.content`, ending with
//! `data: [DONE]` (docs/providers.md).

use serde_json::{Value, json};

use super::client::{EventError, Framing, Piece, Request};
use super::{Endpoint, Persona, Provider, Role, Turn};

pub(crate) fn request(endpoint: &Endpoint, persona: &Persona, history: &[Turn]) -> Request {
    let system_role = if endpoint.provider == Provider::OpenAi {
        "developer"
    } else {
        "system"
    };
    let mut messages = vec![json!({ "role": system_role, "content": persona.system })];
    for turn in persona.primer.iter().chain(history) {
        messages.push(json!({ "role": role(turn.role), "content": turn.content }));
    }
    let mut headers = Vec::new();
    if let Some(key) = &endpoint.key {
        headers.push(("authorization", format!("Bearer {}", key.expose())));
    }
    headers.push(("accept", "text/event-stream".to_owned()));
    Request {
        url: endpoint.url("/chat/completions"),
        headers,
        body: json!({ "model": endpoint.model, "messages": messages, "stream": true }),
        framing: Framing::Sse,
    }
}

fn role(role: Role) -> &'static str {
    match role {
        Role::User => "user",
        Role::Assistant => "assistant",
    }
}

/// One `data:` payload of the stream.
pub(crate) fn parse_event(data: &str) -> Result<Piece, EventError> {
    let data = data.trim();
    if data == "[DONE]" {
        return Ok(Piece::Done);
    }
    let v: Value = serde_json::from_str(data)
        .map_err(|e| EventError::Unreadable(format!("an event is not JSON ({e})")))?;
    if let Some(e) = v.get("error") {
        return Err(EventError::Server(super::client::error_message(
            &json!({ "error": e }).to_string(),
        )));
    }
    let choice = v.get("choices").and_then(|c| c.get(0));
    let text = choice
        .and_then(|c| c.get("delta"))
        .and_then(|d| d.get("content"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !text.is_empty() {
        return Ok(Piece::Text(text.to_owned()));
    }
    // Some servers end with a finish_reason and close the stream without `[DONE]`; the
    // `[DONE]` that may follow is then never read, which is fine.
    if choice
        .and_then(|c| c.get("finish_reason"))
        .is_some_and(|f| !f.is_null())
    {
        return Ok(Piece::Done);
    }
    Ok(Piece::Nothing)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::ApiKey;

    #[test]
    fn the_persona_is_the_first_message() {
        let e = Endpoint::new(
            Provider::OpenAi,
            "https://api.openai.com/v1/",
            "gpt-x",
            Some(ApiKey::new("k")),
        )
        .unwrap();
        let persona = Persona {
            system: "You are Nova.".into(),
            primer: vec![],
        };
        let r = request(
            &e,
            &persona,
            &[
                Turn::user("hi"),
                Turn::assistant("hey"),
                Turn::user("again"),
            ],
        );
        assert_eq!(r.url, "https://api.openai.com/v1/chat/completions");
        assert_eq!(
            r.body,
            json!({"model":"gpt-x","stream":true,"messages":[
                {"role":"developer","content":"You are Nova."},
                {"role":"user","content":"hi"},
                {"role":"assistant","content":"hey"},
                {"role":"user","content":"again"}]})
        );
        assert!(
            r.headers
                .contains(&("authorization", "Bearer k".to_owned()))
        );
        let local = Endpoint::new(
            Provider::OpenAiCompatible,
            "http://127.0.0.1:1234/v1",
            "m",
            None,
        )
        .unwrap();
        let r = request(&local, &persona, &[]);
        assert_eq!(r.body["messages"][0]["role"], "system");
        assert!(r.headers.iter().all(|(h, _)| *h != "authorization"));
    }

    #[test]
    fn events() {
        assert!(matches!(parse_event("[DONE]"), Ok(Piece::Done)));
        assert_eq!(
            parse_event(
                r#"{"choices":[{"index":0,"delta":{"content":"Hel"},"finish_reason":null}]}"#
            )
            .ok(),
            Some(Piece::Text("Hel".into()))
        );
        assert_eq!(
            parse_event(r#"{"choices":[{"index":0,"delta":{"role":"assistant"}}]}"#).ok(),
            Some(Piece::Nothing)
        );
        assert_eq!(
            parse_event(r#"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#).ok(),
            Some(Piece::Done)
        );
        assert!(
            matches!(parse_event(r#"{"error":{"message":"boom"}}"#), Err(EventError::Server(m)) if m == "boom")
        );
        assert!(matches!(
            parse_event("{nope"),
            Err(EventError::Unreadable(_))
        ));
    }
}
