//! `migrate` in a terminal: it shows what it found and asks before writing. Driven through a
//! pseudo-terminal, as a person would use it.

#![cfg(unix)]

use std::path::Path;

use crate::support::Scratch;

fn spawn(args: &str) -> rexpect::session::PtySession {
    let bin = env!("CARGO_BIN_EXE_ferry");
    rexpect::spawn(&format!("{bin} {args}"), Some(30_000)).expect("spawn ferry in a pty")
}

/// `ferry migrate` of the demo export into `out`, in a pty, with `extra` flags.
fn migrate(out: &Path, extra: &str) -> rexpect::session::PtySession {
    spawn(&format!(
        "migrate {} --target claude --no-progress {extra} --out-dir {}",
        demo(),
        out.display()
    ))
}

fn demo() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/demo-export.zip")
        .display()
        .to_string()
}

#[test]
fn migrate_asks_before_writing_and_takes_a_rename() {
    let s = Scratch::new();
    let out = s.path("nova");
    let mut p = migrate(&out, "");
    p.exp_string("Your companion: Nova").unwrap();
    p.exp_string("You: Mira").unwrap();
    p.exp_string("Write the files?").unwrap();
    assert!(!out.exists(), "written before the answer");
    p.send_line("r").unwrap();
    p.exp_string("Your companion's name").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Your name").unwrap();
    p.send_line("Mimi").unwrap();
    p.exp_string("You: Mimi").unwrap();
    p.exp_string("Write the files?").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Wrote claude for Nova").unwrap();
    p.exp_eof().unwrap();
    let spec: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("persona.json")).unwrap()).unwrap();
    assert_eq!(spec["user"]["name"], "Mimi");
}

#[test]
fn quitting_writes_nothing_and_yes_does_not_ask() {
    let s = Scratch::new();
    let out = s.path("nova");
    let mut p = migrate(&out, "");
    p.exp_string("Write the files?").unwrap();
    p.send_line("q").unwrap();
    p.exp_string("Nothing was written.").unwrap();
    p.exp_eof().unwrap();
    assert!(!out.exists());

    let mut p = migrate(&out, "--yes");
    p.exp_string("Wrote claude for Nova").unwrap();
    p.exp_eof().unwrap();
    assert!(out.join("claude.txt").is_file());
}
