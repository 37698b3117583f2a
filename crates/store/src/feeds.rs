//! Feed subscriptions and their polling state (schema migration 2).
//!
//! `feed` holds one row per subscription: where it is, what the last poll found, and when it
//! is due again. `feed_entry` remembers the entry keys of each feed's current document, so
//! entries already processed are not fetched or analysed again; it is replaced on every
//! successful poll and so never grows beyond the feeds' own size.
//!
//! State is written after a feed's articles are committed (one transaction for the state and
//! entry keys): a crash in between repeats the poll, and ingest's duplicate detection makes
//! the repeat harmless.

use std::collections::HashSet;

use chrono::Utc;
use rusqlite::{params, OptionalExtension, Row};
use serde::Serialize;

use crate::{Context, Result, Store};

/// One subscription.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FeedRow {
    pub id: i64,
    pub url: String,
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub category: Option<String>,
    /// Polling interval; `None` uses the configured default.
    pub interval_minutes: Option<i64>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// Unix seconds of the last poll, successful or not.
    pub last_fetch_at: Option<i64>,
    pub last_success_at: Option<i64>,
    /// "ok", "not modified" or "error"; `None` before the first poll.
    pub last_status: Option<String>,
    pub http_status: Option<i64>,
    pub last_error: Option<String>,
    /// Failures in a row.
    pub error_count: i64,
    /// Unix seconds; the feed is polled when this has passed.
    pub next_due_at: i64,
    /// Articles stored from this feed so far.
    pub articles_added: i64,
    pub created_at: String,
}

/// A subscription to add.
#[derive(Debug, Clone, Default)]
pub struct NewFeed<'a> {
    pub url: &'a str,
    pub title: Option<&'a str>,
    pub site_url: Option<&'a str>,
    pub category: Option<&'a str>,
    pub interval_minutes: Option<i64>,
}

/// The result of a poll, to record.
#[derive(Debug, Clone, Default)]
pub struct FeedPoll<'a> {
    pub id: i64,
    pub fetched_at: i64,
    pub next_due_at: i64,
    /// "ok", "not modified" or "error".
    pub status: &'a str,
    pub http_status: Option<u16>,
    pub error: Option<&'a str>,
    pub error_count: i64,
    /// Validators for the next conditional GET (kept as they are when `None` after an error).
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    /// The feed's own title and home page, when it gave them.
    pub title: Option<&'a str>,
    pub site_url: Option<&'a str>,
    pub articles_added: i64,
    /// Keys of every entry of the feed now; `None` keeps the stored set.
    pub entry_keys: Option<&'a [String]>,
}

const FEED_COLUMNS: &str = "id, url, title, site_url, category, interval_minutes, etag, last_modified,
    last_fetch_at, last_success_at, last_status, http_status, last_error, error_count, next_due_at,
    articles_added, created_at";

fn feed_row(r: &Row) -> rusqlite::Result<FeedRow> {
    Ok(FeedRow {
        id: r.get(0)?,
        url: r.get(1)?,
        title: r.get(2)?,
        site_url: r.get(3)?,
        category: r.get(4)?,
        interval_minutes: r.get(5)?,
        etag: r.get(6)?,
        last_modified: r.get(7)?,
        last_fetch_at: r.get(8)?,
        last_success_at: r.get(9)?,
        last_status: r.get(10)?,
        http_status: r.get(11)?,
        last_error: r.get(12)?,
        error_count: r.get(13)?,
        next_due_at: r.get(14)?,
        articles_added: r.get(15)?,
        created_at: r.get(16)?,
    })
}

impl Store {
    /// Subscribe; returns the feed's id and whether it is new (`false`: already subscribed,
    /// nothing changed).
    pub fn add_feed(&self, new: &NewFeed) -> Result<(i64, bool)> {
        if let Some(existing) = self.feed_by_url(new.url)? {
            return Ok((existing.id, false));
        }
        self.conn
            .execute(
                "INSERT INTO feed (url, title, site_url, category, interval_minutes, next_due_at, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6)",
                params![new.url, new.title, new.site_url, new.category, new.interval_minutes, Utc::now().to_rfc3339()],
            )
            .ctx("adding a feed")?;
        Ok((self.conn.last_insert_rowid(), true))
    }

