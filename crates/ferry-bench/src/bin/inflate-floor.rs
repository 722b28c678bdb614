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

use std::io::{self, Read};
use std::path::Path;
use std::process::ExitCode;

use ferry_bench::each_conversation_file;

/// Reads `r` to the end into a reused buffer; the number of bytes.
fn drain(r: &mut dyn Read, buf: &mut [u8]) -> io::Result<u64> {
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
    let mut bytes = 0u64;
    let files = each_conversation_file(path, |name, r| {
        bytes += drain(r, &mut buf).map_err(|e| format!("{name}: {e}"))?;
        Ok(())
    })?;
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
