use storyline_analysis::{Claim, Facts, Quote};
use storyline_article::Article;
use storyline_story::{Merge, Placement};

use crate::*;

fn article(headline: &str, body: &str, published: Option<&str>) -> Article {
    Article {
        headline: headline.into(),
        body: body.into(),
        published: published.and_then(|p| chrono::DateTime::parse_from_rfc3339(p).ok()),
        ..Default::default()
    }
}

fn new<'a>(a: &'a Article) -> NewArticle<'a> {
    NewArticle {
        article: a,
        content_key: a.content_key(),
        canonical_url: a.canonical_url(),
        language: Some("eng".into()),
        origin: "test.txt",
        page_topic: None,
        signature: storyline_article::copy_signature(&a.headline, &a.body),
    }
}

fn placement(story: u64, topic: Option<u64>) -> Placement {
    Placement {
        story,
        new_story: true,
        topic,
        similarity: 1.0,
        shared: vec!["geneva".into()],
        merges: vec![],
        nearest: None,
    }
}

#[test]
fn open_migrates_and_reopens() {
    let dir = tempfile::tempdir().expect("tempdir");
    {
        let store = Store::open(dir.path()).expect("open");
        store.integrity_check().expect("integrity");
    }
    let store = Store::open(dir.path()).expect("reopen");
    assert_eq!(store.reader().counts().expect("counts").articles, 0);
}

#[test]
fn refuses_a_newer_schema() {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Store::open(dir.path()).expect("open"));
    let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).expect("raw open");
    conn.pragma_update(None, "user_version", 99).expect("bump");
    drop(conn);
    let err = Store::open(dir.path()).err().expect("must refuse");
    assert!(err.to_string().contains("upgrade storyline"), "{err}");
}

#[test]
fn articles_stories_topics_round_trip() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let a = article("Talks open in Geneva", "Delegations met.", Some("2026-02-17T09:00:00+00:00"));
    let b = article("Talks resume in Geneva", "Second day.", Some("2026-02-18T09:00:00+00:00"));
    let tx = store.transaction().expect("tx");
    let ida = tx.insert_article(&new(&a)).expect("insert a");
    tx.place_article(ida, &placement(1, Some(7))).expect("place a");
    tx.set_topic_title(7, "Peace talks").expect("title");
    let idb = tx.insert_article(&new(&b)).expect("insert b");
    tx.place_article(idb, &placement(1, Some(7))).expect("place b");
    let facts = Facts {
        quotes: vec![Quote {
            text: "We are ready".into(),
            speaker: Some("Zelensky".into()),
            kind: "direct".into(),
            ..Default::default()
        }],
        claims: vec![Claim {
            value: 400.0,
            text: "around 400 drones".into(),
            qualifier: "approximately".into(),
            what: Some("drones".into()),
            verb: Some("launched".into()),
            claimant: Some("Ukrainian officials".into()),
            sentence: "…".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    tx.insert_facts(idb, &facts).expect("facts");
    tx.commit().expect("commit");

    let r = store.reader();
    let topics = r.topics().expect("topics");
    assert_eq!(topics.len(), 1);
    assert_eq!(topics[0].title, "Peace talks");
    assert_eq!(topics[0].story_count, 1);
    assert_eq!(topics[0].article_count, 2);
    let story = r.story(1).expect("story").expect("exists");
    assert_eq!(story.headline, "Talks open in Geneva", "earliest article names the story");
    assert_eq!(story.article_count, 2);
    let arts = r.story_articles(1).expect("articles");
    assert_eq!(arts.iter().map(|a| a.key).collect::<Vec<_>>(), vec![ida, idb]);
    assert_eq!(arts[0].why, vec!["geneva".to_string()]);
    assert_eq!(r.story_quotes(1).expect("quotes")[0].quote.speaker.as_deref(), Some("Zelensky"));
    assert_eq!(r.story_claims(1).expect("claims")[0].claim.value, 400.0);
}

#[test]
fn duplicates_found_by_content_and_url() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let mut a = article("Quake hits coast", "A strong quake.", None);
    a.url = Some("https://news.example/quake?utm_source=rss".into());
    let tx = store.transaction().expect("tx");
    let id = tx.insert_article(&new(&a)).expect("insert");
    let same_text = article("Quake hits coast ", "A strong  quake", None);
    assert_eq!(tx.find_duplicate(&same_text.content_key(), None).expect("lookup"), Some(Duplicate::SameContent(id)));
    let mut same_url = article("Quake hits coast (updated)", "More.", None);
    same_url.url = Some("https://NEWS.example/quake#top".into());
    assert_eq!(
        tx.find_duplicate(&same_url.content_key(), same_url.canonical_url().as_deref()).expect("lookup"),
        Some(Duplicate::SameUrl(id))
    );
    assert_eq!(tx.find_duplicate(&article("Other", "x", None).content_key(), None).expect("lookup"), None);
}

#[test]
fn uncommitted_transaction_leaves_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    {
        let tx = store.transaction().expect("tx");
        let a = article("Lost", "Never committed.", None);
        let id = tx.insert_article(&new(&a)).expect("insert");
        tx.place_article(id, &placement(1, None)).expect("place");
    }
    let c = store.reader().counts().expect("counts");
    assert_eq!((c.articles, c.stories), (0, 0));
}

