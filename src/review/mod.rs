//! The review page: one self-contained HTML file in which a person looks over the persona
//! ferry found, corrects it, and saves an edited `persona.json`.
//!
//! [`page`] is pure (no IO, no clock): the same spec gives the same bytes. The page needs
//! nothing from the network: its CSS, script and charts are inline, and it works opened from
//! a file (`file://`). The spec goes in as data only, inside
//! `<script type="application/json">` with every `<`, `>` and `&` written as a JSON escape, so
//! text from the export (a memory holding `</script>`, say) cannot end the element; the
//! page's script builds everything with `textContent`, never with HTML strings.
//!
//! What the page embeds beside the spec:
//! - the spec's JSON Schema ([`crate::persona::spec::json_schema`]), against which the page
//!   checks the edited spec before it offers it for download;
//! - for each render target, its limit, the size of the part of the output that the limit
//!   measures with everything kept and no budget, and what each memory and example adds to it
//!   (the page takes off what the person drops and adds what their edits add, so its sizes
//!   are exact until something is dropped, and estimates after).
//!
//! A memory that says the same as a fact about the person (`user.facts`, as saved memories
//! often do) is one thing to the person: dropping or rewording it in the page drops or
//! rewords those facts too.
//!
//! To write the page into an output folder (as `migrate` does), add
//! `("review.html", ferry::review::page(&spec).into_bytes())` to the files written.

use serde::Serialize;

use crate::persona::PersonaSpec;
use crate::render::{self, ItemKind, Target, Unit};

/// The page's template: HTML, CSS and script, with one placeholder for the data.
const TEMPLATE: &str = include_str!("page.html");

/// Where the data goes in [`TEMPLATE`].
const DATA_SLOT: &str = "/*FERRY_DATA*/";

/// The file name ferry gives the page.
pub const FILE_NAME: &str = "review.html";

/// Memories measured one by one per target, highest priority first; each later one's cost is
/// estimated from its length and what the measured ones of its kind added beyond theirs.
const MEASURED_MEMORIES: usize = 24;

/// Examples measured one by one per target; later ones are estimated the same way.
const MEASURED_EXAMPLES: usize = 12;

/// One target as the page sees it.
#[derive(Debug, Serialize)]
struct TargetData {
    name: &'static str,
    destination: &'static str,
    /// The limit, in `unit`.
    max: usize,
    /// `characters` or `tokens`.
    unit: &'static str,
    /// What the limit measures (`the output`, or the field of a form).
    measures: String,
    /// The measured part's size in characters with everything kept.
    full: usize,
    /// The measured part's size in characters without memories and examples (the page's
    /// estimate never goes under it).
    base: usize,
    /// What each memory adds, in characters (0: not in the measured part).
    memories: Vec<usize>,
    /// What each example adds, in characters.
    examples: Vec<usize>,
}

/// Everything the page's script reads.
#[derive(Debug, Serialize)]
struct Data<'a> {
    spec: &'a PersonaSpec,
    schema: serde_json::Value,
    targets: Vec<TargetData>,
    generator: &'static str,
}

/// The review page for `spec`: one HTML document, complete in itself.
///
/// Write it where the person will open it (`review.html` beside the other files); it reads
/// nothing and sends nothing, and its "Save persona" button downloads the edited spec.
pub fn page(spec: &PersonaSpec) -> String {
    let mut schema: serde_json::Value =
        serde_json::from_str(&crate::persona::spec::json_schema()).unwrap_or_default();
    // The only address in the schema; the page has no use for it.
    if let Some(map) = schema.as_object_mut() {
        map.remove("$schema");
    }
    let env = render::environment();
    let data = Data {
        spec,
        schema,
        targets: Target::ALL
            .iter()
            .map(|&t| target_data(&env, spec, t))
            .collect(),
        generator: concat!("ferry ", env!("CARGO_PKG_VERSION")),
    };
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "null".to_owned());
    TEMPLATE.replacen(DATA_SLOT, &script_safe(&json), 1)
}

