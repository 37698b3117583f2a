//! Versioned schema migrations, tracked in `PRAGMA user_version`.
//!
//! Each migration runs once, in its own transaction, in order. Never edit a released
//! migration: add a new one.

use std::path::Path;

use rusqlite::Connection;

use crate::{Context, Result, StoreError};

const MIGRATIONS: &[&str] = &[
    // 1: articles, stories, topics, facts.
    r#"
    CREATE TABLE topic (
        id          INTEGER PRIMARY KEY,
        title       TEXT NOT NULL,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE TABLE story (
        id          INTEGER PRIMARY KEY,
        topic_id    INTEGER REFERENCES topic(id),
        headline    TEXT NOT NULL,
        first_published INTEGER,
        last_published  INTEGER,
        article_count   INTEGER NOT NULL DEFAULT 0,
        created_at  TEXT NOT NULL,
        updated_at  TEXT NOT NULL
    );
    CREATE INDEX story_topic ON story(topic_id, last_published);
    CREATE INDEX story_recent ON story(last_published);
    -- `data` columns of entity/quote/claim hold the full JSON of the analysis result; the other
    -- columns are copies for querying.
    -- A merged story keeps its id as a redirect to the story it became part of.
    CREATE TABLE story_redirect (
        from_id     INTEGER PRIMARY KEY,
        to_id       INTEGER NOT NULL,
        merged_at   TEXT NOT NULL
    );
    CREATE TABLE article (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        ext_id          TEXT,
        headline        TEXT NOT NULL,
        body            TEXT NOT NULL,
        credit          TEXT,
        source          TEXT,
        url             TEXT,
        canonical_url   TEXT,
        published       INTEGER,
        published_rfc3339 TEXT,
        published_text  TEXT,
        related         TEXT NOT NULL DEFAULT '[]',
        byline          TEXT,
        language        TEXT,
        content_key     TEXT NOT NULL UNIQUE,
        origin          TEXT NOT NULL,
        page_topic      TEXT,
        story_id        INTEGER REFERENCES story(id),
        similarity      REAL,
        why             TEXT NOT NULL DEFAULT '[]',
        -- MinHash of the text's word shingles, and the original this article copies (if any).
        signature       BLOB,
        copy_of         INTEGER REFERENCES article(id),
        ingested_at     TEXT NOT NULL
    );
    CREATE UNIQUE INDEX article_canonical_url ON article(canonical_url) WHERE canonical_url IS NOT NULL;
    CREATE INDEX article_story ON article(story_id, published);
    CREATE TABLE entity (
        article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        name        TEXT NOT NULL,
        kind        TEXT NOT NULL,
        mentions    TEXT NOT NULL,
        count       INTEGER NOT NULL,
        data        TEXT NOT NULL
    );
    CREATE INDEX entity_article ON entity(article_id);
    CREATE INDEX entity_name ON entity(name);
    CREATE TABLE quote (
        article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        text        TEXT NOT NULL,
        speaker     TEXT,
        cue         TEXT,
        kind        TEXT NOT NULL,
        data        TEXT NOT NULL
    );
    CREATE INDEX quote_article ON quote(article_id);
    CREATE TABLE claim (
        article_id  INTEGER NOT NULL REFERENCES article(id) ON DELETE CASCADE,
        value       REAL NOT NULL,
        text        TEXT NOT NULL,
        qualifier   TEXT NOT NULL,
        what        TEXT,
        verb        TEXT,
        claimant    TEXT,
        sentence    TEXT NOT NULL,
        data        TEXT NOT NULL
    );
    CREATE INDEX claim_article ON claim(article_id);
    "#,
    // 2: feed subscriptions and their polling state (see feeds.rs).
    r#"
    CREATE TABLE feed (
        id              INTEGER PRIMARY KEY,
        url             TEXT NOT NULL UNIQUE,
        title           TEXT,
        site_url        TEXT,
        category        TEXT,
        interval_minutes INTEGER,
        etag            TEXT,
        last_modified   TEXT,
        last_fetch_at   INTEGER,
        last_success_at INTEGER,
        last_status     TEXT,
        http_status     INTEGER,
        last_error      TEXT,
        error_count     INTEGER NOT NULL DEFAULT 0,
        next_due_at     INTEGER NOT NULL DEFAULT 0,
        articles_added  INTEGER NOT NULL DEFAULT 0,
        created_at      TEXT NOT NULL
    );
    CREATE INDEX feed_due ON feed(next_due_at);
    CREATE TABLE feed_entry (
        feed_id     INTEGER NOT NULL REFERENCES feed(id) ON DELETE CASCADE,
        key         TEXT NOT NULL,
        seen_at     INTEGER NOT NULL,
        PRIMARY KEY (feed_id, key)
    ) WITHOUT ROWID;
    "#,
    // 3: full-text search over article headline + body (see search.rs), and what the search
    // filters and entity pages need (see entities.rs).
    // External-content FTS5 table: the text lives once, in `article`; triggers keep the index in
    // step. Only a change of id, headline or body touches the index (placing an article in a
    // story, merging stories or marking copies updates other columns and costs nothing here).
    // Porter stemming on top of unicode61: "talks" finds "talk", "élection" finds "election".
    // Entity and quote rows get copies of their article's publication time (and story, for
    // entities), kept by triggers, so an entity's articles, stories and quotes are read newest
    // first from one index without visiting the (large) article rows. `entity_stat` counts the
    // entity rows per name and `entity_form` lists the ways articles refer to each entity.
    r#"
    CREATE VIRTUAL TABLE article_fts USING fts5(
        headline, body,
        content='article', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER article_fts_insert AFTER INSERT ON article BEGIN
        INSERT INTO article_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
    END;
    CREATE TRIGGER article_fts_delete AFTER DELETE ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, headline, body)
            VALUES ('delete', old.id, old.headline, old.body);
    END;
    CREATE TRIGGER article_fts_update AFTER UPDATE OF id, headline, body ON article BEGIN
        INSERT INTO article_fts(article_fts, rowid, headline, body)
            VALUES ('delete', old.id, old.headline, old.body);
        INSERT INTO article_fts(rowid, headline, body) VALUES (new.id, new.headline, new.body);
    END;
    INSERT INTO article_fts(article_fts) VALUES ('rebuild');
    CREATE INDEX article_published ON article(published);
    CREATE INDEX article_source_nocase ON article(source COLLATE NOCASE, published);

    ALTER TABLE entity ADD COLUMN published INTEGER;
    ALTER TABLE entity ADD COLUMN story_id INTEGER;
    ALTER TABLE quote ADD COLUMN published INTEGER;
    UPDATE entity SET (published, story_id) =
        (SELECT published, story_id FROM article WHERE article.id = entity.article_id);
    UPDATE quote SET published = (SELECT published FROM article WHERE article.id = quote.article_id);
    CREATE TRIGGER entity_copy_article AFTER INSERT ON entity BEGIN
        UPDATE entity SET (published, story_id) =
            (SELECT published, story_id FROM article WHERE id = new.article_id)
            WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER quote_copy_article AFTER INSERT ON quote BEGIN
        UPDATE quote SET published = (SELECT published FROM article WHERE id = new.article_id)
            WHERE rowid = new.rowid;
    END;
    CREATE TRIGGER article_story_to_facts AFTER UPDATE OF story_id ON article
        WHEN old.story_id IS NOT new.story_id BEGIN
        UPDATE entity SET story_id = new.story_id WHERE article_id = new.id;
    END;
    CREATE TRIGGER article_published_to_facts AFTER UPDATE OF published ON article
        WHEN old.published IS NOT new.published BEGIN
        UPDATE entity SET published = new.published WHERE article_id = new.id;
        UPDATE quote SET published = new.published WHERE article_id = new.id;
    END;
    CREATE INDEX entity_name_recent ON entity(name COLLATE NOCASE, published, story_id, article_id);
    CREATE INDEX entity_name_story ON entity(name COLLATE NOCASE, story_id);
    CREATE INDEX entity_name_article ON entity(name COLLATE NOCASE, article_id);
    CREATE INDEX quote_speaker_recent ON quote(speaker COLLATE NOCASE, published, article_id);

    CREATE TABLE entity_stat (
        name        TEXT PRIMARY KEY COLLATE NOCASE,
        kind        TEXT NOT NULL,
        n           INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX entity_stat_n ON entity_stat(n);
    CREATE TABLE entity_form (
        name        TEXT NOT NULL COLLATE NOCASE,
        form        TEXT NOT NULL COLLATE NOCASE,
        PRIMARY KEY (name, form)
    ) WITHOUT ROWID;
    CREATE TRIGGER entity_stat_insert AFTER INSERT ON entity BEGIN
        INSERT INTO entity_stat (name, kind, n) VALUES (new.name, new.kind, 1)
            ON CONFLICT (name) DO UPDATE SET n = n + 1;
        INSERT OR IGNORE INTO entity_form (name, form)
            SELECT new.name, value FROM json_each(CASE WHEN json_valid(new.mentions) THEN new.mentions ELSE '[]' END)
            WHERE type = 'text';
    END;
    CREATE TRIGGER entity_stat_delete AFTER DELETE ON entity BEGIN
        UPDATE entity_stat SET n = n - 1 WHERE name = old.name;
        DELETE FROM entity_stat WHERE name = old.name AND n <= 0;
    END;
    INSERT INTO entity_stat (name, kind, n)
        SELECT name, kind, count(*) FROM entity WHERE true GROUP BY name COLLATE NOCASE
        ON CONFLICT (name) DO NOTHING;
    INSERT OR IGNORE INTO entity_form (name, form)
        SELECT e.name, m.value FROM entity e, json_each(CASE WHEN json_valid(e.mentions) THEN e.mentions ELSE '[]' END) m
        WHERE m.type = 'text';
    "#,
    // 4: new articles are indexed for search once per transaction, at commit (see
    // `Tx::commit`), not by a trigger per row: a trigger that writes to FTS5 makes every article
    // insert a statement with a savepoint, and FTS5 flushes its pending index to disk at each
    // savepoint.
    // The per-row insert triggers on entity and quote go for the same reason: `Tx::insert_facts`
    // writes the copied columns, the counts and the forms itself, so no insert runs a trigger.
    r#"
    DROP TRIGGER IF EXISTS article_fts_insert;
    DROP TRIGGER IF EXISTS entity_copy_article;
    DROP TRIGGER IF EXISTS quote_copy_article;
    DROP TRIGGER IF EXISTS entity_stat_insert;
    "#,
];

/// Bring the database at `path` up to the newest schema.
pub fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    // One exclusive transaction: two processes opening a new store at once cannot both migrate.
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Exclusive).ctx("starting a migration")?;
    let current: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0)).ctx("reading schema version")?;
    let known = latest_version();
    if current > known {
        return Err(StoreError::TooNew { path: path.to_path_buf(), found: current, known });
    }
    if current == known {
        return Ok(());
    }
    for sql in MIGRATIONS.iter().skip(current as usize) {
        tx.execute_batch(sql).ctx("migrating the schema")?;
    }
    tx.pragma_update(None, "user_version", known).ctx("recording the schema version")?;
    tx.commit().ctx("committing a migration")
}

/// Newest schema version this build knows.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}
