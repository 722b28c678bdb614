//! The command line itself: help, version, usage errors, global flags.

use predicates::prelude::*;

use crate::support::ferry;

#[test]
fn help_lists_commands_and_exit_codes() {
    ferry()
        .arg("--help")
        .assert()
        .success()
        .stdout(predicate::str::contains("inspect"))
        .stdout(predicate::str::contains("Exit codes"));
}

#[test]
fn inspect_help_has_examples() {
    ferry()
        .args(["inspect", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Examples:"))
        .stdout(predicate::str::contains("--max-total-size"));
}

#[test]
fn usage_error_exits_2() {
    ferry().arg("inspect").assert().code(2);
    ferry().args(["inspect", "x", "--bogus"]).assert().code(2);
}

#[test]
fn version() {
    ferry()
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::starts_with("ferry "));
}

#[test]
fn help_snapshots() {
    for sub in [
        None,
        Some("migrate"),
        Some("batch"),
        Some("inspect"),
        Some("extract"),
        Some("render"),
        Some("review"),
        Some("targets"),
        Some("card"),
        Some("completions"),
        Some("man"),
        Some("chat"),
        Some("probe"),
        Some("push"),
    ] {
        let mut cmd = ferry();
        cmd.env("COLUMNS", "100");
        if let Some(sub) = sub {
            cmd.arg(sub);
        }
        let out = cmd
            .arg("--help")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let text = String::from_utf8(out).unwrap();
        if sub.is_some() {
            assert!(
                text.contains("Examples:") || sub == Some("targets") || sub == Some("completions"),
                "{sub:?} has no examples"
            );
        }
        insta::assert_snapshot!(format!("help-{}", sub.unwrap_or("ferry")), text);
    }
}

#[test]
fn completions_and_man_page() {
    for shell in ["bash", "zsh", "fish"] {
        ferry()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains("migrate"));
    }
    ferry()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH ferry 1"))
        .stdout(predicate::str::contains("migrate"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::{Command, Stdio};
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("ferry"))
        .arg("extract")
        .arg(demo)
        .env("NO_COLOR", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn ferry");
    // Close the reading end before ferry writes (like `ferry … | head` that has had enough).
    drop(child.stdout.take());
    let out = child.wait_with_output().expect("ferry ends");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "exit {:?}: {stderr}",
        out.status.code()
    );
    assert!(!stderr.contains("error"), "{stderr}");
}

/// `-o -` is stdout for every command that writes one file, as `-` is stdin for the export:
/// never a file named "-" in the current folder.
#[test]
fn dash_output_is_stdout() {
    let s = crate::support::Scratch::new();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let demo = root.join("fixtures/demo-export.zip");
    let persona = root.join("fixtures/personas/demo.json");
    let extracted = ferry()
        .current_dir(s.path(""))
        .args(["extract", "--no-progress", "-o", "-"])
        .arg(&demo)
        .assert()
        .success()
        .stderr(predicate::str::contains("Wrote").not())
        .get_output()
        .stdout
        .clone();
    let spec: serde_json::Value = serde_json::from_slice(&extracted).unwrap();
    assert_eq!(spec["spec"], "ferry.persona/1");
    ferry()
        .current_dir(s.path(""))
        .args(["render", "--target", "claude", "-o", "-"])
        .arg(&persona)
        .assert()
        .success()
        .stdout(predicate::str::contains("Nova"));
    ferry()
        .current_dir(s.path(""))
        .args(["review", "-o", "-"])
        .arg(&persona)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("<!doctype html>"));
    assert!(
        std::fs::read_dir(s.path("")).unwrap().next().is_none(),
        "nothing is written to the folder"
    );
}
