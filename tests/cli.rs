//! End-to-end tests: the real `storyline` binary on real files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_storyline"))
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    if p.is_dir() {
        Some(p)
    } else {
        eprintln!("skipping: ../shared is absent");
        None
    }
}

fn run(data: &Path, args: &[&str]) -> Output {
    bin().arg("--data").arg(data).args(args).output().expect("run storyline")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn json_lines(o: &Output) -> Vec<serde_json::Value> {
    stdout(o).lines().map(|l| serde_json::from_str(l).expect("JSON line")).collect()
}

const AS_OF: &str = "2026-11-27T12:00:00Z";

#[test]
fn extract_sample_topic_page() {
    let Some(shared) = shared() else { return };
    let sample = shared.join("samples/topic-page-russia-ukraine-peace-talks.txt");
    let out = bin().args(["extract", "--as-of", "2026-02-20T12:00:00Z"]).arg(&sample).output().expect("run");
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 1);
    let doc = &docs[0];
    assert_eq!(doc["topic"], "Russia-Ukraine peace talks");
    let articles = doc["articles"].as_array().expect("articles");
    assert_eq!(articles.len(), 2);
    assert_eq!(articles[0]["headline"], "First day of Russia-Ukraine peace talks ends in Geneva");
    assert_eq!(articles[0]["credit"], "BBC");
    assert_eq!(articles[0]["published_text"], "3 days ago");
    assert_eq!(articles[0]["published"].as_str().map(|s| &s[..10]), Some("2026-02-17"));
    assert_eq!(articles[1]["headline"], "China calls for Russia-Ukraine cease-fire, peace talks");
    assert_eq!(articles[1]["related"].as_array().map(Vec::len), Some(4));
    for a in articles {
        let body = a["body"].as_str().expect("body");
        assert!(!body.contains("Read more"), "boilerplate left in body");
        assert!(!body.contains("With inputs from"), "credit left in body");
        assert!(!body.contains("days ago") && !body.contains("years ago"), "age left in body");
    }
}

#[test]
fn extract_reports_each_file_on_its_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let empty = dir.path().join("empty.txt");
    std::fs::write(&empty, "").expect("write");
    let out = bin()
        .args(["extract", "--as-of", AS_OF])
        .arg(root().join("examples/topic-page-arctic-shipping-talks.txt"))
        .arg(&empty)
        .arg(root().join("examples/wire-stories.jsonl"))
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(1), "a failed file makes the exit code non-zero");
    let docs = json_lines(&out);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["topic"], "Arctic shipping talks");
    let arts = docs[0]["articles"].as_array().expect("articles");
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[0]["credit"], "Reuters");
    assert_eq!(arts[1]["related"].as_array().map(Vec::len), Some(2));
    assert_eq!(arts[0]["published"].as_str().map(|s| &s[..10]), Some("2026-11-25"));
    assert!(docs[1]["error"].as_str().is_some_and(|e| e.contains("empty")), "{}", docs[1]);
    assert_eq!(docs[2]["articles"].as_array().map(Vec::len), Some(5));
    assert_eq!(docs[2]["articles"][0]["id"], "wire-001");
}

#[test]
fn ingest_is_idempotent_and_shows_topics() {
    let data = tempfile::tempdir().expect("tempdir");
    let first = run(data.path(), &["ingest", "--as-of", AS_OF, root().join("examples").to_str().expect("utf8")]);
    assert!(first.status.success(), "stdout {} stderr {}", stdout(&first), stderr(&first));
    // 2 topic-page articles + 1 HTML + 5 JSONL lines of which one repeats another.
    assert!(stdout(&first).contains("3 input(s): 7 new, 1 duplicate, 0 rejected"), "{}", stdout(&first));
    let again = run(data.path(), &["ingest", "--as-of", AS_OF, root().join("examples").to_str().expect("utf8")]);
    assert!(again.status.success());
    assert!(stdout(&again).contains("0 new, 8 duplicate, 0 rejected"), "{}", stdout(&again));

    let topics = run(data.path(), &["topics", "--json"]);
    assert!(topics.status.success(), "{}", stderr(&topics));
    let v: serde_json::Value = serde_json::from_str(&stdout(&topics)).expect("json");
    let list = v["topics"].as_array().expect("topics");
    let arctic = list.iter().find(|t| t["title"] == "Arctic shipping talks").expect("topic from the page");
    let id = arctic["id"].as_i64().expect("id");

    let page = run(data.path(), &["show", &format!("t{id}"), "--json"]);
    assert!(page.status.success(), "{}", stderr(&page));
    let v: serde_json::Value = serde_json::from_str(&stdout(&page)).expect("json");
    let stories = v["stories"].as_array().expect("stories");
    let headlines: Vec<&str> = stories.iter().filter_map(|s| s["headline"].as_str()).collect();
    assert!(headlines.contains(&"Ministers end first round of Arctic shipping talks in Tromsø without a deal"));
    assert!(headlines.contains(&"Canada proposes joint Arctic rescue fund ahead of shipping talks"));
    // Newest first.
    let dates: Vec<&str> = stories.iter().filter_map(|s| s["published"].as_str()).collect();
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted);

    let text = run(data.path(), &["show", &format!("t{id}")]);
    let text = stdout(&text);
    assert!(text.starts_with("Arctic shipping talks\n"), "{text}");
    // "5 days ago" resolved against --as-of, shown as an absolute date.
    assert!(text.contains("Sun 22 Nov 2026"), "{text}");
    assert!(text.contains("with inputs from Reuters"), "{text}");

    // The light rewrite of the wire story is counted as a copy, not as an independent source.
    let all = run(data.path(), &["topics", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&stdout(&all)).expect("json");
    let storm = v["unfiled_stories"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["headline"].as_str().is_some_and(|h| h.contains("Bodø"))))
        .and_then(|s| s["id"].as_i64())
        .expect("storm story");
    let page = stdout(&run(data.path(), &["show", &format!("s{storm}")]));
    assert!(page.contains("3 articles (2 independent, 1 copy)"), "{page}");
    assert!(page.contains("(copy of a"), "{page}");

    let story = stories[0]["id"].as_i64().expect("story id");
    let s = run(data.path(), &["show", &format!("s{story}"), "--why"]);
    assert!(s.status.success(), "{}", stderr(&s));
    assert!(stdout(&s).contains("why: similarity"), "{}", stdout(&s));
}

