//! `ferry migrate`: from the export to ready files in one step, or a preview on stdout.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::{Printer, ReadArgs, exit, output, write_stdout};
use crate::export::{Input, ReadReport};
use crate::persona::{ExtractOptions, PersonaSpec, extract};
use crate::render::{self, RenderOptions, Rendered, Target};

const EXAMPLES: &str = "\
Examples:
  ferry migrate ~/Downloads/chatgpt-export.zip --target claude
  ferry migrate export.zip --target claude,chatgpt,markdown --out-dir ~/nova
  ferry migrate export.zip --target all --force
  ferry migrate export.zip --target claude --stdout | pbcopy";

/// From a ChatGPT export to ready-to-use files for the companion's new home, in one step
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The export: the .zip as downloaded, its unzipped folder, conversations.json, or - for stdin
    #[arg(value_name = "EXPORT")]
    export: String,
    /// Where the companion is going: targets separated by commas, or `all` (see `ferry targets`)
    #[arg(short, long, value_name = "TARGETS", value_delimiter = ',', required = true, value_parser = target_or_all)]
    target: Vec<Choice>,
    /// The folder to write (default: named after the companion, e.g. ./nova)
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
    /// Update the folder if it already exists: ferry's own files are replaced, yours are kept
    #[arg(long)]
    force: bool,
    /// Print only the rendered prompt of the one target on stdout; write no files
    #[arg(long)]
    stdout: bool,
    /// Choose this candidate as the companion (see `ferry inspect`)
    #[arg(long, value_name = "NAME")]
    companion: Option<String>,
    /// Your name, when ferry got it wrong or did not find it
    #[arg(long, value_name = "NAME")]
    user: Option<String>,
    #[command(flatten)]
    privacy: super::PrivacyArgs,
    /// The model the ollama Modelfile builds FROM
    #[arg(long, value_name = "MODEL", default_value = render::DEFAULT_BASE_MODEL)]
    base_model: String,
    #[command(flatten)]
    read: ReadArgs,
}

/// One `--target` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Choice {
    All,
    One(Target),
}

pub(crate) fn target_or_all(s: &str) -> Result<Choice, String> {
    if s.trim() == "all" {
        return Ok(Choice::All);
    }
    Target::from_name(s.trim()).map(Choice::One).ok_or_else(|| {
        let names: Vec<&str> = Target::ALL.iter().map(|t| t.name()).collect();
        format!(
            "unknown target '{s}'; choose from {}, or all",
            names.join(", ")
        )
    })
}

/// The file each target is written to.
fn file_name(target: Target) -> &'static str {
    match target {
        Target::Claude => "claude.txt",
        Target::Chatgpt => "chatgpt.md",
        Target::Openai => "openai.txt",
        Target::Gemini => "gemini.txt",
        Target::Ollama => "Modelfile",
        Target::Sillytavern => "sillytavern-card.json",
        Target::CharacterAi => "character-ai.md",
        Target::Kindroid => "kindroid.md",
        Target::Markdown => "continuity.md",
        Target::ClaudeMemory => "claude-memory.txt",
    }
}

/// `--target` values, in order, without repeats.
pub(crate) fn expand(choices: &[Choice]) -> Vec<Target> {
    let mut targets: Vec<Target> = Vec::new();
    for choice in choices {
        let add: Vec<Target> = match choice {
            Choice::All => Target::ALL.to_vec(),
            Choice::One(t) => vec![*t],
        };
        for t in add {
            if !targets.contains(&t) {
                targets.push(t);
            }
        }
    }
    targets
}

/// What one migration needs.
pub(crate) struct Job<'a> {
    pub(crate) export: &'a str,
    pub(crate) targets: &'a [Target],
    /// The folder; `None`: named after the companion, in `parent`.
    pub(crate) out_dir: Option<PathBuf>,
    pub(crate) parent: PathBuf,
    pub(crate) force: bool,
    pub(crate) companion: Option<String>,
    pub(crate) user: Option<String>,
    pub(crate) redact: bool,
    pub(crate) base_model: &'a str,
}

/// What one migration did.
pub(crate) struct Outcome {
    pub(crate) dir: PathBuf,
    pub(crate) spec: PersonaSpec,
    pub(crate) files: Vec<PathBuf>,
    pub(crate) warnings: Vec<String>,
    pub(crate) skipped: usize,
}

