//! Polling throughput: `cargo bench --bench poll`.
//!
//! Starts local HTTP servers on 127.0.0.1 (default 50 ports) serving 1,000 RSS feeds of 20
//! items each (full content, ~180 words per item, all different; about 8 articles per story,
//! each story with its own invented names and places, spread over feeds), subscribes them through
//! `feeds import` (OPML) into a fresh data directory with `allow_private = true`, and runs one
//! `watch --once` round through the library (the same code as the binary): fetch, parse,
//! analysis, story engine, SQLite. Then a second round on the same feeds (conditional GET,
//! all 304). Prints elapsed time, articles stored and the process's peak RSS (VmHWM, which
//! includes the in-process test servers).
//!
//! "One request at a time per host" is keyed by host:port, so the 50 ports count as 50
//! hosts; with the default concurrency of 8 the global limit is what binds.
//!
//! Environment: STORYLINE_BENCH_FEEDS (1000), STORYLINE_BENCH_ITEMS (20),
//! STORYLINE_BENCH_PORTS (50), STORYLINE_BENCH_CONCURRENCY (config default 8).

use std::sync::Arc;
use std::time::Instant;

use storyline::feeds_cli::{self, FeedsCommand, NetArgs};
use storyline_feeds::opml::OpmlFeed;
use storyline_feeds::testserver::{news_text, news_title, rss2, Item, Resp, TestServer};

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn peak_rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.split_whitespace().next()?.parse::<f64>().ok())
        .map(|kb| kb / 1024.0)
        .unwrap_or(0.0)
}

fn main() {
    let feeds = env("STORYLINE_BENCH_FEEDS", 1000);
    let items = env("STORYLINE_BENCH_ITEMS", 20);
    let ports = env("STORYLINE_BENCH_PORTS", 50).max(1);
    let concurrency = std::env::var("STORYLINE_BENCH_CONCURRENCY").ok();

    // About 8 articles per story, spread over different feeds (as outlets cover one event).
    let stories = (feeds * items / 8).max(1) as u64;
    let story_of =
        move |n: usize, i: usize| (((n * items + i) as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 17) % stories;
    let handler = Arc::new(move |req: &storyline_feeds::testserver::Req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        let Some(n) = req.path.strip_prefix("/feed/").and_then(|n| n.parse::<usize>().ok()) else {
            return Resp::status(404);
        };
        let etag = format!("\"feed-{n}\"");
        if req.header("If-None-Match") == Some(etag.as_str()) {
            return Resp::status(304).header("ETag", &etag);
        }
        let list: Vec<Item> = (0..items)
            .map(|i| Item {
                title: news_title(story_of(n, i), (n * items + i) as u64),
                link: format!("{base}/feed/{n}/item/{i}"),
                body: news_text(story_of(n, i), (n * items + i) as u64, 180),
                full: true,
                published: 1_795_000_000 + (n * items + i) as i64 * 60,
            })
            .collect();
        Resp::ok("application/rss+xml", rss2(&format!("Bench feed {n}"), &base, &list)).header("ETag", &etag)
    });
    let servers: Vec<TestServer> = (0..ports)
        .map(|_| {
            let h = handler.clone();
            TestServer::start(move |r| h(r)).unwrap_or_else(|e| {
                eprintln!("cannot start a test server: {e}");
                std::process::exit(1)
            })
        })
        .collect();

    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("cannot create a temporary directory: {e}");
            std::process::exit(1);
        }
    };
    let data = dir.path().join("data");
    let mut config = "[fetch]\nallow_private = true\n".to_string();
    if let Some(c) = concurrency {
        config.push_str(&format!("concurrency = {c}\n"));
    }
    let subs: Vec<OpmlFeed> = (0..feeds)
        .map(|n| OpmlFeed { url: servers[n % ports].url(&format!("/feed/{n}")), ..Default::default() })
        .collect();
    let opml = dir.path().join("bench.opml");
    let written = std::fs::create_dir_all(&data)
        .and_then(|_| std::fs::write(data.join("storyline.toml"), &config))
        .and_then(|_| std::fs::write(&opml, storyline_feeds::opml::write_opml(&subs).unwrap_or_default()));
    if let Err(e) = written {
        eprintln!("cannot write the benchmark files: {e}");
        std::process::exit(1);
    }
    if let Err(e) = feeds_cli::feeds(&data, FeedsCommand::Import { file: opml }) {
        eprintln!("import failed: {e:#}");
        std::process::exit(1);
    }

    let net = NetArgs { allow_private: true };
    let started = Instant::now();
    if let Err(e) = feeds_cli::watch(&data, true, &net) {
        eprintln!("watch failed: {e:#}");
        std::process::exit(1);
    }
    let first = started.elapsed().as_secs_f64();
    let rss_first = peak_rss_mib();

    let _ = feeds_cli::feeds(&data, FeedsCommand::Due { feeds: Vec::new() });
    let started = Instant::now();
    if let Err(e) = feeds_cli::watch(&data, true, &net) {
        eprintln!("watch failed: {e:#}");
        std::process::exit(1);
    }
    let second = started.elapsed().as_secs_f64();

    let stored = storyline_store::Store::open(&data)
        .and_then(|s| s.reader().counts())
        .map(|c| (c.articles, c.stories))
        .unwrap_or((-1, -1));
    let requests: usize = servers.iter().map(|s| s.requests().len()).sum();
    println!(
        "poll: {feeds} feeds x {items} items on {ports} local ports: first round {first:.2} s \
         ({:.0} articles/s), {} articles in {} stories; second round (all 304) {second:.2} s; \
         {requests} requests; peak RSS {rss_first:.0} MiB after round 1, {:.0} MiB at the end",
        stored.0 as f64 / first,
        stored.0,
        stored.1,
        peak_rss_mib()
    );
}
