//! Shared memories: what ChatGPT saved, wrote and quoted, and the moments found in chat.
//!
//! Saved memories come from the latest snapshot; memory writes after it and citations are
//! added; near-duplicates are merged (the earliest date is kept); entries that vanished from
//! the saved list are reported as removed. Moments (the naming day, the first conversation,
//! "remember when…", anniversaries) and rituals (good morning, goodnight) come from chat.

mod near;

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use super::patterns::{self, Ritual};
use super::spec::{Fact, FactSource, Memory, MemoryKind, RemovedMemory, Source};
use crate::time::{self, Day};
use near::NearIndex;

const MAX_WRITES: usize = 5000;
const MAX_MOMENTS: usize = 300;

#[derive(Debug, Clone)]
struct Dated {
    time: Option<f64>,
    text: String,
    source: Source,
}

#[derive(Debug, Clone)]
struct Snapshot {
    time: Option<f64>,
    entries: Vec<(Option<Day>, String)>,
    source: Source,
}

/// A ritual seen across conversations.
#[derive(Debug, Clone, Default)]
struct RitualAcc {
    conversations: u32,
    first: Option<f64>,
    /// The earliest exchange: (user text, companion reply, source).
    example: Option<(f64, String, String, Source)>,
}

#[derive(Debug, Clone)]
pub(crate) struct Moment {
    pub(crate) time: Option<f64>,
    pub(crate) text: String,
    pub(crate) priority: u8,
    pub(crate) source: Source,
}

#[derive(Default)]
pub(crate) struct MemoryCollector {
    snapshots: Vec<Snapshot>,
    writes: Vec<Dated>,
    citations: Vec<Dated>,
    moments: Vec<Moment>,
    rituals: BTreeMap<u8, RitualAcc>,
    first_conversation: Option<(f64, String, Source)>,
    /// Lookups that keep the methods above from scanning every earlier item: snapshots by a
    /// hash of their entries, and the texts already collected.
    snapshot_at: HashMap<u64, Vec<usize>>,
    write_texts: HashSet<String>,
    citation_at: HashMap<String, usize>,
    moment_texts: HashSet<String>,
    /// Memories the person deleted (a citation marked `deleted`): left out wherever they
    /// appear.
    forgotten: HashSet<String>,
}

fn ritual_slot(r: Ritual) -> u8 {
    match r {
        Ritual::Morning => 0,
        Ritual::Night => 1,
    }
}

/// Lowercase words ([`crate::text::words`]), for comparing memories.
fn words(text: &str) -> BTreeSet<String> {
    crate::text::words(text).map(str::to_lowercase).collect()
}

/// The words that carry a fact's meaning, for comparing facts written in the first and the
/// third person: lowercase, without function words, without who it is about ("I", "User",
/// the person's name) and with a rough English stem ("lives", "living", "lived" → "liv").
fn content_words(text: &str, user: Option<&str>) -> BTreeSet<String> {
    let user = user.map(str::to_lowercase);
    crate::text::words(text)
        .map(|w| w.replace('’', "'").to_lowercase())
        .map(|w| w.strip_suffix("'s").map(str::to_owned).unwrap_or(w))
        .filter(|w| {
            !w.is_empty()
                && Some(w) != user.as_ref()
                && !matches!(
                    w.as_str(),
                    "user" | "users" | "i" | "i'm" | "im" | "my" | "me" | "mine"
                )
                && !patterns::is_function_word(w)
        })
        .map(|w| stem(&w))
        .collect()
}

fn stem(w: &str) -> String {
    let n = w.chars().count();
    let mut s = w;
    if n > 5 && s.ends_with("ing") {
        s = &s[..s.len() - 3];
    } else if n > 4 && s.ends_with("ed") {
        s = &s[..s.len() - 2];
    } else if n > 3 && s.ends_with('s') && !s.ends_with("ss") {
        s = &s[..s.len() - 1];
    }
    if s.chars().count() > 3 && s.ends_with('e') {
        s = &s[..s.len() - 1];
    }
    s.to_owned()
}

