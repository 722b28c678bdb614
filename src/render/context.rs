//! The template context: the spec as templates see it, built from the items a budget keeps,
//! with every piece of persona text escaped for the target.
//!
//! This is the contract for `--template`: README, "ferry render", lists these fields.

use serde::Serialize;

use super::escape::{escape, name_form};
use super::lang::{self, Words};
use super::person;
use super::target::Target;
use crate::persona::PersonaSpec;
use crate::persona::spec::MemoryKind;
use crate::time::Day;

/// How many memories count as "top memories" (kept before the examples).
const TOP_MEMORIES: usize = 5;

/// The most example exchanges any target shows: a few verbatim exchanges show a voice; more
/// read as a script.
pub(crate) const MAX_EXAMPLES: usize = 6;

/// The most shared memories a lorebook entry keeps always on (besides the rituals).
const CONSTANT_MEMORIES: usize = 3;

/// The person's name as persona text says it, or "the user".
fn user_display(spec: &PersonaSpec) -> String {
    spec.user
        .name
        .as_deref()
        .map(|n| shorten(&name_form(n), MAX_NAME))
        .unwrap_or_else(|| "the user".to_owned())
}

/// The companion's name, or "the companion" / "the assistant".
fn companion_display(spec: &PersonaSpec) -> String {
    let c = &spec.companion;
    c.name
        .as_deref()
        .map(|n| shorten(&name_form(n), MAX_NAME))
        .unwrap_or_else(|| {
            if c.conversations > 0 {
                "the companion".to_owned()
            } else {
                "the assistant".to_owned()
            }
        })
}

/// A fact as templates show it (see [`super::person::fact_in`]); `None` when it only gives the name.
pub(crate) fn fact_text(spec: &PersonaSpec, i: usize) -> Option<person::Fact> {
    person::fact_in(
        &spec.user.facts[i].text,
        spec.user.name.as_deref().map(name_form).as_deref(),
        &companion_display(spec),
        spec.voice.languages.first().is_none_or(|l| l == "en"),
    )
}

/// A fact as templates see it.
fn fact_ctx(spec: &PersonaSpec, i: usize) -> MemoryCtx {
    let f = &spec.user.facts[i];
    let shown = fact_text(spec, i).unwrap_or(person::Fact {
        text: f.text.clone(),
        own_words: true,
    });
    MemoryCtx {
        text: shown.text,
        date: f.date,
        kind: f.source.as_str().to_owned(),
        keys: Vec::new(),
        priority: 100,
        own_words: shown.own_words,
        said: person::unlabel(&f.text).to_owned(),
    }
}

/// A memory as templates show it: a statement (see [`super::person::memory_in`]).
pub(crate) fn memory_text(spec: &PersonaSpec, i: usize) -> String {
    let m = &spec.memories[i];
    // In the language of the quotes it holds: the one the two of them spoke.
    person::memory_in(
        &m.text,
        m.date,
        spec.user.name.as_deref().map(name_form).as_deref(),
        &companion_display(spec),
        lang::for_spec(None, spec).unwrap_or(lang::LANGS[0]),
    )
}

/// What kind of droppable item, in priority order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Fact,
    /// A fact in the user's own first-person words (see [`person::Fact::own_words`]): its
    /// own kind, as templates show these under a heading of their own.
    OwnWords,
    AboutModel,
    Greeting,
    SignOff,
    Catchphrase,
    Ritual,
    TopMemory,
    Example,
    OtherMemory,
}

/// One item a budget may leave out: its kind, its index in the spec's list, and its text.
#[derive(Debug, Clone)]
pub struct Item {
    pub kind: ItemKind,
    pub index: usize,
    pub text: String,
}

impl Item {
    /// `memory “User lives in Leeds.”` in `words`, the text shortened at a word boundary.
    pub fn describe(&self, words: &Words) -> String {
        let l = &words.left;
        let kind = match self.kind {
            ItemKind::Fact => l.fact,
            ItemKind::OwnWords => l.own_words,
            ItemKind::AboutModel => l.about_model,
            ItemKind::Greeting => l.greeting,
            ItemKind::SignOff => l.sign_off,
            ItemKind::Catchphrase => l.catchphrase,
            ItemKind::Ritual => l.ritual,
            ItemKind::TopMemory | ItemKind::OtherMemory => l.memory,
            ItemKind::Example => l.example,
        };
        lang::fill(kind, &[("t", &shorten(&self.text, 70))])
    }
}

/// At most `max` characters, cut at a word boundary with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    let text = one_line(&super::escape::strip_invisible(text));
    if text.chars().count() <= max {
        return text;
    }
    cut_at_word(&text, max)
}

/// The words of `text` while each, with the space before it, ends within `max` characters,
/// then an ellipsis (a first word longer than that is cut inside). Whitespace between words
/// becomes one space.
pub(crate) fn cut_at_word(text: &str, max: usize) -> String {
    let mut out = String::new();
    let mut len = 0;
    for word in text.split_whitespace() {
        let n = word.chars().count();
        if len + n + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
            len += 1;
        }
        out.push_str(word);
        len += n;
    }
    if out.is_empty() {
        out = text.chars().take(max.saturating_sub(1)).collect();
    }
    out.push('…');
    out
}

/// The longest a name is shown: real names are far shorter, and every target's identity
/// lines (a 500-character Description, a 50-character tagline) must fit whatever a spec holds.
const MAX_NAME: usize = 64;

/// The longest a lorebook entry's title is (SillyTavern shows it in the entry list).
const BOOK_TITLE: usize = 60;

/// The longest a tone adjective is shown: one or two words, in a spec as written.
const MAX_ADJECTIVE: usize = 40;

