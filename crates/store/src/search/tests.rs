use storyline_analysis::{Entity, Facts};
use storyline_article::Article;
use storyline_story::{Merge, Placement};

use super::*;
use crate::{NewArticle, Store, DB_FILE};

/// 2026-01-01T00:00:00Z
const T0: i64 = 1_767_225_600;
const DAY: i64 = 86_400;

struct Doc<'a> {
    headline: &'a str,
    body: &'a str,
    source: Option<&'a str>,
    day: Option<i64>,
    story: u64,
    entities: &'a [&'a str],
}

fn doc<'a>(headline: &'a str, body: &'a str) -> Doc<'a> {
    Doc { headline, body, source: None, day: None, story: 1, entities: &[] }
}

fn article(d: &Doc) -> Article {
    Article {
        headline: d.headline.into(),
        body: d.body.into(),
        source: d.source.map(Into::into),
        published: d.day.and_then(|n| chrono::DateTime::from_timestamp(T0 + n * DAY, 0)).map(|t| t.fixed_offset()),
        ..Default::default()
    }
}

fn placement(story: u64) -> Placement {
    Placement { story, new_story: false, topic: None, similarity: 1.0, shared: vec![], merges: vec![], nearest: None }
}

/// Store the documents, returning their article ids.
fn fill(store: &mut Store, docs: &[Doc]) -> Vec<i64> {
    let tx = store.transaction().expect("tx");
    let mut ids = vec![];
    for d in docs {
        let a = article(d);
        let new = NewArticle {
            article: &a,
            content_key: a.content_key(),
            canonical_url: None,
            language: Some("eng".into()),
            origin: "test",
            page_topic: None,
            signature: vec![],
        };
        let id = tx.insert_article(&new).expect("insert");
        tx.place_article(id, &placement(d.story)).expect("place");
        let facts = Facts {
            entities: d
                .entities
                .iter()
                .map(|n| Entity { name: n.to_string(), kind: "person".into(), count: 1, ..Default::default() })
                .collect(),
            ..Default::default()
        };
        tx.insert_facts(id, &facts).expect("facts");
        ids.push(id);
    }
    tx.commit().expect("commit");
    ids
}

fn text(t: &str) -> SearchQuery<'_> {
    SearchQuery { text: t, limit: 20, ..Default::default() }
}

fn hit_ids(r: &SearchResults) -> Vec<i64> {
    r.hits.iter().map(|h| h.article_id).collect()
}

fn fts_integrity(store: &Store) {
    store
        .conn
        .execute("INSERT INTO article_fts(article_fts, rank) VALUES ('integrity-check', 1)", [])
        .expect("FTS index matches the article table");
}

