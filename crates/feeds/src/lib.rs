//! Live sources: feed parsing, OPML, discovery, safe HTTP fetching, polling schedule.
//!
//! - [`guard`]: which addresses may be connected to (SSRF guard on resolved addresses);
//! - [`net`]: the HTTP client: limits, redirects, conditional GET, robots.txt, per-host and
//!   global concurrency;
//! - [`feed`]: RSS 0.9x/1.0/2.0, Atom and JSON Feed (via `feed-rs`) to entries and articles;
//! - [`text`]: HTML fragments to paragraphs, feed discovery in HTML pages;
//! - [`opml`]: subscription import and export;
//! - [`schedule`]: next poll time (interval, max-age, backoff, Retry-After);
//! - [`poll`]: one polling round, results streamed to the caller as feeds complete.
//!
//! Nothing here touches the store: the caller (`storyline watch`) stores each feed's new
//! articles through the ingest pipeline and then records the feed's state.

pub mod feed;
pub mod guard;
pub mod net;
pub mod opml;
pub mod poll;
pub mod schedule;
#[cfg(feature = "test-server")]
pub mod testserver;
pub mod text;

pub use feed::{parse_feed, FeedEntry, ParsedFeed};
pub use net::{FetchError, Fetcher, Request, Response, Settings};
pub use poll::{FeedJob, FeedResult, Fetched, Outcome, Shutdown};
/// The async runtime the fetcher runs on, for callers that drive it.
pub use tokio;
pub use url;

/// A runtime for fetching: a few worker threads (work is I/O bound; parsing and extraction
/// run on the blocking pool).
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()
}
