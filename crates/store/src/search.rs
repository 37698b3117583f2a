//! Full-text search over stored articles (FTS5 index `article_fts`, migration 3), with filters
//! on outlet, entity and publication date.
//!
//! User text never reaches FTS5 as syntax: [`parse_query`] turns it into plain words, quoted
//! phrases, trailing-`*` prefixes and `-word` exclusions, and writes each as an FTS5 string, so
//! `NEAR`, `OR`, `col:`, brackets and stray quotes are just text.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{params_from_iter, OptionalExtension};
use serde::Serialize;

use crate::{Context, Reader, Result};

/// A search request. `text` may be empty when a filter is given: the filtered articles are then
/// listed newest first. Empty text and no filter gives no results.
#[derive(Debug, Clone, Copy, Default)]
pub struct SearchQuery<'a> {
    /// What the user typed.
    pub text: &'a str,
    /// Outlet: case-insensitive exact match on the article's source.
    pub source: Option<&'a str>,
    /// Entity name, case-insensitive: articles in which analysis found that entity.
    pub entity: Option<&'a str>,
    /// Unix seconds, inclusive, on the publication time.
    pub from: Option<i64>,
    /// Unix seconds, exclusive.
    pub to: Option<i64>,
    /// Page size, clamped to 1..=[`MAX_PAGE`].
    pub limit: usize,
    pub offset: usize,
}

/// Largest page [`Reader::search`] returns.
pub const MAX_PAGE: usize = 100;

/// A piece of a snippet; `mark` is true for words that matched the query. Plain text: escape it
/// for HTML.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fragment {
    pub text: String,
    pub mark: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SearchHit {
    pub article_id: i64,
    pub story_id: Option<i64>,
    pub headline: String,
    pub source: Option<String>,
    pub published: Option<i64>,
    /// A few lines of the body around the best match (the start of the body when the text
    /// matched only the headline, or when there was no text).
    pub snippet: Vec<Fragment>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchResults {
    /// Number of matching articles (all pages).
    pub total: usize,
    pub hits: Vec<SearchHit>,
}

/// Weight of a headline match relative to a body match in the bm25 ranking.
const HEADLINE_WEIGHT: f64 = 4.0;
/// User text beyond this many bytes is ignored.
const MAX_TEXT: usize = 2_000;
/// Terms beyond this many (positive or excluded) are ignored.
const MAX_TERMS: usize = 12;
/// A prefix (`word*`) needs this many characters; shorter ones are searched as whole words.
/// FTS5 merges the posting lists of every word with the prefix, once per query pass: for a
/// three-letter prefix that is a large part of the index (p99 over 100 ms at 100k articles;
/// see benches/search.rs), for four letters a few times less.
const MIN_PREFIX: usize = 4;
/// How far a prefix may run past the stem of the words it should find (see [`Term::fts`]):
/// users stop typing a letter or two into a suffix ("negotiat*", stem "negoti").
const PREFIX_SLACK: usize = 2;
/// Tokens of body text in a snippet.
const SNIPPET_TOKENS: usize = 24;
/// Words of body shown when there is no text to match.
const LEAD_WORDS: usize = 30;
/// Relevance ranks this many of the most recently stored matches (see [`Reader::search`]).
pub const RANK_WINDOW: usize = if cfg!(test) { 12 } else { 4_000 };
/// Offsets are clamped to this (a deeper page is empty anyway on any real store).
const MAX_OFFSET: usize = 1_000_000;

/// Snippet markers: bytes that never occur in UTF-8, so no article text can forge or break them
/// (a private-use code point could be in the text itself).
const OPEN: u8 = 0xFF;
const CLOSE: u8 = 0xFE;

/// One word or phrase of a parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    pub text: String,
    pub prefix: bool,
}

impl Term {
    /// The term as an FTS5 expression of strings (tokenised by FTS5 itself, so "U.S." is the
    /// phrase "u s").
    ///
    /// The index holds Porter stems, and FTS5 stems a prefix before looking it up, so a prefix
    /// typed past the stem finds nothing on its own: "presiden*" would miss "president" (stem
    /// "presid"). A one-word prefix therefore also matches, as whole stems, itself shortened by
    /// up to [`PREFIX_SLACK`] characters (down to 4): ("presiden" * OR "preside" OR "presid").
    /// A typed prefix that is a whole word needs none of that (FTS5 stems it: "negotiation*"
    /// looks up "negoti*"). More slack would find unrelated words: "champion*" would match
    /// "champ".
    fn fts(&self) -> String {
        let quote = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
        if !self.prefix {
            return quote(&self.text);
        }
        let chars: Vec<char> = self.text.chars().collect();
        let mut alts = vec![format!("{} *", quote(&self.text))];
        if chars.iter().all(|c| c.is_alphanumeric()) {
            let shortest = chars.len().saturating_sub(PREFIX_SLACK).max(4);
            for len in (shortest..chars.len()).rev() {
                alts.push(quote(&chars[..len].iter().collect::<String>()));
            }
        }
        if alts.len() == 1 {
            alts.remove(0)
        } else {
            format!("({})", alts.join(" OR "))
        }
    }
}

