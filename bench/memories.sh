#!/usr/bin/env bash
# Benchmark: `ferry extract` and `ferry migrate --target all` against the number of saved
# memories, on synthetic exports full of near-duplicate memory snapshots and writes
# (bench/memory_export.py). Time should grow linearly: the CPU time per memory should stay flat
# (or fall) as N grows. Wall and CPU (user + system) time are both shown: on a busy machine
# the wall time mostly measures the other load.
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

# Best wall time and best CPU time (user + system), in seconds, of `runs` runs of a command.
# On a shared machine the wall time mostly measures the other load; CPU time does not.
best() {
  local best_t="" best_c="" t c out
  for _ in $(seq "$runs"); do
    out=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
    t=$(awk '{printf "%.3f", $1}' <<<"$out")
    c=$(awk '{printf "%.3f", $2 + $3}' <<<"$out")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_c" ] || awk "BEGIN{exit !($c < $best_c)}"; then best_c=$c; fi
  done
  echo "$best_t $best_c"
}

printf '%-9s %-9s %-9s %-9s %-9s %-12s %s\n' "memories" "json KB" "command" "wall s" "cpu s" "cpu ms/1000" "found"
for n in "${sizes[@]}"; do
  json="$work/export-$n.json"
  python3 bench/memory_export.py "$n" "$json"
  kb=$(( $(wc -c < "$json") / 1024 ))
  found=$("$FERRY" extract -q "$json" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["memories"]))')
  read -r t c < <(best "$FERRY" extract -q --no-progress "$json")
  printf '%-9s %-9s %-9s %-9s %-9s %-12s %s\n' "$n" "$kb" extract "$t" "$c" "$(awk "BEGIN{printf \"%.1f\", $c * 1e6 / $n}")" "$found"
  read -r t c < <(best sh -c "rm -rf '$work/out' && '$FERRY' migrate -q --no-progress '$json' --target all --out-dir '$work/out'")
  printf '%-9s %-9s %-9s %-9s %-9s %-12s %s\n' "$n" "$kb" migrate "$t" "$c" "$(awk "BEGIN{printf \"%.1f\", $c * 1e6 / $n}")" "$found"
done
