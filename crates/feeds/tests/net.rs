//! The fetcher against a local server: address guard through redirects (with a mocked
//! resolver), limits, conditional GET, robots.txt, per-host serialisation.

use std::collections::HashMap;
use std::io::Write;
use std::net::IpAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use storyline_feeds::guard::{Guard, StaticLookup};
use storyline_feeds::net::{FetchError, Fetcher, Request, Settings};
use storyline_feeds::testserver::{Body, Resp, TestServer};

fn ip(s: &str) -> IpAddr {
    s.parse().expect("ip")
}

fn settings(allow_private: bool) -> Settings {
    Settings { allow_private, timeout: Duration::from_secs(3), max_bytes: 1 << 20, ..Default::default() }
}

fn rt() -> tokio::runtime::Runtime {
    storyline_feeds::runtime().expect("runtime")
}

fn get(f: &Fetcher, url: &str) -> Result<storyline_feeds::Response, FetchError> {
    rt().block_on(f.get(&Request { url, accept: "*/*", ..Default::default() }))
}

/// A fetcher for which `public.test` is the test server at 127.0.0.1 (treated as public),
/// `inside.test` resolves to a private address and `loop.test` to another loopback address.
fn guarded() -> Fetcher {
    let lookup = StaticLookup(HashMap::from([
        ("public.test".to_string(), vec![ip("127.0.0.1")]),
        ("inside.test".to_string(), vec![ip("10.1.2.3")]),
        ("loop.test".to_string(), vec![ip("127.0.0.2")]),
        ("meta.test".to_string(), vec![ip("169.254.169.254")]),
    ]));
    let guard = Guard::new(false, Arc::new(lookup)).with_trusted(vec![ip("127.0.0.1")]);
    Fetcher::with_guard(settings(false), guard).expect("fetcher")
}

#[test]
fn redirects_are_checked_at_every_hop() {
    let server = TestServer::start(|req| match req.path.as_str() {
        "/ok" => Resp::ok("text/plain", "fine"),
        "/to-private-name" => Resp::redirect("http://inside.test/x"),
        "/to-metadata-name" => Resp::redirect("http://meta.test/latest/meta-data/"),
        "/to-loopback-literal" => Resp::redirect("http://127.0.0.2/x"),
        "/to-metadata-literal" => Resp::redirect("http://169.254.169.254/latest/meta-data/"),
        "/to-file" => Resp::redirect("file:///etc/passwd"),
        _ => Resp::status(404),
    })
    .expect("server");
    let port = server.addr.port();
    let f = guarded();
    let ok = get(&f, &format!("http://public.test:{port}/ok")).expect("public host is fetched");
    assert_eq!(ok.body, b"fine");
    for path in ["/to-private-name", "/to-metadata-name", "/to-loopback-literal", "/to-metadata-literal"] {
        let err = get(&f, &format!("http://public.test:{port}{path}")).expect_err(path);
        assert!(matches!(err, FetchError::Refused(_)), "{path}: {err}");
        assert!(err.to_string().contains("--allow-private"), "{err}");
    }
    // A redirect to another scheme is never followed.
    if let Ok(r) = get(&f, &format!("http://public.test:{port}/to-file")) {
        assert_eq!(r.status, 302);
        assert!(r.body.is_empty());
    }
    // A name resolving to a private address is refused before any connection.
    let err = get(&f, &format!("http://loop.test:{port}/ok")).expect_err("loopback name");
    assert!(err.to_string().contains("loopback"), "{err}");
    // Only the allowed hops reached the server.
    assert_eq!(server.hits("/ok"), 1);
}

#[test]
fn loopback_refused_without_allow_private_and_redirects_limited_with_it() {
    let server = TestServer::start(|req| {
        let n: usize = req.path.trim_start_matches("/r/").parse().unwrap_or(0);
        if n == 0 {
            Resp::ok("text/plain", "end")
        } else {
            Resp::redirect(&format!("/r/{}", n - 1))
        }
    })
    .expect("server");
    let strict = Fetcher::new(settings(false)).expect("fetcher");
    for url in [server.url("/r/0"), format!("http://localhost:{}/r/0", server.addr.port())] {
        let err = get(&strict, &url).expect_err("loopback refused");
        assert!(matches!(err, FetchError::Refused(_)), "{err}");
    }
    assert!(server.requests().is_empty(), "nothing reached the server");

    let open = Fetcher::new(settings(true)).expect("fetcher");
    assert_eq!(get(&open, &server.url("/r/5")).expect("5 redirects are fine").body, b"end");
    let before = server.requests().len();
    let err = get(&open, &server.url("/r/9")).expect_err("too many");
    assert!(matches!(err, FetchError::TooManyRedirects { limit: 5, .. }), "{err}");
    assert_eq!(server.requests().len() - before, 6, "first request + 5 redirects, then stop");
}

