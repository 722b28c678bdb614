//! `ferry inspect` on synthetic exports of every era, checked against what the generator
//! wrote (`ferry_synth::Truth`).

use ferry_synth::{self as synth, Era, Lang, Persona, SynthSpec, Truth};
use serde_json::Value;

use crate::support::{Scratch, ferry};

fn spec(era: Era, seed: u64) -> SynthSpec {
    SynthSpec {
        conversations: 30,
        seed,
        companion: Some(Persona::example(Lang::En)),
        ..SynthSpec::new(era)
    }
}

fn inspect(path: &std::path::Path) -> Value {
    let out = ferry()
        .args(["inspect", "--json"])
        .arg(path)
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON report")
}

fn check(r: &Value, t: &Truth, format: &str) {
    assert_eq!(r["source"]["format"], format);
    assert_eq!(r["conversations"]["total"], t.conversations);
    assert_eq!(r["conversations"]["skipped"], 0);
    for role in ["user", "assistant", "system", "tool"] {
        let expected = t.messages_by_role.get(role).copied().unwrap_or(0);
        assert_eq!(r["messages"][role], expected, "{format}: {role} messages");
    }
    assert_eq!(
        r["messages"]["on_thread"], t.thread_messages,
        "{format}: thread"
    );
    assert_eq!(
        r["custom_instructions"]["versions"], t.custom_instruction_versions,
        "{format}: instruction versions"
    );
    assert_eq!(
        r["memory"]["writes"], t.memory_writes,
        "{format}: bio writes"
    );
    // ferry counts distinct snippets per conversation; the generator counts every entry.
    let citations = r["memory"]["citations"].as_u64().unwrap() as usize;
    assert!(citations <= t.memory_citations, "{format}: citations");
    assert_eq!(
        citations == 0,
        t.memory_citations == 0,
        "{format}: citations"
    );
    // ferry counts distinct non-empty snapshots and empty ones apart; the generator counts
    // every snapshot message, repeats in branches included.
    let snapshots = r["memory"]["snapshots"].as_u64().unwrap()
        + r["memory"]["empty_snapshots"].as_u64().unwrap();
    assert!(
        snapshots as usize <= t.memory_snapshots,
        "{format}: snapshots"
    );
    assert_eq!(
        snapshots == 0,
        t.memory_snapshots == 0,
        "{format}: snapshots"
    );
    assert_eq!(r["voice"]["messages"], t.voice_messages, "{format}: voice");
    assert_eq!(
        r["attachments"]["images"], t.attachments,
        "{format}: images"
    );
    let gizmos: std::collections::BTreeMap<String, usize> = r["gizmos"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["id"].as_str().unwrap().to_owned(),
                g["conversations"].as_u64().unwrap() as usize,
            )
        })
        .collect();
    assert_eq!(gizmos, t.gizmo_conversations, "{format}: gizmos");
    assert_eq!(
        r["dates"]["first"],
        ferry::time::date(t.first_time).unwrap().to_string()
    );
}

#[test]
fn classic_2023() {
    let s = Scratch::new();
    let path = s.path("export.zip");
    let truth = synth::write_zip(&spec(Era::Classic2023, 1), &path).unwrap();
    let r = inspect(&path);
    check(&r, &truth, "classic");
    assert!(r["custom_instructions"]["present"].as_bool().unwrap());
    assert!(
        r["models"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["slug"] == "gpt-4")
    );
}

#[test]
fn modern_2024_25_zip_and_folder() {
    let s = Scratch::new();
    let path = s.path("export.zip");
    let truth = synth::write_zip(&spec(Era::Modern2025, 2), &path).unwrap();
    let r = inspect(&path);
    check(&r, &truth, "classic");
    assert!(
        r["gpt_4o_share"].as_f64().unwrap() > 0.5,
        "a GPT-4o companion"
    );
    assert_eq!(r["memory"]["latest_snapshot_entries"], 9);
    assert!(
        r["voice"]["voices"]
            .as_array()
            .is_some_and(|v| !v.is_empty())
    );
    assert!(r["conversations"]["with_branches"].as_u64().unwrap() > 0);

    let dir = s.path("unzipped");
    let truth = synth::write_dir(&spec(Era::Modern2025, 2), &dir).unwrap();
    let r = inspect(&dir);
    check(&r, &truth, "classic");
}

