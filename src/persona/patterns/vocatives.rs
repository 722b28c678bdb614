//! How the assistant addresses the user: forms of address, with role-play narration and code
//! fences set aside.

use super::*;

// Vocatives.

/// Found in each reply's one pass ([`MessageScan`]).
pub(super) static GREET: LazyLock<TriggerSet<Lang>> =
    LazyLock::new(|| TriggerSet::new(lang_entries(|p| p.greetings)));
pub(super) static CLAUSE_STARTS: LazyLock<WordSet> =
    LazyLock::new(|| pack_words(|p| p.clause_starts));

/// How the assistant addresses the user: the form of address after a greeting ("Good
/// morning, starlight!", "Hi Mira,"), a trailing ", X" before the end of a sentence, an emoji
/// or the end of the text ("Sleep well, love 🌙", "Of course, Mira."), a ", X," before a new
/// clause ("Get cozy, starlight, I'm not going anywhere"), and a leading "X," when X is a
/// known term of endearment ("Sayang, …", "My love, …"). Ordinary words ("really", "too",
/// "okay"…) are skipped; 2–3-word forms must be a known expression, start with a possessive,
/// end in a known endearment or be a two-word name. Text inside ``` code fences is ignored.
pub(crate) fn vocatives(text: &str) -> Vec<Vocative> {
    vocatives_in(text, &MessageScan::reply(text))
}

/// [`vocatives()`] of a reply scanned already.
pub(crate) fn vocatives_in(text: &str, scan: &MessageScan) -> Vec<Vocative> {
    let mut fences = code_fences(text);
    // Role-play narration between single asterisks ("*pours the wine, unhurried*") describes;
    // it does not address anyone.
    fences.extend(narration(text));
    let in_fence = |i: usize| fences.iter().any(|r| r.contains(&i));
    // One reading of the reply for every word weighed in it (its languages asked once).
    let reading = Reading::of(text);
    let mut out: Vec<Vocative> = Vec::new();
    for (s, e) in scan.greetings() {
        if in_fence(s) || in_compound(text, s) {
            continue;
        }
        let Some(j) = after_greeting(text, e) else {
            continue;
        };
        if let Some(v) = address_at(text, j, true, &reading) {
            out.push(v);
        }
    }
    for c in memchr::memchr_iter(b',', text.as_bytes()) {
        if !fences.is_empty() && in_fence(c) {
            continue;
        }
        let j = skip_spaces(text, c + 1);
        if (j > c + 1 || next_char(text, j).is_some_and(is_letter))
            && let Some(v) = address_at(text, j, false, &reading)
            && (is_endearment(&v.words) || !ends_a_list(text, c, &reading))
        {
            out.push(v);
        }
        if let Some(v) = leading_endearment(text, c, &reading) {
            out.push(v);
        }
    }
    after_addressee(text, scan, &reading, &in_fence, &mut out);
    if scan.caseless() {
        out.retain(|v| caseless::may_address(&v.words));
        for span in caseless::reply_addresses(text) {
            if !in_fence(span.start) {
                let words = text[span.clone()].to_string();
                out.push(Vocative { words, span });
            }
        }
    }
    out.sort_by_key(|v| (v.span.start, v.span.end));
    out.dedup_by(|a, b| a.span == b.span);
    out
}

/// A form of address with no comma before it, after a pronoun of the second person, ending
/// a sentence: "I'm so proud of you Theo!", "Thank you sweetheart 💛", "I love you my love.",
/// "ich denk an dich Theo". Written so by a companion that drops its commas, as the person
/// does; a reply with its commas says "of you, Theo" ([`vocatives()`]' other forms). One
/// capitalised word that may be a name, or a term of endearment (with a possessive before
/// it): "see you Monday", "thank you so much" and "I'm with you always" are none. The
/// pronouns are the reply's one scan's ([`MessageScan::addressees`]).
fn after_addressee(
    text: &str,
    scan: &MessageScan,
    reading: &Reading<'_>,
    in_fence: &dyn Fn(usize) -> bool,
    out: &mut Vec<Vocative>,
) {
    for (_, e) in scan.addressees() {
        let j = e + 1;
        let Some(k) = word_at(text, j) else {
            continue;
        };
        let first = &text[j..k];
        let capitalised = first.starts_with(char::is_uppercase);
        let words = if at_end(text, k, false) && (capitalised || is_endearment(first)) {
            vec![(j, k)]
        } else if text.as_bytes().get(k) == Some(&b' ')
            && let Some(q) = word_at(text, k + 1)
            && at_end(text, q, false)
            && is_endearment(&text[k + 1..q])
            && lex::possessive(first).is_some()
        {
            vec![(j, k), (k + 1, q)]
        } else {
            continue;
        };
        if in_fence(j) || (capitalised && words.len() == 1 && calendar_name(first, reading)) {
            continue;
        }
        out.extend(
            validate(text, &words, reading)
                .filter(|v| (capitalised && words.len() == 1) || is_endearment(&v.words)),
        );
    }
}

