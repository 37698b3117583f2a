//! Reads about one entity across the store: its summary, the stories that mention it and the
//! quotes it said. Names match case-insensitively (see [`crate::search`]'s `case_variants`).

use std::collections::HashSet;

use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::read::story_summary;
use crate::search::{case_variants, spellings};
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

/// Quotes examined at most by [`Reader::entity_quotes`] before it gives up filling the list.
const MAX_QUOTE_SCAN: usize = 5_000;
/// Speaker forms of one entity looked up at most.
const MAX_FORMS: usize = 32;

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> rusqlite::Result<T> {
    serde_json::from_str(text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(3, rusqlite::types::Type::Text, Box::new(e)))
}

/// A quote's text reduced for spotting the same quote carried by several outlets.
fn quote_key(text: &str) -> String {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" ").to_lowercase()
}

/// `(published, id)` ordering key of walked rows: newest first, undated last.
type Key = (Option<i64>, i64);

/// Walk several cursors, each sorted newest first by its first two columns (published, id),
/// as one list in that order (the k-way merge of one index range per spelling). `read` turns a
/// row into a value; `f` takes the values in order and says whether to go on.
fn merge_walk<T>(
    stmts: &mut [rusqlite::Statement<'_>],
    args: &[String],
    read: impl Fn(&Row) -> rusqlite::Result<T>,
    mut f: impl FnMut(T) -> rusqlite::Result<bool>,
) -> rusqlite::Result<()> {
    let mut cursors = Vec::with_capacity(stmts.len());
    for (stmt, arg) in stmts.iter_mut().zip(args) {
        cursors.push(stmt.query([arg])?);
    }
    let pull = |c: &mut rusqlite::Rows<'_>| -> rusqlite::Result<Option<(Key, T)>> {
        match c.next()? {
            Some(r) => Ok(Some(((r.get(0)?, r.get(1)?), read(r)?))),
            None => Ok(None),
        }
    };
    let mut heads = Vec::with_capacity(cursors.len());
    for c in cursors.iter_mut() {
        heads.push(pull(c)?);
    }
    loop {
        // Newest first: larger published first, NULL last; then larger id first.
        let mut best: Option<(usize, Key)> = None;
        for (i, h) in heads.iter().enumerate() {
            let Some((k, _)) = h else { continue };
            let better = match best {
                None => true,
                Some((_, bk)) => match (k.0, bk.0) {
                    (Some(a), Some(b)) => (a, k.1) > (b, bk.1),
                    (Some(_), None) => true,
                    (None, Some(_)) => false,
                    (None, None) => k.1 > bk.1,
                },
            };
            if better {
                best = Some((i, *k));
            }
        }
        let Some((i, _)) = best else { return Ok(()) };
        let next = pull(&mut cursors[i])?;
        let Some((_, value)) = std::mem::replace(&mut heads[i], next) else { return Ok(()) };
        if !f(value)? {
            return Ok(());
        }
    }
}

