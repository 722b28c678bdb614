//! The floor for ferry's benchmark (issue 14): inflate every conversation file of an export
//! to nowhere, with the same zip reader, flate2 and zlib-rs that ferry reads with, on one
//! thread. Nothing is parsed, split or hashed; the time this takes is what reading any export
//! costs at least.
//!
//!     inflate-floor EXPORT.zip|FOLDER
//!
//! Prints the conversation files read and their inflated bytes on stderr (stdout stays empty).
//! The conversation files are `conversations.json` and the 2026 shards
//! `conversations-NNN.json`, at the root or in one folder, in archive order (the order does
//! not change the cost).

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;
use std::process::ExitCode;

/// `conversations.json` or `conversations-NNN.json`, at the root or in a folder.
fn is_conversation_file(name: &str) -> bool {
    let base = name.rsplit('/').next().unwrap_or(name);
    base == "conversations.json"
        || base
            .strip_prefix("conversations-")
            .and_then(|r| r.strip_suffix(".json"))
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Reads `r` to the end into a reused buffer; the number of bytes.
fn drain(mut r: impl Read, buf: &mut [u8]) -> io::Result<u64> {
    let mut total = 0u64;
    loop {
        match r.read(buf) {
            Ok(0) => return Ok(total),
            Ok(n) => total += n as u64,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
}

fn run(path: &Path) -> Result<(usize, u64), String> {
    // The size ferry's splitter reads with.
    let mut buf = vec![0u8; 256 << 10];
    let (mut files, mut bytes) = (0usize, 0u64);
    if path.is_dir() {
        let mut names: Vec<_> = std::fs::read_dir(path)
            .map_err(|e| format!("{}: {e}", path.display()))?
            .filter_map(|e| e.ok())
            .filter(|e| is_conversation_file(&e.file_name().to_string_lossy()))
            .map(|e| e.path())
            .collect();
        names.sort();
        for p in names {
            let f = File::open(&p).map_err(|e| format!("{}: {e}", p.display()))?;
            bytes += drain(f, &mut buf).map_err(|e| format!("{}: {e}", p.display()))?;
            files += 1;
        }
        return Ok((files, bytes));
    }
    let file = File::open(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut archive = zip::ZipArchive::new(file).map_err(|e| format!("{}: {e}", path.display()))?;
    for i in 0..archive.len() {
        let member = archive
            .by_index(i)
            .map_err(|e| format!("member {i}: {e}"))?;
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        if !is_conversation_file(&name) {
            continue;
        }
        bytes += drain(member, &mut buf).map_err(|e| format!("{name}: {e}"))?;
        files += 1;
    }
    Ok((files, bytes))
}

#[allow(clippy::print_stderr)] // a command-line tool
fn main() -> ExitCode {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: inflate-floor EXPORT.zip|FOLDER");
        return ExitCode::from(2);
    };
    match run(Path::new(&path)) {
        Ok((0, _)) => {
            eprintln!("inflate-floor: no conversation files found");
            ExitCode::FAILURE
        }
        Ok((files, bytes)) => {
            eprintln!("inflate-floor: {files} conversation file(s), {bytes} bytes inflated");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("inflate-floor: {e}");
            ExitCode::FAILURE
        }
    }
}
