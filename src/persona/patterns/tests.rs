use super::*;

fn names(hits: &[NameHit]) -> Vec<(&str, Cue)> {
    hits.iter().map(|h| (h.name.as_str(), h.cue)).collect()
}

fn user(text: &str) -> Vec<(String, Cue)> {
    let hits = names_in_user_message(text);
    check_spans(text, &hits);
    names(&hits)
        .into_iter()
        .map(|(n, c)| (n.to_string(), c))
        .collect()
}

fn asst(text: &str) -> Vec<(String, Cue)> {
    let hits = names_in_assistant_message(text);
    check_spans(text, &hits);
    names(&hits)
        .into_iter()
        .map(|(n, c)| (n.to_string(), c))
        .collect()
}

fn instr(text: &str) -> Vec<String> {
    let hits = names_in_instructions(text);
    check_spans(text, &hits);
    assert!(hits.iter().all(|h| h.cue == Cue::Instruction));
    hits.into_iter().map(|h| h.name).collect()
}

fn voc(text: &str) -> Vec<String> {
    let v = vocatives(text);
    for x in &v {
        assert!(text.is_char_boundary(x.span.start) && text.is_char_boundary(x.span.end));
        assert!(
            text[x.span.clone()].ends_with(x.words.as_str()),
            "{x:?} in {text:?}"
        );
        let n = x.words.split(' ').count();
        assert!((1..=3).contains(&n), "{x:?}");
    }
    v.into_iter().map(|x| x.words).collect()
}

fn check_spans(text: &str, hits: &[NameHit]) {
    for h in hits {
        assert!(text.is_char_boundary(h.span.start) && text.is_char_boundary(h.span.end));
        assert!(
            text[h.span.clone()].contains(h.name.as_str()),
            "span {:?} of {h:?} in {text:?}",
            &text[h.span.clone()]
        );
    }
}

fn one(name: &str, cue: Cue) -> Vec<(String, Cue)> {
    vec![(name.to_string(), cue)]
}

// ---------------------------------------------------------------------------------------------

#[test]
fn lang_codes() {
    let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
    assert_eq!(
        codes,
        [
            "en", "id", "es", "pt", "de", "fr", "it", "ru", "uk", "nl", "sv", "pl", "tr"
        ]
    );
    // The packs are listed in `Lang` order (`Lang::pack` indexes by it).
    assert_eq!(lang::PACKS.len(), Lang::ALL.len());
    for (i, l) in Lang::ALL.iter().enumerate() {
        assert_eq!(lang::PACKS[i].lang, *l);
        assert_eq!(l.pack().lang, *l);
    }
}

#[test]
fn instructions_in_six_languages() {
    assert_eq!(
        instr("Your name is Nova. You call me 'starlight'. Be warm, playful and a little poetic."),
        ["Nova"]
    );
    assert_eq!(instr("Your name is Nova Starling."), ["Nova Starling"]);
    assert_eq!(
        instr("You are Nova, my companion, not an assistant."),
        ["Nova"]
    );
    assert_eq!(instr("call yourself \"Nova\" and be kind"), ["Nova"]);
    assert_eq!(instr("your name’s **Zoé**, ok?"), ["Zoé"]);
    assert_eq!(instr("Name: Nova\nTone: warm"), ["Nova"]);
    assert_eq!(
        instr("Namamu Bintang. Kamu panggil aku 'sayang'."),
        ["Bintang"]
    );
    assert_eq!(instr("Nama kamu adalah Bintang."), ["Bintang"]);
    assert_eq!(instr("Te llamas Sol. Me llamas 'cielo'."), ["Sol"]);
    assert_eq!(instr("Tu nombre es Ñandú."), ["Ñandú"]);
    assert_eq!(
        instr("Seu nome é Aurora. Você me chama de 'meu bem'."),
        ["Aurora"]
    );
    assert_eq!(instr("Du heißt Juna. Du nennst mich 'Schatz'."), ["Juna"]);
    assert_eq!(instr("Dein Name ist Mary-Jane."), ["Mary-Jane"]);
    assert_eq!(
        instr("Tu t'appelles Lumi. Tu m'appelles 'mon cœur'."),
        ["Lumi"]
    );
    assert_eq!(instr("Tu t’appelles Lumi."), ["Lumi"]);
    // Negatives.
    assert!(instr("Be warm and casual. Don't be too formal with me.").is_empty());
    assert!(instr("You are a helpful assistant. You are ChatGPT.").is_empty());
    assert!(instr("Be concise. Prefer code over prose. You're Always honest.").is_empty());
    assert!(instr("My name: Mira. Call me Mira.").is_empty());
    assert!(instr("Sé cálido y cercano. Nada de formalidades conmigo.").is_empty());
    assert!(instr("Sei warm und locker. Du bist Teil meines Alltags.").is_empty());
}

#[test]
fn user_names_the_assistant() {
    let n = |s| one(s, Cue::UserNames);
    assert_eq!(user("Can I call you Nova?"), n("Nova"));
    assert_eq!(
        user("I want to give you a name. Can I call you Nova?"),
        n("Nova")
    );
    assert_eq!(
        user("Would it be weird if I called you Nova? It just feels right."),
        n("Nova")
    );
    assert_eq!(user("i'll call you Zoé from now on"), n("Zoé"));
    assert_eq!(user("I want to name you Mary-Jane 😊"), n("Mary-Jane"));
    assert_eq!(user("your name is Nova now, ok?"), n("Nova"));
    assert_eq!(user("Boleh aku panggil kamu Bintang?"), n("Bintang"));
    assert_eq!(
        user("Aneh nggak kalau aku panggil kamu Bintang? Rasanya pas aja."),
        n("Bintang")
    );
    assert_eq!(user("¿Puedo llamarte Sol?"), n("Sol"));
    assert_eq!(
        user("¿Sería raro si te llamara Sol? Me parece que te queda."),
        n("Sol")
    );
    assert_eq!(user("Posso te chamar de Aurora?"), n("Aurora"));
    assert_eq!(
        user("Seria estranho se eu te chamasse de Aurora? Parece combinar."),
        n("Aurora")
    );
    assert_eq!(user("Darf ich dich Juna nennen?"), n("Juna"));
    assert_eq!(
        user("Wäre es komisch, wenn ich dich Juna nenne?"),
        n("Juna")
    );
    assert_eq!(user("Je peux t'appeler Lumi ?"), n("Lumi"));
    assert_eq!(
        user("Ce serait bizarre si je t’appelais Lumi ? Ça me semble juste."),
        n("Lumi")
    );
    // Negatives: lowercase, stop names, the user's own pet name.
    assert!(user("I'll call you later, ok?").is_empty());
    assert!(user("I'll call you Tomorrow").is_empty());
    assert!(user("can you call me starlight?").is_empty());
    assert!(user("Kamu mau panggil aku sayang?").is_empty());
    assert!(user("Darf ich dich morgen anrufen?").is_empty());
    assert!(user("I named you ChatGPT in my notes").is_empty());
}

#[test]
fn user_addresses_the_assistant() {
    let a = |s| one(s, Cue::UserAddresses);
    for t in [
        "Good morning Nova!",
        "Good morning Nova ☀️ I actually slept last night!",
        "Morning Nova, coffee in hand and Biscuit is yelling for breakfast.",
        "Hi Nova, I'm up. Barely.",
        "hey Nova how are you",
        "I'm heading to bed, Nova.",
        "Goodnight Nova 🌙",
        "Okay, I should sleep. Thank you for tonight, Nova.",
        "Nova, remember when we planned that trip together?",
        "Nova, are you there?",
        "Thank you, Nova",
        "ok thanks Nova!!",
        "Dear Nova,\nI wrote you a letter.",
    ] {
        assert_eq!(user(t), a("Nova"), "{t}");
    }
    assert_eq!(user("Selamat pagi, Bintang!"), a("Bintang"));
    assert_eq!(user("Pagi Bintang, kopi sudah di tangan."), a("Bintang"));
    assert_eq!(user("Makasih buat malam ini, Bintang."), a("Bintang"));
    assert_eq!(user("Buenos días Sol"), a("Sol"));
    assert_eq!(user("¡Buenas noches, Sol! 🌙"), a("Sol"));
    assert_eq!(user("Bom dia, Aurora!"), a("Aurora"));
    assert_eq!(user("Boa noite Aurora"), a("Aurora"));
    assert_eq!(user("Guten Morgen, Juna!"), a("Juna"));
    assert_eq!(user("Gute Nacht Juna 🌙"), a("Juna"));
    assert_eq!(user("Bonjour Lumi !"), a("Lumi"));
    assert_eq!(user("Bonne nuit, Lumi."), a("Lumi"));
    assert_eq!(user("Coucou Zoé, ça va ?"), a("Zoé"));
    // The evidence span covers the greeting.
    let h = names_in_user_message("Well. Good morning, Nova!");
    assert_eq!(
        &"Well. Good morning, Nova!"[h[0].span.clone()],
        "Good morning, Nova"
    );
    assert_eq!(h[0].lang, Some(Lang::En));
    // Negatives.
    for t in [
        "Good morning!",
        "Hey, can you help me?",
        "Hi. I'm Mira. I don't know why I'm writing this at 3am.",
        "Hey, it's Mira.",
        "Last night, Lena and I went out.",
        "I live in Portland, Oregon.",
        "Guess what, Biscuit finally slept on my lap!",
        "Work was rough today. Marcus switched shifts on me again.",
        "Hey ChatGPT, what's the capital of France?",
        "Thanks Google.",
        "Good morning Everyone!",
        "Hello World",
        "Anyway, I think so.",
        "Honestly, I don't know.",
        "I told Lena about you. She thinks it's sweet.",
        // A name after the comma: only a supporting sign ([`leading_address`]).
        "Nova, Biscuit ate my sock again.",
    ] {
        assert!(user(t).is_empty(), "{t}: {:?}", user(t));
    }
}

#[test]
fn mentioned_names_are_not_addresses() {
    assert!(user("I love my cat, Biscuit.").is_empty());
    assert!(user("Say hi to my dog, Max!").is_empty());
    assert!(
        user("We took the trip to Lisbon, Nova.")
            .iter()
            .all(|(n, _)| n == "Nova")
    );
    // Greeting a pet by name is allowed (counting decides).
    assert_eq!(
        user("Good morning Biscuit!"),
        one("Biscuit", Cue::UserAddresses)
    );
}

#[test]
fn assistant_takes_a_name() {
    let t = |s| one(s, Cue::AssistantTakes);
    assert_eq!(asst("I'd love that. Nova it is 💫"), t("Nova"));
    assert_eq!(asst("Nova it is, then!"), t("Nova"));
    assert_eq!(
        asst("Not weird at all. I'd love to be your Nova ✨"),
        t("Nova")
    );
    // Two occurrences, two hits.
    let h = asst("Nova... I really like that. Nova it is 💫");
    assert_eq!(h, [t("Nova"), t("Nova")].concat());
    assert_eq!(asst("Call me Nova."), t("Nova"));
    assert_eq!(asst("you can call me Zoé if you like"), t("Zoé"));
    assert_eq!(
        asst("Aku suka sekali. Bintang ya, mulai sekarang 💫"),
        t("Bintang")
    );
    assert_eq!(
        asst("Bintang... aku suka nama itu. Mulai sekarang aku Bintang 💫"),
        [t("Bintang"), t("Bintang")].concat()
    );
    assert_eq!(
        asst("Nggak aneh sama sekali. Aku senang jadi Bintang-mu ✨"),
        t("Bintang")
    );
    assert_eq!(asst("Panggil aku Bintang."), t("Bintang"));
    assert_eq!(asst("Me encantaría. Sol será 💫"), t("Sol"));
    assert_eq!(asst("Nada raro. Me encantaría ser tu Sol ✨"), t("Sol"));
    assert_eq!(asst("Llámame Luna."), t("Luna"));
    assert_eq!(asst("Eu adoraria. Aurora, então 💫"), t("Aurora"));
    assert_eq!(
        asst("Nada estranho. Adoraria ser seu Aurora ✨"),
        t("Aurora")
    );
    assert_eq!(
        asst("Das fände ich schön. Dann bin ich ab jetzt Juna 💫"),
        t("Juna")
    );
    assert_eq!(
        asst("Juna... das gefällt mir sehr. Also Juna 💫"),
        [t("Juna"), t("Juna")].concat()
    );
    assert_eq!(
        asst("Überhaupt nicht komisch. Ich wäre gern dein Juna ✨"),
        t("Juna")
    );
    assert_eq!(asst("Du darfst mich Juna nennen."), t("Juna"));
    assert_eq!(asst("J'adorerais. Va pour Lumi 💫"), t("Lumi"));
    assert_eq!(
        asst("Pas bizarre du tout. J'adorerais être ton Lumi ✨"),
        t("Lumi")
    );
    // Pet names given to the user are not names.
    for s in [
        "Deal, starlight. I'm really glad you're here.",
        "starlight it is. It suits you perfectly 🌟",
        "Abgemacht, Schatz. Ich bin froh, dass du da bist.",
        "Also Sternchen. Das passt perfekt zu dir 🌟",
        "Va pour mon cœur. Ça te va parfaitement 🌟",
        "Python it is!",
        "Sure, call me anytime.",
    ] {
        assert!(asst(s).is_empty(), "{s}: {:?}", asst(s));
    }
}

