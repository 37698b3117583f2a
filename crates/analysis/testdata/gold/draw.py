# Seeded passage draw for a blind split (run from the workspace root):
#   python3 crates/analysis/testdata/gold/draw.py N [SEED]
# Prints N candidates per topic as "id start end" (chars), in draw order.
# blind5: seed 20261128, first 4 per topic (articles of blind5 itself were not yet excluded then).
# blind6: seed 20261129, N=12, the first 5 usable per topic; dev6: same seed, N=14 (N changes the
# draw of every topic after the first), candidates 7-11 per topic minus any article blind6 used or
# could have used. blind9: seed 20261202, N=12; blind10: seed 20261203, N=12 minus blind9's candidate
# articles; dev9: seed 20261204, N=14 minus both; blind11 20261205 N=12, dev10 20261206 N=14, blind12
# 20261209 N=16, dev11 20261207+20261208 N=16 (each minus every earlier candidate article). Articles of every earlier record are excluded; near-copies of gold articles and
# passages with stripped names were skipped by hand (README, protocol step 10).
import json, random, re, sys
used = set(r['id'] for r in map(json.loads, open('crates/analysis/testdata/gold/facts-bbc.jsonl')))
arts = [json.loads(l) for l in open('../shared/data/bbc-news-2004-2005.jsonl')]
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 20261128)
by_topic = {}
for a in arts:
    if a['id'] in used: continue
    t = a['text']
    paras = []
    pos = 0
    for p in t.split('\n\n'):
        s = pos; e = pos + len(p); pos = e + 2
        n = p.count('"')
        if n >= 2 and n % 2 == 0 and 250 <= len(p) <= 650 and len(re.findall(r'\d+(?:[.,]\d+)*', p)) >= 2:
            paras.append((s, e))
    if paras:
        by_topic.setdefault(a['id'].split('/')[1], []).append((a['id'], paras))
out = []
for topic in sorted(by_topic):
    cands = sorted(by_topic[topic])
    rng.shuffle(cands)
    for aid, paras in cands[:int(sys.argv[1]) if len(sys.argv)>1 else 4]:
        s, e = rng.choice(paras)
        out.append((aid, s, e))
for o in out: print(*o)
