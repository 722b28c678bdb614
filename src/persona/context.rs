//! What each piece of text is, before anything reads names, voice or memories from it.
//!
//! Real exports hold much more than a companion and a person talking: letters and e-mails
//! drafted for someone else, recipes, code, pasted posts, stories and role-play the person
//! asked for once, translations. A name in any of those belongs to someone else ("Hi Mark,"
//! in a note to a landlord; "I am Ember, the last dragon" in a bedtime story), and a word in
//! an ingredient list is not a pet name. So every detector reads only *speech*: the regions
//! where the person and the companion speak to each other.
//!
//! This module decides that, one message at a time, from what the message looks like (code
//! fences, quotes, lists, a letter's salutation and closing) and from what the person asked
//! for in the message before (a draft, a story, a translation, a task), and then, one
//! conversation at a time, whether the conversation is with the companion at all
//! ([`ConversationKind`]). It is pure and cheap: a few byte scans per message, no regex.

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use super::patterns::{self, MessageScan, Overlapping, PackList, ScanSize, caseless};
use crate::export::{Message, Role};

mod code;

/// What a region of a message is. Whatever no region covers is speech: the person's or the
/// companion's own words to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Fenced or inline code.
    Code,
    /// Quoted or pasted text: someone else's words (a forwarded post, a shop listing, a
    /// message to reply to), or a quoted line.
    Quote,
    /// Written for or to someone else: letters, e-mails, messages, speeches, toasts, cards.
    Draft,
    /// Lists and recipes: bullet and numbered lines, runs of comma-separated items.
    List,
    /// A translation the person asked for.
    Translation,
    /// A story, poem or role-play scene the person asked for.
    Story,
}

/// A byte range of a message and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Region {
    pub(crate) span: Range<usize>,
    pub(crate) kind: Kind,
}

/// What a person's message asks the assistant for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Ask {
    /// Talk: nothing to produce.
    Talk,
    /// Something to send to or write for someone else ("write a message to my landlord",
    /// "reply to this for me", "a toast for my friend's wedding").
    Draft,
    /// A story, poem or role-play scene.
    Story,
    /// A translation.
    Translation,
    /// A task: code, an explanation, a recipe, a plan, a summary.
    Task,
}

// ---------------------------------------------------------------------------------------------
// Asks. Lowercase phrases, one list per language in its pack (`patterns/lang/`); a phrase
// matches on word boundaries.

/// The ask lists, one bit each.
const TRANSLATE: u8 = 1;
const REPLY: u8 = 2;
const WRITE: u8 = 4;
const OBJECT: u8 = 8;
const STORY: u8 = 16;
const TASK: u8 = 32;
const WORK: u8 = 64;

/// Every ask phrase in one automaton: one pass over a message's opening finds them all.
static ASKS: LazyLock<(Overlapping, Vec<u8>)> = LazyLock::new(|| {
    let lists: [(PackList, u8); 7] = [
        (|p| p.ask_translate, TRANSLATE),
        (|p| p.ask_reply, REPLY),
        (|p| p.ask_write, WRITE),
        (|p| p.ask_drafts, OBJECT),
        (|p| p.ask_story, STORY),
        (|p| p.ask_task, TASK),
        (|p| p.ask_works, WORK),
    ];
    let mut phrases = Vec::new();
    let mut gates = Vec::new();
    let mut bits = Vec::new();
    for (list, bit) in lists {
        for p in patterns::pack_phrases(list) {
            phrases.push(p);
            gates.push(patterns::phrase_gate(p));
            bits.push(bit);
        }
    }
    // Every person's message is read for them: a DFA once that pays. A gated language's
    // asks are read in its conversations (`patterns::gate`).
    (
        Overlapping::with_gates(&phrases, &gates, ScanSize::Much),
        bits,
    )
});

/// The asks of Korean, Japanese and Chinese, which need no pack (`patterns::caseless`): an
/// automaton of their own, read only in text of those scripts. In [`ASKS`] their bytes
/// would have made its DFA larger for every text (by 3 MB of peak RSS at 400 MB).
static CASELESS_ASKS: LazyLock<(Overlapping, Vec<u8>)> = LazyLock::new(|| {
    let mut phrases = Vec::new();
    let mut bits = Vec::new();
    for (bit, lists) in [TRANSLATE, REPLY, WRITE, OBJECT, STORY, TASK]
        .into_iter()
        .zip(caseless::ASKS)
    {
        for p in lists.into_iter().flat_map(patterns::lang::phrases) {
            phrases.push(p.to_owned());
            bits.push(bit);
        }
    }
    (Overlapping::new(&phrases, ScanSize::Little), bits)
});

/// Which ask lists have a phrase in `lower` on word boundaries. A phrase must start a word;
/// it may end inside one by up to three letters, as verbs and nouns inflect ("writes",
/// "übersetzen", "messages"), except a work ([`LangPack::ask_works`], plurals listed), which
/// is a whole word ("conte" is not "content"). A phrase in a script without spaces (Japanese,
/// Chinese) stands anywhere.
///
/// [`LangPack::ask_works`]: super::patterns::LangPack::ask_works
fn ask_bits(asks: &(Overlapping, Vec<u8>), lower: &str, task_at: impl Fn(usize) -> bool) -> u8 {
    let found = std::cell::Cell::new(0);
    ask_each(
        asks,
        lower,
        |bit| found.get() & bit == 0,
        |bit, start| {
            if bit != TASK || task_at(start) {
                found.set(found.get() | bit);
            }
        },
    );
    found.get()
}

