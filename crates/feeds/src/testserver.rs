//! A small HTTP/1.1 server on 127.0.0.1 for tests and benchmarks (feature `test-server`).
//!
//! One thread per connection, `Connection: close` on every response. Bodies can be bytes, a
//! lazily generated filler of any length (nothing is held in memory: a "1 GB" body costs
//! only what the client actually reads), or a slow drip. Every request is logged.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A request as received.
#[derive(Debug, Clone, Default)]
pub struct Req {
    pub method: String,
    /// Path and query.
    pub path: String,
    pub headers: Vec<(String, String)>,
}

impl Req {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// A response body.
#[derive(Debug, Clone)]
pub enum Body {
    Bytes(Vec<u8>),
    /// `len` bytes of filler generated as they are written; no Content-Length when
    /// `announce` is false (the body ends when the connection closes).
    Filler {
        len: u64,
        announce: bool,
    },
    /// Chunks written with `delay` before each.
    Drip {
        chunks: Vec<Vec<u8>>,
        delay: Duration,
    },
}

/// A response.
#[derive(Debug, Clone)]
pub struct Resp {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Body,
    /// Wait before sending anything.
    pub delay: Duration,
}

impl Resp {
    pub fn ok(content_type: &str, body: impl Into<Vec<u8>>) -> Resp {
        Resp::status(200).header("Content-Type", content_type).body(body)
    }

    pub fn status(status: u16) -> Resp {
        Resp { status, headers: Vec::new(), body: Body::Bytes(Vec::new()), delay: Duration::ZERO }
    }

    pub fn redirect(to: &str) -> Resp {
        Resp::status(302).header("Location", to)
    }

    pub fn header(mut self, name: &str, value: &str) -> Resp {
        self.headers.push((name.to_string(), value.to_string()));
        self
    }

    pub fn body(mut self, body: impl Into<Vec<u8>>) -> Resp {
        self.body = Body::Bytes(body.into());
        self
    }

    pub fn with_body(mut self, body: Body) -> Resp {
        self.body = body;
        self
    }

    pub fn delay(mut self, d: Duration) -> Resp {
        self.delay = d;
        self
    }
}

type Handler = dyn Fn(&Req) -> Resp + Send + Sync;

/// A running server; stopped when dropped.
pub struct TestServer {
    pub addr: SocketAddr,
    log: Arc<Mutex<Vec<Req>>>,
    sent: Arc<AtomicU64>,
    stop: Arc<AtomicBool>,
}

impl TestServer {
    /// Serve on 127.0.0.1 at a free port.
    pub fn start(handler: impl Fn(&Req) -> Resp + Send + Sync + 'static) -> std::io::Result<TestServer> {
        TestServer::start_on("127.0.0.1:0", handler)
    }

