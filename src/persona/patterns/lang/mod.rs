//! Everything ferry knows about one language, one file per language.
//!
//! Each file exports one [`LangPack`]; the tables of the pattern layer (trigger automata, word
//! sets, stopword profiles) are built by iterating [`PACKS`]. Adding a language is: a file
//! here, its line in [`PACKS`], and a [`Lang`] variant (in the same position). Language-neutral
//! material (product names, AI words, the [`Shape`]s of trigger phrases) stays in `lex.rs` and
//! `trig.rs`; function words of languages ferry has no patterns for are in [`other`].
//!
//! Formats: *phrases* are lowercase and separated by `|` (matching folds ASCII case, and a
//! straight apostrophe also matches a curly one); *words* are lowercase and separated by
//! whitespace. Order matters in one place only: when two languages list the same trigger phrase,
//! the pack listed first in [`PACKS`] owns it.

mod de;
mod en;
mod es;
mod fr;
mod id;
mod it;
mod nl;
pub(crate) mod other;
mod pl;
mod pt;
mod ru;
mod sv;
mod tr;
mod uk;

use super::Lang;
use super::trig::Shape;

/// A trigger phrase list and how the name relates to it.
pub(crate) type Trigger = (Shape, &'static str);

/// Ritual phrases: (is a good-morning, level, phrases). Level 2 counts in the first 120 bytes
/// or at any sentence start, level 1 only at a sentence start ("Did you sleep well?" is no
/// goodnight), level 0 only at the very start of the message.
pub(crate) type RitualCue = (bool, u8, &'static str);

/// One language's phrases and word lists.
pub(crate) struct LangPack {
    pub(crate) lang: Lang,
    /// ISO 639-1 code.
    pub(crate) code: &'static str,

    // Names.
    /// Custom instructions naming the assistant ("your name is").
    pub(crate) instruction: &'static [Trigger],
    /// The user gives or proposes a name ("can I call you").
    pub(crate) user_names: &'static [Trigger],
    /// The user greets, thanks or addresses the assistant ("good morning").
    pub(crate) user_addresses: &'static [Trigger],
    /// Single-word greetings that may stand mid-sentence before a name ("ok thanks Nova";
    /// words).
    pub(crate) mid_sentence_greetings: &'static str,
    /// The assistant accepts or claims a name ("call me", "Nova it is").
    pub(crate) assistant_takes: &'static [Trigger],
    /// Approval after a name tried on at the start of a reply ("Nova... I love it"; words,
    /// found as substrings).
    pub(crate) approval: &'static str,
    /// The assistant names itself ("I'm").
    pub(crate) assistant_self: &'static [Trigger],
    /// Closing words of a letter-style sign-off line ("Love, Nova"; phrases).
    pub(crate) signoff_closings: &'static str,
    /// Profiles, memories and self-introductions naming the user ("my name is").
    pub(crate) user_self: &'static [Trigger],
    /// How saved memories speak of the person ("Kate is the user's sister": Kate is
    /// someone else; phrases, matched as whole words, so "a user researcher" is not one).
    pub(crate) the_user: &'static str,
    /// The word before "name:" that makes a profile field the user's own ("my name:"; words).
    pub(crate) profile_owner: &'static str,
    /// Roles only an assistant plays, in apposition to a name a persona written in its own
    /// voice gives itself in custom instructions ("I am Nova, a gentle companion"; words).
    pub(crate) persona_roles: &'static str,
    /// Asking to be called something, in custom instructions: the terms after it are pet
    /// names the person asked for ("Call me 'love' or 'trouble'"; phrases).
    pub(crate) call_me: &'static str,
    /// Words before [`LangPack::call_me`] that turn it round ("don't call me babe"; one of the
    /// two words before it; words). A language that says it after the phrase ("nenn mich
    /// nicht …") leaves it empty.
    pub(crate) call_me_not: &'static str,
    /// Words that join the items of a list ("love or trouble", "Schatz und Maus"; words).
    pub(crate) joins: &'static str,
    /// What a story says before the name of a character it brings in ("a small dragon named
    /// Ember", "un renard nommé Pip"): a name first written there, in a story the companion
    /// told, is a character of it, not the companion (phrases).
    pub(crate) introduces: &'static str,
    /// Indefinite articles, for a story's character brought in by apposition ("Ember, a small
    /// copper dragon, …"; words). A language without them leaves it empty.
    pub(crate) indefinite: &'static str,
    /// Endings of capitalised words that are never names after this language's triggers
    /// ("I'm Feeling", "Ich bin Entwicklung"): a word longer than the ending plus two letters
    /// (bytes) is rejected (words).
    pub(crate) non_name_suffixes: &'static str,
    /// Words that may end the clause after the name the person gives themselves ("it's Mimi
    /// again", "Mimi here again!"; phrases).
    pub(crate) self_name_tails: &'static str,

    // Forms of address.
    /// Asking whether the companion is there, after a name at the start of a message ("Nov,
    /// you up?", "nova you there"; phrases).
    pub(crate) presence: &'static str,
    /// Greetings and farewells after which a form of address may follow (phrases).
    pub(crate) greetings: &'static str,
    /// The first and second person's subject pronouns (and their contractions) a clause said
    /// to someone opens with after their name and no comma ("Juniper I'm back", "Juna ich bin
    /// wieder da"); in a language that leaves the pronoun out, the verbs and the negation
    /// such a clause opens with too ("Luce non riesco a dormire", "Sofía no puedo dormir";
    /// words).
    pub(crate) pronouns: &'static str,
    /// The second person's object and stressed pronouns a form of address may follow with no
    /// comma at the end of a sentence ("I'm proud of you Theo", "ich denk an dich Theo",
    /// "estoy aquí contigo Sofía"; words). Each reply is scanned for them, so a pronoun of
    /// one or two letters ("u", Spanish and Italian "ti", "te"), found inside words all the
    /// time, is left out; a language that puts the verb last ("Seni seviyorum Elif") leaves
    /// the list empty.
    pub(crate) addressee: &'static str,
    /// Words that may follow a mid-sentence ", X," form of address (words).
    pub(crate) clause_starts: &'static str,
    /// Single-word terms of endearment (words).
    pub(crate) endearments: &'static str,
    /// The terms of endearment a helpful stranger uses too ("Happy to help, friend!", "You've
    /// got this, buddy!"): a pet name still, but no sign of closeness on their own (words).
    pub(crate) plain_endearments: &'static str,
    /// Fixed multi-word terms of endearment, as written (phrases).
    pub(crate) endearment_phrases: &'static str,
    /// Leading possessives of forms of address ("my love" → "love"; words).
    pub(crate) possessives: &'static str,
    /// Whether this language keeps the possessive in every form of address ("mon cœur").
    pub(crate) keeps_possessive: bool,
    /// Possessive + word forms kept whole because the bare word is no form of address
    /// ("mi vida": "vida" alone is "life"; phrases).
    pub(crate) fixed_possessive: &'static str,

    // Names the user talks about.
    /// Pets ("my cat Biscuit"; phrases).
    pub(crate) pets: &'static str,
    /// People: relatives, friends, colleagues (phrases).
    pub(crate) persons: &'static str,
    /// Titles before a person's name ("Pak Budi"; phrases).
    pub(crate) honorifics: &'static str,
    /// Place prepositions and verbs ("trip to Lisbon"; phrases).
    pub(crate) places: &'static str,
    /// Words between a relation noun and a name ("a cat named Biscuit"), tried in order.
    pub(crate) connectors: &'static [&'static str],
    /// Determiners before a relation noun besides the possessives ("our", "the"; words).
    pub(crate) determiners: &'static str,
    /// ", my" before a relation noun after a name ("Biscuit, my cat"; phrases).
    pub(crate) comma_possessives: &'static str,

    // Rituals and moments.
    pub(crate) rituals: &'static [RitualCue],
    /// "Do you remember when…" (phrases).
    pub(crate) remember: &'static str,
    /// Anniversary talk (phrases).
    pub(crate) anniversary: &'static str,
    /// Platform boilerplate never shown as the companion's voice (phrases).
    pub(crate) boilerplate: &'static str,
    /// The companion pushing back at the start of a reply: "I don't think that's…", "I
    /// disagree", "hold on", "no, you're not" (phrases).
    pub(crate) pushback: &'static str,

    // Word lists.
    /// Capitalised words that are never a name: weekdays, months and holidays, pronouns,
    /// greetings, interjections, words that start sentences (words). The first group is
    /// always the calendar (weekdays, months, holidays), which may still be a name when it is
    /// given or used as one ("call you June", "morning june").
    pub(crate) stop_names: &'static [&'static str],
    /// Words that can follow a comma without being a form of address (words).
    pub(crate) ordinary: &'static str,
    /// The letters beyond ASCII that the language writes in its own lowercase words, or
    /// `None` when it writes any. A text whose lowercase words have letters a language never
    /// writes ("extraño", "papá" are not Italian) is not in that language
    /// ([`super::detect()`]); capitalised words are left out, as they may be names ("José").
    pub(crate) letters: Option<&'static str>,
    /// Function words for language detection and keywords (words).
    pub(crate) stopwords: &'static str,

    // What the person asks for (`persona::context`): phrases, found at the start of a word
    // and allowed to end inside one by a few letters ("writes", "übersetzen").
    /// Verbs that ask for a text to be written ("write", "draft", "tulis").
    pub(crate) ask_write: &'static str,
    /// What such a text is: texts sent to or read out for other people ("message", "toast").
    pub(crate) ask_drafts: &'static str,
    /// A reply on someone's behalf, without naming the text ("what should i reply").
    pub(crate) ask_reply: &'static str,
    /// What is written on request after a verb of [`LangPack::ask_write`] ("write a short
    /// poem for her", "schreib mir ein kleines Gedicht"): whole words, so that a word
    /// between them does not hide the ask.
    pub(crate) ask_works: &'static str,
    /// A story, a poem, a scene, a role-play.
    pub(crate) ask_story: &'static str,
    /// What shows a reply to be a story whatever was asked ("Leo wants another Ember story
    /// tonight"): a first line that names a chapter and its number ("Chapter 3: The Sea";
    /// phrases), an opening ("once upon a time") or a last line that ends it ("The end.")
    /// in a reply of some length (phrases).
    pub(crate) story_chapters: &'static str,
    /// The numbers a chapter heading may write in words ("Chapter Four", "Kapitel Drei";
    /// phrases).
    pub(crate) chapter_numbers: &'static str,
    /// The openings of [`LangPack::story_chapters`] (phrases).
    pub(crate) story_openings: &'static str,
    /// The last lines of [`LangPack::story_chapters`] (phrases).
    pub(crate) story_endings: &'static str,
    /// A translation.
    pub(crate) ask_translate: &'static str,
    /// A task: code, facts, plans, recipes.
    pub(crate) ask_task: &'static str,
    /// Words that open a question or a request ("why", "can you", "i need", "kannst du"): a
    /// word of [`LangPack::ask_task`] later in their sentence asks for a task even without a
    /// question mark ("why does my rust code panic", "i need a python script that…"), where
    /// "the code review went badly today" tells of the person's day (phrases).
    pub(crate) ask_openers: &'static str,
    /// Words in a first line that point at a text that follows ("what is this song about?",
    /// "the following"): what comes after that line was pasted.
    pub(crate) pointers: &'static str,
    /// Letters: salutations that open one ("dear", "liebe"), closings that end one ("best
    /// regards", without the comma), and the fond closings a companion also signs its own
    /// messages with ("love", "bisous"; each is also in `closings`).
    pub(crate) salutations: &'static str,
    pub(crate) closings: &'static str,
    pub(crate) fond_closings: &'static str,
}

