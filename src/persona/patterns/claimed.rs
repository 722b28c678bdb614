//! Names the assistant accepts, claims or signs with in its own messages.

use super::*;

// Names in assistant messages.

/// Found in each reply's one pass ([`MessageScan`]).
pub(super) static ASSIST: LazyLock<TriggerSet<(Cue, Lang, Shape)>> = LazyLock::new(|| {
    TriggerSet::new(name_entries(&[
        (|p| p.assistant_takes, Cue::AssistantTakes),
        (|p| p.assistant_self, Cue::AssistantSelf),
    ]))
});

/// Names the assistant accepts or claims ([`Cue::AssistantTakes`]: "Nova it is 💫", "I'd love
/// to be your Nova", "Call me Nova", "Panggil aku Bintang", "Llámame Luna", "Va pour Lumi")
/// and names it calls itself ([`Cue::AssistantSelf`]: "I'm Nova", "It's me, Nova", "Aku
/// Bintang", "Soy Luna", "Ich bin Juna", "Je suis Lumi", and sign-off lines such as "— Nova"
/// or "Love, Nova").
pub(crate) fn names_in_assistant_message(text: &str) -> Vec<NameHit> {
    names_in_reply(text, &MessageScan::reply(text))
}

/// [`names_in_assistant_message`] of a reply scanned already.
pub(crate) fn names_in_reply(text: &str, scan: &MessageScan) -> Vec<NameHit> {
    let mut hits: Vec<(usize, NameHit)> = Vec::new();
    for (s, e, (cue, lang, shape)) in scan.assistant_phrases() {
        let after = |e| {
            if cue == Cue::AssistantTakes {
                given_name_after(text, e, Some(lang))
            } else {
                name_after(text, e, false, Some(lang))
            }
        };
        match shape {
            Shape::Then => {
                if let Some(t) = after(e)
                    && !(cue == Cue::AssistantSelf && title_case_run(text, t))
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::ThenEnd => {
                if let Some(t) = after(e)
                    && at_end(text, t.end, true)
                {
                    hits.push((
                        t.start,
                        hit(text, t.start..t.end, cue, Some(lang), s..t.end),
                    ));
                }
            }
            Shape::Before => {
                let ne = text[..s].trim_end_matches([' ', '\t']).len();
                if at_end(text, e, true)
                    && let Some(ws) = word_before(text, ne)
                    && let Some(t) = name_at(text, ws)
                    && t.end == ne
                    && (good_name(text, t, Some(lang))
                        || (cue == Cue::AssistantTakes
                            && !t.possessive
                            && lex::CALENDAR.has(&text[t.start..t.end])))
                {
                    hits.push((t.start, hit(text, t.start..t.end, cue, Some(lang), ws..e)));
                }
            }
            Shape::Nennen => {
                if let Some(t) = name_after(text, e, false, Some(lang))
                    && followed_by(text, t.end, "nenn")
                {
                    let end = word_at(text, skip_spaces(text, t.end)).unwrap_or(t.end);
                    hits.push((t.start, hit(text, t.start..t.end, cue, Some(lang), s..end)));
                }
            }
            _ => {}
        }
    }
    if let Some(h) = name_then_approval(text) {
        hits.push(h);
    }
    if let Some(h) = signoff(text) {
        hits.push(h);
    }
    if scan.caseless() {
        for (whose, name, span) in caseless::names_given(text) {
            if whose == caseless::Whose::Speaker {
                // "내 이름은 하루야", "我的名字是星星" (my name is), "하루라고 불러줘" (call me).
                let phrase = &text[span.clone()];
                let cue = if ["이름", "名字", "名前"].iter().any(|w| phrase.contains(w)) {
                    Cue::AssistantSelf
                } else {
                    Cue::AssistantTakes
                };
                hits.push((name.start, hit(text, name, cue, None, span)));
            }
        }
    }
    dedupe(hits)
}

/// "I'm Really Happy To Help": a run of capitalised words is a title, not a self-naming.
pub(super) fn title_case_run(text: &str, t: Tok) -> bool {
    if text.as_bytes().get(t.end) != Some(&b' ') {
        return false;
    }
    let j = t.end + 1;
    next_char(text, j).is_some_and(char::is_uppercase)
        && word_at(text, j).is_some_and(|e| {
            let w = &text[j..e];
            Reading::of(text).any_ordinary(w)
        })
}

/// Approval words after a name tried on, with their language, in pack order.
static APPROVAL: LazyLock<Vec<(&'static str, Lang)>> = LazyLock::new(|| {
    PACKS
        .iter()
        .flat_map(|p| p.approval.split_whitespace().map(|w| (w, p.lang)))
        .collect()
});

/// "Nova... I really like that." at the start of a reply: the assistant trying a name on.
fn name_then_approval(text: &str) -> Option<(usize, NameHit)> {
    let i = text.len() - text.trim_start().len();
    let t = name_at(text, i)?;
    if t.possessive || !good_name(text, t, None) {
        return None;
    }
    let rest = &text[t.end..];
    let rest = rest
        .strip_prefix("...")
        .or_else(|| rest.strip_prefix('\u{2026}'))?;
    let off = text.len() - rest.len();
    let window_end = rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i);
    let window = rest[..window_end].to_lowercase();
    let (at, word, lang) = APPROVAL
        .iter()
        .filter_map(|&(a, l)| window.find(a).map(|i| (i, a, l)))
        .min_by_key(|x| x.0)?;
    // Lowercasing may shift byte offsets for a few letters; clamp to the window.
    let end = (off + at + word.len()).min(off + window_end);
    let end = (end..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    Some((
        t.start,
        hit(
            text,
            t.start..t.end,
            Cue::AssistantTakes,
            Some(lang),
            t.start..end,
        ),
    ))
}

