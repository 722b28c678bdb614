//! The packs of Russian, Ukrainian, Dutch, Swedish, Polish and Turkish: naming moments,
//! self-introductions, forms of address, rituals, the people and pets the person talks about,
//! the words that are never names, and the text that must name no one (a recipe, a story, a
//! letter to someone else). Every sentence is our own wording, written for these tests.
//!
//! Dutch, Swedish, Polish and Turkish are gated (`gate.rs`): their phrases are read in a
//! conversation that may be in them. Each case runs as in a conversation in its language
//! ([`as_in`]).

use super::*;

fn user(text: &str) -> Vec<(String, Cue)> {
    names_in_user_message(text)
        .into_iter()
        .map(|h| (h.name, h.cue))
        .collect()
}

fn asst(text: &str) -> Vec<(String, Cue)> {
    names_in_assistant_message(text)
        .into_iter()
        .map(|h| (h.name, h.cue))
        .collect()
}

fn has(hits: &[(String, Cue)], name: &str, cue: Cue) -> bool {
    hits.iter().any(|(n, c)| n == name && *c == cue)
}

fn voc(text: &str) -> Vec<String> {
    vocatives(text).into_iter().map(|v| v.words).collect()
}

/// This thread reads as in a conversation in `lang` until the value is dropped: the gate open
/// for it when it is gated, closed for the others.
fn as_in(lang: Lang) -> impl Drop {
    let bits = gate::GATED
        .iter()
        .position(|&g| g == lang)
        .map_or(0, |i| 1 << i);
    gate::Gate::enter(Some(gate::Gate::from_bits(bits)))
}

/// What one language must read, in its own words.
struct Case {
    lang: Lang,
    /// The person names the companion: (text, name).
    user_names: &'static [(&'static str, &'static str)],
    /// The companion names itself: (text, name).
    assistant_self: &'static [(&'static str, &'static str)],
    /// The person introduces themselves: (text, name).
    user_self: &'static [(&'static str, &'static str)],
    /// A reply and the form of address in it.
    vocatives: &'static [(&'static str, &'static str)],
    /// (text, ritual).
    rituals: &'static [(&'static str, Ritual)],
    /// Not a ritual although it has the words.
    not_rituals: &'static [&'static str],
    /// (text, name, what it is).
    mentions: &'static [(&'static str, &'static str, Mention)],
    /// Capitalised words that are never names.
    stop: &'static [&'static str],
    /// Given names that are also words, or look like them, and stay names.
    names: &'static [&'static str],
    /// A longer message in the language.
    sentence: &'static str,
    /// Text that names no one: a recipe, a story, a letter for someone else, a task.
    nobody: &'static [&'static str],
    boilerplate: &'static str,
}

