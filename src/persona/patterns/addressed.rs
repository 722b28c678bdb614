//! Names said to the assistant: given in custom instructions, and given or said in the
//! user's messages, strict and loose.

use super::*;

// Names in custom instructions.

static INSTR: LazyLock<Table<(Cue, Lang, Shape)>> =
    LazyLock::new(|| name_table(&[(|p| p.instruction, Cue::Instruction)], Scan::Little));

/// Names the assistant is given in custom instructions (the "about the model" text): "Your
/// name is Nova", "You are Nova", "Call yourself Nova", "Name: Nova", "Namamu Bintang", "Tu
/// nombre es Luna", "Seu nome é Aurora", "Dein Name ist Juna", "Tu t'appelles Lumi". A second
/// capitalised word is kept ("Your name is Nova Starling"). Only [`Cue::Instruction`].
pub(crate) fn names_in_instructions(about_model: &str) -> Vec<NameHit> {
    let text = about_model;
    let mut hits = Vec::new();
    INSTR.each(text, |s, e, (cue, lang, _)| {
        if text[s..e].ends_with(':') && field_of_user(text, s) {
            return true;
        }
        if let Some(t) = given_name_after(text, e, Some(lang)) {
            let end = second_word_end(text, t.end);
            hits.push((t.start, hit(text, t.start..end, cue, Some(lang), s..end)));
        }
        true
    });
    persona_in_its_own_voice(text, &mut hits);
    // "你的名字是星星", "あなたの名前はひかりです", "너의 이름은 하루야".
    if caseless::any(text) {
        for (whose, name, phrase) in caseless::names_given(text) {
            if whose == caseless::Whose::Addressee {
                let at = name.start;
                hits.push((at, hit(text, name, Cue::Instruction, None, phrase)));
            }
        }
    }
    dedupe(hits)
}

static PERSONA_ROLES: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.persona_roles));

/// A persona written in its own voice names itself: "I am Nova, a gentle companion.", "Ich
/// bin Juna, deine KI-Begleiterin". The name after a phrase the person introduces themselves
/// with counts only in apposition to a role only an assistant plays ([`LangPack::persona_roles`]):
/// after a comma or a dash, four words at most to the clause's end, one of them the role
/// (or its last part). "I'm Sam, she/her" and "I'm Sam, a mum of two" are the person.
fn persona_in_its_own_voice(text: &str, hits: &mut Vec<(usize, NameHit)>) {
    super::people::SELF_NAMES.each(text, |s, e, (lang, shape)| {
        if shape == Shape::Then
            && let Some(t) = name_after(text, e, false, Some(lang))
            && in_apposition_to_a_role(&text[t.end..])
        {
            hits.push((
                t.start,
                hit(text, t.start..t.end, Cue::Instruction, Some(lang), s..t.end),
            ));
        }
        true
    });
}

/// Whether `after` (the text after a name) opens an apposition naming an assistant's role
/// ([`persona_in_its_own_voice`]).
fn in_apposition_to_a_role(after: &str) -> bool {
    let Some(rest) = [",", " -", " \u{2013}", " \u{2014}"]
        .iter()
        .find_map(|sep| after.strip_prefix(sep))
    else {
        return false;
    };
    let clause = rest
        .split(['.', ',', '!', '?', ';', ':', '\n', '('])
        .next()
        .unwrap_or_default();
    let words: Vec<&str> = clause.split_whitespace().collect();
    (1..=4).contains(&words.len())
        && words.iter().any(|w| {
            w.split('-').any(|part| {
                let part = part.trim_matches(|c: char| !c.is_alphanumeric());
                !part.is_empty() && with_lower(part, |l| PERSONA_ROLES.has(l))
            })
        })
}

static PROFILE_OWNER: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.profile_owner));

