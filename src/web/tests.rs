//! HTTP tests of every route, in process (tower `oneshot`, no socket).

use std::path::Path;

use axum::body::Body;
use axum::http::{header, Method, Request, StatusCode};
use tower::ServiceExt;

use super::*;

const TOKEN: &str = "test-token-123";

/// Articles whose every field tries to inject markup or script.
const HOSTILE: &str = r#"{"id":"x1","title":"<script>alert('headline')</script> Council vote","source":"\"><img src=x onerror=alert(1)>","url":"javascript:alert(document.cookie)","published":"2026-11-20T10:00:00Z","text":"The council voted <b onmouseover=alert(2)>yes</b> on the harbour plan on Friday. \"We </script><script>alert(3)</script> agree,\" said Mayor Ellen Voss. The plan costs 40 million crowns, officials said.","author":"<svg onload=alert(4)>"}
"#;

fn as_of() -> storyline_source::Options {
    let t = chrono::DateTime::parse_from_rfc3339("2026-11-27T12:00:00Z").expect("date");
    storyline_source::Options::new(t)
}

/// A data directory with the example corpus and the hostile article stored.
fn store_with_examples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut pipeline = Pipeline::open(dir.path()).expect("open");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for name in ["topic-page-arctic-shipping-talks.txt", "wire-stories.jsonl", "harbour-storm.html"] {
        let report = pipeline.ingest_file(&examples.join(name), &as_of());
        assert!(report.new > 0, "{name}: {report:?}");
    }
    let hostile = storyline_source::jsonl::parse(HOSTILE, &as_of()).expect("hostile parses");
    let report = pipeline.ingest_parsed("hostile", &hostile.document, &hostile.problems);
    assert_eq!(report.new, 1, "{report:?}");
    pipeline.save().expect("save");
    dir
}

fn app(dir: &Path, token: Option<&str>) -> Router {
    let opts = ServeOptions {
        addr: "127.0.0.1:0".parse().expect("addr"),
        data: dir.to_path_buf(),
        token: token.map(str::to_string),
        public_url: "http://news.example".to_string(),
    };
    router(AppState::new(&opts).expect("state"))
}