#[test]
fn parses_words_phrases_prefixes_exclusions() {
    let p = parse_query(r#"Geneva "peace talks" negot* -Trump -"White House" x*"#);
    let inc: Vec<_> = p.include.iter().map(|t| (t.text.as_str(), t.prefix)).collect();
    assert_eq!(inc, vec![("Geneva", false), ("peace talks", false), ("negot", true), ("x", false)]);
    let exc: Vec<_> = p.exclude.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(exc, vec!["Trump", "White House"]);
    assert_eq!(
        p.match_expr().as_deref(),
        Some(r#"("Geneva" AND "peace talks" AND ("negot" * OR "nego") AND "x") NOT "Trump" NOT "White House""#)
    );
    // Unclosed quote runs to the end; a lone dash and punctuation-only words vanish.
    let p = parse_query(r#"a - ... "open end"#);
    assert_eq!(p.include.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), vec!["a", "open end"]);
    // Quotes inside words end the word; doubled quotes are escaped in the expression.
    let p = parse_query(r#"he"llo"#);
    assert_eq!(p.include.iter().map(|t| t.text.as_str()).collect::<Vec<_>>(), vec!["he", "llo"]);
    assert!(!parse_query("abc*").include[0].prefix, "three letters: a whole word");
    assert!(parse_query("abcd*").include[0].prefix);
    assert_eq!(parse_query("").match_expr(), None);
    assert_eq!(parse_query("-only").match_expr(), None);
    assert_eq!(parse_query("-only").exclude_expr().as_deref(), Some(r#""only""#));
    // Term count is bounded.
    let many = (0..100).map(|i| format!("w{i}")).collect::<Vec<_>>().join(" ");
    assert_eq!(parse_query(&many).include.len(), MAX_TERMS);
}

#[test]
fn nasty_input_never_errors() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(
        &mut store,
        &[
            doc("Title and order", "Not this or that, title x said the NEAR report."),
            doc("Harbour strike", "Dockers walked out."),
        ],
    );
    let long = "ab ".repeat(4_000) + &"x".repeat(10_000);
    let nasty = [
        "\"",
        "\"\"",
        "*",
        "-",
        "--",
        "- -",
        "AND OR NOT",
        "title:x",
        "headline:harbour",
        ")",
        "(",
        "NEAR(a b, 2)",
        "a OR",
        "^start",
        "a + b",
        "{headline body}: x",
        "🦀🦀",
        "\u{301}",
        "\u{E000}\u{E001}",
        "'; DROP TABLE article; --",
        "a\0b",
        "\"*\"*",
        "-\"",
        "x**",
        "é*",
        &long,
    ];
    for q in nasty {
        let r = store.reader().search(&text(q)).unwrap_or_else(|e| panic!("{q:?}: {e}"));
        assert!(r.hits.len() <= r.total, "{q:?}");
        let r = store
            .reader()
            .search(&SearchQuery { source: Some(q), entity: Some(q), ..text(q) })
            .unwrap_or_else(|e| panic!("{q:?} as filters: {e}"));
        assert_eq!(r.total, 0, "{q:?} as a source matches nothing");
    }
    // Operators are words: all three must be present.
    assert_eq!(hit_ids(&store.reader().search(&text("AND OR NOT")).expect("search")), vec![ids[0]]);
    assert_eq!(hit_ids(&store.reader().search(&text("title:x")).expect("search")), vec![ids[0]]);
    assert_eq!(hit_ids(&store.reader().search(&text("headline:harbour")).expect("search")), Vec::<i64>::new());
    assert_eq!(hit_ids(&store.reader().search(&text("harbour)")).expect("search")), vec![ids[1]]);
    assert_eq!(store.reader().search(&text("\"")).expect("search").total, 0);
    assert_eq!(store.counts_for_test(), 2, "nothing was dropped");
}

impl Store {
    fn counts_for_test(&self) -> i64 {
        self.reader().counts().expect("counts").articles
    }
}

#[test]
fn headline_match_beats_body_match_and_ties_go_newest_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(
        &mut store,
        &[
            Doc { day: Some(5), ..doc("Ministers meet", "The glacier melted. Scientists measured the glacier.") },
            Doc { day: Some(1), ..doc("Glacier retreats", "Scientists measured the ice.") },
            Doc { day: Some(2), ..doc("Dockers strike", "Dockers walked out on Monday.") },
            Doc { day: Some(3), ..doc("Dockers strike", "Dockers walked out on Friday.") },
            Doc { day: None, ..doc("Dockers strike", "Dockers walked out on Sunday.") },
        ],
    );
    let r = store.reader().search(&text("glacier")).expect("search");
    assert_eq!(hit_ids(&r), vec![ids[1], ids[0]], "headline match first");
    assert_eq!(
        r.hits[0].snippet,
        vec![Fragment { text: "Scientists measured the ice.".into(), mark: false }],
        "no match in the body: its start"
    );
    let r = store.reader().search(&text("dockers strike")).expect("search");
    assert_eq!(hit_ids(&r), vec![ids[3], ids[2], ids[4]], "equal scores: newest first, undated last");
}

#[test]
fn stemming_prefix_phrase_and_exclusion() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(
        &mut store,
        &[
            doc("Peace talks resume", "Negotiations continued in Genève."),
            doc("Talk of peace", "A talk about the weather and peace."),
            doc("Weather", "Négociateurs arrived; they talked about rain with the president."),
            doc("Boxing", "The champ retired."),
            doc("Football", "The Champions League draw; the championship resumes."),
        ],
    );
    let search = |t: &str| ids_sorted(&store.reader().search(&text(t)).expect("search"));
    assert_eq!(search("talks"), vec![ids[0], ids[1], ids[2]], "stemmed: talk, talks, talked");
    assert_eq!(search("\"peace talks\""), vec![ids[0]], "phrase: words adjacent and in order");
    assert_eq!(search("\"peace talk\""), vec![ids[0]], "a phrase is stemmed too");
    assert_eq!(search("negotiat*"), vec![ids[0]]);
    assert_eq!(search("negoc*"), vec![ids[2]], "diacritics removed");
    assert_eq!(search("geneve"), vec![ids[0]]);
    assert_eq!(search("GENÈVE"), vec![ids[0]]);
    assert_eq!(search("talk -weather"), vec![ids[0]]);
    assert_eq!(search("talk -\"the weather\""), vec![ids[0], ids[2]]);
    assert_eq!(search("ta*"), Vec::<i64>::new(), "a two-letter prefix is a whole word");
    assert_eq!(search("negotiation*"), vec![ids[0]]);
    assert_eq!(search("presiden*"), vec![ids[2]], "a prefix longer than the stem");
    assert_eq!(search("champion*"), vec![ids[4]], "not the shorter word champ");
    assert_eq!(parse_query("negotiat*").match_expr().as_deref(), Some(r#"(("negotiat" * OR "negotia" OR "negoti"))"#));
    assert_eq!(search("weath*"), vec![ids[1], ids[2]]);
    assert_eq!(search("talk -weath*"), vec![ids[0]]);
}

fn ids_sorted(r: &SearchResults) -> Vec<i64> {
    let mut v = hit_ids(r);
    v.sort();
    v
}

#[test]
fn filters_alone_and_with_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(
        &mut store,
        &[
            Doc {
                source: Some("Reuters"),
                day: Some(0),
                entities: &["Emmanuel Macron", "Élysée Palace"],
                ..doc("Macron visits port", "The president toured the harbour.")
            },
            Doc {
                source: Some("BBC News"),
                day: Some(1),
                entities: &["Emmanuel Macron"],
                ..doc("Harbour strike spreads", "Macron urged calm in the harbour.")
            },
            Doc {
                source: Some("reuters"),
                day: Some(2),
                entities: &["Olaf Scholz"],
                ..doc("Berlin budget", "The harbour budget was cut.")
            },
            Doc { source: None, day: None, ..doc("Undated harbour note", "harbour") },
        ],
    );
    let r = store.reader();
    let q = |q: SearchQuery| r.search(&SearchQuery { limit: 20, ..q }).expect("search");

    assert_eq!(q(SearchQuery::default()).total, 0, "no text, no filter: nothing");
    assert_eq!(q(SearchQuery { text: "  - \" ", ..Default::default() }).total, 0);

    let by_source = q(SearchQuery { source: Some("REUTERS"), ..Default::default() });
    assert_eq!(hit_ids(&by_source), vec![ids[2], ids[0]], "case-insensitive, newest first");
    assert_eq!(by_source.total, 2);
    assert!(!by_source.hits[0].snippet.is_empty() && !by_source.hits[0].snippet[0].mark);
    assert_eq!(by_source.hits[0].snippet[0].text, "The harbour budget was cut.");

    assert_eq!(
        hit_ids(&q(SearchQuery { entity: Some("emmanuel MACRON"), ..Default::default() })),
        vec![ids[1], ids[0]]
    );
    assert_eq!(hit_ids(&q(SearchQuery { entity: Some("élysée palace"), ..Default::default() })), vec![ids[0]]);
    assert_eq!(hit_ids(&q(SearchQuery { entity: Some("ÉLYSÉE PALACE"), ..Default::default() })), vec![ids[0]]);
    assert_eq!(
        hit_ids(&q(SearchQuery { entity: Some("Macron"), ..Default::default() })),
        Vec::<i64>::new(),
        "exact name"
    );

    let from = T0 + DAY;
    assert_eq!(hit_ids(&q(SearchQuery { from: Some(from), ..Default::default() })), vec![ids[2], ids[1]], "inclusive");
    assert_eq!(hit_ids(&q(SearchQuery { to: Some(from), ..Default::default() })), vec![ids[0]], "exclusive");
    assert_eq!(
        hit_ids(&q(SearchQuery { from: Some(T0), to: Some(T0 + 2 * DAY), ..Default::default() })),
        vec![ids[1], ids[0]]
    );

    let harbour = |extra: SearchQuery| ids_sorted(&q(SearchQuery { text: "harbour", ..extra }));
    assert_eq!(harbour(SearchQuery::default()), ids.clone());
    assert_eq!(harbour(SearchQuery { source: Some("reuters"), ..Default::default() }), vec![ids[0], ids[2]]);
    assert_eq!(harbour(SearchQuery { entity: Some("Emmanuel Macron"), ..Default::default() }), vec![ids[0], ids[1]]);
    assert_eq!(harbour(SearchQuery { from: Some(from), ..Default::default() }), vec![ids[1], ids[2]]);
    assert_eq!(
        harbour(SearchQuery {
            source: Some("Reuters"),
            entity: Some("Olaf Scholz"),
            to: Some(T0 + 3 * DAY),
            ..Default::default()
        }),
        vec![ids[2]]
    );
    // Exclusions alone narrow a filtered listing.
    assert_eq!(
        hit_ids(&q(SearchQuery { text: "-budget", source: Some("Reuters"), ..Default::default() })),
        vec![ids[0]]
    );
    let hit = &q(SearchQuery { text: "harbour", source: Some("bbc news"), ..Default::default() }).hits[0];
    assert_eq!((hit.source.as_deref(), hit.published, hit.story_id), (Some("BBC News"), Some(T0 + DAY), Some(1)));
    assert_eq!(hit.headline, "Harbour strike spreads");
}

#[test]
fn pages_and_total() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let bodies: Vec<String> = (0..25).map(|i| format!("Lighthouse report number {i}.")).collect();
    let docs: Vec<Doc> =
        bodies.iter().enumerate().map(|(i, b)| Doc { day: Some(i as i64), ..doc("Coast", b) }).collect();
    let mut ids = fill(&mut store, &docs);
    fill(&mut store, &[doc("Other", "Nothing here.")]);
    let r = store.reader();
    for text in ["lighthouse", ""] {
        let page = |offset| {
            r.search(&SearchQuery {
                text,
                from: Some(0).filter(|_| text.is_empty()),
                limit: 10,
                offset,
                ..Default::default()
            })
            .expect("search")
        };
        let (p1, p2, p3, p4) = (page(0), page(10), page(20), page(30));
        assert_eq!((p1.total, p2.total, p3.total, p4.total), (25, 25, 25, 25), "{text:?}");
        assert_eq!((p1.hits.len(), p2.hits.len(), p3.hits.len(), p4.hits.len()), (10, 10, 5, 0));
        let mut all: Vec<i64> = [p1, p2, p3].iter().flat_map(hit_ids).collect();
        if text.is_empty() {
            // Newest first: reverse insertion order.
            assert_eq!(all, ids.iter().rev().copied().collect::<Vec<_>>());
        } else {
            // The RANK_WINDOW (12 in tests) most recent matches are ranked; older ones follow,
            // newest first.
            assert_eq!(RANK_WINDOW, 12);
            let mut ranked = all[..12].to_vec();
            ranked.sort();
            assert_eq!(ranked, ids[13..].to_vec());
            assert_eq!(all[12..].to_vec(), ids[..13].iter().rev().copied().collect::<Vec<_>>());
        }
        all.sort();
        ids.sort();
        assert_eq!(all, ids, "pages cover every match once ({text:?})");
    }
    let big = r.search(&SearchQuery { text: "lighthouse", limit: 10_000, ..Default::default() }).expect("search");
    assert_eq!(big.hits.len(), 25);
    let zero = r.search(&SearchQuery { text: "lighthouse", limit: 0, ..Default::default() }).expect("search");
    assert_eq!(zero.hits.len(), 1, "limit clamped to at least 1");
    let deep = r.search(&SearchQuery { text: "lighthouse", offset: usize::MAX, ..text("") }).expect("search");
    assert_eq!((deep.total, deep.hits.len()), (25, 0));
    let deep = r.search(&SearchQuery { from: Some(0), offset: usize::MAX, ..text("") }).expect("search");
    assert_eq!((deep.total, deep.hits.len()), (25, 0));
}

#[test]
fn snippets_mark_matches_and_survive_marker_like_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let body = "Fishermen in the port said cod catches fell \u{E000}again\u{E001} this year, <b>and</b> the \
        ministry blamed warm water.";
    fill(&mut store, &[doc("Cod", body)]);
    let r = store.reader().search(&text("catches ministry")).expect("search");
    let snippet = &r.hits[0].snippet;
    let marked: Vec<&str> = snippet.iter().filter(|f| f.mark).map(|f| f.text.as_str()).collect();
    assert_eq!(marked, vec!["catches", "ministry"]);
    let whole: String = snippet.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(whole, body, "short body: the snippet is the whole text, marker-like code points kept");
    assert!(snippet.windows(2).all(|w| w[0].mark != w[1].mark), "adjacent pieces alternate");

    // Prefix and stem matches are marked as the words in the text.
    let r = store.reader().search(&text("fisherm* blame")).expect("search");
    let marked: Vec<&str> = r.hits[0].snippet.iter().filter(|f| f.mark).map(|f| f.text.as_str()).collect();
    assert_eq!(marked, vec!["Fishermen", "blamed"]);

    // A long body is cut around the match.
    let long = format!("{} The verdict came late. {}", "Filler words go here. ".repeat(50), "More filler. ".repeat(50));
    fill(&mut store, &[doc("Court", &long)]);
    let r = store.reader().search(&text("verdict")).expect("search");
    let snippet = &r.hits[0].snippet;
    let whole: String = snippet.iter().map(|f| f.text.as_str()).collect();
    assert!(whole.starts_with('…') && whole.ends_with('…'), "{whole}");
    assert!(whole.split_whitespace().count() <= SNIPPET_TOKENS + 2, "{whole}");
    assert_eq!(snippet.iter().filter(|f| f.mark).count(), 1);
}

#[test]
fn fragments_split_at_markers() {
    let f = fragments(b"a \xFFb\xFE c \xFF\xFE\xFFd\xFE");
    assert_eq!(
        f,
        vec![
            Fragment { text: "a ".into(), mark: false },
            Fragment { text: "b".into(), mark: true },
            Fragment { text: " c ".into(), mark: false },
            Fragment { text: "d".into(), mark: true },
        ]
    );
    assert!(fragments(b"").is_empty());
    assert_eq!(fragments("é".as_bytes())[0].text, "é");
}

#[test]
fn index_follows_inserts_updates_deletes_merges_and_duplicates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(
        &mut store,
        &[
            Doc { story: 1, ..doc("Volcano erupts", "Ash covered the island.") },
            Doc { story: 2, ..doc("Flights cancelled", "Ash closed the airport.") },
        ],
    );
    fts_integrity(&store);
    let story_of = |store: &Store, id: i64| {
        let r = store.reader().search(&text("ash")).expect("search");
        r.hits.iter().find(|h| h.article_id == id).map(|h| h.story_id)
    };
    assert_eq!(story_of(&store, ids[1]), Some(Some(2)));

    // A merge moves articles (an UPDATE of story_id): still found, with the new story.
    {
        let tx = store.transaction().expect("tx");
        tx.merge_stories(2, 1).expect("merge");
        tx.commit().expect("commit");
    }
    assert_eq!(story_of(&store, ids[1]), Some(Some(1)));
    fts_integrity(&store);

    // Placing in a story with a merge, through place_article.
    let more = fill(&mut store, &[Doc { story: 3, ..doc("Ash cloud drifts", "Ash reached the mainland.") }]);
    {
        let tx = store.transaction().expect("tx");
        let mut p = placement(1);
        p.merges = vec![Merge { from: 3, into: 1 }];
        tx.place_article(more[0], &p).expect("place");
        tx.commit().expect("commit");
    }
    assert_eq!(story_of(&store, more[0]), Some(Some(1)));
    fts_integrity(&store);

    // A duplicate is refused by the table; the index keeps one entry.
    {
        let tx = store.transaction().expect("tx");
        let a = article(&doc("Volcano erupts", "Ash covered the island."));
        let new = NewArticle {
            article: &a,
            content_key: a.content_key(),
            canonical_url: None,
            language: None,
            origin: "again",
            page_topic: None,
            signature: vec![],
        };
        assert!(tx.find_duplicate(&new.content_key, None).expect("lookup").is_some());
        assert!(tx.insert_article(&new).is_err(), "same content key");
        tx.commit().expect("commit");
    }
    assert_eq!(store.reader().search(&text("volcano")).expect("search").total, 1);
    fts_integrity(&store);

    // Text edits and deletes.
    store.conn.execute("UPDATE article SET body = 'Lava reached the sea.' WHERE id = ?1", [ids[0]]).expect("update");
    assert_eq!(ids_sorted(&store.reader().search(&text("ash")).expect("search")), vec![ids[1], more[0]]);
    assert_eq!(hit_ids(&store.reader().search(&text("lava")).expect("search")), vec![ids[0]]);
    store.conn.execute("DELETE FROM article WHERE id = ?1", [ids[1]]).expect("delete");
    assert_eq!(hit_ids(&store.reader().search(&text("airport")).expect("search")), Vec::<i64>::new());
    fts_integrity(&store);
}

