use storyline_analysis::{Entity, Facts, Quote};
use storyline_article::Article;
use storyline_story::Placement;

use crate::{NewArticle, Store};

/// 2026-01-01T00:00:00Z
const T0: i64 = 1_767_225_600;
const DAY: i64 = 86_400;

/// (name, kind, mentions)
type Ent<'a> = (&'a str, &'a str, &'a [&'a str]);
/// (speaker, text)
type Quo<'a> = (Option<&'a str>, &'a str);

/// Store one article on `day` in `story` with its entities and quotes; returns its id.
fn add(store: &mut Store, day: i64, story: u64, entities: &[Ent], quotes: &[Quo]) -> i64 {
    let a = Article {
        headline: format!("Article of day {day} in story {story}"),
        body: format!("Body {day} {story} {}", entities.len()),
        source: Some(format!("Outlet {}", day % 3)),
        published: chrono::DateTime::from_timestamp(T0 + day * DAY, 0).map(|t| t.fixed_offset()),
        ..Default::default()
    };
    let tx = store.transaction().expect("tx");
    let new = NewArticle {
        article: &a,
        content_key: format!("{day}-{story}-{}", entities.len() + quotes.len()),
        canonical_url: None,
        language: None,
        origin: "test",
        page_topic: None,
        signature: vec![],
    };
    let id = tx.insert_article(&new).expect("insert");
    let placement = Placement {
        story,
        new_story: false,
        topic: None,
        similarity: 1.0,
        shared: vec![],
        merges: vec![],
        nearest: None,
    };
    tx.place_article(id, &placement).expect("place");
    let facts = Facts {
        entities: entities
            .iter()
            .map(|(name, kind, mentions)| Entity {
                name: name.to_string(),
                kind: kind.to_string(),
                mentions: mentions.iter().map(|m| m.to_string()).collect(),
                count: mentions.len().max(1),
                ..Default::default()
            })
            .collect(),
        quotes: quotes
            .iter()
            .map(|(speaker, text)| Quote {
                text: text.to_string(),
                speaker: speaker.map(Into::into),
                kind: "direct".into(),
                ..Default::default()
            })
            .collect(),
        ..Default::default()
    };
    tx.insert_facts(id, &facts).expect("facts");
    tx.commit().expect("commit");
    id
}

const ZEL: Ent = ("Volodymyr Zelensky", "person", &["Volodymyr Zelensky", "Zelensky"]);
const UN: Ent = ("United Nations", "org", &["United Nations", "UN"]);
const KYIV: Ent = ("Kyiv", "place", &["Kyiv"]);

#[test]
fn summary_counts_articles_stories_and_dates() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    add(&mut store, 3, 1, &[ZEL, KYIV], &[]);
    add(&mut store, 5, 1, &[ZEL], &[]);
    add(&mut store, 9, 2, &[("volodymyr zelensky", "person", &["zelensky"]), UN], &[]);
    add(&mut store, 1, 3, &[UN], &[]);
    let r = store.reader();
    let e = r.entity("VOLODYMYR zelensky").expect("entity").expect("found");
    assert_eq!(e.name, "Volodymyr Zelensky", "the most frequent spelling");
    assert_eq!(e.kind, "person");
    assert_eq!((e.article_count, e.story_count), (3, 2));
    assert_eq!((e.first_published, e.last_published), (Some(T0 + 3 * DAY), Some(T0 + 9 * DAY)));
    assert!(r.entity("Zelensky").expect("entity").is_none(), "a mention is not the name");
    assert!(r.entity("").expect("entity").is_none());
    assert!(r.entity("' OR 1=1 --").expect("entity").is_none());

    let top = r.top_entities(10).expect("top");
    let names: Vec<(&str, i64)> = top.iter().map(|e| (e.name.as_str(), e.article_count)).collect();
    assert_eq!(names, vec![("Volodymyr Zelensky", 3), ("United Nations", 2), ("Kyiv", 1)]);
    assert_eq!(top[1].story_count, 2);
    assert_eq!(r.top_entities(1).expect("top").len(), 1);
}