struct Reply {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn send(app: &Router, req: Request<Body>) -> Reply {
    let response = app.clone().oneshot(req).await.expect("response");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = axum::body::to_bytes(response.into_body(), 64 * 1024 * 1024).await.expect("body");
    Reply { status, headers, body: String::from_utf8_lossy(&bytes).into_owned() }
}

async fn get(app: &Router, uri: &str) -> Reply {
    send(app, Request::get(uri).body(Body::empty()).expect("request")).await
}

async fn get_json(app: &Router, uri: &str) -> serde_json::Value {
    let r = get(app, uri).await;
    assert_eq!(r.status, StatusCode::OK, "{uri}: {}", r.body);
    assert!(r.headers[header::CONTENT_TYPE].to_str().unwrap_or("").starts_with("application/json"));
    serde_json::from_str(&r.body).expect("json")
}

fn post(uri: &str, token: Option<&str>, body: &str) -> Request<Body> {
    let mut b = Request::builder().method(Method::POST).uri(uri).header(header::CONTENT_TYPE, "application/json");
    if let Some(t) = token {
        b = b.header(header::AUTHORIZATION, format!("Bearer {t}"));
    }
    b.body(Body::from(body.to_string())).expect("request")
}

#[tokio::test]
async fn pages_render_the_store() {
    let dir = store_with_examples();
    let app = app(dir.path(), None);

    let home = get(&app, "/").await;
    assert_eq!(home.status, StatusCode::OK);
    assert!(home.body.contains("Arctic shipping talks"), "{}", home.body);
    assert!(home.body.contains("<link rel=\"stylesheet\" href=\"/static/style.css\">"));

    let topics = get_json(&app, "/api/v1/topics").await;
    let topic = &topics["topics"][0];
    let id = topic["id"].as_i64().expect("topic id");
    assert_eq!(topic["title"], "Arctic shipping talks");
    let page = get(&app, &format!("/topics/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Ministers end first round of Arctic shipping talks in Tromsø without a deal"));
    assert!(page.body.contains("Canada proposes joint Arctic rescue fund ahead of shipping talks"));
    assert!(page.body.contains(&format!("/topics/{id}/feed.atom")));
    let html_topics = get(&app, "/topics").await;
    assert!(html_topics.body.contains(&format!("href=\"/topics/{id}\"")));

    // The API twin carries the same stories, in the same order.
    let api = get_json(&app, &format!("/api/v1/topics/{id}")).await;
    let stories = api["stories"].as_array().expect("stories");
    assert!(stories.len() >= 2);
    for s in stories {
        assert!(page.body.contains(&format!("/stories/{}", s["id"])));
    }
    let story_id = stories[0]["id"].as_i64().expect("story id");

    let story = get(&app, &format!("/stories/{story_id}")).await;
    assert_eq!(story.status, StatusCode::OK);
    for part in ["Summary", "Timeline", "Quotes by speaker", "Claim ledger", "Why grouped", "<svg class=\"chart\""] {
        assert!(story.body.contains(part), "story page lacks {part}");
    }
    let view = get_json(&app, &format!("/api/v1/stories/{story_id}")).await;
    assert!(!view["summary"].as_array().expect("summary").is_empty());
    assert!(!view["timeline"].as_array().expect("timeline").is_empty());
    assert!(view["ledger"].is_array() && view["quotes"].is_array());

    // Entity pages: every entity linked from the story page opens.
    let entity = view["entities"][0]["href"].as_str().expect("entity href").to_string();
    let e = get(&app, &entity).await;
    assert_eq!(e.status, StatusCode::OK, "{entity}");
    let name = view["entities"][0]["name"].as_str().expect("name");
    // askama's escaping of the characters a name may hold.
    let escaped = name.replace('&', "&#38;").replace('\'', "&#39;");
    assert!(e.body.contains(&format!("<h1>{escaped}</h1>")), "{}", e.body);
    let api_entity = get_json(&app, &format!("/api/v1{entity}")).await;
    assert_eq!(api_entity["entity"]["name"], name);
    assert!(!api_entity["stories"].as_array().expect("stories").is_empty());
    assert!(api_entity["per_month"]["bars"].as_array().is_some_and(|b| !b.is_empty()), "{api_entity}");
    assert!(e.body.contains("Articles per month"));

    let home_json = get_json(&app, "/api/v1/home").await;
    assert!(home_json["counts"]["articles"].as_i64().expect("count") >= 5);

    let css = get(&app, "/static/style.css").await;
    assert_eq!(css.headers[header::CONTENT_TYPE], "text/css; charset=utf-8");
}

#[tokio::test]
async fn search_pages_and_filters() {
    let dir = store_with_examples();
    let app = app(dir.path(), None);
    let empty = get(&app, "/search").await;
    assert_eq!(empty.status, StatusCode::OK);
    let r = get_json(&app, "/api/v1/search?q=arctic%20shipping").await;
    assert!(r["paging"]["total"].as_u64().expect("total") >= 1);
    let hit = &r["hits"][0];
    assert!(hit["snippet"].as_array().expect("snippet").iter().any(|f| f["mark"] == true));
    let html = get(&app, "/search?q=arctic%20shipping").await;
    assert!(html.body.contains("<mark>"), "{}", html.body);
    // Filters narrow; a source that does not exist finds nothing.
    let none = get_json(&app, "/api/v1/search?q=arctic&source=No%20Such%20Outlet").await;
    assert_eq!(none["paging"]["total"], 0);
    let dated = get_json(&app, "/api/v1/search?q=arctic&from=2030-01-01").await;
    assert_eq!(dated["paging"]["total"], 0);
    // Bad parameters are 400s with a reason, not 500s.
    let bad = get(&app, "/api/v1/search?q=x&from=yesterday").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("YYYY-MM-DD"));
    let long = "a".repeat(400);
    assert_eq!(get(&app, &format!("/search?q={long}")).await.status, StatusCode::BAD_REQUEST);
    assert_eq!(get(&app, "/search?q=x&page=0").await.status, StatusCode::BAD_REQUEST);
    assert_eq!(get(&app, "/search?q=x&page=abc").await.status, StatusCode::BAD_REQUEST);
    // Query syntax in user input is not an error.
    for q in ["%22", "AND%20OR%20NOT", "title%3Ax", "%29%28", "*"] {
        let r = get(&app, &format!("/api/v1/search?q={q}")).await;
        assert_eq!(r.status, StatusCode::OK, "{q}: {}", r.body);
    }
}

