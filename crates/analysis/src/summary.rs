//! Extractive multi-article story summary: the few most central sentences across a story's
//! articles, without near-repeats.
//!
//! # Method
//!
//! 1. **Candidates.** Each body is cut into sentences with [`crate::text::sentences`] (plus a
//!    split on CJK full stops), 2 KB at a time so that only the part used is scanned: at most the
//!    first [`BODY_PREFIX`] bytes and 40 segments of a body, keeping its first
//!    [`SENTENCES_PER_ARTICLE`] usable sentences. A leading wire dateline (`WASHINGTON (Reuters) -`)
//!    is cut off. Dropped outright: sentences under 6 or over 60 words (a CJK character
//!    counts half a word), questions (any `?`), boilerplate ("Read more", "Sign up", "With inputs
//!    from", "Follow us", photo credits, bylines, copyright lines, URLs…) and sentences that
//!    repeat the article's own headline. Kept only as a *fallback*, used when no clean sentence
//!    at all is left: sentences opening with a word that needs context ("He", "It", "They",
//!    "This", "But", "However", "Also", "Of course"…), sentences starting in lower case, lines
//!    with no closing punctuation (headlines, captions) or ending in an ellipsis, sentences with
//!    unbalanced quote marks (part of a multi-sentence quote) and both halves of a likely false
//!    split ("… on Nov ." + "10, …").
//! 2. **Centrality.** Words are folded ([`crate::text::fold`]), split at UAX#29 word boundaries,
//!    stop words dropped and stemmed ([`crate::ledger::stem`]). Every article becomes a
//!    length-normalised vector of sub-linear term counts over its candidates and headline; the
//!    story centroid is their mean, so a term weighs by how many articles use it. A sentence
//!    scores `Σ centroid(t) / sqrt(max(|terms|, 8))` over its distinct terms, times an
//!    inverted-pyramid prior `1 / (1 + 0.05 · position)`.
//! 3. **Shared sentences.** Near-verbatim copies (≥ 60 % of the smaller sentence's stemmed-term
//!    bigrams shared, found through an inverted index, so no all-pairs pass) are merged into one
//!    group; a group seen in `k` articles is boosted by `1 + 0.3 · ln k` and is output once, as its
//!    best-scored clean member.
//! 4. **Selection.** Maximal marginal relevance over the 64 best groups: `0.7 · score − 0.3 ·
//!    max cosine to the chosen`, and a hard cut: a sentence whose stemmed-term cosine with an
//!    already chosen one exceeds 0.5 is never taken.
//! 5. **Order.** The chosen sentences are returned in *reading order*: by their position in their
//!    article (leads first, as news is written inverted-pyramid), ties by article index (callers
//!    should pass articles oldest first). `score` is the group score divided by the best group
//!    score of the story, in `(0, 1]`.
//!
//! # Cost
//!
//! Linear in the input: at most [`MAX_ARTICLES`] articles are summarised. With more, every
//! article is first represented by its headline and first three sentences and the
//! [`MAX_ARTICLES`] closest to the story centroid are kept (ties: earlier articles). Bodies are
//! read up to [`BODY_PREFIX`] bytes, postings of the duplicate index are capped, and selection
//! works on a fixed pool. Measured (release, `cargo bench -p storyline-analysis --bench
//! summary`): about 0.6 ms CPU for an ECB+ story of 5–22 articles, 2.7–3.6 ms for 50 unrelated
//! articles (the worst case: little shared vocabulary), about 10–13 ms for 500.
//!
//! # Limits
//!
//! Stop words are English only and the stemmer is a crude English suffix stripper; other
//! languages still work through term overlap but less well. A context-needing sentence right
//! after its antecedent (the lead, then "He said…") is not recognised as safe.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use serde::Serialize;
use unicode_segmentation::UnicodeSegmentation;

use crate::ledger::stem;
use crate::text::{decode_entities, floor_char, fold, sentences, strip_possessive};

/// At most this many articles of a story are summarised.
pub const MAX_ARTICLES: usize = 50;
/// At most this many usable sentences per article are candidates.
pub const SENTENCES_PER_ARTICLE: usize = 12;
/// Only this many bytes of each body are read.
pub const BODY_PREFIX: usize = 8_192;

/// Raw sentence segments looked at per article (usable or not).
const SCAN_SEGMENTS: usize = 40;
/// Prefix and sentence budget of the pre-selection pass (stories with > MAX_ARTICLES articles).
const PRESELECT_PREFIX: usize = 4_096;
const PRESELECT_SENTENCES: usize = 3;
const MIN_WORDS: f32 = 6.0;
const MAX_WORDS: f32 = 60.0;
/// Segments longer than this (bytes) cannot be sentences of at most MAX_WORDS words.
const MAX_SENTENCE_BYTES: usize = 2_000;
/// Two chosen sentences never have a stemmed-term cosine above this.
const REDUNDANT_COSINE: f32 = 0.5;
/// Share of the smaller sentence's term bigrams that makes two sentences copies of each other.
const COPY_SHARE: f32 = 0.6;
const MMR_LAMBDA: f32 = 0.7;
const POOL: usize = 64;
const POSTINGS_CAP: usize = 256;
const STOP_ID: u32 = u32::MAX;

/// One article of a story, as input to [`summarize`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SummaryInput<'a> {
    pub headline: &'a str,
    pub body: &'a str,
}

/// One sentence of a story summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SummarySentence {
    /// The sentence as written (entities decoded, whitespace collapsed).
    pub text: String,
    /// Index of the article (into the input slice) the sentence is taken from.
    pub article: usize,
    /// Centrality relative to the story's most central sentence, in `(0, 1]`.
    pub score: f32,
}

/// The `max_sentences` most central, mutually non-redundant sentences of a story's articles, in
/// reading order (position in article, then article index). Empty when there is no article or
/// no usable sentence. See the module documentation for the method.
pub fn summarize(articles: &[SummaryInput], max_sentences: usize) -> Vec<SummarySentence> {
    if articles.is_empty() || max_sentences == 0 {
        return Vec::new();
    }
    let mut b = Builder {
        words: FxMap::with_capacity_and_hasher(2_048, Default::default()),
        stems: FxMap::with_capacity_and_hasher(1_024, Default::default()),
        ..Builder::default()
    };
    let chosen: Vec<usize> = if articles.len() > MAX_ARTICLES {
        for (i, a) in articles.iter().enumerate() {
            b.extract(i, a, PRESELECT_SENTENCES, PRESELECT_PREFIX);
        }
        let keep = b.preselect(articles.len(), MAX_ARTICLES);
        b.reset();
        keep
    } else {
        (0..articles.len()).collect()
    };
    for &i in &chosen {
        b.extract(i, &articles[i], SENTENCES_PER_ARTICLE, BODY_PREFIX);
    }
    if b.cands.is_empty() {
        return Vec::new();
    }
    let centroid = b.centroid();
    let groups = b.groups(&centroid);
    let mut picked = select(&b.cands, &groups, 0, max_sentences);
    if picked.is_empty() {
        picked = select(&b.cands, &groups, 1, max_sentences);
    }
    let mut out: Vec<(usize, usize, SummarySentence)> = picked
        .into_iter()
        .map(|g| {
            let c = &b.cands[groups[g].rep];
            let body = articles[c.article].body;
            (
                c.pos,
                c.article,
                SummarySentence { text: clean(&body[c.start..c.end]), article: c.article, score: groups[g].score },
            )
        })
        .collect();
    out.sort_by_key(|x| (x.0, x.1));
    out.into_iter().map(|x| x.2).collect()
}

