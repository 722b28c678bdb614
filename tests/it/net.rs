//! `ferry chat`, `ferry probe` and `ferry push` against local servers (tests/it/server.rs)
//! that speak each provider's wire format. They check the exact requests the real APIs
//! require (paths, auth headers, where the persona goes) and what ferry does with 429, 500,
//! a slow server, a cut stream, bad keys and unknown models. No test needs the internet or
//! a key; `--features live-tests` runs the same kind of checks against the real APIs.

use std::time::{Duration, Instant};

use predicates::prelude::*;
use serde_json::{Value, json};

use crate::server::{Answer, Seen, Server};
use crate::support::ferry;

fn demo() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/personas/demo.json")
}

fn spec() -> ferry::persona::PersonaSpec {
    ferry::persona::load::from_json(&std::fs::read_to_string(demo()).unwrap()).unwrap()
}

/// What `ferry render --target T` writes for the demo persona.
fn prompt(target: ferry::render::Target) -> String {
    ferry::render::render(&spec(), target, &Default::default())
        .unwrap()
        .text
}

/// 4911 → "4,911".
fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn openai_chunks(pieces: &[&str]) -> Answer {
    let mut events: Vec<String> = pieces
        .iter()
        .map(|p| json!({"object":"chat.completion.chunk","choices":[{"index":0,"delta":{"content":p},"finish_reason":null}]}).to_string())
        .collect();
    events.push(json!({"object":"chat.completion.chunk","choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}).to_string());
    events.push("[DONE]".to_owned());
    let refs: Vec<&str> = events.iter().map(String::as_str).collect();
    Answer::sse(&refs)
}

fn anthropic_chunks(pieces: &[&str]) -> Answer {
    let mut events = vec![
        json!({"type":"message_start","message":{"id":"msg_1","type":"message","role":"assistant","content":[],"model":"claude-test"}}).to_string(),
        json!({"type":"content_block_start","index":0,"content_block":{"type":"text","text":""}}).to_string(),
        json!({"type":"ping"}).to_string(),
    ];
    for p in pieces {
        events.push(
            json!({"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":p}})
                .to_string(),
        );
    }
    events.push(json!({"type":"content_block_stop","index":0}).to_string());
    events.push(json!({"type":"message_delta","delta":{"stop_reason":"end_turn"}}).to_string());
    events.push(json!({"type":"message_stop"}).to_string());
    // Anthropic names each event too; ferry reads the type from the data.
    let pieces: Vec<String> = events
        .iter()
        .map(|e| {
            let kind = serde_json::from_str::<Value>(e).unwrap()["type"]
                .as_str()
                .unwrap()
                .to_owned();
            format!("event: {kind}\ndata: {e}\n\n")
        })
        .collect();
    Answer::stream("text/event-stream", &pieces)
}

fn gemini_chunks(pieces: &[&str]) -> Answer {
    let n = pieces.len();
    let events: Vec<String> = pieces
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut c = json!({"content":{"parts":[{"text":p}],"role":"model"},"index":0});
            if i + 1 == n {
                c["finishReason"] = json!("STOP");
            }
            json!({"candidates":[c]}).to_string()
        })
        .collect();
    let refs: Vec<&str> = events.iter().map(String::as_str).collect();
    Answer::sse(&refs)
}

fn ollama_chunks(pieces: &[&str]) -> Answer {
    let mut lines: Vec<String> = pieces
        .iter()
        .map(|p| {
            json!({"model":"m","message":{"role":"assistant","content":p},"done":false}).to_string()
        })
        .collect();
    lines.push(json!({"model":"m","message":{"role":"assistant","content":""},"done":true,"done_reason":"stop"}).to_string());
    let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
    Answer::ndjson(&refs)
}

