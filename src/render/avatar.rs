//! The card's picture: the companion's initials on a colour of their own.
//!
//! SillyTavern shows a card's image as the character's avatar; a blank square makes every
//! companion look alike. The colour comes from the name (the same name always gets the same
//! colour), the letters from `font8x8`'s bitmaps (Latin, Latin-1, Greek, Hiragana), drawn
//! large and smoothed. A name whose first letter no bitmap has gets a full moon instead of
//! letters.

use font8x8::UnicodeFonts as _;

/// RGB pixels of a `size`×`size` picture for `name`, row by row.
pub(crate) fn pixels(name: &str, size: u32) -> Vec<u8> {
    let size = size.max(8) as usize;
    let (bg, fg) = colours(name);
    let glyphs: Vec<[u8; 8]> = initials(name).iter().filter_map(|c| glyph(*c)).collect();
    let mut out = Vec::with_capacity(size * size * 3);
    // Letters: each 8×8 cell drawn `scale` pixels to the bitmap's pixel, side by side, centred.
    let scale = size as f32 * 0.40 / 8.0;
    let cell = 8.0 * scale;
    let width = cell * glyphs.len() as f32;
    let left = (size as f32 - width) / 2.0;
    let top = (size as f32 - cell) / 2.0;
    let centre = size as f32 / 2.0;
    for y in 0..size {
        for x in 0..size {
            let (px, py) = (x as f32 + 0.5, y as f32 + 0.5);
            // A soft light from the upper left, so the colour is not flat.
            let shade = 1.0 + 0.12 * (1.0 - (px + py) / size as f32);
            let base = bg.map(|c| (f32::from(c) * shade).min(255.0));
            let ink = if glyphs.is_empty() {
                let r = ((px - centre).powi(2) + (py - centre).powi(2)).sqrt();
                smooth(size as f32 * 0.22 + 1.0, size as f32 * 0.22 - 1.0, r)
            } else {
                let (u, v) = ((px - left) / scale, (py - top) / scale);
                let i = (u / 8.0).floor();
                if u < 0.0 || !(0.0..8.0).contains(&v) || i >= glyphs.len() as f32 {
                    0.0
                } else {
                    coverage(&glyphs[i as usize], u - i * 8.0, v)
                }
            };
            for (b, f) in base.iter().zip(fg) {
                out.push((b + (f32::from(f) - b) * ink).round() as u8);
            }
        }
    }
    out
}

/// Up to two initials, uppercase: "Nova" → N, "Nova Starling" → NS.
fn initials(name: &str) -> Vec<char> {
    name.split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .take(2)
        .map(|c| c.to_uppercase().next().unwrap_or(c))
        .collect()
}

fn glyph(c: char) -> Option<[u8; 8]> {
    font8x8::BASIC_FONTS
        .get(c)
        .or_else(|| font8x8::LATIN_FONTS.get(c))
        .or_else(|| font8x8::GREEK_FONTS.get(c))
        .or_else(|| font8x8::HIRAGANA_FONTS.get(c))
        .filter(|g| g.iter().any(|row| *row != 0))
}

/// How much of the letter covers the point (`u`, `v`) of its 8×8 cell, 0–1: the bitmap
/// sampled between its pixel centres and its edge softened, so the letters are round rather
/// than blocky.
fn coverage(g: &[u8; 8], u: f32, v: f32) -> f32 {
    let bit = |x: i32, y: i32| -> f32 {
        if (0..8).contains(&x) && (0..8).contains(&y) && g[y as usize] & (1 << x) != 0 {
            1.0
        } else {
            0.0
        }
    };
    let (fx, fy) = (u - 0.5, v - 0.5);
    let (x0, y0) = (fx.floor() as i32, fy.floor() as i32);
    let (tx, ty) = (fx - fx.floor(), fy - fy.floor());
    let top = bit(x0, y0) * (1.0 - tx) + bit(x0 + 1, y0) * tx;
    let bottom = bit(x0, y0 + 1) * (1.0 - tx) + bit(x0 + 1, y0 + 1) * tx;
    smooth(0.3, 0.7, top * (1.0 - ty) + bottom * ty)
}

/// 0 at `from`, 1 at `to`, smooth between (either direction).
fn smooth(from: f32, to: f32, x: f32) -> f32 {
    let t = ((x - from) / (to - from)).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// The background and the letters' colour for a name: a hue of its own, deep enough for
/// white letters.
fn colours(name: &str) -> ([u8; 3], [u8; 3]) {
    // FNV-1a over the lowercased name: stable across runs and versions.
    let mut h: u32 = 0x811c_9dc5;
    for b in name.trim().to_lowercase().bytes() {
        h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
    }
    let hue = (h % 360) as f32;
    (hsl(hue, 0.45, 0.42), [0xFF, 0xF8, 0xEE])
}

fn hsl(h: f32, s: f32, l: f32) -> [u8; 3] {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match (h / 60.0) as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    [r, g, b].map(|v| ((v + m) * 255.0).round() as u8)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pixels that are (nearly) the letters' colour.
    fn ink(p: &[u8]) -> usize {
        p.chunks(3).filter(|c| c.iter().all(|v| *v > 0xE8)).count()
    }

    #[test]
    fn initials_are_drawn_on_a_colour_of_the_name() {
        let nova = pixels("Nova", 64);
        assert_eq!(nova.len(), 64 * 64 * 3);
        // Not a blank square: letters and background both there.
        let letters = ink(&nova);
        assert!(letters > 64 && letters < 64 * 64 / 2, "{letters}");
        // The same name, the same picture; another name, another colour.
        assert_eq!(nova, pixels("Nova", 64));
        assert_ne!(nova[..3], pixels("Wren", 64)[..3]);
        assert_eq!(initials("Nova Starling"), ['N', 'S']);
        assert_eq!(initials("élan"), ['É']);
        // Two letters take more ink than one.
        assert!(ink(&pixels("Nova Starling", 64)) > letters);
    }

    #[test]
    fn a_name_without_a_bitmap_gets_a_moon() {
        let p = pixels("花子", 64);
        let centre = (32 * 64 + 32) * 3;
        assert!(p[centre..centre + 3].iter().all(|v| *v > 0xE8));
        assert!(ink(&p) > 200);
        // An empty name still draws something.
        assert!(ink(&pixels("", 32)) > 0);
    }
}
