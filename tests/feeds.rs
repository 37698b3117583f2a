//! End-to-end tests of `storyline feeds`, `fetch` and `watch`: the real binary against local
//! HTTP servers on 127.0.0.1 (never the internet).

use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use storyline_feeds::testserver::{
    article_page, atom, filler_text, json_feed, rss1, rss2, Body, Item, Resp, TestServer,
};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storyline"))
}

fn run(data: &Path, args: &[&str]) -> Output {
    bin().arg("--data").arg(data).args(args).output().expect("run storyline")
}

fn ok(data: &Path, args: &[&str]) -> String {
    let o = run(data, args);
    assert!(o.status.success(), "{args:?} failed: {}\n{}", stdout(&o), stderr(&o));
    stdout(&o)
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn config(data: &Path, text: &str) {
    std::fs::create_dir_all(data).expect("mkdir");
    std::fs::write(data.join("storyline.toml"), text).expect("config");
}

fn db(data: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(data.join("storyline.db")).expect("db")
}

fn count(data: &Path, sql: &str) -> i64 {
    db(data).query_row(sql, [], |r| r.get(0)).expect("query")
}

fn articles(data: &Path) -> i64 {
    count(data, "SELECT COUNT(*) FROM article")
}

fn feeds_json(data: &Path) -> Vec<serde_json::Value> {
    let out = ok(data, &["feeds", "list", "--json"]);
    serde_json::from_str::<Vec<serde_json::Value>>(&out).expect("json list")
}

fn feed<'a>(list: &'a [serde_json::Value], url: &str) -> &'a serde_json::Value {
    list.iter().find(|f| f["url"] == url).unwrap_or_else(|| panic!("{url} not in {list:?}"))
}

fn items(prefix: &str, base: &str, n: usize, full: bool) -> Vec<Item> {
    (0..n)
        .map(|i| Item {
            title: format!("{prefix} story number {i} about the harbour"),
            link: format!("{base}/{prefix}/{i}"),
            body: filler_text(
                (prefix.len() * 1000 + i) as u64 + prefix.bytes().map(u64::from).sum::<u64>() * 7,
                if full { 180 } else { 25 },
            ),
            full,
            published: 1_795_000_000 + i as i64 * 3600,
        })
        .collect()
}

