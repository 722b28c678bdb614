//! Text helpers every layer shares: [`fill`] for the sentences of every language,
//! [`words`], `lanes` for scanners that read 64 bytes at a time, `positions` for every
//! place of a few bytes (found 64 at a time), and `fences` for Markdown's code fences.
//!
//! [`words`] is the one way ferry cuts text into words where it compares or counts them: a
//! memory against the memories already kept, a fact against the person's own words, a reply
//! against a phrase it should say.
//!
//! A word is a run of letters and digits (any script); an apostrophe (`'` or `’`) or a hyphen
//! between two of them stays inside it: "don't", "well-known", "Sant’Anna" are one word each,
//! and "'quoted'" is "quoted". Everything else separates words. Callers lowercase or fold what
//! they compare. (The trigger scanners of `persona::patterns` walk the bytes themselves, for
//! speed, with the same idea of a word.)

/// `s` with each `{key}` of `values` replaced by its value, in one pass: a value that holds
/// `{key}` itself (a quote from a conversation can) is never filled again. Braces around
/// anything else stay as they are.
pub fn fill(s: &str, values: &[(&str, &str)]) -> String {
    fill_contracted(s, values, &[])
}

/// [`fill`], with `contractions` made where a value meets the text before it: with
/// `("de a", "da")`, `de {u}` filled with `a pessoa` is `da pessoa` (Portuguese, Italian,
/// French and Spanish join a preposition and an article; `render::lang` has each language's).
pub fn fill_contracted(s: &str, values: &[(&str, &str)], contractions: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let found = after.find('}').and_then(|close| {
            let key = &after[..close];
            values
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (close, *v))
        });
        match found {
            Some((close, v)) => {
                let mut v = v;
                for (from, to) in contractions {
                    // `from` straddles the seam: its head ends `out`, its tail starts `v`.
                    let seam = (1..from.len())
                        .filter(|&i| from.is_char_boundary(i))
                        .find(|&i| out.ends_with(&from[..i]) && v.starts_with(&from[i..]));
                    if let Some(i) = seam {
                        out.truncate(out.len() - i);
                        out.push_str(to);
                        v = &v[from.len() - i..];
                        break;
                    }
                }
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The words of `text`, in order, as slices of it.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator [`words`] returns.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

fn joins(c: char) -> bool {
    matches!(c, '\'' | '’' | '-')
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = &self.text[self.at..];
        let (skip, _) = rest.char_indices().find(|(_, c)| c.is_alphanumeric())?;
        let start = self.at + skip;
        let mut end = start;
        let mut chars = self.text[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c.is_alphanumeric() {
                end = start + i + c.len_utf8();
            } else if joins(c) && chars.peek().is_some_and(|(_, d)| d.is_alphanumeric()) {
                continue;
            } else {
                break;
            }
        }
        self.at = end;
        Some(&self.text[start..end])
    }
}

/// A block of 64 bytes as four SIMD lanes of 16 (`wide`), each with what turns a lane's
/// compare into its part of a 64-bit mask (bit `i` is byte `i` of the block). For scanners
/// that read 64 bytes at a time: the JSON splitter, the voice's word count.
pub(crate) fn lanes(
    block: &[u8],
) -> impl Iterator<Item = (wide::u8x16, impl Fn(wide::u8x16) -> u64)> + '_ {
    debug_assert_eq!(block.len(), 64);
    block.chunks_exact(16).enumerate().map(|(i, lane)| {
        let mut array = [0; 16];
        array.copy_from_slice(lane);
        let bits = move |w: wide::u8x16| u64::from(w.to_bitmask()) << (16 * i);
        (wide::u8x16::new(array), bits)
    })
}

/// Where the bytes of `set` are in `bytes`, in order, found 64 bytes at a time (SIMD compares,
/// through [`lanes`]): one pass for a scanner that stops at many of them (each line's commas),
/// where a `memchr` per stop costs more in starting than in searching. `set` holds no 0.
pub(crate) fn positions<const N: usize>(
    bytes: &[u8],
    set: [u8; N],
) -> impl Iterator<Item = usize> + '_ {
    debug_assert!(!set.contains(&0));
    let mut blocks = bytes.chunks(64).enumerate();
    let mut mask = 0u64;
    let mut base = 0;
    std::iter::from_fn(move || {
        while mask == 0 {
            let (index, chunk) = blocks.next()?;
            // The last block made whole with zeros, which are in no set.
            let mut block = [0u8; 64];
            block[..chunk.len()].copy_from_slice(chunk);
            for (v, lane) in lanes(&block) {
                for b in set {
                    mask |= lane(v.simd_eq(wide::u8x16::splat(b)));
                }
            }
            base = index * 64;
        }
        let at = mask.trailing_zeros() as usize;
        mask &= mask - 1;
        Some(base + at)
    })
}

/// Bytes of a lane that are in `lo..=hi`, as a compare gives them.
pub(crate) fn lane_within(v: wide::u8x16, lo: u8, hi: u8) -> wide::u8x16 {
    use wide::u8x16;
    v.max(u8x16::splat(lo)).simd_eq(v) & v.min(u8x16::splat(hi)).simd_eq(v)
}

/// Where "```" is in `text`, in order. One searcher for every text: `memmem::find_iter`
/// builds one at each call, which cost more than the search on short messages.
pub(crate) fn fences(text: &str) -> memchr::memmem::FindIter<'_, 'static> {
    static FENCE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new("```"));
    FENCE.find_iter(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The positions found 64 bytes at a time are those a byte-by-byte look finds.
        #[test]
        fn positions_are_where_the_bytes_are(s in proptest::collection::vec(
            proptest::sample::select(vec![b'a', b',', b'\n', b'.', 0xE2, 0x80]),
            0..300,
        )) {
            let reference: Vec<usize> = s
                .iter()
                .enumerate()
                .filter(|(_, b)| matches!(b, b',' | b'\n'))
                .map(|(i, _)| i)
                .collect();
            proptest::prop_assert_eq!(positions(&s, [b',', b'\n']).collect::<Vec<_>>(), reference);
        }
    }

    fn all(text: &str) -> Vec<&str> {
        words(text).collect()
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        assert_eq!(
            all("Don't worry -- it's a well-known 'secret'!"),
            ["Don't", "worry", "it's", "a", "well-known", "secret"]
        );
        // Two joiners in a row separate.
        assert_eq!(
            all("Sant’Anna, l’amore; rock-'n'-roll"),
            ["Sant’Anna", "l’amore", "rock", "n", "roll"]
        );
        assert_eq!(
            all("ends-with- and -starts 'n' x'"),
            ["ends-with", "and", "starts", "n", "x"]
        );
    }

    #[test]
    fn fill_is_one_pass() {
        assert_eq!(
            fill(
                "{u} and {c}: “{q}” {x} {",
                &[("u", "Mimi"), ("c", "Nova"), ("q", "say {c}")]
            ),
            "Mimi and Nova: “say {c}” {x} {"
        );
        assert_eq!(fill("{a}{a}", &[("a", "{a}")]), "{a}{a}");
    }

    #[test]
    fn any_script_and_digits() {
        assert_eq!(
            all("Привет, мир 2024 年 猫🐈"),
            ["Привет", "мир", "2024", "年", "猫"]
        );
        assert_eq!(all("...—!? "), Vec::<&str>::new());
        assert_eq!(all(""), Vec::<&str>::new());
    }
}
