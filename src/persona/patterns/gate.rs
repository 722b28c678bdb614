//! Which languages' phrases a scan reads.
//!
//! Every text is scanned with the phrases of every language in [`super::lang::PACKS`], so each
//! pack costs every export something: its phrases make each table's automaton larger and
//! slower. The languages of [`GATED`] are read only where they may be spoken: their phrases
//! have automata of their own (`scan.rs`, `Scripts`), built the first time they are needed,
//! and a scan uses them only when its [`Gate`] is open for the language. With the Dutch,
//! Swedish, Polish and Turkish phrases in the automata of every scan, `extract` took 8% more
//! CPU time on the 400 MB benchmark, an English export, and peaked 10 MB higher (README,
//! Performance).
//!
//! The gate is the conversation's ([`Gate::of_conversation`]: the languages its person's first
//! messages may be in), set on the thread that reads the conversation ([`Gate::within`]) and
//! carried to the helper threads of a long one (`crate::par`). A scan outside a conversation
//! (custom instructions, a memory, a title) opens the gate for the languages of its own text.
//! A phrase that a language of [`GATED`] shares with one that is not stays in the automata
//! every scan reads, so the gate never hides what the other languages find.

use std::cell::Cell;

use super::Lang;
use crate::export::{Conversation, Role};

/// Languages whose phrases are read only in text that may be in them, in the order of the
/// gate's bits.
pub(crate) const GATED: [Lang; 4] = [Lang::Nl, Lang::Sv, Lang::Pl, Lang::Tr];

/// The languages of [`GATED`] a scan reads the phrases of, a bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Gate(u8);

thread_local! {
    /// The gate of the conversation being read on this thread, if one is.
    static CURRENT: Cell<Option<Gate>> = const { Cell::new(None) };
}

/// How many of a conversation's first messages from the person [`Gate::of_conversation`]
/// reads, and how many bytes of each: about as much as a scan outside a conversation reads
/// of its text ([`SCAN_SAMPLE_BYTES`]).
const SAMPLE_MESSAGES: usize = 3;
const SAMPLE_BYTES: usize = 100;

/// The bytes of a text a scan outside a conversation reads for its gate ([`Gate::for_scan`]).
const SCAN_SAMPLE_BYTES: usize = 300;

impl Gate {
    /// Whether the phrases of any of these languages are read (bit `i`: `GATED[i]`).
    #[inline]
    pub(crate) fn opens(self, languages: u8) -> bool {
        self.0 & languages != 0
    }

    /// The languages `text` may be in ([`super::detect::gated_languages`]).
    pub(crate) fn of_text(text: &str) -> Gate {
        Gate(super::detect::gated_languages(text))
    }

    /// The languages a conversation may be in: those of its person's first few messages
    /// (their openings), or of its first reply when the person wrote nothing.
    pub(crate) fn of_conversation(c: &Conversation) -> Gate {
        let mut sample = String::new();
        let mut taken = 0;
        let mut reply = None;
        for m in c.thread().filter(|m| !m.hidden) {
            match m.role {
                Role::User if !m.text.trim().is_empty() => {
                    sample.push_str(opening(&m.text));
                    sample.push('\n');
                    taken += 1;
                    if taken == SAMPLE_MESSAGES {
                        break;
                    }
                }
                Role::Assistant if reply.is_none() => reply = Some(opening(&m.text)),
                _ => {}
            }
        }
        if taken == 0 {
            return reply.map_or(Gate::default(), Gate::of_text);
        }
        Gate::of_text(&sample)
    }

    /// Runs `f` with `gate` as this thread's gate (`None`: none), then puts back the one
    /// before, also when `f` panics.
    pub(crate) fn within<R>(gate: Option<Gate>, f: impl FnOnce() -> R) -> R {
        let _restore = Gate::enter(gate);
        f()
    }

    /// Sets `gate` as this thread's until the value returned is dropped.
    pub(crate) fn enter(gate: Option<Gate>) -> impl Drop {
        Restore(CURRENT.replace(gate))
    }

    /// This thread's gate, if one is set (for helper threads to take on).
    pub(crate) fn current() -> Option<Gate> {
        CURRENT.get()
    }

    /// The gate for a scan of `text`: this thread's, else the languages of the text itself.
    pub(crate) fn for_scan(text: &[u8]) -> Gate {
        CURRENT.get().unwrap_or_else(|| {
            // A cut character at the end is left out.
            let head = &text[..text.len().min(SCAN_SAMPLE_BYTES)];
            let head = match std::str::from_utf8(head) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default(),
            };
            Gate::of_text(head)
        })
    }

    /// A gate open for the languages of these bits (tests).
    #[cfg(test)]
    pub(crate) fn from_bits(bits: u8) -> Gate {
        Gate(bits)
    }
}

/// Puts back the gate a thread had ([`Gate::enter`]).
struct Restore(Option<Gate>);

impl Drop for Restore {
    fn drop(&mut self) {
        CURRENT.set(self.0);
    }
}

/// The first [`SAMPLE_BYTES`] bytes of `text` or so, cut at a character's start.
fn opening(text: &str) -> &str {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
