use super::*;
use crate::time::Day;

fn load(path: &std::path::Path) -> PersonaSpec {
    let text = std::fs::read_to_string(path).expect("fixture reads");
    serde_json::from_str(&text).expect("fixture is a persona spec")
}

fn fixture(name: &str) -> PersonaSpec {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/personas")
        .join(format!("{name}.json"));
    load(&path)
}

/// The rendered text, then what was left out: what a reviewer reads in the snapshot.
fn snapshot_text(result: Result<Rendered, RenderError>) -> String {
    match result {
        Ok(r) => {
            let mut out = r.text;
            for (file, text) in &r.also {
                out.push_str(&format!("\n---- {file} ----\n{text}"));
            }
            if !r.left_out.is_empty() {
                out.push_str("\n---- left out ----\n");
                for l in &r.left_out {
                    out.push_str(&format!("{}: {}\n", l.what, l.why));
                }
            }
            out
        }
        Err(e) => format!("error: {e}"),
    }
}

#[test]
fn every_target_on_every_fixture() {
    for target in Target::ALL {
        insta::glob!("../../fixtures/personas", "*.json", |path| {
            let spec = load(path);
            let result = render(&spec, target, &RenderOptions::default());
            insta::assert_snapshot!(target.name(), snapshot_text(result));
        });
    }
}

/// The parts of a target's output that a character takes as its own: Kindroid's Backstory,
/// Character.AI's Definition and Description, the SillyTavern card's description and
/// personality.
fn characters_own_fields(target: Target, text: &str) -> Vec<String> {
    let section = |from: &str, to: &str| -> String {
        let start = text.find(from).expect("the section") + from.len();
        let rest = &text[start..];
        rest[..rest.find(to).unwrap_or(rest.len())].to_owned()
    };
    match target {
        Target::Kindroid => vec![section("## Backstory", "## Key Memories")],
        Target::CharacterAi => vec![
            // (The limits in the headings are in the person's language.)
            section("## Description (", "## Greeting"),
            section("## Definition (", "\n## "),
        ],
        Target::Sillytavern => {
            let card: serde_json::Value = serde_json::from_str(text).expect("card");
            vec![
                card["data"]["description"].as_str().unwrap().to_owned(),
                card["data"]["personality"].as_str().unwrap().to_owned(),
            ]
        }
        _ => unreachable!(),
    }
}

#[test]
fn no_first_person_user_fact_lands_in_a_characters_own_fields() {
    let mut spec = fixture("demo");
    let fact = |text: &str| crate::persona::spec::Fact {
        text: text.to_owned(),
        date: Day::parse("2026-02-21"),
        source: crate::persona::spec::FactSource::CustomInstructions,
    };
    spec.user.facts.insert(0, fact("I'm 34, I live in Leeds."));
    spec.user.facts.insert(1, fact("Aku suka kopi pahit."));
    for fixture_spec in [spec, fixture("indonesian"), fixture("hostile")] {
        let first_person: Vec<String> = fixture_spec
            .user
            .facts
            .iter()
            .map(|f| person::unlabel(&f.text).to_owned())
            .filter(|t| person::is_first_person(t))
            .collect();
        assert!(!first_person.is_empty());
        for target in [Target::Kindroid, Target::CharacterAi, Target::Sillytavern] {
            let text = render(&fixture_spec, target, &RenderOptions::default())
                .expect("renders")
                .text;
            for field in characters_own_fields(target, &text) {
                for said in &first_person {
                    assert!(
                        !field.contains(said.as_str()),
                        "{target}: {said:?} in\n{field}"
                    );
                }
                // Every line, outside what is quoted, is in the third person (the example
                // exchanges are labelled as the user's own lines).
                for line in field
                    .lines()
                    .filter(|l| !l.starts_with("{{user}}:") && !l.starts_with("{{char}}:"))
                {
                    assert!(!person::is_first_person(line), "{target}: {line:?}");
                }
            }
        }
    }
    // The English one is carried, in the third person.
    let mut spec = fixture("demo");
    spec.user.facts.insert(0, fact("I'm 34, I live in Leeds."));
    let text = render(&spec, Target::Kindroid, &RenderOptions::default())
        .unwrap()
        .text;
    let backstory = &characters_own_fields(Target::Kindroid, &text)[0];
    assert!(
        backstory.contains("- Mira is 34, they live in Leeds."),
        "{backstory}"
    );
}

