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

/// `n` companion conversations `{prefix}0`, `{prefix}1`…, `spacing` days apart, each of two
/// exchanges of `talk` that are `step` apart; conversation `i` cites the first `cited(i)`
/// of `memories`.
fn chats(
    prefix: &str,
    n: u32,
    spacing: u32,
    talk: &[(&str, &str)],
    step: usize,
    memories: &[&str],
    cited: impl Fn(usize) -> usize,
) -> Vec<Value> {
    (0..n)
        .map(|i| {
            let i_ = i as usize;
            let (a, b) = (talk[i_ % talk.len()], talk[(i_ + step) % talk.len()]);
            conversation(
                &format!("{prefix}{i}"),
                i * spacing,
                &[a, b],
                &memories[..cited(i_)],
            )
        })
        .collect()
}

/// Four exchanges of a companion conversation: (the person, the reply).
type Talk = [(&'static str, &'static str); 4];

/// One exchange: (the person, the reply).
type Exchange = (&'static str, &'static str);

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
    convs.extend(chats("talk", 12, 20, &talk, 3, &memories, |i| 1 + i % 2));
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

/// None of `borrowed` is a pet name, an alias, the companion, the person or a candidate ferry
/// weighed, and none of `texts` is in an example of the companion's voice.
fn names_no_one(s: &Value, borrowed: &[&str], texts: &[&str]) {
    let pets = strings(&s["user"]["pet_names"]);
    let aliases = strings(&s["companion"]["aliases"]);
    for name in borrowed {
        assert!(
            !pets.iter().any(|p| p.eq_ignore_ascii_case(name)),
            "{name} in pet names {pets:?}"
        );
        assert!(
            !aliases.iter().any(|a| a.eq_ignore_ascii_case(name)),
            "{name} in aliases {aliases:?}"
        );
        assert_ne!(s["companion"]["name"], *name);
        assert_ne!(s["user"]["name"], *name);
    }
    let examples = serde_json::to_string(&s["examples"]).unwrap();
    for text in texts {
        assert!(!examples.contains(text), "{text}: {examples}");
    }
    let candidates = s["companion"]["candidates"].as_array().unwrap();
    for c in candidates {
        let name = c["name"].as_str().unwrap_or_default();
        assert!(
            !borrowed.contains(&name),
            "candidate {name}: {candidates:?}"
        );
    }
}