/// FxHash (rustc's): a fast non-cryptographic hasher for the short keys used here (words,
/// bigram ids). Hash flooding is not a concern: maps live for one call and are bounded.
#[derive(Default, Clone, Copy)]
struct Fx(u64);

impl std::hash::Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write_u64(u64::from(i));
    }
    fn write_u32(&mut self, i: u32) {
        self.write_u64(u64::from(i));
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (self.0.rotate_left(5) ^ i).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
    fn write_usize(&mut self, i: usize) {
        self.write_u64(i as u64);
    }
    fn finish(&self) -> u64 {
        // the multiply leaves the low bits weak; hashbrown indexes buckets with them
        self.0.rotate_left(26)
    }
}

type FxMap<K, V> = HashMap<K, V, std::hash::BuildHasherDefault<Fx>>;

/// One candidate sentence.
#[derive(Debug)]
struct Cand {
    article: usize,
    /// Rank among the article's usable sentences (0 = lead).
    pos: usize,
    /// Byte range in the article body.
    start: usize,
    end: usize,
    /// Term ids in order (stop words removed).
    seq: Vec<u32>,
    /// Distinct term ids, sorted.
    terms: Vec<u32>,
    /// 0 = clean, 1 = fallback only.
    tier: u8,
    /// Centrality × position prior.
    base: f32,
}

/// Near-verbatim copies of one sentence, output once.
#[derive(Debug)]
struct Group {
    /// Best clean member (or best member when none is clean).
    rep: usize,
    tier: u8,
    score: f32,
}

#[derive(Default)]
struct Builder {
    /// Folded word -> term id (STOP_ID for stop words).
    words: FxMap<String, u32>,
    /// Stem -> term id.
    stems: FxMap<String, u32>,
    cands: Vec<Cand>,
    /// Per article (in extraction order): article index and all term ids of its candidates and
    /// headline (with repeats).
    art_terms: Vec<(usize, Vec<u32>)>,
}

impl Builder {
    fn reset(&mut self) {
        self.cands.clear();
        self.art_terms.clear();
    }

    fn term(&mut self, w: &str) -> u32 {
        if let Some(&id) = self.words.get(w) {
            return id;
        }
        let id = if is_stop(w) {
            STOP_ID
        } else {
            let s = stem(w);
            let next = self.stems.len() as u32;
            *self.stems.entry(s).or_insert(next)
        };
        self.words.insert(w.to_string(), id);
        id
    }

    /// Word count (CJK characters count half) and term ids of `folded`.
    fn analyse(&mut self, folded: &str) -> (f32, Vec<u32>) {
        let mut units = 0.0f32;
        let mut seq = Vec::new();
        for w in words(folded) {
            let mut chars = w.chars();
            let first = chars.next().unwrap_or(' ');
            let single = chars.next().is_none();
            units += if single && is_cjk(first) { 0.5 } else { 1.0 };
            if units > MAX_WORDS + 1.0 {
                break;
            }
            let w = strip_possessive(w);
            if w.is_empty() || (single && first.is_ascii()) || is_contraction(w) {
                continue;
            }
            let id = self.term(w);
            if id != STOP_ID {
                seq.push(id);
            }
        }
        (units, seq)
    }

    /// Add the candidates of one article.
    fn extract(&mut self, article: usize, a: &SummaryInput, limit: usize, prefix: usize) {
        let head: Vec<u32> = if looks_like_url(a.headline) {
            Vec::new()
        } else {
            let h = &a.headline[..floor_char(a.headline, 1_000)];
            self.analyse(&fold(h)).1
        };
        let mut head_set = head.clone();
        head_set.sort_unstable();
        head_set.dedup();
        let mut all_terms = head;

        let body = &a.body[..floor_char(a.body, prefix)];
        let mut pos = 0usize;
        // the previous raw segment ended in a way that suggests a false split ("Nov .", "6 .")
        let mut prev_cut = Cut::No;
        // candidate made from the previous raw segment, if any
        let mut prev_cand: Option<usize> = None;
        for (ss, ee) in segments(body) {
            if pos >= limit {
                break;
            }
            let raw = &body[ss..ee];
            let trimmed = raw.trim();
            let continued = match prev_cut {
                Cut::No => false,
                Cut::Abbrev => true,
                Cut::Number => trimmed.starts_with(|c: char| c.is_ascii_digit()),
            };
            if continued {
                if let Some(i) = prev_cand {
                    self.cands[i].tier = 1;
                }
            }
            prev_cut = cut_end(trimmed);
            prev_cand = None;
            if trimmed.len() > MAX_SENTENCE_BYTES {
                continue;
            }
            let dl = dateline_len(trimmed);
            let lead = raw.len() - raw.trim_start().len() + dl;
            let trimmed = &trimmed[dl..];
            let (start, end) = (ss + lead, ss + lead + trimmed.len());
            let folded = fold(trimmed);
            if folded.contains(['?', '？']) {
                continue;
            }
            let (units, seq) = self.analyse(&folded);
            if !(MIN_WORDS..=MAX_WORDS).contains(&units) || seq.is_empty() {
                continue;
            }
            if is_boilerplate(&folded) {
                continue;
            }
            let mut terms = seq.clone();
            terms.sort_unstable();
            terms.dedup();
            if repeats_headline(&terms, &head_set) {
                continue;
            }
            let fallback = continued
                || dangling(&folded)
                || !terminated(trimmed)
                || lower_start(trimmed)
                || unbalanced_quotes(trimmed)
                || bare_quote(trimmed);
            all_terms.extend_from_slice(&seq);
            prev_cand = Some(self.cands.len());
            self.cands.push(Cand { article, pos, start, end, seq, terms, tier: u8::from(fallback), base: 0.0 });
            pos += 1;
        }
        self.art_terms.push((article, all_terms));
    }

