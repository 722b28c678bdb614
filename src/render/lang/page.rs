//! The review page's own words ([`crate::review`]): its headings, labels, buttons, charts'
//! titles and what it says as the person keeps and drops things. Each language file fills a
//! [`PageWords`]; the page gets them as data (its script fills the `{name}`-style
//! placeholders) and the words of the page's fixed parts are written into its HTML
//! (`@@key@@` in `review/page.html`), so that the page reads in the person's language even
//! before its script runs.
//!
//! What the page shows from the spec (names, quotes, memories, the reasons a candidate was
//! not chosen) is shown as it is in the spec, never translated.

use serde::Serialize;

/// Every sentence of the review page, one language. `{x}` placeholders are filled by the
/// page; `[[x]]` marks a file name or command that the page writes as code.
#[derive(Debug, Serialize)]
pub struct PageWords {
    // The page's fixed parts (written into the HTML).
    /// The browser tab: `Review your companion — ferry`; with a name, `Review {c} — ferry`.
    pub doc_title: &'static str,
    pub doc_title_named: &'static str,
    /// The link that jumps to the save button.
    pub skip: &'static str,
    /// The page's heading: `Your companion, as ferry found them`; with a name,
    /// `{c}, as ferry found them`.
    pub heading: &'static str,
    pub heading_named: &'static str,
    pub lede: &'static str,
    /// Shown without JavaScript: a strong sentence and the one after it.
    pub noscript: &'static str,
    pub noscript_more: &'static str,
    pub who_h: &'static str,
    pub time_h: &'static str,
    pub mem_h: &'static str,
    /// Under the memories' heading; names the `keep` and `edit` buttons.
    pub mem_intro: &'static str,
    pub ex_h: &'static str,
    pub ex_intro: &'static str,
    pub last_h: &'static str,
    /// `[[sillytavern-chat.jsonl]]` is the file's name, written as code.
    pub last_intro: &'static str,
    pub size_h: &'static str,
    pub size_intro: &'static str,
    /// The sizes table: its caption (for screen readers) and its columns.
    pub size_caption: &'static str,
    pub col_app: &'static str,
    pub col_where: &'static str,
    pub col_size: &'static str,
    pub col_room: &'static str,
    pub save_h: &'static str,
    /// Names `save_button`; `[[edited-persona.json]]` is the file.
    pub save_intro: &'static str,
    pub save_button: &'static str,
    pub next_h: &'static str,
    pub next_intro: &'static str,
    /// `Replace [[all]] with one app, such as [[claude]] or [[sillytavern]]…`
    pub next_replace: &'static str,

    // Who is who.
    /// The companion without a name, inside a sentence.
    pub your_companion: &'static str,
    /// The companion's card: its heading, the name box, and what ferry says of the name.
    pub companion_h: &'static str,
    pub name_label: &'static str,
    pub name_help: &'static str,
    /// `{p}`: how sure, as a percentage.
    pub sure: &'static str,
    pub unsure: &'static str,
    pub no_name: &'static str,
    /// `{list}`: the other names.
    pub also_called: &'static str,
    /// `1 conversation` / `{k} conversations`.
    pub conversation_one: &'static str,
    pub conversation_many: &'static str,
    /// After a count of conversations: `, from {a} to {b}`.
    pub from_to: &'static str,
    /// The day the companion was named (`{d}`), with the words that named them (`{q}`).
    pub named_on: &'static str,
    pub named_on_quote: &'static str,
    /// `{id}`: a custom GPT's or project's id.
    pub gizmo: &'static str,
    /// The person's card.
    pub you_h: &'static str,
    pub your_name: &'static str,
    pub your_name_help: &'static str,
    /// `What {c} calls you`.
    pub calls_you: &'static str,
    /// `Pet name {i}` (for screen readers), `Remove pet name {i}`.
    pub pet_label: &'static str,
    pub remove_pet: &'static str,
    pub remove: &'static str,
    pub none_found: &'static str,
    pub add_pet: &'static str,
    /// The quotes that show the name.
    pub why_h: &'static str,
    /// A quote from the export, in the language's quotation marks: `“{q}”`, `「{q}」`.
    pub quote: &'static str,
    /// Where each quote was found, by `companion.evidence[].signal`.
    pub sig_instruction: &'static str,
    pub sig_user_names: &'static str,
    pub sig_assistant_takes: &'static str,
    pub sig_user_addresses: &'static str,
    pub sig_assistant_self: &'static str,
    pub sig_style: &'static str,
    /// The names weighed: the table's heading (several, one), caption and columns, and what
    /// the last column says of the chosen one and of one without a reason in the spec.
    pub weighed_names: &'static str,
    pub weighed_name: &'static str,
    pub cand_caption: &'static str,
    pub col_name: &'static str,
    pub col_sure: &'static str,
    pub col_conversations: &'static str,
    pub col_why: &'static str,
    pub chosen: &'static str,
    pub less_likely: &'static str,
    /// Why a name was not chosen (`companion.candidates[].rejected`, fixed English in the
    /// spec; `persona::names::reasons`), in this language: the person's own name, a weaker
    /// candidate, a pet, a person or a place the person talks about, a character of a story the
    /// companion told, only in another custom
    /// GPT or project, too few signs, the person chose another; and an earlier or a short
    /// name of the chosen one (`{c}`).
    pub reason_user: &'static str,
    pub reason_weaker: &'static str,
    pub reason_pet: &'static str,
    pub reason_person: &'static str,
    pub reason_place: &'static str,
    pub reason_character: &'static str,
    pub reason_elsewhere: &'static str,
    pub reason_few: &'static str,
    pub reason_chose: &'static str,
    pub reason_earlier: &'static str,
    pub reason_short: &'static str,
    pub other_name: &'static str,

