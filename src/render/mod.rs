//! Rendering a persona spec for each replacement model: one minijinja template per target.
//!
//! [`render`] builds a template context from the spec, keeping whole items by priority
//! (identity, the user, voice, rituals, top memories, examples, other memories) while the
//! output fits the target's limit, and reports what was left out. Persona text is data: it
//! is escaped for each target's format in [`context`] before any template sees it, and
//! minijinja never evaluates values as templates.
//!
//! Pure: no IO, no clock, no printing. The same spec and options give the same bytes.

mod avatar;
pub mod card;
pub(crate) mod context;
pub(crate) mod escape;
pub mod folder;
pub mod lang;
pub(crate) mod person;
mod target;
pub mod tavern;

use minijinja::{AutoEscape, Environment, UndefinedBehavior};

use crate::persona::PersonaSpec;
pub use context::{Context, Item, ItemKind};
pub(crate) use target::{Escape, group};
pub use target::{Limit, Target, Unit};

/// The model `ollama` renders `FROM` when `--base-model` is not given.
pub const DEFAULT_BASE_MODEL: &str = "llama3.1:8b";

/// How to render.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Overrides the target's (main) limit, in the target's unit.
    pub budget: Option<usize>,
    /// The `FROM` model of the `ollama` target.
    pub base_model: Option<String>,
    /// A user's own template source, rendered with the target's context instead of the
    /// built-in template.
    pub template: Option<String>,
    /// The name errors in `template` give it (its file name).
    pub template_name: Option<String>,
    /// The language of everything ferry writes around the persona: the prompts' framing, the
    /// continuity document, what was left out (`en`, `id`, `es`…); `None`: the language the
    /// two of them spoke, else English.
    pub lang: Option<String>,
}

/// A rendered persona.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub text: String,
    /// Items that did not fit, highest priority first.
    pub left_out: Vec<LeftOut>,
    /// The target's extra files, rendered with everything kept: (file name, text). The
    /// Claude Project knowledge document, the Gemini memory import text, SillyTavern's chat
    /// file.
    pub also: Vec<(String, String)>,
    /// The language ferry's own sentences are in (`en`…).
    pub lang: &'static str,
}

/// One item that did not fit.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct LeftOut {
    /// The item, e.g. `memory “User lives in Leeds.”`.
    pub what: String,
    /// Why, e.g. `over the 1,500-character limit of …`.
    pub why: String,
}

/// Why a persona could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    // One line: minijinja's own `{:#}` draws a box around the template source.
    #[error("the template could not be rendered: {0}")]
    Template(#[from] minijinja::Error),
    #[error("ferry has no sentences in the language {code:?}; --lang takes one of: {codes}")]
    UnknownLang { code: String, codes: String },
    #[error(
        "even the companion's identity alone does not fit {field} ({size} of {limit}); \
         try a larger --budget"
    )]
    TooSmall {
        field: String,
        size: usize,
        limit: Limit,
    },
}

impl RenderError {
    /// A line that helps the user on, if any.
    pub fn hint(&self) -> Option<&'static str> {
        match self {
            RenderError::Template(_) => {
                Some("check the template's syntax and the field names (README, \"ferry render\")")
            }
            RenderError::TooSmall { .. } | RenderError::UnknownLang { .. } => None,
        }
    }
}

/// The built-in templates, compiled into the binary: `(name, source)`.
pub const TEMPLATES: &[(&str, &str)] = &[
    ("claude.j2", include_str!("templates/claude.j2")),
    (
        "claude-knowledge.j2",
        include_str!("templates/claude-knowledge.j2"),
    ),
    ("chatgpt.j2", include_str!("templates/chatgpt.j2")),
    (
        "chatgpt/instructions.j2",
        include_str!("templates/chatgpt/instructions.j2"),
    ),
    (
        "chatgpt/about-you.j2",
        include_str!("templates/chatgpt/about-you.j2"),
    ),
    ("openai.j2", include_str!("templates/openai.j2")),
    ("gemini.j2", include_str!("templates/gemini.j2")),
    (
        "gemini-memory.j2",
        include_str!("templates/gemini-memory.j2"),
    ),
    ("ollama.j2", include_str!("templates/ollama.j2")),
    ("sillytavern.j2", include_str!("templates/sillytavern.j2")),
    (
        "sillytavern/description.j2",
        include_str!("templates/sillytavern/description.j2"),
    ),
    ("character-ai.j2", include_str!("templates/character-ai.j2")),
    (
        "character-ai/definition.j2",
        include_str!("templates/character-ai/definition.j2"),
    ),
    (
        "character-ai/greeting.j2",
        include_str!("templates/character-ai/greeting.j2"),
    ),
    (
        "character-ai/description.j2",
        include_str!("templates/character-ai/description.j2"),
    ),
    (
        "character-ai/tagline.j2",
        include_str!("templates/character-ai/tagline.j2"),
    ),
    ("kindroid.j2", include_str!("templates/kindroid.j2")),
    (
        "kindroid/persistent.j2",
        include_str!("templates/kindroid/persistent.j2"),
    ),
    ("markdown.j2", include_str!("templates/markdown.j2")),
    (
        "claude-memory.j2",
        include_str!("templates/claude-memory.j2"),
    ),
    ("macros.j2", include_str!("templates/macros.j2")),
    (
        "folder-readme.j2",
        include_str!("templates/folder-readme.j2"),
    ),
];

