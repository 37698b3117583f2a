//! Safe HTTP fetching: address guard, size and redirect limits, timeouts, per-host and global
//! concurrency limits, conditional GET, robots.txt for pages.
//!
//! - **Size:** a `Content-Length` above the limit is refused before reading; otherwise the
//!   body is read chunk by chunk and abandoned (connection dropped) as soon as it passes the
//!   limit. The client decompresses gzip/brotli/deflate itself and the limit counts the
//!   *decompressed* bytes, so a decompression bomb stops at the limit too.
//! - **Redirects:** at most [`Settings::max_redirects`]; each target is checked by the guard
//!   (scheme, IP literal) and its host name resolved through the guard again.
//! - **Concurrency:** one request at a time per host, where a host is `host:port` (so two
//!   servers on one machine on different ports are two hosts), and at most
//!   [`Settings::concurrency`] requests in flight overall.
//! - **No proxy:** proxies from the environment are ignored, since a proxy would resolve
//!   names where the guard cannot see them.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use reqwest::header::{
    HeaderMap, ACCEPT, CACHE_CONTROL, CONTENT_TYPE, ETAG, IF_MODIFIED_SINCE, IF_NONE_MATCH, LAST_MODIFIED, RETRY_AFTER,
};
use tokio::sync::{OnceCell, Semaphore};
use url::Url;

use crate::guard::{Blocked, Guard, GuardResolver, Lookup, SystemLookup};

/// The User-Agent sent unless configured otherwise.
pub fn default_user_agent() -> String {
    format!("storyline/{} (+https://github.com/storyline; self-hosted news tracker)", env!("CARGO_PKG_VERSION"))
}

/// Name matched against robots.txt `User-agent` lines.
pub const ROBOTS_AGENT: &str = "storyline";

/// Accept header for feeds.
pub const FEED_ACCEPT: &str = "application/rss+xml, application/atom+xml, application/feed+json, \
     application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
/// Accept header for article pages.
pub const PAGE_ACCEPT: &str = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5";

/// Network settings.
#[derive(Debug, Clone)]
pub struct Settings {
    pub allow_private: bool,
    pub timeout: Duration,
    /// Largest body accepted, after decompression.
    pub max_bytes: u64,
    /// Requests in flight at once over all hosts.
    pub concurrency: usize,
    pub user_agent: String,
    pub max_redirects: usize,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            allow_private: false,
            timeout: Duration::from_secs(20),
            max_bytes: 10 * 1024 * 1024,
            concurrency: 8,
            user_agent: default_user_agent(),
            max_redirects: 5,
        }
    }
}

/// Why a fetch failed.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    #[error("invalid URL {url:?}: {message}")]
    BadUrl { url: String, message: String },
    #[error("{0}")]
    Refused(Blocked),
    #[error("{url}: more than {limit} redirects")]
    TooManyRedirects { url: String, limit: usize },
    #[error("{url}: timed out after {secs} s")]
    Timeout { url: String, secs: u64 },
    #[error("{url}: response larger than the {limit} limit (raise [fetch] max_bytes to accept it)")]
    TooLarge { url: String, limit: String },
    #[error("{url}: {why}")]
    Robots { url: String, why: String },
    #[error("{url}: HTTP {status}")]
    Status { url: String, status: u16 },
    #[error("{url}: {message}")]
    Network { url: String, message: String },
}

/// A request; the conditional headers are sent when present.
#[derive(Debug, Clone, Default)]
pub struct Request<'a> {
    pub url: &'a str,
    pub accept: &'a str,
    pub etag: Option<&'a str>,
    pub last_modified: Option<&'a str>,
    /// Overrides [`Settings::max_bytes`] (lower only).
    pub max_bytes: Option<u64>,
}

