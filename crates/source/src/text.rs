//! Scraped plain-text pages: a topic page (topic title, then articles) or a single article.
//!
//! A scraper that flattens a page to text keeps its lines but loses all markup, so the only
//! evidence of structure left is the *shape* of lines and the small set of boilerplate lines
//! outlets print around articles. The rules below lean on the boilerplate first, because it
//! is unambiguous, and on shape only where nothing better exists.
//!
//! - **Boilerplate lines are recognised by their own grammar, never by position**: ages and
//!   dates ([`dates::is_date_line`]; also "BBC News · 3 hours ago" meta lines), credits
//!   ("With inputs from BBC" → `credit`), "Read more: …"-style links (→ `related`), bylines
//!   ("By Jane Doe and John Roe, Reuters"), "Reporting by …; Editing by …" trailers, rules
//!   ("* * *") and ad slugs. They are taken out of the body, so a body is only prose.
//! - **Headlines are short title-like lines** (≤ 22 words, no final full stop/comma/colon,
//!   not one sentence followed by another, not ending in "said"); paragraphs are sentences.
//!   A short one-sentence paragraph ends with a full stop, so it never looks like a headline.
//! - **Shape alone does not start an article when the page has separators.** Subheadings look
//!   exactly like headlines, so when a page carries dates, credits, rules or multi-blank gaps
//!   between its articles, a headline-shaped line starts a new article only right after such
//!   a separator, or when article-header evidence follows it (a byline, a date then prose, a
//!   wire dateline "GENEVA (Reuters) -"). Only on a *loose* page with no separators at all do
//!   we fall back to "a stand-alone headline-shaped line followed by prose" (after a blank
//!   line if the page uses blank lines; not all-caps, not a question). Without a topic line
//!   a single article with subheadings is the likelier reading, so there the title needs 5+
//!   words and the article before it two real paragraphs (under a topic line: 4+ and one).
//! - **Title-shaped lines right after a headline are header, not a new article**: until an
//!   article has a sentence-shaped paragraph, short lines (standfirst bullets) stay in it.
//! - **Dates between two articles are ambiguous** (end of one, start of the next). The page
//!   decides: a date before the first headline means dates lead their article; a date after
//!   the last body means they trail it (the default, as topic pages usually print the age
//!   under the article). Dates between a headline and its first paragraph are unambiguous.
//! - **A topic title is a short line directly followed by another headline-shaped line**, and
//!   is only believed when the page then yields two or more articles (or it says "Topic:"):
//!   a single article with a standfirst has exactly the same first two lines.
//! - **Datelines stay in the body.** "GENEVA (Reuters) - The talks…" is the first words of
//!   the article as published, and the place is content; we only *read* it: its agency
//!   becomes `credit` when no credit line names one, and its date ("LONDON, Feb 17 (AFP) —")
//!   becomes `published` when no date line dates the article.
//! - **Paragraphs**: with no blank lines, one line is one paragraph (scrapers write one line
//!   per `<p>`). When blank lines separate paragraphs, consecutive lines that look wrapped are
//!   joined with a space.
//! - **Never lose text, never blow up**: every line ends up in some field (only rules, ad
//!   slugs, reading times, the editors of a "Reporting by …; Editing by …" trailer and
//!   surplus date lines are dropped, the latter with a note); a long first line is
//!   kept whole in the body and a headline derived from its first sentence; all passes are
//!   linear (look-ahead uses a precomputed next-line index, regexes are linear-time).

use std::borrow::Cow;
use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset};
use regex::Regex;

use crate::dates;
use crate::{Extracted, Options, Problem, SourceError};
use storyline_article::{Article, Document};

/// Longest line still considered as a headline (characters).
const MAX_HEADLINE_CHARS: usize = 200;
/// Most words a headline has.
const MAX_HEADLINE_WORDS: usize = 22;
/// Most words a topic title has.
const MAX_TOPIC_WORDS: usize = 12;
/// Lines longer than this are never boilerplate (bytes).
const MAX_META_BYTES: usize = 400;
/// A first line longer than this is a paragraph: the headline is derived from it.
const MAX_FIRST_LINE_CHARS: usize = 300;

/// Split a plain-text page into its articles.
pub fn parse(text: &str, opts: &Options) -> Result<Extracted, SourceError> {
    let lines = split_lines(text);
    if lines.iter().all(|l| l.text.is_empty()) {
        return Err(SourceError::Rejected("empty page: no text lines".into()));
    }
    let items: Vec<Item> = lines.into_iter().map(classify).collect();
    let words: usize = items
        .iter()
        .filter(|it| matches!(it.kind, Kind::Text(_)))
        .map(|it| it.text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count())
        .sum();
    if words < 3 {
        let other = items.iter().filter(|it| !matches!(it.kind, Kind::Blank(_))).count();
        return Err(SourceError::Rejected(format!(
            "no article text: {other} non-empty line(s), but none is a headline or paragraph \
             (only dates, credits, links, rules or fewer than 3 words)"
        )));
    }
    let page = Page::new(&items);

    let mut chosen = None;
    if let Some(topic) = find_topic(&page) {
        let run = segment(&page, Some(topic.index), opts);
        if run.articles.len() >= 2 || topic.explicit {
            chosen = Some((Some(topic.title), run));
        }
    }
    let (topic, run) = match chosen {
        Some(c) => c,
        None => (None, segment(&page, None, opts)),
    };
    if run.articles.is_empty() {
        return Err(SourceError::Rejected("no article text: no headline or paragraph found".into()));
    }
    Ok(Extracted { document: Document { topic, articles: run.articles }, problems: run.problems, notes: run.notes })
}

// ---------------------------------------------------------------------------------------
// Lines and their kinds

struct Line<'a> {
    /// 1-based line number in the input.
    number: usize,
    /// Trimmed, inner whitespace collapsed, zero-width characters removed (borrowed from the
    /// input when nothing needed changing).
    text: Cow<'a, str>,
    /// For a blank line: how many blank lines in a row it stands for.
    blanks: usize,
}

/// Split on "\n", "\r\n" and lone "\r" (a CRLF is one break, not two). A run of blank lines
/// becomes one entry with a count, so a page of empty lines costs no memory per line.
fn split_lines(text: &str) -> Vec<Line<'_>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out: Vec<Line> = Vec::new();
    let mut number = 0;
    for raw in text.split('\n') {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        for piece in raw.split('\r') {
            number += 1;
            let text = clean_line(piece);
            if text.is_empty() {
                if let Some(last) = out.last_mut().filter(|l| l.text.is_empty()) {
                    last.blanks += 1;
                    continue;
                }
                out.push(Line { number, text, blanks: 1 });
            } else {
                out.push(Line { number, text, blanks: 0 });
            }
        }
    }
    out
}

fn clean_line(s: &str) -> Cow<'_, str> {
    let t = s.trim();
    let mut prev_space = false;
    let clean = t.chars().all(|ch| {
        let bad = matches!(ch, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}')
            || (ch.is_whitespace() && (ch != ' ' || prev_space))
            || ch.is_control();
        prev_space = ch == ' ';
        !bad
    });
    if clean {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for ch in s.chars() {
        if matches!(ch, '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' | '\u{00ad}') {
            continue;
        }
        if ch.is_whitespace() || ch.is_control() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(ch);
    }
    Cow::Owned(out)
}

/// Date, byline and/or source from one boilerplate line.
#[derive(Debug, Clone, Default)]
struct Meta {
    /// The date as written ("3 days ago").
    date: Option<String>,
    byline: Option<String>,
    /// A news agency named in the byline ("By Jane Doe, Reuters").
    agency: Option<String>,
    /// An outlet named beside a date ("BBC News · 3 hours ago").
    source: Option<String>,
    /// "Reporting by …; Editing by …": closes the article it follows.
    trailer: bool,
}

#[derive(Debug, Clone, Copy)]
struct Shape {
    headline: bool,
    words: usize,
    chars: usize,
    starts_lower: bool,
    ends_open: bool,
    /// Ends with "?" or an ellipsis: a quote or teaser as often as a headline.
    question: bool,
}

#[derive(Debug, Clone)]
enum Kind {
    /// One or more blank lines (the count).
    Blank(usize),
    /// "* * *", "-----": separates articles, carries no text.
    Rule,
    /// "Advertisement", "4 min read": carries no article text.
    Junk,
    Meta(Box<Meta>),
    Credit(String),
    /// A related title, or `None` for a bare "Read more" whose title is on the next line.
    ReadMore(Option<String>),
    Text(Shape),
}

struct Item<'a> {
    number: usize,
    text: Cow<'a, str>,
    kind: Kind,
}

