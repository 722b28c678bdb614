//! `ferry inspect`: what an export holds.

use std::fmt::Write as _;

use anyhow::Result;

use super::{Printer, ReadArgs, exit, write_stdout};
use crate::inspect::{Inspection, inspect};

const EXAMPLES: &str = "\
Examples:
  ferry inspect ~/Downloads/chatgpt-export.zip
  ferry inspect export-folder/ --json | jq .models
  unzip -p export.zip conversations.json | ferry inspect -";

/// Show what a ChatGPT export holds: conversations, models, memories, voice, custom GPTs
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The export: the .zip as downloaded, its unzipped folder, conversations.json, or - for stdin
    #[arg(value_name = "EXPORT")]
    export: String,
    /// Print the full report as JSON on stdout (schema "ferry.inspect/1", see README)
    #[arg(long)]
    pub(crate) json: bool,
    #[command(flatten)]
    read: ReadArgs,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let export = args.read.open(&args.export, false, printer)?;
    let progress = printer.reader_progress("reading");
    let inspection = inspect(export, &progress)?;
    args.read
        .report(printer, &inspection.warnings, &inspection.skipped)?;
    let out = if args.json {
        let mut json =
            crate::render::escape::json_visible(&serde_json::to_string_pretty(&inspection)?);
        json.push('\n');
        json
    } else {
        summary(&inspection)
    };
    write_stdout(&out)?;
    Ok(exit::OK)
}

fn percent(x: f64) -> String {
    let p = x * 100.0;
    if p > 0.0 && p < 1.0 {
        "<1%".into()
    } else {
        format!("{p:.0}%")
    }
}

/// The short, human summary.
fn summary(i: &Inspection) -> String {
    let mut s = String::new();
    let c = &i.conversations;
    let m = &i.messages;
    let _ = writeln!(
        s,
        "Export        {} ({} format, {} file{})",
        i.source.path,
        i.source.format,
        i.source.files.len(),
        if i.source.files.len() == 1 { "" } else { "s" }
    );
    let _ = writeln!(
        s,
        "Conversations {} ({} with edited or regenerated branches{})",
        c.total,
        c.with_branches,
        if c.archived > 0 {
            format!(", {} archived", c.archived)
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        s,
        "Messages      {} — {} from you, {} from the assistant, {} tool, {} system",
        m.total, m.user, m.assistant, m.tool, m.system
    );
    match (&i.dates.first, &i.dates.last) {
        (Some(first), Some(last)) => {
            let _ = writeln!(
                s,
                "Dates         {first} → {last}, active in {} month{}",
                i.dates.months_active,
                if i.dates.months_active == 1 { "" } else { "s" }
            );
        }
        _ => {
            let _ = writeln!(s, "Dates         none recorded");
        }
    }
    if i.models.is_empty() {
        let _ = writeln!(s, "Models        none recorded");
    } else {
        let top: Vec<String> = i
            .models
            .iter()
            .take(5)
            .map(|m| format!("{} {}", m.slug, percent(m.share)))
            .collect();
        let more = if i.models.len() > 5 {
            format!(", +{} more", i.models.len() - 5)
        } else {
            String::new()
        };
        let _ = writeln!(
            s,
            "Models        {}{more} (GPT-4o wrote {} of the replies)",
            top.join(", "),
            percent(i.gpt_4o_share)
        );
    }
    if !i.gizmos.is_empty() {
        let list: Vec<String> = i
            .gizmos
            .iter()
            .take(5)
            .map(|g| {
                let kind = match g.kind {
                    crate::export::GizmoKind::Gpt => "GPT",
                    crate::export::GizmoKind::Project => "project",
                };
                format!("{} {} ({})", kind, g.id, g.conversations)
            })
            .collect();
        let _ = writeln!(s, "GPTs/projects {}", list.join(", "));
    }
    let ci = &i.custom_instructions;
    if ci.present {
        let _ = writeln!(
            s,
            "Instructions  custom instructions found, {} version{}{}",
            ci.versions,
            if ci.versions == 1 { "" } else { "s" },
            ci.last_seen
                .as_ref()
                .map(|d| format!(", latest {d}"))
                .unwrap_or_default()
        );
    } else {
        let _ = writeln!(s, "Instructions  no custom instructions found");
    }
    let mem = &i.memory;
    let snapshot = if mem.snapshots > 0 {
        format!(
            "{} snapshot{} (latest has {} entr{}{})",
            mem.snapshots,
            if mem.snapshots == 1 { "" } else { "s" },
            mem.latest_snapshot_entries,
            if mem.latest_snapshot_entries == 1 {
                "y"
            } else {
                "ies"
            },
            mem.latest_snapshot_date
                .as_ref()
                .map(|d| format!(", {d}"))
                .unwrap_or_default()
        )
    } else {
        "no snapshots".into()
    };
    let _ = writeln!(
        s,
        "Memories      {snapshot}, {} write{}, {} citation{}",
        mem.writes,
        if mem.writes == 1 { "" } else { "s" },
        mem.citations,
        if mem.citations == 1 { "" } else { "s" }
    );
    let v = &i.voice;
    if v.messages > 0 {
        let voices = if v.voices.is_empty() {
            String::new()
        } else {
            format!(
                ", voice{} {}",
                if v.voices.len() == 1 { "" } else { "s" },
                v.voices
                    .iter()
                    .map(|n| n.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let _ = writeln!(
            s,
            "Voice         {} of messages in {} conversation{}{voices}",
            percent(v.share),
            v.conversations,
            if v.conversations == 1 { "" } else { "s" }
        );
    } else {
        let _ = writeln!(s, "Voice         no voice conversations");
    }
    match i.companions.iter().find(|c| c.rejected.is_none()) {
        Some(chosen) => {
            let others: Vec<String> = i
                .companions
                .iter()
                .filter(|c| c.rejected.is_some())
                .take(3)
                .map(|c| format!("{} ({})", c.name, c.rejected.as_deref().unwrap_or("")))
                .collect();
            let others = if others.is_empty() {
                String::new()
            } else {
                format!("; also weighed: {}", others.join(", "))
            };
            let _ = writeln!(
                s,
                "Companion     {} (confidence {:.2}, {} conversation{}){others}",
                chosen.name,
                chosen.confidence,
                chosen.conversations,
                if chosen.conversations == 1 { "" } else { "s" }
            );
        }
        None => {
            let _ = writeln!(s, "Companion     no named companion found");
        }
    }
    let a = &i.attachments;
    let _ = writeln!(
        s,
        "Attachments   {} image{}, {} audio, {} video, {} file{}",
        a.images,
        if a.images == 1 { "" } else { "s" },
        a.audio,
        a.video,
        a.files,
        if a.files == 1 { "" } else { "s" }
    );
    if c.skipped > 0 {
        let _ = writeln!(
            s,
            "Skipped       {} conversation{} could not be read (see the warnings above)",
            c.skipped,
            if c.skipped == 1 { "" } else { "s" }
        );
    }
    s
}
