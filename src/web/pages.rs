//! Server-rendered HTML pages. Each handler builds its model (see [`super::models`]) and renders
//! an askama template; askama escapes every value, so article text can never become markup.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::Router;
use chrono::Utc;
use serde::Deserialize;

use super::models::{
    self, encode_component, EntityView, Home, SearchForm, SearchView, StoryView, TopicList, TopicView,
};
use super::{AppState, Failure, StoryAt};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(home))
        .route("/topics", get(topics))
        .route("/topics/{id}", get(topic))
        .route("/stories/{id}", get(story))
        .route("/entities/{name}", get(entity))
        .route("/search", get(search))
        .route("/static/style.css", get(stylesheet))
}

/// Query parameters of every page; unknown ones are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct Params {
    pub page: Option<String>,
    pub q: Option<String>,
    pub source: Option<String>,
    pub entity: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// Deepest page number accepted.
const MAX_PAGE_NUMBER: usize = 10_000;

impl Params {
    pub fn page(&self) -> Result<usize, Failure> {
        match self.page.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
            None => Ok(1),
            Some(p) => match p.parse::<usize>() {
                Ok(n) if (1..=MAX_PAGE_NUMBER).contains(&n) => Ok(n),
                _ => Err(Failure::bad_request(format!("page must be a number from 1 to {MAX_PAGE_NUMBER}"))),
            },
        }
    }

    /// The search fields, checked for length and date format.
    pub fn search_form(&self) -> Result<SearchForm, Failure> {
        let field = |v: &Option<String>, name: &str, max: usize| -> Result<String, Failure> {
            let v = v.clone().unwrap_or_default();
            if v.chars().count() > max {
                return Err(Failure::bad_request(format!("{name} is longer than {max} characters")));
            }
            Ok(v)
        };
        let form = SearchForm {
            q: field(&self.q, "q", models::MAX_QUERY_CHARS)?,
            source: field(&self.source, "source", 200)?,
            entity: field(&self.entity, "entity", 200)?,
            from: field(&self.from, "from", 10)?,
            to: field(&self.to, "to", 10)?,
        };
        for (name, v) in [("from", &form.from), ("to", &form.to)] {
            if !v.trim().is_empty() && models::parse_day(v).is_none() {
                return Err(Failure::bad_request(format!("{name} must be a date written YYYY-MM-DD")));
            }
        }
        Ok(form)
    }
}

/// A numeric id from the path; anything else is "not found", not an error.
pub fn parse_id(raw: &str, what: &str) -> Result<i64, Failure> {
    // `t3` / `s12`, as the CLI names them, or a bare number.
    let digits = raw.strip_prefix(['t', 's']).unwrap_or(raw);
    digits.parse::<i64>().map_err(|_| Failure::not_found(format!("No {what} {raw}.")))
}