/// Whether the greeting at `s` ends a compound word ("late-night talks", "mid-morning"):
/// no greeting, unless the compound is one ("good-night").
fn in_compound(text: &str, s: usize) -> bool {
    let Some(before) = text[..s].strip_suffix('-') else {
        return false;
    };
    let Some(ws) = word_before(before, before.len()) else {
        return false;
    };
    let end = word_at(text, s).unwrap_or(s);
    let compound = format!("{} {}", &before[ws..], &text[s..end]);
    !with_lower(&compound, |l| GREETING_SET.contains(l))
}

/// Whether the comma at `c` goes on a list of single words: the word before it follows a
/// comma too and differs from the word before that, and is no interjection, greeting or
/// pronoun ([`Reading::stop_name`]) ("You're brave, kind, strong.", "grace, patience,
/// courage"). What ends such a list is its last item, not a form of address; "No, no, no,
/// sweetheart" and "Oh, well, Rosa" are no lists.
fn ends_a_list(text: &str, c: usize, reading: &Reading<'_>) -> bool {
    ends_a_list_of_words(text, c, reading) || follows_a_title(text, c)
}

/// Whether the comma at `c` follows an item of two to four capitalised words that a comma
/// opens: the names of things listed ("Ideas: Salt & Crumb, The Tide Table, Harbour
/// Light."), not a form of address ("My playlist: Slow Mornings, Rosa." still is one).
fn follows_a_title(text: &str, c: usize) -> bool {
    let before = &text[..c];
    let Some(sep) = before.rfind([',', ':', '\n', '.', '!', '?']) else {
        return false;
    };
    if before.as_bytes()[sep] != b',' {
        return false;
    }
    let words: Vec<&str> = before[sep + 1..].split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| *w == "&" || w.starts_with(char::is_uppercase))
}

/// [`ends_a_list`] of single words.
fn ends_a_list_of_words(text: &str, c: usize, reading: &Reading<'_>) -> bool {
    let b = text.as_bytes();
    let Some(ws) = word_before(text, c) else {
        return false;
    };
    // Spaces, then the comma before the word.
    let mut comma = ws;
    while comma > 0 && b[comma - 1] == b' ' {
        comma -= 1;
    }
    if comma == ws || comma == 0 || b[comma - 1] != b',' {
        return false;
    }
    let comma = comma - 1;
    let last = &text[ws..c];
    if reading.stop_name(last) {
        return false;
    }
    // The item before: a single word, not the same one ("no, no").
    word_before(text, comma).is_some_and(|w| !text[w..comma].eq_ignore_ascii_case(last))
}

