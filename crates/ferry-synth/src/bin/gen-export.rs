//! Writes a synthetic ChatGPT export and prints its [`ferry_synth::Truth`] as JSON.
//!
//! ```text
//! cargo run --release -p ferry-synth --bin gen-export -- --era classic|modern|sharded|slim \
//!     [--conversations N] [--size-mb M] [--shards K] [--seed S] \
//!     [--companion NAME] [--user NAME] [--pet-names a,b] [--lang en|id|es|pt|de|fr] \
//!     [--gizmo g-XXXXXXXXX] [--no-name-in-instructions] [--long-thread N] [--dir] OUT
//! cargo run --release -p ferry-synth --bin gen-export -- --demo [--no-name-in-instructions] OUT
//! ```
//!
//! `--size-mb` keeps adding conversations until the conversations JSON reaches M × 10^6
//! bytes. `--dir` writes the unzipped members into the folder OUT instead of a zip.
//! `--no-name-in-instructions` keeps the companion's name out of the custom instructions
//! (the chats still name it). `--long-thread N` makes one companion conversation a thread of
//! N exchanges with long replies (for benchmarks).
#![allow(clippy::print_stdout, clippy::print_stderr)]

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use ferry_synth::{self as synth, Era, Lang, Persona, SynthSpec};

const USAGE: &str = "usage: gen-export --era classic|modern|sharded|slim [--conversations N] \
[--size-mb M] [--shards K] [--seed S] [--companion NAME] [--user NAME] [--pet-names a,b] \
[--lang en|id|es|pt|de|fr] [--gizmo ID] [--no-name-in-instructions] [--long-thread N] [--dir] OUT\n       \
gen-export --demo [--no-name-in-instructions] OUT";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen-export: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut args = std::env::args().skip(1);
    let mut spec: Option<SynthSpec> = None;
    let mut era = None;
    let mut conversations = None;
    let mut size_mb: Option<f64> = None;
    let mut shards = None;
    let mut seed = None;
    let mut companion: Option<String> = None;
    let mut user: Option<String> = None;
    let mut pets: Option<Vec<String>> = None;
    let mut lang = Lang::En;
    let mut gizmo = None;
    let mut dir = false;
    let mut name_in_instructions = true;
    let mut long_thread: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let value = |args: &mut dyn Iterator<Item = String>, flag: &str| {
        args.next().ok_or_else(|| format!("{flag} needs a value"))
    };
    while let Some(a) = args.next() {
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            "--demo" => spec = Some(synth::demo_spec()),
            "--era" => {
                let v = value(&mut args, "--era")?;
                era = Some(Era::parse(&v).ok_or_else(|| format!("unknown era {v:?}"))?);
            }
            "--conversations" => {
                conversations = Some(parse(&value(&mut args, "--conversations")?)?);
            }
            "--size-mb" => size_mb = Some(parse(&value(&mut args, "--size-mb")?)?),
            "--shards" => shards = Some(parse(&value(&mut args, "--shards")?)?),
            "--seed" => seed = Some(parse(&value(&mut args, "--seed")?)?),
            "--companion" => companion = Some(value(&mut args, "--companion")?),
            "--user" => user = Some(value(&mut args, "--user")?),
            "--pet-names" => {
                pets = Some(
                    value(&mut args, "--pet-names")?
                        .split(',')
                        .map(|s| s.trim().to_string())
                        .filter(|s| !s.is_empty())
                        .collect(),
                );
            }
            "--lang" => {
                let v = value(&mut args, "--lang")?;
                lang = Lang::parse(&v).ok_or_else(|| format!("unknown language {v:?}"))?;
            }
            "--gizmo" => gizmo = Some(value(&mut args, "--gizmo")?),
            "--no-name-in-instructions" => name_in_instructions = false,
            "--long-thread" => long_thread = Some(parse(&value(&mut args, "--long-thread")?)?),
            "--dir" => dir = true,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => {
                if out.replace(PathBuf::from(s)).is_some() {
                    return Err("more than one OUT".into());
                }
            }
        }
    }
    let out = out.ok_or("missing OUT")?;
    let mut spec = match spec {
        Some(s) => s,
        None => {
            let mut s = SynthSpec::new(era.ok_or("missing --era (or --demo)")?);
            if let Some(n) = conversations {
                s.conversations = n;
            }
            if let Some(mb) = size_mb {
                s.target_json_bytes = Some((mb * 1e6) as u64);
            }
            if let Some(k) = shards {
                s.shards = k;
            }
            if let Some(v) = seed {
                s.seed = v;
            }
            if let Some(name) = companion {
                let mut p = Persona::example(lang);
                p.name = name;
                if let Some(u) = user {
                    p.user_name = u;
                }
                if let Some(v) = pets {
                    p.pet_names = v;
                }
                p.gizmo_id = gizmo;
                s.companion = Some(p);
            }
            s
        }
    };
    if let Some(n) = long_thread {
        match spec.companion.as_mut() {
            Some(p) => p.long_thread = n,
            None => return Err("--long-thread needs --companion".into()),
        }
    }
    if !name_in_instructions {
        match spec.companion.as_mut() {
            Some(p) => p.name_in_instructions = false,
            None => return Err("--no-name-in-instructions needs --companion (or --demo)".into()),
        }
    }
    let started = Instant::now();
    let truth = if dir {
        synth::write_dir(&spec, &out)
    } else {
        synth::write_zip(&spec, &out)
    }
    .map_err(|e| format!("writing {}: {e}", out.display()))?;
    let json = serde_json::to_string_pretty(&truth).map_err(|e| e.to_string())?;
    println!("{json}");
    eprintln!(
        "wrote {} in {:.2}s",
        out.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

fn parse<T: std::str::FromStr>(s: &str) -> Result<T, String> {
    s.parse().map_err(|_| format!("bad number {s:?}"))
}