/// The one place the template environment is configured: strict undefined (a missing field
/// is an error), trailing newlines kept, no autoescape (prompts are not HTML), block tags
/// trimmed so templates can be laid out readably.
pub fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::Strict);
    env.set_keep_trailing_newline(true);
    env.set_auto_escape_callback(|_| AutoEscape::None);
    env.set_trim_blocks(true);
    env.set_lstrip_blocks(true);
    for (name, source) in TEMPLATES {
        // The built-in templates are tested; a syntax error in one fails every test.
        env.add_template(name, source)
            .unwrap_or_else(|e| panic!("built-in template {name}: {e}"));
    }
    env
}

/// A measured field: its name for people, its size in characters, and its limit.
type Measure = (String, usize, Limit);

/// The most characters that fit `limit` (tokens are estimated as characters / 4).
fn max_chars(limit: Limit) -> usize {
    match limit.unit {
        Unit::Chars => limit.max,
        Unit::Tokens => limit.max.saturating_mul(4),
    }
}

/// The first field over its limit, if any.
fn over(sizes: &[Measure]) -> Option<&Measure> {
    sizes
        .iter()
        .find(|(_, chars, limit)| *chars > max_chars(*limit))
}

/// Renders `spec` for `target`, keeping what fits its limit (or `options.budget`).
///
/// Items are kept by priority: the longest run of highest-priority items that fits, then
/// each later item that still fits. That takes a few renders, not one per item: everything at
/// once (most specs fit), a binary search for the run, and for each later item a render only
/// when its own text could still fit the room left.
pub fn render(
    spec: &PersonaSpec,
    target: Target,
    options: &RenderOptions,
) -> Result<Rendered, RenderError> {
    let words = words(spec, options)?;
    let mut rendered = render_main(spec, target, options, words)?;
    rendered.lang = words.code;
    // Kindroid's fields have little room: its file says what did not fit, after the parts to
    // paste (they are measured on their own, so this takes none of their room).
    if target == Target::Kindroid && options.template.is_none() && !rendered.left_out.is_empty() {
        rendered.text.push_str(&format!(
            "\n{}\n\n{}\n\n",
            words.left.kindroid_heading, words.left.kindroid_intro
        ));
        for l in &rendered.left_out {
            rendered.text.push_str(&format!(
                "- {}\n",
                escape::strip_invisible(&escape::escape(&l.what, Escape::Macros))
            ));
        }
    }
    if options.template.is_none() && !target.extras().is_empty() {
        let env = environment();
        let items = context::items(spec);
        let all = vec![true; items.len()];
        let base_model = options
            .base_model
            .clone()
            .unwrap_or_else(|| DEFAULT_BASE_MODEL.to_owned());
        let mut ctx =
            Context::build(spec, target, &items, &all, &base_model).with_lang(spec, words);
        ctx.knowledge = context::knowledge(spec, &items, &ctx);
        for (file, template, esc) in target.extras() {
            let value = escape::context_value(&ctx, *esc);
            let text = escape::strip_invisible(&env.get_template(template)?.render(&value)?);
            rendered.also.push(((*file).to_owned(), text));
        }
    }
    // SillyTavern's chat file: the end of the last conversation, as its JSONL chat.
    if options.template.is_none()
        && target == Target::Sillytavern
        && let Some(chat) = tavern::chat_jsonl(spec)
    {
        rendered.also.push((tavern::FILE_NAME.to_owned(), chat));
    }
    Ok(rendered)
}

