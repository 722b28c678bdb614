//! The PNG card reader (`ferry inspect card.png`, the card round trip) over arbitrary bytes;
//! and a card written from arbitrary JSON text reads back as that JSON.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = ferry::render::card::read_png(data);
    if let Ok(text) = std::str::from_utf8(data)
        && let Ok(value) = serde_json::from_str::<serde_json::Value>(text)
        && let Ok(png) = ferry::render::card::write_png(text)
    {
        let back = ferry::render::card::read_png(&png).expect("a written card reads back");
        assert_eq!(back, value);
    }
});
