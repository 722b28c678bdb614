//! The splitter's fast path: nested JSON read 64 bytes at a time.
//!
//! Below a conversation's top level the splitter ([`super::Splitter`]) follows only strings
//! and brackets, until a bracket takes the depth back to where it has more to do (the top
//! level, or the `mapping` object, between whose nodes it may cut a part). Almost all of a
//! conversation is below that, so most bytes can be read a block at a time instead of one by
//! one:
//!
//! 1. which bytes are quotes, backslashes, opening and closing brackets, as four 64-bit
//!    masks (SIMD compares, through the `wide` crate);
//! 2. which bytes a backslash escapes (one step per backslash, usually none or one);
//! 3. where the strings are: a prefix XOR of the quotes not escaped, carried between blocks;
//! 4. the depth: the brackets outside strings are counted, and walked one by one only in a
//!    block where the depth could come down to the floor.
//!
//! This is the first stage of simdjson (Langdale and Lemire, "Parsing gigabytes of JSON per
//! second", 2019), cut down to what the splitter needs. It gives exactly what the scan one
//! byte at a time gives. The one case where it could not is a backslash outside strings (not
//! valid JSON, where the byte scan passes over it): such a block is left to the byte scan
//! whole ([`Stop::Odd`]).

use wide::u8x16;

use crate::text::lanes;

/// Bytes read at a time.
pub(super) const BLOCK: usize = 64;

/// Where the scan is: the same state the byte scan keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct State {
    pub(super) depth: u32,
    pub(super) in_string: bool,
    /// The next byte is escaped (the last one was a backslash that escapes, in a string).
    pub(super) escaped: bool,
}

/// Why [`skip`] stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Stop {
    /// At a closing bracket outside strings that takes the depth down to the floor; the
    /// bracket is not read (the state is the one before it).
    Bracket,
    /// Fewer than [`BLOCK`] bytes are left.
    End,
    /// At a block with a backslash outside strings, which is left to the byte scan.
    Odd,
}

/// Reads whole blocks of `bytes` from `state`, while the depth stays above `floor`.
/// Returns how many bytes it read, the state after them and why it stopped.
pub(super) fn skip(bytes: &[u8], mut state: State, floor: u32) -> (usize, State, Stop) {
    let mut read = 0;
    while let Some(block) = bytes.get(read..read + BLOCK) {
        let m = Masks::of(block);
        let mut carry = state.escaped;
        let escaped = escaped_by(m.backslash, &mut carry);
        let mut inside = prefix_xor(m.quote & !escaped);
        if state.in_string {
            inside = !inside;
        }
        if m.backslash & !inside != 0 {
            return (read, state, Stop::Odd);
        }
        let opens = m.open & !inside;
        let closes = m.close & !inside;
        let n_closes = closes.count_ones();
        if n_closes < state.depth - floor {
            // The depth cannot come down to the floor in this block.
            state.depth = state.depth + opens.count_ones() - n_closes;
        } else {
            let mut brackets = opens | closes;
            while brackets != 0 {
                let at = brackets.trailing_zeros();
                if opens >> at & 1 == 1 {
                    state.depth += 1;
                } else if state.depth - 1 == floor {
                    let stopped = State {
                        depth: state.depth,
                        in_string: false,
                        escaped: false,
                    };
                    return (read + at as usize, stopped, Stop::Bracket);
                } else {
                    state.depth -= 1;
                }
                brackets &= brackets - 1;
            }
        }
        state.in_string = inside >> 63 == 1;
        state.escaped = carry;
        read += BLOCK;
    }
    (read, state, Stop::End)
}

/// The bytes of a block that matter here, one bit each (bit `i` is byte `i`).
#[derive(Debug, Default, PartialEq, Eq)]
struct Masks {
    quote: u64,
    backslash: u64,
    /// `{` and `[`.
    open: u64,
    /// `}` and `]`.
    close: u64,
}

impl Masks {
    fn of(block: &[u8]) -> Masks {
        let mut m = Masks::default();
        for (v, lane) in lanes(block) {
            m.quote |= lane(v.simd_eq(u8x16::splat(b'"')));
            m.backslash |= lane(v.simd_eq(u8x16::splat(b'\\')));
            // `[` and `{` differ in one bit (0x5b, 0x7b), as do `]` and `}` (0x5d, 0x7d).
            let folded = v | u8x16::splat(0x20);
            m.open |= lane(folded.simd_eq(u8x16::splat(b'{')));
            m.close |= lane(folded.simd_eq(u8x16::splat(b'}')));
        }
        m
    }
}

/// The bytes that a backslash escapes, given the block's backslashes and whether its first
/// byte is escaped (`carry`, set to whether the next block's first byte is).
fn escaped_by(backslash: u64, carry: &mut bool) -> u64 {
    let mut escaped = u64::from(*carry);
    let mut escaping = backslash & !escaped;
    *carry = false;
    while escaping != 0 {
        let at = escaping.trailing_zeros();
        if at == 63 {
            *carry = true;
            break;
        }
        let next = 1 << (at + 1);
        escaped |= next;
        // The byte escaped, even a backslash, escapes nothing.
        escaping &= !(next | 1 << at);
    }
    escaped
}

