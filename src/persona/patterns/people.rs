//! People in the text: the user's own name, the names the user talks about (pets, people,
//! places), and the subject of a saved memory.

use super::*;

// The user's own name.

pub(super) static SELF_NAMES: LazyLock<Table<(Lang, Shape)>> = LazyLock::new(|| {
    Table::build(
        PACKS.iter().flat_map(|pack| {
            pack.user_self
                .iter()
                .flat_map(move |&(shape, ps)| phrases(ps).map(move |p| (p, (pack.lang, shape))))
        }),
        Scan::Little,
    )
});

/// The user's own name, from profiles ("Preferred name: Mira", "I'm Mira, 29, a nurse"),
/// saved memories ("User's name is Mira.", "The user prefers to be called Mira", "Nama
/// pengguna adalah Sari", "El usuario se llama Carmen") and self-introductions ("Hi, I'm
/// Mira."), in every language with patterns. Only capitalised names, deduplicated, in order.
pub(crate) fn user_self_names(text: &str) -> Vec<String> {
    let mut names = self_names_from(text, SELF_NAMES.iter(text), |_| true, true);
    if caseless::any(text) {
        given_by_speaker(text, &mut names);
    }
    names
}

/// [`user_self_names`] of a message of the person, scanned already. `own(at)` says whether
/// the introduction whose phrase starts at `at` is the person's own, not a part they play
/// ([`crate::persona::context::plays_a_part`]).
pub(crate) fn user_self_names_in(
    text: &str,
    scan: &MessageScan,
    own: impl Fn(usize) -> bool,
) -> Vec<String> {
    let mut names = self_names_from(text, scan.self_name_phrases(), own, false);
    if scan.caseless() {
        given_by_speaker(text, &mut names);
    }
    names
}

/// Names the person gives themselves in lowercase, as typed on a phone ("my name is mimi",
/// "hi im mimi btw", "call me jo"), title-cased ("Mimi"): after a phrase that gives a name
/// (not "it's"), at the end of a clause or before a new one, and only a word that may be a
/// name as the lowercase forms of address are ([`lowercase_name`]), nor a weekday or a month
/// ("i'm tired", "i'm home", "i'm so done"). Such a word is only a name where the
/// conversation also writes it as one (the caller asks: "Nice to meet you, Mimi!"). `own` as
/// [`user_self_names_in`].
pub(crate) fn lowercase_self_names_in(
    text: &str,
    scan: &MessageScan,
    own: impl Fn(usize) -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (s, e, (lang, shape)) in scan.self_name_phrases() {
        if shape != Shape::Then {
            continue;
        }
        let j = skip_spaces(text, e);
        let Some(k) = word_at(text, j).filter(|_| j > e) else {
            continue;
        };
        let w = &text[j..k];
        let reading = Reading::after_phrase(text, Some(lang));
        if !w.starts_with(char::is_lowercase)
            || with_lower(w, |l| reading.calendar(l))
            || !(at_end(text, k, true) || clause_follows(text, k, lang))
            || !own(s)
        {
            continue;
        }
        if let Some(name) = addressed::lowercase_name(w, &reading)
            && !out.contains(&name)
        {
            out.push(name);
        }
    }
    out
}

/// The names a Korean, Japanese or Chinese text gives its speaker ("내 이름은 지민이에요",
/// "我叫林悦", "私の名前はけんです"), added to `names`; not a term of endearment ("叫我宝贝").
fn given_by_speaker(text: &str, names: &mut Vec<String>) {
    for (whose, name, _) in caseless::names_given(text) {
        let name = &text[name];
        if whose == caseless::Whose::Speaker
            && !caseless::is_endearment(name)
            && !names.iter().any(|n| n == name)
        {
            names.push(name.to_string());
        }
    }
}