/// User text as terms: all of `include` must match, none of `exclude`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ParsedQuery {
    pub include: Vec<Term>,
    pub exclude: Vec<Term>,
}

impl ParsedQuery {
    fn match_expr(&self) -> Option<String> {
        if self.include.is_empty() {
            return None;
        }
        let mut expr = format!("({})", self.include.iter().map(Term::fts).collect::<Vec<_>>().join(" AND "));
        for t in &self.exclude {
            expr.push_str(" NOT ");
            expr.push_str(&t.fts());
        }
        Some(expr)
    }

    /// Exclusions alone, as one FTS5 expression matching any of them.
    fn exclude_expr(&self) -> Option<String> {
        if self.exclude.is_empty() {
            return None;
        }
        Some(self.exclude.iter().map(Term::fts).collect::<Vec<_>>().join(" OR "))
    }
}

/// Parse what a user typed: words (all must match), `"quoted phrases"` (an unclosed quote runs
/// to the end), a trailing `*` for a prefix, a leading `-` to exclude. Anything else is text.
pub(crate) fn parse_query(text: &str) -> ParsedQuery {
    let mut end = text.len().min(MAX_TEXT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let chars: Vec<char> = text[..end].chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out = ParsedQuery::default();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_whitespace() {
            i += 1;
            continue;
        }
        let mut negate = false;
        if chars[i] == '-' && chars.get(i + 1).is_some_and(|c| !c.is_whitespace() && *c != '-') {
            negate = true;
            i += 1;
        }
        let mut word = String::new();
        let mut prefix = false;
        if chars[i] == '"' {
            i += 1;
            while i < chars.len() && chars[i] != '"' {
                word.push(chars[i]);
                i += 1;
            }
            i += 1; // the closing quote, if any
            if chars.get(i) == Some(&'*') {
                prefix = true;
                while chars.get(i) == Some(&'*') {
                    i += 1;
                }
            }
        } else {
            while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '"' {
                word.push(chars[i]);
                i += 1;
            }
            let trimmed = word.trim_end_matches('*');
            if trimmed.len() < word.len() {
                prefix = true;
                word.truncate(trimmed.len());
            }
        }
        // Words that FTS5 would tokenise to nothing ("-", "…", emoji) are dropped: an empty
        // phrase would match nothing and empty every result.
        if !word.chars().any(char::is_alphanumeric) {
            continue;
        }
        if prefix && word.chars().filter(|c| c.is_alphanumeric()).count() < MIN_PREFIX {
            prefix = false;
        }
        // A prefix applies to the last token only: "U.S*" is fine, "U.S. *" is not a prefix.
        if prefix && !word.chars().last().is_some_and(char::is_alphanumeric) {
            prefix = false;
        }
        let list = if negate { &mut out.exclude } else { &mut out.include };
        let term = Term { text: word, prefix };
        if list.len() < MAX_TERMS && !list.contains(&term) {
            list.push(term);
        }
    }
    out
}

/// Spellings to try for a case-insensitive match: SQLite's NOCASE folds ASCII only, so a
/// non-ASCII name is also tried lower-cased and capitalised word by word ("élysée palace" finds
/// "Élysée Palace").
pub(crate) fn case_variants(s: &str) -> [String; 3] {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = s.to_lowercase();
    let title = lower
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f.to_uppercase().chain(cs).collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ");
    [s, lower, title]
}

