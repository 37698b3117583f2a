//! The `store` stage: SQLite in one data directory.