#[test]
fn size_limits_hold_for_streams_and_gzip_bombs() {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let zeros = vec![b'a'; 1 << 20];
    for _ in 0..64 {
        enc.write_all(&zeros).expect("gz");
    }
    let bomb = Arc::new(enc.finish().expect("gz"));
    assert!(bomb.len() < 1 << 20, "the bomb itself is small: {}", bomb.len());
    let bomb2 = bomb.clone();
    let server = TestServer::start(move |req| match req.path.as_str() {
        "/gigabyte" => Resp::status(200).with_body(Body::Filler { len: 1 << 30, announce: false }),
        "/announced" => Resp::status(200).with_body(Body::Filler { len: 1 << 30, announce: true }),
        "/bomb" => Resp::status(200).header("Content-Encoding", "gzip").body(bomb2.as_ref().clone()),
        "/small" => Resp::ok("text/plain", vec![b'x'; 1000]),
        _ => Resp::status(404),
    })
    .expect("server");
    let f = Fetcher::new(settings(true)).expect("fetcher");
    let started = Instant::now();
    let err = get(&f, &server.url("/gigabyte")).expect_err("too large");
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
    assert!(started.elapsed() < Duration::from_secs(10));
    std::thread::sleep(Duration::from_millis(300));
    let sent = server.bytes_sent();
    assert!(sent < 64 << 20, "the body was abandoned early, not read whole: {sent} bytes sent");

    let err = get(&f, &server.url("/announced")).expect_err("announced too large");
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");

    let err = get(&f, &server.url("/bomb")).expect_err("bomb");
    assert!(matches!(err, FetchError::TooLarge { .. }), "{err}");
    assert_eq!(get(&f, &server.url("/small")).expect("small").body.len(), 1000);
}

#[test]
fn timeouts_and_conditional_get() {
    let server = TestServer::start(|req| match req.path.as_str() {
        "/slow" => Resp::ok("text/plain", "late").delay(Duration::from_secs(8)),
        "/drip" => Resp::status(200)
            .with_body(Body::Drip { chunks: vec![b"x".to_vec(); 20], delay: Duration::from_millis(500) }),
        "/etag" => {
            if req.header("If-None-Match") == Some("\"v1\"") {
                Resp::status(304).header("ETag", "\"v1\"")
            } else {
                Resp::ok("text/plain", "body").header("ETag", "\"v1\"").header("Cache-Control", "max-age=600")
            }
        }
        "/busy" => Resp::status(429).header("Retry-After", "120"),
        _ => Resp::status(404),
    })
    .expect("server");
    let f = Fetcher::new(settings(true)).expect("fetcher");
    for path in ["/slow", "/drip"] {
        let started = Instant::now();
        let err = get(&f, &server.url(path)).expect_err("timeout");
        assert!(matches!(err, FetchError::Timeout { .. }), "{path}: {err}");
        assert!(started.elapsed() < Duration::from_secs(6), "{path}: {:?}", started.elapsed());
    }
    let first = get(&f, &server.url("/etag")).expect("first");
    assert_eq!((first.status, first.etag.as_deref(), first.max_age), (200, Some("\"v1\""), Some(600)));
    let url = server.url("/etag");
    let again = rt()
        .block_on(f.get(&Request { url: &url, accept: "*/*", etag: Some("\"v1\""), ..Default::default() }))
        .expect("again");
    assert_eq!(again.status, 304);
    assert!(again.body.is_empty());
    let busy = get(&f, &server.url("/busy")).expect("429 is a response");
    assert_eq!((busy.status, busy.retry_after), (429, Some(120)));
    let ua = server.requests()[0].header("User-Agent").unwrap_or_default().to_string();
    assert!(ua.starts_with("storyline/") && ua.contains("self-hosted"), "{ua}");
}