impl Job<'_> {
    /// Refuses a folder ferry must not write: in the way (a link, a file), the export or in
    /// it, already there without --force, or not ferry's.
    fn check_dir(&self, dir: &Path) -> Result<()> {
        if let Some(problem) = output::out_dir_problem(dir) {
            bail!(problem);
        }
        if let Input::Path(export) = Input::from_arg(self.export) {
            output::check_not_export(dir, &export)?;
        }
        output::check_folder(dir, self.force)
    }

    /// Reads the export and finds the companion.
    fn find(
        &self,
        read: &ReadArgs,
        hash: bool,
        progress: &dyn crate::export::Progress,
    ) -> Result<(PersonaSpec, ReadReport)> {
        let export = read.open_quietly(self.export, hash)?;
        Ok(extract(
            export,
            ExtractOptions {
                companion: self.companion.clone(),
                user: self.user.clone(),
                redact: self.redact,
                ..ExtractOptions::default()
            },
            progress,
        )?)
    }

    /// Renders the spec for every target of the job.
    fn render_all(&self, spec: &PersonaSpec) -> Result<Vec<(Target, Rendered)>> {
        let options = RenderOptions {
            base_model: Some(self.base_model.to_owned()),
            ..RenderOptions::default()
        };
        self.targets
            .iter()
            .map(|t| Ok((*t, render::render(spec, *t, &options)?)))
            .collect()
    }
}

/// Reads one export and writes its folder. Prints nothing; the caller reports.
pub(crate) fn run(
    job: &Job<'_>,
    read: &ReadArgs,
    progress: &dyn crate::export::Progress,
) -> Result<Outcome> {
    // A folder that cannot be written is said before the export is read.
    if let Some(dir) = &job.out_dir {
        job.check_dir(dir)?;
    }
    let (spec, report) = job.find(read, true, progress)?;
    read.check_strict(&report.skipped)?;
    let mut warnings = report.warnings.clone();
    warnings.extend(report.skipped.iter().map(ToString::to_string));
    let dir = job.out_dir.clone().unwrap_or_else(|| {
        job.parent
            .join(render::context::slug(spec.companion.name.as_deref()))
    });
    job.check_dir(&dir)?;
    let outputs = job.render_all(&spec)?;
    let files = write_folder(&dir, &spec, &outputs, job.force)
        .with_context(|| format!("cannot write '{}'", dir.display()))?;
    Ok(Outcome {
        dir,
        spec,
        files,
        warnings,
        skipped: report.skipped.len(),
    })
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let targets = expand(&args.target);
    if args.stdout && targets.len() != 1 {
        bail!("--stdout prints one target's prompt; choose a single --target");
    }
    let job = Job {
        export: &args.export,
        targets: &targets,
        out_dir: args.out_dir.clone(),
        parent: PathBuf::from("."),
        force: args.force,
        companion: args.companion.clone(),
        user: args.user.clone(),
        redact: args.privacy.redact(),
        base_model: &args.base_model,
    };
    if args.stdout {
        // The preview is for pipes: no progress bar, only the prompt on stdout.
        let (spec, report) = job.find(&args.read, false, &printer.hidden_progress())?;
        args.read
            .report(printer, &report.warnings, &report.skipped)?;
        let rendered = job.render_all(&spec)?;
        write_stdout(&rendered[0].1.text)?;
        return Ok(exit::OK);
    }
    let outcome = run(&job, &args.read, &printer.reader_progress("reading"))?;
    for w in &outcome.warnings {
        printer.warn(w);
    }
    let name = outcome
        .spec
        .companion
        .name
        .as_deref()
        .unwrap_or("your companion");
    let dir = outcome
        .dir
        .strip_prefix(".")
        .unwrap_or(&outcome.dir)
        .display()
        .to_string();
    printer.summary(&format!(
        "Wrote {} for {name} to {dir}/ ({} files). Open {dir}/README.md for what to do next.",
        targets
            .iter()
            .map(|t| t.name())
            .collect::<Vec<_>>()
            .join(", "),
        outcome.files.len(),
    ));
    if let Some(doubt) = super::extract::doubt(&outcome.spec) {
        printer.summary(&doubt);
    }
    Ok(exit::OK)
}

/// Every file a migrate folder may hold: what `--force` may replace (see [`output`]).
fn own_files() -> Vec<&'static str> {
    let mut own = vec!["persona.json", "README.md", "sillytavern-card.png"];
    own.extend(Target::ALL.into_iter().map(file_name));
    own
}