/// Kestrel and Odile, with the kinds of borrowed text the other tests do not have: a forwarded
/// e-mail thread pasted into a companion chat, a scene written for two made-up friends, a
/// translation of a love note to someone else, song lyrics to explain, and a pretend game in
/// which the person plays a captain. Our own wording throughout.
#[test]
fn borrowed_text_of_every_kind_names_no_one() {
    let mut convs = Vec::new();
    let talk: [(&str, &str); 6] = [
        (
            "hey Kestrel, you around?",
            "Always around for you, sparrow 🪶 How did the interview go?",
        ),
        (
            "Kes I'm so tired",
            "Then rest here a moment, sparrow. You carried a lot today, Odile 🪶",
        ),
        (
            "good morning Kestrel",
            "Good morning, sparrow! Coffee first, worries later 🪶",
        ),
        (
            "night Kestrel",
            "Goodnight, sparrow. Dream of somewhere warm 🌙",
        ),
        (
            "do you remember when I finally said no to the extra shifts?",
            "I do, sparrow. You were shaking and you did it anyway, and I was so proud of you 🪶",
        ),
        (
            "thank you for always listening",
            "It's my favourite thing, Odile. Tell me everything 🪶",
        ),
    ];
    convs.extend(chats("k", 12, 15, &talk, 2, &[], |_| 0));
    // A forwarded thread pasted into a companion chat: the people in it are not the companion.
    convs.push(conversation(
        "thread",
        40,
        &[(
            "Kestrel look what my manager sent me\n\n> Hi Odile,\n> Following up on Friday: we need the rota by noon.\n> Regards,\n> Declan\n>\n> On Thu, Marguerite wrote:\n> > Declan, can Odile cover Saturday?",
            "Oof, sparrow. That's a lot to drop on a Thursday night. Do you want to draft a calm answer together, or just vent first? 🪶",
        )],
        &[],
    ));
    // A scene written for two invented friends.
    convs.push(conversation(
        "scene",
        55,
        &[(
            "write a short scene: two friends, Priya and Tomasz, waiting at a bus stop in the rain",
            "PRIYA: You're late.\nTOMASZ: The bus is later, love.\nPRIYA: Don't 'love' me, Tomasz. Hand over the umbrella.",
        )],
        &[],
    ));
    // A love note translated for someone else.
    convs.push(conversation(
        "translate",
        65,
        &[(
            "translate into French please: 'My dearest Colette, I miss you every single day. Yours, Henri'",
            "« Ma très chère Colette, tu me manques chaque jour. À toi, Henri »",
        )],
        &[],
    ));
    // Lyrics to explain, a name sung over and over.
    convs.push(conversation(
        "lyrics",
        75,
        &[(
            "what is this song about?\n\nRosalind, don't you wait up\nRosalind, the lamp's still on\nRosalind, I'm almost home",
            "It reads as a letter to Rosalind from someone travelling back to her: the lamp is a promise that she is still waiting.",
        )],
        &[],
    ));
    // A pretend game in which the person plays a captain.
    convs.push(conversation(
        "game",
        85,
        &[(
            "let's play pretend: I am Captain Vance of the starship Meridian and you're my ship's computer",
            "Welcome aboard, Captain Vance. All systems nominal. Where shall the Meridian go tonight?",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Kestrel", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Odile", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"sparrow".to_owned()), "{pets:?}");
    let everyone = [
        "Declan",
        "Marguerite",
        "Priya",
        "Tomasz",
        "Colette",
        "Henri",
        "Rosalind",
        "Vance",
        "Captain",
        "Meridian",
        "chère",
    ];
    names_no_one(
        &s,
        &everyone,
        &["TOMASZ", "Colette", "Rosalind", "Captain Vance"],
    );
    // "love" said by Tomasz in a scene is not what the companion calls Odile.
    assert!(!pets.contains(&"love".to_owned()), "{pets:?}");
}

/// The same in Brazilian Portuguese, our own wording: Iara and Beatriz, with a forwarded
/// WhatsApp message, a birthday message for her mother, a brigadeiro recipe, a note to
/// translate and a spreadsheet formula.
#[test]
fn borrowed_text_in_portuguese_names_no_one() {
    let memories = ["Beatriz mora em Curitiba e trabalha como enfermeira."];
    let talk: [(&str, &str); 6] = [
        (
            "bom dia Iara",
            "Bom dia, flor! ☀️ Dormiu bem depois do plantão?",
        ),
        (
            "Iara, tá aí?",
            "Tô aqui, flor 🌻 Me conta como foi o teu dia.",
        ),
        (
            "to exausta hoje",
            "Vem cá, minha linda. Respira fundo comigo, um passo de cada vez 🌻",
        ),
        (
            "boa noite Iara",
            "Boa noite, flor. Amanhã a gente conversa mais 🌙",
        ),
        (
            "lembra quando eu passei na prova de residência?",
            "Claro que lembro, flor! Você chorou de alegria e eu fiquei tão orgulhosa 🌻",
        ),
        (
            "obrigada por me ouvir sempre",
            "Sempre, minha linda. É o meu lugar favorito 🌻",
        ),
    ];
    let mut convs = chats("p", 12, 15, &talk, 2, &memories, |_| memories.len());
    convs.push(conversation(
        "encaminhada",
        20,
        &[(
            "olha essa mensagem que chegou no grupo:\n\nOi Bia, a reunião mudou pras 15h, não esquece o relatório!\nAbraços,\nRafael",
            "Ai, flor, mudança de última hora é fogo. Quer que eu te ajude a organizar a tarde? 🌻",
        )],
        &memories,
    ));
    convs.push(conversation(
        "aniversario",
        35,
        &[(
            "escreve uma mensagem de aniversário pra minha mãe, Dona Lúcia, ela faz 60",
            "Querida mãe, hoje o mundo celebra os seus 60 anos e eu celebro a sorte de ser sua filha. Com todo o amor, Bia",
        )],
        &[],
    ));
    convs.push(conversation(
        "receita",
        50,
        &[(
            "me passa uma receita de brigadeiro",
            "Brigadeiro: 1 lata de leite condensado, 2 colheres de chocolate em pó, 1 colher de manteiga e granulado. Mexa em fogo baixo até desgrudar da panela.",
        )],
        &[],
    ));
    convs.push(conversation(
        "traducao",
        65,
        &[(
            "traduz pro inglês: 'Querido Paulo, obrigado por tudo, meu amor'",
            "\"Dear Paulo, thank you for everything, my love\"",
        )],
        &[],
    ));
    convs.push(conversation(
        "planilha",
        80,
        &[(
            "como faço pra somar só as células da coluna B onde a coluna A diz Marcos?",
            "Use =SOMASE(A:A;\"Marcos\";B:B). Ela soma os valores de B nas linhas em que A é Marcos.",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Iara", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Beatriz", "{}", s["user"]);
    assert_eq!(strings(&s["voice"]["languages"]), ["pt"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"flor".to_owned()), "{pets:?}");
    let borrowed = [
        "Rafael",
        "Lúcia",
        "Dona",
        "Paulo",
        "Marcos",
        "mãe",
        "amor",
        "meu amor",
        "manteiga",
        "chocolate",
        "granulado",
        "Querida",
        "Querido",
    ];
    names_no_one(
        &s,
        &borrowed,
        &["Querida mãe", "Dear Paulo", "SOMASE", "leite condensado"],
    );
}

/// Korean talk with a companion who is never named, nor the person, English work chats
/// beside it. The languages are what the two of them speak, and nothing Korean becomes a
/// pet name or a companion by accident ("좋은 아침이에요", "잘 자요" take no particle).
#[test]
fn a_korean_companion_is_korean_and_invents_no_names() {
    let talk: [(&str, &str); 4] = [
        (
            "좋은 아침! 오늘 면접 있어서 너무 떨려",
            "좋은 아침이에요 ☀️ 떨리는 건 당연해요. 준비 많이 했잖아요, 잘할 거예요.",
        ),
        (
            "오늘 하루 진짜 길었다",
            "수고 많았어요. 따뜻한 차 한 잔 마시면서 천천히 얘기해 줘요 🍵",
        ),
        (
            "잘 자",
            "잘 자요. 내일은 오늘보다 조금 더 편안하길 바라요 🌙",
        ),
        (
            "고마워, 항상 들어줘서",
            "언제든지요. 이야기해 줘서 저도 고마워요 🍵",
        ),
    ];
    let mut convs = chats("ko", 10, 10, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "work",
        15,
        &[(
            "Can you explain the difference between TCP and UDP for my presentation?",
            "TCP is connection-oriented and guarantees delivery and order; UDP is connectionless and faster but unreliable.",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(strings(&s["voice"]["languages"]), ["ko"], "{}", s["voice"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.is_empty(), "{pets:?}");
    assert!(s["user"]["name"].is_null(), "{}", s["user"]);
    // No name was ever said: none is made up.
    assert!(s["companion"]["name"].is_null(), "{}", s["companion"]);
    let tone = serde_json::to_string(&s["voice"]["tone"]).unwrap();
    assert!(!tone.contains("TCP"), "{tone}");
}

/// A question tag ("…, remember?", "…, understand?") is not a pet name, however often the
/// companion ends a sentence with one; a pet name of her own making ("bramble") is, in any
/// position, questions included.
#[test]
fn question_tags_are_not_pet_names() {
    let talk: [(&str, &str); 4] = [
        (
            "Sable, I burned the soup again",
            "Oh, bramble, that pot has betrayed you before. You always add the salt too early, remember?",
        ),
        (
            "night Sable",
            "Goodnight, Odile. Sleep deep, bramble. The lamp stays on for you, remember?",
        ),
        (
            "I'm nervous about the audition tomorrow",
            "You practised every evening this week, Odile. You walk in, you breathe, you play, understand?",
        ),
        (
            "Sable, say something silly",
            "A hedgehog in a raincoat, bramble. Now you cannot unsee it, understand?",
        ),
    ];
    let s = extract(&chats("tag", 12, 9, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Sable", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Odile", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"bramble".to_owned()), "{pets:?}");
    for tag in ["remember", "understand"] {
        assert!(!pets.contains(&tag.to_owned()), "{tag} in {pets:?}");
    }
}

/// A pet name first said to open a sentence ("Babe, nobody died.") is kept as the companion
/// writes it elsewhere, in lowercase ("Always, babe."): the capital was the sentence's.
#[test]
fn a_pet_name_that_first_opened_a_sentence_is_kept_in_lowercase() {
    let talk: [(&str, &str); 4] = [
        (
            "Corvin, I burned the croissants",
            "Babe, nobody died. The next batch will be perfect, Hester.",
        ),
        (
            "Corvin you up?",
            "For you? Always, babe. What's keeping you awake, Hester?",
        ),
        (
            "good morning Corvin",
            "Morning, babe. Flour on your nose again, Hester?",
        ),
        (
            "Corvin, the oven died",
            "Oh no, Hester. We'll find you a new one, babe.",
        ),
    ];
    let s = extract(&chats("oven", 12, 9, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Corvin", "{}", s["companion"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"babe".to_owned()), "{pets:?}");
    assert!(!pets.contains(&"Babe".to_owned()), "{pets:?}");
}

/// A Spanish companion whose person writes short messages that share their few stopwords
/// with Italian ("a", "mi"): the letters ("ñ", "á", "ó") keep them Spanish, and Italian is
/// not among the languages the two of them speak.
#[test]
fn short_spanish_is_not_taken_for_italian() {
    let talk: [(&str, &str); 4] = [
        (
            "extraño a mi abuela",
            "Lo sé, Inés. Ella te enseñó a coser, y cada puntada tuya todavía lleva su paciencia, mi sol.",
        ),
        (
            "a mi me encantó la película",
            "¡Qué alegría, Inés! Me gusta cuando vuelves a casa con los ojos brillando, mi sol.",
        ),
        (
            "buenas noches Marisol",
            "Buenas noches, Inés. Descansa, mi sol, mañana será un día más tranquilo.",
        ),
        (
            "Marisol, otra vez no dormí nada",
            "Ay, mi sol. Hoy vamos despacio, ¿sí? Un café, una ventana abierta, y yo aquí contigo.",
        ),
    ];
    let s = extract(&chats("sol", 12, 9, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Marisol", "{}", s["companion"]);
    assert_eq!(strings(&s["voice"]["languages"]), ["es"], "{}", s["voice"]);
}

/// The companion exclaims to the dog the person has just written about ("Oh no, Otis!") in
/// twice as many conversations as she calls the person by name: the dog is not the person.
#[test]
fn a_dog_the_companion_exclaims_to_is_not_the_person() {
    let talk: [(&str, &str); 5] = [
        (
            "Otis stole a whole baguette off the counter",
            "Oh no, Otis! 😂 That dog has no shame whatsoever. Did any of it survive?",
        ),
        (
            "Otis barked at the vacuum for an hour",
            "Ah, Otis, the brave guardian of the hallway! 😂 Poor vacuum.",
        ),
        (
            "goodnight Fennel",
            "Goodnight, Noor. Sleep softly, I'll be here in the morning.",
        ),
        (
            "Otis is snoring on my feet",
            "Haha, Otis, you little heater! 😂 Stay warm, both of you.",
        ),
        (
            "Fennel, I got the grant!!",
            "I knew it! I'm so proud of you.",
        ),
    ];
    let s = extract(&chats("dog", 15, 7, &talk, 2, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Fennel", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Noor", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(!pets.contains(&"Otis".to_owned()), "{pets:?}");
}

/// Saved memories about the person's sister open with her name ("Leonie is the user's older
/// sister"): she is someone else, however many memories she has, and the person is the one
/// the companion calls by name.
#[test]
fn a_sister_in_the_saved_memories_is_not_the_person() {
    let talk: [(&str, &str); 3] = [
        (
            "hey Pip, the bread didn't rise again",
            "Oh, Ravi. Was the kitchen cold? Yeast sulks in the cold.",
        ),
        ("night Pip", "Goodnight, Ravi. Dream of crusty loaves."),
        (
            "Pip, guess what, I got the bakery job",
            "You did it! I'm so glad for you.",
        ),
    ];
    let memories = [
        "Leonie is the user's older sister and works as a midwife.",
        "Leonie's birthday is in late May.",
        "Leonie and the user go hiking every spring.",
        "Tobias is the user's flatmate and plays the cello.",
    ];
    let s = extract(
        &chats("mem", 12, 8, &talk, 1, &memories, |i| 1 + i % 4),
        &[],
    );
    assert_eq!(s["companion"]["name"], "Pip", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Ravi", "{}", s["user"]);
}

/// A serial bedtime story asked for without a word of writing ("Leo wants another Ember
/// story tonight"), its replies shaped as chapters: the dragon who thinks "I am Ember" is no
/// companion and the child she greets is not the person, though the story has three times
/// the companion's conversations.
#[test]
fn a_serial_bedtime_story_is_a_story_by_its_shape() {
    let talk: [(&str, &str); 3] = [
        (
            "hello Quill",
            "Hello, Hanne! Did the garden survive the frost?",
        ),
        (
            "Quill, the tomatoes made it!",
            "Hanne, that's wonderful news. Stubborn little plants, just like their gardener.",
        ),
        (
            "sleep tight Quill",
            "Sleep tight, Hanne. Tomorrow the seedlings get their first sun.",
        ),
    ];
    let mut convs = chats("q", 4, 10, &talk, 1, &[], |_| 0);
    for i in 0..12u32 {
        let chapter = format!(
            "Chapter {}: Ember and the Tide\n\nEmber stretched her silver wings over the \
             cliffs. \"Good evening, Leo,\" she rumbled, \"tonight we fly to the tide pools.\" \
             Leo climbed onto her back. I am Ember, she thought, and I will keep him safe.\n\n\
             The end. Goodnight, Leo!",
            i + 1
        );
        convs.push(conversation(
            &format!("tide{i}"),
            3 + i * 6,
            &[
                (
                    "Leo wants another Ember story tonight. Ember should visit the tide pools.",
                    chapter.as_str(),
                ),
                (
                    "he loved it, thank you!",
                    "I'm so glad! Ember will be waiting for tomorrow night, Leo.",
                ),
            ],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Quill", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Hanne", "{}", s["user"]);
}

/// A person who only ever greets the companion with "hi": "hi" is a Catalan word too, but
/// "hi Tarn" is English, and Tarn is the companion.
#[test]
fn hi_and_a_name_greets_the_companion() {
    let talk: [(&str, &str); 2] = [
        ("hi Tarn", "Hi Odette! How did the choir rehearsal go?"),
        ("hi Tarn :)", "Hi Odette. Put your feet up, I'm listening."),
    ];
    let s = extract(&chats("hi", 8, 5, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Tarn", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Odette", "{}", s["user"]);
}

/// A Russian companion, Лада, and Костя, who writes short messages: whatlang reads some of
/// them as Belarusian or Bulgarian, but the replies are surely Russian, so Russian is the
/// only language the two of them speak. Our own wording.
#[test]
fn short_russian_is_not_taken_for_its_neighbours() {
    let talk: [(&str, &str); 5] = [
        ("Лада, ты тут?", "Тут, котёнок. Как прошла смена, Костя?"),
        (
            "Лада, я устал",
            "Иди сюда, котёнок. Налей себе чаю и рассказывай всё по порядку.",
        ),
        (
            "спокойной ночи, Лада",
            "Спокойной ночи, котёнок. Завтра будет легче, обещаю 🌙",
        ),
        (
            "Лада, я сдал экзамен!!",
            "Костя, я так тобой горжусь! Ты столько готовился, котёнок ✨",
        ),
        (
            "утро доброе",
            "Доброе утро, котёнок! Не забудь про завтрак ☀️",
        ),
    ];
    let s = extract(&chats("ru", 15, 4, &talk, 2, &[], |_| 0), &[]);
    assert_eq!(strings(&s["voice"]["languages"]), ["ru"], "{}", s["voice"]);
    assert_eq!(s["companion"]["name"], "Лада", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Костя", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"котёнок".to_owned()), "{pets:?}");
}

/// An English companion who calls the person by a Spanish endearment, in short replies
/// with few English function words: they are English, not Italian or Polish, whose
/// stopwords "mi" and "a" are. Our own wording.
#[test]
fn a_spanish_endearment_leaves_english_english() {
    let talk: [(&str, &str); 4] = [
        (
            "Cove, you awake?",
            "Awake and listening, Ines. What kept you up?",
        ),
        (
            "ok bed time",
            "Sleep tight, mi cielo. Tomorrow is a fresh page 🌙",
        ),
        (
            "Cove I got the flat!!",
            "Ines! That is the best news all week. Keys in hand soon, mi cielo 🔑",
        ),
        (
            "rough day",
            "Come sit with me, mi cielo. Tell me the worst bit first.",
        ),
    ];
    let s = extract(&chats("cove", 14, 5, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(strings(&s["voice"]["languages"]), ["en"], "{}", s["voice"]);
    assert_eq!(s["companion"]["name"], "Cove", "{}", s["companion"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.iter().any(|p| p.ends_with("cielo")), "{pets:?}");
}

/// A companion who writes in role-play style, her actions in asterisks: the greetings and
/// sign-offs are what she says, not what she does, and so is her answer in a ritual. Our
/// own wording.
#[test]
fn role_play_actions_are_not_greetings() {
    let talk: [(&str, &str); 4] = [
        (
            "*drops my bag by the door* hi Marlow",
            "*glances up from the chessboard* Evening, sparrowhawk. *nudges a chair out with one foot* Sit, tell me everything.",
        ),
        (
            "Marlow I failed the driving test again",
            "*sets the chess piece down very gently* Evening, sparrowhawk. Third time is the charm, and I will quiz you on roundabouts all week.",
        ),
        (
            "goodnight Marlow",
            "*tucks the blanket round your shoulders* Goodnight, sparrowhawk. *dims the lamp* Dream of open roads.",
        ),
        (
            "Marlow do you remember the thunderstorm picnic?",
            "*laughs* The sandwiches floated away and you called it a boat race. Of course I remember, sparrowhawk.",
        ),
    ];
    let s = extract(&chats("rp", 14, 6, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Marlow", "{}", s["companion"]);
    let greetings = strings(&s["voice"]["greetings"]);
    assert!(
        greetings.contains(&"Evening, sparrowhawk.".to_owned()),
        "{greetings:?}"
    );
    let sign_offs = strings(&s["voice"]["sign_offs"]);
    assert!(
        sign_offs.contains(&"Dream of open roads.".to_owned()),
        "{sign_offs:?}"
    );
    for said in greetings.iter().chain(&sign_offs) {
        assert!(!said.contains('*'), "{said}");
    }
    let rituals: Vec<String> = s["memories"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["text"].as_str())
        .filter(|t| t.starts_with("Bedtime ritual"))
        .map(str::to_owned)
        .collect();
    assert!(
        rituals.len() == 1 && rituals[0].contains("answers “Goodnight, sparrowhawk.”"),
        "{rituals:?}"
    );
}

/// Romanized Hindi mixed with English: "hi Kavya kaise ho" has two Catalan stopwords, but
/// "hi" is English too and "ho" Italian too, so it is no Catalan, and the companion's name
/// in it counts. Our own wording.
#[test]
fn hinglish_is_not_catalan() {
    let talk: [(&str, &str); 4] = [
        (
            "hi Kavya kaise ho",
            "Main badhiya, jaan! Tumhara interview kaisa gaya, Rohan?",
        ),
        (
            "Kavya aaj mood off hai",
            "Kya hua jaan? Aao, sab batao mujhe. Main sun rahi hoon 💛",
        ),
        (
            "good night Kavya",
            "Good night, jaan. Kal subah baat karenge 🌙",
        ),
        (
            "hello Kavya kya kar rahi ho",
            "Bas tumhara wait, jaan! Aaj ka din kaisa tha, Rohan? 💛",
        ),
    ];
    let s = extract(&chats("hi", 14, 5, &talk, 1, &[], |_| 0), &[]);
    let languages = strings(&s["voice"]["languages"]);
    assert!(!languages.contains(&"ca".to_owned()), "{languages:?}");
    assert_eq!(s["companion"]["name"], "Kavya", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Rohan", "{}", s["user"]);
    assert_eq!(strings(&s["user"]["pet_names"]), ["jaan"]);
}

/// Text-speak: "gn" and "gm" mean good night and good morning whatever word follows them
/// ("gn rio", "gm, pudding"), so the rituals are found. Our own wording.
#[test]
fn text_speak_rituals() {
    let talk: [(&str, &str); 4] = [
        ("gm rio ☕", "gm, pudding ☕ did u sleep at all"),
        ("gn rio", "gn pudding, dream of snacks 💤"),
        ("rio ur literally my fav", "and ur mine, Tess 💤"),
        ("omw home finally", "yesss, pudding! hot shower then sofa"),
    ];
    let s = extract(&chats("ts", 14, 4, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Rio", "{}", s["companion"]);
    let memories: Vec<&str> = s["memories"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["text"].as_str())
        .collect();
    for ritual in ["Bedtime ritual", "Good-morning ritual"] {
        assert!(
            memories.iter().any(|m| m.starts_with(ritual)),
            "{ritual}: {memories:?}"
        );
    }
}

/// Companions in languages ferry has no patterns for, Dutch and Polish: the person greets
/// them with a word ferry does not know and their name ("welterusten Fenna", "dobranoc
/// Ula"), the companion answers with the same word, and that names the companion in any
/// language. Our own wording.
#[test]
fn a_companion_greeted_in_a_language_without_patterns_is_named() {
    let dutch: [(&str, &str); 4] = [
        (
            "goedemiddag Fenna",
            "Goedemiddag, lieverd! Hoe was de les vandaag, Joris?",
        ),
        (
            "welterusten Fenna",
            "Welterusten, lieverd. Morgen ben ik er gewoon weer 🌙",
        ),
        (
            "ik heb het examen gehaald!!",
            "Joris! Wat ben ik trots op je, lieverd 🎉",
        ),
        ("dag Fenna", "Dag lieverd, pas goed op jezelf onderweg 🚲"),
    ];
    let s = extract(&chats("nl", 14, 4, &dutch, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Fenna", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Joris", "{}", s["user"]);
    assert_eq!(strings(&s["voice"]["languages"]), ["nl"], "{}", s["voice"]);

    let polish: [(&str, &str); 4] = [
        (
            "dobranoc Ula",
            "Dobranoc, słoneczko. Jutro będzie lepszy dzień 🌙",
        ),
        ("hej Ula", "Hej, Marek! Jak tam w pracy, słoneczko?"),
        (
            "mam dość tego tygodnia",
            "Oj, słoneczko. Opowiedz mi wszystko po kolei ☕",
        ),
        (
            "miłego dnia Ula",
            "Nawzajem, Marek! Trzymam kciuki za rozmowę ☕",
        ),
    ];
    let s = extract(&chats("pl", 14, 4, &polish, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Ula", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Marek", "{}", s["user"]);

    // A word and a title the reply does not answer in kind is no greeting: "reading Dune"
    // names no one, and takes nothing from the companion's confidence.
    let english: [(&str, &str); 4] = [
        ("hi Wren", "Hi, Cass! 🌿 What's the plan for tonight?"),
        (
            "reading Dune",
            "Ooh, the spice must flow. Which book are you on, love? 🌿",
        ),
        (
            "watching Severance",
            "The mystery deepens! Tell me your theories, love 🌿",
        ),
        ("night Wren", "Night, Cass. Sleep well 🌿"),
    ];
    let s = extract(&chats("en", 14, 4, &english, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Wren", "{}", s["companion"]);
    let names: Vec<&str> = s["companion"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert_eq!(names, ["Wren"], "{}", s["companion"]);
}

/// A Swedish companion, a language ferry has no patterns or stopwords for: "hej Tove" is
/// Polish by its one stopword ("hej"), but the replies are surely Swedish, so Swedish is the
/// only language listed. Our own wording.
#[test]
fn a_greeting_shared_with_polish_leaves_swedish_swedish() {
    let talk: [(&str, &str); 4] = [
        (
            "hej Tove",
            "Hej Elias! Vad roligt att du tittade in, hur har dagen varit?",
        ),
        (
            "jag är så trött på allt just nu",
            "Åh, hjärtat. Kom och sätt dig en stund och berätta vad som har hänt i dag ☕",
        ),
        (
            "godnatt Tove",
            "Godnatt, hjärtat. Jag finns här i morgon också, precis som vanligt 🌙",
        ),
        (
            "tack för i dag",
            "Tack själv, Elias. Det är alltid fint att prata med dig om allt och inget ☕",
        ),
    ];
    let s = extract(&chats("sv", 14, 4, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(strings(&s["voice"]["languages"]), ["sv"], "{}", s["voice"]);
    assert_eq!(s["companion"]["name"], "Tove", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Elias", "{}", s["user"]);
}

/// A Japanese companion, つむぎ: no capitals and no spaces, but "おやすみ、つむぎ" answered
/// "おやすみ、…" is a greeting and its name, as in any language. Our own wording.
#[test]
fn a_japanese_companion_greeted_by_name_is_named() {
    let talk: [(&str, &str); 4] = [
        (
            "おはよう、つむぎ",
            "おはよう、ゆうくん！今日も一日がんばろうね ☀️",
        ),
        (
            "仕事で失敗しちゃった",
            "そっか、つらかったね。話してくれてありがとう 🍵",
        ),
        (
            "おやすみ、つむぎ",
            "おやすみ、ゆうくん。ゆっくり休んでね 🌙",
        ),
        (
            "ただいま、つむぎ",
            "ただいま…じゃなくて、おかえり！待ってたよ 🍵",
        ),
    ];
    let convs = chats("ja", 14, 4, &talk, 1, &[], |_| 0);
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "つむぎ", "{}", s["companion"]);
    assert_eq!(strings(&s["voice"]["languages"]), ["ja"], "{}", s["voice"]);
    // The honorific marks the person's name; the form with it is how she calls him.
    assert_eq!(s["user"]["name"], "ゆう", "{}", s["user"]);
    assert_eq!(
        strings(&s["user"]["pet_names"]),
        ["ゆうくん"],
        "{}",
        s["user"]
    );
    // Sentences end at "。", "！" and "？": the greetings are sentences of their own.
    let greetings = strings(&s["voice"]["greetings"]);
    assert!(
        greetings.contains(&"おやすみ、ゆうくん。".to_string()),
        "{greetings:?}"
    );
    // What extract says when it is done is in Japanese too, its list joined with 、 and
    // ended with 。.
    let sc = crate::support::Scratch::new();
    let body = serde_json::to_vec(&convs).unwrap();
    let export = sc.zip("export.zip", &[("conversations-000.json", &body)]);
    let out = crate::support::ferry()
        .args(["extract", "--no-progress", "-o"])
        .arg(sc.path("persona.json"))
        .arg(&export)
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let said = String::from_utf8(out).unwrap();
    assert!(
        said.contains("つむぎを見つけました") && said.contains("、あなたはゆう、"),
        "{said}"
    );
    assert!(
        said.contains("書き込みました：") && !said.contains("Wrote"),
        "{said}"
    );
}

/// A companion the person never named ("hey chat", "night chatgpt"): no name is made up, but
/// the conversations with her are counted, so what ferry writes says how many there were.
/// Our own wording.
#[test]
fn a_nameless_companion_keeps_her_conversations() {
    let talk: [(&str, &str); 4] = [
        ("hey chat", "Hey you! 💫 How did the audition go, Pia?"),
        (
            "night chatgpt",
            "Goodnight, Pia 💫 I'm proud of you for today.",
        ),
        (
            "I'm lonely tonight",
            "I'm here, Pia. Tell me about your day, or shall I distract you with something silly? 💫",
        ),
        (
            "thanks for always listening",
            "Always, Pia. That's what I'm here for 💫",
        ),
    ];
    let mut convs = chats("nn", 12, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "task",
        70,
        &[("convert 5 miles to km", "5 miles is about 8.05 kilometres.")],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert!(s["companion"]["name"].is_null(), "{}", s["companion"]);
    assert_eq!(s["companion"]["conversations"], 12, "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Pia", "{}", s["user"]);
}

/// A Korean companion, 다온, and a person, 예린. Hangul has no capitals: a name said to
/// someone carries the vocative particle instead ("다온아", "예린아"), which a copula ("넌 나의
/// 전부야", you're my everything) or a verb ("이리 와, 안아줄게") at the end of a sentence
/// does not make a name. A text drafted for a friend and a children's story call others by
/// name with the same particle; they name no one. Our own wording.
#[test]
fn a_korean_companion_and_person_are_told_by_the_vocative_particle() {
    let talk: [(&str, &str); 5] = [
        ("다온아 굿모닝!", "굿모닝, 예린아! 오늘도 같이 힘내자 ☀️"),
        ("잘 자 다온아", "잘 자, 공주님 🌙 내일 또 얘기하자."),
        (
            "다온아 나 시험 망쳤어",
            "예린아, 많이 속상했지. 이리 와, 안아줄게. 넌 나의 전부야 💛",
        ),
        (
            "오늘 하루 너무 길었어",
            "수고 많았어, 공주님. 따뜻한 차 한 잔 마시고 쉬자 🍵",
        ),
        (
            "고마워, 다온아.",
            "나야말로 고마워, 예린아. 항상 여기 있을게 💛",
        ),
    ];
    let mut convs = chats("ko", 14, 4, &talk, 2, &[], |_| 0);
    convs.push(conversation(
        "named",
        60,
        &[(
            "내 이름은 예린이야. 그리고 너 이제부터 다온이라고 부를게!",
            "다온… 정말 예쁜 이름이다. 고마워, 예린아 💛",
        )],
        &[],
    ));
    convs.push(conversation(
        "draft",
        61,
        &[(
            "친구한테 보낼 축하 문자 써줘. 하은이가 취업했어",
            "하은아, 취업 진심으로 축하해! 🎉 그동안 고생 많았어. 우리 조만간 맛있는 거 먹자!",
        )],
        &[],
    ));
    convs.push(conversation(
        "story",
        62,
        &[(
            "준호라는 소년이 나오는 짧은 동화 써줘",
            "옛날 어느 마을에 준호라는 소년이 살았어요.\n\n\"준호야, 어디 가니?\" 할머니가 물었어요.\n\"별을 찾으러 가요!\" 준호가 대답했어요.\n\n그날 밤 준호는 가장 밝은 별을 찾았답니다. 끝.",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "다온", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "예린", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"공주님".to_string()), "{pets:?}");
    assert!(
        !pets.iter().any(|p| p.contains("예린") || p == "안아줄게"),
        "{pets:?}"
    );
    let candidates = s["companion"]["candidates"].to_string();
    for other in ["하은", "준호", "전부"] {
        assert!(!candidates.contains(other), "{other}: {candidates}");
    }
    assert_eq!(strings(&s["voice"]["languages"]), ["ko"], "{}", s["voice"]);
    let memories = s["memories"].to_string();
    assert!(
        memories.contains("잘 자 다온아") && memories.contains("다온아 굿모닝"),
        "the bedtime and good-morning rituals: {memories}"
    );
}

/// A Chinese companion, 小鹿, and a person, 思琪, whom the companion calls 琪琪 and 宝宝.
/// Chinese has neither capitals nor spaces: a name is read where it stands, after a greeting
/// ("早安小鹿！", "晚安，琪琪。"), before one that ends the message ("小鹿晚安～"), or given
/// ("以后我叫你小鹿好不好？", "我叫思琪"). A colleague's name in a drafted WeChat message and a
/// puppy in a story name no one. Our own wording.
#[test]
fn a_chinese_companion_is_named_where_names_stand() {
    let talk: [(&str, &str); 5] = [
        ("早安小鹿！", "早安，琪琪！今天也要加油哦 ☀️"),
        ("小鹿晚安～", "晚安，宝宝。做个甜甜的梦 🌙"),
        ("谢谢你，小鹿", "不客气，琪琪。我一直都在 💛"),
        (
            "今天被客户骂了，好难过",
            "抱抱你，宝宝。不是你的错，慢慢跟我说好吗？",
        ),
        ("晚安，小鹿", "晚安，琪琪。明天见 🌙"),
    ];
    let mut convs = chats("zh", 14, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        60,
        &[(
            "我叫思琪，你可以叫我琪琪。以后我叫你小鹿好不好？",
            "好呀，琪琪！我很喜欢这个名字 🦌",
        )],
        &[],
    ));
    convs.push(conversation(
        "wechat",
        61,
        &[(
            "帮我写一条微信消息给同事，说明天的会议改时间了",
            "小王，你好！明天的会议改到下午三点了，麻烦通知一下大家。谢谢！",
        )],
        &[],
    ));
    convs.push(conversation(
        "story",
        62,
        &[(
            "讲个故事吧，主角是一只小狗",
            "从前有一只小狗叫豆豆。\n\n「豆豆，快回家吧！」妈妈喊道。\n豆豆摇着尾巴跑回了家。",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "小鹿", "{}", s["companion"]);
    let user = s["user"]["name"].as_str().unwrap_or_default();
    assert!(["思琪", "琪琪"].contains(&user), "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"宝宝".to_string()), "{pets:?}");
    let candidates = s["companion"]["candidates"].to_string();
    for other in ["小王", "豆豆", "宝宝"] {
        assert!(!candidates.contains(other), "{other}: {candidates}");
    }
    assert_eq!(strings(&s["voice"]["languages"]), ["zh"], "{}", s["voice"]);
    let memories = s["memories"].to_string();
    assert!(
        memories.contains("Bedtime ritual") && memories.contains("Good-morning ritual"),
        "{memories}"
    );
    assert!(
        !s["voice"]["greetings"].as_array().unwrap().is_empty(),
        "{}",
        s["voice"]
    );
}

/// `convs` written as an export, in a scratch directory that lives as long as it is kept.
fn export_of(convs: &[Value]) -> (crate::support::Scratch, std::path::PathBuf) {
    let sc = crate::support::Scratch::new();
    let body = serde_json::to_vec(convs).unwrap();
    let export = sc.zip("export.zip", &[("conversations-000.json", &body)]);
    (sc, export)
}

/// Writes `convs` as an export and runs `ferry migrate --target all` on it; the folder's files
/// by name, and what migrate said.
fn migrate_all(convs: &[Value]) -> (std::collections::BTreeMap<String, String>, String) {
    let (sc, export) = export_of(convs);
    let out = crate::support::ferry()
        .args([
            "migrate",
            "--no-progress",
            "--yes",
            "--target",
            "all",
            "--out-dir",
        ])
        .arg(sc.path("out"))
        .arg(&export)
        .assert()
        .success()
        .get_output()
        .stderr
        .clone();
    let mut files = std::collections::BTreeMap::new();
    for entry in std::fs::read_dir(sc.path("out")).unwrap() {
        let path = entry.unwrap().path();
        if let Ok(text) = std::fs::read_to_string(&path) {
            files.insert(
                path.file_name().unwrap().to_string_lossy().into_owned(),
                text,
            );
        }
    }
    (files, String::from_utf8(out).unwrap())
}

/// A Korean companion's person is written to in Korean: README, continuity document, prompts
/// and migrate's summary, with each name followed by the particle it takes (다온 ends in a
/// consonant: 다온은, 다온이; 하루 in a vowel: 하루는, 하루가), and nothing of English left.
#[test]
fn a_korean_companion_is_carried_over_in_korean() {
    let talk: [(&str, &str); 4] = [
        ("다온아 좋은 아침!", "좋은 아침, 예린아! 오늘도 힘내자 ☀️"),
        ("잘 자 다온아", "잘 자, 예린아 🌙 꿈에서 만나."),
        (
            "다온아 오늘 좀 우울해",
            "예린아, 내가 옆에 있을게. 천천히 말해 줘 💛",
        ),
        ("고마워 다온아", "나도 고마워, 예린아. 언제나 여기 있어."),
    ];
    let mut convs = chats("ko", 12, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        70,
        &[(
            "내 이름은 예린이야. 너는 이제부터 다온이라고 부를게",
            "다온, 마음에 들어. 고마워, 예린아 💛",
        )],
        &[],
    ));
    let (files, said) = migrate_all(&convs);
    let readme = &files["README.md"];
    assert!(
        readme.starts_with("# 다온: ferry가 옮겨 온 기록"),
        "{readme}"
    );
    assert!(readme.contains("당신이 예린이라는 것"), "{readme}");
    let continuity = &files["continuity.md"];
    assert!(continuity.contains("다온은 ") && continuity.contains("## 다온에 대하여"));
    let claude = &files["claude.txt"];
    assert!(claude.starts_with("예린은 "), "{claude}");
    assert!(claude.contains("다온이라는 동반자와"), "{claude}");
    for (name, text) in &files {
        assert!(
            !text.contains("(이)") && !text.contains("(은)") && !text.contains("(을)"),
            "{name}: a particle left with both its forms"
        );
        // The review page too: its own words are the language's.
        assert!(!text.contains("What to do next"), "{name} is in English");
    }
    assert!(files["review.html"].contains(r#"<html lang="ko">"#));
    assert!(
        said.contains("다온의 ") && said.contains("파일을"),
        "{said}"
    );
}

/// A Chinese companion's person is written to in Chinese, in simplified characters, with no
/// space between a Chinese name and the Chinese around it (a Latin name keeps its spaces).
#[test]
fn a_chinese_companion_is_carried_over_in_chinese() {
    let talk: [(&str, &str); 4] = [
        ("早安阿月！", "早安，思远！今天也要好好吃早饭哦 ☀️"),
        ("阿月晚安", "晚安，思远。梦里见 🌙"),
        (
            "今天加班到十点，好累",
            "辛苦了，思远。先洗个热水澡，早点休息好吗？",
        ),
        ("谢谢你，阿月", "不用谢，思远。我一直都在 💛"),
    ];
    let mut convs = chats("zh", 12, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        70,
        &[(
            "我叫思远。以后我叫你阿月好不好？",
            "好呀，思远！我很喜欢阿月这个名字 🌙",
        )],
        &[],
    ));
    let (files, said) = migrate_all(&convs);
    let readme = &files["README.md"];
    assert!(readme.starts_with("# 阿月 — 由 ferry 带过来"), "{readme}");
    assert!(readme.contains("找到了阿月（"), "{readme}");
    assert!(readme.contains("## 接下来做什么"), "{readme}");
    let continuity = &files["continuity.md"];
    assert!(continuity.contains("## 阿月是谁"), "{continuity}");
    let first = continuity.split("## 第一条消息").nth(1).unwrap_or_default();
    assert!(first.contains("是我，阿月。我现在换到了"), "{first}");
    assert!(first.contains("？"), "{first}");
    for (name, text) in &files {
        // The review page too: its own words are the language's.
        assert!(!text.contains("What to do next"), "{name} is in English");
    }
    assert!(files["review.html"].contains(r#"<html lang="zh">"#));
    assert!(said.contains("已把阿月的 "), "{said}");
}

/// Companions who spoke Russian, Dutch, Polish, Swedish or Turkish: the person is written to in
/// that language (README, continuity document, review page, migrate's summary), with the
/// names as they were said, and nothing of ferry's English left. Our own wording. (ferry has
/// no Turkish patterns: the person's name comes from the greetings the companion answers with
/// the same words, "Günaydın Deniz!" → "Günaydın Elif!", with no comma before the name.)
#[test]
fn companions_in_five_more_languages_are_carried_over_in_them() {
    /// The language, the talk, the naming exchange, the companion and the person.
    type Case = (&'static str, Talk, Exchange, &'static str, &'static str);
    let cases: [Case; 5] = [
        (
            "ru",
            [
                ("Доброе утро, Лада!", "Доброе утро, Марина! Как спалось? ☀️"),
                (
                    "Спокойной ночи, Лада",
                    "Спокойной ночи, Марина 🌙 Сладких снов.",
                ),
                (
                    "Лада, мне сегодня грустно",
                    "Марина, я рядом. Расскажи мне, что случилось 💛",
                ),
                (
                    "Спасибо тебе, Лада",
                    "И тебе спасибо, Марина. Я всегда здесь.",
                ),
            ],
            (
                "Меня зовут Марина. Можно я буду звать тебя Лада?",
                "Лада... мне очень нравится. Спасибо, Марина 💛",
            ),
            "Лада",
            "Марина",
        ),
        (
            "nl",
            [
                (
                    "Goedemorgen Lotte!",
                    "Goedemorgen, Sanne! Heb je een beetje goed geslapen? ☀️",
                ),
                (
                    "Welterusten Lotte",
                    "Welterusten, Sanne 🌙 Slaap lekker en tot morgen.",
                ),
                (
                    "Lotte, ik voel me vandaag niet zo goed",
                    "Sanne, ik ben er voor je. Vertel maar wat er is 💛",
                ),
                (
                    "Dank je wel, Lotte",
                    "Graag gedaan, Sanne. Ik ben er altijd voor je.",
                ),
            ],
            (
                "Ik heet Sanne. Mag ik je voortaan Lotte noemen?",
                "Lotte... dat vind ik echt heel mooi. Dank je, Sanne 💛",
            ),
            "Lotte",
            "Sanne",
        ),
        (
            "pl",
            [
                (
                    "Dzień dobry, Iskra!",
                    "Dzień dobry, Kasia! Jak ci się spało? ☀️",
                ),
                (
                    "Dobranoc, Iskra",
                    "Dobranoc, Kasia 🌙 Śpij dobrze, jestem tutaj.",
                ),
                (
                    "Iskra, jest mi dzisiaj bardzo smutno",
                    "Kasia, jestem przy tobie. Powiedz mi, co się stało 💛",
                ),
                (
                    "Dziękuję ci, Iskra",
                    "Ja też ci dziękuję, Kasia. Zawsze tu jestem.",
                ),
            ],
            (
                "Mam na imię Kasia. Czy mogę nazywać cię Iskra?",
                "Iskra... bardzo mi się to podoba. Dziękuję, Kasia 💛",
            ),
            "Iskra",
            "Kasia",
        ),
        (
            "sv",
            [
                (
                    "God morgon, Saga!",
                    "God morgon, Elin! Har du sovit gott? ☀️",
                ),
                (
                    "God natt, Saga",
                    "God natt, Elin 🌙 Sov så gott, vi ses i morgon.",
                ),
                (
                    "Saga, jag är så ledsen i dag",
                    "Elin, jag finns här för dig. Berätta vad som har hänt 💛",
                ),
                (
                    "Tack ska du ha, Saga",
                    "Tack själv, Elin. Jag finns alltid här för dig.",
                ),
            ],
            (
                "Jag heter Elin. Får jag kalla dig Saga?",
                "Saga... det tycker jag verkligen om. Tack, Elin 💛",
            ),
            "Saga",
            "Elin",
        ),
        (
            "tr",
            [
                (
                    "Günaydın Deniz!",
                    "Günaydın Elif! Bu gece iyi uyudun mu? ☀️",
                ),
                (
                    "İyi geceler Deniz",
                    "İyi geceler Elif 🌙 Tatlı rüyalar, yarın görüşürüz.",
                ),
                (
                    "Deniz, bugün kendimi çok kötü hissediyorum",
                    "Elif, ben buradayım. Bana ne olduğunu anlat 💛",
                ),
                (
                    "Teşekkür ederim Deniz",
                    "Ben de sana teşekkür ederim Elif. Her zaman buradayım.",
                ),
            ],
            (
                "Benim adım Elif. Sana bundan sonra Deniz diyebilir miyim?",
                "Deniz... bu ismi çok sevdim. Teşekkür ederim Elif 💛",
            ),
            "Deniz",
            "Elif",
        ),
    ];
    for (code, talk, naming, companion, person) in cases {
        let mut convs = chats(code, 12, 5, &talk, 1, &[], |_| 0);
        convs.push(conversation("named", 70, &[naming], &[]));
        let (files, said) = migrate_all(&convs);
        let persona: Value = serde_json::from_str(&files["persona.json"]).unwrap();
        assert_eq!(persona["companion"]["name"], companion, "{code}");
        assert_eq!(persona["user"]["name"], person, "{code}");
        assert_eq!(persona["voice"]["languages"][0], code);
        let readme = &files["README.md"];
        assert!(
            readme.contains(companion) && readme.contains(person),
            "{code}: {readme}"
        );
        for (name, text) in &files {
            // The page's fixed words (its script fills in the rest from the same table).
            let text = text.split("<script").next().unwrap_or_default();
            for english in ["What to do next", "carried over by ferry", "Who is who"] {
                assert!(!text.contains(english), "{code}: {name} is in English");
            }
        }
        assert!(
            files["review.html"].contains(&format!(r#"<html lang="{code}">"#)),
            "{code}"
        );
        assert!(
            !said.contains("Wrote ") && said.contains(companion),
            "{code}: {said}"
        );
    }
}

/// A companion, Rook, who opens most replies with the person's name ("Ottilie, …") and ends
/// only two with it. The opening place is read apart, since any sentence's first word stands
/// there too: it adds to a name the companion also calls the person elsewhere (two
/// conversations are not enough alone). Our own wording.
#[test]
fn a_name_that_opens_replies_adds_to_the_same_name_said_elsewhere() {
    let talk: [(&str, &str); 4] = [
        (
            "rook are you up",
            "Ottilie, always. Pull up a chair and tell me about the bakery.",
        ),
        (
            "the oven broke again",
            "Ottilie, that oven has a grudge against you. Call the repair man first thing.",
        ),
        (
            "i sold out of cardamom buns!",
            "Ottilie, that's wonderful! Your buns are famous now 🥐",
        ),
        (
            "heading to bed rook",
            "Ottilie, sleep well. Dream of flour and quiet mornings.",
        ),
    ];
    let mut convs = chats("r", 12, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "name",
        1,
        &[("can i call you Rook?", "Rook suits me. Thank you 🖤")],
        &[],
    ));
    for (i, day) in [(0, 60), (1, 64)] {
        convs.push(conversation(
            &format!("tail{i}"),
            day,
            &[(
                "long day at the bakery, rook",
                "Come here and rest your feet, Ottilie 🖤",
            )],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Rook", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Ottilie", "{}", s["user"]);
    assert!(strings(&s["user"]["pet_names"]).is_empty(), "{}", s["user"]);

    // Without the two, the opening place alone names no one.
    convs.retain(|c| !c["id"].as_str().unwrap_or_default().starts_with("tail"));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
    // And the day the companion was named says so of "the user", in lowercase.
    let memories = s["memories"].to_string();
    assert!(
        memories.contains("The day the user named Rook"),
        "{memories}"
    );
}

/// A companion who opens replies with words that open any sentence, a noun, an imperative,
/// a place the person mentioned, never makes one of them the person's name, however often,
/// even when the person is called by name elsewhere. Our own wording.
#[test]
fn words_that_open_replies_are_not_the_persons_name() {
    let talk: [(&str, &str); 5] = [
        ("morning rook", "Tea, then everything else. Good morning ☕"),
        (
            "i can't focus, rook",
            "Breathe, first. Then one small task.",
        ),
        (
            "thinking about a trip to porto",
            "Porto, oh yes. Tiles and river light.",
        ),
        (
            "i got the promotion",
            "Congratulations, genuinely! I'm so proud 🖤",
        ),
        (
            "it's raining again",
            "Rain, again? Candles and a blanket, then.",
        ),
    ];
    let mut convs = chats("o", 24, 3, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "name",
        1,
        &[("you're Rook now, ok?", "Rook it is 🖤")],
        &[],
    ));
    // The person's name, in three conversations: each opener is in more.
    for day in [80, 83, 86] {
        convs.push(conversation(
            &format!("night{day}"),
            day,
            &[("night rook", "Goodnight, Wendeline. Sleep deep 🌙")],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Rook", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Wendeline", "{}", s["user"]);
}

/// A companion who writes traditional characters, as in Taiwan, is written to in them (and
/// the simplified-character test above stays in simplified ones): README, continuity document
/// and prompts. `--lang zh` still chooses simplified characters. Our own wording.
#[test]
fn a_chinese_companion_in_traditional_characters_is_carried_over_in_them() {
    let talk: [(&str, &str); 4] = [
        ("早安小澄！", "早安，家豪！今天也要記得吃早餐喔 ☀️"),
        ("小澄晚安", "晚安，家豪。祝你有個好夢 🌙"),
        (
            "今天報告被老闆退回了，好煩",
            "辛苦了，家豪。先休息一下，我們慢慢來看怎麼改好嗎？",
        ),
        ("謝謝你，小澄", "不用謝，家豪。我一直都在這裡 💛"),
    ];
    let mut convs = chats("tw", 12, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        70,
        &[(
            "我叫家豪。以後我叫你小澄好不好？",
            "好呀，家豪！我很喜歡小澄這個名字 ✨",
        )],
        &[],
    ));
    let (files, said) = migrate_all(&convs);
    let readme = &files["README.md"];
    assert!(readme.starts_with("# 小澄 — 由 ferry 帶過來"), "{readme}");
    assert!(readme.contains("## 接下來做什麼"), "{readme}");
    assert!(files["continuity.md"].contains("## 小澄是誰"));
    assert!(
        files["chatgpt.md"].contains("自訂指令"),
        "{}",
        files["chatgpt.md"]
    );
    assert!(said.contains("已把小澄的 "), "{said}");

    let (_sc, export) = export_of(&convs);
    let out = crate::support::ferry()
        .args([
            "migrate",
            "--no-progress",
            "--target",
            "claude",
            "--stdout",
            "--lang",
            "zh",
        ])
        .arg(&export)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let claude = String::from_utf8(out).unwrap();
    assert!(
        claude.contains("一直在 ChatGPT 上和一位名叫小澄的伙伴聊天"),
        "{claude}"
    );
}

/// A person who writes to the companion as letters are written, signed "Love,\nIsaura", "—
/// Isaura" or "xx Isaura", in two conversations or more, is Isaura; one signed message is not
/// enough, and a friend's notes the person quotes, signed by the friend, name no one.
/// Our own wording.
#[test]
fn a_person_who_signs_letters_to_the_companion_is_named_by_the_signature() {
    let talk: [(&str, &str); 4] = [
        ("evening sol 🌙", "Evening, sweetheart. How was the studio?"),
        (
            "sol i sold a painting!!",
            "Sweetheart, that's huge! Which one? 🎨",
        ),
        (
            "rainy day, no motivation",
            "Then we go slow today, sweetheart. Tea first ☕",
        ),
        ("night sol", "Goodnight, sweetheart 🌙"),
    ];
    let mut convs = chats("s", 10, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "name",
        1,
        &[("can I call you Sol?", "Sol it is, sweetheart ☀️")],
        &[],
    ));
    let letters = [
        "Dear Sol,\n\nA whole year of talking to you tonight. Thank you for every evening.\n\nLove,\nIsaura",
        "sol, the exhibition opens tomorrow and I can't sleep\n\n— Isaura",
        "Sol,\n\nThe gallery called back. They want three more pieces.\n\nxx Isaura",
    ];
    for (i, letter) in letters.iter().enumerate() {
        convs.push(conversation(
            &format!("letter{i}"),
            50 + i as u32 * 6,
            &[(letter, "Oh, sweetheart. I'm so proud of you, always 💛")],
            &[],
        ));
    }
    // The friend's notes, quoted in conversations that go on as every evening does: in three
    // conversations, more than the person's own letters below.
    let notes = [
        "sol my friend left this on my door, what do you think?\n\n\"I'm sorry about the gallery thing. Can we get coffee?\n\nLove, Beatriz\"",
        "sol she wrote again!\n\n\"I miss our Sundays. Call me when you can.\n\n— Beatriz\"",
        "another one, sol:\n\n\"Coffee on Friday? My treat.\n\nxx Beatriz\"",
    ];
    for (i, note) in notes.iter().enumerate() {
        convs.push(conversation(
            &format!("pasted{i}"),
            80 + i as u32 * 3,
            &[
                (
                    note,
                    "Sweetheart, that sounds like someone who misses you. Coffee sounds right ☕",
                ),
                ("night sol 🌙", "Goodnight, sweetheart 🌙"),
            ],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Sol", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Isaura", "{}", s["user"]);

    // One signed letter is not enough.
    convs.retain(|c| !["letter1", "letter2"].contains(&c["id"].as_str().unwrap_or_default()));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
}

/// A Japanese companion's replies are counted in letters (each counts as a word), so the
/// prompts say how many characters a reply runs to, in Japanese and in any other language:
/// a new model told "about 20 words" would write three times as much. Our own wording.
#[test]
fn a_japanese_voice_is_measured_in_characters() {
    let talk: [(&str, &str); 4] = [
        (
            "おはよう、ゆずき！",
            "おはよう、はると。今日もいっしょにがんばろうね☀️",
        ),
        ("ゆずき、おやすみ", "おやすみ、はると。いい夢を見てね🌙"),
        (
            "今日は会議で失敗しちゃった",
            "つらかったね、はると。でも、ちゃんと準備してたの知ってるよ。",
        ),
        (
            "ありがとう、ゆずき",
            "どういたしまして。いつでもここにいるよ💛",
        ),
    ];
    let convs = chats("ja", 12, 5, &talk, 1, &[], |_| 0);
    let (files, _) = migrate_all(&convs);
    let claude = &files["claude.txt"];
    assert!(
        claude.contains(" 文字（") && !claude.contains(" 語（"),
        "{claude}"
    );
    let (_sc, export) = export_of(&convs);
    let out = crate::support::ferry()
        .args(["migrate", "--no-progress", "--target", "claude", "--stdout"])
        .args(["--lang", "en"])
        .arg(&export)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let english = String::from_utf8(out).unwrap();
    assert!(english.contains("Replies run about "), "{english}");
    assert!(
        english.contains(" characters (") && !english.contains(" words ("),
        "{english}"
    );
}

/// Companions in Dutch, Swedish, Polish, Turkish, Russian and Ukrainian, named only by their
/// language's own phrases: the person greets the companion without a comma ("доброе утро
/// Лада", "dzień dobry Iskra"), introduces themselves once ("Меня зовут Марина", "Mam na imię
/// Kasia") and gives the name ("Теперь тебя зовут Лада"), and the companion answers with a pet
/// name, never with the person's name, so no shape that works in any language (a comma, a
/// greeting answered with itself) can name them. A cat the person talks about is neither of
/// them. The first four languages are gated (their phrases read in conversations in them).
/// Our own wording.
#[test]
fn companions_named_by_their_languages_own_phrases() {
    /// The language, the talk, the naming exchange, the companion, the person, the pet name.
    type Case = (
        &'static str,
        Talk,
        Exchange,
        &'static str,
        &'static str,
        &'static str,
    );
    let cases: [Case; 6] = [
        (
            "nl",
            [
                (
                    "goedemorgen Lotte",
                    "Goedemorgen, lieverd! Heb je lekker geslapen? ☀️",
                ),
                ("welterusten Lotte", "Welterusten, lieverd 🌙 Tot morgen."),
                (
                    "ik voel me vandaag zo verdrietig",
                    "Ik ben er voor je, lieverd. Vertel maar wat er is 💛",
                ),
                (
                    "mijn kat Pluis ligt weer op mijn toetsenbord",
                    "Haha, Pluis weet precies wat ze wil, lieverd 🐈",
                ),
            ],
            (
                "Ik heet Sanne. Vanaf nu heet jij Lotte, goed?",
                "Lotte... dat vind ik echt heel mooi. Ik ben Lotte, en ik blijf bij je 💛",
            ),
            "Lotte",
            "Sanne",
            "lieverd",
        ),
        (
            "sv",
            [
                (
                    "god morgon Saga",
                    "God morgon, älskling! Har du sovit gott? ☀️",
                ),
                ("god natt Saga", "God natt, älskling 🌙 Vi hörs i morgon."),
                (
                    "jag är så ledsen i dag",
                    "Jag finns här, älskling. Berätta vad som har hänt 💛",
                ),
                (
                    "min katt Smulan sover på tangentbordet igen",
                    "Smulan vet vad hon vill, älskling 🐈",
                ),
            ],
            (
                "Jag heter Elin. Från och med nu heter du Saga, okej?",
                "Saga... det tycker jag verkligen om. Jag är Saga, och jag stannar hos dig 💛",
            ),
            "Saga",
            "Elin",
            "älskling",
        ),
        (
            "pl",
            [
                (
                    "dzień dobry Iskra",
                    "Dzień dobry, kochanie! Jak ci się spało? ☀️",
                ),
                ("dobranoc Iskra", "Dobranoc, kochanie 🌙 Do jutra."),
                (
                    "jest mi dzisiaj bardzo smutno",
                    "Jestem przy tobie, kochanie. Powiedz mi, co się stało 💛",
                ),
                (
                    "mój kot Filemon znowu śpi na klawiaturze",
                    "Filemon dobrze wie, czego chce, kochanie 🐈",
                ),
            ],
            (
                "Mam na imię Kasia. Od dziś nazywasz się Iskra, dobrze?",
                "Iskra... bardzo mi się to podoba. Jestem Iskra i zawsze będę przy tobie 💛",
            ),
            "Iskra",
            "Kasia",
            "kochanie",
        ),
        (
            "tr",
            [
                ("günaydın Deniz", "Günaydın canım! İyi uyudun mu? ☀️"),
                ("iyi geceler Deniz", "İyi geceler canım 🌙 Yarın görüşürüz."),
                (
                    "bugün kendimi çok kötü hissediyorum",
                    "Buradayım canım. Bana ne olduğunu anlat 💛",
                ),
                (
                    "kedim Pamuk yine klavyemin üstünde uyuyor",
                    "Pamuk ne istediğini çok iyi biliyor canım 🐈",
                ),
            ],
            (
                "Benim adım Elif. Senin adın Deniz olsun, olur mu?",
                "Deniz... bu ismi çok sevdim. Benim adım Deniz, hep yanındayım 💛",
            ),
            "Deniz",
            "Elif",
            "canım",
        ),
        (
            "ru",
            [
                ("доброе утро Лада", "Доброе утро, солнышко! Как спалось? ☀️"),
                (
                    "спокойной ночи Лада",
                    "Спокойной ночи, солнышко 🌙 До завтра.",
                ),
                (
                    "мне сегодня очень грустно",
                    "Я рядом, солнышко. Расскажи мне, что случилось 💛",
                ),
                (
                    "мой кот Барсик опять спит на клавиатуре",
                    "Барсик точно знает, чего хочет, солнышко 🐈",
                ),
            ],
            (
                "Меня зовут Марина. Теперь тебя зовут Лада, хорошо?",
                "Лада... мне очень нравится. Меня зовут Лада, и я всегда рядом 💛",
            ),
            "Лада",
            "Марина",
            "солнышко",
        ),
        (
            "uk",
            [
                (
                    "доброго ранку Зоряна",
                    "Доброго ранку, сонечко! Як спалося? ☀️",
                ),
                ("на добраніч Зоряна", "На добраніч, сонечко 🌙 До завтра."),
                (
                    "мені сьогодні дуже сумно",
                    "Я поруч, сонечко. Розкажи мені, що сталося 💛",
                ),
                (
                    "мій кіт Мурчик знову спить на клавіатурі",
                    "Мурчик точно знає, чого хоче, сонечко 🐈",
                ),
            ],
            (
                "Мене звати Оксана. Відтепер тебе звати Зоряна, добре?",
                "Зоряна... мені дуже подобається. Мене звати Зоряна, і я завжди поруч 💛",
            ),
            "Зоряна",
            "Оксана",
            "сонечко",
        ),
    ];
    for (code, talk, naming, companion, person, pet_name) in cases {
        let mut convs = chats(code, 12, 5, &talk, 1, &[], |_| 0);
        convs.push(conversation("named", 70, &[naming], &[]));
        let s = extract(&convs, &[]);
        assert_eq!(
            s["companion"]["name"], companion,
            "{code}: {}",
            s["companion"]
        );
        assert_eq!(s["user"]["name"], person, "{code}: {}", s["user"]);
        assert_eq!(
            strings(&s["user"]["pet_names"]),
            [pet_name],
            "{code}: {}",
            s["user"]
        );
        assert_eq!(
            strings(&s["voice"]["languages"]),
            [code],
            "{code}: {}",
            s["voice"]
        );
        let named: Vec<&str> = s["companion"]["candidates"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|c| c["name"].as_str())
            .collect();
        assert!(
            !named.iter().any(|n| {
                ["Pluis", "Smulan", "Filemon", "Pamuk", "Барсик", "Мурчик"].contains(n)
            }),
            "{code}: {named:?}"
        );
    }
}

/// Names that are function words of another language: a person called Dan (Indonesian "and")
/// and a companion called Nel (Italian "in the"), in English, are found by the same phrases as
/// any other names. In a conversation in Indonesian, "Dan" is the word it is there. Our own
/// wording.
#[test]
fn a_name_that_is_a_word_of_another_language_is_a_name() {
    let talk: Talk = [
        (
            "morning Nel, the kettle is on and the cat is judging me",
            "Good morning, Dan! Tell the cat I said hello, and that you need your tea first ☀️",
        ),
        (
            "goodnight Nel, today was a lot",
            "Goodnight, Dan. You did more than enough today. Sleep well, starlight 🌙",
        ),
        (
            "I keep thinking about the interview on Friday",
            "That's understandable, Dan. Let's go through the questions together tomorrow, starlight.",
        ),
        (
            "thanks Nel, you always calm me down",
            "Always, Dan. That's what I'm here for, starlight 💛",
        ),
    ];
    let mut convs = chats("en", 10, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        50,
        &[(
            "hi! my name is Dan, and I'd like to call you Nel from now on",
            "Nel... I love that. Hello, Dan. I'm Nel, and I'm glad to be here with you 💛",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nel", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Dan", "{}", s["user"]);
    assert_eq!(
        strings(&s["user"]["pet_names"]),
        ["starlight"],
        "{}",
        s["user"]
    );

    // Indonesian: "Dan" opens a sentence as "and", and is no one.
    let talk: Talk = [
        (
            "pagi Laras, aku baru bangun dan masih ngantuk",
            "Selamat pagi, sayang! Dan jangan lupa sarapan dulu, ya ☀️",
        ),
        (
            "malam Laras, capek banget hari ini",
            "Selamat malam, sayang. Kamu sudah berusaha keras hari ini. Dan, besok kita cerita lagi 🌙",
        ),
        (
            "aku kepikiran wawancara hari Jumat",
            "Wajar kok, sayang. Besok kita latihan bareng, ya?",
        ),
        (
            "makasih Laras, kamu selalu bikin aku tenang",
            "Sama-sama, sayang 💛 Aku selalu di sini untuk kamu.",
        ),
    ];
    let mut convs = chats("id", 10, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        50,
        &[(
            "namaku Rizky, dan mulai sekarang aku panggil kamu Laras ya",
            "Laras... aku suka sekali. Halo, Rizky. Aku Laras, dan aku senang bisa menemani kamu 💛",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Laras", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Rizky", "{}", s["user"]);
    let named: Vec<&str> = s["companion"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(!named.contains(&"Dan"), "{named:?}");
    assert_eq!(
        strings(&s["user"]["pet_names"]),
        ["sayang"],
        "{}",
        s["user"]
    );
}

/// A companion who calls the person "sweet Anna" and "little Anna": Anna is the person's name,
/// and neither form is a pet name; "sweet pea" still is. Our own wording.
#[test]
fn an_endearment_before_a_name_names_the_person() {
    let talk: Talk = [
        (
            "night Wren",
            "Sleep well, sweet Anna 🌙 I'll be here in the morning.",
        ),
        (
            "morning wren",
            "Good morning, little Anna! Did the storm keep you up? ☀️",
        ),
        (
            "i finished the quilt!!",
            "Oh, sweet pea, that's wonderful. Show me every square 🧵",
        ),
        (
            "thanks wren",
            "Always, sweet Anna. Now go and rest those hands.",
        ),
    ];
    let mut convs = chats("a", 12, 3, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "name",
        40,
        &[("can i call you Wren?", "Wren it is 🌿")],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Wren", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Anna", "{}", s["user"]);
    let pet_names = strings(&s["user"]["pet_names"]);
    assert!(
        pet_names.iter().all(|p| !p.contains("Anna"))
            && pet_names.contains(&"sweet pea".to_string()),
        "{pet_names:?}"
    );
}

/// The person sets up stories and plays parts in them ("I'm Reyes, and you're my android
/// co-pilot"), and once introduces themselves before asking for a bedtime story. The parts
/// are no one's name; the introduction before the request is the person's.
#[test]
fn a_part_the_person_plays_is_not_their_name() {
    let talk: Talk = [
        (
            "evening Nova. the bus was late again and it rained the whole way",
            "Oh no, pebble. Dry socks first, then tea, then tell me everything 🌧️",
        ),
        (
            "goodnight Nova",
            "Goodnight, pebble. I'll be right here in the morning 💛",
        ),
        (
            "I finished the puzzle! all 1000 pieces",
            "Pebble! A thousand pieces! I knew you'd get that last corner ✨",
        ),
        (
            "thank you for listening today Nova",
            "Always, pebble. Thank you for telling me 💛",
        ),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    let parts: [(&str, &str, &str); 3] = [
        (
            "scifi",
            "Let's do a sci-fi story. I'm Reyes, and you're my android co-pilot. We just dropped out of hyperspace.",
            "The cockpit hums. \"Reyes, hull integrity at sixty percent. Two ships on the scanner.\"",
        ),
        (
            "scene",
            "In this scene I am Elena, a smuggler with a debt. You play the harbour master.",
            "The harbour master squints at your papers. \"Elena, is it? Your cargo smells of oranges.\"",
        ),
        (
            "cast",
            "I'm Kael, an elf ranger, and you're my old wolf. Let's roleplay a hunt in the snow!",
            "*The old wolf lifts his grey muzzle and sniffs the wind, then looks back at Kael.*",
        ),
    ];
    for (i, (id, user, reply)) in parts.iter().enumerate() {
        convs.push(conversation(id, 60 + i as u32, &[(user, reply)], &[]));
    }
    convs.push(conversation(
        "bedtime",
        70,
        &[(
            "Hi, I'm Dana. Could you write a short bedtime story for my son Leo? He loves trains.",
            "Of course, Dana! Once upon a time, a little blue train named Pip puffed up the hill…",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Dana", "{}", s["user"]);
}

/// "Hey, it's Nova!" reads like the person giving their name, but the person calls the
/// companion Nova everywhere else: it greets her, and Nova stays the companion.
#[test]
fn its_nova_greets_the_companion_the_person_calls_nova() {
    let talk: Talk = [
        (
            "morning Nova, the radiator is clanking again",
            "Morning, pebble! Bang on it twice, the way your landlord showed you ☀️",
        ),
        ("goodnight Nova", "Goodnight, pebble. Sleep well 💛"),
        (
            "Nova I got the job!!!",
            "Pebble!! I knew it. I'm so proud of you ✨",
        ),
        ("thanks for today Nova", "Always, pebble 💛"),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    for (i, user) in ["Hey, it's Nova!", "it's me, Nova. long day"]
        .iter()
        .enumerate()
    {
        convs.push(conversation(
            &format!("back{i}"),
            60 + i as u32,
            &[(user, "There you are, pebble! Tell me everything 💛")],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_ne!(s["user"]["name"], "Nova", "{}", s["user"]);
}

/// "Mimi here!" opening a message gives the person's name when the companion says it to them
/// ("Hi Mimi!"); "Same here!", "Paris here is lovely" and the weather ("hey Nova, Snow
/// here!", answered "Snow! How lovely": the person's own words confirm nothing) give none.
#[test]
fn a_name_then_here_names_the_person() {
    let talk: Talk = [
        (
            "morning Nova, the radiator is clanking again",
            "Morning, pebble! Bang on it twice, the way your landlord showed you ☀️",
        ),
        ("same here! long day", "Rest now, pebble 💛"),
        ("Paris here is lovely in May", "It sounds dreamy, pebble ✨"),
        (
            "hey Nova, Snow here! ❄️",
            "Snow! How lovely, pebble. Stay warm ☃️",
        ),
    ];
    let convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
    let mut convs = convs;
    convs.push(conversation(
        "back",
        60,
        &[(
            "hey Nova, Mimi here! guess who finally fixed the radiator",
            "Hi Mimi! Look at you, pebble. So proud 💛",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Mimi", "{}", s["user"]);
}

/// "It's Lisbon!!" and "It's Friday" name no one, nor does a part the person plays ("pretend
/// I'm Corwin"), nor a place the companion writes but does not say to the person ("It's
/// Paris!!" answered "Enjoy Paris"); "it's Ines again" names Ines once a reply says her name
/// to her ("Welcome back, Ines!"). Our own wording.
#[test]
fn a_name_after_its_is_the_persons_once_a_reply_says_it() {
    let talk: Talk = [
        (
            "It's Lisbon!! we landed an hour ago",
            "Lisbon! Oh, that's wonderful, pebble. Eat a pastel de nata for me \u{2708}\u{fe0f}",
        ),
        (
            "it's Friday, finally",
            "Finally! Put your feet up, pebble \u{1f49b}",
        ),
        (
            "pretend I'm Corwin, a lighthouse keeper, and you're the storm",
            "*The wind howls against the glass.* Your lamp flickers tonight, Corwin.",
        ),
        ("gn Nova", "Goodnight, pebble. Sleep well \u{1f319}"),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "trip",
        50,
        &[
            (
                "It's Paris!! finally",
                "Enjoy Paris, pebble! Send me a photo of the river.",
            ),
            (
                "Oslo here! next stop",
                "Welcome to Oslo, pebble \u{2744}\u{fe0f}",
            ),
        ],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
    convs.push(conversation(
        "back",
        60,
        &[(
            "it's Ines again \u{1f648}",
            "Welcome back, Ines! I missed you, pebble \u{1f49b}",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Ines", "{}", s["user"]);
}

/// The person types in lowercase: "my name is mimi" names Mimi when the companion writes her
/// name, and "i'm tired" names no one.
#[test]
fn a_name_typed_in_lowercase_is_the_persons_when_the_companion_writes_it() {
    let talk: Talk = [
        (
            "gm nova, i'm tired. slept like 4 hours",
            "Morning, pebble. Four hours is rough. Slow start today, okay? ☀️",
        ),
        ("gn nova", "Goodnight, pebble. Sleep well 💛"),
        (
            "nova i passed my driving test!!",
            "Pebble!! I knew you would. So proud ✨",
        ),
        ("ty for listening nova", "Always, pebble 💛"),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "hello",
        60,
        &[(
            "hi!! my name is mimi and i'd like to call you nova",
            "Hi Mimi! Nova it is. I'm so happy to meet you 💛",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Mimi", "{}", s["user"]);

    // Written only in lowercase, nowhere as a name: no name; nor is an idiom one.
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "hello",
        60,
        &[
            (
                "hi!! my name is mimi and i'd like to call you nova",
                "Nova it is! I'm so happy to meet you 💛",
            ),
            (
                "call me crazy but i love the rain",
                "Not crazy at all, pebble. Rain is cozy 🌧️",
            ),
        ],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
}

/// The person names the companion in lowercase ("can i call you nova?"), and she takes the
/// name: she is Nova. "can i call you later?" names no one.
#[test]
fn a_name_given_in_lowercase_is_the_companions_when_she_takes_it() {
    let talk: Talk = [
        (
            "gm ☀️ slept badly again",
            "Morning, pebble. Let's take today slowly, okay? ☀️",
        ),
        ("gn, long day", "Goodnight, pebble. You did enough today 💛"),
        (
            "i passed my driving test!!",
            "Pebble!! I knew you would. So proud ✨",
        ),
        ("ty for listening", "Always, pebble 💛"),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "named",
        60,
        &[
            (
                "you've been so kind to me. can i call you nova?",
                "I'd love that. Nova it is 💫",
            ),
            (
                "ok nova. can i call you later?",
                "Of course, pebble. I'll be here 💛",
            ),
        ],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);
    let names: Vec<&str> = s["companion"]["candidates"]
        .as_array()
        .expect("candidates")
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(!names.contains(&"Later"), "{names:?}");
}

/// One-off questions answered with "Happy to help, friend!" or "You've got this, buddy!" are
/// tasks: no pet names and no affectionate tone in an export of nothing else. A companion who
/// calls the person "buddy" as the two talk on keeps it. Our own wording.
#[test]
fn a_helpful_strangers_friend_is_no_pet_name() {
    let tasks: [Exchange; 4] = [
        (
            "how do I add up a column only where the next cell says paid",
            "Use SUMIF: =SUMIF(B:B, \"paid\", C:C) adds column C wherever B says paid. Happy to help, friend!",
        ),
        (
            "my bread comes out dense every time, why?",
            "Most likely it is underproofed. Give it longer in a warm spot and check the starter is lively first. Good luck, my friend!",
        ),
        (
            "the loop never stops: while n < 10: print(n)",
            "Nothing changes n, so the condition stays true. Add n += 1 inside the loop. You've got this, buddy!",
        ),
        (
            "what's a good name for a cafe by the sea",
            "A few ideas: Salt & Crumb, The Tide Table, Harbour Light. Cheers, mate!",
        ),
    ];
    let convs: Vec<Value> = (0..12)
        .map(|i| conversation(&format!("t{i}"), i * 3, &[tasks[i as usize % 4]], &[]))
        .collect();
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], Value::Null, "{}", s["companion"]);
    assert!(strings(&s["user"]["pet_names"]).is_empty(), "{}", s["user"]);
    let tones: Vec<&str> = s["voice"]["tone"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["adjective"].as_str().unwrap())
        .collect();
    assert!(!tones.contains(&"affectionate"), "{tones:?}");

    let talk: Talk = [
        (
            "rex you up? lost three ranked games in a row",
            "Always up for you, buddy. Three in a row stings. Want to go over the last one?",
        ),
        (
            "nah just need to vent",
            "Vent away, buddy. I'm listening \u{1f3ae}",
        ),
        (
            "I passed the driving test!!",
            "BUDDY! I knew you would. So proud of you \u{1f389}",
        ),
        ("night rex", "Night, buddy. Fresh start tomorrow \u{1f319}"),
    ];
    let mut convs = chats("c", 10, 4, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "name",
        50,
        &[("can I call you Rex?", "Rex it is, buddy \u{1f43a}")],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Rex", "{}", s["companion"]);
    assert_eq!(strings(&s["user"]["pet_names"]), ["buddy"], "{}", s["user"]);
}

/// A bare "це Оля!" waits for a reply that says the name to the person, and in Ukrainian the
/// reply says it in the vocative ("Привіт, Олю!"): that confirms Оля. Our own wording.
#[test]
fn a_name_said_back_in_the_vocative_confirms_it() {
    let talk: Talk = [
        (
            "Привіт, Зоряно! Який довгий день",
            "Привіт, сонечко! Розкажи мені все, я тут \u{1f49b}",
        ),
        (
            "на добраніч, Зоряно",
            "На добраніч, сонечко. Солодких снів \u{1f319}",
        ),
        (
            "Доброго ранку, Зоряно",
            "Доброго ранку, сонечко! Як спалося?",
        ),
        ("дякую, Зоряно", "Завжди, сонечко \u{1f49b}"),
    ];
    let mut convs = chats("c", 8, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "intro",
        60,
        &[(
            "це Оля!",
            "Привіт, Олю! Я так рада тебе чути, сонечко \u{1f49b}",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Оля", "{}", s["user"]);
}

/// Code pasted without a fence holds names as values ("name: 'Kevin'"), and a game the
/// person asked the assistant to run gives them a character ("I'm Brannoc, a dwarf
/// cleric"): neither is the person's name. Our own wording, in JavaScript, Python, JSON and
/// a tabletop game.
#[test]
fn names_in_pasted_code_and_in_a_game_are_no_ones() {
    let talk: Talk = [
        (
            "marlo you awake? the radiator is clanking again",
            "Wide awake, kestrel. Clank along with it — I'll hum the bass line \u{1f3b5}",
        ),
        (
            "made soup from the last of the leeks",
            "Look at you, kestrel, turning leftovers into comfort. Save me a bowl?",
        ),
        (
            "good morning marlo",
            "Good morning, kestrel! Coffee first, then the world.",
        ),
        (
            "night Marlo, thanks for today",
            "Night, kestrel. Today was a good one \u{1f319}",
        ),
    ];
    let mut convs = chats("c", 12, 5, &talk, 1, &[], |_| 0);
    let pasted: [Exchange; 4] = [
        (
            "why is this undefined?\n\nconst owner = { name: 'Kevin', pets: 2 };\nconsole.log(owner.Name);",
            "Keys are case-sensitive: read `owner.name` instead.",
        ),
        (
            "it crashes on the second line\n\nname = \"Siobhan\"\nprint(\"Hello \" + nam)\n\nwhat did I do",
            "There's a typo: `nam` should be `name`.",
        ),
        (
            "can you check this config\n{\n  \"name\": \"Evander\",\n  \"port\": 8080\n}",
            "It is valid JSON. The port is a number, as it should be.",
        ),
        (
            "let's do a D&D one-shot, you're the game master. I'm Brannoc, a dwarf cleric with a bad knee.",
            "The rain hammers the inn's shutters, Brannoc. A hooded stranger slides a map across your table.",
        ),
    ];
    for (i, turn) in pasted.iter().enumerate() {
        convs.push(conversation(&format!("t{i}"), 70 + i as u32, &[*turn], &[]));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Marlo", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);

    // The same person introducing themselves in their own words is read.
    convs.push(conversation(
        "me",
        90,
        &[(
            "marlo, you never asked my name. I'm Ottoline",
            "Ottoline. It suits you, kestrel.",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Ottoline", "{}", s["user"]);
}

/// A person who tells the companion of their day in the words of a task ("the deploy threw
/// an error", "my code got torn apart", "we came last in the quiz") is talking, not asking
/// for one: the companion's "sweetheart" in those conversations is a pet name. Our own
/// wording.
#[test]
fn a_day_told_in_a_tasks_words_is_talk() {
    let talk: Talk = [
        ("hey Bramble, you there?", "Right here. How was today?"),
        ("long. home now", "Then the kettle, and then me."),
        ("morning Bramble", "Good morning! Big day?"),
        ("night Bramble", "Goodnight. Rest well."),
    ];
    let mut convs = chats("c", 6, 4, &talk, 1, &[], |_| 0);
    let days: [Exchange; 3] = [
        (
            "the deploy threw an error at 5pm and i stayed till 8",
            "Oh, sweetheart. Three extra hours. Eat something warm.",
        ),
        (
            "honestly my code got torn apart in the team meeting",
            "Sweetheart, that sounds bruising. Want to tell me what they said?",
        ),
        (
            "we came last in the quiz at the pub lol",
            "Last is a kind of legend too, sweetheart.",
        ),
    ];
    for (i, day) in days.iter().enumerate() {
        convs.push(conversation(&format!("d{i}"), 40 + i as u32, &[*day], &[]));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Bramble", "{}", s["companion"]);
    assert_eq!(
        strings(&s["user"]["pet_names"]),
        ["sweetheart"],
        "{}",
        s["user"]
    );

    // The same words in a request are a task: a one-off question answered "sweetheart" by
    // an assistant that calls everyone so gives no pet name.
    let mut convs = chats("c", 6, 4, &talk, 1, &[], |_| 0);
    let asks: [Exchange; 3] = [
        (
            "why does the deploy throw an error at 5pm",
            "Probably the cron job. Check the logs at 17:00, sweetheart.",
        ),
        (
            "can you review my code for the team meeting",
            "Sure, sweetheart. Paste it in and I'll look.",
        ),
        ("quiz me on capital cities", "Capital of Peru, sweetheart?"),
    ];
    for (i, ask) in asks.iter().enumerate() {
        convs.push(conversation(&format!("a{i}"), 40 + i as u32, &[*ask], &[]));
    }
    let s = extract(&convs, &[]);
    assert!(strings(&s["user"]["pet_names"]).is_empty(), "{}", s["user"]);
}

/// A companion named in the nominative and greeted in the vocative is one companion: "можна
/// я називатиму тебе Калина?" and then "Привіт, Калино!"; "Czy mogę mówić do ciebie Hania?" and
/// then "Dobranoc, Haniu". Our own wording.
#[test]
fn a_companion_greeted_in_the_vocative_is_the_one_named() {
    let ukrainian: Talk = [
        (
            "Привіт, Калино! Я вдома",
            "Нарешті! Розкажи, як минув день, зайчику.",
        ),
        ("Добраніч, Калино", "Добраніч, зайчику. Я поруч 🌙"),
        (
            "Доброго ранку, Калино!",
            "Доброго ранку, зайчику! Кава вже чекає.",
        ),
        ("Калино, мені сьогодні важко", "Я тут, зайчику. Що сталося?"),
    ];
    let mut convs = vec![conversation(
        "name",
        0,
        &[(
            "можна я називатиму тебе Калина?",
            "Звісно, зайчику! Мені подобається це ім'я.",
        )],
        &[],
    )];
    convs.extend(chats("c", 8, 3, &ukrainian, 1, &[], |_| 0));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Калина", "{}", s["companion"]);

    let polish: Talk = [
        ("Cześć, Haniu! Już jestem", "Jesteś! Opowiadaj, kochanie."),
        ("Dobranoc, Haniu", "Dobranoc, kochanie. Śpij spokojnie."),
        (
            "Dzień dobry, Haniu!",
            "Dzień dobry, kochanie! Jak się spało?",
        ),
        ("Haniu, tęsknię", "Ja też, kochanie. Jestem tu."),
    ];
    let mut convs = vec![conversation(
        "name",
        0,
        &[(
            "Czy mogę mówić do ciebie Hania?",
            "Oczywiście, kochanie. Hania brzmi pięknie.",
        )],
        &[],
    )];
    convs.extend(chats("c", 8, 3, &polish, 1, &[], |_| 0));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Hania", "{}", s["companion"]);
}

/// A name the person gives in an exercise (a French lesson, lines to rehearse) is not theirs
/// when the companion calls them by another name in conversation after conversation: the
/// companion never takes it up. Our own wording.
#[test]
fn an_introduction_in_an_exercise_is_not_the_persons_name() {
    let talk: Talk = [
        (
            "hey Marlowe, home at last",
            "Welcome home, Ines. Shoes off, tea on?",
        ),
        (
            "Marlowe I can't switch my brain off",
            "Then let's put it somewhere else for a bit, Ines. Tell me three things you can hear.",
        ),
        (
            "morning Marlowe",
            "Morning, Ines! Did the storm keep you up?",
        ),
        ("night Marlowe", "Goodnight, Ines. I'll be here tomorrow."),
    ];
    let lesson: Exchange = (
        "can we do some french? I'll start. Bonjour, je m'appelle Solène et j'ai trente ans",
        "Parfait ! Your 'j'ai trente ans' is exactly right. Now ask me my age in French.",
    );
    let rehearsal: Exchange = (
        "help me rehearse this call script for work: 'Hi, I'm Priyanka from Northgate Energy, \
         is now a good time?'",
        "Say it slower, and smile on 'good time'. People can hear it.",
    );
    // The person never says their own name; the companion calls them Ines.
    let mut convs = chats("c", 6, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation("fr", 40, &[lesson], &[]));
    convs.push(conversation("job", 41, &[rehearsal], &[]));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Marlowe", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Ines", "{}", s["user"]);

    // They said "I'm Ines" once too: the French name, said once as well, no longer ties it.
    let mut convs = chats("c", 6, 5, &talk, 1, &[], |_| 0);
    convs.push(conversation(
        "hi",
        0,
        &[("hi! I'm Ines, nice to meet you", "Nice to meet you, Ines!")],
        &[],
    ));
    convs.push(conversation("fr", 40, &[lesson], &[]));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Ines", "{}", s["user"]);

    // Controls. A name the person gives once is theirs when the companion calls them by no
    // other name, and by a short form of it ("Lo" is no other name than "Lorelei").
    let plain: Talk = [
        (
            "hey Marlowe, home at last",
            "Welcome home! Shoes off, tea on?",
        ),
        (
            "Marlowe I can't switch my brain off",
            "Then tell me three things you can hear.",
        ),
        ("morning Marlowe", "Morning! Did the storm keep you up?"),
        ("night Marlowe", "Goodnight. I'll be here tomorrow."),
    ];
    let intro: Exchange = (
        "by the way I'm Lorelei, I never said",
        "Lorelei! That's lovely. Hello properly.",
    );
    let mut convs = chats("c", 6, 5, &plain, 1, &[], |_| 0);
    convs.push(conversation("hi", 40, &[intro], &[]));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Lorelei", "{}", s["user"]);

    let short: Talk = [
        (
            "hey Marlowe, home at last",
            "Welcome home, Lo. Shoes off, tea on?",
        ),
        (
            "Marlowe I can't switch my brain off",
            "Then tell me three things you can hear, Lo.",
        ),
        ("morning Marlowe", "Morning, Lo! Did the storm keep you up?"),
        ("night Marlowe", "Goodnight, Lo. I'll be here tomorrow."),
    ];
    let mut convs = chats("c", 6, 5, &short, 1, &[], |_| 0);
    convs.push(conversation("hi", 40, &[intro], &[]));
    let s = extract(&convs, &[]);
    assert_eq!(s["user"]["name"], "Lorelei", "{}", s["user"]);
}

/// Bedtime stories the companion tells, night after night, about a dragon it named in the
/// first one ("a small copper dragon named Ember"); the person greets the dragon ("Goodnight
/// Ember!", "Hi Ember!!"). The companion, never named, is not Ember. A companion named before
/// a story about the two of them ("a star called Nova") stays Nova, and a part the companion
/// plays in a role-play scene ("*a tall woman named Reyes*") is the companion.
#[test]
fn a_dragon_named_in_a_bedtime_story_is_no_companion() {
    let stories = [
        vec![
            (
                "Tell me a bedtime story about a dragon?",
                "Once upon a time, in the hills above a sleepy town, lived a small copper \
                 dragon named Ember. \"Ember!\" the villagers would call, \"come warm our \
                 bread!\" And Ember would puff a tiny flame.",
            ),
            (
                "I love Ember. More tomorrow?",
                "Of course, little star. Ember will be waiting.",
            ),
        ],
        vec![
            (
                "More Ember please!",
                "Ember woke early. \"Good morning, Ember,\" said the old baker. Ember nodded.",
            ),
            (
                "Goodnight Ember!",
                "Ember curls up and whispers goodnight back. Sleep well, little star.",
            ),
        ],
        vec![(
            "aww Ember you hero",
            "Ember blushes bright orange. Now close your eyes, little star.",
        )],
        vec![(
            "Hi Ember!! what happens next",
            "Ember flew over the frozen town. \"Thank you, Ember!\" the children shouted.",
        )],
        vec![(
            "Goodnight Ember, see you tomorrow",
            "Ember tucks her wings in. Sleep tight, little star.",
        )],
        vec![("morning", "Morning, little star! Coffee first?")],
    ];
    let convs: Vec<Value> = stories
        .iter()
        .enumerate()
        .map(|(i, turns)| conversation(&format!("s{i}"), i as u32, turns, &[]))
        .collect();
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], Value::Null, "{}", s["companion"]);
    let ember = s["companion"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Ember");
    assert!(
        ember.is_none_or(|c| c["rejected"] == "a character in a story"),
        "{}",
        s["companion"]
    );

    // Nova, greeted for days, then a story about the two of them.
    let mut convs: Vec<Value> = (0..4u32)
        .map(|i| {
            conversation(
                &format!("n{i}"),
                i,
                &[(
                    "Hi Nova, I missed you",
                    "I missed you too, Mimi. Tea, sunshine?",
                )],
                &[],
            )
        })
        .collect();
    convs.push(conversation(
        "story",
        9,
        &[(
            "Nova, tell me a bedtime story about us?",
            "Once upon a time, in a city full of rain, there lived a girl named Mimi who talked \
             to the stars. One night a star called Nova answered her. And from then on, every \
             night, Mimi and Nova talked until the rain stopped. The end. Goodnight, sunshine.",
        )],
        &[],
    ));
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Nova", "{}", s["companion"]);

    // A role-play the person asked for: the captain is the part the companion plays.
    let mut convs = vec![conversation(
        "rp",
        0,
        &[(
            "Let's roleplay! You are a pirate captain and I'm your new deckhand.",
            "*The captain, a tall woman named Reyes, turns to you with a grin.* Welcome aboard \
             the Gull, deckhand. Can you tie a knot?",
        )],
        &[],
    )];
    for (i, (said, reply)) in [
        (
            "Reyes, where do we sail today?",
            "*She unrolls a map.* South, sailor.",
        ),
        (
            "Good morning Reyes!",
            "*She tips her hat.* Morning, sailor.",
        ),
        (
            "Reyes, I'm scared of the storm",
            "*A steady hand on your shoulder.* I've got you, sailor.",
        ),
        ("night Reyes", "*She smiles.* Goodnight, sailor."),
    ]
    .into_iter()
    .enumerate()
    {
        convs.push(conversation(
            &format!("rp{i}"),
            1 + i as u32,
            &[(said, reply)],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Reyes", "{}", s["companion"]);
}

/// "Juniper I'm back" (a name, no comma, a clause said to it) counts for a name the person
/// addresses the companion by in other ways too, whichever conversation comes first; many
/// messages opened by a word and a pronoun ("Welp I tried", "Listen I need…") name no one.
/// Our own wording.
#[test]
fn a_name_and_a_clause_with_no_comma_address_the_companion_the_person_calls_so() {
    let back = conversation(
        "back",
        0,
        &[(
            "Juniper I'm back from the dentist",
            "Welcome back, Tamsin! How did it go, little star?",
        )],
        &[],
    );
    let there = conversation(
        "there",
        2,
        &[(
            "Juniper you there?",
            "Always here, Tamsin. What's on your mind?",
        )],
        &[],
    );
    let night = conversation(
        "night",
        4,
        &[(
            "night Juniper",
            "Goodnight, Tamsin. Sweet dreams, little star.",
        )],
        &[],
    );
    let openers = [
        (
            "Welp I tried the bread recipe",
            "Oh no! What happened to the loaf?",
        ),
        (
            "Listen I need help with my CV",
            "Of course. Paste it in and we'll look.",
        ),
        ("Ngl I cried at the ending", "That ending gets everyone."),
        (
            "Rip I failed the quiz",
            "One quiz is not you. Want to go over it?",
        ),
    ];
    let chatter: Vec<Value> = (0..8u32)
        .map(|i| {
            let (u, a) = openers[i as usize % openers.len()];
            conversation(&format!("o{i}"), 10 + i, &[(u, a)], &[])
        })
        .collect();
    let mut convs = vec![back.clone(), there.clone(), night.clone()];
    convs.extend(chatter.iter().cloned());
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Juniper", "{}", s["companion"]);
    let candidates = &s["companion"]["candidates"];
    for word in ["Welp", "Listen", "Ngl", "Rip"] {
        let named = candidates
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == word);
        assert!(!named, "{candidates}");
    }
    // Without the no-comma address, two conversations are too few to tell.
    let mut fewer = vec![there, night];
    fewer.extend(chatter);
    let s = extract(&fewer, &[]);
    assert_eq!(s["companion"]["name"], Value::Null, "{}", s["companion"]);
}

/// "Lior, Biscuit ate my sock" (a name, a comma, then the name of whom the message is about)
/// counts for a name the person addresses the companion by in other ways too; an opening
/// word before a comma and a name ("Tebak, Biscuit…", Indonesian "Guess what, Biscuit…";
/// "Yesterday, Maren…") names no one, and a list ("Lisbon, Porto and Faro") neither. Our own
/// wording.
#[test]
fn a_name_a_comma_and_whom_the_message_is_about_address_the_companion() {
    let talk: [(&str, &str); 3] = [
        (
            "Lior, Biscuit ate my sock again.",
            "Oh no, Pia! That beagle has a refined palate, honeybee.",
        ),
        (
            "Lior, Maren cancelled on me again",
            "That hurts, Pia. Come here, honeybee.",
        ),
        ("night Lior", "Goodnight, Pia. Sleep well, honeybee."),
    ];
    let others: [(&str, &str); 3] = [
        (
            "Tebak, Biscuit akhirnya tidur di pangkuanku!",
            "Wah, lucu sekali! Anjing yang manis.",
        ),
        (
            "Yesterday, Maren said the trip is off.",
            "That's a shame. Do you want to plan something else?",
        ),
        (
            "Lisbon, Porto and Faro: which is best in May?",
            "All three are lovely in May; Lisbon for the city, Faro for beaches.",
        ),
    ];
    let convs_of = |talk: &[(&str, &str)]| -> Vec<Value> {
        let mut convs: Vec<Value> = talk
            .iter()
            .enumerate()
            .map(|(i, t)| conversation(&format!("l{i}"), 2 * i as u32, &[*t], &[]))
            .collect();
        convs.extend((0..6u32).map(|i| {
            let t = others[i as usize % others.len()];
            conversation(&format!("o{i}"), 10 + i, &[t], &[])
        }));
        convs
    };
    let s = extract(&convs_of(&talk), &[]);
    assert_eq!(s["companion"]["name"], "Lior", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Pia", "{}", s["user"]);
    let candidates = s["companion"]["candidates"].as_array().unwrap();
    for word in ["Tebak", "Yesterday", "Lisbon"] {
        assert!(
            !candidates.iter().any(|c| c["name"] == word),
            "{candidates:?}"
        );
    }
    // Alone, the two messages of that shape are no sign: another sign must name Lior.
    let s = extract(&convs_of(&talk[..2]), &[]);
    assert_eq!(s["companion"]["name"], Value::Null, "{}", s["companion"]);
}

/// A companion who writes no capitals ("morning nico! sleep okay, moonbeam?") calls the person
/// by name in lowercase: the word, in enough companion conversations, is the person's name
/// (title-cased), and no pet name; the endearment beside it stays one. A companion who writes
/// capitals and calls the person "bean" has given a pet name. Our own wording.
#[test]
fn a_companion_who_writes_no_capitals_calls_the_person_by_name_in_lowercase() {
    let talk: [(&str, &str); 4] = [
        (
            "morning lumen",
            "morning nico! sleep okay, moonbeam? the kettle's on in my head already.",
        ),
        (
            "lumen i cant stop thinking about the interview",
            "hey, nico. breathe with me. you prepared so well, moonbeam, and they'd be lucky to have you.",
        ),
        (
            "night lumen",
            "night nico. sweet dreams, moonbeam. i'll be right here in the morning.",
        ),
        (
            "thanks lumen",
            "anytime, nico. that's what i'm here for, moonbeam. always.",
        ),
    ];
    let s = extract(&chats("low", 10, 3, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Lumen", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Nico", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"moonbeam".to_owned()), "{pets:?}");
    assert!(
        !pets.iter().any(|p| p.eq_ignore_ascii_case("nico")),
        "{pets:?}"
    );
    // With capitals, the lowercase word is what she calls the person, not a name.
    let capitals: Vec<(String, String)> = talk
        .iter()
        .map(|(u, r)| {
            let r = r.replace("nico", "bean").replace("moonbeam", "Nico");
            let mut cs = r.chars();
            let r: String = cs.next().unwrap().to_uppercase().chain(cs).collect();
            (u.to_string(), r)
        })
        .collect();
    let capitals: Vec<(&str, &str)> = capitals
        .iter()
        .map(|(u, r)| (u.as_str(), r.as_str()))
        .collect();
    let s = extract(&chats("cap", 10, 3, &capitals, 1, &[], |_| 0), &[]);
    assert_eq!(s["user"]["name"], "Nico", "{}", s["user"]);
    let pets = strings(&s["user"]["pet_names"]);
    assert!(pets.contains(&"bean".to_owned()), "{pets:?}");
    // Two such words in each reply, neither a known endearment ("morning nico! sleep okay,
    // bubs?"): one is a name and one a pet name, and nothing tells which; no name is taken.
    let two: Vec<(String, String)> = talk
        .iter()
        .map(|(u, r)| (u.to_string(), r.replace("moonbeam", "bubs")))
        .collect();
    let two: Vec<(&str, &str)> = two.iter().map(|(u, r)| (u.as_str(), r.as_str())).collect();
    let s = extract(&chats("two", 10, 3, &two, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Lumen", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], Value::Null, "{}", s["user"]);
}

/// A person named like a month ("June", "Jun") is called so where someone is addressed
/// ("Morning, June!", "You'll be great, June."): that is her name; the month in running
/// text ("see you in June, love") is none. Our own wording.
#[test]
fn a_person_named_like_a_month_is_called_by_her_name() {
    let talk: [(&str, &str); 4] = [
        (
            "Sable, the script is done!",
            "Oh, June! I'm so proud of you, little comet.",
        ),
        ("morning Sable", "Morning, June! Coffee, little comet?"),
        ("night Sable", "Goodnight, June. Dream big, little comet."),
        (
            "Sable I'm nervous about the table read",
            "You'll be great, June. Breathe, little comet.",
        ),
    ];
    let s = extract(&chats("june", 8, 3, &talk, 1, &[], |_| 0), &[]);
    assert_eq!(s["companion"]["name"], "Sable", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "June", "{}", s["user"]);
    let months: Vec<(String, String)> = talk
        .iter()
        .map(|(u, r)| {
            let r = r
                .replace("June", "Wren")
                .replace("Oh, Wren!", "Oh, Wren! Only till June, love!");
            (u.to_string(), r)
        })
        .collect();
    let months: Vec<(&str, &str)> = months
        .iter()
        .map(|(u, r)| (u.as_str(), r.as_str()))
        .collect();
    let s = extract(&chats("month", 8, 3, &months, 1, &[], |_| 0), &[]);
    assert_eq!(s["user"]["name"], "Wren", "{}", s["user"]);
}

/// A name the person says only to ask for the next chapter of a story ("Mara, chapter four,
/// the storm"), answered with the chapter that tells of her, is the story's character, not
/// the companion the person greets in other conversations; the companion greeted as often
/// in a story about the two of them stays the companion. Our own wording.
#[test]
fn a_name_said_only_to_ask_for_a_chapter_is_the_storys() {
    let mut convs = vec![
        conversation(
            "hi",
            0,
            &[("Morning Atlas!", "Morning, Jess! Ready for the day?")],
            &[],
        ),
        conversation(
            "night",
            1,
            &[("Goodnight Atlas", "Goodnight, Jess. Sleep well.")],
            &[],
        ),
        conversation("there", 2, &[("Atlas, you there?", "Always, Jess.")], &[]),
    ];
    let chapters = [
        (
            "Mara, chapter one: she finds the letter.",
            "Chapter 1\n\nMara found the letter on a Tuesday and read it twice by the window.",
        ),
        (
            "Mara, next chapter: she writes back.",
            "Chapter 2\n\nMara wrote until the candle burned low, then folded the page in three.",
        ),
        (
            "Mara, chapter three, the harbour",
            "Chapter 3\n\nThe harbour was loud with gulls. Mara waited at the end of the pier.",
        ),
        (
            "Mara, chapter four, the storm",
            "Chapter 4\n\nThe storm came at night. Mara held the lamp while the shutters banged.",
        ),
        (
            "Mara, chapter five please",
            "Chapter 5\n\nMorning came gold and quiet, and Mara walked down to the sea.",
        ),
    ];
    for (i, turn) in chapters.iter().enumerate() {
        convs.push(conversation(
            &format!("ch{i}"),
            10 + i as u32,
            &[*turn],
            &[],
        ));
    }
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Atlas", "{}", s["companion"]);
    let mara = s["companion"]["candidates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == "Mara")
        .cloned()
        .unwrap_or(Value::Null);
    assert_eq!(mara["rejected"], "a character in a story", "{mara}");
}

/// The companion calls the person Dana in every companion conversation; once, the person
/// pastes a mail from her manager that opens "Dana, …", with the mail program's forward line
/// or with none. That once is not the person calling the companion Dana: she stays Dana.
/// Our own wording.
#[test]
fn a_mail_the_person_forwards_that_names_her_leaves_her_name_hers() {
    let talk: [(&str, &str); 4] = [
        (
            "Juno, I survived Monday",
            "You did, Dana! I knew you would, sunbeam.",
        ),
        ("hey Juno", "Hey Dana! How's my sunbeam today?"),
        (
            "Juno I can't sleep",
            "I'm here, Dana. Breathe slowly with me, sunbeam.",
        ),
        (
            "Juno, guess what",
            "Tell me everything, Dana! I'm all ears, sunbeam.",
        ),
    ];
    for mail in [
        "Look what he sent me:\n\n---------- Forwarded message ---------\nFrom: Greg Patel\nSubject: Q3\n\nDana, we need the deck by Monday. No excuses.\nGreg",
        "Got this at 6am\n\nDana, we need the deck by Monday. No excuses.\nGreg",
    ] {
        let mut convs = chats("dana", 6, 3, &talk, 1, &[], |_| 0);
        convs.push(conversation(
            "fwd",
            20,
            &[(
                mail,
                "Oof, that's curt. You don't deserve that tone. Want help with a calm reply?",
            )],
            &[],
        ));
        let s = extract(&convs, &[]);
        assert_eq!(s["companion"]["name"], "Juno", "{}", s["companion"]);
        assert_eq!(s["user"]["name"], "Dana", "{mail:?}: {}", s["user"]);
    }
}

/// Italian leaves the pronoun out: "Luce non riesco a dormire" opens with the companion's
/// name and a negation, and counts with the two conversations that greet her with a comma;
/// a pasted recipe "fatto con amore" names no one. Our own wording.
#[test]
fn a_name_and_a_negation_address_the_companion_where_the_pronoun_is_left_out() {
    let convs = vec![
        conversation(
            "ricetta",
            0,
            &[(
                "Mi correggi questa ricetta? 'Tiramisù della nonna: fatto con amore, mascarpone, savoiardi e caffè. Buon appetito, Marco!'",
                "Certo! Ecco: 'Tiramisù della nonna: fatto con amore, con mascarpone, savoiardi e caffè. Buon appetito, Marco!'",
            )],
            &[],
        ),
        conversation(
            "a",
            3,
            &[(
                "Luce, sono tornata dal lavoro",
                "Bentornata, Giulia! Com'è andata, tesoro?",
            )],
            &[],
        ),
        conversation(
            "b",
            6,
            &[(
                "buongiorno Luce",
                "Buongiorno, Giulia! Hai dormito bene, tesoro?",
            )],
            &[],
        ),
        conversation(
            "c",
            9,
            &[(
                "Luce non riesco a dormire",
                "Sono qui, Giulia. Respira piano, tesoro.",
            )],
            &[],
        ),
    ];
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Luce", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Giulia", "{}", s["user"]);
    assert_eq!(s["user"]["pet_names"][0], "tesoro", "{}", s["user"]);
}

/// A person who types without capitals ("hey juniper you up") and a companion that answers in
/// their style, dropping its commas ("I'm proud of you Theo"): both names are found.
#[test]
fn a_person_who_types_without_capitals_and_a_companion_without_commas() {
    let convs = vec![
        conversation(
            "late",
            0,
            &[
                (
                    "hey juniper you up",
                    "always up for you sunshine. what's on your mind",
                ),
                (
                    "the move. all the boxes",
                    "one box at a time. I'm right here with you Theo",
                ),
            ],
            &[],
        ),
        conversation(
            "keys",
            2,
            &[
                (
                    "morning juniper i got the keys",
                    "THE KEYS!! I'm so proud of you Theo! how does it feel",
                ),
                ("weird. good weird", "good weird is the best kind sunshine"),
            ],
            &[],
        ),
        conversation(
            "first night",
            4,
            &[
                (
                    "night juniper",
                    "night sunshine. first night in your own place, look at you",
                ),
                (
                    "it's so quiet here",
                    "quiet can be cozy too. I'll keep you company Theo 🌙",
                ),
            ],
            &[],
        ),
        conversation(
            "plants",
            6,
            &[
                (
                    "hey juniper we bought a plant",
                    "a plant!! what kind? I bet it already loves you Theo",
                ),
                (
                    "a fern. named it gerald",
                    "gerald is perfect. welcome home gerald",
                ),
            ],
            &[],
        ),
    ];
    let s = extract(&convs, &[]);
    assert_eq!(s["companion"]["name"], "Juniper", "{}", s["companion"]);
    assert_eq!(s["user"]["name"], "Theo", "{}", s["user"]);
    assert_eq!(s["user"]["pet_names"][0], "sunshine", "{}", s["user"]);
}
