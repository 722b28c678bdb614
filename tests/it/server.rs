//! A small HTTP/1.1 server on 127.0.0.1 for the network tests: it records every request and
//! answers from a script, with exact control of delays and of a stream cut in the middle.
//! Nothing here touches the internet.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the server saw it.
#[derive(Debug, Clone)]
pub(crate) struct Seen {
    pub(crate) method: String,
    /// Path and query, e.g. `/v1/chat/completions`.
    pub(crate) target: String,
    /// Header names lowercased.
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: String,
}

impl Seen {
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    pub(crate) fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("the request body is JSON")
    }
}

/// One answer.
#[derive(Debug, Clone)]
pub(crate) struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    /// Pieces of the body, each written after its delay.
    chunks: Vec<(Duration, Vec<u8>)>,
    /// Wait before the status line.
    delay: Duration,
    /// A `content-length` is sent (a whole body); otherwise the body runs until the
    /// connection closes, as a stream does.
    sized: bool,
}

impl Answer {
    /// A whole JSON answer.
    pub(crate) fn json(status: u16, body: &str) -> Answer {
        Answer {
            status,
            headers: vec![("content-type".into(), "application/json".into())],
            chunks: vec![(Duration::ZERO, body.as_bytes().to_vec())],
            delay: Duration::ZERO,
            sized: true,
        }
    }

    /// A streamed answer: each piece is written (and flushed) on its own.
    pub(crate) fn stream(content_type: &str, pieces: &[String]) -> Answer {
        Answer {
            status: 200,
            headers: vec![("content-type".into(), content_type.into())],
            chunks: pieces
                .iter()
                .map(|p| (Duration::from_millis(5), p.as_bytes().to_vec()))
                .collect(),
            delay: Duration::ZERO,
            sized: false,
        }
    }

    /// Server-sent events, one `data:` event per payload.
    pub(crate) fn sse(payloads: &[&str]) -> Answer {
        let pieces: Vec<String> = payloads.iter().map(|p| format!("data: {p}\n\n")).collect();
        Answer::stream("text/event-stream", &pieces)
    }

    /// One JSON object a line.
    pub(crate) fn ndjson(lines: &[&str]) -> Answer {
        let pieces: Vec<String> = lines.iter().map(|l| format!("{l}\n")).collect();
        Answer::stream("application/x-ndjson", &pieces)
    }

    pub(crate) fn header(mut self, name: &str, value: &str) -> Answer {
        self.headers.push((name.into(), value.into()));
        self
    }

    /// Waits `delay` before piece `index` of the body.
    pub(crate) fn pause_before(mut self, index: usize, delay: Duration) -> Answer {
        if let Some(c) = self.chunks.get_mut(index) {
            c.0 = delay;
        }
        self
    }

    pub(crate) fn after(mut self, delay: Duration) -> Answer {
        self.delay = delay;
        self
    }
}

/// The server; it stops when dropped (its thread is left blocked in `accept`, which the test
/// process ending takes care of).
pub(crate) struct Server {
    pub(crate) url: String,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Server {
    /// Answers the n-th request (from 0) with `answer(n, &request)`.
    pub(crate) fn start(answer: impl Fn(usize, &Seen) -> Answer + Send + Sync + 'static) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let seen = Arc::new(Mutex::new(Vec::new()));
        let record = Arc::clone(&seen);
        let answer = Arc::new(answer);
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let record = Arc::clone(&record);
                let answer = Arc::clone(&answer);
                thread::spawn(move || serve(stream, &record, &*answer));
            }
        });
        Server { url, seen }
    }

    /// Always the same answer.
    pub(crate) fn always(answer: Answer) -> Server {
        Server::start(move |_, _| answer.clone())
    }

    /// The answers in order; the last one repeats.
    pub(crate) fn script(answers: Vec<Answer>) -> Server {
        Server::start(move |n, _| answers[n.min(answers.len() - 1)].clone())
    }

    pub(crate) fn requests(&self) -> Vec<Seen> {
        self.seen.lock().expect("lock").clone()
    }
}

fn serve(
    stream: TcpStream,
    record: &Mutex<Vec<Seen>>,
    answer: &(dyn Fn(usize, &Seen) -> Answer + Send + Sync),
) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    // One request per connection: every answer closes it.
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_owned();
    let target = parts.next().unwrap_or_default().to_owned();
    let mut headers = Vec::new();
    let mut length = 0usize;
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 || h.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = h.split_once(':') {
            let name = name.trim().to_ascii_lowercase();
            let value = value.trim().to_owned();
            if name == "content-length" {
                length = value.parse().unwrap_or(0);
            }
            headers.push((name, value));
        }
    }
    let mut body = vec![0; length];
    let _ = reader.read_exact(&mut body);
    let seen = Seen {
        method,
        target,
        headers,
        body: String::from_utf8_lossy(&body).into_owned(),
    };
    let n = {
        let mut all = record.lock().expect("lock");
        all.push(seen.clone());
        all.len() - 1
    };
    let a = answer(n, &seen);
    thread::sleep(a.delay);
    let mut out = stream;
    let mut head = format!("HTTP/1.1 {} X\r\nconnection: close\r\n", a.status);
    for (name, value) in &a.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if a.sized {
        let len: usize = a.chunks.iter().map(|(_, c)| c.len()).sum();
        head.push_str(&format!("content-length: {len}\r\n"));
    }
    head.push_str("\r\n");
    if out.write_all(head.as_bytes()).is_err() {
        return;
    }
    for (delay, chunk) in &a.chunks {
        thread::sleep(*delay);
        if out.write_all(chunk).and_then(|()| out.flush()).is_err() {
            return;
        }
    }
    let _ = out.shutdown(std::net::Shutdown::Both);
}
