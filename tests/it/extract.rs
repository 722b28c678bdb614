//! `ferry extract` on synthetic exports whose truth is known.

use ferry_synth::{self as synth, Era, Lang, Persona, SynthSpec};
use predicates::prelude::*;
use serde_json::Value;

use crate::support::{Scratch, array, conversation, ferry, strings};

fn spec(era: Era, seed: u64, companion: Option<Persona>) -> SynthSpec {
    SynthSpec {
        conversations: 40,
        seed,
        companion,
        ..SynthSpec::new(era)
    }
}

/// Runs `ferry extract` on a generated export and returns the spec, checked against the
/// JSON Schema.
fn extract(spec: &SynthSpec, extra: &[&str]) -> Value {
    let (_scratch, path) = write_export(spec);
    extract_path(&path, extra)
}

/// A generated export in a scratch folder (kept while the `Scratch` lives).
fn write_export(spec: &SynthSpec) -> (Scratch, std::path::PathBuf) {
    let scratch = Scratch::new();
    let path = scratch.path("export.zip");
    synth::write_zip(spec, &path).expect("write export");
    (scratch, path)
}

/// `ferry extract PATH EXTRA…`: the spec, checked against the published schema.
pub(crate) fn extract_path(path: &std::path::Path, extra: &[&str]) -> Value {
    let out = ferry()
        .arg("extract")
        .arg(path)
        .args(extra)
        .assert()
        .success()
        .get_output()
        .clone();
    let value: Value = serde_json::from_slice(&out.stdout).expect("stdout is the JSON spec");
    validate(&value);
    value
}

