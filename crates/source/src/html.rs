//! HTML pages: main text through a maintained extractor, plus metadata.
//!
//! - Main text: the `trafilatura` crate (a Rust port of go-trafilatura / Python trafilatura),
//!   in a patched copy under `vendor/` that gives the published crate's output about four
//!   times faster (`vendor/trafilatura/PATCHES.md`). Comments are left out, and the
//!   readability/justext fallback runs when the main extraction is under
//!   [`FALLBACK_BELOW_CHARS`]. The choice and its measurements are in `docs/extraction.md`.
//! - Metadata: read once from the same parsed tree before extraction, from JSON-LD
//!   (`NewsArticle` and friends, including `@graph` and `@id` references), Open Graph and
//!   `article:` tags, `<link rel=canonical>`, `<time datetime>` and the usual `<meta>` names;
//!   trafilatura's own metadata fills what is still missing (its title cleaning, DOM byline and
//!   date cascade are good, but its date is day-only, so ours comes first).
//! - Body: the paragraphs of the extractor's content tree joined by `"\n\n"`, then the same line-level clean-up as
//!   the text parser: a "With inputs from X" line becomes the credit, "Read more: T" lines
//!   become `related`.
//! - A page whose extracted text is a handful of words, or mostly the text of its own links
//!   (a section front, a list of headlines), is rejected: "no article text found in HTML page".

use std::collections::HashSet;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Utc};
use regex::Regex;
use serde_json::{Map, Value};
use storyline_article::{Article, Document};
use trafilatura::dom::{Document as Dom, NodeId};

use crate::{Extracted, Options, SourceError};

/// The message for a page that holds no article.
pub const NO_ARTICLE: &str = "no article text found in HTML page";

/// Extract the article of an HTML page. `url` is the page's address when known.
pub fn parse(html: &str, url: Option<&str>, opts: &Options) -> Result<Extracted, SourceError> {
    let base = url.and_then(|u| url::Url::parse(u.trim()).ok());
    let depth = nesting_depth(html.as_bytes());
    if depth > MAX_NESTING {
        // html5ever's tree building is quadratic in nesting depth (100,000 nested <div>s take
        // over a minute) and the extractor recurses: refuse such a page before parsing it.
        return Err(SourceError::Rejected(format!(
            "HTML nested {depth} elements deep (more than {MAX_NESTING}): not a news page"
        )));
    }
    let dom = Dom::parse(html);
    let found = Elements::scan(&dom);
    let meta = PageMeta::read(&dom, &found, base.as_ref());
    let anchors = anchor_texts(&dom, &found);

    // Date: the first candidate that parses; else trafilatura's day-only date, which is then
    // the only thing its date search is needed for.
    let ours = meta.date_candidates.iter().find_map(|raw| Some((parse_html_date(raw, opts.as_of)?, raw.clone())));
    let mut options = extractor_options(base.as_ref());
    if ours.is_some() {
        options = options.with_html_date_mode(trafilatura::HtmlDateMode::Disabled);
    }
    let (result, content) = trafilatura::extract_document_tree(dom, &options.with_html_output(false))
        .map_err(|_| SourceError::Rejected(NO_ARTICLE.to_string()))?;
    let tm = &result.metadata;

    // Headline: trafilatura's title (it strips "| Site" suffixes), then ours.
    let headline = [Some(tm.title.as_str()), meta.ld_headline.as_deref(), meta.og_title.as_deref(), meta.h1.as_deref()]
        .into_iter()
        .flatten()
        .map(collapse_spaces)
        .find(|t| !t.is_empty());

    // Body paragraphs, boilerplate lines out.
    let content_body = content.body().unwrap_or_else(|| content.root());
    let mut paragraphs = content.tree().get(content_body).map(tree_paragraphs).unwrap_or_default();
    // The page's own title repeated as the first block (the extractor keeps the <h1>).
    if let Some(first) = paragraphs.first() {
        let same = |t: &str| collapse_spaces(t).eq_ignore_ascii_case(first);
        if headline.as_deref().is_some_and(same)
            || [meta.h1.as_deref(), meta.og_title.as_deref(), meta.ld_headline.as_deref()]
                .into_iter()
                .flatten()
                .any(same)
        {
            paragraphs.remove(0);
        }
    }
    let lines = take_boilerplate_lines(paragraphs);

    let body = lines.paragraphs.join("\n\n");
    if !looks_like_article(&lines.paragraphs, &anchors, &meta) {
        return Err(SourceError::Rejected(NO_ARTICLE.to_string()));
    }
    let headline = headline.unwrap_or_else(|| first_words(lines.paragraphs.first().map_or("", |p| p.as_str()), 12));

    // Byline: JSON-LD authors, then meta author, then trafilatura's (DOM) author.
    let byline = [meta.ld_authors.as_deref(), meta.meta_author.as_deref(), Some(tm.author.as_str())]
        .into_iter()
        .flatten()
        .find_map(clean_byline);

    let (published, published_text) = match ours {
        Some((dt, raw)) => (Some(dt), Some(raw)),
        None => match tm.date {
            Some(day) => {
                (midnight_utc(day), Some(meta.date_candidates.first().cloned().unwrap_or_else(|| day.to_string())))
            }
            None => (None, meta.date_candidates.first().cloned()),
        },
    };

    let source = [
        meta.ld_publisher.as_deref(),
        meta.og_site_name.as_deref(),
        meta.application_name.as_deref(),
        Some(tm.sitename.as_str()),
    ]
    .into_iter()
    .flatten()
    .map(clean_site_name)
    .find(|s| !s.is_empty())
    .or_else(|| base.as_ref().and_then(host_name));

    let url = meta.canonical.clone().or_else(|| base.as_ref().map(|u| u.to_string()));

    Ok(Extracted {
        document: Document {
            topic: None,
            articles: vec![Article {
                id: None,
                headline,
                body,
                credit: lines.credit,
                source,
                url,
                published,
                published_text,
                related: lines.related,
                byline,
            }],
        },
        problems: Vec::new(),
        notes: Vec::new(),
    })
}