/// A name that opens a reply, before a comma or an exclamation: "Tobias, sleep well.",
/// "Tobias!! You got the job!", after an interjection too ("Oh Tobias, come here."). The
/// same place holds words that open any sentence ("Honestly, …", "Listen, …", "Coffee,
/// always.", "Bingo! …"), so it is read apart from the other forms of address and more
/// strictly: one capitalised word (not written in capitals), then a comma or exclamation
/// marks and more text; not a stop name, an ordinary or function word, a term of endearment
/// (those are [`vocatives()`]'), an adverb, a word that opens a clause, nor a greeting the
/// reply starts with. The caller keeps it only as the person's name, only in conversations
/// that never write the word in lowercase, and only to add to a name the companion addresses
/// the person by elsewhere.
pub(crate) fn leading_name<'t>(text: &'t str, scan: &MessageScan) -> Option<&'t str> {
    let mut start = skip_spaces(text, 0);
    // A greeting and a name are the other forms of address' ("Hey Tobias, …").
    if scan.greetings().any(|(s, _)| s == start) {
        return None;
    }
    let reading = Reading::of(text);
    // An interjection, a space, then the name: "Oh Tobias, …", "Aw Tobias! …".
    if let Some(end) = word_at(text, start)
        && text[end..].starts_with(' ')
        && next_char(text, end + 1).is_some_and(char::is_uppercase)
    {
        let first = &text[start..end];
        if reading.stop_name(first) && !with_lower(first, |l| reading.calendar(l)) {
            start = end + 1;
        }
    }
    let tok = name_at(text, start)?;
    let word = &text[start..tok.end];
    let marks = text[tok.end..].bytes().take_while(|&b| b == b'!').count();
    let marks = match marks {
        0 if text[tok.end..].starts_with(',') => 1,
        0 => return None,
        n => n,
    };
    if tok.possessive {
        return None;
    }
    // More text after the comma: a name alone on the line, then the message, is a salutation
    // and counts too; a comma at the end is not an address.
    let after = &text[tok.end + marks..];
    if after.trim().is_empty() || !after.starts_with(char::is_whitespace) {
        return None;
    }
    // One word ("Mary-Jane" is one): no space or apostrophe inside it.
    if word.contains([' ', '\'', '\u{2019}']) {
        return None;
    }
    (!ordinary_word(&reading, word)).then_some(word)
}

/// The name in a form of address of a reply written all in lowercase ("morning nico! sleep
/// okay, moonbeam?"), title-cased ("Nico"): where the companion never writes a capital, the
/// capital that tells a name from a word is missing, and a form of address of one word of two
/// to twenty letters that is no ordinary word, term of endearment, word that opens a clause or
/// day of the calendar ([`ordinary_word`]) may be a name. `None` when the reply writes any
/// capital or has fewer than four words (too little to say it never would).
pub(crate) fn name_in_lowercase_voice(reply: &str, words: &str) -> Option<String> {
    if !words.chars().all(|c| c.is_alphabetic() && c.is_lowercase())
        || reply.chars().any(char::is_uppercase)
        || reply.split_whitespace().nth(3).is_none()
    {
        return None;
    }
    let reading = Reading::of(reply);
    if ordinary_word(&reading, words) {
        return None;
    }
    // Its length and the title-casing, as for the person's lowercase address of the
    // companion ("gm nova").
    super::addressed::lowercase_name(words, &reading)
}

/// Whether a capitalised word where a name could stand is an ordinary one: a stop name, an
/// ordinary or function word, a term of endearment, a word that opens a clause, the
/// calendar, an adverb.
/// `reading`: of the text where the word stands ([`Reading::of`]).
pub(crate) fn ordinary_word(reading: &Reading<'_>, word: &str) -> bool {
    with_lower(word, |l| {
        reading.stop_lower(l)
            || ENDEARMENTS.has_lower(l)
            || CLAUSE_STARTS.has_lower(l)
            || reading.stopword_lower(l)
            || reading.calendar(l)
            || scan::looks_like_adverb(l)
    })
}

/// The person's name in a greeting answered with itself, in any language: the person writes
/// only a greeting and the companion's name ("Günaydın Deniz!", "God natt Saga 🌙") and the
/// reply opens with the same greeting and another capitalised word before a mark or an emoji
/// ("Günaydın Elif! Bu gece…", "God natt, Elin 🌙"), with "!" or "," after it, or an emoji or
/// the end of the reply. That word addresses the person. The
/// greeting is one to three words, the same in both (case and a comma aside); the word must
/// be one letter-word that is not ordinary ([`leading_name`]'s test) and not the name the
/// person wrote. This is how a greeting is answered in a language ferry has no patterns
/// for, where "Günaydın" is not known as a greeting.
pub(crate) fn echoed_address<'r>(user: &str, reply: &'r str) -> Option<&'r str> {
    // Words with their letters: marks and emoji stand apart, or end a word.
    fn letters(token: &str) -> &str {
        token.trim_matches(|c: char| !c.is_alphabetic() && c != '-')
    }
    // A greeting and a name: four words at most, so a long message is left at its fifth.
    let mut said = [""; 4];
    let mut n = 0;
    for token in user
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphabetic))
    {
        *said.get_mut(n)? = token;
        n += 1;
    }
    let (&name, greeting) = said[..n].split_last()?;
    let name = letters(name);
    let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    if greeting.is_empty()
        || greeting.len() > 3
        || !capitalised(name)
        || greeting.iter().skip(1).any(|w| capitalised(letters(w)))
    {
        return None;
    }
    let mut tokens = reply.split_whitespace();
    for word in greeting {
        let answer = tokens.next()?;
        if lower_folded(letters(answer)) != lower_folded(letters(word)) {
            return None;
        }
    }
    let token = tokens.next()?;
    let word = letters(token);
    let after = &token[token.find(word)? + word.len()..];
    // "!" and "," end an address; "." and "?" end a sentence about something too ("I love
    // Rome.").
    let ends = after.is_empty() || after.starts_with(['!', ',']);
    let one_word = word.chars().count() >= 2 && word.chars().all(|c| c.is_alphabetic() || c == '-');
    let after_word = tokens.next();
    // An address ends at a mark, or before an emoji or the end of the reply.
    let stands_alone =
        !after.is_empty() || after_word.is_none_or(|t| !t.chars().any(char::is_alphabetic));
    (ends
        && stands_alone
        && one_word
        && capitalised(word)
        && !word.chars().all(char::is_uppercase)
        && lower_folded(word) != lower_folded(name)
        && !ordinary_word(&Reading::of(reply), word))
    .then_some(word)
}

