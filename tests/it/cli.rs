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
