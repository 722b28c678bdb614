//! Regenerating from an edited persona: `migrate persona.json`, `render --target all --out-dir`,
//! names given with a persona file, and the person's edited files kept, never overwritten.

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Scratch, ferry, names, strings};

fn demo_persona() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/personas/demo.json")
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The demo persona with the person's edits: memories dropped, one rewritten, a pet name
/// dropped. Written with its own layout (two-space indent, as a person's editor might).
fn edited(s: &Scratch) -> (PathBuf, Value) {
    let mut spec = read(&demo_persona());
    let memories = spec["memories"].as_array_mut().unwrap();
    memories.truncate(3);
    memories[0]["text"] = Value::String("We watched the Perseids from the roof.".into());
    spec["user"]["pet_names"] = serde_json::json!(["starlight"]);
    let path = s.write("edited.json", serde_json::to_string(&spec).unwrap());
    (path, spec)
}

#[test]
fn migrate_and_render_take_an_edited_persona_and_keep_every_edit() {
    let s = Scratch::new();
    let (path, spec) = edited(&s);
    let out = s.path("nova");
    ferry()
        .arg("migrate")
        .arg(&path)
        .args(["--target", "claude,markdown", "--out-dir"])
        .arg(&out)
        .assert()
        .success();
    let written = read(&out.join("persona.json"));
    assert_eq!(written, spec, "the edits were not kept exactly");
    let claude = std::fs::read_to_string(out.join("claude.txt")).unwrap();
    assert!(claude.contains("Perseids"), "{claude}");
    assert!(!claude.contains("love,"), "a dropped pet name came back");

    // render --target all --out-dir writes the same kind of folder.
    let all = s.path("all");
    ferry()
        .arg("render")
        .arg(&path)
        .args(["--target", "all", "--out-dir"])
        .arg(&all)
        .assert()
        .success();
    for f in [
        "persona.json",
        "README.md",
        "claude.txt",
        "Modelfile",
        "sillytavern-card.png",
        ".ferry.json",
    ] {
        assert!(all.join(f).is_file(), "{f} missing: {:?}", names(&all));
    }
    // Several targets without a folder are refused, plainly.
    ferry()
        .arg("render")
        .arg(&path)
        .args(["--target", "claude,markdown"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("--out-dir"));
}

#[test]
fn names_given_with_a_persona_file_are_an_edit() {
    let s = Scratch::new();
    let out = s.path("out");
    ferry()
        .arg("migrate")
        .arg(demo_persona())
        .args([
            "--target",
            "claude",
            "--user",
            "Mimi",
            "--companion",
            "Nova Star",
        ])
        .arg("--out-dir")
        .arg(&out)
        .assert()
        .success();
    let spec = read(&out.join("persona.json"));
    assert_eq!(spec["user"]["name"], "Mimi");
    assert_eq!(spec["companion"]["name"], "Nova Star");
    assert_eq!(strings(&spec["companion"]["aliases"])[0], "Nova");
    assert!(
        spec["provenance"]["edited"]
            .as_str()
            .is_some_and(|d| d.len() == 10),
        "{}",
        spec["provenance"]
    );
    let claude = std::fs::read_to_string(out.join("claude.txt")).unwrap();
    assert!(claude.contains("Mimi") && claude.contains("Nova Star"));
    // As extracted, a spec has no `edited`.
    assert!(read(&demo_persona())["provenance"].get("edited").is_none());
}

#[test]
fn the_persons_edited_files_are_never_overwritten_or_removed() {
    let s = Scratch::new();
    let dir = s.path("nova");
    ferry()
        .arg("render")
        .arg(demo_persona())
        .args(["--target", "all", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    // The person edits persona.json in place and writes the folder again from it, twice.
    let (path, spec) = edited(&s);
    std::fs::copy(&path, dir.join("persona.json")).unwrap();
    for _ in 0..2 {
        ferry()
            .arg("migrate")
            .arg(dir.join("persona.json"))
            .args(["--target", "claude", "--force", "--out-dir"])
            .arg(&dir)
            .assert()
            .success();
        assert_eq!(read(&dir.join("persona.json")), spec);
        assert!(!dir.join("persona.new.json").exists());
    }
    // Targets no longer written are removed; the person's persona.json is not.
    assert_eq!(
        names(&dir),
        [
            ".ferry.json",
            "README.md",
            "claude-knowledge.md",
            "claude.txt",
            "persona.json",
            "review.html"
        ]
    );
    // A run from the export keeps the edited persona.json and writes the new one beside it.
    let export = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    ferry()
        .arg("migrate")
        .arg(&export)
        .args(["--target", "claude", "--force", "--out-dir"])
        .arg(&dir)
        .assert()
        .success()
        .stderr(predicate::str::contains("persona.new.json"));
    assert_eq!(read(&dir.join("persona.json")), spec);
    assert_eq!(
        read(&dir.join("persona.new.json"))["memories"]
            .as_array()
            .unwrap()
            .len(),
        read(&demo_persona())["memories"].as_array().unwrap().len()
    );
}

#[test]
fn a_newer_export_keeps_the_edits_of_the_persona_it_is_read_with() {
    let s = Scratch::new();
    // The person's persona from an export that ended on 2025-06-30, edited: two memories
    // kept (one rewritten), one pet name, the companion renamed.
    let mut spec = read(&demo_persona());
    spec["provenance"]["last_date"] = Value::String("2025-06-30".into());
    let memories = spec["memories"].as_array_mut().unwrap();
    memories.retain(|m| m["date"].as_str().is_some_and(|d| d <= "2025-06-30"));
    memories.truncate(2);
    memories[0]["text"] = Value::String("We named the stray cat together.".into());
    spec["user"]["pet_names"] = serde_json::json!(["starlight"]);
    spec["companion"]["name"] = Value::String("Nova Star".into());
    let edited = s.write("edited.json", serde_json::to_string(&spec).unwrap());

    let out = s.path("out");
    let export = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    ferry()
        .arg("migrate")
        .arg(&export)
        .arg("--persona")
        .arg(&edited)
        .args(["--target", "claude", "--out-dir"])
        .arg(&out)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Kept your edits; added what is newer than 2025-06-30",
        ));
    let merged = read(&out.join("persona.json"));
    assert_eq!(merged["companion"]["name"], "Nova Star");
    assert_eq!(strings(&merged["user"]["pet_names"]), ["starlight"]);
    let texts: Vec<String> = merged["memories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        texts.contains(&"We named the stray cat together.".to_owned()),
        "{texts:?}"
    );
    // Every memory is one the person kept, or newer than their export.
    for m in merged["memories"].as_array().unwrap() {
        let d = m["date"].as_str().unwrap_or("");
        let kept = spec["memories"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["source"] == m["source"]);
        assert!(kept || d > "2025-06-30", "{m}");
    }
    assert!(texts.len() > 2, "nothing newer was added: {texts:?}");
}

#[test]
fn batch_takes_persona_files_too() {
    let s = Scratch::new();
    let out = s.path("out");
    let (edited, spec) = edited(&s);
    let stdout = ferry()
        .arg("batch")
        .arg(&edited)
        .args(["--target", "claude", "--json", "--out-dir"])
        .arg(&out)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let records = crate::support::records(&stdout);
    assert_eq!(records[0]["status"], "ok", "{}", records[0]);
    assert_eq!(read(&out.join("edited").join("persona.json")), spec);
}
