//! The HTTP client every provider shares: timeouts, a User-Agent, retries, the stream
//! readers, and errors in plain words.
//!
//! It is reqwest's *blocking* client, on purpose: a chat reads a line from the terminal,
//! sends it, and prints the reply as it streams in, one thing after another. Blocking reads
//! make that a plain loop over lines with no async runtime in ferry's own code, and keep every
//! other part of ferry synchronous (reqwest runs its small runtime on a thread of its own).
//! One thread per request sends it and reads the answer's lines into a channel; the caller
//! takes them and looks at the Ctrl-C flag every 50 ms, so Ctrl-C ends a reply at once even
//! while the server is silent.
//!
//! TLS is rustls with the `ring` provider, which builds with a C compiler alone (aws-lc-rs,
//! reqwest's default, wants cmake and more on some systems); the certificates are the
//! system's (rustls-platform-verifier).

use std::io::{BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

use super::{Endpoint, Persona, Provider, Turn, env};

/// The User-Agent every request carries: `ferry/0.1.0`.
pub const USER_AGENT: &str = concat!(env!("CARGO_PKG_NAME"), "/", env!("CARGO_PKG_VERSION"));

/// Timeouts and retries.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    /// Longest wait for a connection.
    pub connect_timeout: Duration,
    /// Longest wait for the answer to start, and between two pieces of a streamed answer.
    pub read_timeout: Duration,
    /// Tries after the first one, on 429 and 5xx answers.
    pub retries: u32,
    /// The first wait between tries; it doubles each time.
    pub backoff: Duration,
    /// The longest wait between two tries, whatever `Retry-After` says.
    pub max_wait: Duration,
}

impl Default for ClientOptions {
    fn default() -> ClientOptions {
        ClientOptions {
            connect_timeout: Duration::from_secs(10),
            read_timeout: Duration::from_secs(120),
            retries: 3,
            backoff: Duration::from_secs(1),
            max_wait: Duration::from_secs(60),
        }
    }
}

impl ClientOptions {
    /// The defaults, with [`env::FERRY_HTTP_TIMEOUT`] and [`env::FERRY_RETRY_MAX_WAIT_MS`]
    /// applied when set to a number.
    pub fn from_env() -> ClientOptions {
        let mut o = ClientOptions::default();
        let num = |var: &str| {
            std::env::var(var)
                .ok()
                .and_then(|v| v.trim().parse::<u64>().ok())
        };
        if let Some(s) = num(env::FERRY_HTTP_TIMEOUT).filter(|s| *s > 0) {
            o.read_timeout = Duration::from_secs(s);
            o.connect_timeout = o.connect_timeout.min(o.read_timeout);
        }
        if let Some(ms) = num(env::FERRY_RETRY_MAX_WAIT_MS) {
            o.max_wait = Duration::from_millis(ms);
            o.backoff = o.backoff.min(o.max_wait);
        }
        o
    }
}

