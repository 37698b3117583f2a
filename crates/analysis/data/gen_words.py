"""Regenerate words.txt, the English word list of the entity pass.

Source: the Debian word list wamerican 2020.12.07 (/usr/share/dict/american-english), built
from SCOWL, Copyright 2000-2011 by Kevin Atkinson and others (permissive licence, reproduced
at the top of words.txt; the full text is /usr/share/doc/wamerican/copyright).

    apt-get install wamerican
    python3 crates/analysis/data/gen_words.py > crates/analysis/data/words.txt

Kept: lower-case entries of three or more letters without apostrophes that the list does not
also hold capitalised ("bath" and "Bath", "bush" and "Bush" are left out: names as well as
words); one word per line, sorted.
"""

words = [w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8")]
capitalised = {w.lower() for w in words if w[:1].isupper()}
NOTICE = """wamerican 2020.12.07 (SCOWL) lower-case words not also listed capitalised; see gen_words.py.
SCOWL: Copyright 2000-2011 by Kevin Atkinson as well as any of the copyrights mentioned in
/usr/share/doc/wamerican/copyright. Permission to use, copy, modify, distribute and sell these word
lists, the associated scripts, the output created from the scripts, and its documentation for any
purpose is hereby granted without fee, provided that the above copyright notice appears in all
copies and that both that copyright notice and this permission notice appear in supporting
documentation. Kevin Atkinson makes no representations about the suitability of this array for
any purpose. It is provided "as is" without express or implied warranty."""
for line in NOTICE.splitlines():
    print("# " + line)
for w in sorted({w for w in words if w[:1].islower() and w.isalpha() and len(w) >= 3 and w not in capitalised}):
    print(w)