/// Whether `word` (as [`leading_name`] found it) is written in lowercase anywhere in `text`: a
/// word, then, not a name ("Listen, …" and "just listen").
pub(crate) fn written_lowercase(text: &str, word: &str) -> bool {
    let lower = lower_folded(word);
    lower != word && has_word(text, &lower)
}

impl Vocative {
    /// Whether it stands as a question tag in `text` (the text it was found in): one
    /// lowercase word, not a known term of endearment, between a comma and a question mark
    /// ("She taught you, remember?", "Rest now, understand?"). A pet name can stand there
    /// too ("Sleepy, starlight?"), so the caller weighs it with the other uses.
    pub(crate) fn question_tag(&self, text: &str) -> bool {
        text[self.span.end..].starts_with('?')
            && text[..self.span.start].trim_end().ends_with(',')
            && !self.words.contains(' ')
            && self.words.chars().next().is_some_and(char::is_lowercase)
            && !is_endearment(&self.words)
    }
}

/// Spans between single asterisks on one line, the asterisks included: role-play actions
/// ("*smiles softly*") and emphasis ("*so*"), not markdown bold ("**").
pub(crate) fn narration(text: &str) -> Vec<Range<usize>> {
    let b = text.as_bytes();
    let mut v = Vec::new();
    let mut open: Option<usize> = None;
    for i in memchr::memchr2_iter(b'*', b'\n', b) {
        if b[i] == b'\n' {
            open = None;
            continue;
        }
        let double = (i > 0 && b[i - 1] == b'*') || b.get(i + 1) == Some(&b'*');
        if double {
            continue;
        }
        match open.take() {
            Some(a) => v.push(a..i + 1),
            None => open = Some(i),
        }
    }
    v
}

/// The speech of a role-play message: the pieces of `text` around its actions, or `None`
/// when it has none. An action is a [`narration`] span that stands where a sentence may
/// start ([`sentence_start`]: at the start, after a sentence's end, a line break or another
/// action) and ends before a sentence may go on: "*looks up and grins* There you are." A
/// span of one word must be followed by the end, a capital or punctuation, so that emphasis
/// ("*Never* give up", "you are *so* brave") stays speech; bold (`**`) is never an action.
pub(crate) fn role_play_speech(text: &str) -> Option<Vec<&str>> {
    // Most replies have no asterisk: no list of spans is built for them.
    memchr::memchr(b'*', text.as_bytes())?;
    let mut pieces = Vec::new();
    let mut from = 0;
    let mut found = false;
    for span in narration(text) {
        let inner = &text[span.start + 1..span.end - 1];
        let tight = !inner.is_empty()
            && !inner.starts_with(char::is_whitespace)
            && !inner.ends_with(char::is_whitespace);
        let rest = &text[span.end..];
        let one_word = !inner.contains(char::is_whitespace);
        let goes_on = rest.starts_with(char::is_alphanumeric)
            || one_word && rest.trim_start().starts_with(char::is_lowercase);
        if !tight || goes_on || !sentence_start(text, span.start) {
            continue;
        }
        found = true;
        if !text[from..span.start].trim().is_empty() {
            pieces.push(&text[from..span.start]);
        }
        from = span.end;
    }
    if !found {
        return None;
    }
    if !text[from..].trim().is_empty() {
        pieces.push(&text[from..]);
    }
    Some(pieces)
}

