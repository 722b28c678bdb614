//! Work on one large conversation spread over the cores.
//!
//! Reading an export is a pipeline of threads (inflating, parsing, extracting; see
//! [`crate::export`]), which keeps the cores busy as long as conversations are small. One very
//! long conversation (a companion thread of 12,000 exchanges is tens of megabytes) is one item
//! of that pipeline: while one thread reads it, the others wait for it, and one core does all
//! the work. [`map`] gives the per-message work of such a conversation to scoped threads, in
//! order, so the other cores help; below [`LARGE`] bytes it is a plain loop.
//!
//! The functions mapped are pure (they read one message), so the result is the same however
//! the work is cut.

use std::sync::LazyLock;
use std::thread;

/// Bytes of text above which the messages are shared among threads: a few milliseconds of
/// work, against tens of microseconds to start a thread. `FERRY_SHARE_BYTES` sets another
/// (the tests set 0, so that every conversation is shared and the results compared).
pub(crate) const LARGE: usize = 1 << 20;

fn large() -> usize {
    static LARGE_BYTES: LazyLock<usize> =
        LazyLock::new(|| number_from_env("FERRY_SHARE_BYTES", LARGE));
    *LARGE_BYTES
}

/// The number the environment variable `var` sets (bytes, or parsing threads: a knob of the
/// tests, which run the same exports with other thresholds and compare the output), or
/// `default`.
pub(crate) fn number_from_env(var: &str, default: usize) -> usize {
    std::env::var(var)
        .ok()
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(default)
}

/// Most threads one map uses (the pipeline's other threads are waiting while it runs).
const MAX_THREADS: usize = 4;

/// `items.iter().map(f).collect()`, on two to [`MAX_THREADS`] threads (as many as there are
/// cores) when the items' `weight` (bytes of text) adds up to more than [`LARGE`]. The results are in the items'
/// order. When a thread cannot be started, its share is done on this one.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    weight: impl Fn(&T) -> usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let total: usize = items.iter().map(&weight).sum();
    let threads = if total > large() {
        thread::available_parallelism().map_or(2, |n| n.get().clamp(2, MAX_THREADS))
    } else {
        1
    };
    if threads < 2 || items.len() < 2 {
        return items.iter().map(f).collect();
    }
    // Cut into `threads` runs of about equal weight.
    let share = total.div_ceil(threads);
    let mut runs: Vec<&[T]> = Vec::with_capacity(threads);
    let (mut start, mut acc) = (0, 0);
    for (i, item) in items.iter().enumerate() {
        acc += weight(item);
        if acc >= share && runs.len() + 1 < threads {
            runs.push(&items[start..=i]);
            start = i + 1;
            acc = 0;
        }
    }
    runs.push(&items[start..]);
    let f = &f;
    thread::scope(|s| {
        let (first, rest) = runs.split_first().expect("at least one run");
        let handles: Vec<_> = rest
            .iter()
            .map(|run| {
                let run = *run;
                let handle = thread::Builder::new()
                    .name("ferry-share".into())
                    .spawn_scoped(s, move || run.iter().map(f).collect::<Vec<R>>());
                (run, handle)
            })
            .collect();
        let mut out: Vec<R> = Vec::with_capacity(items.len());
        out.extend(first.iter().map(f));
        for (run, handle) in handles {
            match handle {
                Ok(h) => out.extend(h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))),
                Err(_) => out.extend(run.iter().map(f)),
            }
        }
        out
    })
}

/// Weight (bytes of text) of one window of [`map_each`]: a few windows per long conversation.
const WINDOW: usize = 2 << 20;

/// [`map`], window by window: each result is handed to `consume` with its item, in order, and
/// dropped before the next window is mapped. What is held is one window's results, not the
/// whole conversation's (the voice of a 12,000-exchange thread held some 6 MB of them).
pub(crate) fn map_each<T: Sync, R: Send>(
    items: &[T],
    weight: impl Fn(&T) -> usize,
    f: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(&T, R),
) {
    let mut start = 0;
    while start < items.len() {
        let (mut end, mut acc) = (start, 0);
        while end < items.len() && (end == start || acc < WINDOW) {
            acc += weight(&items[end]);
            end += 1;
        }
        let window = &items[start..end];
        for (item, result) in window.iter().zip(map(window, &weight, &f)) {
            consume(item, result);
        }
        start = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_results_in_order_whether_shared_or_not() {
        let small: Vec<String> = (0..100).map(|i| format!("message {i}")).collect();
        let expect: Vec<usize> = small.iter().map(|s| s.len() * 3).collect();
        assert_eq!(map(&small, |s| s.len(), |s| s.len() * 3), expect);
        // Heavy enough to be shared: each item weighs 100 KB.
        let large: Vec<usize> = (0..1000).collect();
        let shared = map(&large, |_| 100 << 10, |i| i * 2 + 1);
        assert_eq!(shared, (0..1000).map(|i| i * 2 + 1).collect::<Vec<_>>());
        // Uneven weights: one heavy item first.
        let uneven = map(&large, |&i| if i == 0 { LARGE } else { 10 << 10 }, |&i| i);
        assert_eq!(uneven, large);
        assert!(map(&[] as &[u8], |_| LARGE * 2, |b| *b).is_empty());
        assert_eq!(map(&[7u8], |_| LARGE * 2, |b| *b), [7]);
    }

    #[test]
    fn windows_hand_on_every_result_in_order() {
        let items: Vec<usize> = (0..1000).collect();
        for weight in [1, 10 << 10, 100 << 10, WINDOW * 3] {
            let mut seen = Vec::new();
            map_each(
                &items,
                |_| weight,
                |&i| i * 2 + 1,
                |&i, r| seen.push((i, r)),
            );
            let expect: Vec<_> = items.iter().map(|&i| (i, i * 2 + 1)).collect();
            assert_eq!(seen, expect, "weight {weight}");
        }
        let mut none = 0;
        map_each(&[] as &[u8], |_| 1, |b| *b, |_, _| none += 1);
        assert_eq!(none, 0);
    }

    #[test]
    fn a_panic_in_a_shared_run_is_the_callers() {
        let items: Vec<usize> = (0..64).collect();
        let caught = std::panic::catch_unwind(|| {
            map(
                &items,
                |_| LARGE,
                |&i| if i == 63 { panic!("boom") } else { i },
            )
        });
        assert!(caught.is_err());
    }
}