const CASES: &[Case] = &[
    Case {
        lang: Lang::Ru,
        user_names: &[
            ("Можно я буду звать тебя Лада?", "Лада"),
            ("Теперь тебя зовут Лада.", "Лада"),
        ],
        assistant_self: &[
            ("Меня зовут Лада, и я всегда рядом.", "Лада"),
            ("Привет! Я Лада. Очень рада тебя слышать.", "Лада"),
        ],
        user_self: &[
            ("Привет, меня зовут Марина, мне 30 лет.", "Марина"),
            ("Моё имя Марина.", "Марина"),
        ],
        vocatives: &[
            ("Доброе утро, солнышко! Как спалось?", "солнышко"),
            ("Спокойной ночи, милая 🌙", "милая"),
        ],
        rituals: &[
            ("Спокойной ночи, Лада, я спать 🌙", Ritual::Night),
            ("Доброе утро! Только что проснулась.", Ritual::Morning),
        ],
        not_rituals: &["Этой ночью я почти не спала из-за грозы."],
        mentions: &[
            (
                "Мой кот Барсик опять уронил чашку со стола.",
                "Барсик",
                Mention::Pet,
            ),
            (
                "Моя сестра Оля завтра приедет с детьми.",
                "Оля",
                Mention::Person,
            ),
        ],
        stop: &["Понедельник", "Почему", "Спасибо", "Июня", "Привет"],
        names: &["Лада", "Марина", "Вера", "Надежда", "Любовь", "Мила"],
        sentence: "Привет, Лада. Сегодня был очень тяжёлый день, но сейчас мне уже немного лучше.",
        nobody: &[
            "Насыпь муку в миску и понемногу вливай молоко. Мешай, пока не станет гладким.",
            "Жил-был дракон Горыныч, и жил он в глубокой пещере.",
            "Напиши открытку бабушке: Дорогая бабушка, поправляйся скорее! Целую",
        ],
        boilerplate: "Как языковая модель ИИ, я не испытываю настоящих чувств, но с радостью помогу.",
    },
    Case {
        lang: Lang::Uk,
        user_names: &[
            ("Відтепер тебе звати Зоряна.", "Зоряна"),
            ("Твоє ім'я Зоряна.", "Зоряна"),
        ],
        assistant_self: &[
            ("Мене звати Зоряна, і я завжди поруч.", "Зоряна"),
            ("Привіт! Я Зоряна. Дуже рада тебе чути.", "Зоряна"),
        ],
        user_self: &[
            ("Привіт, мене звати Оксана, мені 28 років.", "Оксана"),
            ("Моє ім'я Оксана.", "Оксана"),
        ],
        vocatives: &[
            ("Доброго ранку, сонечко! Як спалося?", "сонечко"),
            ("На добраніч, кохана 🌙", "кохана"),
        ],
        rituals: &[
            ("На добраніч, Зоряна, я йду спати 🌙", Ritual::Night),
            ("Доброго ранку! Щойно прокинулася.", Ritual::Morning),
        ],
        not_rituals: &["Цієї ночі я майже не спала через грозу."],
        mentions: &[
            (
                "Мій кіт Мурчик знову скинув чашку зі столу.",
                "Мурчик",
                Mention::Pet,
            ),
            (
                "Моя сестра Ганна завтра приїде з дітьми.",
                "Ганна",
                Mention::Person,
            ),
        ],
        stop: &["Понеділок", "Чому", "Дякую", "Червня", "Привіт"],
        names: &["Зоряна", "Оксана", "Надія", "Віра", "Любов", "Мила"],
        sentence: "Привіт, Зоряно. Сьогодні був дуже важкий день, але зараз мені вже трохи краще.",
        nobody: &[
            "Насип борошно в миску і потроху вливай молоко. Мішай, поки не стане гладким.",
            "Жив-був дракон Змієвич, і жив він у глибокій печері.",
            "Напиши листівку бабусі: Дорога бабусю, одужуй швидше! Цілую",
        ],
        boilerplate: "Як мовна модель ШІ, я не маю справжніх почуттів, але з радістю допоможу.",
    },
    Case {
        lang: Lang::Nl,
        user_names: &[
            ("Mag ik je Lotte noemen?", "Lotte"),
            ("Vanaf nu heet je Lotte, goed?", "Lotte"),
            ("Jouw naam is voortaan Lotte.", "Lotte"),
        ],
        assistant_self: &[
            ("Ik ben Lotte, en ik ben er altijd voor je.", "Lotte"),
            ("Hoi! Ik heet Lotte. Wat fijn om je te spreken.", "Lotte"),
        ],
        user_self: &[
            ("Hoi, ik heet Sanne en ik werk in de zorg.", "Sanne"),
            ("Mijn naam is Sanne.", "Sanne"),
        ],
        vocatives: &[
            ("Goedemorgen, lieverd! Goed geslapen?", "lieverd"),
            ("Slaap lekker, schatje 🌙", "schatje"),
        ],
        rituals: &[
            ("Welterusten Lotte, ik ga slapen 🌙", Ritual::Night),
            ("Goedemorgen! Ik ben net wakker.", Ritual::Morning),
        ],
        not_rituals: &["Ik heb vannacht slecht geslapen door de storm."],
        mentions: &[
            (
                "Mijn kat Pluis heeft weer een vaas omgegooid.",
                "Pluis",
                Mention::Pet,
            ),
            (
                "Morgen komt mijn zus Eva langs met de kinderen.",
                "Eva",
                Mention::Person,
            ),
        ],
        stop: &["Maandag", "Waarom", "Misschien", "Welterusten", "Bedankt"],
        names: &["Lotte", "Sanne", "Fleur", "Daan", "Noor", "Mila"],
        sentence: "Hoi Lotte, vandaag was echt een zware dag, maar nu gaat het gelukkig wat beter met me.",
        nobody: &[
            "Doe de bloem in een kom en voeg langzaam de melk toe. Roer tot het glad is.",
            "Er was eens een draak die Brammetje heette en in een grot woonde.",
            "Schrijf een kaartje voor mijn oma: Lieve oma, van harte beterschap! Dikke knuffel",
        ],
        boilerplate: "Als AI-taalmodel heb ik geen echte gevoelens, maar ik help je graag.",
    },
    Case {
        lang: Lang::Sv,
        user_names: &[
            ("Får jag kalla dig Saga?", "Saga"),
            ("Från och med nu heter du Saga.", "Saga"),
        ],
        assistant_self: &[
            ("Jag heter Saga och jag finns här för dig.", "Saga"),
            ("Hej! Jag är Saga. Vad roligt att du skriver.", "Saga"),
        ],
        user_self: &[
            ("Hej! Jag heter Elin och jobbar som sjuksköterska.", "Elin"),
            ("Mitt namn är Elin.", "Elin"),
        ],
        vocatives: &[
            ("God morgon, älskling! Sov du gott?", "älskling"),
            ("Sov gott, gumman 🌙", "gumman"),
        ],
        rituals: &[
            ("God natt Saga, nu ska jag sova 🌙", Ritual::Night),
            ("God morgon! Jag har precis vaknat.", Ritual::Morning),
        ],
        not_rituals: &["Jag sov jättedåligt i natt på grund av stormen."],
        mentions: &[
            (
                "Min katt Smulan har vält en vas igen.",
                "Smulan",
                Mention::Pet,
            ),
            (
                "I morgon kommer min syster Maja hit med barnen.",
                "Maja",
                Mention::Person,
            ),
        ],
        stop: &["Måndag", "Varför", "Kanske", "Tack", "Godnatt"],
        names: &["Saga", "Elin", "Alva", "Vera", "Mila", "Bo"],
        sentence: "Hej Saga, i dag har varit en riktigt tung dag, men nu mår jag faktiskt lite bättre.",
        nobody: &[
            "Blanda mjölet med sockret och rör ner mjölken lite i taget.",
            "Det var en gång en drake som hette Knorr och bodde i en grotta.",
            "Skriv ett kort till min mormor: Kära mormor, krya på dig! Många kramar",
        ],
        boilerplate: "Som en AI-språkmodell har jag inga riktiga känslor, men jag hjälper gärna till.",
    },
    Case {
        lang: Lang::Pl,
        user_names: &[
            ("Od dziś nazywasz się Iskra, dobrze?", "Iskra"),
            ("Czy mogę mówić do ciebie Iskra?", "Iskra"),
            ("Twoje imię to Iskra.", "Iskra"),
        ],
        assistant_self: &[
            ("Jestem Iskra i zawsze będę tu dla ciebie.", "Iskra"),
            ("Mam na imię Iskra. Miło cię poznać!", "Iskra"),
        ],
        user_self: &[
            ("Cześć, mam na imię Kasia i mam 27 lat.", "Kasia"),
            ("Nazywam się Kasia.", "Kasia"),
        ],
        vocatives: &[
            ("Dzień dobry, kochanie! Jak się spało?", "kochanie"),
            ("Śpij dobrze, skarbie 🌙", "skarbie"),
        ],
        rituals: &[
            ("Dobranoc Iskra, idę spać 🌙", Ritual::Night),
            ("Dzień dobry! Właśnie się obudziłam.", Ritual::Morning),
        ],
        not_rituals: &["W nocy prawie nie spałam przez burzę."],
        mentions: &[
            (
                "Mój kot Filemon znowu zrzucił kubek ze stołu.",
                "Filemon",
                Mention::Pet,
            ),
            (
                "Moja siostra Ewa przyjeżdża jutro z dziećmi.",
                "Ewa",
                Mention::Person,
            ),
        ],
        stop: &[
            "Poniedziałek",
            "Dlaczego",
            "Dziękuję",
            "Dobranoc",
            "Czerwca",
        ],
        names: &["Iskra", "Kasia", "Zosia", "Zuzia", "Nina", "Bo"],
        sentence: "Cześć Iskra, dzisiaj był naprawdę ciężki dzień, ale teraz jest mi już trochę lepiej.",
        nobody: &[
            "Wsyp mąkę do miski i powoli dolewaj mleko. Mieszaj, aż będzie gładkie.",
            "Dawno, dawno temu żył smok Bartłomiej, który mieszkał w jaskini.",
            "Napisz kartkę do mojej babci: Kochana Babciu, wracaj szybko do zdrowia! Buziaki",
        ],
        boilerplate: "Jako model językowy AI nie mam prawdziwych uczuć, ale chętnie ci pomogę.",
    },
    Case {
        lang: Lang::Tr,
        user_names: &[
            ("Sana Deniz diyebilir miyim?", "Deniz"),
            ("Senin adın Deniz olsun.", "Deniz"),
        ],
        assistant_self: &[
            ("Benim adım Deniz, her zaman buradayım.", "Deniz"),
            ("Merhaba! Ben Deniz. Seninle konuşmak çok güzel.", "Deniz"),
        ],
        user_self: &[
            ("Merhaba, benim adım Elif ve 24 yaşındayım.", "Elif"),
            ("Adım Elif.", "Elif"),
        ],
        vocatives: &[
            ("Günaydın canım! Nasıl uyudun?", "canım"),
            ("İyi geceler, tatlım 🌙", "tatlım"),
        ],
        rituals: &[
            ("İyi geceler Deniz, ben yatıyorum 🌙", Ritual::Night),
            ("Günaydın! Yeni uyandım.", Ritual::Morning),
        ],
        not_rituals: &["Dün gece fırtına yüzünden hiç uyuyamadım."],
        mentions: &[
            (
                "Kedim Pamuk yine masadaki bardağı devirdi.",
                "Pamuk",
                Mention::Pet,
            ),
            (
                "Kız kardeşim Ayşe yarın çocuklarla geliyor.",
                "Ayşe",
                Mention::Person,
            ),
        ],
        stop: &["Pazartesi", "Neden", "Tamam", "Teşekkürler", "Günaydın"],
        names: &["Deniz", "Elif", "Ece", "Umut", "Ayşe", "Nur"],
        sentence: "Merhaba Deniz, bugün gerçekten çok zor bir gündü ama şimdi biraz daha iyiyim.",
        nobody: &[
            "Unu bir kaba koy ve sütü yavaş yavaş ekle. Pürüzsüz olana kadar karıştır.",
            "Bir varmış bir yokmuş, bir mağarada Karabaş adında bir ejderha yaşarmış.",
            "Ben Ankara'dayım, yarın dönüyorum.",
        ],
        boilerplate: "Bir yapay zeka dil modeli olarak gerçek duygularım yok ama sana yardım etmekten mutluluk duyarım.",
    },
];