#[test]
fn a_schema_2_store_migrates_and_is_searchable() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let ids = fill(&mut store, &[doc("Bridge reopens", "Traffic returned."), doc("Rail strike", "Trains stopped.")]);
    drop(store);
    // Take the store back to schema 2: what migration 3 added goes, and rows are stored the
    // way a schema-2 build did (no trigger).
    {
        let conn = rusqlite::Connection::open(dir.path().join(DB_FILE)).expect("raw open");
        conn.execute_batch(
            "DROP TRIGGER IF EXISTS article_fts_insert; DROP TRIGGER article_fts_delete; DROP TRIGGER article_fts_update;
             DROP TRIGGER IF EXISTS entity_copy_article; DROP TRIGGER IF EXISTS quote_copy_article;
             DROP TRIGGER article_story_to_facts; DROP TRIGGER article_published_to_facts;
             DROP TRIGGER IF EXISTS entity_stat_insert; DROP TRIGGER entity_stat_delete;
             DROP TABLE article_fts; DROP TABLE entity_stat; DROP TABLE entity_form;
             DROP INDEX article_published; DROP INDEX article_source_nocase;
             DROP INDEX entity_name_recent; DROP INDEX entity_name_story; DROP INDEX entity_name_article; DROP INDEX quote_speaker_recent;
             ALTER TABLE entity DROP COLUMN published; ALTER TABLE entity DROP COLUMN story_id;
             ALTER TABLE quote DROP COLUMN published;
             PRAGMA user_version = 2;
             INSERT INTO article (headline, body, content_key, origin, ingested_at, published, story_id)
                 VALUES ('Ferry delayed', 'Storm kept the ferry in port.', 'k-ferry', 'old', '2025-01-01', 100, 1);
             INSERT INTO entity (article_id, name, kind, mentions, count, data)
                 VALUES (last_insert_rowid(), 'Captain Haddock', 'person', '[\"Captain Haddock\",\"Haddock\"]', 2, '{}');
             INSERT INTO quote (article_id, text, speaker, kind, data)
                 SELECT article_id, 'Blistering barnacles', 'Haddock', 'direct',
                     '{\"text\":\"Blistering barnacles\",\"speaker\":\"Haddock\",\"kind\":\"direct\"}'
                 FROM entity WHERE name = 'Captain Haddock';",
        )
        .expect("downgrade");
    }
    let store = Store::open(dir.path()).expect("reopen migrates");
    let version: i64 = store.conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert_eq!(version, crate::schema::latest_version());
    let r = store.reader();
    assert_eq!(hit_ids(&r.search(&text("bridge")).expect("search")), vec![ids[0]]);
    assert_eq!(hit_ids(&r.search(&text("trains")).expect("search")), vec![ids[1]]);
    assert_eq!(r.search(&text("ferry storm")).expect("search").total, 1, "rows from before the index");
    let old = SearchQuery { entity: Some("captain haddock"), from: Some(100), ..text("ferry") };
    assert_eq!(r.search(&old).expect("search").total, 1, "entity rows from before get their article's date");
    let e = r.entity("Captain Haddock").expect("entity").expect("counted");
    assert_eq!((e.article_count, e.story_count, e.first_published), (1, 1, Some(100)));
    let quotes = r.entity_quotes("Captain Haddock", 5).expect("quotes");
    assert_eq!(quotes.len(), 1, "said by a form listed before the migration");
    assert_eq!(quotes[0].published, Some(100));
    assert_eq!(r.entity_stories("captain haddock", 5, 0).expect("stories").len(), 1);
    fts_integrity(&store);
}

#[test]
fn prefix_pages_get_snippets_in_one_pass() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let docs: Vec<Doc> = [
        "The harbourmaster closed the port.",
        "Nothing to see.",
        "A harbour wall collapsed overnight.",
        "Harbours along the coast reopened.",
    ]
    .iter()
    .enumerate()
    .map(|(i, b)| Doc { day: Some(i as i64), ..doc("News", b) })
    .collect();
    let ids = fill(&mut store, &docs);
    let r = store.reader().search(&text("harbo*")).expect("search");
    assert_eq!(ids_sorted(&r), vec![ids[0], ids[2], ids[3]]);
    for hit in &r.hits {
        let marked: Vec<&str> = hit.snippet.iter().filter(|f| f.mark).map(|f| f.text.as_str()).collect();
        assert_eq!(marked.len(), 1, "{hit:?}");
        assert!(marked[0].to_lowercase().starts_with("harbo"), "{hit:?}");
    }
    // Second page of one.
    let r = store.reader().search(&SearchQuery { limit: 2, offset: 2, ..text("harbo*") }).expect("search");
    assert_eq!((r.total, r.hits.len()), (3, 1));
    assert!(r.hits[0].snippet.iter().any(|f| f.mark));
}