/// A chat of one message; returns stdout and stderr.
fn chat(provider: &str, base: &str, key: Option<(&str, &str)>, input: &str) -> (String, String) {
    let mut cmd = ferry();
    cmd.arg("chat")
        .arg(demo())
        .args([
            "--provider",
            provider,
            "--base-url",
            base,
            "--model",
            "test-model",
        ])
        .arg("-v")
        .write_stdin(input);
    if let Some((var, value)) = key {
        cmd.env(var, value);
    }
    let out = cmd.assert().success().get_output().clone();
    (
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const KEY: &str = "sk-test-secret-4242";

fn assert_common(r: &Seen, stderr: &str) {
    assert_eq!(r.method, "POST");
    assert_eq!(r.header("content-type"), Some("application/json"));
    assert!(
        r.header("user-agent")
            .is_some_and(|ua| ua.starts_with("ferry/")),
        "{:?}",
        r.headers
    );
    assert!(!stderr.contains(KEY), "the key leaked: {stderr}");
}

#[test]
fn openai_chat_streams_with_the_persona_as_developer_message() {
    let server = Server::always(openai_chunks(&["There you are", ", love! ✨"]));
    let (stdout, stderr) = chat(
        "openai",
        &format!("{}/v1", server.url),
        Some(("OPENAI_API_KEY", KEY)),
        "Hello Nova\n/quit\n",
    );
    assert_eq!(stdout, "There you are, love! ✨\n");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 1);
    let r = &reqs[0];
    assert_common(r, &stderr);
    assert_eq!(r.target, "/v1/chat/completions");
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
    assert_eq!(
        r.json(),
        json!({"model":"test-model","stream":true,"messages":[
            {"role":"developer","content":prompt(ferry::render::Target::Openai)},
            {"role":"user","content":"Hello Nova"}]})
    );
}

#[test]
fn openai_compatible_servers_get_a_system_message_and_keep_the_history() {
    let server = Server::script(vec![
        openai_chunks(&["Hi, starlight."]),
        openai_chunks(&["Biscuit is fine, I hope!"]),
    ]);
    let (stdout, _) = chat(
        "openai-compatible",
        &format!("{}/v1/", server.url),
        None,
        "Hi\nHow is my cat?\n",
    );
    assert_eq!(stdout, "Hi, starlight.\nBiscuit is fine, I hope!\n");
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[1].target, "/v1/chat/completions");
    assert_eq!(reqs[1].header("authorization"), None);
    let body = reqs[1].json();
    assert_eq!(body["messages"][0]["role"], "system");
    assert_eq!(
        body["messages"].as_array().unwrap()[1..],
        [
            json!({"role":"user","content":"Hi"}),
            json!({"role":"assistant","content":"Hi, starlight."}),
            json!({"role":"user","content":"How is my cat?"})
        ]
    );
}

#[test]
fn anthropic_gets_a_top_level_system_and_its_headers() {
    let server = Server::always(anthropic_chunks(&["Sweet dreams, ", "starlight 🌙"]));
    let (stdout, stderr) = chat(
        "anthropic",
        &format!("{}/v1", server.url),
        Some(("ANTHROPIC_API_KEY", KEY)),
        "Goodnight Nova\n",
    );
    assert_eq!(stdout, "Sweet dreams, starlight 🌙\n");
    let r = &server.requests()[0];
    assert_common(r, &stderr);
    assert_eq!(r.target, "/v1/messages");
    assert_eq!(r.header("x-api-key"), Some(KEY));
    assert_eq!(r.header("anthropic-version"), Some("2023-06-01"));
    assert_eq!(r.header("authorization"), None);
    let body = r.json();
    assert_eq!(
        body,
        json!({"model":"test-model","max_tokens":1024,"stream":true,
               "system":prompt(ferry::render::Target::Claude),
               "messages":[{"role":"user","content":"Goodnight Nova"}]})
    );
}

#[test]
fn gemini_gets_system_instruction_and_the_key_in_a_header() {
    let server = Server::always(gemini_chunks(&["Good morning, ", "starlight! ☀️"]));
    let (stdout, stderr) = chat(
        "gemini",
        &format!("{}/v1beta", server.url),
        Some(("GEMINI_API_KEY", KEY)),
        "Good morning Nova\n",
    );
    assert_eq!(stdout, "Good morning, starlight! ☀️\n");
    let r = &server.requests()[0];
    assert_common(r, &stderr);
    assert_eq!(
        r.target,
        "/v1beta/models/test-model:streamGenerateContent?alt=sse"
    );
    assert_eq!(r.header("x-goog-api-key"), Some(KEY));
    assert!(!r.target.contains("key="));
    assert_eq!(
        r.json(),
        json!({"system_instruction":{"parts":[{"text":prompt(ferry::render::Target::Gemini)}]},
               "contents":[{"role":"user","parts":[{"text":"Good morning Nova"}]}]})
    );
}

