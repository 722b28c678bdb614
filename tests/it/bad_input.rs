//! Bad input: a one-line error that says what and where, a non-zero exit, no panic and
//! nothing on stdout. Damaged conversations among good ones are skipped with a warning.

use predicates::prelude::*;

use crate::support::{Scratch, array, conversation, ferry, write_zip};

/// Runs `ferry inspect PATH` and checks the failure shape; returns stderr.
fn fails(path: &std::path::Path, extra: &[&str]) -> String {
    let out = ferry()
        .arg("inspect")
        .arg(path)
        .args(extra)
        .assert()
        .failure()
        .code(1)
        .stdout(predicate::str::is_empty())
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).expect("utf-8 stderr");
    let last = stderr.lines().find(|l| l.starts_with("error: "));
    assert!(last.is_some(), "no error line in stderr: {stderr}");
    assert!(!stderr.contains("panicked"), "stderr: {stderr}");
    stderr
}

fn good_json() -> String {
    array(&[
        conversation("c1", "Hello there", "Hi! How can I help?"),
        conversation("c2", "Thanks", "Any time."),
    ])
}

#[test]
fn missing_file() {
    let s = Scratch::new();
    let err = fails(&s.path("nope.zip"), &[]);
    assert!(
        err.contains("cannot read") && err.contains("nope.zip"),
        "{err}"
    );
    assert!(err.contains("hint:"), "{err}");
}

#[test]
fn not_a_zip() {
    let s = Scratch::new();
    let path = s.write("export.zip", b"\x00\x01binary stuff that is not an export");
    let err = fails(&path, &[]);
    assert!(err.contains("is not a ChatGPT export"), "{err}");
    let path = s.write("empty.zip", b"");
    let err = fails(&path, &[]);
    assert!(err.contains("the file is empty"), "{err}");
}

#[test]
fn truncated_zip() {
    let s = Scratch::new();
    let json = good_json();
    let good = s.zip("good.zip", &[("conversations.json", json.as_bytes())]);
    let bytes = std::fs::read(&good).unwrap();
    let cut = s.write("cut.zip", &bytes[..bytes.len() / 2]);
    let err = fails(&cut, &[]);
    assert!(err.contains("is not a readable zip archive"), "{err}");
    assert!(err.contains("this zip is incomplete or damaged"), "{err}");
    assert!(!err.contains("EOCD"), "the zip library's words: {err}");
    assert!(err.contains("download the export again"), "{err}");
}

#[test]
fn nothing_piped_in() {
    for cmd in ["inspect", "extract", "migrate", "render"] {
        let mut c = ferry();
        c.args([cmd, "-"]).write_stdin("");
        if cmd != "inspect" && cmd != "extract" {
            c.args(["--target", "claude", "--stdout"]);
        }
        if cmd == "render" {
            c = ferry();
            c.args(["render", "-", "--target", "claude"])
                .write_stdin("");
        }
        let out = c.assert().code(1).stdout("").get_output().clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("nothing was piped in"), "{cmd}: {err}");
        assert!(!err.contains("download the export again"), "{cmd}: {err}");
    }
}

#[test]
fn corrupt_zip_data() {
    let s = Scratch::new();
    let json = good_json().clone(); // deflated member
    let good = s.zip("good.zip", &[("conversations.json", json.as_bytes())]);
    let mut bytes = std::fs::read(&good).unwrap();
    // Flip bytes inside the compressed data (after the 30-byte local header and the name).
    let start = 30 + "conversations.json".len() + 5;
    for b in &mut bytes[start..start + 20] {
        *b ^= 0x5A;
    }
    let bad = s.write("bad.zip", &bytes);
    let err = fails(&bad, &[]);
    assert!(err.contains("conversations.json in"), "{err}");
}

#[test]
fn encrypted_zip() {
    let s = Scratch::new();
    let json = good_json();
    let path = s.path("locked.zip");
    write_zip(
        &path,
        &[("conversations.json", json.as_bytes())],
        zip::CompressionMethod::Stored,
    );
    // Set the "encrypted" bit (bit 0 of the general purpose flags) in the local header and
    // in the central directory entry.
    let mut bytes = std::fs::read(&path).unwrap();
    let set_flag = |bytes: &mut Vec<u8>, sig: &[u8], flag_at: usize| {
        let pos = bytes.windows(4).position(|w| w == sig).expect("signature");
        bytes[pos + flag_at] |= 1;
    };
    set_flag(&mut bytes, b"PK\x03\x04", 6);
    set_flag(&mut bytes, b"PK\x01\x02", 8);
    std::fs::write(&path, &bytes).unwrap();
    let err = fails(&path, &[]);
    assert!(err.contains("password-protected"), "{err}");
}