    /// Length-normalised sub-linear term vector of each article (sparse, sorted by id).
    fn article_vectors(&self) -> Vec<(usize, Vec<(u32, f32)>)> {
        self.art_terms
            .iter()
            .map(|(a, terms)| {
                let mut t = terms.clone();
                t.sort_unstable();
                let mut v: Vec<(u32, f32)> = Vec::new();
                let mut i = 0;
                while i < t.len() {
                    let mut j = i;
                    while j < t.len() && t[j] == t[i] {
                        j += 1;
                    }
                    v.push((t[i], 1.0 + ((j - i) as f32).ln()));
                    i = j;
                }
                let norm = v.iter().map(|x| x.1 * x.1).sum::<f32>().sqrt();
                if norm > 0.0 {
                    for x in &mut v {
                        x.1 /= norm;
                    }
                }
                (*a, v)
            })
            .collect()
    }

    /// Mean of the article vectors, dense over term ids.
    fn centroid(&self) -> Vec<f32> {
        let mut c = vec![0.0f32; self.stems.len()];
        let vecs = self.article_vectors();
        let n = vecs.len().max(1) as f32;
        for (_, v) in &vecs {
            for &(t, w) in v {
                if let Some(x) = c.get_mut(t as usize) {
                    *x += w / n;
                }
            }
        }
        c
    }

    /// Indices of the `keep` articles closest to the centroid of the current (lead) candidates,
    /// ascending.
    fn preselect(&self, n_articles: usize, keep: usize) -> Vec<usize> {
        let c = self.centroid();
        let mut scored: Vec<(usize, f32)> = self
            .article_vectors()
            .into_iter()
            .map(|(a, v)| (a, v.iter().map(|&(t, w)| w * c.get(t as usize).copied().unwrap_or(0.0)).sum::<f32>()))
            .collect();
        scored.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        let mut out: Vec<usize> = scored.into_iter().take(keep).map(|x| x.0).filter(|&a| a < n_articles).collect();
        out.sort_unstable();
        out
    }

    /// Score candidates and merge near-verbatim copies into groups.
    fn groups(&mut self, centroid: &[f32]) -> Vec<Group> {
        for c in &mut self.cands {
            let sum: f32 = c.terms.iter().map(|&t| centroid.get(t as usize).copied().unwrap_or(0.0)).sum();
            let central = sum / (c.terms.len().max(8) as f32).sqrt();
            c.base = central / (1.0 + 0.05 * c.pos as f32);
        }
        let n = self.cands.len();
        let mut uf = UnionFind::new(n);
        let mut index: FxMap<u64, Vec<u32>> = FxMap::default();
        let mut exact: FxMap<&[u32], usize> = FxMap::default();
        let mut counts = vec![0u32; n];
        let mut touched: Vec<usize> = Vec::new();
        let bigrams: Vec<Vec<u64>> = self
            .cands
            .iter()
            .map(|c| {
                let mut b: Vec<u64> = c.seq.windows(2).map(|w| (u64::from(w[0]) << 32) | u64::from(w[1])).collect();
                b.sort_unstable();
                b.dedup();
                b
            })
            .collect();
        for i in 0..n {
            if let Some(&j) = exact.get(self.cands[i].seq.as_slice()) {
                uf.union(i, j);
            } else {
                exact.insert(self.cands[i].seq.as_slice(), i);
            }
            for bg in &bigrams[i] {
                if let Some(list) = index.get(bg) {
                    for &j in list {
                        let j = j as usize;
                        if counts[j] == 0 {
                            touched.push(j);
                        }
                        counts[j] += 1;
                    }
                }
            }
            for &j in &touched {
                let shared = counts[j] as f32;
                let smaller = bigrams[i].len().min(bigrams[j].len()) as f32;
                if shared >= 2.0 && shared >= COPY_SHARE * smaller {
                    uf.union(i, j);
                }
                counts[j] = 0;
            }
            touched.clear();
            for bg in &bigrams[i] {
                let list = index.entry(*bg).or_default();
                if list.len() < POSTINGS_CAP {
                    list.push(i as u32);
                }
            }
        }
        // collect groups
        let mut members: FxMap<usize, Vec<usize>> = FxMap::default();
        for i in 0..n {
            members.entry(uf.find(i)).or_default().push(i);
        }
        let mut roots: Vec<usize> = members.keys().copied().collect();
        roots.sort_unstable();
        let mut groups = Vec::with_capacity(roots.len());
        for r in roots {
            let m = &members[&r];
            let tier = m.iter().map(|&i| self.cands[i].tier).min().unwrap_or(1);
            let mut rep = m[0];
            let mut best = f32::MIN;
            for &i in m {
                let c = &self.cands[i];
                if c.tier == tier && c.base > best {
                    best = c.base;
                    rep = i;
                }
            }
            let mut arts: Vec<usize> = m.iter().map(|&i| self.cands[i].article).collect();
            arts.sort_unstable();
            arts.dedup();
            let support = arts;
            let score = best.max(0.0) * (1.0 + 0.3 * (support.len() as f32).ln());
            groups.push(Group { rep, tier, score });
        }
        let max = groups.iter().map(|g| g.score).fold(0.0f32, f32::max);
        for g in &mut groups {
            g.score = if max > 0.0 { g.score / max } else { 0.0 };
        }
        groups
    }
}

/// Greedy MMR choice of up to `k` groups of tier ≤ `max_tier`.
fn select(cands: &[Cand], groups: &[Group], max_tier: u8, k: usize) -> Vec<usize> {
    let mut pool: Vec<usize> = (0..groups.len()).filter(|&g| groups[g].tier <= max_tier).collect();
    pool.sort_by(|&a, &b| {
        groups[b].score.total_cmp(&groups[a].score).then(cands[groups[a].rep].pos.cmp(&cands[groups[b].rep].pos))
    });
    pool.truncate(POOL);
    let mut alive = vec![true; pool.len()];
    let mut chosen: Vec<usize> = Vec::new();
    while chosen.len() < k {
        let mut best: Option<(usize, f32)> = None;
        for (pi, &g) in pool.iter().enumerate() {
            if !alive[pi] {
                continue;
            }
            let terms = &cands[groups[g].rep].terms;
            let sim = chosen.iter().map(|&c| cosine(terms, &cands[groups[c].rep].terms)).fold(0.0f32, f32::max);
            if sim > REDUNDANT_COSINE {
                alive[pi] = false;
                continue;
            }
            let mmr = MMR_LAMBDA * groups[g].score - (1.0 - MMR_LAMBDA) * sim;
            if best.is_none_or(|b| mmr > b.1) {
                best = Some((pi, mmr));
            }
        }
        match best {
            Some((pi, _)) => {
                alive[pi] = false;
                chosen.push(pool[pi]);
            }
            None => break,
        }
    }
    chosen
}

/// Cosine of two sorted, distinct term-id sets.
fn cosine(a: &[u32], b: &[u32]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut inter) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                inter += 1;
                i += 1;
                j += 1;
            }
        }
    }
    inter as f32 / ((a.len() * b.len()) as f32).sqrt()
}