#[test]
fn stories_mentioning_an_entity_most_recent_first() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    add(&mut store, 1, 10, &[KYIV], &[]);
    add(&mut store, 7, 10, &[], &[]); // story 10 is active until day 7
    add(&mut store, 4, 20, &[KYIV], &[]);
    add(&mut store, 5, 20, &[KYIV], &[]);
    add(&mut store, 2, 30, &[KYIV], &[]);
    add(&mut store, 9, 40, &[UN], &[]);
    let r = store.reader();
    let ids = |limit, offset| -> Vec<i64> {
        r.entity_stories("kyiv", limit, offset).expect("stories").iter().map(|s| s.id).collect()
    };
    assert_eq!(ids(10, 0), vec![10, 20, 30]);
    assert_eq!(ids(2, 0), vec![10, 20]);
    assert_eq!(ids(2, 2), vec![30]);
    assert_eq!(ids(10, 5), Vec::<i64>::new());
    let s = &r.entity_stories("Kyiv", 1, 0).expect("stories")[0];
    assert_eq!((s.article_count, s.last_published), (2, Some(T0 + 7 * DAY)));

    // After a merge the stories are the merged one.
    let tx = store.transaction().expect("tx");
    tx.merge_stories(30, 20).expect("merge");
    tx.commit().expect("commit");
    let got: Vec<i64> = store.reader().entity_stories("KYIV", 10, 0).expect("stories").iter().map(|s| s.id).collect();
    assert_eq!(got, vec![10, 20]);
}

#[test]
fn quotes_by_name_or_by_the_articles_mention() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let a = add(&mut store, 1, 1, &[ZEL], &[(Some("Zelensky"), "We will not give up."), (Some("Putin"), "No.")]);
    let b = add(&mut store, 3, 1, &[ZEL, UN], &[(Some("volodymyr zelensky"), "Help is coming.")]);
    // Same words in a later copy: listed once, from the newest article.
    let c = add(&mut store, 4, 2, &[ZEL], &[(Some("ZELENSKY"), "We will NOT give up!")]);
    // "Zelensky" speaks here but analysis did not link the entity to that form: not his.
    add(
        &mut store,
        5,
        3,
        &[("Volodymyr Zelensky", "person", &["Volodymyr Zelensky"])],
        &[(Some("Zelensky"), "Unlinked.")],
    );
    // His name as a speaker in an article that does not mention him as an entity: not counted.
    add(&mut store, 6, 4, &[KYIV], &[(Some("Volodymyr Zelensky"), "Elsewhere.")]);
    add(&mut store, 7, 5, &[UN], &[(Some("UN"), "Aid convoys resumed."), (None, "Anonymous.")]);

    let r = store.reader();
    let quotes = r.entity_quotes("Volodymyr Zelensky", 10).expect("quotes");
    let got: Vec<(i64, &str)> = quotes.iter().map(|q| (q.article_id, q.quote.text.as_str())).collect();
    assert_eq!(got, vec![(c, "We will NOT give up!"), (b, "Help is coming.")]);
    assert_eq!(quotes[0].published, Some(T0 + 4 * DAY));
    assert_eq!(quotes[0].source.as_deref(), Some("Outlet 1"));
    assert_eq!(r.entity_quotes("volodymyr zelensky", 1).expect("quotes").len(), 1);
    assert_eq!(r.entity_quotes("volodymyr zelensky", 0).expect("quotes").len(), 0);
    let un: Vec<String> =
        r.entity_quotes("united nations", 10).expect("quotes").into_iter().map(|q| q.quote.text).collect();
    assert_eq!(un, vec!["Aid convoys resumed."]);
    assert!(r.entity_quotes("Nobody", 10).expect("quotes").is_empty());
    let _ = a;
}

#[test]
fn stories_of_a_rare_entity_sorted_by_story_recency() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    // Many stories without the entity: the entity's few are fetched and sorted, not walked.
    for s in 100..140 {
        add(&mut store, s, s as u64, &[UN], &[]);
    }
    add(&mut store, 1, 10, &[KYIV], &[]);
    add(&mut store, 7, 10, &[], &[]);
    add(&mut store, 4, 20, &[KYIV], &[]);
    add(&mut store, 2, 30, &[KYIV], &[]);
    let r = store.reader();
    let ids: Vec<i64> = r.entity_stories("Kyiv", 10, 0).expect("stories").iter().map(|s| s.id).collect();
    assert_eq!(ids, vec![10, 20, 30]);
    let ids: Vec<i64> = r.entity_stories("Kyiv", 1, 1).expect("stories").iter().map(|s| s.id).collect();
    assert_eq!(ids, vec![20]);
    // And the walk for a dense one.
    let un = r.entity_stories("United Nations", 3, 2).expect("stories");
    assert_eq!(un.iter().map(|s| s.id).collect::<Vec<_>>(), vec![137, 136, 135]);
}