/// The extractor settings used by [`parse`] (also what the benchmark calls "the crate's raw
/// output"): fallback extractors under [`FALLBACK_BELOW_CHARS`], comments left out, no
/// language detection, categories, tags or licence, the page URL when known. [`parse`] also
/// turns off the HTML output (it reads the content tree) and, when the page's own date
/// parses, trafilatura's date search.
pub fn extractor_options(base: Option<&url::Url>) -> trafilatura::Options {
    let mut o = trafilatura::Options::default()
        .with_fallback(true)
        .with_fallback_below_chars(FALLBACK_BELOW_CHARS)
        .with_exclude_comments(true)
        // The language is detected later, on the whole article (storyline-analysis).
        .with_language_detection(false)
        // Categories, tags and licence are not used.
        .with_extra_metadata(false);
    if let Some(u) = base {
        o = o.with_url(u.clone());
    }
    o
}

/// The readability/justext fallback runs only when trafilatura's own extraction is shorter
/// than this (characters). On trafilatura's 960-page evaluation set, replaying the crate's
/// published per-page results with and without fallback, this keeps F1 at 0.911 (fallback
/// always: 0.912, never: 0.903) while running the fallback on a fifth of the pages; it is
/// about 40 % of the extraction time where it runs. See docs/extraction.md.
pub const FALLBACK_BELOW_CHARS: usize = 1500;

/// Deepest element nesting accepted. News pages stay well under 100; at 1,000 parsing and
/// extraction still take under 0.1 s and fit a 2 MiB thread stack.
pub const MAX_NESTING: usize = 1000;

/// Tags that authors close explicitly and that the HTML parser does not close implicitly, so
/// counting their start and end tags bounds the depth of the parsed tree from below.
const NESTING_TAGS: &[&[u8]] = &[
    b"div",
    b"span",
    b"section",
    b"article",
    b"main",
    b"aside",
    b"header",
    b"footer",
    b"nav",
    b"blockquote",
    b"ul",
    b"ol",
    b"dl",
    b"table",
    b"form",
    b"b",
    b"i",
    b"em",
    b"strong",
    b"font",
    b"center",
    b"small",
    b"big",
    b"u",
    b"s",
    b"sub",
    b"sup",
    b"code",
    b"q",
    b"abbr",
    b"figure",
];

/// Deepest running count of unclosed [`NESTING_TAGS`] in the raw HTML (comments and the text
/// of `<script>`, `<style>`, `<textarea>`, `<title>` skipped). Linear, no allocation.
fn nesting_depth(html: &[u8]) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while let Some(off) = memchr::memchr(b'<', &html[i..]) {
        i += off + 1;
        if html[i..].starts_with(b"!--") {
            i = find_from(html, b"-->", i + 3).map_or(html.len(), |e| e + 3);
            continue;
        }
        let closing = html.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let mut end = start;
        while end < html.len() && html[end].is_ascii_alphanumeric() {
            end += 1;
        }
        if end == start || end - start > 10 {
            continue;
        }
        let mut name = [0u8; 10];
        for (k, b) in html[start..end].iter().enumerate() {
            name[k] = b.to_ascii_lowercase();
        }
        let name = &name[..end - start];
        if !closing && matches!(name, b"script" | b"style" | b"textarea" | b"title") {
            // Raw text: jump to the matching end tag.
            let mut close = Vec::with_capacity(name.len() + 2);
            close.extend_from_slice(b"</");
            close.extend_from_slice(name);
            i = find_ci(html, &close, end).unwrap_or(html.len());
            continue;
        }
        if !NESTING_TAGS.contains(&name) {
            continue;
        }
        if closing {
            depth = depth.saturating_sub(1);
        } else {
            // The tag's end, if it comes before the next tag (so each byte is scanned once).
            let gt = memchr::memchr2(b'>', b'<', &html[end..]).map(|p| end + p).filter(|&g| html[g] == b'>');
            if gt.is_some_and(|g| html[g - 1] == b'/') {
                continue; // <div/> in XHTML-ish markup
            }
            depth += 1;
            max = max.max(depth);
        }
    }
    max
}

fn find_from(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    memchr::memmem::find(hay.get(from..)?, needle).map(|p| p + from)
}

fn find_ci(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    hay.get(from..)?.windows(needle.len()).position(|w| w.eq_ignore_ascii_case(needle)).map(|p| p + from)
}

// ---------------------------------------------------------------------------
// Metadata
// ---------------------------------------------------------------------------

/// The elements that [`parse`] reads before extraction, found in one walk of the tree (the
/// same elements, in the same document order, as the CSS queries `meta[content]`,
/// `script[type=…]` with an exact JSON-LD type, `link[href]`, `time[datetime]`, the first
/// `h1` and `a`; like those queries, it looks no deeper than 500 levels).
#[derive(Debug, Default)]
struct Elements {
    metas: Vec<NodeId>,
    ld_scripts: Vec<NodeId>,
    links: Vec<NodeId>,
    times: Vec<NodeId>,
    h1: Option<NodeId>,
    anchors: Vec<NodeId>,
}

impl Elements {
    fn scan(dom: &Dom) -> Elements {
        let mut found = Elements::default();
        let mut depth = 0usize;
        for edge in dom.tree().root().traverse() {
            let node = match edge {
                ego_tree::iter::Edge::Open(node) => node,
                ego_tree::iter::Edge::Close(_) => {
                    depth -= 1;
                    continue;
                }
            };
            depth += 1;
            let scraper::Node::Element(e) = node.value() else {
                continue;
            };
            if depth > 500 {
                continue;
            }
            let id = node.id();
            match e.name() {
                "meta" if e.attr("content").is_some() => found.metas.push(id),
                "script"
                    if e.attr("type").is_some_and(|t| t == "application/ld+json" || t == "application/json+ld") =>
                {
                    found.ld_scripts.push(id)
                }
                "link" if e.attr("href").is_some() => found.links.push(id),
                "time" if e.attr("datetime").is_some() => found.times.push(id),
                "h1" if found.h1.is_none() => found.h1 = Some(id),
                "a" => found.anchors.push(id),
                _ => {}
            }
        }
        found
    }
}

