//! Terminal and JSON views of the store: topic list, topic page, story page.
//!
//! Views only read the store; every figure shown comes from it.

use std::fmt::Write as _;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use storyline_analysis::{Entity, LedgerGroup, LedgerInput, QuoteInput, SpeakerQuotes};
use storyline_store::{Reader, StoredArticle, StorySummary, TopicSummary};

/// Width that paragraphs are wrapped to.
const WIDTH: usize = 78;

/// "3 days ago", "in 2 hours", "yesterday": the age of `t` seen from `now`.
pub fn relative(t: i64, now: DateTime<Utc>) -> String {
    let secs = now.timestamp() - t;
    let (future, secs) = (secs < 0, secs.unsigned_abs());
    let (n, unit) = match secs {
        0..=59 => return "just now".to_string(),
        60..=3599 => (secs / 60, "minute"),
        3600..=86_399 => (secs / 3600, "hour"),
        86_400..=172_799 if !future => return "yesterday".to_string(),
        86_400..=1_209_599 => (secs / 86_400, "day"),
        1_209_600..=5_183_999 => (secs / 604_800, "week"),
        5_184_000..=31_535_999 => (secs / 2_592_000, "month"),
        _ => (secs / 31_536_000, "year"),
    };
    let plural = if n == 1 { "" } else { "s" };
    if future {
        format!("in {n} {unit}{plural}")
    } else {
        format!("{n} {unit}{plural} ago")
    }
}

/// "Tue 24 Nov 2026" in UTC.
pub fn absolute(t: i64) -> String {
    DateTime::<Utc>::from_timestamp(t, 0).map(|d| d.format("%a %-d %b %Y").to_string()).unwrap_or_default()
}