/// A response. The body is read only for 2xx statuses.
#[derive(Debug, Clone, Default)]
pub struct Response {
    pub status: u16,
    /// Final URL, after redirects.
    pub url: String,
    pub content_type: Option<String>,
    pub etag: Option<String>,
    pub last_modified: Option<String>,
    /// `Cache-Control: max-age`, seconds.
    pub max_age: Option<u64>,
    /// `Retry-After`, as seconds from now.
    pub retry_after: Option<u64>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// robots.txt of one origin.
enum Robots {
    AllowAll,
    /// Why everything is disallowed: robots.txt unreachable or failing (RFC 9309).
    DisallowAll(String),
    /// The guard refused the origin: so will it refuse the page.
    Refused(Blocked),
    Rules(Box<texting_robots::Robot>),
}

/// The HTTP client with its guard and limits. Cheap to clone.
#[derive(Clone)]
pub struct Fetcher {
    inner: Arc<Inner>,
}

struct Inner {
    client: reqwest::Client,
    guard: Arc<Guard>,
    settings: Settings,
    global: Semaphore,
    hosts: Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>,
    robots: Mutex<HashMap<String, Arc<OnceCell<Robots>>>>,
    requests: AtomicU64,
}

#[derive(Debug, thiserror::Error)]
#[error("more than {0} redirects")]
struct TooManyRedirects(usize);

impl Fetcher {
    /// A fetcher using the system resolver.
    pub fn new(settings: Settings) -> Result<Fetcher, FetchError> {
        let guard = Guard::new(settings.allow_private, Arc::new(SystemLookup));
        Fetcher::with_guard(settings, guard)
    }

    /// A fetcher with a custom lookup (tests).
    pub fn with_lookup(settings: Settings, lookup: Arc<dyn Lookup>) -> Result<Fetcher, FetchError> {
        let guard = Guard::new(settings.allow_private, lookup);
        Fetcher::with_guard(settings, guard)
    }

    /// A fetcher with a prepared guard (tests: trusted addresses).
    pub fn with_guard(settings: Settings, guard: Guard) -> Result<Fetcher, FetchError> {
        // reqwest is built without a default crypto provider: install ring once per process.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let guard = Arc::new(guard);
        let policy_guard = guard.clone();
        let limit = settings.max_redirects;
        let policy = reqwest::redirect::Policy::custom(move |attempt| {
            if attempt.previous().len() > limit {
                return attempt.error(TooManyRedirects(limit));
            }
            match policy_guard.check_url(attempt.url()) {
                Ok(()) => attempt.follow(),
                Err(e) => attempt.error(e),
            }
        });
        let client = reqwest::Client::builder()
            .user_agent(settings.user_agent.clone())
            .redirect(policy)
            .no_proxy()
            .dns_resolver(Arc::new(GuardResolver(guard.clone())))
            .timeout(settings.timeout)
            .connect_timeout(settings.timeout.min(Duration::from_secs(10)))
            .pool_max_idle_per_host(2)
            .build()
            .map_err(|e| FetchError::Network {
                url: String::new(),
                message: format!("cannot start the HTTP client: {e}"),
            })?;
        let concurrency = settings.concurrency.max(1);
        Ok(Fetcher {
            inner: Arc::new(Inner {
                client,
                guard,
                settings,
                global: Semaphore::new(concurrency),
                hosts: Mutex::new(HashMap::new()),
                robots: Mutex::new(HashMap::new()),
                requests: AtomicU64::new(0),
            }),
        })
    }

    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// Requests sent so far (robots.txt included).
    pub fn request_count(&self) -> u64 {
        self.inner.requests.load(Ordering::Relaxed)
    }

    fn host_lock(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut hosts = self.inner.hosts.lock().unwrap_or_else(|p| p.into_inner());
        hosts.entry(key.to_string()).or_default().clone()
    }