/// What the page says about itself, before extraction.
#[derive(Debug, Default)]
struct PageMeta {
    ld_headline: Option<String>,
    /// Author names from JSON-LD, joined with "; ".
    ld_authors: Option<String>,
    ld_publisher: Option<String>,
    /// JSON-LD has an article type (NewsArticle, BlogPosting, ...).
    ld_article: bool,
    og_title: Option<String>,
    og_site_name: Option<String>,
    og_type: Option<String>,
    application_name: Option<String>,
    meta_author: Option<String>,
    h1: Option<String>,
    /// Absolute canonical URL: `<link rel=canonical>`, `og:url`, JSON-LD `url`.
    canonical: Option<String>,
    /// Raw publication-date strings, best first.
    date_candidates: Vec<String>,
}

const ARTICLE_TYPES: &[&str] = &[
    "article",
    "newsarticle",
    "reportagenewsarticle",
    "analysisnewsarticle",
    "opinionnewsarticle",
    "reviewnewsarticle",
    "backgroundnewsarticle",
    "askpublicnewsarticle",
    "blogposting",
    "liveblogposting",
    "socialmediaposting",
    "report",
    "scholarlyarticle",
    "techarticle",
];

/// `<meta>` names that carry a publication date, best first.
const META_DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "article.published",
    "published_time",
    "publish-date",
    "publishdate",
    "publish_date",
    "pubdate",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "dc.date",
    "dcterms.date",
    "date",
    "article.created",
    "created",
    "originalpublicationdate",
];

impl PageMeta {
    fn read(dom: &Dom, found: &Elements, base: Option<&url::Url>) -> PageMeta {
        let mut m = PageMeta::default();

        // <meta> tags: property / name / itemprop -> first non-empty content.
        let mut metas: Vec<(String, String)> = Vec::new();
        for &id in &found.metas {
            let content = dom.get_attribute(id, "content").unwrap_or_default();
            let content = content.trim();
            if content.is_empty() {
                continue;
            }
            for attr in ["property", "name", "itemprop"] {
                if let Some(key) = dom.get_attribute(id, attr) {
                    metas.push((key.trim().to_ascii_lowercase(), content.to_string()));
                }
            }
        }
        let meta = |key: &str| metas.iter().find(|(k, _)| k == key).map(|(_, v)| decode_entities(v));
        m.og_title = meta("og:title").or_else(|| meta("twitter:title"));
        m.og_site_name = meta("og:site_name");
        m.og_type = meta("og:type").map(|t| t.to_ascii_lowercase());
        m.application_name = meta("application-name");
        m.meta_author = meta("author")
            .or_else(|| meta("article:author").filter(|a| !a.contains("://")))
            .or_else(|| meta("dc.creator"))
            .or_else(|| meta("byl"))
            .or_else(|| meta("parsely-author"))
            .or_else(|| meta("sailthru.author"));

        // JSON-LD.
        let mut ld_url = None;
        let mut ld_dates = Vec::new();
        for &id in &found.ld_scripts {
            let raw = dom.text_content(id);
            let raw = raw
                .trim()
                .trim_start_matches("<!--")
                .trim_end_matches("-->")
                .trim()
                .trim_start_matches("//<![CDATA[")
                .trim_end_matches("//]]>");
            // Raw line breaks and tabs inside strings are the commonest JSON-LD error (CMS
            // templates paste multi-line text): retry with them as spaces.
            let parsed = serde_json::from_str::<Value>(raw)
                .or_else(|_| serde_json::from_str::<Value>(&raw.replace(['\n', '\r', '\t'], " ")));
            let Ok(value) = parsed else {
                continue;
            };
            let mut nodes = Vec::new();
            flatten_ld(&value, &mut nodes, 0);
            let by_id: Vec<(&str, &Map<String, Value>)> =
                nodes.iter().filter_map(|n| n.get("@id").and_then(Value::as_str).map(|i| (i, *n))).collect();
            let resolve = |v: &'_ Value| -> Option<Map<String, Value>> {
                let obj = v.as_object()?;
                match obj.get("@id").and_then(Value::as_str) {
                    Some(i) if obj.len() <= 2 => {
                        by_id.iter().find(|(k, _)| *k == i).map(|(_, o)| (*o).clone()).or_else(|| Some(obj.clone()))
                    }
                    _ => Some(obj.clone()),
                }
            };
            for node in &nodes {
                let types = ld_types(node);
                if !types.iter().any(|t| ARTICLE_TYPES.contains(&t.as_str())) {
                    continue;
                }
                if m.ld_article {
                    break; // the first article object wins
                }
                m.ld_article = true;
                m.ld_headline = ld_string(node, "headline").or_else(|| ld_string(node, "name"));
                if let Some(d) = ld_string(node, "datePublished").or_else(|| ld_string(node, "dateCreated")) {
                    ld_dates.push(d);
                }
                let mut names = Vec::new();
                if let Some(a) = node.get("author").or_else(|| node.get("creator")) {
                    let items: Vec<&Value> = match a {
                        Value::Array(v) => v.iter().collect(),
                        other => vec![other],
                    };
                    for item in items {
                        match item {
                            Value::String(s) => names.push(s.clone()),
                            Value::Object(_) => {
                                if let Some(name) = resolve(item).and_then(|o| ld_name(&o)) {
                                    names.push(name);
                                }
                            }
                            _ => {}
                        }
                    }
                }
                if !names.is_empty() {
                    m.ld_authors = Some(names.join("; "));
                }
                if let Some(p) = node.get("publisher") {
                    let p = match p {
                        Value::Array(v) => v.first(),
                        other => Some(other),
                    };
                    m.ld_publisher = p.and_then(|p| match p {
                        Value::String(s) => Some(s.clone()),
                        Value::Object(_) => resolve(p).and_then(|o| ld_name(&o)),
                        _ => None,
                    });
                }
                ld_url = ld_string(node, "url").or_else(|| match node.get("mainEntityOfPage") {
                    Some(Value::String(s)) => Some(s.clone()),
                    Some(Value::Object(o)) => {
                        o.get("@id").or_else(|| o.get("url")).and_then(Value::as_str).map(str::to_string)
                    }
                    _ => None,
                });
            }
            if m.ld_article {
                break;
            }
        }