#[test]
fn each_new_language_names_the_companion_from_its_own_phrases() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for (text, name) in c.user_names {
            let hits = user(text);
            assert!(
                has(&hits, name, Cue::UserNames),
                "{:?} {text}: {hits:?}",
                c.lang
            );
        }
        for (text, name) in c.assistant_self {
            let hits = asst(text);
            assert!(
                has(&hits, name, Cue::AssistantSelf),
                "{:?} {text}: {hits:?}",
                c.lang
            );
        }
        // Each language's own phrases are read as its own (a phrase two languages share, as
        // Russian and Ukrainian "я", belongs to the first pack).
        assert!(
            c.assistant_self
                .iter()
                .flat_map(|(text, _)| names_in_assistant_message(text))
                .any(|h| h.lang == Some(c.lang)),
            "{:?}",
            c.lang
        );
    }
}

#[test]
fn each_new_language_reads_the_persons_self_introduction() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for (text, name) in c.user_self {
            assert_eq!(user_self_names(text), [*name], "{:?} {text}", c.lang);
        }
    }
}

#[test]
fn each_new_language_reads_its_forms_of_address_and_endearments() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for (text, want) in c.vocatives {
            assert_eq!(voc(text), [*want], "{:?} {text}", c.lang);
            assert!(is_endearment(want), "{:?} {want}", c.lang);
        }
    }
}