/// Every feed format, summary-only entries completed from their pages, sources, and a
/// conditional GET on the next poll.
#[test]
fn formats_pages_and_conditional_get() {
    let base = Arc::new(std::sync::OnceLock::<String>::new());
    let b2 = base.clone();
    let server = TestServer::start(move |req| {
        let base = b2.get().cloned().unwrap_or_default();
        let etag = "\"round-1\"";
        let feed = |body: String, kind: &str| {
            if req.header("If-None-Match") == Some(etag) {
                Resp::status(304).header("ETag", etag)
            } else {
                Resp::ok(kind, body).header("ETag", etag)
            }
        };
        match req.path.split('?').next().unwrap_or_default() {
            "/rss2" => {
                let mut it = items("rss2", &base, 3, true);
                it.push(Item {
                    title: "Summary only item".into(),
                    link: format!("{base}/page/summary?utm_source=rss"),
                    body: "A teaser of two sentences. Read the rest on the site.".into(),
                    full: false,
                    published: 1_795_100_000,
                });
                feed(rss2("Alpha RSS", &base, &it), "application/rss+xml")
            }
            "/rss1" => feed(rss1("Beta RDF", &base, &items("rss1", &base, 3, true)), "application/rdf+xml"),
            "/atom" => feed(atom("Gamma Atom", &base, &items("atom", &base, 3, true)), "application/atom+xml"),
            "/json" => feed(json_feed("Delta JSON", &base, &items("json", &base, 3, true)), "application/feed+json"),
            "/page/summary" => Resp::ok(
                "text/html",
                article_page(
                    "Summary only item",
                    &format!(
                        "The full page text begins here with a distinctive sentence about lighthouse keepers.\n\n{}",
                        filler_text(77, 200)
                    ),
                    Some(&format!("{base}/page/summary-canonical")),
                ),
            ),
            "/robots.txt" => Resp::ok("text/plain", "User-agent: *\nDisallow: /private/\n"),
            _ => Resp::status(404),
        }
    })
    .expect("server");
    let _ = base.set(server.url(""));
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    for path in ["/rss2", "/rss1", "/atom", "/json"] {
        let out = ok(data, &["feeds", "add", "--allow-private", &server.url(path)]);
        assert!(out.contains("subscribed f"), "{out}");
    }
    let out = ok(data, &["watch", "--once", "--allow-private"]);
    assert!(out.contains("4 feed(s) polled"), "{out}");
    assert!(out.contains("13 new"), "{out}");
    assert_eq!(articles(data), 13);
    let list = feeds_json(data);
    for (path, title, n) in
        [("/rss2", "Alpha RSS", 4), ("/rss1", "Beta RDF", 3), ("/atom", "Gamma Atom", 3), ("/json", "Delta JSON", 3)]
    {
        let f = feed(&list, &server.url(path));
        assert_eq!(f["title"], title);
        assert_eq!(f["last_status"], "ok");
        assert_eq!(f["articles_added"], n);
        assert_eq!(f["etag"], "\"round-1\"");
        let stored = count(data, &format!("SELECT COUNT(*) FROM article WHERE source = '{title}'"));
        assert_eq!(stored, n, "source is the feed title");
    }
    // The summary-only entry got its page's text and canonical URL.
    let (body, url): (String, String) = db(data)
        .query_row("SELECT body, canonical_url FROM article WHERE headline = 'Summary only item'", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .expect("summary item");
    assert!(body.contains("lighthouse keepers"), "{body}");
    assert_eq!(url, server.url("/page/summary-canonical"));
    assert_eq!(server.hits("/robots.txt"), 1);

    // Second round: conditional GET, nothing new.
    ok(data, &["feeds", "due"]);
    let out = ok(data, &["watch", "--once", "--allow-private"]);
    assert!(out.contains("4 not modified"), "{out}");
    assert_eq!(articles(data), 13);
    let conditional = server
        .requests()
        .iter()
        .filter(|r| r.path == "/atom" && r.header("If-None-Match") == Some("\"round-1\""))
        .count();
    assert_eq!(conditional, 1, "the stored ETag was sent");
    assert_eq!(feed(&feeds_json(data), &server.url("/atom"))["last_status"], "not modified");
    let page_hits = server.requests().iter().filter(|r| r.path.starts_with("/page/summary")).count();
    assert_eq!(page_hits, 1, "known entries are not fetched again");
}

#[test]
fn discovery_opml_round_trip_and_remove() {
    let server = TestServer::start(|req| match req.path.as_str() {
        "/home" => Resp::ok(
            "text/html",
            "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" title=\"Feed\" href=\"/feed.atom\">\
             </head><body>home</body></html>",
        ),
        "/feed.atom" => Resp::ok("application/atom+xml", atom("Epsilon & Co", "http://example.com/", &[])),
        "/plain" => Resp::ok("text/html", "<html><body>no feed here</body></html>"),
        _ => Resp::status(404),
    })
    .expect("server");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    let out = ok(data, &["feeds", "add", "--allow-private", &server.url("/home")]);
    assert!(out.contains(&server.url("/feed.atom")), "{out}");
    let o = run(data, &["feeds", "add", "--allow-private", &server.url("/plain")]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("links to no feed"), "{}", stderr(&o));
    ok(data, &["feeds", "add", "--no-check", "--interval", "5", "https://news.example.org/rss.xml"]);

    let opml = ok(data, &["feeds", "export"]);
    assert!(opml.contains("<opml") && opml.contains("Epsilon &amp; Co"), "{opml}");
    let file = dir.path().join("subs.opml");
    std::fs::write(&file, &opml).expect("write");
    let other = tempfile::tempdir().expect("tempdir");
    let out = ok(other.path(), &["feeds", "import", file.to_str().expect("path")]);
    assert!(out.contains("imported 2 feed(s)"), "{out}");
    let a: Vec<_> = feeds_json(data).iter().map(|f| (f["url"].clone(), f["title"].clone())).collect();
    let mut b: Vec<_> = feeds_json(other.path()).iter().map(|f| (f["url"].clone(), f["title"].clone())).collect();
    b.sort_by_key(|(u, _)| u.to_string());
    let mut a = a;
    a.sort_by_key(|(u, _)| u.to_string());
    assert_eq!(a[0].0, b[0].0);
    assert_eq!(a[0].1, b[0].1);
    assert_eq!(a[1].0, b[1].0);
    // Importing again adds nothing.
    let out = ok(other.path(), &["feeds", "import", file.to_str().expect("path")]);
    assert!(out.contains("imported 0 feed(s)") && out.contains("2 already subscribed"), "{out}");

    let out = ok(data, &["feeds", "remove", "https://news.example.org/rss.xml"]);
    assert!(out.contains("removed f2"), "{out}");
    assert_eq!(feeds_json(data).len(), 1);
    assert!(!run(data, &["feeds", "remove", "f99"]).status.success());
}

/// 500s with backoff then recovery, 429 + Retry-After, a body that is not a feed, a slow
/// server, a 1 GB body and a gzip bomb: each ends up as a clear status in `feeds list`.
#[test]
fn failures_backoff_and_limits() {
    let flaky = Arc::new(AtomicUsize::new(0));
    let f2 = flaky.clone();
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    for _ in 0..32 {
        std::io::Write::write_all(&mut enc, &vec![b' '; 1 << 20]).expect("gz");
    }
    let bomb = enc.finish().expect("gz");
    let server = TestServer::start(move |req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        match req.path.as_str() {
            "/flaky" => {
                if f2.fetch_add(1, Ordering::SeqCst) < 2 {
                    Resp::status(500)
                } else {
                    Resp::ok("application/rss+xml", rss2("Flaky", &base, &items("flaky", &base, 2, true)))
                }
            }
            "/busy" => Resp::status(429).header("Retry-After", "7200"),
            "/text" => Resp::ok("text/plain", "hello, this is not a feed at all"),
            "/slow" => Resp::ok("application/rss+xml", rss2("Slow", &base, &[])).delay(Duration::from_secs(15)),
            "/huge" => Resp::ok("application/rss+xml", "").with_body(Body::Filler { len: 1 << 30, announce: false }),
            "/bomb" => Resp::ok("application/rss+xml", bomb.clone()).header("Content-Encoding", "gzip"),
            _ => Resp::status(404),
        }
    })
    .expect("server");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    config(data, "[fetch]\ntimeout_secs = 2\nmax_bytes = 1048576\n[watch]\ninterval_minutes = 30\n");
    for path in ["/flaky", "/busy", "/text", "/slow", "/huge", "/bomb"] {
        ok(data, &["feeds", "add", "--no-check", &server.url(path)]);
    }
    let started = Instant::now();
    let out = ok(data, &["watch", "--once", "--allow-private"]);
    assert!(started.elapsed() < Duration::from_secs(12), "timeouts bound the round: {:?}", started.elapsed());
    assert!(out.contains("6 failed"), "{out}");
    std::thread::sleep(Duration::from_millis(300));
    assert!(server.bytes_sent() < 64 << 20, "the 1 GB body was not read: {} bytes sent", server.bytes_sent());

    let list = feeds_json(data);
    let gap = |f: &serde_json::Value| f["next_due_at"].as_i64().unwrap_or(0) - f["last_fetch_at"].as_i64().unwrap_or(0);
    let flaky_f = feed(&list, &server.url("/flaky"));
    assert_eq!((flaky_f["last_status"].as_str(), flaky_f["error_count"].as_i64()), (Some("error"), Some(1)));
    assert!(flaky_f["last_error"].as_str().unwrap_or_default().contains("HTTP 500"));
    assert_eq!(gap(flaky_f), 1800, "first failure: one interval");
    let busy = feed(&list, &server.url("/busy"));
    assert!(busy["last_error"].as_str().unwrap_or_default().contains("429"));
    assert_eq!(gap(busy), 7200, "Retry-After wins over the interval");
    assert!(feed(&list, &server.url("/text"))["last_error"].as_str().unwrap_or_default().contains("not a feed"));
    assert!(feed(&list, &server.url("/slow"))["last_error"].as_str().unwrap_or_default().contains("timed out"));
    assert!(feed(&list, &server.url("/huge"))["last_error"].as_str().unwrap_or_default().contains("larger than"));
    assert!(feed(&list, &server.url("/bomb"))["last_error"].as_str().unwrap_or_default().contains("larger than"));
    let text = ok(data, &["feeds", "list"]);
    assert!(text.contains("error: not a feed"), "{text}");

    // Not due: nothing is requested.
    let hits = server.requests().len();
    let out = ok(data, &["watch", "--once", "--allow-private"]);
    assert!(out.contains("no feed is due"), "{out}");
    assert_eq!(server.requests().len(), hits);

    // Second failure doubles the wait; then the feed recovers.
    ok(data, &["feeds", "due", &server.url("/flaky")]);
    ok(data, &["watch", "--once", "--allow-private"]);
    let f = feeds_json(data);
    let flaky_f = feed(&f, &server.url("/flaky"));
    assert_eq!(flaky_f["error_count"], 2);
    assert_eq!(gap(flaky_f), 3600, "second failure: two intervals");
    ok(data, &["feeds", "due", "f1"]);
    let out = ok(data, &["watch", "--once", "--allow-private"]);
    assert!(out.contains("2 new"), "{out}");
    let f = feeds_json(data);
    let flaky_f = feed(&f, &server.url("/flaky"));
    assert_eq!((flaky_f["last_status"].as_str(), flaky_f["error_count"].as_i64()), (Some("ok"), Some(0)));
    assert_eq!(gap(flaky_f), 1800);
    assert_eq!(articles(data), 2);
}