    /// Unsubscribe (articles already stored stay). `false` when there was no such feed.
    pub fn remove_feed(&self, id: i64) -> Result<bool> {
        let tx = self.conn.unchecked_transaction().ctx("starting a transaction")?;
        tx.execute("DELETE FROM feed_entry WHERE feed_id = ?1", [id]).ctx("removing a feed's entries")?;
        let n = tx.execute("DELETE FROM feed WHERE id = ?1", [id]).ctx("removing a feed")?;
        tx.commit().ctx("removing a feed")?;
        Ok(n > 0)
    }

    pub fn feed(&self, id: i64) -> Result<Option<FeedRow>> {
        self.conn
            .query_row(&format!("SELECT {FEED_COLUMNS} FROM feed WHERE id = ?1"), [id], feed_row)
            .optional()
            .ctx("reading a feed")
    }

    pub fn feed_by_url(&self, url: &str) -> Result<Option<FeedRow>> {
        self.conn
            .query_row(&format!("SELECT {FEED_COLUMNS} FROM feed WHERE url = ?1"), [url], feed_row)
            .optional()
            .ctx("reading a feed")
    }

    /// Every subscription, by id.
    pub fn feeds(&self) -> Result<Vec<FeedRow>> {
        let mut stmt =
            self.conn.prepare(&format!("SELECT {FEED_COLUMNS} FROM feed ORDER BY id")).ctx("listing feeds")?;
        let rows = stmt.query_map([], feed_row).ctx("listing feeds")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().ctx("listing feeds")
    }

    /// Subscriptions due at `now` (Unix seconds), most overdue first.
    pub fn due_feeds(&self, now: i64) -> Result<Vec<FeedRow>> {
        let mut stmt = self
            .conn
            .prepare(&format!("SELECT {FEED_COLUMNS} FROM feed WHERE next_due_at <= ?1 ORDER BY next_due_at, id"))
            .ctx("listing due feeds")?;
        let rows = stmt.query_map([now], feed_row).ctx("listing due feeds")?;
        rows.collect::<rusqlite::Result<Vec<_>>>().ctx("listing due feeds")
    }

    /// Earliest `next_due_at` over all feeds.
    pub fn next_feed_due(&self) -> Result<Option<i64>> {
        self.conn.query_row("SELECT MIN(next_due_at) FROM feed", [], |r| r.get(0)).ctx("reading the next due time")
    }

    /// Entry keys already processed for feed `id`.
    pub fn feed_seen(&self, id: i64) -> Result<HashSet<String>> {
        let mut stmt =
            self.conn.prepare("SELECT key FROM feed_entry WHERE feed_id = ?1").ctx("reading feed entries")?;
        let rows = stmt.query_map([id], |r| r.get::<_, String>(0)).ctx("reading feed entries")?;
        rows.collect::<rusqlite::Result<HashSet<_>>>().ctx("reading feed entries")
    }

    /// Record a poll (one transaction). Returns `false` when the feed was removed meanwhile.
    pub fn record_feed_poll(&self, p: &FeedPoll) -> Result<bool> {
        let tx = self.conn.unchecked_transaction().ctx("starting a transaction")?;
        let ok = p.status != "error";
        let n = tx
            .execute(
                "UPDATE feed SET last_fetch_at = ?2, next_due_at = ?3, last_status = ?4, http_status = ?5,
                    last_error = ?6, error_count = ?7,
                    etag = CASE WHEN ?8 THEN ?9 ELSE etag END,
                    last_modified = CASE WHEN ?8 THEN ?10 ELSE last_modified END,
                    last_success_at = CASE WHEN ?8 THEN ?2 ELSE last_success_at END,
                    title = COALESCE(?11, title), site_url = COALESCE(?12, site_url),
                    articles_added = articles_added + ?13
                 WHERE id = ?1",
                params![
                    p.id,
                    p.fetched_at,
                    p.next_due_at,
                    p.status,
                    p.http_status,
                    p.error,
                    p.error_count,
                    ok,
                    p.etag,
                    p.last_modified,
                    p.title,
                    p.site_url,
                    p.articles_added
                ],
            )
            .ctx("recording a poll")?;
        if n == 0 {
            return Ok(false);
        }
        if let Some(keys) = p.entry_keys {
            tx.execute("DELETE FROM feed_entry WHERE feed_id = ?1", [p.id]).ctx("recording feed entries")?;
            let mut stmt = tx
                .prepare("INSERT OR IGNORE INTO feed_entry (feed_id, key, seen_at) VALUES (?1, ?2, ?3)")
                .ctx("recording feed entries")?;
            for k in keys {
                stmt.execute(params![p.id, k, p.fetched_at]).ctx("recording feed entries")?;
            }
        }
        tx.commit().ctx("recording a poll")?;
        Ok(true)
    }