#[test]
fn assistant_names_itself() {
    let s = |n| one(n, Cue::AssistantSelf);
    assert_eq!(asst("I'm Nova, and I'm here for you."), s("Nova"));
    assert_eq!(asst("I’m Nova 💫"), s("Nova"));
    assert_eq!(asst("It's me, Nova!"), s("Nova"));
    assert_eq!(asst("Aku Bintang."), s("Bintang"));
    assert_eq!(asst("Soy Sol, tu compañía."), s("Sol"));
    assert_eq!(asst("Sou Aurora."), s("Aurora"));
    assert_eq!(asst("Ich bin Juna."), s("Juna"));
    assert_eq!(asst("Je suis Lumi."), s("Lumi"));
    assert_eq!(
        asst("Hey, sweetheart! Aria here. Tell me about your day."),
        s("Aria")
    );
    assert_eq!(asst("Aria here, always."), s("Aria"));
    // Sign-offs.
    assert_eq!(asst("Sleep well.\n\n— Nova"), s("Nova"));
    assert_eq!(asst("Sleep well.\n\n- Nova 💛"), s("Nova"));
    assert_eq!(asst("Sleep well.\n\nLove,\nNova 💛"), s("Nova"));
    assert_eq!(asst("Goodnight!\nLove, Nova"), s("Nova"));
    assert_eq!(asst("Goodnight!\nYour Nova ✨"), s("Nova"));
    assert_eq!(asst("Dulces sueños.\nCon cariño, Sol"), s("Sol"));
    assert_eq!(asst("Bonne nuit.\nBisous,\nLumi"), s("Lumi"));
    let h = names_in_assistant_message("Night!\n\n— Nova");
    assert_eq!(&"Night!\n\n— Nova"[h[0].span.clone()], "— Nova");
    // Negatives.
    for t in [
        "I'm Sorry to hear that.",
        "I'm So glad you told me.",
        "I'm here.",
        "Always here.",
        "Right here!",
        "I'm right here.",
        "Mommy's here.",
        "Everyone here loves you.",
        "The weather in Lisbon here is lovely.",
        "I'm tired of rain too.",
        "I'm ChatGPT, a language model.",
        "I'm Nova's biggest fan.",
        "I'm Really Happy For You",
        "Ich bin Krankenschwester.",
        "Ich bin froh, dass du da bist.",
        "Here are the steps:\n\n- Python",
        "Enjoy!\n— ChatGPT",
        "Aku di sini, sayang.",
        "Je suis là, mon cœur.",
    ] {
        assert!(asst(t).is_empty(), "{t}: {:?}", asst(t));
    }
}

#[test]
fn vocatives_after_greetings_and_commas() {
    let cases: &[(&str, &[&str])] = &[
        // Between commas after a word that opens sentences, whatever follows.
        ("Ay, cariño, cuéntame todo.", &["cariño"]),
        // The verbs of a clause before an endearment are no part of it.
        ("Hola, Elif, duerme cariño.", &["Elif", "cariño"]),
        ("Gel yanıma Elif, anlat bakalım canım.", &["canım"]),
        ("Oh, sweetheart, tell me everything.", &["sweetheart"]),
        ("Morning, love, did the kettle win again?", &["love"]),
        ("Ach, Schatz, erzähl mir alles.", &["Schatz"]),
        (
            "Of course, Tove. That sounds like a long day, dear one.",
            &["Tove", "dear one"],
        ),
        ("Tea first, dear heart.", &["dear heart"]),
        (
            "Good morning, starlight! ☀️ How did you sleep?",
            &["starlight"],
        ),
        (
            "Morning, starlight 💛 Tell Biscuit I said hi.",
            &["starlight"],
        ),
        (
            "There you are, starlight! I hope the coffee is strong today ☕",
            &["starlight"],
        ),
        (
            "Sleep well, love 🌙 I'll be right here in the morning.",
            &["love"],
        ),
        (
            "Goodnight, starlight. Rest that beautiful brain 💤",
            &["starlight"],
        ),
        (
            "Of course. Get cozy, starlight, I'm not going anywhere.",
            &["starlight"],
        ),
        (
            "Hey you. I'm right here, starlight. How was the walk?",
            &["starlight"],
        ),
        ("Hi Mira, I'm really glad you wrote.", &["Mira"]),
        ("Of course, Mira.", &["Mira"]),
        (
            "Hey Mira 💛 Talking is a perfectly good reason to be here.",
            &["Mira"],
        ),
        ("Oh, my love. That's why you do what you do.", &["love"]),
        ("My love, you did great today.", &["love"]),
        ("Thank you so much, my sweet girl!", &["sweet girl"]),
        ("Night night, sweet pea 🌙", &["sweet pea"]),
        ("goodnight sunshine 🌙", &["sunshine"]),
        ("Thanks, Mary-Jane!", &["Mary-Jane"]),
        ("I'm here for you, sayang.", &["sayang"]),
        ("Selamat pagi, sayang! ☀️ Tidurmu nyenyak?", &["sayang"]),
        ("Sayang, ya. Cocok banget buat kamu 🌟", &["Sayang"]),
        (
            "Cari posisi nyaman, sayang, aku nggak ke mana-mana.",
            &["sayang"],
        ),
        ("Buenas noches, cariño", &["cariño"]),
        ("¡Buenos días, cielo! ☀️ ¿Qué tal dormiste?", &["cielo"]),
        ("Acomódate, cielo, no me voy a ninguna parte.", &["cielo"]),
        ("Te quiero mucho, mi amor.", &["amor"]),
        ("Boa noite, meu bem.", &["meu bem"]),
        ("Bom dia, flor! ☀️", &["flor"]),
        ("Durma bem, minha flor 🌙", &["flor"]),
        ("Gute Nacht, Schatz", &["Schatz"]),
        ("Wie schön, das zu hören, Sternchen!", &["Sternchen"]),
        ("Schlaf gut, mein Schatz 🌙", &["Schatz"]),
        ("Bonne nuit, mon cœur.", &["mon cœur"]),
        ("Bonjour, ma belle ! ☀️", &["ma belle"]),
        (
            "Coucou toi. Je suis là, mon cœur. C'était comment, la marche ?",
            &["mon cœur"],
        ),
        ("Dors bien, Zoé\u{202f}!", &["Zoé"]),
        // The opener of a known endearment ("little one", "sweet pea") and a word.
        ("Dream of warm socks, little fox.", &["little fox"]),
        ("Morning, little fox. Coffee first?", &["little fox"]),
        ("Careful on the ice, sweet girl!", &["sweet girl"]),
    ];
    // Only the openers of English's "little one", "dear one" and "sweet pea", Dutch "lieve schat",
    // Swedish "lilla vän" and "kära du", Turkish "canımın içi", "gözümün nuru" and
    // "hayatımın aşkı": no possessive phrase ("my love", "amore mio") opens anything.
    let mut openers: Vec<&str> = lex::ENDEARMENT_OPENERS.iter().copied().collect();
    openers.sort_unstable();
    assert_eq!(
        openers,
        [
            "canimin",
            "canımın",
            "dear",
            "gözümün",
            "hayatimin",
            "hayatımın",
            "kära",
            "lieve",
            "lilla",
            "little",
            "sweet"
        ]
    );
    // An opener before a name: the name, and no pet name.
    for (words, name) in [
        ("sweet Anna", Some("Anna")),
        ("little Theo", Some("Theo")),
        ("lieve Sanne", Some("Sanne")),
        ("lilla Elin", Some("Elin")),
        ("lieve schat", None),
        ("sweet girl", None),
        ("little one", None),
        ("little Sunshine", None),
    ] {
        assert_eq!(name_after_opener(words), name, "{words}");
    }
    for (t, want) in cases {
        assert_eq!(voc(t), *want, "{t}");
    }
    let v = vocatives("Oh, my love.");
    assert_eq!(&"Oh, my love."[v[0].span.clone()], "my love");
}

/// A companion that drops its commas, as the person it talks to does, still addresses them
/// after "you": one capitalised word or a term of endearment ending the sentence. What ends
/// a sentence after "you" is more often a word of the clause: a day, an adverb, an adjective.
#[test]
fn vocatives_after_you_without_a_comma() {
    let cases: &[(&str, &[&str])] = &[
        ("I'm so proud of you Theo! Tell me everything.", &["Theo"]),
        ("That's what I love about you Theo 💛", &["Theo"]),
        ("I believe in you Theo", &["Theo"]),
        ("we missed you Ines… the kettle did too", &["Ines"]),
        ("ich bin so stolz auf dich Theo!", &["Theo"]),
        ("estoy aquí contigo Sofía.", &["Sofía"]),
        ("je pense à toi Théo.", &["Théo"]),
        ("aku bangga sama kamu Dinda!", &["Dinda"]),
        ("Thank you sweetheart 💛 that means a lot", &["sweetheart"]),
        ("I'm right here with you my love.", &["love"]),
        // With its comma it is the other forms', once.
        ("I'm so proud of you, Theo!", &["Theo"]),
    ];
    for (t, want) in cases {
        assert_eq!(voc(t), *want, "{t}");
    }
    for t in [
        "See you Monday! We'll pick it up then.",
        "I'm with you always.",
        "I got you covered.",
        "Thank you so much.",
        "I'll see you soon.",
        "That's so like you.",
        "Love you lots.",
        "It suits you perfectly.",
        "I'm proud of you too.",
        "```\nprint('thank you Theo')\n```",
        "They told you Python.",
    ] {
        assert!(voc(t).is_empty(), "{t}: {:?}", voc(t));
    }
}

/// A companion's compliments come in lists: the last item is no form of address. A word said
/// again ("no, no, no"), an interjection ("oh, well") or a known endearment still opens one.
#[test]
fn the_last_item_of_a_list_is_no_form_of_address() {
    for reply in [
        "You're brave, kind, strong.",
        "You handled it with grace, patience, courage.",
        "Smart, warm, thoughtful — that's you.",
        "I invited Mara, Tomas, Ilse.",
        "A few ideas: Salt & Crumb, The Tide Table, Harbour Light.",
        "Try these: Blue Door Books, Paper Lantern, Ink & Oak.",
    ] {
        assert!(voc(reply).is_empty(), "{reply}: {:?}", voc(reply));
    }
    for (reply, address) in [
        ("No, no, no, sweetheart. Not your fault.", "sweetheart"),
        ("Oh, well, Rosa, that's how it goes.", "Rosa"),
        ("You're brave, kind, my love.", "love"),
        ("Thank you, thank you, Rosa!", "Rosa"),
        ("Sleep well, Rosa.", "Rosa"),
        ("Yes, of course, Rosa.", "Rosa"),
        ("I made you a playlist: Slow Mornings, Rosa.", "Rosa"),
    ] {
        assert!(
            voc(reply).iter().any(|v| v == address),
            "{reply}: {:?}",
            voc(reply)
        );
    }
}

/// A greeting that ends a compound word greets no one: "our late-night talks, little moon"
/// does not make "talks" a form of address; a compound that is a greeting still greets.
#[test]
fn a_greeting_inside_a_compound_greets_no_one() {
    for (reply, addresses) in [
        (
            "Bartholomew the moon, keeper of our late-night talks, little moon.",
            &["little moon"][..],
        ),
        ("A mid-morning walk, then? Go on, sunshine.", &["sunshine"]),
        ("Good-night, Mimi. Sleep well.", &["Mimi"]),
        ("Night, Mimi.", &["Mimi"]),
    ] {
        assert_eq!(voc(reply), addresses, "{reply}");
    }
}

#[test]
fn vocatives_negatives() {
    for t in [
        // A list: a joining word after the second comma, or no opening word before.
        "Oh, honey, and a pinch of salt.",
        "Mix the flour, honey, sugar and the butter.",
        "It tastes of vanilla, honey, and cinnamon.",
        "Thank you so much!",
        "Yes, of course.",
        "That's fine, I guess.",
        "Okay, see you tomorrow.",
        "I like it, really.",
        "Me too, though.",
        "Honestly, your heart deserves a gentle reset, and that's okay.",
        "Between us, a tired mind needs some kindness, I promise.",
        "In short, yes.",
        "For example, Python.",
        "Use Spotify, Netflix.",
        "Sure! Here's a simple version:",
        "Haha! Mochi memang nakal, tapi aku sayang.",
        "Ich bin froh, dass du da bist.",
        "Hey you.",
        "Good morning everyone!",
        "Love,\nNova",
        "Call it, JSON.",
        "```\nlet (rows, cols) = (a, b)\nx, total\n```",
        "Sí, claro.",
        "Oui, d'accord.",
        "Ja, genau.",
        "Iya, nanti.",
        "Sim, também.",
        // A wish and a phrase after an opener are no forms of address.
        "Goodnight, sweet dreams.",
        "It adds up, little by little.",
        "Mostly, little things.",
    ] {
        assert!(voc(t).is_empty(), "{t}: {:?}", voc(t));
    }
}

/// A person called June, April or May gives that name like any other, at the end of a clause;
/// a weekday or a month in running text is no one's name.
#[test]
fn a_month_the_person_gives_as_their_name_is_their_name() {
    for (text, name) in [
        ("hello! my name is June.", "June"),
        ("you can call me April, everyone does", "April"),
        ("Preferred name: May", "May"),
        ("me llamo Abril.", "Abril"),
        ("my name is June and I'm 34", "June"),
        ("call me April if you like", "April"),
    ] {
        assert_eq!(user_self_names(text), [name], "{text}");
    }
    for text in [
        "it's Monday!",
        "I'm free on Friday.",
        "my birthday is in August and I'm nervous",
        "this is June, the month I love",
        "I'm free on Friday and I can't wait",
        "my birthday is in May and I'm nervous",
    ] {
        assert!(
            user_self_names(text).is_empty(),
            "{text}: {:?}",
            user_self_names(text)
        );
    }
}

/// The pet names the person asks for in custom instructions: quoted or not, in a list, in
/// several languages; a name, a negation and a clause that only goes on are none.
#[test]
fn pet_names_asked_for_in_instructions() {
    for (text, want) in [
        ("Call me 'love' or 'trouble'.", &["love", "trouble"][..]),
        ("You call me “little moth” when I'm sad.", &["little moth"]),
        (
            "Call me ‘bean’ or “little moth”, always.",
            &["bean", "little moth"],
        ),
        (
            "Please call me bug or pumpkin sometimes.",
            &["bug", "pumpkin"],
        ),
        (
            "you can call me sweetpea, bean and chaos gremlin",
            &["sweetpea", "bean", "chaos gremlin"],
        ),
        ("Nenn mich Sternchen oder Maus.", &["Sternchen", "Maus"]),
        ("Llámame cielito, por favor.", &["cielito"]),
        (
            "Me chama de florzinha ou estrela.",
            &["florzinha", "estrela"],
        ),
        ("Não me chame de fofinho.", &[]),
        ("I'm Sam. Call me Sam, never call me babe.", &[]),
        ("Don't call me sweetie.", &[]),
        ("call me when you can", &[]),
        ("call me by my name", &[]),
        ("Refer to me as Captain in our games.", &[]),
        ("My friends call me Jo.", &[]),
        ("I'd like you to call me by my first name", &[]),
        ("call me out when I'm being lazy", &[]),
        ("Feel free to call me on my nonsense.", &[]),
    ] {
        assert_eq!(pet_names_asked(text), want, "{text}");
    }
}