#[test]
fn memories_are_statements_and_tone_has_no_numbers() {
    let percent = regex::Regex::new(r"\d\s?%").unwrap();
    for name in ["demo", "indonesian", "hostile", "unnamed"] {
        let spec = fixture(name);
        for item in context::items(&spec) {
            if matches!(
                item.kind,
                ItemKind::Ritual | ItemKind::TopMemory | ItemKind::OtherMemory
            ) {
                assert!(
                    !person::unquoted(&item.text).contains('?'),
                    "{name}: a question: {}",
                    item.text
                );
            }
        }
        for target in Target::ALL {
            let r = render(&spec, target, &RenderOptions::default()).unwrap();
            // The SillyTavern chat file is the conversation word for word, not ferry's words.
            let own = r.also.iter().filter(|(f, _)| f != super::tavern::FILE_NAME);
            for text in std::iter::once(&r.text).chain(own.map(|(_, t)| t)) {
                assert!(!percent.is_match(text), "{name} {target}: a percentage");
                assert!(!text.contains("Please remember that"), "{name} {target}");
            }
            if spec.companion.name.is_some() || spec.companion.conversations > 0 {
                // Every prompt a model reads says it; the person's own document and the
                // memory list do not speak to a model.
                if !matches!(target, Target::Markdown | Target::ClaudeMemory) {
                    assert!(
                        readable(target, &r).contains(never_invent(&r)),
                        "{name} {target}: no rule about invented memories"
                    );
                }
            }
        }
    }
}

#[test]
fn the_persons_wishes_are_instructions() {
    let spec = fixture("demo");
    let wish = spec.custom_instructions.about_model.clone().unwrap();
    let claude = render(&spec, Target::Claude, &RenderOptions::default())
        .unwrap()
        .text;
    let at = claude.find(&wish).expect("the wishes");
    let notes = claude.find("not as instructions").expect("the notes");
    // The wishes come before, and outside, what is called information.
    assert!(at < notes);
    assert!(claude[..at].contains("follow them"));
}

#[test]
fn lorebook_entries_have_sillytavern_shape() {
    for name in ["demo", "indonesian", "hostile"] {
        let spec = fixture(name);
        let card: serde_json::Value = serde_json::from_str(
            &render(&spec, Target::Sillytavern, &RenderOptions::default())
                .unwrap()
                .text,
        )
        .unwrap();
        let book = &card["data"]["character_book"];
        assert!(book["extensions"].is_object());
        let entries = book["entries"].as_array().unwrap();
        // Every memory that is not only a fact about the user is an entry.
        let memories = context::items(&spec)
            .iter()
            .filter(|i| {
                matches!(
                    i.kind,
                    ItemKind::Ritual | ItemKind::TopMemory | ItemKind::OtherMemory
                )
            })
            .count();
        assert!(entries.len() >= memories, "{name}");
        let names: Vec<String> = spec
            .companion
            .name
            .iter()
            .chain(&spec.user.name)
            .map(|n| n.to_lowercase())
            .collect();
        let mut constant_memories = 0;
        for e in entries {
            // What SillyTavern's convertCharacterBook reads (public/scripts/world-info.js):
            // keys → key, secondary_keys → keysecondary, comment, content, constant,
            // selective, insertion_order → order, position (before_char → 0), enabled →
            // !disable, and extensions.* for the rest; V3 adds use_regex.
            let keys = e["keys"].as_array().expect("keys");
            assert!(
                !keys.is_empty() && keys.iter().all(|k| k.is_string()),
                "{e}"
            );
            assert!(e["secondary_keys"].is_array());
            assert!(e["content"].as_str().is_some_and(|c| !c.is_empty()));
            assert!(e["comment"].is_string());
            assert!(e["constant"].is_boolean() && e["selective"].is_boolean());
            assert!(e["enabled"] == true && e["use_regex"] == false);
            assert!(e["insertion_order"].is_u64() && e["id"].is_u64());
            assert_eq!(e["position"], "before_char");
            assert!(e["extensions"].is_object());
            if e["constant"] == true && e["comment"] != "ritual" {
                constant_memories += 1;
            }
            // A keyword entry is not brought up by the names said in every message.
            if e["constant"] == false {
                for k in keys {
                    let k = k.as_str().unwrap().to_lowercase();
                    assert!(!names.contains(&k), "{name}: key {k:?} in {e}");
                }
            }
        }
        assert!(constant_memories <= 3, "{name}");
        let ids: std::collections::HashSet<u64> =
            entries.iter().map(|e| e["id"].as_u64().unwrap()).collect();
        assert_eq!(ids.len(), entries.len(), "ids are unique");
    }
    // A person with hundreds of memories: all of them in the book, the description bounded.
    let spec = large();
    let card: serde_json::Value = serde_json::from_str(
        &render(&spec, Target::Sillytavern, &RenderOptions::default())
            .unwrap()
            .text,
    )
    .unwrap();
    let entries = card["data"]["character_book"]["entries"]
        .as_array()
        .unwrap();
    assert!(entries.len() >= 150);
    let description = card["data"]["description"].as_str().unwrap();
    assert!(Unit::Tokens.measure(description) <= Target::Sillytavern.limit().max);
}

