#!/usr/bin/env python3
"""Time Python trafilatura on the pages written by `cargo bench -p storyline-source --bench html`.

Usage: python3 crates/source/benches/html_trafilatura.py [PAGES_DIR] [--reps N] [--fast]

PAGES_DIR defaults to $TMPDIR/storyline-html-bench and must hold the pages and manifest.jsonl
that the Rust bench wrote. One thread, one process. Reports pages/s and the same quality
figure as the Rust bench: pages where every key sentence is kept and no boilerplate string
appears (pages without an article pass when the output is empty or under 30 words).

Settings: `trafilatura.extract(html, url=url, include_comments=False)`, i.e. the library's
default extraction with its readability/justext fallback on (what storyline uses from the Rust
port), comments left out. `--fast` also times `fast=True` (no fallback).

Needs `pip install trafilatura lxml_html_clean` (trafilatura 2.x; lxml >= 5.2 moved the HTML
cleaner that justext imports into lxml_html_clean).
"""

import json
import os
import sys
import tempfile
import time


def norm(s):
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(s.split())


def quality(pages, outputs, verbose=False):
    good = kept = keys = leaks = 0
    groups = {}
    for page, out in zip(pages, outputs):
        text = norm(out or "")
        if page["reject"]:
            clean = len(text.split()) < 30
        else:
            k = sum(1 for s in page["contains"] if norm(s) in text)
            leaked = [s for s in page["absent"] if norm(s) in text]
            keys += len(page["contains"])
            kept += k
            leaks += len(leaked)
            clean = k == len(page["contains"]) and not leaked
            if not clean and verbose:
                lost = [s for s in page["contains"] if norm(s) not in text]
                print(f"{page['file']}: lost {lost} leaked {leaked}", file=sys.stderr)
        good += clean
        g = groups.setdefault(page.get("group", "all"), [0, 0])
        g[0] += clean
        g[1] += 1
    by_group = ", ".join(f"{g} {c}/{n}" for g, (c, n) in groups.items())
    return good, len(pages), f"key sentences {kept}/{keys}, boilerplate leaks {leaks}", by_group


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    reps = 1
    if "--reps" in sys.argv:
        reps = int(sys.argv[sys.argv.index("--reps") + 1])
        args = [a for a in args if a != str(reps)]
    folder = args[0] if args else os.path.join(tempfile.gettempdir(), "storyline-html-bench")
    import trafilatura

    pages = [json.loads(line) for line in open(os.path.join(folder, "manifest.jsonl"), encoding="utf-8")]
    for p in pages:
        with open(os.path.join(folder, p["file"]), encoding="utf-8") as f:
            p["html"] = f.read()
    total_bytes = sum(len(p["html"].encode("utf-8")) for p in pages)
    print(f"pages: {len(pages)}, {total_bytes / 1e6:.1f} MB of HTML, trafilatura {trafilatura.__version__}")

    variants = [("python trafilatura (fallback, no comments)", {})]
    if "--fast" in sys.argv:
        variants.append(("python trafilatura (fast=True, no comments)", {"fast": True}))
    verbose = "--verbose" in sys.argv
    print(f"\n{'extractor':<44} {'pages/s':>8} {'CPU ms':>8} {'pages/s':>8} {'MB/s':>8}  quality")
    print(f"{'':<44} {'(wall)':>8} {'/page':>8} {'(CPU)':>8} {'(CPU)':>8}")
    for name, extra in variants:
        run = lambda p: trafilatura.extract(p["html"], url=p["url"], include_comments=False, **extra)
        outputs = [run(p) for p in pages]  # warm-up and quality pass
        started = time.perf_counter()
        cpu_started = time.thread_time()  # on-CPU time of this thread, like the Rust bench
        for _ in range(reps):
            for p in pages:
                run(p)
        wall = (time.perf_counter() - started) / reps
        cpu = (time.thread_time() - cpu_started) / reps
        good, total, detail, by_group = quality(pages, outputs, verbose)
        print(
            f"{name:<44} {len(pages) / wall:>8.0f} {cpu * 1000 / len(pages):>8.2f} "
            f"{len(pages) / cpu:>8.0f} {total_bytes / 1e6 / cpu:>8.1f}  "
            f"{100 * good / total:.1f}% ({good}/{total} pages clean; {detail})\n{'':<44} by layout: {by_group}"
        )

if __name__ == "__main__":
    main()
