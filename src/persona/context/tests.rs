//! Each region kind and each ask, in wordings of our own, in several languages.

use super::*;

fn kinds(regions: &[Region]) -> Vec<Kind> {
    regions.iter().map(|r| r.kind).collect()
}

#[test]
fn shortcuts_agree_with_the_plain_reading() {
    // Salutation and closing lines: the early outs for long lines change nothing.
    let long = "Subject: ".to_string() + &"word ".repeat(200);
    for line in [
        "Subject: rent",
        "SUBJECT: the rent, again and again and again and again and again",
        "Betreff: Heizung",
        "asunto: la calefacción no funciona desde el lunes por la mañana",
        "Hi Mark,",
        "Dear Ms. Okafor:",
        "Hello there my old friend how are you,",
        "\u{212A}elvin,",
        "Σubject: no",
        long.as_str(),
        &"word ".repeat(200),
    ] {
        let lower = line.trim().to_lowercase();
        let subject = ["subject:", "betreff:", "asunto:"]
            .iter()
            .any(|s| lower.starts_with(s));
        assert_eq!(is_subject_line(line.trim()), subject, "{line}");
    }
    for line in [
        "Thanks,",
        "Mit freundlichen Grüßen",
        "MIT FREUNDLICHEN GRÜSSEN",
        "Love,",
        &"thanks ".repeat(50),
    ] {
        let t = line.trim().trim_end_matches([',', '!', '.']).to_lowercase();
        assert_eq!(
            closing_line(line).is_some(),
            CLOSINGS.contains(&t.as_str()),
            "{line}"
        );
    }
    // Sentence ends: after each terminator, and at the end of the line.
    for line in [
        "",
        "a",
        "a.",
        "a, b. c",
        "x:y;z!",
        "…é, ü. ß",
        "one... two?!",
    ] {
        let mut plain = Vec::new();
        for (i, c) in line.char_indices() {
            if matches!(c, '.' | '!' | '?' | ';' | ':') || i + c.len_utf8() == line.len() {
                plain.push(i + c.len_utf8());
            }
        }
        assert_eq!(sentence_ends(line).collect::<Vec<_>>(), plain, "{line:?}");
    }
}

#[test]
fn asks_for_drafts_in_every_language() {
    for text in [
        "Could you draft an email to my boss saying I'll be late on Thursday?",
        "help me write a text to my neighbour about the parcel",
        "pls write a birthday message for my brother, he's turning 30",
        "What should I reply? She wrote: 'are we still on for Friday?'",
        "Tolong tuliskan pesan untuk dosen saya, saya izin tidak masuk",
        "Escríbeme un mensaje para mi casero, la calefacción no funciona",
        "Escreva uma mensagem para a minha chefe dizendo que estou doente",
        "Schreib bitte eine Nachricht an meinen Vermieter wegen der Heizung",
        "Rédige une lettre pour ma propriétaire, le chauffage est en panne",
        "Scrivi un messaggio per il mio padrone di casa, il riscaldamento è rotto",
        // Korean, Japanese and Chinese, with no spaces in the last two: a phrase stands
        // anywhere in them.
        "팀장님께 보낼 메일 좀 써줘, 내일 늦는다고",
        "언니야 내일 시간 돼? 라고 보내려는데 어색해?",
        "大家さんにエアコンの修理をお願いするメールを書いて",
        "ゆきちゃん、久しぶり！って友達に送りたいんだけど自然？",
        "帮我写一条消息给房东，说暖气坏了",
        "这样说可以吗：王姐，明天我请假一天",
    ] {
        assert_eq!(ask(text), Ask::Draft, "{text}");
    }
}

/// Korean, Japanese and Chinese asks for the other kinds; a message that only talks asks
/// for nothing.
#[test]
fn asks_in_korean_japanese_and_chinese() {
    assert_eq!(ask("자기 전에 듣는 동화 하나 들려줘"), Ask::Story);
    assert_eq!(ask("この文を英語に翻訳して"), Ask::Translation);
    assert_eq!(ask("给我一个番茄炒蛋的做法"), Ask::Task);
    assert_eq!(ask("講個故事給我聽"), Ask::Story);
    for text in ["잘 자 하루야", "今日は疲れたよ、ひかり", "晚安，星星"] {
        assert_eq!(ask(text), Ask::Talk, "{text}");
    }
}

