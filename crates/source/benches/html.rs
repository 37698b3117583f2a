//! HTML extraction benchmark: speed (pages/s on one thread) and quality (key sentences kept,
//! boilerplate dropped) of `storyline_source::html::parse` against the raw `trafilatura` crate (storyline's patched
//! copy and the published 0.6.0).
//!
//! Run: `cargo bench -p storyline-source --bench html`
//!
//! Pages: the hand-written pages under `testdata/html/` plus one generated page per BBC
//! article of `../shared/data/bbc-news-2004-2005.jsonl` (when present), wrapped in one of
//! three realistic news-page templates (navigation, cookie banner, sidebar, related links,
//! newsletter box, comments, footer, JSON-LD / Open Graph). The generated pages are written to
//! a temporary folder (never committed), with `manifest.jsonl` listing for each page its URL,
//! the key sentences that must be kept and the boilerplate that must be dropped, so that
//! `benches/html_trafilatura.py` can time Python trafilatura on exactly the same pages.
//!
//! Environment: `BENCH_PAGES_DIR` (where to write the pages; default
//! `$TMPDIR/storyline-html-bench`), `BENCH_MAX_PAGES` (cap on generated pages), `BENCH_REPS`
//! (timed passes over the page set, default 3), `BENCH_ONLY` (run only the extractors whose
//! name contains this text, e.g. `storyline`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::DateTime;
use serde_json::{json, Value};
use storyline_source::{html, Options};

struct Page {
    file: String,
    url: String,
    html: String,
    contains: Vec<String>,
    absent: Vec<String>,
    /// A page without an article: passing means being rejected / yielding no text.
    reject: bool,
    /// "testdata" or the template name, for the per-layout quality breakdown.
    group: &'static str,
}

/// Every field of an extraction result, as a tuple to compare the patched crate's result with
/// the published crate's (two crates, so two types with the same fields).
macro_rules! result_fields {
    ($r:expr) => {{
        let r = $r;
        let m = &r.metadata;
        (
            r.content_text,
            r.content_html,
            m.title.clone(),
            m.author.clone(),
            m.date,
            m.sitename.clone(),
            m.language.clone(),
            m.categories.clone(),
            m.tags.clone(),
            m.license.clone(),
        )
    }};
}

