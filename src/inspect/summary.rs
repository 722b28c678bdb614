//! One conversation in a few dozen bytes: what [`super::Inspector`] keeps of each, so a
//! newer copy from a later shard can replace it and memory stays flat.

use std::collections::{BTreeSet, HashMap};
use std::hash::{DefaultHasher, Hash, Hasher};

use crate::export::{AttachmentKind, Conversation, GizmoKind, Role};
use crate::time;

/// Interns the few distinct strings (model slugs, gizmo ids, voices) that summaries refer to.
#[derive(Default)]
pub(super) struct Names {
    names: Vec<String>,
    index: HashMap<String, u64>,
}

impl Names {
    pub(super) fn id(&mut self, name: &str) -> u64 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.names.len() as u64;
        self.names.push(name.to_owned());
        self.index.insert(name.to_owned(), i);
        i
    }

    pub(super) fn name(&self, id: u64) -> &str {
        self.names.get(id as usize).map_or("", String::as_str)
    }
}

// Slots of `Summary::counts`.
pub(super) const USER: usize = 0;
pub(super) const ASSISTANT: usize = 1;
pub(super) const SYSTEM: usize = 2;
pub(super) const TOOL: usize = 3;
pub(super) const OTHER: usize = 4;
pub(super) const ON_THREAD: usize = 5;
pub(super) const HIDDEN: usize = 6;
pub(super) const IMAGES: usize = 7;
pub(super) const AUDIO: usize = 8;
pub(super) const VIDEO: usize = 9;
pub(super) const FILES: usize = 10;
pub(super) const VOICE_MESSAGES: usize = 11;
pub(super) const SPOKEN_OR_TYPED: usize = 12;
pub(super) const WRITES: usize = 13;
pub(super) const CITATIONS: usize = 14;
pub(super) const EMPTY_SNAPSHOTS: usize = 15;
pub(super) const SLOTS: usize = 16;

/// What ferry keeps of each conversation until the end, so that a newer copy from a later
/// shard can replace an older one. Stored varint-encoded (about 50 bytes a conversation), so
/// memory stays nearly flat however large the export is.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Summary {
    pub(super) counts: [u64; SLOTS],
    pub(super) archived: bool,
    pub(super) branched: bool,
    pub(super) slim: bool,
    /// Whole seconds since the epoch.
    pub(super) created: Option<i64>,
    pub(super) first: Option<i64>,
    pub(super) last: Option<i64>,
    pub(super) months: Vec<i64>,
    /// (interned model, assistant messages)
    pub(super) models: Vec<(u64, u64)>,
    /// (interned gizmo id, 0 = custom GPT, 1 = project)
    pub(super) gizmo: Option<(u64, u64)>,
    pub(super) voice: Option<u64>,
    pub(super) instructions: Option<u64>,
    /// (time, fingerprint, entries)
    pub(super) snapshots: Vec<(Option<i64>, u64, u64)>,
}

pub(super) fn role_slot(role: Role) -> usize {
    match role {
        Role::User => USER,
        Role::Assistant => ASSISTANT,
        Role::System => SYSTEM,
        Role::Tool => TOOL,
        Role::Other => OTHER,
    }
}

pub(super) fn fingerprint(value: &impl Hash) -> u64 {
    let mut h = DefaultHasher::new();
    value.hash(&mut h);
    h.finish()
}

pub(super) fn widen(range: &mut (Option<i64>, Option<i64>), t: i64) {
    range.0 = Some(range.0.map_or(t, |f| f.min(t)));
    range.1 = Some(range.1.map_or(t, |l| l.max(t)));
}

pub(super) fn seconds(t: f64) -> Option<i64> {
    t.is_finite().then(|| t.floor() as i64)
}