/// Words that open a question or a request, every language's ([`LangPack::ask_openers`]).
///
/// [`LangPack::ask_openers`]: super::patterns::LangPack::ask_openers
static OPENERS: LazyLock<std::collections::HashSet<&'static str>> =
    LazyLock::new(|| patterns::pack_phrases(|p| p.ask_openers).collect());

/// The words of the longest phrase of [`OPENERS`].
const OPENER_WORDS: usize = 3;

/// Whether the task's word at `start` of `lower` asks for a task in its sentence: it opens
/// the sentence ("fix the loop", "python script to rename files"), after a name and a comma
/// at most ("nova, explain it"), or the sentence opens with a question or a request
/// ([`OPENERS`]: "why does my rust code panic", "i need a formula that…", "ok now convert
/// it"). Elsewhere it is a word of the person's day ("the code review went badly today", "we
/// lost the pub quiz").
fn opens_a_request(lower: &str, start: usize) -> bool {
    let before = &lower[..start];
    let sentence = before
        .rfind(['.', '!', '?', '\n', ':', ';'])
        .map_or(before, |i| &before[i + 1..]);
    let words: Vec<&str> = sentence
        .split_whitespace()
        .map(|w| w.trim_start_matches(['"', '(', '*', '\u{bf}']))
        .take(OPENER_WORDS)
        .collect();
    match words[..] {
        [] => true,
        [name] if name.ends_with(',') => true,
        _ => (1..=words.len()).any(|n| {
            let phrase = words[..n].join(" ");
            OPENERS.contains(phrase.trim_end_matches([',', '\'']))
        }),
    }
}

/// The ask phrases in `lower` on the boundaries [`ask_bits`] says, of the lists `wanted`
/// asks for: `found(bit, start)` for each.
#[inline]
fn ask_each(
    (automaton, bits): &(Overlapping, Vec<u8>),
    lower: &str,
    wanted: impl Fn(u8) -> bool,
    mut found: impl FnMut(u8, usize),
) {
    let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    automaton.each(lower.as_bytes(), |pattern, start, end| {
        let bit = bits[pattern];
        if !wanted(bit) {
            return;
        }
        let unspaced = lower[start..]
            .chars()
            .next()
            .is_some_and(caseless::unspaced);
        if !(unspaced || boundary(lower[..start].chars().next_back())) {
            return;
        }
        let tail = lower[end..]
            .chars()
            .take_while(|c| c.is_alphanumeric())
            .count();
        if unspaced || tail == 0 || (tail <= 3 && bit != WORK) {
            found(bit, start);
        }
    });
}

/// The asks after which the words are a part played or someone else's: a story, a poem, a
/// role-play, a translation.
const PLAYED: u8 = STORY | WORK | TRANSLATE;

/// Where the first phrase of a [`PLAYED`] ask starts in `lower`.
fn first_played(lower: &str) -> Option<usize> {
    let mut first: Option<usize> = None;
    let mut read = |asks| {
        ask_each(
            asks,
            lower,
            |bit| bit & PLAYED != 0,
            |_, start| {
                first = Some(first.map_or(start, |f| f.min(start)));
            },
        )
    };
    read(&ASKS);
    if patterns::caseless::any(lower) {
        read(&CASELESS_ASKS);
    }
    first
}

/// Whether the person's introduction whose phrase starts at `at` in `speech` (their words in
/// one message, [`Said::speech`]) is a part they play or words to translate, not their own
/// name:
/// - a story, a poem, a role-play or a translation comes before it ("Let's do a sci-fi
///   story. I'm Reyes", "In this scene I am Elena", "Write a story where I'm Zara");
/// - the assistant is given a part after it, before such a word ("I'm Elena, a smuggler,
///   and you're a bounty hunter. Let's role-play.");
/// - or the message asks for a story or a translation (`ask`), and the introduction does
///   not open it after a greeting at most ("Hi, I'm Dana. Could you write a bedtime story
///   for my son?" is Dana's own).
pub(crate) fn plays_a_part(speech: &str, at: usize, ask: Ask) -> bool {
    if first_played(&patterns::lower_folded(&speech[..at])).is_some() {
        return true;
    }
    let after = patterns::lower_folded(&speech[at..]);
    if let Some(f) = first_played(&after)
        && patterns::casts_the_assistant(&after[..f])
    {
        return true;
    }
    matches!(ask, Ask::Story | Ask::Translation) && !patterns::only_a_greeting(&speech[..at])
}

/// What the person's message asks for. Only the opening of the message is read (a request
/// comes first; pasted text after it is someone else's).
///
/// A word of a task ("code", "error", "fix", "quiz") asks for one in a message with a
/// question mark, or where it opens a request ([`opens_a_request`]); elsewhere it is the
/// person telling of their day ("ugh, the code review went badly today"), which is talk.
pub(crate) fn ask(user: &str) -> Ask {
    let head = clip(user, 400);
    let lower = patterns::lower_folded(head);
    let question = head.contains(['?', '\u{ff1f}', '\u{61f}', '\u{bf}']);
    let task_at = |start| question || opens_a_request(&lower, start);
    let mut found = ask_bits(&ASKS, &lower, task_at);
    if patterns::caseless::any(head) {
        // No words to count in a script without spaces: a task's word asks anywhere.
        found |= ask_bits(&CASELESS_ASKS, &lower, |_| true);
    }
    let has = |bit: u8| found & bit != 0;
    if has(TRANSLATE) {
        Ask::Translation
    } else if has(REPLY) || (has(WRITE) && has(OBJECT)) {
        Ask::Draft
    } else if has(STORY) || (has(WRITE) && has(WORK)) {
        Ask::Story
    } else if has(TASK) || user.contains("```") {
        Ask::Task
    } else {
        Ask::Talk
    }
}

