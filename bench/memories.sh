#!/usr/bin/env bash
# Benchmark: `ferry extract` and `ferry migrate --target all` against the number of saved
# memories, on synthetic exports full of near-duplicate memory snapshots and writes
# (bench/memory_export.py). Time should grow linearly: the last column, time per memory,
# should stay flat (or fall) as N grows.
#
#   bench/memories.sh [N ...]          default: 100 300 1000 3000 10000
#
# Needs: cargo, python3. Set FERRY=path/to/ferry to time another build (e.g. a debug one);
# RUNS (default 3) is how many runs each time is the best of.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 300 1000 3000 10000)
runs=${RUNS:-3}
if [ -z "${FERRY:-}" ]; then
  cargo build --release --quiet --bin ferry
  FERRY=target/release/ferry
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Best wall time, in seconds, of `runs` runs of a command.
best() {
  local best_t="" t0 t1 t
  for _ in $(seq "$runs"); do
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1
    t1=$(date +%s.%N)
    t=$(awk "BEGIN{printf \"%.3f\", $t1 - $t0}")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
  done
  echo "$best_t"
}

printf '%-9s %-9s %-9s %-12s %-12s %s\n' "memories" "json KB" "command" "time s" "ms/1000 mem" "found"
for n in "${sizes[@]}"; do
  json="$work/export-$n.json"
  python3 bench/memory_export.py "$n" "$json"
  kb=$(( $(wc -c < "$json") / 1024 ))
  found=$("$FERRY" extract -q "$json" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["memories"]))')
  t=$(best "$FERRY" extract -q --no-progress "$json")
  printf '%-9s %-9s %-9s %-12s %-12s %s\n' "$n" "$kb" extract "$t" "$(awk "BEGIN{printf \"%.1f\", $t * 1e6 / $n}")" "$found"
  t=$(best sh -c "rm -rf '$work/out' && '$FERRY' migrate -q --no-progress '$json' --target all --out-dir '$work/out'")
  printf '%-9s %-9s %-9s %-12s %-12s %s\n' "$n" "$kb" migrate "$t" "$(awk "BEGIN{printf \"%.1f\", $t * 1e6 / $n}")" "$found"
done
