//! `ferry chat`: talk with the companion on a new model, in the terminal.
//!
//! stdout carries only the companion's replies, streamed as they arrive; the prompt, the
//! companion's name before each reply and every message go to stderr.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Context as _, Result};

use super::net::{self, NetArgs};
use super::{Printer, exit, read_persona};
use crate::llm::{Endpoint, Persona, Role, Turn};

const EXAMPLES: &str = "\
Examples:
  ferry chat persona.json --provider ollama --model llama3.1:8b
  ferry chat persona.json --provider anthropic --model claude-sonnet-4-5
  ferry chat persona.json --provider openai-compatible --base-url http://localhost:1234/v1 --model local

In the chat: /save FILE keeps the transcript, /retry asks for the last reply again,
/quit ends (so does Ctrl-D). Ctrl-C stops a reply that is arriving.

Your words and the persona prompt go to the provider you name; for a server that is not
on this computer, ferry says what it will send and asks first.";

/// Talk with the companion on a new model (interactive; replies stream as they arrive)
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The persona spec written by `ferry extract` or `ferry migrate`
    #[arg(value_name = "PERSONA.json")]
    persona: String,
    /// The model to talk to, e.g. gpt-4.1, claude-sonnet-4-5, gemini-2.5-flash, llama3.1:8b
    /// (or provider:model)
    #[arg(long, value_name = "MODEL")]
    model: String,
    #[command(flatten)]
    net: NetArgs,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    if args.persona == "-" {
        anyhow::bail!(
            "a chat reads your messages from standard input, so the persona cannot come from there too; give the path of the persona file"
        );
    }
    let spec = read_persona(&args.persona)?;
    let (provider, model) = net::parse_model(&args.model, args.net.provider.as_deref())?;
    let endpoint = net::endpoint(provider, &model, args.net.base_url.as_deref())?;
    let persona = net::persona_for(&spec, provider)?;
    let what = format!("{} and what you type", net::describe(&spec, &persona));
    net::consent(&[&endpoint], &what, args.net.yes, printer)?;
    let client = net::client()?;
    let name = spec
        .companion
        .name
        .clone()
        .unwrap_or_else(|| "companion".to_owned());
    printer.summary(&format!(
        "Talking with {name} on {} ({}). /save FILE keeps the transcript, /retry asks again, /quit ends.",
        endpoint.model,
        endpoint.host()
    ));
    let mut chat = Chat {
        client: &client,
        endpoint: &endpoint,
        persona: &persona,
        name: &name,
        history: Vec::new(),
        printer,
    };
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    loop {
        eprint!("you> ");
        let _ = std::io::stderr().flush();
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            eprintln!();
            break;
        }
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        match line.split_once(char::is_whitespace).unwrap_or((line, "")) {
            ("/quit" | "/exit" | "/q", _) => break,
            ("/save", file) => chat.save(file.trim(), &spec),
            ("/retry", _) => {
                if chat.history.last().is_some_and(|t| t.role == Role::Assistant) {
                    chat.history.pop();
                }
                if chat.history.is_empty() {
                    printer.summary("There is nothing to ask again yet.");
                } else {
                    chat.reply();
                }
            }
            ("/help", _) => printer.summary(
                "/save FILE keeps the transcript · /retry asks for the last reply again · /quit ends",
            ),
            (cmd, _) if cmd.starts_with('/') && cmd.len() > 1 && !cmd[1..].contains('/') => {
                printer.summary(&format!(
                    "ferry does not know {cmd}: /save FILE, /retry and /quit are there."
                ));
            }
            _ => {
                // A message sent after a failed one replaces it.
                if chat.history.last().is_some_and(|t| t.role == Role::User) {
                    chat.history.pop();
                }
                chat.history.push(Turn::user(line));
                chat.reply();
            }
        }
    }
    Ok(exit::OK)
}

struct Chat<'a> {
    client: &'a crate::llm::Client,
    endpoint: &'a Endpoint,
    persona: &'a Persona,
    name: &'a str,
    history: Vec<Turn>,
    printer: &'a Printer,
}

impl Chat<'_> {
    /// Streams the reply to the history so far onto stdout.
    fn reply(&mut self) {
        eprint!("{}: ", self.name);
        let _ = std::io::stderr().flush();
        let mut out = std::io::stdout().lock();
        net::streaming(true);
        let result = self
            .client
            .chat(self.endpoint, self.persona, &self.history, &mut |piece| {
                let _ = out.write_all(piece.as_bytes());
                let _ = out.flush();
            });
        net::streaming(false);
        let _ = writeln!(out);
        let _ = out.flush();
        drop(out);
        match result {
            Ok(reply) => {
                if reply.interrupted || net::interrupted() {
                    self.printer
                        .summary("(stopped; what arrived is kept — /retry asks again)");
                }
                if !reply.text.trim().is_empty() {
                    self.history.push(Turn::assistant(&reply.text));
                } else if !reply.interrupted {
                    self.printer
                        .summary("The model sent an empty reply; /retry asks again.");
                }
            }
            Err(e) => {
                self.printer.error(&anyhow::Error::from(e));
                self.printer
                    .summary("Your message is kept: /retry sends it again.");
            }
        }
    }

    /// `/save FILE`: the transcript as Markdown, in a new file (an existing one is kept).
    fn save(&self, file: &str, spec: &crate::persona::PersonaSpec) {
        if file.is_empty() {
            self.printer
                .summary("Give the file a name: /save chat-with-nova.md");
            return;
        }
        let text = transcript(
            self.name,
            spec.user.name.as_deref(),
            self.endpoint,
            &self.history,
        );
        match write_new(Path::new(file), text.as_bytes()) {
            Ok(()) => self
                .printer
                .summary(&format!("Saved the conversation in {file}.")),
            Err(e) => self.printer.error(&e),
        }
    }
}

/// The conversation as Markdown.
fn transcript(name: &str, user: Option<&str>, endpoint: &Endpoint, history: &[Turn]) -> String {
    let you = user.unwrap_or("You");
    let mut out = format!(
        "# A conversation with {name}\n\nOn {} at {}, {}.\n",
        endpoint.model,
        endpoint.host(),
        crate::time::Day::today()
            .map(|d| d.to_string())
            .unwrap_or_default()
    );
    for t in history {
        let who = match t.role {
            Role::User => you,
            Role::Assistant => name,
        };
        out.push_str(&format!("\n**{who}:** {}\n", t.content.trim()));
    }
    out
}

/// Writes a new private file; an existing file at `path` is never replaced.
fn write_new(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    if path.exists() || path.is_symlink() {
        anyhow::bail!(
            "'{}' already exists, and ferry keeps it as it is; choose another name",
            path.display()
        );
    }
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("cannot write in '{}'", dir.display()))?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist_noclobber(path).map_err(|e| {
        anyhow::anyhow!(
            "'{}' could not be written ({}); nothing there was changed",
            path.display(),
            e.error
        )
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_never_replaces_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("chat.md");
        write_new(&path, b"first").unwrap();
        let err = write_new(&path, b"second").unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "first");
    }

    #[test]
    fn transcripts_name_who_said_what() {
        let e = Endpoint::new(
            crate::llm::Provider::Ollama,
            "http://localhost:11434",
            "m",
            None,
        )
        .unwrap();
        let t = transcript(
            "Nova",
            Some("Mira"),
            &e,
            &[Turn::user("hi"), Turn::assistant("hey, starlight")],
        );
        assert!(t.contains("**Mira:** hi"), "{t}");
        assert!(t.contains("**Nova:** hey, starlight"), "{t}");
    }
}
