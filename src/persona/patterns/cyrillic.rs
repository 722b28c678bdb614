//! Which language a text written in Cyrillic letters is in. whatlang's trigram models cannot
//! tell Russian, Ukrainian, Belarusian, Bulgarian, Serbian and Macedonian apart on a chat
//! message: "Спасибо тебе, Лада" and "Спокойной ночи, Лада" are Bulgarian to it, "Сладких
//! снов" Ukrainian. So, as the Latin profile does, the letters a language never writes rule it
//! out (Russian never writes і or ї, Bulgarian never ы, Serbian never я), and its common short
//! words decide; whatlang is asked only among the languages the letters allow, and its answer
//! on such text is a guess, not sure ([`super::detect::Detected::sure`]).

use std::collections::HashMap;
use std::sync::LazyLock;

use whatlang::Lang;

/// One language written in Cyrillic.
struct Cyrillic {
    code: &'static str,
    whatlang: Lang,
    /// Lowercase letters it never writes.
    never: &'static str,
    /// Common short words, lowercase, space-separated (some are other languages' too).
    words: &'static str,
}

const LANGS: [Cyrillic; 6] = [
    Cyrillic {
        code: "ru",
        whatlang: Lang::Rus,
        never: "іїєґўјљњћђџѓќѕ",
        words: "я ты мы вы он она они мне меня тебе тебя нам нас вам вас его её ее их что это \
                этот эта как так уже очень спасибо здесь сегодня всегда только ещё еще если \
                или нет хорошо когда где почему тоже всё все был была было были есть будет \
                буду можно нужно просто теперь потом сейчас тут чтобы вот ну бы же и в не на \
                с а но да у к по за из от до для о со",
    },
    Cyrillic {
        code: "uk",
        whatlang: Lang::Ukr,
        never: "ыэёъўјљњћђџѓќѕ",
        words: "я ти ми ви він вона вони мені мене тобі тебе нам нас вам вас його її їх що це \
                цей ця як так вже дуже дякую тут сьогодні завжди тільки ще якщо або ні добре \
                коли де чому теж все всі був була було були є буде буду можна треба просто \
                тепер потім зараз щоб ось ну б же і й в у не на з а але та до для від про",
    },
    Cyrillic {
        code: "be",
        whatlang: Lang::Bel,
        never: "иїєґщъјљњћђџѓќѕ",
        words: "я ты мы вы ён яна яны мне мяне табе цябе нам нас вам вас яго яе што гэта як так \
                ужо вельмі дзякуй тут сёння заўсёды толькі яшчэ калі або не добра дзе чаму \
                таксама усё ўсё быў была было ёсць буду можна трэба проста зараз і ў у на з а \
                але да для ад пра",
    },
    Cyrillic {
        code: "bg",
        whatlang: Lang::Bul,
        never: "ыэёіїєґўјљњћђџѓќѕ",
        words: "аз ти ние вие той тя те то ме ми ни ви го му им че какво това този тази как \
                така вече много благодаря тук днес винаги само още ако или не да добре кога \
                къде защо също всичко всички беше бях бяха съм си е сме сте са ще и в на с а \
                но за от до при със във по",
    },
    Cyrillic {
        code: "sr",
        whatlang: Lang::Srp,
        never: "ыэёъьйяющіїєґўѓќѕ",
        words: "ја ти ми ви он она они мене тебе нам вас њега њу шта што ово овај ова како \
                тако већ много хвала овде данас увек само још ако или не да добро када где \
                зашто такође све био била било је сам си смо сте су ће и у на са а али за од \
                до код",
    },
    Cyrillic {
        code: "mk",
        whatlang: Lang::Mkd,
        never: "ыэёъьйяющіїєґўћђ",
        words: "јас ти ние вие тој таа тие мене тебе нам вас него неа што ова овој оваа како \
                така веќе многу благодарам тука денес секогаш само уште ако или не да добро \
                кога каде зошто исто сè беше бев е сум си сме сте се ќе и во на со а но за од \
                до кај",
    },
];

/// Each common word ([`Cyrillic::words`]) with the languages it is common in, a bit per
/// language of [`LANGS`].
static COMMON: LazyLock<HashMap<&'static str, u8>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, u8> = HashMap::new();
    for (i, lang) in LANGS.iter().enumerate() {
        for word in lang.words.split_whitespace() {
            *map.entry(word).or_default() |= 1 << i;
        }
    }
    map
});

/// The languages of [`LANGS`] that never write the lowercase letter `c`, a bit per language.
fn never_mask(c: char) -> u8 {
    // Most letters are every language's: only the few in a `never` list are looked up.
    static NEVER: LazyLock<Vec<(char, u8)>> = LazyLock::new(|| {
        let mut table: Vec<(char, u8)> = Vec::new();
        for (i, lang) in LANGS.iter().enumerate() {
            for c in lang.never.chars() {
                match table.iter_mut().find(|(x, _)| *x == c) {
                    Some((_, m)) => *m |= 1 << i,
                    None => table.push((c, 1 << i)),
                }
            }
        }
        table
    });
    NEVER.iter().find(|(x, _)| *x == c).map_or(0, |&(_, m)| m)
}

