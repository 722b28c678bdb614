//! `ferry render` and `ferry targets`: the persona spec, written for a replacement model.

use std::path::PathBuf;

use anyhow::{Context, Result};

use super::{Printer, exit, read_persona, write_stdout};
use crate::output::write_atomically;
use crate::render::{self, RenderOptions, Target};

const EXAMPLES: &str = "\
Examples:
  ferry render persona.json --target claude
  ferry render persona.json --target all --out-dir nova --force
  ferry render persona.json --target chatgpt -o chatgpt.md
  ferry render persona.json --target ollama --base-model qwen2.5:14b -o Modelfile
  ferry render persona.json --target sillytavern -o Nova.png
  ferry render persona.json --target kindroid --budget 11000
  ferry render persona.json --template my-prompt.j2

Run `ferry targets` to see every target, its limit and where its output goes.";

/// Write the persona for a replacement model (Claude, ChatGPT, Ollama, SillyTavern…)
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The persona spec written by `ferry extract`, or - for stdin
    #[arg(value_name = "PERSONA.json")]
    persona: String,
    /// Where the companion is going (see `ferry targets`); with --out-dir, several separated by
    /// commas, or `all`
    #[arg(short, long, value_name = "TARGET", value_delimiter = ',', value_parser = super::migrate::target_parser(), required_unless_present = "template")]
    target: Vec<super::migrate::Choice>,
    /// Write a folder as `ferry migrate` does (every target's file, persona.json, README.md)
    #[arg(long, value_name = "DIR", conflicts_with_all = ["output", "template", "json", "budget"])]
    out_dir: Option<PathBuf>,
    /// With --out-dir: update the folder if it exists (ferry's own files are replaced, yours kept)
    #[arg(long, requires = "out_dir")]
    force: bool,
    /// Write to FILE (atomically) instead of stdout (- is stdout); for sillytavern, FILE.png
    /// writes a PNG card
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// The most to write, in the target's unit (characters or estimated tokens); overrides its limit
    #[arg(long, value_name = "N")]
    budget: Option<usize>,
    /// The model the ollama Modelfile builds FROM
    #[arg(long, value_name = "MODEL", default_value = render::DEFAULT_BASE_MODEL)]
    base_model: String,
    /// Render your own minijinja template with the same fields (README, "ferry render")
    #[arg(long, value_name = "FILE")]
    template: Option<PathBuf>,
    /// The language of everything ferry writes (the prompts around the persona, README,
    /// continuity document, first message, what was left out):
    /// en, id, es, pt, de, fr, it, nl, sv, pl, ru, uk, tr, ja, ko, zh or zh-Hant; default: the language you and the companion spoke, else
    /// English
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    /// Print JSON on stdout: the text, the target and what was left out
    #[arg(long)]
    json: bool,
}