fn wrap(text: &str, indent: &str, out: &mut String) {
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && indent.len() + line.chars().count() + 1 + word.chars().count() > WIDTH {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
}

/// Who to credit for an article: its outlet, and the agency it took inputs from.
fn attribution(a: &StoredArticle) -> String {
    match (&a.article.source, &a.article.credit) {
        (Some(s), Some(c)) if !s.eq_ignore_ascii_case(c) => format!("{s} (with inputs from {c})"),
        (Some(s), _) => s.clone(),
        (None, Some(c)) => format!("with inputs from {c}"),
        (None, None) => String::new(),
    }
}

fn when(published: Option<i64>, text: Option<&str>, now: DateTime<Utc>) -> String {
    match (published, text) {
        (Some(t), _) => format!("{} · {}", relative(t, now), absolute(t)),
        (None, Some(raw)) => format!("\"{raw}\" (date not understood)"),
        (None, None) => "undated".to_string(),
    }
}

/// One story as shown on a topic page.
#[derive(Debug, Serialize)]
pub struct StoryCard {
    pub id: i64,
    pub headline: String,
    pub published: Option<String>,
    pub relative: Option<String>,
    /// The publication day as shown ("Tue 24 Nov 2026").
    pub date: Option<String>,
    pub article_count: i64,
    /// Articles that are not copies of another article of the story.
    pub independent: usize,
    /// Wire copies and light rewrites: counted, not re-read.
    pub copies: usize,
    pub sources: Vec<String>,
    pub credits: Vec<String>,
    pub excerpt: String,
}

impl StoryCard {
    /// Outlets for a one-line credit: the first few, then how many more.
    pub fn sources_short(&self) -> String {
        const SHOWN: usize = 5;
        if self.sources.len() <= SHOWN + 1 {
            return self.sources.join(", ");
        }
        format!("{} and {} more", self.sources[..SHOWN].join(", "), self.sources.len() - SHOWN)
    }
}

/// A topic with its stories, newest first.
#[derive(Debug, Serialize)]
pub struct TopicPage {
    pub topic: TopicSummary,
    pub stories: Vec<StoryCard>,
}

fn rfc3339(t: Option<i64>) -> Option<String> {
    t.and_then(|t| DateTime::<Utc>::from_timestamp(t, 0)).map(|d| d.to_rfc3339())
}

/// Characters of a lead article read for a card's excerpt: enough for two sentences.
const EXCERPT_CHARS: usize = 700;

pub fn story_card(r: &Reader, s: &StorySummary, now: DateTime<Utc>) -> Result<StoryCard> {
    let facts = r.story_card(s, EXCERPT_CHARS)?;
    let mut excerpt = storyline_article::first_sentences(&facts.lead_opening, 2);
    if facts.lead_opening.chars().count() >= EXCERPT_CHARS && excerpt.len() + 2 >= facts.lead_opening.trim_end().len() {
        // The opening was cut mid-sentence: say so rather than end on half a word.
        let cut = excerpt.rfind(' ').unwrap_or(excerpt.len());
        excerpt.truncate(cut);
        excerpt.push('…');
    }
    Ok(StoryCard {
        id: s.id,
        headline: s.headline.clone(),
        published: rfc3339(s.last_published),
        relative: s.last_published.map(|t| relative(t, now)),
        date: s.last_published.map(absolute),
        article_count: s.article_count,
        independent: facts.independent,
        copies: facts.copies,
        sources: facts.sources,
        credits: facts.credits,
        excerpt,
    })
}

pub fn topic_page(r: &Reader, topic: TopicSummary, now: DateTime<Utc>) -> Result<TopicPage> {
    topic_page_slice(r, topic, usize::MAX, 0, now)
}

/// Stories `offset..offset + limit` of a topic page.
pub fn topic_page_slice(
    r: &Reader,
    topic: TopicSummary,
    limit: usize,
    offset: usize,
    now: DateTime<Utc>,
) -> Result<TopicPage> {
    let limit = limit.min(i64::MAX as usize);
    let stories = r
        .topic_stories_page(topic.id, limit, offset)?
        .iter()
        .map(|s| story_card(r, s, now))
        .collect::<Result<Vec<_>>>()?;
    Ok(TopicPage { topic, stories })
}

pub fn render_topics(topics: &[TopicSummary], unfiled: &[StorySummary], now: DateTime<Utc>) -> String {
    let mut out = String::new();
    if topics.is_empty() && unfiled.is_empty() {
        out.push_str("No topics yet: run `storyline ingest PATH` first.\n");
        return out;
    }
    for t in topics {
        let age = t.last_published.map(|p| format!(" · latest {}", relative(p, now))).unwrap_or_default();
        let _ = writeln!(
            out,
            "t{:<5} {}  ({} {}, {} {}{age})",
            t.id,
            t.title,
            t.story_count,
            plural(t.story_count, "story", "stories"),
            t.article_count,
            plural(t.article_count, "article", "articles"),
        );
    }
    if !unfiled.is_empty() {
        let _ = writeln!(out, "\nRecent stories in no topic:");
        for s in unfiled {
            let age = s.last_published.map(|p| format!(" · {}", relative(p, now))).unwrap_or_default();
            let _ = writeln!(
                out,
                "s{:<5} {}  ({} {}{age})",
                s.id,
                s.headline,
                s.article_count,
                plural(s.article_count, "article", "articles")
            );
        }
    }
    out
}

fn plural<'a>(n: i64, one: &'a str, many: &'a str) -> &'a str {
    if n == 1 {
        one
    } else {
        many
    }
}

pub fn render_topic_page(page: &TopicPage) -> String {
    let mut out = String::new();
    let t = &page.topic;
    let _ = writeln!(out, "{}", t.title);
    let _ = writeln!(out, "{}", "═".repeat(t.title.chars().count().min(WIDTH)));
    let _ = writeln!(
        out,
        "topic t{} · {} {} · {} {}\n",
        t.id,
        t.story_count,
        plural(t.story_count, "story", "stories"),
        t.article_count,
        plural(t.article_count, "article", "articles")
    );
    for s in &page.stories {
        let _ = writeln!(out, "● {}  [s{}]", s.headline, s.id);
        let mut meta = vec![match (&s.relative, &s.date) {
            (Some(rel), Some(date)) => format!("{rel} · {date}"),
            _ => "undated".to_string(),
        }];
        if !s.sources.is_empty() {
            meta.push(s.sources_short());
        }
        if !s.credits.is_empty() {
            meta.push(format!("with inputs from {}", s.credits.join(", ")));
        }
        if s.article_count > 1 {
            let copies = if s.copies > 0 {
                format!(" ({} independent, {} copies)", s.independent, s.copies)
            } else {
                String::new()
            };
            meta.push(format!("{} articles{copies}", s.article_count));
        }
        let _ = writeln!(out, "  {}", meta.join(" · "));
        wrap(&s.excerpt, "  ", &mut out);
        out.push('\n');
    }
    out
}

/// A story with its articles and, on request, why they are there, quotes and claims.
#[derive(Debug, Serialize)]
pub struct StoryPage {
    pub story: StorySummary,
    pub topic: Option<TopicSummary>,
    /// Who is involved, aliases merged across the story's articles, most mentioned first.
    pub entities: Vec<Entity>,
    pub articles: Vec<StoredArticle>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quotes: Option<Vec<SpeakerQuotes>>,
    /// The claim ledger: claims about the same thing side by side, conflicts flagged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claims: Option<Vec<LedgerGroup>>,
}

#[derive(Debug, Clone, Copy, Default)]
pub struct StoryOptions {
    pub why: bool,
    pub quotes: bool,
    pub claims: bool,
}

pub fn story_page(r: &Reader, story: StorySummary, opts: StoryOptions) -> Result<StoryPage> {
    let topic = match story.topic_id {
        Some(t) => r.topic(t)?,
        None => None,
    };
    let articles = r.story_articles(story.id)?;
    let mut entities = storyline_analysis::merge_entities(&r.story_entities(story.id)?);
    entities.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.name.cmp(&b.name)));
    let day = |t: Option<i64>| t.and_then(|t| DateTime::<Utc>::from_timestamp(t, 0)).map(|d| d.to_rfc3339());
    let quotes = if opts.quotes {
        let items: Vec<QuoteInput> = r
            .story_quotes(story.id)?
            .into_iter()
            .map(|q| QuoteInput {
                quote: q.quote,
                article: format!("a{}", q.article_id),
                source: q.source,
                published: day(q.published),
            })
            .collect();
        Some(storyline_analysis::quotes_by_speaker(&items, &entities))
    } else {
        None
    };
    let claims = if opts.claims {
        let items: Vec<LedgerInput> = r
            .story_claims(story.id)?
            .into_iter()
            .map(|c| LedgerInput {
                claim: c.claim,
                article: format!("a{}", c.article_id),
                source: c.source,
                published: day(c.published),
            })
            .collect();
        Some(storyline_analysis::ledger(&items))
    } else {
        None
    };
    Ok(StoryPage { story, topic, entities, articles, quotes, claims })
}

