//! Shared scanning machinery: trigger tables (Aho-Corasick, ASCII case-insensitive, word
//! boundaries checked), name tokens, word tokens and phrase terminators.

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{LazyLock, OnceLock};

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, MatchKind, dfa, nfa};

use super::gate::{GATED, Gate};
use super::{FxBuild, Lang, LangPack, Reading};

/// Trigger phrases with a payload each: what a [`Table`] finds, apart from the automaton that
/// finds it. The phrases of several sets can be scanned in one pass ([`super::message`]).
pub(crate) struct TriggerSet<T> {
    /// Every phrase's variants ([`variants`]), in the order of the entries, end to end: the
    /// tables hold some 20,000 of them.
    patterns: Joined,
    /// Per pattern: payload, whether the phrase starts / ends with a word character.
    items: Vec<(T, bool, bool)>,
    /// Per pattern: the gated languages whose phrase it is a form of ([`phrase_gate`]; 0
    /// for a phrase read everywhere).
    gates: Vec<u8>,
}

impl<T: Copy> TriggerSet<T> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> TriggerSet<T> {
        let mut patterns = Joined::default();
        let mut items = Vec::new();
        let mut gates = Vec::new();
        for (p, t) in entries {
            // A phrase in a script without spaces (Japanese, Chinese) stands anywhere.
            let word = |c: char| c.is_alphanumeric() && !super::caseless::unspaced(c);
            let first = p.chars().next().is_some_and(word);
            let last = p.chars().next_back().is_some_and(word);
            // The forms of a gated language's phrase are read where the phrase is: its
            // capitals are not always the phrase's letters ("ŞIMDI" is "şimdi").
            let gate = phrase_gate(p);
            let mut forms = variants(p);
            dotted_capitals(gate, &mut forms);
            for v in forms {
                patterns.push(&v);
                items.push((t, first, last));
                gates.push(gate);
            }
        }
        patterns.shrink_to_fit();
        items.shrink_to_fit();
        gates.shrink_to_fit();
        TriggerSet {
            patterns,
            items,
            gates,
        }
    }

    /// The payload of pattern `p`.
    #[inline]
    pub(crate) fn payload(&self, p: usize) -> T {
        self.items[p].0
    }

    /// The payload of pattern `p` found at `start..end`, unless a word goes on before or after
    /// it ("hi" in "this" is no greeting).
    #[inline]
    pub(crate) fn on_boundaries(
        &self,
        text: &str,
        start: usize,
        end: usize,
        p: usize,
    ) -> Option<T> {
        let (t, first, last) = self.items[p];
        on_boundaries(text, start, end, (first, last)).then_some(t)
    }
}

/// Whether a phrase found at `start..end` stands on word boundaries where it starts / ends
/// with a word character (`edges`).
#[inline]
fn on_boundaries(text: &str, start: usize, end: usize, (first, last): (bool, bool)) -> bool {
    !(first && prev_char(text, start).is_some_and(is_word_char)
        || last && next_char(text, end).is_some_and(is_word_char))
}

/// The patterns of a [`TriggerSet`] of any payload, for a [`Joint`].
pub(crate) trait Patterns: Sync {
    fn patterns(&self) -> &Joined;
    /// The gated languages of pattern `p` ([`phrase_gate`]).
    fn gate(&self, p: usize) -> u8;
    /// Whether pattern `p` starts / ends with a word character.
    fn edges(&self, p: usize) -> (bool, bool);
}

impl<T: Copy + Sync> Patterns for TriggerSet<T> {
    fn patterns(&self) -> &Joined {
        &self.patterns
    }

    fn gate(&self, p: usize) -> u8 {
        self.gates[p]
    }

    fn edges(&self, p: usize) -> (bool, bool) {
        let (_, first, last) = self.items[p];
        (first, last)
    }
}

/// Several trigger sets scanned in one pass. A scan with a table is bound by the latency of
/// its automaton's lookups, byte after byte, whatever it finds; one automaton over all the
/// sets' patterns reports every match, overlapping ones too, and each set's matches are then
/// picked from them as the set's own leftmost-longest [`Table`] would have found them: what
/// is found does not change. Then cues: phrases reported wherever they occur, within words
/// too (the voice's tones).
pub(crate) struct Joint {
    matcher: Overlapping,
    /// Per pattern of the sets: whether it starts / ends with a word character.
    edges: Vec<(bool, bool)>,
    /// The first pattern of each set, then the first cue.
    from: Vec<u16>,
}

/// A set's match in a [`Joint`] scan, in 8 bytes: a long thread's messages keep theirs until
/// the thread is read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Hit {
    start: u32,
    len: u16,
    /// The pattern of the [`Joint`].
    pattern: u16,
}

impl Hit {
    #[inline]
    fn range(self) -> (usize, usize) {
        let start = self.start as usize;
        (start, start + usize::from(self.len))
    }
}

/// Sets a [`Joint`] holds at most.
const MAX_SETS: usize = 8;

/// Matches a [`Joint`] scan holds before it picks from those it can.
const PICK_EVERY: usize = 1024;

thread_local! {
    /// The matches of the text being scanned (reused: no allocation per message).
    static FOUND: std::cell::RefCell<Vec<Hit>> = const { std::cell::RefCell::new(Vec::new()) };
}

impl Joint {
    pub(crate) fn new(sets: &[&dyn Patterns], cues: &[&str], scan: Scan) -> Joint {
        let mut patterns: Vec<&str> = Vec::new();
        let mut gates = Vec::new();
        let mut edges = Vec::new();
        let mut from = Vec::new();
        // A pattern a set has already, read where the first is (the same gate), never wins
        // the pick: the first of equal matches does. Left out of the automaton, it is not
        // reported (on the benchmark's replies, "hi" and "hey" of two languages were 35% of
        // the matches, inside "this" and "they" most of them).
        let mut left_out = Vec::new();
        for set in sets {
            from.push(patterns.len());
            let mut seen = HashSet::<(String, u8), FxBuild>::default();
            for (p, pattern) in set.patterns().iter().enumerate() {
                patterns.push(pattern);
                gates.push(set.gate(p));
                edges.push(set.edges(p));
                left_out.push(!seen.insert((pattern.to_ascii_lowercase(), set.gate(p))));
            }
        }
        from.push(patterns.len());
        // The cues are read in every text, each one wherever it occurs.
        patterns.extend(cues);
        gates.resize(patterns.len(), 0);
        left_out.resize(patterns.len(), false);
        // A Hit keeps a pattern and its length in 16 bits each.
        assert!(sets.len() <= MAX_SETS, "at most {MAX_SETS} sets in a joint");
        assert!(
            patterns.len() < usize::from(u16::MAX) && patterns.iter().all(|p| p.len() <= 255),
            "a joint of under 65,535 patterns of at most 255 bytes"
        );
        Joint {
            matcher: Overlapping::leaving_out(&patterns, &gates, &left_out, scan),
            edges,
            from: from.into_iter().map(|i| i as u16).collect(),
        }
    }

    /// Scans `text` (its first 4 GiB: a match's place is kept in 32 bits): each set's matches
    /// on word boundaries that `keep(set, start, end)` accepts, set by set, each set's in the
    /// order of the text; `cue(i)` for each occurrence of cue `i`.
    pub(crate) fn scan(
        &self,
        text: &str,
        mut cue: impl FnMut(usize),
        mut keep: impl FnMut(usize, usize, usize) -> bool,
    ) -> Box<[Hit]> {
        let mut cut = text.len().min(u32::MAX as usize);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let text = &text[..cut];
        let cues_from = *self.from.last().expect("a joint has an end");
        let set_of = |pattern: u16| self.from.partition_point(|&f| f <= pattern) - 1;
        // Each set's leftmost-longest matches: from the leftmost start, the longest match
        // there (the first pattern of equals: the first language owns a phrase two share),
        // then on from its end. A match kept takes its place even when it is not on word
        // boundaries ("hi" in "this" hides nothing after it), as in a scan of the set's table
        // alone. `at[set]`: where the set's next match may start.
        let mut at = [0usize; MAX_SETS];
        let mut hits = Vec::new();
        // Picks from the matches that start before `limit`, in order of their start.
        let mut pick = |found: &mut Vec<Hit>, limit: usize, hits: &mut Vec<Hit>| {
            found.sort_unstable_by_key(|h| (h.start, Reverse(h.len), h.pattern));
            let n = found.partition_point(|h| (h.start as usize) < limit);
            for &h in &found[..n] {
                let set = set_of(h.pattern);
                let (start, end) = h.range();
                if start < at[set] {
                    continue;
                }
                at[set] = end;
                if on_boundaries(text, start, end, self.edges[usize::from(h.pattern)])
                    && keep(set, start, end)
                {
                    hits.push(h);
                }
            }
            found.drain(..n);
        };
        FOUND.with_borrow_mut(|found| {
            found.clear();
            self.matcher.each(text.as_bytes(), |pattern, start, end| {
                // Under 65,535 patterns of at most 255 bytes ([`Joint::new`]), in under 4 GiB.
                let pattern = pattern as u16;
                match pattern.checked_sub(cues_from) {
                    Some(i) => cue(usize::from(i)),
                    None => found.push(Hit {
                        start: start as u32,
                        len: (end - start) as u16,
                        pattern,
                    }),
                }
                // Matches come in the order of their end, and are at most 255 bytes long:
                // every match that starts 255 bytes before this one's end is known. Picking
                // from those now keeps the matches held few, however long the text.
                if found.len() >= PICK_EVERY {
                    pick(found, end.saturating_sub(255), &mut hits);
                }
            });
            pick(found, usize::MAX, &mut hits);
        });
        // Set by set, each set's hits in order (the sort is stable).
        hits.sort_by_key(|h| set_of(h.pattern));
        hits.into_boxed_slice()
    }