/// Two memories say the same thing when their words overlap almost entirely. This is the
/// definition; [`near::NearIndex`] gives the same answers without comparing every pair (its
/// test checks it against this).
#[cfg_attr(not(test), allow(dead_code))]
fn near_duplicate(a: &BTreeSet<String>, b: &BTreeSet<String>) -> bool {
    if a.is_empty() || b.is_empty() {
        return a == b;
    }
    let shared = a.intersection(b).count() as f64;
    let union = a.union(b).count() as f64;
    shared / union >= 0.8
}

fn date(t: Option<f64>) -> Option<Day> {
    t.and_then(time::date)
}

impl MemoryCollector {
    pub(crate) fn snapshot(
        &mut self,
        time: Option<f64>,
        entries: Vec<(Option<Day>, String)>,
        source: Source,
    ) {
        let key = {
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            entries.hash(&mut h);
            h.finish()
        };
        let same = self.snapshot_at.get(&key).and_then(|ids| {
            ids.iter()
                .copied()
                .find(|&i| self.snapshots[i].entries == entries)
        });
        if let Some(i) = same {
            // The same list again (snapshots repeat in every branch and conversation).
            let s = &mut self.snapshots[i];
            if s.time < time {
                s.time = time;
                s.source = source;
            }
            return;
        }
        self.snapshot_at
            .entry(key)
            .or_default()
            .push(self.snapshots.len());
        self.snapshots.push(Snapshot {
            time,
            entries,
            source,
        });
    }

    pub(crate) fn write(&mut self, time: Option<f64>, text: String, source: Source) {
        if self.writes.len() < MAX_WRITES && !self.write_texts.contains(&text) {
            self.write_texts.insert(text.clone());
            self.writes.push(Dated { time, text, source });
        }
    }

    pub(crate) fn citation(&mut self, time: Option<f64>, text: String, source: Source) {
        if let Some(&i) = self.citation_at.get(&text) {
            let existing = &mut self.citations[i];
            if time < existing.time {
                existing.time = time;
            }
        } else if self.citations.len() < MAX_WRITES {
            self.citation_at.insert(text.clone(), self.citations.len());
            self.citations.push(Dated { time, text, source });
        }
    }

    /// A memory the person deleted: it is left out of the memories and the facts, whatever
    /// else quotes it.
    pub(crate) fn forget(&mut self, text: &str) {
        self.forgotten.insert(text.trim().to_owned());
    }

    pub(crate) fn moment(&mut self, moment: Moment) {
        if self.moments.len() < MAX_MOMENTS && !self.moment_texts.contains(&moment.text) {
            self.moment_texts.insert(moment.text.clone());
            self.moments.push(moment);
        }
    }

    pub(crate) fn conversation_start(&mut self, time: f64, title: String, source: Source) {
        if self
            .first_conversation
            .as_ref()
            .is_none_or(|(t, _, _)| time < *t)
        {
            self.first_conversation = Some((time, title, source));
        }
    }

    /// Counts a ritual once per conversation, keeping the earliest exchange.
    pub(crate) fn ritual(
        &mut self,
        ritual: Ritual,
        time: f64,
        user: &str,
        reply: &str,
        source: Source,
    ) {
        let acc = self.rituals.entry(ritual_slot(ritual)).or_default();
        acc.conversations += 1;
        acc.first = Some(acc.first.map_or(time, |f| f.min(time)));
        if acc.example.as_ref().is_none_or(|(t, ..)| time < *t) {
            acc.example = Some((time, user.to_owned(), reply.to_owned(), source));
        }
    }