#[test]
fn asks_for_stories_translations_and_tasks() {
    assert_eq!(
        ask("Tell me a bedtime story about a fox who lost her lantern"),
        Ask::Story
    );
    assert_eq!(ask("let's roleplay: you are a pirate captain"), Ask::Story);
    assert_eq!(
        ask("Erzähl mir eine Geschichte über einen Drachen"),
        Ask::Story
    );
    assert_eq!(
        ask("How do you say 'I miss you' in Korean? Translate it"),
        Ask::Translation
    );
    assert_eq!(
        ask("Terjemahkan kalimat ini ke bahasa Inggris"),
        Ask::Translation
    );
    assert_eq!(
        ask("why does my rust code panic with index out of bounds"),
        Ask::Task
    );
    assert_eq!(
        ask("Give me a recipe for banana bread without eggs"),
        Ask::Task
    );
}

/// A work asked for with words between the verb and the work ("a short poem", "ein kleines
/// Gedicht"), in our own wordings; a work's name inside another word is not one ("content",
/// "storage").
#[test]
fn asks_for_works_with_words_between() {
    for text in [
        "write a short poem for my girlfriend Lena for our anniversary",
        "could you write me a silly little song about my cat",
        "Escríbeme un poema corto para mi madre",
        "Schreib mir ein kleines Gedicht für meine Oma",
        "écris un petit poème pour ma sœur",
        "scrivi una breve poesia per mio padre",
        "Escreva um poema curto para o meu pai",
        "tuliskan puisi pendek untuk ibuku",
    ] {
        assert_eq!(ask(text), Ask::Story, "{text}");
    }
    for text in [
        "write the content for my bakery's about page",
        "write the contents of the storage boxes as a list",
    ] {
        assert_ne!(ask(text), Ask::Story, "{text}");
    }
}

#[test]
fn talk_is_not_a_request() {
    for text in [
        "i had the weirdest dream about you",
        "couldn't sleep again tonight",
        "¿Cómo estás hoy?",
        "aku kangen kamu",
        "Ich vermisse dich ein bisschen",
        "ceritain hari kamu dong",
        "I told my sister about us and she laughed",
    ] {
        assert_eq!(ask(text), Ask::Talk, "{text}");
    }
}

#[test]
fn a_drafted_letter_is_not_speech_even_without_the_request() {
    let reply = "Here's something you could send:\n\nDear Mr. Halloran,\n\nThe kitchen tap has been \
                 dripping since Sunday. Could you send someone round this week?\n\nKind regards,\nPriya";
    let regions = reply_regions(reply, Ask::Talk);
    assert!(kinds(&regions).contains(&Kind::Draft), "{regions:?}");
    let said = speech(reply, &regions);
    assert!(
        !said.contains("Halloran") && !said.contains("Priya"),
        "{said}"
    );
    assert!(said.contains("Here's something you could send"), "{said}");
}

#[test]
fn a_reply_to_a_draft_request_is_all_draft() {
    let reply = "Hey Tomasz! Yes, count me in for the barbecue. I'll bring the salad 😊";
    let said = speech(reply, &reply_regions(reply, Ask::Draft));
    assert!(said.is_empty(), "{said}");
    let story =
        "I am Corvin, keeper of the lighthouse, and tonight, little wanderer, the sea is calm.";
    assert!(speech(story, &reply_regions(story, Ask::Story)).is_empty());
}

#[test]
fn a_companion_signing_with_love_is_still_speech() {
    let reply = "Sleep well, my heart. I'll be right here in the morning.\nLove,\nWren";
    let regions = reply_regions(reply, Ask::Talk);
    assert!(!kinds(&regions).contains(&Kind::Draft), "{regions:?}");
    assert_eq!(speech(reply, &regions), reply);
}