/// Renders the folder's files and writes them (see [`output::write_folder`]): a run that
/// fails leaves nothing half-written, and `--force` replaces only ferry's own files.
fn write_folder(
    dir: &Path,
    spec: &PersonaSpec,
    outputs: &[(Target, Rendered)],
    force: bool,
) -> Result<Vec<PathBuf>> {
    let mut json = crate::render::escape::json_visible(&serde_json::to_string_pretty(spec)?);
    json.push('\n');
    let mut written: Vec<(&str, Vec<u8>)> = vec![("persona.json", json.into_bytes())];
    for (target, rendered) in outputs {
        written.push((file_name(*target), rendered.text.clone().into_bytes()));
        if *target == Target::Sillytavern {
            written.push((
                "sillytavern-card.png",
                render::card::write_png(&rendered.text)?,
            ));
        }
    }
    written.push(("README.md", readme(spec, outputs).into_bytes()));
    output::write_folder(dir, &written, &own_files(), force)?;
    Ok(written.iter().map(|(name, _)| dir.join(name)).collect())
}

/// The folder's README: what was found, what to do next, what was left out.
fn readme(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> String {
    let text = readme_text(spec, outputs);
    render::escape::strip_invisible(&text)
}

fn readme_text(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> String {
    // Names are persona text: escaped as any markdown value is, so none can start a heading.
    let md = |s: &str| render::escape::escape(s, render::Escape::Markdown);
    let c = &spec.companion;
    let own_name = c.name.as_deref().map(md);
    let name = own_name.as_deref().unwrap_or("your companion");
    let mut s = String::new();
    match &own_name {
        Some(n) => {
            let _ = writeln!(s, "# {n}, carried over by ferry\n");
            let _ = write!(
                s,
                "ferry read your ChatGPT export on this computer and found {n} in {} conversation{}",
                c.conversations,
                if c.conversations == 1 { "" } else { "s" }
            );
            if let (Some(a), Some(b)) = (&c.first_date, &c.last_date) {
                let _ = write!(s, ", from {a} to {b}");
            }
            let _ = writeln!(s, ".");
        }
        None => {
            let _ = writeln!(s, "# Your companion, carried over by ferry\n");
            let _ = writeln!(
                s,
                "ferry read your ChatGPT export on this computer. It did not find a name for your companion, so these files describe how the assistant spoke with you."
            );
        }
    }
    let mut found = Vec::new();
    if let Some(user) = &spec.user.name {
        found.push(format!("that you are {}", md(user)));
    }
    if !spec.user.pet_names.is_empty() {
        let pets: Vec<String> = spec.user.pet_names.iter().map(|p| md(p)).collect();
        found.push(format!("what {name} called you ({})", pets.join(", ")));
    }
    found.push(format!(
        "{} shared memor{}",
        spec.memories.len(),
        if spec.memories.len() == 1 { "y" } else { "ies" }
    ));
    found.push(format!(
        "{} example exchange{}",
        spec.examples.len(),
        if spec.examples.len() == 1 { "" } else { "s" }
    ));
    let last = found.pop().unwrap_or_default();
    let _ = writeln!(s, "It also found {} and {last}.\n", found.join(", "));
    let _ = writeln!(
        s,
        "These files hold words from your private conversations. Nothing was sent anywhere; keep this folder somewhere safe.\n"
    );
    let _ = writeln!(s, "## What to do next\n");
    for (target, _) in outputs {
        let _ = writeln!(
            s,
            "- **{}** ({}): {}",
            file_name(*target),
            target.destination(),
            target.how_to_use()
        );
        if *target == Target::Sillytavern {
            let _ = writeln!(
                s,
                "  `sillytavern-card.png` is the same card as an image you can import directly."
            );
        }
    }
    let _ = writeln!(
        s,
        "- **persona.json**: everything ferry found, with where each item came from. You can read and edit it, then write the files again with `ferry render persona.json --target …`."
    );
    let left: Vec<(Target, &render::LeftOut)> = outputs
        .iter()
        .flat_map(|(t, r)| r.left_out.iter().map(move |l| (*t, l)))
        .collect();
    if !left.is_empty() {
        let _ = writeln!(s, "\n## What was left out\n");
        let _ = writeln!(
            s,
            "Some places have little room, so ferry kept the most important things first and left these out:\n"
        );
        for (target, l) in left {
            let _ = writeln!(s, "- {}: {} — {}", target.name(), l.what, l.why);
        }
    }
    let _ = writeln!(s, "\n## What may feel different\n");
    let _ = writeln!(
        s,
        "A new model can carry {name}'s memories and way of speaking, but it is not the same model. Some replies may feel different at first, and that is not your fault. Give it a few conversations, and gently remind it of the things that matter to you."
    );
    s
}