fn short_date(rfc3339: Option<&str>) -> String {
    rfc3339.and_then(|s| DateTime::parse_from_rfc3339(s).ok()).map(|d| absolute(d.timestamp())).unwrap_or_default()
}

pub fn render_story_page(page: &StoryPage, opts: StoryOptions, now: DateTime<Utc>) -> String {
    let mut out = String::new();
    let s = &page.story;
    let _ = writeln!(out, "{}", s.headline);
    let _ = writeln!(out, "{}", "═".repeat(s.headline.chars().count().min(WIDTH)));
    let topic = page.topic.as_ref().map(|t| format!(" · topic t{} {}", t.id, t.title)).unwrap_or_default();
    let copies = page.articles.iter().filter(|a| a.copy_of.is_some()).count();
    let mut outlets: Vec<&str> =
        page.articles.iter().filter(|a| a.copy_of.is_none()).filter_map(|a| a.article.source.as_deref()).collect();
    outlets.sort_unstable();
    outlets.dedup();
    let _ = writeln!(
        out,
        "story s{} · {} {} ({} independent, {} {}){topic}",
        s.id,
        s.article_count,
        plural(s.article_count, "article", "articles"),
        page.articles.len() - copies,
        copies,
        plural(copies as i64, "copy", "copies")
    );
    if !outlets.is_empty() {
        let _ = writeln!(out, "independent sources: {}", outlets.join(", "));
    }
    if let (Some(a), Some(b)) = (s.first_published, s.last_published) {
        let span =
            if absolute(a) == absolute(b) { absolute(a) } else { format!("{} – {}", absolute(a), absolute(b)) };
        let _ = writeln!(out, "{span}");
    }
    let _ = writeln!(out, "\nTimeline");
    for a in &page.articles {
        let p = a.article.published.map(|t| t.timestamp());
        let who = attribution(a);
        let who = if who.is_empty() { String::new() } else { format!(" · {who}") };
        let _ = writeln!(out, "  {}{who}", when(p, a.article.published_text.as_deref(), now));
        let _ = writeln!(out, "    {}  [a{}]", a.article.headline, a.key);
        match a.copy_of {
            Some(orig) => {
                let _ = writeln!(out, "    (copy of a{orig})");
            }
            None => wrap(&a.article.lead(1), "    ", &mut out),
        }
        if opts.why {
            let sim = a.similarity.map(|s| format!("{s:.2}")).unwrap_or_else(|| "-".into());
            let shared = if a.why.is_empty() { "(started the story)".to_string() } else { a.why.join(", ") };
            let _ = writeln!(out, "    why: similarity {sim}; shared: {shared}");
        }
    }
    if !page.entities.is_empty() {
        let names: Vec<String> = page.entities.iter().take(12).map(|e| format!("{} ({})", e.name, e.kind)).collect();
        let _ = writeln!(out, "\nWho");
        wrap(&names.join(", "), "  ", &mut out);
    }
    if let Some(groups) = &page.quotes {
        let _ = writeln!(out, "\nQuotes by speaker");
        if groups.is_empty() {
            let _ = writeln!(out, "  (no quotes found)");
        }
        for g in groups {
            let kind = g.kind.as_deref().map(|k| format!(" ({k})")).unwrap_or_default();
            let _ = writeln!(out, "  {}{kind}", g.speaker.as_deref().unwrap_or("(unattributed)"));
            for q in &g.quotes {
                let src = [q.source.clone().unwrap_or_default(), short_date(q.published.as_deref())]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                let src = if src.is_empty() { String::new() } else { format!(" — {src}") };
                wrap(&format!("“{}”{src} [{}]", q.quote.text, q.article), "    ", &mut out);
            }
        }
    }
    if let Some(groups) = &page.claims {
        let _ = writeln!(out, "\nClaim ledger");
        if groups.is_empty() {
            let _ = writeln!(out, "  (no numeric claims found)");
        }
        for g in groups {
            let mut flags = Vec::new();
            if g.value_conflict {
                flags.push("values disagree");
            }
            if g.claimant_conflict {
                flags.push("different claimants");
            }
            let flag = if flags.is_empty() { String::new() } else { format!("  ⚠ {}", flags.join(", ")) };
            let _ = writeln!(out, "  {}{flag}", g.what);
            for e in &g.entries {
                let by = e.claimant.as_deref().unwrap_or("(no claimant)");
                let src = [e.source.clone().unwrap_or_default(), short_date(e.published.as_deref())]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" · ");
                let _ = writeln!(out, "    {:<14} {:<28} {by}  {src} [{}]", e.qualifier, e.text, e.article);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_ages() {
        let now = DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").map(|d| d.with_timezone(&Utc)).expect("date");
        let at = |s: &str| DateTime::parse_from_rfc3339(s).expect("date").timestamp();
        assert_eq!(relative(at("2026-11-27T11:59:30Z"), now), "just now");
        assert_eq!(relative(at("2026-11-27T07:00:00Z"), now), "5 hours ago");
        assert_eq!(relative(at("2026-11-26T10:00:00Z"), now), "yesterday");
        assert_eq!(relative(at("2026-11-24T12:00:00Z"), now), "3 days ago");
        assert_eq!(relative(at("2024-11-27T12:00:00Z"), now), "2 years ago");
        assert_eq!(relative(at("2026-11-30T12:00:00Z"), now), "in 3 days");
        assert_eq!(absolute(at("2026-11-24T12:00:00Z")), "Tue 24 Nov 2026");
    }

    #[test]
    fn long_source_lists_are_shortened() {
        let mut card = StoryCard {
            id: 1,
            headline: String::new(),
            published: None,
            relative: None,
            date: None,
            article_count: 9,
            independent: 9,
            copies: 0,
            sources: (1..=6).map(|i| format!("S{i}")).collect(),
            credits: vec![],
            excerpt: String::new(),
        };
        assert_eq!(card.sources_short(), "S1, S2, S3, S4, S5, S6");
        card.sources.push("S7".into());
        assert_eq!(card.sources_short(), "S1, S2, S3, S4, S5 and 2 more");
    }

    #[test]
    fn wrap_keeps_every_word() {
        let text = "word ".repeat(100);
        let mut out = String::new();
        wrap(&text, "  ", &mut out);
        assert!(out.lines().all(|l| l.chars().count() <= WIDTH));
        assert_eq!(out.split_whitespace().count(), 100);
    }
}