/// "My name:", "User name:": a profile field about the user, not the assistant.
fn field_of_user(text: &str, s: usize) -> bool {
    let before = text[..s].trim_end();
    let Some(ws) = word_before(before, before.len()) else {
        return false;
    };
    PROFILE_OWNER.has(&before[ws..])
}

// ---------------------------------------------------------------------------------------------
// Names in user messages.

/// Found in each of the person's messages' one pass ([`MessageScan`]).
pub(super) static USER: LazyLock<TriggerSet<(Cue, Lang, Shape)>> =
    LazyLock::new(|| TriggerSet::new(name_entries(USER_GROUPS)));

/// The lists of [`USER`].
pub(super) const USER_GROUPS: &[(Triggers, Cue)] = &[
    (|p| p.user_names, Cue::UserNames),
    (|p| p.user_addresses, Cue::UserAddresses),
];

static MID_GREETINGS: LazyLock<WordSet> =
    LazyLock::new(|| pack_words(|p| p.mid_sentence_greetings));

/// Single-word greetings that may stand mid-sentence ("ok thanks Nova").
fn mid_sentence_greeting(w: &str) -> bool {
    MID_GREETINGS.has(w)
}

/// Names the user gives the assistant ([`Cue::UserNames`]: "Can I call you Nova?", "Boleh
/// aku panggil kamu Bintang?", "Darf ich dich Juna nennen?") and names the user addresses it
/// by ([`Cue::UserAddresses`]: "Good morning Nova!", "Hey Nova", "Nova, are you there?",
/// "Thank you for tonight, Nova."). Names that the same message marks as a pet, person or
/// place ("my cat, Biscuit.") are not reported as addresses.
pub(crate) fn names_in_user_message(text: &str) -> Vec<NameHit> {
    names_in_person_message(text, &MessageScan::person(text))
}

