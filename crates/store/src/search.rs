//! Full-text search over stored articles (FTS5 index `article_fts`, migration 3), with filters
//! on outlet, entity and publication date.
//!
//! User text never reaches FTS5 as syntax: [`parse_query`] turns it into plain words, quoted
//! phrases, trailing-`*` prefixes and `-word` exclusions, and writes each as an FTS5 string, so
//! `NEAR`, `OR`, `col:`, brackets and stray quotes are just text.

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
/// A prefix (`word*`) needs this many characters; shorter ones are searched as whole words (a
/// one-letter prefix would merge the posting lists of a large part of the vocabulary).
const MIN_PREFIX: usize = 3;
/// How far a prefix may run past the stem of the words it should find (see [`Term::fts`]).
const PREFIX_SLACK: usize = 5;
/// Tokens of body text in a snippet.
const SNIPPET_TOKENS: usize = 24;
/// Words of body shown when there is no text to match.
const LEAD_WORDS: usize = 30;
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
    /// up to [`PREFIX_SLACK`] characters (down to 4): ("presiden" * OR "preside" OR "presid"
    /// OR …).
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

/// SQL conditions on `a` (article) for the filters, appending their parameters.
fn filter_sql(q: &SearchQuery, params: &mut Vec<Value>) -> String {
    let mut sql = String::new();
    let param = |v: Value, params: &mut Vec<Value>| {
        params.push(v);
        format!("?{}", params.len())
    };
    if let Some(source) = q.source {
        let [a, b, c] = case_variants(source).map(Value::Text);
        let (a, b, c) = (param(a, params), param(b, params), param(c, params));
        sql.push_str(&format!(" AND a.source COLLATE NOCASE IN ({a}, {b}, {c})"));
    }
    if let Some(entity) = q.entity {
        let [a, b, c] = case_variants(entity).map(Value::Text);
        let (a, b, c) = (param(a, params), param(b, params), param(c, params));
        sql.push_str(&format!(
            " AND a.id IN (SELECT article_id FROM entity WHERE name COLLATE NOCASE IN ({a}, {b}, {c}))"
        ));
    }
    if let Some(from) = q.from {
        let p = param(Value::Integer(from), params);
        sql.push_str(&format!(" AND a.published >= {p}"));
    }
    if let Some(to) = q.to {
        let p = param(Value::Integer(to), params);
        sql.push_str(&format!(" AND a.published < {p}"));
    }
    sql
}

impl Reader<'_> {
    /// Search articles: by relevance (bm25, headline matches weigh more; ties newest first) when
    /// there is text, newest first when there are only filters.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let parsed = parse_query(q.text);
        let has_filter = q.source.is_some() || q.entity.is_some() || q.from.is_some() || q.to.is_some();
        let limit = q.limit.clamp(1, MAX_PAGE);
        let offset = q.offset.min(MAX_OFFSET);
        match parsed.match_expr() {
            Some(expr) => self.search_text(q, &expr, limit, offset),
            None if has_filter => self.search_filtered(q, parsed.exclude_expr(), limit, offset),
            None => Ok(SearchResults::default()),
        }
    }

    fn search_text(&self, q: &SearchQuery, expr: &str, limit: usize, offset: usize) -> Result<SearchResults> {
        const CTX: &str = "searching articles";
        let mut params = vec![Value::Text(expr.to_string())];
        let filters = filter_sql(q, &mut params);
        // All matches are ranked anyway (bm25 needs each), so counting them while walking the
        // ranked list costs nothing more; snippets are made for the page only.
        let sql = format!(
            "SELECT a.id FROM article_fts f JOIN article a ON a.id = f.rowid
             WHERE article_fts MATCH ?1{filters}
             ORDER BY bm25(article_fts, {HEADLINE_WEIGHT:.1}, 1.0), a.published DESC, a.id DESC"
        );
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
        let mut hit_stmt = self
            .conn
            .prepare_cached(
                "SELECT a.story_id, a.headline, a.source, a.published,
                        snippet(article_fts, 1, CAST(X'FF' AS TEXT), CAST(X'FE' AS TEXT), '…', ?3)
                 FROM article_fts JOIN article a ON a.id = article_fts.rowid
                 WHERE article_fts MATCH ?1 AND article_fts.rowid = ?2",
            )
            .ctx(CTX)?;
        let mut hits = Vec::with_capacity(page.len());
        for id in page {
            let hit = hit_stmt
                .query_row(rusqlite::params![expr, id, SNIPPET_TOKENS as i64], |r| {
                    Ok(SearchHit {
                        article_id: id,
                        story_id: r.get(0)?,
                        headline: r.get(1)?,
                        source: r.get(2)?,
                        published: r.get(3)?,
                        snippet: fragments(r.get_ref(4)?.as_bytes().unwrap_or_default()),
                    })
                })
                .optional()
                .ctx(CTX)?;
            hits.extend(hit);
        }
        Ok(SearchResults { total, hits })
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
        let mut filters = filter_sql(q, &mut params);
        if let Some(expr) = exclude {
            params.push(Value::Text(expr));
            filters.push_str(&format!(
                " AND a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?{})",
                params.len()
            ));
        }
        let count_sql = format!("SELECT count(*) FROM article a WHERE 1{filters}");
        let total: i64 = self
            .conn
            .prepare_cached(&count_sql)
            .ctx(CTX)?
            .query_row(params_from_iter(params.iter()), |r| r.get(0))
            .ctx(CTX)?;
        let n = params.len();
        params.push(Value::Integer(limit as i64));
        params.push(Value::Integer(offset as i64));
        let sql = format!(
            "SELECT a.id, a.story_id, a.headline, a.source, a.published, substr(a.body, 1, 1000)
             FROM article a WHERE 1{filters}
             ORDER BY a.published DESC, a.id DESC LIMIT ?{} OFFSET ?{}",
            n + 1,
            n + 2
        );
        let mut stmt = self.conn.prepare_cached(&sql).ctx(CTX)?;
        let rows = stmt
            .query_map(params_from_iter(params.iter()), |r| {
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
            .ctx(CTX)?;
        let hits = rows.collect::<rusqlite::Result<Vec<_>>>().ctx(CTX)?;
        Ok(SearchResults { total: usize::try_from(total).unwrap_or(0), hits })
    }
}

#[cfg(test)]
mod tests;