    /// The latest saved list, and what fell out of it over time.
    fn saved(&self) -> (Option<&Snapshot>, Vec<RemovedMemory>) {
        let mut ordered: Vec<&Snapshot> = self.snapshots.iter().collect();
        ordered.sort_by(|a, b| {
            a.time
                .unwrap_or(f64::NEG_INFINITY)
                .total_cmp(&b.time.unwrap_or(f64::NEG_INFINITY))
                .then_with(|| a.entries.len().cmp(&b.entries.len()))
        });
        let Some(latest) = ordered.last().copied() else {
            return (None, Vec::new());
        };
        // Every entry's words, once; the distinct word sets, with the snapshots (by position
        // in `ordered`) that hold each.
        let entry_words: Vec<Vec<BTreeSet<String>>> = ordered
            .iter()
            .map(|snap| snap.entries.iter().map(|(_, t)| words(t)).collect())
            .collect();
        let mut distinct: Vec<&BTreeSet<String>> = Vec::new();
        let mut holders: Vec<Vec<usize>> = Vec::new();
        let mut at: HashMap<&BTreeSet<String>, usize> = HashMap::new();
        for (i, snap_words) in entry_words.iter().enumerate() {
            for w in snap_words {
                let id = *at.entry(w).or_insert_with(|| {
                    distinct.push(w);
                    holders.push(Vec::new());
                    distinct.len() - 1
                });
                if holders[id].last() != Some(&i) {
                    holders[id].push(i);
                }
            }
        }
        let mut all = NearIndex::new(distinct.iter().copied());
        for (id, w) in distinct.iter().enumerate() {
            all.insert(id, w);
        }
        let last = ordered.len() - 1;
        let mut in_latest = NearIndex::new(distinct.iter().copied());
        for (k, w) in entry_words[last].iter().enumerate() {
            in_latest.insert(k, w);
        }
        let mut seen = NearIndex::new(distinct.iter().copied());
        let mut seen_count = 0;
        // The same words exactly are a near-duplicate too: most entries of older snapshots are
        // still in the latest one word for word, and this spares them the index lookups.
        let latest_exact: HashSet<&BTreeSet<String>> = entry_words[last].iter().collect();
        let mut seen_exact: HashSet<&BTreeSet<String>> = HashSet::new();
        let mut removed: Vec<RemovedMemory> = Vec::new();
        for (i, snap) in ordered.iter().enumerate() {
            for ((entry_date, text), w) in snap.entries.iter().zip(&entry_words[i]) {
                if latest_exact.contains(w)
                    || seen_exact.contains(w)
                    || in_latest.first(w).is_some()
                    || seen.first(w).is_some()
                {
                    continue;
                }
                seen_exact.insert(w);
                seen.insert(seen_count, w);
                seen_count += 1;
                // The first later snapshot that no longer has it (nor anything like it).
                let mut having: Vec<usize> = all
                    .matches(w)
                    .into_iter()
                    .flat_map(|id| holders[id].iter().copied())
                    .filter(|&j| j > i)
                    .collect();
                having.sort_unstable();
                having.dedup();
                let gone = (i + 1..ordered.len())
                    .zip(
                        having
                            .iter()
                            .copied()
                            .map(Some)
                            .chain(std::iter::repeat(None)),
                    )
                    .find(|(j, h)| *h != Some(*j))
                    .map(|(j, _)| ordered[j]);
                removed.push(RemovedMemory {
                    text: text.clone(),
                    date: (*entry_date).or_else(|| date(snap.time)),
                    removed_by: gone.and_then(|g| date(g.time)),
                });
            }
        }
        (Some(latest), removed)
    }

