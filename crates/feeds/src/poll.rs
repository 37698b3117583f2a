//! One polling round: fetch due feeds concurrently, complete summary-only entries from their
//! pages, and hand each feed's result to the caller as soon as it is ready.
//!
//! Results go through a bounded channel to a consumer that stores them (one transaction per
//! feed) and then updates the feed's state. A feed whose fetch is interrupted by shutdown
//! sends nothing: its state is unchanged, so it is polled again on the next start, and
//! whatever it had already delivered is deduplicated by the store. Memory stays bounded:
//! at most `concurrency` bodies in flight plus the channel's capacity of finished feeds.

use std::collections::HashSet;
use std::time::Duration;

use chrono::{DateTime, Utc};
use storyline_article::{Article, Document};
use storyline_source::{Format, Options};
use tokio::sync::{mpsc, watch};

use crate::feed::{merge_page, parse_feed};
use crate::net::{FetchError, Fetcher, Request, FEED_ACCEPT};
use crate::schedule;

/// Most article pages fetched for one feed in one poll; further summary-only entries wait.
pub const MAX_PAGES_PER_POLL: usize = 30;

/// A feed to poll, with what is known from earlier polls.
#[derive(Debug, Clone, Default)]
pub struct FeedJob {
    pub id: i64,
    pub url: String,
    /// Stored title; the feed's own title wins when it has one.
    pub title: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    pub interval: Duration,
    /// Failures in a row so far.
    pub failures: u32,
    /// Entry keys already processed: skipped (no page fetch, no ingest).
    pub seen: HashSet<String>,
}

/// What one poll of one feed produced.
#[derive(Debug, Clone)]
pub struct FeedResult {
    pub id: i64,
    pub url: String,
    pub fetched_at: DateTime<Utc>,
    pub next_due: DateTime<Utc>,
    /// Failures in a row after this poll (0 on success).
    pub failures: u32,
    pub http_status: Option<u16>,
    pub outcome: Outcome,
}

#[derive(Debug, Clone)]
pub enum Outcome {
    Fetched(Box<Fetched>),
    NotModified { etag: Option<String>, last_modified: Option<String> },
    Failed { error: String },
}

/// A feed that was fetched and parsed.
#[derive(Debug, Clone, Default)]
pub struct Fetched {
    pub title: Option<String>,
    pub site_url: Option<String>,
    pub format: &'static str,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// New entries (not in `FeedJob::seen`), as articles.
    pub document: Document,
    /// Keys of every entry in the feed now (seen or new).
    pub entry_keys: Vec<String>,
    pub entries_total: usize,
    /// New summary-only entries left for the next poll (page-fetch cap reached).
    pub deferred: usize,
    /// Page fetches that failed (the summary was kept), robots refusals, ...
    pub notes: Vec<String>,
}

/// Shutdown signal shared by the round and the caller.
#[derive(Clone)]
pub struct Shutdown {
    tx: std::sync::Arc<watch::Sender<bool>>,
    rx: watch::Receiver<bool>,
}

impl Default for Shutdown {
    fn default() -> Self {
        Shutdown::new()
    }
}

impl Shutdown {
    pub fn new() -> Shutdown {
        let (tx, rx) = watch::channel(false);
        Shutdown { tx: std::sync::Arc::new(tx), rx }
    }

    pub fn trigger(&self) {
        let _ = self.tx.send(true);
    }

    pub fn is_triggered(&self) -> bool {
        *self.rx.borrow()
    }

    /// Resolves once shutdown is triggered.
    pub async fn wait(&self) {
        let mut rx = self.rx.clone();
        let _ = rx.wait_for(|v| *v).await;
    }

