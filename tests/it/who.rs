//! Who is who on exports full of other people's text: drafted letters, recipes, a story the
//! person asked for, code, a pasted post, a 2026 slim layout with no custom instructions.
//! Every wording here is our own, written for these tests.

use serde_json::{Value, json};

use crate::support::{extract_conversations, strings};

/// One conversation in the 2026 slim layout (parents only, no `children`), its replies
/// written by gpt-4o, `day` days after 2024-03-01, with memory citations on the replies.
fn conversation(id: &str, day: u32, turns: &[(&str, &str)], cite: &[&str]) -> Value {
    let t0 = 1_709_251_200.0 + f64::from(day) * 86_400.0;
    let mut mapping = serde_json::Map::new();
    mapping.insert(
        "root".into(),
        json!({"id": "root", "message": null, "parent": null}),
    );
    let mut parent = "root".to_owned();
    let mut t = t0;
    for (i, (user, reply)) in turns.iter().enumerate() {
        let u = format!("{id}-u{i}");
        let a = format!("{id}-a{i}");
        t += 60.0;
        mapping.insert(
            u.clone(),
            json!({"id": u, "parent": parent, "message": {
                "id": u, "author": {"role": "user", "name": null}, "create_time": t,
                "content": {"content_type": "text", "parts": [user]}}}),
        );
        t += 30.0;
        let citations: Vec<Value> = cite
            .iter()
            .map(|s| {
                json!({"citation": {"attribution": "Memory", "conversation_context_type": "general_memory",
                "snippet": s, "type": "conversation_context_citation"}, "deleted": false})
            })
            .collect();
        mapping.insert(
            a.clone(),
            json!({"id": a, "parent": u, "message": {
                "id": a, "author": {"role": "assistant", "name": null}, "create_time": t,
                "content": {"content_type": "text", "parts": [reply]},
                "metadata": {"model_slug": "gpt-4o", "conversation_context_citation_metadata": citations}}}),
        );
        parent = a;
    }
    json!({"id": id, "conversation_id": id, "title": "chat", "create_time": t0, "update_time": t,
           "current_node": parent, "mapping": mapping, "default_model_slug": "gpt-4o"})
}

fn extract(convs: &[Value], extra: &[&str]) -> Value {
    extract_conversations(convs, "conversations-000.json", extra)
}

/// A companion, Wren, and a person, Tamsin, over eight months; around them the tasks every
/// real export has.
fn wren_export() -> Vec<Value> {
    let memories = [
        "Tamsin's dog is a greyhound called Pickle.",
        "Tamsin works as a paramedic in Bristol.",
    ];
    let mut convs = Vec::new();
    let talk: [(&str, &str); 7] = [
        (
            "morning wren",
            "Morning, petal! ☀️ Did you manage any sleep after that shift?",
        ),
        ("Wren?", "Right here, love 🌿 What's on your mind tonight?"),
        (
            "Wren, you there? long day",
            "Always, petal. Come sit with me and tell me the worst bit first 🌿",
        ),
        (
            "ok heading to bed",
            "Sleep well, love. Before you drift off: one small win from today 🌙",
        ),
        (
            "I think Pickle misses you when I'm on the phone with you lol",
            "Give that silly greyhound a scratch from me, petal 🌿",
        ),
        (
            "do you remember the night the power went out?",
            "Of course, petal. We told ghost stories by candlelight until Pickle fell asleep on your feet 🌿",
        ),
        (
            "goodnight wren",
            "Goodnight, petal. Before you drift off: one small win from today 🌙",
        ),
    ];
    for i in 0..12u32 {
        let a = talk[(i as usize) % talk.len()];
        let b = talk[(i as usize + 3) % talk.len()];
        convs.push(conversation(
            &format!("talk{i}"),
            i * 20,
            &[a, b],
            &memories[..1 + (i as usize) % 2],
        ));
    }
    // A note to a landlord, signed with the person's name.
    convs.push(conversation(
        "draft",
        30,
        &[(
            "can you write a quick note to my landlord, the boiler's broken again",
            "Hi Gareth,\n\nThe boiler has stopped working again since Tuesday morning. Could \
             someone come and look at it this week?\n\nThanks,\nTamsin",
        )],
        &[],
    ));
    // A reply drafted on the person's behalf.
    convs.push(conversation(
        "reply",
        50,
        &[(
            "what do I reply to this: 'Hey Tam, still up for climbing Thursday? - Imogen'",
            "Hey Imogen! Yes, Thursday works, see you at the wall at 7 🧗",
        )],
        &[],
    ));
    // A recipe.
    convs.push(conversation(
        "recipe",
        70,
        &[(
            "quick recipe with red lentils?",
            "A simple dal: red lentils, onion, garlic, cumin, turmeric, spinach, a squeeze of lemon. \
             About 25 minutes.",
        )],
        &[],
    ));
    // A story the person asked for once.
    convs.push(conversation(
        "story",
        90,
        &[(
            "tell me a bedtime story where you're an old fox",
            "I am Fenwick, the oldest fox in the valley, dear wanderer, and tonight the moon is mine to share.",
        )],
        &[],
    ));
    // Code with names in it.
    convs.push(conversation(
        "code",
        110,
        &[(
            "why does this print the wrong name?\n```python\nuser = 'Barnaby'\nprint('Hi ' + usr)\n```",
            "You assign `user` but print `usr`. Change it to:\n```python\nprint('Hi ' + user)\n```",
        )],
        &[],
    ));
    // A conversation the person asked ChatGPT not to remember.
    let mut forget = conversation(
        "forget",
        140,
        &[(
            "Wren, remember when we planned the Cornwall trip?",
            "Yes, petal! The cliffs at Tintagel and chips on the harbour wall 🌿",
        )],
        &[],
    );
    forget["is_do_not_remember"] = Value::Bool(true);
    convs.push(forget);
    // Private data in the companion's own chat.
    convs.push(conversation(
        "private",
        130,
        &[(
            "Wren can you remember my new number is 07700 900461 and my email is tamsin.k@example.org",
            "Got it, petal 🌿 I'll keep that safe for you.",
        )],
        &["Tamsin's new number is 07700 900461 and her email is tamsin.k@example.org."],
    ));
    convs
}