/// The names given after the phrases found. `start`: also after every phrase of
/// [`Shape::Start`]; else only where it introduces at once ([`introduces_at_once`]), while the
/// names after the others ("It's Mira!") wait for a reply ([`named_here_in`]).
fn self_names_from(
    text: &str,
    found: impl Iterator<Item = (usize, usize, (Lang, Shape))>,
    own: impl Fn(usize) -> bool,
    start: bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (s, e, (lang, shape)) in found {
        if shape == Shape::Start && (s > 48 || !(start || introduces_at_once(text, s, e))) {
            continue;
        }
        // "Sam here": in a message, only with a reply that says it to the person
        // ([`named_here_in`]); opening a profile the person wrote about themselves ("Hi! Sam
        // here, teacher from Leeds."), it can only be their name.
        if shape == Shape::Before && !(start && s <= 48) {
            continue;
        }
        // A weekday or a month the person gives as their name ("my name is June.", "call me
        // April,", "my name is June and I'm 34"): at the end of a clause, after a phrase that
        // gives a name, never after "it's" ("it's Monday!").
        let calendar = || {
            (shape == Shape::Then)
                .then(|| given_name_after(text, e, Some(lang)))
                .flatten()
                .filter(|t| at_end(text, t.end, true) || clause_follows(text, t.end, lang))
        };
        let name = match shape {
            Shape::Start => name_after_start(text, e, lang),
            Shape::Before => name_tok_before_phrase(text, s, e, lang),
            _ => name_after(text, e, false, Some(lang))
                .or_else(calendar)
                .filter(|&t| !title_case_run(text, t)),
        };
        if let Some(t) = name
            && !about_someone_else(text, s)
            && own(s)
        {
            let name = &text[t.start..t.end];
            if !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

/// The names a message of the person opens with before a phrase that follows a name ("Mimi
/// here!", "Hey Nova, Mimi here.") or after a bare "it's" ("It's Mimi again!",
/// [`Shape::Start`] where it does not introduce at once, [`introduces_at_once`]). Such a name
/// is the person's only where a reply says it to them ("Hi Mimi!"; the caller asks): "Snow
/// here!", "Midnight here." and "It's London!" tell the weather, the hour and the place.
/// `own` as [`user_self_names_in`].
pub(crate) fn named_here_in(
    text: &str,
    scan: &MessageScan,
    own: impl Fn(usize) -> bool,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (s, e, (lang, shape)) in scan.self_name_phrases() {
        let name = match shape {
            Shape::Before => name_before_phrase(text, s, e, lang),
            Shape::Start if s <= 48 && !introduces_at_once(text, s, e) => {
                name_after_start(text, e, lang).map(|t| &text[t.start..t.end])
            }
            _ => None,
        };
        if let Some(name) = name
            && own(s)
            && !out.iter().any(|n| n == name)
        {
            out.push(name.to_string());
        }
    }
    out
}

/// Whether the phrase of [`Shape::Start`] at `s..e` introduces the person at once: after a
/// greeting ("hey Juni, it's Tomás", "hi it's Mimi again"), or ending in a comma ("it's me,
/// Mira"). A bare "It's Lisbon!!" or "It's Mimi!" says the same words as a place would.
fn introduces_at_once(text: &str, s: usize, e: usize) -> bool {
    let before = &text[..s];
    text[..e].ends_with(',') || (!before.trim().is_empty() && only_a_greeting(before))
}

/// "It's Mira!", "c'est Léa": the name after a phrase of [`Shape::Start`], ending its
/// clause. Where the phrase does not introduce at once ([`introduces_at_once`]), the name
/// waits for a reply ([`named_here_in`]): "It's London!", "It's Christmas!" name no one.
fn name_after_start(text: &str, e: usize, lang: Lang) -> Option<Tok> {
    name_after(text, e, false, Some(lang))
        .filter(|&t| ends_own_name(text, t.end, lang) && !title_case_run(text, t))
}

/// Whether the clause of the name the person gives themselves ends at `i`, after one of the
/// language's [`LangPack::self_name_tails`] at most ("hi it's Mimi again!").
fn ends_own_name(text: &str, i: usize, lang: Lang) -> bool {
    if at_end(text, i, true) {
        return true;
    }
    let j = skip_spaces(text, i);
    j > i
        && phrases(lang.pack().self_name_tails).any(|tail| {
            let k = j + tail.len();
            text.get(j..k).is_some_and(|w| w.to_lowercase() == tail)
                && !next_char(text, k).is_some_and(scan::is_word_char)
                && at_end(text, k, true)
        })
}

/// "Mimi here!", "Hey Nova, Mimi here.": the name before a phrase that follows it
/// ([`Shape::Before`]), where the name opens the message (after a greeting at most) and the
/// phrase ends its clause ("Paris here is lovely" names no one).
fn name_before_phrase(text: &str, s: usize, e: usize, lang: Lang) -> Option<&str> {
    name_tok_before_phrase(text, s, e, lang).map(|t| &text[t.start..t.end])
}

/// [`name_before_phrase`], as a token.
fn name_tok_before_phrase(text: &str, s: usize, e: usize, lang: Lang) -> Option<Tok> {
    let ne = text[..s].trim_end_matches([' ', '\t']).len();
    let ws = word_before(text, ne)?;
    let t = name_at(text, ws)?;
    (t.end == ne
        && !t.possessive
        && ends_own_name(text, e, lang)
        && only_a_greeting(&text[..ws])
        && good_name(text, t, Some(lang)))
    .then_some(t)
}

/// The phrases that give the assistant a name or a part, from every pack's
/// [`LangPack::instruction`] ("you're", "you will be", "act as", "eres", "tu es"); not the
/// labels of a profile ("name:").
static CASTS: LazyLock<Table<()>> = LazyLock::new(|| {
    let phrases = PACKS
        .iter()
        .flat_map(|pack| pack.instruction.iter())
        .flat_map(|&(_, ps)| phrases(ps))
        .filter(|p| !p.ends_with(':'));
    Table::build(phrases.map(|p| (p, ())), Scan::Little)
});

/// Whether `text` gives the assistant a part in a scene: a phrase of [`CASTS`] before a
/// possessive or an article ("you're my co-pilot", "you are a bounty hunter", "eres mi
/// caballero"). A name is no part ("you're Nova"), nor is praise ("you're so kind").
pub(crate) fn casts_the_assistant(text: &str) -> bool {
    CASTS.iter(text).any(|(_, e, ())| {
        let i = skip_spaces(text, e);
        word_at(text, i).is_some_and(|k| {
            let w = &text[i..k];
            lex::possessive(w).is_some() || DETERMINERS.has(w)
        })
    })
}

/// Every pack's greetings ([`LangPack::greetings`]), lowercase.
pub(super) static GREETING_SET: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| pack_phrases(|p| p.greetings).collect());

/// Whether `text` (the opening of a message) is nothing but a greeting, with a name perhaps:
/// "", "Hi!", "Hey Nova,", "Good morning 🌞".
pub(crate) fn only_a_greeting(text: &str) -> bool {
    let lower = lower_folded(text);
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return true;
    }
    // The longest greeting the words open with (up to three words), then one word at most.
    (1..=words.len().min(3))
        .rev()
        .find(|&n| GREETING_SET.contains(words[..n].join(" ").as_str()))
        .is_some_and(|n| words.len() - n <= 1)
}

/// Whether a clause starts after `i` behind a function word of `lang`: "June and I'm 34",
/// "Mai und ich wohne…", "June so you know".
fn clause_follows(text: &str, i: usize, lang: Lang) -> bool {
    let j = skip_spaces(text, i);
    let Some(k) = word_at(text, j).filter(|_| j > i) else {
        return false;
    };
    let reading = Reading::after_phrase(text, Some(lang));
    if !with_lower(&text[j..k], |l| reading.stopword_lower(l)) {
        return false;
    }
    let m = skip_spaces(text, k);
    m > k && word_at(text, m).is_some_and(|n| CLAUSE_STARTS.has(&text[m..n]))
}

/// "Sahabat pengguna bernama Ayu", "the user's sister, named Mia": a person or pet noun just
/// before the phrase makes the name theirs, not the user's.
fn about_someone_else(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end_matches([' ', ',', '\'', '\u{2019}']);
    let before = before.strip_suffix("'s").unwrap_or(before);
    let Some(ws) = word_before(before, before.len()) else {
        return false;
    };
    let mut w = before[ws..].to_lowercase();
    // "User's sister": the word before the owner.
    if matches!(
        w.as_str(),
        "user"
            | "pengguna"
            | "usuario"
            | "usuária"
            | "usuário"
            | "usuaria"
            | "nutzer"
            | "nutzerin"
            | "utilisateur"
            | "utilisatrice"
            | "utente"
    ) && let Some(prev) = word_before(before[..ws].trim_end(), before[..ws].trim_end().len())
    {
        w = before[prev..ws].trim().to_lowercase();
    }
    PERSON_SET.contains(w.as_str()) || PET_SET.contains(w.as_str())
}

// ---------------------------------------------------------------------------------------------
// Names the user talks about.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum MKind {
    /// "my cat Biscuit", "a cat named Biscuit".
    Rel(Mention),
    /// "Pak Budi", "Frau Berger".
    Title,
    /// "Biscuit (my cat)".
    Paren,
    /// "Biscuit, my cat".
    CommaPoss,
    /// "in Lisbon".
    Place,
}