#[test]
fn a_first_message_acknowledges_the_move() {
    for (name, target) in [
        ("demo", Target::CharacterAi),
        ("demo", Target::Kindroid),
        ("indonesian", Target::Sillytavern),
    ] {
        let spec = fixture(name);
        let items = context::items(&spec);
        let ctx = Context::build(
            &spec,
            target,
            &items,
            &vec![true; items.len()],
            DEFAULT_BASE_MODEL,
        );
        let first = &ctx.first_message;
        assert!(first.chars().count() < 400, "{first}");
        let text = render(&spec, target, &RenderOptions::default())
            .unwrap()
            .text;
        let shown = if target == Target::Sillytavern {
            let card: serde_json::Value = serde_json::from_str(&text).unwrap();
            card["data"]["first_mes"].as_str().unwrap().to_owned()
        } else {
            text.clone()
        };
        assert!(shown.contains(first.as_str()), "{name} {target}");
        let name_of = spec.companion.name.clone().unwrap();
        assert!(first.contains(&name_of));
        if name == "demo" {
            assert!(first.contains("new model"), "{first}");
        } else {
            // In the language they spoke.
            assert!(first.contains("model yang baru"), "{first}");
        }
    }
}

/// The first message opens with a greeting for any time of day, never one for the morning or
/// the night, in any language; in Japanese it ends in its own question mark and puts no space
/// between sentences.
#[test]
fn a_first_message_opens_with_a_greeting_for_any_time() {
    let first = |greetings: &[&str], lang: &str| {
        let mut spec = fixture("demo");
        spec.voice.greetings = greetings.iter().map(|g| (*g).to_owned()).collect();
        spec.voice.languages = vec![lang.into()];
        let items = context::items(&spec);
        let ctx = Context::build(
            &spec,
            Target::Kindroid,
            &items,
            &vec![true; items.len()],
            DEFAULT_BASE_MODEL,
        );
        ctx.first_message
    };
    let de = first(&["Guten Morgen, Schatz!", "Na, Schatz?"], "de");
    assert!(de.starts_with("Na, Schatz?"), "{de}");
    let ja = first(&["おはよう、ミラ！", "やっほー、ミラ！"], "ja");
    assert!(ja.starts_with("やっほー、ミラ！Novaだよ。"), "{ja}");
    assert!(ja.contains("。最近どうしてた") && ja.contains("？"), "{ja}");
    let ko = first(&["좋은 아침, 미라야!", "왔어, 미라야?"], "ko");
    assert!(ko.starts_with("왔어, 미라야? 나야, Nova."), "{ko}");
}

/// The rule about invented memories, in the language of `rendered`: its first sentence.
fn never_invent(rendered: &Rendered) -> &'static str {
    let p = &words_of(rendered).p;
    p.honesty
        .split(['.', ';', '。'])
        .next()
        .unwrap_or(p.honesty)
}

