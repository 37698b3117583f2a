//! `storyline feeds …`, `storyline fetch`, `storyline watch`: live ingestion commands.
//!
//! Fetching, parsing and scheduling live in `storyline-feeds`; subscriptions and their state
//! in the store (`feed`, `feed_entry`). Articles go through the same [`Pipeline`] as files:
//! one transaction per feed (or fetched page), then the feed's state is recorded.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use chrono::{DateTime, Utc};
use clap::{Args, Subcommand};
use serde_json::json;
use storyline_feeds::net::{default_user_agent, FEED_ACCEPT};
use storyline_feeds::opml::OpmlFeed;
use storyline_feeds::poll::{self, FeedJob, FeedResult, Outcome, Shutdown};
use storyline_feeds::{parse_feed, tokio, Fetcher, ParsedFeed, Request, Settings};
use storyline_store::{FeedPoll, FeedRow, NewFeed, Store};

use crate::config::Config;
use crate::pipeline::{print_summary, InputReport, Pipeline};

#[derive(Subcommand, Debug)]
pub enum FeedsCommand {
    /// Subscribe to a feed (or a page that links to one).
    Add {
        url: String,
        #[command(flatten)]
        net: NetArgs,
        /// Poll every MINUTES instead of the configured default ([watch] interval_minutes).
        #[arg(long, value_name = "MINUTES")]
        interval: Option<u64>,
        /// Subscribe without fetching the URL first (it must be the feed itself).
        #[arg(long)]
        no_check: bool,
    },
    /// Subscribe to every feed of an OPML file.
    Import { file: std::path::PathBuf },
    /// Print subscriptions as OPML.
    Export,
    /// List subscriptions with last fetch, status, error and next due time.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unsubscribe (by id or URL).
    Remove { feed: String },
    /// Make feeds due now (every feed when none is named), so the next `watch` polls them.
    Due { feeds: Vec<String> },
}

#[derive(Args, Debug, Clone, Default)]
pub struct NetArgs {
    /// Allow fetching loopback, private, link-local and metadata addresses.
    #[arg(long)]
    pub allow_private: bool,
}

/// Network settings from the config file, with command-line flags winning.
fn settings(dir: &Path, net: &NetArgs) -> Result<(Config, Settings)> {
    let cfg = Config::load(dir)?;
    let settings = Settings {
        allow_private: net.allow_private || cfg.fetch.allow_private,
        timeout: Duration::from_secs(cfg.fetch.timeout_secs.max(1)),
        max_bytes: cfg.fetch.max_bytes,
        concurrency: cfg.fetch.concurrency.max(1),
        user_agent: cfg.fetch.user_agent.clone().unwrap_or_else(default_user_agent),
        max_redirects: 5,
    };
    Ok((cfg, settings))
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    storyline_feeds::runtime().context("cannot start the network runtime")
}

fn check_url(url: &str) -> Result<String> {
    let parsed = storyline_feeds::url::Url::parse(url.trim())
        .with_context(|| format!("{url:?} is not a URL: give a full address like https://example.com/feed.xml"))?;
    if parsed.scheme() != "http" && parsed.scheme() != "https" {
        bail!("{url}: only http and https URLs can be fetched");
    }
    Ok(parsed.to_string())
}

pub fn feeds(dir: &Path, cmd: FeedsCommand) -> Result<i32> {
    match cmd {
        FeedsCommand::Add { url, net, interval, no_check } => add(dir, &url, &net, interval, no_check),
        FeedsCommand::Import { file } => import(dir, &file),
        FeedsCommand::Export => export(dir),
        FeedsCommand::List { json } => list(dir, json),
        FeedsCommand::Remove { feed } => remove(dir, &feed),
        FeedsCommand::Due { feeds } => make_due(dir, &feeds),
    }
}