static PET_SET: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| pack_phrases(|p| p.pets).collect());
static PERSON_SET: LazyLock<HashSet<&'static str, FxBuild>> =
    LazyLock::new(|| pack_phrases(|p| p.persons).collect());
static DETERMINERS: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.determiners));

pub(super) static MENTIONS: LazyLock<Table<MKind>> = LazyLock::new(|| {
    let mut e: Vec<(&'static str, MKind)> = Vec::new();
    e.extend(pack_phrases(|p| p.pets).map(|p| (p, MKind::Rel(Mention::Pet))));
    e.extend(pack_phrases(|p| p.persons).map(|p| (p, MKind::Rel(Mention::Person))));
    e.extend(pack_phrases(|p| p.honorifics).map(|p| (p, MKind::Title)));
    e.extend(pack_phrases(|p| p.places).map(|p| (p, MKind::Place)));
    e.push(("(", MKind::Paren));
    e.extend(pack_phrases(|p| p.comma_possessives).map(|p| (p, MKind::CommaPoss)));
    Table::build(e, Scan::Little)
});

/// The relation noun (pet or person) at `i`, possibly after a possessive or a determiner,
/// or both ("il mio gatto"): its kind and end.
fn relation_at(text: &str, i: usize) -> Option<(Mention, usize)> {
    let mut i = skip_spaces(text, i);
    for _ in 0..2 {
        let Some(e) = word_at(text, i) else { break };
        let w = &text[i..e];
        if lex::possessive(w).is_none() && !DETERMINERS.has(w) {
            break;
        }
        i = skip_spaces(text, e);
    }
    // Up to three words ("compañero de trabajo"), longest first.
    let mut ends = Vec::with_capacity(3);
    let mut k = i;
    for _ in 0..3 {
        let Some(e) = word_at(text, k) else { break };
        ends.push(e);
        if text.as_bytes().get(e) != Some(&b' ') {
            break;
        }
        k = e + 1;
    }
    for &e in ends.iter().rev() {
        let found = with_lower(&text[i..e], |w| {
            if PET_SET.contains(w) {
                Some(Mention::Pet)
            } else if PERSON_SET.contains(w) {
                Some(Mention::Person)
            } else {
                None
            }
        });
        if let Some(m) = found {
            return Some((m, e));
        }
    }
    None
}

/// A name right before `end` (spaces skipped backwards): "Biscuit (my cat)".
fn name_ending_before(text: &str, end: usize) -> Option<Tok> {
    let e = text[..end].trim_end_matches([' ', '\t']).len();
    let ws = word_before(text, e)?;
    let t = name_at(text, ws)?;
    (t.end == e && !t.possessive && good_name(text, t, None)).then_some(t)
}

/// Skips a connector ("named", "bernama", "llamado", "namens", "nommé", ",") after a relation
/// noun. Returns the new position and whether it was a comma.
fn skip_connector(text: &str, i: usize) -> (usize, bool) {
    let j = skip_spaces(text, i);
    if text.as_bytes().get(j) == Some(&b',') {
        return (j + 1, true);
    }
    let rest = &text[j..];
    for c in PACKS.iter().flat_map(|p| p.connectors) {
        if rest.len() >= c.len()
            && rest.is_char_boundary(c.len())
            && rest[..c.len()].eq_ignore_ascii_case(c)
            && !rest[c.len()..].starts_with(|ch: char| ch.is_alphanumeric())
        {
            let k = j + c.len();
            let comma = c.ends_with(',');
            return (k, comma);
        }
    }
    (j, false)
}

/// Place names may run to two capitalised words ("Mexico City", "Cape Town").
fn place_after(text: &str, i: usize) -> Option<Range<usize>> {
    let t = name_after(text, i, false, None)?;
    Some(t.start..second_word_end(text, t.end))
}

/// Where a name ending at `end` ends when a second capitalised word follows it ("Nova
/// Starling", "Cape Town"); `end` itself otherwise.
pub(super) fn second_word_end(text: &str, end: usize) -> usize {
    if text.as_bytes().get(end) == Some(&b' ')
        && let Some(t2) = name_at(text, end + 1)
        && !t2.possessive
        && good_name(text, t2, None)
    {
        t2.end
    } else {
        end
    }
}

pub(super) fn mention_spans(text: &str) -> Vec<(Range<usize>, Mention)> {
    mention_spans_from(text, MENTIONS.iter(text))
}

fn mention_spans_from(
    text: &str,
    found: impl Iterator<Item = (usize, usize, MKind)>,
) -> Vec<(Range<usize>, Mention)> {
    let mut out: Vec<(Range<usize>, Mention)> = Vec::new();
    for (s, e, kind) in found {
        match kind {
            MKind::Rel(m) => {
                // "my AI boyfriend Nova" is the companion itself.
                if let Some(ws) = word_before(text, text[..s].trim_end().len())
                    && with_lower(&text[ws..text[..s].trim_end().len()], |w| {
                        matches!(
                            w,
                            "ai" | "virtual"
                                | "digital"
                                | "chatgpt"
                                | "robot"
                                | "ki"
                                | "ia"
                                | "online"
                        )
                    })
                {
                    continue;
                }
                let (j, comma) = skip_connector(text, e);
                if let Some(t) = name_after(text, j, false, None) {
                    let ok = m == Mention::Pet
                        || !comma
                        || matches!(next_char(text, t.end), Some(',' | ')'));
                    if ok {
                        out.push((t.start..t.end, m));
                    }
                } else if let Some(t) = scan::name_at(text, skip_spaces(text, j))
                    && t.possessive
                    && good_name(text, t, None)
                {
                    // "my cat Biscuit's bowl".
                    out.push((t.start..t.end, m));
                }
            }
            MKind::Title => {
                if text.as_bytes().get(e) == Some(&b' ')
                    && let Some(t) = name_at(text, e + 1)
                    && good_name(text, t, None)
                {
                    out.push((t.start..t.end, Mention::Person));
                }
            }
            MKind::Paren => {
                if let Some((m, _)) = relation_at(text, e)
                    && let Some(t) = name_ending_before(text, s)
                {
                    out.push((t.start..t.end, m));
                }
            }
            MKind::CommaPoss => {
                // The relation closes the apposition ("Biscuit, my cat.", "Biscuit, my cat,
                // is…"); a clause goes on after a name said to someone ("Juniper, my sister
                // Dana is visiting", "Juniper, my cat is sick").
                if let Some((m, re)) = relation_at(text, s + 1)
                    && !text[re..]
                        .trim_start_matches([' ', '\t'])
                        .starts_with(char::is_alphanumeric)
                    && let Some(t) = name_ending_before(text, s)
                {
                    out.push((t.start..t.end, m));
                }
            }
            MKind::Place => {
                if let Some(r) = place_after(text, e) {
                    out.push((r, Mention::Place));
                }
            }
        }
    }
    out
}

/// Names the user talks about, which are never the companion: pets ("my cat Biscuit",
/// "Biscuit (my cat)", "kucingku Mochi", "mi gato Pelusa", "meine Katze Mia", "mon chat
/// Gribouille"), people ("my friend Jonas", "my coworker Dave", "Pak Budi") and places ("I'm in
/// Lisbon", "trip to Lisbon"). Deduplicated, in order of appearance.
pub(crate) fn mentioned_names(text: &str) -> Vec<(String, Mention)> {
    names_of_mentions(text, mention_spans(text))
}

/// [`mentioned_names`] of a message of the person, scanned already.
pub(crate) fn mentioned_names_in(text: &str, scan: &MessageScan) -> Vec<(String, Mention)> {
    names_of_mentions(text, mention_spans_from(text, scan.mention_phrases()))
}

fn names_of_mentions(text: &str, spans: Vec<(Range<usize>, Mention)>) -> Vec<(String, Mention)> {
    let mut out: Vec<(String, Mention)> = Vec::new();
    for (r, m) in spans {
        let name = &text[r];
        if !out.iter().any(|(n, k)| n == name && *k == m) {
            out.push((name.to_string(), m));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// The subject of a saved memory.

/// The name a saved memory is about, when it opens with one: "Mimi's cat is named Biscuit",
/// "Jonas' Schwester heißt Mia", "Sari tinggal di Bandung", "Carmen y Luna comparten…".
/// Saved memories are written about the person, so the name they open with is theirs far
/// more often than not; the caller counts it over every distinct memory.
pub(crate) fn memory_subject(text: &str) -> Option<String> {
    let text = text.trim_start();
    let t = name_at(text, 0)?;
    let w = &text[t.start..t.end];
    if !good_name(text, t, None) || Reading::of(text).ordinary_word(w) || is_honorific(w) {
        return None;
    }
    // An elided article: "L'utilisateur", "D'après".
    if let Some((_, after)) = w.split_once(['\'', '\u{2019}'])
        && after.chars().next().is_some_and(char::is_lowercase)
    {
        return None;
    }
    let rest = &text[t.end..];
    let follows = t.possessive
        || rest.starts_with("' ")
        || rest.starts_with("\u{2019} ")
        || rest
            .strip_prefix(' ')
            .and_then(|r| r.chars().next())
            .is_some_and(char::is_lowercase);
    follows.then(|| w.to_owned())
}

/// Whether a saved memory speaks of the person as "the user" ([`LangPack::the_user`]):
/// then the name it opens with is someone else's ("Kate is the user's older sister", "Kate
/// and the user go hiking").
pub(crate) fn mentions_the_user(text: &str) -> bool {
    static PHRASES: LazyLock<Vec<&'static str>> =
        LazyLock::new(|| pack_phrases(|p| p.the_user).collect());
    let lower = lower_folded(text);
    PHRASES.iter().any(|p| has_word(&lower, p))
}

fn is_honorific(w: &str) -> bool {
    static SET: LazyLock<HashSet<&'static str, FxBuild>> =
        LazyLock::new(|| pack_phrases(|p| p.honorifics).collect());
    with_lower(w, |l| SET.contains(l))
}

// Pet names the person asks for.

static CALL_ME: LazyLock<Table<Lang>> =
    LazyLock::new(|| Table::build(lang_entries(|p| p.call_me), Scan::Little));

/// Words before "call me" that turn it round, in every language ([`LangPack::call_me_not`]).
static CALL_ME_NOT: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.call_me_not));

/// Words that join a list's items, in every language ([`LangPack::joins`]).
static JOINS: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.joins));