/// Without --allow-private even the first hop to 127.0.0.1 is refused (no request sent); the
/// config file can allow it; `fetch` stores pages through the pipeline.
#[test]
fn private_addresses_and_fetch() {
    let server = TestServer::start(|req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        match req.path.split('?').next().unwrap_or_default() {
            "/feed" => Resp::ok("application/rss+xml", rss2("Zeta", &base, &[])),
            "/article" => Resp::ok(
                "text/html",
                article_page(
                    "Bridge reopens after inspection",
                    &filler_text(5, 220),
                    Some(&format!("{base}/article-canonical")),
                ),
            ),
            "/redirect-loop" => Resp::redirect("/redirect-loop"),
            "/robots.txt" => Resp::ok("text/plain", "User-agent: *\nDisallow: /blocked\n"),
            "/blocked" => Resp::ok("text/html", article_page("Blocked", &filler_text(6, 220), None)),
            _ => Resp::status(404),
        }
    })
    .expect("server");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    let localhost = format!("http://localhost:{}/feed", server.addr.port());
    for url in [server.url("/feed"), localhost] {
        let o = run(data, &["feeds", "add", &url]);
        assert!(!o.status.success());
        assert!(stderr(&o).contains("loopback") && stderr(&o).contains("--allow-private"), "{}", stderr(&o));
    }
    let o = run(data, &["fetch", &server.url("/article")]);
    assert!(!o.status.success());
    assert!(stdout(&o).contains("loopback"), "{}", stdout(&o));
    assert!(server.requests().is_empty(), "nothing was sent to a refused address");

    let o = run(data, &["fetch", "--allow-private", &server.url("/redirect-loop")]);
    assert!(stdout(&o).contains("more than 5 redirects"), "{}", stdout(&o));
    assert_eq!(server.hits("/redirect-loop"), 6);

    config(data, "[fetch]\nallow_private = true\n");
    ok(data, &["feeds", "add", &server.url("/feed")]);
    let out = ok(data, &["fetch", &server.url("/article")]);
    assert!(out.contains("1 new"), "{out}");
    let url: String =
        db(data).query_row("SELECT canonical_url FROM article", [], |r| r.get(0)).expect("stored article");
    assert_eq!(url, server.url("/article-canonical"));
    let out = ok(data, &["fetch", &server.url("/article?utm_source=x")]);
    assert!(out.contains("1 duplicate"), "{out}");
    let o = run(data, &["fetch", &server.url("/blocked")]);
    assert!(stdout(&o).contains("robots.txt"), "{}", stdout(&o));
    assert_eq!(server.hits("/blocked"), 0);
}

