//! What an export holds, folded from the conversation stream: `ferry inspect`.
//!
//! [`Inspector`] keeps one small summary per conversation id (so a newer copy from a later
//! shard replaces the older one) and [`Inspector::finish`] adds them up into an
//! [`Inspection`], whose JSON form is a documented contract (`schema: "ferry.inspect/1"`).

mod report;
mod summary;

use std::collections::{BTreeMap, BTreeSet, HashSet};

pub use report::*;
use summary::*;

use crate::export::{Conversation, Export, GizmoKind, ReadReport, SourceKind};
use crate::persona::names::NameCollector;
use crate::persona::patterns::gate::Gate;
use crate::time;

/// The `schema` value of `ferry inspect --json`; bumped on any incompatible change.
pub const SCHEMA: &str = "ferry.inspect/1";

/// Bytes of one block of [`Inspector`]'s summaries (the library's tests use blocks of a few
/// summaries, so that every inspection they make spans blocks).
#[cfg(not(test))]
const BLOCK: usize = 256 << 10;
#[cfg(test)]
const BLOCK: usize = 64;

/// Folds conversations into an [`Inspection`].
#[derive(Default)]
pub struct Inspector {
    /// Every summary, encoded back to back in blocks of [`BLOCK`] bytes. One growing list
    /// copied itself at each doubling, and the allocator kept the old copy for a while: a
    /// passing peak of several megabytes on an export of 100,000 conversations (issue 14).
    arena: Vec<Vec<u8>>,
    /// (hash of the conversation id, block and start of its summary in `arena`), in arrival
    /// order; a later entry for the same id replaces an earlier one.
    index: Vec<(u64, u32, u32)>,
    /// Where a summary is encoded before it goes in its block.
    scratch: Vec<u8>,
    names: Names,
    companions: NameCollector,
    instruction_versions: HashSet<u64>,
}

impl Inspector {
    pub fn new() -> Inspector {
        Inspector::default()
    }

    /// Takes one conversation; a later copy with the same id replaces the earlier one.
    pub fn add(&mut self, c: &Conversation) {
        Gate::within(Some(Gate::of_conversation(c)), || {
            let new_version = self.summarize(c);
            let signs = crate::persona::conversation_names(c, new_version);
            self.companions.add(signs);
        });
    }

    /// [`Inspector::add`], with the context pass already done (on a parsing thread).
    fn add_prepared(&mut self, p: &mut crate::persona::Prepared) {
        Gate::within(Some(p.gate), || {
            let new_version = self.summarize(&p.conversation);
            let signs = crate::persona::prepared_names(p, new_version);
            self.companions.add(signs);
        });
    }

    /// Files the conversation's summary; true when its custom instructions are a version
    /// not seen before.
    fn summarize(&mut self, c: &Conversation) -> bool {
        let summary = Summary::of(c, &mut self.names);
        let new_version = summary
            .instructions
            .is_some_and(|fp| self.instruction_versions.insert(fp));
        self.scratch.clear();
        summary.encode(&mut self.scratch);
        let len = self.scratch.len();
        match self.arena.last() {
            Some(block) if block.capacity() - block.len() >= len => {}
            _ => self.arena.push(Vec::with_capacity(BLOCK.max(len))),
        }
        let block = self.arena.len() - 1;
        let to = &mut self.arena[block];
        // A summary is a few dozen bytes; a block holds thousands.
        let at = u32::try_from(to.len()).unwrap_or(u32::MAX);
        to.extend_from_slice(&self.scratch);
        let block = u32::try_from(block).unwrap_or(u32::MAX);
        self.index.push((fingerprint(&c.id), block, at));
        new_version
    }

