//! JSON API under `/api/v1/`: the page models as JSON, plus `POST /api/v1/articles`.
//! Described by the OpenAPI 3 document served at `/api/openapi.json` (`openapi.json` here).

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::models;
use super::pages::{parse_id, Params};
use super::{AppState, Failure, StoryAt, MAX_BODY_BYTES};
use crate::pipeline::ArticleOutcome;

pub const OPENAPI: &str = include_str!("openapi.json");

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/api/openapi.json", get(openapi))
        .route("/api/v1/home", get(home))
        .route("/api/v1/topics", get(topics))
        .route("/api/v1/topics/{id}", get(topic))
        .route("/api/v1/stories/{id}", get(story))
        .route("/api/v1/entities/{name}", get(entity))
        .route("/api/v1/search", get(search))
        .route("/api/v1/articles", post(post_articles).layer(DefaultBodyLimit::max(MAX_BODY_BYTES)))
}

pub fn error_response(f: Failure) -> Response {
    let mut response = (f.status, Json(json!({ "error": f.message, "status": f.status.as_u16() }))).into_response();
    if f.status == StatusCode::UNAUTHORIZED {
        response.headers_mut().insert(header::WWW_AUTHENTICATE, header::HeaderValue::from_static("Bearer"));
    }
    response
}

fn reply<T: Serialize>(result: Result<T, Failure>) -> Response {
    match result {
        Ok(v) => Json(v).into_response(),
        Err(f) => error_response(f),
    }
}

async fn openapi() -> Response {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI).into_response()
}

async fn home(State(state): State<AppState>) -> Response {
    let st = state.clone();
    reply(state.read(move |r| Ok(models::home(r, Utc::now(), &st.0.top_entities)?)).await)
}

async fn topics(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    let result = async {
        let page = params.page()?;
        state.read(move |r| Ok(models::topics(r, page, Utc::now())?)).await
    };
    reply(result.await)
}

async fn topic(State(state): State<AppState>, Path(raw): Path<String>, Query(params): Query<Params>) -> Response {
    let result = async {
        let id = parse_id(&raw, "topic")?;
        let page = params.page()?;
        state
            .read(move |r| models::topic(r, id, page, Utc::now())?.ok_or_else(|| Failure::not_found("no such topic")))
            .await
    };
    reply(result.await)
}

async fn story(State(state): State<AppState>, Path(raw): Path<String>) -> Response {
    let result = async {
        let id = parse_id(&raw, "story")?;
        state.story(id, |r, id| Ok(models::story(r, id, Utc::now())?)).await
    };
    match result.await {
        Ok(StoryAt::Here(view)) => Json(view).into_response(),
        Ok(StoryAt::MergedInto(to)) => Redirect::permanent(&format!("/api/v1/stories/{to}")).into_response(),
        Err(f) => error_response(f),
    }
}

async fn entity(State(state): State<AppState>, Path(name): Path<String>, Query(params): Query<Params>) -> Response {
    let result = async {
        if name.chars().count() > 200 {
            return Err(Failure::not_found("no such entity"));
        }
        let page = params.page()?;
        state
            .read(move |r| {
                models::entity(r, &name, page, Utc::now())?.ok_or_else(|| Failure::not_found("no such entity"))
            })
            .await
    };
    reply(result.await)
}

async fn search(State(state): State<AppState>, Query(params): Query<Params>) -> Response {
    let result = async {
        let form = params.search_form()?;
        let page = params.page()?;
        state.read(move |r| Ok(models::search(r, form, page, Utc::now())?)).await
    };
    reply(result.await)
}