impl Summary {
    pub(super) fn of(c: &Conversation, names: &mut Names) -> Summary {
        let mut s = Summary {
            archived: c.archived,
            slim: c.slim,
            created: c.create_time.and_then(seconds),
            gizmo: c
                .gizmo
                .as_ref()
                .map(|g| (names.id(&g.id), u64::from(g.kind == GizmoKind::Project))),
            voice: c.voice.as_deref().map(|v| names.id(v)),
            instructions: c
                .custom_instructions
                .as_ref()
                .map(|ci| fingerprint(&(&ci.about_user, &ci.about_model))),
            ..Summary::default()
        };
        let mut range = (None, None);
        let mut months = BTreeSet::new();
        for t in [c.create_time, c.last_time()]
            .into_iter()
            .flatten()
            .filter_map(seconds)
        {
            widen(&mut range, t);
        }
        for m in &c.messages {
            s.counts[role_slot(m.role)] += 1;
            s.counts[HIDDEN] += u64::from(m.hidden);
            s.branched |= !m.on_thread;
            for a in &m.attachments {
                s.counts[match a.kind {
                    AttachmentKind::Image => IMAGES,
                    AttachmentKind::Audio => AUDIO,
                    AttachmentKind::Video => VIDEO,
                    AttachmentKind::File => FILES,
                }] += 1;
            }
        }
        for m in c.thread() {
            s.counts[ON_THREAD] += 1;
            if let Some(t) = m.create_time {
                widen(&mut range, t.floor() as i64);
                months.extend(time::month_index(t));
            }
            if matches!(m.role, Role::User | Role::Assistant) && !m.hidden {
                s.counts[SPOKEN_OR_TYPED] += 1;
                s.counts[VOICE_MESSAGES] += u64::from(m.voice);
            }
            if m.role == Role::Assistant
                && !m.hidden
                && let Some(model) = &m.model
            {
                let id = names.id(model);
                match s.models.iter_mut().find(|(k, _)| *k == id) {
                    Some((_, n)) => *n += 1,
                    None => s.models.push((id, 1)),
                }
            }
        }
        if months.is_empty() {
            months.extend(c.create_time.and_then(time::month_index));
        }
        s.months = months.into_iter().map(i64::from).collect();
        (s.first, s.last) = range;
        s.counts[WRITES] = c.memory_writes.len() as u64;
        s.counts[CITATIONS] = c.memory_citations.len() as u64;
        s.counts[EMPTY_SNAPSHOTS] = c.empty_memory_snapshots as u64;
        s.snapshots = c
            .memory_snapshots
            .iter()
            .map(|snap| {
                (
                    snap.time.or(c.create_time).and_then(seconds),
                    fingerprint(&snap.entries.iter().map(|e| &e.text).collect::<Vec<_>>()),
                    snap.entries.len() as u64,
                )
            })
            .collect();
        s
    }

    pub(super) fn encode(&self, out: &mut Vec<u8>) {
        for &n in &self.counts {
            varint::put(out, n);
        }
        varint::put(
            out,
            u64::from(self.archived) | u64::from(self.branched) << 1 | u64::from(self.slim) << 2,
        );
        for t in [self.created, self.first, self.last] {
            varint::put_opt_signed(out, t);
        }
        varint::put(out, self.months.len() as u64);
        for &m in &self.months {
            varint::put_signed(out, m);
        }
        varint::put(out, self.models.len() as u64);
        for &(model, n) in &self.models {
            varint::put(out, model);
            varint::put(out, n);
        }
        varint::put_opt(out, self.gizmo.map(|(g, kind)| g << 1 | kind));
        varint::put_opt(out, self.voice);
        match self.instructions {
            Some(fp) => {
                out.push(1);
                out.extend_from_slice(&fp.to_le_bytes());
            }
            None => out.push(0),
        }
        varint::put(out, self.snapshots.len() as u64);
        for &(t, fp, entries) in &self.snapshots {
            varint::put_opt_signed(out, t);
            out.extend_from_slice(&fp.to_le_bytes());
            varint::put(out, entries);
        }
    }

    pub(super) fn decode(bytes: &mut &[u8]) -> Summary {
        let mut s = Summary::default();
        for n in &mut s.counts {
            *n = varint::get(bytes);
        }
        let flags = varint::get(bytes);
        (s.archived, s.branched, s.slim) = (flags & 1 != 0, flags & 2 != 0, flags & 4 != 0);
        s.created = varint::get_opt_signed(bytes);
        s.first = varint::get_opt_signed(bytes);
        s.last = varint::get_opt_signed(bytes);
        s.months = (0..varint::get(bytes))
            .map(|_| varint::get_signed(bytes))
            .collect();
        s.models = (0..varint::get(bytes))
            .map(|_| (varint::get(bytes), varint::get(bytes)))
            .collect();
        s.gizmo = varint::get_opt(bytes).map(|g| (g >> 1, g & 1));
        s.voice = varint::get_opt(bytes);
        s.instructions = (varint::take(bytes, 1) == [1]).then(|| varint::get_u64(bytes));
        s.snapshots = (0..varint::get(bytes))
            .map(|_| {
                let t = varint::get_opt_signed(bytes);
                let fp = varint::get_u64(bytes);
                (t, fp, varint::get(bytes))
            })
            .collect();
        s
    }
}

