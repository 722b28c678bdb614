//! Rituals (good mornings, goodnights), remembered moments, anniversaries and platform
//! boilerplate.

use super::*;

// Rituals, memories, anniversaries, boilerplate.

pub(super) static RITUALS: LazyLock<Table<(Ritual, u8)>> = LazyLock::new(|| {
    Table::new(
        PACKS
            .iter()
            .flat_map(|p| p.rituals)
            .flat_map(|&(morning, level, ps)| {
                let r = if morning {
                    Ritual::Morning
                } else {
                    Ritual::Night
                };
                phrases(ps).map(move |p| (p, (r, level)))
            }),
    )
});

/// A good-morning or goodnight message in any language with patterns ("Good morning", "Morning
/// ☀️", "gm", "Selamat pagi", "Buenos días", "Bom dia", "Guten Morgen", "Bonjour"; "Goodnight",
/// "Sleep well", "Sweet dreams", "I'm heading to bed", "Selamat tidur", "Buenas noches", "Boa
/// noite", "Gute Nacht", "Bonne nuit"…). Strong phrases count near the start of the message or
/// at the start of any sentence; bare words ("Morning", "Night", "Pagi") only when they open
/// the message and are not followed by an ordinary lowercase word ("Night shifts are hard").
/// The earliest qualifying phrase decides.
pub(crate) fn ritual(text: &str) -> Option<Ritual> {
    if caseless::any(text) {
        return ritual_from(text, with_caseless(text, RITUALS.iter(text)));
    }
    ritual_from(text, RITUALS.iter(text))
}

/// [`ritual`] of a message of the person, scanned already.
pub(crate) fn ritual_in(text: &str, scan: &MessageScan) -> Option<Ritual> {
    if scan.caseless() {
        return ritual_from(text, with_caseless(text, scan.ritual_phrases()));
    }
    ritual_from(text, scan.ritual_phrases())
}

/// The good mornings and goodnights of Korean, Japanese and Chinese ("잘 자", "おやすみ",
/// "晚安"): a table of their own, read only in text of those scripts, so that the tables
/// every text is read with keep their size.
static CASELESS_RITUALS: LazyLock<Table<(Ritual, u8)>> = LazyLock::new(|| {
    Table::build(
        caseless::rituals().flat_map(|&(morning, level, ps)| {
            let r = if morning {
                Ritual::Morning
            } else {
                Ritual::Night
            };
            phrases(ps).map(move |p| (p, (r, level)))
        }),
        Scan::Little,
    )
});

/// `found` and [`CASELESS_RITUALS`]' phrases in `text`, in the order of the text.
fn with_caseless(
    text: &str,
    found: impl Iterator<Item = (usize, usize, (Ritual, u8))>,
) -> std::vec::IntoIter<(usize, usize, (Ritual, u8))> {
    let mut all: Vec<_> = found.chain(CASELESS_RITUALS.iter(text)).collect();
    all.sort_by_key(|&(s, e, _)| (s, e));
    all.into_iter()
}

fn ritual_from(
    text: &str,
    found: impl Iterator<Item = (usize, usize, (Ritual, u8))>,
) -> Option<Ritual> {
    let lead = text.len() - text.trim_start().len();
    let mut out = None;
    for (s, e, (r, level)) in found {
        // "a good night's sleep".
        if next_char(text, e).is_some_and(is_apostrophe) {
            continue;
        }
        let ok = match level {
            2 => s <= lead + 120 || sentence_start(text, s),
            1 => sentence_start(text, s),
            _ => s == lead && weak_ritual_follow(text, e),
        };
        if ok {
            out = Some(r);
            break;
        }
    }
    out
}

/// After a bare "Morning"/"Night": the end, punctuation, an emoji, a name or an endearment.
fn weak_ritual_follow(text: &str, e: usize) -> bool {
    if at_end(text, e, true) {
        return true;
    }
    let j = skip_spaces(text, e);
    if j == e {
        return false;
    }
    match word_at(text, j) {
        Some(we) => {
            let w = &text[j..we];
            ENDEARMENTS.has(w) || name_at(text, j).is_some_and(|t| good_name(text, t, None))
        }
        None => false,
    }
}

pub(super) static REMEMBER: LazyLock<Table<Lang>> =
    LazyLock::new(|| lang_table(|p| p.remember, Scan::Little));
pub(super) static ANNIVERSARY: LazyLock<Table<Lang>> =
    LazyLock::new(|| lang_table(|p| p.anniversary, Scan::Little));
static BOILERPLATE: LazyLock<Table<Lang>> =
    LazyLock::new(|| lang_table(|p| p.boilerplate, Scan::Little));
static PUSHBACK: LazyLock<Table<Lang>> = LazyLock::new(|| lang_table(|p| p.pushback, Scan::Much));

/// How far into a reply pushing back still counts: its opening, not a remark deep in a long
/// answer ("…and I disagree with the author on one point").
const PUSHBACK_WITHIN: usize = 120;

/// Whether a reply opens by pushing back on what was asked or said: "Hold on, love. I don't
/// think that's fair to you", "No, you're not a burden", "Aku nggak setuju", "Da muss ich
/// widersprechen"… A platform refusal ("I can't help with that") is not the companion
/// pushing back ([`is_boilerplate`]).
pub(crate) fn pushes_back(reply: &str) -> bool {
    // Only the opening is read: a phrase that starts within it ends within a few dozen bytes
    // more (a long reply is not scanned to its end for every message).
    let mut end = (PUSHBACK_WITHIN + 64).min(reply.len());
    while !reply.is_char_boundary(end) {
        end -= 1;
    }
    PUSHBACK
        .first(&reply[..end])
        .is_some_and(|(start, _, _)| start < PUSHBACK_WITHIN)
        && !is_boilerplate(reply)
}

/// "Do you remember when…", "Remember when…", "Ingat nggak waktu…", "¿Te acuerdas de
/// cuando…?", "Lembra quando…", "Weißt du noch, als…", "Tu te souviens quand…".
pub(crate) fn is_remember_when(text: &str) -> bool {
    REMEMBER.any(text)
}

/// Anniversary talk: "our anniversary", "one year since we met", "a year ago today",
/// "setahun", "aniversario", "nosso aniversário" (bare Portuguese "aniversário" and French
/// "anniversaire" mean birthday and do not count), "Jahrestag", "anniversaire de notre
/// rencontre"…
pub(crate) fn is_anniversary(text: &str) -> bool {
    ANNIVERSARY.any(text)
}

/// Platform boilerplate that must never be shown as the companion's voice: "As an AI…", "As a
/// language model", "I'm just an AI", "I can't help with that", "I'm not able to",
/// content-policy talk, "I don't have feelings", "I'm ChatGPT"… in every language with patterns.
pub(crate) fn is_boilerplate(text: &str) -> bool {
    BOILERPLATE.any(text)
}