fn classify(line: Line<'_>) -> Item<'_> {
    let kind = if line.text.is_empty() { Kind::Blank(line.blanks.max(1)) } else { kind_of(&line.text) };
    Item { number: line.number, text: line.text, kind }
}

fn kind_of(t: &str) -> Kind {
    if t.is_empty() {
        return Kind::Blank(1);
    }
    if t.len() > MAX_META_BYTES {
        return Kind::Text(shape(t));
    }
    if is_rule(t) {
        return Kind::Rule;
    }
    // Cheap keyword tests (no allocation) decide which of the costlier rules can apply at
    // all, so a page of ordinary lines costs a few byte scans per line, not a dozen regexes.
    let first_word =
        t.trim_start_matches(['(', '[', ' ']).split(|c: char| !c.is_alphanumeric() && c != '\'').next().unwrap_or("");
    if t.len() <= 80 && is_junk(t) {
        return Kind::Junk;
    }
    let credit_possible = contains_ci(t, "input")
        || t.starts_with(['(', '[', '-', '–', '—'])
        || one_of_ci(first_word, &["source", "sources", "courtesy", "credit"]);
    if credit_possible {
        if let Some(c) = credit_of(t) {
            return Kind::Credit(c);
        }
    }
    let read_more_possible = one_of_ci(
        first_word,
        &[
            "read",
            "also",
            "related",
            "see",
            "more",
            "recommended",
            "must",
            "don't",
            "dont",
            "do",
            "you",
            "watch",
            "listen",
        ],
    );
    if read_more_possible {
        if let Some(r) = read_more_of(t) {
            return Kind::ReadMore(r);
        }
    }
    let has_by = t.len() <= 640 && contains_ci(t, "by ");
    if has_by {
        if let Some(m) = trailer_of(t) {
            return Kind::Meta(Box::new(m));
        }
    }
    // Date and meta lines are short (see `dates::is_date_line`, `meta_segments`).
    let date_possible = t.len() <= 640
        && (t.bytes().any(|b| b.is_ascii_digit())
            || ["ago", "yesterday", "today", "now", "moment"].iter().any(|w| contains_ci(t, w)));
    if date_possible && dates::is_date_line(t) {
        return Kind::Meta(Box::new(Meta { date: Some(t.to_string()), ..Meta::default() }));
    }
    if one_of_ci(first_word, &["by", "written", "reported", "words", "story"]) {
        if let Some(m) = byline_of(t) {
            return Kind::Meta(Box::new(m));
        }
    }
    if date_possible {
        if let Some(m) = meta_segments(t) {
            return Kind::Meta(Box::new(m));
        }
    }
    Kind::Text(shape(t))
}

fn is_rule(t: &str) -> bool {
    let mut marks = 0;
    for ch in t.chars() {
        match ch {
            '-' | '*' | '_' | '=' | '~' | '•' | '·' | '◆' | '#' | '—' | '–' | '+' => marks += 1,
            ' ' => {}
            _ => return false,
        }
    }
    marks >= 3
}

fn is_junk(t: &str) -> bool {
    static READ_TIME: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)^\d{1,3}\s*(?:min|mins|minute|minutes)\.?\s+read$").expect("regex"));
    let core = t.trim_matches(|c: char| !c.is_alphanumeric());
    one_of_ci(
        core,
        &[
            "advertisement",
            "advertisement - scroll to continue",
            "story continues below advertisement",
            "story continues below this ad",
            "story continues below",
            "article continues below",
            "continue reading below",
            "scroll to continue with content",
            "sponsored",
            "ad",
        ],
    ) || (contains_ci(t, "read") && READ_TIME.is_match(t))
}

/// ASCII case-insensitive substring test (the needles are ASCII keywords).
fn contains_ci(hay: &str, needle: &str) -> bool {
    let n = needle.as_bytes();
    hay.len() >= n.len() && hay.as_bytes().windows(n.len()).any(|w| w.eq_ignore_ascii_case(n))
}

/// ASCII case-insensitive membership.
fn one_of_ci(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// ASCII case-insensitive suffix test.
fn ends_with_ci(hay: &str, suffix: &str) -> bool {
    let (h, s) = (hay.as_bytes(), suffix.as_bytes());
    h.len() >= s.len() && h[h.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Well-known news agencies and wire services, for credit lines that name only the agency
/// ("— Reuters", "(AP)") and for affiliations in bylines.
const AGENCIES: &[&str] = &[
    "reuters",
    "ap",
    "associated press",
    "the associated press",
    "afp",
    "agence france-presse",
    "agence france presse",
    "pti",
    "ani",
    "ians",
    "uni",
    "bloomberg",
    "dpa",
    "efe",
    "ansa",
    "xinhua",
    "tass",
    "ria novosti",
    "interfax",
    "kyodo",
    "yonhap",
    "aap",
    "anadolu",
    "anadolu agency",
    "bernama",
    "upi",
    "agencies",
    "wires",
];

/// Outlets that other outlets credit like agencies ("With inputs from BBC", "— BBC").
const CREDITED_OUTLETS: &[&str] = &["bbc", "bbc news", "cnn", "al jazeera", "dw"];

fn agency_key(name: &str) -> String {
    name.trim().trim_end_matches('.').to_lowercase().replace('’', "'")
}

/// A wire agency or an outlet that is credited like one.
fn is_agency(name: &str) -> bool {
    let n = agency_key(name);
    AGENCIES.contains(&n.as_str()) || CREDITED_OUTLETS.contains(&n.as_str())
}

/// A wire agency proper: named beside a date, it is the credit, not just the outlet.
fn is_wire(name: &str) -> bool {
    AGENCIES.contains(&agency_key(name).as_str())
}

/// "With inputs from BBC", "(With inputs from Reuters and AP)", "Inputs from PTI",
/// "With agency inputs", "Source: Reuters", "— Reuters", "(AP)".
pub(crate) fn credit_of(t: &str) -> Option<String> {
    static INPUTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[(\[]?\s*(?:[-–—]+\s*)?(?:with\s+)?(?:additional\s+|agency\s+)?inputs?\s+from\s+(?P<a>[^()\[\]]+?)\s*[)\]]?\s*\.?$",
        )
        .expect("regex")
    });
    static AGENCY_INPUTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[(\[]?\s*with\s+(?:agency|agencies|wire|wires)\s+inputs?\s*[)\]]?\s*\.?$").expect("regex")
    });
    static SOURCE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^[(\[]?\s*(?:source|sources|courtesy|credit)\s*:\s*(?P<a>[^()\[\]]+?)\s*[)\]]?\s*\.?$")
            .expect("regex")
    });
    static BARE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:[-–—]+\s*(?P<a>[^()\[\]]+?)|[(\[](?P<b>[^()\[\]]+)[)\]])\s*\.?$").expect("regex")
    });
    if t.split_whitespace().count() > 14 {
        return None;
    }
    if let Some(c) = INPUTS.captures(t) {
        return Some(clean_credit(&c["a"]));
    }
    if AGENCY_INPUTS.is_match(t) {
        return Some("agencies".into());
    }
    if let Some(c) = SOURCE.captures(t) {
        let a = clean_credit(&c["a"]);
        if a.split_whitespace().count() <= 6 {
            return Some(a);
        }
    }
    if let Some(c) = BARE.captures(t) {
        let a = c.name("a").or_else(|| c.name("b")).map(|m| m.as_str())?;
        if is_agency(a) {
            return Some(clean_credit(a));
        }
    }
    None
}

fn clean_credit(a: &str) -> String {
    a.trim().trim_end_matches(['.', ')', ']']).trim().to_string()
}

/// "Read more: title", "Also read: title", "READ MORE | title", "Related: title", or a bare
/// "Read more" (`Some(None)`), whose title is on the next line.
pub(crate) fn read_more_of(t: &str) -> Option<Option<String>> {
    const LABELS: &str = r"read\s+more|also\s+read|read\s+also|related(?:\s+(?:stories|story|news|articles?|coverage|content|reading))?|see\s+also|also\s+see|more\s+on\s+this(?:\s+story)?|recommended(?:\s+(?:stories|reading))?|must\s+read|don'?t\s+miss|do\s+not\s+miss|you\s+may\s+also\s+like|also\s+watch|watch|listen";
    static WITH_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"(?i)^[\[(]?\s*(?:{LABELS})\s*[\])]?\s*(?:[:|>»\-–—]+)\s*(?P<t>\S.*)$")).expect("regex")
    });
    static BARE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!(r"(?i)^[\[(]?\s*(?:{LABELS})\s*[\])]?\s*[:|>»\-–—]*$")).expect("regex"));
    if let Some(c) = WITH_TITLE.captures(t) {
        let title = c["t"].trim().trim_end_matches(['|', '»', '>']).trim();
        if !title.is_empty() && title.split_whitespace().count() <= 40 {
            return Some(Some(title.to_string()));
        }
    }
    if BARE.is_match(t) {
        return Some(None);
    }
    None
}

/// "Reporting by Jane Doe in Geneva; Editing by John Roe" -> byline "Jane Doe in Geneva".
fn trailer_of(t: &str) -> Option<Meta> {
    static TRAILER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^[(\[]?\s*(?:additional\s+)?(?:reporting|reported|writing|written)\s+by\s+(?P<n>[^;]+?)\s*(?:;.*)?[)\]]?\.?$",
        )
        .expect("regex")
    });
    if t.split_whitespace().count() > 40 {
        return None;
    }
    let c = TRAILER.captures(t)?;
    let names = c["n"].trim().trim_end_matches(['.', ')', ']']).trim();
    if !starts_upper(names) {
        return None;
    }
    Some(Meta { byline: Some(names.to_string()), trailer: true, ..Meta::default() })
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by JANE DOE",
/// "By Jane Doe | Feb 17, 2026".
fn byline_of(t: &str) -> Option<Meta> {
    static BY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:by|written\s+by|reported\s+by|words\s+by|story\s+by)\s*:?\s+(?P<n>\S.*)$").expect("regex")
    });
    let c = BY.captures(t)?;
    let rest = c.name("n")?.as_str().trim();
    // A date may follow the names, after a separator or a comma.
    let mut names = rest;
    let mut date = None;
    for (pos, ch) in rest.char_indices() {
        if matches!(ch, '|' | '·' | '•' | ',') || rest[pos..].starts_with(" - ") {
            let tail = rest[pos..].trim_start_matches(['|', '·', '•', ',', '-', ' ']);
            if dates::is_date_line(tail) {
                names = rest[..pos].trim();
                date = Some(tail.to_string());
                break;
            }
        }
    }
    let names = names.trim_end_matches([',', '|', '·', '•']).trim();
    if !is_name_list(names) {
        return None;
    }
    let (byline, agency) = split_affiliation(names);
    Some(Meta { date, byline: Some(byline), agency, ..Meta::default() })
}

/// "Jane Doe and John Roe, Reuters" -> ("Jane Doe and John Roe", Some("Reuters")); an
/// affiliation that is not a known agency stays in the byline.
fn split_affiliation(names: &str) -> (String, Option<String>) {
    for sep in [", ", " - ", " | ", " / ", " for "] {
        if let Some((who, org)) = names.rsplit_once(sep) {
            if is_agency(org) && !who.trim().is_empty() {
                return (who.trim().to_string(), Some(org.trim().to_string()));
            }
        }
    }
    (names.to_string(), None)
}