#[tokio::test]
async fn article_text_is_escaped_everywhere() {
    let dir = store_with_examples();
    let app = app(dir.path(), None);
    let found = get_json(&app, "/api/v1/search?q=council%20harbour").await;
    let story = found["hits"][0]["story_id"].as_i64().expect("hostile story");
    let mut pages =
        vec![get(&app, "/").await, get(&app, &format!("/stories/{story}")).await, get(&app, "/search?q=council").await];
    let view = get_json(&app, &format!("/api/v1/stories/{story}")).await;
    // The hostile article's speaker has an entity page too.
    let href = view["entities"][0]["href"].as_str().expect("an entity in the hostile story");
    pages.push(get(&app, href).await);
    for p in &pages {
        assert_eq!(p.status, StatusCode::OK);
        let body = p.body.to_ascii_lowercase();
        assert!(!body.contains("<script"), "unescaped script: {}", p.body);
        assert!(!body.contains("<img"), "unescaped img");
        assert!(!body.contains("<svg onload"), "unescaped svg");
        assert!(!body.contains("<b onmouseover"), "unescaped attribute");
        assert!(!body.contains("href=\"javascript:"), "javascript: link");
        let csp = p.headers[header::CONTENT_SECURITY_POLICY].to_str().expect("csp");
        assert!(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline") && !csp.contains("script-src"));
        assert_eq!(p.headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    }
    let story_page = &pages[1].body;
    // Shown as text, not dropped: the reader sees what the outlet printed.
    assert!(story_page.contains("<h1>&#60;script&#62;alert(&#39;headline&#39;)&#60;/script&#62; Council vote</h1>"));
    // The Atom feed is XML-escaped too.
    let feed = get(&app, &format!("/stories/{story}/feed.atom")).await;
    assert!(!feed.body.contains("<script>"));
    assert!(feed.body.contains("&lt;script&gt;"));
}

#[tokio::test]
async fn atom_feeds_per_topic_and_story() {
    let dir = store_with_examples();
    let app = app(dir.path(), None);
    let topics = get_json(&app, "/api/v1/topics").await;
    let id = topics["topics"][0]["id"].as_i64().expect("id");
    let feed = get(&app, &format!("/topics/{id}/feed.atom")).await;
    assert_eq!(feed.status, StatusCode::OK);
    assert_eq!(feed.headers[header::CONTENT_TYPE], "application/atom+xml; charset=utf-8");
    let parsed = atom_syndication::Feed::read_from(feed.body.as_bytes()).expect("valid Atom");
    assert_eq!(parsed.title.value, "Arctic shipping talks");
    assert!(parsed.entries.len() >= 2);
    assert!(parsed.entries.iter().all(|e| e.id.starts_with("http://news.example/stories/")));
    let story = parsed.entries[0].id.rsplit('/').next().expect("id").to_string();
    let feed = get(&app, &format!("/stories/{story}/feed.atom")).await;
    let parsed = atom_syndication::Feed::read_from(feed.body.as_bytes()).expect("valid Atom");
    assert!(!parsed.entries.is_empty());
    assert!(parsed.links.iter().any(|l| l.rel == "self" && l.href.ends_with("/feed.atom")));
    assert_eq!(get(&app, "/stories/999999/feed.atom").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get(&app, "/topics/999999/feed.atom").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn missing_things_and_limits() {
    let dir = store_with_examples();
    let app = app(dir.path(), None);
    for uri in ["/stories/999999", "/topics/999999", "/entities/Nobody%20Atall", "/nope", "/stories/abc", "/static/"] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        assert!(r.body.contains("<h1>Not found</h1>"), "{uri}: {}", r.body);
    }
    for uri in ["/api/v1/stories/999999", "/api/v1/nope", "/api/v1/entities/Nobody"] {
        let r = get(&app, uri).await;
        assert_eq!(r.status, StatusCode::NOT_FOUND, "{uri}");
        let v: serde_json::Value = serde_json::from_str(&r.body).expect("json error");
        assert!(v["error"].is_string());
    }
    let long = format!("/search?q={}", "a".repeat(MAX_QUERY_BYTES + 10));
    assert_eq!(get(&app, &long).await.status, StatusCode::URI_TOO_LONG);
    let health = get(&app, "/healthz").await;
    assert_eq!((health.status, health.body.as_str()), (StatusCode::OK, "ok\n"));
    let metrics = get(&app, "/metrics").await;
    assert!(metrics.body.contains("storyline_articles "), "{}", metrics.body);
    assert!(metrics.body.contains("storyline_http_requests_total{route=\"/healthz\",status=\"200\"} 1"));
    assert!(metrics.body.contains("storyline_http_request_duration_seconds_bucket{route=\"/stories/{id}\""));
    let openapi = get_json(&app, "/api/openapi.json").await;
    assert!(openapi["paths"]["/api/v1/articles"]["post"].is_object());
}

#[tokio::test]
async fn posting_articles_needs_the_token_and_is_idempotent() {
    let dir = store_with_examples();
    let article = r#"{"title":"Ferry line to Svalbard resumes after storm","text":"The ferry line between Tromsø and Longyearbyen resumed sailings on Saturday after a four-day pause caused by the storm, the operator said.","source":"Polar Post","published":"2026-11-26T08:00:00Z","url":"https://polarpost.example/ferry"}"#;
    let closed = app(dir.path(), None);
    assert_eq!(send(&closed, post("/api/v1/articles", Some(TOKEN), article)).await.status, StatusCode::FORBIDDEN);

    let app = app(dir.path(), Some(TOKEN));
    let before = get_json(&app, "/api/v1/home").await["counts"]["articles"].as_i64().expect("count");
    let none = send(&app, post("/api/v1/articles", None, article)).await;
    assert_eq!(none.status, StatusCode::UNAUTHORIZED);
    assert_eq!(none.headers[header::WWW_AUTHENTICATE], "Bearer");
    assert_eq!(send(&app, post("/api/v1/articles", Some("wrong"), article)).await.status, StatusCode::UNAUTHORIZED);

    let created = send(&app, post("/api/v1/articles", Some(TOKEN), article)).await;
    assert_eq!(created.status, StatusCode::CREATED, "{}", created.body);
    let report: serde_json::Value = serde_json::from_str(&created.body).expect("json");
    assert_eq!(report["new"], 1);
    assert_eq!(report["articles"][0]["outcome"], "new");
    let story = report["articles"][0]["story"].as_i64().expect("story");
    let page = get(&app, &format!("/stories/{story}")).await;
    assert!(page.body.contains("Ferry line to Svalbard resumes after storm"));

    // The same article again: stored once.
    let again = send(&app, post("/api/v1/articles", Some(TOKEN), &format!("[{article}]"))).await;
    assert_eq!(again.status, StatusCode::OK, "{}", again.body);
    let report: serde_json::Value = serde_json::from_str(&again.body).expect("json");
    assert_eq!((report["new"].as_i64(), report["duplicate"].as_i64()), (Some(0), Some(1)));
    let after = get_json(&app, "/api/v1/home").await["counts"]["articles"].as_i64().expect("count");
    assert_eq!(after, before + 1);

    // Bad bodies: clear errors, nothing stored.
    let bad = send(&app, post("/api/v1/articles", Some(TOKEN), "[{\"title\": ")).await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let junk = send(&app, post("/api/v1/articles", Some(TOKEN), "not json\nat all")).await;
    assert_eq!(junk.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", junk.body);
    assert!(junk.body.contains("line 1"), "{}", junk.body);
    let empty = send(&app, post("/api/v1/articles", Some(TOKEN), "  ")).await;
    assert_eq!(empty.status, StatusCode::BAD_REQUEST);
    let huge = "x".repeat(MAX_BODY_BYTES + 1);
    assert_eq!(send(&app, post("/api/v1/articles", Some(TOKEN), &huge)).await.status, StatusCode::PAYLOAD_TOO_LARGE);
    let last = get_json(&app, "/api/v1/home").await["counts"]["articles"].as_i64().expect("count");
    assert_eq!(last, after);
    // Metrics count what the API took in.
    let metrics = get(&app, "/metrics").await;
    assert!(metrics.body.contains("storyline_api_articles_total{outcome=\"new\"} 1"), "{}", metrics.body);
    assert!(metrics.body.contains("storyline_api_articles_total{outcome=\"duplicate\"} 1"));
}

#[tokio::test]
async fn search_results_are_paged() {
    let dir = store_with_examples();
    let app = app(dir.path(), Some(TOKEN));
    let articles: Vec<String> = (0..25)
        .map(|i| {
            format!(
                r#"{{"title":"Lighthouse keeper number {i} retires","text":"Keeper {i} of the Skarv lighthouse retired on Monday after {n} years at the lamp, the coastal office said.","source":"Coast Post","published":"2026-10-{d:02}T08:00:00Z"}}"#,
                n = 10 + i,
                d = 1 + i
            )
        })
        .collect();
    let posted = send(&app, post("/api/v1/articles", Some(TOKEN), &format!("[{}]", articles.join(",")))).await;
    assert_eq!(posted.status, StatusCode::CREATED, "{}", posted.body);
    let first = get_json(&app, "/api/v1/search?q=lighthouse").await;
    assert_eq!(first["paging"]["total"], 25);
    assert_eq!(first["paging"]["pages"], 2);
    assert_eq!(first["hits"].as_array().map(Vec::len), Some(models::HITS_PER_PAGE));
    let second = get_json(&app, "/api/v1/search?q=lighthouse&page=2").await;
    assert_eq!(second["hits"].as_array().map(Vec::len), Some(25 - models::HITS_PER_PAGE));
    let ids = |v: &serde_json::Value| -> Vec<i64> {
        v["hits"].as_array().into_iter().flatten().filter_map(|h| h["article_id"].as_i64()).collect()
    };
    assert!(ids(&first).iter().all(|id| !ids(&second).contains(id)), "pages overlap");
    // The page links keep the query.
    let html = get(&app, "/search?q=lighthouse").await;
    assert!(html.body.contains("href=\"/search?q=lighthouse&#38;page=2\""), "{}", html.body);
    let html = get(&app, "/search?q=lighthouse&page=2").await;
    assert!(html.body.contains("href=\"/search?q=lighthouse&#38;page=1\""));
    // A source filter narrows to the outlet.
    let filtered = get_json(&app, "/api/v1/search?q=lighthouse&source=coast%20post").await;
    assert_eq!(filtered["paging"]["total"], 25);
}

#[tokio::test]
async fn merged_story_ids_redirect() {
    let dir = store_with_examples();
    {
        let mut store = Store::open(dir.path()).expect("store");
        let stories = store.reader().recent_stories(10, false).expect("stories");
        let (a, b) = (stories[0].id, stories[1].id);
        let tx = store.transaction().expect("tx");
        tx.merge_stories(a as u64, b as u64).expect("merge");
        tx.commit().expect("commit");
        let app = app(dir.path(), None);
        let r = get(&app, &format!("/stories/{a}")).await;
        assert_eq!(r.status, StatusCode::PERMANENT_REDIRECT);
        assert_eq!(r.headers[header::LOCATION], format!("/stories/{b}"));
        let r = get(&app, &format!("/api/v1/stories/{a}")).await;
        assert_eq!(r.headers[header::LOCATION], format!("/api/v1/stories/{b}"));
    }
}