pub(crate) fn execute(mut args: Args, printer: &Printer) -> Result<u8> {
    args.output = super::file_unless_dash(args.output);
    let targets = super::migrate::expand(&args.target);
    if let Some(out_dir) = &args.out_dir {
        return write_folder(&args, &targets, out_dir, printer);
    }
    if targets.len() > 1 {
        anyhow::bail!(
            "several targets are written as a folder: add --out-dir DIR, or choose one --target"
        );
    }
    let spec = read_persona(&args.persona)?;
    let template = match &args.template {
        Some(path) => Some(
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read template '{}'", path.display()))?,
        ),
        None => None,
    };
    let target = targets.first().copied().unwrap_or(Target::Markdown);
    let options = RenderOptions {
        budget: args.budget,
        base_model: Some(args.base_model.clone()),
        template,
        template_name: args.template.as_ref().map(|p| p.display().to_string()),
        lang: args.lang.clone(),
    };
    let rendered = render::render(&spec, target, &options)?;
    let out = if args.json {
        let mut json = serde_json::to_string_pretty(&serde_json::json!({
            "target": target.name(),
            "limit": { "max": args.budget.unwrap_or(target.limit().max), "unit": target.limit().unit.name() },
            "text": rendered.text,
            "left_out": rendered.left_out,
            "also": rendered.also.iter().map(|(file, text)| serde_json::json!({ "file": file, "text": text })).collect::<Vec<_>>(),
        }))?;
        json.push('\n');
        json
    } else {
        rendered.text.clone()
    };
    let png = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("png"));
    if png && target != Target::Sillytavern {
        anyhow::bail!(
            "only --target sillytavern can be written as a PNG card; choose another file name"
        );
    }
    if png && (args.json || args.template.is_some()) {
        anyhow::bail!(
            "a PNG card holds the card ferry renders, not {}; write it to a .json or .txt file instead",
            if args.json {
                "--json output"
            } else {
                "a custom --template"
            }
        );
    }
    let bytes = if png {
        render::card::write_png(&rendered.text)?
    } else {
        out.into_bytes()
    };
    match &args.output {
        Some(path) => write_atomically(path, &bytes)
            .with_context(|| format!("cannot write '{}'", path.display()))?,
        None => write_stdout(std::str::from_utf8(&bytes).unwrap_or_default())?,
    }
    // In the language the rest was written in.
    let words = render::lang::LANGS
        .iter()
        .find(|w| w.code == rendered.lang)
        .copied()
        .unwrap_or(render::lang::LANGS[0]);
    let (w, fill) = (&words.cli, render::lang::fill);
    if !rendered.left_out.is_empty() {
        let n = rendered.left_out.len();
        let header = render::lang::one_many(n, w.left_one, w.left_many);
        printer.summary(&fill(
            header,
            &[("n", &n.to_string()), ("t", target.name())],
        ));
        for l in &rendered.left_out {
            printer.summary(&format!("  - {}: {}", l.what, l.why));
        }
        printer.summary(w.budget_hint);
    }
    if args.template.is_none() {
        let how = words
            .targets
            .map_or(target.how_to_use(), |t| t[target as usize].1);
        printer.summary(&format!("\n{}", fill(w.how_to_use, &[("how", how)])));
    }
    if !rendered.also.is_empty() && !args.json {
        let files: Vec<&str> = rendered.also.iter().map(|(f, _)| f.as_str()).collect();
        let line = render::lang::one_many(files.len(), w.also_one, w.also_many);
        printer.summary(&fill(line, &[("files", &files.join(w.and))]));
    }
    if let Some(path) = &args.output {
        printer.summary(&fill(w.wrote, &[("path", &path.display().to_string())]));
    }
    Ok(exit::OK)
}

/// `--out-dir`: the folder `ferry migrate` writes, from a persona spec (an edited one is kept
/// exactly).
fn write_folder(
    args: &Args,
    targets: &[Target],
    out_dir: &std::path::Path,
    printer: &Printer,
) -> Result<u8> {
    let spec = read_persona(&args.persona)?;
    let job = super::migrate::Job {
        export: &args.persona,
        persona_input: true,
        targets,
        out_dir: Some(out_dir.to_owned()),
        parent: PathBuf::from("."),
        force: args.force,
        companion: None,
        user: None,
        redact: spec.provenance.redacted,
        base_model: &args.base_model,
        lang: args.lang.as_deref(),
        edited: None,
    };
    let outcome = super::migrate::write_out(&job, spec, Vec::new(), 0)?;
    let words = render::lang::for_spec(args.lang.as_deref(), &outcome.spec)
        .unwrap_or(render::lang::LANGS[0]);
    super::migrate::report_written(printer, targets, &outcome, words);
    Ok(exit::OK)
}

/// List every target, its limit and where its output goes
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Examples:\n  ferry targets\n  ferry migrate export.zip --target claude,chatgpt"
)]
pub(crate) struct TargetsArgs {}

pub(crate) fn targets(_args: TargetsArgs) -> Result<u8> {
    let mut out = format!("{:<15}{:<25}{}\n", "TARGET", "LIMIT", "WHERE IT GOES");
    for t in Target::ALL {
        out.push_str(&format!(
            "{:<15}{:<25}{}\n",
            t.name(),
            t.limit().to_string(),
            t.destination()
        ));
    }
    write_stdout(&out)?;
    Ok(exit::OK)
}