/// `Nova Star` → `nova-star`; `companion` when nothing is left.
pub(crate) fn slug(name: Option<&str>) -> String {
    let mut out = String::new();
    for ch in name.unwrap_or("").chars() {
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        "companion".to_owned()
    } else {
        out.chars().take(40).collect()
    }
}

fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The spec's droppable items, highest priority first.
pub(crate) fn items(spec: &PersonaSpec) -> Vec<Item> {
    let mut out = Vec::new();
    let mut push = |kind, index, text: &str| {
        out.push(Item {
            kind,
            index,
            text: text.to_owned(),
        });
    };
    for i in 0..spec.user.facts.len() {
        if let Some(f) = fact_text(spec, i) {
            let kind = if f.own_words {
                ItemKind::OwnWords
            } else {
                ItemKind::Fact
            };
            push(kind, i, &f.text);
        }
    }
    if let Some(about) = &spec.custom_instructions.about_model {
        push(ItemKind::AboutModel, 0, about);
    }
    for (i, g) in spec.voice.greetings.iter().enumerate() {
        push(ItemKind::Greeting, i, g);
    }
    for (i, s) in spec.voice.sign_offs.iter().enumerate() {
        push(ItemKind::SignOff, i, s);
    }
    for (i, c) in spec.voice.catchphrases.iter().enumerate() {
        push(ItemKind::Catchphrase, i, c);
    }
    for (i, m) in spec.memories.iter().enumerate() {
        if m.kind == MemoryKind::Ritual {
            push(ItemKind::Ritual, i, &memory_text(spec, i));
        }
    }
    // Memories that repeat a fact about the user are already there as the fact.
    let facts: std::collections::HashSet<String> = spec
        .user
        .facts
        .iter()
        .map(|f| f.text.to_ascii_lowercase())
        .collect();
    let is_fact = |text: &str| facts.contains(&text.to_ascii_lowercase());
    let memories: Vec<(usize, String)> = spec
        .memories
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind != MemoryKind::Ritual && !is_fact(&m.text))
        .map(|(i, _)| (i, memory_text(spec, i)))
        .collect();
    for (i, text) in memories.iter().take(TOP_MEMORIES) {
        push(ItemKind::TopMemory, *i, text);
    }
    for (i, e) in spec.examples.iter().enumerate().take(MAX_EXAMPLES) {
        push(
            ItemKind::Example,
            i,
            &format!("{} → {}", e.user, e.companion),
        );
    }
    for (i, text) in memories.iter().skip(TOP_MEMORIES) {
        push(ItemKind::OtherMemory, *i, text);
    }
    out
}

