//! Work on one conversation done ahead of time, on the export's parsing threads: the context
//! pass ([`context::read`], with each reply's one scan for the phrases every reply is read for,
//! [`MessageScan`]) always; for `extract` also the messages' name signs
//! ([`names::message_level_signs`]).
//!
//! Both are pure (they depend on the conversation alone), so they run beside the extraction
//! of the conversations before, and give exactly what the extracting thread would have
//! computed: [`Prepared::said`] is what [`context::read`] returns. The speech is kept as a
//! range of the message's text when it is borrowed, so nothing is copied. The one part that
//! depends on the conversations before, the custom instructions' name signs (counted only for
//! a version not seen before), is put in front on the extracting thread
//! ([`Prepared::reading`]), which then runs [`read_conversation`].
//!
//! How much to do ahead was measured (README, Performance): with the name signs here the
//! threads of `extract` take 36% (extracting, with its helpers), 41% (parsing) and 22%
//! (inflating) of the CPU time on the 400 MB benchmark. Doing [`read_conversation`] or the
//! voice's word counts here too made this thread the busiest (its serde and allocation work
//! runs at a lower rate than the extracting thread's), and `read_conversation` also raised
//! the peak RSS. `inspect` reads only the context ahead: its extracting thread has less to do
//! than the parsing one. The messages' scans ([`MessageScan`]) are kept for the extracting
//! thread (the greetings of [`read_conversation`], the voice's tones, the person's rituals and
//! memories): one pass per message instead of up to ten took 10–12% of the instructions
//! off both commands and added about 1–2 MB to their peak RSS at 400 MB (the scans of the
//! long thread's 24,000 messages, held until it is read). The messages of a long conversation are read on several threads
//! ([`crate::par`]) on either side.

use std::borrow::Cow;
use std::ops::Range;

use super::context::{self, Ask, Said};
use super::extract::{Reading, read_conversation};
use super::names;
use super::patterns::MessageScan;
use super::patterns::gate::Gate;
use crate::export::Conversation;

/// A conversation and the reading of its visible thread.
pub(crate) struct Prepared {
    pub(crate) conversation: Conversation,
    /// One per visible message ([`names::visible`]), in order.
    read: Vec<Read>,
    /// The messages' name signs when read ahead, until [`Prepared::take_signs`] takes them.
    signs: Option<names::ConversationSigns>,
    /// The languages its scans read the phrases of ([`Gate::of_conversation`]).
    pub(crate) gate: Gate,
}

/// What [`context::read`] gave for one message, kept: the rest of its [`Said`].
struct Read {
    speech: Speech,
    ask: Ask,
    produced: bool,
    scan: MessageScan,
    characters: Box<[String]>,
}

/// The speech of one message: part of its text, or text of its own (regions cut out).
enum Speech {
    Part(Range<usize>),
    Own(String),
}

impl Prepared {
    /// The context pass only (what `inspect` needs ahead: its extracting thread has less to
    /// do than the parsing one, so the name signs stay there).
    pub(crate) fn new(conversation: Conversation) -> Prepared {
        Prepared::read(conversation, false)
    }

    /// The context pass and the messages' name signs (what `extract` needs ahead).
    pub(crate) fn for_extract(conversation: Conversation) -> Prepared {
        Prepared::read(conversation, true)
    }

    fn read(conversation: Conversation, ahead: bool) -> Prepared {
        let gate = Gate::of_conversation(&conversation);
        let (read, signs) = Gate::within(Some(gate), || {
            let said = context::read(&names::visible(&conversation));
            let signs = ahead.then(|| names::message_level_signs(&conversation, &said));
            let read = said
                .into_iter()
                .map(|s| Read {
                    speech: keep(&s.message.text, s.speech),
                    ask: s.ask,
                    produced: s.produced,
                    scan: s.scan.into_owned(),
                    characters: s.characters,
                })
                .collect();
            (read, signs)
        });
        Prepared {
            conversation,
            read,
            signs,
            gate,
        }
    }

    /// The messages' name signs read ahead (taken once); [`Prepared::reading`] uses them.
    pub(crate) fn take_signs(&mut self) -> Option<names::ConversationSigns> {
        self.signs.take()
    }

    /// What [`read_conversation`] returns for this conversation (`said` is
    /// [`Prepared::said`]) given the signs of [`names::conversation_signs`] with
    /// `new_instructions`, from the signs [`Prepared::take_signs`] took (read again when
    /// they are `None`).
    pub(crate) fn reading(
        &self,
        taken: Option<names::ConversationSigns>,
        said: &[Said<'_>],
        new_instructions: bool,
    ) -> Reading {
        let c = &self.conversation;
        let signs = match taken {
            Some(mut signs) => {
                if new_instructions {
                    names::prepend_instruction_signs(c, &mut signs);
                }
                signs
            }
            None => names::conversation_signs(c, said, new_instructions),
        };
        read_conversation(c, said, signs)
    }

    /// What [`context::read`] returns for the visible thread.
    pub(crate) fn said(&self) -> Vec<Said<'_>> {
        names::visible(&self.conversation)
            .into_iter()
            .zip(&self.read)
            .map(|(message, read)| Said {
                message,
                speech: Cow::Borrowed(match &read.speech {
                    Speech::Part(r) => &message.text[r.clone()],
                    Speech::Own(s) => s,
                }),
                ask: read.ask,
                produced: read.produced,
                scan: Cow::Borrowed(&read.scan),
                characters: read.characters.clone(),
            })
            .collect()
    }
}

/// A borrowed speech as its range in `text` (an owned one, or a borrow from elsewhere, as
/// owned text).
fn keep(text: &str, speech: Cow<'_, str>) -> Speech {
    match speech {
        Cow::Owned(s) => Speech::Own(s),
        Cow::Borrowed(b) => {
            let start = (b.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
            let range = start..start.wrapping_add(b.len());
            match text.get(range.clone()) {
                Some(part) if std::ptr::eq(part, b) => Speech::Part(range),
                _ => Speech::Own(b.to_owned()),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn borrowed_speech_is_a_range_of_the_text() {
        let text = String::from("Hi there. Code: `x`");
        assert!(
            matches!(keep(&text, Cow::Borrowed(&text)), Speech::Part(r) if r == (0..text.len()))
        );
        assert!(matches!(keep(&text, Cow::Borrowed(&text[3..8])), Speech::Part(r) if r == (3..8)));
        let other = String::from("Hi there.");
        assert!(matches!(keep(&text, Cow::Borrowed(&other)), Speech::Own(s) if s == other));
        assert!(matches!(keep(&text, Cow::Owned("x".into())), Speech::Own(s) if s == "x"));
    }
}
