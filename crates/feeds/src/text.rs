//! HTML fragments (feed content and summaries) to plain paragraphs, and link discovery.

use ego_tree::iter::Edge;
use scraper::{Html, Node, Selector};
use url::Url;

/// Elements whose start and end break a paragraph.
const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "pre",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "hr",
    "dd",
    "dt",
    "dl",
    "figure",
];
/// Elements whose text is never article text.
const SKIP: &[&str] = &["script", "style", "noscript", "iframe", "template", "svg", "figcaption", "button", "form"];

/// Paragraphs of an HTML fragment, joined by a blank line, whitespace collapsed.
pub fn html_to_text(html: &str) -> String {
    let doc = Html::parse_fragment(html);
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut skipping = 0usize;
    let flush = |current: &mut String, paragraphs: &mut Vec<String>| {
        let p = collapse(current);
        if !p.is_empty() {
            paragraphs.push(p);
        }
        current.clear();
    };
    for edge in doc.root_element().traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        skipping += 1;
                    } else if BLOCKS.contains(&name) && skipping == 0 {
                        flush(&mut current, &mut paragraphs);
                    }
                }
                Node::Text(t) if skipping == 0 => current.push_str(t),
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if SKIP.contains(&name) {
                        skipping = skipping.saturating_sub(1);
                    } else if BLOCKS.contains(&name) && skipping == 0 {
                        flush(&mut current, &mut paragraphs);
                    }
                }
            }
        }
    }
    flush(&mut current, &mut paragraphs);
    paragraphs.join("\n\n")
}

/// Plain text with its paragraphs (blank-line separated) kept and whitespace collapsed.
pub fn plain_to_text(text: &str) -> String {
    text.split("\n\n").map(collapse).filter(|p| !p.is_empty()).collect::<Vec<_>>().join("\n\n")
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Number of words.
pub fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

/// Feed URLs an HTML page advertises with `<link rel="alternate" type="application/rss+xml|
/// atom+xml|feed+json" href>`, resolved against `base`, in page order, without repeats.
pub fn discover_feeds(html: &str, base: &Url) -> Vec<String> {
    let doc = Html::parse_document(html);
    let Ok(sel) = Selector::parse("link[href]") else { return Vec::new() };
    let mut out: Vec<String> = Vec::new();
    for link in doc.select(&sel) {
        let el = link.value();
        let rel = el.attr("rel").unwrap_or_default().to_ascii_lowercase();
        if !rel.split_whitespace().any(|r| r == "alternate") {
            continue;
        }
        let kind = el.attr("type").unwrap_or_default().trim().to_ascii_lowercase();
        let kind = kind.split(';').next().unwrap_or_default().trim();
        if !matches!(
            kind,
            "application/rss+xml" | "application/atom+xml" | "application/feed+json" | "application/rdf+xml"
        ) {
            continue;
        }
        let Some(href) = el.attr("href") else { continue };
        if let Ok(u) = base.join(href.trim()) {
            let u = u.to_string();
            if !out.contains(&u) {
                out.push(u);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragments_to_paragraphs() {
        let html = "<p>First <b>bold</b>\n  paragraph.</p><div>Second<br>third</div>\
                    <script>var x = 1;</script><ul><li>one</li><li>two</li></ul>tail &amp; end";
        assert_eq!(html_to_text(html), "First bold paragraph.\n\nSecond\n\nthird\n\none\n\ntwo\n\ntail & end");
        assert_eq!(html_to_text("just text"), "just text");
        assert_eq!(html_to_text(""), "");
        assert_eq!(plain_to_text("a  b\n\n\n\n c\nd "), "a b\n\nc d");
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = "<div>".repeat(5_000) + "deep" + &"</div>".repeat(5_000);
        assert_eq!(html_to_text(&html), "deep");
    }

    #[test]
    fn discovery() {
        let base = Url::parse("https://news.example.com/world/").expect("url");
        let html = r#"<html><head>
            <link rel="stylesheet" href="/s.css">
            <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss.xml">
            <link rel="Alternate" type="application/atom+xml" href="https://news.example.com/atom">
            <link rel="alternate" type="application/feed+json" href="feed.json">
            <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
            <link rel="alternate" type="application/rss+xml" href="/rss.xml">
            </head><body></body></html>"#;
        assert_eq!(
            discover_feeds(html, &base),
            vec![
                "https://news.example.com/rss.xml",
                "https://news.example.com/atom",
                "https://news.example.com/world/feed.json"
            ]
        );
        assert!(discover_feeds("<p>no links</p>", &base).is_empty());
    }
}
