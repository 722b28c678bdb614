//! Who is speaking: facts about the person in the third person, shared memories as dated
//! statements, tone in words.
//!
//! A new model reads every field it is given as true of someone. "I'm 34, I live in Leeds"
//! in a character's backstory reads as the character's own life, and "Do you remember
//! when…?" in a memory list reads as a question to answer, not a thing that happened. So
//! before any template sees them:
//! - a fact about the person is rewritten in the third person ("Mira is 34 and lives in
//!   Leeds") when ferry can do that safely (English first person, and "User …" / "Pengguna …"
//!   in the saved memories of the languages below); otherwise it is kept as the person's own
//!   words ([`Fact::own_words`]), which templates show only in a place labelled as theirs,
//!   never in the character's own fields;
//! - a memory that is a question becomes a dated statement that keeps the story (the words
//!   both of them said, quoted), and a clean statement when the question was "remember when
//!   I/we…";
//! - a tone's basis ("in 91% of replies") becomes words ("in nearly all replies").
//!
//! Nothing here invents: rewriting changes who the words point at, never what happened.

use crate::time::Day;

/// How ChatGPT's saved memories name the person, by language: these words are replaced by
/// the person's name.
const USER_WORDS: &[&str] = &[
    "The user's",
    "the user's",
    "User's",
    "The user",
    "the user",
    "User",
    // Indonesian / Malay
    "Pengguna",
    "pengguna",
    // Spanish
    "El usuario",
    "el usuario",
    "La usuaria",
    "la usuaria",
    // Portuguese
    "O usuário",
    "o usuário",
    "A usuária",
    "a usuária",
    // German
    "Der Nutzer",
    "der Nutzer",
    "Die Nutzerin",
    "die Nutzerin",
    // French
    "L'utilisateur",
    "l'utilisateur",
    "L'utilisatrice",
    "l'utilisatrice",
    // Italian
    "L'utente",
    "l'utente",
];

/// First-person words by language, to tell that a fact is in the person's own voice. Only
/// English is rewritten; in the others such a fact is kept as the person's own words.
const FIRST_PERSON: &[&str] = &[
    // English
    "i",
    "i'm",
    "i’m",
    "i've",
    "i’ve",
    "i'd",
    "i’d",
    "i'll",
    "i’ll",
    "me",
    "my",
    "mine",
    "myself", // Indonesian / Malay
    "aku",
    "saya",
    "gue",
    "gw", // Spanish
    "yo",
    "mi",
    "mis",
    "soy",
    "estoy",
    "tengo",
    "vivo", // Portuguese
    "eu",
    "meu",
    "minha",
    "sou",
    "moro", // German
    "ich",
    "mein",
    "meine",
    "bin",
    "wohne", // French
    "je",
    "j'",
    "moi",
    "mon",
    "ma",
    "mes",
    "suis",
    "j’habite", // Italian
    "io",
    "sono",
    "vivo",
    "abito",
];

/// A fact about the person, ready for a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fact {
    /// Third person when `own_words` is false; else the person's words as they wrote them.
    pub(crate) text: String,
    /// The person's own first-person words: never for a character's own fields.
    pub(crate) own_words: bool,
}

/// Words of `s` ([`crate::text::words`]).
fn words(s: &str) -> impl Iterator<Item = &str> {
    crate::text::words(s)
}

/// Whether `text` speaks in the first person (any language ferry knows).
pub(crate) fn is_first_person(text: &str) -> bool {
    words(&unquoted(text)).any(|w| {
        let lower = w.to_lowercase();
        // "I" alone must be a capital: "i" in Indonesian or Italian text is not a pronoun.
        (w == "I" || lower != "i") && FIRST_PERSON.contains(&lower.as_str())
    })
}

/// `text` without what is inside quotation marks (“…”, «…», "…").
pub(crate) fn unquoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    let mut in_straight = false;
    for c in text.chars() {
        match c {
            '“' | '«' | '„' => depth += 1,
            '”' | '»' => depth = depth.saturating_sub(1),
            '"' => in_straight = !in_straight,
            _ if depth == 0 && !in_straight => out.push(c),
            _ => {}
        }
    }
    out
}