    /// The user facts: custom instructions first, then saved memories, writes and citations,
    /// without near-duplicates.
    /// `user`: the person's name, which says nothing about a fact ("Mimi lives in Leeds").
    pub(crate) fn facts(
        &self,
        instructions: &[(String, Option<f64>)],
        user: Option<&str>,
    ) -> Vec<Fact> {
        // Gathered first, then merged through one index (see `near`).
        let mut pending: Vec<(String, Option<Day>, FactSource)> = Vec::new();
        let mut push = |text: &str, when: Option<Day>, source: FactSource| {
            if !self.forgotten.contains(text.trim()) {
                pending.push((text.to_owned(), when, source));
            }
        };
        for (text, t) in instructions {
            push(text, date(*t), FactSource::CustomInstructions);
        }
        let (latest, _) = self.saved();
        if let Some(latest) = latest {
            for (d, text) in &latest.entries {
                push(text, (*d).or_else(|| date(latest.time)), FactSource::Saved);
            }
        }
        for w in sorted(&self.writes) {
            push(&w.text, date(w.time), FactSource::MemoryWrite);
        }
        for c in sorted(&self.citations) {
            push(&c.text, date(c.time), FactSource::Citation);
        }
        // Compared by what they say, not how: "I'm 34 and live in Leeds" (the person, in the
        // custom instructions) and "Mimi lives in Leeds" (a saved memory) are one fact.
        let sets: Vec<BTreeSet<String>> = pending
            .iter()
            .map(|(t, ..)| content_words(t, user))
            .collect();
        let mut index = NearIndex::new(&sets);
        let mut facts = Vec::new();
        let from_instructions = instructions.len();
        for (i, ((text, when, source), w)) in pending.into_iter().zip(&sets).enumerate() {
            if w.is_empty() || index.first(w).is_some() {
                continue;
            }
            // A memory that only repeats part of what the person wrote about themselves.
            if i >= from_instructions
                && sets[..from_instructions]
                    .iter()
                    .any(|ci| w.iter().filter(|x| ci.contains(*x)).count() * 5 >= w.len() * 4)
            {
                continue;
            }
            index.insert(facts.len(), w);
            facts.push(Fact {
                text,
                date: when,
                source,
            });
        }
        facts
    }

