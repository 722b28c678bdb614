#!/usr/bin/env bash
# Runs fuzz targets one after another, each for MINUTES (default 5), on the committed seeds
# plus what earlier runs found (fuzz/corpus/, not committed). A crash stops the run and leaves
# its input in fuzz/artifacts/TARGET/.
#
#   fuzz/run.sh [MINUTES] [TARGET ...]     default: every target
#
# Needs cargo-fuzz (`cargo install cargo-fuzz`). cargo-fuzz needs nightly features; this
# uses the default toolchain with RUSTC_BOOTSTRAP=1, so stable works (TOOLCHAIN=+nightly to
# use a nightly instead).
set -euo pipefail
cd "$(dirname "$0")"
minutes=${1:-5}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(read_zip read_json thread scan redact card render)
toolchain=(${TOOLCHAIN:-})
[ ${#toolchain[@]} -gt 0 ] || export RUSTC_BOOTSTRAP=1
for t in "${targets[@]}"; do
  mkdir -p "corpus/$t"
  echo "== $t for $minutes min"
  cargo ${toolchain[@]+"${toolchain[@]}"} fuzz run -O "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time=$((minutes * 60)) -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
done