fn add(dir: &Path, url: &str, net: &NetArgs, interval: Option<u64>, no_check: bool) -> Result<i32> {
    let url = check_url(url)?;
    let interval = interval.map(|m| m.clamp(1, 7 * 24 * 60) as i64);
    let store = Store::open(dir)?;
    if let Some(f) = store.feed_by_url(&url)? {
        println!("already subscribed: f{} {}", f.id, describe(&f));
        return Ok(0);
    }
    let (feed_url, parsed) = if no_check {
        (url.clone(), ParsedFeed::default())
    } else {
        let (_, settings) = settings(dir, net)?;
        let fetcher = Fetcher::new(settings)?;
        runtime()?.block_on(find_feed(&fetcher, &url))?
    };
    if let Some(f) = store.feed_by_url(&feed_url)? {
        println!("already subscribed: f{} {}", f.id, describe(&f));
        return Ok(0);
    }
    let (id, _) = store.add_feed(&NewFeed {
        url: &feed_url,
        title: parsed.title.as_deref(),
        site_url: parsed.site_url.as_deref(),
        category: None,
        interval_minutes: interval,
    })?;
    if no_check {
        println!("subscribed f{id}: {feed_url} (not checked)");
    } else {
        let via = if feed_url != url { format!(" (found on {url})") } else { String::new() };
        println!(
            "subscribed f{id}: {} <{feed_url}>{via}: {}, {} entries",
            parsed.title.as_deref().unwrap_or("(untitled)"),
            parsed.format,
            parsed.entries.len()
        );
    }
    Ok(0)
}

/// `url` itself when it is a feed, else the first feed its HTML page links to.
async fn find_feed(fetcher: &Fetcher, url: &str) -> Result<(String, ParsedFeed)> {
    let max = fetcher.settings().max_bytes;
    let resp = fetcher.get(&Request { url, accept: FEED_ACCEPT, ..Default::default() }).await?;
    if !resp.is_success() {
        bail!("{url}: HTTP {}", resp.status);
    }
    let not_feed = match parse_feed(&resp.body, &resp.url, max) {
        Ok(feed) => return Ok((url.to_string(), feed)),
        Err(e) => e,
    };
    let base =
        storyline_feeds::url::Url::parse(&resp.url).with_context(|| format!("{url}: bad final URL {}", resp.url))?;
    let page = storyline_source::decode::decode_bytes(resp.body, storyline_source::Format::Html, max, url)
        .map(|d| d.text)
        .unwrap_or_default();
    let links = storyline_feeds::text::discover_feeds(&page, &base);
    if links.is_empty() {
        bail!("{url}: {not_feed}, and the page links to no feed (no <link rel=\"alternate\" type=\"application/rss+xml\">)");
    }
    let mut errors = Vec::new();
    for link in links.iter().take(5) {
        match fetcher.get(&Request { url: link, accept: FEED_ACCEPT, ..Default::default() }).await {
            Ok(r) if r.is_success() => match parse_feed(&r.body, &r.url, max) {
                Ok(feed) => return Ok((link.clone(), feed)),
                Err(e) => errors.push(format!("{link}: {e}")),
            },
            Ok(r) => errors.push(format!("{link}: HTTP {}", r.status)),
            Err(e) => errors.push(e.to_string()),
        }
    }
    bail!("{url} links to {} feed(s), none usable: {}", links.len(), errors.join("; "))
}

fn import(dir: &Path, file: &PathBuf) -> Result<i32> {
    let size = std::fs::metadata(file).with_context(|| format!("cannot read {}", file.display()))?.len();
    if size > 32 * 1024 * 1024 {
        bail!("{}: {size} bytes is too large for an OPML file", file.display());
    }
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {} as UTF-8 text", file.display()))?;
    let feeds = storyline_feeds::opml::parse_opml(&text).map_err(|e| anyhow!("{}: {e}", file.display()))?;
    let store = Store::open(dir)?;
    let (mut added, mut existing, mut skipped) = (0, 0, 0);
    for f in &feeds {
        let url = match check_url(&f.url) {
            Ok(u) => u,
            Err(e) => {
                eprintln!("skipped: {e:#}");
                skipped += 1;
                continue;
            }
        };
        let (_, new) = store.add_feed(&NewFeed {
            url: &url,
            title: f.title.as_deref(),
            site_url: f.site_url.as_deref(),
            category: f.category.as_deref(),
            interval_minutes: None,
        })?;
        if new {
            added += 1;
        } else {
            existing += 1;
        }
    }
    println!("imported {added} feed(s) from {}: {existing} already subscribed, {skipped} skipped", file.display());
    Ok(if skipped > 0 { 1 } else { 0 })
}

fn export(dir: &Path) -> Result<i32> {
    let store = Store::open(dir)?;
    let feeds: Vec<OpmlFeed> = store
        .feeds()?
        .into_iter()
        .map(|f| OpmlFeed { url: f.url, title: f.title, site_url: f.site_url, category: f.category })
        .collect();
    let xml = storyline_feeds::opml::write_opml(&feeds).map_err(|e| anyhow!(e))?;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{xml}")?;
    Ok(0)
}

fn time(ts: Option<i64>) -> Option<String> {
    ts.and_then(|t| DateTime::from_timestamp(t, 0)).map(|t| t.to_rfc3339())
}