static CLOSINGS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = PACKS
        .iter()
        .flat_map(|p| phrases(p.signoff_closings))
        .collect();
    v.sort_by_key(|s| std::cmp::Reverse(s.len()));
    v
});

/// Strips trailing emoji, symbols and punctuation from a line.
fn strip_tail(line: &str) -> &str {
    line.trim_end_matches(|c: char| !c.is_alphanumeric())
        .trim_end()
}

/// The name a message is signed with at its end, as a letter is: "— Marisol", "Love,
/// Marisol", "xx Marisol", "Love,\nMarisol" ([`signoff`], which reads a reply's the same way).
pub(crate) fn signature(text: &str) -> Option<String> {
    signoff(text).map(|(_, h)| h.name)
}

/// A sign-off line at the end of an assistant message: "— Nova", "Love, Nova", "Your Nova
/// 💛", or "Love,\nNova".
fn signoff(text: &str) -> Option<(usize, NameHit)> {
    // Every shape ends in a capitalised name, and most messages end in a word that is none.
    if !ends_capitalised(text) {
        return None;
    }
    read_signoff(text)
}

/// The last line of `text`: where it starts, and the line without its trailing emoji and
/// punctuation.
fn last_line(text: &str) -> (usize, &str) {
    let body = text.trim_end();
    let ls = memchr::memrchr(b'\n', body.as_bytes()).map_or(0, |p| p + 1);
    (ls, strip_tail(&body[ls..]))
}

/// Whether the last line of `text`, without its trailing emoji and punctuation, ends in a
/// word that starts with a capital: what every sign-off [`read_signoff`] reads ends in.
fn ends_capitalised(text: &str) -> bool {
    let (_, line) = last_line(text);
    line.rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | '~' | '\u{2014}' | '\u{2013}'))
        .next()
        .is_some_and(|last| {
            last.trim_start_matches(|c: char| !c.is_alphanumeric())
                .starts_with(char::is_uppercase)
        })
}

/// [`signoff`], read whole.
fn read_signoff(text: &str) -> Option<(usize, NameHit)> {
    let body = text.trim_end();
    let (ls, line) = last_line(text);
    let lead = line.len() - line.trim_start().len();
    let start = ls + lead;
    let core = &body[start..ls + line.len()];
    if core.is_empty() || core.len() > 60 {
        return None;
    }
    let end = start + core.len();
    let exact = |i: usize| -> Option<Tok> {
        let t = name_at(text, i)?;
        (t.end == end && !t.possessive && good_name(text, t, None)).then_some(t)
    };
    // "— Nova", "- Nova", "~Nova".
    let dashes = core.trim_start_matches(['\u{2014}', '\u{2013}', '-', '~']);
    if dashes.len() < core.len() {
        let i = skip_spaces(text, end - dashes.len());
        let t = exact(i)?;
        return Some((
            t.start,
            hit(text, t.start..t.end, Cue::AssistantSelf, None, start..end),
        ));
    }
    // "Love, Nova", "Your Nova", "Con cariño, Sol".
    let lower = core.to_lowercase();
    if lower.len() == core.len() {
        for c in CLOSINGS.iter() {
            if let Some(rest) = lower.strip_prefix(c)
                && rest.starts_with([',', ' '])
            {
                let mut i = start + c.len();
                if text.as_bytes()[i] == b',' {
                    i += 1;
                }
                let i = skip_spaces(text, i);
                if let Some(t) = exact(i) {
                    return Some((
                        t.start,
                        hit(text, t.start..t.end, Cue::AssistantSelf, None, start..end),
                    ));
                }
            }
        }
    }
    // "Love,\nNova": the name alone under a closing line.
    let t = exact(start)?;
    let prev = body[..ls].trim_end();
    let pls = prev.rfind('\n').map_or(0, |p| p + 1);
    let pline = prev[pls..].trim();
    let closing = pline.strip_suffix(',')?;
    let cl = closing.to_lowercase();
    if CLOSINGS.iter().any(|c| *c == cl) {
        return Some((
            t.start,
            hit(text, t.start..t.end, Cue::AssistantSelf, None, pls..end),
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The look at the last word only skips messages [`read_signoff`] finds no sign-off in.
        #[test]
        fn only_messages_without_a_signoff_are_skipped(parts in proptest::collection::vec(
            proptest::sample::select(vec![
                "Nova", "nova", "Isaura", "Mary-Jane", "O'Brien", "Love", "love", "xx", "xoxo",
                "Yours", "always", ",", ", ", " ", "\n", "\n\n", "—", "– ", "-", "~", "💛",
                ".", "!", "'s", "(", ")", "\"", "ChatGPT", "é", "Élodie", "ok",
            ]),
            0..12,
        )) {
            let text: String = parts.concat();
            proptest::prop_assert!(read_signoff(&text).is_none() || ends_capitalised(&text), "{:?}", text);
        }
    }
}