/// Split `snippet()` output at the markers.
fn fragments(bytes: &[u8]) -> Vec<Fragment> {
    let mut out: Vec<Fragment> = Vec::new();
    let mut mark = false;
    let mut start = 0;
    let push = |piece: &[u8], mark: bool, out: &mut Vec<Fragment>| {
        if piece.is_empty() {
            return;
        }
        let text = String::from_utf8_lossy(piece);
        match out.last_mut() {
            Some(last) if last.mark == mark => last.text.push_str(&text),
            _ => out.push(Fragment { text: text.into_owned(), mark }),
        }
    };
    for (i, &b) in bytes.iter().enumerate() {
        if b == OPEN || b == CLOSE {
            push(&bytes[start..i], mark, &mut out);
            mark = b == OPEN;
            start = i + 1;
        }
    }
    push(&bytes[start..], mark, &mut out);
    out
}

/// The first words of a body, as a snippet without marks.
fn lead(body: &str) -> Vec<Fragment> {
    let mut words = body.split_whitespace();
    let mut text = words.by_ref().take(LEAD_WORDS).collect::<Vec<_>>().join(" ");
    if words.next().is_some() {
        text.push('…');
    }
    if text.is_empty() {
        Vec::new()
    } else {
        vec![Fragment { text, mark: false }]
    }
}

/// Spellings of `name` that SQLite's NOCASE (ASCII-only folding) does not already treat as one
/// (see [`case_variants`]).
pub(crate) fn spellings(name: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in case_variants(name) {
        if !v.is_empty() && !out.iter().any(|o| o.eq_ignore_ascii_case(&v)) {
            out.push(v);
        }
    }
    out
}

/// The filters as one set of `(id, published)` rows, read from indexes alone (never from the
/// large article rows); `None` when there is no filter.
fn filter_set(q: &SearchQuery, params: &mut Vec<Value>) -> Option<String> {
    let mut param = |v: Value| {
        params.push(v);
        format!("?{}", params.len())
    };
    let mut dates = String::new();
    if let Some(from) = q.from {
        dates.push_str(&format!(" AND published >= {}", param(Value::Integer(from))));
    }
    if let Some(to) = q.to {
        dates.push_str(&format!(" AND published < {}", param(Value::Integer(to))));
    }
    let mut one_of = |s: &str| spellings(s).into_iter().map(|v| param(Value::Text(v))).collect::<Vec<_>>().join(", ");
    let mut sets = Vec::new();
    if let Some(source) = q.source {
        let list = one_of(source);
        sets.push(format!("SELECT id, published FROM article WHERE source COLLATE NOCASE IN ({list}){dates}"));
    }
    if let Some(entity) = q.entity {
        let list = one_of(entity);
        sets.push(format!(
            "SELECT article_id AS id, published FROM entity WHERE name COLLATE NOCASE IN ({list}){dates}"
        ));
    }
    if sets.is_empty() && !dates.is_empty() {
        sets.push(format!("SELECT id, published FROM article WHERE 1{dates}"));
    }
    (!sets.is_empty()).then(|| sets.join(" INTERSECT "))
}

