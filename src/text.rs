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
                // Japanese and Chinese put no space between words: a space the sentence
                // keeps around a Latin name goes when the value and its neighbour are CJK.
                // (A name in quotes counts as the name: 叫我"宝贝"。)
                let unquoted = v.trim_matches('"');
                if unquoted.starts_with(is_cjk)
                    && out.ends_with(' ')
                    && out.trim_end().ends_with(is_cjk)
                {
                    out.pop();
                }
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
                if unquoted.ends_with(is_cjk)
                    && let Some(next) = rest.strip_prefix(' ')
                    && next.starts_with(is_cjk)
                {
                    rest = next;
                }
                if rest.starts_with('(') {
                    rest = particle_after(v, rest, &mut out);
                }
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

/// Whether `c` is a letter of a script written without spaces between words: Han, hiragana,
/// katakana (Hangul is written with them).
pub fn unspaced(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF)
}

/// A letter of Japanese or Chinese ([`unspaced`]), or their punctuation (`。`, `、`, `「`) and
/// full-width forms (`！`, `？`, `（`).
fn is_cjk(c: char) -> bool {
    unspaced(c) || matches!(c as u32, 0x3000..=0x303F | 0xFF00..=0xFF60)
}

/// Korean particles written with both their forms after a placeholder, `{c}(이)가`: the form
/// after a consonant, and the form after a vowel (`render::lang::ko` writes them).
const PARTICLES: &[(&str, &str, &str)] = &[
    ("(이)라고", "이라고", "라고"),
    ("(이)라는", "이라는", "라는"),
    ("(이)였", "이었", "였"),
    ("(이)야", "이야", "야"),
    ("(이)에요", "이에요", "예요"),
    ("(이)가", "이", "가"),
    ("(은)는", "은", "는"),
    ("(을)를", "을", "를"),
    ("(과)와", "과", "와"),
    ("(으)로", "으로", "로"),
];

/// How a value ends, for the Korean particle after it.
#[derive(Clone, Copy, PartialEq)]
enum Ending {
    Vowel,
    /// ㄹ, which takes 로 as a vowel does.
    Rieul,
    Consonant,
}

/// After `value` was filled in, `rest` (the sentence after its placeholder) with a particle at
/// its start written in the form the value takes, pushed to `out`; `rest` unchanged when it
/// starts with none. A value whose last sound ferry cannot tell keeps both forms, as written.
fn particle_after<'a>(value: &str, rest: &'a str, out: &mut String) -> &'a str {
    let Some(&(both, consonant, vowel)) = PARTICLES.iter().find(|(b, _, _)| rest.starts_with(b))
    else {
        return rest;
    };
    // A quote is followed by 라고/라는 whatever its last letter (direct quotation).
    let quoted = value
        .trim_end()
        .ends_with(['"', '\u{201d}', '\u{300d}', '\u{2019}']);
    let form = match ending(value) {
        _ if quoted && both.starts_with("(이)라") => vowel,
        Some(Ending::Consonant) => consonant,
        Some(Ending::Rieul) if both == "(으)로" => vowel,
        Some(Ending::Rieul) => consonant,
        Some(Ending::Vowel) => vowel,
        None => both,
    };
    out.push_str(form);
    &rest[both.len()..]
}

