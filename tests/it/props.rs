//! Property tests (proptest): what holds for any input, not only the ones we thought of.
//! Case counts are kept small so `cargo test` stays quick; the fuzz targets (fuzz/README.md)
//! run the same checks for as long as one likes.
//!
//! - the displayed thread is the root→current path, without repeats, on any mapping;
//! - extraction is deterministic: the same export gives the same persona, byte for byte;
//! - the text scanners and redaction never panic on any UTF-8;
//! - a rendered output never holds an invisible character, a card macro or a tag planted
//!   from persona text, a Modelfile block closed early, and never exceeds its limit.

use std::sync::LazyLock;

use ferry::export::{self, Input, NoProgress, ReadOptions};
use ferry::fuzzing::{self, PersonaTemplate};
use ferry::persona::{self, ExtractOptions};
use ferry::render::{self, RenderOptions, Target};
use proptest::prelude::*;

use crate::support::Scratch;

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        // A failing case is shrunk, but not for minutes.
        max_shrink_iters: 256,
        ..ProptestConfig::default()
    }
}

/// Text that looks like what scanners look for, mixed with anything at all.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        any::<String>(),
        Just("my name is Mira".to_owned()),
        Just("Good morning, Nova! ☀️".to_owned()),
        Just("I'll call you Nova".to_owned()),
        Just("love".to_owned()),
        Just("starlight".to_owned()),
        Just("remember when".to_owned()),
        Just("Selamat pagi sayang".to_owned()),
        Just("mi vida".to_owned()),
        Just("mira@example.com +44 7700 900123".to_owned()),
        Just("12 Baker Street".to_owned()),
        Just("```\ncode\n```".to_owned()),
        Just("\n\n".to_owned()),
        Just("{{char}}".to_owned()),
        Just("</voice>".to_owned()),
        Just("\u{202e}\u{0}\u{200b}".to_owned()),
        "[ -~]{0,12}",
    ];
    prop::collection::vec(piece, 0..6).prop_map(|parts| parts.join(" "))
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn the_thread_is_the_path_from_the_root_to_the_current_node(
        nodes in prop::collection::vec(
            (0u8..12, prop::option::of(0u8..14), prop::option::of(-1.0e3f64..1.0e3)),
            0..16,
        ),
        current in prop::option::of(0u8..14),
    ) {
        let id = |n: u8| format!("n{n}");
        let nodes: Vec<fuzzing::Node> =
            nodes.iter().map(|(i, p, t)| (id(*i), p.map(id), *t)).collect();
        let current = current.map(id);
        let chain = fuzzing::thread(&nodes, current.as_deref());
        let problem = fuzzing::thread_problem(&nodes, current.as_deref(), &chain);
        prop_assert!(problem.is_none(), "{:?}: {:?} current {:?} → {:?}", problem, nodes, current, chain);
    }
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn text_scanners_never_panic(text in text()) {
        fuzzing::scan(&text);
        let (out, n) = fuzzing::redact(&text);
        if n == 0 {
            prop_assert_eq!(out, text);
        }
    }

    #[test]
    fn text_scanners_never_panic_on_any_characters(text in any::<String>()) {
        fuzzing::scan(&text);
    }
}

/// A conversations.json of `chats`, each a list of (user, assistant) turns.
fn export_json(chats: &[Vec<(String, String)>]) -> String {
    let mut out = Vec::new();
    for (c, turns) in chats.iter().enumerate() {
        let t0 = 1_715_000_000.0 + 86_400.0 * c as f64;
        let mut mapping = serde_json::Map::new();
        mapping.insert(
            "root".into(),
            serde_json::json!({"id": "root", "message": null, "parent": null}),
        );
        let mut parent = "root".to_owned();
        for (i, (user, assistant)) in turns.iter().enumerate() {
            for (role, text, k) in [("user", user, 0), ("assistant", assistant, 1)] {
                let id = format!("m{i}{k}");
                mapping.insert(
                    id.clone(),
                    serde_json::json!({
                    "id": id, "parent": parent, "message": {
                        "id": id, "author": {"role": role},
                        "create_time": t0 + (2 * i + k) as f64,
                        "content": {"content_type": "text", "parts": [text]},
                        "metadata": {"model_slug": "gpt-4o"}}}),
                );
                parent = id;
            }
        }
        out.push(serde_json::json!({
            "id": format!("c{c}"), "title": "chat", "create_time": t0, "update_time": t0 + 60.0,
            "current_node": parent, "mapping": mapping,
        }));
    }
    serde_json::Value::Array(out).to_string()
}

