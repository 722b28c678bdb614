//! `ferry migrate`: the one-shot command, its folder, its refusal to overwrite, the preview.

use predicates::prelude::*;

use crate::support::{Scratch, ferry};

fn demo() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip")
}

#[test]
fn writes_a_folder_named_after_the_companion() {
    let s = Scratch::new();
    ferry()
        .current_dir(s.path(""))
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude,chatgpt,sillytavern"])
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "Wrote claude, chatgpt, sillytavern for Nova to nova/ (9 files)",
        ));
    let dir = s.path("nova");
    for file in [
        "persona.json",
        "claude.txt",
        "claude-knowledge.md",
        "chatgpt.md",
        "sillytavern-card.json",
        "sillytavern-card.png",
        "sillytavern-chat.jsonl",
        "README.md",
        "review.html",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(
        readme.starts_with("# Nova, carried over by ferry"),
        "{readme}"
    );
    assert!(readme.contains("**claude.txt**"), "{readme}");
    assert!(
        readme.contains(
            "`sillytavern-chat.jsonl` is the end of your last conversation with Nova, on 2026-02-21"
        ),
        "{readme}"
    );
    // The chat file opens with SillyTavern's header line, then the messages.
    let chat = std::fs::read_to_string(dir.join("sillytavern-chat.jsonl")).unwrap();
    let header: serde_json::Value = serde_json::from_str(chat.lines().next().unwrap()).unwrap();
    assert_eq!(header["character_name"], "Nova");
    assert_eq!(header["user_name"], "Mira");
    assert!(chat.lines().count() > 2, "{chat}");
    let persona: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("persona.json")).unwrap()).unwrap();
    assert_eq!(persona["companion"]["name"], "Nova");
    // No staging folders are left behind.
    let names: Vec<_> = std::fs::read_dir(s.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["nova"]);
    // The folder lists what ferry wrote in it, so --force can tell ferry's files from yours.
    let listed: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join(".ferry.json")).unwrap()).unwrap();
    assert_eq!(listed["files"].as_object().unwrap().len(), 9);
}

#[test]
fn an_existing_folder_is_never_overwritten_without_force() {
    let s = Scratch::new();
    let dir = s.path("out");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("mine.txt"), "keep me").unwrap();
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--out-dir"])
        .arg(&dir)
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "already exists, and nothing in it was changed",
        ));
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["mine.txt"], "the refused run changed the folder");

    // --force updates a folder ferry wrote, and keeps the files the person added.
    std::fs::remove_dir_all(&dir).unwrap();
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    std::fs::write(dir.join("mine.txt"), "keep me").unwrap();
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "all", "--force", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    assert_eq!(
        std::fs::read_to_string(dir.join("mine.txt")).unwrap(),
        "keep me"
    );
    for file in [
        "Modelfile",
        "continuity.md",
        "claude-memory.txt",
        "kindroid.md",
        "character-ai.md",
        "openai.txt",
        "gemini.txt",
    ] {
        assert!(dir.join(file).is_file(), "{file} missing");
    }
}

#[test]
fn stdout_preview_prints_only_the_prompt() {
    let s = Scratch::new();
    let out = ferry()
        .current_dir(s.path(""))
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude", "--stdout"])
        .assert()
        .success()
        .get_output()
        .clone();
    let persona = s.path("persona.json");
    ferry()
        .arg("extract")
        .arg(demo())
        .arg("-o")
        .arg(&persona)
        .assert()
        .success();
    let rendered = ferry()
        .arg("render")
        .arg(&persona)
        .args(["-t", "claude"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(
        out.stdout, rendered,
        "the preview is exactly the rendered prompt"
    );
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains('\u{1b}'),
        "no colour codes"
    );
    assert!(!s.path("nova").exists(), "the preview writes no files");

    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude,chatgpt", "--stdout"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("choose a single --target"));
}

#[test]
fn unknown_targets_are_usage_errors() {
    ferry()
        .arg("migrate")
        .arg(demo())
        .args(["--target", "claude,myspace"])
        .assert()
        .code(2)
        .stderr(
            predicate::str::contains("invalid value 'myspace' for '--target")
                .and(predicate::str::contains("possible values: claude")),
        );
}