fn relative(ts: i64, now: i64) -> String {
    let d = ts - now;
    let a = d.unsigned_abs();
    let span = if a < 90 {
        format!("{a} s")
    } else if a < 90 * 60 {
        format!("{} min", (a + 30) / 60)
    } else if a < 36 * 3600 {
        format!("{} h", (a + 1800) / 3600)
    } else {
        format!("{} d", (a + 43_200) / 86_400)
    };
    if d <= 0 {
        format!("{span} ago")
    } else {
        format!("in {span}")
    }
}

fn describe(f: &FeedRow) -> String {
    match &f.title {
        Some(t) => format!("{t} <{}>", f.url),
        None => f.url.clone(),
    }
}

fn list(dir: &Path, json: bool) -> Result<i32> {
    let store = Store::open(dir)?;
    let feeds = store.feeds()?;
    let now = Utc::now().timestamp();
    let mut out = std::io::stdout().lock();
    if json {
        let rows: Vec<_> = feeds
            .iter()
            .map(|f| {
                let mut v = serde_json::to_value(f).unwrap_or_default();
                if let Some(o) = v.as_object_mut() {
                    o.insert("last_fetch".into(), json!(time(f.last_fetch_at)));
                    o.insert("next_due".into(), json!(time(Some(f.next_due_at.max(0)))));
                    o.insert("due".into(), json!(f.next_due_at <= now));
                }
                v
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&rows)?)?;
        return Ok(0);
    }
    if feeds.is_empty() {
        writeln!(out, "no feeds: `storyline feeds add URL` or `storyline feeds import FILE.opml`")?;
        return Ok(0);
    }
    writeln!(out, "{:<5} {:<16} {:<12} {:<12} {:>8}  FEED", "ID", "STATUS", "LAST FETCH", "NEXT DUE", "ARTICLES")?;
    for f in &feeds {
        let status = match (&f.last_status, f.http_status) {
            (None, _) => "never polled".to_string(),
            (Some(s), Some(code)) if s != "not modified" => format!("{s} ({code})"),
            (Some(s), _) => s.clone(),
        };
        let last = f.last_fetch_at.map(|t| relative(t, now)).unwrap_or_else(|| "-".into());
        let next = if f.next_due_at <= now { "now".to_string() } else { relative(f.next_due_at, now) };
        writeln!(
            out,
            "f{:<4} {:<16} {:<12} {:<12} {:>8}  {}",
            f.id,
            status,
            last,
            next,
            f.articles_added,
            describe(f)
        )?;
        if let Some(e) = &f.last_error {
            let streak =
                if f.error_count > 1 { format!(" ({} failures in a row)", f.error_count) } else { String::new() };
            writeln!(out, "      error: {e}{streak}")?;
        }
    }
    Ok(0)
}

/// A feed named by id (`f3`, `3`) or URL.
fn find(store: &Store, name: &str) -> Result<FeedRow> {
    let n = name.trim();
    let id = n.strip_prefix('f').unwrap_or(n).parse::<i64>().ok();
    let found = match id {
        Some(id) => store.feed(id)?,
        None => match store.feed_by_url(n)? {
            Some(f) => Some(f),
            None => match check_url(n) {
                Ok(u) => store.feed_by_url(&u)?,
                Err(_) => None,
            },
        },
    };
    found.ok_or_else(|| anyhow!("no feed {name:?}: `storyline feeds list` shows ids and URLs"))
}

fn remove(dir: &Path, name: &str) -> Result<i32> {
    let store = Store::open(dir)?;
    let f = find(&store, name)?;
    store.remove_feed(f.id)?;
    println!("removed f{}: {} (its {} stored article(s) stay)", f.id, describe(&f), f.articles_added);
    Ok(0)
}

fn make_due(dir: &Path, names: &[String]) -> Result<i32> {
    let store = Store::open(dir)?;
    if names.is_empty() {
        store.make_feeds_due(None)?;
        println!("all {} feed(s) are due now", store.feeds()?.len());
        return Ok(0);
    }
    for name in names {
        let f = find(&store, name)?;
        store.make_feeds_due(Some(f.id))?;
        println!("f{} is due now", f.id);
    }
    Ok(0)
}