/// Whether text after "By" is a list of names rather than prose ("By Tuesday, the…").
fn is_name_list(names: &str) -> bool {
    let words: Vec<&str> = names.split_whitespace().collect();
    if words.is_empty() || words.len() > 14 || !starts_upper(names) {
        return false;
    }
    let first = words[0].trim_end_matches([',', '.', '\'', '’', 's']).to_lowercase();
    const NOT_NAMES: &[&str] = &[
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "the",
        "then",
        "now",
        "contrast",
        "comparison",
        "far",
        "law",
        "night",
        "noon",
        "midnight",
        "morning",
        "evening",
        "dawn",
        "late",
        "early",
        "mid",
        "end",
        "this",
        "that",
        "tomorrow",
        "today",
        "yesterday",
        "last",
        "next",
        "all",
        "most",
        "some",
        "one",
        "many",
        "by",
        "default",
        "design",
        "mistake",
        "chance",
        "accident",
        "itself",
    ];
    if NOT_NAMES.contains(&first.as_str()) {
        return false;
    }
    if names.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    // Prose ends with a full stop; names end with a letter (or an initial "Jr.").
    let last = words[words.len() - 1];
    let prose_stop = last.ends_with('.') && last.chars().filter(|c| c.is_alphabetic()).count() > 2;
    !prose_stop && !names.ends_with(['!', '?', ':', ';'])
}

/// "BBC News · 3 hours ago", "Reuters | Updated 2 mins ago", "3 days ago • 4 min read":
/// a date plus short outlet/byline/reading-time segments.
fn meta_segments(t: &str) -> Option<Meta> {
    if t.chars().count() > 160 {
        return None;
    }
    let pieces: Vec<&str> = if t.contains(['|', '·', '•']) {
        t.split(['|', '·', '•']).collect()
    } else if t.contains(" — ") || t.contains(" – ") || t.contains(" - ") {
        t.split(" — ").flat_map(|p| p.split(" – ")).flat_map(|p| p.split(" - ")).collect()
    } else if let Some((who, when)) = t.split_once(", ") {
        // "AFP, Tuesday 2 Jul 2013"
        vec![who, when]
    } else {
        return None;
    };
    let pieces: Vec<&str> = pieces.into_iter().map(str::trim).filter(|p| !p.is_empty()).collect();
    if pieces.len() < 2 || pieces.len() > 5 {
        return None;
    }
    let mut meta = Meta::default();
    for piece in pieces {
        if dates::is_date_line(piece) {
            // A second date on the line ("Published … | Updated …") is the update.
            if meta.date.is_none() {
                meta.date = Some(piece.to_string());
            }
        } else if is_junk(piece) {
        } else if let Some(b) = byline_of(piece) {
            if meta.byline.is_some() {
                return None;
            }
            meta.byline = b.byline;
            meta.agency = b.agency;
        } else if is_outlet_name(piece) && meta.source.is_none() {
            meta.source = Some(piece.to_string());
            if is_wire(piece) && meta.agency.is_none() {
                meta.agency = Some(piece.to_string());
            }
        } else {
            return None;
        }
    }
    meta.date.is_some().then_some(meta)
}

/// A short capitalised name ("BBC News", "Reuters", "The Hindu").
fn is_outlet_name(s: &str) -> bool {
    let words = s.split_whitespace().count();
    (1..=5).contains(&words)
        && starts_upper(s)
        && !s.ends_with(['.', '!', '?', ':', ','])
        && !s.chars().any(|c| c.is_ascii_digit())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

fn shape(t: &str) -> Shape {
    let chars = t.chars().count();
    let words = t.split_whitespace().count();
    let first = t.chars().next().unwrap_or(' ');
    let starts_lower = first.is_lowercase();
    let starts_ok = first.is_uppercase()
        || first.is_ascii_digit()
        || matches!(first, '"' | '\'' | '‘' | '“' | '«' | '¿' | '¡' | '$' | '£' | '€');
    let core = t.trim_end_matches(['"', '\'', '’', '”', '»', ')', ']', ' ']);
    let last = core.chars().last().unwrap_or(' ');
    let last_word = core.rsplit(' ').next().unwrap_or("");
    // "U.S.", "U.N.": letters and dots only (not "1.7%.").
    let abbreviation = last_word.matches('.').count() >= 2
        && last_word.len() <= 6
        && last_word.chars().all(|c| c.is_alphabetic() || c == '.');
    let ends_sentence = match last {
        '.' => !abbreviation && !core.ends_with("..."),
        ',' | ';' | ':' | '!' => true,
        _ => false,
    };
    let ends_open = !matches!(last, '.' | '!' | '?' | '…' | ':' | ';') && !t.ends_with(['"', '”', '’', ')']);
    let says_tail = [" said", " says", " added", " told reporters", " noted"].iter().any(|s| ends_with_ci(core, s));
    let bullet = t.starts_with("- ") || t.starts_with("• ") || t.starts_with("* ");
    // A line ending in "for", "the", "as" was cut mid-sentence (wrapped or truncated).
    let cut = one_of_ci(
        last_word,
        &[
            "a", "an", "the", "of", "for", "to", "in", "on", "at", "as", "and", "or", "but", "with", "by", "from",
            "that", "which", "who", "whose", "than", "into", "its", "their", "his", "her", "our", "your", "was",
            "were", "is", "are", "be", "been", "has", "have", "had", "would", "will",
        ],
    );
    let has_letters = t.chars().any(char::is_alphabetic);
    let headline = has_letters
        && starts_ok
        && !bullet
        && (1..=MAX_HEADLINE_WORDS).contains(&words)
        && chars <= MAX_HEADLINE_CHARS
        && !ends_sentence
        && !has_inner_sentence_break(t)
        && !says_tail
        && !cut;
    Shape {
        headline,
        words,
        chars,
        starts_lower,
        ends_open,
        question: matches!(last, '?' | '…') || core.ends_with("..."),
    }
}

/// "Talks end. Delegates leave" -> true: two sentences are a paragraph, not a headline.
fn has_inner_sentence_break(t: &str) -> bool {
    let bytes = t.as_bytes();
    for (i, w) in bytes.windows(3).enumerate() {
        if matches!(w[0], b'.' | b'!' | b'?') && w[1] == b' ' && w[2].is_ascii_uppercase() {
            // Skip initials and abbreviations: "U.S. Navy", "Mr. Smith".
            let before = &t[..i];
            let word = before.rsplit(' ').next().unwrap_or("");
            let abbreviation = word.chars().count() == 1
                || word.contains('.')
                || matches!(
                    word,
                    "Mr" | "Mrs"
                        | "Ms"
                        | "Dr"
                        | "St"
                        | "Jr"
                        | "Sr"
                        | "No"
                        | "Gen"
                        | "Sen"
                        | "Rep"
                        | "Gov"
                        | "Prof"
                        | "Capt"
                        | "Lt"
                        | "Col"
                        | "Sgt"
                        | "Inc"
                        | "Co"
                        | "Ltd"
                );
            if !abbreviation && w[0] == b'.' {
                return true;
            }
            if w[0] != b'.' {
                return true;
            }
        }
    }
    false
}

fn text_shape(item: &Item) -> Option<Shape> {
    match item.kind {
        Kind::Text(s) => Some(s),
        _ => None,
    }
}

fn is_paragraph(item: &Item) -> bool {
    text_shape(item).is_some_and(|s| !s.headline)
}

// ---------------------------------------------------------------------------------------
// Page-level facts

struct Page<'a> {
    items: &'a [Item<'a>],
    /// Index of the next non-blank item after each item (`items.len()` if none).
    next: Vec<usize>,
    /// Blank lines separate paragraphs somewhere on the page.
    blank_paragraphs: bool,
    /// Paragraphs are hard-wrapped at a fixed width: join consecutive lines.
    hard_wrapped: bool,
    /// Widest text line (characters), for telling wrapped lines from short ones.
    max_text_chars: usize,
    /// Two or more blank lines mark a stronger break than one (both kinds occur).
    multi_blank_separates: bool,
    /// No dates, credits, rules or multi-blank gaps: only shape can split articles.
    loose: bool,
    has_blanks: bool,
}

impl<'a> Page<'a> {
    fn new(items: &'a [Item<'a>]) -> Self {
        let mut next = vec![items.len(); items.len()];
        let mut upcoming = items.len();
        for i in (0..items.len()).rev() {
            next[i] = upcoming;
            if !matches!(items[i].kind, Kind::Blank(_)) {
                upcoming = i;
            }
        }
        let mut has_dates = false;
        let mut has_credits = false;
        let mut has_rules = false;
        let mut single_gaps = 0usize;
        let mut multi_gaps = 0usize;
        let mut text_pairs_blank = 0usize;
        let mut text_pairs_wrapped_long = 0usize;
        let mut max_text_chars = 0usize;
        let mut blanks = 0usize;
        let mut prev_content: Option<&Item> = None;
        for it in items {
            match &it.kind {
                Kind::Blank(n) => {
                    blanks += n;
                    continue;
                }
                Kind::Meta(m) if m.date.is_some() => has_dates = true,
                Kind::Credit(_) => has_credits = true,
                Kind::Rule => has_rules = true,
                Kind::Text(s) => max_text_chars = max_text_chars.max(s.chars),
                _ => {}
            }
            if let Some(prev) = prev_content {
                match blanks {
                    0 => {}
                    1 => single_gaps += 1,
                    _ => multi_gaps += 1,
                }
                if let (Some(a), Some(_)) = (text_shape(prev), text_shape(it)) {
                    if blanks > 0 {
                        text_pairs_blank += 1;
                    } else if a.chars >= 50 && a.ends_open {
                        text_pairs_wrapped_long += 1;
                    }
                }
            }
            blanks = 0;
            prev_content = Some(it);
        }
        let multi_blank_separates = single_gaps > 0 && multi_gaps > 0;
        let blank_paragraphs = text_pairs_blank >= 2;
        let hard_wrapped = blank_paragraphs && max_text_chars <= 100 && text_pairs_wrapped_long > 0;
        Page {
            items,
            next,
            blank_paragraphs,
            hard_wrapped,
            max_text_chars,
            multi_blank_separates,
            loose: !has_dates && !has_credits && !has_rules && !multi_blank_separates,
            has_blanks: single_gaps + multi_gaps > 0,
        }
    }

    fn next_content(&self, i: usize) -> Option<usize> {
        let j = *self.next.get(i)?;
        (j < self.items.len()).then_some(j)
    }
}