    /// The summaries that count, the last copy of each conversation, decoded one at a time.
    fn summaries(&mut self) -> impl Iterator<Item = Summary> + '_ {
        // Stable sort: for equal ids, arrival order is kept and the last one wins.
        self.index.sort_by_key(|&(key, _, _)| key);
        let (index, arena) = (&self.index, &self.arena);
        index
            .iter()
            .enumerate()
            .filter_map(move |(i, &(key, block, start))| {
                let superseded = index.get(i + 1).is_some_and(|&(next, _, _)| next == key);
                (!superseded)
                    .then(|| Summary::decode(&mut &arena[block as usize][start as usize..]))
            })
    }

    /// Adds everything up.
    pub fn finish(mut self, export: ExportInfo, report: ReadReport) -> Inspection {
        let decision = self.companions.decide(None);
        let companions = decision
            .candidates
            .into_iter()
            .take(10)
            .map(|c| CompanionCandidate {
                confidence: if c.rejected.is_none() {
                    decision.confidence
                } else {
                    c.confidence
                },
                name: c.name,
                // The chosen companion: every conversation with it, under any name.
                conversations: if c.rejected.is_none() {
                    decision.numbers.len()
                } else {
                    c.conversations
                },
                rejected: c.rejected,
            })
            .collect();
        let names = std::mem::take(&mut self.names);
        let names = &names;
        let mut conversations = ConversationCounts {
            duplicates: report.duplicates,
            skipped: report.skipped.len(),
            ..Default::default()
        };
        let mut totals = [0u64; SLOTS];
        let mut range = (None, None);
        let mut months = BTreeSet::new();
        let mut models: BTreeMap<&str, usize> = BTreeMap::new();
        let mut gizmos: BTreeMap<(&str, GizmoKind), usize> = BTreeMap::new();
        let mut instruction_versions = BTreeSet::new();
        let mut instructions_seen = (None, None);
        let mut snapshot_set = BTreeSet::new();
        let mut latest_snapshot: Option<(i64, u64)> = None;
        let mut voices: BTreeMap<&str, usize> = BTreeMap::new();
        let mut voice_conversations = 0;
        let mut slim = 0;

        for s in self.summaries() {
            conversations.total += 1;
            for (total, n) in totals.iter_mut().zip(s.counts) {
                *total += n;
            }
            conversations.archived += usize::from(s.archived);
            conversations.with_branches += usize::from(s.branched);
            slim += usize::from(s.slim);
            for t in [s.first, s.last].into_iter().flatten() {
                widen(&mut range, t);
            }
            months.extend(s.months.iter().copied());
            for &(model, n) in &s.models {
                *models.entry(names.name(model)).or_default() += n as usize;
            }
            if let Some((g, kind)) = s.gizmo {
                let kind = if kind == 1 {
                    GizmoKind::Project
                } else {
                    GizmoKind::Gpt
                };
                *gizmos.entry((names.name(g), kind)).or_default() += 1;
            }
            if let Some(fp) = s.instructions {
                instruction_versions.insert(fp);
                if let Some(t) = s.created.or(s.first) {
                    widen(&mut instructions_seen, t);
                }
            }
            for &(t, fp, entries) in &s.snapshots {
                snapshot_set.insert(fp);
                let t = t.unwrap_or(i64::MIN);
                // Ties go to the larger snapshot, so the result does not depend on order.
                if latest_snapshot.is_none_or(|latest| (t, entries) > latest) {
                    latest_snapshot = Some((t, entries));
                }
            }
            voice_conversations += usize::from(s.counts[VOICE_MESSAGES] > 0);
            if let Some(v) = s.voice {
                *voices.entry(names.name(v)).or_default() += 1;
            }
        }
        let total = |slot: usize| totals[slot] as usize;
        let (first, last) = range;
        let mut messages = MessageCounts {
            user: total(USER),
            assistant: total(ASSISTANT),
            system: total(SYSTEM),
            tool: total(TOOL),
            other: total(OTHER),
            on_thread: total(ON_THREAD),
            hidden: total(HIDDEN),
            total: 0,
        };
        let mut memory = MemoryInfo {
            empty_snapshots: total(EMPTY_SNAPSHOTS),
            writes: total(WRITES),
            citations: total(CITATIONS),
            ..MemoryInfo::default()
        };
        let mut voice = VoiceInfo {
            conversations: voice_conversations,
            messages: total(VOICE_MESSAGES),
            ..VoiceInfo::default()
        };
        let spoken_or_typed = total(SPOKEN_OR_TYPED);
        let attachments = AttachmentCounts {
            images: total(IMAGES),
            audio: total(AUDIO),
            video: total(VIDEO),
            files: total(FILES),
        };
        messages.total =
            messages.user + messages.assistant + messages.system + messages.tool + messages.other;

        let assistant_total: usize = models.values().sum();
        let share = |n: usize, of: usize| {
            if of == 0 {
                0.0
            } else {
                round4(n as f64 / of as f64)
            }
        };
        let mut models: Vec<ModelShare> = models
            .into_iter()
            .map(|(slug, n)| ModelShare {
                share: share(n, assistant_total),
                slug: slug.to_owned(),
                messages: n,
            })
            .collect();
        models.sort_by(|a, b| b.messages.cmp(&a.messages).then(a.slug.cmp(&b.slug)));
        let gpt_4o: usize = models
            .iter()
            .filter(|m| is_gpt_4o(&m.slug))
            .map(|m| m.messages)
            .sum();

        let mut gizmos: Vec<GizmoCount> = gizmos
            .into_iter()
            .map(|((id, kind), conversations)| GizmoCount {
                id: id.to_owned(),
                kind,
                conversations,
            })
            .collect();
        gizmos.sort_by(|a, b| b.conversations.cmp(&a.conversations).then(a.id.cmp(&b.id)));

        memory.snapshots = snapshot_set.len();
        if let Some((t, entries)) = latest_snapshot {
            memory.latest_snapshot_entries = entries as usize;
            memory.latest_snapshot_date = time::date(t as f64);
        }
        voice.share = share(voice.messages, spoken_or_typed);
        let mut voices: Vec<NameCount> = voices
            .into_iter()
            .map(|(name, conversations)| NameCount {
                name: name.to_owned(),
                conversations,
            })
            .collect();
        voices.sort_by(|a, b| {
            b.conversations
                .cmp(&a.conversations)
                .then(a.name.cmp(&b.name))
        });
        voice.voices = voices;

        let format = if conversations.total == 0 {
            if export.sharded { "sharded" } else { "classic" }
        } else if slim * 2 > conversations.total {
            "slim"
        } else if export.sharded {
            "sharded"
        } else {
            "classic"
        };

        Inspection {
            schema: SCHEMA,
            ferry_version: env!("CARGO_PKG_VERSION"),
            source: SourceInfo {
                path: export.label,
                kind: export.kind,
                files: export.files,
                format,
                manifest: export.manifest,
                bytes: report.bytes,
            },
            conversations,
            messages,
            dates: Dates {
                first: first.and_then(|t| time::date(t as f64)),
                last: last.and_then(|t| time::date(t as f64)),
                months_active: months.len(),
            },
            gpt_4o_share: share(gpt_4o, assistant_total),
            models,
            gizmos,
            custom_instructions: CustomInstructionsInfo {
                present: !instruction_versions.is_empty(),
                versions: instruction_versions.len(),
                first_seen: instructions_seen.0.and_then(|t| time::date(t as f64)),
                last_seen: instructions_seen.1.and_then(|t| time::date(t as f64)),
            },
            memory,
            voice,
            attachments,
            companions,
            skipped: report.skipped,
            warnings: report.warnings,
        }
    }
}

