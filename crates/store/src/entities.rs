//! Reads about one entity across the store: its summary, the stories that mention it and the
//! quotes it said. Names match case-insensitively (see [`crate::search`]'s `case_variants`).

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::search::case_variants;
use crate::{Context, Reader, Result, StoredQuote, StorySummary};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntitySummary {
    /// The spelling and kind found most often.
    pub name: String,
    /// "person" | "org" | "place" | "group"
    pub kind: String,
    /// Articles in which analysis found it.
    pub article_count: i64,
    /// Stories those articles belong to.
    pub story_count: i64,
    pub first_published: Option<i64>,
    pub last_published: Option<i64>,
}

/// Matches `e.name` against the three case variants in ?1..?3.
const NAME_IS: &str = "e.name COLLATE NOCASE IN (?1, ?2, ?3)";

fn story_summary(r: &Row) -> rusqlite::Result<StorySummary> {
    Ok(StorySummary {
        id: r.get(0)?,
        topic_id: r.get(1)?,
        headline: r.get(2)?,
        article_count: r.get(3)?,
        first_published: r.get(4)?,
        last_published: r.get(5)?,
    })
}

fn from_json<T: serde::de::DeserializeOwned>(r: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = r.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

/// A quote's text reduced for spotting the same quote carried by several outlets.
fn quote_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Reader<'_> {
    /// The entity called `name` (case-insensitive), or `None` when no article mentions it.
    pub fn entity(&self, name: &str) -> Result<Option<EntitySummary>> {
        const CTX: &str = "reading an entity";
        let [v1, v2, v3] = case_variants(name);
        let sql = format!(
            "SELECT e.name, e.kind FROM entity e WHERE {NAME_IS}
             GROUP BY e.name, e.kind ORDER BY count(*) DESC, e.name LIMIT 1"
        );
        let named: Option<(String, String)> = self
            .conn
            .prepare_cached(&sql)
            .ctx(CTX)?
            .query_row(params![v1, v2, v3], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .ctx(CTX)?;
        let Some((name, kind)) = named else { return Ok(None) };
        let sql = format!(
            "SELECT count(DISTINCT a.id), count(DISTINCT a.story_id), min(a.published), max(a.published)
             FROM entity e JOIN article a ON a.id = e.article_id WHERE {NAME_IS}"
        );
        let summary = self
            .conn
            .prepare_cached(&sql)
            .ctx(CTX)?
            .query_row(params![v1, v2, v3], |r| {
                Ok(EntitySummary {
                    name,
                    kind,
                    article_count: r.get(0)?,
                    story_count: r.get(1)?,
                    first_published: r.get(2)?,
                    last_published: r.get(3)?,
                })
            })
            .ctx(CTX)?;
        Ok(Some(summary))
    }

    /// Stories with an article that mentions the entity, most recently active first.
    pub fn entity_stories(&self, name: &str, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
        const CTX: &str = "listing an entity's stories";
        let [v1, v2, v3] = case_variants(name);
        let sql = format!(
            "SELECT s.id, s.topic_id, s.headline, s.article_count, s.first_published, s.last_published
             FROM story s WHERE s.id IN (
                SELECT a.story_id FROM entity e JOIN article a ON a.id = e.article_id WHERE {NAME_IS})
             ORDER BY s.last_published IS NULL, s.last_published DESC, s.id DESC LIMIT ?4 OFFSET ?5"
        );
        let mut stmt = self.conn.prepare_cached(&sql).ctx(CTX)?;
        let rows = stmt.query_map(params![v1, v2, v3, clamp(limit), clamp(offset)], story_summary).ctx(CTX)?;
        rows.collect::<rusqlite::Result<_>>().ctx(CTX)
    }

    /// Quotes the entity said, newest first: those whose speaker is its name or one of the ways
    /// the same article refers to it ("Zelensky" for "Volodymyr Zelensky"). The same words
    /// carried by several outlets are listed once (the newest).
    pub fn entity_quotes(&self, name: &str, limit: usize) -> Result<Vec<StoredQuote>> {
        const CTX: &str = "listing an entity's quotes";
        let [v1, v2, v3] = case_variants(name);
        let sql = format!(
            "SELECT q.article_id, a.source, a.published, q.data, q.text
             FROM quote q JOIN article a ON a.id = q.article_id
             WHERE q.rowid IN (
                SELECT q2.rowid FROM entity e JOIN quote q2 ON q2.article_id = e.article_id
                WHERE {NAME_IS} AND q2.speaker IS NOT NULL
                  AND (q2.speaker = e.name COLLATE NOCASE
                       OR EXISTS (SELECT 1 FROM json_each(e.mentions) m
                                  WHERE m.value = q2.speaker COLLATE NOCASE)))
             ORDER BY a.published IS NULL, a.published DESC, a.id DESC, q.rowid"
        );
        let mut stmt = self.conn.prepare_cached(&sql).ctx(CTX)?;
        let mut rows = stmt.query(params![v1, v2, v3]).ctx(CTX)?;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        while out.len() < limit {
            let Some(r) = rows.next().ctx(CTX)? else { break };
            let text: String = r.get(4).ctx(CTX)?;
            if !seen.insert(quote_key(&text)) {
                continue;
            }
            out.push(StoredQuote {
                article_id: r.get(0).ctx(CTX)?,
                source: r.get(1).ctx(CTX)?,
                published: r.get(2).ctx(CTX)?,
                quote: from_json(r, 3).ctx(CTX)?,
            });
        }
        Ok(out)
    }

    /// The entities found in the most articles, most first.
    pub fn top_entities(&self, limit: usize) -> Result<Vec<EntitySummary>> {
        const CTX: &str = "listing top entities";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name FROM entity GROUP BY name COLLATE NOCASE
                 ORDER BY count(DISTINCT article_id) DESC, name COLLATE NOCASE LIMIT ?1",
            )
            .ctx(CTX)?;
        let names = stmt.query_map([clamp(limit)], |r| r.get::<_, String>(0)).ctx(CTX)?;
        let names = names.collect::<rusqlite::Result<Vec<_>>>().ctx(CTX)?;
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            out.extend(self.entity(&name)?);
        }
        // Ties broken as the grouping did; a non-ASCII name matched in several spellings may
        // have gained articles, so order again.
        out.sort_by_key(|e| std::cmp::Reverse(e.article_count));
        Ok(out)
    }
}

fn clamp(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests;