#[test]
fn robots_txt_is_respected_and_cached_for_pages() {
    let server = TestServer::start(|req| match req.path.as_str() {
        "/robots.txt" => Resp::ok("text/plain", "User-agent: *\nDisallow: /private/\n"),
        _ => Resp::ok("text/html", "<html><body><p>page</p></body></html>"),
    })
    .expect("server");
    let f = Fetcher::new(settings(true)).expect("fetcher");
    let rt = rt();
    assert!(rt.block_on(f.get_page(&server.url("/news/1"))).is_ok());
    let err = rt.block_on(f.get_page(&server.url("/private/2"))).expect_err("robots");
    assert!(matches!(err, FetchError::Robots { .. }), "{err}");
    assert!(rt.block_on(f.get_page(&server.url("/news/3"))).is_ok());
    assert_eq!(server.hits("/robots.txt"), 1, "robots.txt is fetched once per origin");
    assert_eq!(server.hits("/private/2"), 0);
    // Feeds are fetched with `get`, which does not consult robots.txt.
    assert!(get(&f, &server.url("/private/feed.xml")).is_ok());
}

#[test]
fn one_request_at_a_time_per_host() {
    let in_flight = Arc::new(AtomicUsize::new(0));
    let peak = Arc::new(AtomicUsize::new(0));
    let (i2, p2) = (in_flight.clone(), peak.clone());
    let server = TestServer::start(move |_| {
        let now = i2.fetch_add(1, Ordering::SeqCst) + 1;
        p2.fetch_max(now, Ordering::SeqCst);
        std::thread::sleep(Duration::from_millis(50));
        i2.fetch_sub(1, Ordering::SeqCst);
        Resp::ok("text/plain", "x")
    })
    .expect("server");
    let f = Fetcher::new(settings(true)).expect("fetcher");
    let rt = rt();
    rt.block_on(async {
        let mut set = tokio::task::JoinSet::new();
        for i in 0..8 {
            let f = f.clone();
            let url = server.url(&format!("/{i}"));
            set.spawn(async move { f.get(&Request { url: &url, accept: "*/*", ..Default::default() }).await.is_ok() });
        }
        while let Some(r) = set.join_next().await {
            assert!(r.expect("join"));
        }
    });
    assert_eq!(peak.load(Ordering::SeqCst), 1, "requests to one host:port never overlap");
}

#[test]
fn page_fetches_per_poll_are_capped_and_the_rest_deferred() {
    use storyline_feeds::poll::{poll_feed, FeedJob, Outcome, MAX_PAGES_PER_POLL};
    use storyline_feeds::testserver::{article_page, filler_text, rss2, Item};
    let server = TestServer::start(|req| {
        let base = format!("http://{}", req.header("Host").unwrap_or_default());
        if req.path == "/feed" {
            let items: Vec<Item> = (0..MAX_PAGES_PER_POLL + 5)
                .map(|i| Item {
                    title: format!("Item {i}"),
                    link: format!("{base}/page/{i}"),
                    body: "Short teaser.".into(),
                    full: false,
                    published: 1_795_000_000 + i as i64,
                })
                .collect();
            Resp::ok("application/rss+xml", rss2("Pages", &base, &items)).header("ETag", "\"e\"")
        } else if let Some(i) = req.path.strip_prefix("/page/") {
            let seed: u64 = i.parse().unwrap_or(0);
            Resp::ok("text/html", article_page(&format!("Item {i}"), &filler_text(seed + 500, 200), None))
        } else {
            Resp::status(404)
        }
    })
    .expect("server");
    let f = Fetcher::new(settings(true)).expect("fetcher");
    let rt = rt();
    let job = FeedJob { id: 1, url: server.url("/feed"), interval: Duration::from_secs(1800), ..Default::default() };
    let first = rt.block_on(poll_feed(&f, job.clone()));
    let Outcome::Fetched(got) = first.outcome else { panic!("fetched: {:?}", first.outcome) };
    assert_eq!(got.document.articles.len(), MAX_PAGES_PER_POLL);
    assert_eq!(got.deferred, 5);
    assert_eq!(got.etag, None, "no validators, so the next poll gets the rest");
    assert!(got.document.articles[0].body.split_whitespace().count() > 100, "full text from the page");
    let seen = got.entry_keys.iter().cloned().collect();
    let second = rt.block_on(poll_feed(&f, FeedJob { seen, ..job }));
    let Outcome::Fetched(got) = second.outcome else { panic!("fetched") };
    assert_eq!((got.document.articles.len(), got.deferred), (5, 0));
    assert_eq!(got.etag.as_deref(), Some("\"e\""));
}
