//! Writes, always inside one transaction per input file.

use chrono::Utc;
use rusqlite::{params, OptionalExtension};
use storyline_analysis::Facts;
use storyline_article::Article;
use storyline_story::{Placement, StoryId, TopicId};

use crate::{Context, Result};

/// A write transaction. Dropping it without [`Tx::commit`] rolls everything back.
pub struct Tx<'a> {
    pub(crate) tx: rusqlite::Transaction<'a>,
    /// Articles with a larger id were stored by this transaction: [`Tx::commit`] adds them to
    /// the search index in one statement (article ids only grow: AUTOINCREMENT).
    pub(crate) index_from: i64,
}

/// An article about to be stored, with what ingest derived from it.
pub struct NewArticle<'a> {
    pub article: &'a Article,
    pub content_key: String,
    pub canonical_url: Option<String>,
    pub language: Option<String>,
    /// File path or URL it came from.
    pub origin: &'a str,
    /// Topic title of the topic page it came from, if any.
    pub page_topic: Option<&'a str>,
    /// [`storyline_article::copy_signature`] of its text.
    pub signature: Vec<u32>,
}

/// Why an article was not stored again.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Duplicate {
    SameUrl(i64),
    SameContent(i64),
}

impl Duplicate {
    pub fn article_id(&self) -> i64 {
        match self {
            Duplicate::SameUrl(id) | Duplicate::SameContent(id) => *id,
        }
    }
}

fn signature_bytes(sig: &[u32]) -> Vec<u8> {
    sig.iter().flat_map(|v| v.to_le_bytes()).collect()
}