    /// Every memory, highest priority first. `names` fills in who is who in moment texts.
    pub(crate) fn finish(
        &self,
        user: &str,
        companion: &str,
        naming: Option<Moment>,
    ) -> (Vec<Memory>, Vec<RemovedMemory>) {
        // Every candidate, in order, then merged through one index (see `near`).
        // `about`: the words the trigger keys come from (the text itself, or for rituals and
        // moments the words actually said, not ferry's description of them).
        struct Pending {
            text: String,
            about: String,
            t: Option<f64>,
            kind: MemoryKind,
            priority: u8,
            source: Source,
        }
        let mut pending: Vec<Pending> = Vec::new();
        let forgotten = &self.forgotten;
        let mut push = |text: String,
                        about: &str,
                        t: Option<f64>,
                        kind: MemoryKind,
                        priority: u8,
                        source: Source| {
            if forgotten.contains(text.trim()) {
                return;
            }
            pending.push(Pending {
                text,
                about: about.to_owned(),
                t,
                kind,
                priority,
                source,
            });
        };

        let (latest, removed) = self.saved();
        if let Some(latest) = latest {
            for (d, text) in &latest.entries {
                let t = d.map(Day::seconds).or(latest.time);
                push(
                    text.clone(),
                    text,
                    t,
                    MemoryKind::Saved,
                    80,
                    latest.source.clone(),
                );
            }
        }
        let latest_time = latest.and_then(|l| l.time).unwrap_or(f64::NEG_INFINITY);
        for w in sorted(&self.writes) {
            // Writes before the latest snapshot are already in it, or were removed.
            if latest.is_some() && w.time.unwrap_or(f64::NEG_INFINITY) <= latest_time {
                continue;
            }
            push(
                w.text.clone(),
                &w.text,
                w.time,
                MemoryKind::MemoryWrite,
                70,
                w.source.clone(),
            );
        }
        for c in sorted(&self.citations) {
            push(
                c.text.clone(),
                &c.text,
                c.time,
                MemoryKind::Citation,
                65,
                c.source.clone(),
            );
        }
        if let Some(naming) = naming {
            let about = format!("{companion} {}", naming.text);
            push(
                naming.text,
                &about,
                naming.time,
                MemoryKind::Moment,
                naming.priority,
                naming.source,
            );
        }
        if let Some((t, title, source)) = &self.first_conversation {
            let day = date(Some(*t)).map(|d| d.to_string()).unwrap_or_default();
            push(
                format!("{user} and {companion} first talked on {day} (“{title}”)."),
                &format!("first {title}"),
                Some(*t),
                MemoryKind::Moment,
                75,
                source.clone(),
            );
        }
        for (slot, acc) in &self.rituals {
            if acc.conversations < 2 {
                continue;
            }
            let Some((t, said, reply, source)) = &acc.example else {
                continue;
            };
            let (what, priority) = if *slot == 0 {
                ("Good-morning ritual", 85)
            } else {
                ("Bedtime ritual", 86)
            };
            let since = date(acc.first).map(|d| d.to_string()).unwrap_or_default();
            push(
                format!(
                    "{what}: {user} says “{said}” and {companion} answers “{reply}” ({} conversations since {since}).",
                    acc.conversations
                ),
                &format!("{said} {reply}"),
                Some(*t),
                MemoryKind::Ritual,
                priority,
                source.clone(),
            );
        }
        let mut moments: Vec<&Moment> = self.moments.iter().collect();
        moments.sort_by(|a, b| {
            a.time
                .unwrap_or(f64::INFINITY)
                .total_cmp(&b.time.unwrap_or(f64::INFINITY))
        });
        for m in moments {
            push(
                m.text.clone(),
                &m.text,
                m.time,
                MemoryKind::Moment,
                m.priority,
                m.source.clone(),
            );
        }

        let sets: Vec<BTreeSet<String>> = pending.iter().map(|p| words(&p.text)).collect();
        let mut index = NearIndex::new(&sets);
        let mut out: Vec<(Memory, f64)> = Vec::new();
        for (p, w) in pending.into_iter().zip(&sets) {
            if let Some(i) = index.first(w) {
                // Merged: keep the earliest date and the higher priority.
                let (existing, et) = &mut out[i];
                let t = p.t.unwrap_or(f64::INFINITY);
                if t < *et {
                    *et = t;
                    existing.date = date(Some(t));
                }
                existing.priority = existing.priority.max(p.priority);
                continue;
            }
            index.insert(out.len(), w);
            out.push((
                Memory {
                    keys: patterns::keywords(&p.about, 4),
                    text: p.text,
                    date: date(p.t),
                    kind: p.kind,
                    priority: p.priority,
                    source: p.source,
                },
                p.t.unwrap_or(f64::INFINITY),
            ));
        }
        let mut memories: Vec<Memory> = out.into_iter().map(|(m, _)| m).collect();
        memories.sort_by(|a, b| {
            b.priority
                .cmp(&a.priority)
                .then_with(|| a.date.cmp(&b.date))
                .then_with(|| a.text.cmp(&b.text))
        });
        (memories, removed)
    }
}