fn main() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let out_dir = std::env::var_os("BENCH_PAGES_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("storyline-html-bench"));
    let max_pages: usize = env_num("BENCH_MAX_PAGES", usize::MAX);
    let reps: usize = env_num("BENCH_REPS", 3).max(1);

    let mut pages = testdata_pages(&manifest_dir.join("testdata/html"));
    let data = manifest_dir.join("../../../shared/data/bbc-news-2004-2005.jsonl");
    match std::fs::read_to_string(&data) {
        Ok(text) => pages.extend(generated_pages(&text, max_pages)),
        Err(_) => eprintln!("note: {} not found: benchmarking the {} testdata pages only", data.display(), pages.len()),
    }
    write_pages(&out_dir, &pages);
    let bytes: usize = pages.iter().map(|p| p.html.len()).sum();
    println!(
        "pages: {} ({} hand-written + {} generated), {:.1} MB of HTML, written to {}",
        pages.len(),
        pages.iter().filter(|p| p.file.starts_with("testdata-")).count(),
        pages.iter().filter(|p| !p.file.starts_with("testdata-")).count(),
        bytes as f64 / 1e6,
        out_dir.display()
    );

    let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
    let urls: Vec<Option<url::Url>> = pages.iter().map(|p| url::Url::parse(&p.url).ok()).collect();

    // --- storyline html::parse
    let ours = |p: &Page| -> Option<String> {
        html::parse(&p.html, Some(&p.url), &opts).ok().map(|ex| ex.document.articles[0].body.clone())
    };
    // --- the patched crate (crates/source/vendor/trafilatura), raw, with the same options
    let raw = |i: usize, p: &Page| -> Option<String> {
        trafilatura::extract(&p.html, &html::extractor_options(urls[i].as_ref())).ok().map(|r| r.content_text)
    };
    // --- the published trafilatura 0.6.0, same options (fallback on, comments out)
    let upstream = |i: usize, p: &Page| -> Option<String> {
        let mut o = trafilatura_upstream::Options::default().with_fallback(true).with_exclude_comments(true);
        if let Some(u) = &urls[i] {
            o = o.with_url(u.clone());
        }
        trafilatura_upstream::extract(&p.html, &o).ok().map(|r| r.content_text)
    };
    // --- the published crate with its defaults (no fallback, comments extracted separately)
    let upstream_default = |i: usize, p: &Page| -> Option<String> {
        let mut o = trafilatura_upstream::Options::default();
        if let Some(u) = &urls[i] {
            o = o.with_url(u.clone());
        }
        trafilatura_upstream::extract(&p.html, &o).ok().map(|r| r.content_text)
    };

    type Extractor<'a> = &'a dyn Fn(usize, &Page) -> Option<String>;
    let runs: [(&str, Extractor); 4] = [
        ("storyline html::parse", &|_, p| ours(p)),
        ("patched trafilatura (storyline options)", &raw),
        ("trafilatura 0.6.0 (fallback, no comments)", &upstream),
        ("trafilatura 0.6.0 (defaults)", &upstream_default),
    ];
    println!("\n{:<44} {:>8} {:>8} {:>8} {:>8}  quality", "extractor", "pages/s", "CPU ms", "pages/s", "MB/s");
    println!("{:<44} {:>8} {:>8} {:>8} {:>8}", "", "(wall)", "/page", "(CPU)", "(CPU)");
    let only = std::env::var("BENCH_ONLY").unwrap_or_default();
    let (mut patched_out, mut upstream_out) = (None, None);
    for (name, f) in runs {
        if !name.contains(only.as_str()) {
            continue;
        }
        // Warm-up pass doubles as the quality pass.
        let outputs: Vec<Option<String>> = pages.iter().enumerate().map(|(i, p)| f(i, p)).collect();
        let started = Instant::now();
        let cpu_start = thread_cpu_ns();
        for _ in 0..reps {
            for (i, p) in pages.iter().enumerate() {
                std::hint::black_box(f(i, p));
            }
        }
        let wall = started.elapsed().as_secs_f64() / reps as f64;
        // On-CPU time of this thread: robust when other processes share the cores.
        let cpu = match (cpu_start, thread_cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9 / reps as f64,
            _ => wall,
        };
        let (good, total, detail, groups) = quality(&pages, &outputs);
        if name.starts_with("patched") {
            patched_out = Some(outputs.clone());
        } else if name.contains("(fallback, no comments)") {
            upstream_out = Some(outputs.clone());
        }
        println!(
            "{name:<44} {:>8.0} {:>8.2} {:>8.0} {:>8.1}  {:.1}% ({good}/{total} pages clean; {detail})\n{:<44} by layout: {groups}",
            pages.len() as f64 / wall,
            cpu * 1000.0 / pages.len() as f64,
            pages.len() as f64 / cpu,
            bytes as f64 / 1e6 / cpu,
            100.0 * good as f64 / total as f64,
            "",
        );
    }

    if let (Some(a), Some(b)) = (&patched_out, &upstream_out) {
        let differ: Vec<&str> =
            pages.iter().zip(a.iter().zip(b)).filter(|(_, (x, y))| x != y).map(|(p, _)| p.file.as_str()).collect();
        println!(
            "\npatched vs published crate, same options: {} of {} pages give a different text{}",
            differ.len(),
            pages.len(),
            if differ.is_empty() {
                String::new()
            } else {
                format!(" (first: {})", differ[..differ.len().min(5)].join(", "))
            }
        );
    }

    // The patched crate with the published crate's own options (fallback on every page,
    // language detection, categories and tags, HTML output): every result field compared.
    if only.is_empty() {
        let mut differ = Vec::new();
        for (i, p) in pages.iter().enumerate() {
            let mut mine = trafilatura::Options::default().with_fallback(true).with_exclude_comments(true);
            let mut theirs = trafilatura_upstream::Options::default().with_fallback(true).with_exclude_comments(true);
            if let Some(u) = &urls[i] {
                mine = mine.with_url(u.clone());
                theirs = theirs.with_url(u.clone());
            }
            let a = trafilatura::extract(&p.html, &mine).ok().map(|r| result_fields!(r));
            let b = trafilatura_upstream::extract(&p.html, &theirs).ok().map(|r| result_fields!(r));
            if a != b {
                differ.push(p.file.as_str());
            }
        }
        println!(
            "patched vs published crate, both with the published crate's options: {} of {} pages give a different result (text, HTML or metadata){}",
            differ.len(),
            pages.len(),
            if differ.is_empty() { String::new() } else { format!(" (first: {})", differ[..differ.len().min(5)].join(", ")) }
        );
    }

    // JSON Lines: the whole BBC file through the public entry point.
    if data.exists() {
        let started = Instant::now();
        let ex = storyline_source::extract_file(&data, &opts).expect("the BBC file parses");
        println!(
            "\njsonl: {} articles from {} in {:.0} ms (extract_file: read, decode, parse)",
            ex.document.articles.len(),
            data.file_name().unwrap().to_string_lossy(),
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    println!(
        "\nquality = pages where every key sentence is kept and no boilerplate string appears \
         (no-article pages: rejected or empty)\nPython: python3 crates/source/benches/html_trafilatura.py {}",
        out_dir.display()
    );
}

fn env_num(key: &str, default: usize) -> usize {
    std::env::var(key).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn norm(s: &str) -> String {
    s.replace(['\u{2019}', '\u{2018}'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// On-CPU time of the calling thread in nanoseconds (Linux `/proc/thread-self/schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// (clean pages, pages, "key sentences a/b, boilerplate leaks c", per-layout clean counts).
fn quality(pages: &[Page], outputs: &[Option<String>]) -> (usize, usize, String, String) {
    let (mut good, mut kept, mut keys, mut leaks) = (0, 0, 0, 0);
    let mut groups: Vec<(&str, usize, usize)> = Vec::new();
    for (p, out) in pages.iter().zip(outputs) {
        let text = out.as_deref().map(norm).unwrap_or_default();
        let clean = if p.reject {
            text.split_whitespace().count() < 30
        } else {
            let k = p.contains.iter().filter(|s| text.contains(&norm(s))).count();
            let l = p.absent.iter().filter(|s| text.contains(&norm(s))).count();
            if std::env::var_os("BENCH_VERBOSE").is_some() && (l > 0 || k < p.contains.len()) {
                let leaked: Vec<_> = p.absent.iter().filter(|s| text.contains(&norm(s))).collect();
                let lost: Vec<_> = p.contains.iter().filter(|s| !text.contains(&norm(s))).collect();
                eprintln!("{}: lost {lost:?} leaked {leaked:?}", p.file);
            }
            keys += p.contains.len();
            kept += k;
            leaks += l;
            k == p.contains.len() && l == 0
        };
        good += usize::from(clean);
        match groups.iter_mut().find(|g| g.0 == p.group) {
            Some(g) => {
                g.1 += usize::from(clean);
                g.2 += 1;
            }
            None => groups.push((p.group, usize::from(clean), 1)),
        }
    }
    let groups = groups.iter().map(|(g, c, n)| format!("{g} {c}/{n}")).collect::<Vec<_>>().join(", ");
    (good, pages.len(), format!("key sentences {kept}/{keys}, boilerplate leaks {leaks}"), groups)
}

fn write_pages(dir: &Path, pages: &[Page]) {
    std::fs::create_dir_all(dir).expect("create the bench pages folder");
    let mut manifest = String::new();
    for p in pages {
        std::fs::write(dir.join(&p.file), &p.html).expect("write a bench page");
        let line = json!({"file": p.file, "url": p.url, "contains": p.contains, "absent": p.absent, "reject": p.reject, "group": p.group});
        manifest.push_str(&line.to_string());
        manifest.push('\n');
    }
    std::fs::write(dir.join("manifest.jsonl"), manifest).expect("write manifest.jsonl");
}

/// The hand-written pages with their `.expect.json`; "Read more:"/"With inputs from" lines
/// are dropped from `absent` (only storyline moves them out of the body).
fn testdata_pages(dir: &Path) -> Vec<Page> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("testdata/html")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let exp: Value =
                serde_json::from_str(&std::fs::read_to_string(path.with_extension("expect.json")).unwrap()).unwrap();
            let strings = |k: &str| -> Vec<String> {
                exp[k]
                    .as_array()
                    .map(|a| a.iter().filter_map(|s| s.as_str().map(str::to_string)).collect())
                    .unwrap_or_default()
            };
            Page {
                file: format!("testdata-{}", path.file_name().unwrap().to_string_lossy()),
                url: exp["url_given"].as_str().unwrap().to_string(),
                html: std::fs::read_to_string(path).unwrap(),
                contains: strings("contains"),
                absent: strings("absent")
                    .into_iter()
                    .filter(|s| !s.starts_with("Read more") && !s.starts_with("With inputs"))
                    .collect(),
                reject: exp["rejected"].as_bool() == Some(true),
                group: "testdata",
            }
        })
        .collect()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Up to `n` bytes of `s` cut at a word boundary (for key sentences).
fn head(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_string();
    }
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let cut = s[..end].rfind(' ').unwrap_or(end);
    s[..cut].to_string()
}

fn tail(s: &str, n: usize) -> String {
    if s.len() <= n {
        return s.to_string();
    }
    let mut start = s.len() - n;
    while !s.is_char_boundary(start) {
        start += 1;
    }
    let cut = s[start..].find(' ').map_or(start, |i| start + i + 1);
    s[cut..].to_string()
}

const FIRST_NAMES: &[&str] = &["Alice", "Rahul", "Megan", "Tomasz", "Grace", "Owen", "Leila", "Marcus"];
const LAST_NAMES: &[&str] = &["Hughes", "Patel", "O'Brien", "Nowak", "Adeyemi", "Fraser", "Haddad", "Lindgren"];
const SECTIONS: &[&str] = &["business", "entertainment", "politics", "sport", "tech"];

/// One page per article, rotating three layouts.
fn generated_pages(jsonl: &str, max: usize) -> Vec<Page> {
    let articles: Vec<(String, String, String)> = jsonl
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter_map(|v| {
            Some((
                v["id"].as_str()?.to_string(),
                v["title"].as_str()?.trim().to_string(),
                v["text"].as_str()?.to_string(),
            ))
        })
        .collect();
    let n = articles.len();
    let mut pages = Vec::new();
    for (i, (id, title, text)) in articles.iter().enumerate().take(max) {
        let paras: Vec<&str> = text.split('\n').map(str::trim).filter(|p| !p.is_empty()).collect();
        if paras.len() < 2 {
            continue;
        }
        let related: Vec<&str> = (1..=4).map(|k| articles[(i + k * 37) % n].1.as_str()).collect();
        let section = SECTIONS.iter().find(|s| id.contains(*s)).copied().unwrap_or("news");
        let slug: String =
            title.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
        let url = format!("https://news.example/{section}/{}-{i}", slug.trim_matches('-'));
        let author = format!("{} {}", FIRST_NAMES[i % 8], LAST_NAMES[(i / 8) % 8]);
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 12;
        let date = format!("2005-{month:02}-{day:02}T{:02}:{:02}:00+00:00", 6 + i % 14, (i * 7) % 60);
        let comment = format!(
            "Reader comment {i}: I have followed this closely and honestly think the coverage misses the point about {section} entirely."
        );
        let mid = paras.len() / 2;
        let mut contains = vec![head(paras[0], 110), head(paras[mid], 110)];
        contains.push(tail(paras[paras.len() - 1], 110));
        contains.dedup();
        let absent: Vec<String> = related
            .iter()
            .map(|t| t.to_string())
            .chain([
                comment.clone(),
                "We use cookies to give you the best experience".to_string(),
                "Sign up for the Morning Briefing newsletter".to_string(),
                "Registered office: 1 Example Square".to_string(),
                "Most watched videos this week".to_string(),
            ])
            .collect();
        let group = ["modern", "divs", "tables"][i % 3];
        let parts = Parts {
            title,
            paras: &paras,
            related: &related,
            author: &author,
            date: &date,
            url: &url,
            comment: &comment,
            section,
        };
        let body = match i % 3 {
            0 => template_modern(&parts),
            1 => template_divs(&parts),
            _ => template_tables(&parts),
        };
        pages.push(Page { file: format!("gen-{i:05}.html"), url, html: body, contains, absent, reject: false, group });
    }
    pages
}

fn nav(section: &str) -> String {
    let mut s = String::from("<nav class=\"site-nav\"><ul>");
    for item in [
        "Home",
        "UK",
        "World",
        "Business",
        "Politics",
        "Tech",
        "Science",
        "Health",
        "Entertainment",
        "Sport",
        "Weather",
    ] {
        let active = if item.eq_ignore_ascii_case(section) { " class=\"active\"" } else { "" };
        let _ = write!(s, "<li{active}><a href=\"/{}\">{item}</a></li>", item.to_lowercase());
    }
    s.push_str("</ul></nav>");
    s
}

/// What a generated page is made of; each template lays it out differently.
#[derive(Clone, Copy)]
struct Parts<'a> {
    title: &'a str,
    paras: &'a [&'a str],
    related: &'a [&'a str],
    author: &'a str,
    date: &'a str,
    url: &'a str,
    comment: &'a str,
    section: &'a str,
}