impl Reader<'_> {
    /// Search articles: by relevance (bm25, headline matches weigh more; ties newest first) when
    /// there is text, newest first when there are only filters.
    ///
    /// Relevance ranks the [`RANK_WINDOW`] most recently stored matches; when a query matches
    /// more (a very common word), the older ones follow them, newest first. `total` counts all.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let parsed = parse_query(q.text);
        let has_filter = q.source.is_some() || q.entity.is_some() || q.from.is_some() || q.to.is_some();
        let limit = q.limit.clamp(1, MAX_PAGE);
        let offset = q.offset.min(MAX_OFFSET);
        match parsed.match_expr() {
            Some(expr) => {
                let prefix = parsed.include.iter().chain(&parsed.exclude).any(|t| t.prefix);
                self.search_text(q, &expr, prefix, limit, offset)
            }
            None if has_filter => self.search_filtered(q, parsed.exclude_expr(), limit, offset),
            None => Ok(SearchResults::default()),
        }
    }

    fn search_text(
        &self,
        q: &SearchQuery,
        expr: &str,
        prefix: bool,
        limit: usize,
        offset: usize,
    ) -> Result<SearchResults> {
        const CTX: &str = "searching articles";
        let mut params = vec![Value::Text(expr.to_string())];
        // Applied to each row FTS5 yields (the `+` keeps SQLite from turning the set into one
        // FTS5 query per id).
        let filters = match filter_set(q, &mut params) {
            Some(set) => format!(" AND +rowid IN (SELECT id FROM ({set}))"),
            None => String::new(),
        };
        // Candidates: the most recent matches, scored (bm25 costs microseconds per row).
        let window = format!(
            "SELECT rowid, bm25(article_fts, {HEADLINE_WEIGHT:.1}, 1.0) FROM article_fts
             WHERE article_fts MATCH ?1{filters} ORDER BY rowid DESC LIMIT {RANK_WINDOW}"
        );
        let mut stmt = self.conn.prepare_cached(&window).ctx(CTX)?;
        let rows = stmt.query_map(params_from_iter(params.iter()), |r| Ok((r.get::<_, i64>(0)?, r.get::<_, f64>(1)?)));
        let mut ranked: Vec<(i64, f64)> = rows.ctx(CTX)?.collect::<rusqlite::Result<_>>().ctx(CTX)?;
        // A window not full holds every match; a full one needs counting (FTS5 alone, cheap).
        let total = if ranked.len() < RANK_WINDOW {
            ranked.len()
        } else {
            let count_sql = format!("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1{filters}");
            let total: i64 = self
                .conn
                .prepare_cached(&count_sql)
                .ctx(CTX)?
                .query_row(params_from_iter(params.iter()), |r| r.get(0))
                .ctx(CTX)?;
            usize::try_from(total).unwrap_or(0).max(ranked.len())
        };
        if offset >= total {
            return Ok(SearchResults { total, hits: Vec::new() });
        }
        let oldest = ranked.last().map(|c| c.0);
        ranked.sort_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        self.order_ties(&mut ranked, offset, limit)?;

        let mut page: Vec<i64> = ranked.iter().skip(offset).take(limit).map(|c| c.0).collect();
        if page.len() < limit && ranked.len() < total {
            // Past the ranked window: older matches, newest first.
            let skip = offset.saturating_sub(ranked.len());
            let n = params.len();
            let tail = format!(
                "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1{filters} AND rowid < ?{}
                 ORDER BY rowid DESC LIMIT ?{} OFFSET ?{}",
                n + 1,
                n + 2,
                n + 3
            );
            let mut tail_params = params.clone();
            tail_params.push(Value::Integer(oldest.unwrap_or(i64::MAX)));
            tail_params.push(Value::Integer((limit - page.len()) as i64));
            tail_params.push(Value::Integer(skip as i64));
            let mut stmt = self.conn.prepare_cached(&tail).ctx(CTX)?;
            let rows = stmt.query_map(params_from_iter(tail_params.iter()), |r| r.get::<_, i64>(0)).ctx(CTX)?;
            for id in rows {
                page.push(id.ctx(CTX)?);
            }
        }
        let hits = self.hits_with_snippets(expr, prefix, &page)?;
        Ok(SearchResults { total, hits })
    }

    /// Among candidates sorted by score, put those with exactly the same score (copies of one
    /// text, typically) in publication order, newest first, where that changes the page.
    fn order_ties(&self, ranked: &mut [(i64, f64)], offset: usize, limit: usize) -> Result<()> {
        let end = (offset + limit).min(ranked.len());
        if offset >= end {
            return Ok(());
        }
        let mut stmt = self.conn.prepare_cached("SELECT published FROM article WHERE id = ?1").ctx("ordering ties")?;
        let mut start = offset;
        // Back up to the start of the tie group the page begins in.
        while start > 0 && ranked[start - 1].1 == ranked[offset].1 {
            start -= 1;
        }
        while start < end {
            let score = ranked[start].1;
            let mut stop = start + 1;
            while stop < ranked.len() && ranked[stop].1 == score {
                stop += 1;
            }
            if stop - start > 1 {
                let mut group = Vec::with_capacity(stop - start);
                for &(id, s) in &ranked[start..stop] {
                    let published: Option<i64> =
                        stmt.query_row([id], |r| r.get(0)).optional().ctx("ordering ties")?.flatten();
                    group.push((published, id, s));
                }
                // Newest first, undated last, then the later stored first.
                group.sort_by(|a, b| b.0.cmp(&a.0).then(b.1.cmp(&a.1)));
                for (slot, (_, id, s)) in ranked[start..stop].iter_mut().zip(group) {
                    *slot = (id, s);
                }
            }
            start = stop;
        }
        Ok(())
    }

    /// The page's articles with a snippet each, in the order of `ids`.
    ///
    /// One FTS5 query per article, except for prefix queries: FTS5 merges the posting lists of
    /// every word with the prefix for each query, so there one query over the page's id range
    /// makes all the snippets.
    fn hits_with_snippets(&self, expr: &str, prefix: bool, ids: &[i64]) -> Result<Vec<SearchHit>> {
        const CTX: &str = "reading search hits";
        let snippet_sql = "snippet(article_fts, 1, CAST(X'FF' AS TEXT), CAST(X'FE' AS TEXT), '…', ?2)";
        let mut snippets: HashMap<i64, Vec<Fragment>> = HashMap::with_capacity(ids.len());
        if prefix && ids.len() > 1 {
            let (lo, hi) = (ids.iter().min().copied().unwrap_or(0), ids.iter().max().copied().unwrap_or(0));
            let list = ids.iter().map(i64::to_string).collect::<Vec<_>>().join(", ");
            let sql = format!(
                "SELECT rowid, {snippet_sql} FROM article_fts
                 WHERE article_fts MATCH ?1 AND rowid BETWEEN ?3 AND ?4 AND +rowid IN ({list})"
            );
            let mut stmt = self.conn.prepare(&sql).ctx(CTX)?;
            let mut rows = stmt.query(rusqlite::params![expr, SNIPPET_TOKENS as i64, lo, hi]).ctx(CTX)?;
            while let Some(r) = rows.next().ctx(CTX)? {
                let id: i64 = r.get(0).ctx(CTX)?;
                snippets.insert(id, fragments(r.get_ref(1).ctx(CTX)?.as_bytes().unwrap_or_default()));
            }
        } else {
            let sql = format!("SELECT {snippet_sql} FROM article_fts WHERE article_fts MATCH ?1 AND rowid = ?3");
            let mut stmt = self.conn.prepare_cached(&sql).ctx(CTX)?;
            for &id in ids {
                let snippet = stmt
                    .query_row(rusqlite::params![expr, SNIPPET_TOKENS as i64, id], |r| {
                        Ok(fragments(r.get_ref(0)?.as_bytes().unwrap_or_default()))
                    })
                    .optional()
                    .ctx(CTX)?;
                snippets.extend(snippet.map(|s| (id, s)));
            }
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT story_id, headline, source, published FROM article WHERE id = ?1")
            .ctx(CTX)?;
        let mut hits = Vec::with_capacity(ids.len());
        for &id in ids {
            let hit = stmt
                .query_row([id], |r| {
                    Ok(SearchHit {
                        article_id: id,
                        story_id: r.get(0)?,
                        headline: r.get(1)?,
                        source: r.get(2)?,
                        published: r.get(3)?,
                        snippet: snippets.remove(&id).unwrap_or_default(),
                    })
                })
                .optional()
                .ctx(CTX)?;
            hits.extend(hit);
        }
        Ok(hits)
    }

    fn search_filtered(
        &self,
        q: &SearchQuery,
        exclude: Option<String>,
        limit: usize,
        offset: usize,
    ) -> Result<SearchResults> {
        const CTX: &str = "listing articles";
        let mut params = Vec::new();
        let Some(set) = filter_set(q, &mut params) else { return Ok(SearchResults::default()) };
        let mut sql = format!("SELECT DISTINCT id, published FROM ({set})");
        if let Some(expr) = exclude {
            params.push(Value::Text(expr));
            sql.push_str(&format!(
                " WHERE id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?{})",
                params.len()
            ));
        }
        sql.push_str(" ORDER BY published DESC, id DESC");
        // The set is read whole from indexes (a few bytes per article): count it, keep the page.
        let mut stmt = self.conn.prepare_cached(&sql).ctx(CTX)?;
        let mut rows = stmt.query(params_from_iter(params.iter())).ctx(CTX)?;
        let mut total = 0;
        let mut page = Vec::with_capacity(limit);
        while let Some(row) = rows.next().ctx(CTX)? {
            if total >= offset && page.len() < limit {
                page.push(row.get::<_, i64>(0).ctx(CTX)?);
            }
            total += 1;
        }
        drop(rows);
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT a.id, a.story_id, a.headline, a.source, a.published, substr(a.body, 1, 1000)
                 FROM article a WHERE a.id = ?1",
            )
            .ctx(CTX)?;
        let mut hits = Vec::with_capacity(page.len());
        for id in page {
            let hit = stmt
                .query_row([id], |r| {
                    let body: String = r.get(5)?;
                    Ok(SearchHit {
                        article_id: r.get(0)?,
                        story_id: r.get(1)?,
                        headline: r.get(2)?,
                        source: r.get(3)?,
                        published: r.get(4)?,
                        snippet: lead(&body),
                    })
                })
                .optional()
                .ctx(CTX)?;
            hits.extend(hit);
        }
        Ok(SearchResults { total, hits })
    }
}

#[cfg(test)]
mod tests;