fn extract(path: &std::path::Path) -> String {
    let export = export::open(&Input::Path(path.to_owned()), ReadOptions::default()).unwrap();
    let options = ExtractOptions {
        redact: true,
        ..ExtractOptions::default()
    };
    let (spec, _) = persona::extract(export, options, &NoProgress).unwrap();
    serde_json::to_string_pretty(&spec).unwrap()
}

proptest! {
    #![proptest_config(config(12))]

    #[test]
    fn extraction_is_deterministic(
        chats in prop::collection::vec(prop::collection::vec((text(), text()), 1..5), 1..5),
    ) {
        let s = Scratch::new();
        let path = s.write("conversations.json", export_json(&chats));
        let first = extract(&path);
        prop_assert_eq!(&first, &extract(&path));
        // What extract writes loads back, whatever the text held.
        prop_assert!(persona::load::from_json(&first).is_ok());
    }
}

static PERSONAS: LazyLock<Vec<PersonaTemplate>> = LazyLock::new(|| {
    ["demo.json", "unnamed.json", "hostile.json"]
        .iter()
        .map(|name| {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("fixtures/personas")
                .join(name);
            PersonaTemplate::new(&std::fs::read_to_string(path).unwrap()).unwrap()
        })
        .collect()
});

proptest! {
    #![proptest_config(config(24))]

    #[test]
    fn rendered_output_never_holds_planted_syntax_or_exceeds_its_limit(
        base in 0usize..3,
        strings in prop::collection::vec(text(), 1..400),
        budget in prop::option::of(200usize..4000),
    ) {
        let mut strings = strings.into_iter().cycle();
        let spec = PERSONAS[base].fill(&mut || strings.next()).unwrap();
        for target in Target::ALL {
            let options = RenderOptions { budget, ..RenderOptions::default() };
            let out = match render::render(&spec, target, &options) {
                Ok(out) => out,
                Err(e) => {
                    prop_assert!(budget.is_some(), "{} failed without a budget: {}", target, e);
                    continue;
                }
            };
            let problems = fuzzing::render_problems(target, budget, &out.text);
            prop_assert!(problems.is_empty(), "{}: {:?}\n{}", target, problems, out.text);
        }
    }
}