    /// GET `req.url`. Non-2xx statuses are returned as responses (without body), not errors.
    pub async fn get(&self, req: &Request<'_>) -> Result<Response, FetchError> {
        let url = parse_url(req.url)?;
        self.inner.guard.check_url(&url).map_err(FetchError::Refused)?;
        let host = host_key(&url);
        let lock = self.host_lock(&host);
        let _host = lock.lock_owned().await;
        let _permit = self
            .inner
            .global
            .acquire()
            .await
            .map_err(|_| FetchError::Network { url: req.url.to_string(), message: "shutting down".to_string() })?;
        self.inner.requests.fetch_add(1, Ordering::Relaxed);
        let mut builder = self.inner.client.get(url.clone()).header(ACCEPT, req.accept);
        if let Some(etag) = req.etag {
            builder = builder.header(IF_NONE_MATCH, etag);
        }
        if let Some(lm) = req.last_modified {
            builder = builder.header(IF_MODIFIED_SINCE, lm);
        }
        let max = req.max_bytes.unwrap_or(u64::MAX).min(self.inner.settings.max_bytes);
        let mut resp = builder.send().await.map_err(|e| self.map_err(req.url, e))?;
        let headers = resp.headers().clone();
        let mut out = Response {
            status: resp.status().as_u16(),
            url: resp.url().to_string(),
            content_type: header_str(&headers, CONTENT_TYPE),
            etag: header_str(&headers, ETAG),
            last_modified: header_str(&headers, LAST_MODIFIED),
            max_age: max_age(&headers),
            retry_after: header_str(&headers, RETRY_AFTER).and_then(|v| retry_after_secs(&v, chrono::Utc::now())),
            body: Vec::new(),
        };
        if !out.is_success() {
            return Ok(out);
        }
        if resp.content_length().is_some_and(|n| n > max) {
            return Err(FetchError::TooLarge { url: out.url, limit: storyline_source::decode::human_size(max) });
        }
        let mut body = Vec::new();
        while let Some(chunk) = resp.chunk().await.map_err(|e| self.map_err(req.url, e))? {
            if (body.len() + chunk.len()) as u64 > max {
                return Err(FetchError::TooLarge { url: out.url, limit: storyline_source::decode::human_size(max) });
            }
            body.extend_from_slice(&chunk);
        }
        out.body = body;
        Ok(out)
    }

    /// GET an article page: robots.txt is consulted first (cached per origin).
    pub async fn get_page(&self, url: &str) -> Result<Response, FetchError> {
        let parsed = parse_url(url)?;
        self.inner.guard.check_url(&parsed).map_err(FetchError::Refused)?;
        self.robots_allow(&parsed).await.map_err(|e| match e {
            FetchError::Robots { why, .. } => FetchError::Robots { url: url.to_string(), why },
            e => e,
        })?;
        self.get(&Request { url, accept: PAGE_ACCEPT, ..Default::default() }).await
    }

    /// Whether robots.txt lets storyline fetch `url`. RFC 9309: a 4xx robots.txt allows
    /// everything; a 5xx or an unreachable one disallows everything (for this run).
    async fn robots_allow(&self, url: &Url) -> Result<(), FetchError> {
        let origin = url.origin().ascii_serialization();
        let cell = {
            let mut map = self.inner.robots.lock().unwrap_or_else(|p| p.into_inner());
            map.entry(origin.clone()).or_default().clone()
        };
        let robots = cell
            .get_or_init(|| async {
                let robots_url = format!("{origin}/robots.txt");
                let req = Request {
                    url: &robots_url,
                    accept: "text/plain",
                    max_bytes: Some(512 * 1024),
                    ..Default::default()
                };
                match self.get(&req).await {
                    Ok(r) if r.is_success() => match texting_robots::Robot::new(ROBOTS_AGENT, &r.body) {
                        Ok(robot) => Robots::Rules(Box::new(robot)),
                        Err(_) => Robots::AllowAll,
                    },
                    Ok(r) if (400..500).contains(&r.status) => Robots::AllowAll,
                    Err(FetchError::Refused(b)) => Robots::Refused(b),
                    Ok(r) => Robots::DisallowAll(format!(
                        "robots.txt answered HTTP {}, so the site's pages are not fetched for now",
                        r.status
                    )),
                    Err(e) => Robots::DisallowAll(format!(
                        "robots.txt could not be fetched ({e}), so the site's pages are not fetched for now"
                    )),
                }
            })
            .await;
        let why = match robots {
            Robots::AllowAll => return Ok(()),
            Robots::Rules(robot) if robot.allowed(url.as_str()) => return Ok(()),
            Robots::Rules(_) => "disallowed by the site's robots.txt".to_string(),
            Robots::DisallowAll(why) => why.clone(),
            Robots::Refused(b) => return Err(FetchError::Refused(b.clone())),
        };
        Err(FetchError::Robots { url: url.to_string(), why })
    }

