//! Reads for the views and for rebuilding the story engine.

use chrono::DateTime;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;
use storyline_analysis::{Claim, Entity, Quote};
use storyline_article::Article;

use crate::{Context, Result};

/// Read access to a store.
pub struct Reader<'a> {
    pub(crate) conn: &'a Connection,
}

#[derive(Debug, Clone, Serialize)]
pub struct TopicSummary {
    pub id: i64,
    pub title: String,
    pub story_count: i64,
    pub article_count: i64,
    /// Newest publication time among its articles (Unix seconds).
    pub last_published: Option<i64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StorySummary {
    pub id: i64,
    pub topic_id: Option<i64>,
    pub headline: String,
    pub article_count: i64,
    pub first_published: Option<i64>,
    pub last_published: Option<i64>,
}

/// An article as stored, with where it was placed.
#[derive(Debug, Clone, Serialize)]
pub struct StoredArticle {
    pub key: i64,
    #[serde(flatten)]
    pub article: Article,
    pub language: Option<String>,
    pub origin: String,
    pub page_topic: Option<String>,
    pub story_id: Option<i64>,
    pub similarity: Option<f64>,
    /// Shared terms and entities that put it in its story.
    pub why: Vec<String>,
    /// The article this one copies (wire copy or light rewrite), if any.
    pub copy_of: Option<i64>,
}

/// What a story card shows beyond [`StorySummary`] (see [`Reader::story_card`]).
#[derive(Debug, Clone, Default, Serialize)]
pub struct StoryCardFacts {
    /// Outlets, sorted, each once.
    pub sources: Vec<String>,
    /// Agencies credited ("with inputs from"), sorted, each once.
    pub credits: Vec<String>,
    /// Articles that are not copies of another article of the story.
    pub independent: usize,
    /// Wire copies and light rewrites.
    pub copies: usize,
    /// The first characters of the lead article's body.
    pub lead_opening: String,
}

/// A quote with the article it came from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredQuote {
    pub article_id: i64,
    pub source: Option<String>,
    pub published: Option<i64>,
    #[serde(flatten)]
    pub quote: Quote,
}

/// A claim with the article it came from.
#[derive(Debug, Clone, Serialize)]
pub struct StoredClaim {
    pub article_id: i64,
    pub source: Option<String>,
    pub published: Option<i64>,
    #[serde(flatten)]
    pub claim: Claim,
}

/// Totals for status output.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Counts {
    pub articles: i64,
    pub stories: i64,
    pub topics: i64,
}

const ARTICLE_COLUMNS: &str = "id, ext_id, headline, body, credit, source, url, published_rfc3339, published_text,
     related, byline, language, origin, page_topic, story_id, similarity, why, copy_of";

fn stored_article(r: &Row) -> rusqlite::Result<StoredArticle> {
    let published: Option<String> = r.get(7)?;
    let related: String = r.get(9)?;
    let why: String = r.get(16)?;
    Ok(StoredArticle {
        key: r.get(0)?,
        article: Article {
            id: r.get(1)?,
            headline: r.get(2)?,
            body: r.get(3)?,
            credit: r.get(4)?,
            source: r.get(5)?,
            url: r.get(6)?,
            published: published.and_then(|p| DateTime::parse_from_rfc3339(&p).ok()),
            published_text: r.get(8)?,
            related: serde_json::from_str(&related).unwrap_or_default(),
            byline: r.get(10)?,
        },
        language: r.get(11)?,
        origin: r.get(12)?,
        page_topic: r.get(13)?,
        story_id: r.get(14)?,
        similarity: r.get(15)?,
        why: serde_json::from_str(&why).unwrap_or_default(),
        copy_of: r.get(17)?,
    })
}

/// A topic with its story and article counts; rows read by [`topic_summary`].
const TOPIC_SUMMARY: &str =
    "SELECT t.id, t.title, count(s.id), COALESCE(sum(s.article_count), 0), max(s.last_published)
     FROM topic t JOIN story s ON s.topic_id = t.id";