fn related_list(related: &[&str]) -> String {
    let mut s = String::new();
    for (k, t) in related.iter().enumerate() {
        let _ = write!(s, "<li><a href=\"/news/related-{k}\">{}</a></li>", esc(t));
    }
    s
}

const COOKIE: &str = "<div class=\"cookie-banner\" id=\"cookie-consent\"><p>We use cookies to give you the best experience on our website. You can change your settings at any time.</p><button>Accept</button><button>Settings</button></div>";
const NEWSLETTER: &str = "<div class=\"newsletter-promo\"><p>Sign up for the Morning Briefing newsletter and get the day's top stories in your inbox.</p><form><input type=\"email\"><button>Subscribe</button></form></div>";
const FOOTER: &str = "<footer class=\"site-footer\"><ul><li><a href=\"/terms\">Terms of use</a></li><li><a href=\"/privacy\">Privacy policy</a></li><li><a href=\"/cookies\">Cookies</a></li><li><a href=\"/contact\">Contact us</a></li></ul><p>Registered office: 1 Example Square, London. Example News Ltd is not responsible for the content of external sites.</p></footer>";

fn template_modern(parts: &Parts) -> String {
    let Parts { title, paras, related, author, date, url, comment, section } = *parts;
    let t = esc(title);
    let mut body = String::new();
    for (k, p) in paras.iter().enumerate() {
        let _ = writeln!(body, "<p>{}</p>", esc(p));
        if k == 1 {
            body.push_str("<div class=\"ad-slot\"><span>Advertisement</span></div>\n");
        }
    }
    let ld = json!({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "datePublished": date, "author": {"@type": "Person", "name": author},
        "publisher": {"@type": "Organization", "name": "Example News"}, "mainEntityOfPage": url});
    format!(
        r##"<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{t} - Example News</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="canonical" href="{url}"><meta property="og:type" content="article"><meta property="og:title" content="{t}">
<meta property="og:site_name" content="Example News"><meta property="article:published_time" content="{date}">
<script type="application/ld+json">{ld}</script><link rel="stylesheet" href="/css/main.css"><script src="/js/app.js"></script></head>
<body>{COOKIE}<header class="masthead"><a class="logo" href="/">Example News</a>{nav}<form class="search"><input name="q" placeholder="Search"></form></header>
<main><div class="breadcrumb"><a href="/">Home</a> / <a href="/{section}">{section}</a></div>
<article class="story"><h1>{t}</h1><div class="byline">By <a rel="author" href="/people/x">{author}</a> <time datetime="{date}">{date}</time></div>
<div class="story-body">
{body}</div>
<div class="share">Share this article: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div></article>
<aside class="related-stories"><h2>Related stories</h2><ul>{rel}</ul></aside>
<section class="comments" id="comments"><h2>Comments</h2><div class="comment"><p class="comment-author">reader_{section}</p><p>{comment}</p></div></section>
</main><aside class="sidebar"><h2>Most watched videos this week</h2><ul><li><a href="/v/1">Video: the view from the top</a></li><li><a href="/v/2">Video: a day at the races</a></li></ul></aside>
{FOOTER}</body></html>"##,
        nav = nav(section),
        rel = related_list(related),
    )
}