/// The language of the sentences to the person (see [`RenderOptions::lang`]).
pub fn words(
    spec: &PersonaSpec,
    options: &RenderOptions,
) -> Result<&'static lang::Words, RenderError> {
    lang::for_spec(options.lang.as_deref(), spec).ok_or_else(|| RenderError::UnknownLang {
        code: options.lang.clone().unwrap_or_default(),
        codes: lang::codes(),
    })
}

/// [`render`]'s main output: what fits the target's limit.
fn render_main(
    spec: &PersonaSpec,
    target: Target,
    options: &RenderOptions,
    words: &lang::Words,
) -> Result<Rendered, RenderError> {
    let env = environment();
    let base_model = options
        .base_model
        .clone()
        .unwrap_or_else(|| DEFAULT_BASE_MODEL.to_owned());
    let items = context::items(spec);
    let esc = target.escape();

    // The measured fields: (template, label, limit).
    let budget = options.budget;
    let main_limit = Limit {
        max: budget.unwrap_or(target.limit().max),
        unit: target.limit().unit,
    };
    let mut fields: Vec<(String, String, Limit)> = Vec::new();
    if options.template.is_none() && !target.fields().is_empty() {
        for (i, (template, label, fixed)) in target.fields().iter().enumerate() {
            let limit = match (i, fixed) {
                (0, _) | (_, None) => main_limit,
                (_, Some(max)) => Limit {
                    max: *max,
                    unit: Unit::Chars,
                },
            };
            fields.push(((*template).to_owned(), (*label).to_owned(), limit));
        }
    }
    let template_name = options.template_name.as_deref().unwrap_or("--template");
    let spoken = lang::for_spec(None, spec).unwrap_or(lang::LANGS[0]);

    // The output, each measured field's size, and each measured field's text.
    type Rendering = (String, Vec<Measure>, Vec<String>);
    let render_all = |keep: &[bool]| -> Result<Rendering, RenderError> {
        // `build` writes in the language they spoke; another is applied on top.
        let ctx = Context::build(spec, target, &items, keep, &base_model);
        let ctx = if std::ptr::eq(words, spoken) {
            ctx
        } else {
            ctx.with_lang(spec, words)
        };
        let value = escape::context_value(&ctx, esc);
        let text = match &options.template {
            Some(source) => env.render_named_str(template_name, source, &value)?,
            None => env.get_template(target.template())?.render(&value)?,
        };
        // Nothing invisible reaches a file, whatever the template holds.
        let text = escape::strip_invisible(&text);
        let mut sizes = Vec::new();
        let mut parts = Vec::new();
        if fields.is_empty() {
            sizes.push((
                lang::fill(words.left.output, &[("t", target.name())]),
                text.chars().count(),
                main_limit,
            ));
        } else {
            for (template, label, limit) in &fields {
                let part = escape::strip_invisible(&env.get_template(template)?.render(&value)?);
                // What is pasted into the field: the template's final line end is layout.
                // (Counted, a 50-character tagline measured 51 and failed the render.)
                let pasted = part.trim_end_matches(['\n', '\r']);
                let label = words.field_label(label);
                sizes.push((label.to_owned(), pasted.chars().count(), *limit));
                parts.push(part);
            }
        }
        Ok((text, sizes, parts))
    };
    let left = |i: usize, field: &str, limit: Limit| LeftOut {
        what: items[i].describe(words),
        why: lang::fill(
            words.left.why,
            &[("field", field), ("limit", &limit.in_words(words))],
        ),
    };

    // Identity alone must fit.
    let mut keep = vec![false; items.len()];
    let (mut text, sizes, _) = render_all(&keep)?;
    if let Some((field, chars, limit)) = over(&sizes) {
        let size = match limit.unit {
            Unit::Chars => *chars,
            Unit::Tokens => chars.div_ceil(4),
        };
        return Err(RenderError::TooSmall {
            field: field.clone(),
            size,
            limit: *limit,
        });
    }
    if items.is_empty() {
        return Ok(Rendered {
            text,
            left_out: Vec::new(),
            also: Vec::new(),
            lang: "en",
        });
    }
    // Everything, when it fits.
    let all = vec![true; items.len()];
    let (full, full_sizes, _) = render_all(&all)?;
    let Some(first_over) = over(&full_sizes).cloned() else {
        return Ok(Rendered {
            text: full,
            left_out: Vec::new(),
            also: Vec::new(),
            lang: "en",
        });
    };
    // Which measured fields each kind of item goes into: those that grow when only that
    // kind is kept. An item whose own text is longer than the room left in one of them cannot
    // fit, and needs no render to know it. (One render per kind, each of that kind's items.)
    let mut shown_in: std::collections::BTreeMap<ItemKind, Vec<usize>> = Default::default();
    for kind in items.iter().map(|i| i.kind) {
        if shown_in.contains_key(&kind) {
            continue;
        }
        let only: Vec<bool> = items.iter().map(|i| i.kind == kind).collect();
        let (_, kind_sizes, _) = render_all(&only)?;
        let grew = (0..sizes.len())
            .filter(|&f| kind_sizes[f].1 > sizes[f].1)
            .collect();
        shown_in.insert(kind, grew);
    }

    // The longest run of items, by priority, that fits (the output grows with each item).
    let (mut fits, mut fails) = (0, items.len());
    let mut sizes = sizes;
    let mut failed = first_over;
    while fails - fits > 1 {
        let mid = fits + (fails - fits) / 2;
        let trial: Vec<bool> = (0..items.len()).map(|i| i < mid).collect();
        let (candidate, candidate_sizes, _) = render_all(&trial)?;
        match over(&candidate_sizes) {
            None => {
                fits = mid;
                text = candidate;
                sizes = candidate_sizes;
            }
            Some(o) => {
                failed = o.clone();
                fails = mid;
            }
        }
    }
    keep[..fits].fill(true);
    let mut kept_of: std::collections::BTreeMap<ItemKind, usize> = Default::default();
    for item in &items[..fits] {
        *kept_of.entry(item.kind).or_default() += 1;
    }
    let mut left_out = vec![left(fits, &failed.0, failed.2)];

    // Then each later item, kept when everything still fits. What an item adds beyond its own
    // text (a bullet, its date, a line end) is learned from each render, per kind and field,
    // and whether it has a date; an item that cannot fit by that measure is not rendered.
    let dated = |item: &Item| -> bool {
        match item.kind {
            ItemKind::Fact | ItemKind::OwnWords => spec.user.facts[item.index].date.is_some(),
            ItemKind::Ritual | ItemKind::TopMemory | ItemKind::OtherMemory => {
                spec.memories[item.index].date.is_some()
            }
            ItemKind::Example => spec.examples[item.index].date.is_some(),
            _ => false,
        }
    };
    let mut extra: std::collections::BTreeMap<(ItemKind, bool, usize), usize> = Default::default();
    for i in fits + 1..items.len() {
        let item = &items[i];
        let key = (item.kind, dated(item));
        let own = escape::escape(&item.text, esc).chars().count();
        let fields_shown = shown_in.get(&item.kind).map(Vec::as_slice).unwrap_or(&[]);
        // " → " joins an example's two sides in its text, not in the output.
        let least =
            |f: usize| own.saturating_sub(3) + extra.get(&(key.0, key.1, f)).copied().unwrap_or(0);
        let doomed = fields_shown.iter().copied().find(|&f| {
            let (_, chars, limit) = &sizes[f];
            *chars + least(f) > max_chars(*limit)
        });
        if let Some(f) = doomed {
            let (field, _, limit) = &sizes[f];
            left_out.push(left(i, field, *limit));
            continue;
        }
        // A kind's first item may bring its heading along: learn only from later ones.
        let learn = kept_of.get(&item.kind).is_some_and(|n| *n > 0);
        keep[i] = true;
        let (candidate, candidate_sizes, _) = render_all(&keep)?;
        for &f in fields_shown.iter().filter(|_| learn) {
            let grew = candidate_sizes[f].1.saturating_sub(sizes[f].1);
            let e = grew.saturating_sub(own.saturating_sub(3));
            extra
                .entry((key.0, key.1, f))
                .and_modify(|x| *x = (*x).min(e))
                .or_insert(e);
        }
        match over(&candidate_sizes) {
            None => {
                text = candidate;
                sizes = candidate_sizes;
                *kept_of.entry(item.kind).or_default() += 1;
            }
            Some((field, _, limit)) => {
                keep[i] = false;
                left_out.push(left(i, field, *limit));
            }
        }
    }
    Ok(Rendered {
        text,
        left_out,
        also: Vec::new(),
        lang: "en",
    })
}

#[cfg(test)]
mod tests;
