//! `ferry review`: the page is written, complete in itself, safe with hostile text, and never
//! replaces a file unasked.

use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Scratch, ferry};

fn fixture(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn demo() -> Value {
    let text = std::fs::read_to_string(fixture("fixtures/personas/demo.json")).unwrap();
    serde_json::from_str(&text).unwrap()
}

/// Writes the page for `persona` and returns it.
fn page(s: &Scratch, persona: &Value) -> String {
    let input = s.write(
        "persona.json",
        serde_json::to_string_pretty(persona).unwrap(),
    );
    let out = s.path("review.html");
    ferry()
        .arg("review")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("Wrote"));
    std::fs::read_to_string(out).unwrap()
}

/// The values of every `attr="…"` (or `attr='…'`) in `html`.
fn attribute_values(html: &str, attr: &str) -> Vec<String> {
    let lower = html.to_ascii_lowercase();
    let mut out = Vec::new();
    let needle = format!("{attr}=");
    let mut from = 0;
    while let Some(i) = lower[from..].find(&needle) {
        let start = from + i + needle.len();
        let rest = &html[start..];
        let value = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => rest[1..].split(q).next().unwrap_or(""),
            _ => rest.split([' ', '>']).next().unwrap_or(""),
        };
        out.push(value.to_owned());
        from = start;
    }
    out
}