struct TopicLine {
    index: usize,
    title: String,
    explicit: bool,
}

/// A short first line followed (across blanks and date lines) by a headline-shaped line.
fn find_topic(page: &Page) -> Option<TopicLine> {
    let items = page.items;
    let first = items.iter().position(|it| matches!(it.kind, Kind::Text(_)))?;
    let it = &items[first];
    static PREFIX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)^(?:topic|tag|tagged|topics|in\s+focus|coverage)\s*[:|]\s*(?P<t>\S.*)$").expect("regex")
    });
    if let Some(c) = PREFIX.captures(&it.text) {
        return Some(TopicLine { index: first, title: c["t"].trim().to_string(), explicit: true });
    }
    let s = text_shape(it)?;
    if !s.headline || s.words > MAX_TOPIC_WORDS {
        return None;
    }
    // The next text line, allowing only blank, date-only, rule and junk lines between.
    let mut j = page.next_content(first)?;
    loop {
        match &items[j].kind {
            Kind::Meta(m) if m.byline.is_none() && !m.trailer => {}
            Kind::Rule | Kind::Junk => {}
            Kind::Text(s1) => {
                if !s1.headline {
                    return None;
                }
                // The headline must be followed by something.
                page.next_content(j)?;
                return Some(TopicLine { index: first, title: it.text.to_string(), explicit: false });
            }
            _ => return None,
        }
        j = page.next_content(j)?;
    }
}

// ---------------------------------------------------------------------------------------
// Segmentation

#[derive(Default)]
struct Draft {
    headline: String,
    line: usize,
    derived_headline: bool,
    paras: Vec<String>,
    open: Option<String>,
    /// Real (sentence-shaped) paragraphs in the body so far, not counting standfirst-like
    /// title-shaped lines.
    prose: usize,
    /// Characters in the last line added to `open` (for hard-wrap detection).
    open_tail: usize,
    credit: Option<String>,
    related: Vec<String>,
    dates: Vec<String>,
    byline: Option<String>,
    agency: Option<String>,
    source: Option<String>,
}

impl Draft {
    fn has_body(&self) -> bool {
        !self.paras.is_empty() || self.open.is_some()
    }

    fn close(&mut self) {
        if let Some(p) = self.open.take() {
            self.paras.push(p);
        }
    }

    fn add_date_meta(&mut self, m: &Meta) {
        if let Some(d) = &m.date {
            self.dates.push(d.clone());
        }
        if self.source.is_none() {
            self.source.clone_from(&m.source);
        }
        // An agency beside a date (no byline on the line) travels with the date.
        if m.byline.is_none() && self.agency.is_none() {
            self.agency.clone_from(&m.agency);
        }
    }

    /// The first byline wins: a header byline over a "Reporting by" trailer.
    fn add_byline_meta(&mut self, m: &Meta) {
        if self.byline.is_none() {
            self.byline.clone_from(&m.byline);
        }
        if self.agency.is_none() {
            self.agency.clone_from(&m.agency);
        }
    }

    fn add_meta(&mut self, m: &Meta) {
        self.add_date_meta(m);
        self.add_byline_meta(m);
    }

    fn add_credit(&mut self, c: &str) {
        if self.credit.is_none() {
            self.credit = Some(c.to_string());
        }
    }
}

#[derive(Default)]
struct Run {
    articles: Vec<Article>,
    problems: Vec<Problem>,
    notes: Vec<String>,
}

/// Metadata between two articles: after article `prev`'s body, before `prev + 1`'s headline.
struct Gap {
    prev: usize,
    metas: Vec<Meta>,
}

fn segment(page: &Page, topic: Option<usize>, opts: &Options) -> Run {
    let items = page.items;
    let mut drafts: Vec<Draft> = Vec::new();
    // Before the first headline.
    let mut lead_metas: Vec<Meta> = Vec::new();
    let mut lead_credit: Option<String> = None;
    let mut lead_related: Vec<String> = Vec::new();
    // After the current article's body, not yet known to belong to it or the next.
    let mut pending: Vec<Meta> = Vec::new();
    let mut gaps: Vec<Gap> = Vec::new();
    // A strong separator (date, credit, rule, multi-blank gap) since the last paragraph.
    let mut separated = false;
    // The current article has a date line right after its headline ("card" layouts).
    let mut header_dated = false;
    let mut blank_run = 0usize;
    let mut await_related = false;
    let mut run = Run::default();

    for (i, it) in items.iter().enumerate() {
        if let Kind::Blank(n) = it.kind {
            blank_run += n;
            if let Some(d) = drafts.last_mut() {
                if page.blank_paragraphs {
                    d.close();
                }
            }
            continue;
        }
        let blanks_before = std::mem::take(&mut blank_run);
        let cur_has_body = drafts.last().is_some_and(Draft::has_body);
        if page.multi_blank_separates && blanks_before >= 2 && cur_has_body {
            separated = true;
        }
        if Some(i) == topic {
            continue;
        }
        let awaiting = std::mem::take(&mut await_related);
        match &it.kind {
            Kind::Blank(_) => {}
            Kind::Rule => {
                if let Some(d) = drafts.last_mut() {
                    d.close();
                }
                if cur_has_body {
                    separated = true;
                }
            }
            Kind::Junk => {}
            Kind::Meta(m) => match drafts.last_mut() {
                None => lead_metas.push((**m).clone()),
                Some(d) => {
                    d.close();
                    if m.trailer {
                        d.add_byline_meta(m);
                        d.add_date_meta(m);
                        separated = true;
                    } else if !d.has_body() {
                        d.add_meta(m);
                        if m.date.is_some() {
                            header_dated = true;
                        }
                    } else {
                        pending.push((**m).clone());
                        if m.date.is_some() {
                            separated = true;
                        }
                    }
                }
            },
            Kind::Credit(c) => match drafts.last_mut() {
                None => {
                    if lead_credit.is_none() {
                        lead_credit = Some(c.clone());
                    }
                }
                Some(d) => {
                    d.close();
                    d.add_credit(c);
                    separated = true;
                }
            },
            Kind::ReadMore(r) => {
                if let Some(d) = drafts.last_mut() {
                    d.close();
                }
                match r {
                    Some(title) => match drafts.last_mut() {
                        Some(d) => d.related.push(title.clone()),
                        None => lead_related.push(title.clone()),
                    },
                    None => await_related = true,
                }
            }
            Kind::Text(shape) => {
                if awaiting && shape.words <= 40 && !shape.starts_lower {
                    match drafts.last_mut() {
                        Some(d) => d.related.push(it.text.to_string()),
                        None => lead_related.push(it.text.to_string()),
                    }
                    continue;
                }
                let new_article = match drafts.last() {
                    None => true,
                    Some(d) if !d.has_body() => {
                        // A list of headline cards: headline, date, headline, date…
                        shape.headline
                            && header_dated
                            && separated_by_date(items, i)
                            && !page.next_content(i).is_some_and(|j| is_paragraph(&items[j]))
                    }
                    Some(d) => {
                        let continuation = page.blank_paragraphs
                            && d.open.is_some()
                            && blanks_before == 0
                            && joins(page, d.open.as_deref().unwrap_or(""), d.open_tail, *shape);
                        !continuation
                            && shape.headline
                            && starts_article(page, i, *shape, separated, blanks_before, d.prose, topic.is_some())
                    }
                };
                if new_article {
                    if let Some(d) = drafts.last_mut() {
                        d.close();
                        gaps.push(Gap { prev: drafts.len() - 1, metas: std::mem::take(&mut pending) });
                    }
                    let mut d = Draft { line: it.number, ..Draft::default() };
                    if drafts.is_empty() && it.text.chars().count() > MAX_FIRST_LINE_CHARS {
                        // A page that starts with prose: derive a headline, keep the line.
                        d.headline = derive_headline(&it.text);
                        d.derived_headline = true;
                        d.open = Some(it.text.to_string());
                        d.close();
                    } else {
                        d.headline = it.text.to_string();
                    }
                    drafts.push(d);
                    separated = false;
                    header_dated = false;
                    continue;
                }
                let Some(d) = drafts.last_mut() else {
                    continue;
                };
                // Prose after metadata that followed the body: the metadata was inside it.
                for m in pending.drain(..) {
                    d.add_meta(&m);
                }
                separated = false;
                if !shape.headline {
                    d.prose += 1;
                }
                let join = page.blank_paragraphs
                    && blanks_before == 0
                    && d.open.as_deref().is_some_and(|open| joins(page, open, d.open_tail, *shape));
                d.open_tail = shape.chars;
                match (&mut d.open, join) {
                    (Some(open), true) => {
                        if open.ends_with('-') && !open.ends_with(" -") {
                            open.push_str(&it.text);
                        } else {
                            open.push(' ');
                            open.push_str(&it.text);
                        }
                    }
                    _ => {
                        d.close();
                        d.open = Some(it.text.to_string());
                        if !page.blank_paragraphs {
                            d.close();
                        }
                    }
                }
            }
        }
    }
    let end_dated = pending.iter().any(|m| m.date.is_some());
    if let Some(d) = drafts.last_mut() {
        d.close();
        for m in pending.drain(..) {
            d.add_meta(&m);
        }
    }
    if drafts.is_empty() {
        return run;
    }

    // Lead metadata and stray credits/links belong to the first article.
    let lead_dated = lead_metas.iter().any(|m| m.date.is_some());
    {
        let first = &mut drafts[0];
        for m in &lead_metas {
            first.add_meta(m);
        }
        if let Some(c) = lead_credit {
            first.add_credit(&c);
        }
        first.related.splice(0..0, lead_related);
    }
    // Dates lead their article only if the page shows it and nothing says otherwise.
    let dates_lead = lead_dated && !end_dated;
    for gap in gaps {
        let (prev, next) = (gap.prev, gap.prev + 1);
        let metas: Vec<Meta> = if dates_lead { gap.metas.into_iter().rev().collect() } else { gap.metas };
        for m in metas {
            if m.date.is_some() || m.source.is_some() {
                let (a, b) = if dates_lead { (next, prev) } else { (prev, next) };
                let target = if drafts[a].dates.is_empty() {
                    a
                } else if drafts[b].dates.is_empty() {
                    b
                } else {
                    a
                };
                drafts[target].add_date_meta(&m);
            }
            if m.byline.is_some() {
                let target = if drafts[next].byline.is_none() { next } else { prev };
                drafts[target].add_byline_meta(&m);
            }
        }
    }

    for d in drafts {
        let (article, notes) = finish(d, opts.as_of);
        run.notes.extend(notes.0);
        run.problems.extend(notes.1);
        run.articles.push(article);
    }
    run
}