fn code_fences(text: &str) -> Vec<Range<usize>> {
    let mut v = Vec::new();
    let mut it = crate::text::fences(text);
    while let Some(a) = it.next() {
        let b = it.next().unwrap_or(text.len());
        v.push(a..b + 3);
    }
    v
}

/// A form of address of 1–3 words starting at `j`, ended by a terminator (a comma too when
/// `after_greeting`), or followed by `", <clause start>"`.
fn address_at(
    text: &str,
    j: usize,
    after_greeting: bool,
    reading: &Reading<'_>,
) -> Option<Vocative> {
    let mut words: [(usize, usize); 3] = [(0, 0); 3];
    let mut n = 0;
    let mut i = j;
    loop {
        let e = word_at(text, i)?;
        words[n] = (i, e);
        n += 1;
        let b = text.as_bytes();
        // Most words are followed by a space and another word: not an end (`at_end` reads
        // the letter), so the address goes on, or is too long.
        if b.get(e) == Some(&b' ') && b.get(e + 1).is_some_and(u8::is_ascii_alphabetic) {
            if n == 3 {
                return None;
            }
            i = e + 1;
            continue;
        }
        if at_end(text, e, after_greeting) {
            break;
        }
        if b.get(e) == Some(&b',') {
            let k = skip_spaces(text, e + 1);
            let next = word_at(text, k)?;
            if CLAUSE_STARTS.has(&text[k..next])
                || (after_an_opening_word(text, j, reading)
                    && !super::people::is_join(&text[k..next]))
            {
                break;
            }
            return None;
        }
        if n == 3 || b.get(e) != Some(&b' ') || !next_char(text, e + 1).is_some_and(is_letter) {
            return None;
        }
        i = e + 1;
    }
    validate(text, &words[..n], reading)
}

/// Whether the words at `j` stand between commas after a sentence's first word that is an
/// interjection, a greeting or another word that opens sentences and is never a name ("Ay,
/// cariño, cuéntame todo", "Oh, sweetheart, come here", "Morning, love, did you sleep?"):
/// then they address someone whatever follows, as no list opens so; a joining word after them
/// makes them an item of one (the caller).
fn after_an_opening_word(text: &str, j: usize, reading: &Reading<'_>) -> bool {
    let before = text[..j].trim_end_matches([' ', '\t']);
    let Some(comma) = before.strip_suffix(',') else {
        return false;
    };
    let Some(ws) = word_before(text, comma.len()) else {
        return false;
    };
    sentence_start(text, ws) && with_lower(&text[ws..comma.len()], |l| reading.stop_lower(l))
}

/// Whether `w` is a month or a weekday of `reading`'s languages written as a name: a capital,
/// then lowercase letters ("June", "Jun", "April"), and no other word ("May" is one).
fn calendar_name(w: &str, reading: &Reading<'_>) -> bool {
    let mut cs = w.chars();
    cs.next().is_some_and(char::is_uppercase)
        && w.chars().count() >= 3
        && cs.all(char::is_lowercase)
        && with_lower(w, |l| reading.calendar(l) && !reading.stopword_lower(l))
}