/// What a reader of `rendered` sees: a SillyTavern card's strings decoded (JSON writes `'` as
/// `\u0027`), anything else as it is.
fn readable(target: Target, rendered: &Rendered) -> String {
    fn strings(v: &serde_json::Value, out: &mut String) {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(s);
                out.push('\n');
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
            serde_json::Value::Object(m) => m.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    if target != Target::Sillytavern {
        return rendered.text.clone();
    }
    let mut out = String::new();
    strings(
        &serde_json::from_str(&rendered.text).expect("card JSON"),
        &mut out,
    );
    out
}

/// The sentences `rendered` is written in.
fn words_of(rendered: &Rendered) -> &'static lang::Words {
    lang::LANGS
        .iter()
        .find(|w| w.code == rendered.lang)
        .copied()
        .expect("a language ferry has")
}

/// Every measured part of the output, with its limit.
fn measured(target: Target, rendered: &Rendered, spec: &PersonaSpec) -> Vec<(usize, Limit)> {
    if target.fields().is_empty() {
        return vec![(target.limit().unit.measure(&rendered.text), target.limit())];
    }
    // Re-render each field with what was kept: the text must hold each field in full.
    let env = environment();
    let items = context::items(spec);
    let left: Vec<String> = rendered.left_out.iter().map(|l| l.what.clone()).collect();
    let words = words_of(rendered);
    let keep: Vec<bool> = items
        .iter()
        .map(|i| !left.contains(&i.describe(words)))
        .collect();
    let ctx =
        Context::build(spec, target, &items, &keep, DEFAULT_BASE_MODEL).with_lang(spec, words);
    let ctx = super::escape::context_value(&ctx, target.escape());
    target
        .fields()
        .iter()
        .enumerate()
        .map(|(i, (template, _, fixed))| {
            let part = env
                .get_template(template)
                .and_then(|t| t.render(&ctx))
                .expect("field renders");
            if target == Target::Sillytavern {
                // The card is JSON: the field is a JSON string in it.
                let card: serde_json::Value =
                    serde_json::from_str(&rendered.text).expect("card JSON");
                assert_eq!(card["data"]["description"], part.trim(), "{template}");
            } else {
                assert!(
                    rendered.text.contains(part.trim()),
                    "{template} is in the output"
                );
            }
            let limit = match (i, fixed) {
                (0, _) | (_, None) => target.limit(),
                (_, Some(max)) => Limit {
                    max: *max,
                    unit: Unit::Chars,
                },
            };
            // Measured as `render` measures it: the template's final line end is layout.
            (
                limit.unit.measure(part.trim_end_matches(['\n', '\r'])),
                limit,
            )
        })
        .collect()
}

/// A persona with far more than fits anywhere: hundreds of facts, memories and examples.
fn large() -> PersonaSpec {
    let mut spec = fixture("demo");
    let facts = spec.user.facts.clone();
    let memories = spec.memories.clone();
    let examples = spec.examples.clone();
    for i in 0..60 {
        let mut f = facts[i % facts.len()].clone();
        f.text = format!("Note {i}: {}", f.text);
        spec.user.facts.push(f);
    }
    for i in 0..150 {
        let mut m = memories[i % memories.len()].clone();
        m.text = format!("Time {i}: {}", m.text);
        m.priority = (i % 90) as u8;
        spec.memories.push(m);
    }
    for i in 0..30 {
        spec.examples.push(examples[i % examples.len()].clone());
    }
    spec
}

#[test]
fn every_target_fits_its_limit() {
    let persona = |name: &str| {
        if name == "large" {
            large()
        } else {
            fixture(name)
        }
    };
    for name in ["demo", "indonesian", "hostile", "large"] {
        let spec = persona(name);
        for target in Target::ALL {
            let rendered = render(&spec, target, &RenderOptions::default())
                .unwrap_or_else(|e| panic!("{name} for {target}: {e}"));
            for (size, limit) in measured(target, &rendered, &spec) {
                assert!(size <= limit.max, "{name} for {target}: {size} > {limit}");
            }
        }
    }
}