/// The non-blank item before `i` is a date line.
fn separated_by_date(items: &[Item], i: usize) -> bool {
    items[..i]
        .iter()
        .rev()
        .take(64)
        .find(|it| !matches!(it.kind, Kind::Blank(_)))
        .is_some_and(|it| matches!(&it.kind, Kind::Meta(m) if m.date.is_some()))
}

/// Whether text line `it` continues the open paragraph `open` (blank-line pages only).
fn joins(page: &Page, open: &str, open_tail: usize, shape: Shape) -> bool {
    if shape.starts_lower {
        return true;
    }
    let open_trim = open.trim_end();
    if open_trim.ends_with([',', ';', '-', '–', '—', '(']) {
        return true;
    }
    if page.hard_wrapped {
        // Lines filled to the wrap width continue; a short line ended its paragraph.
        return open_tail + 1 >= page.max_text_chars.saturating_mul(3) / 5
            || !open_trim.ends_with(['.', '!', '?', '"', '”', ':']);
    }
    // Not hard-wrapped: a long line cut mid-sentence continues.
    !open_trim.ends_with(['.', '!', '?', '"', '”', '’', ':', ')', '…']) && open_trim.chars().count() >= 40
}

/// Whether headline-shaped line `i` (after an article with a body) starts a new article.
fn starts_article(
    page: &Page,
    i: usize,
    shape: Shape,
    separated: bool,
    blanks_before: usize,
    prose: usize,
    topic_page: bool,
) -> bool {
    let items = page.items;
    let Some(j) = page.next_content(i) else {
        // A short last line is the end of a body, not an article without text.
        return false;
    };
    if page.hard_wrapped && j == i + 1 {
        if let Some(next_shape) = text_shape(&items[j]) {
            let filled = shape.chars * 4 >= page.max_text_chars * 3;
            if filled || next_shape.starts_lower {
                return false;
            }
        }
    }
    if separated {
        return true;
    }
    // Below, only evidence after the line speaks for a new article. While the current
    // article has shown nothing but short title-like lines (standfirst bullets), those
    // lines are more of its header, not the end of its body.
    if prose == 0 {
        return false;
    }
    // Article-header evidence after the line.
    match &items[j].kind {
        Kind::Meta(m) if !m.trailer => {
            if m.byline.is_some() {
                return true;
            }
            if m.date.is_some() {
                if let Some(k) = page.next_content(j) {
                    if is_paragraph(&items[k]) || matches!(&items[k].kind, Kind::Meta(m2) if m2.byline.is_some()) {
                        return true;
                    }
                }
            }
        }
        Kind::Text(_) if dateline(&items[j].text).is_some() => return true,
        _ => {}
    }
    // A loose page has nothing but shape, and subheadings have a headline's shape. Under a
    // topic line several articles are expected; without one, a single article with
    // subheadings is the likelier reading, so ask more: a longer title after a real body.
    let text = &items[i].text;
    let (min_words, min_prose) = if topic_page { (4, 1) } else { (5, 2) };
    if page.loose
        && (min_words..=16).contains(&shape.words)
        && prose >= min_prose
        && !shape.question
        && text.matches(',').count() <= 1
        && text.chars().any(char::is_lowercase)
        && is_paragraph(&items[j])
    {
        let blank_ok = !page.has_blanks || blanks_before >= 1;
        let alone = !page.blank_paragraphs || j > i + 1;
        return blank_ok && alone;
    }
    false
}

/// The first sentence of a long first line, at most ~150 characters, as a headline.
fn derive_headline(text: &str) -> String {
    let head: String = text.chars().take(2000).collect();
    let sentence = storyline_article::first_sentences(&head, 1);
    if sentence.chars().count() <= 150 {
        return sentence;
    }
    let mut out = String::new();
    for w in sentence.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > 150 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out.push('…');
    out
}

/// A wire dateline at the start of a paragraph: "GENEVA (Reuters) -",
/// "LONDON, Feb 17 (AFP) —", "NEW DELHI, Feb 17 (PTI):", "Kyiv, Ukraine (AP) —".
struct Dateline {
    agency: String,
    date: Option<String>,
}

fn dateline(text: &str) -> Option<Dateline> {
    static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}(?:,\s*\p{Lu}[\p{L}'’.\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,2})?(?:,\s*(?P<date>\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?))?\s*\((?P<agency>\p{L}[\p{L}&.'’\- ]{0,30}?)\)\s*(?:--|[-–—:])\s*\S",
        )
        .expect("regex")
    });
    let head: &str = match text.char_indices().nth(120) {
        Some((pos, _)) => &text[..pos],
        None => text,
    };
    let c = DATELINE.captures(head)?;
    let agency = c["agency"].trim().to_string();
    if agency.split_whitespace().count() > 4 {
        return None;
    }
    // "Schools' Factual (secondary) - …" is not a dateline: wire datelines put the place in
    // capitals, or name a known agency.
    let place = c.get(0).map_or("", |m| m.as_str());
    let place = place.split(['(', ',']).next().unwrap_or("");
    let caps_place = place.chars().any(char::is_alphabetic) && !place.chars().any(char::is_lowercase);
    if !(is_agency(&agency) || (caps_place && starts_upper(&agency))) {
        return None;
    }
    Some(Dateline { agency, date: c.name("date").map(|m| m.as_str().to_string()) })
}

type FinishNotes = (Vec<String>, Vec<Problem>);