pub fn fetch(dir: &Path, urls: &[String], net: &NetArgs) -> Result<i32> {
    let (_, settings) = settings(dir, net)?;
    let fetcher = Fetcher::new(settings)?;
    let rt = runtime()?;
    let mut pipeline = Pipeline::open(dir)?;
    let mut reports = Vec::with_capacity(urls.len());
    for url in urls {
        let result = match check_url(url) {
            Ok(u) => rt.block_on(poll::fetch_page(&fetcher, &u)),
            Err(e) => Err(format!("{e:#}")),
        };
        let report = match result {
            Ok(mut x) => {
                for a in &mut x.document.articles {
                    if a.url.is_none() {
                        a.url = Some(url.clone());
                    }
                }
                let mut r = pipeline.ingest_parsed(url, &x.document, &x.problems);
                r.notes.extend(x.notes);
                r
            }
            Err(e) => InputReport { input: url.clone(), rejected: 1, reasons: vec![e], ..Default::default() },
        };
        reports.push(report);
    }
    pipeline.save()?;
    print_summary(&mut std::io::stdout().lock(), &reports)?;
    eprintln!("data: {}", dir.display());
    Ok(if reports.iter().any(|r| r.rejected > 0) { 1 } else { 0 })
}

/// What one round did.
#[derive(Debug, Default)]
struct RoundStats {
    feeds: usize,
    ok: usize,
    not_modified: usize,
    failed: usize,
    new: usize,
    duplicate: usize,
    rejected: usize,
}

pub fn watch(dir: &Path, once: bool, net: &NetArgs) -> Result<i32> {
    let (cfg, settings) = settings(dir, net)?;
    let default_interval = cfg.watch.interval_minutes.max(1);
    let concurrency = settings.concurrency;
    let fetcher = Fetcher::new(settings)?;
    let rt = runtime()?;
    let mut pipeline = Pipeline::open(dir)?;
    let shutdown = Shutdown::new();
    {
        let _guard = rt.enter();
        shutdown.listen_for_signals();
    }
    if !once {
        eprintln!(
            "watching {} feed(s) in {} (default interval {default_interval} min, {concurrency} requests at once, \
             one per host); Ctrl-C stops",
            pipeline.store().feeds()?.len(),
            dir.display()
        );
    }
    loop {
        let now = Utc::now().timestamp();
        let due = pipeline.store().due_feeds(now)?;
        if due.is_empty() {
            if once {
                let next = pipeline.store().next_feed_due()?;
                match next {
                    None => println!("no feeds: `storyline feeds add URL` subscribes to one"),
                    Some(t) => println!("no feed is due; the next is due {}", relative(t, now)),
                }
            }
        } else {
            let started = std::time::Instant::now();
            let stats = round(&rt, &fetcher, &mut pipeline, &due, default_interval, &shutdown)?;
            pipeline.save()?;
            println!(
                "{} feed(s) polled in {:.1} s: {} ok, {} not modified, {} failed; {} new, {} duplicate, {} rejected",
                stats.feeds,
                started.elapsed().as_secs_f64(),
                stats.ok,
                stats.not_modified,
                stats.failed,
                stats.new,
                stats.duplicate,
                stats.rejected
            );
            if stats.feeds < due.len() {
                println!("stopped: {} feed(s) not finished are polled next time", due.len() - stats.feeds);
            }
        }
        if once || shutdown.is_triggered() {
            break;
        }
        let next = pipeline.store().next_feed_due()?.unwrap_or(now + 60);
        let wait = (next - Utc::now().timestamp()).clamp(1, 60) as u64;
        let sd = shutdown.clone();
        rt.block_on(async move {
            tokio::select! {
                _ = tokio::time::sleep(Duration::from_secs(wait)) => {}
                _ = sd.wait() => {}
            }
        });
        if shutdown.is_triggered() {
            break;
        }
    }
    Ok(0)
}

/// Poll `due` and store results as they arrive.
fn round(
    rt: &tokio::runtime::Runtime,
    fetcher: &Fetcher,
    pipeline: &mut Pipeline,
    due: &[FeedRow],
    default_interval: u64,
    shutdown: &Shutdown,
) -> Result<RoundStats> {
    let mut jobs = Vec::with_capacity(due.len());
    let mut titles = std::collections::HashMap::new();
    for f in due {
        let minutes = f.interval_minutes.map(|m| m.max(1) as u64).unwrap_or(default_interval);
        titles.insert(f.id, f.title.clone());
        jobs.push(FeedJob {
            id: f.id,
            url: f.url.clone(),
            title: f.title.clone(),
            etag: f.etag.clone(),
            last_modified: f.last_modified.clone(),
            interval: Duration::from_secs(minutes * 60),
            failures: u32::try_from(f.error_count).unwrap_or(u32::MAX),
            seen: pipeline.store().feed_seen(f.id)?,
        });
    }
    let (tx, mut rx) = tokio::sync::mpsc::channel::<FeedResult>(8);
    let handle = rt.spawn(poll::run_round(fetcher.clone(), jobs, tx, shutdown.clone()));
    let mut stats = RoundStats::default();
    let mut out = std::io::stdout().lock();
    while let Some(result) = rx.blocking_recv() {
        let title = titles.get(&result.id).cloned().flatten();
        record(pipeline, result, title, &mut stats, &mut out)?;
    }
    let _ = rt.block_on(handle);
    Ok(stats)
}