fn topic_summary(r: &Row) -> rusqlite::Result<TopicSummary> {
    Ok(TopicSummary {
        id: r.get(0)?,
        title: r.get(1)?,
        story_count: r.get(2)?,
        article_count: r.get(3)?,
        last_published: r.get(4)?,
    })
}

pub(crate) fn story_summary(r: &Row) -> rusqlite::Result<StorySummary> {
    Ok(StorySummary {
        id: r.get(0)?,
        topic_id: r.get(1)?,
        headline: r.get(2)?,
        article_count: r.get(3)?,
        first_published: r.get(4)?,
        last_published: r.get(5)?,
    })
}

/// Decode a `data` JSON column; a row this build cannot read is an error, not a silent gap.
fn from_json<T: serde::de::DeserializeOwned>(r: &Row, idx: usize) -> rusqlite::Result<T> {
    let text: String = r.get(idx)?;
    serde_json::from_str(&text)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, Box::new(e)))
}

const STORY_COLUMNS: &str = "id, topic_id, headline, article_count, first_published, last_published";

impl Reader<'_> {
    pub fn counts(&self) -> Result<Counts> {
        let q = |sql: &str| -> Result<i64> { self.conn.query_row(sql, [], |r| r.get(0)).ctx("counting") };
        Ok(Counts {
            articles: q("SELECT count(*) FROM article")?,
            stories: q("SELECT count(*) FROM story")?,
            topics: q("SELECT count(*) FROM topic")?,
        })
    }

    /// All topics, most recently active first.
    pub fn topics(&self) -> Result<Vec<TopicSummary>> {
        self.topics_page(i64::MAX as usize, 0)
    }

    /// One page of [`Reader::topics`].
    pub fn topics_page(&self, limit: usize, offset: usize) -> Result<Vec<TopicSummary>> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "{TOPIC_SUMMARY} GROUP BY t.id
                 ORDER BY max(s.last_published) IS NULL, max(s.last_published) DESC, t.id DESC LIMIT ?1 OFFSET ?2"
            ))
            .ctx("listing topics")?;
        let rows = stmt.query_map([limit as i64, offset as i64], topic_summary).ctx("listing topics")?;
        rows.collect::<rusqlite::Result<_>>().ctx("listing topics")
    }

    pub fn topic(&self, id: i64) -> Result<Option<TopicSummary>> {
        self.conn
            .prepare_cached(&format!("{TOPIC_SUMMARY} WHERE t.id = ?1 GROUP BY t.id"))
            .and_then(|mut stmt| stmt.query_row([id], topic_summary).optional())
            .ctx("reading a topic")
    }

    /// One page of a topic's stories, newest first.
    pub fn topic_stories_page(&self, topic: i64, limit: usize, offset: usize) -> Result<Vec<StorySummary>> {
        let sql = format!(
            "SELECT {STORY_COLUMNS} FROM story WHERE topic_id = ?1
             ORDER BY last_published IS NULL, last_published DESC, id DESC LIMIT ?2 OFFSET ?3"
        );
        let mut stmt = self.conn.prepare_cached(&sql).ctx("listing a topic's stories")?;
        let rows =
            stmt.query_map([topic, limit as i64, offset as i64], story_summary).ctx("listing a topic's stories")?;
        rows.collect::<rusqlite::Result<_>>().ctx("listing a topic's stories")
    }

    /// What a story card shows, without reading every article body: outlets, credits, copy
    /// count and the opening of the lead article (the one carrying the story's headline).
    pub fn story_card(&self, story: &StorySummary, excerpt_chars: usize) -> Result<StoryCardFacts> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT source, credit, copy_of IS NOT NULL, headline = ?2, substr(body, 1, ?3)
                 FROM article WHERE story_id = ?1 ORDER BY published IS NULL, published, id",
            )
            .ctx("reading a story card")?;
        let mut rows =
            stmt.query(params![story.id, story.headline, excerpt_chars as i64]).ctx("reading a story card")?;
        let mut facts = StoryCardFacts::default();
        let mut lead: Option<(bool, String)> = None;
        while let Some(r) = rows.next().ctx("reading a story card")? {
            let source: Option<String> = r.get(0).ctx("reading a story card")?;
            let credit: Option<String> = r.get(1).ctx("reading a story card")?;
            let copy: bool = r.get(2).ctx("reading a story card")?;
            let is_lead: bool = r.get(3).ctx("reading a story card")?;
            facts.sources.extend(source);
            facts.credits.extend(credit);
            if copy {
                facts.copies += 1;
            } else {
                facts.independent += 1;
            }
            if lead.as_ref().is_none_or(|(was_lead, _)| is_lead && !was_lead) {
                lead = Some((is_lead, r.get(4).ctx("reading a story card")?));
            }
        }
        for list in [&mut facts.sources, &mut facts.credits] {
            list.sort();
            list.dedup();
        }
        facts.lead_opening = lead.map(|(_, body)| body).unwrap_or_default();
        Ok(facts)
    }

    /// Articles per day (UTC day start, count) of a story, for its chart; undated ones left out.
    pub fn story_articles_per_day(&self, story: i64) -> Result<Vec<(i64, i64)>> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT published - (published % 86400) AS day, count(*) FROM article
                 WHERE story_id = ?1 AND published IS NOT NULL GROUP BY day ORDER BY day",
            )
            .ctx("counting a story's articles per day")?;
        let rows =
            stmt.query_map([story], |r| Ok((r.get(0)?, r.get(1)?))).ctx("counting a story's articles per day")?;
        rows.collect::<rusqlite::Result<_>>().ctx("counting a story's articles per day")
    }

    /// Most recent stories, newest first; only those in no topic when `unfiled`.
    pub fn recent_stories(&self, limit: usize, unfiled: bool) -> Result<Vec<StorySummary>> {
        let filter = if unfiled { "WHERE topic_id IS NULL" } else { "" };
        let sql = format!(
            "SELECT {STORY_COLUMNS} FROM story {filter}
             ORDER BY last_published IS NULL, last_published DESC, id DESC LIMIT ?1"
        );
        let mut stmt = self.conn.prepare(&sql).ctx("listing stories")?;
        let rows = stmt.query_map([limit as i64], story_summary).ctx("listing stories")?;
        rows.collect::<rusqlite::Result<_>>().ctx("listing stories")
    }

    /// The story `id` is now (following merge redirects), if any.
    pub fn resolve_story(&self, id: i64) -> Result<Option<i64>> {
        let to: Option<i64> = self
            .conn
            .query_row("SELECT to_id FROM story_redirect WHERE from_id = ?1", [id], |r| r.get(0))
            .optional()
            .ctx("following a story redirect")?;
        let id = to.unwrap_or(id);
        let exists: Option<i64> = self
            .conn
            .query_row("SELECT id FROM story WHERE id = ?1", [id], |r| r.get(0))
            .optional()
            .ctx("looking up a story")?;
        Ok(exists)
    }

    pub fn story(&self, id: i64) -> Result<Option<StorySummary>> {
        let sql = format!("SELECT {STORY_COLUMNS} FROM story WHERE id = ?1");
        self.conn.query_row(&sql, [id], story_summary).optional().ctx("reading a story")
    }

    /// A story's articles in publication order (unknown dates last, then arrival order).
    pub fn story_articles(&self, story: i64) -> Result<Vec<StoredArticle>> {
        let sql = format!(
            "SELECT {ARTICLE_COLUMNS} FROM article WHERE story_id = ?1 ORDER BY published IS NULL, published, id"
        );
        let mut stmt = self.conn.prepare(&sql).ctx("reading a story's articles")?;
        let rows = stmt.query_map([story], stored_article).ctx("reading a story's articles")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading a story's articles")
    }

    pub fn article(&self, key: i64) -> Result<Option<StoredArticle>> {
        let sql = format!("SELECT {ARTICLE_COLUMNS} FROM article WHERE id = ?1");
        self.conn.query_row(&sql, [key], stored_article).optional().ctx("reading an article")
    }

    /// Articles stored after `key`, in arrival order, with their story's topic: used to bring
    /// the story engine's snapshot up to date with the database. Streams: one article in
    /// memory at a time, so rebuilding a large store's index needs no copy of the store.
    pub fn articles_after(&self, key: i64, mut f: impl FnMut(&StoredArticle, Option<i64>) -> Result<()>) -> Result<()> {
        let sql = format!(
            "SELECT {}, s.topic_id FROM article a LEFT JOIN story s ON s.id = a.story_id WHERE a.id > ?1 ORDER BY a.id",
            ARTICLE_COLUMNS.split(", ").map(|c| format!("a.{}", c.trim())).collect::<Vec<_>>().join(", ")
        );
        let mut stmt = self.conn.prepare(&sql).ctx("reading articles to re-index")?;
        let mut rows = stmt.query([key]).ctx("reading articles to re-index")?;
        while let Some(row) = rows.next().ctx("reading articles to re-index")? {
            let article = stored_article(row).ctx("reading articles to re-index")?;
            let topic: Option<i64> = row.get(18).ctx("reading articles to re-index")?;
            f(&article, topic)?;
        }
        Ok(())
    }

    /// Names of the entities found in an article, in the order analysis gave them.
    pub fn article_entity_names(&self, key: i64) -> Result<Vec<String>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM entity WHERE article_id = ?1 ORDER BY rowid")
            .ctx("reading entities")?;
        let rows = stmt.query_map([key], |r| r.get(0)).ctx("reading entities")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading entities")
    }

    /// Entities of each article of a story, article by article (for merging across the story).
    pub fn story_entities(&self, story: i64) -> Result<Vec<Vec<Entity>>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT e.article_id, e.data FROM entity e JOIN article a ON a.id = e.article_id
                 WHERE a.story_id = ?1 ORDER BY e.article_id, e.rowid",
            )
            .ctx("reading entities")?;
        let rows = stmt
            .query_map([story], |r| Ok((r.get::<_, i64>(0)?, from_json::<Entity>(r, 1)?)))
            .ctx("reading entities")?;
        let mut out: Vec<Vec<Entity>> = Vec::new();
        let mut last = None;
        for row in rows {
            let (article, entity) = row.ctx("reading entities")?;
            if last != Some(article) {
                out.push(Vec::new());
                last = Some(article);
            }
            if let Some(list) = out.last_mut() {
                list.push(entity);
            }
        }
        Ok(out)
    }

    /// Quotes of a story's articles.
    pub fn story_quotes(&self, story: i64) -> Result<Vec<StoredQuote>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT q.article_id, a.source, a.published, q.data
                 FROM quote q JOIN article a ON a.id = q.article_id WHERE a.story_id = ?1
                 ORDER BY a.published IS NULL, a.published, a.id, q.rowid",
            )
            .ctx("reading quotes")?;
        let rows = stmt
            .query_map([story], |r| {
                Ok(StoredQuote {
                    article_id: r.get(0)?,
                    source: r.get(1)?,
                    published: r.get(2)?,
                    quote: from_json(r, 3)?,
                })
            })
            .ctx("reading quotes")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading quotes")
    }

    /// Claims of a story's articles.
    pub fn story_claims(&self, story: i64) -> Result<Vec<StoredClaim>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT c.article_id, a.source, a.published, c.data
                 FROM claim c JOIN article a ON a.id = c.article_id WHERE a.story_id = ?1
                 ORDER BY a.published IS NULL, a.published, a.id, c.rowid",
            )
            .ctx("reading claims")?;
        let rows = stmt
            .query_map(params![story], |r| {
                Ok(StoredClaim {
                    article_id: r.get(0)?,
                    source: r.get(1)?,
                    published: r.get(2)?,
                    claim: from_json(r, 3)?,
                })
            })
            .ctx("reading claims")?;
        rows.collect::<rusqlite::Result<_>>().ctx("reading claims")
    }
}