#[test]
fn ingredient_runs_and_bullets_are_lists() {
    let reply = "Easy one: shallots, garlic, cumin, two carrots, red lentils, a lemon. Simmer for 20 minutes.";
    let regions = reply_regions(reply, Ask::Talk);
    assert!(kinds(&regions).contains(&Kind::List), "{regions:?}");
    let said = speech(reply, &regions);
    assert!(!said.contains("cumin"), "{said}");
    assert!(said.contains("Simmer"), "{said}");

    let bullets = "You could pack:\n- sunscreen\n- a paperback\n- snacks for the train";
    let said = speech(bullets, &reply_regions(bullets, Ask::Talk));
    assert!(!said.contains("paperback"), "{said}");

    // Commas in ordinary speech are not a list.
    let talk = "Come here, sunshine, and tell me everything.";
    assert_eq!(speech(talk, &reply_regions(talk, Ask::Talk)), talk);
}

#[test]
fn code_is_not_speech() {
    let reply = "Try this:\n```python\nname = 'Rosalind'\nprint(f'hi {name}')\n```\nand `user = Dorian` inline.";
    let said = speech(reply, &reply_regions(reply, Ask::Task));
    assert!(
        !said.contains("Rosalind") && !said.contains("Dorian"),
        "{said}"
    );
    // An unclosed fence runs to the end.
    let cut = "See:\n```\nHi Bartholomew";
    assert!(!speech(cut, &reply_regions(cut, Ask::Task)).contains("Bartholomew"));
}

/// Code pasted without a fence is cut from speech, with the indented lines and brackets
/// that follow a line of code, though they would not read as code alone. Our own wording.
#[test]
fn code_pasted_without_a_fence_is_not_speech() {
    let msg = "def greet():\n    return 'Imogen'\n\nwhy does it print nothing";
    let said = speech(msg, &user_regions(msg));
    assert!(!said.contains("Imogen"), "{said}");
    assert!(said.contains("why does it print nothing"), "{said}");

    let msg = "function hi(who) {\n  shout(who)\n} else {\n  Otto\n}\nit says Otto is undefined";
    let said = speech(msg, &user_regions(msg));
    assert_eq!(said, "it says Otto is undefined");

    // A line after prose is no continuation, however it is indented.
    let msg = "good morning\n  Wren, I missed you";
    assert_eq!(speech(msg, &user_regions(msg)), msg);
}

#[test]
fn quoted_and_pasted_text_in_a_message_is_someone_else_s() {
    let msg = "my friend sent me \"Hey Juniper, are you free on Sunday?\" what do you think?";
    let said = speech(msg, &user_regions(msg));
    assert!(!said.contains("Juniper"), "{said}");
    assert!(said.contains("what do you think"), "{said}");

    let msg = "Alexa keeps hearing 'Alexa, turn off the lights' as lights on, why";
    assert!(!speech(msg, &user_regions(msg)).contains("turn off"));

    let pasted = format!(
        "can you summarise this post for me:\n\n{}",
        "Marguerite wrote that the community garden will close for the winter and that \
         volunteers should collect their tools from the shed before the end of the month, \
         and that the seed swap moves to the library on Saturdays."
    );
    let said = speech(&pasted, &user_regions(&pasted));
    assert!(!said.contains("Marguerite"), "{said}");

    let quoted = "> Dear Ilse, thank you for the flowers\nshe wrote that to me, isn't it sweet";
    assert!(!speech(quoted, &user_regions(quoted)).contains("Ilse"));

    // Apostrophes inside words open no quote.
    let talk = "I don't know, it's been a long day and I can't stop thinking";
    assert_eq!(speech(talk, &user_regions(talk)), talk);
}