        // Canonical URL.
        let canonical_link = found
            .links
            .iter()
            .copied()
            .find(|&id| {
                dom.get_attribute(id, "rel")
                    .is_some_and(|r| r.split_whitespace().any(|t| t.eq_ignore_ascii_case("canonical")))
            })
            .and_then(|id| dom.get_attribute(id, "href"));
        m.canonical =
            [canonical_link, meta("og:url"), ld_url].into_iter().flatten().find_map(|u| absolute_url(&u, base));

        // Dates: JSON-LD, then meta names, then <time datetime>.
        m.date_candidates.extend(ld_dates);
        for key in META_DATE_KEYS {
            if let Some(v) = meta(key) {
                m.date_candidates.push(v);
            }
        }
        if let Some(t) = time_element_date(dom, &found.times) {
            m.date_candidates.push(t);
        }
        let mut seen = HashSet::new();
        m.date_candidates.retain(|d| seen.insert(d.clone()));

        m.h1 = found.h1.map(|id| collapse_spaces(&dom.text_content(id))).filter(|t| !t.is_empty());
        m
    }
}

/// All objects in a JSON-LD value: top level, arrays, `@graph`, and nested `mainEntity`.
fn flatten_ld<'a>(v: &'a Value, out: &mut Vec<&'a Map<String, Value>>, depth: usize) {
    if depth > 4 {
        return;
    }
    match v {
        Value::Array(items) => items.iter().for_each(|i| flatten_ld(i, out, depth + 1)),
        Value::Object(obj) => {
            out.push(obj);
            for key in ["@graph", "mainEntity", "itemListElement"] {
                if let Some(inner) = obj.get(key) {
                    flatten_ld(inner, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

fn ld_types(obj: &Map<String, Value>) -> Vec<String> {
    match obj.get("@type") {
        Some(Value::String(s)) => vec![s.to_ascii_lowercase()],
        Some(Value::Array(v)) => v.iter().filter_map(Value::as_str).map(str::to_ascii_lowercase).collect(),
        _ => Vec::new(),
    }
}

fn ld_string(obj: &Map<String, Value>, key: &str) -> Option<String> {
    let s = match obj.get(key)? {
        Value::String(s) => s.clone(),
        Value::Array(v) => v.first()?.as_str()?.to_string(),
        _ => return None,
    };
    let s = decode_entities(s.trim());
    (!s.is_empty()).then_some(s)
}

fn ld_name(obj: &Map<String, Value>) -> Option<String> {
    ld_string(obj, "name").or_else(|| {
        let given = ld_string(obj, "givenName")?;
        Some(match ld_string(obj, "familyName") {
            Some(f) => format!("{given} {f}"),
            None => given,
        })
    })
}

/// The `datetime` of the page's publication `<time>`: one marked as published if any, else
/// the first one outside comments, sidebars and related-story lists.
fn time_element_date(dom: &Dom, times: &[NodeId]) -> Option<String> {
    let marked = times.iter().copied().find(|&id| {
        dom.get_attribute(id, "pubdate").is_some()
            || dom.get_attribute(id, "itemprop").is_some_and(|p| p.eq_ignore_ascii_case("datePublished"))
            || dom.class_name(id).to_ascii_lowercase().contains("publish")
    });
    let chosen = marked.or_else(|| times.iter().copied().find(|&id| !inside_boilerplate(dom, id)))?;
    dom.get_attribute(chosen, "datetime").map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn inside_boilerplate(dom: &Dom, mut id: NodeId) -> bool {
    for _ in 0..30 {
        let Some(parent) = dom.parent(id) else {
            return false;
        };
        id = parent;
        if !dom.is_element(id) {
            return false;
        }
        let tag = dom.tag_name(id);
        if tag == "aside" || tag == "footer" || tag == "nav" {
            return true;
        }
        let marks = format!("{} {}", dom.class_name(id), dom.id_attr(id)).to_ascii_lowercase();
        if ["comment", "related", "sidebar", "recommend", "teaser", "most-read"].iter().any(|w| marks.contains(w)) {
            return true;
        }
    }
    false
}

/// Texts of the page's links with at least three words, normalised.
fn anchor_texts(dom: &Dom, found: &Elements) -> HashSet<String> {
    found
        .anchors
        .iter()
        .copied()
        .map(|id| collapse_spaces(&dom.text_content(id)))
        .filter(|t| t.len() >= 15 && t.split(' ').count() >= 3)
        .collect()
}

/// How many bytes of `paragraphs` are link text: a whole paragraph that is a link's text, or
/// a paragraph that starts with one ("Headline link — teaser"). Hash look-ups of at most 30
/// word-boundary prefixes per paragraph, so linear in the body.
fn linked_bytes(paragraphs: &[String], anchors: &HashSet<String>) -> usize {
    let mut linked = 0;
    for p in paragraphs {
        if anchors.contains(p) {
            linked += p.len();
            continue;
        }
        let mut best = 0;
        for (count, (i, _)) in p.match_indices(' ').enumerate() {
            if count >= 30 {
                break;
            }
            if anchors.contains(&p[..i]) {
                best = i;
            }
        }
        linked += best;
    }
    linked
}

// ---------------------------------------------------------------------------
// Paragraphs of the extracted HTML
// ---------------------------------------------------------------------------

/// Block-level elements: each starts and ends a paragraph. Table cells are joined by spaces
/// within their row.
fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "blockquote"
            | "pre"
            | "table"
            | "tr"
            | "thead"
            | "tbody"
            | "tfoot"
            | "caption"
            | "section"
            | "article"
            | "main"
            | "header"
            | "footer"
            | "aside"
            | "figure"
            | "figcaption"
            | "details"
            | "summary"
            | "address"
            | "hr"
            | "br"
            | "body"
            | "html"
            | "form"
            | "fieldset"
            | "center"
    )
}

/// [`tree_paragraphs`] of trafilatura's `content_html` (what [`parse`] did before it read
/// the content tree directly; the tests check that both agree).
#[cfg(test)]
fn html_paragraphs(content_html: &str) -> Vec<String> {
    let fragment = scraper::Html::parse_fragment(content_html);
    tree_paragraphs(fragment.tree.root())
}

/// The text of trafilatura's content tree, one string per block (`<p>`, heading, list item,
/// table row, `<br>`-separated line). Its `content_text` runs all blocks into one line, so
/// the paragraph structure is read from the tree.
fn tree_paragraphs(root: ego_tree::NodeRef<'_, scraper::Node>) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    walk_blocks(root, &mut current, &mut out, 0);
    flush(&mut current, &mut out);
    out
}

fn walk_blocks(node: ego_tree::NodeRef<'_, scraper::Node>, current: &mut String, out: &mut Vec<String>, depth: usize) {
    if depth > 200 {
        return;
    }
    for child in node.children() {
        match child.value() {
            scraper::Node::Text(t) => current.push_str(t),
            scraper::Node::Element(e) => {
                let tag = e.name();
                if matches!(tag, "script" | "style" | "template" | "noscript") {
                    continue;
                }
                if matches!(tag, "td" | "th") {
                    current.push(' ');
                }
                let block = is_block(tag);
                if block {
                    flush(current, out);
                }
                walk_blocks(child, current, out, depth + 1);
                if block {
                    flush(current, out);
                } else if matches!(tag, "td" | "th") {
                    current.push(' ');
                }
            }
            _ => {}
        }
    }
}

fn flush(current: &mut String, out: &mut Vec<String>) {
    let p = collapse_spaces(current);
    if !p.is_empty() {
        out.push(p);
    }
    current.clear();
}

// ---------------------------------------------------------------------------
// Article or not
// ---------------------------------------------------------------------------

/// Is `body` an article? No for a few words (a login form), or for text made mostly of the
/// page's own link texts (a section front: headline links with one-line teasers).
fn looks_like_article(paragraphs: &[String], anchors: &HashSet<String>, meta: &PageMeta) -> bool {
    let words: usize = paragraphs.iter().map(|p| p.split_whitespace().count()).sum();
    let article_signal =
        meta.ld_article || meta.og_type.as_deref() == Some("article") || !meta.date_candidates.is_empty();
    if words < 15 || (words < 40 && !article_signal) {
        return false;
    }
    let total: usize = paragraphs.iter().map(String::len).sum();
    let share = linked_bytes(paragraphs, anchors) as f64 / total.max(1) as f64;
    !(share >= 0.5 || (share >= 0.25 && !article_signal))
}

// ---------------------------------------------------------------------------
// Boilerplate lines (the same rules as the text parser's)
// ---------------------------------------------------------------------------

struct BodyLines {
    paragraphs: Vec<String>,
    credit: Option<String>,
    related: Vec<String>,
}

/// Short paragraphs that are never article text: ad labels, betting small print, share and
/// newsletter prompts, copyright lines.
static PROMO_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?i)^(?:advertisement|advertising|sponsored(?: content)?|ad)$",
        r"|gamble responsibly|begambleaware|^18\+ ",
        r"|^share (?:this|the) (?:article|story|page)\b",
        r"|^sign up (?:for|to) (?:our|the) .{0,40}newsletter",
        r"|^(?:subscribe|follow us) (?:now|today|on)\b",
        r"|^(?:©|\(c\)|copyright ©?\s*\d{4}).{0,120}$",
        r"|\ball rights reserved\.?$",
    ))
    .expect("static regex")
});