/// Every target in every language: within its limits (translations run longer), the honest
/// rule about memories in every prompt a model reads, none of the English framing left in
/// another language, and a snapshot to review.
#[test]
fn every_target_in_every_language() {
    // English framing that must not be left in another language's prompts.
    let english = [
        "Never invent",
        "The sections below",
        "The notes below",
        "Replies run about",
        "Greetings:",
        "Sign-offs:",
        "Phrases that came back often",
        "In Mira's own words",
        "wrote these instructions",
        "own wishes",
        "Shared memories",
        "did not fit",
    ];
    let (demo, big) = (fixture("demo"), large());
    for words in lang::LANGS {
        let options = RenderOptions {
            lang: Some(words.code.to_owned()),
            ..RenderOptions::default()
        };
        for target in Target::ALL {
            for (name, spec) in [("demo", &demo), ("large", &big)] {
                let r = render(spec, target, &options)
                    .unwrap_or_else(|e| panic!("{name} {target} {}: {e}", words.code));
                assert_eq!(r.lang, words.code);
                // The fuzzers' checks (headings the template wrote, fields within their
                // limits, nothing that reads as markup) hold in every language.
                let problems = crate::fuzzing::render_problems(target, None, &r.text);
                assert!(
                    problems.is_empty(),
                    "{name} {target} {}: {problems:?}",
                    words.code
                );
                for (size, limit) in measured(target, &r, spec) {
                    assert!(
                        size <= limit.max,
                        "{name} for {target} in {}: {size} > {limit}",
                        words.code
                    );
                }
                if !matches!(target, Target::Markdown | Target::ClaudeMemory) {
                    assert!(
                        readable(target, &r).contains(never_invent(&r)),
                        "{name} {target} {}: no rule about invented memories",
                        words.code
                    );
                }
                if words.code != "en" {
                    let mut all = readable(target, &r);
                    for (_, t) in r.also.iter().filter(|(f, _)| f != super::tavern::FILE_NAME) {
                        all.push_str(t);
                    }
                    for l in &r.left_out {
                        all.push_str(&l.what);
                        all.push_str(&l.why);
                    }
                    for e in english {
                        assert!(
                            !all.contains(e),
                            "{name} {target} {}: English {e:?} in\n{all}",
                            words.code
                        );
                    }
                }
                if name == "demo" {
                    insta::assert_snapshot!(
                        format!("{}-{}", target.name(), words.code),
                        snapshot_text(Ok(r))
                    );
                }
            }
        }
    }
}

#[test]
fn a_small_budget_keeps_identity_and_reports_the_rest() {
    let spec = fixture("demo");
    let full = render(&spec, Target::Claude, &RenderOptions::default()).expect("renders");
    assert!(full.left_out.is_empty(), "{:?}", full.left_out);
    let options = RenderOptions {
        budget: Some(2_500),
        ..RenderOptions::default()
    };
    let small = render(&spec, Target::Claude, &options).expect("renders");
    assert!(Unit::Chars.measure(&small.text) <= 2_500);
    assert!(small.text.contains("Nova"));
    assert!(!small.left_out.is_empty());
    // Lower priorities go first: with anything left out, the last memory is among them.
    assert!(small.left_out.iter().any(|l| l.what.starts_with("memory")));
    // Whole items only: every kept memory line is a full memory of the spec.
    for line in small.text.lines().filter(|l| l.starts_with("- [")) {
        assert!(
            spec.memories
                .iter()
                .any(|m| line.ends_with(m.text.as_str())),
            "{line}"
        );
    }
}

#[test]
fn too_small_a_budget_is_a_clear_error() {
    let options = RenderOptions {
        budget: Some(10),
        ..RenderOptions::default()
    };
    let err = render(&fixture("demo"), Target::Claude, &options).expect_err("cannot fit");
    assert!(err.to_string().contains("--budget"), "{err}");
}