/// A letter of a word: Cyrillic ones at once, the rest as Unicode has them.
fn is_letter(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}') && !matches!(c, '\u{0482}'..='\u{0489}')
        || c.is_ascii_alphabetic()
        || !c.is_ascii() && c.is_alphabetic()
}

/// A reading of a Cyrillic text: the language's ISO 639-1 code, and whether the text said
/// so itself (its words, or letters only that language writes) rather than whatlang guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Reading {
    pub(crate) code: &'static str,
    pub(crate) sure: bool,
}

/// The language of `text`, written in Cyrillic: among the languages its lowercase words'
/// letters allow (a language is ruled out by one such word in eight with a letter it never
/// writes; a capitalised name does not count), the one with at least two of its common words
/// and a clear lead (by a fifth), or the only one allowed; else whatlang's guess among the
/// allowed ones. `None` when whatlang has no answer either.
pub(crate) fn read(text: &str) -> Option<Reading> {
    let mut counts = [0u32; LANGS.len()];
    let mut foreign = [0u32; LANGS.len()];
    let mut words = 0u32;
    let mut lower = String::new();
    for word in text
        .split(|c: char| !is_letter(c))
        .filter(|w| !w.is_empty())
    {
        words += 1;
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        // The languages its letters rule out (a capitalised word may be a name: none), and
        // those it is a common word of.
        let never = if word.chars().next().is_some_and(char::is_lowercase) {
            lower.chars().fold(0, |m, c| m | never_mask(c))
        } else {
            0
        };
        let common = COMMON.get(lower.as_str()).copied().unwrap_or(0);
        for i in 0..LANGS.len() {
            foreign[i] += u32::from(never >> i & 1);
            counts[i] += u32::from(common >> i & 1);
        }
    }
    let allowed: Vec<usize> = (0..LANGS.len())
        .filter(|&i| foreign[i] == 0 || foreign[i] * 8 < words)
        .collect();
    let count = |i: usize| counts[i];
    if let Some(&best) = allowed
        .iter()
        .max_by_key(|&&i| (count(i), std::cmp::Reverse(i)))
    {
        let n = count(best);
        let second = allowed
            .iter()
            .filter(|&&i| i != best)
            .map(|&i| count(i))
            .max()
            .unwrap_or(0);
        let clear = n > second && (n - second) * 5 >= n;
        if (n >= 2 && clear) || (allowed.len() == 1 && words >= 2) {
            return Some(Reading {
                code: LANGS[best].code,
                sure: true,
            });
        }
    }
    let guess = match allowed.len() {
        0 => whatlang::detect(text),
        1 => {
            return Some(Reading {
                code: LANGS[allowed[0]].code,
                sure: false,
            });
        }
        _ => {
            whatlang::Detector::with_allowlist(allowed.iter().map(|&i| LANGS[i].whatlang).collect())
                .detect(text)
        }
    }?;
    let code = LANGS
        .iter()
        .find(|l| l.whatlang == guess.lang())
        .map_or_else(|| super::detect::iso_639_1(guess.lang()), |l| l.code);
    Some(Reading { code, sure: false })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> (&'static str, bool) {
        let r = read(text).unwrap();
        (r.code, r.sure)
    }

    #[test]
    fn short_chat_is_read_by_its_words_and_letters() {
        // Russian that whatlang reads as Bulgarian or Ukrainian.
        assert_eq!(code("Спасибо тебе, Лада"), ("ru", true));
        assert_eq!(code("Лада, мне сегодня грустно"), ("ru", true));
        assert_eq!(
            code("И тебе спасибо, Марина. Я всегда здесь."),
            ("ru", true)
        );
        assert_eq!(code("ты где? я уже дома"), ("ru", true));
        // The others, in words of our own.
        assert_eq!(code("Дякую тобі, я завжди тут."), ("uk", true));
        assert_eq!(
            code("Благодаря ти, скъпа. Винаги съм тук за теб."),
            ("bg", true)
        );
        assert_eq!(code("Дзякуй табе, я заўсёды тут."), ("be", true));
        assert_eq!(code("Хвала ти, увек сам ту за тебе."), ("sr", true));
        assert_eq!(code("Благодарам, секогаш сум тука за тебе."), ("mk", true));
    }

    #[test]
    fn a_letter_is_what_unicode_calls_one() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        }
    }

    #[test]
    fn letters_rule_languages_out() {
        // No common word, but ы is Russian's (or Belarusian's, which never writes и).
        assert_eq!(code("мы пили чай"), ("ru", true));
        // ї is Ukrainian's alone.
        assert_eq!(code("Ми їли борщ"), ("uk", true));
        // A capitalised name written with another language's letter rules nothing out.
        assert_eq!(code("Ірина, спасибо тебе"), ("ru", true));
    }

    #[test]
    fn without_words_or_letters_of_its_own_it_is_a_guess() {
        let r = read("Доброе утро, Лада!").unwrap();
        assert!(!r.sure, "{r:?}");
        let r = read("Спокойной ночи, Лада").unwrap();
        assert!(!r.sure && r.code != "sr" && r.code != "be", "{r:?}");
    }
}
