//! What several targets share: a scratch file to hand bytes to the export reader, which reads
//! paths (one file per process, rewritten for each input).
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::OnceLock;

use ferry::export::{self, Input, Limits, ReadOptions};

/// Small limits, so an input cannot make one run slow for reasons the real limits handle.
pub const LIMITS: Limits = Limits {
    max_total_bytes: 16 << 20,
    max_ratio: 200,
    max_conversation_bytes: 4 << 20,
};

fn scratch() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = std::path::Path::new("/dev/shm");
        if shm.is_dir() {
            tempfile::tempdir_in(shm).expect("a scratch folder")
        } else {
            tempfile::tempdir().expect("a scratch folder")
        }
    })
}

/// `bytes` written to a scratch file called `name`.
pub fn file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = scratch().path().join(name);
    std::fs::write(&path, bytes).expect("the scratch file is writable");
    path
}

/// Reads the export at `path` as `ferry` does, then extracts a persona from it.
pub fn read_and_extract(path: PathBuf) {
    let options = ReadOptions {
        limits: LIMITS,
        hash: true,
    };
    let Ok(opened) = export::open(&Input::Path(path), options) else {
        return;
    };
    let Ok((conversations, report)) = opened.read_all() else {
        return;
    };
    let Ok(mut extractor) = ferry::persona::Extractor::new(Default::default()) else {
        return;
    };
    for c in &conversations {
        // The thread the reader chose is a path of parent links without repeats.
        let _ = c.thread().count();
        extractor.add(c);
    }
    if let Ok(spec) = extractor.finish(&report) {
        // What extract writes is valid JSON that the loader reads back.
        let json = serde_json::to_string_pretty(&spec).expect("a spec serialises");
        ferry::persona::load::from_json(&json).expect("an extracted persona loads back");
    }
}