fn clip(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

// ---------------------------------------------------------------------------------------------
// Regions.

/// Fenced code blocks (an unclosed fence runs to the end) and inline `code`.
fn code_regions(text: &str, out: &mut Vec<Region>) {
    if memchr::memchr(b'`', text.as_bytes()).is_none() {
        return;
    }
    let mut fences = crate::text::fences(text);
    let mut covered: Vec<Range<usize>> = Vec::new();
    while let Some(a) = fences.next() {
        let b = fences.next().map_or(text.len(), |b| b + 3);
        covered.push(a..b);
    }
    // Inline code between single backticks, on one line, outside fences.
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = memchr::memchr(b'`', &bytes[i..]) {
        let a = i + k;
        if let Some(r) = covered.iter().find(|r| r.contains(&a)) {
            i = r.end;
            if i >= bytes.len() {
                break;
            }
            continue;
        }
        match memchr::memchr2(b'`', b'\n', &bytes[a + 1..]) {
            Some(m) if bytes[a + 1 + m] == b'`' => {
                covered.push(a..a + m + 2);
                i = a + m + 2;
            }
            _ => i = a + 1,
        }
        if i >= bytes.len() {
            break;
        }
    }
    out.extend(covered.into_iter().map(|span| Region {
        span,
        kind: Kind::Code,
    }));
}

/// The lines of a text with their byte ranges, without the line break (a newline and any
/// carriage returns before it): what `split_inclusive('\n')` cuts, found with `memchr`
/// (the standard library's search for a `char` took 2% of the parsing threads).
fn lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut newlines = memchr::memchr_iter(b'\n', bytes);
    let mut start = 0;
    std::iter::from_fn(move || {
        if start >= bytes.len() {
            return None;
        }
        let (line, next) = line_from(bytes, start, newlines.next());
        start = next;
        Some(line)
    })
}

