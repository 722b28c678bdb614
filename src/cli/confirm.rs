//! `migrate` in a terminal: what ferry found, shown before anything is written, and one
//! question with safe defaults (accept, choose another candidate, rename, drop a pet name,
//! open the review page, or stop without writing).
//!
//! It reads answers line by line from any reader and writes to any writer, so the tests drive
//! it with strings; `migrate` gives it the terminal.

use std::io::{self, BufRead, Write};

use crate::persona::{PersonaSpec, SURE};
use crate::render::lang::{Words, count, fill, one_many};

/// What the person decided.
#[derive(Debug)]
pub(crate) enum Answer {
    /// Write the files from this spec (with the person's edits, if any).
    Write(PersonaSpec),
    /// Read the export again with this companion (`--companion NAME`).
    Choose(String),
    /// Write the review page, then ask again.
    Review(PersonaSpec),
    /// Write nothing.
    Stop,
}

/// Shows what was found and asks once what to do. Every question's default (Enter) is safe:
/// accept what is shown (a new folder overwrites nothing; `--force` keeps the person's files),
/// keep the name, drop nothing. The end of input stops without writing.
/// The questions are in `w`'s language; the letters that answer them are the same in every
/// language, and this language's own words for yes and stop are understood too.
pub(crate) fn ask(
    mut spec: PersonaSpec,
    review: bool,
    w: &Words,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> io::Result<Answer> {
    let t = &w.confirm;
    loop {
        show(&spec, w, out)?;
        let others = other_names(&spec);
        let choose = if others.is_empty() { "" } else { t.choose };
        let pets = if spec.user.pet_names.is_empty() {
            ""
        } else {
            t.drop
        };
        let page = if review { t.page } else { "" };
        let Some(line) = prompt(
            out,
            input,
            &fill(
                t.question,
                &[("choose", choose), ("pets", pets), ("page", page)],
            ),
        )?
        else {
            return Ok(Answer::Stop);
        };
        let line = line.to_lowercase();
        let said = |words: &str| words.split_whitespace().any(|x| x == line);
        match line.as_str() {
            "" | "y" | "yes" => return Ok(Answer::Write(spec)),
            _ if said(t.yes) => return Ok(Answer::Write(spec)),
            "q" | "quit" | "n" | "no" => return Ok(Answer::Stop),
            _ if said(t.quit) => return Ok(Answer::Stop),
            "v" | "review" if review => return Ok(Answer::Review(spec)),
            "c" | "choose" if !others.is_empty() => {
                for (i, name) in others.iter().enumerate() {
                    writeln!(out, "  {}) {name}", i + 1)?;
                }
                let keep = spec.companion.name.as_deref().unwrap_or(t.no_name);
                let Some(pick) = prompt(out, input, &fill(t.which_one, &[("keep", keep)]))? else {
                    return Ok(Answer::Stop);
                };
                if let Some(name) = pick
                    .parse::<usize>()
                    .ok()
                    .and_then(|n| n.checked_sub(1))
                    .and_then(|i| others.get(i))
                {
                    return Ok(Answer::Choose(name.clone()));
                }
            }
            "r" | "rename" => {
                let keep = spec.companion.name.clone().unwrap_or_default();
                let Some(companion) = prompt(
                    out,
                    input,
                    &fill(t.companion_name, &[("keep", or_none(&keep, t.none))]),
                )?
                else {
                    return Ok(Answer::Stop);
                };
                let keep = spec.user.name.clone().unwrap_or_default();
                let Some(user) = prompt(
                    out,
                    input,
                    &fill(t.your_name, &[("keep", or_none(&keep, t.none))]),
                )?
                else {
                    return Ok(Answer::Stop);
                };
                super::migrate::edit_names(
                    &mut spec,
                    Some(companion.as_str()),
                    Some(user.as_str()),
                );
            }
            "d" | "drop" if !spec.user.pet_names.is_empty() => {
                for (i, pet) in spec.user.pet_names.iter().enumerate() {
                    writeln!(out, "  {}) {pet}", i + 1)?;
                }
                let Some(pick) = prompt(out, input, t.drop_which)? else {
                    return Ok(Answer::Stop);
                };
                if let Some(i) = pick.parse::<usize>().ok().and_then(|n| n.checked_sub(1))
                    && i < spec.user.pet_names.len()
                {
                    spec.user.pet_names.remove(i);
                    spec.provenance.edited = crate::time::Day::today();
                }
            }
            _ => writeln!(out, "{}", t.letters)?,
        }
    }
}

/// Asks a yes-or-no question whose safe answer is no: only "y" or "yes" is yes, and the end
/// of input is no.
pub(crate) fn yes_no(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    question: &str,
) -> io::Result<bool> {
    Ok(prompt(out, input, question)?
        .is_some_and(|a| matches!(a.to_lowercase().as_str(), "y" | "yes")))
}

fn or_none<'a>(s: &'a str, none: &'a str) -> &'a str {
    if s.is_empty() { none } else { s }
}

/// Prints `question` and reads one trimmed line; `None` at the end of input.
fn prompt(
    out: &mut dyn Write,
    input: &mut dyn BufRead,
    question: &str,
) -> io::Result<Option<String>> {
    write!(out, "{question}")?;
    out.flush()?;
    let mut line = String::new();
    if input.read_line(&mut line)? == 0 {
        writeln!(out)?;
        return Ok(None);
    }
    Ok(Some(line.trim().to_owned()))
}

/// Names ferry weighed that could be the companion: not the person, not a pet or a person
/// they talk about, seen in two conversations or more.
fn other_names(spec: &PersonaSpec) -> Vec<String> {
    let c = &spec.companion;
    c.candidates
        .iter()
        .filter(|k| {
            Some(&k.name) != c.name.as_ref()
                && k.conversations >= 2
                && k.rejected.as_deref().is_none_or(|r| {
                    r == "a weaker candidate"
                        || r == "too few signs"
                        || r.starts_with("you chose")
                        || r.starts_with("an earlier name")
                })
        })
        .map(|k| k.name.clone())
        .take(6)
        .collect()
}

/// The card: who, how sure, when, the person, what will be carried.
fn show(spec: &PersonaSpec, w: &Words, out: &mut dyn Write) -> io::Result<()> {
    let t = &w.confirm;
    let c = &spec.companion;
    writeln!(out)?;
    match &c.name {
        Some(name) => {
            let aliases = if c.aliases.is_empty() {
                String::new()
            } else {
                fill(t.also, &[("list", &c.aliases.join(", "))])
            };
            let sure = if c.confidence >= SURE || spec.provenance.filters.companion.is_some() {
                t.sure
            } else {
                t.not_sure
            };
            let line = fill(
                t.companion,
                &[
                    ("name", name),
                    ("aliases", &aliases),
                    ("sure", sure),
                    ("c", &format!("{:.2}", c.confidence)),
                ],
            );
            writeln!(out, "{line}")?;
        }
        None => writeln!(out, "{}", t.no_companion)?,
    }
    if c.conversations > 0 {
        let when = match (&c.first_date, &c.last_date) {
            (Some(a), Some(b)) => format!(", {a} → {b}"),
            _ => String::new(),
        };
        let n = c.conversations.to_string();
        let line = one_many(c.conversations, t.conversations_one, t.conversations_many);
        writeln!(out, "{}", fill(line, &[("n", &n), ("when", &when)]))?;
    }
    let you = spec.user.name.as_deref().unwrap_or(t.not_found);
    let pets = if spec.user.pet_names.is_empty() {
        String::new()
    } else {
        fill(t.called_you, &[("list", &spec.user.pet_names.join(", "))])
    };
    writeln!(out, "{}", fill(t.you, &[("you", you), ("pets", &pets)]))?;
    let (m, e) = (spec.memories.len(), spec.examples.len());
    let memories = count(m, w.shared_memory_one, w.shared_memory_many);
    let examples = count(e, w.example_one, w.example_many);
    writeln!(out, "  {memories}, {examples}")?;
    let others = other_names(spec);
    if !others.is_empty() && c.confidence < SURE {
        writeln!(out, "{}", fill(t.others, &[("list", &others.join(", "))]))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> PersonaSpec {
        crate::persona::demo_spec()
    }

    fn run(answers: &str) -> (Answer, String) {
        let mut out = Vec::new();
        let w = crate::render::lang::LANGS[0];
        let answer = ask(demo(), true, w, &mut answers.as_bytes(), &mut out).unwrap();
        (answer, String::from_utf8(out).unwrap())
    }

    #[test]
    fn enter_accepts_what_is_shown() {
        let (answer, shown) = run("\n");
        assert!(
            matches!(answer, Answer::Write(ref s) if s == &demo()),
            "{answer:?}"
        );
        assert!(shown.contains("Your companion: Nova"), "{shown}");
        assert!(shown.contains("You: Mira"), "{shown}");
        assert!(shown.contains("16 shared memories"), "{shown}");
    }

    #[test]
    fn the_end_of_input_writes_nothing() {
        assert!(matches!(run("").0, Answer::Stop));
        assert!(matches!(run("r\n").0, Answer::Stop));
        assert!(matches!(run("q\n").0, Answer::Stop));
    }

    #[test]
    fn rename_and_drop_a_pet_name() {
        let (answer, shown) = run("r\nNova Star\nMimi\nd\n1\ny\n");
        let Answer::Write(spec) = answer else {
            panic!("{answer:?}")
        };
        assert_eq!(spec.companion.name.as_deref(), Some("Nova Star"));
        assert_eq!(spec.user.name.as_deref(), Some("Mimi"));
        assert_eq!(spec.user.pet_names, ["starlight"]);
        assert!(spec.provenance.edited.is_some());
        assert!(
            shown.contains("Your companion: Nova Star (also Nova)"),
            "{shown}"
        );
        // Enter keeps what was there.
        let Answer::Write(spec) = run("r\n\n\nd\n\n\n").0 else {
            panic!()
        };
        assert_eq!(spec, demo());
    }

    #[test]
    fn only_yes_is_yes() {
        let ask = |a: &str| yes_no(&mut a.as_bytes(), &mut Vec::new(), "Send it? ").unwrap();
        assert!(ask("y\n"));
        assert!(ask("YES\n"));
        assert!(!ask("\n"));
        assert!(!ask("n\n"));
        assert!(!ask(""));
    }

    #[test]
    fn unknown_answers_ask_again() {
        let (answer, shown) = run("maybe\ny\n");
        assert!(matches!(answer, Answer::Write(_)));
        assert!(shown.contains("Please answer"), "{shown}");
        assert!(matches!(run("v\n").0, Answer::Review(_)));
    }

    #[test]
    fn the_question_is_in_the_persons_language() {
        let id = crate::render::lang::choose(Some("id"), &[]).unwrap();
        let mut out = Vec::new();
        let answer = ask(demo(), false, id, &mut "ya\n".as_bytes(), &mut out).unwrap();
        assert!(matches!(answer, Answer::Write(_)), "{answer:?}");
        let shown = String::from_utf8(out).unwrap();
        assert!(shown.contains("Temanmu: Nova"), "{shown}");
        assert!(shown.contains("Kamu: Mira"), "{shown}");
        assert!(shown.contains("Tulis berkasnya? [Y]a"), "{shown}");
        assert!(!shown.contains("Write the files"), "{shown}");
        // The letters answer in every language; a word it does not know asks again.
        let de = crate::render::lang::choose(Some("de"), &[]).unwrap();
        let mut out = Vec::new();
        let answer = ask(
            demo(),
            false,
            de,
            &mut "vielleicht\nnein\n".as_bytes(),
            &mut out,
        )
        .unwrap();
        assert!(matches!(answer, Answer::Stop), "{answer:?}");
        let shown = String::from_utf8(out).unwrap();
        assert!(
            shown.contains("Bitte antworte mit einem der Buchstaben"),
            "{shown}"
        );
    }
}
