//! SillyTavern PNG cards: the Character Card V3 JSON in a `ccv3` tEXt chunk, with a V2 `chara`
//! chunk backfilled for older readers, as SillyTavern itself writes them. Both are base64 of
//! UTF-8 JSON. Reading prefers `ccv3`.

use std::io::Cursor;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::Value;

/// Why a card could not be written or read.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    #[error("the card is not valid JSON: {0}")]
    Json(#[from] serde_json::Error),
    #[error("the PNG could not be written: {0}")]
    Encode(#[from] png::EncodingError),
    #[error("not a readable PNG: {0}")]
    Decode(#[from] png::DecodingError),
    #[error("the PNG holds no character card (no ccv3 or chara chunk)")]
    NoCard,
    #[error("the card's base64 is damaged: {0}")]
    Base64(#[from] base64::DecodeError),
    #[error("the card's text is not UTF-8")]
    Utf8,
    #[error("the card is not a JSON object")]
    NotAnObject,
}

/// The side of the card image, in pixels.
const SIZE: u32 = 256;

/// A PNG carrying `card_v3` (the `sillytavern` target's JSON) as `ccv3` and its V2 backfill as
/// `chara`. The image is the companion's initials on a colour of their own ([`super::avatar`]);
/// SillyTavern lets the person change it.
pub fn write_png(card_v3: &str) -> Result<Vec<u8>, CardError> {
    let v3: Value = serde_json::from_str(card_v3)?;
    // A card is an object; anything else has no fields to backfill (found by fuzzing: a
    // JSON string panicked in `backfill_v2`).
    if !v3.is_object() {
        return Err(CardError::NotAnObject);
    }
    let v2 = backfill_v2(&v3);
    let mut bytes = Vec::new();
    {
        let mut encoder = png::Encoder::new(&mut bytes, SIZE, SIZE);
        encoder.set_color(png::ColorType::Rgb);
        encoder.set_depth(png::BitDepth::Eight);
        encoder.add_text_chunk("chara".to_owned(), STANDARD.encode(v2.to_string()))?;
        encoder.add_text_chunk("ccv3".to_owned(), STANDARD.encode(v3.to_string()))?;
        let mut writer = encoder.write_header()?;
        let name = v3
            .pointer("/data/name")
            .or_else(|| v3.get("name"))
            .and_then(Value::as_str)
            .unwrap_or("");
        let pixels = super::avatar::pixels(name, SIZE);
        writer.write_image_data(&pixels)?;
        writer.finish()?;
    }
    Ok(bytes)
}

/// The card in a PNG: the `ccv3` chunk when there is one, else the V2 `chara` chunk.
pub fn read_png(bytes: &[u8]) -> Result<Value, CardError> {
    let reader = png::Decoder::new(Cursor::new(bytes)).read_info()?;
    let chunks = &reader.info().uncompressed_latin1_text;
    let find = |key: &str| chunks.iter().find(|c| c.keyword.eq_ignore_ascii_case(key));
    let chunk = find("ccv3")
        .or_else(|| find("chara"))
        .ok_or(CardError::NoCard)?;
    let json = STANDARD.decode(chunk.text.trim())?;
    let json = String::from_utf8(json).map_err(|_| CardError::Utf8)?;
    Ok(serde_json::from_str(&json)?)
}

/// The V2 form of a V3 card: the V2 envelope, without the fields V2 does not have.
fn backfill_v2(v3: &Value) -> Value {
    let mut v2 = v3.clone();
    v2["spec"] = Value::from("chara_card_v2");
    v2["spec_version"] = Value::from("2.0");
    if let Some(data) = v2.get_mut("data").and_then(Value::as_object_mut) {
        for key in [
            "group_only_greetings",
            "creation_date",
            "modification_date",
            "nickname",
            "source",
            "assets",
            "creator_notes_multilingual",
        ] {
            data.remove(key);
        }
        if let Some(entries) = data
            .get_mut("character_book")
            .and_then(|b| b.get_mut("entries"))
            .and_then(Value::as_array_mut)
        {
            for entry in entries.iter_mut().filter_map(Value::as_object_mut) {
                entry.remove("use_regex");
            }
        }
    }
    v2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn png_round_trip() {
        let spec: crate::persona::PersonaSpec = serde_json::from_str(
            &std::fs::read_to_string(concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/fixtures/personas/hostile.json"
            ))
            .expect("fixture"),
        )
        .expect("spec");
        let card = crate::render::render(
            &spec,
            crate::render::Target::Sillytavern,
            &crate::render::RenderOptions::default(),
        )
        .expect("renders")
        .text;
        let png = write_png(&card).expect("writes");
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        let back = read_png(&png).expect("reads");
        let expected: Value = serde_json::from_str(&card).expect("json");
        assert_eq!(back, expected);

        // Both chunks are there, and the V2 one is a V2 card.
        let reader = png::Decoder::new(Cursor::new(&png[..]))
            .read_info()
            .expect("png");
        let keys: Vec<&str> = reader
            .info()
            .uncompressed_latin1_text
            .iter()
            .map(|c| c.keyword.as_str())
            .collect();
        assert_eq!(keys, ["chara", "ccv3"]);
        let chara = &reader.info().uncompressed_latin1_text[0].text;
        let v2: Value =
            serde_json::from_slice(&STANDARD.decode(chara).expect("base64")).expect("json");
        assert_eq!(v2["spec"], "chara_card_v2");
        assert!(v2["data"].get("group_only_greetings").is_none());
        assert_eq!(v2["data"]["name"], expected["data"]["name"]);
    }

    /// Regression (fuzz target `card`): `write_png` of JSON that is not an object panicked.
    #[test]
    fn only_an_object_is_written_as_a_card() {
        for json in ["\"$\"", "[1, 2]", "null", "3", "true"] {
            assert!(
                matches!(write_png(json), Err(CardError::NotAnObject)),
                "{json}"
            );
        }
        assert!(write_png("{}").is_ok());
    }

    #[test]
    fn a_png_without_a_card_is_a_clear_error() {
        let mut bytes = Vec::new();
        {
            let mut encoder = png::Encoder::new(&mut bytes, 1, 1);
            encoder.set_color(png::ColorType::Rgb);
            let mut writer = encoder.write_header().expect("header");
            writer.write_image_data(&[0, 0, 0]).expect("data");
        }
        assert!(matches!(read_png(&bytes), Err(CardError::NoCard)));
        assert!(matches!(read_png(b"not a png"), Err(CardError::Decode(_))));
    }
}