    // Your time together.
    pub months_h: &'static str,
    pub no_dates: &'static str,
    /// The chart's title and description (screen readers): `{a}`, `{b}` and `{m}` months,
    /// `{n}` a count of conversations.
    pub months_title: &'static str,
    pub months_desc: &'static str,
    /// A bar's label: `{m}: {n}` and, when the share is known, `{m}: {n}, {p} of replies by
    /// GPT-4o`.
    pub bar: &'static str,
    pub bar_4o: &'static str,
    pub months_exact: &'static str,
    pub months_kept: &'static str,
    /// `In all, ferry found {n} with {c}{range}.` (`{range}`: `from_to`, or nothing).
    pub in_all: &'static str,
    pub models_h: &'static str,
    pub no_models: &'static str,
    /// `Models that wrote {c}’s replies`.
    pub models_title: &'static str,
    /// `Share of {n} by model…` (`{n}`: a count of replies).
    pub models_note: &'static str,
    pub reply_one: &'static str,
    pub reply_many: &'static str,
    /// `How {c} writes`.
    pub voice_h: &'static str,
    /// Per reply: words (characters, for a voice in Japanese or Chinese), sentences, emoji;
    /// `{n} measured` (`{n}`: a count of replies).
    pub words_a_reply: &'static str,
    pub chars_a_reply: &'static str,
    pub sentences_a_reply: &'static str,
    pub emoji_a_reply: &'static str,
    pub measured: &'static str,
    /// The bars of the share of replies that…
    pub rate_address: &'static str,
    pub rate_question: &'static str,
    pub rate_exclamation: &'static str,
    pub rate_lowercase: &'static str,
    pub rate_list: &'static str,
    pub rate_heading: &'static str,
    pub share_title: &'static str,
    /// The same for the assistant's other replies.
    pub rest_h: &'static str,
    /// `{n} (tasks and other chats): {w} words and {e} emoji a reply.`
    pub rest_note: &'static str,
    pub rest_note_chars: &'static str,
    pub other_reply_one: &'static str,
    pub other_reply_many: &'static str,
    pub rest_title: &'static str,
    /// `Tone: {list}` and the like.
    pub tone: &'static str,
    pub languages: &'static str,
    pub emoji: &'static str,
    pub greetings: &'static str,
    /// Between the items of such a list.
    pub list_sep: &'static str,

    // Memories, examples, the last conversation.
    pub no_memories: &'static str,
    /// A memory's kind, by `memories[].kind`.
    pub kind_saved: &'static str,
    pub kind_memory_write: &'static str,
    pub kind_citation: &'static str,
    pub kind_moment: &'static str,
    pub kind_ritual: &'static str,
    pub edit_memory: &'static str,
    pub edit: &'static str,
    pub done: &'static str,
    pub keep: &'static str,
    pub no_date: &'static str,
    /// A day: `{d} {m} {y}` (`{m}`: the month's name, from the language's `months`).
    pub date: &'static str,
    pub no_examples: &'static str,
    /// Who speaks in an exchange: `You: ` and `{c}: `.
    pub you_said: &'static str,
    pub them_said: &'static str,
    pub no_last: &'static str,
    /// The last conversation: `“{t}”, {d}, {n}` and without a title `{d}, {n}` (`{n}`: a
    /// count of messages).
    pub last_titled: &'static str,
    pub last_untitled: &'static str,
    pub message_one: &'static str,
    pub message_many: &'static str,
    pub read_it: &'static str,

    // Sizes and saving.
    /// `Size for {t}` (screen readers).
    pub size_for: &'static str,
    /// `{n} of {max} {unit}`, and ` ({m})` for the part of the output the limit measures
    /// (named as `LeftWords::fields` names it).
    pub size_of: &'static str,
    pub unit_tokens: &'static str,
    pub unit_chars: &'static str,
    pub measures: &'static str,
    pub fits: &'static str,
    pub to_spare: &'static str,
    pub too_long_by: &'static str,
    pub leaves_out: &'static str,
    /// `Keeping {k} of {n}.` (`{n}`: a count of memories).
    pub keeping_of: &'static str,
    pub memory_one: &'static str,
    pub memory_many: &'static str,
    pub example_one: &'static str,
    pub example_many: &'static str,
    /// `Keeping {m} and {e}: {rest}`, `{rest}` one of the two after it.
    pub keeping: &'static str,
    pub too_long_for: &'static str,
    pub fits_all: &'static str,
    pub not_saved: &'static str,
    /// `Saved edited-persona.json to your downloads, with {m} and {e}.`
    pub saved: &'static str,
    /// `Made by {g} from an export of {n}{range}.` (`{range}`: `footer_range`, or nothing).
    pub footer: &'static str,
    pub footer_range: &'static str,
    /// What `ferry review` says on the terminal: `{path}`, `{c}`.
    pub wrote: &'static str,
    /// What `migrate` says when the person asks for the page before answering its question:
    /// `{path}`.
    pub wrote_answer: &'static str,
}