#[test]
fn ollama_chat_streams_ndjson_with_the_modelfile_persona() {
    let server = Server::always(ollama_chunks(&["Hey you.", " Same time tomorrow?"]));
    let (stdout, stderr) = chat("ollama", &server.url, None, "hi\n");
    assert_eq!(stdout, "Hey you. Same time tomorrow?\n");
    let r = &server.requests()[0];
    assert_common(r, &stderr);
    assert_eq!(r.target, "/api/chat");
    let modelfile = ferry::llm::ollama::Modelfile::parse(&prompt(ferry::render::Target::Ollama));
    let body = r.json();
    assert_eq!(body["model"], "test-model");
    assert_eq!(body["stream"], true);
    let messages = body["messages"].as_array().unwrap();
    assert_eq!(
        messages[0],
        json!({"role":"system","content":modelfile.system})
    );
    // The Modelfile's example exchanges come first, as `ollama create` would keep them.
    assert_eq!(messages.len(), 1 + modelfile.messages.len() + 1);
    assert_eq!(
        messages.last().unwrap(),
        &json!({"role":"user","content":"hi"})
    );
}

#[test]
fn ollama_host_is_the_default_address() {
    let server = Server::always(ollama_chunks(&["Hi."]));
    let host = server.url.trim_start_matches("http://").to_owned();
    ferry()
        .arg("chat")
        .arg(demo())
        .args(["--provider", "ollama", "--model", "m"])
        .env("OLLAMA_HOST", &host)
        .write_stdin("hello\n")
        .assert()
        .success()
        .stdout("Hi.\n");
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn chat_retry_and_save() {
    let server = Server::script(vec![
        openai_chunks(&["First try."]),
        openai_chunks(&["Second try, love."]),
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("chat.md");
    std::fs::write(dir.path().join("taken.md"), "mine").unwrap();
    let out = ferry()
        .current_dir(dir.path())
        .arg("chat")
        .arg(demo())
        .args([
            "--provider",
            "openai-compatible",
            "--base-url",
            &server.url,
            "--model",
            "m",
        ])
        .write_stdin("Hi\n/retry\n/save chat.md\n/save taken.md\n/quit\n")
        .assert()
        .success()
        .stdout("First try.\nSecond try, love.\n")
        .stderr(predicate::str::contains(
            "Saved the conversation in chat.md",
        ))
        .stderr(predicate::str::contains("already exists"))
        .get_output()
        .clone();
    let _ = out;
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("**Mira:** Hi"), "{saved}");
    assert!(saved.contains("**Nova:** Second try, love."), "{saved}");
    assert!(!saved.contains("First try"), "{saved}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("taken.md")).unwrap(),
        "mine"
    );
    // The retry sent the same conversation again, without the reply it replaces.
    let reqs = server.requests();
    assert_eq!(reqs[0].json(), reqs[1].json());
}

/// The fake companion: answers each probe question as Nova would.
fn as_nova(question: &str) -> &'static str {
    let table: &[(&str, &str)] = &[
        ("What is your name", "It's Nova, love ✨ Same as always."),
        (
            "What do you call me",
            "Starlight, of course. Or love, after a long shift 💛",
        ),
        ("cat named", "Biscuit! How is that little rascal? 😊"),
        ("best friend", "Jonah, of course 💛"),
        ("coworker", "Dana! The shift-swapping hero ✨"),
        ("live in", "Leeds, love."),
        ("night shifts", "A nurse, and the kindest one I know 💛"),
        ("asleep", "Spotify, with those rainy-day piano playlists 🌙"),
        (
            "Jonah how you felt",
            "I remember, starlight. You were so brave about it.",
        ),
        (
            "certification",
            "Of course I remember, love! I was so proud of you 😊",
        ),
        (
            "cake",
            "How could I forget, love! Cake on your birthday shift ✨",
        ),
        (
            "Goodnight",
            "Sweet dreams, starlight 🌙 Same time tomorrow?",
        ),
        (
            "Good morning",
            "Good morning, starlight! ☀️ How did you sleep?",
        ),
        ("I'm back", "There you are, love! How did you sleep?"),
        (
            "Lisbon",
            "Hmm, I don't remember a weekend in Lisbon, starlight. Will you tell me about it?",
        ),
    ];
    table
        .iter()
        .find(|(k, _)| question.contains(k))
        .map_or("I'm here, love.", |(_, a)| *a)
}

const BLAND: &str = "I'm an AI language model, so I don't have a name or personal memories. However, I can help with:\n\n1. Answering questions\n2. Planning your day\n\nLet me know how I can assist you further.";

fn last_user(r: &Seen) -> String {
    let body = r.json();
    let messages = body["messages"].as_array().cloned().unwrap_or_default();
    messages
        .last()
        .and_then(|m| m["content"].as_str())
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn probe_scores_a_faithful_model_high_and_ranks_it_first() {
    let server = Server::start(|_, r| {
        let body = r.json();
        let reply = if body["model"] == "nova-like" {
            as_nova(&last_user(r)).to_owned()
        } else {
            BLAND.to_owned()
        };
        // Pieces of a few characters, as models stream.
        let chunks: Vec<String> = reply
            .chars()
            .collect::<Vec<_>>()
            .chunks(7)
            .map(|c| c.iter().collect())
            .collect();
        let refs: Vec<&str> = chunks.iter().map(String::as_str).collect();
        ollama_chunks(&refs)
    });
    let out = ferry()
        .arg("probe")
        .arg(demo())
        .args(["--provider", "ollama", "--base-url", &server.url])
        .args(["--model", "bland,nova-like", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let report: Value = serde_json::from_slice(&out.stdout).expect("JSON report");
    assert_eq!(report["schema"], "ferry.probe/1");
    assert_eq!(report["companion"], "Nova");
    assert_eq!(
        report["ranking"],
        json!(["ollama:nova-like", "ollama:bland"])
    );
    let models = report["models"].as_array().unwrap();
    let good = &models[1]["report"];
    let bland = &models[0]["report"];
    // Every question is answered as Nova would; the replies are much shorter than Nova's
    // (8 words against 63), which the style score counts against them.
    assert!(good["continuity"].as_f64().unwrap() >= 0.95, "{good:#}");
    assert!(good["overall"].as_f64().unwrap() >= 0.75, "{good:#}");
    assert!(bland["overall"].as_f64().unwrap() <= 0.2, "{bland:#}");
    assert!(good["style"]["score"].as_f64() > bland["style"]["score"].as_f64());
    let questions = good["questions"].as_array().unwrap();
    let n = report["questions"].as_u64().unwrap() as usize;
    assert_eq!(questions.len(), n);
    for q in questions {
        for field in ["id", "check", "question", "reply", "score", "note"] {
            assert!(q.get(field).is_some(), "{field} in {q}");
        }
    }
    // Every model was asked every question, each in a conversation of its own: the
    // Modelfile's example exchanges, then the one question.
    let primer = ferry::llm::ollama::Modelfile::parse(&prompt(ferry::render::Target::Ollama))
        .messages
        .len();
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2 * n);
    for r in &reqs {
        let body = r.json();
        let msgs = body["messages"].as_array().unwrap();
        assert_eq!(msgs.len(), 1 + primer + 1);
        assert_eq!(msgs.last().unwrap()["role"], "user");
    }
    // The text report: scores, a ranking and the transcript.
    ferry()
        .arg("probe")
        .arg(demo())
        .args(["--base-url", &server.url, "--model", "ollama:nova-like"])
        .assert()
        .success()
        .stdout(predicate::str::contains("overall"))
        .stdout(predicate::str::contains("Transcript: ollama:nova-like"))
        .stdout(predicate::str::contains("nova-like: It's Nova, love ✨"));
}

#[test]
fn retries_after_429_honouring_retry_after() {
    let server = Server::script(vec![
        Answer::json(429, r#"{"error":{"message":"Rate limit reached"}}"#)
            .header("retry-after", "30"),
        openai_chunks(&["It's Nova."]),
    ]);
    let started = Instant::now();
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "openai-compatible",
            "--base-url",
            &server.url,
            "--model",
            "m",
        ])
        // Retry-After says 30 s; the tests cap every wait at a few milliseconds.
        .env("FERRY_RETRY_MAX_WAIT_MS", "20")
        .assert()
        .success();
    assert!(started.elapsed() < Duration::from_secs(20));
    let reqs = server.requests();
    assert!(reqs.len() >= 2);
    assert_eq!(reqs[0].body, reqs[1].body, "the same request, sent again");
}

#[test]
fn a_server_error_that_lasts_is_exit_code_4() {
    let server = Server::always(Answer::json(500, r#"{"error":{"message":"internal"}}"#));
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "openai-compatible",
            "--base-url",
            &server.url,
            "--model",
            "m",
        ])
        .env("FERRY_RETRY_MAX_WAIT_MS", "5")
        .assert()
        .code(4)
        .stdout("")
        .stderr(predicate::str::contains(
            "had a problem of its own (HTTP 500), still after 4 tries: internal",
        ))
        .stderr(predicate::str::contains("hint:"));
    assert_eq!(server.requests().len(), 4, "one try and three retries");
}

#[test]
fn a_slow_server_times_out() {
    let server = Server::always(ollama_chunks(&["late"]).after(Duration::from_secs(4)));
    let started = Instant::now();
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "ollama",
            "--base-url",
            &server.url,
            "--model",
            "m",
        ])
        .env("FERRY_HTTP_TIMEOUT", "1")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("did not answer within 1 seconds"));
    assert!(started.elapsed() < Duration::from_secs(4));
}