struct UnionFind(Vec<usize>);

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind((0..n).collect())
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.0[x] != x {
            self.0[x] = self.0[self.0[x]];
            x = self.0[x];
        }
        x
    }
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // keep the earlier candidate as root
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.0[hi] = lo;
        }
    }
}

/// Non-blank sentence segments of `body`, lazily (the body is split 2 KB at a time, so only the
/// part that is used is scanned): [`sentences`], split further after CJK full stops, with closing
/// quote marks that were split off on their own ("… time . ''") joined back to their sentence.
struct Segments<'a> {
    body: &'a str,
    off: usize,
    buf: std::collections::VecDeque<(usize, usize)>,
}

const CHUNK: usize = 2_048;

impl<'a> Segments<'a> {
    fn new(body: &'a str) -> Self {
        Segments { body, off: 0, buf: Default::default() }
    }

    fn fill(&mut self) {
        let body = self.body;
        let start = self.off;
        let mut end = floor_char(body, start + CHUNK);
        if end <= start {
            end = body.len();
        }
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        for (s, e) in sentences(&body[start..end]) {
            pieces.extend(split_cjk(body, s + start, e + start));
        }
        self.off = end;
        if end < body.len() && pieces.len() > 1 {
            // the last sentence may run on past the chunk: redo it with the next chunk
            if let Some(last) = pieces.pop() {
                self.off = last.0;
            }
        }
        for (ss, ee) in pieces {
            let t = body[ss..ee].trim();
            if t.is_empty() {
                continue;
            }
            if t.chars().all(|c| is_quote_mark(c) || c == ')') {
                if let Some(last) = self.buf.back_mut() {
                    if !body[last.1..ss].contains('\n') {
                        last.1 = ss + body[ss..ee].trim_end().len();
                    }
                }
                continue;
            }
            self.buf.push_back((ss, ee));
        }
    }
}

impl Iterator for Segments<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        // keep one segment of look-ahead so that a split-off closing quote can be joined back
        while self.buf.len() < 2 && self.off < self.body.len() {
            self.fill();
        }
        self.buf.pop_front()
    }
}

/// The first SCAN_SEGMENTS segments of `body` (see [`Segments`]).
fn segments(body: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    Segments::new(body).take(SCAN_SEGMENTS)
}

fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '\'' | '`' | '“' | '”' | '‘' | '’' | '«' | '»')
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Cut {
    No,
    /// ends with an abbreviation or initial and a full stop: "Nov .", "N ."
    Abbrev,
    /// ends with a number and a full stop: "6 ." (maybe a split decimal)
    Number,
}

/// How a segment ends, for spotting false sentence splits (mostly in tokenised text, where
/// "Nov. 3" became "Nov . 3").
fn cut_end(t: &str) -> Cut {
    const ABBR: &[&str] = &[
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "jr", "sr", "st", "no",
        "mr", "mrs", "ms", "dr", "gen", "gov", "sen", "rep", "inc", "co", "corp", "ltd", "vs", "prof", "lt", "col",
        "capt", "sgt", "rev", "mt", "ft", "dept", "est", "approx",
    ];
    let Some(stem) = t.strip_suffix('.') else { return Cut::No };
    let last = stem.trim_end().rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    if last.is_empty() {
        return Cut::No;
    }
    if last.chars().all(|c| c.is_ascii_digit()) {
        return Cut::Number;
    }
    let single_cap = last.chars().count() == 1 && last.chars().all(char::is_uppercase);
    if single_cap || ABBR.contains(&last.to_ascii_lowercase().as_str()) {
        Cut::Abbrev
    } else {
        Cut::No
    }
}

/// The whole sentence is a quotation with no attribution ("\"That was the key moment.\""):
/// who said it is in another sentence.
fn bare_quote(t: &str) -> bool {
    let t = t.trim();
    let opens = t.starts_with(['"', '“', '‘', '\'', '«']) || t.starts_with("``");
    let closes = t.trim_end_matches([' ', '.', '!']).ends_with(['"', '”', '’', '\'', '»']);
    opens && closes
}

/// Quote marks opened and not closed, or closed and not opened, within the sentence (a quote
/// running over several sentences reads badly out of context).
fn unbalanced_quotes(t: &str) -> bool {
    let (mut straight, mut curly, mut guill, mut tex) = (0usize, 0isize, 0isize, 0isize);
    let mut prev = ' ';
    for c in t.chars() {
        match c {
            '"' => straight += 1,
            '“' => curly += 1,
            '”' => curly -= 1,
            '«' => guill += 1,
            '»' => guill -= 1,
            // TeX-style quotes of tokenised text: `` … ''
            '`' if prev == '`' => tex += 1,
            '\'' if prev == '\'' => tex -= 1,
            _ => {}
        }
        prev = if (c == '`' || c == '\'') && prev == c { ' ' } else { c };
    }
    straight % 2 == 1 || curly != 0 || guill != 0 || tex != 0
}

/// Words of folded text: UAX#29 word boundaries, with a fast path for ASCII text that keeps the
/// same joins (letters and digits, plus `'` and `.` between them, `,` between digits).
fn words(t: &str) -> Box<dyn Iterator<Item = &str> + '_> {
    // non-ASCII punctuation (curly quotes, dashes, U+FFFD) only separates words: fast path too
    if !t.is_ascii() && t.chars().any(|c| !c.is_ascii() && c.is_alphanumeric()) {
        return Box::new(t.unicode_words());
    }
    let b = t.as_bytes();
    let mut i = 0;
    Box::new(std::iter::from_fn(move || {
        while i < b.len() && !b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        if i >= b.len() {
            return None;
        }
        let start = i;
        while i < b.len() {
            let c = b[i];
            if c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let next = b.get(i + 1).copied().unwrap_or(b' ');
            let joins = match c {
                b'\'' | b'.' => next.is_ascii_alphanumeric(),
                b',' => next.is_ascii_digit() && b[i - 1].is_ascii_digit(),
                _ => false,
            };
            if !joins {
                break;
            }
            i += 1;
        }
        Some(&t[start..i])
    }))
}

/// Sub-ranges of `[s, e)` split after CJK sentence terminators.
fn split_cjk(t: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(1);
    let mut start = s;
    if t[s..e].is_ascii() {
        out.push((s, e));
        return out;
    }
    for (i, c) in t[s..e].char_indices() {
        if matches!(c, '。' | '！' | '？' | '｡') {
            let end = s + i + c.len_utf8();
            out.push((start, end));
            start = end;
        }
    }
    if start < e {
        out.push((start, e));
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // kana
        | 0x3400..=0x4DBF    // CJK ext A
        | 0x4E00..=0x9FFF    // CJK unified
        | 0xAC00..=0xD7AF    // Hangul
        | 0xF900..=0xFAFF
        | 0x20000..=0x2FFFF)
}