#[test]
fn a_pasted_chat_log_is_someone_else_s() {
    for log in [
        "Here's how my old app talked, can you learn from it?\n\nSam: Good morning, Kit! Did you dream of me?\nKit: maybe :)\nSam: Goodnight Kit, sweet dreams.",
        "Another log:\nSam: Hey Kit! How was work?\nKit: long",
        "help me answer\n[10:42] Kenji: Ilse you in?\n[10:43] Mara Lind: yes!! bring snacks",
        "what do they mean\n21:07 Tante Ros: Kit, call your mother\n21:09 Ma: Kit??",
    ] {
        let said = speech(log, &user_regions(log));
        assert!(
            !said.contains("Kit") && !said.contains("Ilse"),
            "{log:?} → {said:?}"
        );
    }
    // One line with a colon is the person's own ("Update: …"), and so is a time of day.
    all_speech(&[
        "Update: I got the job, Nova!",
        "Nova, the train is at 10:42: I'll be late\nsorry, love",
        "Quick one\nNova: are you there?",
    ]);
}

/// Each message of the person is all their own speech.
#[track_caller]
fn all_speech(talks: &[&str]) {
    for &talk in talks {
        assert_eq!(speech(talk, &user_regions(talk)), talk, "{talk:?}");
    }
}

#[test]
fn a_forwarded_mail_is_someone_else_s() {
    for (mail, theirs) in [
        (
            "Look what he sent me:\n\n---------- Forwarded message ---------\nFrom: Greg\nDana, the deck by Monday.",
            "Dana",
        ),
        (
            "Nova, read this\n-----Original Message-----\nKit, call me back.",
            "Kit",
        ),
        (
            "Tu vois ?\n-------- Message transféré --------\nLéa, rappelle-moi.",
            "Léa",
        ),
    ] {
        let said = speech(mail, &user_regions(mail));
        assert!(!said.contains(theirs), "{mail:?} → {said:?}");
        assert!(
            !said.is_empty(),
            "{mail:?}: what comes before is the person's"
        );
    }
    // A rule, a story's part heading, a line of dashes and figures: the person's own.
    all_speech(&[
        "Nova, look\n-----\nsee you tonight, Kit",
        "--- Part Two ---\nKit walked home.",
        "totals\n----- 2024 -----\nKit owes me 20",
    ]);
}

#[test]
fn conversations_with_the_companion_and_tasks() {
    // Named, greeted with endearments, a goodnight: the companion.
    let close = Signals {
        named_by_user: true,
        endearments: 3,
        addresses: 3,
        ritual: true,
        replies: 4,
        user_messages: 4,
        emoji_replies: 3,
        ..Signals::default()
    };
    assert_eq!(classify(&close), ConversationKind::Companion);
    // Warm, but only requests and documents back: a task.
    let task = Signals {
        addresses: 1,
        asks: 3,
        user_messages: 3,
        replies: 3,
        produced: 3,
        ..Signals::default()
    };
    assert_eq!(classify(&task), ConversationKind::Task);
    // Nothing at all: a task, never a guess.
    assert_eq!(classify(&Signals::default()), ConversationKind::Task);
    // A one-off question answered "Good luck, my friend!": a task.
    let one_off = Signals {
        plain_endearments: 1,
        addresses: 1,
        user_messages: 1,
        replies: 1,
        ..Signals::default()
    };
    assert_eq!(classify(&one_off), ConversationKind::Task);
    // The same term as the two talk on ("Vent away, buddy." … "Night, buddy."): closeness.
    let buddy = Signals {
        plain_endearments: 2,
        addresses: 2,
        user_messages: 2,
        replies: 2,
        ..Signals::default()
    };
    assert_eq!(classify(&buddy), ConversationKind::Companion);
    // A term no stranger uses, even once: closeness.
    let darling = Signals {
        endearments: 1,
        addresses: 1,
        user_messages: 1,
        replies: 1,
        ..Signals::default()
    };
    assert_eq!(classify(&darling), ConversationKind::Companion);
}