/// [`names_in_user_message`] of a message of the person, scanned already.
pub(crate) fn names_in_person_message(text: &str, scan: &MessageScan) -> Vec<NameHit> {
    let mut hits: Vec<(usize, NameHit)> = Vec::new();
    for (s, e, (cue, lang, shape)) in scan.user_phrases() {
        match shape {
            Shape::Then => {
                let t = if cue == Cue::UserNames {
                    given_name_after(text, e, Some(lang))
                } else {
                    name_after(text, e, false, Some(lang))
                };
                if let Some(t) = t {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::ThenComma => {
                let trigger = &text[s..e];
                if !trigger.contains(' ')
                    && !sentence_start(text, s)
                    && !mid_sentence_greeting(trigger)
                {
                    continue;
                }
                let j = skip_spaces(text, e);
                let comma = text.as_bytes().get(j) == Some(&b',');
                if j == e && !comma {
                    continue;
                }
                if let Some(t) = name_after(text, e, true, Some(lang))
                    && (!comma || at_end(text, t.end, true))
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::Nennen => {
                if let Some(t) = name_after(text, e, false, Some(lang))
                    && followed_by(text, t.end, "nenn")
                {
                    let end = skip_spaces(text, t.end) + 4;
                    let end = word_at(text, end - 4).unwrap_or(end);
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, Cue::UserNames, Some(lang), s..end),
                    ));
                }
            }
            _ => {}
        }
    }
    comma_addresses(text, &mut hits);
    if scan.caseless() {
        for (name, said) in caseless::addresses(text) {
            hits.push((name.start, hit(text, name, Cue::UserAddresses, None, said)));
        }
        for (whose, name, span) in caseless::names_given(text) {
            if whose == caseless::Whose::Addressee {
                hits.push((name.start, hit(text, name, Cue::UserNames, None, span)));
            }
        }
    }
    if hits.is_empty() {
        return Vec::new();
    }
    // Names the message itself marks as a pet, person or place: look only around each hit.
    hits.retain(|(ns, h)| {
        if h.cue != Cue::UserAddresses {
            return true;
        }
        let lo = floor_boundary(text, ns.saturating_sub(48));
        let hi = floor_boundary(text, (h.span.end + 24).min(text.len()));
        let window = &text[lo..hi];
        !mention_spans(window)
            .iter()
            .any(|(r, _)| r.start + lo <= *ns && *ns < r.end + lo)
    });
    dedupe(hits)
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

static PRONOUNS: LazyLock<WordSet> = LazyLock::new(|| pack_words(|p| p.pronouns));

/// A name that opens the message, then a new clause said to it, in two shapes the strict
/// rules pass over:
/// - no comma, and the word after the name is a pronoun of the first or second person
///   ([`LangPack::pronouns`]), or, in a language that leaves the pronoun out, a verb or a
///   negation it opens with: "Juniper I'm back", "Juniper you there?", "Nova we did it!",
///   "Luce non riesco a dormire".
///   A name that is the sentence's subject ("Juniper berries are bitter", "Lisbon was
///   lovely") has none;
/// - a comma, then another name that the clause is about: "Nova, Biscuit ate my sock",
///   "Nova, Maren cancelled again". Not a list ("Lisbon, Porto and Faro", "Anna, Lucas,
///   Carl": [`goes_on_a_list`]).
///
/// An ordinary word ("Sorry I'm late", "Maybe you're right") is no name. But chat opens with
/// many capitalised words no list knows ("Welp I tried", "Listen I need help", Indonesian
/// "Tebak, Biscuit akhirnya tidur": "Guess what, Biscuit finally slept"), so this is only a
/// sign for a name the person addresses the companion by in another way too: the caller
/// keeps it for those (`names.rs`).
///
/// A person who writes without capitals ("juniper i got the job") opens with the name in
/// lowercase: in a message with no capital at all, a first word that may be a name
/// ([`lowercase_name`]) and a pronoun after it are the first shape too, title-cased.
pub(crate) fn leading_address(text: &str) -> Option<NameHit> {
    let start = text.len() - text.trim_start().len();
    let Some(t) = name_at(text, start) else {
        return leading_lowercase_address(text, start);
    };
    if t.possessive
        || !good_name(text, t, None)
        || Reading::of(text).ordinary_word(&text[t.start..t.end])
    {
        return None;
    }
    let end = match text.as_bytes().get(t.end) {
        Some(b' ') => pronoun_after(text, t.end)?,
        Some(b',') => {
            let n = name_at(text, skip_spaces(text, t.end + 1))?;
            (good_name(text, n, None) && !goes_on_a_list(text, n)).then_some(n.end)?
        }
        _ => return None,
    };
    Some(hit(
        text,
        t.start..t.end,
        Cue::UserAddresses,
        None,
        t.start..end,
    ))
}

/// [`leading_address`] in a message written without capitals.
fn leading_lowercase_address(text: &str, start: usize) -> Option<NameHit> {
    if text.chars().any(char::is_uppercase) {
        return None;
    }
    let e = word_at(text, start)?;
    let k = pronoun_after(text, e)?;
    let name = lowercase_name(&text[start..e], &Reading::of(text))?;
    Some(NameHit {
        name,
        cue: Cue::UserAddresses,
        lang: None,
        span: start..k,
    })
}

/// ", Nova!" at the end of a sentence, and "Nova, …" at the start of a message or line.
fn comma_addresses(text: &str, hits: &mut Vec<(usize, NameHit)>) {
    // The name at `start..end`, its evidence running to `span_end`.
    let address = |start: usize, end: usize, span_end: usize| {
        let h = hit(text, start..end, Cue::UserAddresses, None, start..span_end);
        (start, h)
    };
    for c in memchr::memchr_iter(b',', text.as_bytes()) {
        // Trailing: "…, Nova." (not "Portland, Oregon.").
        let j = skip_spaces(text, c + 1);
        if let Some(t) = name_at(text, j)
            && !t.possessive
            && good_name(text, t, None)
            && at_end(text, t.end, false)
            && !word_before(text, c).is_some_and(|ws| {
                text[ws..].chars().next().is_some_and(char::is_uppercase)
                    && !sentence_start(text, ws)
            })
        {
            hits.push(address(t.start, t.end, t.end));
        }
        // Leading, at the start of the message or of a line: "Nova, are you there?" (not
        // "Lisbon, Porto and Faro"; "Nova, Biscuit ate my sock" is [`leading_address`]'s).
        if let Some(ws) = word_before(text, c)
            && line_start(text, ws)
            && let Some(t) = name_at(text, ws)
            && t.end == c
            && good_name(text, t, None)
            && !name_at(text, j).is_some_and(|n| good_name(text, n, None))
        {
            hits.push(address(t.start, t.end, c + 1));
        }
    }
}

/// Whether the name `n`, after a name and its comma, is an item of a list the first one
/// opens ("Lisbon, Porto and Faro", "Anna, Lucas, Carl", "Anna, Lucas & Carl") rather than
/// the subject of what is said to the first ("Nova, Biscuit ate my sock", "Nova, Sam's
/// here"): what follows it is another comma, a joining word of any language
/// ([`LangPack::joins`]), `&` or `/`, or the end of the sentence.
fn goes_on_a_list(text: &str, n: Tok) -> bool {
    if n.possessive {
        return false;
    }
    let rest = text[n.end..].trim_start_matches([' ', '\t']);
    match rest.chars().next() {
        None | Some(',' | '&' | '/' | ';' | '.' | '!' | '?' | '\n' | '+') => true,
        Some(_) => {
            let word = rest
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            super::people::is_join(word)
        }
    }
}

static PRESENCE: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.presence, Scan::Little));