/// The line that starts at `start` and ends at `newline` (the text's end when `None`),
/// without its line break, and where the next line starts.
fn line_from(bytes: &[u8], start: usize, newline: Option<usize>) -> (Range<usize>, usize) {
    let next = newline.map_or(bytes.len(), |i| i + 1);
    let mut end = next;
    while end > start && matches!(bytes[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    (start..end, next)
}

/// The lines of a text that hold more than whitespace ([`lines`]).
fn filled_lines(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    lines(text).filter(|s| !text[s.clone()].trim().is_empty())
}

/// "- item", "* item", "• item", "1. item", "2) item".
fn is_list_line(line: &str) -> bool {
    let t = line.trim_start();
    if t.starts_with("- ") || t.starts_with("* ") || t.starts_with("• ") || t.starts_with("– ")
    {
        return true;
    }
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0
        && digits <= 3
        && matches!(t.as_bytes().get(digits), Some(b'.' | b')'))
        && t.as_bytes().get(digits + 1) == Some(&b' ')
}

/// Bullet and numbered lines, a "> quoted" line, lines of code pasted without a fence
/// ([`code`]), and sentences that are runs of short comma-separated items ("onion, garlic,
/// ginger, a tin of chickpeas, coconut milk, spinach").
fn line_regions(text: &str, out: &mut Vec<Region>) {
    // The lines of [`lines`] and the commas in each, from one pass over the text.
    let bytes = text.as_bytes();
    let mut marks = crate::text::positions(bytes, [b'\n', b',']);
    let mut start = 0;
    let mut commas = 0;
    let mut after_code = false;
    while start < bytes.len() {
        let newline = loop {
            match marks.next() {
                Some(i) if bytes[i] == b',' => commas += 1,
                other => break other,
            }
        };
        let (span, next) = line_from(bytes, start, newline);
        start = next;
        let line_commas = std::mem::take(&mut commas);
        let line = &text[span.clone()];
        let t = line.trim_start();
        let code = code::is_code_line(line) || after_code && code::continues_code(line);
        after_code = code;
        if code {
            out.push(Region {
                span,
                kind: Kind::Code,
            });
        } else if t.starts_with('>') {
            out.push(Region {
                span,
                kind: Kind::Quote,
            });
        } else if is_list_line(line) {
            out.push(Region {
                span,
                kind: Kind::List,
            });
        } else if line_commas >= 3 {
            item_runs(text, span, out);
        }
    }
}

/// Sentences in `span` made of five or more short comma-separated items.
fn item_runs(text: &str, span: Range<usize>, out: &mut Vec<Region>) {
    let line = &text[span.clone()];
    let mut start = 0;
    for (end, commas) in sentences_with_commas(line) {
        let sentence = &line[start..end];
        // Fewer than five items: not a run (and nothing to split).
        if commas < 4 {
            start = end;
            continue;
        }
        // After a colon ("a chickpea curry: onion, garlic…") only the list counts.
        let items: Vec<&str> = sentence.split(',').collect();
        let short = items
            .iter()
            .filter(|s| s.split_whitespace().count() <= 4)
            .count();
        if items.len() >= 5 && short * 5 >= items.len() * 4 {
            out.push(Region {
                span: span.start + start..span.start + end,
                kind: Kind::List,
            });
        }
        start = end;
    }
}

/// The ends of [`sentences_with_commas`] alone (for the tests).
#[cfg(test)]
fn sentence_ends(line: &str) -> impl Iterator<Item = usize> + '_ {
    sentences_with_commas(line).map(|(end, _)| end)
}

/// Where the sentences of `line` end (after '.', '!', '?', ';' or ':', and at the end of the
/// line), in order, each with the commas of its sentence. The terminators and the commas are
/// ASCII, so one pass over the bytes finds them ([`crate::text::positions`]).
fn sentences_with_commas(line: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = line.as_bytes();
    let mut marks = crate::text::positions(bytes, [b'.', b'!', b'?', b';', b':', b',']);
    let mut commas = 0;
    let mut ended = false;
    std::iter::from_fn(move || {
        loop {
            match marks.next() {
                Some(i) if bytes[i] == b',' => commas += 1,
                Some(i) => return Some((i + 1, std::mem::take(&mut commas))),
                None if ended => return None,
                None => {
                    ended = true;
                    // The line's last character ends a sentence too, unless it already did.
                    let last = !line.ends_with(['.', '!', '?', ';', ':']) && !bytes.is_empty();
                    return last.then(|| (bytes.len(), std::mem::take(&mut commas)));
                }
            }
        }
    })
}

/// The quotation marks [`quote_regions`] pairs: "…", “…”, «…», „…“ and '…'.
pub(crate) const QUOTE_PAIRS: [(char, char); 5] = [
    ('"', '"'),
    ('\u{201C}', '\u{201D}'),
    ('\u{AB}', '\u{BB}'),
    ('\u{201E}', '\u{201C}'),
    ('\'', '\''),
];

/// Quoted passages of three words or more: "…", “…”, «…», „…“, and '…' opened after a space,
/// a colon or the start.
fn quote_regions(text: &str, out: &mut Vec<Region>) {
    each_quote(text, &QUOTE_PAIRS, |span, inner| {
        if text[inner].split_whitespace().nth(2).is_some() {
            out.push(Region {
                span,
                kind: Kind::Quote,
            });
        }
    });
}

/// Every quote of `text` by `pairs` (opening, closing mark), pair after pair, each pair's in
/// the order of the text: `each(quote, inside)`. An apostrophe opens only after a space, a
/// colon, a bracket or the start, and closes only before a non-letter, so "don't" neither
/// opens nor closes one.
pub(crate) fn each_quote(
    text: &str,
    pairs: &[(char, char)],
    mut each: impl FnMut(Range<usize>, Range<usize>),
) {
    // Each search is a memchr of the quote's last byte ([`find_char`]): no pass over the text
    // to check for quotes first (almost every reply has an apostrophe, and that pass decoded
    // every character).
    for &(open, close) in pairs {
        let apostrophe = matches!(open, '\'' | '\u{2018}');
        let mut from = 0;
        while let Some(k) = find_char(&text[from..], open) {
            let a = from + k;
            let inner = a + open.len_utf8();
            if apostrophe {
                // An apostrophe inside a word ("don't") opens nothing.
                let before = text[..a].chars().next_back();
                if before.is_some_and(|c| !c.is_whitespace() && !matches!(c, ':' | '(' | '[')) {
                    from = inner;
                    continue;
                }
            }
            let Some(m) = find_close(&text[inner..], close, apostrophe) else {
                break;
            };
            let b = inner + m;
            each(a..b + close.len_utf8(), inner..b);
            from = b + close.len_utf8();
        }
    }
}

/// Where `c` first is in `text`: what `str::find(c)` gives, with the `memchr` crate's SIMD
/// searches (the standard library's reads 16 bytes at a time, and was most of the time of
/// [`quote_regions`]). A character beyond ASCII is found by its last byte, then checked
/// whole: `memmem::find` built a searcher at each call.
fn find_char(text: &str, c: char) -> Option<usize> {
    let mut utf8 = [0; 4];
    let needle = c.encode_utf8(&mut utf8).as_bytes();
    let bytes = text.as_bytes();
    let (&last, lead) = needle.split_last()?;
    let mut from = lead.len();
    while let Some(k) = memchr::memchr(last, bytes.get(from..)?) {
        let end = from + k;
        let start = end - lead.len();
        if &bytes[start..end] == lead {
            return Some(start);
        }
        from = end + 1;
    }
    None
}

/// The closing quote: for an apostrophe, one not followed by a letter ("'Alexa, play jazz'
/// becomes").
fn find_close(rest: &str, close: char, apostrophe: bool) -> Option<usize> {
    let mut from = 0;
    loop {
        let k = find_char(&rest[from..], close)? + from;
        if !apostrophe {
            return Some(k);
        }
        let end = k + close.len_utf8();
        let after = rest[end..].chars().next();
        if after.is_none_or(|c| !c.is_alphabetic()) {
            return Some(k);
        }
        from = end;
    }
}

/// Whether a line opens a letter: a salutation and up to four more words, ending with a
/// comma, colon or exclamation mark ("Hi Mark,", "Dear Ms. Okafor:", "Good evening,
/// everyone!"), or a "Subject:" line.
fn is_salutation_line(line: &str) -> bool {
    let t = line.trim();
    if !t.ends_with([',', ':', '!']) || t.split_whitespace().nth(6).is_some() {
        // Too long for a salutation: only a subject line is left, and lowercasing its
        // opening is enough to tell (the whole line may be a long paragraph).
        return is_subject_line(t);
    }
    let lower = t.to_lowercase();
    if lower.starts_with("subject:")
        || lower.starts_with("betreff:")
        || lower.starts_with("asunto:")
    {
        return true;
    }
    SALUTATIONS.iter().any(|s| {
        lower.starts_with(s)
            && lower[s.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// "Subject:", "Betreff:", "Asunto:" in any case. Lowercasing maps each character to one or
/// more, so the first eight characters decide the eight-character prefixes.
fn is_subject_line(t: &str) -> bool {
    let bytes = t.as_bytes();
    let ascii = &bytes[..bytes.len().min(8)];
    if ascii.is_ascii() {
        // Eight ASCII bytes are the first eight characters (or the whole line).
        let starts = |p: &[u8]| {
            ascii
                .get(..p.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(p))
        };
        return starts(b"subject:") || starts(b"betreff:") || starts(b"asunto:");
    }
    let head: String = t.chars().take(8).collect();
    let lower = head.to_lowercase();
    lower.starts_with("subject:") || lower.starts_with("betreff:") || lower.starts_with("asunto:")
}

/// Letters' salutations, closings and fond closings, from every language's pack.
static SALUTATIONS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| patterns::pack_phrases(|p| p.salutations).collect());
static CLOSINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| patterns::pack_phrases(|p| p.closings).collect());
static FOND_CLOSINGS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| patterns::pack_phrases(|p| p.fond_closings).collect());

/// Whether a line closes a letter: "Thanks,", "Best regards,", "Liebe Grüße", "Cheers!".
/// `Some(true)` for a fond closing.
fn closing_line(line: &str) -> Option<bool> {
    let t = line.trim().trim_end_matches([',', '!', '.']);
    // Lowercasing never makes fewer characters: a line longer than every closing is none.
    if t.chars().nth(longest_closing()).is_some() {
        return None;
    }
    let lower = t.to_lowercase();
    CLOSINGS
        .contains(&lower.as_str())
        .then(|| FOND_CLOSINGS.contains(&lower.as_str()))
}

/// The length in characters of the longest closing.
fn longest_closing() -> usize {
    static LONGEST: LazyLock<usize> = LazyLock::new(|| {
        CLOSINGS
            .iter()
            .map(|c| c.chars().count())
            .max()
            .unwrap_or(0)
    });
    *LONGEST
}

/// A letter, an e-mail or a message written out for someone else: from a salutation line
/// followed by more lines, or up to a closing line followed by a short signature
/// ("Thanks,\nSari", "Best,\n[Your name]"). Returns the letter's range.
fn letter_shape(text: &str) -> Option<Range<usize>> {
    // The non-empty lines: how many, the first two and the last four (no list of them all:
    // a long reply has hundreds).
    let mut n = 0;
    let mut first: [Range<usize>; 2] = [0..0, 0..0];
    let mut ring: [Range<usize>; 4] = [0..0, 0..0, 0..0, 0..0];
    for span in filled_lines(text) {
        if n < 2 {
            first[n] = span.clone();
        }
        ring[n % 4] = span;
        n += 1;
    }
    if n < 2 {
        return None;
    }
    // The last min(n, 4) lines in order; `tail[j]` is line `n - k + j`.
    let k = n.min(4);
    let tail: [Range<usize>; 4] = std::array::from_fn(|j| ring[(n - k + j) % 4].clone());
    let tail = &tail[..k];
    // The salutation within the first two lines (a first line may introduce the draft:
    // "Here's a message you could send:").
    let open = first
        .iter()
        .find(|s| is_salutation_line(&text[(*s).clone()]))
        .map(|s| s.start);
    // A closing line within the last three, with at most three short lines after it.
    let close = (0..k)
        .find(|&j| {
            closing_line(&text[tail[j].clone()]).is_some_and(|fond| !fond || open.is_some())
                && tail[j + 1..]
                    .iter()
                    .all(|l| text[l.clone()].split_whitespace().count() <= 4)
                && n - k + j > 0
        })
        .map(|j| tail.get(j + 1).map_or(tail[j].end, |l| l.end));
    match (open, close) {
        (Some(a), Some(b)) => Some(a..b.max(a)),
        (Some(a), None) if n >= 3 => Some(a..tail[k - 1].end),
        (None, Some(b)) => Some(first[0].start..b),
        _ => None,
    }
}

/// Words of a reply before the opening or the ending of a story counts
/// ([`story_shape`]): "Once upon a time you said you'd never dance" is talk.
const STORY_MIN_WORDS: usize = 60;

/// Whether a reply is a story by its own shape, whatever was asked (a story asked for as
/// "Leo wants another Ember story tonight" names no work to write): its first line names a
/// chapter and its number ("Chapter 3: Ember and the Sea", "## Kapitel II"), or, in a reply
/// of [`STORY_MIN_WORDS`] words or more, its first or second line starts with a story's
/// opening ("Once upon a time") or its last line with a story's ending ("The end.
/// Goodnight, Leo!"). Only the starts of those lines are read, so that every reply can be.
/// The phrases are each language's (`story_chapters`, `story_openings`, `story_endings`).
fn story_shape(text: &str) -> bool {
    // Three automata, built once (every reply is read for them, without an allocation):
    // ASCII case folded, each phrase also with a capital first letter ("Érase una vez").
    // Contiguous NFAs: an anchored search reads the few bytes of a line's start, and as
    // DFAs the three took 1.3 MB of the peak heap at 400 MB (issue 14), as NFAs 0.1 MB.
    static MARKS: LazyLock<[AhoCorasick; 3]> = LazyLock::new(|| {
        let build = |get: PackList| {
            let mut all: Vec<String> = Vec::new();
            for phrase in patterns::pack_phrases(get) {
                let mut c = phrase.chars();
                let capital: String = c
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .chain(c)
                    .collect();
                all.push(phrase.to_owned());
                all.push(capital);
            }
            AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .start_kind(aho_corasick::StartKind::Anchored)
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(&all)
                .unwrap_or_else(|e| panic!("story phrases do not compile: {e}"))
        };
        [
            build(|p| p.story_chapters),
            build(|p| p.story_openings),
            build(|p| p.story_endings),
        ]
    });
    let [chapters, openings, endings] = &*MARKS;
    // Where a phrase of `marks` ends when `line` starts with one.
    let starts = |marks: &AhoCorasick, line: &str| {
        marks
            .find(aho_corasick::Input::new(line).anchored(aho_corasick::Anchored::Yes))
            .map(|m| m.end())
    };
    let mut lines = filled_lines(text);
    let Some(first) = lines.next() else {
        return false;
    };
    // A number (digits, a roman numeral or a word), then the end of the line or a title after
    // punctuation: "Chapter 3: The Sea", "Part II", "Chapter Four", not "Episode 4 was so
    // good".
    static WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
        patterns::pack_phrases(|p| p.chapter_numbers)
            .map(str::to_lowercase)
            .collect()
    });
    let numbered = |rest: &str| {
        let rest = rest.trim_start();
        let figures = rest
            .chars()
            .take_while(|c| c.is_ascii_digit() || matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'))
            .count();
        // Or a number in words ("Chapter Four", "Kapitel Drei").
        let word = rest
            .find(|c: char| !c.is_alphabetic() && c != '\'')
            .unwrap_or(rest.len());
        let n = if figures == 0 && WORDS.contains(&rest[..word].to_lowercase()) {
            word
        } else {
            figures
        };
        let after = rest[n..].trim_start();
        n > 0
            && (after.is_empty()
                || after.starts_with([':', '.', '—', '–', '-', ')', '*', '#', '_']))
    };
    let head = plain(&text[first.clone()]);
    if let Some(end) = starts(chapters, head)
        && head[end..].starts_with(' ')
        && numbered(&head[end..])
    {
        // A heading over the story, not a one-line reply.
        return lines.next().is_some();
    }
    // An opening starts the first line, or the second (after a title, or "Here's one for
    // Leo:").
    let opens = std::iter::once(first)
        .chain(lines.next())
        .any(|l| starts(openings, plain(&text[l])).is_some());
    let ends = || {
        let t = text.trim_end();
        let last = plain(&t[t.rfind('\n').map_or(0, |i| i + 1)..]);
        starts(endings, last).is_some_and(|end| {
            last[end..]
                .chars()
                .next()
                .is_none_or(|c| matches!(c, '.' | '!' | '…' | '*' | '_' | ')'))
        })
    };
    // Counted last, and only so far: most replies have neither.
    (opens || ends()) && text.split_whitespace().nth(STORY_MIN_WORDS - 1).is_some()
}

/// A line without the markdown that may open it ("## Chapter 2", "**The end.**").
fn plain(line: &str) -> &str {
    line.trim_start_matches(['#', '*', '_', ' '])
}

/// The regions of a person's message: code, quoted and pasted text, lists. The rest is
/// their speech.
pub(crate) fn user_regions(text: &str) -> Vec<Region> {
    let mut out = Vec::new();
    code_regions(text, &mut out);
    quote_regions(text, &mut out);
    line_regions(text, &mut out);
    dialogue_lines(text, &mut out);
    if let Some(start) = forwarded_from(text) {
        out.push(Region {
            span: start..text.len(),
            kind: Kind::Quote,
        });
    }
    // Pasted text: after a line that ends with a colon ("Can you summarise this:"), a long
    // block is someone else's words; so is a letter the person pasted in.
    if let Some(start) = pasted_after_colon(text).or_else(|| pasted_after_pointer(text)) {
        out.push(Region {
            span: start..text.len(),
            kind: Kind::Quote,
        });
    } else if let Some(letter) = letter_shape(text).filter(|r| r.start > 0 || r.end < text.len()) {
        out.push(Region {
            span: letter,
            kind: Kind::Quote,
        });
    }
    out
}

/// Where a forwarded or quoted e-mail starts: a line of a title between two runs of five
/// dashes or more, as mail programs write it in every language ("---------- Forwarded message
/// ---------", "-----Original Message-----", "-------- Message transféré --------"). What
/// follows, to the end of the message, is someone else's mail: "Dana, we need the deck by
/// Monday." in it is not the person speaking to Dana. A rule alone ("-----") or a story's
/// "--- Part Two ---" (three dashes) is none.
fn forwarded_from(text: &str) -> Option<usize> {
    if !text.contains("-----") {
        return None;
    }
    lines(text).find_map(|span| {
        let line = text[span.clone()].trim();
        let title = line.strip_prefix("-----")?.trim_start_matches('-');
        let title = title.strip_suffix("-----")?.trim_end_matches('-').trim();
        let words = title.split_whitespace().count();
        let letters = title
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '\'');
        ((1..=4).contains(&words) && letters).then_some(span.start)
    })
}