/// Why a request did not give an answer. Messages are for people: plain, and each names
/// what to do.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    #[error("{provider} needs an API key, and {var} is not set")]
    MissingKey {
        provider: Provider,
        var: &'static str,
    },
    #[error(
        "'{url}' is not a server address ferry can use (it should look like http://localhost:11434 or https://…)"
    )]
    BadUrl { url: String },
    #[error("no model was named")]
    NoModel,
    #[error("{provider} did not accept the API key{} (HTTP 401)", var.map(|v| format!(" in {v}")).unwrap_or_default())]
    Unauthorized {
        provider: Provider,
        var: Option<&'static str>,
    },
    #[error("{provider} refused the request (HTTP 403){}", detail(.message))]
    Forbidden { provider: Provider, message: String },
    #[error("{host} has no model called '{model}' (HTTP 404){}", detail(.message))]
    UnknownModel {
        host: String,
        model: String,
        message: String,
    },
    #[error("{host} is busy and asked ferry to slow down (HTTP 429), still after {tries} tries{}", detail(.message))]
    RateLimited {
        host: String,
        tries: u32,
        message: String,
    },
    #[error("{host} had a problem of its own (HTTP {status}), still after {tries} tries{}", detail(.message))]
    Server {
        host: String,
        status: u16,
        tries: u32,
        message: String,
    },
    #[error("{host} did not accept the request (HTTP {status}){}", detail(.message))]
    Rejected {
        host: String,
        status: u16,
        message: String,
    },
    #[error("nothing is answering at {url} (connection refused)")]
    ConnectionRefused { url: String },
    #[error("ferry could not reach {host}: {message}")]
    Unreachable { host: String, message: String },
    #[error("a proxy between this computer and {host} stopped the request: {message}")]
    Proxy { host: String, message: String },
    #[error("{host} did not answer within {seconds} seconds")]
    Timeout { host: String, seconds: u64 },
    #[error("the answer from {host} stopped in the middle ({received} characters had arrived)")]
    Cut { host: String, received: usize },
    #[error("{host} sent an error instead of an answer: {message}")]
    InStream { host: String, message: String },
    #[error("{host} sent something ferry cannot read as a {provider} answer: {message}")]
    Protocol {
        host: String,
        provider: Provider,
        message: String,
    },
    #[error("cannot set up the HTTP client: {0}")]
    Setup(String),
}

fn detail(message: &str) -> String {
    if message.is_empty() {
        String::new()
    } else {
        format!(": {message}")
    }
}

impl LlmError {
    /// Whether this is a failure to talk with the server (exit code 4), rather than a
    /// missing key or a wrong address on the command line.
    pub fn is_network(&self) -> bool {
        !matches!(
            self,
            LlmError::MissingKey { .. } | LlmError::BadUrl { .. } | LlmError::NoModel
        )
    }

    /// What to do about it.
    pub fn hint(&self) -> Option<&'static str> {
        Some(match self {
            LlmError::MissingKey { .. } => {
                "set it in your environment for this command, e.g. `export OPENAI_API_KEY=…`; ferry never stores it"
            }
            LlmError::BadUrl { .. } => "give --base-url as a full address with http:// or https://",
            LlmError::NoModel => "name one with --model",
            LlmError::Unauthorized { .. } => {
                "check that the key in the environment variable is current and belongs to this provider"
            }
            LlmError::Forbidden { .. } => {
                "the key may not have access to this model or API; check your account's settings"
            }
            LlmError::UnknownModel { .. } => {
                "check the model's exact name (for Ollama: `ollama list`, or `ollama pull NAME` first); with openai-compatible, check that --base-url ends where the API starts (often /v1)"
            }
            LlmError::RateLimited { .. } | LlmError::Server { .. } => {
                "nothing is wrong on your side; try again in a few minutes"
            }
            LlmError::ConnectionRefused { .. } => {
                "is the server running? For Ollama, start it with `ollama serve`, or point --base-url (or OLLAMA_HOST) at it"
            }
            LlmError::Unreachable { .. } => "check the address and your internet connection",
            LlmError::Proxy { .. } => {
                "check HTTPS_PROXY / HTTP_PROXY / NO_PROXY in your environment (a local server usually belongs in NO_PROXY)"
            }
            LlmError::Timeout { .. } => {
                "the server may be busy or loading the model; try again, or allow longer with FERRY_HTTP_TIMEOUT=300"
            }
            LlmError::Cut { .. } => "the connection dropped; try again (in a chat: /retry)",
            _ => return None,
        })
    }
}

/// A finished answer.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reply {
    /// Everything that arrived.
    pub text: String,
    /// Ctrl-C stopped it before the end.
    pub interrupted: bool,
}

/// A request in one provider's wire format, ready to send.
pub(crate) struct Request {
    pub(crate) url: String,
    /// Headers besides `content-type: application/json` (auth headers included).
    pub(crate) headers: Vec<(&'static str, String)>,
    pub(crate) body: serde_json::Value,
    pub(crate) framing: Framing,
}

/// How a streamed answer is cut into events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Framing {
    /// Server-sent events: `data:` lines, an event ends at a blank line.
    Sse,
    /// One JSON object a line (Ollama).
    Ndjson,
}