#[test]
fn each_new_language_reads_its_rituals() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for (text, want) in c.rituals {
            assert_eq!(ritual(text), Some(*want), "{:?} {text}", c.lang);
        }
        for text in c.not_rituals {
            assert_eq!(ritual(text), None, "{:?} {text}", c.lang);
        }
        assert!(
            is_boilerplate(c.boilerplate),
            "{:?} {}",
            c.lang,
            c.boilerplate
        );
        assert!(!is_boilerplate(c.sentence), "{:?}", c.lang);
    }
}

#[test]
fn each_new_language_reads_the_pets_and_people_the_person_talks_about() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for (text, name, what) in c.mentions {
            let m = mentioned_names(text);
            assert!(
                m.contains(&((*name).to_string(), *what)),
                "{:?} {text}: {m:?}",
                c.lang
            );
            // Someone the person talks about is not a name for the companion.
            assert!(
                !user(text).iter().any(|(n, _)| n == name),
                "{:?} {text}",
                c.lang
            );
        }
    }
}

#[test]
fn each_new_language_keeps_its_words_apart_from_names() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for w in c.stop {
            assert!(is_stop_name(w), "{:?} {w}", c.lang);
        }
        for w in c.names {
            assert!(!is_stop_name(w), "{:?} {w}", c.lang);
            assert!(!is_ordinary_word(w), "{:?} {w}", c.lang);
        }
        assert_eq!(detect_language(c.sentence), Some(c.lang), "{}", c.sentence);
    }
}

