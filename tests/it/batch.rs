//! `ferry batch`: many exports, one folder and one NDJSON record each, carrying on past
//! failures.

use ferry_synth::{self as synth, Era, Lang, Persona, SynthSpec};
use predicates::prelude::*;

use crate::support::{Scratch, ferry, records};

#[test]
fn one_corrupt_export_among_good_ones() {
    let s = Scratch::new();
    let good = s.path("mira.zip");
    synth::write_zip(
        &SynthSpec {
            conversations: 20,
            companion: Some(Persona::example(Lang::En)),
            ..SynthSpec::new(Era::Modern2025)
        },
        &good,
    )
    .unwrap();
    let sari = s.path("sari.zip");
    synth::write_zip(
        &SynthSpec {
            conversations: 20,
            companion: Some(Persona::example(Lang::Id)),
            ..SynthSpec::new(Era::Slim2026)
        },
        &sari,
    )
    .unwrap();
    let broken = s.write("broken.zip", b"PK\x03\x04 not really a zip");
    let out_dir = s.path("out");
    let out = ferry()
        .arg("batch")
        .args([&good, &broken, &sari])
        .args([
            "--target",
            "claude,markdown",
            "--jobs",
            "2",
            "--json",
            "--out-dir",
        ])
        .arg(&out_dir)
        .assert()
        .code(3)
        .get_output()
        .clone();
    let r = records(&out.stdout);
    assert_eq!(r.len(), 3);
    assert_eq!(r[0]["status"], "ok");
    assert_eq!(r[0]["companion"], "Nova");
    assert_eq!(r[1]["status"], "error");
    assert!(
        r[1]["error"].as_str().unwrap().contains("broken.zip"),
        "{}",
        r[1]
    );
    assert_eq!(r[2]["status"], "ok");
    assert_eq!(r[2]["companion"], "Bintang");
    for rec in [&r[0], &r[2]] {
        for f in rec["files"].as_array().unwrap() {
            assert!(std::path::Path::new(f.as_str().unwrap()).is_file(), "{f}");
        }
    }
    assert!(out_dir.join("mira/claude.txt").is_file());
    assert!(out_dir.join("sari/continuity.md").is_file());
    assert!(!out_dir.join("broken").exists());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("3 exports: 2 migrated"), "{stderr}");
}

#[test]
fn manifest_with_per_export_options_and_all_ok() {
    let s = Scratch::new();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    let manifest = s.write(
        "exports.jsonl",
        format!(
            "# two runs of the demo\n{{\"export\": {:?}, \"out\": \"first\", \"target\": \"chatgpt\"}}\n{{\"export\": {:?}, \"companion\": \"Nova\"}}\n",
            demo.display().to_string(),
            demo.display().to_string()
        ),
    );
    let out_dir = s.path("out");
    let out = ferry()
        .arg("batch")
        .arg("--manifest")
        .arg(&manifest)
        .args(["--target", "claude", "--json", "--out-dir"])
        .arg(&out_dir)
        .assert()
        .success()
        .get_output()
        .clone();
    let r = records(&out.stdout);
    assert_eq!(r.len(), 2);
    assert!(out_dir.join("first/chatgpt.md").is_file());
    assert!(
        !out_dir.join("first/claude.txt").exists(),
        "the manifest's target wins"
    );
    assert!(out_dir.join("demo-export/claude.txt").is_file());

    // Folders are not overwritten without --force: both exports fail, nothing changes.
    ferry()
        .arg("batch")
        .arg("--manifest")
        .arg(&manifest)
        .args(["--target", "claude", "--out-dir"])
        .arg(&out_dir)
        .assert()
        .code(3)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("already exists"));
}

#[test]
fn bad_manifest_is_a_clear_error() {
    let s = Scratch::new();
    let manifest = s.write("m.jsonl", "{\"path\": \"a.zip\"}\n");
    ferry()
        .arg("batch")
        .arg("--manifest")
        .arg(&manifest)
        .args(["--target", "claude", "--out-dir"])
        .arg(s.path("out"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("line 1"));
}
