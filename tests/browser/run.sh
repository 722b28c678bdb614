#!/usr/bin/env bash
# The browser tests of `ferry review`: builds ferry, writes review pages for the demo persona
# (also in Japanese, German and Korean) and for one with planted HTML, and runs review.test.mjs in headless Chromium
# (Debian's /usr/bin/chromium, driven by playwright-core; nothing is downloaded at run time).
#
#   tests/browser/run.sh                      # the screenshot goes to a temporary folder
#   UPDATE_SCREENSHOT=1 tests/browser/run.sh  # ... or to docs/review.png, for the README
#
# Needs: chromium (apt-get install chromium), node and `npm ci` in this folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
start=$(date +%s)

# Built as `cargo test` builds it (the same features), so the two never rebuild each other.
cargo test --locked --quiet --no-run --manifest-path "$root/Cargo.toml" --test integration
ferry="$root/target/debug/ferry"
if [ ! -d "$here/node_modules/playwright-core" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$ferry" -q review "$root/fixtures/personas/demo.json" -o "$out/demo.html"
# Every fixture persona (an unnamed companion, Indonesian, hostile text) must show cleanly.
mkdir "$out/fixtures"
for persona in "$root"/fixtures/personas/*.json; do
  "$ferry" -q review "$persona" -o "$out/fixtures/$(basename "$persona" .json).html"
done
# The demo persona's page in other languages: its own words must be theirs, not English.
for code in ja de ko; do
  "$ferry" -q review "$root/fixtures/personas/demo.json" --lang "$code" -o "$out/lang-$code.html"
done
# The demo persona with memories that try to become HTML.
node -e '
  const fs = require("fs");
  const spec = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
  spec.memories[0].text = "<script>alert(1)</script><img src=x onerror=alert(2)>";
  spec.memories[1].text = "</script><script>alert(3)</script>";
  spec.user.pet_names.push("<b onmouseover=alert(4)>love</b>");
  fs.writeFileSync(process.argv[2], JSON.stringify(spec, null, 2));
' "$root/fixtures/personas/demo.json" "$out/hostile.json"
"$ferry" -q review "$out/hostile.json" -o "$out/hostile.html"

if [ "${UPDATE_SCREENSHOT:-}" = 1 ]; then
  screenshot="$root/docs/review.png"
else
  screenshot="$out/review.png"
fi
cd "$here"
FERRY="$ferry" REVIEW_DIR="$out" DEMO_JSON="$root/fixtures/personas/demo.json" SCREENSHOT="$screenshot" \
  node --test --test-reporter=spec review.test.mjs
echo "browser tests took $(( $(date +%s) - start ))s"