    /// The hits of set `set` in `hits` (of [`Joint::scan`]): start, end and the pattern of
    /// the set, in order.
    pub(crate) fn hits<'h>(
        &self,
        hits: &'h [Hit],
        set: usize,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'h {
        let (lo, hi) = (self.from[set], self.from[set + 1]);
        hits.iter()
            .skip_while(move |h| h.pattern < lo)
            .take_while(move |h| h.pattern < hi)
            .map(move |&h| {
                let (start, end) = h.range();
                (start, end, usize::from(h.pattern - lo))
            })
    }
}

/// Trigger phrases compiled into one automaton, with a payload per phrase.
pub(crate) struct Table<T> {
    set: TriggerSet<T>,
    matcher: Matcher,
    /// Bytes of the longest phrase ([`Table::at_start`]).
    longest: usize,
    /// The bytes a phrase starts with, in either ASCII case ([`Table::at_start`]).
    first_bytes: [bool; 256],
}

/// An automaton over a list of patterns (ASCII case folded), built for how much text it scans.
struct Single {
    /// A contiguous NFA, built at once: small and quick to build, slower per byte.
    nfa: AhoCorasick,
    /// For a matcher that scans much text, the DFA that takes over once it pays.
    dfa: Option<Later<AhoCorasick>>,
    kind: MatchKind,
}

/// An automaton built once its matcher has scanned [`DFA_AFTER`] bytes with the NFA. A DFA
/// scans faster per byte but takes milliseconds and up to 1.4 MB to build: that pays on the
/// replies of a large export, not on a small one (issue 14).
struct Later<A> {
    patterns: Joined,
    /// Bytes to scan with the NFA first ([`dfa_after`]).
    after: usize,
    scanned: AtomicUsize,
    built: OnceLock<A>,
}

impl<A> Later<A> {
    fn new(patterns: &[&str]) -> Later<A> {
        Later {
            patterns: patterns.iter().collect(),
            after: dfa_after(),
            scanned: AtomicUsize::new(0),
            built: OnceLock::new(),
        }
    }

    /// The automaton, once it is built or once a scan of `len` bytes more makes it pay
    /// (`build` builds it); `None` before.
    #[inline]
    fn get(&self, len: usize, build: impl FnOnce(&[&str]) -> A) -> Option<&A> {
        if let Some(built) = self.built.get() {
            return Some(built);
        }
        let before = self.scanned.fetch_add(len, Ordering::Relaxed);
        if before.saturating_add(len) < self.after {
            return None;
        }
        Some(
            self.built
                .get_or_init(|| build(&self.patterns.iter().collect::<Vec<_>>())),
        )
    }
}

impl Single {
    /// The automaton of `patterns` with this match kind: `LeftmostLongest` for a [`Table`].
    fn new(patterns: &[&str], kind: MatchKind, scan: Scan) -> Single {
        Single {
            nfa: automaton(patterns, kind, AhoCorasickKind::ContiguousNFA),
            dfa: (scan == Scan::Much).then(|| Later::new(patterns)),
            kind,
        }
    }

    /// The automaton to scan `text` with: the DFA once it is built or this scan makes it
    /// pay, the NFA before.
    #[inline]
    fn automaton(&self, text: &str) -> &AhoCorasick {
        self.dfa
            .as_ref()
            .and_then(|later| {
                later.get(text.len(), |patterns| {
                    automaton(patterns, self.kind, AhoCorasickKind::DFA)
                })
            })
            .unwrap_or(&self.nfa)
    }
}

/// The patterns of an automaton in parts, each with an automaton of its own that is built the
/// first time a text needs it: the patterns with a Cyrillic letter (needed by a text with a
/// Cyrillic letter), the phrases of each language of [`GATED`] (needed where the scan's
/// [`Gate`] is open for it, `gate.rs`), and the rest, read in every text. All in one
/// automaton made every table's larger and slower for every text (the Cyrillic phrases took
/// a third of `extract`'s instructions on a 10 MB export and 20 MB more peak RSS at 400 MB).
/// What a text's parts find is what one automaton over those parts finds (tested).
struct Scripts {
    /// The global ids of the main part's patterns (`None`: all of them, in order).
    main_ids: Option<Vec<u32>>,
    /// The other parts, at most [`MAX_OTHERS`].
    others: Vec<Other>,
}

/// Which texts a part of the patterns other than the main one is read in ([`Scripts`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Texts with a Cyrillic letter.
    Cyrillic,
    /// Texts whose gate is open for one of these gated languages (a bit each, as in
    /// [`Gate`]).
    Gated(u8),
}

impl Part {
    /// The part of `pattern`, a form of a phrase of the gated languages `gate` (0: none);
    /// `None` for the main part, read in every text.
    fn of(pattern: &str, gate: u8) -> Option<Part> {
        if pattern.chars().any(is_cyrillic) {
            Some(Part::Cyrillic)
        } else if gate != 0 {
            Some(Part::Gated(gate))
        } else {
            None
        }
    }
}

/// Parts besides the main one: the Cyrillic one, and one per set of gated languages that
/// share phrases (four languages: fifteen sets at most).
const MAX_OTHERS: usize = 1 + (1 << GATED.len()) - 1;

/// A part other than the main one.
struct Other {
    part: Part,
    /// Its patterns, when its owner does not keep them all (as a [`Table`]'s
    /// [`TriggerSet`] does).
    patterns: Joined,
    /// The global id of each of its patterns.
    ids: Vec<u32>,
}

/// Each phrase that only gated languages list ([`GATED`]), with those languages (a bit each,
/// as in [`Gate`]). A phrase or word another language also lists is read everywhere, so the
/// gate never hides what that language finds.
static GATED_PHRASES: LazyLock<HashMap<&'static str, u8, FxBuild>> = LazyLock::new(|| {
    let phrases = |pack: &LangPack| pack.lists().into_iter().flat_map(super::lang::phrases);
    let mut gated: HashMap<&'static str, u8, FxBuild> = HashMap::default();
    for (i, lang) in GATED.iter().enumerate() {
        for p in phrases(lang.pack()) {
            *gated.entry(p).or_default() |= 1 << i;
        }
    }
    for pack in super::lang::PACKS
        .iter()
        .filter(|p| !GATED.contains(&p.lang))
    {
        for list in pack.lists() {
            for p in super::lang::phrases(list).chain(list.split_whitespace()) {
                gated.remove(p);
            }
        }
    }
    gated.shrink_to_fit();
    gated
});

/// The gated languages that list `phrase` as written in a pack (a bit each, as in [`Gate`]),
/// or 0: a phrase read everywhere. The forms of a phrase ([`variants`]) are read where the
/// phrase is.
pub(crate) fn phrase_gate(phrase: &str) -> u8 {
    GATED_PHRASES.get(phrase).copied().unwrap_or(0)
}

/// Strings kept end to end in one allocation: thousands of short phrases, kept without a
/// `String` each (24 bytes and an allocation of 16 or more for a phrase of 12).
#[derive(Default)]
pub(crate) struct Joined {
    text: String,
    ends: Vec<u32>,
}

