//! The export reader over arbitrary zip bytes (`ferry inspect|extract export.zip`).
#![no_main]

use libfuzzer_sys::fuzz_target;

mod common;

fuzz_target!(|data: &[u8]| {
    common::read_and_extract(common::file("export.zip", data));
});
