//! What each page shows, as plain data: the HTML templates render these and the JSON API
//! returns them unchanged, so a page and its API twin always agree.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::Serialize;
use storyline_analysis::{LedgerGroup, SpeakerQuotes, SummaryInput, SummarySentence};
use storyline_store::{Counts, EntitySummary, Fragment, Reader, SearchQuery, StorySummary, TopicSummary};

use crate::views::{self, absolute, relative, StoryCard, StoryOptions};

/// Stories per topic page, entity page and home page list.
pub const STORIES_PER_PAGE: usize = 25;
/// Search hits per page.
pub const HITS_PER_PAGE: usize = 20;
/// Articles listed in a story's timeline; a larger story says how many more there are.
pub const TIMELINE_LIMIT: usize = 300;
/// Sentences in a story's summary.
const SUMMARY_SENTENCES: usize = 3;
/// Articles the summary reads (the earliest independent ones): bounds its cost on huge stories.
const SUMMARY_ARTICLES: usize = 40;

/// A date as the pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct When {
    /// RFC 3339, for machines.
    pub iso: String,
    /// "Tue 24 Nov 2026".
    pub date: String,
    /// "3 days ago".
    pub relative: String,
}

impl When {
    pub fn at(t: Option<i64>, now: DateTime<Utc>) -> Option<When> {
        let t = t?;
        let iso = DateTime::<Utc>::from_timestamp(t, 0)?.to_rfc3339();
        Some(When { iso, date: absolute(t), relative: relative(t, now) })
    }
}

/// Position in a paged list.
#[derive(Debug, Clone, Serialize)]
pub struct Paging {
    /// 1-based.
    pub page: usize,
    pub per_page: usize,
    pub total: usize,
    pub pages: usize,
}

impl Paging {
    pub fn new(page: usize, per_page: usize, total: usize) -> Paging {
        Paging { page, per_page, total, pages: total.div_ceil(per_page).max(1) }
    }

    pub fn offset(&self) -> usize {
        (self.page.saturating_sub(1)).saturating_mul(self.per_page)
    }

    pub fn has_prev(&self) -> bool {
        self.page > 1
    }

    pub fn has_next(&self) -> bool {
        self.page < self.pages
    }

    pub fn prev(&self) -> usize {
        self.page.saturating_sub(1).max(1)
    }

    pub fn next(&self) -> usize {
        self.page + 1
    }
}

/// A topic as listed.
#[derive(Debug, Clone, Serialize)]
pub struct TopicCard {
    pub id: i64,
    pub title: String,
    pub story_count: i64,
    pub article_count: i64,
    pub latest: Option<When>,
}

impl TopicCard {
    fn new(t: &TopicSummary, now: DateTime<Utc>) -> TopicCard {
        TopicCard {
            id: t.id,
            title: t.title.clone(),
            story_count: t.story_count,
            article_count: t.article_count,
            latest: When::at(t.last_published, now),
        }
    }
}

/// An entity as listed, with the path of its page.
#[derive(Debug, Clone, Serialize)]
pub struct EntityCard {
    pub name: String,
    pub kind: String,
    pub article_count: i64,
    pub story_count: i64,
    pub href: String,
}

impl EntityCard {
    fn new(e: &EntitySummary) -> EntityCard {
        EntityCard {
            name: e.name.clone(),
            kind: e.kind.clone(),
            article_count: e.article_count,
            story_count: e.story_count,
            href: entity_href(&e.name),
        }
    }
}

/// Path of an entity's page.
pub fn entity_href(name: &str) -> String {
    format!("/entities/{}", encode_component(name))
}

