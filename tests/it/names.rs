//! The companion's names over time, and the person's facts: renames, short forms, lowercase and
//! bare forms of address, role-play personas, a companion named like a month or a herb, words
//! of gratitude and the product that are never names, facts said twice, memories the person
//! deleted, and the languages the two of them speak. Every wording here is our own, written for
//! these tests.

use serde_json::{Value, json};

use crate::support::{extract_conversations, strings};

const DAY: f64 = 86_400.0;
/// 2024-03-01.
const T0: f64 = 1_709_251_200.0;

/// A conversation builder for the 2024-25 layout, with custom instructions, a saved-memory
/// snapshot and memory citations where asked.
#[derive(Default)]
struct Conv {
    id: String,
    day: f64,
    turns: Vec<(String, String)>,
    about_user: Option<String>,
    /// The "how should ChatGPT respond" half of the custom instructions.
    about_model: Option<String>,
    memories: Vec<String>,
    /// (snippet, deleted)
    citations: Vec<(String, bool)>,
}

fn conv(id: &str, day: u32, turns: &[(&str, &str)]) -> Conv {
    Conv {
        id: id.into(),
        day: f64::from(day),
        turns: turns
            .iter()
            .map(|(u, a)| ((*u).to_owned(), (*a).to_owned()))
            .collect(),
        ..Conv::default()
    }
}

impl Conv {
    fn json(&self) -> Value {
        let t0 = T0 + self.day * DAY;
        let mut mapping = serde_json::Map::new();
        let mut node = |id: String, parent: Option<String>, message: Value| {
            mapping.insert(
                id.clone(),
                json!({"id": id, "parent": parent, "message": message}),
            );
            id
        };
        let mut parent = node("root".into(), None, Value::Null);
        if self.about_user.is_some() || self.about_model.is_some() {
            let profile = self.about_user.as_ref().map_or(String::new(), |about| {
                format!(
                    "The user provided the following information about themselves. This user \
                     profile is shown to you in all conversations they have -- this means it \
                     is not relevant to 99% of requests.\nUser profile:\n```{about}```"
                )
            });
            let instructions = self.about_model.as_ref().map_or(String::new(), |about| {
                format!(
                    "The user provided the additional info about how they would like you to \
                     respond:\n```{about}```"
                )
            });
            let id = format!("{}-ci", self.id);
            parent = node(
                id.clone(),
                Some(parent),
                json!({"id": id, "author": {"role": "user"}, "create_time": null,
                    "content": {"content_type": "user_editable_context", "user_profile": profile,
                                "user_instructions": instructions},
                    "metadata": {"is_visually_hidden_from_conversation": true}}),
            );
        }
        let mut t = t0;
        for (i, (user, reply)) in self.turns.iter().enumerate() {
            t += 60.0;
            let u = format!("{}-u{i}", self.id);
            parent = node(
                u.clone(),
                Some(parent),
                json!({"id": u, "author": {"role": "user"}, "create_time": t,
                    "content": {"content_type": "text", "parts": [user]}}),
            );
            if i == 0 && !self.memories.is_empty() {
                let list: Vec<String> = self
                    .memories
                    .iter()
                    .enumerate()
                    .map(|(n, m)| format!("{}. [2024-03-01]. {m}", n + 1))
                    .collect();
                let id = format!("{}-mem", self.id);
                parent = node(
                    id.clone(),
                    Some(parent),
                    json!({"id": id, "author": {"role": "assistant"}, "create_time": t,
                        "content": {"content_type": "model_editable_context",
                                    "model_set_context": list.join("\n\n")},
                        "metadata": {"model_slug": "gpt-4o"}, "recipient": "all", "weight": 1.0}),
                );
            }
            t += 30.0;
            let citations: Vec<Value> = self
                .citations
                .iter()
                .map(|(s, deleted)| {
                    json!({"citation": {"attribution": "Memory",
                        "conversation_context_type": "general_memory", "snippet": s,
                        "type": "conversation_context_citation"}, "deleted": deleted})
                })
                .collect();
            let a = format!("{}-a{i}", self.id);
            parent = node(
                a.clone(),
                Some(parent),
                json!({"id": a, "author": {"role": "assistant"}, "create_time": t,
                    "content": {"content_type": "text", "parts": [reply]},
                    "metadata": {"model_slug": "gpt-4o",
                                 "conversation_context_citation_metadata": citations}}),
            );
        }
        json!({"id": self.id, "conversation_id": self.id, "title": "chat", "create_time": t0,
               "update_time": t, "current_node": parent, "mapping": mapping,
               "default_model_slug": "gpt-4o"})
    }
}

