//! The packs of Russian and Ukrainian: naming moments,
//! self-introductions, forms of address, rituals, the people and pets the person talks about,
//! the words that are never names, and the text that must name no one (a recipe, a story, a
//! letter to someone else). Every sentence is our own wording, written for these tests.

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
];

#[test]
fn each_new_language_names_the_companion_from_its_own_phrases() {
    for c in CASES {
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
        for (text, name) in c.user_self {
            assert_eq!(user_self_names(text), [*name], "{:?} {text}", c.lang);
        }
    }
}

#[test]
fn each_new_language_reads_its_forms_of_address_and_endearments() {
    for c in CASES {
        for (text, want) in c.vocatives {
            assert_eq!(voc(text), [*want], "{:?} {text}", c.lang);
            assert!(is_endearment(want), "{:?} {want}", c.lang);
        }
    }
}

#[test]
fn each_new_language_reads_its_rituals() {
    for c in CASES {
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
