//! When a feed is polled next.
//!
//! - Success (200 or 304): after the feed's interval, or after `Cache-Control: max-age` when
//!   that is longer (capped at a day, so a wrong header cannot silence a feed for weeks).
//! - Failure: exponential backoff, interval × 2^(failures − 1), capped at a day.
//! - `Retry-After` (429, 503, ...): never before it (capped at a week), and never before the
//!   backoff.

use std::time::Duration;

use chrono::{DateTime, Utc};

/// Longest wait chosen by backoff or max-age.
pub const MAX_WAIT: Duration = Duration::from_secs(24 * 3600);
/// Longest `Retry-After` honoured.
pub const MAX_RETRY_AFTER: Duration = Duration::from_secs(7 * 24 * 3600);

fn add(now: DateTime<Utc>, d: Duration) -> DateTime<Utc> {
    now + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::days(365))
}

/// Next poll after a successful fetch.
pub fn after_success(now: DateTime<Utc>, interval: Duration, max_age: Option<u64>) -> DateTime<Utc> {
    let cache = Duration::from_secs(max_age.unwrap_or(0)).min(MAX_WAIT);
    add(now, interval.max(cache))
}

/// Wait after the `failures`-th failure in a row (1 = the first).
pub fn backoff(interval: Duration, failures: u32) -> Duration {
    let exp = failures.saturating_sub(1).min(16);
    let wait = interval.saturating_mul(1u32 << exp);
    wait.min(MAX_WAIT.max(interval))
}

/// Next poll after a failure.
pub fn after_failure(now: DateTime<Utc>, interval: Duration, failures: u32, retry_after: Option<u64>) -> DateTime<Utc> {
    let retry = Duration::from_secs(retry_after.unwrap_or(0)).min(MAX_RETRY_AFTER);
    add(now, backoff(interval, failures).max(retry))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t0() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").expect("t").to_utc()
    }

    #[test]
    fn success_uses_interval_or_longer_max_age() {
        let m30 = Duration::from_secs(1800);
        assert_eq!(after_success(t0(), m30, None) - t0(), chrono::Duration::minutes(30));
        assert_eq!(after_success(t0(), m30, Some(60)) - t0(), chrono::Duration::minutes(30));
        assert_eq!(after_success(t0(), m30, Some(7200)) - t0(), chrono::Duration::hours(2));
        assert_eq!(after_success(t0(), m30, Some(10_000_000)) - t0(), chrono::Duration::hours(24));
    }

    #[test]
    fn backoff_doubles_and_is_capped() {
        let m30 = Duration::from_secs(1800);
        let waits: Vec<u64> = (1..=8).map(|n| backoff(m30, n).as_secs() / 60).collect();
        assert_eq!(waits, vec![30, 60, 120, 240, 480, 960, 1440, 1440]);
        assert_eq!(backoff(m30, 1000), MAX_WAIT);
    }

    #[test]
    fn retry_after_is_respected() {
        let m30 = Duration::from_secs(1800);
        assert_eq!(after_failure(t0(), m30, 1, Some(7200)) - t0(), chrono::Duration::hours(2));
        assert_eq!(after_failure(t0(), m30, 1, Some(60)) - t0(), chrono::Duration::minutes(30));
        assert_eq!(after_failure(t0(), m30, 1, Some(u64::MAX)) - t0(), chrono::Duration::days(7));
    }
}