/// Take "With inputs from X" (-> credit) and "Read more: T" (-> related) lines out of the body.
fn take_boilerplate_lines(paragraphs: Vec<String>) -> BodyLines {
    let mut out = BodyLines { paragraphs: Vec::with_capacity(paragraphs.len()), credit: None, related: Vec::new() };
    for p in paragraphs {
        if p.len() <= 300 && PROMO_LINE.is_match(&p) {
            continue;
        }
        if p.len() <= 200 {
            // The same line rules as the plain-text parser.
            if let Some(credit) = crate::text::credit_of(&p) {
                out.credit.get_or_insert(credit);
                continue;
            }
            if let Some(title) = crate::text::read_more_of(&p) {
                // A bare "Read more" label has its title in a link we do not keep.
                out.related.extend(title);
                continue;
            }
        }
        out.paragraphs.push(p);
    }
    out
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

/// A date as HTML metadata writes it: what `dates::parse_date` understands, else the ISO
/// forms common in `<meta>`/`<time>` (`2025-11-20`, `2025-11-20T18:30:00` without zone = UTC).
fn parse_html_date(raw: &str, as_of: DateTime<FixedOffset>) -> Option<DateTime<FixedOffset>> {
    if let Some(dt) = crate::dates::parse_date(raw, as_of) {
        return Some(dt);
    }
    let s = raw.trim();
    let utc = FixedOffset::east_opt(0)?;
    if let Ok(dt) = DateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S%z") {
        return Some(dt);
    }
    for f in ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, f) {
            return utc.from_local_datetime(&naive).single();
        }
    }
    for f in ["%Y-%m-%d", "%Y%m%d", "%Y/%m/%d"] {
        if let Ok(day) = NaiveDate::parse_from_str(s, f) {
            return midnight_utc(day);
        }
    }
    None
}

fn midnight_utc(day: NaiveDate) -> Option<DateTime<FixedOffset>> {
    let naive = day.and_hms_opt(0, 0, 0)?;
    Some(Utc.from_utc_datetime(&naive).fixed_offset())
}

/// Role words that end a byline ("Jake Morrow, Chief Football Writer").
static ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(writer|correspondent|editor|reporter|staff|contributor|columnist|journalist|chief|senior|bureau|desk|producer|analyst|critic|photographer|updated|published)\b")
        .expect("static regex")
});