impl Joined {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
        self.ends.push(self.text.len() as u32);
    }

    fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }

    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// String `i`.
    pub(crate) fn get(&self, i: usize) -> &str {
        let start = i.checked_sub(1).map_or(0, |j| self.ends[j] as usize);
        &self.text[start..self.ends[i] as usize]
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        (0..self.len()).map(|i| self.get(i))
    }
}

impl<S: AsRef<str>> FromIterator<S> for Joined {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> Joined {
        let mut joined = Joined::default();
        for s in iter {
            joined.push(s.as_ref());
        }
        joined.shrink_to_fit();
        joined
    }
}

impl Scripts {
    /// Splits `patterns`, each a form of a phrase of the gated languages of `gates` (a bit
    /// each); returns the main part's patterns. `keep`: whether to keep a copy of the other
    /// parts' patterns to build them from. The patterns `left_out` marks (none where it is
    /// shorter) are in no part.
    fn split<'p>(
        patterns: &[&'p str],
        gates: &[u8],
        left_out: &[bool],
        keep: bool,
    ) -> (Scripts, Vec<&'p str>) {
        let out = |i: usize| left_out.get(i).copied().unwrap_or(false);
        let parts: Vec<Option<Part>> = patterns
            .iter()
            .zip(gates)
            .map(|(p, &gate)| Part::of(p, gate))
            .collect();
        if parts.iter().all(Option::is_none) && !left_out.contains(&true) {
            let scripts = Scripts {
                main_ids: None,
                others: Vec::new(),
            };
            return (scripts, patterns.to_vec());
        }
        let (mut main, mut main_ids, mut others) = (vec![], vec![], Vec::<Other>::new());
        for (i, (p, &part)) in patterns.iter().zip(&parts).enumerate() {
            if out(i) {
                continue;
            }
            let Some(part) = part else {
                main.push(*p);
                main_ids.push(i as u32);
                continue;
            };
            let k = match others.iter().position(|o| o.part == part) {
                Some(k) => k,
                None => {
                    others.push(Other {
                        part,
                        patterns: Joined::default(),
                        ids: Vec::new(),
                    });
                    others.len() - 1
                }
            };
            if keep {
                others[k].patterns.push(p);
            }
            others[k].ids.push(i as u32);
        }
        for other in &mut others {
            other.patterns.shrink_to_fit();
            other.ids.shrink_to_fit();
        }
        let scripts = Scripts {
            main_ids: Some(main_ids),
            others,
        };
        (scripts, main)
    }

    #[inline]
    fn main_id(&self, p: usize) -> usize {
        self.main_ids.as_ref().map_or(p, |ids| ids[p] as usize)
    }

    #[inline]
    fn other_id(&self, k: usize, p: usize) -> usize {
        self.others[k].ids[p] as usize
    }

    /// The other parts `text` needs, a bit each (bit `k`: `others[k]`).
    #[inline]
    fn needs(&self, text: &[u8]) -> u32 {
        if self.others.is_empty() {
            return 0;
        }
        let (mut cyrillic, mut gate) = (None, None);
        let mut need = 0;
        for (k, other) in self.others.iter().enumerate() {
            let yes = match other.part {
                Part::Cyrillic => *cyrillic.get_or_insert_with(|| has_cyrillic(text)),
                Part::Gated(languages) => gate
                    .get_or_insert_with(|| Gate::for_scan(text))
                    .opens(languages),
            };
            need |= u32::from(yes) << k;
        }
        need
    }

    /// The patterns of part `k`, from those the owner keeps (`all`) or its own copy.
    fn patterns_of<'a>(&'a self, k: usize, all: Option<&'a Joined>) -> Vec<&'a str> {
        let other = &self.others[k];
        match all {
            Some(all) => other.ids.iter().map(|&i| all.get(i as usize)).collect(),
            None => other.patterns.iter().collect(),
        }
    }
}

/// A Cyrillic letter (U+0400 to U+052F).
#[inline]
pub(crate) fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{52f}').contains(&c)
}

/// Whether `text` has a Cyrillic letter: a byte D0 to D4 leads each in UTF-8, and no other
/// character's encoding has one. One pass the compiler vectorises.
#[inline]
pub(crate) fn has_cyrillic(text: &[u8]) -> bool {
    crate::text::has_byte_within(text, 0xD0, 0xD4)
}

/// A leftmost-longest [`Single`] per part ([`Scripts`]), found as one automaton over the
/// parts a text needs finds them.
pub(crate) struct Matcher {
    main: Single,
    scripts: Scripts,
    /// The other parts' automata, built when first needed.
    others: Vec<OnceLock<Single>>,
    kind: MatchKind,
    scan: Scan,
}

impl Matcher {
    /// The automaton of `patterns` with this match kind: `LeftmostLongest` for a [`Table`].
    /// The same `patterns` are passed to each search (the other parts are built from them
    /// when first needed; a table keeps them in its [`TriggerSet`], and one copy of some
    /// thousands of cased forms is enough).
    /// `gates`: the gated languages of each pattern ([`phrase_gate`]).
    pub(crate) fn new(patterns: &Joined, gates: &[u8], kind: MatchKind, scan: Scan) -> Matcher {
        let patterns: Vec<&str> = patterns.iter().collect();
        let (scripts, main) = Scripts::split(&patterns, gates, &[], false);
        Matcher {
            main: Single::new(&main, kind, scan),
            others: scripts.others.iter().map(|_| OnceLock::new()).collect(),
            scripts,
            kind,
            scan,
        }
    }

    fn other(&self, k: usize, all: &Joined) -> &Single {
        self.others[k].get_or_init(|| {
            Single::new(
                &self.scripts.patterns_of(k, Some(all)),
                self.kind,
                self.scan,
            )
        })
    }

    /// The first match of one part (`None`: the main one) that starts at or after `at`:
    /// (start, end, pattern).
    fn find_in(
        &self,
        text: &str,
        at: usize,
        part: Option<usize>,
        all: &Joined,
    ) -> Option<(usize, usize, usize)> {
        let input = aho_corasick::Input::new(text).span(at..text.len());
        match part {
            Some(k) => {
                let m = self.other(k, all).automaton(text).find(input)?;
                Some((
                    m.start(),
                    m.end(),
                    self.scripts.other_id(k, m.pattern().as_usize()),
                ))
            }
            None => {
                let m = self.main.automaton(text).find(input)?;
                Some((
                    m.start(),
                    m.end(),
                    self.scripts.main_id(m.pattern().as_usize()),
                ))
            }
        }
    }

    /// Every match, leftmost-longest, in order: (start, end, pattern). `patterns`: those the
    /// matcher was made of.
    pub(crate) fn find_iter<'a>(
        &'a self,
        text: &'a str,
        patterns: &'a Joined,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 'a {
        let need = self.scripts.needs(text.as_bytes());
        let mut one = (need == 0).then(|| self.main.automaton(text).find_iter(text));
        // The parts read: the main one, then those needed.
        let mut parts = [None; 1 + MAX_OTHERS];
        let mut n = 1;
        for k in 0..self.scripts.others.len() {
            if need & (1 << k) != 0 {
                parts[n] = Some(k);
                n += 1;
            }
        }
        // Each part's next match from where the last match ended, searched again only once
        // that match is passed: leftmost, then longest, as one automaton over the parts
        // finds it (no pattern of one part is a pattern of another).
        let mut at = 0;
        let mut next: [Option<Option<(usize, usize, usize)>>; 1 + MAX_OTHERS] =
            [None; 1 + MAX_OTHERS];
        std::iter::from_fn(move || {
            if let Some(iter) = &mut one {
                return iter.next().map(|m| {
                    (
                        m.start(),
                        m.end(),
                        self.scripts.main_id(m.pattern().as_usize()),
                    )
                });
            }
            let mut best: Option<(usize, usize, usize)> = None;
            for (slot, &part) in next[..n].iter_mut().zip(&parts[..n]) {
                if slot.is_none_or(|found| found.is_some_and(|(start, ..)| start < at)) {
                    *slot = Some(self.find_in(text, at.min(text.len()), part, patterns));
                }
                // At one place and length, the first pattern, as one automaton finds it.
                if let Some(Some(m)) = *slot
                    && best.is_none_or(|b| (m.0, Reverse(m.1), m.2) < (b.0, Reverse(b.1), b.2))
                {
                    best = Some(m);
                }
            }
            let found = best?;
            at = found.1;
            Some(found)
        })
    }