pub(crate) fn signature_from_bytes(bytes: &[u8]) -> Vec<u32> {
    bytes.chunks_exact(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect()
}

fn json<T: serde::Serialize>(v: &T) -> Result<String> {
    serde_json::to_string(v)
        .map_err(|e| crate::StoreError::Corrupt { context: "encoding analysis", message: e.to_string() })
}

fn now() -> String {
    Utc::now().to_rfc3339()
}

impl Tx<'_> {
    /// `execute` through the statement cache: ingest runs the same few statements per article.
    fn execute<P: rusqlite::Params>(&self, sql: &str, params: P) -> rusqlite::Result<usize> {
        self.tx.prepare_cached(sql)?.execute(params)
    }

    fn query_row<T, P: rusqlite::Params, F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>>(
        &self,
        sql: &str,
        params: P,
        f: F,
    ) -> rusqlite::Result<T> {
        self.tx.prepare_cached(sql)?.query_row(params, f)
    }

    /// The stored article this one repeats (same canonical URL or same normalised text).
    pub fn find_duplicate(&self, content_key: &str, canonical_url: Option<&str>) -> Result<Option<Duplicate>> {
        if let Some(url) = canonical_url {
            let id: Option<i64> = self
                .query_row("SELECT id FROM article WHERE canonical_url = ?1", [url], |r| r.get(0))
                .optional()
                .ctx("looking up an article by URL")?;
            if let Some(id) = id {
                return Ok(Some(Duplicate::SameUrl(id)));
            }
        }
        let id: Option<i64> = self
            .query_row("SELECT id FROM article WHERE content_key = ?1", [content_key], |r| r.get(0))
            .optional()
            .ctx("looking up an article by content")?;
        Ok(id.map(Duplicate::SameContent))
    }

    /// Store an article (not yet placed in a story); returns its id.
    pub fn insert_article(&self, new: &NewArticle) -> Result<i64> {
        let a = new.article;
        let related = serde_json::to_string(&a.related).unwrap_or_else(|_| "[]".to_string());
        self.execute(
            "INSERT INTO article (ext_id, headline, body, credit, source, url, canonical_url,
                    published, published_rfc3339, published_text, related, byline, language,
                    content_key, origin, page_topic, ingested_at, signature)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
            params![
                a.id,
                a.headline,
                a.body,
                a.credit,
                a.source,
                a.url,
                new.canonical_url,
                a.published.map(|t| t.timestamp()),
                a.published.map(|t| t.to_rfc3339()),
                a.published_text,
                related,
                a.byline,
                new.language,
                new.content_key,
                new.origin,
                new.page_topic,
                now(),
                signature_bytes(&new.signature),
            ],
        )
        .ctx("storing an article")?;
        Ok(self.tx.last_insert_rowid())
    }

    /// Store the entities, quotes and claims found in an article.
    pub fn insert_facts(&self, article_id: i64, facts: &Facts) -> Result<()> {
        // Entity and quote rows carry copies of their article's date and story (see migration 3)
        // and keep `entity_stat` / `entity_form` current: written here rather than by triggers,
        // which would cost a statement journal per row (migration 4).
        let (published, story): (Option<i64>, Option<i64>) = self
            .tx
            .prepare_cached("SELECT published, story_id FROM article WHERE id = ?1")
            .and_then(|mut s| s.query_row([article_id], |r| Ok((r.get(0)?, r.get(1)?))))
            .ctx("reading the article of new facts")?;
        let mut ent = self
            .tx
            .prepare_cached(
                "INSERT INTO entity (article_id, name, kind, mentions, count, data, published, story_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )
            .ctx("preparing entity insert")?;
        let mut stat = self
            .tx
            .prepare_cached(
                "INSERT INTO entity_stat (name, kind, n) VALUES (?1, ?2, 1) ON CONFLICT (name) DO UPDATE SET n = n + 1",
            )
            .ctx("preparing entity count")?;
        let mut form = self
            .tx
            .prepare_cached("INSERT OR IGNORE INTO entity_form (name, form) VALUES (?1, ?2)")
            .ctx("preparing entity forms")?;
        for e in &facts.entities {
            let mentions = serde_json::to_string(&e.mentions).unwrap_or_else(|_| "[]".to_string());
            ent.execute(params![article_id, e.name, e.kind, mentions, e.count as i64, json(e)?, published, story])
                .ctx("storing an entity")?;
            stat.execute(params![e.name, e.kind]).ctx("counting an entity")?;
            for m in &e.mentions {
                form.execute(params![e.name, m]).ctx("storing an entity form")?;
            }
        }
        let mut quote = self
            .tx
            .prepare_cached(
                "INSERT INTO quote (article_id, text, speaker, cue, kind, data, published)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .ctx("preparing quote insert")?;
        for q in &facts.quotes {
            quote
                .execute(params![article_id, q.text, q.speaker, q.cue, q.kind, json(q)?, published])
                .ctx("storing a quote")?;
        }
        let mut claim = self
            .tx
            .prepare_cached(
                "INSERT INTO claim (article_id, value, text, qualifier, what, verb, claimant, sentence, data)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .ctx("preparing claim insert")?;
        for c in &facts.claims {
            claim
                .execute(params![
                    article_id,
                    c.value,
                    c.text,
                    c.qualifier,
                    c.what,
                    c.verb,
                    c.claimant,
                    c.sentence,
                    json(c)?
                ])
                .ctx("storing a claim")?;
        }
        Ok(())
    }

    /// Record where the engine placed an article: creates or updates its story, applies merges.
    pub fn place_article(&self, article_id: i64, placement: &Placement) -> Result<()> {
        let why = serde_json::to_string(&placement.shared).unwrap_or_else(|_| "[]".to_string());
        let story = placement.story as i64;
        let now = now();
        let headline: String = self
            .query_row("SELECT headline FROM article WHERE id = ?1", [article_id], |r| r.get(0))
            .ctx("reading the article headline")?;
        self.execute(
            "INSERT INTO story (id, topic_id, headline, created_at, updated_at) VALUES (?1, NULL, ?2, ?3, ?3)
                 ON CONFLICT(id) DO UPDATE SET updated_at = excluded.updated_at",
            params![story, headline, now],
        )
        .ctx("creating a story")?;
        self.execute(
            "UPDATE article SET story_id = ?1, similarity = ?2, why = ?3 WHERE id = ?4",
            params![story, placement.similarity as f64, why, article_id],
        )
        .ctx("placing an article in its story")?;
        for merge in &placement.merges {
            self.merge_stories(merge.from, merge.into)?;
        }
        self.set_story_topic(placement.story, placement.topic)?;
        self.refresh_story(placement.story)
    }

    /// If the article copies another article of its story (wire copy, light rewrite), record
    /// the original (the earliest stored one) and return its id. Scans at most the story's
    /// 500 most recent articles: copies arrive close together.
    pub fn detect_copy(&self, article_id: i64) -> Result<Option<i64>> {
        let row: Option<(Option<i64>, Option<Vec<u8>>)> = self
            .query_row("SELECT story_id, signature FROM article WHERE id = ?1", [article_id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .optional()
            .ctx("reading an article signature")?;
        let Some((Some(story), Some(sig))) = row else { return Ok(None) };
        let sig = signature_from_bytes(&sig);
        let mut stmt = self
            .tx
            .prepare_cached(
                "SELECT id, signature, copy_of FROM article WHERE story_id = ?1 AND id <> ?2
                 ORDER BY id DESC LIMIT 500",
            )
            .ctx("reading story signatures")?;
        let mut rows = stmt.query(params![story, article_id]).ctx("reading story signatures")?;
        let mut best: Option<(f64, i64)> = None;
        while let Some(r) = rows.next().ctx("reading story signatures")? {
            let id: i64 = r.get(0).ctx("reading story signatures")?;
            let other: Option<Vec<u8>> = r.get(1).ctx("reading story signatures")?;
            let copy_of: Option<i64> = r.get(2).ctx("reading story signatures")?;
            let Some(other) = other else { continue };
            let sim = storyline_article::signature_similarity(&sig, &signature_from_bytes(&other));
            if sim >= storyline_article::COPY_THRESHOLD && best.is_none_or(|(b, _)| sim > b) {
                best = Some((sim, copy_of.unwrap_or(id)));
            }
        }
        let original = best.map(|(_, id)| id);
        if let Some(orig) = original {
            self.execute("UPDATE article SET copy_of = ?2 WHERE id = ?1", params![article_id, orig])
                .ctx("marking a copy")?;
        }
        Ok(original)
    }

    /// Fold story `from` into `into`, keeping `from` as a redirect.
    pub fn merge_stories(&self, from: StoryId, into: StoryId) -> Result<()> {
        if from == into {
            return Ok(());
        }
        let (from, into) = (from as i64, into as i64);
        let now = now();
        self.execute(
            "INSERT INTO story (id, topic_id, headline, created_at, updated_at)
                 SELECT ?2, topic_id, headline, created_at, ?3 FROM story WHERE id = ?1
                 ON CONFLICT(id) DO NOTHING",
            params![from, into, now],
        )
        .ctx("creating the merged story")?;
        self.execute("UPDATE article SET story_id = ?2 WHERE story_id = ?1", params![from, into])
            .ctx("moving articles of a merged story")?;
        self.execute("UPDATE story_redirect SET to_id = ?2 WHERE to_id = ?1", params![from, into])
            .ctx("updating redirects")?;
        self.execute(
            "INSERT INTO story_redirect (from_id, to_id, merged_at) VALUES (?1, ?2, ?3)
                 ON CONFLICT(from_id) DO UPDATE SET to_id = excluded.to_id, merged_at = excluded.merged_at",
            params![from, into, now],
        )
        .ctx("recording a story redirect")?;
        self.execute("DELETE FROM story WHERE id = ?1", [from]).ctx("removing a merged story")?;
        self.refresh_story(into as StoryId)
    }

    /// Put a story in a topic (or none).
    pub fn set_story_topic(&self, story: StoryId, topic: Option<TopicId>) -> Result<()> {
        if let Some(t) = topic {
            let now = now();
            self.execute(
                "INSERT INTO topic (id, title, created_at, updated_at) VALUES (?1, '', ?2, ?2)
                     ON CONFLICT(id) DO NOTHING",
                params![t as i64, now],
            )
            .ctx("creating a topic")?;
        }
        self.execute("UPDATE story SET topic_id = ?2 WHERE id = ?1", params![story as i64, topic.map(|t| t as i64)])
            .ctx("setting a story's topic")?;
        Ok(())
    }

    /// Set a topic's title (creating the topic if needed).
    pub fn set_topic_title(&self, topic: TopicId, title: &str) -> Result<()> {
        let now = now();
        self.execute(
            "INSERT INTO topic (id, title, created_at, updated_at) VALUES (?1, ?2, ?3, ?3)
                 ON CONFLICT(id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at
                 WHERE topic.title <> excluded.title",
            params![topic as i64, title, now],
        )
        .ctx("naming a topic")?;
        Ok(())
    }

    /// Recompute a story's headline, dates and article count from its articles.
    fn refresh_story(&self, story: StoryId) -> Result<()> {
        // The headline is that of the earliest article (known dates first, then arrival order):
        // the story's name should not change under the reader as copies arrive.
        self.execute(
            "UPDATE story SET
                    article_count = (SELECT count(*) FROM article WHERE story_id = ?1),
                    first_published = (SELECT min(published) FROM article WHERE story_id = ?1),
                    last_published = (SELECT max(published) FROM article WHERE story_id = ?1),
                    headline = COALESCE((SELECT headline FROM article WHERE story_id = ?1
                        ORDER BY published IS NULL, published, id LIMIT 1), headline)
                 WHERE id = ?1",
            [story as i64],
        )
        .ctx("updating a story")?;
        Ok(())
    }

    /// Drop topics that no story belongs to any more.
    pub fn prune_topics(&self) -> Result<()> {
        self.execute("DELETE FROM topic WHERE id NOT IN (SELECT topic_id FROM story WHERE topic_id IS NOT NULL)", [])
            .ctx("removing empty topics")?;
        Ok(())
    }

    /// Reads inside this transaction (they see its uncommitted writes).
    pub fn reader(&self) -> crate::Reader<'_> {
        crate::Reader { conn: &self.tx }
    }

    /// Index the new articles for search, then commit. Search inside the transaction does not
    /// see its own articles before this.
    pub fn commit(self) -> Result<()> {
        self.tx
            .execute(
                "INSERT INTO article_fts(rowid, headline, body) SELECT id, headline, body FROM article WHERE id > ?1",
                [self.index_from],
            )
            .ctx("indexing new articles for search")?;
        self.tx.commit().ctx("committing")
    }
}