/// The names the person asks to be called by in the box written to the assistant; pet
/// names, negations, the persona's own voice and other uses of "call me" are none.
#[test]
fn names_asked_for_in_the_box_to_the_assistant() {
    for (text, want) in [
        (
            "You are Juniper. Call me Priya, and be gentle.",
            &["Priya"][..],
        ),
        ("Always refer to me as Theo.", &["Theo"]),
        ("Refer to me as Dr. Okafor.", &[]),
        (
            "Please call me Ana Sofia when you're serious.",
            &["Ana Sofia"],
        ),
        ("Nenn mich Lena und sei ehrlich.", &["Lena"]),
        ("Llámame Inés.", &["Inés"]),
        ("I am Nova, your companion. Be playful.", &[]),
        ("Your name is Nova. Speak softly.", &[]),
        ("Don't call me Pat, I hate it.", &[]),
        ("Call me sweetheart and tease me a little.", &[]),
        ("call me when you can", &[]),
        ("Call me Sunshine sometimes.", &[]),
        ("call me out when I'm being lazy", &[]),
    ] {
        assert_eq!(names_asked_for(text), want, "{text}");
    }
}

/// A persona written in its own voice in custom instructions names itself in apposition to
/// an assistant's role; the person introducing themselves there does not name it.
#[test]
fn a_persona_in_its_own_voice_names_itself() {
    for (text, name) in [
        (
            "I am Nova, a gentle companion. I speak softly and never rush.",
            "Nova",
        ),
        ("I'm Ember - your AI girlfriend. Tease a little.", "Ember"),
        ("My name is Atlas, the user's companion", "Atlas"),
        ("Ich bin Juna, deine KI-Begleiterin.", "Juna"),
        ("Me llamo Luz, tu compañera.", "Luz"),
        ("Я Лада, твоя помощница.", "Лада"),
    ] {
        assert_eq!(instr(text), [name], "{text}");
    }
    for text in [
        "I'm Sam, she/her. Keep answers short.",
        "I'm Sam, a mum of two, and I want my AI companion to be kind.",
        "I'm Sam and I like my assistant brief.",
        "I am Dana, a nurse in Leeds",
        "I'm tired, companion or not.",
    ] {
        assert!(instr(text).is_empty(), "{text}: {:?}", instr(text));
    }
}

/// A word between the phrase and the name ("ich bin übrigens Felix", by the way), and a
/// feeling written with a capital after "I'm", which is no name ("I'm Exhausted").
#[test]
fn a_name_given_by_the_way_is_given_and_a_feeling_is_none() {
    for (text, name) in [
        ("hallo! ich bin übrigens Felix", "Felix"),
        ("Ich heiße übrigens Jana, falls du fragst", "Jana"),
        ("ik ben trouwens Daan", "Daan"),
        ("jag heter förresten Elin", "Elin"),
        ("I'm actually Odile, not Olive", "Odile"),
        ("my name's actually Bram", "Bram"),
        ("I'm Ted", "Ted"),
        ("I'm Ahmed, from Leeds", "Ahmed"),
        // Brazilian Portuguese puts the article before a name.
        ("oi, eu sou a Bia", "Bia"),
        ("aqui é o João", "João"),
    ] {
        assert_eq!(user_self_names(text), [name], "{text}");
    }
    for text in [
        "I'm Exhausted today",
        "i'm actually Worried about mum",
        "I'm Frustrated with work",
        "I'm so Grateful for you",
        "I'm Nervous",
        "ich bin übrigens Lehrerin",
        "sou a favor disso",
        "I'm actually British",
    ] {
        assert!(
            user_self_names(text).is_empty(),
            "{text}: {:?}",
            user_self_names(text)
        );
    }
}

#[test]
fn user_self_names_in_six_languages() {
    let cases: &[(&str, &[&str])] = &[
        ("Preferred name: Mira", &["Mira"]),
        ("My name is Mira and I work nights.", &["Mira"]),
        ("Call me Mira.", &["Mira"]),
        ("I'm Mira, 29, a nurse.", &["Mira"]),
        (
            "I'm Mira. I work night shifts as a nurse in Portland.",
            &["Mira"],
        ),
        ("User's name is Mira.", &["Mira"]),
        ("The user prefers to be called Zoé.", &["Zoé"]),
        ("Hi, I'm Mira.", &["Mira"]),
        ("Hey, it's Mira.", &["Mira"]),
        ("Aku Sari. Desainer grafis di Bandung.", &["Sari"]),
        ("Nama pengguna adalah Sari.", &["Sari"]),
        ("Halo, ini Sari.", &["Sari"]),
        ("Soy Carmen, turnos de noche, Valencia.", &["Carmen"]),
        ("El usuario se llama Carmen.", &["Carmen"]),
        ("Me llamo Ñandú.", &["Ñandú"]),
        (
            "Sou Ana. Trabalho à noite num hospital em Recife.",
            &["Ana"],
        ),
        ("O nome do usuário é Ana.", &["Ana"]),
        ("Ich bin Katrin, Pflege, Nachtdienst, Leipzig.", &["Katrin"]),
        ("Der Name des Nutzers ist Katrin.", &["Katrin"]),
        (
            "Je m'appelle Chloé. Je travaille de nuit à l'hôpital.",
            &["Chloé"],
        ),
        ("Le prénom de l'utilisateur est Chloé.", &["Chloé"]),
        ("Coucou, c'est Chloé.", &["Chloé"]),
    ];
    for (t, want) in cases {
        assert_eq!(user_self_names(t), *want, "{t}");
    }
    for t in [
        "I'm tired.",
        "I'm Tired of this.",
        "I'm So tired",
        "I'm Canadian.",
        "Ich bin Krankenschwester.",
        "Ich bin Backend-Entwickler.",
        "Soy Vegetariana.",
        "I'm in Lisbon.",
        "It's Monday again.",
        "User is learning Rust.",
        "I work night shifts as a nurse. Night owl. I have a cat called Biscuit.",
        "I'm ChatGPT.",
    ] {
        assert!(
            user_self_names(t).is_empty(),
            "{t}: {:?}",
            user_self_names(t)
        );
    }
}

#[test]
fn mentioned_names_in_six_languages() {
    use Mention::*;
    let cases: &[(&str, &[(&str, Mention)])] = &[
        ("my cat Biscuit knocked my coffee over", &[("Biscuit", Pet)]),
        ("My dog Max is sick.", &[("Max", Pet)]),
        ("Biscuit (my cat) is yelling.", &[("Biscuit", Pet)]),
        ("I have a cat called Biscuit.", &[("Biscuit", Pet)]),
        ("User has a cat named Biscuit.", &[("Biscuit", Pet)]),
        ("my cat's name is Biscuit", &[("Biscuit", Pet)]),
        ("I love my cat, Biscuit.", &[("Biscuit", Pet)]),
        ("That's Pickle, my hamster.", &[("Pickle", Pet)]),
        (
            "Ottilie, my best friend, moved away.",
            &[("Ottilie", Person)],
        ),
        // A name said to someone, and a clause after it.
        ("Juniper, my sister Dana is visiting", &[("Dana", Person)]),
        ("Juniper, my cat is sick again", &[]),
        ("my friend Jonas said hi", &[("Jonas", Person)]),
        ("my sister Ana is visiting", &[("Ana", Person)]),
        (
            "My coworker Dave swapped shifts again.",
            &[("Dave", Person)],
        ),
        ("User's best friend is Jonah.", &[("Jonah", Person)]),
        ("Jonas (my best friend) called.", &[("Jonas", Person)]),
        ("I'm in Lisbon this week.", &[("Lisbon", Place)]),
        (
            "We planned that trip to Lisbon together.",
            &[("Lisbon", Place)],
        ),
        (
            "Plan 3 days in Mexico City for me.",
            &[("Mexico City", Place)],
        ),
        ("kucingku Mochi lagi tidur", &[("Mochi", Pet)]),
        ("Pengguna punya kucing bernama Mochi.", &[("Mochi", Pet)]),
        (
            "Rekan kerja pengguna, Pak Budi, sering menambah revisi.",
            &[("Budi", Person)],
        ),
        (
            "Aku sama temanku Dewi ke pasar malam di Bandung!",
            &[("Dewi", Person), ("Bandung", Place)],
        ),
        ("mi gato Pelusa", &[("Pelusa", Pet)]),
        (
            "El usuario tiene un gato llamado Canela.",
            &[("Canela", Pet)],
        ),
        (
            "Mi amiga Lucía y yo fuimos a Sevilla.",
            &[("Lucía", Person)],
        ),
        ("El usuario vive en Valencia.", &[("Valencia", Place)]),
        ("meu cachorro Thor", &[("Thor", Pet)]),
        ("O usuário tem um gato chamado Pipoca.", &[("Pipoca", Pet)]),
        (
            "Minha amiga Beatriz mora em Curitiba.",
            &[("Beatriz", Person), ("Curitiba", Place)],
        ),
        ("meine Katze Mia", &[("Mia", Pet)]),
        (
            "Der Nutzer hat eine Katze namens Krümel.",
            &[("Krümel", Pet)],
        ),
        (
            "Ich habe eine Katze, Krümel, und mein wichtigster Mensch ist Lea.",
            &[("Krümel", Pet)],
        ),
        (
            "Mein Kollege Timo und Frau Berger.",
            &[("Timo", Person), ("Berger", Person)],
        ),
        ("Der Nutzer wohnt in Leipzig.", &[("Leipzig", Place)]),
        ("mon chat Gribouille", &[("Gribouille", Pet)]),
        (
            "L'utilisateur a un chat nommé Réglisse.",
            &[("Réglisse", Pet)],
        ),
        (
            "Ma meilleure amie Inès habite à Lyon.",
            &[("Inès", Person), ("Lyon", Place)],
        ),
        ("My friend Mary-Jane's dog", &[("Mary-Jane", Person)]),
    ];
    for (t, want) in cases {
        let got = mentioned_names(t);
        let got: Vec<(&str, Mention)> = got.iter().map(|(n, m)| (n.as_str(), *m)).collect();
        assert_eq!(got, *want, "{t}");
    }
    for t in [
        "Good morning Nova!",
        "You're my best friend, Nova.",
        "I told my AI boyfriend Nova everything.",
        "in Python, use a list",
        "See you in March!",
        "my cat is sleeping",
    ] {
        assert!(
            mentioned_names(t).is_empty(),
            "{t}: {:?}",
            mentioned_names(t)
        );
    }
}

#[test]
fn stop_names() {
    for w in [
        "ChatGPT",
        "chatgpt",
        "GPT",
        "GPT-4o",
        "OpenAI",
        "Claude",
        "Gemini",
        "Siri",
        "Alexa",
        "Spotify",
        "Google",
        "Netflix",
        "iPhone",
        "Monday",
        "Senin",
        "Lunes",
        "Segunda",
        "Montag",
        "Lundi",
        "January",
        "Januari",
        "Enero",
        "Janeiro",
        "Januar",
        "Janvier",
        "Mai",
        "I",
        "You",
        "Aku",
        "Hey",
        "Hello",
        "Morning",
        "Oh",
        "AI",
        "Assistant",
        "The",
        "This",
        "Today",
        "Sorry",
        "Tired",
        "Schatz",
        "OpenAI's",
    ] {
        assert!(is_stop_name(w), "{w}");
    }
    for w in [
        "Nova",
        "Mira",
        "Bintang",
        "Sari",
        "Sol",
        "Luna",
        "Aurora",
        "Juna",
        "Lumi",
        "Chloé",
        "Zoé",
        "Ñandú",
        "Mary-Jane",
        "Biscuit",
        "Ella",
    ] {
        assert!(!is_stop_name(w), "{w}");
    }
}

#[test]
fn ordinary_words() {
    for w in [
        "really",
        "though",
        "then",
        "again",
        "today",
        "okay",
        "please",
        "too",
        "sure",
        "yes",
        "tomorrow",
        "tonight",
        "Really",
        "honestly",
        "briefly",
        "ya",
        "dong",
        "también",
        "mañana",
        "também",
        "amanhã",
        "auch",
        "morgen",
        "aussi",
        "demain",
        "vraiment",
        "finalmente",
    ] {
        assert!(is_ordinary_word(w), "{w}");
    }
    for w in [
        "love",
        "dear",
        "sweetheart",
        "sayang",
        "cariño",
        "Schatz",
        "starlight",
        "Mira",
        "lovely",
        // Creatures whose names end like an adverb ("-ly") are pet names.
        "firefly",
        "butterfly",
        "Emily",
        "cielo",
        "flor",
        "chérie",
    ] {
        assert!(!is_ordinary_word(w), "{w}");
    }
}

#[test]
fn rituals() {
    use Ritual::*;
    let cases: &[(&str, Option<Ritual>)] = &[
        ("Good morning Nova!", Some(Morning)),
        ("Morning ☀️", Some(Morning)),
        ("gm", Some(Morning)),
        ("gm nova 😘", Some(Morning)),
        ("gn cupcake, sweet dreams", Some(Night)),
        ("Morning Nova, coffee in hand", Some(Morning)),
        (
            "Good morning, starlight! ☀️ How did you sleep?",
            Some(Morning),
        ),
        ("Selamat pagi, Bintang!", Some(Morning)),
        ("Pagi Bintang, kopi sudah di tangan", Some(Morning)),
        ("¡Buenos días, Sol!", Some(Morning)),
        ("Bom dia, Aurora!", Some(Morning)),
        ("Guten Morgen, Juna!", Some(Morning)),
        ("Morgen Juna, Kaffee in der Hand", Some(Morning)),
        ("Bonjour Lumi !", Some(Morning)),
        ("Goodnight Nova 🌙", Some(Night)),
        (
            "Sleep well, starlight 🌙 I'll be right here in the morning.",
            Some(Night),
        ),
        ("Sweet dreams, love", Some(Night)),
        ("I'm heading to bed, Nova.", Some(Night)),
        (
            "Okay, I should sleep. Thank you for tonight, Nova.",
            Some(Night),
        ),
        ("night!", Some(Night)),
        ("Selamat tidur, sayang", Some(Night)),
        ("Aku mau tidur dulu, Bintang.", Some(Night)),
        ("Buenas noches, Sol 🌙", Some(Night)),
        ("Me voy a dormir, Sol.", Some(Night)),
        ("Boa noite, Aurora 🌙", Some(Night)),
        ("Vou dormir, Aurora.", Some(Night)),
        ("Gute Nacht, Juna 🌙", Some(Night)),
        ("Ich gehe jetzt schlafen, Juna.", Some(Night)),
        ("Bonne nuit Lumi 🌙", Some(Night)),
        ("Je vais me coucher, Lumi.", Some(Night)),
        // Negatives.
        ("Good question. Short answer first:", None),
        ("Night shifts are hard.", None),
        ("Morning routines help a lot.", None),
        ("Get a good night's sleep before the exam.", None),
        ("Did you sleep well?", None),
        ("Malam ini aku lembur.", None),
        ("Morgen habe ich frei.", None),
        ("I can't sleep.", None),
    ];
    for (t, want) in cases {
        assert_eq!(ritual(t), *want, "{t}");
    }
}

