//! `ferry inspect` on every kind of input and every era of export.

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Scratch, array, conversation, ferry};

fn inspect_json(args: &[&std::ffi::OsStr]) -> Value {
    let out = ferry()
        .arg("inspect")
        .arg("--json")
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn inspect_path(path: &std::path::Path) -> Value {
    inspect_json(&[path.as_os_str()])
}

#[test]
fn zip_folder_and_bare_json_agree() {
    let s = Scratch::new();
    let json = array(&[
        conversation("c1", "Good morning Nova!", "Morning, starlight 💫"),
        conversation("c2", "Tell me a story", "Once upon a time…"),
    ]);
    let zip = s.zip(
        "export.zip",
        &[
            ("export/conversations.json", json.as_bytes()),
            ("export/chat.html", b"<html></html>"),
            ("__MACOSX/export/._conversations.json", b"\x00\x05junk"),
        ],
    );
    let dir = s.path("unzipped");
    s.write("unzipped/conversations.json", &json);
    s.write("unzipped/user.json", "{}");
    let bare = s.write("bare/conversations.json", &json);

    for (path, kind) in [(zip, "zip"), (dir, "directory"), (bare, "json")] {
        let r = inspect_path(&path);
        assert_eq!(r["schema"], "ferry.inspect/1");
        assert_eq!(r["source"]["kind"], kind);
        assert_eq!(r["source"]["format"], "classic");
        assert_eq!(r["conversations"]["total"], 2, "{kind}");
        assert_eq!(r["messages"]["user"], 2);
        assert_eq!(r["messages"]["assistant"], 2);
        assert_eq!(r["models"][0]["slug"], "gpt-4o");
        assert_eq!(r["gpt_4o_share"], 1.0);
        assert_eq!(r["dates"]["first"], "2024-05-06");
    }
}

#[test]
fn folder_holding_the_export_one_level_down() {
    let s = Scratch::new();
    let json = array(&[conversation("c1", "Hi", "Hello")]);
    s.write("outer/chatgpt-export/conversations.json", &json);
    let r = inspect_path(&s.path("outer"));
    assert_eq!(r["conversations"]["total"], 1);
}

#[test]
fn stdin_json_and_zip() {
    let s = Scratch::new();
    let json = array(&[
        conversation("c1", "Hi", "Hello"),
        conversation("c2", "Yo", "Hey"),
    ]);
    let out = ferry()
        .args(["inspect", "--json", "-"])
        .write_stdin(json.clone())
        .assert()
        .success()
        .get_output()
        .clone();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["source"]["kind"], "stdin");
    assert_eq!(r["conversations"]["total"], 2);

    let zip = s.zip(
        "export.zip",
        &[
            ("user.json", b"{}"),
            ("conversations.json", json.as_bytes()),
        ],
    );
    let out = ferry()
        .args(["inspect", "--json", "-"])
        .write_stdin(std::fs::read(zip).unwrap())
        .assert()
        .success()
        .get_output()
        .clone();
    let r: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(r["conversations"]["total"], 2);
}

#[test]
fn shards_follow_the_manifest_and_merge_duplicates() {
    let s = Scratch::new();
    let older = conversation("dup", "old question", "old answer");
    let newer =
        conversation("dup", "new question", "new answer").replace("1715000100.0", "1716000000.0");
    assert_ne!(older, newer, "update_time was changed");
    let manifest = r#"{"export_files":[],"logical_files":{"conversations.json":{"files":["conversations-000.json","conversations-001.json","conversations-002.json"],"shard_count":3,"sharded":true}},"version":1}"#;
    let zip = s.zip(
        "export.zip",
        &[
            ("conversations-002.json", array(&[newer]).as_bytes()),
            (
                "conversations-000.json",
                array(&[conversation("a", "1", "1"), older]).as_bytes(),
            ),
            (
                "conversations-001.json",
                array(&[conversation("b", "2", "2")]).as_bytes(),
            ),
            ("conversations.json.index", b"not json at all"),
            (
                "shared_conversations.json",
                b"[{\"id\":\"x\",\"conversation_id\":\"zzz\"}]",
            ),
            ("export_manifest.json", manifest.as_bytes()),
        ],
    );
    let r = inspect_path(&zip);
    assert_eq!(r["source"]["format"], "sharded");
    assert_eq!(r["source"]["manifest"], true);
    assert_eq!(
        r["source"]["files"],
        serde_json::json!([
            "conversations-000.json",
            "conversations-001.json",
            "conversations-002.json"
        ])
    );
    assert_eq!(r["conversations"]["total"], 3, "dup counted once");
    assert_eq!(r["conversations"]["duplicates"], 1);
    assert_eq!(r["messages"]["user"], 3);
}

#[test]
fn text_summary_is_short_and_progress_stays_off_when_not_a_terminal() {
    let s = Scratch::new();
    let json = array(&[conversation("c1", "Hi", "Hello")]);
    let path = s.write("conversations.json", &json);
    let out = ferry()
        .arg("inspect")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("Conversations 1"), "{stdout}");
    assert!(stdout.contains("gpt-4o 100%"), "{stdout}");
    assert!(stdout.lines().count() <= 14, "{stdout}");
    assert!(
        out.stderr.is_empty(),
        "nothing on stderr: {:?}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn quiet_silences_warnings() {
    let s = Scratch::new();
    let json = format!(
        "[{},{{\"id\":\"bad\",\"mapping\":3}}]",
        conversation("c1", "Hi", "Hello")
    );
    let path = s.write("conversations.json", &json);
    ferry()
        .args(["inspect", "-q"])
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
    ferry()
        .arg("inspect")
        .arg(&path)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "warning: skipped conversation #1 (bad)",
        ));
}

#[test]
fn inspect_and_extract_agree_on_the_companion() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    let json = |args: &[&str]| -> serde_json::Value {
        let out = ferry()
            .args(args)
            .arg(&demo)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).unwrap()
    };
    let inspected = json(&["inspect", "--json"]);
    let extracted = json(&["extract"]);
    assert_eq!(
        inspected["companions"][0]["name"],
        extracted["companion"]["name"]
    );
    assert_eq!(
        inspected["companions"][0]["conversations"],
        extracted["companion"]["conversations"]
    );
}

/// Archiving or renaming a conversation moves its `update_time`; the last date is the last
/// message's, in `inspect` and in the persona's provenance alike.
#[test]
fn the_last_date_is_the_last_message_not_the_update_time() {
    let s = Scratch::new();
    let mut archived: Value = serde_json::from_str(&conversation("c1", "Hello", "Hi!")).unwrap();
    // Messages on 2024-05-06; archived on 2025-03-01.
    archived["update_time"] = Value::from(1_740_787_200.0);
    archived["is_archived"] = Value::from(true);
    let path = s.write("conversations.json", array(&[archived.to_string()]));
    let report = inspect_path(&path);
    assert_eq!(report["dates"]["first"], "2024-05-06");
    assert_eq!(report["dates"]["last"], "2024-05-06");
    let spec = crate::extract::extract_path(&path, &[]);
    assert_eq!(
        spec["provenance"]["last_date"], "2024-05-06",
        "{}",
        spec["provenance"]
    );
}
