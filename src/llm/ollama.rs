//! Ollama: `/api/chat` to talk, `/api/create` to install the companion as a model.
//!
//! `POST {base}/api/chat` with `model`, `messages` (the persona as the first, `system`
//! message) and `"stream": true`; the answer is one JSON object a line with
//! `message.content`, the last one with `"done": true`. `POST {base}/api/create` takes the
//! structured form `model`, `from`, `system`, `messages`, `parameters` and streams
//! `{"status": …}` lines, ending with `"success"`. Errors are `{"error": "…"}`
//! (docs/providers.md). No key: Ollama has none.
//!
//! The persona comes from the Modelfile `ferry render --target ollama` writes, read back by
//! [`Modelfile::parse`]: the same `SYSTEM`, `MESSAGE`s and `PARAMETER`s a person would get
//! with `ollama create -f Modelfile`.

use serde_json::{Map, Value, json};

use super::client::{Client, EventError, Framing, LlmError, Piece, Reply, Request};
use super::{Endpoint, Persona, Role, Turn};

fn role(role: Role) -> &'static str {
    match role {
        Role::User => "user",
        Role::Assistant => "assistant",
    }
}

pub(crate) fn chat_request(endpoint: &Endpoint, persona: &Persona, history: &[Turn]) -> Request {
    let mut messages = vec![json!({ "role": "system", "content": persona.system })];
    for t in persona.primer.iter().chain(history) {
        messages.push(json!({ "role": role(t.role), "content": t.content }));
    }
    Request {
        url: endpoint.url("/api/chat"),
        headers: Vec::new(),
        body: json!({ "model": endpoint.model, "messages": messages, "stream": true }),
        framing: Framing::Ndjson,
    }
}

pub(crate) fn parse_chat_event(line: &str) -> Result<Piece, EventError> {
    let v = object(line)?;
    let text = v
        .get("message")
        .and_then(|m| m.get("content"))
        .and_then(Value::as_str)
        .unwrap_or_default();
    let done = v.get("done").and_then(Value::as_bool) == Some(true);
    Ok(match (text.is_empty(), done) {
        (false, false) => Piece::Text(text.to_owned()),
        (false, true) => Piece::Last(text.to_owned()),
        (true, true) => Piece::Done,
        (true, false) => Piece::Nothing,
    })
}

fn parse_create_event(line: &str) -> Result<Piece, EventError> {
    let v = object(line)?;
    match v.get("status").and_then(Value::as_str) {
        Some("success") => Ok(Piece::Done),
        Some(s) => Ok(Piece::Status(s.to_owned())),
        None => Ok(Piece::Nothing),
    }
}

fn object(line: &str) -> Result<Value, EventError> {
    let v: Value = serde_json::from_str(line)
        .map_err(|e| EventError::Unreadable(format!("a line is not JSON ({e})")))?;
    if let Some(e) = v.get("error") {
        return Err(EventError::Server(
            e.as_str().map_or_else(|| e.to_string(), str::to_owned),
        ));
    }
    Ok(v)
}

/// What a Modelfile written by `ferry render --target ollama` holds.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Modelfile {
    pub from: Option<String>,
    pub system: String,
    pub messages: Vec<Turn>,
    /// `PARAMETER name value` lines, numbers as numbers; a repeated name (`stop`) becomes a
    /// list.
    pub parameters: Map<String, Value>,
}

impl Modelfile {
    /// Reads the instructions ferry's template writes: `FROM`, `PARAMETER`, `SYSTEM` and
    /// `MESSAGE`, each with a one-line value or a `"""` block. Comments and unknown
    /// instructions are passed over.
    pub fn parse(text: &str) -> Modelfile {
        let mut m = Modelfile::default();
        let mut pos = 0;
        while pos < text.len() {
            let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
            let mut next = (line_end + 1).min(text.len());
            let line = text[pos..line_end].trim_start();
            let (word, value) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let instruction = word.to_ascii_uppercase();
            let mut value = value.trim_start();
            let mut role = None;
            if instruction == "MESSAGE" {
                let (r, v) = value.split_once(char::is_whitespace).unwrap_or((value, ""));
                role = Some(r.to_ascii_lowercase());
                value = v.trim_start();
            }
            let value = if value.starts_with("\"\"\"") {
                // A `"""` block may span lines; it ends at the next `"""`. The value is a
                // slice of `text` here (it is not empty), so its place in `text` is known.
                let open = value.as_ptr() as usize - text.as_ptr() as usize + 3;
                match text[open..].find("\"\"\"") {
                    Some(i) => {
                        let close = open + i + 3;
                        next = text[close..]
                            .find('\n')
                            .map_or(text.len(), |j| close + j + 1);
                        text[open..open + i].trim_matches('\n').to_owned()
                    }
                    None => {
                        next = text.len();
                        text[open..].trim().to_owned()
                    }
                }
            } else {
                value.trim_end().to_owned()
            };
            pos = next;
            match instruction.as_str() {
                "FROM" => m.from = Some(value),
                "SYSTEM" => m.system = value,
                "PARAMETER" => {
                    if let Some((name, v)) = value.split_once(char::is_whitespace) {
                        let v = v.trim();
                        let parsed = v
                            .parse::<i64>()
                            .map(Value::from)
                            .or_else(|_| v.parse::<f64>().map(Value::from))
                            .unwrap_or_else(|_| Value::from(v.trim_matches('"')));
                        match m.parameters.get_mut(name) {
                            Some(Value::Array(a)) => a.push(parsed),
                            Some(old) => *old = Value::Array(vec![old.clone(), parsed]),
                            None => {
                                m.parameters.insert(name.to_owned(), parsed);
                            }
                        }
                    }
                }
                "MESSAGE" => match role.as_deref() {
                    Some("user") => m.messages.push(Turn::user(&value)),
                    Some("assistant") => m.messages.push(Turn::assistant(&value)),
                    _ => {}
                },
                _ => {}
            }
        }
        m
    }

