//! `ferry render` and `ferry targets` on the fixture personas.

use predicates::prelude::*;

use crate::support::{Scratch, TARGETS, ferry};

fn persona(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/personas")
        .join(format!("{name}.json"))
}

#[test]
fn every_target_renders_the_demo_persona() {
    for target in TARGETS {
        let out = ferry()
            .arg("render")
            .arg(persona("demo"))
            .args(["--target", target])
            .assert()
            .success()
            .stderr(predicate::str::contains("How to use it:"))
            .get_output()
            .clone();
        let stdout = String::from_utf8(out.stdout).expect("utf-8");
        assert!(stdout.contains("Nova"), "{target}");
        // stdout holds only the output: nothing for people leaks into it.
        assert!(!stdout.contains("How to use it"), "{target}");
        assert!(!stdout.contains("Left out"), "{target}");
    }
}

#[test]
fn sillytavern_output_is_json() {
    let out = ferry()
        .arg("render")
        .arg(persona("indonesian"))
        .args(["-t", "sillytavern"])
        .assert()
        .success()
        .get_output()
        .clone();
    let card: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON card");
    assert_eq!(card["spec"], "chara_card_v3");
}

#[test]
fn budget_reports_what_was_left_out() {
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "claude", "--budget", "2500"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Left out"));
    let out = ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "claude", "--budget", "2500", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["target"], "claude");
    assert!(!v["left_out"].as_array().expect("array").is_empty());
    assert!(v["text"].as_str().expect("text").contains("Nova"));
    // The limit given, and the extra files beside the main one.
    assert_eq!(v["limit"]["max"], 2500);
    assert_eq!(v["limit"]["unit"], "characters");
    let also: Vec<&str> = v["also"]
        .as_array()
        .expect("also")
        .iter()
        .map(|a| a["file"].as_str().unwrap())
        .collect();
    assert_eq!(also, ["claude-knowledge.md"]);
}

/// What ferry says to the person is in their language: the summary on stderr and the
/// left-out reasons in `--json`, with `--lang` or, without it, the language the two spoke.
#[test]
fn the_summary_and_left_out_reasons_are_in_the_persons_language() {
    let out = ferry()
        .arg("render")
        .arg(persona("indonesian"))
        .args(["-t", "claude", "--budget", "2500"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Cara memakainya:"))
        .stderr(predicate::str::contains(
            "tidak muat di hasil claude (2.500 karakter)",
        ))
        .stderr(predicate::str::contains("How to use it").not())
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    assert!(
        stdout.contains("Jangan pernah mengarang kenangan bersama"),
        "{stdout}"
    );
    let out = ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "claude", "--budget", "2500", "--json", "--lang", "es"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Cómo usarlo:"))
        .get_output()
        .clone();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let first = &v["left_out"][0];
    assert!(
        first["why"]
            .as_str()
            .expect("why")
            .starts_with("no cabía en"),
        "{first}"
    );
    // Quotes stay as they were said.
    assert!(
        v["text"]
            .as_str()
            .expect("text")
            .contains("Nunca inventes un recuerdo compartido")
    );
}

#[test]
fn writes_to_a_file() {
    let s = Scratch::new();
    let path = s.path("Modelfile");
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "ollama", "--base-model", "mistral:7b", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    let text = std::fs::read_to_string(&path).expect("written");
    assert!(text.contains("FROM mistral:7b\n"));
}

#[test]
fn custom_template() {
    let s = Scratch::new();
    let path = s.write(
        "t.j2",
        "Hello from {{ companion.name }} to {{ user.name }}.\n",
    );
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .arg("--template")
        .arg(&path)
        .assert()
        .success()
        .stdout("Hello from Nova to Mira.\n");
    let bad = s.write("bad.j2", "{{ companion.nickname }}");
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .arg("--template")
        .arg(&bad)
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("template"));
}

#[test]
fn a_bad_persona_file_is_a_clear_error() {
    let s = Scratch::new();
    let not_json = s.write("x.json", "hello");
    let not_persona = s.write("y.json", r#"{"spec": "something/else"}"#);
    let broken = s.write("z.json", r#"{"spec": "ferry.persona/1", "companion": {}}"#);
    for (path, says) in [
        (not_json, "is not JSON"),
        (not_persona, "is not a persona spec"),
        (broken, "companion.aliases: is missing"),
        (s.path("missing.json"), "cannot read"),
    ] {
        ferry()
            .arg("render")
            .arg(&path)
            .args(["-t", "claude"])
            .assert()
            .code(1)
            .stdout("")
            .stderr(predicate::str::contains(says));
    }
}

#[test]
fn an_unknown_target_is_a_usage_error() {
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "gpt-4o"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("claude"));
}

#[test]
fn targets_lists_every_target() {
    let out = ferry()
        .arg("targets")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).expect("utf-8");
    for target in TARGETS {
        assert!(
            stdout.lines().any(|l| l.starts_with(&format!("{target} "))),
            "{target}"
        );
    }
    assert!(stdout.contains("1,500 characters"));
}

#[test]
fn readme_shows_the_current_claude_output() {
    let out = ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "claude"])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).expect("README");
    assert!(
        readme.contains(&format!("```text\n{text}```")),
        "README's claude example is out of date: re-render it from fixtures/personas/demo.json"
    );
}