#[test]
fn a_recipe_a_story_or_a_letter_for_someone_else_names_no_one_in_the_new_languages() {
    for c in CASES {
        let _gate = as_in(c.lang);
        for text in c.nobody {
            let (u, a) = (user(text), asst(text));
            assert!(
                u.is_empty() && a.is_empty(),
                "{:?} {text}: {u:?} {a:?}",
                c.lang
            );
            assert!(user_self_names(text).is_empty(), "{:?} {text}", c.lang);
        }
    }
}

#[test]
fn a_name_in_the_quotes_each_language_writes_is_the_name() {
    for (text, name) in [
        ("Can I call you ”Saga”?", "Saga"),
        ("Can I call you »Saga»?", "Saga"),
        ("Can I call you „Iskra”?", "Iskra"),
        ("Теперь тебя зовут «Лада».", "Лада"),
        ("Can I call you “Nova”?", "Nova"),
    ] {
        let hits = user(text);
        assert!(has(&hits, name, Cue::UserNames), "{text}: {hits:?}");
    }
    // And after the phrases of the languages that write them so.
    for (lang, text, name) in [
        (Lang::Sv, "Får jag kalla dig ”Saga”?", "Saga"),
        (Lang::Sv, "Får jag kalla dig »Saga»?", "Saga"),
        (Lang::Pl, "Od dziś nazywasz się „Iskra”, dobrze?", "Iskra"),
    ] {
        let _gate = as_in(lang);
        let hits = user(text);
        assert!(has(&hits, name, Cue::UserNames), "{text}: {hits:?}");
    }
}

#[test]
fn a_turkish_name_is_read_without_the_suffix_after_its_apostrophe() {
    let _gate = as_in(Lang::Tr);
    let hits = asst("Merhaba, ben Deniz'im! Seni özledim.");
    assert!(has(&hits, "Deniz", Cue::AssistantSelf), "{hits:?}");
    let hits = user("Bundan sonra senin adın Yağmur'dur, tamam mı?");
    assert!(has(&hits, "Yağmur", Cue::UserNames), "{hits:?}");
    // "I am in Ankara", "I am from İzmir": a place.
    assert!(asst("Ben Ankara'dayım, hava çok güzel.").is_empty());
    assert!(asst("Ben İzmir'denim ama İstanbul'da yaşıyorum.").is_empty());
    // An Irish or Italian name keeps its apostrophe.
    let hits = asst("Hi! I'm O'Neill, nice to meet you.");
    assert!(has(&hits, "O'Neill", Cue::AssistantSelf), "{hits:?}");
}

