//! `ferry migrate`: from the export to ready files in one step, or a preview on stdout.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

use super::{Printer, ReadArgs, exit, write_stdout};
use crate::export::{Input, ReadReport};
use crate::persona::{ExtractOptions, PersonaSpec, extract};
use crate::render::{self, RenderOptions, Rendered, Target};

const EXAMPLES: &str = "\
Examples:
  ferry migrate ~/Downloads/chatgpt-export.zip --target claude
  ferry migrate export.zip --target claude,chatgpt,markdown --out-dir ~/nova
  ferry migrate export.zip --target all --force
  ferry migrate export.zip --target claude --stdout | pbcopy
  ferry migrate export.zip --target all --yes        # in a terminal, without asking first";

/// From a ChatGPT export to ready-to-use files for the companion's new home, in one step
#[derive(Debug, clap::Args)]
#[command(after_help = EXAMPLES)]
pub(crate) struct Args {
    /// The export: the .zip as downloaded, its unzipped folder, conversations.json, or - for stdin
    #[arg(value_name = "EXPORT")]
    export: String,
    /// Where the companion is going: targets separated by commas, or `all` (see `ferry targets`)
    #[arg(short, long, value_name = "TARGETS", value_delimiter = ',', required = true, value_parser = target_parser())]
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
    /// Your edited persona.json from an earlier export: its edits are kept (names, pet names,
    /// memories and examples kept, changed or dropped) and only what is newer is added
    #[arg(long, value_name = "PERSONA.json")]
    persona: Option<PathBuf>,
    /// Do not ask before writing (ferry asks only when run in a terminal)
    #[arg(short, long)]
    yes: bool,
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
    /// The language of everything ferry writes (the prompts around the persona, README,
    /// continuity document, first message, what was left out):
    /// en, id, es, pt, de, fr, it, nl, sv, pl, ru, uk, tr, ja, ko, zh or zh-Hant; default: the language you and the companion spoke, else
    /// English
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    #[command(flatten)]
    read: ReadArgs,
}

/// One `--target` value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Choice {
    All,
    One(Target),
}

/// The `--target` parser: the targets (listed in `--help` with what each is) and `all`.
pub(crate) fn target_parser() -> impl clap::builder::TypedValueParser<Value = Choice> {
    use clap::ValueEnum as _;
    use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser as _};
    PossibleValuesParser::new(
        Target::value_variants()
            .iter()
            .filter_map(clap::ValueEnum::to_possible_value)
            .chain([PossibleValue::new("all").help("Every target above")]),
    )
    .map(|s| target_or_all(&s).unwrap_or(Choice::All))
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
    /// Whether `export` is a persona file rather than an export ([`super::is_persona_file`],
    /// looked at once when the job is made).
    pub(crate) persona_input: bool,
    pub(crate) targets: &'a [Target],
    /// The folder; `None`: named after the companion, in `parent`.
    pub(crate) out_dir: Option<PathBuf>,
    pub(crate) parent: PathBuf,
    pub(crate) force: bool,
    pub(crate) companion: Option<String>,
    pub(crate) user: Option<String>,
    pub(crate) redact: bool,
    pub(crate) base_model: &'a str,
    /// `--lang`: the language of the sentences to the person; `None`: the one they spoke.
    pub(crate) lang: Option<&'a str>,
    /// `--persona`: the person's edited spec, whose edits are carried over.
    pub(crate) edited: Option<PersonaSpec>,
}

/// What one migration did.
pub(crate) struct Outcome {
    pub(crate) dir: PathBuf,
    pub(crate) spec: PersonaSpec,
    pub(crate) files: Vec<PathBuf>,
    /// Files the person changed since ferry wrote them: (theirs, kept as is; where the new
    /// version went).
    pub(crate) kept: render::folder::Kept,
    /// What the person should know about the run (what `--persona` kept and added).
    pub(crate) notes: Vec<String>,
    pub(crate) warnings: Vec<String>,
    pub(crate) skipped: usize,
}