    /// The first match in `text`: (start, end, pattern).
    pub(crate) fn find(&self, text: &str, patterns: &Joined) -> Option<(usize, usize, usize)> {
        self.find_iter(text, patterns).next()
    }
}

/// Every match of a list of patterns (ASCII case folded), overlapping ones too, in the order
/// `AhoCorasick::find_overlapping_iter` reports them, found at two places of the text at once.
///
/// A scan is bound by the latency of the automaton's lookups: each byte's state depends on
/// the state before. Two halves of the text scanned in step make two chains of lookups that
/// the processor runs side by side. The second half starts a pattern's length early, so that
/// its state from the middle on is the state a scan from the start has there (an
/// automaton's state only depends on the last bytes, as many as the longest pattern); it
/// reports only the matches that end after the middle, kept until the first half's are
/// reported.
pub(crate) struct Overlapping {
    main: OverlappingSingle,
    scripts: Scripts,
    /// The other parts' automata ([`Scripts`]), built when first needed.
    others: Vec<OnceLock<OverlappingSingle>>,
    scan: Scan,
}

/// [`Overlapping`] of one part.
struct OverlappingSingle {
    nfa: nfa::contiguous::NFA,
    /// For much text, the DFA that takes over once it pays (`None` in it: it could not be
    /// built, and the NFA goes on).
    dfa: Option<Later<Option<dfa::DFA>>>,
}

/// Texts shorter than this (beyond twice the longest pattern) are scanned in one piece.
const SPLIT_FROM: usize = 256;

thread_local! {
    /// The second half's matches, until the first half's are reported: (state, end).
    static SECOND_HALF: std::cell::Cell<Vec<(StateID, usize)>> = const { std::cell::Cell::new(Vec::new()) };
    /// A text's matches from the parts of an [`Overlapping`]: (end, pattern, start).
    static BOTH: std::cell::Cell<Vec<(usize, usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
}

impl Overlapping {
    /// Every match of `patterns`, in every text.
    pub(crate) fn new(patterns: &[String], scan: Scan) -> Overlapping {
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        Overlapping::with_gates(&patterns, &vec![0; patterns.len()], scan)
    }

    /// [`Overlapping::new`], with the gated languages of each pattern ([`phrase_gate`]):
    /// its matches are found where the gate is open for one of them.
    pub(crate) fn with_gates(patterns: &[&str], gates: &[u8], scan: Scan) -> Overlapping {
        Overlapping::leaving_out(patterns, gates, &[], scan)
    }

    /// [`Overlapping::with_gates`], without the patterns `left_out` marks (none where it is
    /// shorter): they are never reported, and the others keep their ids.
    fn leaving_out(patterns: &[&str], gates: &[u8], left_out: &[bool], scan: Scan) -> Overlapping {
        let (scripts, main) = Scripts::split(patterns, gates, left_out, true);
        Overlapping {
            main: OverlappingSingle::new(&main, scan),
            others: scripts.others.iter().map(|_| OnceLock::new()).collect(),
            scripts,
            scan,
        }
    }

    /// Calls `found(pattern, start, end)` for each match in `text`, in the order of their
    /// end.
    pub(crate) fn each(&self, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
        let need = self.scripts.needs(text);
        if need == 0 {
            self.main
                .each(text, |p, s, e| found(self.scripts.main_id(p), s, e));
            return;
        }
        let mut all = BOTH.take();
        all.clear();
        self.main
            .each(text, |p, s, e| all.push((e, self.scripts.main_id(p), s)));
        for (k, built) in self.others.iter().enumerate() {
            if need & (1 << k) == 0 {
                continue;
            }
            let other = built.get_or_init(|| {
                OverlappingSingle::new(&self.scripts.patterns_of(k, None), self.scan)
            });
            other.each(text, |p, s, e| {
                all.push((e, self.scripts.other_id(k, p), s))
            });
        }
        // In the order of their end, as one automaton over the parts reports them.
        all.sort_by_key(|&(e, ..)| e);
        for &(e, p, s) in &all {
            found(p, s, e);
        }
        BOTH.set(all);
    }

    /// Whether the DFA of the first part is built (tests).
    #[cfg(test)]
    fn dfa_built(&self) -> bool {
        self.main
            .dfa
            .as_ref()
            .is_some_and(|l| l.built.get().is_some())
    }

    /// Builds the DFAs at once (tests).
    #[cfg(test)]
    fn dfa_at_once(&mut self) {
        if let Some(later) = &mut self.main.dfa {
            later.after = 0;
        }
    }
}

impl OverlappingSingle {
    fn new(patterns: &[&str], scan: Scan) -> OverlappingSingle {
        let nfa = nfa::contiguous::NFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .expect("the patterns of a joint scan build");
        OverlappingSingle {
            nfa,
            dfa: (scan == Scan::Much).then(|| Later::new(patterns)),
        }
    }

    fn each(&self, text: &[u8], found: impl FnMut(usize, usize, usize)) {
        let dfa = self.dfa.as_ref().and_then(|later| {
            later.get(text.len(), |patterns| {
                dfa::DFA::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(patterns)
                    .ok()
            })
        });
        match dfa {
            Some(Some(dfa)) => two_at_once(dfa, text, found),
            _ => two_at_once(&self.nfa, text, found),
        }
    }
}

/// [`Overlapping::each`] with this automaton.
fn two_at_once<A: Automaton>(aut: &A, text: &[u8], mut found: impl FnMut(usize, usize, usize)) {
    let start = aut
        .start_state(Anchored::No)
        .expect("an automaton for unanchored scans");
    let mut report = |sid: StateID, end: usize| {
        for i in 0..aut.match_len(sid) {
            let pattern = aut.match_pattern(sid, i);
            found(pattern.as_usize(), end - aut.pattern_len(pattern), end);
        }
    };
    let overlap = aut.max_pattern_len().saturating_sub(1);
    if text.len() < 2 * overlap + SPLIT_FROM {
        let mut sid = start;
        for (i, &byte) in text.iter().enumerate() {
            sid = aut.next_state(Anchored::No, sid, byte);
            if aut.is_special(sid) && aut.is_match(sid) {
                report(sid, i + 1);
            }
        }
        return;
    }
    // The first half reports the matches that end by `mid`; the second, from `from`, those
    // that end after it. Their lengths differ by one at most.
    let mid = (text.len() + overlap) / 2;
    let from = mid - overlap;
    let (first, second) = (&text[..mid], &text[from..]);
    let mut later = SECOND_HALF.take();
    later.clear();
    let (mut a, mut b) = (start, start);
    for (i, (&x, &y)) in first.iter().zip(second).enumerate() {
        a = aut.next_state(Anchored::No, a, x);
        b = aut.next_state(Anchored::No, b, y);
        if aut.is_special(a) && aut.is_match(a) {
            report(a, i + 1);
        }
        if aut.is_special(b) && aut.is_match(b) && from + i >= mid {
            later.push((b, from + i + 1));
        }
    }
    for (i, &y) in second.iter().enumerate().skip(first.len()) {
        b = aut.next_state(Anchored::No, b, y);
        if aut.is_special(b) && aut.is_match(b) {
            later.push((b, from + i + 1));
        }
    }
    for &(sid, end) in &later {
        report(sid, end);
    }
    SECOND_HALF.set(later);
}

/// Bytes a [`Scan::Much`] table scans with its NFA before it builds its DFA. Measured
/// (`extract`, CPU time): with 128 KB the demo export takes 27 ms against 39 ms with the
/// DFAs built at once, an export of 2 MB of JSON 49 ms against 55, one of 40 MB 435 ms
/// against 426; 256 KB to 1 MB were no better on small exports and slower on large ones.
const DFA_AFTER: usize = 128 << 10;

/// [`DFA_AFTER`], or the bytes `FERRY_DFA_AFTER` says (the digest tests set 0, a DFA at once,
/// and a number too large to reach, the NFA only: the output must not change by a byte).
fn dfa_after() -> usize {
    static AFTER: LazyLock<usize> =
        LazyLock::new(|| crate::par::number_from_env("FERRY_DFA_AFTER", DFA_AFTER));
    *AFTER
}

/// Turkish writes a capital dotted "İ" for "i" ("İyi geceler"), which ASCII folding does not
/// match: for a Turkish phrase (`gate`: its gated languages) whose first word starts with "i"
/// and is longer than it, the forms with "İ" too.
fn dotted_capitals(gate: u8, forms: &mut Vec<String>) {
    let turkish = GATED
        .iter()
        .position(|&l| l == Lang::Tr)
        .map_or(0, |i| 1 << i);
    if gate & turkish == 0 {
        return;
    }
    for i in 0..forms.len() {
        let first = forms[i]
            .split([' ', '\'', '\u{2019}'])
            .next()
            .unwrap_or_default();
        if first.len() > 1 && first.starts_with('i') {
            let dotted = format!("İ{}", &forms[i][1..]);
            forms.push(dotted);
        }
    }
}

/// Variants of a phrase: straight and curly apostrophes, mixed too ("I don’t think that's",
/// as pasted text and some keyboards write it) for up to three apostrophes, and an uppercase
/// first letter when the first letter is not ASCII (the automaton folds ASCII case only).
fn variants(p: &str) -> Vec<String> {
    let apostrophes = p.matches('\'').count();
    let mut v = if apostrophes == 0 {
        vec![p.to_string()]
    } else if apostrophes <= 3 {
        // Every choice of straight or curly for each apostrophe.
        (0..1u32 << apostrophes)
            .map(|mask| {
                let mut k = 0;
                p.chars()
                    .map(|c| {
                        if c != '\'' {
                            return c;
                        }
                        k += 1;
                        if mask & (1 << (k - 1)) != 0 {
                            '\u{2019}'
                        } else {
                            c
                        }
                    })
                    .collect()
            })
            .collect()
    } else {
        vec![p.to_string(), p.replace('\'', "\u{2019}")]
    };
    let n = v.len();
    for i in 0..n {
        let s = v[i].clone();
        if let Some(c) = s.chars().next()
            && !c.is_ascii()
            && c.is_lowercase()
        {
            let up: String = c.to_uppercase().chain(s[c.len_utf8()..].chars()).collect();
            v.push(up);
        }
    }
    // Non-ASCII letters inside a phrase ("días", "heiße") also get an uppercase form when
    // the phrase is shouted; rare, so only the whole-uppercase variant is added.
    let n = v.len();
    for i in 0..n {
        if !v[i].is_ascii() {
            let up = v[i].to_uppercase();
            if up != v[i] {
                v.push(up);
            }
        }
    }
    v
}

/// How much text a table scans, which decides how its automaton is built.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scan {
    /// Every reply or message: a contiguous NFA until the table has scanned [`DFA_AFTER`]
    /// bytes, then a DFA (the fastest to scan, the largest and slowest to build).
    Much,
    /// Less: the person's messages for rarer phrases, single sentences, custom instructions
    /// (a few MB per 100 MB of export at most). A contiguous NFA only: a fraction of a DFA's
    /// memory (each of these tables' DFAs was 0.3–1.2 MB of the peak heap) for about 2% more
    /// CPU time on the 400 MB benchmark.
    Little,
}