/// Bit `i` of the result is the XOR of bits `0..=i` of `x`: set from an opening quote up to
/// (not including) its closing one.
fn prefix_xor(mut x: u64) -> u64 {
    for shift in [1, 2, 4, 8, 16, 32] {
        x ^= x << shift;
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scan's rules, for below the top level: what [`skip`] must agree with.
    fn byte_by_byte(bytes: &[u8], mut s: State, floor: u32) -> (usize, State, Stop) {
        let whole = bytes.len() / BLOCK * BLOCK;
        for (i, &b) in bytes[..whole].iter().enumerate() {
            if !s.in_string && matches!(b, b'}' | b']') && s.depth - 1 == floor {
                return (i, s, Stop::Bracket);
            }
            byte_by_byte_step(&mut s, b);
        }
        (whole, s, Stop::End)
    }

    /// One byte of the byte scan: strings, escapes and the depth.
    fn byte_by_byte_step(s: &mut State, b: u8) {
        if s.in_string {
            if s.escaped {
                s.escaped = false;
            } else if b == b'\\' {
                s.escaped = true;
            } else if b == b'"' {
                s.in_string = false;
            }
            return;
        }
        match b {
            b'"' => s.in_string = true,
            b'{' | b'[' => s.depth += 1,
            b'}' | b']' => s.depth = s.depth.saturating_sub(1),
            _ => {}
        }
    }

    /// A small deterministic generator (xorshift), so that a failure can be run again.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
    }

    /// JSON-like text: brackets and scalars around strings whose contents stress what the
    /// blocks carry across (runs of backslashes of every length, escaped quotes, brackets,
    /// several scripts), and now and then a backslash outside a string.
    fn nested_text(rng: &mut Rng, len: usize) -> Vec<u8> {
        const OUTSIDE: &[&str] = &["{", "[", "}", "]", ", ", ": ", "null", "12.5e3", r" \n"];
        const INSIDE: &[&str] = &[
            r"\\\\",
            r"\\",
            r#"\""#,
            r"\n\n",
            r"\u00e9",
            r"\t",
            "{not a bracket]",
            "Nova said ",
            "ночь, 夜, ليلة ",
            r#"\\\\\\\\\""#,
        ];
        let mut out = Vec::with_capacity(len + 64);
        while out.len() < len {
            let r = rng.next() as usize;
            if r.is_multiple_of(3) {
                out.push(b'"');
                for _ in 0..r / 3 % 12 {
                    out.extend_from_slice(INSIDE[rng.next() as usize % INSIDE.len()].as_bytes());
                }
                out.push(b'"');
            } else {
                let outside = OUTSIDE[r / 3 % OUTSIDE.len()];
                // A stray backslash (not valid JSON) only once in a while.
                if outside != r" \n" || r.is_multiple_of(7) {
                    out.extend_from_slice(outside.as_bytes());
                }
            }
        }
        out
    }

    #[test]
    fn blocks_agree_with_the_byte_scan() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut checked = [0usize; 3];
        for round in 0..3000 {
            let text = nested_text(&mut rng, 64 + round % 700);
            for start in [0, 1, 7, 31, 63] {
                let Some(bytes) = text.get(start..) else {
                    continue;
                };
                let state = State {
                    depth: 2 + (rng.next() % 6) as u32,
                    in_string: rng.next().is_multiple_of(2),
                    escaped: rng.next().is_multiple_of(5),
                };
                let floor = 1 + (rng.next() % 2) as u32;
                let state = State {
                    escaped: state.escaped && state.in_string,
                    depth: state.depth.max(floor + 1),
                    ..state
                };
                let fast = skip(bytes, state, floor);
                match fast.2 {
                    Stop::Odd => {
                        // Only a block with a backslash the byte scan reads outside a string;
                        // everything before it agrees.
                        let slow = byte_by_byte(&bytes[..fast.0], state, floor);
                        assert_eq!((slow.0, slow.1), (fast.0, fast.1), "{round} {start}");
                        let mut s = fast.1;
                        let block = &bytes[fast.0..fast.0 + BLOCK];
                        let outside = block.iter().any(|&b| {
                            let out = !s.in_string && b == b'\\';
                            byte_by_byte_step(&mut s, b);
                            out
                        });
                        assert!(outside, "{round} {start}: Odd without a stray backslash");
                        checked[2] += 1;
                    }
                    stop => {
                        let slow = byte_by_byte(bytes, state, floor);
                        assert_eq!(fast, slow, "round {round}, start {start}");
                        checked[usize::from(stop == Stop::End)] += 1;
                    }
                }
            }
        }
        // Every way of stopping was met.
        assert!(checked.iter().all(|&n| n > 100), "{checked:?}");
    }

    #[test]
    fn a_run_of_backslashes_across_blocks() {
        // A string whose backslashes run over the end of the first block: an even run
        // escapes nothing after it, an odd one escapes the quote that ends the run.
        for run in 1..=70 {
            let mut text = b"\"".to_vec();
            text.resize(60, b'a');
            text.extend(std::iter::repeat_n(b'\\', run));
            text.extend_from_slice(b"\"]");
            text.resize(3 * BLOCK, b' ');
            text.extend_from_slice(b"\"]");
            text.resize(4 * BLOCK, b' ');
            let state = State {
                depth: 2,
                in_string: false,
                escaped: false,
            };
            let (at, _, stop) = skip(&text, state, 1);
            assert_eq!(stop, Stop::Bracket, "run {run}");
            let expected = if run % 2 == 0 {
                60 + run + 1
            } else {
                3 * BLOCK + 1
            };
            assert_eq!(at, expected, "run {run}");
        }
    }

    #[test]
    fn masks_and_prefix_xor() {
        let mut block = [b'a'; 64];
        block[0] = b'"';
        block[5] = b'[';
        block[17] = b'}';
        block[40] = b'\\';
        block[63] = b']';
        let m = Masks::of(&block);
        assert_eq!(m.quote, 1);
        assert_eq!(m.open, 1 << 5);
        assert_eq!(m.close, 1 << 17 | 1 << 63);
        assert_eq!(m.backslash, 1 << 40);
        assert_eq!(prefix_xor(1 << 2 | 1 << 5), 0b11100);
    }
}