/// What [`Inspector::finish`] needs to know about the export itself.
#[derive(Debug, Clone)]
pub struct ExportInfo {
    pub label: String,
    pub kind: SourceKind,
    pub files: Vec<String>,
    pub sharded: bool,
    pub manifest: bool,
}

impl ExportInfo {
    pub fn of(export: &Export) -> ExportInfo {
        ExportInfo {
            label: export.label().to_owned(),
            kind: export.kind(),
            files: export.files(),
            sharded: export.sharded(),
            manifest: export.manifest_used(),
        }
    }
}

/// `gpt-4o`, `gpt-4o-mini`, `gpt-4o-canmore`…
pub fn is_gpt_4o(slug: &str) -> bool {
    slug == "gpt-4o" || slug.starts_with("gpt-4o-")
}

fn round4(x: f64) -> f64 {
    (x * 10_000.0).round() / 10_000.0
}

/// Reads a whole export and inspects it.
pub fn inspect(
    export: Export,
    progress: &dyn crate::export::Progress,
) -> Result<Inspection, crate::export::ExportError> {
    let info = ExportInfo::of(&export);
    let mut inspector = Inspector::new();
    let prepare = crate::persona::Prepared::new;
    let report = export.read_with(progress, prepare, |p| inspector.add_prepared(p))?;
    Ok(inspector.finish(info, report))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{Input, ReadOptions};
    use ferry_synth::{Era, Lang, Persona, SynthSpec};

    /// The library's tests use blocks of 64 bytes: the summaries of this export span dozens
    /// of them, and a copy of a conversation read twice replaces the first across blocks.
    #[test]
    fn summaries_across_blocks_count_each_conversation_once() {
        let dir = std::env::temp_dir().join(format!("ferry-inspect-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let spec = SynthSpec {
            conversations: 40,
            companion: Some(Persona::example(Lang::En)),
            ..SynthSpec::new(Era::Modern2025)
        };
        ferry_synth::write_dir(&spec, &dir).unwrap();
        let export = crate::export::open(&Input::Path(dir.clone()), ReadOptions::default())
            .expect("the export opens");
        let info = ExportInfo::of(&export);
        let (all, report) = export.read_all().expect("the export reads");
        let _ = std::fs::remove_dir_all(&dir);
        let messages: usize = all.iter().map(|c| c.messages.len()).sum();
        let mut once = Inspector::new();
        let mut twice = Inspector::new();
        for c in &all {
            once.add(c);
            twice.add(c);
        }
        // Every conversation again: each replaces its first copy.
        for c in &all {
            twice.add(c);
        }
        assert!(once.arena.len() > 10, "{} blocks", once.arena.len());
        let once = once.finish(info.clone(), report.clone());
        let twice = twice.finish(info, report);
        assert_eq!(once.conversations.total, all.len());
        assert_eq!(once.messages.total, messages);
        // The summaries' part of the report is the same (the companion's signs are counted
        // per copy added: the reader drops an older copy before it gets here).
        let summaries = |i: &Inspection| {
            let mut v = serde_json::to_value(i).unwrap();
            v.as_object_mut().unwrap().remove("companions");
            v
        };
        assert_eq!(summaries(&once), summaries(&twice));
    }
}