impl<T: Copy> Table<T> {
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, T)>) -> Table<T> {
        Table::build(entries, Scan::Much)
    }

    /// A table whose automaton is built for how much text it scans; the matches are the
    /// same either way.
    pub(crate) fn build(
        entries: impl IntoIterator<Item = (&'static str, T)>,
        scan: Scan,
    ) -> Table<T> {
        let set = TriggerSet::new(entries);
        let matcher = Matcher::new(&set.patterns, &set.gates, MatchKind::LeftmostLongest, scan);
        let longest = set.patterns.iter().map(str::len).max().unwrap_or(0);
        let mut first_bytes = [false; 256];
        for &b in set.patterns.iter().filter_map(|p| p.as_bytes().first()) {
            first_bytes[usize::from(b.to_ascii_lowercase())] = true;
            first_bytes[usize::from(b.to_ascii_uppercase())] = true;
        }
        Table {
            set,
            matcher,
            longest,
            first_bytes,
        }
    }

    /// The phrases, for a [`Joint`].
    pub(crate) fn set(&self) -> &TriggerSet<T> {
        &self.set
    }

    /// Each trigger found on word boundaries: start, end and payload, in order.
    pub(crate) fn iter<'a>(
        &'a self,
        text: &'a str,
    ) -> impl Iterator<Item = (usize, usize, T)> + 'a {
        self.matcher
            .find_iter(text, &self.set.patterns)
            .filter_map(move |(start, end, p)| {
                let t = self.set.on_boundaries(text, start, end, p)?;
                Some((start, end, t))
            })
    }

    /// Calls `f(start, end, payload)` for each trigger found on word boundaries; stops early
    /// when `f` returns `false`.
    #[inline]
    pub(crate) fn each(&self, text: &str, mut f: impl FnMut(usize, usize, T) -> bool) {
        for (start, end, t) in self.iter(text) {
            if !f(start, end, t) {
                return;
            }
        }
    }

    /// The first trigger found (on word boundaries) with its range.
    pub(crate) fn first(&self, text: &str) -> Option<(usize, usize, T)> {
        let mut out = None;
        self.each(text, |s, e, t| {
            out = Some((s, e, t));
            false
        });
        out
    }

    /// The trigger that starts `text`, on word boundaries, with its end and payload: what
    /// [`Table::first`] finds when what it finds starts at 0. Only as much of `text` is
    /// scanned as the longest phrase can cover (a leftmost-longest match at 0 ends within
    /// it); the boundary after it is read in the whole text.
    pub(crate) fn at_start(&self, text: &str) -> Option<(usize, T)> {
        // No phrase starts with this byte: nothing starts at 0, and no search is begun (each
        // sets up its prefilter, which cost more than the few bytes read).
        if !self.first_bytes[usize::from(*text.as_bytes().first()?)] {
            return None;
        }
        let mut reach = self.longest.min(text.len());
        while !text.is_char_boundary(reach) {
            reach += 1;
        }
        let head = &text[..reach];
        let (start, end, p) = self.matcher.find(head, &self.set.patterns)?;
        if start != 0 {
            return None;
        }
        let t = self.set.on_boundaries(text, 0, end, p)?;
        Some((end, t))
    }

    /// Whether any trigger occurs on word boundaries.
    pub(crate) fn any(&self, text: &str) -> bool {
        self.first(text).is_some()
    }
}

/// The patterns' automaton of this match kind and this kind (ASCII case folded), or of the
/// kind aho-corasick chooses if this one cannot be built.
fn automaton(patterns: &[&str], matching: MatchKind, kind: AhoCorasickKind) -> AhoCorasick {
    let builder = || {
        let mut b = AhoCorasick::builder();
        b.ascii_case_insensitive(true).match_kind(matching);
        b
    };
    builder()
        .kind(Some(kind))
        .build(patterns)
        .or_else(|_| builder().build(patterns))
        .expect("trigger table builds")
}

#[inline]
pub(crate) fn prev_char(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

#[inline]
pub(crate) fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Letters, and combining marks (decomposed accents).
#[inline]
pub(crate) fn is_letter(c: char) -> bool {
    c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c)
}

#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Index after the horizontal spaces starting at `i`.
#[inline]
pub(crate) fn skip_spaces(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    loop {
        match b.get(i) {
            Some(b' ' | b'\t') => i += 1,
            Some(0xC2) if b.get(i + 1) == Some(&0xA0) => i += 2,
            Some(0xE2) if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xAF) => i += 3,
            _ => return i,
        }
    }
}

/// A capitalised name token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Tok {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The token was followed by a possessive `'s`.
    pub(crate) possessive: bool,
}

