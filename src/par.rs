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
//! the work is cut. The helpers take on the mapping thread's language gate (which languages'
//! phrases its scans read, `persona::patterns::gate`), so a message reads the same there.

use std::sync::LazyLock;
use std::thread;

use crate::persona::patterns::gate::Gate;

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

/// The threads for work of `total` bytes of text: one below [`large`], else as many as
/// there are cores, two to [`MAX_THREADS`].
fn threads_for(total: usize) -> usize {
    if total > large() {
        thread::available_parallelism().map_or(2, |n| n.get().clamp(2, MAX_THREADS))
    } else {
        1
    }
}

/// `items.iter().map(f).collect()`, on two to [`MAX_THREADS`] threads (as many as there are
/// cores) when the items' `weight` (bytes of text) adds up to more than [`LARGE`]. The
/// results are in the items' order. When a thread cannot be started, its share is done on
/// this one.
pub(crate) fn map<T: Sync, R: Send>(
    items: &[T],
    weight: impl Fn(&T) -> usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let total: usize = items.iter().map(&weight).sum();
    let threads = threads_for(total);
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
    let gate = Gate::current();
    thread::scope(|s| {
        let (first, rest) = runs.split_first().expect("at least one run");
        let handles: Vec<_> = rest
            .iter()
            .map(|run| {
                let run = *run;
                let handle = thread::Builder::new()
                    .name("ferry-share".into())
                    .spawn_scoped(s, move || {
                        Gate::within(gate, || run.iter().map(f).collect::<Vec<R>>())
                    });
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

/// Weight (bytes of text) of one chunk of [`map_each`]: a few hundred per long conversation.
const CHUNK: usize = 256 << 10;

/// Chunks whose results [`map_each`] holds at most, done and not yet consumed, besides those
/// being mapped: with [`CHUNK`], results for some 3 MB of text (the voice of a
/// 12,000-exchange thread held some 6 MB of them when all were kept).
const AHEAD: usize = 12;

/// [`map`], handing each result to `consume` with its item, in order, as soon as the results
/// before it are consumed. The items are cut into chunks of about [`CHUNK`] bytes of text;
/// helper threads map chunks in order of their start while this thread consumes, and this
/// one maps a chunk too whenever the next result it needs is not there yet. So consuming (on
/// this thread only) and mapping overlap: mapping a window on every thread and then
/// consuming it on one left the helpers idle a third of the time, and the pipeline waited
/// for them.
pub(crate) fn map_each<T: Sync, R: Send>(
    items: &[T],
    weight: impl Fn(&T) -> usize,
    f: impl Fn(&T) -> R + Sync,
    mut consume: impl FnMut(&T, R),
) {
    let total: usize = items.iter().map(&weight).sum();
    let helpers = threads_for(total) - 1;
    if helpers == 0 || items.len() < 2 {
        for item in items {
            consume(item, f(item));
        }
        return;
    }
    let chunks: &[std::ops::Range<usize>] = &cut(items, &weight, CHUNK);
    let next = std::sync::atomic::AtomicUsize::new(0);
    let claim = || next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let map_chunk = |c: usize| items[chunks[c].clone()].iter().map(&f).collect::<Vec<R>>();
    let gate = Gate::current();
    thread::scope(|s| {
        let (tx, rx) = crossbeam_channel::bounded::<(usize, Vec<R>)>(AHEAD / 2);
        let handles: Vec<_> = (0..helpers)
            .filter_map(|_| {
                let tx = tx.clone();
                let (claim, map_chunk) = (&claim, &map_chunk);
                thread::Builder::new()
                    .name("ferry-share".into())
                    .spawn_scoped(s, move || {
                        Gate::within(gate, || {
                            loop {
                                let c = claim();
                                if c >= chunks.len() || tx.send((c, map_chunk(c))).is_err() {
                                    break;
                                }
                            }
                        })
                    })
                    .ok()
            })
            .collect();
        drop(tx);
        // Results mapped and not yet consumed, by chunk.
        let mut done: std::collections::BTreeMap<usize, Vec<R>> = Default::default();
        let mut want = 0;
        while want < chunks.len() {
            if let Some(results) = done.remove(&want) {
                for (item, result) in items[chunks[want].clone()].iter().zip(results) {
                    consume(item, result);
                }
                want += 1;
                continue;
            }
            if let Ok((c, results)) = rx.try_recv() {
                done.insert(c, results);
                continue;
            }
            // The next results are not there: map a chunk here, unless enough are held.
            if done.len() < AHEAD {
                let c = claim();
                if c < chunks.len() {
                    done.insert(c, map_chunk(c));
                    continue;
                }
            }
            match rx.recv() {
                Ok((c, results)) => {
                    done.insert(c, results);
                }
                // Every helper is gone and a chunk they claimed never came: one panicked.
                Err(_) => break,
            }
        }
        drop(rx);
        for handle in handles {
            handle
                .join()
                .unwrap_or_else(|e| std::panic::resume_unwind(e));
        }
        assert!(want == chunks.len(), "a helper of map_each stopped early");
    });
}

/// `items` cut into runs of about `size` weight each (an item heavier than that alone).
fn cut<T>(items: &[T], weight: impl Fn(&T) -> usize, size: usize) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    while start < items.len() {
        let (mut end, mut acc) = (start, 0);
        while end < items.len() && (end == start || acc < size) {
            acc += weight(&items[end]);
            end += 1;
        }
        out.push(start..end);
        start = end;
    }
    out
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
    fn every_result_is_handed_on_in_order_whatever_the_weights() {
        let items: Vec<usize> = (0..1000).collect();
        for weight in [1, 10 << 10, 100 << 10, CHUNK * 3] {
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
    fn results_are_consumed_in_order_when_chunks_finish_out_of_order() {
        // Eight items a chunk, 500 chunks; one chunk in twenty is a thousand times slower
        // to map, so the threads finish their chunks out of order.
        let items: Vec<u64> = (0..4000).collect();
        let work = |&i: &u64| {
            let rounds = if (i / 8) % 20 == 3 { 20_000 } else { 20 };
            (0..rounds).fold(i, |x, _| {
                x.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1)
            })
        };
        let expect: Vec<(u64, u64)> = items.iter().map(|i| (*i, work(i))).collect();
        let mut seen = Vec::new();
        map_each(&items, |_| CHUNK / 8, work, |&i, r| seen.push((i, r)));
        assert_eq!(seen, expect);
    }

    #[test]
    fn results_held_are_bounded_however_slow_the_consumer() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        // A result counts itself alive until it is consumed and dropped.
        struct Counted<'a>(&'a AtomicUsize);
        impl Drop for Counted<'_> {
            fn drop(&mut self) {
                self.0.fetch_sub(1, Ordering::SeqCst);
            }
        }
        let (alive, most) = (AtomicUsize::new(0), AtomicUsize::new(0));
        let items: Vec<u64> = (0..4000).collect();
        let mut sum = 0u64;
        map_each(
            &items,
            |_| CHUNK / 8,
            |_| {
                let now = alive.fetch_add(1, Ordering::SeqCst) + 1;
                most.fetch_max(now, Ordering::SeqCst);
                Counted(&alive)
            },
            // A consumer far slower than the mapping.
            |&i, _result| {
                sum = (0..2_000).fold(sum ^ i, |x, _| x.wrapping_mul(31).wrapping_add(7));
            },
        );
        assert_eq!(alive.load(Ordering::SeqCst), 0);
        // Eight items a chunk: those held here and in the channel, and one being mapped on
        // each thread.
        let bound = (AHEAD + AHEAD / 2 + MAX_THREADS) * 8;
        let most = most.load(Ordering::SeqCst);
        assert!(
            most <= bound,
            "{most} results alive at once, more than {bound}"
        );
        assert!(sum != 1, "the consumer's work is used");
    }

    #[test]
    fn a_panic_while_mapping_each_is_the_callers() {
        let items: Vec<usize> = (0..64).collect();
        for bad in [0, 31, 63] {
            let mut consumed = 0;
            let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                map_each(
                    &items,
                    |_| CHUNK,
                    |&i| if i == bad { panic!("boom") } else { i },
                    |_, _| consumed += 1,
                )
            }));
            assert!(caught.is_err(), "item {bad}");
            assert!(
                consumed <= bad,
                "nothing at or after item {bad} is consumed"
            );
        }
    }

    #[test]
    fn a_panic_while_consuming_is_the_callers_and_stops_the_helpers() {
        let items: Vec<usize> = (0..4000).collect();
        let mapped = std::sync::atomic::AtomicUsize::new(0);
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            map_each(
                &items,
                |_| CHUNK / 8,
                |&i| {
                    mapped.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    i
                },
                |&i, _| assert!(i != 100, "boom"),
            )
        }));
        assert!(caught.is_err());
        // The helpers stopped soon after: far from every item was mapped.
        let mapped = mapped.into_inner();
        assert!(mapped < 1000, "{mapped} of 4000 mapped after the panic");
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
