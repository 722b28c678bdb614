//! The folder `ferry migrate` writes: every target's file, `persona.json`, and a README in
//! plain words (what was found, what to do next, what was left out): its sentences come from
//! the language's file in `lang/`, its layout from `templates/folder-readme.j2`. Written through
//! [`crate::output::write_folder`]: all at once or not at all, and never over the person's own
//! files.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{Rendered, Target};
use crate::persona::PersonaSpec;

/// The README's layout, among [`super::TEMPLATES`].
const README_TEMPLATE: &str = "folder-readme.j2";

/// Every file a migrate folder may hold: what `--force` may replace (see [`crate::output`]).
pub fn own_files() -> Vec<&'static str> {
    let mut own = vec!["persona.json", "README.md", crate::review::FILE_NAME];
    for t in Target::ALL {
        own.push(t.file_name());
        own.extend(t.also_writes());
    }
    own
}

/// The person's changed files that were kept: (theirs, where the new version went).
pub type Kept = Vec<(String, String)>;

/// Renders the folder's files and writes them (see [`crate::output::write_folder`]): a run that
/// fails leaves nothing half-written, and `--force` replaces only ferry's own files.
pub fn write(
    dir: &Path,
    spec: &PersonaSpec,
    outputs: &[(Target, Rendered)],
    force: bool,
) -> Result<(Vec<PathBuf>, Kept)> {
    // NUL, bidi and other invisible characters stay data, written as \u escapes.
    let mut json = super::escape::json_visible(&serde_json::to_string_pretty(spec)?);
    json.push('\n');
    // The folder's persona.json already says exactly this (the person's edited spec, written
    // again from itself): it is left as it is and stays theirs, so no later run replaces it.
    let same = std::fs::read_to_string(dir.join("persona.json"))
        .ok()
        .and_then(|text| crate::persona::load::from_json(&text).ok())
        .is_some_and(|same| same == *spec);
    let mut written: Vec<(&str, Vec<u8>)> = Vec::new();
    if !same {
        written.push(("persona.json", json.into_bytes()));
    }
    for (target, rendered) in outputs {
        written.push((target.file_name(), rendered.text.clone().into_bytes()));
        for (file, text) in &rendered.also {
            // The names come from the target table (`also`), never from persona text.
            if let Some(name) = target.also_writes().iter().find(|f| **f == file.as_str()) {
                written.push((name, text.clone().into_bytes()));
            }
        }
        if *target == Target::Sillytavern {
            written.push((
                "sillytavern-card.png",
                super::card::write_png(&rendered.text)?,
            ));
        }
    }
    written.push(("README.md", readme(spec, outputs).into_bytes()));
    written.push((
        crate::review::FILE_NAME,
        crate::review::page(spec, language_of(spec, outputs)).into_bytes(),
    ));
    let mut own = own_files();
    if same {
        // Not even removed as a file this run no longer writes.
        own.retain(|f| *f != "persona.json");
    }
    let placed = crate::output::write_folder(dir, &written, &own, force)?;
    let files = placed.iter().map(|(_, at)| dir.join(at)).collect();
    let kept = placed.into_iter().filter(|(name, at)| name != at).collect();
    Ok((files, kept))
}

/// The folder's README: what was found, what to do next, what was left out.
fn readme(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> String {
    let text = readme_text(spec, outputs);
    super::escape::strip_invisible(&text)
}

/// What the README template (`templates/folder-readme.j2`) lays out: every sentence already
/// chosen, filled in and escaped.
#[derive(serde::Serialize)]
struct ReadmeContext<'a> {
    title: String,
    found: String,
    /// Only when no companion was found: how to choose one.
    choose: Option<&'a str>,
    also: Option<String>,
    private: &'a str,
    next: &'a str,
    targets: Vec<ReadmeTarget<'a>>,
    review: &'a str,
    persona: &'a str,
    left: Vec<ReadmeLeft<'a>>,
    left_heading: &'a str,
    left_intro: &'a str,
    different_heading: &'a str,
    different: String,
}

#[derive(serde::Serialize)]
struct ReadmeTarget<'a> {
    file: &'a str,
    destination: &'a str,
    how: &'a str,
    /// The target's other files, one line each.
    notes: Vec<String>,
}

#[derive(serde::Serialize)]
struct ReadmeLeft<'a> {
    target: &'a str,
    what: &'a str,
    why: &'a str,
}

/// The language the outputs were rendered in (`--lang`, else the one they spoke): the
/// folder's README and review page are written in it too.
fn language_of(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> &'static super::lang::Words {
    outputs
        .first()
        .and_then(|(_, r)| super::lang::LANGS.iter().find(|w| w.code == r.lang))
        .copied()
        .or_else(|| super::lang::for_spec(None, spec))
        .unwrap_or(super::lang::LANGS[0])
}