/// Parses a capitalised name starting exactly at `i`: an uppercase letter, then letters,
/// inner apostrophes ("O'Brien") and hyphens before an uppercase letter ("Mary-Jane"; a
/// lowercase suffix such as Indonesian "-mu" ends the name). 2–24 chars, not all uppercase,
/// no digits. Stop names are NOT checked here.
pub(crate) fn name_at(text: &str, i: usize) -> Option<Tok> {
    let rest = text.get(i..)?;
    let mut it = rest.char_indices().peekable();
    let (_, c0) = it.next()?;
    if !c0.is_uppercase() {
        return None;
    }
    let mut n = 1usize;
    let mut lower = 0usize;
    let mut end = c0.len_utf8();
    let mut possessive = false;
    while let Some(&(j, c)) = it.peek() {
        if is_letter(c) {
            if c.is_lowercase() {
                lower += 1;
            }
            n += 1;
            end = j + c.len_utf8();
            it.next();
            continue;
        }
        if c.is_ascii_digit() || c == '_' || c == '@' || c == '/' || c == '\\' {
            return None;
        }
        let after = rest[j + c.len_utf8()..].chars().next();
        let after2 = after.and_then(|a| rest[j + c.len_utf8() + a.len_utf8()..].chars().next());
        if is_apostrophe(c) {
            match after {
                Some('s' | 'S') if !after2.is_some_and(is_letter) => {
                    possessive = true;
                    break;
                }
                Some(a) if is_letter(a) => {
                    n += 1;
                    it.next();
                    continue;
                }
                _ => break,
            }
        }
        if c == '-' {
            match after {
                Some(a) if a.is_uppercase() => {
                    n += 1;
                    it.next();
                    continue;
                }
                _ => break,
            }
        }
        if c == '.' && after.is_some_and(|a| a.is_alphanumeric()) {
            // A file name, a domain or an abbreviation.
            return None;
        }
        break;
    }
    if !(2..=24).contains(&n) || lower == 0 {
        return None;
    }
    Some(Tok {
        start: i,
        end: i + end,
        possessive,
    })
}

/// Language-specific shapes that are never names even when capitalised: the language pack's
/// `non_name_suffixes` ("I'm Feeling…", "Ich bin Entwicklung").
fn lang_rejects(word: &str, lang: Option<Lang>) -> bool {
    let Some(lang) = lang else {
        return false;
    };
    let suffixes = lang.pack().non_name_suffixes;
    if suffixes.is_empty() {
        return false;
    }
    let lower = word.to_lowercase();
    suffixes
        .split_whitespace()
        .any(|s| lower.ends_with(s) && lower.len() > s.len() + 2)
}

/// Sentence adverbs and similar words recognisable by their ending, whatever the language:
/// English "-ly" adverbs ("Honestly", "Typically"; not "Emily", "Kelly", "Sally"), Spanish and
/// Portuguese "-mente", French "-ment" ("Honnêtement"; not "Clément"), Indonesian "-nya"
/// ("Biasanya", "Intinya"), German "-lich"/"-erweise" ("Eigentlich", "Normalerweise"), and
/// Spanish imperatives with clitics ("Cuéntame", "Pásamela"). `lower` is lowercase.
pub(crate) fn looks_like_adverb(lower: &str) -> bool {
    // Cheap exit: every shape below ends in one of these letters.
    if !lower
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b, b'y' | b'e' | b't' | b'a' | b'h' | b's' | b'o'))
    {
        return false;
    }
    let n = if lower.is_ascii() {
        lower.len()
    } else {
        lower.chars().count()
    };
    let ends = |s: &str| lower.ends_with(s);
    if ends("ly") && n >= 5 {
        if ends("ally") || ends("ully") {
            return n >= 7;
        }
        if ends("ily") {
            return n >= 7;
        }
        return !(ends("lly") || ends("rly") || ends("nly") && n < 6);
    }
    if (ends("mente") && n >= 7) || (ends("ment") && n >= 7 && lower != "clément") {
        return true;
    }
    if ends("nya") && n >= 7 {
        return true;
    }
    if (ends("lich") && n >= 6) || ends("erweise") || ends("falls") && n >= 8 {
        return true;
    }
    spanish_clitic(lower)
}

/// A Spanish imperative with clitics ("cuéntame", "quédate", "pásamela"): the stressed
/// syllable's accent, a vowel, then the clitics; every letter one Spanish writes. Not
/// "céleste" (a consonant before "te") nor "jérôme" (French letters).
fn spanish_clitic(lower: &str) -> bool {
    if lower.is_ascii() || !lower.chars().any(|c| "áéíóú".contains(c)) {
        return false;
    }
    if !lower
        .chars()
        .all(|c| c.is_ascii_lowercase() || "áéíóúüñ".contains(c))
    {
        return false;
    }
    [
        "me", "te", "mela", "melo", "sela", "selo", "tela", "telo", "nos",
    ]
    .iter()
    .filter_map(|clitics| lower.strip_suffix(clitics))
    .any(|verb| {
        verb.chars()
            .next_back()
            .is_some_and(|c| "aeiouáéíóú".contains(c))
    })
}

/// Whether the token is an acceptable name in a context of language `lang`.
pub(crate) fn good_name(text: &str, t: Tok, lang: Option<Lang>) -> bool {
    let w = &text[t.start..t.end];
    !Reading::after_phrase(text, lang).stop_name(w)
        && !lang_rejects(w, lang)
        && !looks_like_adverb(&w.to_lowercase())
}

/// After a trigger: skips spaces, an optional comma (when `comma`), an opening quote or
/// markdown emphasis, and parses a good name. Returns the token and the end of the phrase
/// (after a matching closing quote, if any).
pub(crate) fn name_after(text: &str, i: usize, comma: bool, lang: Option<Lang>) -> Option<Tok> {
    name_after_as(text, i, comma, lang, false)
}

/// [`name_after`] for a phrase that gives a name ("call you", "your name is", "Nova it
/// is"): a weekday or a month is a name there ("call you June").
pub(crate) fn given_name_after(text: &str, i: usize, lang: Option<Lang>) -> Option<Tok> {
    name_after_as(text, i, false, lang, true)
}

fn name_after_as(
    text: &str,
    i: usize,
    comma: bool,
    lang: Option<Lang>,
    calendar: bool,
) -> Option<Tok> {
    let mut j = skip_spaces(text, i);
    if comma && text.as_bytes().get(j) == Some(&b',') {
        j = skip_spaces(text, j + 1);
    }
    let mut k = 0;
    while k < 3 {
        match next_char(text, j) {
            // Swedish and Finnish open a quote with the closing marks (”Saga”, »Saga»), Polish
            // and German with a low one („Iskra”).
            Some(
                c @ ('"' | '\'' | '\u{201c}' | '\u{2018}' | '\u{ab}' | '\u{201d}' | '\u{bb}'
                | '\u{201e}' | '*' | '_'),
            ) => {
                j += c.len_utf8();
                k += 1;
            }
            _ => break,
        }
    }
    if k > 0 {
        j = skip_spaces(text, j);
    }
    // Brazilian Portuguese puts the article before a name ("eu sou a Bia", "aqui é o João"):
    // a phrase longer by the article would hide the phrase before "Ana" and "Otávio".
    if lang == Some(Lang::Pt)
        && let Some(rest) = text[j..]
            .strip_prefix("a ")
            .or_else(|| text[j..].strip_prefix("o "))
        && rest.starts_with(char::is_uppercase)
    {
        j += 2;
    }
    let mut t = name_at(text, j)?;
    if lang == Some(Lang::Tr) {
        t = turkish_stem(text, t)?;
    }
    let calendar_name = || {
        let w = &text[t.start..t.end];
        super::lex::CALENDAR.has(w) && !lang_rejects(w, lang)
    };
    if t.possessive || !(good_name(text, t, lang) || (calendar && calendar_name())) {
        return None;
    }
    Some(t)
}

/// A name after a Turkish phrase without the suffix Turkish writes after an apostrophe
/// ("Ben Elif'im" → "Elif", "adın Yağmur'dur" → "Yağmur"). A locative or ablative suffix
/// ("Ben Ankara'dayım", "İzmir'denim": I am in, from; "d" or "t" and "a" or "e") makes it a
/// place, so no name; the copula's "dır", "dur", "tir" does not.
fn turkish_stem(text: &str, t: Tok) -> Option<Tok> {
    let w = &text[t.start..t.end];
    let Some((at, c)) = w.char_indices().find(|&(_, c)| is_apostrophe(c)) else {
        return Some(t);
    };
    let suffix = &w[at + c.len_utf8()..];
    if !suffix.starts_with(|c: char| c.is_lowercase()) {
        return Some(t);
    }
    if suffix.starts_with(['d', 't']) && suffix[1..].starts_with(['a', 'e']) {
        return None;
    }
    Some(Tok {
        end: t.start + at,
        ..t
    })
}

/// The word (letters, inner apostrophes and hyphens) ending exactly at `end`, if any.
pub(crate) fn word_before(text: &str, end: usize) -> Option<usize> {
    // Most words are ASCII letters after a space or punctuation: decided byte by byte.
    let b = text.as_bytes();
    let mut k = end.min(b.len());
    while k > 0 && b[k - 1].is_ascii_alphabetic() {
        k -= 1;
    }
    if k == 0 || (b[k - 1].is_ascii() && !matches!(b[k - 1], b'\'' | b'-')) {
        return (k < end).then_some(k);
    }
    // An apostrophe, a hyphen or a letter beyond ASCII before: read by characters.
    word_before_chars(text, end)
}