/// Does the request carry the configured bearer token? Compared in constant time, over
/// digests so that not even the token's length leaks.
fn authorised(headers: &HeaderMap, token: Option<&str>) -> Result<(), Failure> {
    let Some(token) = token else {
        return Err(Failure::new(
            StatusCode::FORBIDDEN,
            "writes are disabled: set `token` under [serve] in storyline.toml or STORYLINE_TOKEN",
        ));
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")))
        .map(str::trim);
    let Some(given) = given else {
        return Err(Failure::new(StatusCode::UNAUTHORIZED, "missing `Authorization: Bearer TOKEN` header"));
    };
    let (a, b) = (Sha256::digest(given.as_bytes()), Sha256::digest(token.as_bytes()));
    if bool::from(a.ct_eq(&b)) {
        Ok(())
    } else {
        Err(Failure::new(StatusCode::UNAUTHORIZED, "wrong token"))
    }
}

/// The body as JSON Lines: a JSON array becomes one line per element, an object one line, and
/// anything else is taken as JSON Lines already (so a bad line is reported with its number).
fn as_json_lines(body: &str) -> Result<String, Failure> {
    let trimmed = body.trim_start();
    if trimmed.starts_with('[') {
        let items: Vec<serde_json::Value> = serde_json::from_str(trimmed)
            .map_err(|e| Failure::bad_request(format!("body is not a valid JSON array of articles: {e}")))?;
        let lines: Vec<String> = items.iter().map(|v| v.to_string()).collect();
        return Ok(lines.join("\n"));
    }
    if trimmed.starts_with('{') {
        if let Ok(v) = serde_json::from_str::<serde_json::Value>(trimmed) {
            return Ok(v.to_string());
        }
    }
    Ok(body.to_string())
}

#[derive(Debug, Serialize)]
struct PostedArticle {
    /// 0-based position in the request.
    index: usize,
    #[serde(flatten)]
    outcome: ArticleOutcome,
}

#[derive(Debug, Serialize)]
struct PostReport {
    new: usize,
    duplicate: usize,
    rejected: usize,
    articles: Vec<PostedArticle>,
    /// Lines that could not be read, with their numbers.
    problems: Vec<storyline_source::Problem>,
}

async fn post_articles(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Response {
    let result = async {
        authorised(&headers, state.0.token.as_deref())?;
        let text = std::str::from_utf8(&body).map_err(|e| Failure::bad_request(format!("body is not UTF-8: {e}")))?;
        if text.trim().is_empty() {
            return Err(Failure::bad_request("empty body: send a JSON article, an array of them, or JSON Lines"));
        }
        let lines = as_json_lines(text)?;
        let opts = storyline_source::Options::new(Utc::now().fixed_offset());
        let extracted = storyline_source::jsonl::parse(&lines, &opts)
            .map_err(|e| Failure::new(StatusCode::UNPROCESSABLE_ENTITY, e.to_string()))?;
        let doc = extracted.document;
        let problems = extracted.problems;
        let outcomes = state.write(move |p| Ok(p.ingest_document("api", &doc)?)).await?;
        let mut report = PostReport { new: 0, duplicate: 0, rejected: problems.len(), articles: Vec::new(), problems };
        for (index, outcome) in outcomes.into_iter().enumerate() {
            match outcome {
                ArticleOutcome::New { .. } => report.new += 1,
                ArticleOutcome::Duplicate { .. } => report.duplicate += 1,
                ArticleOutcome::Rejected { .. } => report.rejected += 1,
            }
            report.articles.push(PostedArticle { index, outcome });
        }
        state.metrics().observe_ingest(report.new, report.duplicate, report.rejected);
        Ok(report)
    };
    match result.await {
        Ok(report) => {
            let status = if report.new > 0 {
                StatusCode::CREATED
            } else if report.duplicate > 0 {
                StatusCode::OK
            } else {
                StatusCode::UNPROCESSABLE_ENTITY
            };
            (status, Json(report)).into_response()
        }
        Err(f) => error_response(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn token_check() {
        let mut h = HeaderMap::new();
        assert_eq!(authorised(&h, None).map_err(|f| f.status), Err(StatusCode::FORBIDDEN));
        assert_eq!(authorised(&h, Some("s3cret")).map_err(|f| f.status), Err(StatusCode::UNAUTHORIZED));
        h.insert(header::AUTHORIZATION, "Bearer wrong".parse().expect("header"));
        assert_eq!(authorised(&h, Some("s3cret")).map_err(|f| f.status), Err(StatusCode::UNAUTHORIZED));
        h.insert(header::AUTHORIZATION, "Bearer s3cret".parse().expect("header"));
        assert!(authorised(&h, Some("s3cret")).is_ok());
        h.insert(header::AUTHORIZATION, "Basic s3cret".parse().expect("header"));
        assert!(authorised(&h, Some("s3cret")).is_err());
    }

    #[test]
    fn bodies_become_json_lines() {
        assert_eq!(
            as_json_lines(r#"[{"title":"a"},{"title":"b"}]"#).expect("array"),
            "{\"title\":\"a\"}\n{\"title\":\"b\"}"
        );
        assert_eq!(as_json_lines("{\n \"title\": \"a\"\n}").expect("object"), "{\"title\":\"a\"}");
        assert_eq!(
            as_json_lines("{\"title\":\"a\"}\n{\"title\":\"b\"}").expect("lines"),
            "{\"title\":\"a\"}\n{\"title\":\"b\"}"
        );
        assert!(as_json_lines("[{").is_err());
    }

    #[test]
    fn openapi_document_is_valid_json_and_lists_every_api_route() {
        let doc: serde_json::Value = serde_json::from_str(OPENAPI).expect("openapi.json parses");
        assert_eq!(doc["openapi"].as_str().map(|v| v.starts_with("3.")), Some(true));
        let paths = doc["paths"].as_object().expect("paths");
        for route in [
            "/api/v1/home",
            "/api/v1/topics",
            "/api/v1/topics/{id}",
            "/api/v1/stories/{id}",
            "/api/v1/entities/{name}",
            "/api/v1/search",
            "/api/v1/articles",
            "/topics/{id}/feed.atom",
            "/stories/{id}/feed.atom",
            "/healthz",
            "/metrics",
        ] {
            assert!(paths.contains_key(route), "{route} missing from openapi.json");
        }
        // Every route in the document exists in the source of the routers.
        let source = [include_str!("api.rs"), include_str!("atom.rs"), include_str!("mod.rs")].concat();
        for path in paths.keys() {
            assert!(source.contains(&format!("\"{path}\"")), "{path} documented but not routed");
        }
    }
}