    /// Make feed `id` (every feed when `None`) due now.
    pub fn make_feeds_due(&self, id: Option<i64>) -> Result<()> {
        match id {
            Some(id) => self.conn.execute("UPDATE feed SET next_due_at = 0 WHERE id = ?1", [id]),
            None => self.conn.execute("UPDATE feed SET next_due_at = 0", []),
        }
        .ctx("scheduling feeds")?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subscribe_poll_and_remove() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::open(dir.path()).expect("open");
        let (id, new) = store
            .add_feed(&NewFeed { url: "https://a.test/rss", title: Some("A"), ..Default::default() })
            .expect("add");
        assert!(new);
        assert_eq!(
            store.add_feed(&NewFeed { url: "https://a.test/rss", ..Default::default() }).expect("again"),
            (id, false)
        );
        let (id2, _) = store.add_feed(&NewFeed { url: "https://b.test/rss", ..Default::default() }).expect("add b");
        assert_eq!(store.due_feeds(100).expect("due").len(), 2, "new feeds are due at once");

        let keys = vec!["k1".to_string(), "k2".to_string()];
        let poll = FeedPoll {
            id,
            fetched_at: 100,
            next_due_at: 1900,
            status: "ok",
            http_status: Some(200),
            etag: Some("\"v1\""),
            title: Some("A title"),
            articles_added: 2,
            entry_keys: Some(&keys),
            ..Default::default()
        };
        assert!(store.record_feed_poll(&poll).expect("record"));
        let f = store.feed(id).expect("read").expect("exists");
        assert_eq!(f.etag.as_deref(), Some("\"v1\""));
        assert_eq!(f.title.as_deref(), Some("A title"));
        assert_eq!(f.articles_added, 2);
        assert_eq!(f.last_success_at, Some(100));
        assert_eq!(store.feed_seen(id).expect("seen"), keys.iter().cloned().collect());
        assert_eq!(store.due_feeds(200).expect("due").iter().map(|f| f.id).collect::<Vec<_>>(), vec![id2]);

        // An error keeps the validators and the entry keys.
        let err = FeedPoll {
            id,
            fetched_at: 2000,
            next_due_at: 5600,
            status: "error",
            http_status: Some(500),
            error: Some("HTTP 500"),
            error_count: 1,
            ..Default::default()
        };
        assert!(store.record_feed_poll(&err).expect("record"));
        let f = store.feed(id).expect("read").expect("exists");
        assert_eq!(f.etag.as_deref(), Some("\"v1\""));
        assert_eq!(f.last_error.as_deref(), Some("HTTP 500"));
        assert_eq!(f.error_count, 1);
        assert_eq!(f.last_success_at, Some(100));
        assert_eq!(store.feed_seen(id).expect("seen").len(), 2);
        assert_eq!(store.next_feed_due().expect("next"), Some(0));

        assert!(store.remove_feed(id).expect("remove"));
        assert!(!store.remove_feed(id).expect("again"));
        assert!(store.feed_seen(id).expect("seen").is_empty());
        assert!(!store.record_feed_poll(&poll).expect("removed feed"));
        assert_eq!(store.feeds().expect("list").len(), 1);
    }
}