#[test]
fn sharded_2026_with_manifest() {
    let s = Scratch::new();
    let path = s.path("export.zip");
    let truth = synth::write_zip(&spec(Era::Sharded2026, 3), &path).unwrap();
    let r = inspect(&path);
    check(&r, &truth, "sharded");
    assert_eq!(r["source"]["manifest"], true);
    assert_eq!(r["conversations"]["duplicates"], 1);
    assert!(r["source"]["files"].as_array().unwrap().len() > 1);
}

#[test]
fn slim_2026() {
    let s = Scratch::new();
    let path = s.path("export.zip");
    let truth = synth::write_zip(&spec(Era::Slim2026, 4), &path).unwrap();
    let r = inspect(&path);
    check(&r, &truth, "slim");
    // Slim files drop recipients: bio writes are still found through the tool replies.
    assert!(r["memory"]["writes"].as_u64().unwrap() > 0);
}

#[test]
fn plain_assistant_use_without_companion() {
    let s = Scratch::new();
    for era in [
        Era::Classic2023,
        Era::Modern2025,
        Era::Sharded2026,
        Era::Slim2026,
    ] {
        let path = s.path("plain.zip");
        let spec = SynthSpec {
            conversations: 20,
            ..SynthSpec::new(era)
        };
        let truth = synth::write_zip(&spec, &path).unwrap();
        let r = inspect(&path);
        assert_eq!(r["conversations"]["total"], truth.conversations);
    }
}

#[test]
fn demo_export_reads_cleanly() {
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    let r = inspect(&demo);
    assert_eq!(r["conversations"]["total"], 40);
    assert_eq!(r["dates"]["first"], "2024-05-04");
    assert!(r["gpt_4o_share"].as_f64().unwrap() > 0.5);
}

/// An export that kept only its viewer page (`chat.html`, the array inside as
/// `var jsonData = [...]`) reads the same as the conversations file, with a note that says so.
#[test]
fn an_export_with_only_chat_html_reads_from_it() {
    let s = Scratch::new();
    let demo = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/demo-export.zip");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&demo).unwrap()).unwrap();
    let mut json = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("conversations.json").unwrap(),
        &mut json,
    )
    .unwrap();
    // The page as the 2023 viewer wrote it: data first, then the renderer that reads it.
    let page = format!(
        "<html>\n<head><title>ChatGPT Data Export</title><style>body {{ margin: 0 }}</style></head>\n<body>\n<div id=\"root\"></div>\n<script>\nvar jsonData = {json};\n\nfunction getConversationMessages(conversation) {{\n    const messages = [];\n    let currentNode = conversation.current_node;\n    return messages; // jsonData.forEach(...) ]\n}}\n</script>\n</body>\n</html>\n"
    );
    let only_page = s.zip(
        "page-only.zip",
        &[
            ("chat.html", page.as_bytes()),
            ("user.json", br#"{"id":"user-x"}"#),
        ],
    );
    let bare_page = s.write("chat.html", &page);
    let extract = |path: &std::path::Path| -> (Value, String) {
        let out = ferry()
            .arg("extract")
            .arg(path)
            .assert()
            .success()
            .get_output()
            .clone();
        let mut v: Value = serde_json::from_slice(&out.stdout).expect("persona JSON");
        v.as_object_mut().unwrap().remove("provenance");
        (v, String::from_utf8(out.stderr).unwrap())
    };
    let (want, stderr) = extract(&demo);
    assert!(!stderr.contains("chat.html"), "{stderr}");
    for path in [only_page, bare_page] {
        let (got, stderr) = extract(&path);
        assert_eq!(got, want, "{}", path.display());
        assert!(
            stderr.contains("read the conversations from chat.html"),
            "{stderr}"
        );
    }
    // A page that does not embed the data is named as such, with what to do.
    let empty = s.zip(
        "viewer.zip",
        &[(
            "chat.html",
            b"<html><script>fetch('conversations.json')</script></html>".as_slice(),
        )],
    );
    let out = ferry()
        .arg("inspect")
        .arg(&empty)
        .assert()
        .failure()
        .get_output()
        .clone();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("var jsonData"), "{err}");
    assert!(err.contains("conversations.json beside chat.html"), "{err}");
}