fn render(t: &impl Template) -> Response {
    match t.render() {
        Ok(body) => Html(body).into_response(),
        Err(e) => error_page(Failure::internal(anyhow::anyhow!("rendering a template: {e}"))),
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorTpl {
    title: String,
    message: String,
}

pub fn error_page(f: Failure) -> Response {
    let title = match f.status {
        StatusCode::NOT_FOUND => "Not found".to_string(),
        StatusCode::BAD_REQUEST => "Bad request".to_string(),
        s => s.canonical_reason().unwrap_or("Error").to_string(),
    };
    let body = ErrorTpl { title, message: f.message }.render().unwrap_or_else(|_| "error".to_string());
    (f.status, Html(body)).into_response()
}

fn page_or_error(result: Result<Response, Failure>) -> Response {
    result.unwrap_or_else(error_page)
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomeTpl {
    title: String,
    m: Home,
}

async fn home(State(state): State<AppState>) -> Response {
    let st = state.clone();
    page_or_error(
        state
            .read(move |r| Ok(models::home(r, Utc::now(), &st.0.top_entities)?))
            .await
            .map(|m| render(&HomeTpl { title: "Latest".to_string(), m })),
    )
}

#[derive(Template)]
#[template(path = "topics.html")]
struct TopicsTpl {
    title: String,
    m: TopicList,
    base: String,
}

async fn topics(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    page_or_error(
        async {
            let page = params.page()?;
            let m = state.read(move |r| Ok(models::topics(r, page, Utc::now())?)).await?;
            Ok(render(&TopicsTpl { title: "Topics".to_string(), base: "/topics?".into(), m }))
        }
        .await,
    )
}

#[derive(Template)]
#[template(path = "topic.html")]
struct TopicTpl {
    title: String,
    m: TopicView,
    base: String,
}

async fn topic(State(state): State<AppState>, Path(raw): Path<String>, Query(params): Query<Params>) -> Response {
    page_or_error(
        async {
            let id = parse_id(&raw, "topic")?;
            let page = params.page()?;
            let m = state
                .read(move |r| {
                    models::topic(r, id, page, Utc::now())?.ok_or_else(|| Failure::not_found("No such topic."))
                })
                .await?;
            Ok(render(&TopicTpl { title: m.topic.title.clone(), base: format!("/topics/{id}?"), m }))
        }
        .await,
    )
}

#[derive(Template)]
#[template(path = "story.html")]
struct StoryTpl {
    title: String,
    m: StoryView,
}

impl StoryTpl {
    /// "Tue 24 Nov 2026 ·" from an RFC 3339 date, or nothing.
    fn day(&self, iso: Option<&str>) -> String {
        iso.and_then(|s| chrono::DateTime::parse_from_rfc3339(s).ok())
            .map(|d| format!("{} ·", crate::views::absolute(d.timestamp())))
            .unwrap_or_default()
    }
}

async fn story(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    page_or_error(
        async {
            let id = parse_id(&raw, "story")?;
            // A story merged into another: send readers to where it went.
            Ok(match state.story(id, |r, id| Ok(models::story(r, id, Utc::now())?)).await? {
                StoryAt::MergedInto(to) => Redirect::permanent(&format!("/stories/{to}")).into_response(),
                StoryAt::Here(m) => render(&StoryTpl { title: m.headline.clone(), m }),
            })
        }
        .await,
    )
}

#[derive(Template)]
#[template(path = "entity.html")]
struct EntityTpl {
    title: String,
    m: EntityView,
    base: String,
    entity_param: String,
}

async fn entity(State(state): State<AppState>, Path(name): Path<String>, Query(params): Query<Params>) -> Response {
    page_or_error(
        async {
            if name.chars().count() > 200 {
                return Err(Failure::not_found("No such entity."));
            }
            let page = params.page()?;
            let lookup = name.clone();
            let m = state
                .read(move |r| {
                    models::entity(r, &lookup, page, Utc::now())?.ok_or_else(|| Failure::not_found("No such entity."))
                })
                .await?;
            Ok(render(&EntityTpl {
                title: m.entity.name.clone(),
                base: format!("{}?", m.entity.href),
                entity_param: encode_component(&m.entity.name),
                m,
            }))
        }
        .await,
    )
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchTpl {
    title: String,
    m: SearchView,
    base: String,
}

async fn search(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    page_or_error(
        async {
            let form = params.search_form()?;
            let page = params.page()?;
            let m = state.read(move |r| Ok(models::search(r, form, page, Utc::now())?)).await?;
            let base = models::search_href(&m.form, 1);
            let base = if base.contains('?') { format!("{base}&") } else { format!("{base}?") };
            let title = if m.form.q.trim().is_empty() { "Search".to_string() } else { format!("Search: {}", m.form.q) };
            Ok(render(&SearchTpl { title, base, m }))
        }
        .await,
    )
}

async fn stylesheet() -> Response {
    (
        [(header::CONTENT_TYPE, "text/css; charset=utf-8"), (header::CACHE_CONTROL, "public, max-age=3600")],
        include_str!("static/style.css"),
    )
        .into_response()
}