fn readme_text(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> String {
    use super::lang::{count, fill, one_many};
    let w = language_of(spec, outputs);
    // Names are persona text: escaped as any markdown value is, so none can start a heading.
    let md = |s: &str| super::escape::escape(s, super::Escape::Markdown);
    let c = &spec.companion;
    let own_name = c.name.as_deref().map(md);
    let name = own_name.as_deref().unwrap_or(w.your_companion);
    let k = c.conversations.to_string();
    let (title, found, choose) = match &own_name {
        Some(n) => {
            let found = one_many(c.conversations, w.found_named_one, w.found_named_many);
            let mut found = fill(found, &[("n", n), ("k", &k)]);
            if let (Some(a), Some(b)) = (c.first_date, c.last_date) {
                found.push_str(&fill(
                    w.from_to,
                    &[("a", &a.to_string()), ("b", &b.to_string())],
                ));
            }
            found.push_str(w.full_stop);
            (fill(w.title_named, &[("n", n)]), found, None)
        }
        None if c.conversations > 0 => {
            let found = count(c.conversations, w.found_unnamed_one, w.found_unnamed_many);
            (w.title_unnamed.to_owned(), found, None)
        }
        None => (
            w.title_none.to_owned(),
            w.found_none.to_owned(),
            Some(w.choose),
        ),
    };
    let mut found_items = Vec::new();
    if let Some(user) = &spec.user.name {
        found_items.push(fill(w.that_you_are, &[("u", &md(user))]));
    }
    if !spec.user.pet_names.is_empty() {
        let pets: Vec<String> = spec.user.pet_names.iter().map(|p| md(p)).collect();
        found_items.push(fill(
            w.what_called_you,
            &[("n", name), ("p", &pets.join(w.comma))],
        ));
    }
    // Counts only when there is something to count: "0 shared memories" says nothing.
    let memories = spec.memories.len();
    if memories > 0 {
        let companion = c.name.is_some() || c.conversations > 0;
        found_items.push(if companion {
            count(memories, w.shared_memory_one, w.shared_memory_many)
        } else {
            count(memories, w.saved_memory_one, w.saved_memory_many)
        });
    }
    let examples = spec.examples.len().min(super::context::MAX_EXAMPLES);
    if examples > 0 {
        found_items.push(count(examples, w.example_one, w.example_many));
    }
    let also = found_items.pop().map(|last| {
        if found_items.is_empty() {
            fill(w.also_found_one, &[("last", &last)])
        } else {
            fill(
                w.also_found_many,
                &[("list", &found_items.join(w.comma)), ("last", &last)],
            )
        }
    });
    let targets = outputs
        .iter()
        .map(|(target, rendered)| {
            let (destination, how) = w.target(*target);
            let mut notes = Vec::new();
            if *target == Target::Sillytavern {
                notes.push(w.png.to_owned());
                let chat = rendered
                    .also
                    .iter()
                    .any(|(file, _)| file == super::tavern::FILE_NAME);
                if let (Some(last), true) = (&spec.last_conversation, chat) {
                    notes.push(fill(
                        w.tavern_chat,
                        &[
                            ("n", name),
                            ("k", &last.messages.len().to_string()),
                            (
                                "date",
                                &last.date.map(|d| d.to_string()).unwrap_or_default(),
                            ),
                        ],
                    ));
                }
            }
            if *target == Target::Claude {
                notes.push(w.claude_knowledge.to_owned());
            }
            if *target == Target::Gemini {
                notes.push(w.gemini_memory.to_owned());
            }
            ReadmeTarget {
                file: target.file_name(),
                destination,
                how,
                notes,
            }
        })
        .collect();
    let left = outputs
        .iter()
        .flat_map(|(t, r)| {
            r.left_out.iter().map(move |l| ReadmeLeft {
                target: t.name(),
                what: &l.what,
                why: &l.why,
            })
        })
        .collect();
    let different = if c.name.is_some() || c.conversations > 0 {
        fill(w.different_found, &[("n", name)])
    } else {
        w.different_none.to_owned()
    };
    let context = ReadmeContext {
        title,
        found,
        choose,
        also,
        private: w.private,
        next: w.next,
        targets,
        review: w.review,
        persona: w.persona,
        left,
        left_heading: w.left_heading,
        left_intro: w.left_intro,
        different_heading: w.different_heading,
        different,
    };
    // A built-in template over plain strings: it is tested, and it cannot fail on a spec.
    super::environment()
        .get_template(README_TEMPLATE)
        .and_then(|t| t.render(&context))
        .unwrap_or_else(|e| panic!("built-in template {README_TEMPLATE}: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn readme_for(name: &str, targets: &[Target]) -> String {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fixtures/personas")
            .join(format!("{name}.json"));
        let spec = crate::persona::load::from_json(&std::fs::read_to_string(path).unwrap())
            .expect("fixture");
        let outputs: Vec<(Target, Rendered)> = targets
            .iter()
            .map(|t| {
                (
                    *t,
                    super::super::render(&spec, *t, &super::super::RenderOptions::default())
                        .unwrap(),
                )
            })
            .collect();
        readme(&spec, &outputs)
    }

    #[test]
    fn no_companion_is_said_plainly_with_how_to_choose_one() {
        let text = readme_for("assistant", &[Target::Claude, Target::Markdown]);
        assert!(text.contains("found no named companion"), "{text}");
        assert!(text.contains("--companion NAME"), "{text}");
        assert!(text.contains("keep the assistant's manner"), "{text}");
        // No zero counts, and no companionship framing.
        let zero = regex::Regex::new(r"\b0 [a-z]").unwrap();
        assert!(!zero.is_match(&text), "{text}");
        assert!(!text.contains("companionship"), "{text}");
        assert!(!text.contains("shared memor"), "{text}");
    }

    #[test]
    fn the_readme_is_in_the_persons_language() {
        let text = readme_for("indonesian", &[Target::Claude, Target::Markdown]);
        assert!(
            text.starts_with("# Bintang, dibawa pindah oleh ferry"),
            "{text}"
        );
        assert!(text.contains("## Langkah selanjutnya"), "{text}");
        assert!(text.contains("Project tidak melihat"), "{text}");
    }

    #[test]
    fn the_extra_files_are_named() {
        let text = readme_for("demo", &[Target::Claude, Target::Gemini]);
        assert!(text.contains("claude-knowledge.md"));
        assert!(text.contains("gemini-memory.txt"));
        assert!(text.contains("do not see what you import into Claude's own memory"));
    }
}
