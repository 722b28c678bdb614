//! `ferry review`: one HTML page to look over, correct and save the persona.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::output::write_atomically;
use super::{Printer, ReadArgs, exit};
use crate::persona::spec::SPEC;
use crate::persona::{self, ExtractOptions, PersonaSpec, extract};
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
    /// Write the page to FILE
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
    #[command(flatten)]
    privacy: super::PrivacyArgs,
    #[command(flatten)]
    read: ReadArgs,
}

/// A persona spec rather than an export: a `.json` file holding an object with a `"spec"`
/// field (an export's conversations are an array, or an object without one).
fn is_persona(path: &Path) -> bool {
    #[derive(serde::Deserialize)]
    struct Probe {
        spec: Option<serde::de::IgnoredAny>,
    }
    let json = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    if !json || !path.is_file() {
        return false;
    }
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut reader = std::io::BufReader::new(file);
    // Only an object can be a spec; an array is read no further.
    let starts_with_brace = loop {
        let Ok(buf) = std::io::BufRead::fill_buf(&mut reader) else {
            return false;
        };
        let Some(&first) = buf.first() else {
            return false;
        };
        if first.is_ascii_whitespace() || buf.starts_with("\u{feff}".as_bytes()) {
            let skip = if first.is_ascii_whitespace() { 1 } else { 3 };
            std::io::BufRead::consume(&mut reader, skip);
            continue;
        }
        break first == b'{';
    };
    starts_with_brace && serde_json::from_reader::<_, Probe>(reader).is_ok_and(|p| p.spec.is_some())
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    if !args.force && std::fs::symlink_metadata(&args.output).is_ok() {
        bail!(
            "'{}' already exists, and was left as it is; use --force to replace it, or -o to choose another file",
            args.output.display()
        );
    }
    let spec = if is_persona(Path::new(&args.input)) {
        let text = std::fs::read_to_string(&args.input)
            .with_context(|| format!("cannot read '{}'", args.input))?;
        persona::load::from_json(&text)
            .with_context(|| format!("'{}' cannot be used as a {SPEC} persona spec", args.input))?
    } else {
        from_export(&args, printer)?
    };
    let html = review::page(&spec);
    write_atomically(&args.output, html.as_bytes())
        .with_context(|| format!("cannot write '{}'", args.output.display()))?;
    printer.summary(&format!(
        "Wrote {}. Open it in your browser to look over {}; nothing in it leaves your computer.",
        args.output.display(),
        spec.companion.name.as_deref().unwrap_or("your companion"),
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