fn word_before_chars(text: &str, end: usize) -> Option<usize> {
    let mut start = end;
    let mut it = text[..end].char_indices().rev().peekable();
    while let Some((j, c)) = it.next() {
        if is_letter(c) {
            start = j;
        } else if (is_apostrophe(c) || c == '-')
            && start == j + c.len_utf8()
            && it.peek().is_some_and(|&(_, p)| is_letter(p))
        {
            continue;
        } else {
            break;
        }
    }
    (start < end).then_some(start)
}

/// A lowercase-or-capitalised word token (letters with inner apostrophes/hyphens) at `i`.
/// Returns its end, or `None` if no letter starts here or a digit is glued to it.
pub(crate) fn word_at(text: &str, i: usize) -> Option<usize> {
    // Most words are ASCII letters up to a space or punctuation: decided byte by byte.
    let b = text.as_bytes();
    if text.is_char_boundary(i) {
        let end = i + b[i.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_alphabetic())
            .count();
        match b.get(end) {
            None => return (end > i).then_some(end),
            Some(c) if c.is_ascii_digit() || *c == b'_' => return None,
            Some(c) if c.is_ascii() && !matches!(c, b'\'' | b'-') => {
                return (end > i).then_some(end);
            }
            // An apostrophe, a hyphen or a letter beyond ASCII: read by characters.
            Some(_) => {}
        }
    }
    word_at_chars(text, i)
}

fn word_at_chars(text: &str, i: usize) -> Option<usize> {
    let rest = text.get(i..)?;
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((j, c)) = chars.next() {
        if is_letter(c) {
            end = j + c.len_utf8();
        } else if (is_apostrophe(c) || c == '-') && end == j && end > 0 {
            match chars.peek() {
                Some(&(_, n)) if is_letter(n) => continue,
                _ => break,
            }
        } else if c.is_ascii_digit() || c == '_' {
            return None;
        } else {
            break;
        }
    }
    (end > 0).then_some(i + end)
}

/// What may end a form of address or a name that must stand alone: end of text, a line
/// break, sentence punctuation, a closing quote, a dash, an emoji or other symbol (and a
/// comma when `comma`). Spaces before it are skipped.
pub(crate) fn at_end(text: &str, i: usize, comma: bool) -> bool {
    let j = skip_spaces(text, i);
    let Some(c) = next_char(text, j) else {
        return true;
    };
    match c {
        '\n' | '\r' | '.' | '!' | '?' | '\u{2026}' | '"' | '\u{201d}' | '\u{bb}' | '~'
        | '\u{2014}' | '\u{2013}' | '\u{a1}' | '\u{bf}' | '*' => true,
        ',' => comma,
        '-' => j > i,
        ':' | ';' => matches!(
            next_char(text, j + 1),
            Some(')' | '(' | 'D' | 'P' | 'p' | '3' | '*' | '-')
        ),
        '(' | ')' | '[' | ']' | '{' | '}' | '<' | '>' | '/' | '\\' | '=' | '+' | '&' | '@'
        | '#' | '$' | '%' | '^' | '|' | '`' | '\'' | '\u{2019}' => false,
        c if c.is_alphanumeric() || c.is_whitespace() => false,
        // Emoji, hearts, stars and other symbols.
        _ => true,
    }
}

