//! An index for finding near-duplicate memories without comparing every pair.
//!
//! Two memories are near-duplicates when the Jaccard similarity of their word sets is at least
//! 0.8 ([`super::near_duplicate`]). Prefix filtering finds every such pair exactly: with the
//! words of every set in one fixed order (rarest first, so lists stay short), two sets that
//! share at least `o` words share a word among the first `|A| - o + 1` of each, and a
//! similarity of 0.8 needs `o ≥ ⌈0.8·max(|A|, |B|)⌉`. So each set is filed under its first few
//! words only, a query looks only at sets filed under its own first few words, and each
//! candidate is then checked with the same test as before. The answers are those of the
//! pairwise scan; only the work is less.

use std::collections::{BTreeSet, HashMap};

/// Word sets filed by their rarest words.
pub(super) struct NearIndex {
    /// Each word's place in the order: rarer first (fewer sets), then alphabetical. Words
    /// first seen later are placed after all others; the order never changes once given.
    rank: HashMap<String, u32>,
    /// Set ids filed under each word of their prefix.
    postings: HashMap<u32, Vec<usize>>,
    /// Each filed set, as sorted ranks.
    sets: HashMap<usize, Vec<u32>>,
    /// Ids of filed empty sets (near-duplicates of each other only).
    empty: Vec<usize>,
}

/// How many of a set's first words to file or probe: `n - ⌈4n/5⌉ + 1`, plus one for safety
/// against rounding in the similarity test.
fn prefix_len(n: usize) -> usize {
    (n - (4 * n).div_ceil(5) + 2).min(n)
}

/// `shared / union ≥ 0.8`, computed as [`super::near_duplicate`] does.
fn similar(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - shared;
    shared as f64 / union as f64 >= 0.8
}

impl NearIndex {
    /// An empty index whose word order comes from `all`, the sets it will see (any set may
    /// still be filed or asked about later; unknown words are ranked last).
    pub(super) fn new<'a>(all: impl IntoIterator<Item = &'a BTreeSet<String>>) -> NearIndex {
        let mut df: HashMap<&str, u32> = HashMap::new();
        for set in all {
            for w in set {
                *df.entry(w.as_str()).or_default() += 1;
            }
        }
        let mut words: Vec<(&str, u32)> = df.into_iter().collect();
        words.sort_unstable_by(|a, b| a.1.cmp(&b.1).then_with(|| a.0.cmp(b.0)));
        let rank = words
            .into_iter()
            .enumerate()
            .map(|(i, (w, _))| (w.to_owned(), u32::try_from(i).unwrap_or(u32::MAX)))
            .collect();
        NearIndex {
            rank,
            postings: HashMap::new(),
            sets: HashMap::new(),
            empty: Vec::new(),
        }
    }

    /// The set as sorted ranks, ranking unknown words last.
    fn ranks(&mut self, set: &BTreeSet<String>) -> Vec<u32> {
        let mut out: Vec<u32> = set
            .iter()
            .map(|w| {
                let next = u32::try_from(self.rank.len()).unwrap_or(u32::MAX);
                *self.rank.entry(w.clone()).or_insert(next)
            })
            .collect();
        out.sort_unstable();
        out
    }

    /// Files `set` under `id`.
    pub(super) fn insert(&mut self, id: usize, set: &BTreeSet<String>) {
        if set.is_empty() {
            self.empty.push(id);
            return;
        }
        let ranks = self.ranks(set);
        for r in &ranks[..prefix_len(ranks.len())] {
            self.postings.entry(*r).or_default().push(id);
        }
        self.sets.insert(id, ranks);
    }

    /// Every filed id whose set is a near-duplicate of `set`, smallest first.
    pub(super) fn matches(&mut self, set: &BTreeSet<String>) -> Vec<usize> {
        if set.is_empty() {
            return self.empty.clone();
        }
        let ranks = self.ranks(set);
        let mut candidates: Vec<usize> = ranks[..prefix_len(ranks.len())]
            .iter()
            .filter_map(|r| self.postings.get(r))
            .flatten()
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates.retain(|id| self.sets.get(id).is_some_and(|s| similar(s, &ranks)));
        candidates
    }

    /// The smallest filed id whose set is a near-duplicate of `set`.
    pub(super) fn first(&mut self, set: &BTreeSet<String>) -> Option<usize> {
        self.matches(set).first().copied()
    }
}

#[cfg(test)]
mod tests {
    use super::super::{near_duplicate, words};
    use super::*;

    /// The index finds exactly what comparing every pair finds.
    #[test]
    fn same_answers_as_every_pair() {
        let texts: Vec<String> = (0..400)
            .map(|i| {
                let base = [
                    "user", "likes", "tea", "with", "milk", "every", "morning", "at", "home",
                ];
                let n = 1 + i % base.len();
                let mut w: Vec<String> = base[..n].iter().map(|s| (*s).to_owned()).collect();
                if i % 3 == 0 {
                    w.push(format!("x{}", i % 7));
                }
                if i % 5 == 0 {
                    w.remove(0);
                }
                w.join(" ")
            })
            .chain(["".to_owned(), "!!".to_owned()])
            .collect();
        let sets: Vec<BTreeSet<String>> = texts.iter().map(|t| words(t)).collect();
        let mut index = NearIndex::new(&sets);
        for (i, s) in sets.iter().enumerate() {
            let expected: Vec<usize> = (0..i).filter(|&j| near_duplicate(&sets[j], s)).collect();
            assert_eq!(index.matches(s), expected, "{:?}", texts[i]);
            index.insert(i, s);
        }
    }
}