fn validate(value: &Value) {
    let schema: Value =
        serde_json::from_str(include_str!("../../schema/persona.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "spec does not match the schema: {errors:#?}"
    );
}

fn kinds(spec: &Value) -> Vec<String> {
    spec["memories"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["kind"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn committed_schema_matches_the_types() {
    let out = ferry()
        .arg("schema")
        .assert()
        .success()
        .get_output()
        .clone();
    let committed = include_str!("../../schema/persona.schema.json");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        committed,
        "schema/persona.schema.json is stale: run `cargo run -- schema > schema/persona.schema.json`"
    );
}

#[test]
fn name_in_custom_instructions() {
    let s = extract(
        &spec(Era::Modern2025, 11, Some(Persona::example(Lang::En))),
        &[],
    );
    assert_eq!(s["spec"], "ferry.persona/1");
    let c = &s["companion"];
    assert_eq!(c["name"], "Nova");
    assert!(
        c["confidence"].as_f64().unwrap() >= 0.8,
        "{}",
        c["confidence"]
    );
    assert!(!c["evidence"].as_array().unwrap().is_empty());
    assert_eq!(c["models"][0]["slug"], "gpt-4o");
    assert_eq!(s["user"]["name"], "Mira");
    let pets = strings(&s["user"]["pet_names"]);
    assert!(
        pets.contains(&"starlight".to_owned()) && pets.contains(&"love".to_owned()),
        "{pets:?}"
    );
    assert!(!pets.iter().any(|p| p == "Mira" || p == "Nova"), "{pets:?}");
    let kinds = kinds(&s);
    assert!(kinds.contains(&"saved".to_owned()), "{kinds:?}");
    assert!(kinds.contains(&"ritual".to_owned()), "{kinds:?}");
    assert!(kinds.contains(&"moment".to_owned()), "{kinds:?}");
    assert!(!s["examples"].as_array().unwrap().is_empty());
    assert!(
        s["custom_instructions"]["about_model"]
            .as_str()
            .unwrap()
            .contains("Nova")
    );
    assert_eq!(s["voice"]["languages"][0], "en");
    assert_eq!(s["provenance"]["conversations"], 40);
    assert_eq!(s["provenance"]["export_sha256"].as_str().unwrap().len(), 64);
}

#[test]
fn name_only_in_chat() {
    let mut persona = Persona::example(Lang::En);
    persona.name_in_instructions = false;
    let s = extract(&spec(Era::Modern2025, 20, Some(persona)), &[]);
    assert!(
        !s["custom_instructions"]["about_model"]
            .as_str()
            .unwrap_or("")
            .contains("Nova")
    );
    assert_eq!(s["companion"]["name"], "Nova");
    assert_eq!(s["companion"]["named"]["source"], "chat");
    assert!(
        s["companion"]["named"]["quote"]
            .as_str()
            .unwrap()
            .contains("Nova")
    );
    assert_eq!(s["user"]["name"], "Mira");
}

#[test]
fn indonesian_companion() {
    let s = extract(
        &spec(Era::Modern2025, 12, Some(Persona::example(Lang::Id))),
        &[],
    );
    assert_eq!(s["companion"]["name"], "Bintang");
    assert_eq!(s["user"]["name"], "Sari");
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"sayang".to_owned()), "{pets:?}");
    assert_eq!(s["voice"]["languages"][0], "id");
}

#[test]
fn every_supported_language() {
    let expected = [
        (Lang::Es, "Sol", "Carmen", "cielo", "es"),
        (Lang::Pt, "Aurora", "Ana", "meu bem", "pt"),
        (Lang::De, "Juna", "Katrin", "Schatz", "de"),
        (Lang::Fr, "Lumi", "Chloé", "mon cœur", "fr"),
    ];
    for (i, (lang, companion, user, pet, code)) in expected.into_iter().enumerate() {
        let era = [
            Era::Classic2023,
            Era::Modern2025,
            Era::Sharded2026,
            Era::Slim2026,
        ][i];
        let s = extract(&spec(era, 30 + i as u64, Some(Persona::example(lang))), &[]);
        assert_eq!(s["companion"]["name"], companion, "{lang:?}");
        assert_eq!(s["user"]["name"], user, "{lang:?}");
        assert!(
            strings(&s["user"]["pet_names"]).contains(&pet.to_owned()),
            "{lang:?}: {}",
            s["user"]["pet_names"]
        );
        assert_eq!(s["voice"]["languages"][0], code, "{lang:?}");
    }
}

#[test]
fn companion_beside_a_custom_gpt_and_decoys() {
    // The generated export has a decoy custom GPT, a project, a cat, a friend, a coworker and
    // a city; none of them is the companion.
    let sharded = spec(Era::Sharded2026, 13, Some(Persona::example(Lang::En)));
    let (_scratch, path) = write_export(&sharded);
    let s = extract_path(&path, &[]);
    // The conversation present in two shards counts once.
    assert_eq!(s["provenance"]["conversations"], 40);
    assert_eq!(s["companion"]["name"], "Nova");
    assert!(s["companion"]["gizmo_id"].is_null());
    for c in s["companion"]["candidates"].as_array().unwrap() {
        if c["name"] != "Nova" {
            assert!(!c["rejected"].is_null(), "{c}");
        }
    }
    let pets = strings(&s["user"]["pet_names"]);
    for decoy in ["Biscuit", "Jonah", "Leeds", "Spotify", "ChatGPT"] {
        assert!(
            !pets.iter().any(|p| p.eq_ignore_ascii_case(decoy)),
            "{decoy} in {pets:?}"
        );
    }
}

#[test]
fn companion_living_in_a_custom_gpt() {
    let mut persona = Persona::example(Lang::En);
    persona.gizmo_id = Some("g-NovaHome1".into());
    let s = extract(&spec(Era::Modern2025, 21, Some(persona.clone())), &[]);
    assert_eq!(s["companion"]["name"], "Nova");
    assert_eq!(s["companion"]["gizmo_id"], "g-NovaHome1");
    let only = extract(
        &spec(Era::Modern2025, 21, Some(persona)),
        &["--gizmo", "g-NovaHome1"],
    );
    assert_eq!(only["companion"]["name"], "Nova");
    assert_eq!(only["provenance"]["filters"]["gizmo"], "g-NovaHome1");
    assert!(
        only["provenance"]["conversations"].as_u64() < s["provenance"]["conversations"].as_u64()
    );
}

#[test]
fn user_json_never_reaches_the_spec() {
    let (_sc, path) = write_export(&spec(
        Era::Classic2023,
        22,
        Some(Persona::example(Lang::En)),
    ));
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut user_json = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("user.json").unwrap(), &mut user_json)
        .unwrap();
    let user: Value = serde_json::from_str(&user_json).unwrap();
    let out = ferry()
        .arg("extract")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    for key in ["email", "phone_number", "id"] {
        let secret = user[key].as_str().expect("user.json field");
        assert!(
            !out.contains(secret),
            "{key} from user.json leaked into the spec"
        );
    }
}

#[test]
fn no_companion_is_null_not_a_guess() {
    for era in [Era::Classic2023, Era::Modern2025, Era::Slim2026] {
        let s = extract(&spec(era, 14, None), &[]);
        assert!(
            s["companion"]["name"].is_null(),
            "{era:?}: {}",
            s["companion"]
        );
        assert_eq!(s["companion"]["confidence"], 0.0);
    }
}

#[test]
fn slim_2026_chat_text_and_citations_only() {
    let s = extract(
        &spec(Era::Slim2026, 15, Some(Persona::example(Lang::En))),
        &[],
    );
    assert_eq!(s["companion"]["name"], "Nova");
    assert!(s["custom_instructions"]["about_model"].is_null());
    // Slim files keep memory only as citations (and bio replies saying the same thing, which
    // merge with them).
    let kinds = kinds(&s);
    assert!(
        kinds.iter().any(|k| k == "citation" || k == "memory_write"),
        "{kinds:?}"
    );
    assert!(kinds.contains(&"ritual".to_owned()), "{kinds:?}");
    assert!(!kinds.contains(&"saved".to_owned()), "{kinds:?}");
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"starlight".to_owned()), "{pets:?}");
}

#[test]
fn same_input_same_bytes() {
    let (_sc, path) = write_export(&spec(Era::Modern2025, 16, Some(Persona::example(Lang::En))));
    let run = || {
        ferry()
            .arg("extract")
            .arg(&path)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone()
    };
    assert_eq!(run(), run());
}