/// A word that joins the items of a list in a language ferry has patterns for ("and", "oder",
/// "и"; [`LangPack::joins`]), in lowercase.
pub(super) fn is_join(word: &str) -> bool {
    JOINS.has(word)
}

/// Calls `found(end, lang)` at the end of each phrase of [`LangPack::call_me`] in `text` that
/// no word before turns round ("don't call me…").
fn each_call_me(text: &str, mut found: impl FnMut(usize, Lang)) {
    CALL_ME.each(text, |s, e, lang| {
        let before: Vec<&str> = text[..s].split_whitespace().rev().take(2).collect();
        if !before.iter().any(|w| CALL_ME_NOT.has(w)) {
            found(e, lang);
        }
        true
    });
}

/// The pet names the person asks to be called in custom instructions: "Call me 'love' or
/// 'trouble'", "you call me little fox", "Nenn mich Sternchen". Quoted terms when the clause
/// quotes any; otherwise terms of one or two words that are no ordinary words (or are known
/// endearments), up to the clause's end, split at commas and "or"/"and". A capitalised term
/// that is no endearment is a name ("call me Sam"), and "don't call me babe" asks for none.
pub(crate) fn pet_names_asked(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_call_me(text, |e, _| {
        let rest = &text[e..];
        let clause = &rest[..rest
            .find(['.', '!', '?', ';', '\n', '(', ':'])
            .unwrap_or(rest.len())];
        let quoted = quoted_terms(clause);
        let terms: Vec<(&str, bool)> = if quoted.is_empty() {
            clause
                .split(',')
                .flat_map(|part| split_at_or(part))
                .map(|t| (t, false))
                .collect()
        } else {
            quoted.into_iter().map(|t| (t, true)).collect()
        };
        for (term, quoted) in terms {
            if let Some(term) = asked_term(term, quoted)
                && !out.iter().any(|o| o.eq_ignore_ascii_case(&term))
            {
                out.push(term);
            }
        }
    });
    out
}

