//! Feed documents (RSS 0.9x/1.0/2.0, Atom 1.0, JSON Feed) to entries and articles, via
//! `feed-rs`.

use std::io::Read;

use chrono::{DateTime, FixedOffset, Utc};
use feed_rs::model::{Entry, Feed, Link};
use storyline_article::Article;

use crate::text::{html_to_text, plain_to_text, word_count};

/// An entry whose text has fewer words than this is treated as a summary: its full text is
/// fetched from its link.
pub const SUMMARY_WORDS: usize = 150;

/// A parsed feed.
#[derive(Debug, Clone, Default)]
pub struct ParsedFeed {
    pub title: Option<String>,
    /// The site's home page.
    pub site_url: Option<String>,
    /// "RSS 2.0", "Atom", "JSON Feed", ...
    pub format: &'static str,
    pub entries: Vec<FeedEntry>,
}

/// One entry, reduced to what storyline stores.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FeedEntry {
    /// Stable identity within the feed: the canonical link, else the entry id.
    pub key: String,
    pub id: String,
    pub title: String,
    pub link: Option<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub author: Option<String>,
    /// Plain-text paragraphs of the content, else of the summary.
    pub text: String,
    /// The feed gave only a summary (or nothing): fetch the page for the full text.
    pub summary_only: bool,
}

/// Why bytes are not a feed.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct NotAFeed(pub String);

/// Parse feed bytes fetched from `url` (relative links resolve against it). Gzip bodies
/// (served without `Content-Encoding`) are unpacked up to `max_bytes`.
pub fn parse_feed(bytes: &[u8], url: &str, max_bytes: u64) -> Result<ParsedFeed, NotAFeed> {
    let unpacked;
    let bytes = if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        let read = flate2::read::MultiGzDecoder::new(bytes).take(max_bytes.saturating_add(1)).read_to_end(&mut out);
        if let Err(e) = read {
            return Err(NotAFeed(format!("corrupt gzip body: {e}")));
        }
        if out.len() as u64 > max_bytes {
            return Err(NotAFeed(format!(
                "gzip body decompresses to more than the {} limit",
                storyline_source::decode::human_size(max_bytes)
            )));
        }
        unpacked = out;
        &unpacked[..]
    } else {
        bytes
    };
    let parser = feed_rs::parser::Builder::new().base_uri(Some(url)).build();
    let feed = parser.parse(bytes).map_err(|e| NotAFeed(not_a_feed_message(bytes, &e.to_string())))?;
    Ok(convert(feed))
}

fn not_a_feed_message(bytes: &[u8], parser_error: &str) -> String {
    let head: String = String::from_utf8_lossy(&bytes[..bytes.len().min(512)])
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(200)
        .collect();
    let lower = head.to_ascii_lowercase();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        "not a feed: the response is empty".to_string()
    } else if lower.starts_with("<!doctype html") || lower.starts_with("<html") || lower.contains("<html") {
        "not a feed: the URL serves an HTML page; `storyline feeds add PAGE_URL` finds the feed a page links to"
            .to_string()
    } else if !lower.starts_with('<') && !lower.starts_with('{') {
        let first: String = head.lines().next().unwrap_or_default().chars().take(60).collect();
        format!("not a feed (RSS, Atom or JSON Feed): the response is neither XML nor JSON (it starts {first:?})")
    } else {
        format!("not a feed (RSS, Atom or JSON Feed): {parser_error}")
    }
}

fn convert(feed: Feed) -> ParsedFeed {
    use feed_rs::model::FeedType;
    let format = match feed.feed_type {
        FeedType::Atom => "Atom",
        FeedType::JSON => "JSON Feed",
        FeedType::RSS0 => "RSS 0.9x",
        FeedType::RSS1 => "RSS 1.0",
        FeedType::RSS2 => "RSS 2.0",
    };
    let title = feed.title.as_ref().map(|t| text_of(t, false)).filter(|t| !t.is_empty());
    let site_url = page_link(&feed.links);
    let entries = feed.entries.into_iter().map(convert_entry).collect();
    ParsedFeed { title, site_url, format, entries }
}

