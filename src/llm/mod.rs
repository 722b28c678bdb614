//! Talking to a model over a provider's API: `ferry chat`, `ferry probe` and `ferry push`.
//!
//! This is the only part of ferry that uses the network, and only when one of those commands
//! is run. It owns:
//! - [`client`]: one HTTP client (rustls, timeouts, a User-Agent), retries with backoff, the
//!   stream readers (SSE and NDJSON) and the errors people see;
//! - one module per wire format: [`openai`] (OpenAI and any OpenAI-compatible server),
//!   [`anthropic`], [`gemini`], [`ollama`] (chat and `/api/create`);
//! - [`probe`]: the continuity questions drawn from a persona spec and their offline scores.
//!
//! It never prints and never asks: the CLI decides what is sent (and asks first, see
//! `cli/net.rs`), and what reaches the terminal. The facts each wire format relies on, with
//! their sources, are in `docs/providers.md`.

pub mod anthropic;
pub mod client;
pub mod gemini;
pub mod ollama;
pub mod openai;
pub mod probe;

use std::fmt;

pub use client::{Client, ClientOptions, LlmError, Reply};

/// The environment variables this module reads. Keys are read only for the provider in use.
pub mod env {
    /// The OpenAI API key (`--provider openai`).
    pub const OPENAI_API_KEY: &str = "OPENAI_API_KEY";
    /// The Anthropic API key (`--provider anthropic`).
    pub const ANTHROPIC_API_KEY: &str = "ANTHROPIC_API_KEY";
    /// The Gemini API key (`--provider gemini`).
    pub const GEMINI_API_KEY: &str = "GEMINI_API_KEY";
    /// A key for an OpenAI-compatible server, when it wants one (`--provider openai-compatible`).
    pub const OPENAI_COMPATIBLE_API_KEY: &str = "OPENAI_COMPATIBLE_API_KEY";
    /// Where the Ollama server listens (`host:port` or a URL), as Ollama's own tools read it.
    pub const OLLAMA_HOST: &str = "OLLAMA_HOST";
    /// Seconds to wait for a server to answer, and between two pieces of a streamed reply
    /// (default 120).
    pub const FERRY_HTTP_TIMEOUT: &str = "FERRY_HTTP_TIMEOUT";
    /// The longest wait between two tries after a 429 or 5xx answer, in milliseconds
    /// (default 60000). `Retry-After` is honoured up to it. The tests set it to a few ms.
    pub const FERRY_RETRY_MAX_WAIT_MS: &str = "FERRY_RETRY_MAX_WAIT_MS";
}

/// Which API a model is reached through. The names are a contract (`--provider`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Provider {
    /// OpenAI's Chat Completions API.
    OpenAi,
    /// Anthropic's Messages API.
    Anthropic,
    /// Google's Gemini API (`generateContent`).
    Gemini,
    /// An Ollama server (`/api/chat`).
    Ollama,
    /// Any server speaking OpenAI's Chat Completions (LM Studio, llama.cpp, vLLM, OpenRouter).
    OpenAiCompatible,
}

impl Provider {
    /// Every provider, in the order `--help` lists them.
    pub const ALL: [Provider; 5] = [
        Provider::OpenAi,
        Provider::Anthropic,
        Provider::Gemini,
        Provider::Ollama,
        Provider::OpenAiCompatible,
    ];

    /// The name on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Provider::OpenAi => "openai",
            Provider::Anthropic => "anthropic",
            Provider::Gemini => "gemini",
            Provider::Ollama => "ollama",
            Provider::OpenAiCompatible => "openai-compatible",
        }
    }

    /// Parses a name from the command line.
    pub fn from_name(name: &str) -> Option<Provider> {
        Provider::ALL.into_iter().find(|p| p.name() == name)
    }

    /// The environment variable holding this provider's key, if it uses one.
    pub fn key_var(self) -> Option<&'static str> {
        match self {
            Provider::OpenAi => Some(env::OPENAI_API_KEY),
            Provider::Anthropic => Some(env::ANTHROPIC_API_KEY),
            Provider::Gemini => Some(env::GEMINI_API_KEY),
            Provider::OpenAiCompatible => Some(env::OPENAI_COMPATIBLE_API_KEY),
            Provider::Ollama => None,
        }
    }

    /// Whether a request without a key is refused before it is sent.
    pub fn needs_key(self) -> bool {
        matches!(
            self,
            Provider::OpenAi | Provider::Anthropic | Provider::Gemini
        )
    }

    /// The base URL used when `--base-url` is not given (`None`: it must be given).
    /// `ollama_host` is the value of `OLLAMA_HOST`, if set.
    pub fn default_base_url(self, ollama_host: Option<&str>) -> Option<String> {
        match self {
            Provider::OpenAi => Some("https://api.openai.com/v1".to_owned()),
            Provider::Anthropic => Some("https://api.anthropic.com/v1".to_owned()),
            Provider::Gemini => Some("https://generativelanguage.googleapis.com/v1beta".to_owned()),
            Provider::Ollama => Some(match ollama_host.map(str::trim).filter(|h| !h.is_empty()) {
                Some(h) if h.contains("://") => h.to_owned(),
                Some(h) => format!("http://{h}"),
                None => "http://localhost:11434".to_owned(),
            }),
            Provider::OpenAiCompatible => None,
        }
    }
}

impl fmt::Display for Provider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An API key. Its `Debug` and `Display` never show it: it goes only into the one header
/// that needs it.
#[derive(Clone)]
pub struct ApiKey(String);

impl ApiKey {
    /// Wraps a key (surrounding whitespace, as a pasted key often has, is dropped).
    pub fn new(key: &str) -> ApiKey {
        ApiKey(key.trim().to_owned())
    }

    /// The key itself, for the request header.
    pub(crate) fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiKey(redacted)")
    }
}

