//! `ferry review`: one HTML page to look over, correct and save the persona.

use std::path::PathBuf;

use anyhow::{Context, Result, bail};

use super::{Printer, ReadArgs, exit};
use crate::output::write_atomically;
use crate::persona::{ExtractOptions, PersonaSpec, extract};
use crate::render::lang;
use crate::review;

const EXAMPLES: &str = "\
Examples:
  ferry review ~/Downloads/chatgpt-export.zip
  ferry review persona.json -o nova-review.html
  ferry review export.zip --companion Nova --user Mira --force

Open the page in your browser. It works offline; \"Save persona\" downloads
edited-persona.json, which `ferry migrate edited-persona.json --target all` writes out.";

/// Write a page to look over and correct the persona in your browser, offline
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The export (.zip, its folder, conversations.json) or a persona.json that ferry wrote
    #[arg(value_name = "EXPORT|PERSONA.json")]
    input: String,
    /// Write the page to FILE (- is stdout)
    #[arg(short, long, value_name = "FILE", default_value = review::FILE_NAME)]
    output: PathBuf,
    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,
    /// Choose this candidate as the companion (see `ferry inspect`)
    #[arg(long, value_name = "NAME", help_heading = "Narrowing (exports only)")]
    companion: Option<String>,
    /// Read only the conversations of this custom GPT or project (g-…)
    #[arg(long, value_name = "ID", help_heading = "Narrowing (exports only)")]
    gizmo: Option<String>,
    /// Your name, when ferry got it wrong or did not find it
    #[arg(long, value_name = "NAME", help_heading = "Narrowing (exports only)")]
    user: Option<String>,
    /// The language of the page and of what ferry says here: en, id, es, pt, de, fr, it, nl,
    /// sv, pl, ru, uk, tr, ja, ko, zh or zh-Hant; default: the language you and the companion
    /// spoke, else English
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    #[command(flatten)]
    privacy: super::PrivacyArgs,
    #[command(flatten)]
    read: ReadArgs,
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let to_stdout = args.output.as_os_str() == "-";
    if !to_stdout && !args.force && std::fs::symlink_metadata(&args.output).is_ok() {
        bail!(
            "'{}' already exists, and was left as it is; use --force to replace it, or -o to choose another file",
            args.output.display()
        );
    }
    // A language ferry does not have is a usage error, found before the export is read.
    if let Some(code) = &args.lang
        && lang::choose(Some(code), &[]).is_none()
    {
        return Err(crate::render::RenderError::UnknownLang {
            code: code.clone(),
            codes: lang::codes(),
        }
        .into());
    }
    let spec = if super::is_persona_file(&args.input) {
        super::read_persona(&args.input)?
    } else {
        from_export(&args, printer)?
    };
    let words = lang::for_spec(args.lang.as_deref(), &spec).unwrap_or(lang::LANGS[0]);
    let html = review::page(&spec, words);
    if to_stdout {
        super::write_stdout(&html)?;
        return Ok(exit::OK);
    }
    write_atomically(&args.output, html.as_bytes())
        .with_context(|| format!("cannot write '{}'", args.output.display()))?;
    let path = args.output.display().to_string();
    printer.summary(&lang::fill(
        words.page.wrote,
        &[
            ("path", &path),
            (
                "c",
                spec.companion
                    .name
                    .as_deref()
                    .unwrap_or(words.page.your_companion),
            ),
        ],
    ));
    Ok(exit::OK)
}

fn from_export(args: &Args, printer: &Printer) -> Result<PersonaSpec> {
    let export = args.read.open(&args.input, true, printer)?;
    let progress = printer.reader_progress("reading");
    let (spec, report) = extract(
        export,
        ExtractOptions {
            companion: args.companion.clone(),
            gizmo: args.gizmo.clone(),
            models: Vec::new(),
            since: None,
            until: None,
            redact: args.privacy.redact(),
            user: args.user.clone(),
        },
        &progress,
    )?;
    args.read
        .report(printer, &report.warnings, &report.skipped)?;
    Ok(spec)
}