/// What one event of a stream says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// More of the answer.
    Text(String),
    /// A progress line (Ollama's `/api/create`).
    Status(String),
    /// The last of the answer: its last words, and it is complete.
    Last(String),
    /// The answer is complete.
    Done,
    /// Nothing for people (a ping, the start of a message).
    Nothing,
}

/// A parser error inside a stream: the server's own error, or an unreadable event.
pub(crate) enum EventError {
    Server(String),
    Unreadable(String),
}

/// What the reading thread hands over.
enum Line {
    Data(Vec<u8>),
    End,
    ReadError(std::io::Error),
    Failed(LlmError),
}

/// One HTTP client, shared by every request of a run.
#[derive(Clone)]
pub struct Client {
    http: reqwest::blocking::Client,
    options: ClientOptions,
    cancel: Arc<AtomicBool>,
}

impl Client {
    /// A client; `cancel` set to true (by a Ctrl-C handler) ends a stream between two pieces.
    pub fn new(options: ClientOptions, cancel: Arc<AtomicBool>) -> Result<Client, LlmError> {
        // reqwest builds its rustls config from the process-wide provider; installing it
        // twice is harmless (the second call is refused and the first one stays).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::blocking::Client::builder()
            .user_agent(USER_AGENT)
            .connect_timeout(options.connect_timeout)
            // The blocking client applies this to the wait for the answer's head and to every
            // read of its body, so a long stream is fine as long as it keeps moving.
            .timeout(options.read_timeout)
            .build()
            .map_err(|e| LlmError::Setup(e.to_string()))?;
        Ok(Client {
            http,
            options,
            cancel,
        })
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// Sends the conversation and streams the answer: `on_text` gets each piece as it
    /// arrives. The persona goes where the provider expects it (see each wire module).
    pub fn chat(
        &self,
        endpoint: &Endpoint,
        persona: &Persona,
        history: &[Turn],
        on_text: &mut dyn FnMut(&str),
    ) -> Result<Reply, LlmError> {
        let request = match endpoint.provider {
            Provider::OpenAi | Provider::OpenAiCompatible => {
                super::openai::request(endpoint, persona, history)
            }
            Provider::Anthropic => super::anthropic::request(endpoint, persona, history),
            Provider::Gemini => super::gemini::request(endpoint, persona, history),
            Provider::Ollama => super::ollama::chat_request(endpoint, persona, history),
        };
        let parse: fn(&str) -> Result<Piece, EventError> = match endpoint.provider {
            Provider::OpenAi | Provider::OpenAiCompatible => super::openai::parse_event,
            Provider::Anthropic => super::anthropic::parse_event,
            Provider::Gemini => super::gemini::parse_event,
            Provider::Ollama => super::ollama::parse_chat_event,
        };
        self.stream(endpoint, request, parse, &mut |piece| {
            if let Piece::Text(t) = piece {
                on_text(t);
            }
        })
    }

    /// Sends `request` (with retries) and reads its streamed answer to the end.
    pub(crate) fn stream(
        &self,
        endpoint: &Endpoint,
        request: Request,
        parse: fn(&str) -> Result<Piece, EventError>,
        on_piece: &mut dyn FnMut(&Piece),
    ) -> Result<Reply, LlmError> {
        let framing = request.framing;
        let lines = self.lines(endpoint, request);
        let mut reply = Reply::default();
        let mut data = String::new();
        // What is not SSE: a server that ignored `"stream": true` sends one JSON answer.
        let mut plain = String::new();
        let mut events = 0usize;
        let host = endpoint.host();
        let mut handle = |payload: &str, reply: &mut Reply| -> Result<bool, LlmError> {
            let piece = parse(payload).map_err(|e| match e {
                EventError::Server(message) => LlmError::InStream {
                    host: host.clone(),
                    message,
                },
                EventError::Unreadable(message) => LlmError::Protocol {
                    host: host.clone(),
                    provider: endpoint.provider,
                    message,
                },
            })?;
            let (piece, done) = match piece {
                Piece::Last(t) => (Piece::Text(t), true),
                Piece::Done => (Piece::Done, true),
                p => (p, false),
            };
            if let Piece::Text(t) = &piece {
                reply.text.push_str(t);
            }
            on_piece(&piece);
            Ok(done)
        };
        loop {
            // Wait for the next line, looking at the Ctrl-C flag every 50 ms: a reply ends
            // at once, even while the server is silent.
            let line = loop {
                if self.cancelled() {
                    reply.interrupted = true;
                    return Ok(reply);
                }
                match lines.recv_timeout(Duration::from_millis(50)) {
                    Ok(item) => break item,
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => break Line::End,
                }
            };
            let (line, n) = match line {
                Line::Data(l) => {
                    let n = l.len();
                    (l, n)
                }
                Line::End => (Vec::new(), 0),
                Line::Failed(e) => return Err(e),
                Line::ReadError(_) if self.cancelled() => {
                    reply.interrupted = true;
                    return Ok(reply);
                }
                Line::ReadError(e) => {
                    return Err(self.read_error(endpoint, &e, reply.text.chars().count()));
                }
            };
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\n', '\r']);
            let done = match framing {
                Framing::Ndjson => !text.trim().is_empty() && handle(text.trim(), &mut reply)?,
                Framing::Sse => {
                    if let Some(d) = text.strip_prefix("data:") {
                        if !data.is_empty() {
                            data.push('\n');
                        }
                        data.push_str(d.strip_prefix(' ').unwrap_or(d));
                        false
                    } else if text.is_empty() && !data.is_empty() {
                        let payload = std::mem::take(&mut data);
                        events += 1;
                        handle(&payload, &mut reply)?
                    } else {
                        // `event:`, `id:`, `retry:`, comments: the data says it all.
                        if events == 0 && plain.len() < 1 << 20 && !text.starts_with(':') {
                            plain.push_str(text);
                            plain.push('\n');
                        }
                        false
                    }
                }
            };
            if done {
                return Ok(reply);
            }
            if n == 0 {
                // The end of the body. An event without its blank line still counts.
                if !data.is_empty() {
                    let payload = std::mem::take(&mut data);
                    if handle(&payload, &mut reply)? {
                        return Ok(reply);
                    }
                }
                if events == 0 && !plain.trim().is_empty() {
                    let text = whole_answer(&plain).map_err(|message| LlmError::Protocol {
                        host: endpoint.host(),
                        provider: endpoint.provider,
                        message,
                    })?;
                    reply.text.push_str(&text);
                    on_piece(&Piece::Text(text));
                    return Ok(reply);
                }
                return Err(LlmError::Cut {
                    host: endpoint.host(),
                    received: reply.text.chars().count(),
                });
            }
        }
    }

    /// Sends the request and reads its answer line by line on a thread of its own, so the
    /// caller can stop waiting at any moment (Ctrl-C) while a read is blocked.
    fn lines(&self, endpoint: &Endpoint, request: Request) -> mpsc::Receiver<Line> {
        let (tx, rx) = mpsc::sync_channel(256);
        let client = self.clone();
        let endpoint = endpoint.clone();
        std::thread::spawn(move || {
            let response = match client.send(&endpoint, &request) {
                Ok(r) => r,
                Err(e) => {
                    let _ = tx.send(Line::Failed(e));
                    return;
                }
            };
            let mut reader = BufReader::new(response);
            loop {
                let mut line = Vec::new();
                let item = match reader.read_until(b'\n', &mut line) {
                    Ok(0) => Line::End,
                    Ok(_) => Line::Data(line),
                    Err(e) => Line::ReadError(e),
                };
                let last = !matches!(item, Line::Data(_));
                // The receiver is gone when the caller stopped (Ctrl-C): stop reading too.
                if tx.send(item).is_err() || last {
                    return;
                }
            }
        });
        rx
    }

    /// Sends the request, trying again after 429 and 5xx answers.
    fn send(
        &self,
        endpoint: &Endpoint,
        request: &Request,
    ) -> Result<reqwest::blocking::Response, LlmError> {
        let body = serde_json::to_vec(&request.body).map_err(|e| LlmError::Setup(e.to_string()))?;
        let mut tries = 0;
        loop {
            tries += 1;
            let mut builder = self
                .http
                .post(&request.url)
                .header(reqwest::header::CONTENT_TYPE, "application/json")
                .body(body.clone());
            for (name, value) in &request.headers {
                builder = builder.header(*name, value);
            }
            let response = builder
                .send()
                .map_err(|e| self.transport_error(endpoint, &e))?;
            let status = response.status();
            if status.is_success() {
                return Ok(response);
            }
            let retry = status.as_u16() == 429 || status.is_server_error();
            if retry && tries <= self.options.retries && !self.cancelled() {
                let wait = retry_after(response.headers())
                    .unwrap_or_else(|| self.options.backoff * 2u32.saturating_pow(tries - 1))
                    .min(self.options.max_wait);
                drop(response);
                self.sleep(wait);
                continue;
            }
            return Err(status_error(endpoint, response, tries));
        }
    }

    /// Sleeps, waking early on Ctrl-C.
    fn sleep(&self, wait: Duration) {
        let step = Duration::from_millis(50);
        let mut left = wait;
        while !left.is_zero() && !self.cancelled() {
            let now = left.min(step);
            std::thread::sleep(now);
            left -= now;
        }
    }

    fn transport_error(&self, endpoint: &Endpoint, e: &reqwest::Error) -> LlmError {
        let host = endpoint.host();
        let chain = error_chain(e);
        if e.is_timeout() {
            return LlmError::Timeout {
                host,
                seconds: self.options.read_timeout.as_secs().max(1),
            };
        }
        let lower = chain.to_lowercase();
        if lower.contains("proxy") || lower.contains("tunnel") {
            return LlmError::Proxy {
                host,
                message: short(&chain),
            };
        }
        if let Some(proxy) = proxy_for(&endpoint.base_url)
            && (e.is_connect() || refused(e))
        {
            return LlmError::Proxy {
                host,
                message: format!("the proxy {proxy} could not be reached ({})", short(&chain)),
            };
        }
        if refused(e) {
            return LlmError::ConnectionRefused {
                url: endpoint.base_url.to_string(),
            };
        }
        let message = if lower.contains("dns") || lower.contains("lookup") {
            "this computer cannot find that host name".to_owned()
        } else if lower.contains("certificate") || lower.contains("tls") {
            format!(
                "the secure connection could not be set up ({})",
                short(&chain)
            )
        } else {
            short(&chain)
        };
        LlmError::Unreachable { host, message }
    }

    fn read_error(&self, endpoint: &Endpoint, e: &std::io::Error, received: usize) -> LlmError {
        let timed_out = e.kind() == std::io::ErrorKind::TimedOut || {
            let mut src: Option<&dyn std::error::Error> = e.get_ref().map(|r| r as _);
            let mut t = false;
            while let Some(s) = src {
                if s.downcast_ref::<reqwest::Error>()
                    .is_some_and(reqwest::Error::is_timeout)
                {
                    t = true;
                }
                src = s.source();
            }
            t
        };
        if timed_out {
            LlmError::Timeout {
                host: endpoint.host(),
                seconds: self.options.read_timeout.as_secs().max(1),
            }
        } else {
            LlmError::Cut {
                host: endpoint.host(),
                received,
            }
        }
    }
}

/// The proxy the environment sets for `url`'s scheme, if any (as reqwest reads it: the
/// upper- and lowercase variables; `NO_PROXY` is left to reqwest, so this may name a proxy
/// that a `NO_PROXY` entry skips — it only words an error).
fn proxy_for(url: &reqwest::Url) -> Option<String> {
    let names: &[&str] = if url.scheme() == "https" {
        &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"]
    } else {
        &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"]
    };
    let no_proxy = ["NO_PROXY", "no_proxy"]
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .collect::<Vec<_>>()
        .join(",");
    let host = url.host_str().unwrap_or_default();
    if no_proxy.split(',').map(str::trim).any(|n| {
        n == "*"
            || (!n.is_empty()
                && (host == n || host.ends_with(&format!(".{}", n.trim_start_matches('.')))))
    }) {
        return None;
    }
    names
        .iter()
        .filter_map(|v| std::env::var(v).ok())
        .find(|v| !v.trim().is_empty())
        .map(|v| {
            // Never show a password written into the proxy's address.
            reqwest::Url::parse(&v).map_or(v.clone(), |mut u| {
                let _ = u.set_password(None);
                let _ = u.set_username("");
                u.to_string()
            })
        })
}

/// The text of an answer that came whole instead of streamed: OpenAI's
/// `choices[0].message.content`, Anthropic's `content[*].text`, Gemini's
/// `candidates[0].content.parts[*].text`; a server's error message is an error.
fn whole_answer(body: &str) -> Result<String, String> {
    let v: serde_json::Value = serde_json::from_str(body.trim())
        .map_err(|_| format!("the answer is neither a stream nor JSON: “{}”", short(body)))?;
    let v = v.get(0).filter(|_| v.is_array()).unwrap_or(&v);
    if v.get("error").is_some() {
        return Err(error_message(&v.to_string()));
    }
    let texts = |parts: Option<&serde_json::Value>| -> Option<String> {
        let parts = parts?.as_array()?;
        Some(
            parts
                .iter()
                .filter_map(|p| p.get("text").and_then(serde_json::Value::as_str))
                .collect(),
        )
    };
    v.pointer("/choices/0/message/content")
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned)
        .or_else(|| texts(v.get("content")))
        .or_else(|| texts(v.pointer("/candidates/0/content/parts")))
        .ok_or_else(|| "the answer holds no text ferry knows where to find".to_owned())
}

