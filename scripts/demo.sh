#!/usr/bin/env bash
# Build storyline, ingest the bundled demo corpus (examples/, plus the reference topic page in
# ../shared/samples when present) into a fresh data directory, and show what it made of it.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/storyline
data=${STORYLINE_DEMO_DATA:-target/demo-data}
rm -rf "$data"
inputs=()
sample=../shared/samples/topic-page-russia-ukraine-peace-talks.txt
[ -f "$sample" ] && inputs+=("$sample")
inputs+=(examples)
# Ages like "3 days ago" are resolved against --as-of; the demo pins it so dates are stable.
"$bin" --data "$data" ingest --as-of 2026-11-27T12:00:00Z "${inputs[@]}"
echo
"$bin" --data "$data" topics
echo
"$bin" --data "$data" show t1
echo
echo "Browse it in a web browser:  $bin --data $data serve   (then open http://127.0.0.1:8080/)"