#[test]
fn show_and_topics_explain_missing_data() {
    let data = tempfile::tempdir().expect("tempdir");
    let out = run(&data.path().join("nothing-here"), &["topics"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("run `storyline ingest PATH` first"), "{}", stderr(&out));
    let ingest = run(data.path(), &["ingest", root().join("examples/wire-stories.jsonl").to_str().expect("utf8")]);
    assert!(ingest.status.success());
    let out = run(data.path(), &["show", "t999"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no topic t999"), "{}", stderr(&out));
}

/// Every kind of bad input in one batch: each gets a message, the good file is stored,
/// nothing stored before changes, and the exit code is non-zero.
#[test]
fn bad_inputs_are_rejected_without_harm() {
    let data = tempfile::tempdir().expect("tempdir");
    let first = run(
        data.path(),
        &["ingest", "--as-of", AS_OF, root().join("examples/wire-stories.jsonl").to_str().expect("utf8")],
    );
    assert!(first.status.success(), "{}", stderr(&first));
    let before = stdout(&run(data.path(), &["topics", "--json"]));

    let bad = tempfile::tempdir().expect("tempdir");
    let p = |n: &str| bad.path().join(n);
    std::fs::write(p("binary.txt"), b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10").expect("write");
    std::fs::write(p("empty.txt"), b"").expect("write");
    std::fs::write(p("cp1252.txt"), b"Caf\xe9 owners protest\n\nOwners of caf\xe9s said \x93enough\x94 on Monday after the city raised rents again.\n").expect("write");
    let mut gz = flate2_gzip(b"Headline\n\nA body that will be cut off in the middle of the compressed stream.");
    gz.truncate(gz.len() / 2);
    std::fs::write(p("truncated.txt.gz"), gz).expect("write");
    std::fs::write(
        p("mixed.jsonl"),
        "{\"title\":\"Good line one\",\"text\":\"Fishermen in Vardø said catches fell for a third year.\"}\n{not json\n{\"title\":\"Good line two\",\"text\":\"The ferry to Svalbard was cancelled for a week.\"}\n",
    )
    .expect("write");
    std::fs::write(p("no-article.html"), "<html><head><title>Login</title></head><body><form><input name=u><input type=password name=p><button>Sign in</button></form></body></html>").expect("write");
    let huge = std::fs::File::create(p("huge.txt")).expect("create");
    huge.set_len(500 * 1024 * 1024).expect("sparse 500 MB file");
    std::fs::write(p("notes.docx"), b"PK\x03\x04").expect("write");

    let out = run(
        data.path(),
        &["ingest", "--as-of", AS_OF, bad.path().to_str().expect("utf8"), p("notes.docx").to_str().expect("utf8")],
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("binary.txt") && text.contains("binary"), "{text}");
    assert!(text.contains("empty.txt") && text.contains("empty"), "{text}");
    assert!(text.contains("cp1252.txt") && text.contains("windows-1252"), "{text}");
    assert!(text.contains("truncated.txt.gz") && text.contains("truncated"), "{text}");
    assert!(text.contains("mixed.jsonl: line 2"), "{text}");
    assert!(text.contains("no-article.html"), "{text}");
    assert!(text.contains("huge.txt") && text.contains("limit"), "{text}");
    assert!(text.contains("notes.docx") && text.contains("unsupported"), "{text}");
    // cp1252 page (1) + two good JSONL lines.
    assert!(text.contains("3 new"), "{text}");

    // What was there before is unchanged (the four wire stories keep their topics/stories).
    let after: serde_json::Value =
        serde_json::from_str(&stdout(&run(data.path(), &["topics", "--json"]))).expect("json");
    let before: serde_json::Value = serde_json::from_str(&before).expect("json");
    for s in before["unfiled_stories"].as_array().expect("stories") {
        assert!(
            after["unfiled_stories"]
                .as_array()
                .expect("stories")
                .iter()
                .any(|x| x["id"] == s["id"] && x["headline"] == s["headline"]),
            "story {s} changed"
        );
    }
}

fn flate2_gzip(data: &[u8]) -> Vec<u8> {
    // A minimal gzip writer is not in std; shell out to the system gzip, which every CI image has.
    let mut child = Command::new("gzip")
        .arg("-c")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip");
    child.stdin.take().expect("stdin").write_all(data).expect("write");
    child.wait_with_output().expect("gzip output").stdout
}

/// `kill -9` in the middle of an ingest leaves a store that opens, passes
/// `PRAGMA integrity_check`, and holds every file whole or not at all.
#[test]
fn kill_during_ingest_leaves_a_sound_store() {
    let data = tempfile::tempdir().expect("tempdir");
    let input = tempfile::tempdir().expect("tempdir");
    let files = 300;
    let per_file = 20;
    for f in 0..files {
        let mut s = String::new();
        for i in 0..per_file {
            s.push_str(&serde_json::json!({
                "id": format!("f{f}-a{i}"),
                "title": format!("Council {f} votes on harbour plan number {i}"),
                "text": format!("The council of district {f} voted on plan {i} for the harbour on Monday. Members said item {f}-{i} would cost {} thousand euros.", f * 31 + i),
            }).to_string());
            s.push('\n');
        }
        std::fs::write(input.path().join(format!("batch-{f:04}.jsonl")), s).expect("write");
    }
    let mut child = bin()
        .arg("--data")
        .arg(data.path())
        .args(["ingest", input.path().to_str().expect("utf8")])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    // Wait until some files are committed, then kill without warning.
    let db = data.path().join("storyline.db");
    let started = std::time::Instant::now();
    loop {
        std::thread::sleep(std::time::Duration::from_millis(20));
        let stored = article_count(&db);
        if stored > 0 || started.elapsed().as_secs() > 60 {
            break;
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    assert!(
        article_count(&db) < (files * per_file) as i64,
        "the ingest finished before it was killed: this test would prove nothing"
    );

    let conn = rusqlite_open(&db);
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity_check");
    assert_eq!(ok, "ok");
    let mut stmt = conn.prepare("SELECT origin, count(*) FROM article GROUP BY origin").expect("prepare");
    let rows: Vec<(String, i64)> =
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("query").map(|r| r.expect("row")).collect();
    for (origin, n) in &rows {
        assert_eq!(*n, per_file as i64, "{origin} is half-ingested");
    }
    drop(stmt);
    drop(conn);
    // Finishing the job afterwards stores everything exactly once.
    let out = run(data.path(), &["ingest", input.path().to_str().expect("utf8")]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(article_count(&db), (files * per_file) as i64);
    let stories: i64 =
        rusqlite_open(&db).query_row("SELECT count(DISTINCT story_id) FROM article", [], |r| r.get(0)).expect("count");
    assert!(stories > 0);
}

fn rusqlite_open(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).expect("open db")
}

fn article_count(db: &Path) -> i64 {
    if !db.exists() {
        return 0;
    }
    rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .and_then(|c| c.query_row("SELECT count(*) FROM article", [], |r| r.get(0)))
        .unwrap_or(0)
}

/// The story index is a cache: with `engine.bin` deleted, the next ingest rebuilds it from the
/// database, and a new report of a stored event still joins that event's story.
#[test]
fn deleted_story_index_is_rebuilt_from_the_store() {
    let data = tempfile::tempdir().expect("tempdir");
    let html = root().join("examples/harbour-storm.html");
    let first = run(data.path(), &["ingest", "--as-of", AS_OF, html.to_str().expect("utf8")]);
    assert!(first.status.success(), "{}", stderr(&first));
    std::fs::remove_file(data.path().join("engine.bin")).expect("engine.bin was written");
    let jsonl = root().join("examples/wire-stories.jsonl");
    let second = run(data.path(), &["ingest", "--as-of", AS_OF, jsonl.to_str().expect("utf8")]);
    assert!(second.status.success(), "{}", stderr(&second));
    let v: serde_json::Value = serde_json::from_str(&stdout(&run(data.path(), &["topics", "--json"]))).expect("json");
    let stories: Vec<&serde_json::Value> = v["unfiled_stories"].as_array().expect("stories").iter().collect();
    let storm = stories
        .iter()
        .find(|s| s["headline"] == "Storm closes Bodø harbour as waves reach six metres")
        .expect("the HTML article's story");
    // The HTML report, the wire report and its copy.
    assert_eq!(storm["article_count"], 3, "{stories:?}");
}