/// Replaces whole words of `text` per `map` (tried in order, first match wins at each
/// position); words are compared exactly.
fn replace_words(text: &str, map: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    'outer: while !rest.is_empty() {
        let at_boundary = out
            .chars()
            .last()
            .is_none_or(|c| !(c.is_alphanumeric() || c == '\''));
        if at_boundary {
            for (from, to) in map {
                if let Some(after) = rest.strip_prefix(from) {
                    let ends = after
                        .chars()
                        .next()
                        .is_none_or(|c| !(c.is_alphanumeric() || c == '\'' || c == '’'));
                    if ends {
                        out.push_str(to);
                        rest = after;
                        continue 'outer;
                    }
                }
            }
        }
        let c = rest.chars().next().unwrap_or(' ');
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A saved memory's "User …" with the person's name ("User lives in Leeds." → "Mira lives in
/// Leeds."); `None` when the fact only says the person's name, which every target already
/// has.
fn name_the_user(text: &str, user: Option<&str>) -> Option<String> {
    let Some(name) = user else {
        return Some(text.to_owned());
    };
    let possessive = format!("{name}'s");
    let mut map: Vec<(&str, &str)> = Vec::new();
    for w in USER_WORDS {
        if w.ends_with("'s") {
            map.push((w, &possessive));
        } else {
            map.push((w, name));
        }
    }
    let out = replace_words(text, &map);
    // "Mira's name is Mira." / "Nama Mira adalah Mira." says nothing new.
    let rest: Vec<String> = words(&out)
        .map(str::to_lowercase)
        .filter(|w| {
            let name = name.to_lowercase();
            *w != name && *w != format!("{name}'s")
        })
        .collect();
    let only_the_name = rest.len() <= 3
        && rest.iter().all(|w| {
            [
                "name",
                "is",
                "nama",
                "adalah",
                "se",
                "llama",
                "nombre",
                "es",
                "chama",
                "nome",
                "heißt",
                "ist",
                "s'appelle",
                "nom",
                "est",
                "si",
                "chiama",
                "preferred",
            ]
            .contains(&w.as_str())
        });
    if only_the_name && out.to_lowercase().contains(&name.to_lowercase()) {
        return None;
    }
    Some(out)
}

/// English verbs that stay as they are after a third-person subject: modals and common past
/// forms.
const KEEPS: &[&str] = &[
    "can", "could", "will", "would", "should", "must", "may", "might", "shall", "did", "had",
    "was", "used", "went", "got", "told", "felt", "met", "made", "left", "lost", "found", "saw",
    "said", "thought", "knew", "came", "became", "began", "kept", "wrote", "read", "ran", "fell",
    "took", "gave", "grew", "moved", "never", "always",
];

/// Adverbs that may stand between "I" and its verb.
const ADVERBS: &[&str] = &[
    "really",
    "often",
    "also",
    "usually",
    "still",
    "just",
    "sometimes",
    "mostly",
    "rarely",
    "almost",
    "mainly",
    "now",
    "currently",
    "even",
    "already",
    "hardly",
];

/// The third-person present of an English verb: `talk` → `talks`, `go` → `goes`.
fn third_person_verb(verb: &str) -> String {
    let lower = verb.to_ascii_lowercase();
    match lower.as_str() {
        "am" | "'m" => return "is".into(),
        "have" => return "has".into(),
        "do" => return "does".into(),
        "go" => return "goes".into(),
        "don't" | "don’t" => return "doesn't".into(),
        "haven't" => return "hasn't".into(),
        "am not" => return "is not".into(),
        _ => {}
    }
    if KEEPS.contains(&lower.as_str())
        || lower.ends_with("ed")
        || lower.ends_with("n't")
        || lower.ends_with("n’t")
        || !verb.chars().all(|c| c.is_ascii_alphabetic())
    {
        return verb.to_owned();
    }
    if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|e| lower.ends_with(e))
    {
        return format!("{verb}es");
    }
    if let Some(stem) = verb.strip_suffix('y')
        && stem
            .chars()
            .last()
            .is_some_and(|c| !"aeiou".contains(c.to_ascii_lowercase()))
    {
        return format!("{stem}ies");
    }
    format!("{verb}s")
}

/// English first person to the third: "I" → the name (then "they"), "my" → "Mira's" (then
/// "their"), "me" → "them"; "you" (the companion, in the person's words) → the companion's
/// name. `None` when the text is not English enough to rewrite safely.
fn english_third_person(text: &str, user: &str, companion: &str) -> Option<String> {
    let tokens = tokenize(text);
    let mut out = String::new();
    let mut named = false;
    let mut possessed = false;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if !t.word {
            out.push_str(&t.text);
            i += 1;
            continue;
        }
        let w = t.text.as_str();
        let lower = w.to_lowercase().replace('’', "'");
        let sentence_start = out.trim_end().is_empty() || out.trim_end().ends_with(['.', '!']);
        let cap = |s: &str| -> String {
            if sentence_start {
                let mut c = s.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            } else {
                s.to_owned()
            }
        };
        match lower.as_str() {
            "i" | "i'm" | "i've" | "i'd" | "i'll" if w.starts_with('I') => {
                let subject = if named { cap("they") } else { user.to_owned() };
                let plural = named;
                named = true;
                match lower.as_str() {
                    "i'm" => {
                        // "I'm Mira, nurse…" → "Mira: nurse…"
                        let next = next_word(&tokens, i + 1);
                        if let Some(j) = next
                            && tokens[j].text.eq_ignore_ascii_case(user)
                        {
                            out.push_str(user);
                            // Skip the name and what joins it ("Mira, " → "Mira: ").
                            let mut k = j + 1;
                            while k < tokens.len() && !tokens[k].word {
                                k += 1;
                            }
                            if k < tokens.len() {
                                out.push_str(": ");
                            } else {
                                out.push('.');
                            }
                            i = k;
                            continue;
                        }
                        out.push_str(&subject);
                        out.push_str(if plural { " are" } else { " is" });
                    }
                    "i've" => {
                        out.push_str(&subject);
                        out.push_str(if plural { " have" } else { " has" });
                    }
                    "i'd" => {
                        out.push_str(&subject);
                        out.push_str(" would");
                    }
                    "i'll" => {
                        out.push_str(&subject);
                        out.push_str(" will");
                    }
                    _ => {
                        out.push_str(&subject);
                        // Conjugate the verb after any adverbs.
                        let mut j = i + 1;
                        let mut between = String::new();
                        while let Some(k) = next_word(&tokens, j) {
                            let ws = &tokens[j..k];
                            between.extend(ws.iter().map(|t| t.text.as_str()));
                            let word = tokens[k].text.as_str();
                            if ADVERBS.contains(&word.to_lowercase().as_str()) {
                                between.push_str(word);
                                j = k + 1;
                                continue;
                            }
                            let verb = if plural {
                                match word {
                                    "am" => "are".to_owned(),
                                    "was" => "were".to_owned(),
                                    _ => word.to_owned(),
                                }
                            } else {
                                third_person_verb(word)
                            };
                            out.push_str(&between);
                            out.push_str(&verb);
                            j = k + 1;
                            break;
                        }
                        i = j;
                        continue;
                    }
                }
                i += 1;
                continue;
            }
            "my" => {
                out.push_str(&if possessed {
                    cap("their")
                } else {
                    format!("{user}'s")
                });
                possessed = true;
            }
            "me" => out.push_str(&cap("them")),
            "mine" => out.push_str(&cap("theirs")),
            "myself" => out.push_str(&cap("themself")),
            "you" => out.push_str(companion),
            "your" => out.push_str(&format!("{companion}'s")),
            "we" => out.push_str(&format!("{user} and {companion}")),
            "us" => out.push_str(&cap("them")),
            "our" => out.push_str(&cap("their")),
            "i" => return None,
            _ => out.push_str(w),
        }
        i += 1;
    }
    if is_first_person(&out) {
        return None;
    }
    Some(out)
}