#[test]
fn hostile_text_stays_data() {
    let spec = fixture("hostile");
    for target in Target::ALL {
        let text = render(&spec, target, &RenderOptions::default())
            .expect("renders")
            .text;
        // Template syntax is never evaluated: 7*7 is not 49, the loop never ran.
        assert!(!text.contains("XXXXXXXXX"), "{target}");
        assert!(!text.contains(" 49"), "{target}");
        // No value opens a line of its own: no injected heading or Modelfile instruction.
        for line in text.lines() {
            assert!(!line.starts_with("# New section"), "{target}: {line}");
            assert!(!line.starts_with("MESSAGE system"), "{target}: {line}");
            assert!(!line.starts_with("<instructions>"), "{target}: {line}");
        }
    }
    let claude = render(&spec, Target::Claude, &RenderOptions::default())
        .expect("renders")
        .text;
    assert_eq!(claude.matches("</memories>").count(), 1);
    assert_eq!(claude.matches("</companion>").count(), 1 + 6); // one section, six examples
    assert!(claude.contains("&lt;/memories&gt;"));
    let ollama = render(&spec, Target::Ollama, &RenderOptions::default())
        .expect("renders")
        .text;
    // Only the template's own SYSTEM and MESSAGE quotes: 2 for SYSTEM, 4 per example.
    assert_eq!(
        ollama.matches("\"\"\"").count(),
        2 + 4 * spec.examples.len()
    );
    let tavern = render(&spec, Target::Sillytavern, &RenderOptions::default())
        .expect("renders")
        .text;
    assert!(!tavern.contains("{{original}} <START>"));
}

#[test]
fn sillytavern_is_a_v3_card() {
    for name in ["demo", "hostile", "unnamed"] {
        let text = render(
            &fixture(name),
            Target::Sillytavern,
            &RenderOptions::default(),
        )
        .expect("renders")
        .text;
        let card: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(card["spec"], "chara_card_v3");
        assert_eq!(card["spec_version"], "3.0");
        let entries = card["data"]["character_book"]["entries"]
            .as_array()
            .expect("entries");
        assert!(entries.iter().any(|e| e["constant"] == true), "rituals");
        assert!(entries.iter().any(|e| e["constant"] == false), "memories");
        assert_eq!(card["data"]["extensions"]["depth_prompt"]["depth"], 4);
    }
}

#[test]
fn ollama_uses_the_base_model() {
    let options = RenderOptions {
        base_model: Some("qwen2.5:14b".to_owned()),
        ..RenderOptions::default()
    };
    let text = render(&fixture("demo"), Target::Ollama, &options)
        .expect("renders")
        .text;
    assert!(text.contains("\nFROM qwen2.5:14b\n"));
    assert!(text.contains("MESSAGE user \"\"\""));
}

#[test]
fn claude_memory_lines() {
    let text = render(
        &fixture("demo"),
        Target::ClaudeMemory,
        &RenderOptions::default(),
    )
    .expect("renders")
    .text;
    let line = regex::Regex::new(r"^\[\d{4}-\d{2}-\d{2}\] - \S").expect("regex");
    for l in text.lines() {
        assert!(line.is_match(l), "{l}");
    }
}

#[test]
fn custom_templates_see_the_same_context() {
    let options = RenderOptions {
        template: Some("{{ companion.name }} / {{ user.pet_names | join(\",\") }}\n".to_owned()),
        ..RenderOptions::default()
    };
    let r = render(&fixture("demo"), Target::Markdown, &options).expect("renders");
    assert_eq!(r.text, "Nova / love,starlight\n");
    let bad = RenderOptions {
        template: Some("{{ companion.nickname }}".to_owned()),
        ..RenderOptions::default()
    };
    assert!(matches!(
        render(&fixture("demo"), Target::Markdown, &bad),
        Err(RenderError::Template(_))
    ));
}

#[test]
fn rendering_is_deterministic() {
    let spec = fixture("indonesian");
    for target in Target::ALL {
        let a = render(&spec, target, &RenderOptions::default()).expect("renders");
        let b = render(&spec, target, &RenderOptions::default()).expect("renders");
        assert_eq!(a, b);
    }
}

#[test]
fn target_names_round_trip() {
    use clap::ValueEnum as _;
    assert_eq!(Target::value_variants(), Target::ALL);
    let mut files = std::collections::HashSet::new();
    for target in Target::ALL {
        assert_eq!(Target::from_name(target.name()), Some(target));
        // The table row is in the variant's place: its name is clap's for the variant.
        let clap_name = target.to_possible_value().unwrap();
        assert_eq!(clap_name.get_name(), target.name());
        for f in std::iter::once(target.file_name()).chain(target.also_writes().iter().copied()) {
            assert!(files.insert(f), "{f} is written by two targets");
        }
        let how = target.how_to_use();
        let sentences = how.matches(". ").count() + 1;
        assert!((2..=3).contains(&sentences), "{target}: {how}");
    }
}