/// The entry's web page: a link with no rel or rel=alternate, HTML or untyped.
fn page_link(links: &[Link]) -> Option<String> {
    let usable = |l: &&Link| {
        let rel_ok = l.rel.as_deref().is_none_or(|r| r.eq_ignore_ascii_case("alternate"));
        let type_ok = l.media_type.as_deref().is_none_or(|t| t.contains("html"));
        rel_ok && type_ok && (l.href.starts_with("http://") || l.href.starts_with("https://"))
    };
    links.iter().find(usable).map(|l| l.href.trim().to_string())
}

fn text_of(t: &feed_rs::model::Text, html_allowed: bool) -> String {
    let is_html = t.content_type.subty().as_str().contains("html");
    if is_html || (html_allowed && t.content.contains('<')) {
        html_to_text(&t.content)
    } else {
        plain_to_text(&t.content)
    }
}

fn convert_entry(e: Entry) -> FeedEntry {
    let link = page_link(&e.links);
    let title = e.title.as_ref().map(|t| text_of(t, false)).unwrap_or_default();
    let content = e
        .content
        .as_ref()
        .and_then(|c| c.body.as_deref())
        .map(|b| if b.contains('<') { html_to_text(b) } else { plain_to_text(b) })
        .unwrap_or_default();
    let summary = e.summary.as_ref().map(|t| text_of(t, true)).unwrap_or_default();
    let text = if word_count(&content) >= word_count(&summary) { content } else { summary };
    let published = e.published.or(e.updated).map(|t: DateTime<Utc>| t.fixed_offset());
    let authors: Vec<String> = e
        .authors
        .iter()
        .filter_map(|p| p.name.as_deref().map(str::trim).filter(|n| !n.is_empty()).map(str::to_string))
        .collect();
    let author = (!authors.is_empty()).then(|| authors.join(", "));
    let key = link.as_deref().and_then(storyline_article::canonical_url).unwrap_or_else(|| e.id.clone());
    let summary_only = word_count(&text) < SUMMARY_WORDS && link.is_some();
    FeedEntry { key, id: e.id, title, link, published, author, text, summary_only }
}

impl FeedEntry {
    /// The article as the feed gives it; `source` is the feed's title.
    pub fn article(&self, source: Option<&str>) -> Article {
        Article {
            id: Some(self.id.clone()).filter(|s| !s.is_empty()),
            headline: self.title.clone(),
            body: self.text.clone(),
            source: source.map(str::to_string),
            url: self.link.clone(),
            published: self.published,
            byline: self.author.clone(),
            ..Default::default()
        }
    }
}