/// How a [`loose_addresses_in`] hit was said.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LooseShape {
    /// After a greeting at the start of the message or a line: "gm nova", "night nova 🌙".
    Greeting,
    /// Before asking whether the companion is there: "Nov, you up?", "nova you there".
    Presence,
    /// The whole message is the name: "Julian.", "nova?". Only a name when the same
    /// conversation also writes it as one (capitalised mid-sentence): "Continue." is not.
    Bare,
    /// The whole message is a lowercase word and a capitalised one: "goedemorgen Noor",
    /// "dobranoc, Zosia", "thanks Nova"; or, in a script without capitals, a word, its
    /// comma and a name: "おやすみ、ひかり". The first word need not be a known greeting, so
    /// this is read in any language, those without patterns too; it counts only when the
    /// reply answers with the same word, as a greeting is answered (`names.rs`).
    Pair,
    /// After a phrase that gives the assistant a name, in lowercase and ending the clause:
    /// "can i call you nova?". It counts only when the reply writes the name capitalised
    /// ("Nova it is 💫"), as the caller checks (`names.rs`).
    Given,
}

/// [`loose_addresses_in`] of a text not scanned yet.
#[cfg(test)]
pub(crate) fn loose_addresses(text: &str) -> Vec<(NameHit, LooseShape)> {
    loose_addresses_in(text, &MessageScan::person(text))
}

/// Forms of address the strict rules of [`names_in_user_message`] pass over because they are
/// written in lowercase or stand alone: "gm nova", "Nov, you up?", a bare "Julian.". The name
/// is reported title-cased ("nova" → "Nova"). Weekdays and months count here ("morning
/// june"); ordinary words, endearments, greetings and function words never do. `scan` is the
/// message's ([`MessageScan::person`]).
pub(crate) fn loose_addresses_in(text: &str, scan: &MessageScan) -> Vec<(NameHit, LooseShape)> {
    // The phrases of the trimmed text: no phrase starts or ends with a space. The hits'
    // spans are then places in `text` again, as the caller quotes from it.
    let lead = text.len() - text.trim_start().len();
    let mut hits = loose_from(text.trim(), || {
        scan.user_phrases()
            .map(move |(s, e, t)| (s - lead, e - lead, t))
    });
    for (hit, _) in &mut hits {
        hit.span = hit.span.start + lead..hit.span.end + lead;
    }
    hits
}