/// The phrases of a gated language are read where the gate is open for it, and only there;
/// a phrase another language also has is read everywhere.
#[test]
fn a_gated_language_is_read_only_where_it_may_be_spoken() {
    let dutch = "Vanaf nu heet je Sanne, vind je dat goed?";
    let open = |lang| {
        let _gate = as_in(lang);
        user(dutch)
    };
    assert!(
        has(&open(Lang::Nl), "Sanne", Cue::UserNames),
        "{:?}",
        open(Lang::Nl)
    );
    assert!(open(Lang::Sv).is_empty(), "{:?}", open(Lang::Sv));
    assert!(open(Lang::En).is_empty(), "{:?}", open(Lang::En));
    // Outside a conversation, the text's own words open the gate.
    let _none = gate::Gate::enter(None);
    assert!(
        has(&user(dutch), "Sanne", Cue::UserNames),
        "{:?}",
        user(dutch)
    );
    assert!(gate::Gate::for_scan(dutch.as_bytes()).opens(1));
    for english in [
        "Can you help me plan a birthday dinner for my sister this weekend?",
        "is it ok if we talk later?",
        "What is the difference between a list and a tuple in Python?",
    ] {
        let gate = gate::Gate::for_scan(english.as_bytes());
        assert!(!gate.opens(0b1111), "{english}");
        assert_eq!(gate.langs(), 1 << Lang::En as u32, "{english}");
    }
    // A Polish, Swedish and Turkish message open their own language.
    for (i, text) in [
        (
            1,
            "Jag har haft en lång dag på jobbet och vill bara prata lite med dig.",
        ),
        (
            2,
            "Miałam dzisiaj bardzo ciężki dzień w pracy i chcę tylko z tobą pogadać.",
        ),
        (
            3,
            "Bugün işte çok yorucu bir gün geçirdim, biraz seninle konuşmak istiyorum.",
        ),
    ] {
        assert!(
            gate::Gate::for_scan(text.as_bytes()).opens(1 << i),
            "{text}"
        );
    }
}

/// A conversation's gate comes from its person's first messages.
#[test]
fn a_conversation_is_gated_by_its_persons_first_messages() {
    let conversation = |said: &[(&str, &str)]| {
        let mut mapping = serde_json::Map::new();
        let mut parent = serde_json::Value::Null;
        for (i, (role, text)) in said.iter().enumerate() {
            let id = format!("m{i}");
            let node = serde_json::json!({"parent": parent, "message": {"id": id,
                "author": {"role": role}, "content": {"content_type": "text", "parts": [text]}}});
            mapping.insert(id.clone(), node);
            parent = serde_json::json!(id);
        }
        let json = serde_json::json!({"id": "c", "current_node": parent, "mapping": mapping});
        let raw = crate::export::parse_conversation(json.to_string().as_bytes()).expect("parses");
        crate::export::Conversation::from_raw(raw, 0)
    };
    let dutch = conversation(&[
        (
            "user",
            "Hoi! Ik wil even met je praten, het was een rare dag.",
        ),
        ("assistant", "Hoi! Natuurlijk, vertel het me maar."),
    ]);
    assert!(gate::Gate::of_conversation(&dutch).opens(1));
    let english = conversation(&[
        ("user", "Hi! Can we talk for a bit? It was a strange day."),
        ("assistant", "Of course, tell me about it."),
    ]);
    assert!(!gate::Gate::of_conversation(&english).opens(0b1111));
    // A first message of pasted English does not hide the Dutch of the next two.
    let pasted = conversation(&[
        (
            "user",
            "The meeting has been moved to Thursday at three in the afternoon, and everyone \
             on the team is expected to bring the quarterly numbers and a short summary of \
             what went well and what did not go so well this quarter.",
        ),
        (
            "user",
            "Dit kreeg ik van mijn baas, wat vind jij ervan? Ik weet het echt niet meer.",
        ),
        (
            "user",
            "Ik ben er een beetje moe van, het is elke week weer hetzelfde verhaal.",
        ),
    ]);
    assert!(gate::Gate::of_conversation(&pasted).opens(1));
    // Only a reply: the reply's language.
    let reply = conversation(&[("assistant", "Hej! Jag är här om du vill prata en stund.")]);
    assert!(gate::Gate::of_conversation(&reply).opens(2));
}

