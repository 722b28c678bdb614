//! Another reference for ferry's benchmark (issue 14): ferry's own reader with nothing after
//! it. The export is read exactly as `ferry inspect` reads it (with `--hash`, as `ferry
//! extract` does: the SHA-256 of the conversation JSON on the inflating thread): located,
//! inflated, split, parsed on the parsing threads into ferry's conversations (the shown
//! branch rebuilt, every content type read), put back in reading order, duplicates dropped;
//! then each conversation is counted and dropped. No context pass, no extraction.
//!
//! What `inspect` or `extract` take beyond this is their reading of the text; what this takes
//! beyond `inflate-floor` is the reader's. Uses mimalloc as the `ferry` binary does
//! (`bench/run.sh` runs it with `MIMALLOC_PURGE_DELAY=0`, the binary's setting).
//!
//!     read-floor [--hash] EXPORT
//!
//! Prints on stderr `conversations N messages M bytes B` (stdout stays empty).

use std::process::ExitCode;

use ferry::export::{Conversation, Input, NoProgress, ReadOptions};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(clippy::print_stderr)] // a command-line tool
fn main() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let hash = args.iter().any(|a| a == "--hash");
    let paths: Vec<Option<&str>> = args
        .iter()
        .filter(|a| *a != "--hash")
        .map(|a| a.to_str())
        .collect();
    // ferry's `Input` names an export by a text path (`-` is stdin).
    let [Some(path)] = paths[..] else {
        eprintln!("usage: read-floor [--hash] EXPORT");
        return ExitCode::from(2);
    };
    let options = ReadOptions {
        hash,
        ..ReadOptions::default()
    };
    let mut messages = 0usize;
    let read = ferry::export::open(&Input::from_arg(path), options).and_then(|export| {
        export.read_with(
            &NoProgress,
            |c| c,
            |c: &mut Conversation| messages += c.messages.len(),
        )
    });
    match read {
        Ok(report) => {
            eprintln!(
                "conversations {} messages {messages} bytes {}",
                report.conversations, report.bytes
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("read-floor: {e}");
            ExitCode::FAILURE
        }
    }
}