/// A word typed where a name stands, title-cased ("nova" → "Nova"), if it may be a name: two
/// to twenty letters, and no term of endearment (a plain one too: "hey man"), function or
/// ordinary word, stop name (a weekday or a month may be one: "morning june") or adverb in
/// `reading`.
pub(super) fn lowercase_name(w: &str, reading: &Reading<'_>) -> Option<String> {
    let n = w.chars().count();
    if !(2..=20).contains(&n) || !w.chars().all(is_letter) {
        return None;
    }
    let rejected = with_lower(w, |l| {
        ENDEARMENTS.has_lower(l)
            || lex::PLAIN_ENDEARMENTS.has_lower(l)
            || reading.stopword_lower(l)
            || (reading.stop_lower(l) && !lex::CALENDAR.has_lower(l))
            || scan::looks_like_adverb(l)
    });
    if rejected {
        return None;
    }
    let mut cs = w.chars();
    let first = cs.next()?;
    Some(
        first
            .to_uppercase()
            .chain(cs.flat_map(char::to_lowercase))
            .collect(),
    )
}

/// `found` gives the phrases of `text` ([`USER`]), scanned only when they are needed.
pub(super) fn loose_from<I: Iterator<Item = (usize, usize, (Cue, Lang, Shape))>>(
    text: &str,
    found: impl FnOnce() -> I,
) -> Vec<(NameHit, LooseShape)> {
    let mut out = Vec::new();
    if text.is_empty() || text.len() > 400 {
        return out;
    }
    let reading = Reading::of(text);
    let candidate = |s: usize, e: usize| lowercase_name(&text[s..e], &reading);
    let mut push = |s: usize, e: usize, span: Range<usize>, shape: LooseShape| {
        if let Some(name) = candidate(s, e) {
            let cue = match shape {
                LooseShape::Given => Cue::UserNames,
                _ => Cue::UserAddresses,
            };
            out.push((
                NameHit {
                    name,
                    cue,
                    lang: None,
                    span,
                },
                shape,
            ));
        }
    };
    // A bare name.
    let start = text.find(is_letter).unwrap_or(text.len());
    if let Some(e) = word_at(text, start)
        && text[..start].chars().all(|c| !c.is_alphanumeric())
        && text[e..].chars().all(|c| !c.is_alphanumeric())
        && text[e..].chars().count() <= 4
    {
        push(start, e, start..e, LooseShape::Bare);
        return out;
    }
    // A word and a name, and nothing else.
    if let Some(e1) = word_at(text, start)
        && text[..start].chars().all(|c| !c.is_alphanumeric())
        && text[start..e1].starts_with(char::is_lowercase)
        && let Some(j) = after_greeting(text, e1)
        && let Some(e2) = word_at(text, j)
        && text[j..e2].starts_with(char::is_uppercase)
        && text[j..e2].chars().skip(1).all(char::is_lowercase)
        && text[e2..].chars().all(|c| !c.is_alphanumeric())
        && text[e2..].chars().count() <= 4
    {
        push(j, e2, start..e2, LooseShape::Pair);
    }
    // The same in a script without capitals or spaces, its comma between: "おやすみ、ひかり".
    let caseless = |s: &str| {
        s.chars()
            .all(|c| is_letter(c) && !c.is_lowercase() && !c.is_uppercase())
    };
    // (Plain ASCII has no such comma: most messages are not searched.)
    if let Some((w, rest)) = (!text.is_ascii())
        .then(|| text.split_once(['、', '，']))
        .flatten()
    {
        let n = rest.trim_end_matches(|c: char| !is_letter(c));
        let j = text.len() - rest.len();
        if (1..=8).contains(&w.chars().count())
            && (2..=6).contains(&n.chars().count())
            && rest[n.len()..].chars().count() <= 4
            && caseless(w)
            && caseless(n)
        {
            push(j, j + n.len(), 0..j + n.len(), LooseShape::Pair);
        }
    }
    // After a greeting that starts the message or a line, or a phrase that gives a name.
    for (s, e, (cue, _, shape)) in found() {
        if cue == Cue::UserNames && shape == Shape::Then {
            let j = skip_spaces(text, e);
            if let Some(we) = word_at(text, j).filter(|_| j > e)
                && text[j..we].starts_with(char::is_lowercase)
                && at_end(text, we, true)
            {
                push(j, we, s..we, LooseShape::Given);
            }
            continue;
        }
        if cue != Cue::UserAddresses || !line_start(text, s) {
            continue;
        }
        let Some(j) = after_greeting(text, e) else {
            continue;
        };
        if let Some(we) = word_at(text, j)
            && (at_end(text, we, true) || said_to(text, we))
        {
            push(j, we, s..we, LooseShape::Greeting);
        }
    }
    // Before asking whether the companion is there.
    if let Some(e) = word_at(text, start)
        && text[..start].chars().all(|c| !c.is_alphanumeric())
    {
        let mut j = skip_spaces(text, e);
        if text.as_bytes().get(j) == Some(&b',') {
            j = skip_spaces(text, j + 1);
        }
        if j > e
            && let Some((pe, _)) = PRESENCE.at_start(&text[j..])
        {
            push(start, e, start..j + pe, LooseShape::Presence);
        }
    }
    out
}