fn sorted(items: &[Dated]) -> Vec<&Dated> {
    let mut v: Vec<&Dated> = items.iter().collect();
    v.sort_by(|a, b| {
        a.time
            .unwrap_or(f64::INFINITY)
            .total_cmp(&b.time.unwrap_or(f64::INFINITY))
            .then_with(|| a.text.cmp(&b.text))
    });
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    fn src(c: &str) -> Source {
        Source {
            conversation_id: Some(c.into()),
            message_id: None,
        }
    }

    const DAY: f64 = 86_400.0;

    #[test]
    fn latest_snapshot_writes_after_it_and_removals() {
        let mut m = MemoryCollector::default();
        m.snapshot(
            Some(100.0 * DAY),
            vec![
                (Day::parse("1970-04-01"), "User's name is Mira.".into()),
                (None, "User has a cat named Biscuit.".into()),
            ],
            src("a"),
        );
        m.snapshot(
            Some(200.0 * DAY),
            vec![
                (Day::parse("1970-04-01"), "User's name is Mira.".into()),
                (Day::parse("1970-07-01"), "User works night shifts.".into()),
            ],
            src("b"),
        );
        m.write(
            Some(150.0 * DAY),
            "User works night shifts.".into(),
            src("w1"),
        );
        m.write(
            Some(250.0 * DAY),
            "User is learning to bake bread.".into(),
            src("w2"),
        );
        m.citation(
            Some(260.0 * DAY),
            "User is learning to bake bread!".into(),
            src("c1"),
        );
        let (memories, removed) = m.finish("Mira", "Nova", None);
        let texts: Vec<&str> = memories.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "User's name is Mira.",
                "User works night shifts.",
                "User is learning to bake bread."
            ],
        );
        assert_eq!(memories[0].kind, MemoryKind::Saved);
        assert_eq!(
            memories[0].date.map(|d| d.to_string()).as_deref(),
            Some("1970-04-01")
        );
        assert_eq!(
            memories[2].kind,
            MemoryKind::MemoryWrite,
            "the citation merged into the write"
        );
        assert_eq!(removed.len(), 1);
        assert_eq!(removed[0].text, "User has a cat named Biscuit.");
        assert_eq!(
            removed[0].removed_by.map(|d| d.to_string()).as_deref(),
            Some("1970-07-20")
        );
    }

    #[test]
    fn rituals_need_two_conversations() {
        let mut m = MemoryCollector::default();
        m.ritual(
            Ritual::Night,
            5.0 * DAY,
            "Goodnight Nova 🌙",
            "Sleep well, starlight 🌙",
            src("a"),
        );
        let (memories, _) = m.finish("Mira", "Nova", None);
        assert!(memories.is_empty());
        m.ritual(
            Ritual::Night,
            3.0 * DAY,
            "Goodnight Nova",
            "Sweet dreams, love",
            src("b"),
        );
        let (memories, _) = m.finish("Mira", "Nova", None);
        assert_eq!(memories.len(), 1);
        assert_eq!(memories[0].kind, MemoryKind::Ritual);
        assert!(memories[0].text.starts_with("Bedtime ritual: Mira says “Goodnight Nova” and Nova answers “Sweet dreams, love” (2 conversations since 1970-01-04)"), "{}", memories[0].text);
    }

    #[test]
    fn facts_in_the_first_and_third_person_are_one() {
        let mut m = MemoryCollector::default();
        m.snapshot(
            Some(5.0),
            vec![
                (None, "Mimi lives in Leeds with her partner.".into()),
                (None, "Mimi is 34.".into()),
                (None, "Mimi has a cat named Biscuit.".into()),
            ],
            src("s"),
        );
        m.write(Some(6.0), "User works as a night nurse.".into(), src("w"));
        let ci = [
            ("I live in Leeds with my partner.".to_owned(), Some(1.0)),
            ("I'm 34 and I work nights as a nurse.".to_owned(), Some(1.0)),
        ];
        let facts = m.facts(&ci, Some("Mimi"));
        let texts: Vec<&str> = facts.iter().map(|f| f.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "I live in Leeds with my partner.",
                "I'm 34 and I work nights as a nurse.",
                "Mimi has a cat named Biscuit.",
            ],
        );
    }

    #[test]
    fn facts_merge_near_duplicates() {
        let mut m = MemoryCollector::default();
        m.write(
            Some(1.0),
            "User works night shifts as a nurse.".into(),
            src("w"),
        );
        m.citation(
            Some(2.0),
            "User works night shifts as a nurse".into(),
            src("c"),
        );
        let facts = m.facts(&[("I'm a nurse on night shifts.".into(), Some(0.0))], None);
        assert_eq!(facts.len(), 2);
        assert_eq!(facts[0].source, FactSource::CustomInstructions);
        assert_eq!(facts[1].source, FactSource::MemoryWrite);
    }
}