/// The copies kept by triggers equal what a join computes now.
fn assert_copies_consistent(store: &Store) {
    let bad: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM entity e JOIN article a ON a.id = e.article_id
             WHERE e.published IS NOT a.published OR e.story_id IS NOT a.story_id",
            [],
            |r| r.get(0),
        )
        .expect("entity copies");
    assert_eq!(bad, 0, "entity rows carry their article's date and story");
    let bad: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM quote q JOIN article a ON a.id = q.article_id WHERE q.published IS NOT a.published",
            [],
            |r| r.get(0),
        )
        .expect("quote copies");
    assert_eq!(bad, 0, "quote rows carry their article's date");
    let bad: i64 = store
        .conn
        .query_row(
            "SELECT count(*) FROM (SELECT name COLLATE NOCASE AS k, count(*) AS n FROM entity GROUP BY k) c
             FULL JOIN entity_stat s ON s.name = c.k WHERE c.n IS NOT s.n",
            [],
            |r| r.get(0),
        )
        .expect("entity counts");
    assert_eq!(bad, 0, "entity_stat counts the entity rows of each name");
}

#[test]
fn trigger_kept_copies_follow_placement_merges_date_changes_and_deletes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path()).expect("open");
    let a = add(&mut store, 1, 1, &[ZEL, KYIV], &[(Some("Zelensky"), "One.")]);
    let b = add(&mut store, 2, 2, &[ZEL], &[(Some("Zelensky"), "Two.")]);
    assert_copies_consistent(&store);
    // Facts stored before the article is placed (another order than the pipeline's).
    {
        let art = Article { headline: "Early facts".into(), body: "x".into(), ..Default::default() };
        let tx = store.transaction().expect("tx");
        let new = NewArticle {
            article: &art,
            content_key: "early".into(),
            canonical_url: None,
            language: None,
            origin: "test",
            page_topic: None,
            signature: vec![],
        };
        let id = tx.insert_article(&new).expect("insert");
        let facts = Facts {
            entities: vec![Entity { name: "Kyiv".into(), kind: "place".into(), ..Default::default() }],
            ..Default::default()
        };
        tx.insert_facts(id, &facts).expect("facts");
        let placement = Placement {
            story: 3,
            new_story: true,
            topic: None,
            similarity: 1.0,
            shared: vec![],
            merges: vec![storyline_story::Merge { from: 2, into: 3 }],
            nearest: None,
        };
        tx.place_article(id, &placement).expect("place");
        tx.commit().expect("commit");
    }
    assert_copies_consistent(&store);
    let r = store.reader();
    assert_eq!(r.entity("Kyiv").expect("entity").expect("found").story_count, 2);
    let zel: Vec<i64> = r.entity_stories("Volodymyr Zelensky", 10, 0).expect("stories").iter().map(|s| s.id).collect();
    assert_eq!(zel, vec![3, 1], "story 2 was merged into 3");

    store.conn.execute("UPDATE article SET published = NULL WHERE id = ?1", [b]).expect("undate");
    assert_copies_consistent(&store);
    let quotes = store.reader().entity_quotes("Volodymyr Zelensky", 10).expect("quotes");
    assert_eq!(
        quotes.iter().map(|q| (q.article_id, q.published)).collect::<Vec<_>>(),
        vec![(a, Some(T0 + DAY)), (b, None)]
    );

    store.conn.execute("DELETE FROM article WHERE id = ?1", [a]).expect("delete");
    assert_copies_consistent(&store);
    let r = store.reader();
    assert_eq!(r.entity("Volodymyr Zelensky").expect("entity").expect("found").article_count, 1);
    assert!(r.entity_quotes("Volodymyr Zelensky", 10).expect("quotes").iter().all(|q| q.article_id == b));
    let top: Vec<(String, i64)> =
        r.top_entities(5).expect("top").into_iter().map(|e| (e.name, e.article_count)).collect();
    assert_eq!(top, vec![("Kyiv".to_string(), 1), ("Volodymyr Zelensky".to_string(), 1)]);
}