/// Decides whether the words form an address, and how it is written.
fn validate(text: &str, words: &[(usize, usize)], reading: &Reading<'_>) -> Option<Vocative> {
    let span = words[0].0..words[words.len() - 1].1;
    let whole = &text[span.clone()];
    if whole.chars().count() > 40 {
        return None;
    }
    let lower = lex::lower_folded(whole);
    // A lone possessive that is also a name ("Mia", Italian "my") is the name.
    let poss = lex::possessive(&text[words[0].0..words[0].1]).filter(|_| {
        words.len() > 1
            || !name_at(text, words[0].0)
                .is_some_and(|t| t.end == words[0].1 && good_name(text, t, None))
    });
    let keep = poss.is_some_and(|k| k || lex::keeps_possessive(&lower));
    let rest = if poss.is_some() && !keep {
        &words[1..]
    } else {
        words
    };
    if rest.is_empty() {
        return None;
    }
    let out = |r: &[(usize, usize)]| {
        Some(Vocative {
            words: text[r[0].0..r[r.len() - 1].1].to_string(),
            span: span.clone(),
        })
    };
    if ENDEARMENT_PHRASES.contains(lower.as_str()) {
        return out(if keep { words } else { rest });
    }
    if poss.is_some() && keep && rest.len() >= 2 {
        // French: "mon cœur", "ma belle", "mon petit chat".
        return rest[1..]
            .iter()
            .all(|&(a, b)| !with_lower(&text[a..b], |l| reading.stopword_lower(l)))
            .then(|| out(rest))
            .flatten();
    }
    if rest.len() == 1 {
        let w = &text[rest[0].0..rest[0].1];
        if ENDEARMENTS.has(w) {
            return out(rest);
        }
        // A month or a weekday written as a name where someone is addressed ("Morning,
        // June!", "You'll be great, Jun."): no one speaks to the calendar, so it is a name
        // (counted, as any, only in enough conversations). "May" is a word as well.
        if calendar_name(w, reading) {
            return out(rest);
        }
        if w.chars().count() < 2
            || reading.ordinary_word(w)
            || with_lower(w, |l| reading.stopword_lower(l))
        {
            return None;
        }
        if w.chars().next().is_some_and(char::is_uppercase)
            && (reading.stop_name(w) || !w.chars().any(char::is_lowercase))
        {
            return None;
        }
        return out(rest);
    }
    let content = |r: &[(usize, usize)]| {
        r.iter().all(|&(a, b)| {
            let w = &text[a..b];
            !reading.ordinary_word(w) && !with_lower(w, |l| reading.stopword_lower(l))
        })
    };
    if poss.is_some() && content(rest) {
        return out(rest);
    }
    // "little fox", "sweet girl": the opener of a known endearment ("little one"), then one
    // word that is neither ordinary nor plural ("sweet dreams" is a wish, not a name).
    if let [(a, b), (c, d)] = *rest
        && with_lower(&text[a..b], |l| ENDEARMENT_OPENERS.contains(l))
        && content(&rest[1..])
        && (!text[c..d].ends_with('s') || text[c..d].ends_with("ss"))
    {
        return out(rest);
    }
    if rest.len() == 2
        && rest.iter().all(|&(a, _)| {
            name_at(text, a)
                .is_some_and(|t| words.iter().any(|&(_, b)| b == t.end) && good_name(text, t, None))
        })
    {
        return out(rest);
    }
    // An endearment after words no list knows: in Spanish or Turkish these are most often
    // the verbs of the clause said to the person ("Hola, Elif, duerme cariño", "anlat bakalım
    // canım": "sleep, darling", "tell me, dear"), which no list of words holds all of; the
    // endearment alone is the form of address.
    let (la, lb) = rest[rest.len() - 1];
    if ENDEARMENTS.has(&text[la..lb]) && content(&rest[..rest.len() - 1]) {
        return out(&rest[rest.len() - 1..]);
    }
    None
}

/// "Sayang, …", "My love, …" at the start of a sentence (known endearments only; not a
/// "Love,\nNova" sign-off).
fn leading_endearment(text: &str, c: usize, reading: &Reading<'_>) -> Option<Vocative> {
    let ws = word_before(text, c)?;
    // One word, or a possessive and a word (no list: this runs at every comma).
    let mut pair = [(0, 0), (ws, c)];
    let mut words = &pair[1..];
    if !sentence_start(text, ws) {
        let b = text.as_bytes();
        if ws < 2 || b[ws - 1] != b' ' {
            return None;
        }
        let w1 = word_before(text, ws - 1)?;
        if !sentence_start(text, w1) || lex::possessive(&text[w1..ws - 1]).is_none() {
            return None;
        }
        pair[0] = (w1, ws - 1);
        words = &pair[..];
    }
    let known = if words.len() == 1 {
        ENDEARMENTS.has(&text[ws..c])
    } else {
        let lower = text[words[0].0..c].to_lowercase();
        ENDEARMENT_PHRASES.contains(lower.as_str()) || ENDEARMENTS.has(&text[ws..c])
    };
    if !known {
        return None;
    }
    // "Love,\nNova" / "Love, Nova" closing a message is a sign-off.
    let mut k = c + 1;
    while text
        .as_bytes()
        .get(k)
        .is_some_and(|b| b.is_ascii_whitespace())
    {
        k += 1;
    }
    if let Some(t) = name_at(text, k)
        && text[t.end..].trim().len() <= 8
    {
        return None;
    }
    validate(text, words, reading)
}
