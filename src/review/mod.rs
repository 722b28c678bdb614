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
//! `("review.html", ferry::review::page(&spec, words).into_bytes())` to the files written.

use serde::Serialize;

use crate::persona::PersonaSpec;
use crate::persona::names::reasons;
use crate::render::lang::{PageWords, Words};
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
    /// The part of the output the limit measures, in the page's language; `None`: all of it.
    measures: Option<&'static str>,
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
    /// The page's words, in the language it is written in.
    words: &'a PageWords,
    /// How that language writes months, a month of a year and thousands.
    months: [&'static str; 12],
    month_year: &'static str,
    thousands: &'static str,
    /// The voice's tone adjectives and languages, named in that language.
    tones: Vec<&'a str>,
    languages: Vec<String>,
    /// Whether the voice's words per reply count letters (Japanese, Chinese).
    letters: bool,
    /// Why each of `companion.candidates` was not chosen, in that language (`None`: chosen).
    reasons: Vec<Option<String>>,
}

/// The review page for `spec`, in `words`' language: one HTML document, complete in itself.
///
/// Write it where the person will open it (`review.html` beside the other files); it reads
/// nothing and sends nothing, and its "Save persona" button downloads the edited spec.
pub fn page(spec: &PersonaSpec, words: &Words) -> String {
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
            .map(|&t| target_data(&env, spec, t, words))
            .collect(),
        generator: concat!("ferry ", env!("CARGO_PKG_VERSION")),
        words: &words.page,
        months: words.months,
        month_year: words.month_year,
        thousands: words.thousands,
        tones: words.tones(spec),
        languages: spec
            .voice
            .languages
            .iter()
            .map(|l| render::context::language_in(l, words))
            .collect(),
        letters: render::context::counts_letters(spec),
        reasons: spec
            .companion
            .candidates
            .iter()
            .map(|c| c.rejected.as_deref().map(|r| reason_in(r, &words.page)))
            .collect(),
    };
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "null".to_owned());
    let html = fixed_words(TEMPLATE, words);
    html.replacen(DATA_SLOT, &script_safe(&json), 1)
}

/// Why a name was not chosen, as the spec says it ([`reasons`]), in the page's words; a
/// reason the page does not know (a spec from another version) is shown as it is.
fn reason_in(rejected: &str, p: &PageWords) -> String {
    let named = |prefix: &str, words: &str| {
        rejected
            .strip_prefix(prefix)
            .map(|name| render::lang::fill(words, &[("c", name)]))
    };
    if let Some(text) =
        named(reasons::EARLIER, p.reason_earlier).or_else(|| named(reasons::SHORT, p.reason_short))
    {
        return text;
    }
    match rejected {
        reasons::USER => p.reason_user,
        reasons::WEAKER => p.reason_weaker,
        reasons::PET => p.reason_pet,
        reasons::PERSON => p.reason_person,
        reasons::PLACE => p.reason_place,
        reasons::CHARACTER => p.reason_character,
        reasons::ELSEWHERE => p.reason_elsewhere,
        reasons::FEW => p.reason_few,
        reasons::CHOSEN_OTHER => p.reason_chose,
        other => other,
    }
    .to_owned()
}