/// Whether position `i` starts a sentence: start of text or line, or after sentence
/// punctuation or an emoji (spaces skipped backwards).
pub(crate) fn sentence_start(text: &str, i: usize) -> bool {
    let mut j = i;
    let b = text.as_bytes();
    while j > 0 && (b[j - 1] == b' ' || b[j - 1] == b'\t') {
        j -= 1;
    }
    match prev_char(text, j) {
        None => true,
        Some(
            '\n' | '\r' | '.' | '!' | '?' | '\u{2026}' | '"' | '\u{201c}' | '\u{a1}' | '\u{bf}'
            | '*' | '>' | '#' | '-' | '\u{2014}' | '(',
        ) => true,
        Some(c) => {
            !c.is_ascii()
                && !c.is_alphanumeric()
                && !matches!(c, '\u{2019}' | '\u{201d}' | '\u{a0}')
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// A Spanish imperative with its clitics opens a sentence and is no name; French names
    /// that end the same way are names ("Céleste", "Jérôme").
    #[test]
    fn spanish_imperatives_are_not_names_and_french_names_are() {
        for verb in [
            "cuéntame",
            "quédate",
            "pásamela",
            "dímelo",
            "levántate",
            "acuérdate",
            "cuídate",
        ] {
            assert!(looks_like_adverb(verb), "{verb}");
        }
        for name in [
            "céleste", "jérôme", "josé", "inés", "rosalía", "ramón", "anaïs",
        ] {
            assert!(!looks_like_adverb(name), "{name}");
        }
    }

    #[test]
    fn a_word_read_by_bytes_ends_where_read_by_characters() {
        let texts = [
            "Hi, love. O'Brien's hi-fi x_y abc1 1abc Mary-Jane -x 'x x' x- x'",
            "Schatz, café naïve e\u{301}a señor… “Nova” tu’es Bintang-mu 🌙 end",
            "",
            "a",
            "ab\nc\td.e,f!g?h'",
        ];
        for text in texts {
            for i in 0..=text.len() + 1 {
                assert_eq!(word_at(text, i), word_at_chars(text, i), "{text:?} at {i}");
            }
            for end in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
                assert_eq!(
                    word_before(text, end),
                    word_before_chars(text, end),
                    "{text:?} before {end}"
                );
            }
        }
    }

    /// Latin and Cyrillic patterns that overlap and share prefixes, for the tests of
    /// [`Scripts`].
    fn mixed_patterns() -> Vec<String> {
        [
            "я",
            "я лада",
            "ok я",
            "при",
            "привет",
            "привет, ok",
            "ет ла",
            "ok",
            "ok, при",
            "hi",
            "hi there",
            "a",
            "ab",
            "лада",
            "Лада",
            "да",
            "a я",
            "b",
        ]
        .map(String::from)
        .to_vec()
    }

    /// Short phrases of each gated language (three each, the shortest, with their gate),
    /// one of them in two parts (the same pattern twice), and phrases read everywhere that
    /// share their bytes: a prefix, a suffix, one longer.
    fn gated_patterns() -> Vec<(String, u8)> {
        let mut patterns: Vec<(String, u8)> = Vec::new();
        let mut first = None;
        for (i, lang) in GATED.iter().enumerate() {
            let mut own: Vec<&'static str> = lang
                .pack()
                .lists()
                .into_iter()
                .flat_map(super::super::lang::phrases)
                .filter(|p| p.is_ascii() && !p.contains('\'') && phrase_gate(p) == 1 << i)
                .collect();
            own.sort_by_key(|p| (p.len(), *p));
            own.dedup();
            for p in own.into_iter().take(3) {
                first.get_or_insert(p);
                patterns.push((p.to_owned(), 1 << i));
                patterns.push((p[..p.len() / 2 + 1].to_owned(), 0));
                patterns.push((format!("{p} a"), 0));
            }
        }
        // The first language's first phrase, as the last language's too.
        let shared = first.expect("gated phrases");
        patterns.push((shared.to_owned(), 1 << (GATED.len() - 1)));
        patterns.extend(["a", "en", "x a"].map(|p| (p.to_owned(), 0)));
        // One copy of each pattern of a part: an automaton takes no pattern twice.
        let mut seen = HashSet::<(String, u8), FxBuild>::default();
        patterns.retain(|p| seen.insert(p.clone()));
        patterns
    }

    /// What the parts of `patterns` (each of the gated languages of `gates`) find in `text`
    /// with the thread's gate, against one automaton over `open` (the patterns that gate
    /// opens, in order): the leftmost-longest matcher's matches and first match, and every
    /// match of the overlapping scan in the order of their end (at one end, in any order).
    fn parts_find_what_one_automaton_finds(
        text: &str,
        patterns: &[String],
        gates: &[u8],
        open: &[usize],
    ) -> Result<(), proptest::test_runner::TestCaseError> {
        let strs: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let subset: Vec<&str> = open.iter().map(|&i| strs[i]).collect();
        let kind = MatchKind::LeftmostLongest;
        let one = automaton(&subset, kind, AhoCorasickKind::ContiguousNFA);
        let expected: Vec<_> = one
            .find_iter(text)
            .map(|m| (m.start(), m.end(), open[m.pattern().as_usize()]))
            .collect();
        let joined: Joined = patterns.iter().collect();
        let split = Matcher::new(&joined, gates, kind, Scan::Little);
        let got: Vec<_> = split.find_iter(text, &joined).collect();
        proptest::prop_assert_eq!(&got, &expected);
        proptest::prop_assert_eq!(split.find(text, &joined), expected.first().copied());
        let one = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&subset)
            .expect("builds");
        let mut expected: Vec<_> = one
            .find_overlapping_iter(text)
            .map(|m| (m.end(), open[m.pattern().as_usize()], m.start()))
            .collect();
        let mut got = Vec::new();
        Overlapping::with_gates(&strs, gates, Scan::Little)
            .each(text.as_bytes(), |p, s, e| got.push((e, p, s)));
        proptest::prop_assert!(got.windows(2).all(|w| w[0].0 <= w[1].0));
        expected.sort_unstable();
        got.sort_unstable();
        proptest::prop_assert_eq!(got, expected);
        Ok(())
    }

    proptest::proptest! {
        /// A matcher split by script finds, leftmost-longest, what one automaton over all
        /// the patterns finds, and the overlapping scan every match one automaton reports.
        #[test]
        fn patterns_split_by_script_find_what_one_automaton_finds(
            text in "[aboki ,тheraяпдлЛ]{0,40}",
        ) {
            let patterns = mixed_patterns();
            let all: Vec<usize> = (0..patterns.len()).collect();
            parts_find_what_one_automaton_finds(&text, &patterns, &vec![0; patterns.len()], &all)?;
        }

        /// With gated languages' phrases among the patterns, a matcher finds what one
        /// automaton over the phrases its gate opens (and all the others) finds, and so does
        /// the overlapping scan.
        #[test]
        fn gated_parts_find_what_one_automaton_over_the_open_ones_finds(
            pieces in proptest::collection::vec(0usize..64, 0..24),
            bits in 0u8..16,
        ) {
            let (patterns, gates): (Vec<String>, Vec<u8>) = gated_patterns().into_iter().unzip();
            let mut words: Vec<&str> = patterns.iter().map(String::as_str).collect();
            words.extend([" ", "a", "X", "'", "en"]);
            let text: String = pieces.iter().map(|&i| words[i % words.len()]).collect();
            let gate = Gate::from_bits(bits);
            let open: Vec<usize> = (0..patterns.len())
                .filter(|&i| gates[i] == 0 || gate.opens(gates[i]))
                .collect();
            let _gate = Gate::enter(Some(gate));
            parts_find_what_one_automaton_finds(&text, &patterns, &gates, &open)?;
        }

        /// Words before a place, read by bytes, start where they start read by characters:
        /// apostrophes, hyphens, accents and combining marks among ASCII letters.
        #[test]
        fn a_word_before_read_by_bytes_starts_where_read_by_characters(
            s in "[ab '\u{2019}\u{e9}\u{301}1_,.-]{0,24}",
        ) {
            for end in (0..=s.len()).filter(|&i| s.is_char_boundary(i)) {
                proptest::prop_assert_eq!(word_before(&s, end), word_before_chars(&s, end));
            }
        }
    }

    /// `at_start` finds what `first` finds at 0, in every suffix of texts made of the phrases
    /// (alone, glued to letters, cut short, doubled, shouted, after a space or an emoji).
    #[test]
    fn at_start_is_first_at_zero() {
        let made: Vec<(&'static str, super::super::Lang)> = [
            "you up",
            "you up there",
            "are you",
            "are you up",
            "días",
            "u",
            "got a sec",
        ]
        .into_iter()
        .map(|p| (p, super::super::Lang::En))
        .collect();
        let tables = [
            Table::build(made, Scan::Little),
            Table::build(super::super::lang_entries(|p| p.presence), Scan::Little),
            Table::build(super::super::lang_entries(|p| p.greetings), Scan::Much),
        ];
        let mut texts: Vec<String> = vec![String::new(), "🙂 you up?".into()];
        for table in &tables {
            for p in table.set.patterns.iter().take(200) {
                texts.push(format!("{p}? Nova, {p}{p}x {}", p.to_uppercase()));
                let mut half = p.len() / 2;
                while !p.is_char_boundary(half) {
                    half -= 1;
                }
                texts.push(format!("{p}s and {}", &p[..half]));
            }
        }
        let mut found = 0;
        for table in &tables {
            for text in &texts {
                for (i, _) in text.char_indices() {
                    let rest = &text[i..];
                    let first = table.first(rest).filter(|&(s, _, _)| s == 0);
                    let expected = first.map(|(_, e, t)| (e, t));
                    assert_eq!(table.at_start(rest), expected, "{rest:?}");
                    found += usize::from(expected.is_some());
                }
            }
        }
        assert!(found > texts.len(), "{found}");
    }

    #[test]
    fn two_halves_at_once_find_what_one_scan_finds_in_the_same_order() {
        let patterns: Vec<String> = [
            "a",
            "ab",
            "bab",
            "abab",
            "b",
            "hi",
            "hi there",
            "there",
            "días",
            "ñ",
            "a much longer pattern that sets how far the second half starts early",
        ]
        .map(String::from)
        .to_vec();
        let reference = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(&patterns)
            .expect("builds");
        let nfa = Overlapping::new(&patterns, Scan::Little);
        let mut dfa = Overlapping::new(&patterns, Scan::Much);
        dfa.dfa_at_once();
        let found = |o: &Overlapping, text: &str| {
            let mut v = Vec::new();
            o.each(text.as_bytes(), |p, s, e| v.push((p, s, e)));
            v
        };
        // Texts around the length where the scan splits, with matches across the middle.
        let piece = "Hi there, abab babab días ñ a much longer pattern that sets how far the \
                     second half starts early; ";
        let mut checked = 0;
        for len in (0..1500).step_by(7) {
            let text: String = piece.chars().cycle().take(len).collect();
            let expected: Vec<_> = reference
                .find_overlapping_iter(&text)
                .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
                .collect();
            assert_eq!(found(&nfa, &text), expected, "NFA, {len} chars");
            assert_eq!(found(&dfa, &text), expected, "DFA, {len} chars");
            checked += expected.len();
        }
        assert!(dfa.dfa_built());
        assert!(checked > 10_000, "{checked}");
    }

    #[test]
    fn both_kinds_of_automaton_find_the_same_triggers() {
        let entries = [
            ("as an ai", 1),
            ("as an ai language model", 2),
            ("i can't help", 3),
            ("hi", 4),
            ("hi there", 5),
            ("días", 6),
        ];
        let mut much = Table::build(entries, Scan::Much);
        if let Some(later) = &mut much.matcher.main.dfa {
            // What `FERRY_DFA_AFTER` may say does not matter here.
            later.after = DFA_AFTER;
        }
        let little = Table::build(entries, Scan::Little);
        let hits = |table: &Table<i32>, text: &str| {
            let mut v = Vec::new();
            table.each(text, |s, e, t| {
                v.push((s, e, t));
                true
            });
            v
        };
        let built = |table: &Table<i32>| {
            table
                .matcher
                .main
                .dfa
                .as_ref()
                .is_some_and(|d| d.built.get().is_some())
        };
        // The NFA scans until DFA_AFTER bytes have gone through it; the DFA is built then.
        let filler = "a reply with nothing to find in it. ".repeat(1000);
        let mut fed = 0;
        while fed + filler.len() < DFA_AFTER {
            assert!(hits(&much, &filler).is_empty());
            fed += filler.len();
        }
        assert!(!built(&much), "not before {DFA_AFTER} bytes");
        assert!(hits(&much, &filler).is_empty());
        assert!(
            built(&much) && !built(&little),
            "the DFA once it pays, never for Little"
        );
        for text in [
            "As an AI language model, I can’t help with that. Hi there!",
            "This is hi-fi: hi, HI THERE, high, Días y DÍAS.",
            "",
        ] {
            assert_eq!(hits(&much, text), hits(&little, text), "{text}");
        }
        assert_eq!(
            hits(&much, "Hi there, as an AI."),
            [(0, 8, 5), (10, 18, 1)],
            "the longest at the leftmost start, on word boundaries"
        );
    }
}
