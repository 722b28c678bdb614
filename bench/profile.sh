#!/usr/bin/env bash
# Where the time goes: `perf` call stacks of one run of `ferry inspect`, `ferry extract` or
# ferry's reader alone (`read-floor`), summarised by thread, function and kind of work
# (bench/profile.py). The build is `bench-fast` (release code, thin LTO) with frame pointers,
# in its own target directory, so the stacks are cheap to take and whole.
#
#   bench/profile.sh WHAT EXPORT [profile.py options]
#     WHAT = inspect | extract | read | read+hash
#   bench/profile.sh extract /tmp/exports/export-single-400-12000.zip
#   bench/profile.sh read /tmp/exports/export-single-400-12000.zip --match skip_to_escape
#
# Exports: bench/run.sh with EXPORTS=dir keeps the ones it generates. FREQ=2000 (samples per
# second per thread); PROFILE_TARGET=dir (the build's target directory, default
# target/profile-fp); the stacks are kept in $PROFILE_TARGET/stacks.txt for more questions.
#
# Needs: perf (Debian: apt-get install linux-perf) allowed to sample this user's processes
# (/proc/sys/kernel/perf_event_paranoid at 2 or less), python3.
set -euo pipefail
cd "$(dirname "$0")/.."

[ $# -ge 2 ] || { sed -n '2,12p' "$0" >&2; exit 2; }
what=$1
export_path=$2
shift 2
command -v perf >/dev/null ||
  { echo "profile: perf is needed (apt-get install linux-perf)" >&2; exit 1; }
[ -e "$export_path" ] || { echo "profile: no export at $export_path" >&2; exit 1; }
target=${PROFILE_TARGET:-target/profile-fp}

bin=$target/bench-fast
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
case $what in
  inspect) run=("$bin/ferry" inspect --no-progress -q "$export_path") ;;
  extract) run=("$bin/ferry" extract --no-progress -q -o "$out/persona.json" "$export_path") ;;
  read) run=("$bin/read-floor" "$export_path") ;;
  read+hash) run=("$bin/read-floor" --hash "$export_path") ;;
  *) echo "profile: WHAT is inspect, extract, read or read+hash" >&2; exit 2 ;;
esac
RUSTFLAGS="-C force-frame-pointers=yes" cargo build --quiet --profile bench-fast \
  --target-dir "$target" -p ferry --bin ferry -p ferry-bench --bin read-floor

# The `ferry` binary gives freed memory back at once (src/main.rs); read-floor does the same
# through the environment.
MIMALLOC_PURGE_DELAY=0 perf record --quiet -g -F "${FREQ:-2000}" -o "$out/perf.data" \
  -- "${run[@]}" >/dev/null 2>"$out/stderr" || { cat "$out/stderr" >&2; exit 1; }
perf script -i "$out/perf.data" -F comm,ip,sym 2>/dev/null > "$target/stacks.txt"
echo "$what of $export_path (commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'))"
python3 bench/profile.py "$target/stacks.txt" "$@"
