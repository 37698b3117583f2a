"""Regenerate given-names.txt, the given-name list of the entity pass.

Source: the US Census 1990 given-name lists (public domain) as shipped in the PyPI package
names 0.3.0 (MIT), and the Debian word list wamerican (/usr/share/dict/american-english; names
that are also lower-case English words, "Will", "Rose", "Grant", are left out).

    apt-get install wamerican
    pip download names==0.3.0 --no-deps -d /tmp/gnc && tar xzf /tmp/gnc/names-0.3.0.tar.gz -C /tmp/gnc
    python3 crates/analysis/data/gen_names.py /tmp/gnc/names-0.3.0/names > crates/analysis/data/given-names.txt

One lower-case name per line, sorted.
"""
import os
import sys

words = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w[:1].islower()}
names = set()
for f in ("dist.female.first", "dist.male.first"):
    for line in open(os.path.join(sys.argv[1], f), encoding="utf-8"):
        n = line.split()[0].lower()
        if len(n) >= 3 and n not in words:
            names.add(n)
print("# US Census 1990 given names (public domain) without English words; see gen_names.py")
for n in sorted(names):
    print(n)