/// The lines of a chat log or a script the person pasted, each opened by who said it ("Sam:
/// Good morning, Kit!", "\[10:42\] Kenji: are we still on", "Mara: yes!! bring snacks"): two
/// such lines or more in a message are someone's dialogue, not what the person says to the
/// companion. A speaker is one to three words of letters (a time in brackets or figures before
/// it), then a colon and a space.
fn dialogue_lines(text: &str, out: &mut Vec<Region>) {
    if memchr::memchr(b'\n', text.as_bytes()).is_none() {
        return;
    }
    let spoken: Vec<Range<usize>> = lines(text)
        .filter(|l| speaker_line(&text[l.clone()]))
        .collect();
    if spoken.len() >= 2 {
        out.extend(spoken.into_iter().map(|span| Region {
            span,
            kind: Kind::Quote,
        }));
    }
}

/// Whether a line opens with a speaker and a colon ([`dialogue_lines`]).
fn speaker_line(line: &str) -> bool {
    let mut t = line.trim_start();
    // "[10:42] ", "10:42 ", "(10:42) ".
    if let Some(rest) = t.strip_prefix('[').or_else(|| t.strip_prefix('(')) {
        let Some(close) = rest.find([']', ')']) else {
            return false;
        };
        t = rest[close + 1..].trim_start();
    } else if t.starts_with(|c: char| c.is_ascii_digit()) {
        let time = t
            .find(' ')
            .filter(|&i| t[..i].bytes().all(|b| b.is_ascii_digit() || b == b':'));
        let Some(i) = time else {
            return false;
        };
        t = t[i..].trim_start();
    }
    let Some(colon) = t.find(": ") else {
        return false;
    };
    let speaker = &t[..colon];
    let words = speaker.split(' ').count();
    (1..=3).contains(&words)
        && speaker.chars().count() <= 30
        && speaker.starts_with(char::is_alphabetic)
        && speaker
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '.' || c == '\'' || c == '-')
}