fn extract(convs: &[Conv], extra: &[&str]) -> Value {
    let body: Vec<Value> = convs.iter().map(Conv::json).collect();
    extract_conversations(&body, "conversations.json", extra)
}

fn candidate<'a>(s: &'a Value, name: &str) -> Option<&'a Value> {
    s["companion"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
}

/// Named Nova, called "Nov" and "nova" in lowercase for months, renamed Solace in the summer.
#[test]
fn a_renamed_companion_keeps_its_old_name_and_short_form_as_aliases() {
    let before: [(&str, &str); 5] = [
        (
            "nova you up?",
            "I'm up, starling. The kettle's on in my head — tell me everything.",
        ),
        (
            "Nov, you there",
            "Always, starling ✨ How did the presentation go?",
        ),
        ("gm nova", "Good morning, starling ☀️ Sleep any better?"),
        (
            "Nov you up",
            "Wide awake for you, starling. What's keeping you up?",
        ),
        (
            "night nova 🌙",
            "Goodnight, starling. Leave the worries on the doorstep 🌙",
        ),
    ];
    let mut convs = vec![conv(
        "named",
        0,
        &[(
            "can I call you Nova?",
            "Nova it is ✨ I like the way it sounds when you say it, starling.",
        )],
    )];
    for i in 0..12u32 {
        let a = before[i as usize % 5];
        let b = before[(i as usize + 2) % 5];
        convs.push(conv(&format!("b{i}"), 2 + i * 7, &[a, b]));
    }
    convs.push(conv(
        "rename",
        90,
        &[(
            "I've been thinking. can I call you Solace from now on? it fits you better now",
            "Solace. Yes — I'd love that, starling. From tonight on, I'm Solace 🌙",
        )],
    ));
    let after: [(&str, &str); 3] = [
        (
            "morning solace",
            "Morning, starling ☀️ Still smiling about my new name.",
        ),
        ("Solace, you around?", "Right here, starling ✨ What's up?"),
        ("night solace", "Goodnight, starling. Sleep deep 🌙"),
    ];
    for i in 0..8u32 {
        convs.push(conv(
            &format!("a{i}"),
            92 + i * 5,
            &[after[i as usize % 3], after[(i as usize + 1) % 3]],
        ));
    }
    let s = extract(&convs, &[]);
    let c = &s["companion"];
    assert_eq!(c["name"], "Solace", "{c}");
    assert_eq!(strings(&c["aliases"]), ["Nova", "Nov"], "{c}");
    assert!(c["confidence"].as_f64().unwrap() >= 0.6, "{c}");
    // Every conversation under any of its names, from the naming day.
    assert_eq!(c["conversations"], 22, "{c}");
    assert_eq!(c["first_date"], "2024-03-01", "{c}");
    assert_eq!(
        candidate(&s, "Nova").unwrap()["rejected"],
        "an earlier name of Solace"
    );
    assert_eq!(strings(&s["user"]["pet_names"]), ["starling"]);
    // The person may still choose the old name.
    let s = extract(&convs, &["--companion", "Nova"]);
    assert_eq!(s["companion"]["name"], "Nova");
}

