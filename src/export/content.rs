//! `message.content`: every `content_type` seen in exports 2023 → 2026, plus a fallback.
//!
//! Content is read as a JSON object first and then sorted into a variant, so a field with an
//! unexpected type (a number where a string was expected, a new key) never fails the whole
//! conversation: it lands in [`Content::Unknown`] with the raw JSON kept, or is ignored.

use serde::{Deserialize, Deserializer};
use serde_json::{Map, Value};

/// One message's content, by `content_type`.
#[derive(Debug, Clone, PartialEq)]
pub enum Content {
    /// `text`: plain text parts.
    Text { parts: Vec<Part> },
    /// `multimodal_text`: text mixed with images, audio and voice transcriptions.
    Multimodal { parts: Vec<Part> },
    /// `code`: a tool call payload (python, browser, canvas, plugin arguments, bio in JSON).
    Code {
        language: Option<String>,
        text: String,
    },
    /// `execution_output`: code-interpreter output.
    ExecutionOutput { text: String },
    /// `tether_browsing_display`: browsing status.
    TetherBrowsingDisplay {
        result: String,
        summary: Option<String>,
    },
    /// `tether_quote`: quoted web page or file text.
    TetherQuote {
        url: Option<String>,
        title: Option<String>,
        text: String,
    },
    /// `tether_browsing_code` (2023 legacy, no payload worth keeping).
    TetherBrowsingCode,
    /// `system_error`: a tool failure.
    SystemError { name: Option<String>, text: String },
    /// `sonic_webpage`: a scraped page from web search (2025+).
    SonicWebpage {
        url: Option<String>,
        title: Option<String>,
        text: String,
    },
    /// `computer_output`: agent-mode screenshot and state.
    ComputerOutput { text: String },
    /// `user_editable_context`: custom instructions, 2024+ (wrapped by OpenAI's preamble).
    UserEditableContext {
        user_profile: Option<String>,
        user_instructions: Option<String>,
    },
    /// `model_editable_context`: the saved-memory snapshot (`N. [YYYY-MM-DD]. fact`).
    ModelEditableContext { model_set_context: Option<String> },
    /// `thoughts`: reasoning summaries of o-series / GPT-5 models.
    Thoughts { thoughts: Vec<Thought> },
    /// `reasoning_recap`: "Thought for 9s".
    ReasoningRecap { content: String },
    /// A `content_type` ferry does not know (yet); the whole object is kept as it was.
    Unknown { content_type: String, raw: Value },
}

/// One reasoning summary inside [`Content::Thoughts`].
#[derive(Debug, Clone, PartialEq)]
pub struct Thought {
    pub summary: Option<String>,
    pub content: String,
}

/// One element of `content.parts`.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// A plain string part.
    Text(String),
    /// `audio_transcription`: the only text of a voice turn (`direction` is `in` or `out`).
    AudioTranscription {
        text: String,
        direction: Option<String>,
    },
    /// `image_asset_pointer`: an uploaded or generated image.
    Image(AssetRef),
    /// `audio_asset_pointer` and `real_time_user_audio_video_asset_pointer`: voice audio.
    Audio(AssetRef),
    /// `video_container_asset_pointer`.
    Video(AssetRef),
    /// An object part of a type ferry does not know; kept as it was.
    Other {
        content_type: Option<String>,
        raw: Value,
    },
}

/// A pointer to a file of the export (`file-service://file-…`, `sediment://file_…`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AssetRef {
    pub pointer: Option<String>,
    pub size_bytes: Option<u64>,
    /// The DALL·E / image-gen prompt, when the image was generated.
    pub prompt: Option<String>,
}

impl AssetRef {
    /// The file id the pointer names (`file-XXXX` or `file_<hex>`), used to match members
    /// and `metadata.attachments`.
    pub fn file_id(&self) -> Option<&str> {
        let p = self.pointer.as_deref()?;
        Some(p.rsplit_once("://").map_or(p, |(_, id)| id))
    }
}

impl<'de> Deserialize<'de> for Content {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ContentVisitor)
    }
}

