//! The export reader over arbitrary `conversations.json` bytes, then extraction over what it
//! read; and the single-conversation parser over the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    if let Some(c) = ferry::fuzzing::conversation(data) {
        let _ = c.thread().count();
    }
    common::read_and_extract(common::file("conversations.json", data));
});