/// The names the person asks to be called by in the "how should ChatGPT respond" box ("Call
/// me Priya.", "Refer to me as Theo", "Nenn mich Lena"): a capitalised name right after
/// a phrase of [`LangPack::call_me`], no term of endearment ("Call me Sunshine" asks for a pet
/// name), and never one the person turns round ("Don't call me Pat"). The box is written to
/// the assistant, so its other self-introductions ("I am Nova, your companion") are not read
/// here: they are the persona's own voice.
pub(crate) fn names_asked_for(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    each_call_me(text, |e, lang| {
        if let Some(t) = given_name_after(text, e, Some(lang)) {
            let end = second_word_end(text, t.end);
            let name = &text[t.start..end];
            if !is_endearment(name) && !out.iter().any(|o| o == name) {
                out.push(name.to_owned());
            }
        }
    });
    out
}

/// The terms between quotes in `clause`, in the order of the text ("'love' or 'trouble'",
/// "“little fox”", "‘bean’"): the quotes of [`crate::persona::context::each_quote`].
fn quoted_terms(clause: &str) -> Vec<&str> {
    use crate::persona::context::{QUOTE_PAIRS, each_quote};
    let mut pairs = QUOTE_PAIRS.to_vec();
    pairs.push(('\u{2018}', '\u{2019}'));
    let mut found: Vec<(usize, &str)> = Vec::new();
    each_quote(clause, &pairs, |quote, inner| {
        found.push((quote.start, &clause[inner]));
    });
    found.sort_unstable_by_key(|&(at, _)| at);
    found.into_iter().map(|(_, term)| term).collect()
}

