#!/usr/bin/env python3
"""Replay trafilatura's own 960-page evaluation results to choose html.rs's fallback gate.

Usage: python3 crates/source/benches/fallback_gate_replay.py [COMPARISON_DATA_DIR]

The published trafilatura 0.6.0 crate ships `comparison-data/`: for each of the 960 pages of
trafilatura's evaluation set (`entries.json`), the crate's own scored results with the
readability/justext fallback (`rust_results.jsonl`) and without it (`rust_fast_results.jsonl`):
extracted text length and true/false positives/negatives against the page's "with" and
"without" strings. The HTML pages themselves are not shipped, so this does not re-run any
extractor: it combines the two stored result sets per page. With a gate at T characters, a
page whose extraction without fallback is shorter than T takes the fallback's result, any other
page the no-fallback result. The default directory is the crate's folder in the local cargo
registry (`~/.cargo/registry/src/*/trafilatura-0.6.0/comparison-data`).

Caveat: storyline's gate looks at the main extraction before the recall retry, which is never
longer than the no-fallback result used here, so it runs the fallback on these pages and
possibly a few more.
"""

import glob
import json
import os
import sys


def load(path):
    rows = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line.startswith("{"):
                r = json.loads(line)
                rows[r["file"]] = r
    return rows


def score(rows):
    tp = sum(r["tp"] for r in rows)
    fn = sum(r["fn"] for r in rows)
    fp = sum(r["fp"] for r in rows)
    p = tp / (tp + fp)
    r = tp / (tp + fn)
    return p, r, 2 * p * r / (p + r)


def main():
    if len(sys.argv) > 1:
        folder = sys.argv[1]
    else:
        found = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/trafilatura-0.6.0/comparison-data"))
        if not found:
            sys.exit("trafilatura-0.6.0/comparison-data not found: build storyline-source's dev-dependencies first")
        folder = found[0]
    full = load(os.path.join(folder, "rust_results.jsonl"))
    fast = load(os.path.join(folder, "rust_fast_results.jsonl"))
    pages = sorted(set(full) & set(fast))
    print(f"{len(pages)} pages from {folder}")
    print(f"{'gate (chars)':>14} {'P':>7} {'R':>7} {'F1':>7}  fallback runs on")
    for gate in [0, 250, 500, 750, 1000, 1500, 2000, 3000, 5000, None]:
        rows = [full[k] if gate is None or fast[k]["text_len"] < gate else fast[k] for k in pages]
        share = sum(1 for k in pages if gate is None or fast[k]["text_len"] < gate) / len(pages)
        p, r, f1 = score(rows)
        label = "always" if gate is None else ("never" if gate == 0 else str(gate))
        print(f"{label:>14} {p:7.4f} {r:7.4f} {f1:7.4f}  {share:5.0%} of pages")


if __name__ == "__main__":
    main()