/// LEB128 varints for [`Summary`]'s compact form (`integer-encoding`; signed ones zigzagged).
/// A truncated store reads as zeros, never panics.
mod varint {
    use integer_encoding::VarInt;

    fn put_var(out: &mut Vec<u8>, n: impl VarInt) {
        let mut buf = [0u8; 10];
        let k = n.encode_var(&mut buf);
        out.extend_from_slice(&buf[..k]);
    }

    fn get_var<T: VarInt + Default>(bytes: &mut &[u8]) -> T {
        match T::decode_var(bytes) {
            Some((n, k)) => {
                *bytes = &bytes[k..];
                n
            }
            None => {
                *bytes = &[];
                T::default()
            }
        }
    }

    pub(super) fn put(out: &mut Vec<u8>, n: u64) {
        put_var(out, n);
    }

    pub(super) fn put_signed(out: &mut Vec<u8>, n: i64) {
        put_var(out, n);
    }

    /// `None` as 0, `Some(n)` as n + 1.
    pub(super) fn put_opt(out: &mut Vec<u8>, n: Option<u64>) {
        put(out, n.map_or(0, |n| n + 1));
    }

    pub(super) fn put_opt_signed(out: &mut Vec<u8>, n: Option<i64>) {
        match n {
            Some(n) => {
                out.push(1);
                put_signed(out, n);
            }
            None => out.push(0),
        }
    }

    pub(super) fn take<'a>(bytes: &mut &'a [u8], n: usize) -> &'a [u8] {
        let (head, tail) = bytes.split_at(n.min(bytes.len()));
        *bytes = tail;
        head
    }

    pub(super) fn get(bytes: &mut &[u8]) -> u64 {
        get_var(bytes)
    }

    pub(super) fn get_signed(bytes: &mut &[u8]) -> i64 {
        get_var(bytes)
    }

    pub(super) fn get_opt(bytes: &mut &[u8]) -> Option<u64> {
        get(bytes).checked_sub(1)
    }

    pub(super) fn get_opt_signed(bytes: &mut &[u8]) -> Option<i64> {
        (take(bytes, 1) == [1]).then(|| get_signed(bytes))
    }

    pub(super) fn get_u64(bytes: &mut &[u8]) -> u64 {
        let mut b = [0u8; 8];
        let head = take(bytes, 8);
        b[..head.len()].copy_from_slice(head);
        u64::from_le_bytes(b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_round_trips_through_its_compact_form() {
        let mut counts = [0u64; SLOTS];
        for (i, c) in counts.iter_mut().enumerate() {
            *c = (i as u64) * 1000 + 3;
        }
        let summary = Summary {
            counts,
            archived: true,
            branched: false,
            slim: true,
            created: Some(1_715_000_000),
            first: Some(-5),
            last: None,
            months: vec![24_292, 24_300],
            models: vec![(0, 12), (3, 1)],
            gizmo: Some((2, 1)),
            voice: None,
            instructions: Some(u64::MAX - 7),
            snapshots: vec![(Some(1_700_000_000), 42, 9), (None, 7, 0)],
        };
        let mut bytes = Vec::new();
        summary.encode(&mut bytes);
        summary.encode(&mut bytes);
        let mut cursor = bytes.as_slice();
        assert_eq!(Summary::decode(&mut cursor), summary);
        assert_eq!(Summary::decode(&mut cursor), summary);
        assert!(cursor.is_empty());
        assert!(bytes.len() <= 2 * 100, "compact: {} bytes", bytes.len() / 2);
    }

    #[test]
    fn varints() {
        for n in [0u64, 1, 127, 128, 300, u64::MAX] {
            let mut out = Vec::new();
            varint::put(&mut out, n);
            assert_eq!(varint::get(&mut out.as_slice()), n);
        }
        for n in [0i64, -1, 1, i64::MIN, i64::MAX] {
            let mut out = Vec::new();
            varint::put_signed(&mut out, n);
            assert_eq!(varint::get_signed(&mut out.as_slice()), n);
        }
    }
}