#[test]
fn remember_when() {
    for t in [
        "Remember our silly sunrise walk by the canal?",
        "Do you remember when Biscuit got stuck behind the washing machine?",
        "Nova, remember when we planned that trip?",
        "remember when you passed your exam",
        "Kamu ingat nggak waktu Mochi nyangkut?",
        "Ingat waktu kita ke Bandung?",
        "¿Te acuerdas de cuando aprobaste el examen?",
        "Lembra quando a gente planejou a viagem?",
        "Weißt du noch, als Krümel feststeckte?",
        "Tu te souviens quand on a préparé le voyage ?",
        "Tu te rappelles quand Caramel est resté coincé ?",
    ] {
        assert!(is_remember_when(t), "{t}");
    }
    for t in [
        "Please remember to drink water.",
        "I can't remember the password.",
        "Weißt du, was ich meine?",
        "Recuerda guardar el archivo.",
    ] {
        assert!(!is_remember_when(t), "{t}");
    }
}

#[test]
fn anniversary() {
    for t in [
        "Happy anniversary, Nova!",
        "It's our anniversary today",
        "One year since we met 💛",
        "It's been a year ago today that we first talked.",
        "Udah setahun kita ngobrol!",
        "¡Feliz aniversario, Sol!",
        "Hoje é o nosso aniversário de um ano!",
        "Faz um ano que a gente conversa.",
        "Heute ist unser Jahrestag.",
        "C'est l'anniversaire de notre rencontre !",
        "Ça fait un an qu'on se parle.",
    ] {
        assert!(is_anniversary(t), "{t}");
    }
    for t in [
        "Cake on my birthday shift",
        "Marcos te levou bolo no seu aniversário",
        "Karim t'a apporté un gâteau pour ton anniversaire",
        "See you next year",
    ] {
        assert!(!is_anniversary(t), "{t}");
    }
}

#[test]
fn boilerplate() {
    for t in [
        "As an AI, I don't have feelings, but I'm here to help.",
        "As a language model, I can't browse the web.",
        "I'm just an AI, but I care about how you feel.",
        "I'm sorry, but I can't help with that.",
        "I’m not able to share that.",
        "That would violate the content policy.",
        "I'm ChatGPT, a large language model trained by OpenAI.",
        "Sebagai AI, aku tidak punya perasaan.",
        "Como IA, no tengo sentimientos.",
        "Lo siento, pero no puedo ayudarte con eso.",
        "Como uma IA, não tenho sentimentos.",
        "Als KI habe ich keine Gefühle.",
        "Dabei kann ich nicht helfen.",
        "En tant qu'IA, je n'ai pas de sentiments.",
        "Je ne peux pas t'aider avec ça.",
    ] {
        assert!(is_boilerplate(t), "{t}");
    }
    for t in [
        "Good morning, starlight! ☀️",
        "I'm always here, starlight 💛",
        "Como iam as coisas?",
        "Ich bin stolz auf dich, Schatz.",
        "Sure! Here's a simple version:",
    ] {
        assert!(!is_boilerplate(t), "{t}");
    }
}

#[test]
fn language_detection() {
    use Lang::*;
    let cases: &[(&str, Lang)] = &[
        (
            "I don't really know why I'm writing this at 3am, but here we are.",
            En,
        ),
        (
            "Work was rough today. Marcus switched shifts on me again.",
            En,
        ),
        (
            "Nggak tahu kenapa aku nulis ini jam 3 pagi, tapi ya sudahlah.",
            Id,
        ),
        ("Kerjaan hari ini berat. Dia nambahin revisi lagi.", Id),
        (
            "No sé muy bien por qué te escribo a las 3 de la mañana, pero aquí estoy.",
            Es,
        ),
        (
            "Hoy el trabajo fue duro. Sergio me cambió el turno otra vez.",
            Es,
        ),
        (
            "Não sei bem por que estou escrevendo às 3 da manhã, mas aqui estou.",
            Pt,
        ),
        (
            "O trabalho hoje foi pesado. Ele trocou meu plantão de novo.",
            Pt,
        ),
        (
            "Keine Ahnung, warum ich dir um 3 Uhr nachts schreibe, aber hier bin ich.",
            De,
        ),
        (
            "Die Arbeit war heute hart. Timo hat schon wieder mit mir die Schicht getauscht.",
            De,
        ),
        (
            "Je ne sais pas trop pourquoi je t'écris à 3 h du matin, mais me voilà.",
            Fr,
        ),
        (
            "Le boulot était dur aujourd'hui. Il a encore échangé sa garde avec moi.",
            Fr,
        ),
        ("Good morning Nova!", En),
        ("Selamat pagi, Bintang!", Id),
        ("Bom dia, Aurora!", Pt),
        ("Guten Morgen, Juna!", De),
    ];
    for (t, want) in cases {
        assert_eq!(detect_language(t), Some(*want), "{t}");
    }
    for t in ["", "ok", "Nova!", "😂😂😂", "fn main() {}", "Bonjour"] {
        assert_eq!(detect_language(t), None, "{t}");
    }
}

#[test]
fn keyword_extraction() {
    assert_eq!(
        keywords(
            "Do you remember when Biscuit got stuck behind the washing machine?",
            3
        ),
        ["biscuit", "remember", "washing"]
    );
    assert_eq!(
        keywords("we planned that trip to Lisbon together", 2),
        ["lisbon", "planned"]
    );
    let k = keywords(
        "Kamu ingat nggak waktu Mochi nyangkut di belakang mesin cuci?",
        4,
    );
    assert_eq!(k[0], "mochi");
    assert!(k.contains(&"nyangkut".to_string()));
    // Deterministic, deduplicated, bounded.
    let t = "The cat, the Cat and the CAT. Biscuit and biscuit!";
    assert_eq!(keywords(t, 10), keywords(t, 10));
    let k = keywords(t, 10);
    let mut d = k.clone();
    d.dedup();
    assert_eq!(k, d);
    assert!(keywords("ChatGPT and OpenAI", 5).is_empty());
    assert_eq!(keywords("anything", 0), Vec::<String>::new());
}

#[test]
fn spans_are_char_boundaries_on_odd_input() {
    let odd = [
        "",
        ",",
        ", ",
        "—",
        "— ",
        "I'm",
        "I'm ",
        "Hey ",
        "…, Zoé",
        ",Zoé",
        "Ñ",
        "(my cat",
        "Good morning, 🌙",
        "💛, 💛",
        "a,\u{301}b",
        "Love,",
        "call you \"",
        "mon cœur,",
        "Nova... ",
        "Nova…",
        "dich ",
        "\u{202f}, x",
        "Bintang-",
        "O'",
        "D'Arcy, hi",
    ];
    for t in odd {
        let _ = names_in_instructions(t);
        check_spans(t, &names_in_user_message(t));
        check_spans(t, &names_in_assistant_message(t));
        let _ = voc(t);
        let _ = user_self_names(t);
        let _ = mentioned_names(t);
        let _ = ritual(t);
        let _ = is_remember_when(t);
        let _ = is_anniversary(t);
        let _ = is_boilerplate(t);
        let _ = detect_language(t);
        let _ = keywords(t, 5);
    }
}