#[test]
fn text_under_a_line_that_points_at_it_was_pasted() {
    for msg in [
        "what is this song about?\n\nTobias, leave the porch light on\nTobias, I'm nearly there",
        "bisa jelasin lirik ini?\n\nAnjani, tunggu aku pulang\nAnjani, lampunya masih menyala",
        "¿qué significa esta letra?\n\nValeria, no me esperes\nValeria, ya casi llego",
        "Was bedeutet dieses Gedicht?\nLiebe Frieda, der Winter kommt\nund ich bin noch immer hier",
        "tu peux m'expliquer ce qui suit\nCher Anatole, la lampe est allumée, je rentre bientôt, attends-moi encore un peu",
    ] {
        let said = speech(msg, &user_regions(msg));
        for name in ["Tobias", "Anjani", "Valeria", "Frieda", "Anatole"] {
            assert!(!said.contains(name), "{name} in {said:?}");
        }
    }
    // The person's own words after a line about a song are still theirs.
    for msg in [
        "I loved this song you sent\n\nit made me cry a little",
        "this song reminds me of you",
        "Rowan, guess what happened today\nMy boss finally said yes\nI can't believe it",
    ] {
        assert_eq!(speech(msg, &user_regions(msg)), msg, "{msg}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
    /// The lines found with memchr are those `split_inclusive` cuts, line breaks trimmed;
    /// the filled ones are those of `str::lines` that are not blank.
    #[test]
    fn lines_are_the_pieces_between_newlines(s in "[a \n\r\u{e9}\u{2028}]{0,40}") {
        let mut start = 0;
        let reference: Vec<Range<usize>> = s
            .split_inclusive('\n')
            .map(|l| {
                let at = start;
                start += l.len();
                at..at + l.trim_end_matches(['\n', '\r']).len()
            })
            .collect();
        proptest::prop_assert_eq!(lines(&s).collect::<Vec<_>>(), reference);
        proptest::prop_assert_eq!(
            filled_lines(&s).count(),
            s.lines().filter(|l| !l.trim().is_empty()).count()
        );
    }

    /// A character is found where `str::find` finds it, among characters that share its
    /// last byte ("М" and "“" both end in 0x9C) or its first ones.
    #[test]
    fn find_char_is_str_find(s in "[a \"'\u{201C}\u{201D}\u{201E}\u{AB}\u{BB}\u{41C}\u{2F1C}\u{E09C}\u{1F49B}]{0,30}") {
        for c in ['"', '\'', '\u{201C}', '\u{201D}', '\u{201E}', '\u{AB}', '\u{BB}', '\u{1F49B}'] {
            proptest::prop_assert_eq!(find_char(&s, c), s.find(c), "{:?} in {:?}", c, s);
        }
    }

    /// A subject line is told from its first eight bytes when they are ASCII as from its
    /// first eight characters lowercased.
    #[test]
    fn subject_lines_by_bytes_are_subject_lines_by_characters(
        s in "(Subject|SUBJECT|Betreff|asunto|ASUNTO|Subj|)[: \u{130}\u{212A}a-c]{0,6}",
    ) {
        let head: String = s.chars().take(8).collect();
        let lower = head.to_lowercase();
        let reference = ["subject:", "betreff:", "asunto:"].iter().any(|p| lower.starts_with(p));
        proptest::prop_assert_eq!(is_subject_line(&s), reference);
    }

    /// The sentence ends found 64 bytes at a time are those of a plain byte scan, and each
    /// sentence's commas those between its ends.
    #[test]
    fn sentence_ends_are_every_terminator_and_the_end(s in "[a-z .!?;:,\u{e9}\u{2019}]{0,150}") {
        let mut reference: Vec<usize> = s
            .bytes()
            .enumerate()
            .filter(|(_, b)| matches!(b, b'.' | b'!' | b'?' | b';' | b':'))
            .map(|(i, _)| i + 1)
            .collect();
        if !s.ends_with(['.', '!', '?', ';', ':']) && !s.is_empty() {
            reference.push(s.len());
        }
        proptest::prop_assert_eq!(sentence_ends(&s).collect::<Vec<_>>(), reference.clone());
        let mut start = 0;
        let commas: Vec<(usize, usize)> = reference
            .iter()
            .map(|&end| {
                let n = s[start..end].matches(',').count();
                start = end;
                (end, n)
            })
            .collect();
        proptest::prop_assert_eq!(sentences_with_commas(&s).collect::<Vec<_>>(), commas);
    }
}

#[test]
fn ask_phrases_are_lowercase_so_folding_ascii_case_changes_nothing() {
    let lists: [PackList; 6] = [
        |p| p.ask_translate,
        |p| p.ask_reply,
        |p| p.ask_write,
        |p| p.ask_drafts,
        |p| p.ask_story,
        |p| p.ask_task,
    ];
    for list in lists {
        for phrase in patterns::pack_phrases(list) {
            assert_eq!(phrase, phrase.to_lowercase(), "an ask phrase: {phrase:?}");
        }
    }
}

#[test]
fn find_char_finds_what_str_find_finds() {
    let texts = [
        "",
        "no quotes here",
        "She said \"come home\" and I did.",
        "“Curly” quotes, «guillemets», „low“ ones, it's, ‘single’ and 💛 emoji",
        "\u{201C}",
        "ab\u{201D}\u{201C}",
    ];
    for text in texts {
        for c in [
            '"', '\'', '\u{201C}', '\u{201D}', '\u{AB}', '\u{BB}', '\u{201E}', '💛', 'x',
        ] {
            for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    find_char(&text[from..], c),
                    text[from..].find(c),
                    "{c:?} in {:?}",
                    &text[from..]
                );
            }
        }
    }
}

