//! JSON Lines: one article per line (`title`, `text`, optional `id`, `url`, `published`, `source`).

use crate::{Extracted, Options, SourceError};

/// Parse JSON Lines; bad lines become [`crate::Problem`]s and the good lines are kept.
pub fn parse(text: &str, opts: &Options) -> Result<Extracted, SourceError> {
    let _ = (text, opts);
    Err(SourceError::Rejected("JSONL not implemented yet".into()))
}
