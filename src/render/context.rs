//! The template context: the spec as templates see it, built from the items a budget keeps,
//! with every piece of persona text escaped for the target.
//!
//! This is the contract for `--template`: README, "ferry render", lists these fields.

use serde::Serialize;

use super::escape::escape;
use super::target::Target;
use crate::persona::PersonaSpec;
use crate::persona::spec::MemoryKind;

/// How many memories count as "top memories" (kept before the examples).
const TOP_MEMORIES: usize = 5;

/// What kind of droppable item, in priority order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemKind {
    Fact,
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
    /// `memory “User lives in Leeds.”`, shortened at a word boundary.
    pub fn describe(&self) -> String {
        let kind = match self.kind {
            ItemKind::Fact => "fact about you",
            ItemKind::AboutModel => "your custom instructions for the companion",
            ItemKind::Greeting => "greeting",
            ItemKind::SignOff => "sign-off",
            ItemKind::Catchphrase => "catchphrase",
            ItemKind::Ritual => "ritual",
            ItemKind::TopMemory | ItemKind::OtherMemory => "memory",
            ItemKind::Example => "example exchange",
        };
        format!("{kind} “{}”", shorten(&self.text, 70))
    }
}

/// At most `max` characters, cut at a word boundary with an ellipsis.
fn shorten(text: &str, max: usize) -> String {
    let text = one_line(&super::escape::strip_invisible(text));
    if text.chars().count() <= max {
        return text;
    }
    let mut out = String::new();
    for word in text.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.push('…');
    out
}

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
    for (i, f) in spec.user.facts.iter().enumerate() {
        push(ItemKind::Fact, i, &f.text);
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
            push(ItemKind::Ritual, i, &m.text);
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
    let memories: Vec<(usize, &str)> = spec
        .memories
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind != MemoryKind::Ritual && !is_fact(&m.text))
        .map(|(i, m)| (i, m.text.as_str()))
        .collect();
    for &(i, text) in memories.iter().take(TOP_MEMORIES) {
        push(ItemKind::TopMemory, i, text);
    }
    for (i, e) in spec.examples.iter().enumerate() {
        push(
            ItemKind::Example,
            i,
            &format!("{} → {}", e.user, e.companion),
        );
    }
    for &(i, text) in memories.iter().skip(TOP_MEMORIES) {
        push(ItemKind::OtherMemory, i, text);
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
    pub first_date: Option<String>,
    pub last_date: Option<String>,
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
    /// Share of replies that address the user by name or pet name, in percent.
    pub address_percent: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToneCtx {
    pub adjective: String,
    pub basis: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct MemoryCtx {
    pub text: String,
    pub date: Option<String>,
    pub kind: String,
    pub keys: Vec<String>,
    pub priority: u8,
}

#[derive(Debug, Clone, Serialize)]
pub struct ExampleCtx {
    pub user: String,
    pub companion: String,
    pub date: Option<String>,
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
fn month_year(date: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let year = date.get(0..4)?;
    let month: usize = date.get(5..7)?.parse().ok()?;
    Some(format!("{} {year}", MONTHS.get(month.checked_sub(1)?)?))
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
    /// The context for `target`, holding only the items `keep` marks.
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
                text: c(&m.text),
                date: m.date.clone(),
                kind: m.kind.as_str().to_owned(),
                keys: m.keys.iter().map(|k| c(k)).collect(),
                priority: m.priority,
            }
        };

        let companion = &spec.companion;
        let name = companion.name.as_deref().map(c);
        let found = name.is_some() || companion.conversations > 0;
        let role = if found { "companion" } else { "assistant" };
        let unnamed = format!("Your {role}");
        // The tagline's 50 characters are counted as written, escaped.
        let fits = |s: &str| escape(s, esc).chars().count() <= 50;
        let mut max = 48;
        let mut tagline = shorten(name.as_deref().unwrap_or(&unnamed), max);
        while !fits(&tagline) && max > 1 {
            max /= 2;
            tagline = shorten(name.as_deref().unwrap_or(&unnamed), max);
        }
        for (i, t) in spec.voice.tone.iter().enumerate() {
            let sep = if i == 0 { ": " } else { ", " };
            let next = format!("{tagline}{sep}{}", c(&t.adjective));
            if !fits(&next) {
                break;
            }
            tagline = next;
        }
        let companion_ctx = CompanionCtx {
            tagline,
            found,
            role: role.to_owned(),
            display: name.clone().unwrap_or_else(|| format!("the {role}")),
            title: name.clone().unwrap_or_else(|| format!("The {role}")),
            slug: slug(companion.name.as_deref()),
            name,
            aliases: companion.aliases.iter().map(|a| c(a)).collect(),
            first_date: companion.first_date.clone(),
            last_date: companion.last_date.clone(),
            since: companion.first_date.as_deref().and_then(month_year),
            until: companion.last_date.as_deref().and_then(month_year),
            conversations: companion.conversations,
            models: companion.models.iter().map(|m| c(&m.slug)).collect(),
        };

        let user_name = spec.user.name.as_deref().map(c);
        let user = UserCtx {
            display: user_name.clone().unwrap_or_else(|| "the user".to_owned()),
            name: user_name,
            pet_names: spec.user.pet_names.iter().map(|p| c(p)).collect(),
            facts: kept(ItemKind::Fact)
                .into_iter()
                .map(|i| {
                    let f = &spec.user.facts[i];
                    MemoryCtx {
                        text: c(&f.text),
                        date: f.date.clone(),
                        kind: f.source.as_str().to_owned(),
                        keys: Vec::new(),
                        priority: 100,
                    }
                })
                .collect(),
        };

        let v = &spec.voice;
        let s = &v.style;
        let pick = |kind, list: &[String]| -> Vec<String> {
            kept(kind).into_iter().map(|i| c(&list[i])).collect()
        };
        let voice = VoiceCtx {
            languages: v.languages.iter().map(|l| language_name(l)).collect(),
            emoji: v.emoji.iter().map(|e| c(e)).collect(),
            tone: v
                .tone
                .iter()
                .map(|t| ToneCtx {
                    adjective: c(&t.adjective),
                    basis: c(&t.basis),
                })
                .collect(),
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
        };

        let mut rituals: Vec<MemoryCtx> = kept(ItemKind::Ritual).into_iter().map(memory).collect();
        rituals.sort_by(|a, b| a.date.cmp(&b.date));
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
                    date: e.date.clone(),
                }
            })
            .collect();

        Context {
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
    }
}
