#!/usr/bin/env python3
"""Summarises `perf script -F comm,ip,sym` output (call stacks) for bench/profile.sh.

Prints, as shares of all samples (each sample is the same slice of CPU time):
  - each thread's share (ferry names its threads: ferry-inflate, ferry-parse, ferry-order,
    ferry-share for the helpers of a long conversation; the main thread carries the
    binary's name);
  - per thread, the functions that take the most samples themselves (self), and the
    ferry functions that are on the stack the most (inclusive: themselves and what they call);
  - what the samples are spent on, by kind: serde_json, inflating, allocating and freeing,
    copying, the kernel, ferry's own code, and the rest.

    bench/profile.py STACKS [--top N] [--match TEXT ...]

`--match TEXT` adds, for each TEXT, the share of samples with a frame whose name holds it,
and the two nearest ferry callers of those frames.
"""

import argparse
import collections
import sys


def samples(path):
    """Yields (thread, frames) per sample; frames innermost first, symbol names only."""
    with open(path, encoding="utf-8", errors="replace") as f:
        block = []
        for line in f:
            if line.strip():
                block.append(line.rstrip("\n"))
                continue
            if block:
                yield parse(block)
                block = []
        if block:
            yield parse(block)


def parse(block):
    # The header line is the thread's name (comm); each frame line is "ADDRESS SYMBOL".
    thread = block[0].split()[0] if block[0].split() else "?"
    frames = []
    for line in block[1:]:
        parts = line.strip().split(" ", 1)
        name = parts[1] if len(parts) == 2 else "[unknown]"
        # The kernel's addresses are the top of the address space.
        frames.append("[k] " + name if parts[0].startswith("ffffffff") else name)
    return thread, frames


def kind(frame):
    if "serde" in frame or "PhantomData" in frame or "simdutf8" in frame:
        return "serde_json (parsing, building serde values)"
    if "mi_" in frame or "malloc" in frame or frame.startswith(("free", "__libc_free")):
        return "allocating and freeing"
    if any(m in frame for m in ("memmove", "memcpy", "memset", "memcmp")):
        return "copying and comparing bytes (libc)"
    if frame.startswith("[k] "):
        return "kernel (page faults, system calls, scheduling)"
    if "ferry::" in frame or "ferry_bench::" in frame:
        return "ferry's own functions"
    if "zlib_rs" in frame or "flate2" in frame:
        return "inflating (zlib-rs)"
    if "sha2::" in frame:
        return "SHA-256"
    if "aho_corasick" in frame:
        return "aho-corasick"
    if "memchr" in frame:
        return "memchr"
    if frame.startswith(("core::", "alloc::", "std::", "hashbrown::", "crossbeam")):
        return "Rust's standard library and collections"
    return "other"


def short(name, width=100):
    return name if len(name) <= width else name[: width - 1] + "…"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("stacks")
    ap.add_argument("--top", type=int, default=12)
    ap.add_argument("--match", action="append", default=[])
    args = ap.parse_args()

    all_samples = list(samples(args.stacks))
    total = len(all_samples)
    if total == 0:
        sys.exit("profile.py: no samples in " + args.stacks)
    pct = lambda n: f"{100 * n / total:5.1f}%"

    threads = collections.Counter(t for t, _ in all_samples)
    print(f"{total} samples")
    print("\nBy thread:")
    for t, n in threads.most_common():
        print(f"  {pct(n)}  {t}")

    for t, _ in threads.most_common():
        own = collections.Counter()
        inclusive = collections.Counter()
        for thread, frames in all_samples:
            if thread != t or not frames:
                continue
            own[frames[0]] += 1
            for f in set(frames):
                if "ferry::" in f:
                    inclusive[f] += 1
        if sum(own.values()) < total / 100:
            continue
        print(f"\n{t}: self")
        for f, n in own.most_common(args.top):
            print(f"  {pct(n)}  {short(f)}")
        print(f"{t}: ferry functions, inclusive")
        for f, n in inclusive.most_common(args.top):
            print(f"  {pct(n)}  {short(f)}")

    kinds = collections.Counter(kind(frames[0]) for _, frames in all_samples if frames)
    print("\nBy kind (the sampled function itself):")
    for k, n in kinds.most_common():
        print(f"  {pct(n)}  {k}")

    for text in args.match:
        callers = collections.Counter()
        n = 0
        for _, frames in all_samples:
            at = [i for i, f in enumerate(frames) if text in f]
            if not at:
                continue
            n += 1
            up = [f for f in frames[at[-1] + 1 :] if "ferry::" in f][:2]
            callers[" <- ".join(short(f, 70) for f in up)] += 1
        print(f"\n{text}: {pct(n)}")
        for c, k in callers.most_common(6):
            print(f"  {pct(k)}  {c or '(no ferry caller)'}")


if __name__ == "__main__":
    main()