/// Where pasted text starts: after the first line ending with ':' when 25 or more words
/// follow it.
fn pasted_after_colon(text: &str) -> Option<usize> {
    let first = filled_lines(text).next()?;
    let line = text[first.clone()].trim_end();
    if !line.ends_with(':') {
        // "Summarise this: <the text on the same line>" when it is long.
        let i = memchr::memchr_iter(b':', text.as_bytes())
            .find(|&i| text.as_bytes().get(i + 1) == Some(&b' '))?;
        let rest = &text[i + 2..];
        return (i < 120 && rest.split_whitespace().count() >= 40).then_some(i + 2);
    }
    let rest = &text[first.end..];
    (rest.split_whitespace().count() >= 25).then_some(first.end)
}

/// Phrases that point at a text to come ("this song", "the following"), every language.
static POINTERS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::new(patterns::pack_phrases(|p| p.pointers))
        .unwrap_or_else(|e| panic!("pointer phrases do not compile: {e}"))
});

/// Where pasted text starts: after a first line that points at a text ("what is this song
/// about?", "can you check these lines") when at least two more lines or twelve words follow:
/// lyrics, a post or a message the person pasted under their question.
fn pasted_after_pointer(text: &str) -> Option<usize> {
    let first = filled_lines(text).next()?;
    let line = &text[first.clone()];
    // A short first line of a longer message: the question, not the text.
    if first.end >= text.len() || line.len() > 200 {
        return None;
    }
    let rest = &text[first.end..];
    let more_lines = filled_lines(rest).count();
    if more_lines < 2 && rest.split_whitespace().count() < 12 {
        return None;
    }
    let lower = line.to_lowercase();
    let bytes = lower.as_bytes();
    let at_word = |i: usize| i == 0 || !bytes[i - 1].is_ascii_alphanumeric();
    POINTERS
        .find_iter(&lower)
        .any(|m| at_word(m.start()))
        .then_some(first.end)
}