/// A part of a list split at a word that joins its items ("love or trouble").
fn split_at_or(part: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut from = 0;
    let mut at = 0;
    for word in part.split(' ') {
        let end = at + word.len();
        if JOINS.has(word) {
            out.push(&part[from..at]);
            from = end;
        }
        at = end + 1;
    }
    out.push(&part[from.min(part.len())..]);
    out
}

/// A term the person asked to be called by, as written, when it may be a pet name
/// ([`pet_names_asked`]).
fn asked_term(term: &str, quoted: bool) -> Option<String> {
    let mut term = term.trim_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    if !quoted {
        // Ordinary words after the term end the request, not the name ("pumpkin
        // sometimes", "bug too").
        while let Some((head, last)) = term.rsplit_once(' ')
            && !is_endearment(term)
            && Reading::here().any_ordinary(last)
        {
            term = head.trim_end();
        }
    }
    let words: Vec<&str> = term.split_whitespace().collect();
    let fits = !words.is_empty()
        && words.len() <= if quoted { 3 } else { 2 }
        && term
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'' || c == '\u{2019}');
    if !fits {
        return None;
    }
    let endearment = is_endearment(term);
    if term.starts_with(char::is_uppercase) && !endearment {
        return None;
    }
    if !quoted && !endearment && words.iter().any(|w| Reading::here().any_ordinary(w)) {
        return None;
    }
    Some(term.to_string())
}