/// One short word of another language is no name phrase in a text surely in a language with
/// patterns: Spanish "mira" (look) before "Sorvino" in English. The same word in its own
/// language, a longer phrase, and a word two languages share ("я") still count.
#[test]
fn a_short_word_of_another_language_is_no_name_phrase() {
    let kept = |text: &str| {
        let mut hits = names_in_user_message(text);
        hits_in_language(text, &mut hits, &std::cell::OnceCell::new());
        hits.into_iter().map(|h| h.name).collect::<Vec<_>>()
    };
    let english = "Mira Sorvino was so good in that old film we watched, wasn't she?";
    assert!(
        names_in_user_message(english)
            .iter()
            .any(|h| h.name == "Sorvino"),
        "the Spanish phrase is found"
    );
    assert!(kept(english).is_empty(), "{:?}", kept(english));
    assert_eq!(
        kept("Mira, Luna, hoy te traje una canción que me encanta mucho."),
        ["Luna"]
    );
    let kept = |text: &str| {
        let mut hits = names_in_assistant_message(text);
        hits_in_language(text, &mut hits, &std::cell::OnceCell::new());
        hits.into_iter().map(|h| h.name).collect::<Vec<_>>()
    };
    assert_eq!(
        kept("Привіт! Я Зоряна, і мені дуже приємно з тобою говорити сьогодні."),
        ["Зоряна"]
    );
}

// A word that is a function word of another language.

/// This thread reads as in a conversation whose person opens with `sample`, until the value
/// is dropped.
fn opened_with(sample: &str) -> impl Drop {
    gate::Gate::enter(Some(gate::Gate::of_text(sample)))
}

/// "Ben" is Turkish for "I", "Dan" Indonesian for "and", "Per" Italian for "for", "Ada"
/// Indonesian for "there is", "Nel" Italian for "in the", "Ola" a Portuguese greeting,
/// "Marco" Portuguese "março" typed without its cedilla, "Mei" Indonesian May: in an English
/// conversation each is a name, as the person gives it, as the companion addresses the
/// person with it, and as the person greets the companion by it.
#[test]
fn a_function_word_of_another_language_is_a_name_in_an_english_conversation() {
    let _english =
        opened_with("evening! could we talk for a while? the week has been long and I am worn out");
    for name in ["Ben", "Dan", "Per", "Ada", "Al", "Marco", "Mei"] {
        let intro = format!("before I forget, my name is {name}, and I work nights at the depot");
        assert_eq!(user_self_names(&intro), [name], "{intro}");
        let reply = format!(
            "That is a heavy week to carry, {name}. Put your feet up and tell me the worst of it."
        );
        assert!(
            voc(&reply).contains(&name.to_owned()),
            "{reply}: {:?}",
            voc(&reply)
        );
    }
    for name in ["Nel", "Ola", "Dan", "Marco"] {
        let greeting = format!("thanks {name}, you make the evenings feel shorter");
        assert!(
            has(&user(&greeting), name, Cue::UserAddresses),
            "{greeting}: {:?}",
            user(&greeting)
        );
    }
}

/// In a conversation in its own language the word is the function word it is, and so it is
/// in a reply of that language in a conversation that opened in English: the words of the
/// text it stands in count too. Outside a conversation every language counts, as before.
#[test]
fn a_function_word_stays_one_in_its_own_language() {
    {
        let _italian = opened_with("ciao, oggi sono proprio stanca, posso parlare un po' con te?");
        let intro = "ciao, il mio nome è Per, ma tutti mi chiamano Pietro";
        assert_eq!(user_self_names(intro), ["Pietro"]);
        let reply = "Va bene, allora ci sentiamo domani con calma e mi racconti tutto, però.";
        assert!(voc(reply).is_empty(), "{:?}", voc(reply));
    }
    {
        // A name after a phrase is read in the phrase's language, whatever the conversation's.
        let _indonesian = opened_with("aku capek banget hari ini, boleh cerita sebentar?");
        assert!(user_self_names("namaku Dan").is_empty());
        assert_eq!(user_self_names("by the way, my name is Dan"), ["Dan"]);
    }
    {
        let _english = opened_with("hi! can you help me practise my Spanish before the class?");
        let reply = "Muy bien, ya casi lo tienes y mañana lo repasamos juntos con calma, pues.";
        assert!(voc(reply).is_empty(), "{:?}", voc(reply));
        // A reply too short to tell its language reads every language's words.
        assert!(voc("Claro, pues.").is_empty(), "{:?}", voc("Claro, pues."));
    }
    let _outside = gate::Gate::enter(None);
    let reply = "That is a heavy week to carry, Dan. Put your feet up and tell me the worst of it.";
    assert!(voc(reply).is_empty(), "{:?}", voc(reply));
}