/// Wire datelines ("WASHINGTON (Reuters) - ", "NEW DELHI, March 3 — ", "(CNN) -- ").
static DATELINE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(
        r"^(?:\p{Lu}[\p{Lu}'.\-]+(?:\s+\p{Lu}[\p{Lu}'.\-]+)*(?:,[\p{L}\d .]{1,40}?)?\s*(?:\([^)]{1,40}\))?|\([\p{L} ]{2,30}\))\s*(?:[—–-]{1,2}|:)\s+",
    )
    .expect("constant pattern is valid")
});

/// Byte length of a leading dateline of `s` (0 if none).
fn dateline_len(s: &str) -> usize {
    // cheap gate: a dateline opens with "(" or two capitals
    let mut chars = s.chars();
    let possible = match (chars.next(), chars.next()) {
        (Some('('), _) => true,
        (Some(a), Some(b)) => a.is_uppercase() && b.is_uppercase(),
        _ => false,
    };
    if !possible {
        return 0;
    }
    let head = &s[..floor_char(s, 120)];
    DATELINE.find(head).map_or(0, |m| m.end())
}

fn looks_like_url(s: &str) -> bool {
    let t = s.trim_start().to_ascii_lowercase();
    t.starts_with("http") || t.starts_with("www") || t.contains("://")
}

fn is_contraction(w: &str) -> bool {
    w.starts_with(['\'', '’']) || ["n't", "'re", "'ve", "'ll", "'d", "'m"].iter().any(|s| w.ends_with(s))
}

/// Collapse whitespace and decode entities for display.
fn clean(s: &str) -> String {
    let d = decode_entities(s);
    let mut out = String::with_capacity(d.len());
    for w in d.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The sentence is mostly the headline's words (a headline repeated as the first body line).
fn repeats_headline(terms: &[u32], head: &[u32]) -> bool {
    if head.is_empty() || terms.is_empty() {
        return false;
    }
    let inter = cosine(terms, head) * ((terms.len() * head.len()) as f32).sqrt();
    inter >= 0.8 * terms.len() as f32 && inter >= 0.5 * head.len() as f32
}

/// Ends with sentence-final punctuation (closing quotes and brackets skipped).
fn terminated(s: &str) -> bool {
    let t =
        s.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '»' | '`'));
    let ellipsis = t.ends_with("...") || t.ends_with(". .") || t.ends_with('…');
    !ellipsis && t.ends_with(['.', '!', '。', '！', '｡', '．'])
}

/// First letter is lower-case: a fragment of a bad split or a continuation.
fn lower_start(s: &str) -> bool {
    s.chars().find(|c| c.is_alphanumeric()).is_some_and(|c| c.is_lowercase())
}

/// Opens with a word that needs the previous sentence to be understood.
fn dangling(folded: &str) -> bool {
    const WORDS: &[&str] = &[
        "he",
        "she",
        "it",
        "they",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "its",
        "their",
        "them",
        "but",
        "however",
        "also",
        "and",
        "yet",
        "still",
        "moreover",
        "furthermore",
        "additionally",
        "nevertheless",
        "nonetheless",
        "instead",
        "otherwise",
        "thus",
        "therefore",
        "hence",
        "besides",
        "likewise",
        "similarly",
        "consequently",
        "then",
        "or",
        "nor",
    ];
    const PAIRS: &[(&str, &str)] = &[
        ("of", "course"),
        ("in", "addition"),
        ("as", "a"), // "as a result"
        ("for", "example"),
        ("for", "instance"),
        ("in", "fact"),
        ("in", "turn"),
        ("in", "essence"),
        ("in", "short"),
        ("in", "other"), // "in other words"
        ("by", "contrast"),
        ("even", "so"),
        ("that", "said"),
        ("on", "top"),
        ("the", "latter"),
        ("the", "former"),
        ("such", "a"),
    ];
    let mut it = words(folded).map(|w| {
        let w = strip_possessive(w);
        w.split(['\'', '’']).next().unwrap_or(w)
    });
    let Some(first) = it.next() else { return false };
    let second = it.next().unwrap_or("");
    if first == "so" {
        return second != "far";
    }
    if first == "as" && second == "a" {
        return it.next() == Some("result");
    }
    if first == "in" && second == "addition" {
        // "In addition, …" needs context; "In addition to the fire, …" does not
        return it.next() != Some("to");
    }
    WORDS.contains(&first) || PAIRS.contains(&(first, second))
}

/// Boilerplate patterns, matched anywhere in the folded, punctuation-tightened sentence.
const BOILER_ANYWHERE: &[&str] = &[
    "read more",
    "read also",
    "also read",
    "read the full",
    "with inputs from",
    "with input from",
    "sign up",
    "signup",
    "follow us",
    "follow @",
    "click here",
    "tap here",
    "all rights reserved",
    "copyright",
    "©",
    "photo credit",
    "image credit",
    "photo by ",
    "photos by ",
    "photograph by",
    "photograph:",
    "photo:",
    "photos:",
    "image:",
    "pictured:",
    "(photo",
    "file photo",
    "getty images",
    "ap photo",
    "afp photo",
    "afp via getty",
    "reuters/",
    "/reuters",
    "epa/",
    "subscribe to",
    "subscribe now",
    "subscribe for",
    "newsletter",
    "terms of use",
    "terms of service",
    "privacy policy",
    "cookie policy",
    "use cookies",
    "download our",
    "download the app",
    "our app",
    "share this",
    "share on facebook",
    "share on twitter",
    "email this",
    "print this",
    "like us on",
    "http://",
    "https://",
    "www.",
    "reporting by",
    "editing by",
    "additional reporting",
    "writing by",
    "compiled by",
    "contributed to this report",
    "contributed reporting",
    "this article was",
    "this story was",
    "this story has been",
    "this report was",
    "for more news",
    "for the latest",
    "more on this story",
    "related articles",
    "related stories",
    "related coverage",
    "leave a comment",
    "comments are closed",
    "first published",
    "last updated",
    "last modified",
    "posted by",
    "view gallery",
    "see also",
    "listen to this",
    "watch the video",
    "watch video",
    "video:",
    "scroll down",
    "advertisement",
    "you may also like",
    "recommended for you",
    "please enable javascript",
];

static BOILER: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::new(BOILER_ANYWHERE).expect("constant patterns are valid"));

fn is_boilerplate(folded: &str) -> bool {
    let folded = folded.trim_start_matches(|c: char| !c.is_alphanumeric() && c != '(' && c != '©');
    if !(folded.contains(" :") || folded.contains(" /") || folded.contains("/ ")) {
        // nothing to tighten
        return BOILER.is_match(folded) || boiler_prefix(folded);
    }
    // tighten tokenised punctuation ("photo :", "reuters / ")
    let mut t = String::with_capacity(folded.len());
    let mut pending_space = false;
    for c in folded.chars() {
        if c.is_whitespace() {
            pending_space = !t.is_empty();
            continue;
        }
        if pending_space && !matches!(c, ':' | ',' | '.' | ';' | ')' | '/') && !t.ends_with('/') {
            t.push(' ');
        }
        pending_space = false;
        t.push(c);
    }
    BOILER.is_match(t.as_str()) || boiler_prefix(&t)
}