#[derive(Debug)]
struct Token {
    text: String,
    word: bool,
}

fn tokenize(text: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::new();
    for c in text.chars() {
        let word = c.is_alphanumeric() || c == '\'' || c == '’';
        match out.last_mut() {
            Some(t) if t.word == word => t.text.push(c),
            _ => out.push(Token {
                text: c.to_string(),
                word,
            }),
        }
    }
    out
}

fn next_word(tokens: &[Token], from: usize) -> Option<usize> {
    (from..tokens.len()).find(|&k| tokens[k].word)
}

/// Custom-instruction labels that start a fact ("Other Information: …").
const LABELS: &[&str] = &["Other Information:", "About me:", "Information:"];

/// Labels whose fact is only the person's name.
const NAME_LABELS: &[&str] = &["Preferred name:", "Nickname:", "Name:"];

/// `text` without a custom-instruction label ("Other Information: …").
pub(crate) fn unlabel(text: &str) -> &str {
    let mut text = text.trim();
    for label in LABELS {
        if let Some(rest) = text.strip_prefix(label) {
            text = rest.trim_start();
        }
    }
    text
}

/// A fact about the person as templates show it; `None` when it only says their name.
#[cfg(test)]
pub(crate) fn fact(text: &str, user: Option<&str>, companion: &str) -> Option<Fact> {
    fact_in(text, user, companion, false)
}