#[test]
fn sillytavern_png_card() {
    let s = Scratch::new();
    let path = s.path("Nova.png");
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "sillytavern", "-o"])
        .arg(&path)
        .assert()
        .success()
        .stdout("");
    let bytes = std::fs::read(&path).expect("written");
    let card = ferry::render::card::read_png(&bytes).expect("a card");
    assert_eq!(card["spec"], "chara_card_v3");
    assert_eq!(card["data"]["name"], "Nova");
    // `ferry card` reads it back on the command line.
    let out = ferry()
        .arg("card")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let read: serde_json::Value = serde_json::from_slice(&out).expect("card JSON");
    assert_eq!(read, card);
    ferry()
        .arg("card")
        .arg(persona("demo"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("is not a character card"));
    ferry()
        .arg("render")
        .arg(persona("demo"))
        .args(["-t", "claude", "-o"])
        .arg(s.path("x.png"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("only --target sillytavern"));
}

#[test]
fn a_template_error_is_one_line_naming_the_file() {
    let s = Scratch::new();
    for body in ["{{ foo(", "{{ companion.nickname }}"] {
        let template = s.write("mine.j2", body);
        let out = ferry()
            .arg("render")
            .arg(persona("demo"))
            .arg("--template")
            .arg(&template)
            .assert()
            .code(1)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(lines.len(), 2, "an error line and a hint: {err}");
        assert!(
            lines[0].starts_with("error: the template could not be rendered"),
            "{err}"
        );
        assert!(lines[0].contains("mine.j2"), "{err}");
        assert!(lines[1].trim_start().starts_with("hint:"), "{err}");
    }
}

/// Regression (found by the render property test): a name whose tagline came to exactly 50
/// characters ("NNN…: affectionate") measured 51 with the template's line end, and the
/// Character.AI render failed with "the identity alone does not fit the Tagline".
#[test]
fn a_tagline_of_exactly_fifty_characters_fits() {
    let s = Scratch::new();
    let mut p: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(persona("demo")).unwrap()).unwrap();
    for len in 30..=50 {
        p["companion"]["name"] = serde_json::Value::from("N".repeat(len));
        let path = s.write("persona.json", serde_json::to_string(&p).unwrap());
        let out = ferry()
            .arg("render")
            .arg(&path)
            .args(["--target", "character-ai"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        let tagline = out
            .split("## Tagline (50 characters)\n\n")
            .nth(1)
            .and_then(|rest| rest.lines().next())
            .unwrap();
        assert!(tagline.chars().count() <= 50, "{len}: {tagline:?}");
    }
}

#[test]
fn a_png_card_is_only_the_sillytavern_card_and_says_why_not() {
    let s = Scratch::new();
    let tpl = s.write("mine.j2", "{{ companion.display }}");
    let refuse = |args: &[&str], why: &str| {
        ferry()
            .arg("render")
            .arg(persona("demo"))
            .args(args)
            .args(["-o".as_ref(), s.path("card.png").as_os_str()])
            .assert()
            .failure()
            .stderr(predicate::str::contains(why));
        assert!(!s.path("card.png").exists(), "nothing is written");
    };
    refuse(
        &["-t", "claude"],
        "only --target sillytavern can be written as a PNG card",
    );
    refuse(&["-t", "sillytavern", "--json"], "not --json output");
    refuse(
        &["-t", "sillytavern", "--template", tpl.to_str().unwrap()],
        "not a custom --template",
    );
}