/// Percent-encode everything but unreserved characters (RFC 3986).
pub fn encode_component(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Only web links may become `href`s: a `javascript:` or `data:` URL in an article must not.
pub fn safe_link(url: Option<&str>) -> Option<String> {
    let url = url?.trim();
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then(|| url.to_string())
}

#[derive(Debug, Serialize)]
pub struct Home {
    pub counts: Counts,
    pub topics: Vec<TopicCard>,
    /// Most recently active stories, in a topic or not.
    pub stories: Vec<StoryCard>,
    pub entities: Vec<EntityCard>,
}

/// The most-mentioned entities change slowly and cost a scan to rank: computed at most once
/// per [`TopEntities::TTL`].
#[derive(Default)]
pub struct TopEntities(std::sync::Mutex<Option<(std::time::Instant, Vec<EntityCard>)>>);

impl TopEntities {
    const TTL: std::time::Duration = std::time::Duration::from_secs(60);

    fn get(&self, r: &Reader) -> Result<Vec<EntityCard>> {
        if let Ok(cached) = self.0.lock() {
            if let Some((at, list)) = cached.as_ref() {
                if at.elapsed() < Self::TTL {
                    return Ok(list.clone());
                }
            }
        }
        let list: Vec<EntityCard> = r.top_entities(24)?.iter().map(EntityCard::new).collect();
        if let Ok(mut cached) = self.0.lock() {
            *cached = Some((std::time::Instant::now(), list.clone()));
        }
        Ok(list)
    }
}

pub fn home(r: &Reader, now: DateTime<Utc>, top: &TopEntities) -> Result<Home> {
    let topics = r.topics_page(30, 0)?.iter().map(|t| TopicCard::new(t, now)).collect();
    let stories =
        r.recent_stories(15, false)?.iter().map(|s| views::story_card(r, s, now)).collect::<Result<Vec<_>>>()?;
    Ok(Home { counts: r.counts()?, topics, stories, entities: top.get(r)? })
}

/// Topics per page of the topic list.
pub const TOPICS_PER_PAGE: usize = 50;

#[derive(Debug, Serialize)]
pub struct TopicList {
    pub topics: Vec<TopicCard>,
    pub paging: Paging,
}

pub fn topics(r: &Reader, page: usize, now: DateTime<Utc>) -> Result<TopicList> {
    let paging = Paging::new(page, TOPICS_PER_PAGE, r.counts()?.topics.max(0) as usize);
    let topics = r.topics_page(paging.per_page, paging.offset())?.iter().map(|t| TopicCard::new(t, now)).collect();
    Ok(TopicList { topics, paging })
}

#[derive(Debug, Serialize)]
pub struct TopicView {
    pub topic: TopicCard,
    pub stories: Vec<StoryCard>,
    pub paging: Paging,
}

pub fn topic(r: &Reader, id: i64, page: usize, now: DateTime<Utc>) -> Result<Option<TopicView>> {
    let Some(t) = r.topic(id)? else { return Ok(None) };
    let paging = Paging::new(page, STORIES_PER_PAGE, t.story_count.max(0) as usize);
    let card = TopicCard::new(&t, now);
    let page = views::topic_page_slice(r, t, paging.per_page, paging.offset(), now)?;
    Ok(Some(TopicView { topic: card, stories: page.stories, paging }))
}

/// One article in a story's timeline.
#[derive(Debug, Serialize)]
pub struct TimelineEntry {
    pub id: i64,
    pub headline: String,
    pub url: Option<String>,
    pub source: Option<String>,
    pub credit: Option<String>,
    pub byline: Option<String>,
    pub language: Option<String>,
    pub published: Option<When>,
    /// The date text as printed, when it could not be understood.
    pub published_text: Option<String>,
    /// The article this one copies; its text is then not repeated.
    pub copy_of: Option<i64>,
    /// First sentence, for independent articles.
    pub lead: String,
    /// Why it was grouped here: similarity to the story and what they share.
    pub similarity: Option<f64>,
    pub why: Vec<String>,
}

/// One bar of the articles-per-day chart (SVG user units).
#[derive(Debug, Serialize)]
pub struct Bar {
    pub day: String,
    pub count: i64,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    pub width: u32,
    pub height: u32,
    pub max: i64,
    pub bars: Vec<Bar>,
    pub first_day: String,
    pub last_day: String,
}

/// Chart of articles per day over the story's whole span, empty days included (capped at
/// 120 days: longer spans are shown as their last 120 days).
pub fn chart(per_day: &[(i64, i64)]) -> Option<Chart> {
    const DAY: i64 = 86_400;
    const MAX_DAYS: i64 = 120;
    let (&(first, _), &(last, _)) = (per_day.first()?, per_day.last()?);
    let start = first.max(last - (MAX_DAYS - 1) * DAY);
    let counts: HashMap<i64, i64> = per_day.iter().copied().collect();
    let days = (start..=last).step_by(DAY as usize);
    bar_chart(days.map(|d| (absolute(d), counts.get(&d).copied().unwrap_or(0))).collect(), 4)
}

/// Chart of articles per month, empty months included (the last 60 months at most).
pub fn month_chart(per_month: &[(String, i64)]) -> Option<Chart> {
    let parse = |m: &str| -> Option<i64> {
        let (y, mo) = m.split_once('-')?;
        Some(y.parse::<i64>().ok()? * 12 + mo.parse::<i64>().ok()? - 1)
    };
    let counts: HashMap<i64, i64> = per_month.iter().filter_map(|(m, n)| Some((parse(m)?, *n))).collect();
    let (&first, &last) = (counts.keys().min()?, counts.keys().max()?);
    let label = |m: i64| format!("{}-{:02}", m.div_euclid(12), m.rem_euclid(12) + 1);
    let months = first.max(last - 59)..=last;
    bar_chart(months.map(|m| (label(m), counts.get(&m).copied().unwrap_or(0))).collect(), 6)
}

/// Bars for consecutive periods (label, count), scaled to the highest, at least `min_width`
/// units wide each, about 600 units in all.
fn bar_chart(periods: Vec<(String, i64)>, min_width: u32) -> Option<Chart> {
    const HEIGHT: u32 = 80;
    let n = u32::try_from(periods.len()).ok().filter(|n| *n > 0)?;
    let max = periods.iter().map(|(_, c)| *c).max().unwrap_or(1).max(1);
    let slot = (600 / n).clamp(min_width, 40);
    let first_day = periods.first()?.0.clone();
    let last_day = periods.last()?.0.clone();
    let bars = periods
        .into_iter()
        .zip(0..)
        .map(|((day, count), i)| {
            let height = ((count as f64 / max as f64) * HEIGHT as f64).round() as u32;
            let height = if count > 0 { height.max(2) } else { 0 };
            Bar { day, count, x: i * slot, y: HEIGHT - height, width: slot.saturating_sub(1).max(1), height }
        })
        .collect();
    Some(Chart { width: n * slot, height: HEIGHT, max, bars, first_day, last_day })
}

#[derive(Debug, Serialize)]
pub struct StoryView {
    pub id: i64,
    pub headline: String,
    pub topic: Option<TopicCard>,
    pub article_count: i64,
    pub independent: usize,
    pub copies: usize,
    /// Outlets with an article of their own (not a copy), sorted.
    pub independent_sources: Vec<String>,
    pub first: Option<When>,
    pub last: Option<When>,
    /// The most central sentences across the story's articles.
    pub summary: Vec<SummarySentence>,
    pub chart: Option<Chart>,
    pub timeline: Vec<TimelineEntry>,
    /// Articles beyond [`TIMELINE_LIMIT`], not listed.
    pub timeline_more: usize,
    pub entities: Vec<EntityCard>,
    pub quotes: Vec<SpeakerQuotes>,
    /// Claims about the same thing side by side; `conflict` flags disagreement.
    pub ledger: Vec<LedgerGroup>,
}

pub fn story(r: &Reader, id: i64, now: DateTime<Utc>) -> Result<Option<StoryView>> {
    let Some(summary) = r.story(id)? else { return Ok(None) };
    let per_day = r.story_articles_per_day(id)?;
    let page = views::story_page(r, summary, StoryOptions { why: true, quotes: true, claims: true })?;
    let topic = page.topic.as_ref().map(|t| TopicCard::new(t, now));
    let independent: Vec<_> = page.articles.iter().filter(|a| a.copy_of.is_none()).collect();
    let mut independent_sources: Vec<String> =
        independent.iter().filter_map(|a| a.article.source.clone()).collect::<Vec<_>>();
    independent_sources.sort();
    independent_sources.dedup();
    let inputs: Vec<SummaryInput> = independent
        .iter()
        .take(SUMMARY_ARTICLES)
        .map(|a| SummaryInput { headline: &a.article.headline, body: &a.article.body })
        .collect();
    let summary = storyline_analysis::summarize(&inputs, SUMMARY_SENTENCES);
    let timeline = page
        .articles
        .iter()
        .take(TIMELINE_LIMIT)
        .map(|a| TimelineEntry {
            id: a.key,
            headline: a.article.headline.clone(),
            url: safe_link(a.article.url.as_deref()),
            source: a.article.source.clone(),
            credit: a.article.credit.clone(),
            byline: a.article.byline.clone(),
            language: a.language.clone(),
            published: When::at(a.article.published.map(|p| p.timestamp()), now),
            published_text: a.article.published.is_none().then(|| a.article.published_text.clone()).flatten(),
            copy_of: a.copy_of,
            lead: if a.copy_of.is_none() { a.article.lead(1) } else { String::new() },
            similarity: a.similarity,
            why: a.why.clone(),
        })
        .collect();
    let entities = page
        .entities
        .iter()
        .take(40)
        .map(|e| EntityCard {
            name: e.name.clone(),
            kind: e.kind.clone(),
            article_count: e.count as i64,
            story_count: 1,
            href: entity_href(&e.name),
        })
        .collect();
    let s = &page.story;
    Ok(Some(StoryView {
        id: s.id,
        headline: s.headline.clone(),
        topic,
        article_count: s.article_count,
        independent: independent.len(),
        copies: page.articles.len() - independent.len(),
        independent_sources,
        first: When::at(s.first_published, now),
        last: When::at(s.last_published, now),
        summary,
        chart: chart(&per_day),
        timeline_more: page.articles.len().saturating_sub(TIMELINE_LIMIT),
        timeline,
        entities,
        quotes: page.quotes.unwrap_or_default(),
        ledger: page.claims.unwrap_or_default(),
    }))
}

/// A quote on an entity's page.
#[derive(Debug, Serialize)]
pub struct EntityQuote {
    pub text: String,
    pub article_id: i64,
    pub source: Option<String>,
    pub published: Option<When>,
}

#[derive(Debug, Serialize)]
pub struct EntityView {
    pub entity: EntityCard,
    pub first: Option<When>,
    pub last: Option<When>,
    /// Articles mentioning it per month (`YYYY-MM`), for the "over time" chart.
    pub per_month: Option<Chart>,
    /// Stories that mention it, most recent first.
    pub stories: Vec<StoryCard>,
    pub paging: Paging,
    pub quotes: Vec<EntityQuote>,
}

pub fn entity(r: &Reader, name: &str, page: usize, now: DateTime<Utc>) -> Result<Option<EntityView>> {
    let Some(e) = r.entity(name)? else { return Ok(None) };
    let paging = Paging::new(page, STORIES_PER_PAGE, e.story_count.max(0) as usize);
    let stories = r
        .entity_stories(&e.name, paging.per_page, paging.offset())?
        .iter()
        .map(|s: &StorySummary| views::story_card(r, s, now))
        .collect::<Result<Vec<_>>>()?;
    let quotes = if paging.page == 1 {
        r.entity_quotes(&e.name, 30)?
            .into_iter()
            .map(|q| EntityQuote {
                text: q.quote.text,
                article_id: q.article_id,
                source: q.source,
                published: When::at(q.published, now),
            })
            .collect()
    } else {
        Vec::new()
    };
    let months = r.entity_articles_per_month(&e.name)?;
    Ok(Some(EntityView {
        per_month: month_chart(&months),
        first: When::at(e.first_published, now),
        last: When::at(e.last_published, now),
        entity: EntityCard::new(&e),
        stories,
        paging,
        quotes,
    }))
}

/// The search form's fields, as given (echoed back into the form).
#[derive(Debug, Clone, Default, Serialize)]
pub struct SearchForm {
    pub q: String,
    pub source: String,
    pub entity: String,
    /// `YYYY-MM-DD`, inclusive.
    pub from: String,
    /// `YYYY-MM-DD`, inclusive.
    pub to: String,
}

#[derive(Debug, Serialize)]
pub struct SearchHitView {
    pub article_id: i64,
    pub story_id: Option<i64>,
    pub headline: String,
    pub source: Option<String>,
    pub published: Option<When>,
    /// Snippet pieces; `mark` pieces matched the query.
    pub snippet: Vec<Fragment>,
}

#[derive(Debug, Serialize)]
pub struct SearchView {
    pub form: SearchForm,
    /// False when nothing was asked yet (an empty form).
    pub asked: bool,
    pub hits: Vec<SearchHitView>,
    pub paging: Paging,
}

/// Longest search text accepted (characters).
pub const MAX_QUERY_CHARS: usize = 300;

/// Parse `YYYY-MM-DD` as the start of that UTC day.
pub fn parse_day(s: &str) -> Option<i64> {
    chrono::NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()?.and_hms_opt(0, 0, 0).map(|d| d.and_utc().timestamp())
}

pub fn search(r: &Reader, form: SearchForm, page: usize, now: DateTime<Utc>) -> Result<SearchView> {
    fn opt(s: &str) -> Option<&str> {
        let s = s.trim();
        (!s.is_empty()).then_some(s)
    }
    let from = opt(&form.from).and_then(parse_day);
    // The "to" day is inclusive: search up to the start of the next day.
    let to = opt(&form.to).and_then(parse_day).map(|t| t + 86_400);
    let asked = [&form.q, &form.source, &form.entity, &form.from, &form.to].iter().any(|s| !s.trim().is_empty());
    let mut paging = Paging::new(page, HITS_PER_PAGE, 0);
    if !asked {
        return Ok(SearchView { form, asked, hits: Vec::new(), paging });
    }
    let query = SearchQuery {
        text: form.q.trim(),
        source: opt(&form.source),
        entity: opt(&form.entity),
        from,
        to,
        limit: HITS_PER_PAGE,
        offset: paging.offset(),
    };
    let results = r.search(&query)?;
    paging = Paging::new(page, HITS_PER_PAGE, results.total);
    let hits = results
        .hits
        .into_iter()
        .map(|h| SearchHitView {
            article_id: h.article_id,
            story_id: h.story_id,
            headline: h.headline,
            source: h.source,
            published: When::at(h.published, now),
            snippet: h.snippet,
        })
        .collect();
    Ok(SearchView { form, asked, hits, paging })
}

/// Link to another page of the same search.
pub fn search_href(form: &SearchForm, page: usize) -> String {
    let mut parts = Vec::new();
    for (k, v) in
        [("q", &form.q), ("source", &form.source), ("entity", &form.entity), ("from", &form.from), ("to", &form.to)]
    {
        if !v.trim().is_empty() {
            parts.push(format!("{k}={}", encode_component(v.trim())));
        }
    }
    if page > 1 {
        parts.push(format!("page={page}"));
    }
    if parts.is_empty() {
        "/search".to_string()
    } else {
        format!("/search?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_encoded_and_only_web_urls_link_out() {
        assert_eq!(entity_href("Volodymyr Zelensky"), "/entities/Volodymyr%20Zelensky");
        assert_eq!(entity_href("AT&T/\"x\""), "/entities/AT%26T%2F%22x%22");
        assert_eq!(safe_link(Some("https://example.org/a")), Some("https://example.org/a".to_string()));
        assert_eq!(safe_link(Some(" HTTP://example.org ")), Some("HTTP://example.org".to_string()));
        assert_eq!(safe_link(Some("javascript:alert(1)")), None);
        assert_eq!(safe_link(Some("data:text/html,<script>")), None);
        assert_eq!(safe_link(None), None);
    }

    #[test]
    fn paging_bounds() {
        let p = Paging::new(1, 25, 0);
        assert_eq!((p.pages, p.offset(), p.has_prev(), p.has_next()), (1, 0, false, false));
        let p = Paging::new(3, 25, 60);
        assert_eq!((p.pages, p.offset(), p.has_prev(), p.has_next(), p.prev()), (3, 50, true, false, 2));
    }

    #[test]
    fn chart_fills_empty_days_and_scales() {
        let day = 86_400;
        let c = chart(&[(10 * day, 4), (12 * day, 2)]).expect("chart");
        assert_eq!(c.bars.len(), 3);
        assert_eq!(c.bars.iter().map(|b| b.count).collect::<Vec<_>>(), vec![4, 0, 2]);
        assert_eq!(c.bars[0].height, c.height);
        assert_eq!(c.bars[2].height, c.height / 2);
        assert_eq!(c.bars[1].height, 0);
        assert!(chart(&[]).is_none());
        let m = month_chart(&[("2025-11".into(), 3), ("2026-02".into(), 6)]).expect("months");
        assert_eq!(m.bars.iter().map(|b| b.count).collect::<Vec<_>>(), vec![3, 0, 0, 6]);
        assert_eq!((m.first_day.as_str(), m.last_day.as_str()), ("2025-11", "2026-02"));
        assert!(month_chart(&[("junk".into(), 1)]).is_none());
        // A long span keeps its last 120 days.
        let c = chart(&[(0, 1), (1000 * day, 1)]).expect("chart");
        assert_eq!(c.bars.len(), 120);
    }

    #[test]
    fn search_links_keep_the_filters() {
        let form = SearchForm { q: "peace talks".into(), source: "BBC".into(), ..Default::default() };
        assert_eq!(search_href(&form, 2), "/search?q=peace%20talks&source=BBC&page=2");
        assert_eq!(search_href(&SearchForm::default(), 1), "/search");
        assert_eq!(parse_day("2026-11-24"), Some(1_763_942_400 + 365 * 86_400));
        assert_eq!(parse_day("24/11/2026"), None);
    }
}
