#!/usr/bin/env bash
# Benchmark: `ferry inspect` and `ferry extract` against two floors, measured in the same run
# on the same synthetic exports:
#   inflate  inflating every conversation file to nowhere with zlib-rs, on one thread
#            (`inflate-floor`, crates/ferry-bench: the same zip reader, flate2 and zlib-rs as
#            ferry), the target of issue 14;
#   unzip    `unzip -p EXPORT 'conversations*.json' > /dev/null`, the floor of issue 8.
# And, for what the gap is made of, `parse-floor` (crates/ferry-bench): serde_json reading each
# conversation file whole as `IgnoredAny` (every byte checked as JSON, nothing kept), one
# thread, timed apart from inflating; printed as `(parse)` in its own row. And `read-floor`
# (crates/ferry-bench): ferry's own reader with nothing after it (inflated, split, parsed into
# ferry's conversations on its threads, put in order, counted, dropped), as `inspect` reads
# (`(read)`) and with the SHA-256 `extract` adds (`(read+hash)`): what the commands take
# beyond it is their reading of the text, what it takes beyond inflating is the reader's.
# Prints each command's time as a ratio to both, its peak RSS and its CPU time (user + system;
# on two cores the wall time cannot be under half of it), for each export.
#
#   bench/run.sh [SIZE ...]     SIZE = MB of conversation JSON; a trailing `s` makes the 2026
#                               sharded layout (conversations-NNN.json): bench/run.sh 100 400 100s
#   Default: 100 400 100s. The 1.6 GB export is asked for by size (1600): it is slow to
#   generate and needs about 2 GB of disk (df -h "${TMPDIR:-/tmp}").
#   RUNS=3 (best of), LONG_THREAD=12000 (exchanges), FERRY=path (time another build),
#   EXPORTS=dir (keep the generated exports there and reuse them in later runs).
#
# Needs: cargo, unzip, GNU time (/usr/bin/time; `apt-get install time` if missing), GNU dd.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100 400 100s)
runs=${RUNS:-3}
long_thread=${LONG_THREAD:-12000}
command -v unzip >/dev/null || { echo "bench: unzip is needed" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: GNU time is needed (apt-get install time)" >&2; exit 1; }

cargo build --release --quiet -p ferry --bin ferry -p ferry-synth --bin gen-export \
  -p ferry-bench --bin inflate-floor --bin parse-floor --bin read-floor
ferry=${FERRY:-target/release/ferry}
gen=target/release/gen-export
floor=target/release/inflate-floor
parse_floor=target/release/parse-floor
read_floor=target/release/read-floor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The peak RSS counts the binary's own pages, and how many of them a run maps depends on how
# they came into the page cache: a binary just written (a fresh build, a copy) peaked 1–1.5
# MB higher than the same bytes faulted in from disk, and one read whole first (`cat`) 2.5
# MB higher (`extract`, 400 MB, 7 Dec 2026). So every binary measured is written out and its
# cached pages dropped, and its first run maps them from disk, as a binary installed long
# ago is run: builds compare fairly whenever they were made. Needs GNU dd (`iflag=nocache`).
for bin in "${FERRY:-target/release/ferry}" target/release/inflate-floor \
  target/release/read-floor; do
  sync "$bin"
  dd if="$bin" iflag=nocache count=0 status=none
done
exports=${EXPORTS:-$work}
mkdir -p "$exports"

# Best wall time, peak RSS (KB) and least CPU time (user + system) of `runs` runs of a
# command. CPU time moves less than wall time when other work shares the machine.
measure() {
  local best_t="" best_m=0 best_c="" t m u s c
  for _ in $(seq "$runs"); do
    /usr/bin/time -o "$work/time" -f "%e %M %U %S" "$@" >/dev/null 2>&1
    read -r t m u s < "$work/time"
    c=$(awk "BEGIN{printf \"%.2f\", $u + $s}")
    if [ -z "$best_t" ] || awk "BEGIN{exit !($t < $best_t)}"; then best_t=$t; fi
    if [ -z "$best_c" ] || awk "BEGIN{exit !($c < $best_c)}"; then best_c=$c; fi
    [ "$m" -gt "$best_m" ] && best_m=$m
  done
  echo "$best_t $best_m $best_c"
}

printf '%-8s %-8s %-7s %-9s %-8s %-11s %-8s %-10s %-8s %-9s %s\n' "json MB" "layout" "zip MB" \
  "inflate s" "unzip s" "command" "ferry s" "x inflate" "x unzip" "peak RSS" "CPU s"
for size in "${sizes[@]}"; do
  mb=${size%s}
  if [ "$size" != "$mb" ]; then era=sharded; layout=sharded; else era=modern; layout=single; fi
  zip="$exports/export-$layout-$mb-$long_thread.zip"
  if [ ! -s "$zip" ]; then
    "$gen" --era "$era" --size-mb "$mb" --seed 7 --companion Nova --long-thread "$long_thread" \
      "$zip.part" >/dev/null
    mv "$zip.part" "$zip"
  fi
  json_mb=$(unzip -l "$zip" 'conversations*.json' | awk 'END{printf "%.0f", $1/1e6}')
  zip_mb=$(du -m "$zip" | cut -f1)
  # Warm the page cache so every side reads from memory.
  cat "$zip" >/dev/null
  read -r inflate_t inflate_m inflate_c < <(measure "$floor" "$zip")
  read -r unzip_t _ _ < <(measure sh -c "unzip -p '$zip' 'conversations*.json' > /dev/null")
  # serde_json alone: the least of `runs` runs (the tool times itself: its inflating into
  # memory is left out).
  parse_t=""
  for _ in $(seq "$runs"); do
    read -r _ _ _ t _ < <("$parse_floor" "$zip" 2>&1 >/dev/null)
    if [ -z "$parse_t" ] || awk "BEGIN{exit !($t < $parse_t)}"; then parse_t=$t; fi
  done
  printf '%-8s %-8s %-7s %-9s %-8s %-11s %-8s %-10s %-8s %-9s %s\n' "$json_mb" "$layout" "$zip_mb" \
    "$inflate_t" "$unzip_t" "(floor)" "-" "-" "-" "$((inflate_m / 1024)) MB" "$inflate_c"
  printf '%-8s %-8s %-7s %-9s %-8s %-11s %-8s %-10s %-8s %-9s %s\n' "$json_mb" "$layout" "$zip_mb" \
    "$inflate_t" "$unzip_t" "(parse)" "$parse_t" \
    "$(awk "BEGIN{printf \"%.2fx\", $parse_t / $inflate_t}")" "-" "-" "$parse_t"
  # ferry's reader alone, with the purge delay the `ferry` binary sets (src/main.rs).
  for hash in "" --hash; do
    read -r read_t read_m read_c < <(measure env MIMALLOC_PURGE_DELAY=0 \
      "$read_floor" ${hash:+"$hash"} "$zip")
    printf '%-8s %-8s %-7s %-9s %-8s %-11s %-8s %-10s %-8s %-9s %s\n' "$json_mb" "$layout" "$zip_mb" \
      "$inflate_t" "$unzip_t" "(read${hash:++hash})" "$read_t" \
      "$(awk "BEGIN{printf \"%.2fx\", $read_t / $inflate_t}")" \
      "$(awk "BEGIN{printf \"%.2fx\", $read_t / $unzip_t}")" "$((read_m / 1024)) MB" "$read_c"
  done
  for cmd in inspect extract; do
    read -r ferry_t ferry_m ferry_c < <(measure "$ferry" "$cmd" --no-progress -q "$zip")
    x_inflate=$(awk "BEGIN{printf \"%.2f\", $ferry_t / $inflate_t}")
    x_unzip=$(awk "BEGIN{printf \"%.2f\", $ferry_t / $unzip_t}")
    printf '%-8s %-8s %-7s %-9s %-8s %-11s %-8s %-10s %-8s %-9s %s\n' "$json_mb" "$layout" "$zip_mb" \
      "$inflate_t" "$unzip_t" "$cmd" "$ferry_t" "${x_inflate}x" "${x_unzip}x" "$((ferry_m / 1024)) MB" "$ferry_c"
  done
  [ -n "${EXPORTS:-}" ] || rm -f "$zip"
done
echo "targets: issue 14: inspect <= 2.0x, extract <= 2.5x inflate, peak RSS <= 64 MB, flat across sizes;"
echo "         issue 8 item 9: extract <= 1.5x unzip, peak RSS <= 128 MB"
echo "(best of $runs runs; long thread: $long_thread exchanges; load average: $(cut -d' ' -f1-3 /proc/loadavg))"