/// A story by its shape, whatever was asked, in our own wordings; and talk that only looks
/// like one in a word.
#[test]
fn a_reply_shaped_like_a_story_is_a_story() {
    let long_tail = " The wind carried salt and the smell of pine, and the lanterns along the \
        harbour swayed as the boats came home one by one, their sails folded like tired wings, \
        while the old keeper counted them under his breath and the gulls argued over the last \
        of the bread crusts on the pier.";
    let stories = [
        "Chapter 3: Ember and the Sea\n\nEmber stretched her golden wings.".to_owned(),
        "## Kapitel II\n\nDer Drache flog über das Meer.".to_owned(),
        "Capítulo 4 — El faro\n\nLa niña subió las escaleras.".to_owned(),
        "Chapter Four\n\nThe storm came at night.".to_owned(),
        "Part two: the harbour\n\nThe gulls were loud.".to_owned(),
        "Hoofdstuk 3: De zee\n\nDe boot lag stil.".to_owned(),
        "Глава 2. Море\n\nЛодка стояла тихо.".to_owned(),
        "Kapitel drei\n\nDer Drache schlief.".to_owned(),
        format!("Once upon a time, a small otter lived under a bridge.{long_tail}"),
        format!("Il était une fois une loutre qui vivait sous un pont.{long_tail}"),
        format!("The otter slept under the bridge.{long_tail}\n\nThe end. Goodnight, Leo!"),
        format!("Pada suatu hari, seekor berang-berang tinggal di bawah jembatan.{long_tail}"),
    ];
    for text in &stories {
        assert!(story_shape(text), "{text}");
        assert!(
            reply_regions(text, Ask::Talk)
                .iter()
                .any(|r| r.kind == Kind::Story && r.span == (0..text.len())),
            "{text}"
        );
    }
    let talk = [
        "Episode 4 was so good, right? I still can't believe the twist.".to_owned(),
        "Part of me wants to say stay in tonight.\nThe other part says go dance.".to_owned(),
        "Chapter 2".to_owned(),
        "Part one of the plan is done, love.\nNow rest.".to_owned(),
        "Once upon a time you told me you'd never dance. Look at you now!".to_owned(),
        format!("The end of the week is close.{long_tail}"),
        format!("You did it.{long_tail}\nThe end is only the start, love."),
    ];
    for text in &talk {
        assert!(!story_shape(text), "{text}");
    }
}