fn finish(d: Draft, as_of: DateTime<FixedOffset>) -> (Article, FinishNotes) {
    let mut notes = Vec::new();
    let mut problems = Vec::new();
    if d.derived_headline {
        notes.push(format!("line {}: no headline line; headline taken from the first sentence", d.line));
    }
    // Prefer a publication date over an "Updated …" one.
    let is_update = |s: &str| {
        let l = s.to_lowercase();
        l.starts_with("updated") || l.starts_with("last updated") || l.starts_with("modified")
    };
    let chosen = d.dates.iter().position(|s| !is_update(s)).or_else(|| (!d.dates.is_empty()).then_some(0));
    let mut published_text = chosen.map(|k| d.dates[k].clone());
    if d.dates.len() > 1 {
        let others: Vec<&str> =
            d.dates.iter().enumerate().filter(|(k, _)| Some(*k) != chosen).map(|(_, s)| s.as_str()).collect();
        notes.push(format!(
            "article \"{}\": extra date line(s) {:?} not kept (dated by {:?})",
            d.headline,
            others,
            published_text.as_deref().unwrap_or("")
        ));
    }
    let mut credit = d.credit;
    if let Some(dl) = d.paras.first().and_then(|p| dateline(p)) {
        if credit.is_none() {
            credit = Some(dl.agency);
        }
        if published_text.is_none() {
            published_text = dl.date;
        }
    }
    if credit.is_none() {
        credit = d.agency;
    }
    let published = published_text.as_deref().and_then(|t| dates::parse_date(t, as_of));
    if published_text.is_some() && published.is_none() {
        problems.push(Problem {
            line: Some(d.line),
            message: format!(
                "date {:?} of article \"{}\" could not be resolved",
                published_text.as_deref().unwrap_or(""),
                d.headline
            ),
        });
    }
    if d.paras.is_empty() {
        problems.push(Problem { line: Some(d.line), message: format!("article \"{}\" has no body text", d.headline) });
    }
    let article = Article {
        id: None,
        headline: d.headline,
        body: d.paras.join("\n\n"),
        credit,
        source: d.source,
        url: None,
        published,
        published_text,
        related: d.related,
        byline: d.byline,
    };
    (article, (notes, problems))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn as_of() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-02-20T12:00:00+00:00").unwrap()
    }

    fn opts() -> Options {
        Options::new(as_of())
    }

    fn fixture(name: &str) -> String {
        let path = format!("{}/testdata/text/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
    }

    fn run(text: &str) -> Extracted {
        parse(text, &opts()).expect("parses")
    }

    fn headlines(doc: &Document) -> Vec<&str> {
        doc.articles.iter().map(|a| a.headline.as_str()).collect()
    }

    fn paras(a: &Article) -> Vec<&str> {
        a.body.split("\n\n").collect()
    }

    fn rfc(a: &Article) -> Option<String> {
        a.published.map(|d| d.to_rfc3339())
    }

    /// Boilerplate never left in a body.
    fn assert_clean_bodies(doc: &Document) {
        for a in &doc.articles {
            for p in a.body.split("\n\n") {
                assert!(!dates::is_date_line(p), "date line in body: {p:?}");
                assert!(credit_of(p).is_none(), "credit line in body: {p:?}");
                assert!(read_more_of(p).is_none(), "read-more in body: {p:?}");
                assert!(!is_junk(p), "junk in body: {p:?}");
                assert!(!p.trim().is_empty() || a.body.is_empty(), "empty paragraph");
            }
        }
    }

    /// Every word of the input is somewhere in the output, except boilerplate words.
    fn assert_no_text_lost(input: &str, doc: &Document) {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
        };
        let mut out = String::new();
        out.push_str(doc.topic.as_deref().unwrap_or(""));
        for a in &doc.articles {
            for f in [
                Some(&a.headline),
                Some(&a.body),
                a.credit.as_ref(),
                a.byline.as_ref(),
                a.source.as_ref(),
                a.published_text.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                out.push(' ');
                out.push_str(f);
            }
            for r in &a.related {
                out.push(' ');
                out.push_str(r);
            }
        }
        let have: HashSet<String> = words(&out).into_iter().collect();
        const BOILERPLATE: &[&str] = &[
            "with",
            "inputs",
            "input",
            "from",
            "read",
            "more",
            "also",
            "related",
            "by",
            "topic",
            "advertisement",
            "min",
            "editing",
            "reporting",
        ];
        for line in input.lines() {
            // Editors named in a wire trailer and reading times are not article text.
            let line = line.split("; Editing by").next().unwrap_or(line);
            let line = line.replace("4 min read", "");
            for w in words(&line) {
                assert!(have.contains(&w) || BOILERPLATE.contains(&w.as_str()), "word {w:?} of line {line:?} lost");
            }
        }
    }

    fn check_fixture(name: &str) -> (String, Extracted) {
        let text = fixture(name);
        let ex = run(&text);
        assert_clean_bodies(&ex.document);
        assert_no_text_lost(&text, &ex.document);
        (text, ex)
    }

    // ---- the shared sample ------------------------------------------------------------

    #[test]
    fn shared_sample_topic_page() {
        let path =
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/samples/topic-page-russia-ukraine-peace-talks.txt");
        let Ok(text) = std::fs::read_to_string(path) else {
            eprintln!("skipping shared_sample_topic_page: {path} not found");
            return;
        };
        let ex = run(&text);
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Russia-Ukraine peace talks"));
        assert_eq!(
            headlines(doc),
            [
                "First day of Russia-Ukraine peace talks ends in Geneva",
                "China calls for Russia-Ukraine cease-fire, peace talks"
            ]
        );
        let (a, b) = (&doc.articles[0], &doc.articles[1]);
        assert_eq!(a.credit.as_deref(), Some("BBC"));
        assert_eq!(b.credit, None);
        assert_eq!(a.published_text.as_deref(), Some("3 days ago"));
        assert_eq!(rfc(a).as_deref(), Some("2026-02-17T12:00:00+00:00"));
        assert_eq!(b.published_text.as_deref(), Some("2 years ago"));
        assert_eq!(rfc(b).as_deref(), Some("2024-02-20T12:00:00+00:00"));
        assert!(a.related.is_empty());
        assert_eq!(b.related.len(), 4);
        assert_eq!(b.related[0], "UN approves resolution calling for Russia to leave Ukraine");
        assert_eq!(b.related[3], "China blasts Pentagon official’s Taiwan visit, military ties");
        // Bodies: every prose line of the sample, one paragraph each.
        assert_eq!(paras(a).len(), 16);
        assert!(a.body.starts_with("The first day of United States brokered peace talks"));
        assert!(a.body.ends_with("the first prisoner exchanges in months."));
        assert_eq!(paras(b).len(), 18);
        assert!(b.body.starts_with("China, a firm Russian ally, has called for a cease-fire"));
        assert!(b.body.ends_with("reach a comprehensive ceasefire,\" it said."));
        for art in &doc.articles {
            for bad in ["With inputs from", "Read more", "days ago", "years ago"] {
                assert!(!art.body.contains(bad), "{bad:?} left in body");
            }
        }
        assert_clean_bodies(doc);
        assert_no_text_lost(&text, doc);
        assert!(ex.problems.is_empty(), "{:?}", ex.problems);
    }

    // ---- own fixtures -----------------------------------------------------------------

    #[test]
    fn ages_before_the_headline() {
        let (_, ex) = check_fixture("leading-ages.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Monsoon floods in Assam"));
        assert_eq!(
            headlines(doc),
            [
                "Brahmaputra crosses danger mark at Guwahati as rain continues",
                "Kaziranga animals move to highlands as water enters park",
                "Centre releases first instalment of flood relief funds"
            ]
        );
        let a = &doc.articles;
        assert_eq!(a[0].published_text.as_deref(), Some("5 hrs ago"));
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-02-20T07:00:00+00:00"));
        assert_eq!(a[1].published_text.as_deref(), Some("Yesterday"));
        assert_eq!(rfc(&a[1]).as_deref(), Some("2026-02-19T12:00:00+00:00"));
        assert_eq!(a[2].published_text.as_deref(), Some("Feb 17, 2026"));
        assert_eq!(rfc(&a[2]).as_deref(), Some("2026-02-17T00:00:00+00:00"));
        assert_eq!(a[0].credit.as_deref(), Some("PTI"));
        assert_eq!(a[1].credit, None);
        assert_eq!(a[2].related, ["How Assam's embankments failed in last year's floods"]);
        // The short one-sentence paragraph stays in the body.
        assert_eq!(paras(&a[0]).len(), 3);
        assert_eq!(paras(&a[0])[2], "Boats have been deployed to move families from the river islands.");
        assert_eq!(paras(&a[2]).len(), 3);
    }

    #[test]
    fn single_plain_article_with_standfirst() {
        let (_, ex) = check_fixture("single-article.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic, None);
        assert_eq!(headlines(doc), ["City council approves new cycle lanes for the old town"]);
        let a = &doc.articles[0];
        let p = paras(a);
        assert_eq!(p.len(), 7);
        assert_eq!(p[0], "Opponents say shops in the centre will lose customers");
        assert_eq!(p[2], "The plan passed by 31 votes to 17 after a four-hour session.");
        assert_eq!(p[5], "It will be paid for from the regional transport fund.");
        assert_eq!(a.published, None);
        assert_eq!(a.published_text, None);
        assert_eq!(a.credit, None);
        assert_eq!(a.byline, None);
        assert!(a.related.is_empty());
    }

    #[test]
    fn minimal_single_article() {
        let ex = run("Talks end in Geneva\nThe talks ended on Tuesday.\nBoth sides will meet again.");
        assert_eq!(ex.document.topic, None);
        assert_eq!(headlines(&ex.document), ["Talks end in Geneva"]);
        assert_eq!(ex.document.articles[0].body, "The talks ended on Tuesday.\n\nBoth sides will meet again.");
    }

    #[test]
    fn byline_and_wire_dateline() {
        let (_, ex) = check_fixture("byline-dateline.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic, None);
        assert_eq!(doc.articles.len(), 1);
        let a = &doc.articles[0];
        assert_eq!(a.headline, "Swiss mediators host fresh round of Sudan ceasefire talks");
        assert_eq!(a.byline.as_deref(), Some("Anna Keller and Tom Brandt"));
        assert_eq!(a.credit.as_deref(), Some("Reuters"));
        assert_eq!(a.published_text.as_deref(), Some("Feb 17, 2026"));
        assert_eq!(rfc(a).as_deref(), Some("2026-02-17T00:00:00+00:00"));
        let p = paras(a);
        assert_eq!(p.len(), 4);
        // The dateline is kept: it is the article's first words as published.
        assert!(p[0].starts_with("GENEVA (Reuters) - Delegations from Sudan's army"));
        assert!(!a.body.contains("Reporting by"));
    }

    #[test]
    fn datelines_give_credit_and_date_without_date_lines() {
        let (_, ex) = check_fixture("wire-roundup.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Winter storm across Europe"));
        assert_eq!(
            headlines(doc),
            [
                "Heavy snow shuts airports in Munich and Zurich",
                "Power cuts hit 200,000 homes in northern France",
                "Rail services resume in Belgium after storm closures"
            ]
        );
        let a = &doc.articles;
        let credits: Vec<_> = a.iter().map(|x| x.credit.as_deref()).collect();
        assert_eq!(credits, [Some("AFP"), Some("AP"), Some("Reuters")]);
        assert_eq!(a[0].published_text.as_deref(), Some("Feb 17"));
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-02-17T00:00:00+00:00"));
        assert_eq!(rfc(&a[1]).as_deref(), Some("2026-02-16T00:00:00+00:00"));
        assert_eq!(a[2].published, None);
        assert_eq!(paras(&a[0]).len(), 3);
        assert_eq!(paras(&a[1]).len(), 2);
        assert_eq!(paras(&a[2]).len(), 2);
        assert!(a[1].body.starts_with("LILLE, France, Feb 16 (AP) — About 200,000"));
    }

    #[test]
    fn hard_wrapped_blocks_without_ages() {
        let (_, ex) = check_fixture("hard-wrapped.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Housing market"));
        assert_eq!(
            headlines(doc),
            [
                "Mortgage rates fall for third month in a row",
                "First-time buyers return to the market in the north",
                "Rents keep rising despite new supply"
            ]
        );
        let a = &doc.articles;
        assert_eq!(
            paras(&a[0]),
            [
                "Average five-year fixed mortgage rates fell to 4.1 per cent in January, the lowest level since the summer of 2022, according to figures published by the central bank on Monday.",
                "Lenders have been cutting rates as they compete for a smaller pool of buyers, and brokers expect further reductions before the spring.",
                "The figures cover new loans only."
            ]
        );
        assert_eq!(paras(&a[1]).len(), 2);
        assert!(paras(&a[1])[1].ends_with("not authorised to speak to the press."));
        assert_eq!(paras(&a[2]).len(), 1);
        assert!(a.iter().all(|x| x.published.is_none() && x.credit.is_none()));
    }

    #[test]
    fn loose_blank_separated_page_without_topic() {
        // No dates, credits or datelines: blank-line blocks with a short title line.
        let text = "\
Library extends opening hours during exams

The central library will stay open until midnight from Monday until the end of the exam period, the university said.

Students had collected more than 3,000 signatures asking for longer hours.

New bus line links campus with the station

A new bus line will run every ten minutes between the main campus and the central station from next week.

The service is free for students and staff.
";
        let ex = run(text);
        let doc = &ex.document;
        assert_eq!(doc.topic, None);
        assert_eq!(
            headlines(doc),
            ["Library extends opening hours during exams", "New bus line links campus with the station"]
        );
        assert_eq!(paras(&doc.articles[0]).len(), 2);
        assert_eq!(paras(&doc.articles[1]).len(), 2);
        assert_no_text_lost(text, doc);
    }

    #[test]
    fn crlf_line_endings() {
        let raw = fixture("crlf.txt");
        // Make sure the CRLFs survive whatever the checkout did.
        let text = raw.replace("\r\n", "\n").replace('\n', "\r\n");
        let ex = run(&text);
        let doc = &ex.document;
        assert_eq!(doc.topic, None);
        assert_eq!(
            headlines(doc),
            ["Ferry operator suspends night crossings after engine fire", "New timetable for island buses from March"]
        );
        let a = &doc.articles;
        assert_eq!(a[0].published_text.as_deref(), Some("an hour ago"));
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-02-20T11:00:00+00:00"));
        assert_eq!(a[1].published_text.as_deref(), Some("2 days ago"));
        assert_eq!(paras(&a[0]).len(), 3);
        assert!(!a[0].body.contains('\r'));
        assert!(!a[0].headline.contains('\r'));
        // Same result as LF and as old-Mac CR-only text.
        let lf = run(&raw.replace("\r\n", "\n"));
        assert_eq!(lf.document, ex.document);
        let cr = run(&raw.replace("\r\n", "\r"));
        assert_eq!(cr.document, ex.document);
        assert_no_text_lost(&text, doc);
    }

    #[test]
    fn read_more_lines_in_the_middle() {
        let (_, ex) = check_fixture("read-more-middle.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic, None);
        assert_eq!(doc.articles.len(), 1);
        let a = &doc.articles[0];
        assert_eq!(a.headline, "Parliament passes data protection bill after late-night debate");
        assert_eq!(
            a.related,
            [
                "Five things the new data law changes for you",
                "Why the surveillance clause divided the house",
                "What happens if the upper house rejects the bill",
                "Tech companies welcome clarity on data transfers"
            ]
        );
        assert_eq!(a.credit.as_deref(), Some("Reuters and AP"));
        assert_eq!(a.published_text.as_deref(), Some("Updated 2 mins ago"));
        assert_eq!(rfc(a).as_deref(), Some("2026-02-20T11:58:00+00:00"));
        let p = paras(a);
        assert_eq!(p.len(), 5);
        assert!(p[2].starts_with("Opposition members walked out"));
        assert!(p[4].starts_with("Industry groups said"));
    }

    #[test]
    fn dates_after_headlines_and_subheadings_kept() {
        let (_, ex) = check_fixture("headline-date-body.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Election 2026"));
        assert_eq!(
            headlines(doc),
            [
                "Polls open in the north as turnout tops 40 per cent by noon",
                "Independent candidates make gains in city councils",
                "Results timetable"
            ]
        );
        let a = &doc.articles;
        assert_eq!(a[0].published_text.as_deref(), Some("Published 27 Nov 2026, 09:15"));
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-11-27T09:15:00+00:00"));
        assert_eq!(rfc(&a[1]).as_deref(), Some("2026-02-17T00:00:00+00:00"));
        assert_eq!(a[2].published_text.as_deref(), Some("2026-02-17"));
        // Subheadings inside a body are not new articles.
        assert_eq!(paras(&a[0]).len(), 5);
        assert_eq!(paras(&a[0])[2], "What voters say");
        assert_eq!(paras(&a[1]).len(), 4);
        assert_eq!(paras(&a[2]).len(), 2);
    }

    #[test]
    fn outlet_and_byline_meta_lines() {
        let (_, ex) = check_fixture("meta-lines.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Space and science"));
        assert_eq!(doc.articles.len(), 2);
        let a = &doc.articles;
        assert_eq!(a[0].headline, "Private lander sends first images from the Moon's south pole");
        assert_eq!(a[0].source.as_deref(), Some("BBC News"));
        assert_eq!(a[0].published_text.as_deref(), Some("3 hours ago"));
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-02-20T09:00:00+00:00"));
        assert_eq!(paras(&a[0]).len(), 3);
        assert!(!a[0].body.contains("Advertisement"));
        assert_eq!(a[1].headline, "Telescope finds water vapour around a distant rocky planet");
        assert_eq!(a[1].byline.as_deref(), Some("Priya Nair"));
        assert_eq!(a[1].published_text.as_deref(), Some("Feb 16, 2026"));
        assert_eq!(a[1].source, None);
    }

    #[test]
    fn trailing_ages_credit_variants_three_articles() {
        let (_, ex) = check_fixture("trailing-ages-subheads.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Global chip shortage"));
        assert_eq!(
            headlines(doc),
            [
                "Carmakers cut output as chip supplies tighten again",
                "Chipmaker to build second plant in Dresden",
                "Phone prices expected to rise by up to 10 per cent"
            ]
        );
        let a = &doc.articles;
        let credits: Vec<_> = a.iter().map(|x| x.credit.as_deref()).collect();
        assert_eq!(credits, [Some("PTI"), Some("Reuters"), Some("agencies")]);
        let ages: Vec<_> = a.iter().map(|x| x.published_text.as_deref()).collect();
        assert_eq!(ages, [Some("an hour ago"), Some("2 days ago"), Some("2 years ago")]);
        assert_eq!(rfc(&a[2]).as_deref(), Some("2024-02-20T12:00:00+00:00"));
        assert_eq!(a[2].related, ["Why memory chips are getting more expensive"]);
        assert_eq!(paras(&a[0]).len(), 4);
        assert_eq!(paras(&a[0])[2], "How long will it last?");
    }

    #[test]
    fn headline_cards_without_bodies() {
        let text = fixture("cards.txt");
        let ex = run(&text);
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Latest headlines"));
        assert_eq!(
            headlines(doc),
            [
                "Storm warning issued for the east coast",
                "Central bank holds interest rates at 3 per cent",
                "National team names new coach ahead of qualifiers"
            ]
        );
        let ages: Vec<_> = doc.articles.iter().map(|x| x.published_text.as_deref()).collect();
        assert_eq!(ages, [Some("10 mins ago"), Some("2 hours ago"), Some("yesterday")]);
        assert!(doc.articles.iter().all(|a| a.body.is_empty()));
        assert_eq!(ex.problems.len(), 3);
        assert_no_text_lost(&text, doc);
    }

    #[test]
    fn numeric_dates_and_credit_before_next_headline() {
        let (_, ex) = check_fixture("numeric-dates.txt");
        let doc = &ex.document;
        assert_eq!(doc.topic.as_deref(), Some("Water restrictions"));
        assert_eq!(doc.articles.len(), 2);
        let a = &doc.articles;
        assert_eq!(rfc(&a[0]).as_deref(), Some("2026-02-17T00:00:00+00:00"));
        // 05/02/2026 is ambiguous: day-first (5 February).
        assert_eq!(rfc(&a[1]).as_deref(), Some("2026-02-05T00:00:00+00:00"));
        assert_eq!(a[0].credit.as_deref(), Some("agencies"));
        assert_eq!(a[1].credit, None);
        assert_eq!(paras(&a[1]).len(), 2);
    }

    #[test]
    fn every_fixture_parses_cleanly() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/text");
        let mut n = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = std::fs::read_to_string(&path).unwrap();
                let ex = run(&text);
                assert_clean_bodies(&ex.document);
                assert_no_text_lost(&text, &ex.document);
                n += 1;
            }
        }
        assert!(n >= 10, "only {n} fixtures");
    }

    // ---- bad input ----------------------------------------------------------------------

    #[test]
    fn empty_and_whitespace_pages_are_rejected() {
        for text in ["", "   ", "\n\n\r\n\t \n", "\u{feff}"] {
            match parse(text, &opts()) {
                Err(SourceError::Rejected(m)) => assert_eq!(m, "empty page: no text lines"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn pages_without_article_text_are_rejected() {
        for text in [
            "3 days ago\nWith inputs from BBC\nRead more: Something",
            "-----\n* * *\n",
            "Advertisement\n2 hours ago",
            "!!!\n12345",
        ] {
            match parse(text, &opts()) {
                Err(SourceError::Rejected(m)) => assert!(m.starts_with("no article text"), "{m}"),
                other => panic!("{text:?}: {other:?}"),
            }
        }
    }

    #[test]
    fn long_first_line_gets_a_derived_headline_and_keeps_its_text() {
        let para = "The committee met on Tuesday to discuss the budget. ".repeat(20);
        let text = format!("{para}\nA second paragraph follows here.");
        let ex = run(&text);
        let a = &ex.document.articles[0];
        assert_eq!(a.headline, "The committee met on Tuesday to discuss the budget.");
        assert_eq!(paras(a).len(), 2);
        assert_eq!(paras(a)[0], para.trim());
        assert_eq!(ex.notes.len(), 1);
    }

    #[test]
    fn odd_input_does_not_panic() {
        let samples = [
            "(",
            "By",
            "Read more:",
            "Read more\n",
            "Topic: x",
            "a\nb\nc",
            "GENEVA (Reuters) -",
            "\u{0}\u{1}\u{2} text text text",
            "ÄÖÜ ß 日本語のテキスト です。\n中文 标题\n3 days ago",
            "x\r\r\r\ry\r\nz",
            "Headline\n3 days ago\n3 days ago\n3 days ago",
        ];
        for s in samples {
            let _ = parse(s, &opts());
        }
    }

    #[test]
    fn large_input_is_linear() {
        // ~10 MB in a debug build: generous bound here; see `ten_megabytes_under_a_second`.
        let text = big_page(10 * 1024 * 1024);
        let start = std::time::Instant::now();
        let ex = run(&text);
        let took = start.elapsed();
        assert!(ex.document.articles.len() > 1000);
        assert!(took.as_secs_f64() < 20.0, "took {took:?}");
    }

    /// Run with `cargo test --release -p storyline-source -- --ignored ten_megabytes`.
    #[test]
    #[ignore]
    fn ten_megabytes_under_a_second() {
        for text in [
            big_page(10 * 1024 * 1024),
            "word ".repeat(2 * 1024 * 1024),
            "Short title line\n".repeat(600_000),
            format!("Headline\n{}", "\n".repeat(10 * 1024 * 1024)),
            format!("Topic line\n{}", "Headline here now\n\n3 days ago\n\n".repeat(350_000)),
        ] {
            let start = std::time::Instant::now();
            let cpu0 = thread_cpu_seconds();
            let ex = parse(&text, &opts());
            let wall = start.elapsed().as_secs_f64();
            // CPU time of this thread where the OS tells it (a loaded machine inflates wall
            // time), else wall time.
            let took = match (cpu0, thread_cpu_seconds()) {
                (Some(a), Some(b)) => b - a,
                _ => wall,
            };
            eprintln!(
                "{} bytes -> {:?} articles: cpu {took:.3}s, wall {wall:.3}s",
                text.len(),
                ex.map(|e| e.document.articles.len()).ok()
            );
            assert!(took < 1.0, "took {took:.3}s");
        }
        // The most lines 10 MB can hold (5M one-letter lines): linear, but per-line costs
        // add up; bounded at 2 s CPU.
        let text = "a\n".repeat(5 * 1024 * 1024);
        let cpu0 = thread_cpu_seconds();
        let start = std::time::Instant::now();
        let ex = parse(&text, &opts()).expect("parses");
        let took = match (cpu0, thread_cpu_seconds()) {
            (Some(a), Some(b)) => b - a,
            _ => start.elapsed().as_secs_f64(),
        };
        eprintln!("5M one-letter lines -> {} article(s): cpu {took:.3}s", ex.document.articles.len());
        assert!(took < 2.0, "took {took:.3}s");
    }

    /// User + system CPU seconds of the current thread (Linux), in clock ticks of 10 ms.
    fn thread_cpu_seconds() -> Option<f64> {
        let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
        let fields: Vec<&str> = stat.rsplit(')').next()?.split_whitespace().collect();
        let user: f64 = fields.get(11)?.parse().ok()?;
        let system: f64 = fields.get(12)?.parse().ok()?;
        Some((user + system) / 100.0)
    }

    fn big_page(bytes: usize) -> String {
        let mut text = String::from("Big topic\n");
        let mut k = 0;
        while text.len() < bytes {
            k += 1;
            text.push_str(&format!("Headline number {k} about the talks\n"));
            for _ in 0..6 {
                text.push_str(
                    "Officials said the talks would resume on Wednesday, with both delegations expected to bring new proposals on prisoner exchanges and energy infrastructure.\n",
                );
            }
            text.push_str("With inputs from agencies\n3 days ago\n");
        }
        text
    }

    /// Single articles from the shared data, fed as plain text: how many come out as exactly
    /// one article whose headline is the first line. Run with
    /// `cargo test --release -p storyline-source -- --ignored shared_data_single_articles --nocapture`.
    #[test]
    #[ignore]
    fn shared_data_single_articles() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data");
        // (file, prepend the title as first line, least share of pages that must be 1 article)
        let sets = [("bbc-news-2004-2005.jsonl", true, 0.99), ("ecbplus-dev.jsonl", false, 0.95)];
        for (file, with_title, least) in sets {
            let path = format!("{dir}/{file}");
            let Ok(data) = std::fs::read_to_string(&path) else {
                eprintln!("skipping {file}: {path} not found");
                continue;
            };
            let (mut pages, mut single, mut first_line, mut dated) = (0, 0, 0, 0);
            for line in data.lines() {
                let v: serde_json::Value = serde_json::from_str(line).expect("jsonl");
                let body = v["text"].as_str().unwrap_or("");
                let text = if with_title {
                    format!("{}\n{body}", v["title"].as_str().unwrap_or(""))
                } else {
                    body.to_string()
                };
                let Ok(ex) = parse(&text, &opts()) else { continue };
                pages += 1;
                let doc = &ex.document;
                single += usize::from(doc.articles.len() == 1);
                dated += usize::from(doc.articles.iter().any(|a| a.published.is_some()));
                let first = text.lines().map(clean_line).find(|l| !l.is_empty()).unwrap_or_default();
                first_line += usize::from(doc.articles[0].headline == first);
            }
            let share = single as f64 / pages.max(1) as f64;
            eprintln!(
                "{file}: {pages} non-empty pages, {single} single-article ({:.1}%), headline = first line {first_line}, dated {dated}",
                share * 100.0
            );
            assert!(share >= least, "{file}: only {:.1}% single articles", share * 100.0);
        }
    }

    // ---- line rules -----------------------------------------------------------------------

    #[test]
    fn credit_lines() {
        let cases = [
            ("With inputs from BBC", Some("BBC")),
            ("With inputs from agencies", Some("agencies")),
            ("(With inputs from Reuters and AP)", Some("Reuters and AP")),
            ("Inputs from PTI", Some("PTI")),
            ("With input from PTI.", Some("PTI")),
            ("- With inputs from ANI", Some("ANI")),
            ("(with agency inputs)", Some("agencies")),
            ("Source: Reuters", Some("Reuters")),
            ("— Reuters", Some("Reuters")),
            ("(AP)", Some("AP")),
            ("(Photo)", None),
            ("— and then the talks collapsed", None),
            ("Inputs from farmers were ignored by the ministry when it drafted the new rules for subsidies this year", None),
            ("The minister said inputs from BBC viewers mattered.", None),
        ];
        for (line, want) in cases {
            assert_eq!(credit_of(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn read_more_lines() {
        let cases = [
            ("Read more: UN approves resolution", Some(Some("UN approves resolution"))),
            ("Also read: Five things to know", Some(Some("Five things to know"))),
            ("READ MORE | Why it matters", Some(Some("Why it matters"))),
            ("Related: Talks stall", Some(Some("Talks stall"))),
            ("ALSO READ - Ceasefire holds", Some(Some("Ceasefire holds"))),
            ("Read more", Some(None)),
            ("Related stories", Some(None)),
            ("Related talks were held in Vienna.", None),
            ("Read more about this later, he said.", None),
        ];
        for (line, want) in cases {
            let got = read_more_of(line);
            assert_eq!(got.as_ref().map(|o| o.as_deref()), want, "{line}");
        }
    }

    #[test]
    fn byline_lines() {
        assert!(matches!(kind_of("By: Jane Doe"), Kind::Meta(m) if m.byline.as_deref() == Some("Jane Doe")));
        let m = byline_of("By Jane Doe").unwrap();
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        let m = byline_of("By Jane Doe and John Roe, Reuters").unwrap();
        assert_eq!(m.byline.as_deref(), Some("Jane Doe and John Roe"));
        assert_eq!(m.agency.as_deref(), Some("Reuters"));
        let m = byline_of("By Jane Doe, Geneva correspondent").unwrap();
        assert_eq!(m.byline.as_deref(), Some("Jane Doe, Geneva correspondent"));
        assert_eq!(m.agency, None);
        let m = byline_of("By JANE DOE | Feb 17, 2026").unwrap();
        assert_eq!(m.byline.as_deref(), Some("JANE DOE"));
        assert_eq!(m.date.as_deref(), Some("Feb 17, 2026"));
        for prose in [
            "By Tuesday, the talks had collapsed.",
            "By the end of the day nothing was agreed",
            "By Monday",
            "By 2030 the plant will be finished",
            "By contrast, Kyiv said little.",
        ] {
            assert!(byline_of(prose).is_none(), "{prose}");
        }
        let t = trailer_of("Reporting by Anna Keller in Geneva; Editing by Mark Ellis").unwrap();
        assert_eq!(t.byline.as_deref(), Some("Anna Keller in Geneva"));
        assert!(t.trailer);
    }

    #[test]
    fn meta_lines() {
        let m = meta_segments("BBC News · 3 hours ago · 4 min read").unwrap();
        assert_eq!(m.source.as_deref(), Some("BBC News"));
        assert_eq!(m.agency, None);
        assert_eq!(m.date.as_deref(), Some("3 hours ago"));
        let m = meta_segments("AFP, Tuesday 17 Feb 2026").unwrap();
        assert_eq!(m.source.as_deref(), Some("AFP"));
        assert_eq!(m.agency.as_deref(), Some("AFP"));
        assert_eq!(m.date.as_deref(), Some("Tuesday 17 Feb 2026"));
        let m = meta_segments("PUBLISHED: 02:31 GMT, 12 Feb 2026 | UPDATED: 22:19 GMT, 12 Feb 2026").unwrap();
        assert_eq!(m.date.as_deref(), Some("PUBLISHED: 02:31 GMT, 12 Feb 2026"));
        let m = meta_segments("By Jane Doe, Reuters | Updated 2 mins ago").unwrap();
        assert_eq!(m.byline.as_deref(), Some("Jane Doe"));
        assert_eq!(m.agency.as_deref(), Some("Reuters"));
        for prose in [
            "Geneva | The talks ended on Tuesday, 3 days ago",
            "Talks resume - officials say more rounds are planned",
            "Prices, which rose 3 days ago, fell again",
        ] {
            assert!(meta_segments(prose).is_none(), "{prose}");
        }
    }

    #[test]
    fn datelines() {
        let d = dateline("GENEVA (Reuters) - The talks").unwrap();
        assert_eq!((d.agency.as_str(), d.date), ("Reuters", None));
        let d = dateline("LONDON, Feb 17 (AFP) — Prices rose").unwrap();
        assert_eq!((d.agency.as_str(), d.date.as_deref()), ("AFP", Some("Feb 17")));
        let d = dateline("NEW DELHI, Feb 17 (PTI): The government").unwrap();
        assert_eq!(d.agency, "PTI");
        let d = dateline("Kyiv, Ukraine (AP) — Drones struck").unwrap();
        assert_eq!(d.agency, "AP");
        assert!(dateline("Russia (which invaded in 2022) - said").is_none());
        assert!(dateline("The talks (in Geneva) - ended").is_none());
        assert!(dateline("Schools' Factual (Secondary) - In Search of the Turban").is_none());
        let d = dateline("BERLIN (dpa) - Die Regierung").unwrap();
        assert_eq!(d.agency, "dpa");
        assert!(dateline("Officials said the talks would resume.").is_none());
    }

    #[test]
    fn headline_shapes() {
        for h in [
            "China calls for Russia-Ukraine cease-fire, peace talks",
            "Is a ceasefire within reach?",
            "Talks stall as U.S.",
            "‘We are ready’: Zelensky",
            "10 things to know about the budget",
        ] {
            assert!(shape(h).headline, "{h}");
        }
        for p in [
            "The talks will resume on Wednesday.",
            "“We are ready to move quickly,” Zelensky said",
            "Talks end. Delegates go home",
            "- a bullet point item",
            "lowercase start of a wrapped line",
            "He added:",
            &"word ".repeat(30),
        ] {
            assert!(!shape(p).headline, "{p}");
        }
    }
}
