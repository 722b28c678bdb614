//! A second floor for ferry's benchmark (issue 14): what serde_json alone costs on an
//! export's conversation files. Each file is inflated into memory (timed apart), then read
//! whole by serde_json as `IgnoredAny`: every byte is checked as JSON (strings for escapes
//! and UTF-8), nothing is kept, nothing is split, scanned or hashed, on one thread. No
//! reading of an export with serde_json can take less CPU time than the two added up.
//!
//!     parse-floor EXPORT.zip|FOLDER
//!
//! Prints on stderr, in seconds: `inflate S parse S bytes B` (stdout stays empty). Holds a
//! whole conversation file in memory: a measuring tool, not a reader.

use std::path::Path;
use std::process::ExitCode;
use std::time::{Duration, Instant};

use ferry_bench::each_conversation_file;
use serde::de::IgnoredAny;

fn run(path: &Path) -> Result<(usize, Duration, Duration, u64), String> {
    let (mut inflate, mut parse, mut bytes) = (Duration::ZERO, Duration::ZERO, 0u64);
    let mut buf = Vec::new();
    let files = each_conversation_file(path, |name, r| {
        buf.clear();
        let t = Instant::now();
        r.read_to_end(&mut buf)
            .map_err(|e| format!("{name}: {e}"))?;
        inflate += t.elapsed();
        let t = Instant::now();
        serde_json::from_slice::<IgnoredAny>(&buf).map_err(|e| format!("{name}: {e}"))?;
        parse += t.elapsed();
        bytes += buf.len() as u64;
        Ok(())
    })?;
    Ok((files, inflate, parse, bytes))
}

#[allow(clippy::print_stderr)] // a command-line tool
fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: parse-floor EXPORT.zip|FOLDER");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok((0, ..)) => {
            eprintln!("parse-floor: no conversation files found");
            ExitCode::FAILURE
        }
        Ok((_, inflate, parse, bytes)) => {
            eprintln!(
                "inflate {:.3} parse {:.3} bytes {bytes}",
                inflate.as_secs_f64(),
                parse.as_secs_f64()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("parse-floor: {e}");
            ExitCode::FAILURE
        }
    }
}
