//! Feeds out: an Atom feed per topic (its new stories) and per story (its new articles), so
//! any feed reader can follow a story.

use atom_syndication::{Content, Entry, Feed, FixedDateTime, Link, Person, Text};
use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, Utc};
use storyline_store::Reader;

use super::pages::{error_page, parse_id};
use super::{AppState, Failure, StoryAt};

/// Entries in a feed: the newest ones.
const ENTRIES: usize = 50;

pub fn routes() -> Router<AppState> {
    Router::new().route("/topics/{id}/feed.atom", get(topic_feed)).route("/stories/{id}/feed.atom", get(story_feed))
}

fn time(t: Option<i64>) -> Option<FixedDateTime> {
    t.and_then(|t| DateTime::<Utc>::from_timestamp(t, 0)).map(|d| d.fixed_offset())
}

fn link(href: String, rel: &str, mime: Option<&str>) -> Link {
    Link { href, rel: rel.to_string(), mime_type: mime.map(str::to_string), ..Default::default() }
}

fn reply(result: Result<String, Failure>) -> Response {
    match result {
        Ok(xml) => ([(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")], xml).into_response(),
        Err(f) => error_page(f),
    }
}

/// The feed of the page at `page_url` (its self link is `page_url/feed.atom`).
fn feed(title: &str, page_url: &str, subtitle: &str, updated: FixedDateTime, entries: Vec<Entry>) -> String {
    let self_url = format!("{page_url}/feed.atom");
    Feed {
        title: Text::plain(title),
        id: self_url.clone(),
        updated,
        links: vec![
            link(self_url, "self", Some("application/atom+xml")),
            link(page_url.to_string(), "alternate", Some("text/html")),
        ],
        subtitle: Some(Text::plain(subtitle)),
        generator: Some(atom_syndication::Generator { value: "storyline".to_string(), ..Default::default() }),
        entries,
        ..Default::default()
    }
    .to_string()
}

/// A topic's stories, newest first: one entry per story, updated when it gets articles.
pub fn topic_feed_xml(r: &Reader, id: i64, base: &str) -> Result<Option<String>, Failure> {
    let Some(topic) = r.topic(id)? else { return Ok(None) };
    let stories = r.topic_stories_page(id, ENTRIES, 0)?;
    let now = Utc::now();
    let mut entries = Vec::with_capacity(stories.len());
    for s in &stories {
        let card = crate::views::story_card(r, s, now)?;
        let url = format!("{base}/stories/{}", s.id);
        let mut about = format!("{} {}", s.article_count, if s.article_count == 1 { "article" } else { "articles" });
        if !card.sources.is_empty() {
            about.push_str(&format!(" from {}", card.sources.join(", ")));
        }
        entries.push(Entry {
            title: Text::plain(s.headline.clone()),
            id: url.clone(),
            updated: time(s.last_published).unwrap_or_else(|| now.fixed_offset()),
            published: time(s.first_published),
            links: vec![link(url, "alternate", Some("text/html"))],
            summary: Some(Text::plain(format!("{} ({about})", card.excerpt))),
            ..Default::default()
        });
    }
    let subtitle = format!("New stories in the topic “{}”, from storyline", topic.title);
    let updated = time(topic.last_published).unwrap_or_else(|| now.fixed_offset());
    Ok(Some(feed(&topic.title, &format!("{base}/topics/{id}"), &subtitle, updated, entries)))
}

/// A story's articles, newest first: one entry per article, linking to the original.
pub fn story_feed_xml(r: &Reader, id: i64, base: &str) -> Result<Option<String>, Failure> {
    let Some(story) = r.story(id)? else { return Ok(None) };
    let mut articles = r.story_articles(id)?;
    articles.reverse();
    articles.truncate(ENTRIES);
    let now = Utc::now();
    let story_url = format!("{base}/stories/{id}");
    let entries = articles
        .iter()
        .map(|a| {
            let published = a.article.published.map(|p| p.timestamp());
            let mut links = vec![link(format!("{story_url}#a{}", a.key), "related", Some("text/html"))];
            if let Some(url) = super::models::safe_link(a.article.url.as_deref()) {
                links.insert(0, link(url, "alternate", Some("text/html")));
            }
            let text = match a.copy_of {
                Some(orig) => format!("A copy of article {orig} of this story."),
                None => a.article.lead(3),
            };
            Entry {
                title: Text::plain(a.article.headline.clone()),
                // Stable across story merges: the article's key in this store.
                id: format!("{base}/articles/{}", a.key),
                updated: time(published).unwrap_or_else(|| now.fixed_offset()),
                published: time(published),
                authors: a
                    .article
                    .byline
                    .iter()
                    .chain(a.article.source.iter())
                    .take(1)
                    .map(|n| Person { name: n.clone(), ..Default::default() })
                    .collect(),
                links,
                summary: Some(Text::plain(text)),
                content: None::<Content>,
                ..Default::default()
            }
        })
        .collect();
    let updated = time(story.last_published).unwrap_or_else(|| now.fixed_offset());
    Ok(Some(feed(&story.headline, &story_url, "New articles in this story, from storyline", updated, entries)))
}

async fn topic_feed(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    let result = async {
        let id = parse_id(&raw, "topic")?;
        let base = state.0.public_url.clone();
        state.read(move |r| topic_feed_xml(r, id, &base)?.ok_or_else(|| Failure::not_found("No such topic."))).await
    };
    reply(result.await)
}

async fn story_feed(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    let result = async {
        let id = parse_id(&raw, "story")?;
        let base = state.0.public_url.clone();
        state.story(id, move |r, id| story_feed_xml(r, id, &base)).await
    };
    match result.await {
        Ok(StoryAt::Here(xml)) => reply(Ok(xml)),
        Ok(StoryAt::MergedInto(to)) => Redirect::permanent(&format!("/stories/{to}/feed.atom")).into_response(),
        Err(f) => error_page(f),
    }
}