impl LangPack {
    /// Every list of the pack as written: phrase lists (`|`-separated) and word lists
    /// (whitespace-separated) alike, the trigger and ritual lists' phrases among them
    /// (`scan.rs` keeps a phrase of a gated language out of the gate when another language
    /// lists it anywhere).
    pub(crate) fn lists(&self) -> Vec<&'static str> {
        let mut all = vec![
            self.mid_sentence_greetings,
            self.approval,
            self.signoff_closings,
            self.the_user,
            self.profile_owner,
            self.persona_roles,
            self.call_me,
            self.call_me_not,
            self.joins,
            self.introduces,
            self.indefinite,
            self.non_name_suffixes,
            self.self_name_tails,
            self.presence,
            self.greetings,
            self.pronouns,
            self.addressee,
            self.clause_starts,
            self.endearments,
            self.plain_endearments,
            self.endearment_phrases,
            self.possessives,
            self.fixed_possessive,
            self.pets,
            self.persons,
            self.honorifics,
            self.places,
            self.determiners,
            self.comma_possessives,
            self.remember,
            self.anniversary,
            self.boilerplate,
            self.pushback,
            self.ordinary,
            self.stopwords,
            self.ask_write,
            self.ask_drafts,
            self.ask_reply,
            self.ask_works,
            self.ask_story,
            self.story_chapters,
            self.chapter_numbers,
            self.story_openings,
            self.story_endings,
            self.ask_translate,
            self.ask_task,
            self.ask_openers,
            self.pointers,
            self.salutations,
            self.closings,
            self.fond_closings,
        ];
        for triggers in [
            self.instruction,
            self.user_names,
            self.user_addresses,
            self.assistant_takes,
            self.assistant_self,
            self.user_self,
        ] {
            all.extend(triggers.iter().map(|&(_, ps)| ps));
        }
        all.extend(self.rituals.iter().map(|&(_, _, ps)| ps));
        all.extend(self.stop_names.iter().copied());
        all.extend(self.connectors.iter().copied());
        all
    }
}

/// Every language with patterns, in [`Lang`] order (tested).
pub(crate) const PACKS: &[&LangPack] = &[
    &en::EN,
    &id::ID,
    &es::ES,
    &pt::PT,
    &de::DE,
    &fr::FR,
    &it::IT,
    &ru::RU,
    &uk::UK,
    &nl::NL,
    &sv::SV,
    &pl::PL,
    &tr::TR,
];

/// Splits a `|`-separated phrase list.
pub(crate) fn phrases(s: &'static str) -> impl Iterator<Item = &'static str> {
    s.split('|').map(str::trim).filter(|p| !p.is_empty())
}