    pub fn start_on(addr: &str, handler: impl Fn(&Req) -> Resp + Send + Sync + 'static) -> std::io::Result<TestServer> {
        let listener = TcpListener::bind(addr)?;
        let addr = listener.local_addr()?;
        let log = Arc::new(Mutex::new(Vec::new()));
        let sent = Arc::new(AtomicU64::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        let (log2, sent2, stop2) = (log.clone(), sent.clone(), stop.clone());
        std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(conn) = conn else { continue };
                let (handler, log, sent) = (handler.clone(), log2.clone(), sent2.clone());
                std::thread::spawn(move || serve(conn, &*handler, &log, &sent));
            }
        });
        Ok(TestServer { addr, log, sent, stop })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{}", self.addr, path)
    }

    /// Requests received so far.
    pub fn requests(&self) -> Vec<Req> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }

    /// Requests received for `path`.
    pub fn hits(&self, path: &str) -> usize {
        self.requests().iter().filter(|r| r.path == path).count()
    }

    /// Body bytes written to clients so far.
    pub fn bytes_sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve(conn: TcpStream, handler: &Handler, log: &Mutex<Vec<Req>>, sent: &AtomicU64) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(30)));
    let Ok(read_half) = conn.try_clone() else { return };
    let mut reader = BufReader::new(read_half);
    let mut line = String::new();
    if reader.read_line(&mut line).unwrap_or(0) == 0 {
        return;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let mut headers = Vec::new();
    loop {
        let mut h = String::new();
        if reader.read_line(&mut h).unwrap_or(0) == 0 {
            break;
        }
        let h = h.trim_end();
        if h.is_empty() {
            break;
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let req = Req { method, path, headers };
    if let Ok(mut l) = log.lock() {
        l.push(req.clone());
    }
    let resp = handler(&req);
    if !resp.delay.is_zero() {
        std::thread::sleep(resp.delay);
    }
    let _ = write_response(conn, &resp, sent);
}

fn write_response(mut conn: TcpStream, resp: &Resp, sent: &AtomicU64) -> std::io::Result<()> {
    let mut head = format!("HTTP/1.1 {} X\r\nConnection: close\r\n", resp.status);
    for (k, v) in &resp.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    match &resp.body {
        Body::Bytes(b) => head.push_str(&format!("Content-Length: {}\r\n", b.len())),
        Body::Filler { len, announce: true } => head.push_str(&format!("Content-Length: {len}\r\n")),
        Body::Filler { .. } => {}
        Body::Drip { chunks, .. } => {
            head.push_str(&format!("Content-Length: {}\r\n", chunks.iter().map(Vec::len).sum::<usize>()))
        }
    }
    head.push_str("\r\n");
    conn.write_all(head.as_bytes())?;
    match &resp.body {
        Body::Bytes(b) => {
            conn.write_all(b)?;
            sent.fetch_add(b.len() as u64, Ordering::SeqCst);
        }
        Body::Filler { len, .. } => {
            let chunk = b"<item>filler</item>\n".repeat(3277);
            let mut left = *len;
            while left > 0 {
                let n = (chunk.len() as u64).min(left) as usize;
                conn.write_all(&chunk[..n])?;
                sent.fetch_add(n as u64, Ordering::SeqCst);
                left -= n as u64;
            }
        }
        Body::Drip { chunks, delay } => {
            for c in chunks {
                std::thread::sleep(*delay);
                conn.write_all(c)?;
                conn.flush()?;
                sent.fetch_add(c.len() as u64, Ordering::SeqCst);
            }
        }
    }
    conn.flush()?;
    let _ = conn.shutdown(std::net::Shutdown::Write);
    // Let the client read before the socket closes.
    let mut sink = [0u8; 256];
    let _ = conn.set_read_timeout(Some(Duration::from_millis(500)));
    let _ = std::io::Read::read(&mut conn, &mut sink);
    Ok(())
}

/// One feed item for the generators below.
#[derive(Debug, Clone, Default)]
pub struct Item {
    pub title: String,
    pub link: String,
    /// Plain text; paragraphs separated by blank lines. Put in full-content fields when
    /// `full` is set, else in the summary only.
    pub body: String,
    pub full: bool,
    /// Unix seconds.
    pub published: i64,
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

fn html_paragraphs(body: &str) -> String {
    body.split("\n\n").map(|p| format!("<p>{}</p>", esc(p))).collect()
}

fn date(ts: i64, rfc3339: bool) -> String {
    let t = chrono::DateTime::from_timestamp(ts, 0).unwrap_or_default();
    if rfc3339 {
        t.to_rfc3339()
    } else {
        t.to_rfc2822()
    }
}

/// An RSS 2.0 document.
pub fn rss2(title: &str, site: &str, items: &[Item]) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" \
         xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>{}</title><link>{}</link>\
         <description>test feed</description>\n",
        esc(title),
        esc(site)
    );
    for i in items {
        let first = i.body.split("\n\n").next().unwrap_or_default();
        s.push_str(&format!(
            "<item><title>{}</title><link>{}</link><guid>{}</guid><pubDate>{}</pubDate><description>{}</description>",
            esc(&i.title),
            esc(&i.link),
            esc(&i.link),
            date(i.published, false),
            esc(if i.full { first } else { &i.body })
        ));
        if i.full {
            s.push_str(&format!("<content:encoded>{}</content:encoded>", esc(&html_paragraphs(&i.body))));
        }
        s.push_str("</item>\n");
    }
    s.push_str("</channel></rss>\n");
    s
}

/// An RSS 1.0 (RDF) document; item text goes in `description`.
pub fn rss1(title: &str, site: &str, items: &[Item]) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" \
         xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
         <channel rdf:about=\"{0}\"><title>{1}</title><link>{0}</link><description>test</description></channel>\n",
        esc(site),
        esc(title)
    );
    for i in items {
        s.push_str(&format!(
            "<item rdf:about=\"{0}\"><title>{1}</title><link>{0}</link><description>{2}</description>\
             <dc:date>{3}</dc:date></item>\n",
            esc(&i.link),
            esc(&i.title),
            esc(&html_paragraphs(&i.body)),
            date(i.published, true)
        ));
    }
    s.push_str("</rdf:RDF>\n");
    s
}

