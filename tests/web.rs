//! End-to-end tests of `storyline serve`: the real binary on a real port (127.0.0.1 only), read
//! by a plain HTTP client and by headless Chromium.

use std::path::{Path, PathBuf};
use std::process::Command;

#[path = "support/server.rs"]
mod server;
use server::Server;

const AS_OF: &str = "2026-11-27T12:00:00Z";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storyline"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn sample() -> Option<PathBuf> {
    let p = root().join("../shared/samples/topic-page-russia-ukraine-peace-talks.txt");
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared/samples is absent");
        None
    }
}

fn ingest(data: &Path, path: &Path) {
    let out = bin().arg("--data").arg(data).args(["ingest", "--as-of", AS_OF]).arg(path).output().expect("ingest");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
}

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let found = ["chromium", "chromium-browser", "google-chrome"].iter().find_map(|name| {
        std::env::var_os("PATH")?.to_str()?.split(':').map(|d| Path::new(d).join(name)).find(|p| p.is_file())
    });
    if found.is_none() {
        // CI installs it (.ci/run); elsewhere the test says why it did nothing.
        assert!(std::env::var_os("CI").is_none(), "chromium is missing in CI: .ci/run should install it");
        eprintln!("skipping: no chromium on PATH (apt-get install chromium)");
    }
    found
}

fn headless(chromium: &Path, profile: &Path, args: &[&str], url: &str) -> String {
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .output()
        .expect("run chromium");
    assert!(out.status.success(), "chromium failed: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Text a reader sees: the DOM with tags removed and entities of interest decoded.
fn visible_text(dom: &str) -> String {
    let body = dom.split("<body").nth(1).unwrap_or(dom);
    let mut out = String::new();
    let mut in_tag = false;
    for c in body.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    let out = out.replace("&amp;", "&").replace("&#39;", "'").replace("&#34;", "\"");
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn browser_opens_the_sample_topic_and_follows_a_story() {
    let Some(sample) = sample() else { return };
    let Some(chromium) = chromium() else { return };
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    ingest(&data, &sample);
    let server = Server::start(&data, None);
    let (status, topics) = server.get("/api/v1/topics");
    assert_eq!(status, 200);
    let topics: serde_json::Value = serde_json::from_str(&topics).expect("json");
    assert_eq!(topics["topics"][0]["title"], "Russia-Ukraine peace talks");
    let topic = topics["topics"][0]["id"].as_i64().expect("id");

    let profile = dir.path().join("chromium-profile");
    let dom = headless(&chromium, &profile, &["--dump-dom"], &server.url(&format!("/topics/{topic}")));
    let text = visible_text(&dom);
    for seen in [
        "Russia-Ukraine peace talks",
        "First day of Russia-Ukraine peace talks ends in Geneva",
        "Tue 24 Nov 2026",
        "China calls for Russia-Ukraine cease-fire, peace talks",
        "Wed 27 Nov 2024",
        "with inputs from BBC",
    ] {
        assert!(text.contains(seen), "topic page does not show {seen:?}: {text}");
    }
    let shots = root().join("target/screenshots");
    std::fs::create_dir_all(&shots).expect("screenshot dir");
    let topic_png = shots.join("topic.png");
    headless(
        &chromium,
        &profile,
        &["--hide-scrollbars", "--window-size=420,1600", &format!("--screenshot={}", topic_png.display())],
        &server.url(&format!("/topics/{topic}")),
    );
    assert!(std::fs::metadata(&topic_png).map(|m| m.len() > 10_000).unwrap_or(false), "no topic screenshot");

    // Follow the first story link, as a reader would.
    let href = dom
        .split("href=\"/stories/")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a story link on the topic page");
    let story_url = server.url(&format!("/stories/{href}"));
    let story_text = visible_text(&headless(&chromium, &profile, &["--dump-dom"], &story_url));
    assert!(story_text.contains("First day of Russia-Ukraine peace talks ends in Geneva"), "{story_text}");
    for section in ["Summary", "Timeline", "Who is involved", "Quotes by speaker", "Claim ledger"] {
        assert!(story_text.contains(section), "story page lacks {section}");
    }
    assert!(story_text.contains("Umerov"), "quotes or entities lack Umerov: {story_text}");
    let story_png = shots.join("story.png");
    headless(
        &chromium,
        &profile,
        &["--hide-scrollbars", "--window-size=800,2400", &format!("--screenshot={}", story_png.display())],
        &story_url,
    );
    assert!(std::fs::metadata(&story_png).map(|m| m.len() > 10_000).unwrap_or(false), "no story screenshot");
    eprintln!("screenshots: {} and {}", topic_png.display(), story_png.display());
}

#[test]
fn serve_answers_posts_and_stops_gracefully() {
    let dir = tempfile::tempdir().expect("tempdir");
    let data = dir.path().join("data");
    ingest(&data, &root().join("examples"));
    let mut server = Server::start(&data, Some("e2e-secret"));
    let (status, body) = server.get("/healthz");
    assert_eq!((status, body.as_str()), (200, "ok\n"));
    let (status, home) = server.get("/");
    assert_eq!(status, 200);
    assert!(home.contains("Arctic shipping talks"));

    let article = r#"{"title":"Tromsø port reopens after storm","text":"The port of Tromsø reopened on Friday after the storm that closed it for two days had passed, the harbour authority said.","source":"Polar Post","published":"2026-11-27T08:00:00Z"}"#;
    let (status, _, _) = server.request("POST", "/api/v1/articles", "", article);
    assert_eq!(status, 401);
    let auth = "Authorization: Bearer e2e-secret\r\nContent-Type: application/json\r\n";
    let (status, _, body) = server.request("POST", "/api/v1/articles", auth, article);
    assert_eq!(status, 201, "{body}");
    let report: serde_json::Value = serde_json::from_str(&body).expect("json");
    let story = report["articles"][0]["story"].as_i64().expect("story id");
    let (status, _, body) = server.request("POST", "/api/v1/articles", auth, article);
    assert_eq!(status, 200, "{body}");
    let (status, results) = server.get("/api/v1/search?q=reopened");
    assert_eq!(status, 200);
    assert!(results.contains("Tromsø port reopens after storm"), "{results}");

    // SIGTERM: the server finishes, saves its story index and exits 0.
    let engine = data.join("engine.bin");
    let before = std::fs::metadata(&engine).and_then(|m| m.modified()).expect("engine.bin from ingest");
    let pid = server.child.id().to_string();
    assert!(Command::new("kill").args(["-TERM", &pid]).status().expect("kill").success());
    let status = server.child.wait().expect("wait");
    assert!(status.success(), "server exit: {status:?}");
    let after = std::fs::metadata(&engine).and_then(|m| m.modified()).expect("engine.bin");
    assert!(after > before, "the story index was not saved on shutdown");

    // The CLI sees what the API stored, once.
    let out = bin().arg("--data").arg(&data).args(["show", &format!("s{story}"), "--json"]).output().expect("show");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let page: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let headlines: Vec<&str> =
        page["articles"].as_array().expect("articles").iter().filter_map(|a| a["headline"].as_str()).collect();
    assert_eq!(headlines.iter().filter(|h| **h == "Tromsø port reopens after storm").count(), 1, "{headlines:?}");
}