/// The last sound of `value`'s last letter or digit: a Hangul syllable's final, a digit as
/// Korean reads it, a Latin name as Korean writes it (Nova 노바, Sam 샘, Paul 폴).
fn ending(value: &str) -> Option<Ending> {
    let last = value.chars().rev().find(|c| c.is_alphanumeric())?;
    Some(match last {
        '\u{ac00}'..='\u{d7a3}' => match (u32::from(last) - 0xac00) % 28 {
            0 => Ending::Vowel,
            8 => Ending::Rieul,
            _ => Ending::Consonant,
        },
        // 영 일 이 삼 사 오 육 칠 팔 구
        '2' | '4' | '5' | '9' => Ending::Vowel,
        '1' | '7' | '8' => Ending::Rieul,
        '0' | '3' | '6' => Ending::Consonant,
        c if c.is_ascii_alphabetic() => {
            let word: String = value
                .trim_end_matches(|c: char| !c.is_ascii_alphanumeric())
                .chars()
                .rev()
                .take(2)
                .map(|c| c.to_ascii_lowercase())
                .collect();
            // `word` is the last two letters, reversed.
            if word.starts_with('l') {
                Ending::Rieul
            } else if word.starts_with(['m', 'n']) || word == "kc" || word == "gn" {
                Ending::Consonant
            } else {
                Ending::Vowel
            }
        }
        _ => return None,
    })
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

/// Whether a byte of `bytes` is in `lo..=hi` (`lo` at least 0x80: a byte beyond ASCII).
/// Read 64 bytes at a time: a block of ASCII, most blocks of most text, is passed over after
/// one OR of its bytes; only a block with a byte beyond ASCII is compared with the range.
/// Both folds are ones the compiler vectorises.
pub(crate) fn has_byte_within(bytes: &[u8], lo: u8, hi: u8) -> bool {
    debug_assert!(lo >= 0x80, "a range beyond ASCII");
    let within = |b: u8| b.wrapping_sub(lo) <= hi - lo;
    bytes.chunks(64).any(|block| {
        block.iter().fold(0u8, |acc, &b| acc | b) >= 0x80
            && block.iter().fold(0u8, |acc, &b| acc | u8::from(within(b))) != 0
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
        /// Whether a byte is in a range beyond ASCII: as a byte-by-byte look finds, in text
        /// of ASCII, Cyrillic, CJK, emoji and stray bytes across the 64-byte blocks.
        #[test]
        fn has_byte_within_is_any_byte_in_the_range(
            bytes in proptest::collection::vec(
                proptest::prop_oneof![0u8..0x80, 0x80u8..=0xFF, proptest::strategy::Just(0xD0u8)],
                0..300,
            ),
            lo in 0x80u8..=0xFF,
            width in 0u8..16,
        ) {
            let hi = lo.saturating_add(width);
            proptest::prop_assert_eq!(
                super::has_byte_within(&bytes, lo, hi),
                bytes.iter().any(|b| (lo..=hi).contains(b))
            );
        }

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

    #[test]
    fn a_cjk_value_takes_no_space_beside_cjk_text() {
        let said = |template: &str, value: &str| fill(template, &[("u", value)]);
        assert_eq!(said("你是 {u}。", "小悦"), "你是小悦。");
        assert_eq!(said("{u} 的伙伴", "小悦"), "小悦的伙伴");
        assert_eq!(said("我叫 {u} 了", "小悦"), "我叫小悦了");
        // A Latin name keeps its spaces, and so does text around a CJK name that is not CJK.
        assert_eq!(said("你是 {u}。", "Mira"), "你是 Mira。");
        assert_eq!(said("I'm {u} now", "小悦"), "I'm 小悦 now");
        assert_eq!(said("{u} 와 함께", "하루"), "하루 와 함께");
        assert_eq!(
            said("おやすみ、 {u} ちゃん", "けん"),
            "おやすみ、けんちゃん"
        );
        assert_eq!(said("叫我 {u}。", "\"宝贝\""), "叫我\"宝贝\"。");
        assert_eq!(said("叫我 {u}。", "\"love\""), "叫我 \"love\"。");
    }

    #[test]
    fn a_korean_particle_takes_the_form_its_value_ends_with() {
        let said = |template: &str, value: &str| fill(template, &[("c", value)]);
        // After a vowel, after a consonant, after ㄹ (로 as after a vowel, but 이 and 을).
        assert_eq!(said("{c}(이)가 왔어", "하루"), "하루가 왔어");
        assert_eq!(said("{c}(이)가 왔어", "지민"), "지민이 왔어");
        assert_eq!(said("{c}(을)를 불러", "별"), "별을 불러");
        assert_eq!(said("{c}(으)로 남기", "별"), "별로 남기");
        assert_eq!(said("{c}(으)로 남기", "지민"), "지민으로 남기");
        assert_eq!(said("{c}(과)와 {c}(은)는", "다온"), "다온과 다온은");
        assert_eq!(said("{c}(이)였어", "하루"), "하루였어");
        assert_eq!(said("{c}(이)였어", "지민"), "지민이었어");
        // A Latin name as Korean says it: Nova 노바, Sam 샘, Paul 폴, Jack 잭, Luke 루크.
        assert_eq!(said("{c}(이)가", "Nova"), "Nova가");
        assert_eq!(said("{c}(이)가", "Sam"), "Sam이");
        assert_eq!(said("{c}(으)로", "Paul"), "Paul로");
        assert_eq!(said("{c}(을)를", "Jack"), "Jack을");
        assert_eq!(said("{c}(을)를", "Luke"), "Luke를");
        assert_eq!(said("{c}(이)가", "Song"), "Song이");
        // A quote takes 라고 (direct quotation), whatever its last letter.
        assert_eq!(
            said("{c}(이)라고 불러", "\"자기\" 또는 \"공주님\""),
            "\"자기\" 또는 \"공주님\"라고 불러"
        );
        // A name ferry cannot read keeps both forms; other languages' text is untouched.
        assert_eq!(said("{c}(이)가", "ひかり"), "ひかり(이)가");
        assert_eq!(said("{c} (is) here", "Nova"), "Nova (is) here");
        // Only where a value meets it: the same letters in the text or in a value stay.
        assert_eq!(said("(이)가 {c}", "a(이)가"), "(이)가 a(이)가");
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