/// An Atom 1.0 document.
pub fn atom(title: &str, site: &str, items: &[Item]) -> String {
    let mut s = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>{}</title>\
         <link rel=\"alternate\" href=\"{}\"/><id>urn:test:{}</id><updated>2026-11-27T00:00:00Z</updated>\n",
        esc(title),
        esc(site),
        esc(title)
    );
    for i in items {
        let text = if i.full {
            format!("<content type=\"html\">{}</content>", esc(&html_paragraphs(&i.body)))
        } else {
            format!("<summary>{}</summary>", esc(&i.body))
        };
        s.push_str(&format!(
            "<entry><title>{}</title><link rel=\"alternate\" href=\"{}\"/><id>{}</id><updated>{}</updated>\
             <author><name>Test Author</name></author>{text}</entry>\n",
            esc(&i.title),
            esc(&i.link),
            esc(&i.link),
            date(i.published, true)
        ));
    }
    s.push_str("</feed>\n");
    s
}

/// A JSON Feed 1.1 document.
pub fn json_feed(title: &str, site: &str, items: &[Item]) -> String {
    let quote = |s: &str| {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    };
    let items: Vec<String> = items
        .iter()
        .map(|i| {
            let text = if i.full {
                format!("\"content_html\": {}", quote(&html_paragraphs(&i.body)))
            } else {
                format!("\"summary\": {}, \"content_text\": {}", quote(&i.body), quote(&i.body))
            };
            format!(
                "{{\"id\": {}, \"url\": {}, \"title\": {}, \"date_published\": {}, {text}}}",
                quote(&i.link),
                quote(&i.link),
                quote(&i.title),
                quote(&date(i.published, true))
            )
        })
        .collect();
    format!(
        "{{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": {}, \"home_page_url\": {}, \"items\": [{}]}}",
        quote(title),
        quote(site),
        items.join(",\n")
    )
}

/// An article page with a `rel=canonical` link when given.
pub fn article_page(title: &str, body: &str, canonical: Option<&str>) -> String {
    let canon = canonical.map(|c| format!("<link rel=\"canonical\" href=\"{}\">", esc(c))).unwrap_or_default();
    format!(
        "<!DOCTYPE html><html><head><title>{0}</title>{canon}<meta property=\"og:site_name\" content=\"Test Site\">\
         </head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{0}</h1>{1}</article>\
         <footer>Copyright Test Site</footer></body></html>",
        esc(title),
        html_paragraphs(body)
    )
}

/// Deterministic news-like filler: `words` words in sentences and paragraphs, varied by
/// `seed` so different items never share a content key.
pub fn filler_text(seed: u64, words: usize) -> String {
    const SUBJECTS: &[&str] = &[
        "The council",
        "The minister",
        "Local residents",
        "The company",
        "Union leaders",
        "The mayor",
        "Regional officials",
        "The hospital board",
        "Farmers",
        "The central bank",
        "Police",
        "Teachers",
    ];
    const VERBS: &[&str] = &[
        "announced",
        "rejected",
        "approved",
        "questioned",
        "delayed",
        "welcomed",
        "criticised",
        "reviewed",
        "proposed",
        "defended",
    ];
    const OBJECTS: &[&str] = &[
        "a new budget for the harbour",
        "the plan to close the rail line",
        "changes to water prices",
        "the hospital expansion",
        "a pay deal for drivers",
        "the bridge repairs",
        "new housing rules",
        "a ban on night flights",
        "the school merger",
        "emergency funding for farms",
        "the election timetable",
        "a review of bus routes",
    ];
    const TAILS: &[&str] = &[
        "on Tuesday",
        "after a long meeting",
        "despite strong objections",
        "for the third time this year",
        "ahead of the winter",
        "in a statement",
        "at a press conference",
        "following months of talks",
    ];
    let mut x = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    let mut next = |n: usize| {
        x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((x >> 33) as usize) % n
    };
    let mut out = String::new();
    let mut count = 0;
    let mut sentences = 0usize;
    while count < words {
        let s = format!(
            "{} {} {} {}, and {} figures show {} cases.",
            SUBJECTS[next(SUBJECTS.len())],
            VERBS[next(VERBS.len())],
            OBJECTS[next(OBJECTS.len())],
            TAILS[next(TAILS.len())],
            ["new", "official", "early", "revised"][next(4)],
            100 + next(9000)
        );
        count += s.split_whitespace().count();
        if !out.is_empty() {
            out.push_str(if sentences.is_multiple_of(4) { "\n\n" } else { " " });
        }
        out.push_str(&s);
        sentences += 1;
    }
    out
}