impl Job<'_> {
    /// Refuses a folder ferry must not write: in the way (a link, a file), the export or in
    /// it, already there without --force, or not ferry's.
    fn check_dir(&self, dir: &Path) -> Result<()> {
        if let Some(problem) = crate::output::out_dir_problem(dir) {
            bail!(problem);
        }
        // A persona file is only read, and may live in the folder it is written again to
        // (`ferry migrate nova/persona.json --target all --out-dir nova --force`).
        if !self.persona_input
            && let Input::Path(export) = Input::from_arg(self.export)
        {
            crate::output::check_not_export(dir, &export)?;
        }
        crate::output::check_folder(dir, self.force)
    }

    /// Reads the export and finds the companion.
    fn find(
        &self,
        read: &ReadArgs,
        hash: bool,
        progress: &dyn crate::export::Progress,
    ) -> Result<(PersonaSpec, ReadReport, Option<String>)> {
        if self.persona_input {
            // An edited persona is kept exactly; only the names asked for here change.
            let mut spec = super::read_persona(self.export)?;
            edit_names(&mut spec, self.companion.as_deref(), self.user.as_deref());
            return Ok((spec, ReadReport::default(), None));
        }
        let export = read.open_quietly(self.export, hash)?;
        // With an edited persona, its names lead unless given here.
        let edited = self.edited.as_ref();
        let (spec, report) = extract(
            export,
            ExtractOptions {
                companion: self
                    .companion
                    .clone()
                    .or_else(|| edited.and_then(|e| e.companion.name.clone())),
                user: self
                    .user
                    .clone()
                    .or_else(|| edited.and_then(|e| e.user.name.clone())),
                redact: self.redact,
                ..ExtractOptions::default()
            },
            progress,
        )?;
        let Some(edited) = edited else {
            return Ok((spec, report, None));
        };
        let (mut spec, carried) = crate::persona::merge::carry_edits(edited, spec);
        edit_names(&mut spec, self.companion.as_deref(), self.user.as_deref());
        Ok((spec, report, Some(carried_note(&carried))))
    }

    /// Renders the spec for every target of the job.
    fn render_all(&self, spec: &PersonaSpec) -> Result<Vec<(Target, Rendered)>> {
        let options = RenderOptions {
            base_model: Some(self.base_model.to_owned()),
            lang: self.lang.map(str::to_owned),
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
    let (spec, report, note) = job.find(read, true, progress)?;
    read.check_strict(&report.skipped)?;
    let mut warnings = report.warnings.clone();
    warnings.extend(report.skipped.iter().map(ToString::to_string));
    let mut outcome = write_out(job, spec, warnings, report.skipped.len())?;
    outcome.notes.extend(note);
    Ok(outcome)
}

/// Renders a spec for every target of the job and writes its folder (for `migrate` after
/// reading, and `render --out-dir`). Prints nothing.
pub(crate) fn write_out(
    job: &Job<'_>,
    spec: PersonaSpec,
    warnings: Vec<String>,
    skipped: usize,
) -> Result<Outcome> {
    let dir = job.out_dir.clone().unwrap_or_else(|| {
        job.parent
            .join(render::context::slug(spec.companion.name.as_deref()))
    });
    job.check_dir(&dir)?;
    let outputs = job.render_all(&spec)?;
    let (files, kept) = render::folder::write(&dir, &spec, &outputs, job.force)
        .with_context(|| format!("cannot write '{}'", dir.display()))?;
    Ok(Outcome {
        dir,
        spec,
        files,
        kept,
        warnings,
        notes: Vec::new(),
        skipped,
    })
}

/// What `--persona` kept and added, said once after the run.
fn carried_note(c: &crate::persona::merge::Carried) -> String {
    let plural = |n: usize, one: &str, many: &str| {
        format!("{n} {}", crate::render::lang::one_many(n, one, many))
    };
    match &c.since {
        Some(since) => format!(
            "Kept your edits; added what is newer than {since}: {}, {} and {}.",
            plural(c.memories, "memory", "memories"),
            plural(c.facts, "fact", "facts"),
            plural(c.examples, "example", "examples"),
        ),
        None => "Kept your edits; your persona.json does not say when its export ended, so nothing new was added.".to_owned(),
    }
}

/// `--companion` and `--user` given with a persona file: the names change, everything else is
/// kept, and the spec records that it was edited. A companion's old name becomes an alias.
pub(crate) fn edit_names(spec: &mut PersonaSpec, companion: Option<&str>, user: Option<&str>) {
    let mut edited = false;
    if let Some(name) = companion.map(str::trim).filter(|n| !n.is_empty())
        && spec.companion.name.as_deref() != Some(name)
    {
        if let Some(old) = spec.companion.name.take()
            && !spec.companion.aliases.contains(&old)
        {
            spec.companion.aliases.insert(0, old);
        }
        spec.companion.aliases.retain(|a| a != name);
        spec.companion.name = Some(name.to_owned());
        spec.provenance.filters.companion = Some(name.to_owned());
        edited = true;
    }
    if let Some(name) = user.map(str::trim).filter(|n| !n.is_empty())
        && spec.user.name.as_deref() != Some(name)
    {
        spec.user.name = Some(name.to_owned());
        edited = true;
    }
    if edited {
        spec.provenance.edited = crate::time::Day::today();
    }
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let targets = expand(&args.target);
    if args.stdout && targets.len() != 1 {
        bail!("--stdout prints one target's prompt; choose a single --target");
    }
    let job = Job {
        export: &args.export,
        persona_input: super::is_persona_file(&args.export),
        targets: &targets,
        out_dir: args.out_dir.clone(),
        parent: PathBuf::from("."),
        force: args.force,
        companion: args.companion.clone(),
        user: args.user.clone(),
        redact: args.privacy.redact(),
        base_model: &args.base_model,
        lang: args.lang.as_deref(),
        edited: args
            .persona
            .as_ref()
            .map(|p| super::read_persona(&p.to_string_lossy()))
            .transpose()?,
    };
    if args.stdout {
        // The preview is for pipes: no progress bar, only the prompt on stdout.
        let (spec, report, _) = job.find(&args.read, false, &printer.hidden_progress())?;
        args.read
            .report(printer, &report.warnings, &report.skipped)?;
        let rendered = job.render_all(&spec)?;
        write_stdout(&rendered[0].1.text)?;
        return Ok(exit::OK);
    }
    use std::io::IsTerminal as _;
    let interactive = !args.yes
        && !printer.is_quiet()
        && std::io::stdin().is_terminal()
        && std::io::stderr().is_terminal();
    let outcome = if interactive {
        match confirm_then_write(job, &args.read, printer)? {
            Some(outcome) => outcome,
            None => {
                printer.summary("Nothing was written.");
                return Ok(exit::OK);
            }
        }
    } else {
        run(&job, &args.read, &printer.reader_progress("reading"))?
    };
    for w in &outcome.warnings {
        printer.warn(w);
    }
    let words = render::lang::for_spec(args.lang.as_deref(), &outcome.spec)
        .unwrap_or(render::lang::LANGS[0]);
    report_written(printer, &targets, &outcome, words);

    for note in &outcome.notes {
        printer.summary(note);
    }
    if let Some(doubt) = super::extract::doubt(&outcome.spec, words) {
        printer.summary(&doubt);
    }
    Ok(exit::OK)
}

/// In a terminal: reads the export, shows what was found and asks before writing
/// ([`super::confirm`]); `None` when the person chose to write nothing.
fn confirm_then_write(
    mut job: Job<'_>,
    read: &ReadArgs,
    printer: &Printer,
) -> Result<Option<Outcome>> {
    use super::confirm::{self, Answer};
    if let Some(dir) = &job.out_dir {
        job.check_dir(dir)?;
    }
    loop {
        let (spec, report, note) = job.find(read, true, &printer.reader_progress("reading"))?;
        read.check_strict(&report.skipped)?;
        let mut warnings = report.warnings.clone();
        warnings.extend(report.skipped.iter().map(ToString::to_string));
        let mut spec = spec;
        loop {
            let stdin = std::io::stdin();
            // In the language the files are written in: --lang, else the one they spoke.
            let words = crate::render::lang::for_spec(job.lang, &spec)
                .unwrap_or(crate::render::lang::LANGS[0]);
            let answer =
                confirm::ask(spec, true, words, &mut stdin.lock(), &mut std::io::stderr())?;
            match answer {
                Answer::Write(edited) => {
                    let mut outcome = write_out(&job, edited, warnings, report.skipped.len())?;
                    outcome.notes.extend(note);
                    return Ok(Some(outcome));
                }
                Answer::Choose(name) => {
                    job.companion = Some(name);
                    break;
                }
                Answer::Review(shown) => {
                    let page = write_review_page(job.out_dir.as_deref(), &shown, words)?;
                    printer.summary(&crate::render::lang::fill(
                        words.page.wrote_answer,
                        &[("path", &page.display().to_string())],
                    ));
                    spec = shown;
                }
                Answer::Stop => return Ok(None),
            }
        }
    }
}

/// The review page, written before the folder exists: beside where the folder will go,
/// under the first free name (`review.html`, `review-2.html`…); never over a file.
fn write_review_page(
    out_dir: Option<&Path>,
    spec: &PersonaSpec,
    words: &crate::render::lang::Words,
) -> Result<PathBuf> {
    let parent = out_dir
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let html = crate::review::page(spec, words);
    for n in 1..100 {
        let name = if n == 1 {
            "review.html".to_owned()
        } else {
            format!("review-{n}.html")
        };
        let path = parent.join(name);
        if std::fs::symlink_metadata(&path).is_err() {
            crate::output::write_atomically(&path, html.as_bytes())
                .with_context(|| format!("cannot write '{}'", path.display()))?;
            return Ok(path);
        }
    }
    bail!(
        "there are already 99 review pages in '{}'",
        parent.display()
    )
}

/// Says what was written where, which of the person's changed files were kept and where
/// their new versions went, and what `--persona` kept and added.
pub(crate) fn report_written(
    printer: &Printer,
    targets: &[Target],
    outcome: &Outcome,
    words: &render::lang::Words,
) {
    let w = &words.cli;
    let name = outcome
        .spec
        .companion
        .name
        .as_deref()
        .unwrap_or(w.your_companion);
    let dir = outcome
        .dir
        .strip_prefix(".")
        .unwrap_or(&outcome.dir)
        .display()
        .to_string();
    let fill = render::lang::fill;
    let names = targets
        .iter()
        .map(|t| t.name())
        .collect::<Vec<_>>()
        .join(", ");
    printer.summary(&fill(
        w.wrote_folder,
        &[
            ("targets", &names),
            ("name", name),
            ("dir", &dir),
            ("n", &outcome.files.len().to_string()),
        ],
    ));
    for (theirs, new) in &outcome.kept {
        printer.summary(&fill(
            w.kept_yours,
            &[("dir", &dir), ("theirs", theirs), ("new", new)],
        ));
    }
    for note in &outcome.notes {
        printer.summary(note);
    }
}