/// A byline from an author string: "By" and roles removed, names de-duplicated, joined with
/// ", ". `None` when nothing name-like is left.
pub fn clean_byline(raw: &str) -> Option<String> {
    let raw = decode_entities(raw);
    let mut names: Vec<String> = Vec::new();
    for part in raw.split([';', ',', '|', '\n']).flat_map(|p| p.split(" and ")) {
        let mut name = collapse_spaces(part);
        for prefix in ["written by", "posted by", "story by", "words by", "by:", "by"] {
            if name.len() > prefix.len()
                && name.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix))
                && name[prefix.len()..].starts_with([' ', ':'])
            {
                name = name[prefix.len()..].trim_start_matches([' ', ':']).to_string();
            }
        }
        let name = name.trim_matches(|c: char| c.is_whitespace() || c == '&' || c == '-');
        if name.is_empty()
            || name.contains("://")
            || name.contains('@')
            || name.split(' ').count() > 5
            || ROLE.is_match(name)
            || !name.chars().next().is_some_and(char::is_alphabetic)
        {
            continue;
        }
        if !names.iter().any(|n| n.eq_ignore_ascii_case(name)) {
            names.push(name.to_string());
        }
    }
    (!names.is_empty()).then(|| names.join(", "))
}

/// "Field & Lab; Field & Lab" (trafilatura joins duplicates) -> "Field & Lab".
fn clean_site_name(raw: &str) -> String {
    let raw = decode_entities(raw);
    let mut parts: Vec<String> = Vec::new();
    for p in raw.split("; ") {
        let p = collapse_spaces(p);
        if !p.is_empty() && !parts.iter().any(|q| q.eq_ignore_ascii_case(&p)) {
            parts.push(p);
        }
    }
    parts.join("; ")
}

fn host_name(u: &url::Url) -> Option<String> {
    let host = u.host_str()?;
    Some(host.strip_prefix("www.").unwrap_or(host).to_string())
}

fn absolute_url(href: &str, base: Option<&url::Url>) -> Option<String> {
    let href = href.trim();
    let parsed = match url::Url::parse(href) {
        Ok(u) => u,
        Err(url::ParseError::RelativeUrlWithoutBase) => base?.join(href).ok()?,
        Err(_) => return None,
    };
    matches!(parsed.scheme(), "http" | "https").then(|| parsed.to_string())
}

fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

fn first_words(s: &str, n: usize) -> String {
    s.split_whitespace().take(n).collect::<Vec<_>>().join(" ")
}