/// Every message of an error's chain, joined.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut src = e.source();
    while let Some(s) = src {
        let s_text = s.to_string();
        if !out.contains(&s_text) {
            out.push_str(": ");
            out.push_str(&s_text);
        }
        src = s.source();
    }
    out
}

fn refused(e: &reqwest::Error) -> bool {
    let mut src: Option<&dyn std::error::Error> = Some(e);
    while let Some(s) = src {
        if s.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::ConnectionRefused)
        {
            return true;
        }
        src = s.source();
    }
    error_chain(e).to_lowercase().contains("connection refused")
}

/// At most 300 characters, on one line, without control characters.
pub(crate) fn short(s: &str) -> String {
    let one: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let one = one.split_whitespace().collect::<Vec<_>>().join(" ");
    if one.chars().count() > 300 {
        format!("{}…", one.chars().take(300).collect::<String>())
    } else {
        one
    }
}

/// `Retry-After` in seconds or as an HTTP date, or OpenAI's `retry-after-ms`.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let get = |name: &str| {
        headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::trim)
    };
    if let Some(ms) = get("retry-after-ms").and_then(|v| v.parse::<f64>().ok())
        && ms.is_finite()
        && ms >= 0.0
    {
        return Some(Duration::from_millis(ms as u64));
    }
    let value = get("retry-after")?;
    if let Ok(secs) = value.parse::<f64>() {
        return (secs.is_finite() && secs >= 0.0)
            .then(|| Duration::from_secs_f64(secs.min(86_400.0)));
    }
    let when = jiff::fmt::rfc2822::parse(value).ok()?;
    let now = jiff::Timestamp::now();
    let secs = when.timestamp().as_second() - now.as_second();
    Some(Duration::from_secs(u64::try_from(secs).unwrap_or(0)))
}