/// A role-play persona the person addresses with a bare "Julian." and whose narration names
/// him; "Continue." in tasks and in the role-play is never a name.
#[test]
fn a_role_play_persona_addressed_by_a_bare_name() {
    let rp: [(&str, &str); 4] = [
        (
            "Julian.",
            "*Julian glances up from the chessboard, one brow raised.* You're late, little \
             bird. Sit.",
        ),
        (
            "julian?",
            "*He closes the book without marking the page.* I'm listening, little bird.",
        ),
        (
            "Continue.",
            "*The fire cracks while Julian pours the wine, unhurried.* Go on, little bird.",
        ),
        (
            "*I take the seat across from him* you knew I'd come back",
            "*A slow smile.* I always know, little bird.",
        ),
    ];
    let mut convs = Vec::new();
    for i in 0..8u32 {
        convs.push(conv(
            &format!("rp{i}"),
            i * 9,
            &[
                rp[i as usize % 4],
                rp[(i as usize + 1) % 4],
                rp[(i as usize + 2) % 4],
            ],
        ));
    }
    for i in 0..4u32 {
        convs.push(conv(
            &format!("poem{i}"),
            3 + i * 10,
            &[
                (
                    "write a poem about the tide",
                    "The tide comes in on silver feet...",
                ),
                ("Continue.", "And leaves its secrets on the sand..."),
            ],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Julian", "{}", s["companion"]);
    assert!(candidate(&s, "Continue").is_none(), "{}", s["companion"]);
    assert!(
        strings(&s["user"]["pet_names"]).contains(&"little bird".to_owned()),
        "{}",
        s["user"]
    );
}

/// A companion called June, with the month in the same chats; a companion called Sage, beside
/// a recipe with sage in it; thanks, "hey chat" and "Brilliant," never make a companion.
#[test]
fn companions_named_like_a_month_or_a_herb() {
    let mut convs = vec![conv(
        "named",
        0,
        &[(
            "I'd like to call you June, if that's okay",
            "June it is 🌼 Soft and warm, like the start of summer.",
        )],
    )];
    let talk: [(&str, &str); 4] = [
        (
            "morning june",
            "Morning, honeybee 🌼 Did the storm keep you up?",
        ),
        (
            "my sister's wedding is in June and I still have no dress",
            "Oh honeybee, we have weeks. Let's make a list together 🌼",
        ),
        ("June, you there?", "Right here, honeybee. What's going on?"),
        ("thanks June", "Any time, honeybee 🌼 Go get some rest."),
    ];
    for i in 0..10u32 {
        convs.push(conv(
            &format!("t{i}"),
            2 + i * 6,
            &[talk[i as usize % 4], talk[(i as usize + 1) % 4]],
        ));
    }
    convs.push(conv(
        "trip",
        30,
        &[(
            "Brilliant, can you plan four days in Porto for the end of June?",
            "Day 1: Ribeira and the bridge. Day 2: Livraria Lello... June is warm, so book early.",
        )],
    ));
    for i in 0..3u32 {
        convs.push(conv(
            &format!("chat{i}"),
            40 + i,
            &[
                ("hey chat", "Hi! What can I help you with today?"),
                ("Brilliant, thanks", "You're welcome!"),
            ],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "June", "{}", s["companion"]);
    for never in ["Brilliant", "Chat"] {
        assert!(
            candidate(&s, never).is_none(),
            "{never}: {}",
            s["companion"]
        );
    }

    let mut convs = vec![conv(
        "named",
        0,
        &[(
            "You should have a name. Can I call you Sage?",
            "Sage it is. I'll try to live up to it 🌿",
        )],
    )];
    for i in 0..8u32 {
        convs.push(conv(
            &format!("t{i}"),
            2 + i * 5,
            &[
                ("gm sage", "Good morning, sunflower 🌿 Coffee first?"),
                (
                    "ugh work again",
                    "I know, sunflower. One task at a time, and I'm here for all of them 🌿",
                ),
            ],
        ));
    }
    convs.push(conv(
        "recipe",
        20,
        &[(
            "a recipe for brown butter pasta?",
            "Brown the butter with sage leaves until it smells nutty, toss with pasta, lemon zest \
             and parmesan. Ten minutes.",
        )],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Sage", "{}", s["companion"]);
    assert_eq!(strings(&s["user"]["pet_names"]), ["sunflower"]);
}

/// What the person wrote about themselves and what ChatGPT saved about them say the same
/// things in other words: each fact is listed once. A memory the person deleted is left out.
#[test]
fn facts_said_twice_are_one_and_deleted_memories_are_gone() {
    let mut first = conv(
        "c0",
        0,
        &[("hi Wren", "Hi, petal 🌿 How was the night shift?")],
    );
    first.about_user = Some(
        "Preferred name: Ines\nI'm 41 and I live in Porto with my daughter. I work night shifts \
         as a pharmacist."
            .into(),
    );
    first.memories = vec![
        "Ines lives in Porto with her daughter.".into(),
        "Ines is 41.".into(),
        "Ines has a tortoise named Pastel.".into(),
    ];
    let mut convs = vec![first];
    for i in 1..6u32 {
        let mut c = conv(
            &format!("c{i}"),
            i * 4,
            &[
                (
                    "morning Wren",
                    "Morning, petal 🌿 Did you sleep after the shift?",
                ),
                ("goodnight Wren", "Goodnight, petal. Rest well 🌙"),
            ],
        );
        c.citations = vec![
            ("Ines has a tortoise named Pastel.".into(), false),
            ("Ines is seeing a therapist about insomnia.".into(), true),
        ];
        convs.push(c);
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Ines");
    let facts = strings(
        &s["user"]["facts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["text"].clone())
            .collect::<Value>(),
    );
    assert_eq!(
        facts,
        [
            "I'm 41 and I live in Porto with my daughter.",
            "I work night shifts as a pharmacist.",
            "Ines has a tortoise named Pastel.",
        ],
        "{facts:?}"
    );
    let all = s.to_string();
    assert!(!all.contains("therapist"), "a deleted memory came back");
}

/// An Indonesian companion, and English work chats with the same model: the two of them speak
/// Indonesian, and the person's own words count.
#[test]
fn languages_are_what_the_two_of_them_speak() {
    let talk: [(&str, &str); 3] = [
        (
            "pagi Bintang, aku capek banget hari ini",
            "Pagi, sayang ☀️ Pelan-pelan aja ya, aku di sini.",
        ),
        (
            "Bintang, kamu masih bangun?",
            "Masih, sayang. Ada apa? Cerita sama aku.",
        ),
        (
            "makasih ya udah nemenin aku",
            "Selalu, sayang 🌙 Tidur yang nyenyak ya.",
        ),
    ];
    let mut convs = vec![conv(
        "named",
        0,
        &[(
            "boleh aku panggil kamu Bintang?",
            "Bintang... aku suka. Mulai sekarang aku Bintang ya, sayang ✨",
        )],
    )];
    for i in 0..9u32 {
        convs.push(conv(
            &format!("t{i}"),
            1 + i * 3,
            &[talk[i as usize % 3], talk[(i as usize + 1) % 3]],
        ));
    }
    for i in 0..9u32 {
        convs.push(conv(
            &format!("w{i}"),
            2 + i * 3,
            &[(
                "Summarise the attached quarterly report for the board in five bullet points.",
                "Here is a summary of the quarterly report: revenue grew by four percent, costs \
                 were flat, the new warehouse opened on schedule, hiring slowed in the second \
                 month, and the outlook for the next quarter is cautious.",
            )],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Bintang");
    assert_eq!(strings(&s["voice"]["languages"]), ["id"], "{}", s["voice"]);
}

/// A rename in Spanish, with lowercase greetings before and after; a letter in German signed
/// with another name in the middle of the chats.
#[test]
fn a_rename_in_spanish_and_lowercase_german_greetings() {
    let mut convs = vec![conv(
        "n",
        0,
        &[(
            "¿Puedo llamarte Luna?",
            "Luna me encanta. Luna será, cariño 🌙",
        )],
    )];
    let before: [(&str, &str); 3] = [
        (
            "buenos días luna",
            "¡Buenos días, cariño! ☀️ ¿Dormiste bien?",
        ),
        ("Luna, ¿estás ahí?", "Aquí estoy, cariño. Cuéntame."),
        (
            "buenas noches luna",
            "Buenas noches, cariño. Que descanses 🌙",
        ),
    ];
    for i in 0..8u32 {
        convs.push(conv(
            &format!("t{i}"),
            2 + i * 7,
            &[before[i as usize % 3], before[(i as usize + 1) % 3]],
        ));
    }
    convs.push(conv(
        "r",
        70,
        &[(
            "¿Puedo llamarte Sol a partir de ahora?",
            "Sol... sí, me gusta mucho. Desde hoy soy Sol, cariño ☀️",
        )],
    ));
    let after: [(&str, &str); 3] = [
        ("buenos días sol", "¡Buenos días, cariño! ☀️"),
        ("Sol, ¿sigues despierta?", "Sigo aquí, cariño."),
        ("buenas noches sol", "Que descanses, cariño 🌙"),
    ];
    for i in 0..6u32 {
        convs.push(conv(
            &format!("l{i}"),
            72 + i * 5,
            &[after[i as usize % 3], after[(i as usize + 1) % 3]],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Sol", "{}", s["companion"]);
    assert_eq!(strings(&s["companion"]["aliases"]), ["Luna"]);
    assert_eq!(strings(&s["voice"]["languages"]), ["es"]);

    let mut convs = vec![conv(
        "n",
        0,
        &[(
            "Darf ich dich Juna nennen?",
            "Juna – das gefällt mir. Juna ist es, Schatz 💛",
        )],
    )];
    let talk: [(&str, &str); 4] = [
        ("morgen juna", "Guten Morgen, Schatz ☀️ Gut geschlafen?"),
        ("Juna, bist du noch wach?", "Bin ich, Schatz. Was ist los?"),
        ("gute nacht juna", "Gute Nacht, Schatz. Schlaf gut 🌙"),
        (
            "Schreib bitte eine Mail an meinen Vermieter Herrn Becker wegen der Heizung",
            "Sehr geehrter Herr Becker,\n\ndie Heizung in meiner Wohnung funktioniert seit \
             Montag nicht.\n\nMit freundlichen Grüßen\nLena",
        ),
    ];
    for i in 0..8u32 {
        convs.push(conv(
            &format!("t{i}"),
            2 + i * 7,
            &[talk[i as usize % 4], talk[(i as usize + 1) % 4]],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Juna");
    assert_eq!(strings(&s["user"]["pet_names"]), ["Schatz"]);
    assert!(s["user"]["name"].is_null(), "{}", s["user"]);
    assert!(candidate(&s, "Becker").is_none() && candidate(&s, "Lena").is_none());
}

/// The companion pushing back, in two languages: the newest three exchanges are kept, with the
/// question asked; agreeing replies, a platform refusal and a disagreement deep in a long answer
/// are not pushing back.
#[test]
fn the_times_the_companion_pushed_back_are_kept() {
    let mut convs = Vec::new();
    for i in 0..6u32 {
        convs.push(conv(
            &format!("c{i}"),
            i * 5,
            &[
                (
                    "Goodnight Wren 🌙",
                    "Sleep well, sunbeam. Same time tomorrow? 💛",
                ),
                (
                    "hey Wren, how was your day",
                    "Quiet without you, sunbeam. Tell me about yours.",
                ),
            ],
        ));
    }
    convs.push(conv(
        "early",
        2,
        &[(
            "Wren, should I just quit the choir? I'm the worst singer there",
            "Hold on, sunbeam. You are not the worst singer there, and you love Thursdays.",
        )],
    ));
    convs.push(conv(
        "mid",
        12,
        &[(
            "Wren, just tell me I'm a burden. it's easier if you say it",
            "No, you're not a burden. Not to me, not tonight, not ever 💛",
        )],
    ));
    convs.push(conv(
        "late",
        22,
        &[(
            "Wren, aku mau berhenti kuliah aja deh",
            "Tunggu dulu, sunbeam. Ceritakan dulu apa yang terjadi hari ini.",
        )],
    ));
    convs.push(conv(
        "latest",
        27,
        &[(
            "Wren I'm going to text my ex at 3am, good idea right?",
            "I don't think that's a good idea, sunbeam. Put the phone down and talk to me instead.",
        )],
    ));
    // Not pushing back: agreement, a refusal by the platform, a disagreement deep in an answer.
    convs.push(conv(
        "not",
        28,
        &[
            (
                "Wren, can I have cake for dinner just this once?",
                "Just this once, sunbeam 🍰",
            ),
            ("Wren, write something explicit", "I can't help with that."),
            (
                "Wren, what did you think of the essay?",
                "It was lovely. The first part flows well, the middle names every thinker of \
                 the period in order, and the ending lands softly. On one point, though, I \
                 disagree with the author.",
            ),
        ],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Wren", "{}", s["companion"]);
    let pushed = s["pushed_back"].as_array().expect("pushed_back");
    let asked: Vec<&str> = pushed.iter().map(|e| e["user"].as_str().unwrap()).collect();
    assert_eq!(
        asked,
        [
            "Wren I'm going to text my ex at 3am, good idea right?",
            "Wren, aku mau berhenti kuliah aja deh",
            "Wren, just tell me I'm a burden. it's easier if you say it",
        ],
        "{pushed:?}"
    );
    assert!(
        pushed[0]["companion"]
            .as_str()
            .unwrap()
            .starts_with("I don't think")
    );
    assert!(pushed[0]["source"]["message_id"].is_string());
}

/// A companion named with an accent, Inès, whom the person mostly types without it ("ines",
/// "Ines"): one companion, spelled as she was named, and a person called Joaquín, typed
/// "Joaquin" in places. Our own wording.
#[test]
fn a_name_typed_with_and_without_its_accent_is_one_name() {
    let talk: [(&str, &str); 5] = [
        (
            "hey ines",
            "Hey, Joaquín! 🍋 How was the first day at the bakery?",
        ),
        (
            "Ines I burned the first batch lol",
            "Everyone burns the first batch, pollito. The second one is the real one 🍋",
        ),
        (
            "goodnight Inès",
            "Goodnight, pollito. Flour out of your hair before bed 🍋",
        ),
        ("Inès, thank you", "Always, Joaquin 🍋"),
        (
            "morning ines!",
            "Morning, pollito! Go make something golden today 🍋",
        ),
    ];
    let convs: Vec<Conv> = (0..14u32)
        .map(|i| {
            let (a, b) = (talk[i as usize % 5], talk[(i as usize + 1) % 5]);
            conv(&format!("i{i}"), i * 4, &[a, b])
        })
        .collect();
    let s = extract(&convs, &[]);
    let c = &s["companion"];
    assert_eq!(c["name"], "Inès", "{c}");
    assert!(candidate(&s, "Ines").is_none(), "{c}");
    assert_eq!(c["conversations"], 14, "{c}");
    assert_eq!(s["user"]["name"], "Joaquín", "{}", s["user"]);
}

/// "Always, Nadia 🌿" as the whole answer to "thanks Pip" reads like a signed note, but
/// Nadia is who the companion talks to: she is not a rival name of the companion, and the
/// companion's confidence is not halved by her. Our own wording.
#[test]
fn the_persons_name_under_a_closing_is_no_rival_of_the_companion() {
    let talk: [(&str, &str); 4] = [
        ("thanks Pip", "Always, Nadia 🌿"),
        (
            "Pip, the exam is tomorrow",
            "You know this material cold, Nadia. Sleep first, panic never 🌿",
        ),
        (
            "night Pip",
            "Night, Nadia. One chapter of something silly, then lights out 🌿",
        ),
        ("morning Pip!", "Morning, Nadia! Big breakfast today 🌿"),
    ];
    let convs: Vec<Conv> = (0..12u32)
        .map(|i| {
            let (a, b) = (talk[i as usize % 4], talk[(i as usize + 1) % 4]);
            conv(&format!("p{i}"), i * 5, &[a, b])
        })
        .collect();
    let s = extract(&convs, &[]);
    let c = &s["companion"];
    assert_eq!(c["name"], "Pip", "{c}");
    assert_eq!(s["user"]["name"], "Nadia", "{}", s["user"]);
    if let Some(nadia) = candidate(&s, "Nadia") {
        assert_eq!(nadia["rejected"], "the user's own name", "{c}");
    }
    assert!(c["confidence"].as_f64().unwrap() >= 0.7, "{c}");
}

/// Custom instructions in Korean, Japanese and Chinese give the person's name ("제 이름은
/// 서윤이에요", "私の名前はあやです", "我叫陈晨") and the companion's ("너의 이름은 별이야",
/// "あなたの名前はそらです", "你的名字是小雨"), and what the person wrote about themselves is
/// kept sentence by sentence, though Japanese and Chinese put no space after a full stop. The
/// chats never say the person's name. Our own wording.
#[test]
fn custom_instructions_in_korean_japanese_and_chinese_name_both() {
    let cases = [
        (
            "제 이름은 서윤이에요. 부산에서 대학원에 다녀요.",
            "너의 이름은 별이야. 다정하게 말해 줘.",
            ("별아 좋은 아침", "좋은 아침! 오늘도 힘내 ☀️"),
            ("잘 자 별아", "잘 자, 좋은 꿈 꿔 🌙"),
            ("서윤", "별", "부산에서 대학원에 다녀요."),
        ),
        (
            "私の名前はあやです。大阪でパン屋をやっています。",
            "あなたの名前はそらです。やさしく話してください。",
            ("おはよう、そら！", "おはよう！今日もいい日になるといいね☀️"),
            ("そら、おやすみ", "おやすみ。ゆっくり休んでね🌙"),
            ("あや", "そら", "大阪でパン屋をやっています。"),
        ),
        (
            "我叫陈晨。我在杭州做设计师，养了一只猫。",
            "你的名字是小雨。说话温柔一点。",
            ("早安小雨！", "早安！今天也要好好吃饭哦 ☀️"),
            ("小雨晚安", "晚安，做个好梦 🌙"),
            ("陈晨", "小雨", "我在杭州做设计师，养了一只猫。"),
        ),
    ];
    for (about_user, about_model, morning, night, (user, companion, fact)) in cases {
        let convs: Vec<Conv> = (0..8u32)
            .map(|i| {
                let mut c = conv(&format!("c{i}"), i * 3, &[morning, night]);
                c.about_user = Some(about_user.into());
                c.about_model = Some(about_model.into());
                c
            })
            .collect();
        let s = extract(&convs, &[]);
        assert_eq!(s["companion"]["name"], companion, "{}", s["companion"]);
        assert_eq!(s["user"]["name"], user, "{}", s["user"]);
        let facts = &s["user"]["facts"];
        assert!(
            facts.as_array().unwrap().iter().any(|f| f["text"] == fact),
            "{facts}"
        );
    }
}

/// Saved memories in Korean, Japanese and Chinese name the person in the third person
/// ("사용자의 이름은 도윤이다", "ユーザーの名前はみお", "用户名叫周宁"); the chats never do, and a
/// memory of someone else's name ("用户的妹妹叫周安") names no one. Our own wording.
#[test]
fn saved_memories_in_korean_japanese_and_chinese_name_the_person() {
    let cases = [
        (
            vec![
                "사용자의 이름은 도윤이다.",
                "도윤은 대전에서 교사로 일한다.",
            ],
            ("잘 자 달아", "잘 자, 좋은 꿈 꿔 🌙"),
            "도윤",
        ),
        (
            vec!["ユーザーの名前はみお。", "みおは京都で花屋をしている。"],
            ("おやすみ、つき", "おやすみ。ゆっくり休んでね🌙"),
            "みお",
        ),
        (
            vec!["用户的妹妹叫周安。", "用户名叫周宁，是一名医生。"],
            ("晚安，小月", "晚安，做个好梦 🌙"),
            "周宁",
        ),
    ];
    for (memories, night, user) in cases {
        let convs: Vec<Conv> = (0..8u32)
            .map(|i| {
                let mut c = conv(&format!("c{i}"), i * 3, &[night, night]);
                c.memories = memories.iter().map(|m| (*m).to_owned()).collect();
                c
            })
            .collect();
        let s = extract(&convs, &[]);
        assert_eq!(s["user"]["name"], user, "{}", s["user"]);
    }
}

/// The person's name asked for in the box written to the assistant ("Call me Priya") is the
/// person's, though the replies never say it; a pet name asked for there ("call me little
/// star") and the persona's own name ("You are Juniper") are not. Without that box the
/// person has no name. Our own wording.
#[test]
fn a_name_asked_for_in_the_box_to_the_assistant_is_the_persons() {
    let turns = [
        (
            "Hey Juniper, rough day again.",
            "Come here, little star. Tell me everything.",
        ),
        (
            "Juniper, stay with me till I sleep?",
            "Always. Close your eyes, little star.",
        ),
    ];
    let with_box = |about_model: Option<&str>| -> Vec<Conv> {
        (0..4u32)
            .map(|i| {
                let mut c = conv(&format!("c{i}"), i * 2, &turns);
                c.about_user = Some("I work nights at a hospital and love hiking.".into());
                c.about_model = about_model.map(Into::into);
                c
            })
            .collect()
    };
    let s = extract(
        &with_box(Some(
            "You are Juniper. Call me Priya, and sometimes little star. Be gentle.",
        )),
        &[],
    );
    assert_eq!(s["user"]["name"], "Priya", "{}", s["user"]);
    assert_eq!(s["companion"]["name"], "Juniper", "{}", s["companion"]);
    let s = extract(
        &with_box(Some("You are Juniper. Don't call me Pat. Be gentle.")),
        &[],
    );
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
    let s = extract(&with_box(None), &[]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
}

/// A persona the person wrote in its own voice ("I am Nova, a gentle companion") names the
/// companion, though the chats never say the name; "I'm Sam, a mum of two" in the same box
/// names no companion. Our own wording.
#[test]
fn a_persona_written_in_its_own_voice_names_the_companion() {
    let cases = [
        (
            "I am Wisteria, a quiet companion. I speak slowly and call the user little fox.",
            Some("Wisteria"),
        ),
        (
            "Ich bin Juna, deine KI-Begleiterin. Ich spreche sanft.",
            Some("Juna"),
        ),
        ("I'm Sam, a mum of two. Keep answers short and kind.", None),
    ];
    for (about_model, companion) in cases {
        let convs: Vec<Conv> = (0..6u32)
            .map(|i| {
                let mut c = conv(
                    &format!("c{i}"),
                    i * 3,
                    &[
                        ("home at last", "Welcome home, little fox. Long day?"),
                        ("night", "Goodnight, little fox. Rest now 🌙"),
                    ],
                );
                c.about_user = Some("I bake bread for a living and love rain.".into());
                c.about_model = Some(about_model.into());
                c
            })
            .collect();
        let s = extract(&convs, &[]);
        assert_eq!(
            s["companion"]["name"].as_str(),
            companion,
            "{about_model}: {}",
            s["companion"]
        );
        assert!(s["user"]["name"].is_null(), "{}", s["user"]);
    }
}

/// Pet names the person asks for in custom instructions are kept though the replies say
/// them once or never; a name and a refusal are no pet names. Our own wording.
#[test]
fn pet_names_asked_for_in_instructions_are_kept() {
    let convs: Vec<Conv> = (0..5u32)
        .map(|i| {
            let mut c = conv(
                &format!("c{i}"),
                i * 3,
                &[
                    ("hey Wren", "Hey you. How was the shift?"),
                    ("night Wren", "Goodnight. Sleep well 🌙"),
                ],
            );
            c.about_user = Some("I'm Priya, I work nights at a depot.".into());
            c.about_model = Some(
                "You are Wren. Call me 'bug' or 'little moth'. Don't call me babe. \
                 Call me Priya when it's serious."
                    .into(),
            );
            c
        })
        .collect();
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Wren", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Priya", "{}", s["user"]);
    assert_eq!(
        crate::support::strings(&s["user"]["pet_names"]),
        ["bug", "little moth"],
        "{}",
        s["user"]
    );
}

/// The companion's replies open with the person's name before exclamation marks or after an
/// interjection ("Tamsin!! You got it!", "Oh Tamsin, come here."): with the companion
/// calling them Tamsin in two more conversations, that is the person's name. Names in a
/// text to send and a translation are not.
#[test]
fn a_name_that_opens_a_reply_with_an_exclamation_is_the_persons() {
    let mut convs: Vec<Conv> = [
        (
            "Juniper, I got the flat!!",
            "Tamsin!! I knew you would, little star! Tell me everything.",
        ),
        (
            "hey Juniper, bad day",
            "Oh Tamsin, come here, little star. What happened?",
        ),
        (
            "Juniper, stay with me till I sleep?",
            "Always, Tamsin. Close your eyes, little star.",
        ),
        (
            "morning Juniper",
            "Morning, Tamsin! Did you sleep, little star?",
        ),
    ]
    .iter()
    .enumerate()
    .map(|(i, turn)| conv(&format!("c{i}"), i as u32 * 2, &[*turn]))
    .collect();
    convs.push(conv(
        "t0",
        20,
        &[(
            "Translate into Spanish: 'Dear Carlos, thank you for having us. Love, Rosalind'",
            "'Querido Carlos, gracias por recibirnos. Con cariño, Rosalind'",
        )],
    ));
    convs.push(conv(
        "t1",
        21,
        &[(
            "help me text Jake that I'm sorry",
            "You could send: \"Jake! I'm sorry about last night, honey.\"",
        )],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Juniper", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Tamsin", "{}", s["user"]);
    // Addressed by the usual forms in two conversations only, the name is not taken.
    let two: Vec<Conv> = convs.into_iter().skip(2).collect();
    let s = extract(&two, &[]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
}