fn mix(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// An invented capitalised word (a name or place), deterministic in `seed`.
pub fn invented_word(seed: u64) -> String {
    const SYL: &[&str] = &[
        "ka", "lo", "mer", "du", "vin", "sa", "tor", "el", "ri", "gan", "bo", "zu", "ne", "fal", "ith", "pra", "dor",
        "mi", "sen", "ul", "ra", "vek", "to", "lin",
    ];
    let h = mix(seed);
    let n = 2 + (h % 2) as usize;
    let mut w: String = (0..n).map(|i| SYL[((h >> (8 + i * 8)) % SYL.len() as u64) as usize]).collect();
    if let Some(first) = w.get(..1).map(str::to_ascii_uppercase) {
        w.replace_range(..1, &first);
    }
    w
}

/// News-like text about story `story`: articles of one story share invented names, places
/// and topic words; different stories share only everyday words. `variant` varies the
/// wording and numbers, so every article has its own content key.
pub fn news_text(story: u64, variant: u64, words: usize) -> String {
    let term = |k: u64| invented_word(story.wrapping_mul(101).wrapping_add(k));
    let (person, rival, place, org) = (term(1), term(2), term(3), term(4));
    let topics = [term(5).to_lowercase(), term(6).to_lowercase(), term(7).to_lowercase()];
    const VERBS: &[&str] =
        &["said", "announced", "warned", "confirmed", "denied", "promised", "argued", "insisted", "reported"];
    const DAYS: &[&str] =
        &["on Monday", "on Tuesday", "late on Wednesday", "on Thursday", "on Friday", "at the weekend"];
    let mut out = String::new();
    let mut count = 0;
    let mut k = 0u64;
    while count < words {
        let h = mix(variant.wrapping_mul(7919).wrapping_add(k));
        let pick = |shift: u32, n: usize| ((h >> shift) % n as u64) as usize;
        let t = &topics[pick(4, 3)];
        let s = match pick(0, 5) {
            0 => format!(
                "{person} {} {} that the {t} plan for {place} would go ahead despite objections from {org}.",
                VERBS[pick(8, VERBS.len())],
                DAYS[pick(16, DAYS.len())]
            ),
            1 => format!(
                "{rival}, speaking in {place}, {} the cost of the {t} scheme had risen to {} million.",
                VERBS[pick(8, VERBS.len())],
                10 + pick(20, 990)
            ),
            2 => format!(
                "Officials at {org} said {} people in {place} were affected by the {t} dispute.",
                100 + pick(12, 90_000)
            ),
            3 => format!(
                "The {t} row between {person} and {rival} is expected to dominate talks {}.",
                DAYS[pick(16, DAYS.len())]
            ),
            _ => format!(
                "Residents of {place} told reporters the {t} decision by {org} came {} after weeks of uncertainty.",
                DAYS[pick(16, DAYS.len())]
            ),
        };
        count += s.split_whitespace().count();
        if !out.is_empty() {
            out.push_str(if k.is_multiple_of(4) { "\n\n" } else { " " });
        }
        out.push_str(&s);
        k += 1;
    }
    out
}

/// A headline for an article of story `story`.
pub fn news_title(story: u64, variant: u64) -> String {
    let term = |k: u64| invented_word(story.wrapping_mul(101).wrapping_add(k));
    let forms = [
        "{p} defends {t} plan for {l}",
        "{o} under pressure over {t} row in {l}",
        "{l} {t} dispute: {p} and {r} clash",
    ];
    forms[(mix(variant) % 3) as usize]
        .replace("{p}", &term(1))
        .replace("{r}", &term(2))
        .replace("{l}", &term(3))
        .replace("{o}", &term(4))
        .replace("{t}", &term(5).to_lowercase())
}