#[test]
fn the_page_is_complete_in_itself() {
    let s = Scratch::new();
    let html = page(&s, &demo());
    assert!(html.starts_with("<!doctype html>"));
    assert!(html.contains(r#"<script type="application/json" id="ferry-data">"#));
    assert!(html.contains("Nova"));
    for attr in ["src", "href", "action", "srcset", "poster", "data"] {
        for value in attribute_values(&html, attr) {
            let v = value.trim().to_ascii_lowercase();
            assert!(
                !(v.starts_with("http:") || v.starts_with("https:") || v.starts_with("//")),
                "{attr}={value}"
            );
        }
    }
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<link"), "no linked stylesheet or font");
    let style = &lower[lower.find("<style>").unwrap()..lower.find("</style>").unwrap()];
    assert!(
        !style.contains("@import") && !style.contains("url("),
        "no outside CSS"
    );
    assert!(!lower.contains("https://"), "no address at all");
    assert!(!lower.contains("fetch(") && !lower.contains("xmlhttprequest"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(s.path("review.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[test]
fn a_planted_script_stays_text() {
    let s = Scratch::new();
    let mut persona = demo();
    persona["memories"][0]["text"] = Value::from("<script>alert(1)</script>");
    persona["memories"][1]["text"] = Value::from("</script><script>alert(2)</script><!--");
    persona["user"]["pet_names"][0] = Value::from("<img src=x onerror=alert(3)>");
    persona["companion"]["evidence"][0]["quote"] = Value::from("]]></script>");
    let html = page(&s, &persona);
    assert!(
        !html.contains("alert(1)</script>"),
        "the planted tag is in the page as HTML"
    );
    assert!(!html.contains("<img src=x"));
    assert!(!html.contains("]]></script>"));
    assert!(!html.contains("<!--"));
    // The page's own two scripts, and no more.
    assert_eq!(html.matches("<script").count(), 2);
    assert_eq!(html.matches("</script>").count(), 2);
    // The text is there, written as JSON escapes, and reads back as it was.
    assert!(html.contains(r"\u003cscript\u003ealert(1)\u003c/script\u003e"));
    let start = html.find(r#"id="ferry-data">"#).unwrap() + r#"id="ferry-data">"#.len();
    let end = start + html[start..].find("</script>").unwrap();
    let data: Value = serde_json::from_str(&html[start..end]).unwrap();
    assert_eq!(
        data["spec"]["memories"][0]["text"],
        "<script>alert(1)</script>"
    );
    assert_eq!(data["spec"], persona);
}

#[test]
fn an_existing_file_is_kept_without_force() {
    let s = Scratch::new();
    let input = fixture("fixtures/personas/demo.json");
    let out = s.write("review.html", "my own notes");
    ferry()
        .arg("review")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(
            predicate::str::contains("already exists").and(predicate::str::contains("--force")),
        );
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "my own notes");
    ferry()
        .arg("review")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .arg("--force")
        .assert()
        .success();
    assert!(
        std::fs::read_to_string(&out)
            .unwrap()
            .contains("ferry-data")
    );
}

#[test]
fn without_o_it_writes_review_html_here() {
    let s = Scratch::new();
    let here = s.path("here");
    std::fs::create_dir(&here).unwrap();
    ferry()
        .current_dir(&here)
        .arg("review")
        .arg(fixture("fixtures/personas/demo.json"))
        .assert()
        .success();
    assert!(here.join("review.html").is_file());
    // A second run leaves it alone.
    ferry()
        .current_dir(&here)
        .arg("review")
        .arg(fixture("fixtures/personas/demo.json"))
        .assert()
        .code(1);
}

#[test]
fn an_export_is_read_first() {
    let s = Scratch::new();
    let out = s.path("review.html");
    ferry()
        .arg("review")
        .arg(fixture("fixtures/demo-export.zip"))
        .args(["--user", "Mira", "-o"])
        .arg(&out)
        .assert()
        .success();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains(r#""name":"Nova""#), "the demo's companion");
    assert!(html.contains(r#""name":"Mira""#));
}

#[test]
fn a_damaged_persona_names_the_field_and_writes_nothing() {
    let s = Scratch::new();
    let mut persona = demo();
    persona["memories"][2]["date"] = Value::from("yesterday");
    let input = s.write("persona.json", serde_json::to_string(&persona).unwrap());
    let out = s.path("review.html");
    ferry()
        .arg("review")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("memories[2].date"));
    assert!(!out.exists());
}

#[test]
fn the_page_speaks_the_language_they_spoke() {
    let s = Scratch::new();
    let mut persona = demo();
    persona["voice"]["languages"] = serde_json::json!(["de", "en"]);
    let input = s.write("persona.json", serde_json::to_string(&persona).unwrap());
    let out = s.path("review.html");
    let assert = ferry()
        .arg("review")
        .arg(&input)
        .arg("-o")
        .arg(&out)
        .assert()
        .success();
    let said = String::from_utf8_lossy(&assert.get_output().stderr).into_owned();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains(r#"<html lang="de">"#));
    assert!(!html.contains(">Who is who<") && !html.contains(">Save persona<"));
    assert!(!said.contains("Wrote") && said.contains("Nova"), "{said}");
    // --lang chooses another, for the page and what ferry says.
    ferry()
        .arg("review")
        .arg(&input)
        .args(["--lang", "ja", "--force", "-o"])
        .arg(&out)
        .assert()
        .success();
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.contains(r#"<html lang="ja">"#));
    // The page migrate writes is in the language of its folder.
    let dir = s.path("out");
    ferry()
        .arg("migrate")
        .arg(&input)
        .args(["--target", "claude", "--lang", "fr", "--out-dir"])
        .arg(&dir)
        .assert()
        .success();
    let html = std::fs::read_to_string(dir.join("review.html")).unwrap();
    assert!(html.contains(r#"<html lang="fr">"#));
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    assert!(
        !readme.contains("## What to do next"),
        "the README is French too"
    );
}

#[test]
fn a_language_ferry_does_not_have_is_refused_and_nothing_is_written() {
    let s = Scratch::new();
    let out = s.path("review.html");
    ferry()
        .arg("review")
        .arg(fixture("fixtures/demo-export.zip"))
        .args(["--lang", "xx", "-o"])
        .arg(&out)
        .assert()
        .failure()
        .stderr(predicate::str::contains("\"xx\"").and(predicate::str::contains("zh-Hant")));
    assert!(!out.exists());
}