impl fmt::Display for ApiKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// Where a model lives and how to reach it.
#[derive(Debug, Clone)]
pub struct Endpoint {
    pub provider: Provider,
    /// The API's base URL, e.g. `https://api.openai.com/v1` or `http://localhost:11434`.
    pub base_url: reqwest::Url,
    pub model: String,
    pub key: Option<ApiKey>,
}

impl Endpoint {
    /// Checks the base URL (http or https, with a host) and the key.
    pub fn new(
        provider: Provider,
        base_url: &str,
        model: &str,
        key: Option<ApiKey>,
    ) -> Result<Endpoint, LlmError> {
        let bad = || LlmError::BadUrl {
            url: base_url.to_owned(),
        };
        let url = reqwest::Url::parse(base_url.trim()).map_err(|_| bad())?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(bad());
        }
        let model = model.trim();
        if model.is_empty() {
            return Err(LlmError::NoModel);
        }
        let key = key.filter(|k| !k.expose().is_empty());
        if key.is_none()
            && provider.needs_key()
            && let Some(var) = provider.key_var()
        {
            return Err(LlmError::MissingKey { provider, var });
        }
        Ok(Endpoint {
            provider,
            base_url: url,
            model: model.to_owned(),
            key,
        })
    }

    /// `base_url` with `path` appended (`path` starts with `/`).
    pub(crate) fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base_url.as_str().trim_end_matches('/'))
    }

    /// The host and port, for people (`api.openai.com`, `localhost:11434`).
    pub fn host(&self) -> String {
        let host = self.base_url.host_str().unwrap_or("?");
        match self.base_url.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.to_owned(),
        }
    }

    /// Whether the server is on this machine: `localhost`, 127.0.0.0/8 or ::1. Text sent
    /// anywhere else leaves the machine, and ferry asks first.
    pub fn is_local(&self) -> bool {
        is_local_url(&self.base_url)
    }

    /// `provider:model`, for reports.
    pub fn label(&self) -> String {
        format!("{}:{}", self.provider, self.model)
    }
}

/// Whether `url` names this machine.
pub fn is_local_url(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// Who said a turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    User,
    Assistant,
}

/// One turn of a conversation.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Turn {
    pub role: Role,
    pub content: String,
}

impl Turn {
    pub fn user(text: &str) -> Turn {
        Turn {
            role: Role::User,
            content: text.to_owned(),
        }
    }

    pub fn assistant(text: &str) -> Turn {
        Turn {
            role: Role::Assistant,
            content: text.to_owned(),
        }
    }
}

/// What goes to the model besides the conversation: the persona as the API expects it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Persona {
    /// The system prompt (rendered from the spec).
    pub system: String,
    /// Example exchanges sent before the conversation (the Ollama Modelfile's `MESSAGE`s).
    pub primer: Vec<Turn>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_never_show_in_debug_or_display() {
        let key = ApiKey::new(" sk-secret-123 ");
        assert_eq!(key.expose(), "sk-secret-123");
        assert!(!format!("{key:?}").contains("secret"));
        assert!(!format!("{key}").contains("secret"));
        let endpoint = Endpoint::new(
            Provider::OpenAi,
            "https://api.openai.com/v1",
            "m",
            Some(key),
        )
        .unwrap();
        let shown = format!("{endpoint:?} {endpoint:#?}");
        assert!(!shown.contains("sk-secret"), "{shown}");
        assert!(shown.contains("redacted"), "{shown}");
    }

    #[test]
    fn local_hosts() {
        for (url, local) in [
            ("http://localhost:11434", true),
            ("http://LOCALHOST", true),
            ("http://127.0.0.1:8080/v1", true),
            ("http://127.9.9.9", true),
            ("http://[::1]:1234", true),
            ("https://api.openai.com/v1", false),
            ("http://192.168.1.5:11434", false),
            ("http://localhost.example.com", false),
            ("http://[::2]", false),
        ] {
            assert_eq!(
                is_local_url(&reqwest::Url::parse(url).unwrap()),
                local,
                "{url}"
            );
        }
    }

    #[test]
    fn ollama_base_url_follows_ollama_host() {
        let p = Provider::Ollama;
        assert_eq!(p.default_base_url(None).unwrap(), "http://localhost:11434");
        assert_eq!(
            p.default_base_url(Some("")).unwrap(),
            "http://localhost:11434"
        );
        assert_eq!(
            p.default_base_url(Some("10.0.0.2:11434")).unwrap(),
            "http://10.0.0.2:11434"
        );
        assert_eq!(
            p.default_base_url(Some("https://ollama.example")).unwrap(),
            "https://ollama.example"
        );
        assert!(Provider::OpenAiCompatible.default_base_url(None).is_none());
    }

    #[test]
    fn endpoints_check_their_parts() {
        assert!(matches!(
            Endpoint::new(
                Provider::Anthropic,
                "https://api.anthropic.com/v1",
                "m",
                None
            ),
            Err(LlmError::MissingKey {
                var: "ANTHROPIC_API_KEY",
                ..
            })
        ));
        assert!(matches!(
            Endpoint::new(Provider::Ollama, "ftp://x", "m", None),
            Err(LlmError::BadUrl { .. })
        ));
        assert!(matches!(
            Endpoint::new(Provider::Ollama, "http://localhost:11434", " ", None),
            Err(LlmError::NoModel)
        ));
        let e = Endpoint::new(Provider::Ollama, "http://localhost:11434/", "llama3", None).unwrap();
        assert_eq!(e.url("/api/chat"), "http://localhost:11434/api/chat");
        assert_eq!(e.host(), "localhost:11434");
        for p in Provider::ALL {
            assert_eq!(Provider::from_name(p.name()), Some(p));
        }
    }
}