// Reading `content` without building a `serde_json::Map` first (issue 14): the keys ferry
// reads are matched without allocating, and `parts`, which holds nearly all of an export's
// text, is read as strings directly instead of as `Value`s. The result is the same as reading
// the object into a `Map` and sorting it ([`Content::from_map`]): the last of repeated keys
// wins, and an unknown `content_type` keeps the object exactly as a `Map` would have.

/// The keys of `content` (and of its parts) that ferry reads; any other key is kept as
/// written, for [`Content::Unknown`].
const KEYS: [&str; 14] = [
    "content_type",
    "parts",
    "text",
    "language",
    "result",
    "summary",
    "url",
    "title",
    "name",
    "user_profile",
    "user_instructions",
    "model_set_context",
    "thoughts",
    "content",
];

/// A key of `content`: one of [`KEYS`] without an allocation, or the key as written.
struct Key(std::borrow::Cow<'static, str>);

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct KeyVisitor;
        impl serde::de::Visitor<'_> for KeyVisitor {
            type Value = Key;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string key")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Key, E> {
                Ok(Key(match KEYS.iter().find(|k| **k == v) {
                    Some(k) => std::borrow::Cow::Borrowed(k),
                    None => std::borrow::Cow::Owned(v.to_owned()),
                }))
            }
        }
        deserializer.deserialize_str(KeyVisitor)
    }
}

/// A value of `content` as read: `parts` loosely typed (strings kept as strings), any
/// other value as JSON.
enum Loose {
    Null,
    Str(String),
    /// The elements of the `parts` array.
    Seq(Vec<Loose>),
    Value(Value),
}

impl Loose {
    fn into_value(self) -> Value {
        match self {
            Loose::Null => Value::Null,
            Loose::Str(s) => Value::String(s),
            Loose::Seq(items) => Value::Array(items.into_iter().map(Loose::into_value).collect()),
            Loose::Value(v) => v,
        }
    }
}

/// Reads a [`Loose`]; `seq`: an array becomes [`Loose::Seq`] (for `parts` itself, not its
/// elements).
struct LooseSeed {
    seq: bool,
}