    fn map_err(&self, url: &str, e: reqwest::Error) -> FetchError {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        let mut messages = Vec::new();
        while let Some(s) = source {
            if let Some(b) = s.downcast_ref::<Blocked>() {
                return FetchError::Refused(b.clone());
            }
            if s.downcast_ref::<TooManyRedirects>().is_some() {
                return FetchError::TooManyRedirects { url: url.to_string(), limit: self.inner.settings.max_redirects };
            }
            let m = s.to_string();
            if !messages.iter().any(|prev: &String| prev.contains(&m)) {
                messages.push(m);
            }
            source = s.source();
        }
        if e.is_timeout() {
            return FetchError::Timeout { url: url.to_string(), secs: self.inner.settings.timeout.as_secs() };
        }
        FetchError::Network { url: url.to_string(), message: messages.join(": ") }
    }
}

fn parse_url(url: &str) -> Result<Url, FetchError> {
    Url::parse(url.trim()).map_err(|e| FetchError::BadUrl { url: url.to_string(), message: e.to_string() })
}

/// The per-host key: `host:port` (default port filled in).
pub fn host_key(url: &Url) -> String {
    format!("{}:{}", url.host_str().unwrap_or_default(), url.port_or_known_default().unwrap_or(0))
}

fn header_str(h: &HeaderMap, name: reqwest::header::HeaderName) -> Option<String> {
    h.get(name).and_then(|v| v.to_str().ok()).map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// `Cache-Control: max-age=N` (seconds); `no-cache`/`no-store` count as 0.
fn max_age(h: &HeaderMap) -> Option<u64> {
    let mut out = None;
    for v in h.get_all(CACHE_CONTROL) {
        let Ok(v) = v.to_str() else { continue };
        for directive in v.split(',') {
            let d = directive.trim().to_ascii_lowercase();
            if let Some(n) = d.strip_prefix("max-age=") {
                if let Ok(n) = n.trim_matches('"').parse::<u64>() {
                    out = Some(n);
                }
            } else if d == "no-cache" || d == "no-store" {
                out = Some(0);
            }
        }
    }
    out
}

/// `Retry-After`: delay-seconds or an HTTP date, as seconds from `now`.
pub fn retry_after_secs(value: &str, now: chrono::DateTime<chrono::Utc>) -> Option<u64> {
    let v = value.trim();
    if let Ok(n) = v.parse::<u64>() {
        return Some(n);
    }
    let when = chrono::DateTime::parse_from_rfc2822(v).ok()?;
    Some((when.timestamp() - now.timestamp()).max(0) as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_forms() {
        let now = chrono::DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").expect("t").to_utc();
        assert_eq!(retry_after_secs("120", now), Some(120));
        assert_eq!(retry_after_secs("Fri, 27 Nov 2026 13:00:00 GMT", now), Some(3600));
        assert_eq!(retry_after_secs("Fri, 27 Nov 2026 11:00:00 GMT", now), Some(0));
        assert_eq!(retry_after_secs("soon", now), None);
    }

    #[test]
    fn cache_control() {
        let mut h = HeaderMap::new();
        h.insert(CACHE_CONTROL, "public, max-age=3600".parse().expect("hv"));
        assert_eq!(max_age(&h), Some(3600));
        h.insert(CACHE_CONTROL, "no-cache".parse().expect("hv"));
        assert_eq!(max_age(&h), Some(0));
        assert_eq!(max_age(&HeaderMap::new()), None);
    }

    #[test]
    fn host_keys() {
        let k = |u: &str| host_key(&Url::parse(u).expect("url"));
        assert_eq!(k("https://Example.com/a"), "example.com:443");
        assert_eq!(k("http://example.com:8080/a"), "example.com:8080");
        assert_eq!(k("http://127.0.0.1:9/"), "127.0.0.1:9");
    }
}