/// The few entities that survive in attribute values written twice-escaped (`&amp;amp;`) or
/// in JSON-LD strings (`&amp;`).
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#039;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&#8211;", "\u{2013}")
        .replace("&#8217;", "\u{2019}")
        .replace("&nbsp;", " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bylines_are_cleaned() {
        assert_eq!(clean_byline("By Jake Morrow, Chief Football Writer").as_deref(), Some("Jake Morrow"));
        assert_eq!(clean_byline("Jake Morrow; Chief Football Writer").as_deref(), Some("Jake Morrow"));
        assert_eq!(clean_byline("Carla Nuñez; Ben Stroud").as_deref(), Some("Carla Nuñez, Ben Stroud"));
        assert_eq!(clean_byline("By Carla Nuñez and Ben Stroud").as_deref(), Some("Carla Nuñez, Ben Stroud"));
        assert_eq!(clean_byline("https://example.com/author/x"), None);
        assert_eq!(clean_byline(""), None);
    }

    #[test]
    fn boilerplate_lines_move_to_fields() {
        let out = take_boilerplate_lines(vec![
            "Body.".into(),
            "Read more: Fares to rise".into(),
            "With inputs from Reuters.".into(),
            "(With inputs from PTI)".into(),
            "- With inputs from ANI".into(),
            "READ MORE | Storm warning issued".into(),
        ]);
        assert_eq!(out.paragraphs, vec!["Body.".to_string()]);
        assert_eq!(out.related, ["Fares to rise", "Storm warning issued"]);
        assert_eq!(out.credit.as_deref(), Some("Reuters"));
        let out = take_boilerplate_lines(vec![
            "Advertisement".into(),
            "Harlow Vale are 9/4 to win. 18+ | Gamble responsibly | T&Cs apply".into(),
            "Copyright 2026 Valley News Network. All rights reserved.".into(),
            "The advertisement campaign was all rights and no wrongs, the minister said.".into(),
        ]);
        assert_eq!(out.paragraphs.len(), 1);
    }

    #[test]
    fn paragraphs_from_extracted_html() {
        let ps = html_paragraphs(
            "<h1>Title</h1><p>One <b>bold</b>\n move.</p><p>Two<br>Three</p><ul><li>a</li><li>b</li></ul>\
             <table><tr><td>x</td><td>y</td></tr></table>",
        );
        assert_eq!(ps, ["Title", "One bold move.", "Two", "Three", "a", "b", "x y"]);
    }

    #[test]
    fn iso_dates_without_zone() {
        let as_of = DateTime::parse_from_rfc3339("2026-01-01T00:00:00Z").unwrap();
        let d = |s| parse_html_date(s, as_of).map(|d| d.to_rfc3339());
        assert_eq!(d("2025-11-20").as_deref(), Some("2025-11-20T00:00:00+00:00"));
        assert_eq!(d("2025-11-20T18:30:00").as_deref(), Some("2025-11-20T18:30:00+00:00"));
        assert_eq!(d("2026-04-05T17:05:00+01:00").as_deref(), Some("2026-04-05T17:05:00+01:00"));
        assert_eq!(d("someday"), None);
    }

    fn norm(s: &str) -> String {
        collapse_spaces(&s.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201c}', '\u{201d}'], "\""))
    }

    /// Every page under testdata/html against its `.expect.json`.
    #[test]
    fn testdata_pages() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/html");
        let mut pages: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "html"))
            .collect();
        pages.sort();
        assert!(pages.len() >= 8, "expected the test pages in {}", dir.display());
        let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
        let mut failures = Vec::new();
        for page in &pages {
            let name = page.file_name().unwrap().to_string_lossy().to_string();
            let html = std::fs::read_to_string(page).unwrap();
            let exp: Value =
                serde_json::from_str(&std::fs::read_to_string(page.with_extension("expect.json")).unwrap()).unwrap();
            let result = parse(&html, exp["url_given"].as_str(), &opts);
            if exp["rejected"].as_bool() == Some(true) {
                match result {
                    Err(SourceError::Rejected(m)) if m == NO_ARTICLE => {}
                    other => failures.push(format!("{name}: expected rejection, got {other:?}")),
                }
                continue;
            }
            let a = match result {
                Ok(mut ex) => ex.document.articles.remove(0),
                Err(e) => {
                    failures.push(format!("{name}: {e}"));
                    continue;
                }
            };
            if a.body.starts_with(&a.headline) {
                failures.push(format!("{name}: body starts with the headline"));
            }
            let mut check = |field: &str, got: Option<String>| {
                if let Some(want) = exp[field].as_str() {
                    if got.as_deref() != Some(want) {
                        failures.push(format!("{name}: {field}: want {want:?}, got {got:?}"));
                    }
                }
            };
            check("headline", Some(a.headline.clone()));
            check("byline", a.byline.clone());
            check("published", a.published.map(|d| d.to_rfc3339()));
            check("published_date", a.published.map(|d| d.date_naive().to_string()));
            check("source", a.source.clone());
            check("url", a.url.clone());
            check("credit", a.credit.clone());
            if let Some(rel) = exp["related"].as_array() {
                let want: Vec<String> = rel.iter().map(|r| r.as_str().unwrap().to_string()).collect();
                if a.related != want {
                    failures.push(format!("{name}: related: want {want:?}, got {:?}", a.related));
                }
            }
            assert!(a.published_text.is_some() || exp["published"].is_null(), "{name}: published_text");
            let body = norm(&a.body);
            for s in exp["contains"].as_array().unwrap() {
                if !body.contains(&norm(s.as_str().unwrap())) {
                    failures.push(format!("{name}: body lacks {s}"));
                }
            }
            for s in exp["absent"].as_array().unwrap() {
                if body.contains(&norm(s.as_str().unwrap())) {
                    failures.push(format!("{name}: body has boilerplate {s}"));
                }
            }
            if let Some(n) = exp["min_paragraphs"].as_u64() {
                let got = a.body.split("\n\n").count() as u64;
                if got < n {
                    failures.push(format!("{name}: {got} paragraphs, want at least {n}"));
                }
            }
            assert!(!a.body.contains("\n\n\n") && !a.body.starts_with('\n'), "{name}: paragraph joins");
        }
        assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    }

    /// The patched `trim` (vendor/trafilatura) gives upstream's output on awkward text:
    /// decomposed accents, soft hyphens, Unicode spaces, control characters, composition
    /// exclusions.
    #[test]
    fn patched_trim_matches_upstream() {
        let samples = [
            "",
            "   ",
            "plain ascii text",
            "  tabs\tand\nnew\r\nlines\x0b\x0cand  spaces  ",
            "caf\u{e9} cafe\u{301} u\u{308}ber",
            "soft\u{ad}hyphen \u{ad} \u{ad}\u{ad} end\u{ad}",
            "nbsp\u{a0}and\u{2003}em\u{3000}ideographic\u{85}nel\u{2028}ls",
            "\u{958}\u{915}\u{93c} qa exclusion, \u{2000}quad",
            "control\u{1}chars\u{7f}stay",
            "\u{1100}\u{1161}\u{11a8} hangul jamo",
            "a\u{323}\u{302} reordered marks a\u{302}\u{323}",
        ];
        for s in samples {
            assert_eq!(trafilatura::utils::trim(s), trafilatura_upstream::utils::trim(s), "{s:?}");
        }
        // Every 1- to 3-character string over an alphabet of troublemakers.
        let alphabet = [' ', '\t', '\u{b}', '\u{ad}', 'e', '\u{301}', '\u{a0}', '\u{85}', '\u{2000}', '\u{958}'];
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    let s: String = [a, b, c].iter().collect();
                    assert_eq!(trafilatura::utils::trim(&s), trafilatura_upstream::utils::trim(&s), "{s:?}");
                }
            }
        }
    }

    /// With the same options, the patched crate gives exactly the published crate's output on
    /// every test page; with storyline's options (fallback only under
    /// [`FALLBACK_BELOW_CHARS`], no language detection) the text is the same too.
    #[test]
    fn patched_crate_matches_upstream() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata");
        let mut pages = Vec::new();
        for sub in ["html", "decode"] {
            for e in std::fs::read_dir(dir.join(sub)).unwrap() {
                let p = e.unwrap().path();
                if p.extension().is_some_and(|e| e == "html") {
                    pages.push(p);
                }
            }
        }
        assert!(pages.len() >= 8);
        for page in &pages {
            let html = String::from_utf8_lossy(&std::fs::read(page).unwrap()).to_string();
            let url = url::Url::parse("https://news.example.com/2026/05/story").unwrap();
            let mine =
                trafilatura::Options::default().with_fallback(true).with_exclude_comments(true).with_url(url.clone());
            let theirs = trafilatura_upstream::Options::default()
                .with_fallback(true)
                .with_exclude_comments(true)
                .with_url(url.clone());
            let a = trafilatura::extract(&html, &mine);
            let b = trafilatura_upstream::extract(&html, &theirs);
            let name = page.display();
            match (&a, &b) {
                (Ok(a), Ok(b)) => {
                    assert_eq!(a.content_text, b.content_text, "{name}");
                    assert_eq!(a.content_html, b.content_html, "{name}");
                    assert_eq!(a.metadata.title, b.metadata.title, "{name}");
                    assert_eq!(a.metadata.author, b.metadata.author, "{name}");
                    assert_eq!(a.metadata.date, b.metadata.date, "{name}");
                    assert_eq!(a.metadata.sitename, b.metadata.sitename, "{name}");
                    assert_eq!(a.metadata.language, b.metadata.language, "{name}");
                }
                (Err(_), Err(_)) => {}
                _ => panic!("{name}: patched {:?} vs upstream {:?}", a.is_ok(), b.is_ok()),
            }
            // storyline reads paragraphs from the content tree: the same as from its HTML.
            let (tree_result, tree) =
                trafilatura::extract_document_tree(Dom::parse(&html), &extractor_options(Some(&url))).unwrap();
            let body = tree.body().unwrap_or_else(|| tree.root());
            assert_eq!(
                tree.tree().get(body).map(tree_paragraphs).unwrap_or_default(),
                html_paragraphs(&tree_result.content_html),
                "{name}"
            );
            let ours = trafilatura::extract(&html, &extractor_options(Some(&url)));
            assert_eq!(ours.ok().map(|r| r.content_text), b.ok().map(|r| r.content_text), "{name}");
        }
    }

    /// The one-walk scan finds what the CSS queries it replaced find, in the same order.
    #[test]
    fn element_scan_matches_css_queries() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/html");
        let mut pages = 0;
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_none_or(|e| e != "html") {
                continue;
            }
            pages += 1;
            let dom = Dom::parse(&std::fs::read_to_string(&p).unwrap());
            let found = Elements::scan(&dom);
            let root = dom.root();
            assert_eq!(found.metas, dom.query_selector_all(root, "meta[content]"), "{}", p.display());
            assert_eq!(found.ld_scripts, dom.scripts_with_type(&["application/ld+json", "application/json+ld"]));
            assert_eq!(found.links, dom.query_selector_all(root, "link[href]"));
            assert_eq!(found.times, dom.query_selector_all(root, "time[datetime]"));
            assert_eq!(found.h1, dom.query_selector(root, "h1"));
            assert_eq!(found.anchors, dom.query_selector_all(root, "a"));
            assert!(!found.metas.is_empty() && !found.anchors.is_empty());
        }
        assert!(pages >= 8);
    }

    #[test]
    fn latin1_page_end_to_end() {
        let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("testdata/decode/latin1-declared.html");
        let ex = crate::extract_file(&path, &opts).unwrap();
        let a = &ex.document.articles[0];
        assert_eq!(a.headline, "Fermeture de l'\u{e9}cole de Sainte-H\u{e9}l\u{e8}ne");
        assert!(a.body.contains("\u{ab} C'est un coup dur pour tout le village \u{bb}"), "{}", a.body);
        assert_eq!(a.body.split("\n\n").count(), 2);
        assert_eq!(ex.notes, ["decoded as windows-1252: declared as iso-8859-1 in the document"]);
    }

    #[test]
    fn json_ld_with_raw_line_breaks_in_strings() {
        let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
        let para =
            "<p>The council said the plan would cost more than expected, and residents were asked for their views.</p>";
        let html = format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \"headline\": \"Plan\ncosts more\", \"datePublished\": \"2026-02-01T10:00:00Z\", \"author\": {{\"name\": \"Ada\tLund\"}}}}</script></head><body><article>{}</article></body></html>",
            para.repeat(6)
        );
        let a = parse(&html, None, &opts).unwrap().document.articles.remove(0);
        assert_eq!(a.byline.as_deref(), Some("Ada Lund"));
        assert_eq!(a.published_text.as_deref(), Some("2026-02-01T10:00:00Z"));
    }

    #[test]
    fn link_text_share() {
        let anchors: HashSet<String> = ["Bus company cuts evening services", "Record entries for city half marathon"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let ps = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(linked_bytes(&ps(&["Bus company cuts evening services"]), &anchors), 33);
        assert_eq!(
            linked_bytes(&ps(&["Record entries for city half marathon Organisers expect 12,000 runners."]), &anchors),
            37
        );
        assert_eq!(linked_bytes(&ps(&["The Bus company cuts evening services, he said."]), &anchors), 0);
    }

    #[test]
    fn nesting_depth_counts_explicit_containers() {
        assert_eq!(nesting_depth(b"<div><div><p>x</div></div>"), 2);
        assert_eq!(nesting_depth(b"<div><!-- <div><div><div> --></div>"), 1);
        assert_eq!(nesting_depth(b"<script>if (a<b) { '<div><div>' }</script><DIV>"), 1);
        assert_eq!(nesting_depth(b"<p>a<p>b<p>c<li>d<li>e"), 0);
        assert_eq!(nesting_depth(b"<div/><div />"), 0);
        assert_eq!(nesting_depth(b"< div <"), 0);
        let deep = "<div>".repeat(5000);
        assert_eq!(nesting_depth(deep.as_bytes()), 5000);
        // Unclosed start tags: each one's end is looked for only up to the next tag.
        let unclosed = "<div ".repeat(200_000);
        let started = std::time::Instant::now();
        assert_eq!(nesting_depth(unclosed.as_bytes()), 200_000);
        assert!(started.elapsed().as_secs() < 2);
    }

    #[test]
    fn hostile_pages_are_refused_quickly() {
        let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
        let para =
            "<p>The council said the plan would cost more than expected, and residents were asked for their views.</p>";
        let deep = format!("<html><body>{}{}</body></html>", "<div>".repeat(100_000), para.repeat(5));
        let started = std::time::Instant::now();
        let err = parse(&deep, None, &opts).unwrap_err().to_string();
        assert!(err.contains("nested 100000 elements deep"), "{err}");
        assert!(started.elapsed().as_secs() < 2);
        let bold = format!("<html><body><p>{}text</p></body></html>", "<b>".repeat(100_000));
        assert!(parse(&bold, None, &opts).unwrap_err().to_string().contains("nested"));
        // Nesting within the limit, odd JSON-LD and many links still work (in a 2 MiB test
        // thread stack).
        let ok = format!("<html><body>{}{}{}</body></html>", "<div>".repeat(900), para.repeat(8), "</div>".repeat(900));
        assert!(parse(&ok, None, &opts).is_ok());
        let ld = format!(
            "<html><head><script type=\"application/ld+json\">{{\"@type\": \"NewsArticle\", \"author\": [[[[[]]]]], \"headline\": {{}}, \"@graph\": 5}}</script></head><body><article>{}</article></body></html>",
            para.repeat(8)
        );
        assert!(parse(&ld, None, &opts).is_ok());
    }

    #[test]
    fn no_article_pages_are_rejected() {
        let opts = Options::new(DateTime::parse_from_rfc3339("2026-06-01T00:00:00Z").unwrap());
        for html in [
            "",
            "<html><body></body></html>",
            "<html><body><nav><a href='/'>Home</a></nav><p>Page not found.</p></body></html>",
        ] {
            let err = parse(html, None, &opts).unwrap_err();
            assert_eq!(err.to_string(), NO_ARTICLE);
        }
    }
}