#[test]
fn empty_archive() {
    let s = Scratch::new();
    let path = s.zip("empty.zip", &[]);
    let err = fails(&path, &[]);
    assert!(err.contains("empty zip archive"), "{err}");
}

#[test]
fn archive_without_conversations() {
    let s = Scratch::new();
    let path = s.zip(
        "other.zip",
        &[("user.json", b"{}"), ("shared_conversations.json", b"[]")],
    );
    let err = fails(&path, &[]);
    assert!(err.contains("no conversations.json"), "{err}");
    // With only a viewer page that does not hold the data, the page is named.
    let path = s.zip(
        "page.zip",
        &[("chat.html", b"<html></html>"), ("user.json", b"{}")],
    );
    let err = fails(&path, &[]);
    assert!(
        err.contains("holds no conversations: the page has no `var jsonData"),
        "{err}"
    );
    let dir = s.path("folder");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("user.json"), "{}").unwrap();
    let err = fails(&dir, &[]);
    assert!(err.contains("no conversations.json"), "{err}");
    std::fs::write(dir.join("chat.html"), "<html>").unwrap();
    let err = fails(&dir, &[]);
    assert!(
        err.contains("holds no conversations: the page has no `var jsonData"),
        "{err}"
    );
}

#[test]
fn top_level_not_an_array() {
    let s = Scratch::new();
    for (name, body) in [
        ("string.json", r#""hello""#),
        ("number.json", "42"),
        ("object.json", r#"{"version": 1, "items": []}"#),
    ] {
        let path = s.write(name, body);
        let err = fails(&path, &[]);
        assert!(
            err.contains("expected a JSON array of conversations"),
            "{name}: {err}"
        );
    }
    // In a zip too.
    let path = s.zip("obj.zip", &[("conversations.json", b"  \"nope\"")]);
    let err = fails(&path, &[]);
    assert!(
        err.contains("expected a JSON array") && err.contains("at byte 2"),
        "{err}"
    );
}

#[test]
fn json_cut_short() {
    let s = Scratch::new();
    let json = good_json();
    let cut = &json[..json.len() - 40];
    let path = s.write("conversations.json", cut);
    let err = fails(&path, &[]);
    assert!(err.contains("ends early at byte"), "{err}");
    assert!(err.contains(&format!("byte {}", cut.len())), "{err}");
    let path = s.zip("cut.zip", &[("conversations.json", cut.as_bytes())]);
    let err = fails(&path, &[]);
    assert!(
        err.contains("conversations.json in") && err.contains("ends early"),
        "{err}"
    );
}

#[test]
fn broken_conversation_is_skipped_with_a_warning() {
    let s = Scratch::new();
    let good = conversation("good-1", "Hi", "Hello!");
    let broken =
        r#"{"id": "broken-7", "mapping": {"x": {"message": {"content": 12}}}, "title": 5}"#;
    let json = format!(
        "[{good},{broken},{}]",
        conversation("good-2", "Bye", "Bye!")
    );
    let path = s.write("conversations.json", &json);
    let out = ferry()
        .args(["inspect", "--json"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("warning: skipped conversation #1 (broken-7)"),
        "{stderr}"
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conversations"]["total"], 2);
    assert_eq!(report["conversations"]["skipped"], 1);
    assert_eq!(report["skipped"][0]["id"], "broken-7");
    assert_eq!(report["skipped"][0]["index"], 1);

    // --strict turns the warning into a failure, with nothing on stdout.
    let err = fails(&path, &["--strict"]);
    assert!(err.contains("--strict"), "{err}");
}

#[test]
fn lone_surrogates_are_replaced_not_fatal() {
    let s = Scratch::new();
    let json = array(&[conversation("c1", "PLACEHOLDER", "ok")])
        .replace("PLACEHOLDER", r"broken \ud83d emoji");
    let path = s.write("conversations.json", &json);
    let out = ferry()
        .args(["inspect", "--json"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conversations"]["total"], 1);
    assert_eq!(report["conversations"]["skipped"], 0);
}

#[test]
fn deep_nesting_cannot_overflow_the_stack() {
    let s = Scratch::new();
    let depth = 200_000;
    let deep = format!(
        r#"{{"id":"deep","mapping":{{"n":{{"message":{{"content":{{"content_type":"x","v":{}{}}}}}}}}}}}"#,
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let json = format!("[{},{deep}]", conversation("ok", "Hi", "Hello"));
    let path = s.write("conversations.json", &json);
    let out = ferry()
        .args(["inspect", "--json"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("nested too deeply"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conversations"]["total"], 1);

    // Unbalanced nesting to the end of the file is a cut-short file, not a crash.
    let path = s.write("open.json", format!("[{}", "[".repeat(depth)));
    let err = fails(&path, &[]);
    assert!(err.contains("ends early"), "{err}");
}

/// A zip whose conversations.json is one conversation with a title of `n` copies of `fill`:
/// a few KiB that unpack to `n` bytes.
fn bomb(s: &Scratch, fill: char, n: usize) -> std::path::PathBuf {
    let mut bomb = String::from("[{\"id\":\"b\",\"title\":\"");
    bomb.extend(std::iter::repeat_n(fill, n));
    bomb.push_str("\",\"mapping\":{}}]");
    s.zip("bomb.zip", &[("conversations.json", bomb.as_bytes())])
}

#[test]
fn zip_bomb_hits_the_size_cap() {
    let s = Scratch::new();
    let path = bomb(&s, ' ', 8 << 20);
    let err = fails(&path, &["--max-total-size", "1M"]);
    assert!(err.contains("unpacks to more than 1048576 bytes"), "{err}");
    assert!(err.contains("--max-total-size"), "{err}");
}

#[test]
fn zip_bomb_hits_the_ratio_cap() {
    let s = Scratch::new();
    // 80 MiB of one byte: past the 64 MiB grace, at a ratio near deflate's maximum.
    let path = bomb(&s, 'a', 80 << 20);
    let err = fails(&path, &["--max-conversation-size", "1M"]);
    assert!(err.contains("times larger than it is compressed"), "{err}");
}

#[test]
fn oversized_conversation_is_skipped_in_bounded_memory() {
    let s = Scratch::new();
    let big = conversation("big", &"x".repeat(3 << 20), "ok");
    let json = array(&[conversation("small", "Hi", "Hello"), big]);
    let path = s.write("conversations.json", &json);
    let out = ferry()
        .args(["inspect", "--json", "--max-conversation-size", "1M"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("over the 1048576 byte limit"), "{stderr}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["conversations"]["total"], 1);
}

#[test]
fn member_names_are_never_paths() {
    let s = Scratch::new();
    let json = good_json();
    let path = s.zip(
        "evil.zip",
        &[
            ("../../escape.txt", b"nope"),
            ("/abs/conversations-001.json", b"[]"),
            ("conversations.json", json.as_bytes()),
        ],
    );
    ferry().arg("inspect").arg(&path).assert().success();
    assert!(!s.path("escape.txt").exists());
    assert!(!std::path::Path::new("/abs").exists());
}

#[test]
fn input_is_not_modified() {
    let s = Scratch::new();
    let json = good_json();
    let path = s.zip("export.zip", &[("conversations.json", json.as_bytes())]);
    let before = std::fs::read(&path).unwrap();
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    ferry().arg("inspect").arg(&path).assert().success();
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(std::fs::metadata(&path).unwrap().modified().unwrap(), mtime);
}

#[test]
fn an_export_with_no_conversations_writes_no_persona() {
    let s = Scratch::new();
    let path = s.zip("empty.zip", &[("conversations.json", b"[]")]);
    let out_dir = s.path("out");
    let out_dir = out_dir.to_str().unwrap();
    for cmd in [
        &["extract"][..],
        &["migrate", "--target", "claude", "--out-dir", out_dir],
    ] {
        let out = ferry()
            .args(cmd)
            .arg(&path)
            .assert()
            .failure()
            .code(1)
            .stdout(predicate::str::is_empty())
            .get_output()
            .clone();
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("no conversations"), "{err}");
        assert!(!s.path("out").exists(), "a folder was written");
    }
    // With --gizmo, the hint is about the id.
    let good = s.zip(
        "good.zip",
        &[("conversations.json", good_json().as_bytes())],
    );
    let out = ferry()
        .args(["extract", "--gizmo", "g-nothere"])
        .arg(&good)
        .assert()
        .failure()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("--gizmo") && err.contains("ferry inspect"),
        "{err}"
    );
}

#[test]
fn a_git_lfs_pointer_is_named_as_such() {
    let s = Scratch::new();
    let pointer = "version https://git-lfs.github.com/spec/v1\n\
                   oid sha256:4d7a214614ab2935c943f9e0ff69d22eadbb8f32b1258daaa5e2ca24d17e2393\n\
                   size 48213\n";
    let zip = s.zip("export.zip", &[("conversations.json", pointer.as_bytes())]);
    for path in [s.write("conversations.json", pointer), zip] {
        let err = fails(&path, &[]);
        assert!(err.contains("Git LFS pointer"), "{err}");
        assert!(err.contains("git lfs pull"), "{err}");
    }
}