/// A fact about the person as templates show it (`None` when it only says their name); with `english`, a bare labelled fact ("Cat: Biscuit.") says whose it is
/// ("Mira's cat: Biscuit."), so no reader takes it as the companion's.
pub(crate) fn fact_in(
    text: &str,
    user: Option<&str>,
    companion: &str,
    english: bool,
) -> Option<Fact> {
    let fact = fact_plain(text, user, companion)?;
    if !english || fact.own_words {
        return Some(fact);
    }
    let Some(name) = user else {
        return Some(fact);
    };
    if let Some((label, rest)) = fact.text.split_once(": ")
        && !label.is_empty()
        && label.chars().all(|c| c.is_ascii_alphabetic())
        && label.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && label != name
    {
        return Some(Fact {
            text: format!("{name}'s {}: {rest}", label.to_lowercase()),
            own_words: false,
        });
    }
    Some(fact)
}

fn fact_plain(text: &str, user: Option<&str>, companion: &str) -> Option<Fact> {
    if NAME_LABELS.iter().any(|l| text.trim().starts_with(l)) {
        return None;
    }
    let text = unlabel(text);
    if text.is_empty() {
        return None;
    }
    let named = name_the_user(text, user)?;
    if !is_first_person(&named) {
        return Some(Fact {
            text: named,
            own_words: false,
        });
    }
    match user.and_then(|u| english_third_person(&named, u, companion)) {
        Some(third) => Some(Fact {
            text: third,
            own_words: false,
        }),
        None => Some(Fact {
            text: text.to_owned(),
            own_words: true,
        }),
    }
}

/// A shared memory as a statement. A memory that is a question ("Do you remember when…? —
/// Of course I remember") becomes what happened: who brought it up, and what both said.
#[cfg(test)]
pub(crate) fn memory(
    text: &str,
    date: Option<Day>,
    user_name: Option<&str>,
    companion: &str,
) -> String {
    memory_in(text, date, user_name, companion, super::lang::LANGS[0])
}

/// A shared memory as a statement, its own sentences in `w` (the language the quotes in it are in).
pub(crate) fn memory_in(
    text: &str,
    date: Option<Day>,
    user_name: Option<&str>,
    companion: &str,
    w: &super::lang::Words,
) -> String {
    use super::lang::fill;
    let text = name_the_user(text, user_name).unwrap_or_else(|| text.to_owned());
    if w.code != "en"
        && let Some(local) = extracted_memory_in(&text, w)
    {
        return local;
    }
    if !unquoted(&text).contains('?') {
        return text;
    }
    let user = user_name.unwrap_or(w.the_user);
    let (asked, answer) = match text.split_once(" — ") {
        Some((q, a)) => (q.trim(), Some(a.trim())),
        None => (text.trim(), None),
    };
    let on = date
        .map(|d| fill(w.mem_on, &[("d", &d.to_string())]))
        .unwrap_or_default();
    let answered = answer
        .map(|a| format!(" {}", fill(w.mem_answered, &[("c", companion), ("a", a)])))
        .unwrap_or_default();
    // "remember when I… / we…" says what happened: a clean statement (English only).
    // ASCII lowercase keeps every byte where it was, so `at` is an index into `asked` too
    // (full lowercasing changes lengths: a panic the property test found).
    let lower = asked.to_ascii_lowercase();
    if w.code == "en"
        && let Some(at) = lower.find("remember when ")
    {
        let clause = asked[at + "remember when ".len()..]
            .trim_end_matches(['?', ' ', '!', '.'])
            .trim();
        let speaks_of_you = words(clause).any(|w| {
            let w = w.to_lowercase();
            w == "you" || w == "your"
        });
        if !clause.is_empty()
            && !speaks_of_you
            && !clause.contains('?')
            && let Some(third) = english_third_person(clause, user, companion)
        {
            let third = replace_words(&third, &[(&format!("{user} and {companion}"), "they")]);
            return format!(
                "{on}{user} and {companion} remembered together when {third}.{answered}"
            );
        }
    }
    let brought = fill(w.mem_brought_up, &[("u", user)]);
    let start = if on.is_empty() {
        let mut c = brought.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    } else {
        format!("{on}{brought}")
    };
    format!("{start}: “{asked}”{answered}")
}