/// `template` with each `@@key@@` replaced by that field of the language's [`PageWords`],
/// as HTML text (`[[x]]` becomes `<code>x</code>`), and the document's `lang` set. A key
/// the words do not have is left as it is (a test checks that there is none).
fn fixed_words(template: &str, words: &Words) -> String {
    let table = serde_json::to_value(&words.page).unwrap_or_default();
    let html = template.replacen(
        r#"<html lang="en">"#,
        &format!(r#"<html lang="{}">"#, words.code),
        1,
    );
    let mut out = String::with_capacity(html.len() + 4096);
    let mut rest = html.as_str();
    while let Some(start) = rest.find("@@") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let found = after.find("@@").and_then(|len| {
            let text = table.get(&after[..len])?.as_str()?;
            Some((len, text))
        });
        match found {
            Some((len, text)) => {
                out.push_str(&html_text(text));
                rest = &after[len + 2..];
            }
            None => {
                out.push_str("@@");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` as HTML: `&`, `<`, `>` and `"` escaped, and each `[[x]]` written as code.
fn html_text(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;");
    escaped.replace("[[", "<code>").replace("]]", "</code>")
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

/// The part of `target`'s output that its limit measures, named in `words`' language;
/// `None` for the whole output.
fn measured_part(target: Target, words: &Words) -> Option<&'static str> {
    let &(_, label, _) = target.fields().first()?;
    Some(words.field_label(label))
}

fn target_data(
    env: &minijinja::Environment<'_>,
    spec: &PersonaSpec,
    target: Target,
    words: &Words,
) -> TargetData {
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
        destination: words.target(target).0,
        max: limit.max,
        unit: match limit.unit {
            Unit::Chars => "characters",
            Unit::Tokens => "tokens",
        },
        measures: measured_part(target, words),
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

    /// The data the page's script reads.
    fn data_of(html: &str) -> serde_json::Value {
        let start = html
            .find(r#"<script type="application/json" id="ferry-data">"#)
            .unwrap();
        let rest = &html[start..];
        let body = &rest[rest.find('>').unwrap() + 1..rest.find("</script>").unwrap()];
        serde_json::from_str(body).unwrap()
    }

    fn en() -> &'static Words {
        render::lang::LANGS[0]
    }

    /// The `{x}` placeholders and `[[x]]` code of a sentence, sorted.
    fn slots(text: &str) -> Vec<String> {
        let mut found = Vec::new();
        for (open, close) in [("{", "}"), ("[[", "]]")] {
            let mut rest = text;
            while let Some(at) = rest.find(open) {
                let after = &rest[at + open.len()..];
                let Some(end) = after.find(close) else { break };
                found.push(format!("{open}{}{close}", &after[..end]));
                rest = &after[end + close.len()..];
            }
        }
        found.sort();
        found
    }

    #[test]
    fn every_language_fills_the_same_places_on_the_page() {
        let english = serde_json::to_value(&en().page).unwrap();
        let english = english.as_object().unwrap();
        for words in render::lang::LANGS {
            let table = serde_json::to_value(&words.page).unwrap();
            for (key, value) in english {
                let theirs = table[key].as_str().unwrap();
                assert!(!theirs.trim().is_empty(), "{}: {key} is empty", words.code);
                assert_eq!(
                    slots(theirs),
                    slots(value.as_str().unwrap()),
                    "{}: {key} = {theirs:?}",
                    words.code
                );
            }
            // A count for one says 1; one for more says how many.
            for (key, value) in table.as_object().unwrap() {
                let value = value.as_str().unwrap();
                if key.ends_with("_one") {
                    assert!(value.contains('1'), "{}: {key} = {value:?}", words.code);
                }
            }
        }
    }

    #[test]
    fn the_page_is_written_in_the_persons_language() {
        let spec = demo();
        let en_html = page(&spec, en());
        assert!(en_html.starts_with("<!doctype html>\n<html lang=\"en\">"));
        assert!(en_html.contains("<h2 id=\"who-h\">Who is who</h2>"));
        // Code in a sentence is code; quotes in a sentence are text.
        assert!(en_html.contains("downloads them as <code>edited-persona.json</code>."));
        for words in render::lang::LANGS {
            let html = page(&spec, words);
            assert!(
                html.contains(&format!("<html lang=\"{}\">", words.code)),
                "{}",
                words.code
            );
            // Every fixed word of the page was found in the table.
            let fixed = &html[..html.find("<script").unwrap()];
            assert!(!fixed.contains("@@"), "{}", words.code);
            assert!(fixed.contains(&html_text(words.page.save_intro)));
            // The script gets the same words, and the language's months.
            let data = data_of(&html);
            assert_eq!(data["words"]["keep"], words.page.keep);
            assert_eq!(data["months"][5], words.months[5]);
        }
        let ja = render::lang::LANGS.iter().find(|w| w.code == "ja").unwrap();
        let html = page(&spec, ja);
        assert!(html.contains(&format!("<h2 id=\"mem-h\">{}</h2>", ja.page.mem_h)));
        assert!(!html.contains(">Who is who<"));
    }

    #[test]
    fn the_voice_is_shown_in_the_pages_language() {
        let mut spec = demo();
        spec.voice.languages = vec!["ja".into(), "en".into()];
        let de = render::lang::LANGS.iter().find(|w| w.code == "de").unwrap();
        let data = data_of(&page(&spec, de));
        assert_eq!(data["languages"][0], "Japanisch");
        assert_eq!(data["letters"], true, "a Japanese voice counts letters");
        let tone = &spec.voice.tone[0].adjective;
        assert_eq!(
            data["tones"][0].as_str().unwrap(),
            de.adjective(tone).unwrap_or(tone)
        );
        let target =
            |t: Target| &data["targets"][Target::ALL.iter().position(|x| *x == t).unwrap()];
        // The sizes table says where each output goes in that language.
        assert_eq!(
            target(Target::Claude)["destination"],
            de.target(Target::Claude).0
        );
        // And which part of it a limit measures, where it is not the whole output.
        assert!(target(Target::Claude)["measures"].is_null());
        assert_eq!(
            target(Target::Chatgpt)["measures"],
            de.field_label(Target::Chatgpt.fields()[0].1)
        );
    }

    #[test]
    fn why_a_name_was_not_chosen_is_said_in_the_pages_language() {
        let ja = render::lang::LANGS.iter().find(|w| w.code == "ja").unwrap();
        let p = &ja.page;
        assert_eq!(reason_in(reasons::PET, p), p.reason_pet);
        assert_eq!(reason_in(reasons::FEW, p), p.reason_few);
        assert_eq!(
            reason_in(&format!("{}Solace", reasons::EARLIER), p),
            render::lang::fill(p.reason_earlier, &[("c", "Solace")])
        );
        assert!(reason_in(&format!("{}Solace", reasons::EARLIER), p).contains("Solace"));
        // A reason from another version stays as written.
        assert_eq!(reason_in("some new reason", p), "some new reason");
        // Every reason ferry gives has words in every language.
        for words in render::lang::LANGS {
            for r in [
                reasons::USER,
                reasons::WEAKER,
                reasons::PET,
                reasons::PERSON,
                reasons::PLACE,
                reasons::CHARACTER,
                reasons::ELSEWHERE,
                reasons::FEW,
                reasons::CHOSEN_OTHER,
            ] {
                let said = reason_in(r, &words.page);
                assert!(words.code == "en" || said != r, "{}: {r}", words.code);
            }
        }
        // The page gets them beside the candidates.
        let mut spec = demo();
        let mut other = spec.companion.candidates[0].clone();
        other.name = "Biscuit".into();
        other.rejected = Some(reasons::PET.into());
        spec.companion.candidates.push(other);
        let data = data_of(&page(&spec, ja));
        let last = spec.companion.candidates.len() - 1;
        assert_eq!(data["reasons"][last], p.reason_pet);
    }

    #[test]
    fn fixed_words_are_html_text() {
        assert_eq!(
            html_text("a <b> & \"c\" [[d.json]]"),
            "a &lt;b&gt; &amp; &quot;c&quot; <code>d.json</code>"
        );
        // An unknown key is left as it is, and so is a lone marker.
        assert_eq!(fixed_words("x @@nope@@ @@", en()), "x @@nope@@ @@");
        assert_eq!(fixed_words("@@col_app@@@@col_size@@", en()), "AppSize");
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
        let d = target_data(&env, &spec, Target::Claude, en());
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
        let html = page(&spec, en());
        assert!(!html.contains(DATA_SLOT));
        let data = data_of(&html);
        let back: PersonaSpec = serde_json::from_value(data["spec"].clone()).unwrap();
        assert_eq!(back, spec);
        assert_eq!(data["targets"].as_array().unwrap().len(), Target::ALL.len());
    }

    #[test]
    fn item_costs_add_up_near_the_full_size() {
        let spec = demo();
        let env = render::environment();
        for t in Target::ALL {
            let d = target_data(&env, &spec, t, en());
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
        let claude = target_data(&env, &spec, Target::Claude, en());
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