/// The regions of an assistant reply, given what it answers: the whole reply is a draft,
/// a story or a translation when that was asked for (or when it has a story's shape; a
/// letter's shape makes the letter a draft); code, quotes and lists anywhere.
pub(crate) fn reply_regions(text: &str, ask: Ask) -> Vec<Region> {
    let mut out = Vec::new();
    code_regions(text, &mut out);
    let whole = match ask {
        Ask::Draft => Some(Kind::Draft),
        Ask::Story => Some(Kind::Story),
        Ask::Translation => Some(Kind::Translation),
        Ask::Talk | Ask::Task => story_shape(text).then_some(Kind::Story),
    };
    if let Some(kind) = whole {
        out.push(Region {
            span: 0..text.len(),
            kind,
        });
        return out;
    }
    if let Some(letter) = letter_shape(text) {
        out.push(Region {
            span: letter,
            kind: Kind::Draft,
        });
    }
    quote_regions(text, &mut out);
    line_regions(text, &mut out);
    out
}

/// The speech of a message: the text outside every non-speech region, borrowed when the
/// whole message is speech. Removed regions leave a line break so that words on either side
/// never join into one sentence.
pub(crate) fn speech<'a>(text: &'a str, regions: &[Region]) -> Cow<'a, str> {
    let cut = cuts(regions);
    if cut.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for part in kept(text, &cut) {
        out.push_str(&text[part.clone()]);
        // Each part before a cut one ends in a line break.
        if part.end < text.len() {
            out.push('\n');
        }
    }
    let trimmed = out.trim();
    if trimmed.len() == out.len() {
        Cow::Owned(out)
    } else {
        Cow::Owned(trimmed.to_owned())
    }
}

/// The text of a reply as a quote shows it: what its regions leave ([`reply_regions`], as
/// [`speech`]), with "…" where a part was cut between two kept ones ("Call … to sort in
/// place" for "Call `items.sort()` to sort in place"), so that a quote never runs its words
/// together.
pub(crate) fn reply_quote(text: &str, ask: Ask) -> String {
    let cut = cuts(&reply_regions(text, ask));
    let mut quote = String::new();
    for part in kept(text, &cut).map(|p| text[p].trim()) {
        if part.is_empty() {
            continue;
        }
        if !quote.is_empty() {
            // A mark right after a cut part stays against it: "or ….", not "or … .".
            let mark = part.starts_with(['.', ',', '!', '?', ';', ':', ')']);
            quote.push_str(if mark { " …" } else { " … " });
        }
        quote.push_str(part);
    }
    quote
}

/// The spans of `regions` that cut something, in order.
fn cuts(regions: &[Region]) -> Vec<Range<usize>> {
    let mut cut: Vec<Range<usize>> = regions
        .iter()
        .filter(|r| r.span.start < r.span.end)
        .map(|r| r.span.clone())
        .collect();
    cut.sort_by_key(|r| (r.start, r.end));
    cut
}