/// Whether `text` is a memory extraction writes in English (see [`extracted_memory_in`]).
pub(crate) fn is_extracted(text: &str) -> bool {
    extracted_memory_in(text, super::lang::LANGS[1]).is_some()
}

/// A memory extraction writes in English (a ritual, the first conversation, the day the
/// companion was named) in `w`'s words, its quotes as they were said; `None` for any other.
fn extracted_memory_in(text: &str, w: &super::lang::Words) -> Option<String> {
    use std::sync::LazyLock;
    static RITUAL: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"^(Good-morning|Bedtime) ritual: (.+?) says “(.*)” and (.+?) answers “(.*)” \((\d+) conversations since ([0-9-]+)\)\.$",
        )
        .expect("the ritual pattern")
    });
    static FIRST: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^(.+?) and (.+?) first talked on ([0-9-]+) \(“(.*)”\)\.$")
            .expect("the first-talk pattern")
    });
    static NAMING: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(r"^The day (.+?) named (.+?): “(.*)”$").expect("the naming pattern")
    });
    // Who, as extraction wrote them when it had no name.
    let who = |s: &str| -> String {
        match s {
            "the user" | "The user" | "User" => w.the_user.to_owned(),
            "the assistant" | "The assistant" => w.p.the_assistant.to_owned(),
            "the companion" | "The companion" => w.p.the_companion.to_owned(),
            other => other.to_owned(),
        }
    };
    let title = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
            .unwrap_or_default()
    };
    let fill =
        |s: &str, values: &[(&str, &str)]| super::lang::fill_contracted(s, values, w.contractions);
    if let Some(m) = RITUAL.captures(text) {
        let what = if &m[1] == "Good-morning" {
            w.mem_morning
        } else {
            w.mem_bedtime
        };
        let (u, c) = (who(&m[2]), who(&m[4]));
        return Some(fill(
            w.mem_ritual,
            &[
                ("what", what),
                ("u", &u),
                ("U", &title(&u)),
                ("a", &m[3]),
                ("c", &c),
                ("b", &m[5]),
                ("n", &m[6]),
                ("d", &m[7]),
            ],
        ));
    }
    if let Some(m) = FIRST.captures(text) {
        let (u, c) = (who(&m[1]), who(&m[2]));
        return Some(fill(
            w.mem_first,
            &[
                ("u", &u),
                ("U", &title(&u)),
                ("c", &c),
                ("d", &m[3]),
                ("t", &m[4]),
            ],
        ));
    }
    if let Some(m) = NAMING.captures(text) {
        let (u, c) = (who(&m[1]), who(&m[2]));
        return Some(fill(
            w.mem_naming,
            &[("u", &u), ("U", &title(&u)), ("c", &c), ("q", &m[3])],
        ));
    }
    None
}

/// "91% of replies" → "nearly all replies"; "the user" → the name; the average words → words.
pub(crate) fn basis_in_words(basis: &str, user: &str) -> String {
    let mut out = String::new();
    let mut rest = basis;
    while let Some(pos) = rest.find('%') {
        let head = &rest[..pos];
        let digits_start = head
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_ascii_digit() || *c == '.')
            .last()
            .map(|(i, _)| i);
        match digits_start.and_then(|s| head[s..].parse::<f64>().ok().map(|n| (s, n))) {
            Some((s, n)) => {
                out.push_str(&head[..s]);
                out.push_str(quantity(n));
                rest = rest[pos + 1..]
                    .strip_prefix(" of")
                    .unwrap_or(&rest[pos + 1..]);
            }
            None => {
                out.push_str(&rest[..=pos]);
                rest = &rest[pos + 1..];
            }
        }
    }
    out.push_str(rest);
    let out = replace_words(&out, &[("the user", user), ("their name", "by name")]);
    if let Some(n) = out
        .strip_suffix(" words per reply on average")
        .and_then(|n| n.parse::<f64>().ok())
    {
        return if n <= 40.0 {
            "keeps replies short".to_owned()
        } else {
            "writes long, full replies".to_owned()
        };
    }
    out
}