/// The message inside an error body: `error.message` (OpenAI, Anthropic, Gemini), `error`
/// (Ollama), `message`, or the text itself.
pub(crate) fn error_message(body: &str) -> String {
    let from_json = serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| {
            let e = v
                .get("error")
                .or_else(|| v.get(0).and_then(|x| x.get("error")))?;
            e.as_str()
                .map(str::to_owned)
                .or_else(|| e.get("message").and_then(|m| m.as_str()).map(str::to_owned))
                .or_else(|| v.get("message").and_then(|m| m.as_str()).map(str::to_owned))
        });
    short(&from_json.unwrap_or_else(|| body.to_owned()))
}

fn status_error(
    endpoint: &Endpoint,
    response: reqwest::blocking::Response,
    tries: u32,
) -> LlmError {
    let status = response.status().as_u16();
    let mut body = String::new();
    let _ = response.take(16 * 1024).read_to_string(&mut body);
    let message = error_message(&body);
    let host = endpoint.host();
    match status {
        401 => LlmError::Unauthorized {
            provider: endpoint.provider,
            var: endpoint.provider.key_var(),
        },
        403 => LlmError::Forbidden {
            provider: endpoint.provider,
            message,
        },
        404 => LlmError::UnknownModel {
            host,
            model: endpoint.model.clone(),
            message,
        },
        407 => LlmError::Proxy {
            host,
            message: "the proxy wants a login (HTTP 407)".to_owned(),
        },
        429 => LlmError::RateLimited {
            host,
            tries,
            message,
        },
        s if s >= 500 => LlmError::Server {
            host,
            status,
            tries,
            message,
        },
        _ => LlmError::Rejected {
            host,
            status,
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::{HeaderMap, HeaderValue};

    #[test]
    fn retry_after_forms() {
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert("retry-after", HeaderValue::from_static("2"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        h.insert(
            "retry-after",
            HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT"),
        );
        assert_eq!(
            retry_after(&h),
            Some(Duration::ZERO),
            "a date in the past: no wait"
        );
        h.insert("retry-after-ms", HeaderValue::from_static("150"));
        assert_eq!(retry_after(&h), Some(Duration::from_millis(150)));
        let mut bad = HeaderMap::new();
        bad.insert("retry-after", HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&bad), None);
    }

    #[test]
    fn error_messages_from_each_provider() {
        assert_eq!(
            error_message(
                r#"{"error":{"message":"Incorrect API key provided","type":"invalid_request_error"}}"#
            ),
            "Incorrect API key provided"
        );
        assert_eq!(
            error_message(
                r#"{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}"#
            ),
            "Overloaded"
        );
        assert_eq!(
            error_message(r#"{"error":"model \"nope\" not found, try pulling it first"}"#),
            "model \"nope\" not found, try pulling it first"
        );
        assert_eq!(error_message("Bad\ngateway"), "Bad gateway");
        assert!(error_message(&"x".repeat(1000)).chars().count() <= 301);
    }

    #[test]
    fn whole_answers_from_servers_that_do_not_stream() {
        assert_eq!(
            whole_answer(r#"{"choices":[{"message":{"role":"assistant","content":"Hi."}}]}"#)
                .unwrap(),
            "Hi."
        );
        assert_eq!(
            whole_answer(r#"{"content":[{"type":"text","text":"Hi"},{"type":"text","text":"."}]}"#)
                .unwrap(),
            "Hi."
        );
        assert_eq!(
            whole_answer(r#"[{"candidates":[{"content":{"parts":[{"text":"Hi."}]}}]}]"#).unwrap(),
            "Hi."
        );
        assert!(whole_answer("<html>").is_err());
        assert_eq!(
            whole_answer(r#"{"error":{"message":"nope"}}"#).unwrap_err(),
            "nope"
        );
    }

    #[test]
    fn options_default_to_patient_waits() {
        let o = ClientOptions::default();
        assert_eq!(o.read_timeout, Duration::from_secs(120));
        assert_eq!(o.retries, 3);
        assert!(USER_AGENT.starts_with("ferry/"));
    }
}
