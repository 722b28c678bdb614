#!/usr/bin/env python3
"""How often ferry's companion decision is right at each confidence level.

Generates exports with two generators written apart from each other, whose right answers are
known, runs `ferry extract` on each, and prints, per confidence level, how many companion
decisions were made and what fraction named the right companion (or rightly named none), and
how often the person's name was right.

    python3 bench/calibrate.py            # builds release binaries first
    FERRY_BIN=target/debug/ferry python3 bench/calibrate.py --quick

- `crates/ferry-synth` (ours, `gen-export`): 4 eras x 6 languages x the name in the custom instructions or
  only in chat (60 conversations), the same with only 4 or 8 conversations and the name only in
  chat (little to go on), and exports with no companion.
- `../shared/devset/synth_export.py` (outside, if present): 6 profiles x 2 styles x seeds.

Both are samples of the world, not the world: the table says how ferry's confidence behaves on
them, and the decisions it got wrong, so a level can be read with that in mind.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT.parent / "shared" / "devset" / "synth_export.py"
LEVELS = [(0.0, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]
COMPANIONS = ["Nova", "Bintang", "Luna", "Juna", "Lumi", "Aurora", "Sol", "Kai"]
USERS = ["Mira", "Sari", "Carmen", "Jonas", "Chloé", "Dewi", "Tamsin"]
LANGS = ["en", "id", "es", "pt", "de", "fr"]
ERAS = ["classic", "modern", "sharded", "slim"]


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def cases(work: Path, gen: str, quick: bool):
    """Yields (label, export path, companion or None, user)."""
    n = 0
    seeds = [1] if quick else [1, 2]
    for era in ERAS:
        for li, lang in enumerate(LANGS):
            for in_ci in (True, False):
                for seed in seeds:
                    comp = COMPANIONS[(n + li) % len(COMPANIONS)]
                    user = USERS[(n * 3 + li) % len(USERS)]
                    out = work / f"ours-{n}.zip"
                    args = [gen, "--era", era, "--lang", lang, "--seed", str(seed),
                            "--conversations", "60", "--companion", comp, "--user", user]
                    if not in_ci:
                        args.append("--no-name-in-instructions")
                    p = run(args + [str(out)])
                    if p.returncode != 0:
                        sys.exit(f"gen-export failed: {p.stderr}")
                    yield f"ours {era} {lang} ci={in_ci} seed={seed}", out, comp, user
                    n += 1
    # Little to go on: a handful of conversations, the name only in chat.
    for era in ERAS:
        for li, lang in enumerate(LANGS):
            for convs in (4, 8):
                comp = COMPANIONS[(n + li) % len(COMPANIONS)]
                user = USERS[(n * 3 + li) % len(USERS)]
                out = work / f"ours-small-{n}.zip"
                p = run([gen, "--era", era, "--lang", lang, "--seed", "3", "--conversations",
                         str(convs), "--companion", comp, "--user", user,
                         "--no-name-in-instructions", str(out)])
                if p.returncode != 0:
                    sys.exit(f"gen-export failed: {p.stderr}")
                yield f"ours {era} {lang} {convs} conversations", out, comp, user
                n += 1
    for era in ERAS:
        out = work / f"ours-none-{era}.zip"
        p = run([gen, "--era", era, "--seed", "5", "--conversations", "60", str(out)])
        if p.returncode != 0:
            sys.exit(f"gen-export failed: {p.stderr}")
        yield f"ours {era} no companion", out, None, None
    if not DEVSET.exists():
        return
    profiles = ["nova_en", "bintang_id", "kai_gizmo", "luna_es", "emil_de", "plain_work"]
    for prof in profiles:
        for style in ("classic", "slim"):
            for seed in ([11] if quick else [11, 12, 13]):
                out = work / f"dev-{prof}-{style}-{seed}.zip"
                truth = work / f"dev-{prof}-{style}-{seed}.json"
                p = run([sys.executable, str(DEVSET), prof, str(out), str(truth),
                         "--seed", str(seed), "--style", style])
                if p.returncode != 0:
                    sys.exit(f"synth_export failed: {p.stderr}")
                t = json.loads(truth.read_text())
                yield f"devset {prof} {style} seed={seed}", out, t.get("companion"), t.get("user")


def norm(s):
    return (s or "").strip().lower() or None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="one seed per case")
    args = ap.parse_args()
    ferry = os.environ.get("FERRY_BIN")
    gen = os.environ.get("GEN_EXPORT")
    if not ferry or not gen:
        p = run(["cargo", "build", "--release", "--quiet", "-p", "ferry", "--bin", "ferry",
                 "-p", "ferry-synth", "--bin", "gen-export"], cwd=ROOT)
        if p.returncode != 0:
            sys.exit(p.stderr)
        ferry = ferry or str(ROOT / "target/release/ferry")
        gen = gen or str(ROOT / "target/release/gen-export")
    rows = []
    wrong = []
    with tempfile.TemporaryDirectory() as tmp:
        for label, path, comp, user in cases(Path(tmp), gen, args.quick):
            p = run([ferry, "extract", "-q", str(path)])
            if p.returncode != 0:
                wrong.append(f"{label}: exit {p.returncode}: {p.stderr.strip()}")
                continue
            spec = json.loads(p.stdout)
            got = spec["companion"]["name"]
            conf = spec["companion"]["confidence"] if got else None
            ok = norm(got) == norm(comp)
            user_ok = norm(spec["user"]["name"]) == norm(user) if user else True
            rows.append((conf, ok, user_ok))
            if not ok or not user_ok:
                wrong.append(f"{label}: companion {got!r} ({conf}) want {comp!r}; "
                             f"user {spec['user']['name']!r} want {user!r}")
            path.unlink()
    print(f"{'confidence':<12} {'decisions':>9} {'right':>6} {'fraction':>8}")
    for lo, hi in LEVELS:
        sel = [r for r in rows if r[0] is not None and lo <= r[0] < hi]
        right = sum(1 for r in sel if r[1])
        frac = f"{right / len(sel):.2f}" if sel else "-"
        print(f"{lo:.1f}-{min(hi, 1.0):.1f}{'':<5} {len(sel):>9} {right:>6} {frac:>8}")
    sel = [r for r in rows if r[0] is None]
    right = sum(1 for r in sel if r[1])
    print(f"{'no name':<12} {len(sel):>9} {right:>6} {(f'{right / len(sel):.2f}' if sel else '-'):>8}")
    users = sum(1 for r in rows if r[2])
    print(f"person's name right in {users} of {len(rows)} exports")
    for w in wrong:
        print("  wrong:", w)


if __name__ == "__main__":
    main()