/// Labels that make a line boilerplate only at its start and followed by a colon or bar
/// ("Photo: …", "Watch | …"), so that "Photographs show…" or "Watch officials said…" stay.
fn boiler_prefix(t: &str) -> bool {
    let first_len = t.find(|c: char| !(c.is_alphanumeric() || c == '\'')).unwrap_or(t.len());
    let (first, rest) = t.split_at(first_len);
    let rest = rest.trim_start();
    let labelled = rest.starts_with([':', '|']);
    match first {
        "photo" | "photos" | "image" | "images" | "picture" | "pictures" | "credit" | "credits" | "caption"
        | "file" => labelled || rest.starts_with("by ") || rest.starts_with("credit"),
        "watch" | "listen" | "related" | "published" | "posted" | "updated" | "update" | "read" | "more" | "note"
        | "source" | "sources" | "advertisement" | "sponsored" | "tags" => labelled || rest.starts_with("- "),
        "editor's" | "editors" => rest.starts_with("note"),
        // byline: "By Jane Doe, Reuters" (names are not recognisable after folding, so look for
        // the agency and staff words of credits)
        "by" => {
            rest.split_whitespace().count() <= 10
                && ["reuters", "associated press", "afp", "staff", "correspondent", "reporter", "writer", "editor"]
                    .iter()
                    .any(|w| rest.contains(w))
        }
        _ => false,
    }
}

static STOP: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| storyline_article::stop::ENGLISH.iter().chain(STOP_EXTRA).copied().collect());

fn is_stop(w: &str) -> bool {
    STOP.contains(w)
}