    /// Trigger on SIGINT or SIGTERM (must be called inside a runtime). A second signal
    /// exits at once with status 130: safe, since every feed is stored in one transaction.
    pub fn listen_for_signals(&self) {
        let me = self.clone();
        tokio::spawn(async move {
            let mut count = 0;
            loop {
                wait_signal().await;
                count += 1;
                if count > 1 {
                    eprintln!("second signal: exiting now");
                    std::process::exit(130);
                }
                eprintln!("stopping: finishing the feeds already fetched (signal again to exit at once)");
                me.trigger();
            }
        });
    }
}

#[cfg(unix)]
async fn wait_signal() {
    use tokio::signal::unix::{signal, SignalKind};
    match (signal(SignalKind::interrupt()), signal(SignalKind::terminate())) {
        (Ok(mut int), Ok(mut term)) => {
            tokio::select! {
                _ = int.recv() => {}
                _ = term.recv() => {}
            }
        }
        _ => {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}

#[cfg(not(unix))]
async fn wait_signal() {
    let _ = tokio::signal::ctrl_c().await;
}

/// Poll `jobs`, sending each feed's result on `tx` as soon as it is complete. Returns when
/// every feed is done or, after shutdown, when the feeds in flight have been abandoned.
pub async fn run_round(fetcher: Fetcher, jobs: Vec<FeedJob>, tx: mpsc::Sender<FeedResult>, shutdown: Shutdown) {
    // Feeds in progress at once (fetching, or finished and waiting for the consumer): bounds
    // memory when fetching outruns storing.
    let slots = std::sync::Arc::new(tokio::sync::Semaphore::new(fetcher.settings().concurrency.max(1) * 2 + 8));
    let mut set = tokio::task::JoinSet::new();
    for job in jobs {
        let fetcher = fetcher.clone();
        let tx = tx.clone();
        let shutdown = shutdown.clone();
        let slots = slots.clone();
        set.spawn(async move {
            let _slot = tokio::select! {
                biased;
                _ = shutdown.wait() => return,
                slot = slots.acquire_owned() => slot,
            };
            tokio::select! {
                biased;
                _ = shutdown.wait() => {}
                result = poll_feed(&fetcher, job) => {
                    // A finished feed is always delivered, shutdown or not.
                    let _ = tx.send(result).await;
                }
            }
        });
    }
    drop(tx);
    while set.join_next().await.is_some() {}
}

/// Fetch, parse and complete one feed.
pub async fn poll_feed(fetcher: &Fetcher, job: FeedJob) -> FeedResult {
    let now = Utc::now();
    let fail = |error: String, status: Option<u16>, retry_after: Option<u64>| {
        let failures = job.failures.saturating_add(1);
        FeedResult {
            id: job.id,
            url: job.url.clone(),
            fetched_at: now,
            next_due: schedule::after_failure(now, job.interval, failures, retry_after),
            failures,
            http_status: status,
            outcome: Outcome::Failed { error },
        }
    };
    let succeed = |status: Option<u16>, max_age: Option<u64>, outcome: Outcome| FeedResult {
        id: job.id,
        url: job.url.clone(),
        fetched_at: now,
        next_due: schedule::after_success(now, job.interval, max_age),
        failures: 0,
        http_status: status,
        outcome,
    };
    let req = Request {
        url: &job.url,
        accept: FEED_ACCEPT,
        etag: job.etag.as_deref(),
        last_modified: job.last_modified.as_deref(),
        max_bytes: None,
    };
    let resp = match fetcher.get(&req).await {
        Ok(r) => r,
        Err(e) => return fail(e.to_string(), None, None),
    };
    let status = Some(resp.status);
    match resp.status {
        304 => {
            let outcome = Outcome::NotModified {
                etag: resp.etag.or(job.etag.clone()),
                last_modified: resp.last_modified.or(job.last_modified.clone()),
            };
            return succeed(status, resp.max_age, outcome);
        }
        200..=299 => {}
        429 => return fail("HTTP 429 Too Many Requests".to_string(), status, resp.retry_after),
        s => {
            let reason = reqwest::StatusCode::from_u16(s).ok().and_then(|c| c.canonical_reason()).unwrap_or("");
            return fail(format!("HTTP {s} {reason}").trim_end().to_string(), status, resp.retry_after);
        }
    }
    let max_bytes = fetcher.settings().max_bytes;
    let base = resp.url.clone();
    let body = resp.body;
    let parsed = tokio::task::spawn_blocking(move || parse_feed(&body, &base, max_bytes)).await;
    let parsed = match parsed {
        Ok(Ok(p)) => p,
        Ok(Err(e)) => return fail(e.to_string(), status, None),
        Err(e) => return fail(format!("feed parser crashed: {e}"), status, None),
    };
    let title = parsed.title.clone().or(job.title.clone());
    let mut fetched = Fetched {
        title: parsed.title.clone(),
        site_url: parsed.site_url.clone(),
        format: parsed.format,
        etag: resp.etag,
        last_modified: resp.last_modified,
        entries_total: parsed.entries.len(),
        ..Default::default()
    };
    let mut keys_this_poll = HashSet::new();
    let mut pages = 0;
    for entry in &parsed.entries {
        if job.seen.contains(&entry.key) || !keys_this_poll.insert(entry.key.clone()) {
            fetched.entry_keys.push(entry.key.clone());
            continue;
        }
        if entry.summary_only && entry.link.is_some() && pages >= MAX_PAGES_PER_POLL {
            // Left for the next poll (not recorded as seen), so one poll of a big new feed
            // does not turn into hundreds of page requests to one site.
            fetched.deferred += 1;
            continue;
        }
        fetched.entry_keys.push(entry.key.clone());
        let mut article = entry.article(title.as_deref());
        if entry.summary_only {
            if let Some(link) = &entry.link {
                pages += 1;
                match fetch_article(fetcher, link).await {
                    Ok(page) => merge_page(&mut article, page),
                    Err(e) => fetched.notes.push(format!("full text of {link} not fetched, summary kept: {e}")),
                }
            }
        }
        fetched.document.articles.push(article);
    }
    if fetched.deferred > 0 {
        // No validators: the next poll must get the whole feed again to reach the rest.
        fetched.etag = None;
        fetched.last_modified = None;
        fetched.notes.push(format!(
            "{} summary-only entries left for the next poll (at most {MAX_PAGES_PER_POLL} pages per feed and poll)",
            fetched.deferred
        ));
    }
    succeed(status, resp.max_age, Outcome::Fetched(Box::new(fetched)))
}

/// Fetch an article page (robots.txt respected) and extract its first article.
pub async fn fetch_article(fetcher: &Fetcher, url: &str) -> Result<Article, String> {
    let extracted = fetch_page(fetcher, url).await?;
    extracted.document.articles.into_iter().next().ok_or_else(|| storyline_source::html::NO_ARTICLE.to_string())
}

/// Fetch an HTML page (robots.txt respected) and run it through the HTML extractor.
pub async fn fetch_page(fetcher: &Fetcher, url: &str) -> Result<storyline_source::Extracted, String> {
    let resp = fetcher.get_page(url).await.map_err(|e| e.to_string())?;
    if !resp.is_success() {
        return Err(FetchError::Status { url: url.to_string(), status: resp.status }.to_string());
    }
    let max_bytes = fetcher.settings().max_bytes;
    let final_url = resp.url.clone();
    let body = resp.body;
    tokio::task::spawn_blocking(move || {
        let decoded = storyline_source::decode::decode_bytes(body, Format::Html, max_bytes, &final_url)
            .map_err(|e| e.to_string())?;
        let mut opts = Options::new(Utc::now().fixed_offset());
        opts.max_bytes = max_bytes;
        let mut extracted =
            storyline_source::html::parse(&decoded.text, Some(&final_url), &opts).map_err(|e| e.to_string())?;
        extracted.notes.extend(decoded.notes);
        Ok(extracted)
    })
    .await
    .map_err(|e| format!("page extractor crashed: {e}"))?
}
