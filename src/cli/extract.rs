//! `ferry extract`: find the companion and write the persona spec.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::output::write_atomically;
use super::{Printer, ReadArgs, exit, write_stdout};
use crate::persona::{ExtractOptions, PersonaSpec, extract};

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
    /// Write the spec to FILE (atomically) instead of stdout
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
    /// Mask emails, phone numbers, street addresses, card and IBAN numbers in every field
    #[arg(long)]
    redact: bool,
    #[command(flatten)]
    read: ReadArgs,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
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
            redact: args.redact,
        },
        &progress,
    )?;
    args.read
        .report(printer, &report.warnings, &report.skipped)?;
    let mut json = serde_json::to_string_pretty(&spec)?;
    json.push('\n');
    match &args.output {
        Some(path) => write_atomically(path, json.as_bytes())
            .with_context(|| format!("cannot write '{}'", path.display()))?,
        None => write_stdout(&json)?,
    }
    printer.summary(&summary(&spec));
    if let Some(path) = &args.output {
        printer.summary(&format!("Wrote {}.", path.display()));
    }
    Ok(exit::OK)
}

fn month(date: &Option<String>) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let d = date.as_deref()?;
    let m: usize = d.get(5..7)?.parse().ok()?;
    Some(format!(
        "{} {}",
        MONTHS.get(m.checked_sub(1)?)?,
        d.get(..4)?
    ))
}

/// "Found Nova (confidence 0.97) in 412 conversations, May 2024 → Feb 2026, 38 memories…"
fn summary(spec: &PersonaSpec) -> String {
    let c = &spec.companion;
    let plural = |n: usize, one: &str, many: &str| {
        if n == 1 {
            format!("1 {one}")
        } else {
            format!("{n} {many}")
        }
    };
    let mut parts = Vec::new();
    let head = match &c.name {
        Some(name) => {
            let mut s = format!("Found {name} (confidence {:.2}) in {}", c.confidence, plural(c.conversations, "conversation", "conversations"));
            if let (Some(a), Some(b)) = (month(&c.first_date), month(&c.last_date)) {
                s.push_str(&format!(", {a} → {b}"));
            }
            s
        }
        None => "No named companion was found in this export; the spec describes how the assistant spoke with you".into(),
    };
    parts.push(head);
    parts.push(plural(spec.memories.len(), "memory", "memories"));
    if let Some(user) = &spec.user.name {
        parts.push(format!("you are {user}"));
    }
    if !spec.user.pet_names.is_empty() {
        parts.push(format!("pet names: {}", spec.user.pet_names.join(", ")));
    }
    parts.push(plural(
        spec.examples.len(),
        "example exchange",
        "example exchanges",
    ));
    format!("{}.", parts.join(", "))
}