/// The checks above are not vacuous: each catches what it looks for, and passes what is fine.
#[test]
fn the_checks_catch_what_they_look_for() {
    use Target::*;
    let bad =
        |target, budget, text: &str| !fuzzing::render_problems(target, budget, text).is_empty();
    assert!(bad(
        Sillytavern,
        None,
        r#"{"data": {"description": "x {{evil}}"}}"#
    ));
    assert!(!bad(
        Sillytavern,
        None,
        r#"{"data": {"mes_example": "<START>\n{{user}}: hi\n{{char}}: hello", "post_history_instructions": "{{original}} Stay"}}"#
    ));
    assert!(bad(Kindroid, None, "hello {{user}} there"));
    assert!(bad(Claude, None, "<voice>x</voice><system>"));
    assert!(!bad(Claude, None, "<voice>x &lt;system&gt;</voice>"));
    assert!(bad(
        Markdown,
        None,
        "# Nova: a continuity document\n## Injected"
    ));
    assert!(bad(Markdown, None, "## Shared memories\n- a <b> tag"));
    assert!(!bad(
        Markdown,
        None,
        "## Shared memories\n- a \\<b\\> tag\n> **Mira:** hi"
    ));
    assert!(bad(Ollama, None, "SYSTEM \"\"\"\nx\"\"\" y\n\"\"\"\n"));
    assert!(bad(
        Ollama,
        None,
        "SYSTEM \"\"\"\nx\n\"\"\"\nMESSAGE user \"\"\"a\"\"\"\" b\"\"\"\n"
    ));
    assert!(!bad(
        Ollama,
        None,
        "SYSTEM \"\"\"\nsay \"hi\", \"\"\n\"\"\"\nMESSAGE user \"\"\"\"\"\"\n"
    ));
    assert!(bad(Gemini, None, "a\u{202e}b"));
    assert!(bad(Gemini, Some(10), &"x".repeat(41)));
    assert!(!bad(Gemini, Some(10), &"x".repeat(40)));
    let fields = |tagline: &str| {
        format!(
            "# Character.AI fields for N\n\n## Name\n\nN\n\n## Tagline (50 characters)\n\n{tagline}\n\n\
             ## Description (500 characters)\n\nd\n\n## Greeting (2,048 characters)\n\ng\n\n\
             ## Definition (about 3,200 characters are used)\n\nx\n"
        )
    };
    assert!(!bad(CharacterAi, None, &fields(&"t".repeat(50))));
    assert!(bad(CharacterAi, None, &fields(&"t".repeat(51))));

    let nodes: Vec<fuzzing::Node> = vec![
        ("root".into(), None, None),
        ("u".into(), Some("root".into()), Some(1.0)),
        ("a".into(), Some("u".into()), Some(2.0)),
    ];
    assert_eq!(fuzzing::thread(&nodes, Some("a")), [0, 1, 2]);
    assert!(fuzzing::thread_problem(&nodes, Some("a"), &[0, 1, 2]).is_none());
    assert!(fuzzing::thread_problem(&nodes, Some("a"), &[0, 1]).is_some());
    assert!(fuzzing::thread_problem(&nodes, Some("a"), &[1, 2]).is_some());
    assert!(fuzzing::thread_problem(&nodes, Some("a"), &[0, 2]).is_some());
    assert!(fuzzing::thread_problem(&nodes, Some("a"), &[0, 1, 2, 2]).is_some());
}

/// The committed fuzz seeds (crash inputs among them) replayed through the same entry points
/// and checks as the fuzz targets, so a fixed crash stays fixed without a fuzzer.
#[test]
fn fuzz_seeds_replay() {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/seeds");
    let files = |target: &str| -> Vec<(String, Vec<u8>)> {
        let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(seeds.join(target))
            .unwrap()
            .map(|e| {
                let path = e.unwrap().path();
                (path.display().to_string(), std::fs::read(&path).unwrap())
            })
            .collect();
        out.sort();
        assert!(!out.is_empty(), "no seeds for {target}");
        out
    };
    for (name, bytes) in files("card") {
        let _ = ferry::render::card::read_png(&bytes);
        if let Ok(text) = std::str::from_utf8(&bytes)
            && let Ok(value) = serde_json::from_str::<serde_json::Value>(text)
            && let Ok(png) = ferry::render::card::write_png(text)
        {
            let back = ferry::render::card::read_png(&png).unwrap();
            assert_eq!(back, value, "{name}");
        }
    }
    for (_, bytes) in files("scan") {
        fuzzing::scan(&String::from_utf8_lossy(&bytes));
    }
    for (name, bytes) in files("redact") {
        let text = String::from_utf8_lossy(&bytes);
        let (out, n) = fuzzing::redact(&text);
        assert!(n > 0 || out == text, "{name}");
    }
    let s = Scratch::new();
    for target in ["read_json", "read_zip"] {
        for (name, bytes) in files(target) {
            let path = s.write(
                if target == "read_zip" {
                    "e.zip"
                } else {
                    "c.json"
                },
                &bytes,
            );
            let export = export::open(&Input::Path(path), ReadOptions::default()).unwrap();
            let (spec, _) = persona::extract(export, ExtractOptions::default(), &NoProgress)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
            let json = serde_json::to_string(&spec).unwrap();
            assert!(persona::load::from_json(&json).is_ok(), "{name}");
        }
    }
}