fn template_divs(parts: &Parts) -> String {
    let Parts { title, paras, related, author, date, url, comment, section } = *parts;
    let t = esc(title);
    let mut body = String::new();
    for (k, p) in paras.iter().enumerate() {
        let _ = writeln!(body, "<p class=\"para\">{}</p>", esc(p));
        if k == paras.len() / 2 {
            body.push_str(NEWSLETTER);
            body.push('\n');
        }
    }
    format!(
        r##"<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{t} | Example News</title>
<meta property="og:title" content="{t}"><meta property="og:url" content="{url}"><meta property="og:site_name" content="Example News">
<meta name="author" content="{author}"><meta name="date" content="{date}"></head>
<body class="page-article"><div id="top">{nav}</div>
<div id="container"><div id="content" class="column-main">
<div class="article-header"><h1 class="headline">{t}</h1><div class="meta"><span class="author">{author}</span> | <span class="date">{date}</span></div></div>
<div class="article-text" id="article-body">
{body}</div>
<div class="tags">Tags: <a href="/t/1">{section}</a> <a href="/t/2">news</a></div>
<div class="more-stories"><h3>More stories</h3><ul>{rel}</ul></div>
<div id="disqus_thread" class="comments-area"><div class="comment-body"><p>{comment}</p></div></div>
</div><div id="sidebar" class="column-side"><div class="widget"><h3>Most watched videos this week</h3><ol><li><a href="/v/3">Video: storm damage in pictures</a></li></ol></div>
<div class="widget ad">Advertisement</div></div></div>
{FOOTER}</body></html>"##,
        nav = nav(section),
        rel = related_list(related),
    )
}

fn template_tables(parts: &Parts) -> String {
    let Parts { title, paras, related, author, date, url, comment, section } = *parts;
    let t = esc(title);
    let mut body = String::new();
    for p in paras {
        let _ = writeln!(body, "<p>{}</p>", esc(p));
    }
    let _ = url;
    format!(
        r##"<html><head><title>Example News | {section} | {t}</title><meta name="Headline" content="{t}"><meta name="OriginalPublicationDate" content="{date}"></head>
<body>{COOKIE}<table width="100%" cellspacing="0" cellpadding="0"><tr><td colspan="2" class="banner"><a href="/">Example News</a> Front page</td></tr>
<tr><td width="150" valign="top" class="leftnav">{nav}</td>
<td valign="top"><div class="storybody"><h1>{t}</h1><div class="byline">By {author}</div>
{body}</div>
<table class="related" width="100%"><tr><td><b>See also:</b><ul>{rel}</ul></td></tr></table>
<div class="haveyoursay"><b>Have your say</b><p>{comment}</p></div>
<div class="sidebar"><b>Most watched videos this week</b> <a href="/v/9">Video: market report</a></div>
</td></tr></table>{FOOTER}</body></html>"##,
        nav = nav(section),
        rel = related_list(related),
    )
}