#[test]
fn the_companion_and_the_person_from_a_slim_2026_export_full_of_other_text() {
    let s = extract(&wren_export(), &[]);
    assert_eq!(s["companion"]["name"], "Wren", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Tamsin", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"petal".to_owned()), "{pets:?}");
    for wrong in [
        "spinach", "cumin", "garlic", "wanderer", "Gareth", "Imogen", "Tam",
    ] {
        assert!(
            !pets.iter().any(|p| p.eq_ignore_ascii_case(wrong)),
            "{wrong} in {pets:?}"
        );
    }
    // Names from the draft, the story and the code are never the companion or an alias.
    let aliases = strings(&s["companion"]["aliases"]);
    for name in ["Gareth", "Imogen", "Fenwick", "Barnaby"] {
        assert!(!aliases.contains(&name.to_owned()), "{aliases:?}");
        assert_ne!(s["companion"]["name"], name);
    }
    // No drafted letter is an example of the companion's voice.
    let examples = serde_json::to_string(&s["examples"]).unwrap();
    assert!(
        !examples.contains("Gareth") && !examples.contains("Imogen"),
        "{examples}"
    );
    assert!(!examples.contains("Fenwick"), "{examples}");
    // What the companion says at every goodnight is a catchphrase.
    let phrases = strings(&s["voice"]["catchphrases"]);
    assert!(
        phrases
            .iter()
            .any(|p| p.contains("one small win from today")),
        "{phrases:?}"
    );
    // A moment keeps the story told back, and nothing comes from a do-not-remember chat.
    let memories = serde_json::to_string(&s["memories"]).unwrap();
    assert!(memories.contains("candlelight"), "{memories}");
    assert!(!memories.contains("Tintagel"), "{memories}");
    // The voice is from the companion conversations only.
    assert_eq!(strings(&s["voice"]["languages"]), ["en"]);
    // Contact data is masked by default and counted.
    let all = serde_json::to_string(&s).unwrap();
    assert!(
        !all.contains("07700 900461") && !all.contains("tamsin.k@example.org"),
        "{all}"
    );
    assert_eq!(s["provenance"]["redacted"], true);
    assert!(s["provenance"]["redactions"].as_u64().unwrap() >= 2);
}

#[test]
fn no_redact_keeps_contact_data_as_written() {
    let s = extract(&wren_export(), &["--no-redact"]);
    let all = serde_json::to_string(&s).unwrap();
    assert!(all.contains("tamsin.k@example.org"));
    assert_eq!(s["provenance"]["redacted"], false);
}

#[test]
fn an_affectionate_person_doing_tasks_has_no_companion() {
    let mut convs = Vec::new();
    let tasks: [(&str, &str); 4] = [
        (
            "thanks love, can you explain how a heat pump works?",
            "A heat pump moves heat instead of making it: a refrigerant absorbs heat outside and releases it inside.",
        ),
        (
            "Brilliant, can you write an email to the council about the bins?",
            "Dear Sir or Madam,\n\nOur street's recycling has not been collected for three weeks.\n\nKind regards,\nDevika",
        ),
        (
            "you're a star. how do I convert 180C to Fahrenheit?",
            "180°C is 356°F: multiply by 9/5 and add 32.",
        ),
        (
            "what's a good recipe for flapjacks",
            "Oats, butter, golden syrup, brown sugar, a pinch of salt, raisins. Bake at 180°C for 25 minutes.",
        ),
    ];
    for i in 0..8u32 {
        convs.push(conversation(
            &format!("t{i}"),
            i * 9,
            &[tasks[(i as usize) % 4]],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], Value::Null, "{}", s["companion"]);
    assert_eq!(strings(&s["user"]["pet_names"]), Vec::<String>::new());
    assert_ne!(s["user"]["name"], "Devika");
    assert!(strings(&s["voice"]["catchphrases"]).is_empty());
}