    /// The persona as `/api/chat` gets it.
    pub fn persona(&self) -> Persona {
        Persona {
            system: self.system.clone(),
            primer: self.messages.clone(),
        }
    }
}

/// The `/api/create` body: the structured form.
pub fn create_body(name: &str, from: &str, modelfile: &Modelfile) -> Value {
    let messages: Vec<Value> = modelfile
        .messages
        .iter()
        .map(|t| json!({ "role": role(t.role), "content": t.content }))
        .collect();
    json!({
        "model": name,
        "from": from,
        "system": modelfile.system,
        "messages": messages,
        "parameters": modelfile.parameters,
        "stream": true,
    })
}

/// Creates model `name` on the Ollama server at `endpoint` (whose `model` is the base model,
/// `from`), passing each status line to `on_status` as it arrives.
pub fn create(
    client: &Client,
    endpoint: &Endpoint,
    name: &str,
    modelfile: &Modelfile,
    on_status: &mut dyn FnMut(&str),
) -> Result<Reply, LlmError> {
    let request = Request {
        url: endpoint.url("/api/create"),
        headers: Vec::new(),
        body: create_body(name, &endpoint.model, modelfile),
        framing: Framing::Ndjson,
    };
    client.stream(
        endpoint,
        request,
        parse_create_event,
        &mut |piece| match piece {
            Piece::Status(s) => on_status(s),
            Piece::Done => on_status("success"),
            _ => {}
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::llm::Provider;

    #[test]
    fn reads_the_modelfile_ferry_writes() {
        let spec = crate::persona::demo_spec();
        let options = crate::render::RenderOptions {
            base_model: Some("qwen2.5:7b".into()),
            ..Default::default()
        };
        let text = crate::render::render(&spec, crate::render::Target::Ollama, &options)
            .unwrap()
            .text;
        let m = Modelfile::parse(&text);
        assert_eq!(m.from.as_deref(), Some("qwen2.5:7b"));
        assert!(m.system.contains("Nova"), "{}", m.system);
        assert!(!m.system.contains("\"\"\""));
        assert!(!m.system.contains("MESSAGE"));
        assert_eq!(m.messages.len(), 2 * spec.examples.len());
        assert_eq!(m.messages[0], Turn::user(&spec.examples[0].user));
        assert_eq!(m.messages[1].role, Role::Assistant);
        assert!(m.parameters.contains_key("temperature"));
        assert!(m.parameters["num_ctx"].is_i64());
    }

    #[test]
    fn one_line_values_and_repeated_parameters() {
        let m = Modelfile::parse(
            "# c\nFROM llama3\nPARAMETER stop \"<a>\"\nPARAMETER stop \"<b>\"\nSYSTEM Be kind.\nMESSAGE user Hi\nMESSAGE assistant \"\"\"Hello\nthere\"\"\"\nMESSAGE user Bye\n",
        );
        assert_eq!(m.from.as_deref(), Some("llama3"));
        assert_eq!(m.system, "Be kind.");
        assert_eq!(m.parameters["stop"], json!(["<a>", "<b>"]));
        assert_eq!(
            m.messages,
            vec![
                Turn::user("Hi"),
                Turn::assistant("Hello\nthere"),
                Turn::user("Bye")
            ]
        );
    }

    #[test]
    fn create_is_the_structured_form() {
        let m = Modelfile::parse(
            "FROM x\nPARAMETER temperature 0.8\nSYSTEM \"\"\"S\"\"\"\nMESSAGE user u\nMESSAGE assistant a\n",
        );
        assert_eq!(
            create_body("nova", "llama3.1:8b", &m),
            json!({"model":"nova","from":"llama3.1:8b","system":"S","stream":true,
                   "messages":[{"role":"user","content":"u"},{"role":"assistant","content":"a"}],
                   "parameters":{"temperature":0.8}})
        );
        let e = Endpoint::new(Provider::Ollama, "http://localhost:11434", "llama3", None).unwrap();
        let r = chat_request(&e, &m.persona(), &[Turn::user("hi")]);
        assert_eq!(r.url, "http://localhost:11434/api/chat");
        assert_eq!(
            r.body["messages"][0],
            json!({"role":"system","content":"S"})
        );
        assert_eq!(r.body["messages"][3], json!({"role":"user","content":"hi"}));
    }

    #[test]
    fn events() {
        assert_eq!(
            parse_chat_event(
                r#"{"model":"m","message":{"role":"assistant","content":"Hi"},"done":false}"#
            )
            .ok(),
            Some(Piece::Text("Hi".into()))
        );
        assert_eq!(
            parse_chat_event(
                r#"{"model":"m","message":{"role":"assistant","content":""},"done":true}"#
            )
            .ok(),
            Some(Piece::Done)
        );
        assert!(matches!(
            parse_chat_event(r#"{"error":"model not found"}"#),
            Err(EventError::Server(_))
        ));
        assert_eq!(
            parse_create_event(r#"{"status":"success"}"#).ok(),
            Some(Piece::Done)
        );
        assert_eq!(
            parse_create_event(r#"{"status":"creating system layer"}"#).ok(),
            Some(Piece::Status("creating system layer".into()))
        );
    }
}
