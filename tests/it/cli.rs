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
