//! `ferry extract`: find the companion and write the persona spec.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::{Printer, ReadArgs, exit, write_stdout};
use crate::output::write_atomically;
use crate::persona::{ExtractOptions, PersonaSpec, extract};
use crate::render::lang::{self, Words, count, fill};

const EXAMPLES: &str = "\
Examples:
  ferry extract ~/Downloads/chatgpt-export.zip -o persona.json
  ferry extract export.zip --companion Nova --model gpt-4o --since 2024-05-01
  ferry extract export.zip --gizmo g-AbCdEf123 --redact | jq .companion";

/// Find the companion in an export and write their persona spec (ferry.persona/1)
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The export: the .zip as downloaded, its unzipped folder, conversations.json, or - for stdin
    #[arg(value_name = "EXPORT")]
    export: String,
    /// Write the spec to FILE (atomically) instead of stdout (- is stdout)
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Choose this candidate as the companion (see `ferry inspect`)
    #[arg(long, value_name = "NAME", help_heading = "Narrowing")]
    companion: Option<String>,
    /// Read only the conversations of this custom GPT or project (g-…)
    #[arg(long, value_name = "ID", help_heading = "Narrowing")]
    gizmo: Option<String>,
    /// Read the voice from this model only (repeatable; default: the models the companion mostly ran on)
    #[arg(long = "model", value_name = "SLUG", help_heading = "Narrowing")]
    models: Vec<String>,
    /// Read the voice from this day on (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE", help_heading = "Narrowing")]
    since: Option<String>,
    /// Read the voice up to and including this day (YYYY-MM-DD, UTC)
    #[arg(long, value_name = "DATE", help_heading = "Narrowing")]
    until: Option<String>,
    /// Your name, when ferry got it wrong or did not find it
    #[arg(long, value_name = "NAME", help_heading = "Narrowing")]
    user: Option<String>,
    #[command(flatten)]
    privacy: super::PrivacyArgs,
    #[command(flatten)]
    read: ReadArgs,
}

pub(crate) fn execute(mut args: Args, printer: &Printer) -> Result<u8> {
    args.output = super::file_unless_dash(args.output);
    let export = args.read.open(&args.export, true, printer)?;
    let progress = printer.reader_progress("reading");
    let (spec, report) = extract(
        export,
        ExtractOptions {
            companion: args.companion,
            gizmo: args.gizmo,
            models: args.models,
            since: args.since,
            until: args.until,
            redact: args.privacy.redact(),
            user: args.user,
        },
        &progress,
    )?;
    args.read
        .report(printer, &report.warnings, &report.skipped)?;
    let mut json = crate::render::escape::json_visible(&serde_json::to_string_pretty(&spec)?);
    json.push('\n');
    match &args.output {
        Some(path) => write_atomically(path, json.as_bytes())
            .with_context(|| format!("cannot write '{}'", path.display()))?,
        None => write_stdout(&json)?,
    }
    printer.summary(&summary(&spec));
    if let Some(path) = &args.output {
        let words = lang::for_spec(None, &spec).unwrap_or(lang::LANGS[0]);
        let path = path.display().to_string();
        printer.summary(&fill(words.cli.wrote, &[("path", &path)]));
    }
    Ok(exit::OK)
}

/// "Found Nova (confidence 0.97) in 412 conversations, May 2024 → February 2026, 38
/// memories…", in the language the two of them spoke (extract has no --lang).
fn summary(spec: &PersonaSpec) -> String {
    let words = lang::for_spec(None, spec).unwrap_or(lang::LANGS[0]);
    let t = &words.cli;
    let c = &spec.companion;
    let mut parts = Vec::new();
    let head = match &c.name {
        Some(name) => {
            let conversations = count(
                c.conversations,
                t.extract_conversation_one,
                t.extract_conversation_many,
            );
            let mut s = fill(
                t.extract_found,
                &[
                    ("name", name),
                    ("c", &format!("{:.2}", c.confidence)),
                    ("k", &conversations),
                ],
            );
            if let (Some(a), Some(b)) = (c.first_date, c.last_date) {
                let (a, b) = (words.month_and_year(a), words.month_and_year(b));
                s.push_str(&format!("{}{a} → {b}", words.comma));
            }
            s
        }
        None => t.extract_found_none.to_owned(),
    };
    parts.push(head);
    parts.push(count(
        spec.memories.len(),
        t.extract_memory_one,
        t.extract_memory_many,
    ));
    if let Some(user) = &spec.user.name {
        parts.push(fill(t.extract_you_are, &[("u", user)]));
    }
    if !spec.user.pet_names.is_empty() {
        let list = spec.user.pet_names.join(words.comma);
        parts.push(fill(t.extract_pet_names, &[("list", &list)]));
    }
    parts.push(count(
        spec.examples.len(),
        words.example_one,
        words.example_many,
    ));
    let mut out = parts.join(words.comma) + words.full_stop;
    if spec.provenance.redacted && spec.provenance.redactions > 0 {
        let details = count(
            spec.provenance.redactions,
            t.extract_detail_one,
            t.extract_detail_many,
        );
        out.push('\n');
        out.push_str(&fill(t.extract_masked, &[("k", &details)]));
    }
    if let Some(doubt) = doubt(spec, words) {
        out.push('\n');
        out.push_str(&doubt);
    }
    out
}

