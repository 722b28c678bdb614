#!/usr/bin/env bash
# Benchmark: `ferry inspect` and `ferry extract` against the floor
# `unzip -p EXPORT conversations.json > /dev/null`, measured in the same run on the same
# synthetic exports (100 MB and 400 MB of conversation JSON by default, with a companion
# whose longest thread has 12,000 exchanges with long replies: LONG_THREAD=0 leaves it out).
# Prints each command's ratio to the floor and its peak RSS, for each size.
#
#   bench/run.sh [SIZE_MB ...]        e.g. bench/run.sh 100 400
#   RUNS=3 (best of), LONG_THREAD=12000 (exchanges), FERRY=path (time another build)
#
# Needs: cargo, unzip, GNU time (/usr/bin/time; `apt-get install time` if missing).
# Exports are written to a temporary folder and removed afterwards.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 400)
runs=${RUNS:-3}
long_thread=${LONG_THREAD:-12000}
command -v unzip >/dev/null || { echo "bench: unzip is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet --bin ferry -p ferry -p ferry-synth --bin gen-export
ferry=${FERRY:-target/release/ferry}
gen=target/release/gen-export
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Best wall time and peak RSS (KB) of `runs` runs of a command.
measure() {
  local best_t="" best_m=0 out t m
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time" -f "%e %M" "$@" >/dev/null 2>&1
    read -r t m < "$work/time"
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    [ "$m" -gt "$best_m" ] && best_m=$m
  done
  echo "$best_t $best_m"
}

printf '%-8s %-7s %-8s %-10s %-9s %-7s %s\n' "json MB" "zip MB" "floor s" "command" "ferry s" "ratio" "peak RSS"
for mb in "${sizes[@]}"; do
  zip="$work/export-$mb.zip"
  "$gen" --era modern --size-mb "$mb" --seed 7 --companion Nova --long-thread "$long_thread" \
    "$zip" >/dev/null
  json_mb=$(unzip -l "$zip" conversations.json | awk 'NR==4{printf "%.0f", $1/1e6}')
  zip_mb=$(du -m "$zip" | cut -f1)
  # Warm the page cache so both sides read from memory.
  cat "$zip" >/dev/null
  read -r floor_t _ < <(measure sh -c "unzip -p '$zip' conversations.json > /dev/null")
  for cmd in inspect extract; do
    read -r ferry_t ferry_m < <(measure "$ferry" "$cmd" --no-progress -q "$zip")
    ratio=$(awk "BEGIN{printf \"%.2f\", $ferry_t / $floor_t}")
    printf '%-8s %-7s %-8s %-10s %-9s %-7s %s\n' "$json_mb" "$zip_mb" "$floor_t" "$cmd" "$ferry_t" "${ratio}x" "$((ferry_m / 1024)) MB"
  done
  rm -f "$zip"
done
echo "targets: inspect and extract <= 1.5x the floor; peak RSS <= 128 MB and flat across sizes (best of $runs runs; long thread: $long_thread exchanges)"