/// Store one feed's articles (one transaction), then its state.
fn record(
    pipeline: &mut Pipeline,
    r: FeedResult,
    stored_title: Option<String>,
    stats: &mut RoundStats,
    out: &mut dyn Write,
) -> Result<()> {
    stats.feeds += 1;
    let name = |title: Option<&str>| format!("f{} {}", r.id, title.or(stored_title.as_deref()).unwrap_or(&r.url));
    match &r.outcome {
        Outcome::Fetched(f) => {
            let report = if f.document.articles.is_empty() {
                InputReport { input: r.url.clone(), ..Default::default() }
            } else {
                pipeline.ingest_parsed(&r.url, &f.document, &[])
            };
            let store_error = report.error.clone();
            let poll = FeedPoll {
                id: r.id,
                fetched_at: r.fetched_at.timestamp(),
                next_due_at: r.next_due.timestamp(),
                status: "ok",
                http_status: r.http_status,
                etag: f.etag.as_deref(),
                last_modified: f.last_modified.as_deref(),
                title: f.title.as_deref(),
                site_url: f.site_url.as_deref(),
                articles_added: report.new as i64,
                entry_keys: Some(&f.entry_keys),
                ..Default::default()
            };
            if let Some(err) = &store_error {
                // Nothing of this feed was written: keep the old validators and entry keys so
                // the next poll fetches everything again.
                stats.failed += 1;
                let next = r.fetched_at + chrono::Duration::minutes(5);
                pipeline.store().record_feed_poll(&FeedPoll {
                    status: "error",
                    error: Some(err),
                    error_count: i64::from(r.failures) + 1,
                    next_due_at: next.timestamp(),
                    etag: None,
                    last_modified: None,
                    articles_added: 0,
                    entry_keys: None,
                    ..poll
                })?;
                writeln!(out, "{}: {err}", name(f.title.as_deref()))?;
                return Ok(());
            }
            pipeline.store().record_feed_poll(&poll)?;
            stats.ok += 1;
            stats.new += report.new;
            stats.duplicate += report.duplicate;
            stats.rejected += report.rejected;
            if report.new + report.duplicate + report.rejected > 0 {
                writeln!(
                    out,
                    "{}: {} new, {} duplicate, {} rejected",
                    name(f.title.as_deref()),
                    report.new,
                    report.duplicate,
                    report.rejected
                )?;
            }
            for note in f.notes.iter().chain(&report.notes) {
                writeln!(out, "note: f{}: {note}", r.id)?;
            }
            for reason in &report.reasons {
                writeln!(out, "rejected: f{}: {reason}", r.id)?;
            }
        }
        Outcome::NotModified { etag, last_modified } => {
            pipeline.store().record_feed_poll(&FeedPoll {
                id: r.id,
                fetched_at: r.fetched_at.timestamp(),
                next_due_at: r.next_due.timestamp(),
                status: "not modified",
                http_status: r.http_status,
                etag: etag.as_deref(),
                last_modified: last_modified.as_deref(),
                ..Default::default()
            })?;
            stats.not_modified += 1;
        }
        Outcome::Failed { error } => {
            pipeline.store().record_feed_poll(&FeedPoll {
                id: r.id,
                fetched_at: r.fetched_at.timestamp(),
                next_due_at: r.next_due.timestamp(),
                status: "error",
                http_status: r.http_status,
                error: Some(error),
                error_count: i64::from(r.failures),
                ..Default::default()
            })?;
            stats.failed += 1;
            writeln!(
                out,
                "{}: error: {error} (retry {})",
                name(None),
                relative(r.next_due.timestamp(), Utc::now().timestamp())
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_times() {
        assert_eq!(relative(100, 100), "0 s ago");
        assert_eq!(relative(100 + 1800, 100), "in 30 min");
        assert_eq!(relative(100, 100 + 7200), "2 h ago");
        assert_eq!(relative(100 + 3 * 86_400, 100), "in 3 d");
    }
}