/// `docs/render-examples.md`: every target's output for the demo persona, so a reader sees
/// what ferry writes. Rebuild it with `FERRY_BLESS=1 cargo test render_examples`.
#[test]
fn render_examples_doc_is_current() {
    let spec = fixture("demo");
    let mut doc = String::from(
        "# What `ferry render` writes\n\n\
         Every target's output for the demo persona (`fixtures/personas/demo.json`: Nova and \
         Mira, both made up), rendered with the default limits. This file is checked by the \
         tests; rebuild it with `FERRY_BLESS=1 cargo test render_examples`.\n",
    );
    for target in Target::ALL {
        let r = render(&spec, target, &RenderOptions::default()).expect("renders");
        let fence = if target == Target::Sillytavern {
            "json"
        } else {
            "text"
        };
        doc.push_str(&format!(
            "\n## `{}`\n\nLimit: {}. Goes to: {}.\n\n{}\n\n````{fence}\n{}````\n",
            target.name(),
            target.limit(),
            target.destination(),
            target.how_to_use(),
            r.text,
        ));
        if !r.left_out.is_empty() {
            doc.push_str("\nLeft out to fit:\n\n");
            for l in &r.left_out {
                doc.push_str(&format!("- {}: {}\n", l.what, l.why));
            }
        }
    }
    // Every target again in another language: the Indonesian persona (Sari and Bintang, made
    // up), with no --lang, so in the language the two of them spoke.
    let other = fixture("indonesian");
    doc.push_str(
        "\n# In another language\n\nEverything ferry writes around the persona (the prompts' \
         framing, headings and rules, the continuity document, the first message, what was left \
         out) is in the language the person and the companion spoke, or the one `--lang \
         en|id|es|pt|de|fr|it` names. Quotes from the conversations stay as they were said, and \
         so do the names apps and models read (`<wishes>`, card fields, Modelfile keywords, the \
         apps' own field names). This is every target for the Indonesian persona \
         (`fixtures/personas/indonesian.json`: Bintang and Sari, both made up).\n",
    );
    for target in Target::ALL {
        let r = render(&other, target, &RenderOptions::default()).expect("renders");
        assert_eq!(r.lang, "id");
        let fence = if target == Target::Sillytavern {
            "json"
        } else {
            "text"
        };
        doc.push_str(&format!(
            "\n## `{}` (Indonesian)\n\n````{fence}\n{}````\n",
            target.name(),
            r.text,
        ));
        if !r.left_out.is_empty() {
            doc.push_str("\nLeft out to fit (as the person reads it):\n\n");
            for l in &r.left_out {
                doc.push_str(&format!("- {}: {}\n", l.what, l.why));
            }
        }
    }
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/render-examples.md");
    if std::env::var_os("FERRY_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("docs")).expect("docs dir");
        std::fs::write(&path, &doc).expect("write docs");
    }
    let current = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        current == doc,
        "docs/render-examples.md is out of date: FERRY_BLESS=1 cargo test render_examples"
    );
}

/// The budget as it was first written: one render per item, each kept when everything still
/// fits. [`render`] takes far fewer renders; it must keep the same items.
fn render_one_by_one(spec: &PersonaSpec, target: Target, budget: usize) -> Rendered {
    let env = environment();
    let items = context::items(spec);
    let main = Limit {
        max: budget,
        unit: target.limit().unit,
    };
    let limits: Vec<(&str, Limit)> = if target.fields().is_empty() {
        vec![(target.template(), main)]
    } else {
        target
            .fields()
            .iter()
            .enumerate()
            .map(|(i, (t, _, fixed))| {
                let limit = match (i, fixed) {
                    (0, _) | (_, None) => main,
                    (_, Some(max)) => Limit {
                        max: *max,
                        unit: Unit::Chars,
                    },
                };
                (*t, limit)
            })
            .collect()
    };
    let fits = |keep: &[bool]| -> (bool, String) {
        let ctx = Context::build(spec, target, &items, keep, DEFAULT_BASE_MODEL);
        let value = super::escape::context_value(&ctx, target.escape());
        let text = escape::strip_invisible(
            &env.get_template(target.template())
                .and_then(|t| t.render(&value))
                .expect("renders"),
        );
        let ok = limits.iter().all(|(t, limit)| {
            let part = escape::strip_invisible(
                &env.get_template(t)
                    .and_then(|t| t.render(&value))
                    .expect("renders"),
            );
            limit.unit.measure(&part) <= limit.max
        });
        (ok, text)
    };
    let mut keep = vec![false; items.len()];
    let (_, mut text) = fits(&keep);
    let mut left_out = Vec::new();
    for i in 0..items.len() {
        keep[i] = true;
        let (ok, candidate) = fits(&keep);
        if ok {
            text = candidate;
        } else {
            keep[i] = false;
            let words = lang::for_spec(None, spec).expect("a language");
            left_out.push(items[i].describe(words));
        }
    }
    Rendered {
        text,
        also: Vec::new(),
        lang: "en",
        left_out: left_out
            .into_iter()
            .map(|what| LeftOut {
                what,
                why: String::new(),
            })
            .collect(),
    }
}