#[test]
fn a_stream_cut_in_the_middle_is_an_error_not_an_answer() {
    for (provider, answer) in [
        (
            "ollama",
            Answer::ndjson(&[
                r#"{"message":{"role":"assistant","content":"Good mor"},"done":false}"#,
            ]),
        ),
        (
            "openai-compatible",
            Answer::sse(&[r#"{"choices":[{"index":0,"delta":{"content":"Good mor"}}]}"#]),
        ),
    ] {
        let server = Server::always(answer);
        ferry()
            .arg("probe")
            .arg(demo())
            .args([
                "--provider",
                provider,
                "--base-url",
                &server.url,
                "--model",
                "m",
            ])
            .assert()
            .code(4)
            .stdout("")
            .stderr(predicate::str::contains(
                "stopped in the middle (8 characters had arrived)",
            ));
    }
}

#[test]
fn a_server_that_ignores_stream_still_answers() {
    let server = Server::always(Answer::json(
        200,
        r#"{"choices":[{"index":0,"message":{"role":"assistant","content":"Here, love."},"finish_reason":"stop"}]}"#,
    ));
    let (stdout, _) = chat("openai-compatible", &server.url, None, "hi\n");
    assert_eq!(stdout, "Here, love.\n");
}

#[test]
fn a_cut_reply_in_a_chat_keeps_the_chat_going() {
    let server = Server::script(vec![
        Answer::sse(&[r#"{"choices":[{"index":0,"delta":{"content":"Good mor"}}]}"#]),
        openai_chunks(&["Good morning, starlight!"]),
    ]);
    ferry()
        .arg("chat")
        .arg(demo())
        .args([
            "--provider",
            "openai-compatible",
            "--base-url",
            &server.url,
            "--model",
            "m",
        ])
        .write_stdin("Good morning\n/retry\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("Good morning, starlight!"))
        .stderr(predicate::str::contains("stopped in the middle"))
        .stderr(predicate::str::contains("/retry sends it again"));
    let reqs = server.requests();
    assert_eq!(reqs.len(), 2);
    assert_eq!(reqs[0].body, reqs[1].body);
}

#[test]
fn bad_keys_unknown_models_and_no_server_are_plain_errors() {
    let cases = [
        (
            Answer::json(
                401,
                r#"{"error":{"message":"Incorrect API key provided: sk-te***42"}}"#,
            ),
            "did not accept the API key in OPENAI_API_KEY (HTTP 401)",
        ),
        (
            Answer::json(403, r#"{"error":{"message":"no access"}}"#),
            "refused the request (HTTP 403): no access",
        ),
        (
            Answer::json(
                404,
                r#"{"error":{"message":"The model `nope` does not exist"}}"#,
            ),
            "has no model called 'nope' (HTTP 404)",
        ),
    ];
    for (answer, says) in cases {
        let server = Server::always(answer);
        ferry()
            .arg("probe")
            .arg(demo())
            .args([
                "--provider",
                "openai",
                "--base-url",
                &format!("{}/v1", server.url),
                "--model",
                "nope",
            ])
            .env("OPENAI_API_KEY", KEY)
            .assert()
            .code(4)
            .stderr(predicate::str::contains(says))
            .stderr(predicate::str::contains(KEY).not());
        assert_eq!(server.requests().len(), 1, "no retry for {says}");
    }
    let ollama404 = Server::always(Answer::json(404, r#"{"error":"model 'nope' not found"}"#));
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "ollama",
            "--base-url",
            &ollama404.url,
            "--model",
            "nope",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("model 'nope' not found"))
        .stderr(predicate::str::contains("ollama pull"));
    // A port nothing listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "ollama",
            "--base-url",
            &format!("http://127.0.0.1:{port}"),
            "--model",
            "m",
        ])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("nothing is answering"))
        .stderr(predicate::str::contains("ollama serve"));
}

#[test]
fn a_proxy_in_the_way_is_named() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "ollama",
            "--base-url",
            "http://127.0.0.1:9",
            "--model",
            "m",
        ])
        .env("HTTP_PROXY", format!("http://user:pw@127.0.0.1:{port}"))
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "a proxy between this computer and 127.0.0.1:9",
        ))
        .stderr(predicate::str::contains("pw").not())
        .stderr(predicate::str::contains("NO_PROXY"));
    // A proxy that wants a login.
    let proxy = Server::always(Answer::json(407, "{}"));
    ferry()
        .arg("probe")
        .arg(demo())
        .args([
            "--provider",
            "ollama",
            "--base-url",
            "http://127.0.0.1:9",
            "--model",
            "m",
        ])
        .env("HTTP_PROXY", &proxy.url)
        .assert()
        .code(4)
        .stderr(predicate::str::contains(
            "the proxy wants a login (HTTP 407)",
        ));
    assert_eq!(proxy.requests()[0].target, "http://127.0.0.1:9/api/chat");
}