#[test]
fn merge_keeps_redirect() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let tx = store.transaction().expect("tx");
    let a = article("A", "one", Some("2026-01-01T00:00:00Z"));
    let b = article("B", "two", Some("2026-01-02T00:00:00Z"));
    let c = article("C", "three", Some("2026-01-03T00:00:00Z"));
    let ia = tx.insert_article(&new(&a)).expect("a");
    tx.place_article(ia, &placement(1, None)).expect("place a");
    let ib = tx.insert_article(&new(&b)).expect("b");
    tx.place_article(ib, &placement(2, None)).expect("place b");
    let ic = tx.insert_article(&new(&c)).expect("c");
    let mut p = placement(1, None);
    p.merges = vec![Merge { from: 2, into: 1 }];
    tx.place_article(ic, &p).expect("place c");
    tx.commit().expect("commit");
    let r = store.reader();
    assert_eq!(r.resolve_story(2).expect("resolve"), Some(1));
    assert_eq!(r.resolve_story(1).expect("resolve"), Some(1));
    assert_eq!(r.resolve_story(9).expect("resolve"), None);
    assert_eq!(r.story(1).expect("story").expect("exists").article_count, 3);
    assert!(r.story(2).expect("story").is_none());
}

#[test]
fn copies_are_marked_within_a_story() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let body = "Fishermen in the northern port said on Monday that cod catches fell for a third year running, \
        and that quotas agreed last spring left several boats tied up for most of the winter season.";
    let a = article("Cod catches fall again", body, None);
    let b = article("Cod catches fall for third year", &format!("{body} The ministry declined to comment."), None);
    let c = article(
        "Ministry defends quota",
        "The fisheries ministry said quotas followed scientific advice and would be reviewed.",
        None,
    );
    let tx = store.transaction().expect("tx");
    let mut ids = vec![];
    for x in [&a, &b, &c] {
        let id = tx.insert_article(&new(x)).expect("insert");
        tx.place_article(id, &placement(1, None)).expect("place");
        ids.push((id, tx.detect_copy(id).expect("detect")));
    }
    tx.commit().expect("commit");
    assert_eq!(ids[0].1, None, "the first article is an original");
    assert_eq!(ids[1].1, Some(ids[0].0), "a light rewrite copies the first");
    assert_eq!(ids[2].1, None, "an independent report is not a copy");
    let arts = store.reader().story_articles(1).expect("articles");
    assert_eq!(arts[1].copy_of, Some(ids[0].0));
}