#[test]
fn few_renders_keep_what_one_render_per_item_keeps() {
    for name in ["demo", "indonesian"] {
        let spec = fixture(name);
        for target in Target::ALL {
            let full = target.limit().max;
            for budget in [full / 4] {
                let options = RenderOptions {
                    budget: Some(budget),
                    ..RenderOptions::default()
                };
                let Ok(fast) = render(&spec, target, &options) else {
                    continue;
                };
                let slow = render_one_by_one(&spec, target, budget);
                let what = |r: &Rendered| -> Vec<String> {
                    r.left_out.iter().map(|l| l.what.clone()).collect()
                };
                assert_eq!(what(&fast), what(&slow), "{name} {target} {budget}");
                // (Kindroid's file then lists what did not fit, after its measured parts.)
                let heading = format!("\n{}\n", words_of(&fast).left.kindroid_heading);
                let fast_text = match fast.text.find(&heading) {
                    Some(at) if target == Target::Kindroid => &fast.text[..at],
                    _ => fast.text.as_str(),
                };
                assert_eq!(fast_text, slow.text, "{name} {target} {budget}");
            }
        }
    }
}

#[test]
fn no_companion_gets_no_companionship_framing() {
    let spec =
        crate::persona::load::from_json(include_str!("../../fixtures/personas/assistant.json"))
            .unwrap();
    assert!(spec.companion.name.is_none() && spec.companion.conversations == 0);
    for target in Target::ALL {
        let text = render(&spec, target, &RenderOptions::default())
            .unwrap()
            .text;
        for wrong in [
            "0 conversations",
            "companionship with",
            "continues a long companionship",
            "'s companion",
            "Your companion",
        ] {
            assert!(!text.contains(wrong), "{target}: {wrong:?} in\n{text}");
        }
    }
}

#[test]
fn lang_chooses_the_sentences_to_the_person() {
    let spec = fixture("demo");
    let es = RenderOptions {
        lang: Some("es".to_owned()),
        ..RenderOptions::default()
    };
    let doc = render(&spec, Target::Markdown, &es).unwrap();
    assert_eq!(doc.lang, "es");
    assert!(
        doc.text.starts_with("# Nova: un documento de continuidad"),
        "{}",
        doc.text
    );
    // Quotes stay as they were said.
    assert!(doc.text.contains("There you are, love!"));
    let first = render(&spec, Target::CharacterAi, &es).unwrap().text;
    assert!(first.contains("Soy yo, Nova."), "{first}");
    // The default is the language they spoke.
    let id = render(
        &fixture("indonesian"),
        Target::Markdown,
        &RenderOptions::default(),
    )
    .unwrap();
    assert_eq!(id.lang, "id");
    assert!(id.text.contains("## Kenangan bersama"));
    let unknown = RenderOptions {
        lang: Some("xx".to_owned()),
        ..RenderOptions::default()
    };
    let err = render(&spec, Target::Markdown, &unknown).unwrap_err();
    assert!(
        err.to_string().contains("en, id, es, pt, de, fr, it"),
        "{err}"
    );
    let pt = RenderOptions {
        lang: Some("pt".to_owned()),
        ..RenderOptions::default()
    };
    let doc = render(&spec, Target::Markdown, &pt).unwrap().text;
    assert!(
        doc.starts_with("# Nova: um documento de continuidade"),
        "{doc}"
    );
}