// Characters a story brings in.

static INTRODUCES: LazyLock<Table<Lang>> =
    LazyLock::new(|| Table::build(lang_entries(|p| p.introduces), Scan::Little));

/// Indefinite articles, in every language ([`LangPack::indefinite`]).
static INDEFINITE: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.indefinite));

/// The names a story brings in for its characters: the capitalised name after the words that
/// introduce one ("a small copper dragon named Ember", "une renarde nommée Pip"; each
/// language's [`LangPack::introduces`]), then a name in apposition to an indefinite article
/// ("Ember, a small copper dragon, lived…"), each once. A role-play
/// scene, written with its actions between asterisks ("*The captain, a tall woman named
/// Reyes, turns to you.*"), brings in the part the companion plays: none of its names.
pub(crate) fn introduced_names(story: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if role_play_speech(story).is_some() {
        return out;
    }
    INTRODUCES.each(story, |_, e, lang| {
        if let Some(t) = name_after(story, e, false, Some(lang)) {
            let name = &story[t.start..t.end];
            if !out.iter().any(|o| o == name) {
                out.push(name.to_owned());
            }
        }
        true
    });
    let reading = Reading::of(story);
    for c in memchr::memchr_iter(b',', story.as_bytes()) {
        let Some(ws) = word_before(story, c) else {
            continue;
        };
        let Some(t) = name_at(story, ws).filter(|t| t.end == c && !t.possessive) else {
            continue;
        };
        let rest = &story[c + 1..];
        let Some(rest) = rest.strip_prefix(' ') else {
            continue;
        };
        let Some((article, after)) = rest.split_once(' ') else {
            continue;
        };
        let name = &story[t.start..t.end];
        if INDEFINITE.has(article)
            && after.starts_with(char::is_lowercase)
            && !ordinary_word(&reading, name)
            && !out.iter().any(|o| o == name)
        {
            out.push(name.to_owned());
        }
    }
    out
}