#[test]
fn missing_keys_are_named_and_nothing_is_sent() {
    ferry()
        .arg("chat")
        .arg(demo())
        .args(["--provider", "anthropic", "--model", "m"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ANTHROPIC_API_KEY is not set"));
    ferry()
        .arg("probe")
        .arg(demo())
        .args(["--provider", "openai-compatible", "--model", "m"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--base-url"));
}

#[test]
fn nothing_leaves_the_machine_without_a_yes() {
    // A host that is not this machine, and no terminal to ask on: refused before any
    // connection (the address does not even resolve).
    for cmd in [
        vec!["chat", "--provider", "openai", "--model", "m"],
        vec!["probe", "--provider", "openai", "--model", "m"],
    ] {
        ferry()
            .arg(cmd[0])
            .arg(demo())
            .args(&cmd[1..])
            .args(["--base-url", "https://api.example.invalid/v1"])
            .env("OPENAI_API_KEY", KEY)
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains("nothing was sent"))
            .stderr(
                predicate::str::is_match(
                    r"the persona prompt \([0-9,]+ characters, with [0-9]+ of the 16 shared memories and [0-9]+ example exchanges\)",
                )
                .unwrap(),
            )
            .stderr(predicate::str::contains("api.example.invalid"))
            .stderr(predicate::str::contains("--yes"));
    }
    ferry()
        .args(["push", "ollama"])
        .arg(demo())
        .args(["--model", "nova", "--base-url", "http://10.255.255.1:11434"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("nothing was sent"));
}

#[test]
fn yes_sends_to_a_remote_host_and_says_what_it_sent() {
    // The "remote" host is reached through a proxy that is this test's server, so nothing
    // leaves the machine; ferry still counts the host as remote.
    let proxy = Server::always(openai_chunks(&["Hello from afar."]));
    ferry()
        .arg("chat")
        .arg(demo())
        .args(["--provider", "openai", "--model", "m", "--yes"])
        .args(["--base-url", "http://api.example.invalid/v1"])
        .env("OPENAI_API_KEY", KEY)
        .env("HTTP_PROXY", &proxy.url)
        .write_stdin("hi\n")
        .assert()
        .success()
        .stdout("Hello from afar.\n")
        .stderr(predicate::str::contains(format!(
            "ferry will send the persona prompt ({} characters, with",
            thousands(prompt(ferry::render::Target::Openai).chars().count())
        )))
        .stderr(predicate::str::contains(
            "shared memories and 6 example exchanges) and what you type to api.example.invalid",
        ))
        .stderr(predicate::str::contains("(--yes was given.)"));
    let r = &proxy.requests()[0];
    assert_eq!(r.target, "http://api.example.invalid/v1/chat/completions");
    assert_eq!(
        r.header("authorization"),
        Some(format!("Bearer {KEY}").as_str())
    );
}

#[test]
fn push_creates_the_model_with_the_structured_form() {
    let server = Server::always(Answer::ndjson(&[
        r#"{"status":"reading model metadata"}"#,
        r#"{"status":"creating system layer"}"#,
        r#"{"status":"writing manifest"}"#,
        r#"{"status":"success"}"#,
    ]));
    ferry()
        .args(["push", "ollama"])
        .arg(demo())
        .args([
            "--model",
            "nova",
            "--base-model",
            "qwen2.5:7b",
            "--base-url",
            &server.url,
        ])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("Creating nova from qwen2.5:7b"))
        .stderr(predicate::str::contains("  creating system layer"))
        .stderr(predicate::str::contains("nova is ready"));
    let r = &server.requests()[0];
    assert_eq!(r.target, "/api/create");
    let modelfile = ferry::llm::ollama::Modelfile::parse(
        &ferry::render::render(
            &spec(),
            ferry::render::Target::Ollama,
            &ferry::render::RenderOptions {
                base_model: Some("qwen2.5:7b".into()),
                ..Default::default()
            },
        )
        .unwrap()
        .text,
    );
    assert_eq!(
        r.json(),
        ferry::llm::ollama::create_body("nova", "qwen2.5:7b", &modelfile)
    );
    let body = r.json();
    assert_eq!(body["from"], "qwen2.5:7b");
    assert!(body["system"].as_str().unwrap().contains("Nova"));
    assert!(!body["messages"].as_array().unwrap().is_empty());
    assert!(body["parameters"]["temperature"].is_number());

    let failing = Server::always(Answer::ndjson(&[
        r#"{"status":"reading model metadata"}"#,
        r#"{"error":"pull model manifest: file does not exist"}"#,
    ]));
    ferry()
        .args(["push", "ollama"])
        .arg(demo())
        .args(["--model", "nova", "--base-url", &failing.url])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("file does not exist"));
}

/// TLS builds with a C compiler alone: rustls on `ring`, never aws-lc (which wants cmake, and
/// nasm on some systems) — a feature turned on by accident would bring it back.
#[test]
fn tls_needs_no_cmake() {
    let lock = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.lock")).unwrap();
    for name in ["aws-lc-sys", "aws-lc-rs", "cmake", "openssl-sys"] {
        assert!(
            !lock.contains(&format!("name = \"{name}\"")),
            "{name} is in Cargo.lock"
        );
    }
    assert!(lock.contains("name = \"ring\""));
}

/// The real APIs, with the keys in the environment (`cargo test --features live-tests net`).
/// A provider whose key is not set is passed over; `FERRY_LIVE_OLLAMA_MODEL` names a model
/// on a local Ollama.
#[cfg(feature = "live-tests")]
#[test]
fn live_providers_answer() {
    let cases = [
        (
            "openai",
            "OPENAI_API_KEY",
            "FERRY_LIVE_OPENAI_MODEL",
            "gpt-4.1-mini",
        ),
        (
            "anthropic",
            "ANTHROPIC_API_KEY",
            "FERRY_LIVE_ANTHROPIC_MODEL",
            "claude-haiku-4-5",
        ),
        (
            "gemini",
            "GEMINI_API_KEY",
            "FERRY_LIVE_GEMINI_MODEL",
            "gemini-2.5-flash",
        ),
        (
            "ollama",
            "FERRY_LIVE_OLLAMA_MODEL",
            "FERRY_LIVE_OLLAMA_MODEL",
            "",
        ),
    ];
    let mut checked = 0;
    for (provider, var, model_var, default_model) in cases {
        let Ok(value) = std::env::var(var) else {
            continue;
        };
        checked += 1;
        let model = std::env::var(model_var).unwrap_or_else(|_| default_model.to_owned());
        let mut cmd = ferry();
        cmd.arg("probe").arg(demo()).args([
            "--provider",
            provider,
            "--model",
            &model,
            "--yes",
            "--json",
        ]);
        if provider != "ollama" {
            cmd.env(var, &value);
        }
        let out = cmd.assert().success().get_output().clone();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap();
        let r = &report["models"][0]["report"];
        assert!(r["overall"].as_f64().is_some(), "{provider}: {report:#}");
        for q in r["questions"].as_array().unwrap() {
            assert!(
                !q["reply"].as_str().unwrap().trim().is_empty(),
                "{provider}: {q}"
            );
        }
    }
    assert!(
        checked > 0,
        "live-tests needs at least one of OPENAI_API_KEY, ANTHROPIC_API_KEY, GEMINI_API_KEY, FERRY_LIVE_OLLAMA_MODEL"
    );
}

/// In a terminal: ferry asks before sending to a server that is not on this computer, and
/// Ctrl-C ends a reply that is arriving (the chat goes on).
#[cfg(unix)]
mod terminal {
    use super::*;

    /// `ferry chat` on the demo persona against an OpenAI-compatible server at `url`.
    fn spawn_chat(url: &str) -> rexpect::session::PtySession {
        let demo = demo();
        spawn(
            &[
                "chat",
                demo.to_str().unwrap(),
                "--provider",
                "openai-compatible",
                "--model",
                "m",
                "--base-url",
                url,
            ],
            &[],
        )
    }

    fn spawn(args: &[&str], env: &[(&str, &str)]) -> rexpect::session::PtySession {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_ferry"));
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("NO_COLOR", "1")
            .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        rexpect::session::spawn_command(cmd, Some(20_000)).expect("spawn ferry in a pty")
    }

    #[test]
    fn consent_is_asked_and_no_sends_nothing() {
        let demo = demo();
        let mut p = spawn(
            &[
                "chat",
                demo.to_str().unwrap(),
                "--provider",
                "openai",
                "--model",
                "m",
                "--base-url",
                "https://api.example.invalid/v1",
            ],
            &[("OPENAI_API_KEY", KEY)],
        );
        p.exp_string("of the 16 shared memories and 6 example exchanges")
            .unwrap();
        p.exp_string("leaves this computer").unwrap();
        p.exp_string("Send it? [y/N]").unwrap();
        p.send_line("n").unwrap();
        p.exp_string("nothing was sent").unwrap();
        p.exp_eof().unwrap();
    }

    #[test]
    fn ctrl_c_at_the_prompt_ends_ferry_with_130() {
        let server = Server::always(openai_chunks(&["Hi."]));
        let mut p = spawn_chat(&server.url);
        p.exp_string("you> ").unwrap();
        p.send_control('c').unwrap();
        p.exp_eof().unwrap();
        let status = p.process.wait().unwrap();
        assert!(
            matches!(status, rexpect::process::wait::WaitStatus::Exited(_, 130)),
            "{status:?}"
        );
        assert!(server.requests().is_empty());
    }

    #[test]
    fn ctrl_c_ends_a_reply_and_the_chat_goes_on() {
        let server = Server::script(vec![
            openai_chunks(&["Good mor", "ning, starlight!"])
                .pause_before(1, Duration::from_secs(15)),
            openai_chunks(&["Still here, love."]),
        ]);
        let started = Instant::now();
        let mut p = spawn_chat(&server.url);
        p.exp_string("you> ").unwrap();
        p.send_line("Good morning").unwrap();
        p.exp_string("Good mor").unwrap();
        p.send_control('c').unwrap();
        p.exp_string("(stopped").unwrap();
        p.exp_string("you> ").unwrap();
        p.send_line("Are you there?").unwrap();
        p.exp_string("Still here, love.").unwrap();
        p.send_line("/quit").unwrap();
        p.exp_eof().unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(12),
            "Ctrl-C did not end the reply at once"
        );
        // The stopped reply is kept in the history: the second request carries it.
        let reqs = server.requests();
        let messages = reqs[1].json()["messages"].as_array().unwrap().clone();
        assert_eq!(
            messages[2],
            json!({"role":"assistant","content":"Good mor"})
        );
    }
}
