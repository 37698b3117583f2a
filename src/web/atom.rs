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
use super::{AppState, Failure};

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
    let self_url = format!("{base}/topics/{id}/feed.atom");
    let feed = Feed {
        title: Text::plain(topic.title.clone()),
        id: self_url.clone(),
        updated: time(topic.last_published).unwrap_or_else(|| now.fixed_offset()),
        links: vec![
            link(self_url, "self", Some("application/atom+xml")),
            link(format!("{base}/topics/{id}"), "alternate", Some("text/html")),
        ],
        subtitle: Some(Text::plain(format!("New stories in the topic “{}”, from storyline", topic.title))),
        generator: Some(atom_syndication::Generator { value: "storyline".to_string(), ..Default::default() }),
        entries,
        ..Default::default()
    };
    Ok(Some(feed.to_string()))
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
    let self_url = format!("{story_url}/feed.atom");
    let feed = Feed {
        title: Text::plain(story.headline.clone()),
        id: self_url.clone(),
        updated: time(story.last_published).unwrap_or_else(|| now.fixed_offset()),
        links: vec![
            link(self_url, "self", Some("application/atom+xml")),
            link(story_url, "alternate", Some("text/html")),
        ],
        subtitle: Some(Text::plain("New articles in this story, from storyline")),
        generator: Some(atom_syndication::Generator { value: "storyline".to_string(), ..Default::default() }),
        entries,
        ..Default::default()
    };
    Ok(Some(feed.to_string()))
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
        state
            .read(move |r| match r.resolve_story(id)? {
                None => Err(Failure::not_found("No such story.")),
                Some(to) if to != id => Ok(Err(to)),
                Some(_) => story_feed_xml(r, id, &base)?.map(Ok).ok_or_else(|| Failure::not_found("No such story.")),
            })
            .await
    };
    match result.await {
        Ok(Ok(xml)) => reply(Ok(xml)),
        Ok(Err(to)) => Redirect::permanent(&format!("/stories/{to}/feed.atom")).into_response(),
        Err(f) => error_page(f),
    }
}
