#!/usr/bin/env python3
"""The declared minimum Rust version (`rust-version` in Cargo.toml) holds for the dependencies.

Only one toolchain can be installed where CI runs, so ferry cannot be compiled with the
minimum version itself. Two checks stand in for that: clippy's `incompatible_msrv` lint (on by
default, denied in CI) refuses standard-library items newer than `rust-version` in our code, and
this script refuses a locked dependency that declares a newer `rust-version` than ours, which
would stop a build on the minimum toolchain.
"""

import json
import subprocess
import sys


def version(text):
    parts = [int(p) for p in text.split(".")]
    return tuple(parts + [0] * (3 - len(parts)))


meta = json.loads(
    subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--locked"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
)
ours = {p["name"]: p["rust_version"] for p in meta["packages"] if p["source"] is None}
if len(set(ours.values())) != 1 or None in ours.values():
    sys.exit(f"every workspace member declares the same rust-version: {ours}")
msrv = version(next(iter(ours.values())))
resolved = {node["id"] for node in meta["resolve"]["nodes"]}
newer = [
    f"{p['name']} {p['version']} needs Rust {p['rust_version']}"
    for p in meta["packages"]
    if p["id"] in resolved and p["rust_version"] and version(p["rust_version"]) > msrv
]
if newer:
    sys.exit(
        "dependencies newer than rust-version "
        + ".".join(map(str, msrv))
        + ":\n  "
        + "\n  ".join(newer)
    )
print(f"rust-version {'.'.join(map(str, msrv))}: {len(resolved)} locked packages allow it")