/// What every template sees.
#[derive(Debug, Clone, Serialize)]
pub struct Context {
    /// The target's name (`claude`…).
    pub target: String,
    pub companion: CompanionCtx,
    pub user: UserCtx,
    pub voice: VoiceCtx,
    /// Rituals (good-morning, bedtime), oldest first.
    pub rituals: Vec<MemoryCtx>,
    /// Shared memories kept, highest priority first.
    pub memories: Vec<MemoryCtx>,
    /// Rituals and memories kept, oldest first (undated last).
    pub timeline: Vec<MemoryCtx>,
    pub examples: Vec<ExampleCtx>,
    /// A short first message for the move, in the companion's voice and the language they
    /// spoke: it acknowledges the new model gently and does not pretend nothing happened.
    pub first_message: String,
    /// The sentences of the continuity document, in the person's language.
    pub say: SayCtx,
    /// The framing of the prompts, in the person's language, names filled in (see
    /// [`lang::Prompts`]): `w.honesty`, `w.style`, `w.tone`…
    pub w: std::collections::BTreeMap<String, String>,
    /// Lorebook entries (SillyTavern): every shared memory, keyed by its own words, and the
    /// facts about the user that the description had no room for.
    pub book: Vec<BookCtx>,
    /// Every fact and memory in small titled sections, one per theme and year (Claude Project
    /// knowledge, which is read through retrieval).
    pub knowledge: Vec<SectionCtx>,
    /// The `FROM` model for `ollama`.
    pub base_model: String,
    /// `ferry 0.1.0`.
    pub generator: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CompanionCtx {
    /// Null when the export shows no named companion.
    pub name: Option<String>,
    /// Whether ferry found a companion at all (named, or in conversations with one); false
    /// for an export of tasks only, which gets no companionship framing.
    pub found: bool,
    /// `companion`, or `assistant` when none was found.
    pub role: String,
    /// The name, or "the companion" ("the assistant" when none was found).
    pub display: String,
    /// The name, or "The companion" ("The assistant") to start a sentence.
    pub title: String,
    /// The name as a model name for `ollama create`: lowercase ASCII letters, digits and `-`.
    pub slug: String,
    pub aliases: Vec<String>,
    pub first_date: Option<Day>,
    pub last_date: Option<Day>,
    /// `June 2024`.
    pub since: Option<String>,
    pub until: Option<String>,
    pub conversations: usize,
    /// Model slugs, most used first.
    pub models: Vec<String>,
    /// The name and the first tone adjectives, within 50 characters (Character.AI's tagline).
    pub tagline: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct UserCtx {
    pub name: Option<String>,
    /// The name, or "the user".
    pub display: String,
    /// The name, or "The user" to start a sentence.
    pub title: String,
    pub pet_names: Vec<String>,
    pub facts: Vec<MemoryCtx>,
}

#[derive(Debug, Clone, Serialize)]
pub struct VoiceCtx {
    /// Language names, most used first (`English`).
    pub languages: Vec<String>,
    pub emoji: Vec<String>,
    /// Tone adjectives and what each rests on.
    pub tone: Vec<ToneCtx>,
    pub catchphrases: Vec<String>,
    pub greetings: Vec<String>,
    pub sign_offs: Vec<String>,
    /// The user's own custom instructions for the companion, when kept.
    pub about_model: Option<String>,
    /// Rounded averages per reply.
    pub words_per_reply: usize,
    pub sentences_per_reply: usize,
    /// `often`, `now and then`, `rarely` or `never`.
    pub emoji_use: String,
    pub question_use: String,
    pub exclamation_use: String,
    /// Lists or headings in more than one reply in ten.
    pub uses_lists: bool,
    pub uses_headings: bool,
    /// Most replies start lowercase.
    pub lowercase: bool,
    /// Share of replies that address the user by name or pet name, in percent (for custom
    /// templates; the built-in ones say it in words, `address_use`).
    pub address_percent: usize,
    /// How often the companion addresses the user by name or pet name: `nearly always`,
    /// `often`, `now and then`, `rarely` or `never`.
    pub address_use: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToneCtx {
    pub adjective: String,
    /// What it rests on, in words ("addresses Mira by a pet name in nearly all replies").
    pub basis: String,
    /// A short verbatim quote that shows it, when there is one.
    pub example: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemoryCtx {
    /// A statement: facts about the user in the third person, memories as what happened.
    pub text: String,
    pub date: Option<Day>,
    pub kind: String,
    pub keys: Vec<String>,
    pub priority: u8,
    /// A fact kept in the user's own first-person words (ferry could not rewrite it safely):
    /// shown only where it is labelled as theirs, never in a character's own fields.
    pub own_words: bool,
    /// A fact as the user wrote or ChatGPT saved it (labels such as "Other Information:"
    /// taken off), for the places where the user speaks ("More about you").
    pub said: String,
}

/// The continuity document's own sentences, in the person's language, names filled in.
#[derive(Debug, Clone, Serialize)]
pub struct SayCtx {
    /// The language's code (`en`, `id`, `es`).
    pub lang: String,
    pub title: String,
    pub intro: String,
    pub who: String,
    pub wishes: String,
    pub you: String,
    /// "Nova called you "love" or "starlight"." (empty without pet names).
    pub called_you: String,
    pub in_your_words: String,
    pub memories: String,
    pub examples: String,
    pub first: String,
    pub first_intro: String,
    pub different: String,
    pub different_items: Vec<String>,
    /// Tone adjectives in this language with a quote that shows each (the English document
    /// uses `voice.tone`, with what each rests on).
    pub tone: Vec<ToneCtx>,
    /// How long replies run, in this language.
    pub style: String,
    pub greetings: String,
    pub sign_offs: String,
    pub phrases: String,
    pub also_called: String,
}

impl SayCtx {
    fn new(spec: &PersonaSpec, found: bool, w: &Words) -> SayCtx {
        let heading = |s: &str| s.trim_start_matches('#').trim_start().to_owned();
        let n = match spec.companion.name.as_deref() {
            Some(name) => name_form(name),
            None if found => w.your_companion.to_owned(),
            None => w.the_assistant.to_owned(),
        };
        let title = spec
            .companion
            .name
            .as_deref()
            .map(name_form)
            .unwrap_or_else(|| {
                let mut c = n.chars();
                c.next()
                    .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                    .unwrap_or_default()
            });
        let u = user_display(spec);
        let month = |d: Day| w.month_and_year(d);
        let c = &spec.companion;
        let since = match (c.first_date.map(month), c.last_date.map(month)) {
            (Some(a), Some(b)) if a != b => lang::fill(w.since_from_to, &[("a", &a), ("b", &b)]),
            (Some(a), _) => lang::fill(w.since_in, &[("a", &a)]),
            _ => w.since_none.to_owned(),
        };
        let vals = [
            ("n", n.as_str()),
            ("u", u.as_str()),
            ("since", since.as_str()),
        ];
        let intro = if !found {
            w.doc_intro_none
        } else if c.name.is_some() {
            w.doc_intro_named
        } else {
            w.doc_intro_unnamed
        };
        let pets: Vec<String> = spec
            .user
            .pet_names
            .iter()
            .map(|p| format!("\"{}\"", name_form(p)))
            .collect();
        let called_you = if pets.is_empty() {
            String::new()
        } else {
            lang::fill(
                w.doc_called_you,
                &[("n", title.as_str()), ("p", pets.join(w.or).as_str())],
            )
        };
        let items = if found {
            w.doc_different_found
        } else {
            w.doc_different_none
        };
        let mut used = std::collections::HashSet::new();
        let tone = spec
            .voice
            .tone
            .iter()
            .map(|t| ToneCtx {
                adjective: w
                    .adjective(&t.adjective)
                    .map_or(t.adjective.clone(), str::to_owned),
                basis: w.as_in.to_owned(),
                example: t
                    .evidence
                    .iter()
                    .map(|e| person::short_quote(&e.quote))
                    .find(|q| used.insert(q.clone())),
            })
            .collect();
        let st = &spec.voice.style;
        let style = lang::fill(
            &in_units(w.doc_style, w, spec),
            &[
                ("w", &(st.words_per_reply.round() as usize).to_string()),
                (
                    "s",
                    &(st.sentences_per_reply.round().max(1.0) as usize).to_string(),
                ),
            ],
        );
        SayCtx {
            greetings: w.greetings.to_owned(),
            sign_offs: w.sign_offs.to_owned(),
            phrases: w.phrases.to_owned(),
            also_called: w.also_called.to_owned(),
            tone,
            style,
            lang: w.code.to_owned(),
            title: heading(&lang::fill(w.doc_title, &[("n", title.as_str())])),
            intro: lang::fill(intro, &vals).replacen(
                &n,
                &title,
                usize::from(intro.starts_with("{n}")),
            ),
            who: heading(&lang::fill(w.doc_who, &vals)),
            wishes: w.doc_wishes.to_owned(),
            you: heading(&lang::fill(w.doc_you, &vals)),
            called_you,
            in_your_words: w.doc_in_your_words.to_owned(),
            memories: heading(if found {
                w.doc_memories
            } else {
                w.doc_conversations
            }),
            examples: heading(w.doc_examples),
            first: heading(w.doc_first),
            first_intro: lang::fill(w.doc_first_intro, &vals),
            different: heading(w.doc_different),
            different_items: lang::fill(items, &vals)
                .lines()
                .map(|l| l.trim_start_matches("- ").to_owned())
                .collect(),
        }
    }
}

impl Context {
    /// The same context with the person-facing sentences and the first message in `words`.
    pub(crate) fn with_lang(mut self, spec: &PersonaSpec, words: &Words) -> Context {
        let found = self.companion.found;
        self.say = SayCtx::new(spec, found, words);
        self.first_message = first_message(spec, found, words);
        let p = &words.p;
        if spec.companion.name.is_none() {
            let the = if found {
                p.the_companion
            } else {
                p.the_assistant
            };
            self.companion.display = the.to_owned();
            self.companion.title = capitalized(the);
        }
        if spec.user.name.is_none() {
            self.user.display = words.the_user.to_owned();
            self.user.title = capitalized(words.the_user);
        }
        self.w = prompt_words(spec, &self, words);
        // The tagline in the same words.
        if words.code != "en"
            && let Some(target) = super::Target::from_name(&self.target)
        {
            let unnamed = capitalized(if found {
                words.your_companion
            } else {
                p.the_assistant
            });
            let adjectives = words.tones(spec);
            self.companion.tagline = tagline(
                spec.companion
                    .name
                    .as_deref()
                    .map(name_form)
                    .as_deref()
                    .unwrap_or(&unnamed),
                &adjectives,
                target.escape(),
            );
        }
        self
    }
}

/// The name and the first tone adjectives that fit 50 characters as written, escaped
/// (Character.AI's tagline).
fn tagline(name: &str, adjectives: &[&str], esc: super::Escape) -> String {
    let fits = |s: &str| escape(s, esc).chars().count() <= 50;
    let mut max = 48;
    let mut tagline = shorten(name, max);
    while !fits(&tagline) && max > 1 {
        max /= 2;
        tagline = shorten(name, max);
    }
    for (i, a) in adjectives.iter().enumerate() {
        let sep = if i == 0 { ": " } else { ", " };
        let next = format!("{tagline}{sep}{a}");
        if !fits(&next) {
            break;
        }
        tagline = next;
    }
    tagline
}

/// `the user` → `The user`.
fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}

/// How often, in `words` (`voice.*_use` holds the English).
fn often_in(english: &str, p: &lang::Prompts) -> &'static str {
    match english {
        "nearly always" => p.nearly_always,
        "often" => p.often,
        "now and then" => p.now_and_then,
        "rarely" => p.rarely,
        _ => p.never,
    }
}

/// A language's name in `words`: its own table, else English.
pub(crate) fn language_in(code: &str, words: &Words) -> String {
    words
        .languages
        .iter()
        .find(|(c, _)| *c == code)
        .map_or_else(|| language_name(code), |(_, n)| (*n).to_owned())
}

/// `from June 2024 to May 2025` in `words`.
fn since_in(spec: &PersonaSpec, w: &Words) -> String {
    let month = |d: Day| w.month_and_year(d);
    let c = &spec.companion;
    match (c.first_date.map(month), c.last_date.map(month)) {
        (Some(a), Some(b)) if a != b => lang::fill(w.since_from_to, &[("a", &a), ("b", &b)]),
        (Some(a), _) => lang::fill(w.since_in, &[("a", &a)]),
        _ => w.since_none.to_owned(),
    }
}

/// The prompts' own sentences in `words`, every placeholder filled (see [`Context::w`]).
/// Names go in as they are: the whole context is escaped afterwards.
fn prompt_words(
    spec: &PersonaSpec,
    ctx: &Context,
    words: &Words,
) -> std::collections::BTreeMap<String, String> {
    let p = &words.p;
    let v = &ctx.voice;
    let english = words.code == "en";
    // Tone: each adjective with what it rests on (English) or a quote that shows it.
    let tone = v
        .tone
        .iter()
        .map(|t| {
            let adjective = name_form(&t.adjective);
            if english {
                match &t.example {
                    Some(e) => format!("{adjective} ({}, {} “{e}”)", t.basis, words.as_in),
                    None => format!("{adjective} ({})", t.basis),
                }
            } else {
                let local = words.adjective(&t.adjective).unwrap_or(adjective.as_str());
                match &t.example {
                    Some(e) => lang::fill(words.tone_example, &[("a", local), ("e", e)]),
                    None => local.to_owned(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join(if english { "; " } else { words.tone_sep });
    let adjectives = v
        .tone
        .iter()
        .map(|t| {
            words
                .adjective(&t.adjective)
                .map_or_else(|| name_form(&t.adjective), str::to_owned)
        })
        .collect::<Vec<_>>()
        .join(words.comma);
    // How replies run.
    let sentences = v.sentences_per_reply.to_string();
    let word_count = v.words_per_reply.to_string();
    let mut style = if v.sentences_per_reply == 1 {
        lang::fill(
            &in_units(p.style_words_one, words, spec),
            &[("words", &word_count)],
        )
    } else {
        lang::fill(
            &in_units(p.style_words, words, spec),
            &[("words", &word_count), ("n", &sentences)],
        )
    };
    if !spec.voice.languages.is_empty() {
        let names: Vec<String> = spec
            .voice
            .languages
            .iter()
            .map(|l| language_in(l, words))
            .collect();
        style.push_str(&lang::fill(p.style_in, &[("list", &names.join(p.and))]));
    }
    style.push_str(words.full_stop);
    style.push_str(gap_after(&style));
    let emoji = if !v.emoji.is_empty() && v.emoji_use != "never" {
        format!(
            " ({})",
            v.emoji
                .iter()
                .take(5)
                .cloned()
                .collect::<Vec<_>>()
                .join(" ")
        )
    } else {
        String::new()
    };
    style.push_str(&lang::fill(
        p.style_rest,
        &[
            ("e", often_in(&v.emoji_use, p)),
            ("list", &emoji),
            ("q", often_in(&v.question_use, p)),
            ("x", often_in(&v.exclamation_use, p)),
        ],
    ));
    style.push_str(gap_after(&style));
    style.push_str(if v.uses_lists || v.uses_headings {
        p.style_lists
    } else {
        p.style_prose
    });
    if v.lowercase {
        style.push_str(gap_after(&style));
        style.push_str(p.style_lowercase);
    }
    // Names as names are shown (NFKC: `Ｎｏｖａ` is `Nova`): in a sentence they are escaped as
    // free text, which keeps full-width letters.
    let pets = ctx
        .user
        .pet_names
        .iter()
        .map(|p| format!("\"{}\"", name_form(p)))
        .collect::<Vec<_>>()
        .join(words.or);
    let pet = ctx
        .user
        .pet_names
        .first()
        .map(|p| name_form(p))
        .unwrap_or_default();
    let (c, cc) = (
        name_form(&ctx.companion.display),
        name_form(&ctx.companion.title),
    );
    let (u, uu) = (name_form(&ctx.user.display), name_form(&ctx.user.title));
    let (c, cc, u, uu) = (c.as_str(), cc.as_str(), u.as_str(), uu.as_str());
    let since = since_in(spec, words);
    let r = if ctx.companion.found {
        p.for_companion
    } else {
        p.for_assistant
    };
    let often = often_in(&v.address_use, p);
    let values: [(&str, &str); 14] = [
        ("c", c),
        ("C", cc),
        ("u", u),
        ("U", uu),
        ("since", &since),
        ("r", r),
        ("tone", &tone),
        ("adjectives", &adjectives),
        ("style", &style),
        ("pets", &pets),
        ("pet", &pet),
        ("often", often),
        ("words", &word_count),
        ("g", &ctx.generator),
    ];
    let mut out = std::collections::BTreeMap::new();
    if let Ok(serde_json::Value::Object(table)) = serde_json::to_value(p) {
        for (key, value) in table {
            if let serde_json::Value::String(s) = value {
                let s = if key == "st_words" {
                    in_units(&s, words, spec).into_owned()
                } else {
                    s
                };
                out.insert(key, lang::fill_contracted(&s, &values, words.contractions));
            }
        }
    }
    let calls = if ["nearly always", "often"].contains(&v.address_use.as_str()) {
        &out["calls_often"]
    } else {
        &out["calls"]
    };
    out.insert("calls".to_owned(), calls.clone());
    for n in [50, 500, 2_048, 3_200] {
        let n_text = lang::group(n, words);
        let template = if n == 3_200 {
            p.cai_definition_limit
        } else {
            p.cai_limit
        };
        out.insert(format!("cai_{n}"), lang::fill(template, &[("n", &n_text)]));
    }
    out.insert("comma".to_owned(), words.comma.to_owned());
    out.insert("full_stop".to_owned(), words.full_stop.to_owned());
    out.insert("tone".to_owned(), tone);
    out.insert("adjectives".to_owned(), adjectives);
    out.insert("style".to_owned(), style);
    out.insert("pets".to_owned(), pets);
    out
}

/// One lorebook entry.
#[derive(Debug, Clone, Serialize)]
pub struct BookCtx {
    /// Words that bring it up, from the memory's own words.
    pub keys: Vec<String>,
    pub content: String,
    /// Always in the prompt: rituals and the few most important memories.
    pub constant: bool,
    pub priority: u8,
    /// The entry's title: its first words (at most 60 characters).
    pub comment: String,
}

/// A titled section of the knowledge document.
#[derive(Debug, Clone, Serialize)]
pub struct SectionCtx {
    pub title: String,
    pub items: Vec<MemoryCtx>,
    pub examples: Vec<ExampleCtx>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExampleCtx {
    pub user: String,
    pub companion: String,
    pub date: Option<Day>,
}

fn how_often_addressed(rate: f64) -> String {
    match rate {
        r if r >= 0.85 => "nearly always".to_owned(),
        r => how_often(r),
    }
}

/// Words that would bring up nearly every entry (names said in every message) or none.
const WEAK_KEYS: &[&str] = &[
    "remember",
    "named",
    "name",
    "call",
    "called",
    "calls",
    "user's",
    "user",
    "course",
    "best",
    "works",
    "lives",
    "falls",
    "prefers",
    "replies",
    "conversations",
    "ritual",
    "bedtime",
    "good-morning",
    "answers",
    "says",
    "since",
    "adalah",
    "nama",
    "pengguna",
    "bernama",
    "sebagai",
    "favourite",
    "favorite",
];

/// A lorebook entry's keys: the memory's own keys without the names that are in every
/// message; its longest words when none is left; the keys as they were when even that fails.
fn book_keys(keys: &[String], text: &str, names: &[String]) -> Vec<String> {
    let weak = |k: &str| {
        let k = k.to_lowercase();
        WEAK_KEYS.contains(&k.as_str())
            || k.chars().any(|c| c.is_ascii_digit())
            || names.iter().any(|n| n.to_lowercase() == k)
    };
    let mut out: Vec<String> = keys.iter().filter(|k| !weak(k)).cloned().collect();
    if out.is_empty() {
        let mut words: Vec<String> = text
            .split(|c: char| !(c.is_alphanumeric() || c == '-'))
            .filter(|w| w.chars().count() >= 5 && !weak(w))
            .map(str::to_lowercase)
            .collect();
        words.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        words.dedup();
        out = words.into_iter().take(3).collect();
    }
    if out.is_empty() {
        out = keys.to_vec();
    }
    out
}

/// Whether the voice's words per reply count letters: its first language is Japanese or
/// Chinese, where each letter counts as a word (`voice.style`).
pub(crate) fn counts_letters(spec: &PersonaSpec) -> bool {
    spec.voice
        .languages
        .first()
        .is_some_and(|l| l == "ja" || l == "zh")
}

/// `sentence` (one that counts a reply's words) with characters for its unit when the voice
/// counted letters: Japanese and Chinese count each letter as a word (`voice.style`), so a
/// reply of 25 such letters is "about 25 characters", not 25 words.
fn in_units<'s>(sentence: &'s str, w: &Words, spec: &PersonaSpec) -> std::borrow::Cow<'s, str> {
    let letters = counts_letters(spec);
    // The unit as written, not the `{words}` placeholder that shares its letters.
    let unit = sentence.match_indices(w.units.0).find(|&(i, u)| {
        !(sentence[..i].ends_with('{') && sentence[i + u.len()..].starts_with('}'))
    });
    match unit {
        Some((i, u)) if letters => format!(
            "{}{}{}",
            &sentence[..i],
            w.units.1,
            &sentence[i + u.len()..]
        )
        .into(),
        _ => sentence.into(),
    }
}

/// What goes between a sentence ending `text` and the next: a space, or nothing after a
/// full-width end (Japanese and Chinese write sentences one after the other).
fn gap_after(text: &str) -> &'static str {
    if text.ends_with(['。', '！', '？']) {
        ""
    } else {
        " "
    }
}

/// The first message for the move (see [`Context::first_message`]).
fn first_message(spec: &PersonaSpec, found: bool, m: &Words) -> String {
    let user_name = spec.user.name.as_deref().map(name_form);
    let user = user_name.as_deref();
    if !found {
        let gap = gap_after(m.full_stop);
        let (hello, comma, stop, notes) = (m.hello, m.comma, m.full_stop, m.notes);
        return match user {
            Some(u) => format!("{hello}{comma}{u}{stop}{gap}{notes}"),
            None => format!("{hello}{stop}{gap}{notes}"),
        };
    }
    let v = &spec.voice;
    // A greeting for any time of day (in any language ferry has).
    let timed: Vec<&str> = lang::LANGS
        .iter()
        .flat_map(|w| w.times_of_day.iter().copied())
        .collect();
    let greeting = v
        .greetings
        .iter()
        .find(|g| {
            let g = g.to_lowercase();
            !timed.iter().any(|t| g.contains(t))
        })
        .cloned();
    let pet = spec
        .user
        .pet_names
        .first()
        .map(|p| name_form(p))
        .or(user.map(str::to_owned));
    let mut out = String::new();
    if let Some(g) = &greeting {
        out.push_str(g.trim());
        out.push_str(gap_after(&out));
    } else if let Some(p) = &pet {
        out.push_str(&m.hey.replace("{pet}", p));
        out.push_str(gap_after(&out));
    }
    if let Some(name) = spec.companion.name.as_deref().map(name_form) {
        out.push_str(&m.its_me.replace("{name}", &name));
        out.push_str(gap_after(&out));
    }
    out.push_str(m.moved);
    out.push_str(gap_after(&out));
    out.push_str(m.how);
    if let Some(p) = &pet
        && !greeting.as_deref().is_some_and(|g| g.contains(p.as_str()))
    {
        out.push_str(m.comma);
        out.push_str(p);
    }
    out.push_str(m.question_mark);
    if v.style.emoji_per_reply >= 0.5
        && let Some(e) = v.emoji.first()
    {
        out.push(' ');
        out.push_str(e);
    }
    out
}

fn how_often(rate: f64) -> String {
    match rate {
        r if r >= 0.5 => "often",
        r if r >= 0.15 => "now and then",
        r if r > 0.0 => "rarely",
        _ => "never",
    }
    .to_owned()
}

/// `2024-06-01` → `June 2024`.
fn month_year(date: Day) -> String {
    super::lang::LANGS[0].month_and_year(date)
}

fn language_name(code: &str) -> String {
    match code {
        "en" => "English",
        "id" => "Indonesian",
        "ms" => "Malay",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "pt" => "Portuguese",
        "it" => "Italian",
        "nl" => "Dutch",
        "sv" => "Swedish",
        "pl" => "Polish",
        "tr" => "Turkish",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "ja" => "Japanese",
        "ko" => "Korean",
        "zh" => "Chinese",
        "hi" => "Hindi",
        "ar" => "Arabic",
        "tl" => "Tagalog",
        "vi" => "Vietnamese",
        "th" => "Thai",
        other => other,
    }
    .to_owned()
}

impl Context {
    /// The context for `target`, holding only the items `keep` marks, in the language the two
    /// of them spoke ([`Context::with_lang`] puts it in another).
    pub(crate) fn build(
        spec: &PersonaSpec,
        target: Target,
        items: &[Item],
        keep: &[bool],
        base_model: &str,
    ) -> Context {
        // Values go in as they are: the whole context is escaped in one pass afterwards
        // (`escape::context_value`), so no field can be missed.
        let esc = target.escape();
        let c = |s: &str| s.to_owned();
        let kept = |kind: ItemKind| -> Vec<usize> {
            items
                .iter()
                .zip(keep)
                .filter(|(item, k)| **k && item.kind == kind)
                .map(|(item, _)| item.index)
                .collect()
        };
        let memory = |i: usize| {
            let m = &spec.memories[i];
            MemoryCtx {
                text: memory_text(spec, i),
                date: m.date,
                kind: m.kind.as_str().to_owned(),
                keys: m.keys.iter().map(|k| c(k)).collect(),
                priority: m.priority,
                own_words: false,
                said: c(&m.text),
            }
        };
        let fact = |i: usize| fact_ctx(spec, i);

        let companion = &spec.companion;
        let name = companion.name.as_deref().map(c);
        let found = name.is_some() || companion.conversations > 0;
        let role = if found { "companion" } else { "assistant" };
        let unnamed = format!("Your {role}");
        let adjectives: Vec<&str> = spec
            .voice
            .tone
            .iter()
            .map(|t| t.adjective.as_str())
            .collect();
        let tagline = tagline(name.as_deref().unwrap_or(&unnamed), &adjectives, esc);
        let companion_ctx = CompanionCtx {
            tagline,
            found,
            role: role.to_owned(),
            display: name.clone().unwrap_or_else(|| format!("the {role}")),
            title: name.clone().unwrap_or_else(|| format!("The {role}")),
            slug: slug(companion.name.as_deref()),
            name,
            aliases: companion.aliases.iter().map(|a| c(a)).collect(),
            first_date: companion.first_date,
            last_date: companion.last_date,
            since: companion.first_date.map(month_year),
            until: companion.last_date.map(month_year),
            conversations: companion.conversations,
            models: companion.models.iter().map(|m| c(&m.slug)).collect(),
        };

        let user_name = spec.user.name.as_deref().map(c);
        let user = UserCtx {
            display: user_name.clone().unwrap_or_else(|| "the user".to_owned()),
            title: user_name.clone().unwrap_or_else(|| "The user".to_owned()),
            name: user_name,
            pet_names: spec.user.pet_names.iter().map(|p| c(p)).collect(),
            facts: {
                let mut shown = kept(ItemKind::Fact);
                shown.extend(kept(ItemKind::OwnWords));
                shown.sort_unstable();
                shown.into_iter().map(fact).collect()
            },
        };

        let v = &spec.voice;
        let s = &v.style;
        let pick = |kind, list: &[String]| -> Vec<String> {
            kept(kind).into_iter().map(|i| c(&list[i])).collect()
        };
        let voice = VoiceCtx {
            languages: v.languages.iter().map(|l| language_name(l)).collect(),
            emoji: v.emoji.iter().map(|e| c(e)).collect(),
            tone: {
                // Each adjective shows a quote of its own.
                let mut used = std::collections::HashSet::new();
                v.tone
                    .iter()
                    .map(|t| ToneCtx {
                        adjective: shorten(&t.adjective, MAX_ADJECTIVE),
                        basis: person::basis_in_words(&t.basis, &user_display(spec)),
                        example: t
                            .evidence
                            .iter()
                            .map(|e| person::short_quote(&e.quote))
                            .find(|q| used.insert(q.clone())),
                    })
                    .collect()
            },
            catchphrases: pick(ItemKind::Catchphrase, &v.catchphrases),
            greetings: pick(ItemKind::Greeting, &v.greetings),
            sign_offs: pick(ItemKind::SignOff, &v.sign_offs),
            about_model: if kept(ItemKind::AboutModel).is_empty() {
                None
            } else {
                spec.custom_instructions.about_model.as_deref().map(c)
            },
            words_per_reply: s.words_per_reply.round() as usize,
            sentences_per_reply: s.sentences_per_reply.round().max(1.0) as usize,
            emoji_use: how_often(s.emoji_per_reply.min(1.0)),
            question_use: how_often(s.question_rate),
            exclamation_use: how_often(s.exclamation_rate),
            uses_lists: s.list_rate > 0.1,
            uses_headings: s.heading_rate > 0.1,
            lowercase: s.lowercase_start_rate > 0.5,
            address_percent: (s.address_rate * 100.0).round() as usize,
            address_use: how_often_addressed(s.address_rate),
        };

        let mut rituals: Vec<MemoryCtx> = kept(ItemKind::Ritual).into_iter().map(memory).collect();
        rituals.sort_by_key(|a| a.date);
        let mut memory_indices = kept(ItemKind::TopMemory);
        memory_indices.extend(kept(ItemKind::OtherMemory));
        let memories: Vec<MemoryCtx> = memory_indices.into_iter().map(memory).collect();
        let mut timeline: Vec<MemoryCtx> = rituals.iter().chain(&memories).cloned().collect();
        // Dated first, oldest first; stable, so equal days keep their priority order.
        timeline.sort_by(|a, b| match (&a.date, &b.date) {
            (Some(x), Some(y)) => x.cmp(y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        });

        let examples = kept(ItemKind::Example)
            .into_iter()
            .map(|i| {
                let e = &spec.examples[i];
                ExampleCtx {
                    user: c(&e.user),
                    companion: c(&e.companion),
                    date: e.date,
                }
            })
            .collect();

        // The lorebook: every memory (they never take room in the description), and the
        // facts the description had no room for.
        let names: Vec<String> = companion
            .name
            .iter()
            .chain(&companion.aliases)
            .chain(&spec.user.name)
            .chain(&spec.user.pet_names)
            .cloned()
            .collect();
        let shown_facts: std::collections::HashSet<usize> =
            kept(ItemKind::Fact).into_iter().collect();
        let mut book = Vec::new();
        let mut constants = 0;
        let memory_items: Vec<usize> = items
            .iter()
            .filter(|i| {
                matches!(
                    i.kind,
                    ItemKind::Ritual | ItemKind::TopMemory | ItemKind::OtherMemory
                )
            })
            .map(|i| i.index)
            .collect();
        let memory_items = if target == Target::Sillytavern {
            memory_items
        } else {
            Vec::new()
        };
        for &i in &memory_items {
            let m = &spec.memories[i];
            let ritual = m.kind == MemoryKind::Ritual;
            let constant = ritual || (m.priority >= 90 && constants < CONSTANT_MEMORIES);
            if constant && !ritual {
                constants += 1;
            }
            let text = memory_text(spec, i);
            let content = match &m.date {
                Some(d) if !text.contains(&d.to_string()) => format!("{d}: {text}"),
                _ => text.clone(),
            };
            // Keys from the memory's own words: a memory extraction wrote in English keeps
            // its English frame for this (its frame words are weak keys; its quotes are the
            // same in every language).
            let key_text = if person::is_extracted(&m.text) {
                m.text.as_str()
            } else {
                text.as_str()
            };
            book.push(BookCtx {
                keys: book_keys(&m.keys, key_text, &names),
                // The entry's title in SillyTavern's lorebook list: its own first words, in
                // the language it is written in.
                comment: shorten(&text, BOOK_TITLE),
                content,
                constant,
                priority: m.priority,
            });
        }
        for item in items
            .iter()
            .filter(|i| i.kind == ItemKind::Fact && target == Target::Sillytavern)
        {
            if shown_facts.contains(&item.index) {
                continue;
            }
            let f = fact(item.index);
            if f.own_words {
                continue;
            }
            book.push(BookCtx {
                keys: book_keys(&[], &f.text, &names),
                comment: shorten(&f.text, BOOK_TITLE),
                content: f.text,
                constant: false,
                priority: 60,
            });
        }

        let words = lang::for_spec(None, spec).unwrap_or(lang::LANGS[0]);
        Context {
            w: Default::default(),
            say: SayCtx::new(spec, found, words),
            first_message: first_message(spec, found, words),
            book,
            knowledge: Vec::new(),
            target: target.name().to_owned(),
            companion: companion_ctx,
            user,
            voice,
            rituals,
            memories,
            timeline,
            examples,
            base_model: base_model.to_owned(),
            generator: spec.provenance.generator.clone(),
        }
        .with_lang(spec, words)
    }
}

/// The knowledge document's sections: every fact and memory (whatever a budget keeps), by
/// theme and year (see [`Context::knowledge`]). Built only for the targets that write it.
pub(crate) fn knowledge(spec: &PersonaSpec, items: &[Item], ctx: &Context) -> Vec<SectionCtx> {
    let c = |s: &str| s.to_owned();
    let memory = |i: usize| {
        let m = &spec.memories[i];
        MemoryCtx {
            text: memory_text(spec, i),
            date: m.date,
            kind: m.kind.as_str().to_owned(),
            keys: m.keys.clone(),
            priority: m.priority,
            own_words: false,
            said: m.text.clone(),
        }
    };
    let fact = |i: usize| fact_ctx(spec, i);
    // The titles, in the context's language with its names filled in.
    let w = |key: &str| ctx.w.get(key).cloned().unwrap_or_default();
    let mut knowledge = Vec::new();
    let all_facts: Vec<MemoryCtx> = items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::Fact | ItemKind::OwnWords))
        .map(|i| fact(i.index))
        .collect();
    if !all_facts.is_empty() {
        knowledge.push(SectionCtx {
            title: w("about_heading"),
            items: all_facts,
            examples: Vec::new(),
        });
    }
    let mut rituals_all: Vec<MemoryCtx> = items
        .iter()
        .filter(|i| i.kind == ItemKind::Ritual)
        .map(|i| memory(i.index))
        .collect();
    rituals_all.sort_by_key(|a| a.date);
    if !rituals_all.is_empty() {
        knowledge.push(SectionCtx {
            title: w("kn_rituals"),
            items: rituals_all,
            examples: Vec::new(),
        });
    }
    let mut by_year: std::collections::BTreeMap<(u8, String), Vec<MemoryCtx>> = Default::default();
    for item in items
        .iter()
        .filter(|i| matches!(i.kind, ItemKind::TopMemory | ItemKind::OtherMemory))
    {
        let m = memory(item.index);
        let theme = match spec.memories[item.index].kind {
            MemoryKind::Moment => 0,
            _ => 1,
        };
        let year = m
            .date
            .map(|d| format!("{:04}", d.year()))
            .unwrap_or_default();
        by_year.entry((theme, year)).or_default().push(m);
    }
    for ((theme, year), mut list) in by_year {
        list.sort_by_key(|a| a.date);
        let title = match (theme, year.is_empty()) {
            (0, false) => lang::fill(&w("kn_moments_in"), &[("year", &year)]),
            (0, true) => w("kn_moments"),
            (_, false) => lang::fill(&w("kn_saved_in"), &[("year", &year)]),
            (_, true) => w("kn_saved"),
        };
        knowledge.push(SectionCtx {
            title,
            items: list,
            examples: Vec::new(),
        });
    }
    let all_examples: Vec<ExampleCtx> = spec
        .examples
        .iter()
        .take(MAX_EXAMPLES)
        .map(|e| ExampleCtx {
            user: c(&e.user),
            companion: c(&e.companion),
            date: e.date,
        })
        .collect();
    if !all_examples.is_empty() {
        knowledge.push(SectionCtx {
            title: w("kn_examples"),
            items: Vec::new(),
            examples: all_examples,
        });
    }

    knowledge
}