/// Beyond [`storyline_article::stop::ENGLISH`]: words frequent in any news story (days, time
/// words, reporting verbs) that would otherwise make every sentence look central.
const STOP_EXTRA: &[&str] = &[
    "came",
    "enough",
    "go",
    "goes",
    "going",
    "neither",
    "perhaps",
    "put",
    "quite",
    "saying",
    "shall",
    "thus",
    "whatever",
    "added",
    "adding",
    "asked",
    "tell",
    "tells",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "week",
    "weekend",
    "year",
    "years",
    "month",
    "months",
    "day",
    "days",
    "time",
    "times",
    "people",
    "new",
];

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURES: [&str; 4] = [
        include_str!("../testdata/summary/holmbrook-1.txt"),
        include_str!("../testdata/summary/holmbrook-2.txt"),
        include_str!("../testdata/summary/holmbrook-3.txt"),
        include_str!("../testdata/summary/holmbrook-4.txt"),
    ];
    const WIRE: &str = "derailed near the village of Holmbrook on Tuesday night";

    fn input(text: &str) -> SummaryInput<'_> {
        let (headline, body) = text.split_once('\n').unwrap_or((text, ""));
        SummaryInput { headline, body }
    }

    fn story() -> Vec<SummaryInput<'static>> {
        FIXTURES.iter().map(|t| input(t)).collect()
    }

    /// Test-side redundancy measure, independent of the module's: cosine of lower-cased word
    /// sets (words of 4+ letters).
    fn word_cosine(a: &str, b: &str) -> f32 {
        let set = |s: &str| -> HashSet<String> {
            s.split(|c: char| !c.is_alphanumeric()).filter(|w| w.len() >= 4).map(str::to_lowercase).collect()
        };
        let (x, y) = (set(a), set(b));
        if x.is_empty() || y.is_empty() {
            return 0.0;
        }
        x.intersection(&y).count() as f32 / ((x.len() * y.len()) as f32).sqrt()
    }

    #[test]
    fn shared_wire_sentence_is_central_and_output_once() {
        let s = summarize(&story(), 3);
        assert_eq!(s.len(), 3, "{s:#?}");
        let wire: Vec<_> = s.iter().filter(|x| x.text.contains(WIRE)).collect();
        assert_eq!(wire.len(), 1, "{s:#?}");
        assert_eq!(wire[0].score, 1.0);
        // the clean copy is preferred over the one with a dateline or a tokenised full stop
        assert!(wire[0].text.starts_with("A freight train"), "{}", wire[0].text);
        assert!(wire[0].text.ends_with("operator said."), "{}", wire[0].text);
        for x in &s {
            assert!(x.score > 0.0 && x.score <= 1.0);
            assert!(x.article < FIXTURES.len());
            assert!(FIXTURES[x.article].contains(x.text.as_str()), "{} not in article {}", x.text, x.article);
        }
    }

    #[test]
    fn no_near_duplicate_pair() {
        for k in 1..=6 {
            let s = summarize(&story(), k);
            for i in 0..s.len() {
                for j in i + 1..s.len() {
                    let c = word_cosine(&s[i].text, &s[j].text);
                    assert!(c <= 0.5, "{c}: {:?} / {:?}", s[i].text, s[j].text);
                }
            }
        }
    }

    #[test]
    fn no_boilerplate_questions_or_headlines() {
        let s = summarize(&story(), 8);
        assert!(s.len() >= 4, "{s:#?}");
        for x in &s {
            let l = x.text.to_lowercase();
            for bad in [
                "read more",
                "sign up",
                "photo:",
                "image credit",
                "with inputs from",
                "follow us",
                "copyright",
                "rights reserved",
            ] {
                assert!(!l.contains(bad), "boilerplate {bad:?} in {:?}", x.text);
            }
            assert!(!x.text.contains('?'), "question: {:?}", x.text);
            assert_ne!(x.text, "Holmbrook residents fear for the river after grain train crash.");
        }
    }

    #[test]
    fn max_sentences_respected() {
        assert!(summarize(&story(), 0).is_empty());
        for k in 1..=4 {
            let s = summarize(&story(), k);
            assert_eq!(s.len(), k, "k={k}: {s:#?}");
        }
        let one = summarize(&story(), 1);
        assert!(one[0].text.contains(WIRE), "{one:#?}");
    }

    #[test]
    fn dangling_openers_avoided_when_alternatives_exist() {
        let s = summarize(&story(), 8);
        for x in &s {
            let first = x.text.split_whitespace().next().unwrap_or("");
            assert!(!["It", "He", "They", "She", "This", "But", "However", "Also"].contains(&first), "{:?}", x.text);
        }
        // an article with nothing but dangling sentences still gets a summary
        let body = "He said the bridge over the Tessel river had been closed since the flood.\n\
                    It was the third closure of the old stone bridge this decade.\n\
                    They expect the repairs to the bridge to take about six weeks.";
        let s = summarize(&[SummaryInput { headline: "Tessel bridge closed again", body }], 2);
        assert_eq!(s.len(), 2, "{s:#?}");
        assert!(s.iter().all(|x| x.text.contains("bridge")));
    }

    #[test]
    fn single_article_in_reading_order() {
        let a = input(FIXTURES[0]);
        let s = summarize(&[a], 3);
        assert!((2..=3).contains(&s.len()), "{s:#?}");
        assert!(s.iter().all(|x| x.article == 0));
        assert!(s[0].text.contains(WIRE), "{s:#?}");
        let offsets: Vec<usize> = s.iter().map(|x| a.body.find(x.text.as_str()).unwrap_or(usize::MAX)).collect();
        assert!(offsets.windows(2).all(|w| w[0] < w[1]), "{offsets:?}");
    }

    #[test]
    fn headline_repeated_in_body_is_skipped() {
        let body = "Harbour crane collapses onto a cargo ship in Port Wendel.\n\
                    A container crane collapsed onto a cargo ship in Port Wendel on Monday, injuring two dock workers.\n\
                    The port authority said operations at the east quay were suspended for the day.";
        let s = summarize(
            &[SummaryInput { headline: "Harbour crane collapses onto a cargo ship in Port Wendel", body }],
            3,
        );
        assert_eq!(s.len(), 2, "{s:#?}");
        assert!(s.iter().all(|x| !x.text.starts_with("Harbour crane")));
    }

    #[test]
    fn empty_and_hostile_inputs() {
        assert!(summarize(&[], 3).is_empty());
        assert!(summarize(&[SummaryInput { headline: "", body: "" }], 3).is_empty());
        assert!(summarize(&[SummaryInput { headline: "   ", body: "\n\n  \t" }], 3).is_empty());
        assert!(summarize(&[SummaryInput { headline: "Short", body: "Too short. Also short!" }], 3).is_empty());
        // one huge sentence: nothing usable, but no panic
        let huge = "word ".repeat(200_000);
        assert!(summarize(&[SummaryInput { headline: "h", body: &huge }], 3).is_empty());
        // no punctuation at all: a line of usable length is taken as a fallback
        let nopunct =
            "farmers in the valley protest against the new water tax\nthe council will vote on the tax next month";
        let s = summarize(&[SummaryInput { headline: "", body: nopunct }], 3);
        assert_eq!(s.len(), 2, "{s:#?}");
        // non-Latin scripts
        let zh = "北京市政府周二宣布将在明年扩建地铁网络。新线路预计将连接机场和市中心的主要商业区。官员表示项目投资约五百亿元。";
        let s = summarize(&[SummaryInput { headline: "北京扩建地铁", body: zh }], 2);
        assert!(!s.is_empty() && s.len() <= 2, "{s:#?}");
        assert!(s.iter().all(|x| zh.contains(x.text.as_str())));
        let ru = "Власти Москвы объявили о строительстве новой линии метро в следующем году. \
                  Новая линия соединит аэропорт с центром города и деловыми районами.";
        let s = summarize(&[SummaryInput { headline: "Метро", body: ru }], 3);
        assert_eq!(s.len(), 2, "{s:#?}");
        // odd bytes, entities, lone punctuation, emoji
        for body in [
            "&#99999999; &amp; ... ??? !!! “ ” ‘",
            "🙂 🙂 🙂 🙂 🙂 🙂 🙂. 🙂",
            ". . . . . . .",
            "a\u{0}b\u{200b}c d e f g h.",
        ] {
            let _ = summarize(&[SummaryInput { headline: body, body }], 3);
        }
    }

    #[test]
    fn random_inputs_never_panic() {
        // deterministic pseudo-random texts over an alphabet of awkward pieces
        const PIECES: &[&str] = &[
            "the ",
            "Police ",
            "said ",
            "A ",
            "crash ",
            ". ",
            "? ",
            "! ",
            "\n",
            "\n\n",
            "\"",
            "“",
            "”",
            "``",
            "''",
            "'",
            "’",
            "Nov . ",
            "6 . ",
            "5",
            ",",
            " ",
            "é",
            "北京",
            "。",
            "！",
            "—",
            " - ",
            "(",
            ")",
            "&amp;",
            "&#",
            "Read more: ",
            "Photo: ",
            "HOLMBROOK, Estvale — ",
            "He ",
            "It ",
            "...",
            "…",
            "\u{fffd}",
            "🙂",
            "\t",
            "Ärzte ",
            "Москва ",
            "\u{0}",
            "www.",
            "http://",
            "said .",
            "U.S. ",
            "Dr. ",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for round in 0..150 {
            let n_articles = 1 + (next() % 6) as usize;
            let texts: Vec<(String, String)> = (0..n_articles)
                .map(|_| {
                    let mut h = String::new();
                    let mut b = String::new();
                    for _ in 0..(next() % 12) {
                        h.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                    }
                    for _ in 0..(next() % 400) {
                        b.push_str(PIECES[(next() % PIECES.len() as u64) as usize]);
                    }
                    (h, b)
                })
                .collect();
            let input: Vec<SummaryInput> = texts.iter().map(|(h, b)| SummaryInput { headline: h, body: b }).collect();
            let k = (round % 5) as usize;
            let s = summarize(&input, k);
            assert!(s.len() <= k);
            for x in &s {
                assert!(x.article < input.len());
                assert!(!x.text.is_empty());
                assert!(x.score > 0.0 && x.score <= 1.0, "{}", x.score);
            }
        }
    }

    #[test]
    fn large_story_is_capped_and_valid() {
        // 500 articles: the four fixtures with varied extra sentences
        let bodies: Vec<String> = (0..500)
            .map(|i| {
                format!(
                    "{}\nVolunteer group number {i} collected {} sacks of spilled grain from the Tessel river banks.",
                    FIXTURES[i % 4].split_once('\n').map(|x| x.1).unwrap_or(""),
                    i * 7
                )
            })
            .collect();
        let arts: Vec<SummaryInput> = bodies
            .iter()
            .enumerate()
            .map(|(i, b)| SummaryInput { headline: FIXTURES[i % 4].lines().next().unwrap_or(""), body: b })
            .collect();
        let s = summarize(&arts, 3);
        assert_eq!(s.len(), 3, "{s:#?}");
        assert!(s.iter().all(|x| x.article < 500 && arts[x.article].body.contains(x.text.as_str())));
        assert!(s.iter().any(|x| x.text.contains(WIRE)), "{s:#?}");
    }

    #[test]
    fn split_and_quote_artifacts_are_fallback_only() {
        assert_eq!(cut_end("The camp was bombed on Thursday , Nov ."), Cut::Abbrev);
        assert_eq!(cut_end("A magnitude 6 ."), Cut::Number);
        assert_eq!(cut_end("The line will reopen on Friday."), Cut::No);
        assert!(unbalanced_quotes("Smith said: \"Being asked is a privilege."));
        assert!(unbalanced_quotes("`` We thank you all ."));
        assert!(!unbalanced_quotes("`` We thank you all . ''"));
        assert!(!unbalanced_quotes("“We thank you,” she said."));
        assert!(!terminated("Taking over will be the former coach . . ."));
        assert!(bare_quote("\"That incident was the key moment of the game.\""));
        assert!(bare_quote("`` We appreciate your respect at this time . ''"));
        assert!(!bare_quote("\"We are lucky nobody was hurt,\" said fire chief Oskar Brandt."));
        assert!(!bare_quote("The chief said it was \"a miracle\"."));
        assert!(!terminated("Taking over will be the former coach…"));
        // tokenised closing quote split off by the splitter is joined back
        let body = "`` We appreciate your respect for the family at this difficult time . ''\nNext line here.";
        let segs: Vec<(usize, usize)> = segments(body).collect();
        assert_eq!(
            &body[segs[0].0..segs[0].1],
            "`` We appreciate your respect for the family at this difficult time . ''"
        );
        // a false split after "Nov ." demotes both halves when something clean exists
        let body = "The air force bombed the Yida refugee camp in South Sudan on Thursday , Nov .\n                    10 , killing two people and wounding several others in the camp .\n                    Aid workers in Yida said the refugee camp was bombed by aircraft from Sudan on Thursday.";
        let s = summarize(&[SummaryInput { headline: "", body }], 3);
        assert_eq!(s.len(), 1, "{s:#?}");
        assert!(s[0].text.starts_with("Aid workers"), "{s:#?}");
    }

    #[test]
    fn chunked_segments_match_whole_text() {
        let mut body = String::new();
        for i in 0..400 {
            body.push_str(&format!("Sentence number {i} says the \"Dr. Smith\" plan costs {i}.5 million. "));
            if i % 7 == 0 {
                body.push_str("`` A quoted line ends here . ''\n");
            }
            if i % 11 == 0 {
                body.push_str("北京市政府周二宣布将在明年扩建地铁网络。新线路预计将连接机场。");
            }
        }
        let chunked: Vec<(usize, usize)> = Segments::new(&body).collect();
        let mut whole: Vec<(usize, usize)> = Vec::new();
        for (s, e) in sentences(&body) {
            for (ss, ee) in split_cjk(&body, s, e) {
                let t = body[ss..ee].trim();
                if t.chars().all(|c| is_quote_mark(c) || c == ')') {
                    if let Some(last) = whole.last_mut() {
                        last.1 = ss + body[ss..ee].trim_end().len();
                    }
                    continue;
                }
                whole.push((ss, ee));
            }
        }
        assert_eq!(chunked.len(), whole.len());
        assert_eq!(chunked, whole);
    }

    #[test]
    fn dangling_openers() {
        for t in [
            "he said the line would reopen.",
            "it's the second crash this year.",
            "`` it was terrible , '' she said .",
            "of course, the operator denied it.",
            "as a result, trains were cancelled.",
            "in addition, two bridges were closed.",
            "so that's the new phone.",
            "however, the line stayed shut.",
        ] {
            assert!(dangling(t), "{t}");
        }
        for t in [
            "so far, 20 people have been rescued.",
            "in addition to the fire, two bridges were closed.",
            "as a precaution, the road was closed.",
            "itv reported the crash on monday.",
            "the operator said the line would reopen.",
            "heavy rain caused the landslide.",
        ] {
            assert!(!dangling(t), "{t}");
        }
    }

    #[test]
    fn datelines_are_stripped() {
        for (s, rest) in [
            ("HOLMBROOK, Estvale — A train derailed.", "A train derailed."),
            ("WASHINGTON (Reuters) - The Senate voted.", "The Senate voted."),
            ("(CNN) -- A storm hit.", "A storm hit."),
            ("NEW DELHI: Police said.", "Police said."),
            ("A train derailed - nobody was hurt.", "A train derailed - nobody was hurt."),
            (
                "NASA said on Monday - in a statement - that it would.",
                "NASA said on Monday - in a statement - that it would.",
            ),
        ] {
            assert_eq!(&s[dateline_len(s)..], rest);
        }
    }

    #[test]
    fn ascii_words_match_unicode_words() {
        for t in [
            "o'brien's 2,290 points, u.s. troops; 6.1-magnitude quake -- it's 3 . 5 ``x'' a/b",
            "the man , 37 , said : `` no . ''",
            "...leading dots, trailing.",
            "“quoted” — dash … and \u{fffd}replacement",
            "",
        ] {
            let fast: Vec<&str> = words(t).collect();
            let uax: Vec<&str> = t.unicode_words().collect();
            assert_eq!(fast, uax, "{t}");
        }
    }

    #[test]
    fn boilerplate_rules() {
        for b in [
            "read more: rail freight volumes hit a record high this spring",
            "photo : mara lind / northern ledger",
            "with inputs from agencies and our correspondent in the city",
            "by jane doe, reuters staff writer",
            "sign up for our morning briefing and get the news",
            "watch: the moment the crane fell onto the ship",
        ] {
            assert!(is_boilerplate(b), "{b}");
        }
        for b in [
            "photographs showed the wagons lying on their side",
            "watchdogs said the operator had ignored earlier warnings",
            "by tuesday evening, engineers had cleared two of the wagons",
            "the minister said on twitter that the line would reopen soon",
        ] {
            assert!(!is_boilerplate(b), "{b}");
        }
    }

    #[test]
    fn ecbplus_stories_get_summaries() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/ecbplus-dev.jsonl");
        let Ok(text) = std::fs::read_to_string(path) else {
            println!("skipping: {path} not found");
            return;
        };
        let mut stories: HashMap<String, Vec<(String, String)>> = HashMap::new();
        for l in text.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else { continue };
            let Some(story) = v["story"].as_str() else { continue };
            let t = v["title"].as_str().unwrap_or("").to_string();
            let b = v["text"].as_str().unwrap_or("").to_string();
            stories.entry(story.to_string()).or_default().push((t, b));
        }
        if stories.is_empty() {
            println!("skipping: no `story` field in {path}");
            return;
        }
        let mut full = 0;
        for arts in stories.values() {
            let input: Vec<SummaryInput> = arts.iter().map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
            let s = summarize(&input, 3);
            assert!(s.len() <= 3);
            if s.len() == 3 {
                full += 1;
            }
            for x in &s {
                assert!(!x.text.contains('?'));
                assert!(arts[x.article].1.contains(x.text.split_whitespace().next().unwrap_or("")));
            }
        }
        assert!(full * 10 >= stories.len() * 9, "{full} of {} stories got 3 sentences", stories.len());
    }
}