impl Reader<'_> {
    /// The entity called `name` (case-insensitive), or `None` when no article mentions it.
    /// Its name and kind are those it was first stored with.
    pub fn entity(&self, name: &str) -> Result<Option<EntitySummary>> {
        const CTX: &str = "reading an entity";
        let [v1, v2, v3] = case_variants(name);
        let named: Option<(String, String)> = self
            .conn
            .prepare_cached(
                "SELECT name, kind FROM entity_stat WHERE name COLLATE NOCASE IN (?1, ?2, ?3) ORDER BY n DESC LIMIT 1",
            )
            .ctx(CTX)?
            .query_row(params![v1, v2, v3], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .ctx(CTX)?;
        let Some((name, kind)) = named else { return Ok(None) };
        // Each figure from its own index range: counting along (name, article_id) and
        // (name, story_id) needs no sort, and min/max are one seek each.
        let names = spellings(&name);
        let list = (1..=names.len()).map(|i| format!("?{i}")).collect::<Vec<_>>().join(", ");
        let one = |sql: &str| -> Result<Option<i64>> {
            let sql = sql.replace("{list}", &list);
            self.conn
                .prepare_cached(&sql)
                .ctx(CTX)?
                .query_row(rusqlite::params_from_iter(names.iter()), |r| r.get(0))
                .ctx(CTX)
        };
        let summary = EntitySummary {
            article_count: one("SELECT count(DISTINCT article_id) FROM entity INDEXED BY entity_name_article
                 WHERE name COLLATE NOCASE IN ({list})")?
            .unwrap_or(0),
            story_count: one("SELECT count(DISTINCT story_id) FROM entity INDEXED BY entity_name_story
                 WHERE name COLLATE NOCASE IN ({list})")?
            .unwrap_or(0),
            first_published: one("SELECT min(published) FROM entity WHERE name COLLATE NOCASE IN ({list})")?,
            last_published: one("SELECT max(published) FROM entity WHERE name COLLATE NOCASE IN ({list})")?,
            name,
            kind,
        };
        Ok((summary.article_count > 0).then_some(summary))
    }

    /// Articles mentioning the entity per calendar month (UTC, `YYYY-MM`), oldest first: the
    /// entity page's "over time" chart. Undated articles are left out.
    pub fn entity_articles_per_month(&self, name: &str) -> Result<Vec<(String, i64)>> {
        const CTX: &str = "counting an entity's articles per month";
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT strftime('%Y-%m', published, 'unixepoch') AS month, count(DISTINCT article_id)
                 FROM entity WHERE name = ?1 COLLATE NOCASE AND published IS NOT NULL
                 GROUP BY month ORDER BY month",
            )
            .ctx(CTX)?;
        let mut months: std::collections::BTreeMap<String, i64> = std::collections::BTreeMap::new();
        for spelling in spellings(name) {
            let rows = stmt.query_map([spelling], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).ctx(CTX)?;
            for row in rows {
                let (month, n) = row.ctx(CTX)?;
                *months.entry(month).or_default() += n;
            }
        }
        Ok(months.into_iter().collect())
    }

    /// Stories with an article that mentions the entity, most recently active first (as
    /// [`Reader::topic_stories_page`] orders them).
    pub fn entity_stories(&self, name: &str, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
        const CTX: &str = "listing an entity's stories";
        let mut ids = HashSet::new();
        {
            let mut stmt = self
                .conn
                .prepare_cached(
                    "SELECT DISTINCT story_id FROM entity WHERE name = ?1 COLLATE NOCASE AND story_id IS NOT NULL",
                )
                .ctx(CTX)?;
            for name in spellings(name) {
                let rows = stmt.query_map([name], |r| r.get::<_, i64>(0)).ctx(CTX)?;
                for id in rows {
                    ids.insert(id.ctx(CTX)?);
                }
            }
        }
        if ids.is_empty() || limit == 0 || offset >= ids.len() {
            return Ok(Vec::new());
        }
        let mut by_id = self
            .conn
            .prepare_cached(
                "SELECT id, topic_id, headline, article_count, first_published, last_published FROM story WHERE id = ?1",
            )
            .ctx(CTX)?;
        let stories: i64 = self.conn.query_row("SELECT count(*) FROM story", [], |r| r.get(0)).ctx(CTX)?;
        let mut out = Vec::with_capacity(limit.min(ids.len()));
        if (ids.len() as i64).saturating_mul(8) >= stories {
            // Many of all stories: walk the stories newest first until the page is full.
            let mut walk = self
                .conn
                .prepare_cached("SELECT id FROM story INDEXED BY story_recent ORDER BY last_published DESC, id DESC")
                .ctx(CTX)?;
            let mut rows = walk.query([]).ctx(CTX)?;
            let mut skipped = 0;
            while let Some(r) = rows.next().ctx(CTX)? {
                let id: i64 = r.get(0).ctx(CTX)?;
                if !ids.contains(&id) {
                    continue;
                }
                if skipped < offset {
                    skipped += 1;
                    continue;
                }
                out.extend(by_id.query_row([id], story_summary).optional().ctx(CTX)?);
                if out.len() >= limit {
                    break;
                }
            }
        } else {
            let mut all = Vec::with_capacity(ids.len());
            for id in ids {
                all.extend(by_id.query_row([id], story_summary).optional().ctx(CTX)?);
            }
            // Newest first, undated last (as SQLite orders NULL in DESC), then higher id first.
            all.sort_by(|a, b| b.last_published.cmp(&a.last_published).then(b.id.cmp(&a.id)));
            out.extend(all.into_iter().skip(offset).take(limit));
        }
        Ok(out)
    }

    /// Quotes the entity said, newest first: those whose speaker is its name or one of the ways
    /// the same article refers to it ("Zelensky" for "Volodymyr Zelensky"). The same words
    /// carried by several outlets are listed once (the newest).
    pub fn entity_quotes(&self, name: &str, limit: usize) -> Result<Vec<StoredQuote>> {
        const CTX: &str = "listing an entity's quotes";
        if limit == 0 {
            return Ok(Vec::new());
        }
        let [v1, v2, v3] = case_variants(name);
        // Every way an article referred to it: the candidates for the speaker.
        let mut forms = spellings(name);
        {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT form FROM entity_form WHERE name COLLATE NOCASE IN (?1, ?2, ?3)")
                .ctx(CTX)?;
            let rows = stmt.query_map(params![v1, v2, v3], |r| r.get::<_, String>(0)).ctx(CTX)?;
            for form in rows {
                let form = form.ctx(CTX)?;
                if forms.len() < MAX_FORMS && !forms.iter().any(|f| f.eq_ignore_ascii_case(&form)) {
                    forms.push(form);
                }
            }
        }
        let mut stmts = Vec::with_capacity(forms.len());
        for _ in &forms {
            stmts.push(
                self.conn
                    .prepare(
                        "SELECT published, article_id, speaker, text, data FROM quote
                         WHERE speaker = ?1 COLLATE NOCASE ORDER BY published DESC, article_id DESC",
                    )
                    .ctx(CTX)?,
            );
        }
        // The quote is the entity's when its article names the entity with that speaker form.
        let mut said = self
            .conn
            .prepare_cached(
                "SELECT 1 FROM entity e WHERE e.article_id = ?1 AND e.name COLLATE NOCASE IN (?2, ?3, ?4)
                   AND (e.name = ?5 COLLATE NOCASE
                        OR EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(e.mentions) THEN e.mentions ELSE '[]' END) m
                                   WHERE m.value = ?5 COLLATE NOCASE))
                 LIMIT 1",
            )
            .ctx(CTX)?;
        let mut source = self.conn.prepare_cached("SELECT source FROM article WHERE id = ?1").ctx(CTX)?;
        let mut seen = HashSet::new();
        let mut out = Vec::new();
        let mut scanned = 0;
        let read = |r: &Row| -> rusqlite::Result<(Option<i64>, i64, String, String, String)> {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        };
        merge_walk(&mut stmts, &forms, read, |(published, article_id, speaker, text, data)| {
            scanned += 1;
            let key = quote_key(&text);
            if !seen.contains(&key) && said.exists(params![article_id, v1, v2, v3, speaker])? {
                out.push(StoredQuote {
                    article_id,
                    source: source.query_row([article_id], |r| r.get(0)).optional()?.flatten(),
                    published,
                    quote: from_json(&data)?,
                });
                seen.insert(key);
            }
            Ok(out.len() < limit && scanned < MAX_QUOTE_SCAN)
        })
        .ctx(CTX)?;
        Ok(out)
    }

    /// The entities found in the most articles, most first.
    pub fn top_entities(&self, limit: usize) -> Result<Vec<EntitySummary>> {
        const CTX: &str = "listing top entities";
        let mut stmt =
            self.conn.prepare_cached("SELECT name FROM entity_stat ORDER BY n DESC, name LIMIT ?1").ctx(CTX)?;
        let names = stmt.query_map([clamp(limit)], |r| r.get::<_, String>(0)).ctx(CTX)?;
        let names = names.collect::<rusqlite::Result<Vec<_>>>().ctx(CTX)?;
        let mut out = Vec::with_capacity(names.len());
        for name in names {
            out.extend(self.entity(&name)?);
        }
        // The counter counts entity rows; order by the distinct articles (ties: as counted).
        out.sort_by_key(|e| std::cmp::Reverse(e.article_count));
        Ok(out)
    }
}

fn clamp(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

#[cfg(test)]
mod tests;
