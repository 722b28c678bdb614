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
//!
//! The same reading of the person's first messages gives the languages the conversation may
//! be in ([`name_langs`]). A word is ordinary, and no name, by the word lists of those
//! languages only: "Ben", "Dan", "Per" and "Nel" are function words of Turkish, Indonesian,
//! Italian, but names in an English conversation ("my name is Ben", "Goodnight, Dan.").

use std::cell::Cell;

use super::Lang;
use super::lex::ALL_LANGS;
use crate::export::{Conversation, Role};

/// Languages whose phrases are read only in text that may be in them, in the order of the
/// gate's bits.
pub(crate) const GATED: [Lang; 4] = [Lang::Nl, Lang::Sv, Lang::Pl, Lang::Tr];

/// The languages of [`GATED`] a scan reads the phrases of, a bit each, and the languages the
/// text read may be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Gate {
    /// Bit `i`: `GATED[i]`.
    gated: u8,
    /// The profile languages the text may be in, a bit each (`lex::profile_lang`); 0: too
    /// little to tell.
    langs: u32,
}

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
        self.gated & languages != 0
    }

    /// The languages `text` may be in ([`super::detect::languages`]).
    pub(crate) fn of_text(text: &str) -> Gate {
        let (gated, langs) = super::detect::languages(text);
        Gate { gated, langs }
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

    /// A gate open for the languages of these bits (tests), the languages not known.
    #[cfg(test)]
    pub(crate) fn from_bits(bits: u8) -> Gate {
        Gate {
            gated: bits,
            langs: 0,
        }
    }

    /// The profile languages the text may be in (0: not known).
    #[cfg(test)]
    pub(crate) fn langs(self) -> u32 {
        self.langs
    }
}

/// The languages whose word lists tell whether a word is a name or an ordinary word
/// (`words.rs`), a bit per profile language: the language of the phrase that found the word
/// when one did ("my name is Dan": English), else those the conversation being read may be in
/// ([`Gate::of_conversation`]) and English, which chat in every language borrows from ("okay",
/// "sorry"). Every language outside a conversation, or when its languages are not known.
pub(crate) fn name_langs(phrase: Option<Lang>) -> u32 {
    if let Some(lang) = phrase {
        return 1 << lang as u32;
    }
    match CURRENT.get() {
        Some(gate) if gate.langs != 0 => gate.langs | 1 << Lang::En as u32,
        _ => ALL_LANGS,
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