impl<'de> serde::de::DeserializeSeed<'de> for LooseSeed {
    type Value = Loose;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Loose, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for LooseSeed {
    type Value = Loose;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any valid JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Loose, E> {
        Ok(Loose::Value(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Loose, E> {
        Ok(Loose::Value(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Loose, E> {
        Ok(Loose::Value(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Loose, E> {
        Ok(Loose::Value(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Loose, E> {
        Ok(Loose::Str(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Loose, E> {
        Ok(Loose::Str(v))
    }
    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Loose, D::Error> {
        deserializer.deserialize_any(self)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        if !self.seq {
            let value = Value::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
            return Ok(Loose::Value(value));
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(1).min(64));
        while let Some(item) = seq.next_element_seed(LooseSeed { seq: false })? {
            items.push(item);
        }
        Ok(Loose::Seq(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Loose, A::Error> {
        let value = Value::deserialize(serde::de::value::MapAccessDeserializer::new(map))?;
        Ok(Loose::Value(value))
    }
}

struct ContentVisitor;

impl<'de> serde::de::Visitor<'de> for ContentVisitor {
    type Value = Content;
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // As `serde_json::Map` says it, so a damaged conversation is described as before.
        f.write_str("a map")
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut access: A) -> Result<Content, A::Error> {
        let mut fields = Fields(Vec::with_capacity(2));
        while let Some(Key(key)) = access.next_key::<Key>()? {
            let value = if key == "parts" {
                access.next_value_seed(LooseSeed { seq: true })?
            } else {
                Loose::Value(access.next_value::<Value>()?)
            };
            fields.0.push((key, value));
        }
        Ok(fields.into_content())
    }
}

/// The entries of one `content` object, in order.
struct Fields(Vec<(std::borrow::Cow<'static, str>, Loose)>);

impl Fields {
    /// The value of `key` as a `Map` would hold it (the last one written), taken out.
    fn take(&mut self, key: &str) -> Option<Loose> {
        let i = self.0.iter().rposition(|(k, _)| k == key)?;
        Some(std::mem::replace(&mut self.0[i].1, Loose::Null))
    }

    fn into_content(mut self) -> Content {
        let content_type = match self.0.iter().rev().find(|(k, _)| k == "content_type") {
            Some((_, Loose::Value(Value::String(s)))) => s.as_str(),
            _ => "",
        };
        let known = [
            "text",
            "multimodal_text",
            "code",
            "execution_output",
            "tether_browsing_display",
            "tether_quote",
            "tether_browsing_code",
            "system_error",
            "sonic_webpage",
            "computer_output",
            "user_editable_context",
            "model_editable_context",
            "thoughts",
            "reasoning_recap",
        ];
        if !known.contains(&content_type) {
            // Rare: keep the object exactly as `Map` would have read it.
            let mut map = Map::new();
            for (k, v) in self.0 {
                map.insert(k.into_owned(), v.into_value());
            }
            return Content::from_map(map);
        }
        if let Some(plain) = match content_type {
            "text" => Some(true),
            "multimodal_text" => Some(false),
            _ => None,
        } {
            let parts = match self.take("parts") {
                Some(Loose::Seq(items)) => {
                    // Sized to the parts (nearly always one): a collect from `filter_map`
                    // would start at four, 216 bytes more per message (issue 14).
                    let mut parts = Vec::with_capacity(items.len());
                    parts.extend(items.into_iter().filter_map(|item| match item {
                        Loose::Null => None,
                        Loose::Str(s) => Some(Part::Text(s)),
                        other => Part::from_value(other.into_value()),
                    }));
                    parts
                }
                Some(Loose::Str(s)) => vec![Part::Text(s)],
                _ => Vec::new(),
            };
            return if plain {
                Content::Text { parts }
            } else {
                Content::Multimodal { parts }
            };
        }
        // The other known types are small and few: sort them as a `Map` (no `parts` needed).
        let mut map = Map::new();
        for (k, v) in self.0 {
            if k != "parts" {
                map.insert(k.into_owned(), v.into_value());
            }
        }
        Content::from_map(map)
    }
}

fn take_string(map: &mut Map<String, Value>, key: &str) -> Option<String> {
    match map.remove(key) {
        Some(Value::String(s)) => Some(s),
        Some(other) if !other.is_null() => {
            // Keep a value of an unexpected type readable rather than losing it.
            Some(other.to_string())
        }
        _ => None,
    }
}

fn take_parts(map: &mut Map<String, Value>) -> Vec<Part> {
    match map.remove("parts") {
        Some(Value::Array(items)) => items.into_iter().filter_map(Part::from_value).collect(),
        Some(Value::String(s)) => vec![Part::Text(s)],
        _ => Vec::new(),
    }
}

impl Content {
    fn from_map(mut map: Map<String, Value>) -> Content {
        let content_type = match map.get("content_type") {
            Some(Value::String(s)) => s.clone(),
            _ => String::new(),
        };
        match content_type.as_str() {
            "text" => Content::Text {
                parts: take_parts(&mut map),
            },
            "multimodal_text" => Content::Multimodal {
                parts: take_parts(&mut map),
            },
            "code" => Content::Code {
                language: take_string(&mut map, "language"),
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "execution_output" => Content::ExecutionOutput {
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "tether_browsing_display" => Content::TetherBrowsingDisplay {
                result: take_string(&mut map, "result").unwrap_or_default(),
                summary: take_string(&mut map, "summary"),
            },
            "tether_quote" => Content::TetherQuote {
                url: take_string(&mut map, "url"),
                title: take_string(&mut map, "title"),
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "tether_browsing_code" => Content::TetherBrowsingCode,
            "system_error" => Content::SystemError {
                name: take_string(&mut map, "name"),
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "sonic_webpage" => Content::SonicWebpage {
                url: take_string(&mut map, "url"),
                title: take_string(&mut map, "title"),
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "computer_output" => Content::ComputerOutput {
                text: take_string(&mut map, "text").unwrap_or_default(),
            },
            "user_editable_context" => Content::UserEditableContext {
                user_profile: take_string(&mut map, "user_profile"),
                user_instructions: take_string(&mut map, "user_instructions"),
            },
            "model_editable_context" => Content::ModelEditableContext {
                model_set_context: take_string(&mut map, "model_set_context"),
            },
            "thoughts" => Content::Thoughts {
                thoughts: match map.remove("thoughts") {
                    Some(Value::Array(items)) => items
                        .into_iter()
                        .filter_map(|t| match t {
                            Value::Object(mut t) => Some(Thought {
                                summary: take_string(&mut t, "summary"),
                                content: take_string(&mut t, "content").unwrap_or_default(),
                            }),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                },
            },
            "reasoning_recap" => Content::ReasoningRecap {
                content: take_string(&mut map, "content").unwrap_or_default(),
            },
            _ => Content::Unknown {
                content_type,
                raw: Value::Object(map),
            },
        }
    }

    /// The `content_type` string this content came from.
    pub fn content_type(&self) -> &str {
        match self {
            Content::Text { .. } => "text",
            Content::Multimodal { .. } => "multimodal_text",
            Content::Code { .. } => "code",
            Content::ExecutionOutput { .. } => "execution_output",
            Content::TetherBrowsingDisplay { .. } => "tether_browsing_display",
            Content::TetherQuote { .. } => "tether_quote",
            Content::TetherBrowsingCode => "tether_browsing_code",
            Content::SystemError { .. } => "system_error",
            Content::SonicWebpage { .. } => "sonic_webpage",
            Content::ComputerOutput { .. } => "computer_output",
            Content::UserEditableContext { .. } => "user_editable_context",
            Content::ModelEditableContext { .. } => "model_editable_context",
            Content::Thoughts { .. } => "thoughts",
            Content::ReasoningRecap { .. } => "reasoning_recap",
            Content::Unknown { content_type, .. } => content_type,
        }
    }

    /// The parts of `text` and `multimodal_text` content; empty for the other types.
    pub fn parts(&self) -> &[Part] {
        match self {
            Content::Text { parts } | Content::Multimodal { parts } => parts,
            _ => &[],
        }
    }

    /// [`Content::raw_text`], moved out rather than copied when the text is a single part
    /// (the usual message): that part is left empty, and a plain string that was the only
    /// part is removed (its list freed: 72 bytes a message, 1.7 MB of a 12,000-exchange
    /// thread, issue 14). A long thread's text is then held once, in
    /// [`super::Message::text`], instead of twice.
    pub(crate) fn take_text(&mut self) -> String {
        if let Content::Text { parts } | Content::Multimodal { parts } = self {
            if let [Part::Text(only)] = parts.as_mut_slice() {
                let text = std::mem::take(only);
                *parts = Vec::new();
                return text;
            }
            let texts = parts.iter().filter(|p| part_text(p).is_some()).count();
            if texts == 1
                && let Some(only) = parts.iter_mut().find_map(part_text_mut)
            {
                return std::mem::take(only);
            }
        }
        self.raw_text()
    }

    /// The readable text of this content, before citation markers are stripped: text parts
    /// and voice transcriptions joined by newlines, or the type's own text field.
    pub(crate) fn raw_text(&self) -> String {
        match self {
            Content::Text { parts } | Content::Multimodal { parts } => {
                let mut out = String::new();
                for part in parts {
                    let text = match part {
                        Part::Text(t) => t.as_str(),
                        Part::AudioTranscription { text, .. } => text.as_str(),
                        _ => continue,
                    };
                    if text.is_empty() {
                        continue;
                    }
                    if !out.is_empty() {
                        out.push('\n');
                    }
                    out.push_str(text);
                }
                out
            }
            Content::Code { text, .. }
            | Content::ExecutionOutput { text }
            | Content::TetherQuote { text, .. }
            | Content::SystemError { text, .. }
            | Content::SonicWebpage { text, .. }
            | Content::ComputerOutput { text } => text.clone(),
            Content::TetherBrowsingDisplay { result, .. } => result.clone(),
            Content::ReasoningRecap { content } => content.clone(),
            Content::Thoughts { thoughts } => thoughts
                .iter()
                .map(|t| t.content.as_str())
                .collect::<Vec<_>>()
                .join("\n"),
            Content::UserEditableContext { .. }
            | Content::ModelEditableContext { .. }
            | Content::TetherBrowsingCode
            | Content::Unknown { .. } => String::new(),
        }
    }
}

/// The non-empty text of a text part or a voice transcription.
fn part_text(part: &Part) -> Option<&str> {
    match part {
        Part::Text(t) | Part::AudioTranscription { text: t, .. } if !t.is_empty() => Some(t),
        _ => None,
    }
}

fn part_text_mut(part: &mut Part) -> Option<&mut String> {
    match part {
        Part::Text(t) | Part::AudioTranscription { text: t, .. } if !t.is_empty() => Some(t),
        _ => None,
    }
}

impl Part {
    pub(super) fn from_value(value: Value) -> Option<Part> {
        match value {
            Value::Null => None,
            Value::String(s) => Some(Part::Text(s)),
            Value::Object(mut map) => {
                let content_type = match map.get("content_type") {
                    Some(Value::String(s)) => Some(s.clone()),
                    _ => None,
                };
                Some(match content_type.as_deref() {
                    Some("audio_transcription") => Part::AudioTranscription {
                        text: take_string(&mut map, "text").unwrap_or_default(),
                        direction: take_string(&mut map, "direction"),
                    },
                    Some("image_asset_pointer") => Part::Image(asset_ref(&map)),
                    Some("audio_asset_pointer") => Part::Audio(asset_ref(&map)),
                    Some("real_time_user_audio_video_asset_pointer") => {
                        // No top-level pointer: the audio sits one level down.
                        let inner = match map.get("audio_asset_pointer") {
                            Some(Value::Object(inner)) => asset_ref(inner),
                            _ => AssetRef::default(),
                        };
                        Part::Audio(inner)
                    }
                    Some("video_container_asset_pointer") => Part::Video(asset_ref(&map)),
                    _ => Part::Other {
                        content_type,
                        raw: Value::Object(map),
                    },
                })
            }
            other => Some(Part::Other {
                content_type: None,
                raw: other,
            }),
        }
    }
}

fn asset_ref(map: &Map<String, Value>) -> AssetRef {
    let prompt = map
        .get("metadata")
        .and_then(|m| m.get("dalle"))
        .and_then(|d| d.get("prompt"))
        .and_then(Value::as_str)
        .map(str::to_owned);
    AssetRef {
        pointer: map
            .get("asset_pointer")
            .and_then(Value::as_str)
            .map(str::to_owned),
        size_bytes: map.get("size_bytes").and_then(Value::as_u64),
        prompt,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Content {
        serde_json::from_str(json).expect("content parses")
    }

    #[test]
    fn reading_without_a_map_gives_what_the_map_gave() {
        for json in [
            r#"{"content_type":"text","parts":["Hello",null,"","there"]}"#,
            r#"{"parts":["before the type"],"content_type":"text"}"#,
            r#"{"content_type":"text","parts":["first"],"parts":["second"]}"#,
            r#"{"content_type":"code","content_type":"text","parts":["last type wins"]}"#,
            r#"{"content_type":"text","content_type":7,"parts":["not a string"]}"#,
            r#"{"content_type":"text","parts":"just a string"}"#,
            r#"{"content_type":"text","parts":{"odd":1}}"#,
            r#"{"content_type":"text","parts":[1,true,2.5,[1,"x"],{"a":null},"s"]}"#,
            r#"{"content_type":"text"}"#,
            r#"{}"#,
            r#"{"content_type":"multimodal_text","parts":[{"content_type":"image_asset_pointer","asset_pointer":"file-service://file-A","metadata":{"dalle":{"prompt":"p"}}},{"content_type":"audio_transcription","text":"Hi","direction":"in"},"tail",null]}"#,
            r#"{"content_type":"hologram","zeta":1,"parts":["a",null,{"b":[1]}],"alpha":"x","parts":[2]}"#,
            r#"{"content_type":"hologram"}"#,
            r#"{"content_type":"code","language":"python","text":"print(1)","parts":["ignored"]}"#,
            r#"{"content_type":"code","text":{"odd":true}}"#,
            r#"{"content_type":"thoughts","thoughts":[{"summary":"s","content":"c"},3]}"#,
            r#"{"content_type":"tether_quote","url":"u","title":null,"text":"x","text":"y"}"#,
            r#"{"content_type":"user_editable_context","user_profile":"p","user_instructions":"i"}"#,
            r#"{"content_type":"text","parts":["\ud83d\ude00 esc\u00e9\n"]}"#,
            r#"{"content_type":null,"parts":["a null type"]}"#,
            r#"{"content_type":["text"],"parts":["a list as the type"]}"#,
            r#"{"content_type":{"a":1},"parts":["an object as the type"]}"#,
            r#"{"content_type":"text ","parts":["a near miss"]}"#,
            r#"{"content_type":"te\u0078t","parts":["an escaped type"]}"#,
            r#"{"content_type":"reasoning_recap","content":"r"}"#,
        ] {
            let map: Map<String, Value> = serde_json::from_str(json).expect("a map");
            assert_eq!(parse(json), Content::from_map(map), "{json}");
        }
        for bad in [
            r#""text""#,
            "[1]",
            "null",
            "3",
            r#"{"parts":[}"#,
            r#"{"content_type":tru}"#,
            r#"{"content_type":"te"#,
            r#"{"content_type":"\ud800"}"#,
        ] {
            let via_map =
                serde_json::from_str::<Map<String, Value>>(bad).map_err(|e| e.to_string());
            let direct = serde_json::from_str::<Content>(bad).map_err(|e| e.to_string());
            assert_eq!(direct.err(), via_map.err(), "{bad}");
        }
    }

    #[test]
    fn text_parts_skip_nulls_and_join() {
        let c = parse(r#"{"content_type":"text","parts":["Hello",null,"","there"]}"#);
        assert_eq!(c.parts().len(), 3);
        assert_eq!(c.raw_text(), "Hello\nthere");
    }

    #[test]
    fn taking_the_text_gives_the_same_text() {
        for json in [
            r#"{"content_type":"text","parts":["Hello",null,"","there"]}"#,
            r#"{"content_type":"text","parts":["",null,"only"]}"#,
            r#"{"content_type":"text","parts":[]}"#,
            r#"{"content_type":"multimodal_text","parts":[{"content_type":"audio_transcription","text":"Hi.","direction":"out"}]}"#,
            r#"{"content_type":"code","language":"python","text":"print(1)"}"#,
        ] {
            let mut c = parse(json);
            let before = c.raw_text();
            assert_eq!(c.take_text(), before, "{json}");
        }
    }

    #[test]
    fn a_plain_only_part_goes_with_its_text_and_other_parts_stay() {
        for (json, text) in [
            (
                r#"{"content_type":"text","parts":["Only me."]}"#,
                "Only me.",
            ),
            (r#"{"content_type":"multimodal_text","parts":[""]}"#, ""),
        ] {
            let mut c = parse(json);
            assert_eq!(c.take_text(), text, "{json}");
            assert!(c.parts().is_empty(), "{json}: {:?}", c.parts());
        }
        // A voice transcription keeps its part (its direction), emptied of the text.
        let mut c = parse(
            r#"{"content_type":"multimodal_text","parts":[{"content_type":"audio_transcription","text":"Hi.","direction":"out"}]}"#,
        );
        assert_eq!(c.take_text(), "Hi.");
        assert!(matches!(
            c.parts(),
            [Part::AudioTranscription { text, direction: Some(d) }] if text.is_empty() && d == "out"
        ));
        // Two parts: the text is joined, both stay.
        let mut c = parse(r#"{"content_type":"text","parts":["One","Two"]}"#);
        assert_eq!(c.take_text(), "One\nTwo");
        assert_eq!(c.parts().len(), 2);
    }

    #[test]
    fn voice_transcription_is_text() {
        let c = parse(
            r#"{"content_type":"multimodal_text","parts":[
                {"content_type":"audio_asset_pointer","asset_pointer":"sediment://file_00ab","size_bytes":12,"format":"wav"},
                {"content_type":"audio_transcription","text":"Good night, starlight.","direction":"out","decoding_id":null}]}"#,
        );
        assert_eq!(c.raw_text(), "Good night, starlight.");
        assert!(matches!(&c.parts()[0], Part::Audio(a) if a.file_id() == Some("file_00ab")));
    }

    #[test]
    fn real_time_user_audio_pointer_is_nested() {
        let c = parse(
            r#"{"content_type":"multimodal_text","parts":[{"content_type":"real_time_user_audio_video_asset_pointer",
                "audio_asset_pointer":{"asset_pointer":"sediment://file_77","size_bytes":5},"frames_asset_pointers":[]}]}"#,
        );
        assert!(matches!(&c.parts()[0], Part::Audio(a) if a.file_id() == Some("file_77")));
    }

    #[test]
    fn image_keeps_pointer_and_prompt() {
        let c = parse(
            r#"{"content_type":"multimodal_text","parts":[{"content_type":"image_asset_pointer",
                "asset_pointer":"file-service://file-AbC","size_bytes":99,"width":1,"height":1,
                "metadata":{"dalle":{"prompt":"a lighthouse"}}},"look!"]}"#,
        );
        let Part::Image(img) = &c.parts()[0] else {
            panic!("expected image, got {:?}", c.parts()[0]);
        };
        assert_eq!(img.file_id(), Some("file-AbC"));
        assert_eq!(img.prompt.as_deref(), Some("a lighthouse"));
        assert_eq!(c.raw_text(), "look!");
    }

    #[test]
    fn every_known_type_maps_to_its_variant() {
        let cases = [
            (
                r#"{"content_type":"code","language":"python","text":"print(1)"}"#,
                "code",
            ),
            (
                r#"{"content_type":"execution_output","text":"1"}"#,
                "execution_output",
            ),
            (
                r#"{"content_type":"tether_browsing_display","result":"r","summary":null}"#,
                "tether_browsing_display",
            ),
            (
                r#"{"content_type":"tether_quote","url":"u","domain":"d","title":"t","text":"x"}"#,
                "tether_quote",
            ),
            (
                r#"{"content_type":"tether_browsing_code"}"#,
                "tether_browsing_code",
            ),
            (
                r#"{"content_type":"system_error","name":"e","text":"boom"}"#,
                "system_error",
            ),
            (
                r#"{"content_type":"sonic_webpage","url":"u","title":"t","text":"page"}"#,
                "sonic_webpage",
            ),
            (
                r#"{"content_type":"computer_output","text":"ok","computer_id":"c"}"#,
                "computer_output",
            ),
            (
                r#"{"content_type":"user_editable_context","user_profile":"p","user_instructions":"i"}"#,
                "user_editable_context",
            ),
            (
                r#"{"content_type":"model_editable_context","model_set_context":"1. [2024-01-01]. x","repository":null}"#,
                "model_editable_context",
            ),
            (
                r#"{"content_type":"thoughts","thoughts":[{"summary":"s","content":"c","chunks":[],"finished":true}]}"#,
                "thoughts",
            ),
            (
                r#"{"content_type":"reasoning_recap","content":"Thought for 9s"}"#,
                "reasoning_recap",
            ),
        ];
        for (json, ty) in cases {
            let c = parse(json);
            assert!(
                !matches!(c, Content::Unknown { .. }),
                "{ty} fell back to unknown"
            );
            assert_eq!(c.content_type(), ty);
        }
    }

    #[test]
    fn unknown_type_keeps_raw_json() {
        let c = parse(r#"{"content_type":"hologram","beam":{"x":1}}"#);
        let Content::Unknown { content_type, raw } = c else {
            panic!("expected unknown");
        };
        assert_eq!(content_type, "hologram");
        assert_eq!(raw["beam"]["x"], 1);
    }

    #[test]
    fn wrong_field_types_do_not_fail() {
        let c = parse(r#"{"content_type":"code","text":{"odd":true}}"#);
        assert_eq!(c.raw_text(), r#"{"odd":true}"#);
        let c = parse(r#"{"content_type":"text","parts":"just a string"}"#);
        assert_eq!(c.raw_text(), "just a string");
    }
}
