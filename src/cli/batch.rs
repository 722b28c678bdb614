//! `ferry batch`: many exports at once, in parallel, for scripts.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use anyhow::{Context, Result, bail};
use serde::{Deserialize, Serialize};

use super::migrate::{self, Choice, Job, expand, target_or_all};
use super::{Printer, ReadArgs, exit};
use crate::render::{self, Target};

const AFTER: &str = "\
Examples:
  ferry batch a.zip b.zip c.zip --target claude,markdown --out-dir companions/
  ferry batch --manifest exports.jsonl --target all --out-dir out/ --jobs 2 --json

A manifest has one JSON object a line: {\"export\": PATH} with optional \"out\" (folder name),
\"companion\", \"target\" (like --target) and \"redact\".

Exit codes: 0 when every export was migrated; 3 when some failed (the others are written);
1 when the batch itself could not start; 2 for a wrong command line.";

/// Migrate many exports at once: one folder per export, in parallel, one JSON record each
#[derive(Debug, clap::Args)]
#[command(after_help = AFTER)]
pub(crate) struct Args {
    /// The exports (zips, folders or conversations.json files)
    #[arg(value_name = "EXPORT")]
    exports: Vec<String>,
    /// A JSON-lines file listing exports with per-export options
    #[arg(long, value_name = "FILE")]
    manifest: Option<PathBuf>,
    /// Targets for every export: names separated by commas, or `all`
    #[arg(short, long, value_name = "TARGETS", value_delimiter = ',', required = true, value_parser = target_or_all)]
    target: Vec<Choice>,
    /// Where the folders go: one per export in DIR, named after the export
    #[arg(long, value_name = "DIR")]
    out_dir: PathBuf,
    /// How many exports to read at once (default: the number of cores)
    #[arg(long, value_name = "N")]
    jobs: Option<usize>,
    /// One JSON record per export on stdout (NDJSON), as each finishes
    #[arg(long)]
    json: bool,
    /// Update folders that already exist: ferry's own files are replaced, yours are kept
    #[arg(long)]
    force: bool,
    #[command(flatten)]
    privacy: super::PrivacyArgs,
    /// The model ollama Modelfiles build FROM
    #[arg(long, value_name = "MODEL", default_value = render::DEFAULT_BASE_MODEL)]
    base_model: String,
    #[command(flatten)]
    read: ReadArgs,
}

/// One manifest line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    export: String,
    out: Option<String>,
    companion: Option<String>,
    target: Option<String>,
    /// The person's name (as `--user`).
    user: Option<String>,
    /// `false` keeps contact data as written for this export (as `--no-redact`); masking
    /// is the default.
    redact: Option<bool>,
}

/// One NDJSON record: the contract for scripts (README, "ferry batch").
#[derive(Debug, Serialize)]
struct Record {
    /// Position in the batch (arguments first, then the manifest), 0-based.
    index: usize,
    export: String,
    /// `ok` or `error`.
    status: &'static str,
    companion: Option<String>,
    confidence: Option<f64>,
    /// Conversations in the export / in which the companion shows.
    conversations: Option<usize>,
    companion_conversations: Option<usize>,
    memories: Option<usize>,
    skipped_conversations: Option<usize>,
    out_dir: Option<String>,
    files: Vec<String>,
    error: Option<String>,
}

/// A folder name from an export path: `chatgpt-export.zip` → `chatgpt-export`.
fn stem(export: &str) -> String {
    let path = Path::new(export.trim_end_matches(['/', '\\']));
    let name = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("export");
    let clean: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean.is_empty() || clean.starts_with('.') {
        format!("export{clean}")
    } else {
        clean
    }
}

/// A manifest's `"out"` must be one plain folder name, so it can only ever name a folder
/// inside `--out-dir`: no separators, no `..`, not empty, not absolute, not hidden.
fn check_out(out: &str) -> Result<(), String> {
    let plain = !out.trim().is_empty()
        && !out.starts_with('.')
        && !out.contains(['/', '\\', ':'])
        && !out.chars().any(char::is_control)
        && matches!(
            Path::new(out).components().collect::<Vec<_>>()[..],
            [std::path::Component::Normal(_)]
        );
    if plain {
        Ok(())
    } else {
        Err(format!(
            "\"out\": {out:?} is not a plain folder name; write one name like \"nova\" (no /, \\ or .., not empty, not starting with a dot), and ferry makes that folder inside --out-dir"
        ))
    }
}

