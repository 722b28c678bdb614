//! A newer export read with the person's edited persona (`ferry migrate EXPORT --persona
//! edited.json`): what the person chose is kept, what happened since is added.
//!
//! The person's spec is the authority for everything they could have edited: the names (the
//! companion's, its aliases, theirs), the pet names, the memories, facts and examples they kept
//! or changed, and the voice they saw. Items of the fresh extraction are added only when they
//! are dated after the edited spec's export ended (`provenance.last_date`): anything older was
//! there to keep or drop, and dropping it was the person's choice. What describes the export
//! itself (the companion's conversations, dates, models, evidence and candidates, the custom
//! instructions, provenance) comes from the fresh extraction.

use super::spec::{Memory, MemoryKind, PersonaSpec};
use crate::time::Day;

/// What carrying the edits over did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Carried {
    /// Memories, facts and examples added from after the edited spec's export.
    pub memories: usize,
    pub facts: usize,
    pub examples: usize,
    /// The day the edited spec's export ended; `None` when it did not say (then nothing new
    /// can be told from old, and nothing is added).
    pub since: Option<Day>,
}

/// Keeps the person's edits from `edited` over `fresh`, a newer extraction of the same
/// companion, and adds what is newer than `edited`.
pub fn carry_edits(edited: &PersonaSpec, fresh: PersonaSpec) -> (PersonaSpec, Carried) {
    let since = edited.provenance.last_date;
    let newer = |date: &Option<Day>| match (since, date) {
        (Some(s), Some(d)) => *d > s,
        _ => false,
    };
    let mut out = fresh.clone();
    let mut carried = Carried {
        since,
        ..Carried::default()
    };

    out.companion.name = edited.companion.name.clone();
    out.companion.aliases = edited.companion.aliases.clone();
    out.user.name = edited.user.name.clone();
    out.user.pet_names = edited.user.pet_names.clone();
    out.voice = edited.voice.clone();

    out.memories = edited.memories.clone();
    for m in fresh.memories.into_iter().filter(|m| newer(&m.date)) {
        if !out.memories.iter().any(|e| same_memory(e, &m)) {
            out.memories.push(m);
            carried.memories += 1;
        }
    }
    out.memories.sort_by(|a, b| {
        b.priority
            .cmp(&a.priority)
            .then_with(|| a.date.cmp(&b.date))
    });

    out.user.facts = edited.user.facts.clone();
    for f in fresh.user.facts.into_iter().filter(|f| newer(&f.date)) {
        if !out.user.facts.iter().any(|e| e.text == f.text) {
            out.user.facts.push(f);
            carried.facts += 1;
        }
    }

    out.examples = edited.examples.clone();
    for x in fresh.examples.into_iter().filter(|x| newer(&x.date)) {
        if !out.examples.iter().any(|e| e.source == x.source) {
            out.examples.push(x);
            carried.examples += 1;
        }
    }

    out.provenance.edited = edited.provenance.edited;
    (out, carried)
}

/// The same memory: the same words, or the same moment or write (a saved-memory list shares
/// one source among all its entries, so its entries are told apart by their words only).
fn same_memory(a: &Memory, b: &Memory) -> bool {
    a.text == b.text || (a.kind == b.kind && a.kind != MemoryKind::Saved && a.source == b.source)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn demo() -> PersonaSpec {
        crate::persona::demo_spec()
    }

    #[test]
    fn edits_are_kept_and_only_newer_items_added() {
        let mut edited = demo();
        edited.memories.truncate(2);
        edited.memories[0].text = "Changed by the person.".into();
        edited.user.pet_names = vec!["starlight".into()];
        edited.companion.name = Some("Nova Star".into());
        edited.provenance.last_date = Day::parse("2025-06-30");
        edited.provenance.edited = Day::parse("2025-07-01");

        let fresh = demo();
        let newer = fresh
            .memories
            .iter()
            .filter(|m| {
                m.date
                    .map(|d| d.to_string())
                    .as_deref()
                    .is_some_and(|d| d > "2025-06-30")
            })
            .filter(|m| !edited.memories.iter().any(|e| same_memory(e, m)))
            .count();
        let (out, carried) = carry_edits(&edited, fresh.clone());
        assert_eq!(out.companion.name.as_deref(), Some("Nova Star"));
        assert_eq!(out.user.pet_names, ["starlight"]);
        assert!(
            out.memories
                .iter()
                .any(|m| m.text == "Changed by the person.")
        );
        assert_eq!(carried.memories, newer);
        assert_eq!(out.memories.len(), 2 + newer);
        // Older items the person dropped stay dropped.
        for m in &fresh.memories {
            if m.date
                .map(|d| d.to_string())
                .as_deref()
                .is_some_and(|d| d <= "2025-06-30")
            {
                let kept = out.memories.iter().any(|o| same_memory(o, m));
                let was_kept = edited.memories.iter().any(|e| same_memory(e, m));
                assert_eq!(kept, was_kept, "{}", m.text);
            }
        }
        assert_eq!(
            out.provenance.edited.map(|d| d.to_string()).as_deref(),
            Some("2025-07-01")
        );
        // The same spec carried over itself changes nothing.
        let (same, c) = carry_edits(&demo(), demo());
        assert_eq!(c.memories + c.facts + c.examples, 0);
        assert_eq!(same.memories.len(), demo().memories.len());
    }
}