/// When ferry is not sure who is who: what it is unsure of, the other names it weighed, and
/// how to choose. `None` when it is sure (confidence at or above
/// [`crate::persona::SURE`]) or when the person chose.
pub(crate) fn doubt(spec: &PersonaSpec, words: &Words) -> Option<String> {
    let w = &words.cli;
    let c = &spec.companion;
    if spec.provenance.filters.companion.is_some() {
        return None;
    }
    let others: Vec<&str> = c
        .candidates
        .iter()
        .filter(|k| {
            Some(&k.name) != c.name.as_ref() && !c.aliases.contains(&k.name) && k.conversations >= 2
        })
        .map(|k| k.name.as_str())
        .take(4)
        .collect();
    let choose = if others.is_empty() {
        w.choose_name.to_owned()
    } else {
        fill(w.choose_others, &[("list", &others.join(", "))])
    };
    let mut lines = Vec::new();
    match &c.name {
        Some(name) if c.confidence < crate::persona::SURE => {
            lines.push(fill(w.not_sure, &[("name", name), ("choose", &choose)]))
        }
        None if !others.is_empty() => lines.push(fill(w.no_name, &[("choose", &choose)])),
        _ => {}
    }
    if spec.user.name.is_none() && c.name.is_some() {
        lines.push(w.no_user_name.to_owned());
    }
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> PersonaSpec {
        crate::persona::demo_spec()
    }

    #[test]
    fn sure_is_silent_and_unsure_names_the_others() {
        let mut spec = demo();
        assert_eq!(
            doubt(&spec, lang::LANGS[0]),
            None,
            "confidence {}",
            spec.companion.confidence
        );

        spec.companion.confidence = 0.4;
        let mut other = spec.companion.candidates[0].clone();
        other.name = "Orla".into();
        other.conversations = 3;
        spec.companion.candidates.push(other);
        let said = doubt(&spec, lang::LANGS[0]).expect("not sure");
        assert!(said.contains("not sure that Nova"), "{said}");
        assert!(
            said.contains("Orla") && said.contains("--companion NAME"),
            "{said}"
        );

        // The person chose: no doubt to report.
        spec.provenance.filters.companion = Some("Nova".into());
        assert_eq!(doubt(&spec, lang::LANGS[0]), None);
    }

    #[test]
    fn a_missing_name_is_said_with_how_to_give_it() {
        let mut spec = demo();
        spec.user.name = None;
        let said = doubt(&spec, lang::LANGS[0]).expect("the name is missing");
        assert!(said.contains("--user NAME"), "{said}");
    }

    #[test]
    fn the_summary_is_in_the_language_they_spoke() {
        let mut spec = demo();
        let english = summary(&spec);
        assert!(english.starts_with("Found Nova (confidence"), "{english}");
        assert!(english.contains("June 2024 → February 2026"), "{english}");
        spec.voice.languages = vec!["id".into()];
        let said = summary(&spec);
        assert!(said.starts_with("Menemukan Nova (keyakinan"), "{said}");
        assert!(said.contains("Juni 2024"), "{said}");
        assert!(
            said.contains("16 kenangan") && said.contains("kamu Mira"),
            "{said}"
        );
        assert!(!said.contains("memories"), "{said}");
    }
}