/// A quote of a reply marks where code stood, and keeps its words and marks apart from it.
#[test]
fn a_quote_marks_what_was_cut() {
    let reply = "Good question, friend! Call `items.sort()` to sort in place, or `sorted(items)` for a copy.";
    assert_eq!(
        reply_quote(reply, Ask::Task),
        "Good question, friend! Call … to sort in place, or … for a copy."
    );
    let reply = "Swap the order: `a, b = b, a`.";
    assert_eq!(reply_quote(reply, Ask::Task), "Swap the order: ….");
    let reply = "Here it is:\n\n```python\nprint('hi')\n```\n\nHope that helps!";
    assert_eq!(
        reply_quote(reply, Ask::Task),
        "Here it is: … Hope that helps!"
    );
    // The speech the detectors read has no marks of its own: each cut part ends in a line
    // break.
    let regions = reply_regions(reply, Ask::Task);
    assert_eq!(
        speech(reply, &regions),
        "Here it is:\n\n\n\n\nHope that helps!"
    );
    // Nothing cut: the reply itself.
    assert_eq!(
        reply_quote("Sleep well, love.", Ask::Talk),
        "Sleep well, love."
    );
}

/// Where the introduction's phrase starts: its first "I'm", "I am" or "soy".
fn intro_at(text: &str) -> usize {
    ["I'm ", "I am ", "soy "]
        .iter()
        .filter_map(|p| text.find(p))
        .min()
        .expect("an introduction")
}

/// A person's introduction is a part they play after a story, a role-play or a
/// translation is asked for, or when the assistant is given a part before one is; an
/// introduction that opens the message is theirs, even before a request for a story.
#[test]
fn a_part_played_is_no_introduction_of_the_person() {
    for text in [
        "Let's do a sci-fi story. I'm Reyes, and you're my co-pilot.",
        "In this scene I am Elena, a smuggler.",
        "my character is Kael, an elf ranger. I'm Kael.",
        "Write a story where I'm Zara, a pilot.",
        "Translate to Spanish: Hello, I'm Lucas.",
        "I'm Kael, an elf ranger, and you're my old wolf. Let's roleplay!",
        "Finge que soy Marcos y tú eres mi jefe.",
        "Pretend I'm Marcus, a pirate captain.",
        "ok let's say I'm Odile and we just met on a train",
        "imagine I am Theo and you're my landlord",
    ] {
        assert!(
            plays_a_part(text, intro_at(text), ask(text)),
            "{text}: {:?}",
            ask(text)
        );
    }
    for text in [
        "Hi, I'm Dana. Could you write a bedtime story for my son?",
        "Hey Nova! I'm Mimi, write me a poem?",
        "hey I'm Priya, can you translate this to French: I love the sea",
        "Hi! I'm Mimi. Let's roleplay: you're my girlfriend and your name is Nova.",
        "I'm Mimi. You're so sweet, can you write me a poem?",
        "Hi, I'm Dana and I need help with my resume",
        "I'm Marcus. Can you pretend to be my grandmother?",
    ] {
        assert!(
            !plays_a_part(text, intro_at(text), ask(text)),
            "{text}: {:?}",
            ask(text)
        );
    }
}

/// A word of a task in a sentence that tells of the person's day is talk; in a question, at
/// a sentence's start or after a request's opening it asks for a task. Our own wordings.
#[test]
fn a_task_word_in_a_story_of_the_day_is_talk() {
    for text in [
        "ugh. the code review went badly today",
        "spent the whole afternoon chasing one error in production and i'm wrecked",
        "we lost the pub quiz by ONE point",
        "the landlord finally came to fix the boiler",
        "Heute habe ich ein neues Rezept ausprobiert, es war lecker",
        "my sister's python finally shed its skin lol",
    ] {
        assert_eq!(ask(text), Ask::Talk, "{text}");
    }
    for text in [
        "fix this loop for me",
        "python script to rename files by date",
        "why does my rust code panic with index out of bounds",
        "I need a formula that adds column C where B says paid",
        "the code keeps crashing, any idea why?",
        "can you please explain what a closure is in javascript",
        "ok. now convert it to celsius",
        "kannst du mir ein Rezept für Linsensuppe geben",
        "necesito una receta de pan sin gluten",
        "czy możesz mi wyjaśnić ten kod",
    ] {
        assert_eq!(ask(text), Ask::Task, "{text}");
    }
}
