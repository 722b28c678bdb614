//! Google Gemini `generateContent`, streamed.
//!
//! `POST {base}/models/{model}:streamGenerateContent?alt=sse` with `x-goog-api-key: KEY`
//! (the key stays out of the URL, so out of any error message). The persona is
//! `system_instruction: {parts: [{text}]}`; turns are `contents` with roles `user` and
//! `model`. Each server-sent event is a whole `GenerateContentResponse`: the text is in
//! `candidates[0].content.parts[*].text`, and the last one carries `finishReason`
//! (docs/providers.md).

use serde_json::{Value, json};

use super::client::{EventError, Framing, Piece, Request};
use super::{Endpoint, Persona, Role, Turn};

pub(crate) fn request(endpoint: &Endpoint, persona: &Persona, history: &[Turn]) -> Request {
    let contents: Vec<Value> = persona
        .primer
        .iter()
        .chain(history)
        .map(|t| {
            json!({
                "role": match t.role { Role::User => "user", Role::Assistant => "model" },
                "parts": [{ "text": t.content }],
            })
        })
        .collect();
    let mut headers = Vec::new();
    if let Some(key) = &endpoint.key {
        headers.push(("x-goog-api-key", key.expose().to_owned()));
    }
    headers.push(("accept", "text/event-stream".to_owned()));
    // A model name goes into the path; keep it to the characters model names use.
    let model: String = endpoint
        .model
        .trim_start_matches("models/")
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
        .collect();
    Request {
        url: endpoint.url(&format!("/models/{model}:streamGenerateContent?alt=sse")),
        headers,
        body: json!({
            "system_instruction": { "parts": [{ "text": persona.system }] },
            "contents": contents,
        }),
        framing: Framing::Sse,
    }
}

pub(crate) fn parse_event(data: &str) -> Result<Piece, EventError> {
    let v: Value = serde_json::from_str(data.trim())
        .map_err(|e| EventError::Unreadable(format!("an event is not JSON ({e})")))?;
    if v.get("error").is_some() {
        return Err(EventError::Server(super::client::error_message(data)));
    }
    if let Some(reason) = v
        .get("promptFeedback")
        .and_then(|f| f.get("blockReason"))
        .and_then(Value::as_str)
    {
        return Err(EventError::Server(format!(
            "Gemini declined to answer (blockReason {reason})"
        )));
    }
    let candidate = v.get("candidates").and_then(|c| c.get(0));
    let text: String = candidate
        .and_then(|c| c.get("content"))
        .and_then(|c| c.get("parts"))
        .and_then(Value::as_array)
        .map(|parts| {
            parts
                .iter()
                // Parts marked `thought` are the model's reasoning, not its reply.
                .filter(|p| p.get("thought").and_then(Value::as_bool) != Some(true))
                .filter_map(|p| p.get("text").and_then(Value::as_str))
                .collect()
        })
        .unwrap_or_default();
    let finished = candidate
        .and_then(|c| c.get("finishReason"))
        .and_then(Value::as_str)
        .is_some_and(|r| !r.is_empty() && r != "FINISH_REASON_UNSPECIFIED");
    Ok(match (text.is_empty(), finished) {
        (false, false) => Piece::Text(text),
        // The last event may carry the last words and the finish reason together.
        (false, true) => Piece::Last(text),
        (true, true) => Piece::Done,
        (true, false) => Piece::Nothing,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::{ApiKey, Provider};

    #[test]
    fn the_persona_is_system_instruction() {
        let e = Endpoint::new(
            Provider::Gemini,
            "https://generativelanguage.googleapis.com/v1beta",
            "gemini-2.5-flash",
            Some(ApiKey::new("k")),
        )
        .unwrap();
        let persona = Persona {
            system: "You are Nova.".into(),
            primer: vec![],
        };
        let r = request(&e, &persona, &[Turn::user("hi"), Turn::assistant("hey")]);
        assert_eq!(
            r.url,
            "https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash:streamGenerateContent?alt=sse"
        );
        assert_eq!(
            r.body,
            json!({"system_instruction":{"parts":[{"text":"You are Nova."}]},
                   "contents":[{"role":"user","parts":[{"text":"hi"}]},{"role":"model","parts":[{"text":"hey"}]}]})
        );
        assert!(r.headers.contains(&("x-goog-api-key", "k".to_owned())));
        assert!(!r.url.contains("key="));
    }

    #[test]
    fn events() {
        let chunk =
            r#"{"candidates":[{"content":{"parts":[{"text":"Hel"}],"role":"model"},"index":0}]}"#;
        assert_eq!(parse_event(chunk).ok(), Some(Piece::Text("Hel".into())));
        let last = r#"{"candidates":[{"content":{"parts":[{"text":"lo"}],"role":"model"},"finishReason":"STOP","index":0}]}"#;
        assert_eq!(parse_event(last).ok(), Some(Piece::Last("lo".into())));
        let blocked = r#"{"promptFeedback":{"blockReason":"SAFETY"}}"#;
        assert!(matches!(parse_event(blocked), Err(EventError::Server(_))));
    }
}
