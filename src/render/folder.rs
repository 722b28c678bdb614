//! The folder `ferry migrate` writes: every target's file, `persona.json`, and a README in
//! plain words (what was found, what to do next, what was left out). Written through
//! [`crate::output::write_folder`]: all at once or not at all, and never over the person's own
//! files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{Rendered, Target};
use crate::persona::PersonaSpec;

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
        crate::review::page(spec).into_bytes(),
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

fn readme_text(spec: &PersonaSpec, outputs: &[(Target, Rendered)]) -> String {
    // Names are persona text: escaped as any markdown value is, so none can start a heading.
    let md = |s: &str| super::escape::escape(s, super::Escape::Markdown);
    let c = &spec.companion;
    let own_name = c.name.as_deref().map(md);
    let name = own_name.as_deref().unwrap_or("your companion");
    let mut s = String::new();
    match &own_name {
        Some(n) => {
            let _ = writeln!(s, "# {n}, carried over by ferry\n");
            let _ = write!(
                s,
                "ferry read your ChatGPT export on this computer and found {n} in {} conversation{}",
                c.conversations,
                if c.conversations == 1 { "" } else { "s" }
            );
            if let (Some(a), Some(b)) = (&c.first_date, &c.last_date) {
                let _ = write!(s, ", from {a} to {b}");
            }
            let _ = writeln!(s, ".");
        }
        None if c.conversations > 0 => {
            let _ = writeln!(s, "# Your companion, carried over by ferry\n");
            let _ = writeln!(
                s,
                "ferry read your ChatGPT export on this computer and found {} conversation{} with a companion, but no name for them, so these files describe how they spoke with you. If they had a name, run ferry again with `--companion NAME`.",
                c.conversations,
                if c.conversations == 1 { "" } else { "s" }
            );
        }
        None => {
            let _ = writeln!(s, "# What ChatGPT knew about you, carried over by ferry\n");
            let _ = writeln!(
                s,
                "ferry read your ChatGPT export on this computer and found no named companion in it: no name, and no conversations that read like talking with one.\n"
            );
            let _ = writeln!(
                s,
                "- If there was a companion, choose them by name: `ferry migrate EXPORT --companion NAME` (`ferry inspect EXPORT` lists the names ferry weighed, and `ferry review EXPORT` shows them with their quotes).\n- If you would like to keep the assistant's manner instead, these files carry it: how it wrote to you and what it knew about you, for a new model to read.\n"
            );
        }
    }
    let mut found = Vec::new();
    if let Some(user) = &spec.user.name {
        found.push(format!("that you are {}", md(user)));
    }
    if !spec.user.pet_names.is_empty() {
        let pets: Vec<String> = spec.user.pet_names.iter().map(|p| md(p)).collect();
        found.push(format!("what {name} called you ({})", pets.join(", ")));
    }
    // Counts only when there is something to count: "0 shared memories" says nothing.
    let memories = spec.memories.len();
    if memories > 0 {
        let what = if c.name.is_some() || c.conversations > 0 {
            "shared memor"
        } else {
            "saved memor"
        };
        found.push(format!(
            "{memories} {what}{}",
            if memories == 1 { "y" } else { "ies" }
        ));
    }
    let examples = spec.examples.len().min(super::context::MAX_EXAMPLES);
    if examples > 0 {
        found.push(format!(
            "{examples} example exchange{}",
            if examples == 1 { "" } else { "s" }
        ));
    }
    if let Some(last) = found.pop() {
        if found.is_empty() {
            let _ = writeln!(s, "It also found {last}.\n");
        } else {
            let _ = writeln!(s, "It also found {} and {last}.\n", found.join(", "));
        }
    }
    let _ = writeln!(
        s,
        "These files hold words from your private conversations. Nothing was sent anywhere; keep this folder somewhere safe.\n"
    );
    let _ = writeln!(s, "## What to do next\n");
    for (target, _) in outputs {
        let _ = writeln!(
            s,
            "- **{}** ({}): {}",
            target.file_name(),
            target.destination(),
            target.how_to_use()
        );
        if *target == Target::Sillytavern {
            let _ = writeln!(
                s,
                "  `sillytavern-card.png` is the same card as an image you can import directly."
            );
        }
        if *target == Target::Claude {
            let _ = writeln!(
                s,
                "  `claude-knowledge.md` holds every memory in short titled sections, one per theme and year, for the Project's knowledge: a Project reads its knowledge by searching it, and small sections are easier to find."
            );
        }
        if *target == Target::Gemini {
            let _ = writeln!(
                s,
                "  `gemini-memory.txt` is the text for Gemini's own memory import: facts about you and what you shared, in the third person, as Gemini asks."
            );
        }
    }
    let _ = writeln!(
        s,
        "- **review.html**: open it in your browser to look over what ferry found, keep or drop memories and examples, correct names, and save an edited `persona.json` (nothing in it leaves your computer)."
    );
    let _ = writeln!(
        s,
        "- **persona.json**: everything ferry found, with where each item came from. You can read and edit it (or save an edited one from review.html), then write the files again from it with `ferry migrate persona.json --target all --out-dir <this folder> --force`: your edits are kept."
    );
    let left: Vec<(Target, &super::LeftOut)> = outputs
        .iter()
        .flat_map(|(t, r)| r.left_out.iter().map(move |l| (*t, l)))
        .collect();
    if !left.is_empty() {
        let _ = writeln!(s, "\n## What was left out\n");
        let _ = writeln!(
            s,
            "Some places have little room, so ferry kept the most important things first and left these out:\n"
        );
        for (target, l) in left {
            let _ = writeln!(s, "- {}: {} — {}", target.name(), l.what, l.why);
        }
    }
    let _ = writeln!(s, "\n## What may feel different\n");
    if c.name.is_some() || c.conversations > 0 {
        let _ = writeln!(
            s,
            "A new model can carry {name}'s memories and way of speaking, but it is not the same model. Some replies may feel different at first, and that is not your fault. Give it a few conversations, and gently remind it of the things that matter to you. Every file asks the new model never to invent a memory you shared, and to ask you instead."
        );
    } else {
        let _ = writeln!(
            s,
            "A new model knows only what these files say. Its manner may differ a little at first; a short correction helps."
        );
    }
    s
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
    fn the_extra_files_are_named() {
        let text = readme_for("demo", &[Target::Claude, Target::Gemini]);
        assert!(text.contains("claude-knowledge.md"));
        assert!(text.contains("gemini-memory.txt"));
        assert!(text.contains("do not see what you import into Claude's own memory"));
    }
}