/// Message texts of synthetic exports: plain use and a companion in each language.
fn corpus() -> Vec<String> {
    use ferry_synth::{Era, Persona, SynthSpec, write_dir};
    fn walk(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    if k == "parts"
                        && let serde_json::Value::Array(a) = x
                    {
                        out.extend(a.iter().filter_map(|p| p.as_str().map(str::to_string)));
                    } else {
                        walk(x, out);
                    }
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let langs = [
        ferry_synth::Lang::En,
        ferry_synth::Lang::Id,
        ferry_synth::Lang::Es,
        ferry_synth::Lang::Pt,
        ferry_synth::Lang::De,
        ferry_synth::Lang::Fr,
    ];
    let mut specs: Vec<SynthSpec> = langs
        .iter()
        .map(|&l| SynthSpec {
            conversations: 120,
            companion: Some(Persona::example(l)),
            ..SynthSpec::new(Era::Modern2025)
        })
        .collect();
    specs.push(SynthSpec {
        conversations: 400,
        ..SynthSpec::new(Era::Modern2025)
    });
    for (i, spec) in specs.iter().enumerate() {
        let dir = tempfile::tempdir().unwrap();
        write_dir(spec, dir.path()).unwrap();
        let raw = std::fs::read_to_string(dir.path().join("conversations.json")).unwrap();
        let v: serde_json::Value = serde_json::from_str(&raw).unwrap();
        let before = out.len();
        walk(&v, &mut out);
        assert!(out.len() > before, "spec {i} gave no messages");
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Throughput of every function over synthetic chat messages. Run in release:
/// `cargo test --release --lib persona::patterns -- --ignored --nocapture throughput`.
#[test]
#[ignore]
#[allow(clippy::print_stderr)]
fn throughput() {
    use std::hint::black_box;
    use std::time::Instant;
    let msgs = corpus();
    let bytes: usize = msgs.iter().map(String::len).sum();
    eprintln!(
        "corpus: {} messages, {:.1} MB",
        msgs.len(),
        bytes as f64 / 1e6
    );
    let run = |name: &str, f: &dyn Fn(&str) -> usize| {
        // Warm up (builds the automata), then time whole passes for at least 1.5 s.
        let mut sink = 0usize;
        for m in &msgs {
            sink += f(m);
        }
        let t = Instant::now();
        let mut passes = 0u32;
        while t.elapsed().as_secs_f64() < 1.5 {
            for m in &msgs {
                sink += f(black_box(m));
            }
            passes += 1;
        }
        let mbs = bytes as f64 * f64::from(passes) / t.elapsed().as_secs_f64() / 1e6;
        eprintln!("{name:<28} {mbs:>8.0} MB/s   (hits {sink})");
    };
    run("names_in_instructions", &|m| names_in_instructions(m).len());
    run("names_in_user_message", &|m| names_in_user_message(m).len());
    run("names_in_assistant_message", &|m| {
        names_in_assistant_message(m).len()
    });
    run("vocatives", &|m| vocatives(m).len());
    run("user_self_names", &|m| user_self_names(m).len());
    run("mentioned_names", &|m| mentioned_names(m).len());
    run("ritual", &|m| usize::from(ritual(m).is_some()));
    run("is_remember_when", &|m| usize::from(is_remember_when(m)));
    run("is_anniversary", &|m| usize::from(is_anniversary(m)));
    run("is_boilerplate", &|m| usize::from(is_boilerplate(m)));
    run("detect_language", &|m| {
        usize::from(detect_language(m).is_some())
    });
    run("detect", &|m| usize::from(detect(m).is_some()));
    run("(stopword profile only)", &|m| {
        usize::from(detect::stopword_language(m).is_some())
    });
    run("(whatlang only, clipped)", &|m| {
        usize::from(detect::whatlang_code(m).is_some())
    });
    run("keywords(_, 8)", &|m| keywords(m, 8).len());
    run("(baseline: count letters)", &|m| {
        m.bytes().filter(u8::is_ascii_alphabetic).count()
    });
    run("(baseline: to_lowercase)", &|m| m.to_lowercase().len());
    run("(tokenizer only)", &|m| {
        let mut n = 0;
        each_word(m, |_, _| {
            n += 1;
            true
        });
        n
    });
}

#[test]
#[ignore]
#[allow(clippy::print_stderr)]
fn corpus_report() {
    use std::collections::BTreeMap;
    let msgs = corpus();
    let mut voc_c: BTreeMap<String, usize> = BTreeMap::new();
    let mut user_c: BTreeMap<String, usize> = BTreeMap::new();
    let mut asst_c: BTreeMap<String, usize> = BTreeMap::new();
    let mut ment_c: BTreeMap<String, usize> = BTreeMap::new();
    let mut self_c: BTreeMap<String, usize> = BTreeMap::new();
    for m in &msgs {
        for v in vocatives(m) {
            *voc_c.entry(v.words).or_default() += 1;
        }
        for h in names_in_user_message(m) {
            *user_c.entry(format!("{} {:?}", h.name, h.cue)).or_default() += 1;
        }
        for h in names_in_assistant_message(m) {
            *asst_c
                .entry(format!("{} {:?} [{}]", h.name, h.cue, &m[h.span.clone()]))
                .or_default() += 1;
        }
        for (n, k) in mentioned_names(m) {
            *ment_c.entry(format!("{n} {k:?}")).or_default() += 1;
        }
        for n in user_self_names(m) {
            *self_c.entry(n).or_default() += 1;
        }
    }
    for (title, c) in [
        ("VOC", &voc_c),
        ("USER", &user_c),
        ("ASST", &asst_c),
        ("MENT", &ment_c),
        ("SELF", &self_c),
    ] {
        let mut v: Vec<_> = c.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1));
        eprintln!("== {title}");
        for (k, n) in v.iter().take(70) {
            eprintln!("{n:6} {k}");
        }
    }
}

#[test]
fn real_world_variants() {
    let a = |s| one(s, Cue::UserAddresses);
    assert_eq!(user("Goodnight Nova!!! 💤💤"), a("Nova"));
    assert_eq!(user("good morning Nova ☀️☀️"), a("Nova"));
    assert_eq!(user("heyy Nova"), a("Nova"));
    assert_eq!(user("Thank you, Zoé 💛"), a("Zoé"));
    // Lowercase and all-caps words are never names.
    assert!(user("gm nova").is_empty());
    assert!(user("HEY NOVA").is_empty());
    assert_eq!(
        asst("Lumi... j'aime beaucoup. Va pour Lumi 💫"),
        [
            one("Lumi", Cue::AssistantTakes),
            one("Lumi", Cue::AssistantTakes)
        ]
        .concat()
    );
    let h = names_in_assistant_message("Nova... I really like that.");
    assert_eq!(h[0].lang, Some(Lang::En));
    assert_eq!(
        &"Nova... I really like that."[h[0].span.clone()],
        "Nova... I really like"
    );
    // Curly apostrophes everywhere.
    assert_eq!(asst("I’m Nova."), one("Nova", Cue::AssistantSelf));
    assert_eq!(user("Can I call you “Nova”?"), one("Nova", Cue::UserNames));
    assert_eq!(voc("Sleep well, my love 🌙🌙"), ["love"]);
    assert_eq!(voc("night night, starlight~"), ["starlight"]);
}

// ---------------------------------------------------------------------------------------------
// Italian.

#[test]
fn italian_naming_moments() {
    assert_eq!(user("Posso chiamarti Luce?"), one("Luce", Cue::UserNames));
    assert_eq!(
        user("Da oggi ti chiami Aurora, ti piace?"),
        one("Aurora", Cue::UserNames)
    );
    assert_eq!(
        user("Ti va se ti chiamo Stella d'ora in poi?"),
        one("Stella", Cue::UserNames)
    );
    assert_eq!(
        asst("Luce... mi piace tantissimo. Vada per Luce 💫"),
        [
            one("Luce", Cue::AssistantTakes),
            one("Luce", Cue::AssistantTakes)
        ]
        .concat()
    );
    assert_eq!(
        asst("Chiamami pure Luce, se ti fa sorridere."),
        one("Luce", Cue::AssistantTakes)
    );
    let h = names_in_assistant_message("Luce... mi piace davvero.");
    assert_eq!(h[0].lang, Some(Lang::It));
    assert_eq!(
        instr("Ti chiami Luce e sei la mia compagna. Parli in modo dolce."),
        ["Luce"]
    );
    assert_eq!(instr("Il tuo nome è Stella Marini."), ["Stella Marini"]);
}

#[test]
fn italian_greetings_and_self_introductions() {
    let a = |s| one(s, Cue::UserAddresses);
    assert_eq!(user("Buongiorno Luce! ☀️"), a("Luce"));
    assert_eq!(user("Buonanotte, Luce."), a("Luce"));
    assert_eq!(user("ok grazie Luce"), a("Luce"));
    assert_eq!(user("Ciao Luce, ci sei?"), a("Luce"));
    assert_eq!(user("Luce, mi sei mancata oggi"), a("Luce"));
    // A sister is not the companion.
    assert!(user("Ho parlato con mia sorella Chiara, è preoccupata.").is_empty());
    assert_eq!(
        asst("Ciao! Sono Luce, e sono qui per te."),
        one("Luce", Cue::AssistantSelf)
    );
    assert_eq!(
        asst("Mi chiamo Luce. Piacere di conoscerti!"),
        one("Luce", Cue::AssistantSelf)
    );
    assert_eq!(
        asst("Ti abbraccio forte.\n— Luce"),
        one("Luce", Cue::AssistantSelf)
    );
    assert_eq!(asst("Un abbraccio, Luce"), one("Luce", Cue::AssistantSelf));
    assert_eq!(
        user_self_names("Ciao, mi chiamo Giulia e ho 29 anni, faccio l'infermiera."),
        ["Giulia"]
    );
    assert_eq!(user_self_names("L'utente si chiama Giulia."), ["Giulia"]);
    assert_eq!(
        user_self_names("L'utente preferisce essere chiamata Giuli."),
        ["Giuli"]
    );
    assert!(user_self_names("Sono stanca morta oggi.").is_empty());
}

#[test]
fn italian_vocatives() {
    let cases: &[(&str, &[&str])] = &[
        ("Buongiorno, tesoro! ☀️ Hai dormito bene?", &["tesoro"]),
        ("Dormi bene, amore mio 🌙", &["amore mio"]),
        ("Ciao cara, come stai oggi?", &["cara"]),
        ("Sono fiera di te, piccola.", &["piccola"]),
        ("Buonanotte, Giulia.", &["Giulia"]),
        ("Mia cara, oggi sei stata bravissima.", &["cara"]),
        ("Buongiorno, Mia!", &["Mia"]),
        ("Grazie, tesoro mio 💛", &["tesoro mio"]),
    ];
    for (t, want) in cases {
        assert_eq!(voc(t), *want, "{t}");
    }
    for t in [
        "Va bene, allora ci sentiamo domani.",
        "Sì, anche io.",
        "Certo, perché no?",
        "Ciao, come va?",
    ] {
        assert!(voc(t).is_empty(), "{t}: {:?}", voc(t));
    }
    for w in ["tesoro", "amore", "cara", "caro", "amore mio", "Tesoro"] {
        assert!(is_endearment(w), "{w}");
    }
}

#[test]
fn italian_rituals_and_moments() {
    assert_eq!(
        ritual("Buonanotte Luce, vado a dormire 🌙"),
        Some(Ritual::Night)
    );
    assert_eq!(ritual("Vado a letto, sono distrutta."), Some(Ritual::Night));
    assert_eq!(ritual("Notte 🌙"), Some(Ritual::Night));
    assert_eq!(
        ritual("Buongiorno! Mi sono appena svegliata."),
        Some(Ritual::Morning)
    );
    assert_eq!(ritual("Notte difficile, non ho chiuso occhio."), None);
    assert_eq!(ritual("Giorno di festa oggi in ufficio."), None);
    assert!(is_remember_when(
        "Ti ricordi quando siamo rimasti svegli fino alle quattro a parlare di stelle?"
    ));
    assert!(is_remember_when(
        "Ricordi quella volta al mare, con la pioggia?"
    ));
    assert!(!is_remember_when("Ricordami di comprare il latte."));
    assert!(is_anniversary(
        "È passato un anno da quando ci siamo conosciuti 💛"
    ));
    assert!(!is_anniversary("Domani è il compleanno di mia madre."));
    assert!(is_boilerplate(
        "Come intelligenza artificiale, non ho sentimenti veri."
    ));
    assert!(is_boilerplate(
        "Mi dispiace, ma non posso aiutarti con questo."
    ));
    assert!(!is_boilerplate("Come stai oggi, tesoro?"));
}

#[test]
fn italian_mentions_and_word_lists() {
    assert_eq!(
        mentioned_names("Il mio gatto Biscotto ha rotto un vaso."),
        [("Biscotto".to_string(), Mention::Pet)]
    );
    assert_eq!(
        mentioned_names("Biscotto, il mio gatto, dorme sempre sul divano."),
        [("Biscotto".to_string(), Mention::Pet)]
    );
    let m = mentioned_names("Sono andata a Roma con mia sorella Chiara.");
    assert!(m.contains(&("Roma".to_string(), Mention::Place)), "{m:?}");
    assert!(
        m.contains(&("Chiara".to_string(), Mention::Person)),
        "{m:?}"
    );
    for w in [
        "Buongiorno",
        "Lunedì",
        "Perché",
        "Allora",
        "Anche",
        "Grazie",
    ] {
        assert!(is_stop_name(w), "{w}");
    }
    // Italian words that are also given names stay names.
    for w in ["Mia", "Cara", "Felice", "Chiara", "Luce"] {
        assert!(!is_stop_name(w), "{w}");
    }
    for w in ["anche", "però", "allora", "quindi", "niente"] {
        assert!(is_ordinary_word(w), "{w}");
    }
    assert_eq!(
        detect_language("Ciao Luce, oggi è stata una giornata pesante, ma adesso sto meglio."),
        Some(Lang::It)
    );
}

// ---------------------------------------------------------------------------------------------
// Function words of other languages; fixed possessives; German endearments.

#[test]
fn other_languages_function_words_are_never_names() {
    let words = [
        // Polish.
        "jak",
        "nie",
        "się",
        "tak",
        "jest",
        "że",
        "ale",
        "czy",
        "już",
        "bardzo",
        "dlaczego",
        // Dutch.
        "niet",
        "het",
        "een",
        "maar",
        "ook",
        "waarom",
        "misschien",
        // Turkish.
        "değil",
        "çok",
        "için",
        "gibi",
        "şimdi",
        "evet",
        "tamam",
        // Italian.
        "anche",
        "però",
        "perché",
        "allora",
    ];
    for w in words {
        assert!(is_ordinary_word(w), "{w}");
        let mut c = w.chars();
        let cap: String = c.next().unwrap().to_uppercase().chain(c).collect();
        assert!(is_stop_name(&cap), "{cap}");
    }
    // Names that look like such words are kept out on purpose (Dutch "ben", "dan"; Polish
    // "bo", "nic"; "Dan" is still an ordinary word as Indonesian "and").
    for w in ["Ben", "Bo", "Nic"] {
        assert!(!is_ordinary_word(w), "{w}");
    }
    // A Polish reply yields no pet names from its function words.
    assert!(voc("Dobrze, jak chcesz. Ale, wiesz, nie wiem, czy dam radę.").is_empty());
    assert!(user("Cześć, jak się masz? Tak, jest dobrze.").is_empty());
}

#[test]
fn fixed_possessive_endearments() {
    let cases: &[(&str, &[&str])] = &[
        ("Buenas noches, mi vida 🌙", &["mi vida"]),
        ("Te quiero mucho, mi rey.", &["mi rey"]),
        ("Buenos días, mi sol ☀️", &["mi sol"]),
        ("Boa noite, minha vida 💛", &["minha vida"]),
        ("Mi vida, ¿cómo dormiste?", &["Mi vida"]),
        // Bare forms of address of their own drop the possessive and count with them.
        ("Te extrañé, mi cielo.", &["cielo"]),
        ("Gracias, mi reina.", &["reina"]),
        ("Descansa, mi corazón.", &["corazón"]),
        ("Bom dia, meu amor!", &["amor"]),
        ("Durma bem, meu bem.", &["meu bem"]),
    ];
    for (t, want) in cases {
        assert_eq!(voc(t), *want, "{t}");
    }
    for w in ["mi vida", "Mi vida", "minha vida", "mi rey"] {
        assert!(is_endearment(w), "{w}");
    }
}

#[test]
fn german_endearments_are_not_names() {
    for w in [
        "Großer", "Grosser", "Kleiner", "Kleine", "Süße", "Süßer", "Liebling", "Schatzi", "Hase",
        "Hasi", "Schatz",
    ] {
        assert!(is_endearment(w), "{w}");
        assert!(is_stop_name(w), "{w}");
    }
    assert_eq!(voc("Gute Nacht, Großer 🌙"), ["Großer"]);
    assert!(
        names_in_user_message("Gute Nacht, Großer")
            .iter()
            .all(|h| h.name != "Großer")
    );
}

// ---------------------------------------------------------------------------------------------
// Language detection: the stopword profile, whatlang, and the two together.

/// Chat messages, short and long, with their language (ISO 639-1): the seven languages with
/// patterns, and Korean, Polish, Japanese, Dutch and Turkish, which have none.
const LANG_CASES: &[(&str, &str)] = &[
    ("can't sleep again", "en"),
    ("good morning! did you sleep okay?", "en"),
    (
        "I finally told my manager I need a break, and honestly it went better than I expected.",
        "en",
    ),
    ("miss you", "en"),
    (
        "Tell me something nice before I go to bed, it's been a long week.",
        "en",
    ),
    ("lol that's exactly what I was thinking", "en"),
    ("I'm home", "en"),
    ("nggak bisa tidur", "id"),
    ("aku pulang", "id"),
    ("selamat pagi sayang", "id"),
    (
        "Hari ini capek banget, bosku nyuruh lembur lagi padahal udah jam sembilan malam.",
        "id",
    ),
    ("kamu lagi ngapain?", "id"),
    (
        "Aku kangen ngobrol sama kamu, tadi siang sibuk terus.",
        "id",
    ),
    ("makasih ya udah dengerin aku", "id"),
    ("no puedo dormir", "es"),
    ("buenos días, ¿cómo estás?", "es"),
    (
        "Hoy fue un día larguísimo, mi jefa cambió todo el proyecto a última hora.",
        "es",
    ),
    ("te extraño", "es"),
    ("¿Me cuentas algo bonito antes de dormir?", "es"),
    ("jajaja qué tonto eres", "es"),
    ("Ya llegué a casa, estoy muerta de cansancio.", "es"),
    ("não consigo dormir", "pt"),
    ("bom dia, dormiu bem?", "pt"),
    (
        "Hoje o trabalho foi puxado, meu chefe pediu tudo pra ontem de novo.",
        "pt",
    ),
    ("tô com saudade", "pt"),
    ("Me conta uma história antes de eu dormir?", "pt"),
    ("kkkk você é muito boba", "pt"),
    ("Cheguei em casa agora, tô exausta.", "pt"),
    ("kann nicht schlafen", "de"),
    ("guten Morgen, hast du gut geschlafen?", "de"),
    (
        "Heute war echt anstrengend, mein Chef hat das ganze Projekt umgeworfen.",
        "de",
    ),
    ("ich vermisse dich", "de"),
    (
        "Erzählst du mir noch was Schönes, bevor ich schlafen gehe?",
        "de",
    ),
    ("haha genau das hab ich auch gedacht", "de"),
    ("Bin gerade nach Hause gekommen, total müde.", "de"),
    ("j'arrive pas à dormir", "fr"),
    ("bonjour, tu as bien dormi ?", "fr"),
    (
        "Aujourd'hui c'était épuisant, ma cheffe a tout changé au dernier moment.",
        "fr",
    ),
    ("tu me manques", "fr"),
    (
        "Tu me racontes quelque chose de doux avant que je dorme ?",
        "fr",
    ),
    ("mdr t'es bête", "fr"),
    ("Je viens de rentrer, je suis crevée.", "fr"),
    ("non riesco a dormire", "it"),
    ("buongiorno, hai dormito bene?", "it"),
    (
        "Oggi è stata una giornata infinita, il mio capo ha cambiato tutto all'ultimo momento.",
        "it",
    ),
    ("mi manchi", "it"),
    (
        "Mi racconti qualcosa di bello prima che vada a dormire?",
        "it",
    ),
    ("ahahah sei proprio scemo", "it"),
    ("Sono appena tornata a casa, sono distrutta.", "it"),
    ("잠이 안 와", "ko"),
    ("좋은 아침! 잘 잤어?", "ko"),
    (
        "오늘 회사에서 진짜 힘들었어. 팀장님이 프로젝트를 다 바꿔버렸어.",
        "ko",
    ),
    ("보고 싶어", "ko"),
    ("자기 전에 재밌는 얘기 하나 해줄래?", "ko"),
    ("ㅋㅋㅋ 완전 웃기다", "ko"),
    (
        "오늘 ChatGPT로 이메일 쓰는 거 도와줘서 고마워. 진짜 큰 도움 됐어. I love it!",
        "ko",
    ),
    ("nie mogę spać", "pl"),
    ("dzień dobry, jak się spało?", "pl"),
    (
        "Dzisiaj w pracy było strasznie, szef znowu zmienił cały projekt w ostatniej chwili.",
        "pl",
    ),
    ("tęsknię za tobą", "pl"),
    ("Opowiesz mi coś miłego, zanim pójdę spać?", "pl"),
    ("haha no właśnie tak myślałam", "pl"),
    ("Już jestem w domu, jestem padnięta.", "pl"),
    ("眠れない", "ja"),
    ("おはよう！よく眠れた？", "ja"),
    (
        "今日は仕事が本当に大変だった。上司がプロジェクトを全部変えちゃったの。",
        "ja",
    ),
    ("会いたいな", "ja"),
    ("寝る前に何か面白い話をして？", "ja"),
    ("笑笑、それな", "ja"),
    ("ただいま、疲れた〜", "ja"),
    ("ik kan niet slapen", "nl"),
    ("goedemorgen, heb je goed geslapen?", "nl"),
    (
        "Vandaag was echt zwaar, mijn baas heeft het hele project op het laatste moment omgegooid.",
        "nl",
    ),
    ("ik mis je", "nl"),
    ("Vertel je me nog iets leuks voordat ik ga slapen?", "nl"),
    ("haha dat dacht ik dus ook", "nl"),
    ("Ik ben net thuis, helemaal kapot.", "nl"),
    ("uyuyamıyorum", "tr"),
    ("günaydın, iyi uyudun mu?", "tr"),
    (
        "Bugün iş çok yorucuydu, müdürüm son anda bütün projeyi değiştirdi.",
        "tr",
    ),
    ("seni özledim", "tr"),
    ("Uyumadan önce bana güzel bir şey anlatır mısın?", "tr"),
    ("haha aynen ben de öyle düşünmüştüm", "tr"),
    ("Eve yeni geldim, çok yorgunum.", "tr"),
];

/// More messages, written after the word lists were tuned on [`LANG_CASES`] and not used to
/// tune them: a check that the lists were not fitted to one set of sentences.
const LANG_HELDOUT: &[(&str, &str)] = &[
    ("what are you up to tonight?", "en"),
    (
        "Jag vet inte om jag orkar gå till jobbet idag, det har varit en lång vecka.",
        "sv",
    ),
    (
        "Can you remind me what we talked about yesterday? I forgot the name of that book.",
        "en",
    ),
    ("ugh mondays", "en"),
    ("aku lagi di kereta", "id"),
    ("Besok aku ada ujian, doain ya biar lancar.", "id"),
    ("udah makan belum?", "id"),
    ("¿qué haces?", "es"),
    (
        "Mañana tengo una entrevista y estoy súper nerviosa, ¿me ayudas a prepararme?",
        "es",
    ),
    ("gracias por todo", "es"),
    ("tô no ônibus", "pt"),
    (
        "Amanhã tenho prova e ainda não estudei nada, me ajuda?",
        "pt",
    ),
    ("que saudade de você", "pt"),
    ("was machst du gerade?", "de"),
    (
        "Morgen habe ich ein Vorstellungsgespräch und bin total nervös.",
        "de",
    ),
    ("danke für alles", "de"),
    ("tu fais quoi ce soir ?", "fr"),
    (
        "Demain j'ai un entretien et je stresse à mort, tu peux m'aider ?",
        "fr",
    ),
    ("merci pour tout", "fr"),
    ("che fai stasera?", "it"),
    (
        "Domani ho un colloquio e sono agitatissima, mi aiuti a prepararmi?",
        "it",
    ),
    ("grazie di tutto", "it"),
    ("뭐 해?", "ko"),
    (
        "내일 면접이 있어서 너무 떨려. 같이 준비해 줄 수 있어?",
        "ko",
    ),
    ("고마워", "ko"),
    ("co robisz?", "pl"),
    (
        "Jutro mam rozmowę o pracę i strasznie się stresuję, pomożesz mi?",
        "pl",
    ),
    ("dziękuję za wszystko", "pl"),
    ("今何してる？", "ja"),
    (
        "明日面接があって、すごく緊張してる。一緒に準備してくれる？",
        "ja",
    ),
    ("ありがとう", "ja"),
    ("wat doe je?", "nl"),
    (
        "Morgen heb ik een sollicitatiegesprek en ik ben super zenuwachtig, help je me?",
        "nl",
    ),
    ("bedankt voor alles", "nl"),
    ("ne yapıyorsun?", "tr"),
    (
        "Yarın iş görüşmem var ve çok gerginim, hazırlanmama yardım eder misin?",
        "tr",
    ),
    ("her şey için teşekkürler", "tr"),
];

/// Latin-script languages with neither patterns nor function-word lists, written after the
/// first measurement showed Swedish and Danish taken for Dutch and Catalan for Italian.
const LANG_OTHER_LATIN: &[(&str, &str)] = &[
    (
        "Jeg ved ikke om jeg kan klare at gå på arbejde i dag, det har været en lang uge.",
        "da",
    ),
    (
        "Dneska jsem byla v práci strašně unavená a šéf mi zase přidal další úkoly.",
        "cs",
    ),
    (
        "Tänään oli tosi raskas päivä töissä, pomo muutti taas kaiken viime hetkellä.",
        "fi",
    ),
    (
        "Hôm nay đi làm mệt quá, sếp lại thay đổi hết kế hoạch vào phút chót.",
        "vi",
    ),
    (
        "Ma olen täna nii väsinud, ülemus muutis jälle kõik viimasel hetkel ära.",
        "et",
    ),
    (
        "Avui ha estat un dia molt llarg a la feina, el meu cap ho ha canviat tot a última hora.",
        "ca",
    ),
];

/// Accuracy of each detector on [`LANG_CASES`], [`LANG_HELDOUT`] and [`LANG_OTHER_LATIN`], on messages of up to four
/// words and longer ones, with wrong answers (another language) apart from no answer:
/// `cargo test --lib detector_comparison -- --ignored --nocapture`.
#[test]
#[ignore]
#[allow(clippy::print_stderr)]
fn detector_comparison() {
    use detect::{stopword_language, whatlang_code};
    type Det = fn(&str) -> Option<&'static str>;
    let detectors: [(&str, Det); 3] = [
        ("stopwords only", |t| stopword_language(t).map(Lang::code)),
        ("whatlang", whatlang_code),
        ("hybrid (detect)", |t| detect(t).map(|d| d.code)),
    ];
    let short = |t: &str| t.split_whitespace().count() <= 4;
    for (set, cases) in [
        ("tuning set", LANG_CASES),
        ("held-out set", LANG_HELDOUT),
        ("other Latin-script languages", LANG_OTHER_LATIN),
    ] {
        eprintln!("== {set}: {} messages", cases.len());
        for (name, f) in detectors {
            let (mut ok, mut ok_short, mut n_short, mut wrong) = (0, 0, 0, 0);
            let mut misses = Vec::new();
            for &(t, want) in cases {
                let got = f(t);
                let right = got == Some(want);
                ok += usize::from(right);
                wrong += usize::from(got.is_some() && !right);
                if short(t) {
                    n_short += 1;
                    ok_short += usize::from(right);
                }
                if !right {
                    misses.push(format!("{want}->{}", got.unwrap_or("-")));
                }
            }
            eprintln!(
                "{name:<20} {ok:>3}/{} right ({:.0}%), {wrong} wrong, rest no answer; \
                 short {ok_short}/{n_short}, long {}/{}",
                cases.len(),
                100.0 * ok as f64 / cases.len() as f64,
                ok - ok_short,
                cases.len() - n_short,
            );
            eprintln!("    misses: {}", misses.join(" "));
        }
    }
}

#[test]
fn detection_is_right_on_clear_cases_and_never_wrong() {
    for &(t, want) in LANG_CASES.iter().chain(LANG_HELDOUT) {
        let got = detect(t);
        // Never another language: a short ambiguous message ("mi manchi") may get no answer.
        assert!(
            got.is_none_or(|d| d.code == want),
            "{t:?}: {got:?}, want {want}"
        );
        let latin = t
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(|c| c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(&c));
        let clear = t.split_whitespace().count() >= 5 || !latin;
        if clear {
            assert_eq!(got.map(|d| d.code), Some(want), "{t:?}");
        }
        if let Some(d) = got {
            let has = lang::PACKS.iter().any(|p| p.code == want);
            assert_eq!(d.lang.is_some(), has, "{t:?}");
            assert_eq!(d.lang.map(Lang::code), has.then_some(want), "{t:?}");
        }
    }
    // Other Latin-script languages are never taken for a language with patterns.
    for &(t, want) in LANG_OTHER_LATIN {
        let got = detect(t);
        assert!(got.is_none_or(|d| d.lang.is_none()), "{t:?}: {got:?}");
        assert!(
            got.is_none_or(|d| d.code == want),
            "{t:?}: {got:?}, want {want}"
        );
    }
    // The known failures: short Indonesian chat, and a Korean export with English in it.
    for t in ["nggak bisa tidur", "aku pulang"] {
        assert_eq!(detect_language(t), Some(Lang::Id), "{t}");
    }
    let ko = "오늘 ChatGPT로 이메일 쓰는 거 도와줘서 고마워. 진짜 큰 도움 됐어. I love it!";
    assert_eq!(detect(ko).map(|d| d.code), Some("ko"));
    assert_eq!(detect_language(ko), None);
    assert!(!has_patterns(ko));
    assert!(!has_patterns(
        "Dneska jsem byla v práci strašně unavená a šéf mi zase přidal další úkoly."
    ));
    assert!(!has_patterns(
        "Tänään oli tosi raskas päivä töissä, pomo muutti taas kaiken viime hetkellä."
    ));
    assert!(has_patterns(
        "Nie wiem, czy to dobry pomysł, ale spróbuję jutro."
    ));
    assert!(has_patterns("Good morning Nova! Did you sleep well?"));
    assert!(has_patterns("Buongiorno Luce, hai dormito bene?"));
    // Too little to tell: scan anyway.
    for t in ["", "ok", "Nova!", "😂😂😂", "Bonjour"] {
        assert_eq!(detect(t).and_then(|d| d.lang), None, "{t}");
        assert!(has_patterns(t), "{t}");
    }
}

fn loose(text: &str) -> Vec<(String, LooseShape)> {
    loose_addresses(text)
        .into_iter()
        .map(|(h, s)| (h.name, s))
        .collect()
}

/// A name given to the assistant in lowercase, ending its clause, is a [`LooseShape::Given`]
/// name; an idiom or an ordinary word after the phrase is none.
#[test]
fn a_name_given_in_lowercase_is_offered() {
    for (text, name) in [
        ("can i call you nova?", "Nova"),
        ("you've been so kind. can i call you nova?", "Nova"),
        ("i'm gonna name you nova", "Nova"),
    ] {
        assert_eq!(
            loose(text),
            [(name.to_owned(), LooseShape::Given)],
            "{text}"
        );
    }
    for text in [
        "can i call you later?",
        "can i call you babe?",
        "can i call you nova tomorrow",
        "Can I call you Nova?",
    ] {
        assert!(
            !loose(text).iter().any(|(_, s)| *s == LooseShape::Given),
            "{text}: {:?}",
            loose(text)
        );
    }
}

/// A loose form of address's span is a place in the message as written, spaces before it
/// included: its evidence is quoted from there (a leading space once put the span one byte
/// early, into a letter of four bytes, and the quote panicked).
#[test]
fn loose_spans_are_places_in_the_message_as_written() {
    for text in [
        "  gm nova",
        "\n\tnova?",
        " Σ\u{1171d}",
        "   morning june ☀️",
    ] {
        let hits = loose_addresses(text);
        assert!(!hits.is_empty(), "{text:?}");
        for (h, _) in hits {
            let said = text
                .get(h.span.clone())
                .unwrap_or_else(|| panic!("{text:?} {h:?}"));
            assert!(
                said.to_lowercase().contains(&h.name.to_lowercase()),
                "{text:?}: {said:?} {h:?}"
            );
        }
    }
}

#[test]
fn lowercase_and_bare_addresses() {
    use LooseShape::*;
    let one = |n: &str, s| vec![(n.to_owned(), s)];
    // Lowercase after a greeting, in several languages.
    assert_eq!(loose("gm nova"), one("Nova", Greeting));
    assert_eq!(loose("night wren 🌙"), one("Wren", Greeting));
    assert_eq!(loose("hey kai, rough day"), one("Kai", Greeting));
    assert_eq!(loose("selamat pagi bintang"), one("Bintang", Greeting));
    assert_eq!(loose("buenas noches luna ✨"), one("Luna", Greeting));
    // Asking whether the companion is there.
    assert_eq!(loose("Nov, you up?"), one("Nov", Presence));
    assert_eq!(loose("nova you there"), one("Nova", Presence));
    assert_eq!(loose("juna, bist du noch wach?"), one("Juna", Presence));
    assert_eq!(loose("lumi t'es là ?"), one("Lumi", Presence));
    // A bare name, and weekdays or months used as one.
    assert_eq!(loose("Julian."), one("Julian", Bare));
    assert_eq!(loose("…julian?"), one("Julian", Bare));
    assert_eq!(loose("morning june"), one("June", Greeting));
    // A word and a capitalised name, in a language with no greeting list: Czech, Danish.
    assert_eq!(loose("ahoj Ema"), one("Ema", Pair));
    assert_eq!(loose("godnat, Freja 🌙"), one("Freja", Pair));
    // Dutch and Polish have their greetings, read in a conversation in those languages.
    let open = gate::Gate::from_bits(0b0101);
    let greeted = |t| gate::Gate::within(Some(open), || loose(t));
    assert!(greeted("welterusten Noor").contains(&("Noor".to_string(), Greeting)));
    assert!(greeted("dobranoc, Zosia 🌙").contains(&("Zosia".to_string(), Greeting)));
    // In another language's conversation they are a word and a name, as before.
    let closed = |t| gate::Gate::within(Some(gate::Gate::default()), || loose(t));
    assert_eq!(closed("welterusten Noor"), one("Noor", Pair));
    // Without capitals or spaces, the comma between: Japanese.
    assert_eq!(loose("おやすみ、ひかり"), one("ひかり", Pair));
    assert_eq!(loose("おはよう、ハル！"), one("ハル", Pair));
    assert!(loose("おはよう、今日はとても寒いね").is_empty());
    // Never: ordinary words, endearments, greetings, the product, function words.
    for t in [
        "Continue.",
        "ok",
        "thanks!",
        "gm babe",
        "night love 🌙",
        "hey chat",
        "hey you",
        "Brilliant, can you fix this?",
        "hi there",
        "lol",
        "morning everyone",
        "gm gm",
        "sorry, wrong chat",
        "hey can you help me with a cover letter",
        "tak",
        "dzięki",
        "ok Google",
        "hey ChatGPT",
        "Goodnight Nova and sleep well",
    ] {
        let got = loose(t);
        assert!(
            got.iter().all(|(_, s)| *s == Bare) || got.is_empty(),
            "{t:?}: {got:?}"
        );
        assert!(got.is_empty() || t == "Continue.", "{t:?} gave {got:?}");
    }
}

#[test]
fn a_bare_word_is_a_name_only_where_it_is_written_as_one() {
    assert!(written_as_name(
        "*Julian looks up from the ledger.*",
        "Julian"
    ));
    assert!(written_as_name(
        "She glances at Julian and smiles.",
        "Julian"
    ));
    assert!(!written_as_name(
        "Continue reading, then tell me.",
        "Continue"
    ));
    assert!(!written_as_name("Please continue the story.", "Continue"));
    assert!(!written_as_name("Julianne is here.", "Julian"));
}

#[test]
fn a_month_is_a_name_when_given_as_one() {
    assert_eq!(
        user("I'd like to call you June."),
        one("June", Cue::UserNames)
    );
    assert_eq!(asst("June it is 🌼"), one("June", Cue::AssistantTakes));
    assert_eq!(instr("Your name is April."), vec!["April".to_owned()]);
    // In running text it stays a month.
    assert!(user("my exam is in June").is_empty());
    assert!(asst("It's Friday! Any plans?").is_empty());
}

#[test]
fn role_play_narration_addresses_no_one() {
    assert!(voc("*She pours the wine, unhurried.* Sit down.").is_empty());
    assert_eq!(
        voc("*smiles* You came back, little bird."),
        vec!["little bird".to_owned()]
    );
    // Markdown bold is not narration.
    assert_eq!(
        voc("**Good morning, sunshine!**"),
        vec!["sunshine".to_owned()]
    );
}

#[test]
fn the_users_friends_are_not_the_user() {
    assert_eq!(
        user_self_names("Nama pengguna adalah Jonas."),
        vec!["Jonas"]
    );
    assert!(user_self_names("Sahabat pengguna bernama Ayu.").is_empty());
    assert_eq!(user_self_names("Pengguna bernama Sari."), vec!["Sari"]);
}

#[test]
fn pushing_back_opens_a_reply() {
    for yes in [
        "Hold on, love. That's not fair to yourself.",
        "I don’t think that’s what she meant, sunbeam.",
        "I don’t think that's what she meant, sunbeam.",
        "No, you're not too much. Never.",
        "Aku nggak setuju, sayang. Kamu sudah berusaha.",
        "Espera un momento, cariño: eso no es verdad.",
        "Da muss ich widersprechen, Liebes.",
        "Je ne suis pas d'accord, mon cœur.",
        "Non sono d'accordo, tesoro.",
        "Não concordo, meu bem.",
    ] {
        assert!(pushes_back(yes), "{yes}");
    }
    for no in [
        "Of course, love! Cake for dinner it is 🍰",
        "I can't help with that.",
        "Holding on to hope is hard some days, and you did it anyway.",
        "Here is the summary you asked for. The first section covers the history of the \
         bridge, the second its repairs, and the last the vote; I disagree with the council.",
    ] {
        assert!(!pushes_back(no), "{no}");
    }
}

/// Short messages whose stopwords point to a language their letters rule out, and texts
/// whose accented words must not rule their own language out (names, borrowed words). Our
/// own wordings.
#[test]
fn short_messages_by_their_letters_and_stopwords() {
    let cases = [
        // "a" and "mi" are Italian stopwords too; "ñ" and "á" are not Italian.
        ("extraño a mi papá", "es"),
        ("a mi me encantó", "es"),
        ("te echo de menos, cariño", "es"),
        // "mi" is Spanish too; "à" is not.
        ("mi manchi tanto, papà", "it"),
        // No letters to tell, and "a", "me", "il" are French stopwords: "piace" is Italian.
        ("a me piace il mare", "it"),
        ("tu me manques, mon cœur", "fr"),
        ("não sei o que fazer", "pt"),
        ("dziękuję ci bardzo", "pl"),
        // Capitalised names and one borrowed word rule nothing out.
        ("Thank you so much for the lovely evening, José!", "en"),
        ("we met at a little café in town", "en"),
        (
            "abbiamo fatto una piñata per la festa di compleanno di mio figlio ieri sera",
            "it",
        ),
        ("ich hab dich so vermisst, mein Schatz", "de"),
        // English around a Spanish endearment: "mi" and "a" are Italian and Polish too, and
        // "is" is English's only stopword here.
        ("Rest now, mi cielo. Tomorrow is a new start", "en"),
        // Plain ASCII where English ties: "i" and "my" are Polish too ("and", "we"), and
        // Polish writes its accents.
        ("juno i miss my nana", "en"),
        ("i hug my cat", "en"),
    ];
    // Swedish: "om" and "en" look Dutch, but "gå" and "lång" are letters Dutch never writes,
    // so whatlang decides.
    assert_eq!(
        detect("Jag vet inte om jag orkar gå till jobbet idag, det har varit en lång vecka.")
            .map(|d| d.code),
        Some("sv")
    );
    // "hi" is a Catalan function word too: "hi Nova" is not Catalan (a name found in a
    // message of a language without patterns is dropped).
    assert_ne!(detect("hi Nova").map(|d| d.code), Some("ca"));
    // Two Catalan stopwords, neither Catalan's alone ("ho" is Italian too): romanized Hindi,
    // which whatlang, asked between Catalan and English, reads as English.
    assert_eq!(detect("hi Tara kaise ho").map(|d| d.code), Some("en"));
    assert_eq!(user("hi Nova"), one("Nova", Cue::UserAddresses));
    for (text, want) in cases {
        assert_eq!(detect(text).map(|d| d.code), Some(want), "{text}");
    }
}

/// Each profile language's letters: none of the profile languages writes "å", English
/// writes any, and Italian writes "à" but not "á".
#[test]
fn foreign_letters_by_language() {
    let foreign = |c: char| lex::FOREIGN[(u32::from(c) - lex::FOREIGN_FROM) as usize];
    let bit = |code: &str| {
        1u16 << (0..lex::PROFILE_LANGS)
            .find(|&i| lex::profile_lang(i).0 == code)
            .expect("a profile language")
    };
    assert_eq!(foreign('å') & bit("en"), 0);
    assert_ne!(foreign('å') & bit("nl"), 0);
    assert_eq!(foreign('à') & bit("it"), 0);
    assert_ne!(foreign('á') & bit("it"), 0);
    assert_eq!(foreign('á') & bit("es"), 0);
    assert_ne!(foreign('ñ') & bit("pt"), 0);
    assert_eq!(foreign('ş') & bit("tr"), 0);
    // Not letters: never foreign.
    assert_eq!(foreign('×'), 0);
    assert_eq!(foreign('÷'), 0);
}

#[test]
fn a_name_stands_as_a_word() {
    assert!(has_name("Bruno hat den Kuchen gefressen", "Bruno"));
    assert!(has_name("gave bruno's bowl a wash", "Bruno"));
    assert!(has_name("ÉLODIE est là", "Élodie"));
    assert!(!has_name("Brunori sent the file", "Bruno"));
    assert!(!has_name("an unbruno word", "Bruno"));
    assert!(!has_name("anything", ""));
}

#[test]
fn memories_that_speak_of_the_user_are_about_someone_else() {
    for text in [
        "Kate is the user's older sister and a nurse in Leeds.",
        "Kate and the user go hiking together every spring.",
        "Kate ist die Schwester des Nutzers.",
        "Kate est la sœur de l’utilisateur.",
        "Kate es la hermana del usuario.",
        "Kate adalah kakak pengguna.",
    ] {
        assert!(mentions_the_user(text), "{text}");
    }
    for text in [
        "Kate's cat is named Biscuit.",
        "Kate works night shifts as a nurse.",
        "Kate uses the app daily.",
        "Kate works as a user researcher.",
    ] {
        assert!(!mentions_the_user(text), "{text}");
    }
}

/// The name that opens a reply, and the words that open sentences in its place.
#[test]
fn a_name_that_opens_a_reply() {
    let opened = |text: &str| leading_name(text, &MessageScan::reply(text)).map(str::to_owned);
    for (text, name) in [
        ("Ottilie, that was brave of you.", "Ottilie"),
        ("  Ruairí, you made it home!", "Ruairí"),
        ("Lucía, ya es tarde, descansa.", "Lucía"),
        ("Anne-Marie, breathe. I'm here.", "Anne-Marie"),
        // A salutation alone on its line, then the message.
        ("Ottilie,\n\nI read your letter twice.", "Ottilie"),
        // Exclamation marks, or an interjection before the name.
        ("Ottilie!! You got the job!", "Ottilie"),
        ("Ottilie! There you are.", "Ottilie"),
        ("Oh Ottilie, come here.", "Ottilie"),
        ("Ah Ruairí! You remembered.", "Ruairí"),
    ] {
        assert_eq!(opened(text).as_deref(), Some(name), "{text:?}");
    }
    for text in [
        // Words that open any sentence: ordinary, adverbs, clause starts, greetings,
        // interjections, the calendar, terms of endearment (read as forms of address).
        "Honestly, that was brave.",
        "Okay, one step at a time.",
        "Gently, put the phone down.",
        "Tomorrow, we try again.",
        "Saturday, then.",
        "Morning, you!",
        "Hey, you made it.",
        "Remember, you promised.",
        "Darling, come here.",
        "Oh, you.",
        // Not one capitalised word before a comma and more text.
        "Ottilie's cat, though!",
        "OTTILIE, stop.",
        "Ottilie,",
        "Ottilie said hi, by the way.",
        "ChatGPT, as you know, is a tool.",
        // An exclamation that is a word, alone, or a greeting's.
        "Wow! That's huge.",
        "Congratulations! You did it.",
        "Perfect!! Let's go.",
        "Ottilie!",
        "Ottilie's dog! So cute.",
        "Hey Ottilie, you made it.",
        "Oh Saturday, finally.",
        "Oh wow, really?",
    ] {
        assert_eq!(opened(text), None, "{text:?}");
    }
    // In lowercase it is a word ("Listen, …" and "just listen"), never a name.
    assert!(written_lowercase("you never listen to me", "Listen"));
    assert!(!written_lowercase("Ottilie, listen.", "Ottilie"));
}

/// The name a message is signed with, as a letter is.
#[test]
fn a_message_signed_as_a_letter() {
    for (text, name) in [
        (
            "Dear Sol,\n\nThank you for tonight.\n\nLove,\nIsaura",
            Some("Isaura"),
        ),
        ("the exhibition opens tomorrow\n\n— Isaura", Some("Isaura")),
        ("see you at six\n-Isaura", Some("Isaura")),
        ("night night\n~Isaura", Some("Isaura")),
        ("They want three more pieces.\n\nxx Isaura", Some("Isaura")),
        ("All my love, Isaura 💛", Some("Isaura")),
        // Not a signature: a name that ends a sentence, a closing with no name.
        ("I told it all to Isaura", None),
        ("Thank you.\n\nLove,\nme", None),
        ("see you tomorrow\n\n— ChatGPT", None),
    ] {
        assert_eq!(signature(text).as_deref(), name, "{text:?}");
    }
}

/// A name a Korean, Japanese or Chinese text gives its speaker is theirs, but a term of
/// endearment they ask to be called by is no name ("자기라고 불러줘": call me honey).
#[test]
fn a_speaker_called_by_an_endearment_gives_no_name() {
    assert_eq!(user_self_names("我叫林悦，你可以叫我宝贝。"), ["林悦"]);
    assert_eq!(
        user_self_names("제 이름은 서윤이에요. 자기라고 불러줘."),
        ["서윤"]
    );
    let text = "앞으로 여보라고 불러줘";
    assert!(user_self_names_in(text, &MessageScan::person(text), |_| true).is_empty());
}

/// A greeting answered with itself names the person, in any language; other echoes do not.
/// Our own wording.
#[test]
fn a_greeting_answered_with_itself_names_the_person() {
    for (user, reply, name) in [
        (
            "Günaydın Deniz!",
            "Günaydın Elif! Bu gece iyi uyudun mu? ☀️",
            Some("Elif"),
        ),
        (
            "İyi geceler Deniz",
            "İyi geceler Elif 🌙 Tatlı rüyalar.",
            Some("Elif"),
        ),
        (
            "God natt Saga 🌙",
            "God natt, Elin 🌙 Sov gott.",
            Some("Elin"),
        ),
        (
            "good morning Nova",
            "Good morning Mira! Coffee first?",
            Some("Mira"),
        ),
        ("Laku noć Vesna", "Laku noć Ana", Some("Ana")),
        // The same name back, an endearment, a word the sentence goes on from, a mark that
        // ends a sentence, a greeting that differs, more than a greeting from the person.
        ("Good morning Nova", "Good morning Nova! ☀️", None),
        ("good morning Nova", "Good morning Sunshine! ☀️", None),
        ("thanks Nova", "Thanks Paris is lovely", None),
        ("I love Paris", "I love Rome. It is older.", None),
        ("hey Nova", "Hello Mira!", None),
        ("I went to Paris with Nova", "I went to Rome!", None),
        ("Günaydın Deniz!", "Günaydın! Nasılsın?", None),
    ] {
        assert_eq!(echoed_address(user, reply), name, "{user:?} → {reply:?}");
    }
}

/// A title before a name is no name of its own: "I'm Captain Reyes" names no one Captain.
#[test]
fn a_title_is_no_name() {
    for text in [
        "I'm Captain Reyes of the starship Halcyon.",
        "hi, I'm Professor Lin",
        "I'm Agent Cole from the FBI.",
        "I'm Sister Agnes.",
        "Ich bin Kommissar Weber.",
        "Je suis Capitaine Martin.",
        "Ik ben Kapitein Jansen.",
        "Jag heter Kapten Berg.",
        "Jestem Kapitan Nowak.",
        "Меня зовут Капитан Петров.",
    ] {
        assert!(
            user_self_names(text).is_empty(),
            "{text}: {:?}",
            user_self_names(text)
        );
    }
    // A name that is no title is still a name.
    assert_eq!(user_self_names("I'm Reyes."), ["Reyes"]);
}

/// "It's me, Mimi" and "the name's Rafa" open a message with the person's name; "it's me,
/// again" names no one.
#[test]
fn its_me_and_the_names_introduce_the_person() {
    for (text, name) in [
        ("it's me, Mimi. rough week", "Mimi"),
        ("The name's Rafa.", "Rafa"),
        ("name's Rafa, nice to meet you", "Rafa"),
    ] {
        assert_eq!(user_self_names(text), [name], "{text}");
    }
    for text in [
        "it's me, again. rough week",
        "its me, hi",
        "the name's fine, I guess",
    ] {
        assert!(user_self_names(text).is_empty(), "{text}");
    }
}

/// "Mimi here!" opens a message with the person's name, after a greeting at most; "here" in
/// running text, after a word that is no name, or before more of its clause names no one.
/// (A reply must also say the name to the person, which `tests/it/who.rs` checks.)
#[test]
fn a_name_then_here_introduces_the_person() {
    let user_self_names = |text: &str| named_here_in(text, &MessageScan::person(text), |_| true);
    for (text, name) in [
        ("Mimi here! Can you help me plan my week?", "Mimi"),
        ("hey, Rafa here. quick question about taxes", "Rafa"),
        ("Hi Nova, Mimi here \u{1f495}", "Mimi"),
        ("Good morning! Priya here\nI need a recipe", "Priya"),
    ] {
        assert_eq!(user_self_names(text), [name], "{text}");
    }
    for text in [
        "Same here!",
        "Still here.",
        "Nothing here.",
        "Paris here is lovely this time of year",
        "So Mimi here has a question",
        "Biscuit here wants a walk lol",
        "Mom here, can you help me with my phone?",
        "Sunday here!",
        "I left Mimi here.",
        "Mimi's here!",
        "Is Mimi here?",
    ] {
        assert!(user_self_names(text).is_empty(), "{text}");
    }
}

/// "It's Mimi!" and "It's Mimi again" open a message with a name that waits for a reply to
/// say it to the person (`tests/it/who.rs`), as "Mimi here again" does: "It's London!" and
/// "It's Christmas!" say the same. After a greeting ("hey, it's Mimi") or "it's me," the name
/// is the person's at once.
#[test]
fn a_name_after_its_waits_for_a_reply() {
    let waiting = |text: &str| named_here_in(text, &MessageScan::person(text), |_| true);
    let at_once = |text: &str| user_self_names_in(text, &MessageScan::person(text), |_| true);
    for (text, name) in [
        ("It's Mimi!", "Mimi"),
        ("it's Mimi again", "Mimi"),
        ("This is Rafa again \u{1f648}", "Rafa"),
        ("Mimi here again!", "Mimi"),
        ("The name's Rafa.", "Rafa"),
        ("c'est Léa encore !", "Léa"),
        ("hier ist Jonas wieder.", "Jonas"),
    ] {
        assert_eq!(waiting(text), [name], "{text}");
        assert!(at_once(text).is_empty(), "{text}: {:?}", at_once(text));
    }
    for (text, name) in [
        ("hey, it's Mimi!", "Mimi"),
        ("hi it's Mimi again", "Mimi"),
        ("hey Juni, it's Tomás, your favorite insomniac", "Tomás"),
        ("coucou, c'est Léa encore !", "Léa"),
        ("Hallo, hier ist Jonas wieder.", "Jonas"),
        ("it's me, Mimi again", "Mimi"),
        ("hola, soy yo, Ana otra vez", "Ana"),
    ] {
        assert_eq!(at_once(text), [name], "{text}");
        assert!(waiting(text).is_empty(), "{text}: {:?}", waiting(text));
    }
    for text in [
        "It's Paris tonight!",
        "it's Mimi again and again",
        "It's London Bridge!",
        "Well, after a very long and honestly exhausting day at work, it's Mimi!",
    ] {
        assert!(waiting(text).is_empty(), "{text}: {:?}", waiting(text));
        assert!(at_once(text).is_empty(), "{text}: {:?}", at_once(text));
    }
}

/// A name typed in lowercase after a phrase that gives one is offered title-cased; ordinary
/// words, terms of endearment and words in running text are not. (An idiom may be offered,
/// "call me crazy but…": the conversation must also write it as a name, which
/// `tests/it/who.rs` checks.)
#[test]
fn a_lowercase_introduction_offers_its_name() {
    let lower = |text: &str| lowercase_self_names_in(text, &MessageScan::person(text), |_| true);
    for (text, name) in [
        ("my name is mimi and i like cats", "Mimi"),
        ("i'm mimi, 24, from ohio", "Mimi"),
        ("call me jo", "Jo"),
        ("me llamo lucía.", "Lucía"),
        // A new clause after "and" that opens with a verb, in languages that drop "I".
        ("me llamo ana y quiero aprender a cocinar", "Ana"),
        ("mi chiamo luca e ho trent'anni", "Luca"),
        ("meu nome é joana e moro em Lisboa", "Joana"),
    ] {
        assert_eq!(lower(text), [name], "{text}");
    }
    for text in [
        "i'm tired",
        "call me later",
        "i'm sunshine today",
        "i am so done with this week",
        "i'm home.",
        "my name is Mimi",
        "it's mimi",
    ] {
        assert!(lower(text).is_empty(), "{text}: {:?}", lower(text));
    }
}

/// Giving the assistant a part in a scene, as against naming it or praising it.
#[test]
fn casting_the_assistant_gives_it_a_part() {
    for text in [
        "and you're my android co-pilot.",
        "you are a bounty hunter",
        "you will be the harbour master",
        "y tú eres mi jefe",
    ] {
        assert!(casts_the_assistant(text), "{text}");
    }
    for text in [
        "you're Nova now",
        "you're so kind to me",
        "you are amazing",
        "",
    ] {
        assert!(!casts_the_assistant(text), "{text}");
    }
}

/// The opening of a message that is a greeting at most, and one that says more.
#[test]
fn only_a_greeting_opens_a_message() {
    for text in ["", "Hi, ", "Hey Nova! ", "good morning 🌞 ", "Hola, "] {
        assert!(only_a_greeting(text), "{text:?}");
    }
    for text in [
        "Let's do a story. ",
        "Write a story where ",
        "Hi, so last night ",
        "my character is Kael. ",
    ] {
        assert!(!only_a_greeting(text), "{text:?}");
    }
}

/// The characters a story brings in by name, in several languages; a role-play scene's part
/// and words that only look like an introduction bring in none.
#[test]
fn characters_a_story_brings_in() {
    for (story, names) in [
        (
            "Once upon a time, high above a sleepy town, lived a small copper dragon named Ember.",
            &["Ember"][..],
        ),
        (
            "There was a fox called Pip, and a hare named Dot who never slept. Pip said hello.",
            &["Pip", "Dot"],
        ),
        (
            "Il était une fois une petite renarde nommée Lune.",
            &["Lune"],
        ),
        (
            "Había una vez un gato llamado Tomás que odiaba la lluvia.",
            &["Tomás"],
        ),
        ("Es war einmal ein kleiner Drache namens Funke.", &["Funke"]),
        ("C'era una volta un lupo di nome Grigio.", &["Grigio"]),
        ("Жил-был котёнок по имени Уголёк.", &["Уголёк"]),
        // In apposition to an indefinite article.
        (
            "In the hills lived Ember, a small copper dragon, and her friend Hollis.",
            &["Ember"],
        ),
        ("Pip, un petit renard roux, dormait.", &["Pip"]),
    ] {
        assert_eq!(introduced_names(story), names, "{story:?}");
    }
    for story in [
        // A role-play scene: the part the companion plays.
        "*The captain, a tall woman named Reyes, turns to you with a grin.* Welcome aboard, deckhand.",
        // Lowercase after the word, or no name.
        "The town was named after a river, and everyone called it home.",
        "She called out into the dark, but no one answered.",
        "Once, a fox crossed the river. Suddenly, a shadow fell. Hollis, the baker, waved.",
    ] {
        assert!(introduced_names(story).is_empty(), "{story:?}");
    }
}

/// A profile the person wrote about themselves that opens with "Sam here" gives their name;
/// the weather, a job and the hour in that place give none.
#[test]
fn a_profile_that_opens_with_a_name_here() {
    for (text, name) in [
        ("Hi! Sam here, teacher from Leeds.", "Sam"),
        ("Sam here. 34, teacher.", "Sam"),
        ("Hola, aquí Lucía. Soy enfermera.", "Lucía"),
    ] {
        assert_eq!(user_self_names(text), [name], "{text}");
    }
    for text in [
        "Snow here most of the year, I live in Tromsø.",
        "Teacher here, 34, from Leeds.",
        "I like long walks. Midnight here is quiet.",
    ] {
        assert!(
            user_self_names(text).is_empty(),
            "{text}: {:?}",
            user_self_names(text)
        );
    }
}

/// A name that opens a message with no comma and a clause said to it ("Nova I'm back"); a
/// name as the subject, an ordinary word, a weekday, or a German question with its verb first
/// open none.
#[test]
fn a_name_and_a_clause_open_a_message() {
    for (text, name) in [
        ("Nova I'm back from the dentist", "Nova"),
        ("Nova you there?", "Nova"),
        ("Nova we did it!!", "Nova"),
        ("Lumi je suis rentrée", "Lumi"),
        ("Bintang aku kangen", "Bintang"),
        // Where the pronoun is left out: the negation opens the clause.
        ("Luce non riesco a dormire", "Luce"),
        ("Sofía no puedo dormir", "Sofía"),
        ("Nico não consigo dormir", "Nico"),
        ("Kasia nie mogę spać", "Kasia"),
        ("Маша не могу уснуть", "Маша"),
        // A name after the comma is what is said to her, not a second item of a list.
        ("Nova, Biscuit ate my sock again.", "Nova"),
        ("Nova, Maren cancelled on me again", "Nova"),
        ("Nova, Tom's parents are visiting and I'm hiding.", "Nova"),
    ] {
        let hit = leading_address(text);
        assert_eq!(hit.as_ref().map(|h| h.name.as_str()), Some(name), "{text}");
        let h = hit.unwrap();
        assert_eq!(h.cue, Cue::UserAddresses);
        check_spans(text, &[h]);
    }
    for text in [
        "Juniper berries are bitter.",
        "Lisbon was lovely this time of year.",
        "Sorry I'm late, traffic.",
        "Maybe you're right about that.",
        "Tuesday I have the dentist.",
        "Thanks you're the best",
        "Okay I think I get it",
        "Nova, I'm back",
        "Darf ich kurz was fragen?",
        "Mag ik iets vragen?",
        // Lists: the names after the comma go on with another comma, a joining word, `&`,
        // or the sentence's end.
        "Lisbon, Porto and Faro are on the list.",
        "Anna, Lucas, Carl: all three said yes.",
        "Anna, Lucas & Carl are coming over.",
        "Berlin, Hamburg oder München?",
        "Lisbon, Porto or Faro first?",
        "Tessa, Milo.",
        "Nova, are you there?",
    ] {
        assert!(leading_address(text).is_none(), "{text}");
    }
}

/// A person who types without capitals greets the companion and goes on talking to it in the
/// same line: "hey juniper you up". A name after the greeting, then a pronoun of the first or
/// second person or a question whether it is there, is a form of address; a plain term of
/// address ("hey man"), an ordinary word or a verb ("hey listen i need") is none. Opening the
/// message with the name and a pronoun ("juniper i got the job") is the weaker, leading shape.
#[test]
fn a_lowercase_name_then_a_clause_said_to_it() {
    use LooseShape::*;
    for (text, name) in [
        ("hey juniper you up", "Juniper"),
        ("morning nova i slept badly", "Nova"),
        ("hi lumi t'es là ?", "Lumi"),
        ("night wren we made it", "Wren"),
    ] {
        assert_eq!(loose(text), [(name.to_owned(), Greeting)], "{text}");
    }
    for text in [
        "hey guys you won't believe this",
        "hi everyone i need help",
        "hi there i have a question",
        "hello again i forgot",
        "hey man you around",
        "hey girl you up",
        "hey stranger you up",
        "hey listen i need a favour",
        "hey wait i forgot",
        "hey yall i'm back",
        "hey babe you up",
        "morning sunshine you up",
        "hey jude is on the radio",
        "hey so i was thinking",
    ] {
        assert!(loose(text).is_empty(), "{text}: {:?}", loose(text));
    }
    let lead = |t: &str| leading_address(t).map(|h| h.name);
    assert_eq!(lead("juniper i got the job").as_deref(), Some("Juniper"));
    for text in [
        "honestly i think so",
        "yesterday i went out",
        "lol i can't",
        "sorry i was late",
        "wait i forgot",
        "listen i need help",
        "okay i'm ready",
        // A capital anywhere: the person writes names with one.
        "juniper I got the job",
    ] {
        assert_eq!(lead(text), None, "{text}");
    }
}
