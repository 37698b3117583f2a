//! The `store` stage: everything storyline knows, in one SQLite file inside one data directory.
//!
//! Why SQLite: the data is relational (article ↔ story ↔ topic ↔ entity ↔ quote ↔ claim), one
//! file is easy to back up, and WAL gives crash safety for free: a `kill -9` mid-ingest leaves the
//! last committed file intact and nothing of the one in flight. Every input file is written in
//! one transaction ([`Store::transaction`]), so a file is stored whole or not at all.
//!
//! Layout of the data directory:
//! - `storyline.db` (+ `-wal`, `-shm`): the database;
//! - `engine.bin`: snapshot of the story engine's index, a cache rebuilt from the database
//!   when missing or behind (see `storyline::pipeline`).

mod feeds;
pub use feeds::*;
mod entities;
mod read;
mod schema;
mod search;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use entities::*;
pub use read::*;
pub use search::{Fragment, SearchHit, SearchQuery, SearchResults, MAX_PAGE, RANK_WINDOW};
pub use write::*;

/// Errors from the store, with the path or operation they concern.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("cannot create data directory {path}: {source}")]
    CreateDir { path: PathBuf, source: std::io::Error },
    #[error("cannot open database {path}: {source}")]
    Open { path: PathBuf, source: rusqlite::Error },
    #[error(
        "database {path} has schema version {found}, newer than this storyline understands ({known}): upgrade storyline"
    )]
    TooNew { path: PathBuf, found: i64, known: i64 },
    #[error("database error while {context}: {source}")]
    Sql { context: &'static str, source: rusqlite::Error },
    #[error("stored data is invalid ({context}): {message}")]
    Corrupt { context: &'static str, message: String },
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

pub(crate) trait Context<T> {
    fn ctx(self, context: &'static str) -> Result<T>;
}

impl<T> Context<T> for rusqlite::Result<T> {
    fn ctx(self, context: &'static str) -> Result<T> {
        self.map_err(|source| StoreError::Sql { context, source })
    }
}

/// File name of the database inside the data directory.
pub const DB_FILE: &str = "storyline.db";

/// An open data directory.
pub struct Store {
    conn: Connection,
    dir: PathBuf,
}

impl Store {
    /// Open (creating if needed) the data directory `dir` and migrate its schema.
    pub fn open(dir: &Path) -> Result<Store> {
        std::fs::create_dir_all(dir).map_err(|source| StoreError::CreateDir { path: dir.to_path_buf(), source })?;
        let path = dir.join(DB_FILE);
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(10))
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        // WAL: readers never block the writer, and a crash keeps the last committed state.
        // synchronous=NORMAL is durable across application crashes in WAL mode.
        // A 32 MiB page cache keeps a large input's transaction in memory until commit instead of
        // spilling pages to the WAL mid-way.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
             PRAGMA cache_size = -32768;",
        )
        .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store { conn, dir: dir.to_path_buf() };
        schema::migrate(&mut store.conn, &path)?;
        Ok(store)
    }

    /// Open an existing, migrated store for reading only (the web server's pool). Fails when
    /// there is no database yet or its schema is not the newest: open it with [`Store::open`]
    /// first, which creates and migrates it.
    pub fn open_read_only(dir: &Path) -> Result<Store> {
        let path = dir.join(DB_FILE);
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        conn.busy_timeout(std::time::Duration::from_secs(5))
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let version: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        if version != schema::latest_version() {
            return Err(StoreError::Corrupt {
                context: "opening read-only",
                message: format!(
                    "{} has schema version {version}, expected {}: open it read-write once to migrate",
                    path.display(),
                    schema::latest_version()
                ),
            });
        }
        conn.set_prepared_statement_cache_capacity(64);
        Ok(Store { conn, dir: dir.to_path_buf() })
    }

    /// The data directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Start a write transaction; dropped without [`Tx::commit`] it rolls back.
    pub fn transaction(&mut self) -> Result<Tx<'_>> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .ctx("starting a transaction")?;
        let index_from: i64 =
            tx.query_row("SELECT COALESCE(max(id), 0) FROM article", [], |r| r.get(0)).ctx("starting a transaction")?;
        Ok(Tx { tx, index_from })
    }

    /// Read access.
    pub fn reader(&self) -> Reader<'_> {
        Reader { conn: &self.conn }
    }

    /// `PRAGMA integrity_check`: `Ok(())` when the database is sound.
    pub fn integrity_check(&self) -> Result<()> {
        let result: String =
            self.conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).ctx("checking integrity")?;
        if result == "ok" {
            Ok(())
        } else {
            Err(StoreError::Corrupt { context: "integrity_check", message: result })
        }
    }
}

#[cfg(test)]
mod tests;