#[test]
fn output_file_is_written_and_summary_goes_to_stderr() {
    let (sc, path) = write_export(&spec(Era::Modern2025, 17, Some(Persona::example(Lang::En))));
    let out_path = sc.path("persona.json");
    std::fs::write(&out_path, "old").unwrap();
    ferry()
        .args(["extract"])
        .arg(&path)
        .arg("-o")
        .arg(&out_path)
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("Found Nova (confidence"));
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&out_path).unwrap()).unwrap();
    assert_eq!(written["companion"]["name"], "Nova");
    // No temporary files are left beside it.
    let names: Vec<_> = std::fs::read_dir(sc.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn the_person_can_name_the_companion_and_themselves() {
    let (_sc, path) = write_export(&spec(Era::Modern2025, 18, Some(Persona::example(Lang::En))));
    // A name ferry never saw is taken as given; the candidates it found are kept, set aside.
    let out = ferry()
        .arg("extract")
        .arg(&path)
        .args(["--companion", "Zorblax", "--user", "Mimi"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let s: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(s["companion"]["name"], "Zorblax");
    assert_eq!(s["user"]["name"], "Mimi");
    assert_eq!(s["provenance"]["filters"]["companion"], "Zorblax");
    let candidates = s["companion"]["candidates"].as_array().unwrap();
    assert!(
        candidates
            .iter()
            .any(|c| c["name"] == "Nova" && c["rejected"] == "you chose another name"),
        "{candidates:?}"
    );
    ferry()
        .arg("extract")
        .arg(&path)
        .args(["--since", "yesterday"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("'yesterday' is not a date"));
}

#[test]
fn gizmo_and_model_filters() {
    let (_sc, path) = write_export(&spec(Era::Modern2025, 19, Some(Persona::example(Lang::En))));
    let all = extract_path(&path, &[]);
    let narrowed = extract_path(
        &path,
        &[
            "--model",
            "gpt-4o",
            "--since",
            "2024-01-01",
            "--until",
            "2030-01-01",
        ],
    );
    assert_eq!(narrowed["provenance"]["filters"]["models"][0], "gpt-4o");
    assert!(narrowed["voice"]["style"]["replies"].as_u64().unwrap() > 0);
    assert_eq!(all["companion"]["name"], narrowed["companion"]["name"]);
    // A --gizmo that matches nothing is an error, not an empty persona
    // (bad_input::an_export_with_no_conversations_writes_no_persona).
    ferry()
        .arg("extract")
        .arg(&path)
        .args(["--gizmo", "g-doesnotexist"])
        .assert()
        .failure()
        .code(1)
        .stdout(predicates::str::is_empty());
}

#[test]
fn hand_written_export_with_personal_identifiers_is_redacted() {
    // Masking is the default; `--no-redact` keeps them, `--redact` is still accepted.
    let sc = Scratch::new();
    let json = array(&[
        conversation(
            "c1",
            "Good morning Nova! Write to me at mira.test@example.com",
            "Good morning, starlight! ☀️ I'm here.",
        ),
        conversation(
            "c2",
            "Goodnight Nova, call me on +44 7700 900123",
            "Sleep well, starlight 🌙",
        ),
        conversation(
            "c3",
            "Good morning Nova!",
            "Good morning, starlight! Did you sleep?",
        ),
        conversation(
            "c4",
            "Goodnight Nova! my wifi password is Sunflower!2024 in case I forget",
            "Sleep well, starlight 🌙 Maybe keep that somewhere safer.",
        ),
    ]);
    let path = sc.write("conversations.json", json);
    let plain = ferry()
        .args(["extract", "--no-redact"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let plain = String::from_utf8(plain).unwrap();
    let redacted = ferry()
        .args(["extract", "--redact"])
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let redacted = String::from_utf8(redacted).unwrap();
    assert!(
        plain.contains("mira.test@example.com") || plain.contains("7700 900123"),
        "the identifiers reach the spec unredacted: {plain}"
    );
    assert!(!redacted.contains("mira.test@example.com"), "{redacted}");
    assert!(!redacted.contains("7700 900123"), "{redacted}");
    // A password said in passing, in an example exchange.
    assert!(plain.contains("Sunflower!2024"), "{plain}");
    assert!(!redacted.contains("Sunflower!2024"), "{redacted}");
    assert!(redacted.contains("[password]"), "{redacted}");
    let value: Value = serde_json::from_str(&redacted).unwrap();
    validate(&value);
    assert_eq!(value["provenance"]["redacted"], true);
}

#[test]
fn demo_persona_fixture_is_what_extract_writes() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let out = ferry()
        .arg("extract")
        .arg(root.join("fixtures/demo-export.zip"))
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let committed = std::fs::read(root.join("fixtures/personas/demo.json")).unwrap();
    assert!(
        out == committed,
        "fixtures/personas/demo.json is stale: run `cargo run -- extract fixtures/demo-export.zip -o fixtures/personas/demo.json`, then update the render snapshots"
    );
}