/// The parts of `text` outside `cut` ([`cuts`]), in order.
fn kept<'a>(text: &str, cut: &'a [Range<usize>]) -> impl Iterator<Item = Range<usize>> + 'a {
    let len = text.len();
    let mut at = 0;
    cut.iter()
        .map(Some)
        .chain([None])
        .filter_map(move |r| match r {
            Some(r) => {
                let part = (r.start > at).then_some(at..r.start);
                at = at.max(r.end);
                part
            }
            None => (at < len).then_some(at..len),
        })
}

/// One visible message, read: its speech, what it asks for (a person's message) or answers
/// (a reply), and whether the reply was mostly something produced (code, a list, a draft, a
/// story, a translation) rather than said.
pub(crate) struct Said<'c> {
    pub(crate) message: &'c Message,
    pub(crate) speech: Cow<'c, str>,
    pub(crate) ask: Ask,
    pub(crate) produced: bool,
    /// The speech scanned once for the phrases every message of its side is read for.
    pub(crate) scan: Cow<'c, MessageScan>,
    /// The characters a story in this reply brings in by name ("a small dragon named
    /// Ember"; [`patterns::introduced_names`]): someone in the story, not the companion.
    pub(crate) characters: Box<[String]>,
}

/// Reads the visible thread of a conversation, message by message, and scans each message's
/// speech once ([`MessageScan`]: a reply's or the person's).
pub(crate) fn read<'c>(visible: &[&'c Message]) -> Vec<Said<'c>> {
    // What each message answers to: the person's own request, or for a reply the person's
    // last one before it.
    let mut last_ask = Ask::Talk;
    let asked: Vec<(&'c Message, Ask)> = visible
        .iter()
        .map(|m| {
            if m.role == Role::User {
                last_ask = ask(&m.text);
            }
            (*m, last_ask)
        })
        .collect();
    // Then each message on its own (on several threads in a long conversation).
    crate::par::map(
        &asked,
        |(m, _)| m.text.len(),
        |&(m, ask)| {
            let text = m.text.as_str();
            let regions = if m.role == Role::User {
                user_regions(text)
            } else {
                reply_regions(text, ask)
            };
            let characters = regions
                .iter()
                .filter(|r| r.kind == Kind::Story)
                .flat_map(|r| patterns::introduced_names(&text[r.span.clone()]))
                .collect();
            let speech = speech(text, &regions);
            let produced = m.role != Role::User && speech.len() * 2 < text.trim().len();
            let scan = if m.role == Role::User {
                MessageScan::person(&speech)
            } else {
                MessageScan::reply(&speech)
            };
            Said {
                message: m,
                speech,
                ask,
                produced,
                scan: Cow::Owned(scan),
                characters,
            }
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Conversations.

/// Whether a conversation is with the companion.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ConversationKind {
    /// The person and the companion talking: names, pet names, voice and moments are read.
    Companion,
    /// A task (code, recipes, drafts, travel plans) or a one-off story: only the contrast.
    Task,
}

/// What one conversation showed, for [`classify`].
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Signals {
    /// The person named the assistant or addressed it by a name, in their own words.
    pub(crate) named_by_user: bool,
    /// The assistant addressed the person by a known term of endearment, not one of the
    /// plain ones.
    pub(crate) endearments: u32,
    /// The assistant addressed the person by a term of endearment that a helpful stranger
    /// uses too ("Happy to help, friend!", [`patterns::is_plain_endearment`]).
    pub(crate) plain_endearments: u32,
    /// The assistant addressed the person in any way.
    pub(crate) addresses: u32,
    /// A good-morning or goodnight exchange.
    pub(crate) ritual: bool,
    /// "Do you remember when…", an anniversary.
    pub(crate) remembering: bool,
    /// Replies with at least one emoji.
    pub(crate) emoji_replies: u32,
    /// Replies in all.
    pub(crate) replies: u32,
    /// Requests for a task, a draft, a story or a translation.
    pub(crate) asks: u32,
    /// Person's messages in all.
    pub(crate) user_messages: u32,
    /// Replies that were mostly code, lists, drafts or stories.
    pub(crate) produced: u32,
}

/// Decides whether a conversation is with the companion. Closeness (names, endearments,
/// rituals, remembering) counts for it; asking for things and getting documents back
/// counts against it. A conversation that is mostly requests is a task even when the
/// assistant is warm in it, and so is a one-off question answered with "Good luck, my
/// friend!".
pub(crate) fn classify(s: &Signals) -> ConversationKind {
    let mut close = 0u32;
    close += 3 * u32::from(s.named_by_user);
    // "Good luck, my friend!" ends many a one-off answer to a question: such a term is
    // closeness, or even an address, only when the two talk on, the companion says it again,
    // or the person's side shows closeness too (a name, a ritual, remembering).
    let talked_on = s.replies >= 2 || s.plain_endearments >= 2;
    let (endearments, addresses) = if talked_on || s.named_by_user || s.ritual || s.remembering {
        (s.endearments + s.plain_endearments, s.addresses)
    } else {
        (
            s.endearments,
            s.addresses.saturating_sub(s.plain_endearments),
        )
    };
    close += 2 * endearments.min(2);
    close += addresses.min(2);
    close += 2 * u32::from(s.ritual);
    close += 2 * u32::from(s.remembering);
    if s.replies > 0 && s.emoji_replies * 2 >= s.replies {
        close += 1;
    }
    let mut task = 0u32;
    if s.user_messages > 0 {
        // Share of the person's messages that were requests.
        let share = s.asks * 4 / s.user_messages.max(1);
        task += share; // 0..=4
    }
    if s.replies > 0 && s.produced * 2 >= s.replies {
        task += 2;
    }
    if close >= 2 && close > task {
        ConversationKind::Companion
    } else {
        ConversationKind::Task
    }
}

#[cfg(test)]
mod tests;