pub(crate) fn execute(args: Args, printer: &Printer) -> Result<u8> {
    let defaults = expand(&args.target);
    let mut entries: Vec<Entry> = args
        .exports
        .iter()
        .map(|e| Entry {
            export: e.clone(),
            out: None,
            companion: None,
            target: None,
            user: None,
            redact: None,
        })
        .collect();
    if let Some(manifest) = &args.manifest {
        let text = std::fs::read_to_string(manifest)
            .with_context(|| format!("cannot read the manifest '{}'", manifest.display()))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let entry: Entry = serde_json::from_str(line).with_context(|| {
                format!(
                    "line {} of '{}' is not a manifest entry like {{\"export\": \"a.zip\"}}",
                    n + 1,
                    manifest.display()
                )
            })?;
            entries.push(entry);
        }
    }
    if entries.is_empty() {
        bail!("no exports given; name them as arguments or list them with --manifest");
    }
    if entries.iter().any(|e| e.export == "-") {
        bail!("ferry batch reads files, not standard input; use `ferry migrate -` for one export");
    }
    // Per-export targets, checked before anything runs.
    let mut targets: Vec<Vec<Target>> = Vec::new();
    for e in &entries {
        match &e.target {
            None => targets.push(defaults.clone()),
            Some(list) => {
                let choices = list
                    .split(',')
                    .map(target_or_all)
                    .collect::<Result<Vec<_>, String>>()
                    .map_err(|msg| anyhow::anyhow!("{}: {msg}", e.export))?;
                targets.push(expand(&choices));
            }
        }
    }
    // Folder names, unique within the batch; a bad "out" fails its own line only.
    let mut names: Vec<Result<String, String>> = Vec::new();
    for e in &entries {
        let base = match &e.out {
            Some(out) => match check_out(out) {
                Ok(()) => out.clone(),
                Err(why) => {
                    names.push(Err(why));
                    continue;
                }
            },
            None => stem(&e.export),
        };
        let mut name = base.clone();
        let mut k = 2;
        while names.iter().any(|n| n.as_ref() == Ok(&name)) {
            name = format!("{base}-{k}");
            k += 1;
        }
        names.push(Ok(name));
    }
    if let Some(problem) = crate::output::out_dir_problem(&args.out_dir) {
        bail!(problem);
    }
    crate::output::create_private_dir_all(&args.out_dir)
        .with_context(|| format!("cannot create '{}'", args.out_dir.display()))?;

    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
        .clamp(1, entries.len());
    let next = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    let stdout = Mutex::new(std::io::stdout());
    let multi = printer.multi_progress();
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(entry) = entries.get(i) else { break };
                    let progress = printer.job_progress(multi.as_ref(), &entry.export);
                    let result = match &names[i] {
                        Ok(name) => {
                            let job = Job {
                                export: &entry.export,
                                persona_input: super::is_persona_file(&entry.export),
                                targets: &targets[i],
                                out_dir: Some(args.out_dir.join(name)),
                                parent: args.out_dir.clone(),
                                force: args.force,
                                companion: entry.companion.clone(),
                                user: entry.user.clone(),
                                redact: entry.redact.unwrap_or(args.privacy.redact()),
                                base_model: &args.base_model,
                                lang: None,
                                edited: None,
                            };
                            migrate::run(&job, &args.read, &progress)
                        }
                        Err(why) => Err(anyhow::anyhow!("{why}")),
                    };
                    let record = match result {
                        Ok(o) => Record {
                            index: i,
                            export: entry.export.clone(),
                            status: "ok",
                            companion: o.spec.companion.name.clone(),
                            confidence: Some(o.spec.companion.confidence),
                            conversations: Some(o.spec.provenance.conversations),
                            companion_conversations: Some(o.spec.companion.conversations),
                            memories: Some(o.spec.memories.len()),
                            skipped_conversations: Some(o.skipped),
                            out_dir: Some(o.dir.display().to_string()),
                            files: o.files.iter().map(|f| f.display().to_string()).collect(),
                            error: None,
                        },
                        Err(e) => {
                            failed.fetch_add(1, Ordering::SeqCst);
                            Record {
                                index: i,
                                export: entry.export.clone(),
                                status: "error",
                                companion: None,
                                confidence: None,
                                conversations: None,
                                companion_conversations: None,
                                memories: None,
                                skipped_conversations: None,
                                out_dir: None,
                                files: Vec::new(),
                                error: Some(format!("{e:#}")),
                            }
                        }
                    };
                    if args.json
                        && let Ok(line) = serde_json::to_string(&record)
                    {
                        let mut out = stdout
                            .lock()
                            .unwrap_or_else(std::sync::PoisonError::into_inner);
                        let _ = writeln!(out, "{line}");
                        let _ = out.flush();
                    }
                    match &record.error {
                        Some(e) => printer.warn(&format!("{}: {e}", record.export)),
                        None => printer.verbose(&format!(
                            "{} → {} ({})",
                            record.export,
                            record.out_dir.as_deref().unwrap_or(""),
                            record.companion.as_deref().unwrap_or("no named companion")
                        )),
                    }
                }
            });
        }
    });
    let failed = failed.into_inner();
    let total = entries.len();
    printer.summary(&format!(
        "{total} export{}: {} migrated to {}, {failed} failed.",
        if total == 1 { "" } else { "s" },
        total - failed,
        args.out_dir.display()
    ));
    Ok(if failed == 0 {
        exit::OK
    } else {
        exit::SOME_FAILED
    })
}