/// JSON that can sit inside a `<script>` element: no `<`, `>` or `&` as such (they become
/// `\u003c`…, which JSON reads back as the same characters), and no line separators.
fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 64);
    for ch in json.chars() {
        match ch {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The size, in characters, of the part of `target`'s output that its limit measures, with
/// every item of `spec` kept and no budget.
fn measure(env: &minijinja::Environment<'_>, spec: &PersonaSpec, target: Target) -> usize {
    let items = render::context::items(spec);
    let keep = vec![true; items.len()];
    let ctx = render::Context::build(spec, target, &items, &keep, render::DEFAULT_BASE_MODEL);
    let value = render::escape::context_value(&ctx, target.escape());
    let template = target
        .fields()
        .first()
        .map_or(target.template(), |(template, _, _)| *template);
    env.get_template(template)
        .and_then(|t| t.render(&value))
        .map(|text| render::escape::strip_invisible(&text).chars().count())
        .unwrap_or(0)
}

/// What an item of `own` characters adds, from measured items like it (`(cost, own)`): its
/// length and their median extra (a bullet, a date, a line end), or nothing when they added
/// nothing (the measured part does not show that kind). `grows`: whether memories and
/// examples add anything at all, for when none was measured.
fn estimate(like: &[(usize, usize)], own: usize, grows: bool) -> usize {
    let mut extra: Vec<i64> = like
        .iter()
        .filter(|(cost, _)| *cost > 0)
        .map(|&(cost, own)| cost as i64 - own as i64)
        .collect();
    if extra.is_empty() {
        return if like.is_empty() && grows { own + 4 } else { 0 };
    }
    extra.sort_unstable();
    let median = extra[extra.len() / 2];
    usize::try_from(own as i64 + median).unwrap_or(0)
}

fn target_data(env: &minijinja::Environment<'_>, spec: &PersonaSpec, target: Target) -> TargetData {
    let full = measure(env, spec, target);
    let mut bare = spec.clone();
    let said: std::collections::HashSet<String> = spec
        .memories
        .iter()
        .map(|m| m.text.to_lowercase())
        .collect();
    bare.user
        .facts
        .retain(|f| !said.contains(&f.text.to_lowercase()));
    bare.memories.clear();
    bare.examples.clear();
    let base = measure(env, &bare, target).min(full);
    let n = spec.memories.len();
    // Which part of the output each memory goes to (a fact-like memory goes as the fact).
    let mut group: Vec<Option<ItemKind>> = vec![None; n];
    for item in render::context::items(spec) {
        if matches!(
            item.kind,
            ItemKind::Ritual | ItemKind::TopMemory | ItemKind::OtherMemory
        ) {
            group[item.index] = Some(item.kind);
        }
    }
    // What an item adds: the size with everything, less the size without it. Measured for
    // the first (highest-priority) items; each render holds the whole spec, so measuring all
    // of a long list would take a while.
    // They are measured in a spec cut to the measured items (the rest of the spec as it is):
    // an item adds the same there, and each render then costs the measured items, not the
    // whole list (3,000 memories took over a second a page).
    let mut sub = spec.clone();
    // The facts that say the same as the memories left out go with them.
    let left_out: std::collections::HashSet<String> = spec
        .memories
        .iter()
        .skip(MEASURED_MEMORIES)
        .map(|m| m.text.to_lowercase())
        .collect();
    sub.user
        .facts
        .retain(|f| !left_out.contains(&f.text.to_lowercase()));
    sub.memories.truncate(MEASURED_MEMORIES);
    sub.examples.truncate(MEASURED_EXAMPLES);
    let sub_full = if n > MEASURED_MEMORIES || spec.examples.len() > MEASURED_EXAMPLES {
        measure(env, &sub, target)
    } else {
        full
    };
    let cost_without = |f: &dyn Fn(&mut PersonaSpec)| -> usize {
        let mut s = sub.clone();
        f(&mut s);
        sub_full.saturating_sub(measure(env, &s, target))
    };
    let memory_own = |i: usize| spec.memories[i].text.chars().count();
    // Dropping a memory drops the facts that say the same (the page does the same on save).
    let measured: Vec<usize> = (0..n.min(MEASURED_MEMORIES))
        .map(|i| {
            cost_without(&|s: &mut PersonaSpec| {
                let gone = s.memories.remove(i).text.to_lowercase();
                s.user.facts.retain(|f| f.text.to_lowercase() != gone);
            })
        })
        .collect();
    let memories = (0..n)
        .map(|i| match measured.get(i) {
            Some(&cost) => cost,
            None => {
                let like: Vec<(usize, usize)> = (0..measured.len())
                    .filter(|&j| group[j] == group[i])
                    .map(|j| (measured[j], memory_own(j)))
                    .collect();
                estimate(&like, memory_own(i), full > base)
            }
        })
        .collect();
    let example_own = |i: usize| {
        let e = &spec.examples[i];
        e.user.chars().count() + e.companion.chars().count()
    };
    let measured: Vec<usize> = (0..spec.examples.len().min(MEASURED_EXAMPLES))
        .map(|i| {
            cost_without(&|s: &mut PersonaSpec| {
                s.examples.remove(i);
            })
        })
        .collect();
    let like: Vec<(usize, usize)> = (0..measured.len())
        .map(|j| (measured[j], example_own(j)))
        .collect();
    let examples = (0..spec.examples.len())
        .map(|i| match measured.get(i) {
            Some(&cost) => cost,
            None => estimate(&like, example_own(i), full > base),
        })
        .collect();
    let limit = target.limit();
    TargetData {
        name: target.name(),
        destination: target.destination(),
        max: limit.max,
        unit: match limit.unit {
            Unit::Chars => "characters",
            Unit::Tokens => "tokens",
        },
        measures: target.fields().first().map_or_else(
            || "the whole output".to_owned(),
            |(_, label, _)| (*label).to_owned(),
        ),
        full,
        base,
        memories,
        examples,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> PersonaSpec {
        crate::persona::demo_spec()
    }

    #[test]
    fn long_lists_are_estimated_close_to_measured() {
        // The demo's memories twenty times over: the later ones are estimated.
        let mut spec = demo();
        let one = spec.memories.clone();
        spec.memories = (0..20)
            .flat_map(|k| {
                one.iter().map(move |m| {
                    let mut m = m.clone();
                    m.text = format!("{} ({k})", m.text);
                    m
                })
            })
            .collect();
        let env = render::environment();
        let d = target_data(&env, &spec, Target::Claude);
        let sum: usize = d.memories.iter().chain(&d.examples).sum();
        let grew = d.full - d.base;
        assert!(
            sum.abs_diff(grew) * 10 <= grew,
            "estimated {sum}, measured growth {grew}"
        );
    }

    #[test]
    fn script_safe_json_reads_back_the_same() {
        let text = "</script><b>&amp;\u{2028}";
        let json = serde_json::to_string(text).unwrap();
        let safe = script_safe(&json);
        assert!(!safe.contains('<') && !safe.contains('>') && !safe.contains('&'));
        let back: String = serde_json::from_str(&safe).unwrap();
        assert_eq!(back, text);
    }

    #[test]
    fn the_page_holds_the_spec_as_data() {
        let spec = demo();
        let html = page(&spec);
        assert!(!html.contains(DATA_SLOT));
        let start = html
            .find(r#"<script type="application/json" id="ferry-data">"#)
            .unwrap();
        let rest = &html[start..];
        let body = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
        let data: serde_json::Value = serde_json::from_str(body).unwrap();
        let back: PersonaSpec = serde_json::from_value(data["spec"].clone()).unwrap();
        assert_eq!(back, spec);
        assert_eq!(data["targets"].as_array().unwrap().len(), Target::ALL.len());
    }

    #[test]
    fn item_costs_add_up_near_the_full_size() {
        let spec = demo();
        let env = render::environment();
        for t in Target::ALL {
            let d = target_data(&env, &spec, t);
            assert!(d.base <= d.full, "{}", d.name);
            assert_eq!(d.memories.len(), spec.memories.len());
            let sum: usize = d.memories.iter().chain(&d.examples).sum();
            // Headings are counted in no single item: the sum stays at or under the growth.
            assert!(
                d.base + sum <= d.full + 8,
                "{}: {} + {sum} vs {}",
                d.name,
                d.base,
                d.full
            );
        }
        let claude = target_data(&env, &spec, Target::Claude);
        assert!(claude.memories.iter().any(|&c| c > 0));
        // A saved memory that repeats a fact about the person goes with the fact.
        let fact = spec
            .memories
            .iter()
            // (Not "User's name is Mira.": a fact that only gives the name is not rendered,
            // every target already has the name.)
            .position(|m| m.text == "User lives in Leeds.")
            .expect("in the demo");
        assert!(claude.memories[fact] > 0);
    }
}