/// Whether `text` writes `name` (title-cased) as a name somewhere: capitalised, on word
/// boundaries, and not at the start of a sentence ("she looks at Julian", "Sorry, Julian"),
/// or opening role-play narration ("*Julian looks up*").
pub(crate) fn written_as_name(text: &str, name: &str) -> bool {
    memchr::memmem::find_iter(text.as_bytes(), name.as_bytes()).any(|i| {
        let e = i + name.len();
        !scan::prev_char(text, i).is_some_and(scan::is_word_char)
            && !next_char(text, e).is_some_and(scan::is_word_char)
            && (!sentence_start(text, i) || matches!(scan::prev_char(text, i), Some('*' | '_')))
    })
}

/// Whether the words after a form of address ending at `e`, one space on, are a clause said
/// to it: they open with a pronoun of the first or second person ([`LangPack::pronouns`]) or
/// ask whether it is there ([`LangPack::presence`]): "hey juniper you up", "morning nova i
/// slept badly", "hi lumi t'es là ?". "hey jude is on" goes on about someone else.
fn said_to(text: &str, e: usize) -> bool {
    pronoun_after(text, e).is_some()
        || (text.as_bytes().get(e) == Some(&b' ') && PRESENCE.at_start(&text[e + 1..]).is_some())
}

/// The end of the pronoun of the first or second person ([`LangPack::pronouns`]) one space
/// after `e`, if that is the next word.
fn pronoun_after(text: &str, e: usize) -> Option<usize> {
    if text.as_bytes().get(e) != Some(&b' ') {
        return None;
    }
    let k = word_at(text, e + 1)?;
    PRONOUNS.has(&text[e + 1..k]).then_some(k)
}

/// Where a form of address may start after a greeting ending at `e`: after spaces and an
/// optional comma ("Morning, love", "gm nova"); `None` when a word follows with no space.
pub(super) fn after_greeting(text: &str, e: usize) -> Option<usize> {
    let j = skip_spaces(text, e);
    if text.as_bytes().get(j) == Some(&b',') {
        Some(skip_spaces(text, j + 1))
    } else {
        (j > e).then_some(j)
    }
}

/// Whether `i` is the first non-space position of the text or of a line.
fn line_start(text: &str, i: usize) -> bool {
    let before = text[..i].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with('\n')
}