/// Fold the article extracted from the entry's page into the feed's version: the page's
/// body when it is longer, its canonical URL, and whatever the feed left empty.
pub fn merge_page(article: &mut Article, page: Article) {
    if word_count(&page.body) > word_count(&article.body) {
        article.body = page.body;
        article.credit = page.credit;
        article.related = page.related;
    }
    if page.url.is_some() {
        article.url = page.url;
    }
    if article.headline.trim().is_empty() {
        article.headline = page.headline;
    }
    if article.published.is_none() {
        article.published = page.published;
        article.published_text = page.published_text;
    }
    if article.byline.is_none() {
        article.byline = page.byline;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!("{}/testdata/{name}", env!("CARGO_MANIFEST_DIR"))).expect("fixture")
    }

    #[test]
    fn rss2_with_full_content_and_summary_only_items() {
        let f = parse_feed(&fixture("rss2.xml"), "https://example.org/rss.xml", 1 << 20).expect("rss2");
        assert_eq!(f.format, "RSS 2.0");
        assert_eq!(f.title.as_deref(), Some("Harbour Gazette"));
        assert_eq!(f.site_url.as_deref(), Some("https://example.org/"));
        assert_eq!(f.entries.len(), 2);
        let full = &f.entries[0];
        assert_eq!(full.title, "Council approves new ferry timetable");
        assert_eq!(full.link.as_deref(), Some("https://example.org/news/ferry?utm_source=rss"));
        assert_eq!(full.key, "https://example.org/news/ferry");
        assert_eq!(full.author.as_deref(), Some("Mara Lind"));
        assert_eq!(full.published.map(|t| t.to_rfc3339()).as_deref(), Some("2026-11-20T09:30:00+00:00"));
        assert!(!full.summary_only, "content:encoded holds the full text");
        assert!(full.text.starts_with("The harbour council voted"), "{}", full.text);
        assert!(full.text.contains("\n\n"), "paragraphs kept");
        let short = &f.entries[1];
        assert!(short.summary_only);
        assert_eq!(short.text, "A short teaser about the lighthouse repairs.");
        let a = short.article(f.title.as_deref());
        assert_eq!(a.source.as_deref(), Some("Harbour Gazette"));
        assert_eq!(a.headline, "Lighthouse repairs to finish early");
    }

    #[test]
    fn rss1_atom_json() {
        let f = parse_feed(&fixture("rss1.rdf"), "https://example.net/rss", 1 << 20).expect("rss1");
        assert_eq!(f.format, "RSS 1.0");
        assert_eq!(f.entries.len(), 2);
        assert_eq!(f.entries[0].title, "Rail strike called off");
        assert_eq!(f.entries[0].link.as_deref(), Some("https://example.net/a/rail"));
        assert!(f.entries[0].published.is_some(), "dc:date read");

        let f = parse_feed(&fixture("atom.xml"), "https://atom.example.com/feed", 1 << 20).expect("atom");
        assert_eq!(f.format, "Atom");
        assert_eq!(f.title.as_deref(), Some("Valley Post"));
        assert_eq!(f.entries.len(), 2);
        let e = &f.entries[0];
        assert_eq!(e.link.as_deref(), Some("https://atom.example.com/2026/11/bridge"), "relative link resolved");
        assert_eq!(e.author.as_deref(), Some("Ivo Santos"));
        assert!(!e.summary_only);
        assert!(f.entries[1].summary_only);

        let f = parse_feed(&fixture("feed.json"), "https://json.example.com/feed.json", 1 << 20).expect("json");
        assert_eq!(f.format, "JSON Feed");
        assert_eq!(f.title.as_deref(), Some("Mountain Wire"));
        assert_eq!(f.entries.len(), 2);
        assert_eq!(f.entries[0].title, "Avalanche warning raised");
        assert_eq!(f.entries[0].link.as_deref(), Some("https://json.example.com/avalanche"));
        assert!(!f.entries[0].summary_only);
        assert!(f.entries[1].summary_only);
    }

    #[test]
    fn not_feeds() {
        let err =
            parse_feed(b"<!DOCTYPE html><html><body>hi</body></html>", "https://x.test/", 1 << 20).expect_err("html");
        assert!(err.0.contains("HTML page"), "{err}");
        let err = parse_feed(b"hello, world", "https://x.test/", 1 << 20).expect_err("text");
        assert!(err.0.contains("neither XML nor JSON"), "{err}");
        let err = parse_feed(b"<note><to>x</to></note>", "https://x.test/", 1 << 20).expect_err("xml");
        assert!(err.0.starts_with("not a feed"), "{err}");
        assert!(parse_feed(b"  ", "https://x.test/", 1 << 20).is_err());
    }

    #[test]
    fn gzip_bomb_body_is_cut_at_the_limit() {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        let zeros = vec![b' '; 1 << 20];
        for _ in 0..16 {
            enc.write_all(&zeros).expect("gz");
        }
        let gz = enc.finish().expect("gz");
        let err = parse_feed(&gz, "https://x.test/", 1 << 20).expect_err("bomb");
        assert!(err.0.contains("limit"), "{err}");
    }

    #[test]
    fn merge_prefers_longer_page_body_and_canonical_url() {
        let entry = FeedEntry {
            key: "k".into(),
            id: "id".into(),
            title: "Title".into(),
            link: Some("https://x.test/a?utm_source=rss".into()),
            text: "Teaser.".into(),
            summary_only: true,
            ..Default::default()
        };
        let mut a = entry.article(Some("Feed"));
        let page = Article {
            headline: "Page title".into(),
            body: "Full text of the article.\n\nSecond paragraph.".into(),
            url: Some("https://x.test/a".into()),
            byline: Some("Ann Writer".into()),
            ..Default::default()
        };
        merge_page(&mut a, page);
        assert_eq!(a.headline, "Title");
        assert!(a.body.starts_with("Full text"));
        assert_eq!(a.url.as_deref(), Some("https://x.test/a"));
        assert_eq!(a.byline.as_deref(), Some("Ann Writer"));
        assert_eq!(a.source.as_deref(), Some("Feed"));
    }
}