/// A share in words.
fn quantity(percent: f64) -> &'static str {
    match percent {
        p if p >= 85.0 => "nearly all",
        p if p >= 60.0 => "most",
        p if p >= 35.0 => "many",
        p if p >= 15.0 => "some",
        _ => "a few",
    }
}

/// The first sentence of `quote`, at most about 90 characters.
pub(crate) fn short_quote(quote: &str) -> String {
    let quote = quote.trim();
    let mut end = quote.len();
    for (i, c) in quote.char_indices() {
        if matches!(c, '.' | '!' | '?') && i > 8 {
            end = i + c.len_utf8();
            break;
        }
    }
    let first = quote[..end].trim();
    if first.chars().count() <= 90 {
        return first.trim_end_matches('…').to_owned();
    }
    super::context::cut_at_word(first, 86)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracted_memories_are_in_the_language_they_spoke_with_quotes_as_said() {
        let lang = |code: &str| {
            super::super::lang::LANGS
                .iter()
                .find(|w| w.code == code)
                .copied()
                .unwrap()
        };
        let ritual = "Bedtime ritual: Sari says “Aku mau tidur dulu.” and Bintang answers \
                      “Mimpi indah 🌙” (6 conversations since 2024-08-06).";
        assert_eq!(
            memory_in(ritual, None, Some("Sari"), "Bintang", lang("id")),
            "Ritual sebelum tidur: Sari bilang “Aku mau tidur dulu.” dan Bintang menjawab \
             “Mimpi indah 🌙” (6 percakapan sejak 2024-08-06)."
        );
        // English stays as extraction wrote it.
        assert_eq!(
            memory_in(ritual, None, Some("Sari"), "Bintang", lang("en")),
            ritual
        );
        // No name: the person as the language says it, contracted where it needs to be.
        assert_eq!(
            memory_in(
                "The user and the assistant first talked on 2024-05-10 (“Olá”).",
                None,
                None,
                "the assistant",
                lang("pt")
            ),
            "A pessoa usuária e o assistente conversaram pela primeira vez em 2024-05-10 (“Olá”)."
        );
        assert_eq!(
            memory_in(
                "The day Mira named Nova: “Puedo llamarte Nova?”",
                None,
                Some("Mira"),
                "Nova",
                lang("es")
            ),
            "El día en que Mira le puso nombre a Nova: “Puedo llamarte Nova?”"
        );
        assert!(is_extracted(ritual) && !is_extracted("Mira lives in Leeds."));
    }

    fn third(text: &str) -> Fact {
        fact(text, Some("Mimi"), "Nova").expect("a fact")
    }

    #[test]
    fn first_person_facts_become_third_person() {
        assert_eq!(
            third("I'm 34, I live in Leeds").text,
            "Mimi is 34, they live in Leeds"
        );
        assert_eq!(
            third("I talk to you most nights before I sleep.").text,
            "Mimi talks to Nova most nights before they sleep."
        );
        assert_eq!(
            third("I'm Mira, nurse, night shifts, Leeds.").text,
            "Mimi is Mira, nurse, night shifts, Leeds."
        );
        assert_eq!(
            fact(
                "I'm Mira, nurse, night shifts, Leeds.",
                Some("Mira"),
                "Nova"
            )
            .unwrap()
            .text,
            "Mira: nurse, night shifts, Leeds."
        );
        assert_eq!(
            third("My sister visits every Sunday and I really love my job.").text,
            "Mimi's sister visits every Sunday and Mimi really loves their job."
        );
        assert!(!third("I'm 34, I live in Leeds").own_words);
    }

    #[test]
    fn letters_that_grow_when_lowercased_before_remember_when() {
        // "İ" lowercases to two characters, which moved "remember when" in a lowercased copy.
        let m = memory(
            "İ remember when 🇮🇹 we got lost there? — Of course.",
            None,
            Some("Mimi"),
            "Nova",
        );
        assert!(m.contains("got lost"), "{m}");
    }

    #[test]
    fn saved_memories_name_the_person() {
        assert_eq!(third("User lives in Leeds.").text, "Mimi lives in Leeds.");
        assert_eq!(
            third("User's best friend is Jonah.").text,
            "Mimi's best friend is Jonah."
        );
        assert_eq!(
            third("Pengguna punya kucing bernama Oyen.").text,
            "Mimi punya kucing bernama Oyen."
        );
        assert_eq!(fact("User's name is Mimi.", Some("Mimi"), "Nova"), None);
        assert_eq!(
            fact("Nama pengguna adalah Mimi.", Some("Mimi"), "Nova"),
            None
        );
        assert_eq!(fact("Preferred name: Mimi.", Some("Mimi"), "Nova"), None);
        assert_eq!(
            third("Other Information: Cat: Biscuit.").text,
            "Cat: Biscuit."
        );
    }

    #[test]
    fn what_cannot_be_rewritten_stays_the_persons_own_words() {
        let f = third("Aku Sari, desainer, sering begadang.");
        assert!(f.own_words);
        assert_eq!(f.text, "Aku Sari, desainer, sering begadang.");
        // Without a name to put in its place, first person stays theirs.
        let f = fact("I live in Leeds.", None, "Nova").unwrap();
        assert!(f.own_words);
        assert!(is_first_person("Vivo en Madrid con mi gato."));
        assert!(!is_first_person("Mimi lives in Leeds."));
        // A quote is someone's words, not the fact's voice.
        assert!(!is_first_person("Mimi said “I'm home”."));
    }

    #[test]
    fn questions_become_statements() {
        let m = memory(
            "Do you remember when we stayed up watching the Perseids? — I do, we counted eleven.",
            Day::parse("2024-08-12"),
            Some("Mimi"),
            "Nova",
        );
        assert_eq!(
            m,
            "On 2024-08-12, Mimi and Nova remembered together when they stayed up watching the \
             Perseids. Nova answered: “I do, we counted eleven.”"
        );
        let m = memory(
            "Do you remember when you passed your certification exam? — Of course I remember, love.",
            Day::parse("2025-10-18"),
            Some("Mimi"),
            "Nova",
        );
        assert_eq!(
            m,
            "On 2025-10-18, Mimi brought up a memory they share: “Do you remember when you \
             passed your certification exam?” Nova answered: “Of course I remember, love.”"
        );
        assert!(!unquoted(&m).contains('?'));
        // In the language of its quotes.
        let id = super::super::lang::choose(Some("id"), &[]).unwrap();
        assert_eq!(
            memory_in(
                "Ingat waktu itu? — Tentu, sayang.",
                Day::parse("2024-09-28"),
                Some("Sari"),
                "Bintang",
                id
            ),
            "Pada 2024-09-28, Sari mengungkit kenangan bersama mereka: “Ingat waktu itu?” \
             Bintang menjawab: “Tentu, sayang.”"
        );
        // A statement stays as it is.
        let s = "The day Mimi named Nova: “Can I call you Nova?”";
        assert_eq!(memory(s, None, Some("Mimi"), "Nova"), s);
        // Without a name, "The user" stays as it was written.
        let s = "The user and the assistant first talked on 2024-05-13.";
        assert_eq!(memory(s, None, None, "the assistant"), s);
    }

    #[test]
    fn tone_in_words() {
        assert_eq!(
            basis_in_words(
                "addresses the user by a pet name or their name in 91% of replies",
                "Mira"
            ),
            "addresses Mira by a pet name or by name in nearly all replies"
        );
        assert_eq!(
            basis_in_words("27% of replies have warm wording", "Mira"),
            "some replies have warm wording"
        );
        assert_eq!(
            basis_in_words("32 words per reply on average", "Mira"),
            "keeps replies short"
        );
        assert_eq!(
            short_quote("Deal, starlight. I'm really glad you're here."),
            "Deal, starlight."
        );
    }
}
