//! The text scanners (name and vocative patterns, rituals, language detection, context
//! regions, memory snapshots, citation cleaning, redaction) over arbitrary UTF-8.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    ferry::fuzzing::scan(&text);
});