/// Kill `watch` while a slow feed is being fetched, restart: nothing lost, nothing twice.
#[test]
fn restart_mid_poll_loses_and_duplicates_nothing() {
    let fast = TestServer::start(|req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        let n = req.path.trim_start_matches("/feed/").to_string();
        Resp::ok("application/rss+xml", rss2(&format!("Fast {n}"), &base, &items(&format!("fast{n}"), &base, 5, true)))
    })
    .expect("fast server");
    let slow_mode = Arc::new(AtomicBool::new(true));
    let s2 = slow_mode.clone();
    let slow = TestServer::start(move |req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        let body = rss2("Slow", &base, &items("slow", &base, 5, true)).into_bytes();
        if s2.load(Ordering::SeqCst) {
            let chunks: Vec<Vec<u8>> = body.chunks(body.len() / 40 + 1).map(<[u8]>::to_vec).collect();
            Resp::ok("application/rss+xml", "").with_body(Body::Drip { chunks, delay: Duration::from_millis(500) })
        } else {
            Resp::ok("application/rss+xml", body)
        }
    })
    .expect("slow server");
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path();
    config(data, "[fetch]\nallow_private = true\ntimeout_secs = 60\n");
    for i in 0..3 {
        ok(data, &["feeds", "add", "--no-check", &fast.url(&format!("/feed/{i}"))]);
    }
    ok(data, &["feeds", "add", "--no-check", &slow.url("/slow")]);

    for signal in ["TERM", "KILL"] {
        let (slow_before, fast_before) = (slow.hits("/slow"), fast.requests().len());
        let mut child = bin()
            .arg("--data")
            .arg(data)
            .arg("watch")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn watch");
        let deadline = Instant::now() + Duration::from_secs(30);
        while articles(data) < 15 || slow.hits("/slow") == slow_before || fast.requests().len() < fast_before + 3 {
            assert!(Instant::now() < deadline, "fast feeds not stored in time");
            std::thread::sleep(Duration::from_millis(100));
        }
        std::thread::sleep(Duration::from_millis(300));
        let killed_at = Instant::now();
        let status = Command::new("kill").arg(format!("-{signal}")).arg(child.id().to_string()).status().expect("kill");
        assert!(status.success());
        let status = child.wait().expect("wait");
        assert!(killed_at.elapsed() < Duration::from_secs(5), "{signal}: watch stopped promptly");
        if signal == "TERM" {
            assert!(status.success(), "clean exit on SIGTERM: {status:?}");
        }
        assert_eq!(articles(data), 15, "{signal}: the fast feeds are stored, the slow one not at all");
        let list = feeds_json(data);
        assert!(feed(&list, &slow.url("/slow"))["last_status"].is_null(), "slow feed state untouched");
        // Make the fast feeds due again for the next pass: they must not be duplicated.
        ok(data, &["feeds", "due"]);
    }

    slow_mode.store(false, Ordering::SeqCst);
    let out = ok(data, &["watch", "--once"]);
    assert!(out.contains("5 new"), "{out}");
    assert_eq!(articles(data), 20);
    assert_eq!(count(data, "SELECT COUNT(DISTINCT canonical_url) FROM article"), 20);
    ok(data, &["feeds", "due"]);
    let out = ok(data, &["watch", "--once"]);
    assert!(out.contains("0 new"), "{out}");
    assert_eq!(articles(data), 20);
    let check: String = db(data).query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
    assert_eq!(check, "ok");
}
