//! Search and entity-read latency on a synthetic store.
//!
//! `cargo bench -p storyline-store --bench search`
//!
//! Builds (once; cached under $TMPDIR) a store of 100,000 generated articles through the store's
//! own write API: a vocabulary of 4,000 words drawn with a Zipf law, 3,000 entities (Zipf),
//! 60 outlets, dates over two years, stories of a few articles, quotes by the people named.
//! Then runs each kind of query many times and prints p50/p99.
//!
//! Environment: `SEARCH_BENCH_ARTICLES` (default 100000), `SEARCH_BENCH_RUNS` (default 100),
//! `SEARCH_BENCH_REBUILD=1` to throw the cached store away, `SEARCH_BENCH_TOKENIZERS=1` to also
//! compare the index with and without Porter stemming.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use storyline_analysis::{Entity, Facts, Quote};
use storyline_article::Article;
use storyline_store::{NewArticle, SearchQuery, Store};
use storyline_story::Placement;

/// 2024-01-01T00:00:00Z
const T0: i64 = 1_704_067_200;
const SPAN: i64 = 730 * 86_400;
const VOCAB: usize = 4_000;
const ENTITIES: usize = 3_000;
const SOURCES: usize = 60;
/// Bump when the generator changes, so an old cached store is not reused.
const GENERATOR: u32 = 3;

/// SplitMix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Draws ranks 0..n with probability proportional to 1/(rank+1)^s.
struct Zipf(Vec<f64>);

impl Zipf {
    fn new(n: usize, s: f64) -> Zipf {
        let mut acc = 0.0;
        Zipf(
            (1..=n)
                .map(|r| {
                    acc += 1.0 / (r as f64).powf(s);
                    acc
                })
                .collect(),
        )
    }
    fn draw(&self, rng: &mut Rng) -> usize {
        let total = self.0.last().copied().unwrap_or(1.0);
        let x = rng.unit() * total;
        self.0.partition_point(|&c| c < x).min(self.0.len() - 1)
    }
}

const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "said", "on", "for", "that", "is", "was", "with", "by", "at", "it", "as",
    "from", "he", "has", "have", "be", "are", "his", "an", "not", "after", "but", "they", "were", "this", "will",
    "who", "had", "been", "their", "which", "its", "would", "more",
];

/// Pseudo-words: function words first (the Zipf head), then made-up stems of 2-4 syllables.
fn vocabulary(rng: &mut Rng) -> Vec<String> {
    const ONSETS: &[&str] = &[
        "b", "br", "c", "ch", "d", "dr", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr", "qu", "r", "s",
        "sh", "st", "t", "tr", "v", "w", "z",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u", "ai", "ea", "io", "ou"];
    const CODAS: &[&str] = &["", "", "n", "r", "s", "t", "l", "nd", "st", "m", "ck"];
    const SUFFIXES: &[&str] = &["", "", "", "s", "ed", "ing", "ion", "er", "ment", "ly", "ity"];
    let mut words: Vec<String> = FUNCTION_WORDS.iter().map(|w| w.to_string()).collect();
    let mut seen: std::collections::HashSet<String> = words.iter().cloned().collect();
    while words.len() < VOCAB {
        let syllables = 2 + rng.below(3);
        let mut w = String::new();
        for _ in 0..syllables {
            w.push_str(ONSETS[rng.below(ONSETS.len())]);
            w.push_str(VOWELS[rng.below(VOWELS.len())]);
        }
        w.push_str(CODAS[rng.below(CODAS.len())]);
        w.push_str(SUFFIXES[rng.below(SUFFIXES.len())]);
        if seen.insert(w.clone()) {
            words.push(w);
        }
    }
    words
}

fn capitalised(w: &str) -> String {
    let mut cs = w.chars();
    cs.next().map(|f| f.to_uppercase().chain(cs).collect()).unwrap_or_default()
}

struct World {
    words: Vec<String>,
    word_zipf: Zipf,
    /// (name, kind, short form)
    entities: Vec<(String, &'static str, String)>,
    entity_zipf: Zipf,
    sources: Vec<String>,
    source_zipf: Zipf,
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let words = vocabulary(rng);
        let names: Vec<String> = words[FUNCTION_WORDS.len()..].iter().map(|w| capitalised(w)).collect();
        let mut entities = Vec::new();
        let mut seen = std::collections::HashSet::new();
        while entities.len() < ENTITIES {
            let kind = ["person", "person", "org", "place", "group"][rng.below(5)];
            let (name, short) = match kind {
                "person" => {
                    let last = names[rng.below(names.len())].clone();
                    (format!("{} {}", names[rng.below(names.len())], last), last)
                }
                "org" => {
                    let n = format!(
                        "{} {}",
                        names[rng.below(names.len())],
                        ["Ministry", "Council", "Bank", "Party"][rng.below(4)]
                    );
                    (n.clone(), n)
                }
                "place" => {
                    let n = names[rng.below(names.len())].clone();
                    (n.clone(), n)
                }
                _ => {
                    let n = format!("{} officials", names[rng.below(names.len())]);
                    (n.clone(), n)
                }
            };
            if seen.insert(name.to_lowercase()) {
                entities.push((name, kind, short));
            }
        }
        let sources = (0..SOURCES).map(|i| format!("{} News {i}", names[i * 7])).collect();
        World {
            words,
            word_zipf: Zipf::new(VOCAB, 1.0),
            entities,
            entity_zipf: Zipf::new(ENTITIES, 1.0),
            sources,
            source_zipf: Zipf::new(SOURCES, 0.8),
        }
    }

    fn sentence(&self, rng: &mut Rng, len: usize) -> String {
        let mut s: Vec<String> = (0..len).map(|_| self.words[self.word_zipf.draw(rng)].clone()).collect();
        s[0] = capitalised(&s[0]);
        s.join(" ")
    }
}

fn build(dir: &Path, n: usize) -> Duration {
    let start = Instant::now();
    let mut rng = Rng(42);
    let world = World::new(&mut rng);
    let mut store = Store::open(dir).expect("open bench store");
    let mut story_count: u64 = 0;
    let mut i = 0;
    while i < n {
        let tx = store.transaction().expect("tx");
        for _ in 0..1_000.min(n - i) {
            let published = T0 + (i as i64 * SPAN) / n as i64 + rng.below(43_200) as i64;
            let picked: Vec<usize> = {
                let mut v: Vec<usize> = (0..2 + rng.below(7)).map(|_| world.entity_zipf.draw(&mut rng)).collect();
                v.sort_unstable();
                v.dedup();
                v
            };
            let mut body = Vec::new();
            let sentences = 8 + rng.below(20);
            let mut quotes = Vec::new();
            for k in 0..sentences {
                let len = 8 + rng.below(13);
                let mut s = world.sentence(&mut rng, len);
                if k % 4 == 1 {
                    let e = &world.entities[picked[rng.below(picked.len())]];
                    s = format!("{s}, {} said", if k == 1 { &e.0 } else { &e.2 });
                    if e.1 == "person" && rng.below(2) == 0 {
                        let len = 6 + rng.below(10);
                        quotes.push(Quote {
                            text: world.sentence(&mut rng, len),
                            speaker: Some(e.2.clone()),
                            kind: "direct".into(),
                            ..Default::default()
                        });
                    }
                }
                body.push(format!("{s}."));
            }
            let len = 5 + rng.below(6);
            let headline = world.sentence(&mut rng, len);
            let article = Article {
                headline,
                body: body.join(" "),
                source: Some(world.sources[world.source_zipf.draw(&mut rng)].clone()),
                published: chrono::DateTime::from_timestamp(published, 0).map(|t| t.fixed_offset()),
                ..Default::default()
            };
            let new = NewArticle {
                article: &article,
                content_key: format!("bench-{i}"),
                canonical_url: None,
                language: Some("eng".into()),
                origin: "bench",
                page_topic: None,
                signature: vec![],
            };
            let id = tx.insert_article(&new).expect("insert");
            let facts = Facts {
                entities: picked
                    .iter()
                    .map(|&e| {
                        let (name, kind, short) = &world.entities[e];
                        Entity {
                            name: name.clone(),
                            kind: kind.to_string(),
                            mentions: if name == short {
                                vec![name.clone()]
                            } else {
                                vec![name.clone(), short.clone()]
                            },
                            count: 1 + rng.below(4),
                            ..Default::default()
                        }
                    })
                    .collect(),
                quotes,
                claims: vec![],
            };
            // A third of the articles start a story; the rest join one of the 200 newest.
            let story = if story_count == 0 || rng.below(3) == 0 {
                story_count += 1;
                story_count
            } else {
                story_count - rng.below(200.min(story_count as usize)) as u64
            };
            let placement = Placement {
                story,
                new_story: false,
                topic: (story % 2 == 0).then_some(story % 40),
                similarity: 0.5,
                shared: vec![],
                merges: vec![],
                nearest: None,
            };
            tx.place_article(id, &placement).expect("place");
            // The pipeline's order: placed, then its facts stored.
            tx.insert_facts(id, &facts).expect("facts");
            i += 1;
        }
        tx.commit().expect("commit");
        if i % 10_000 == 0 {
            eprintln!("  {i} articles, {:.0?}", start.elapsed());
        }
    }
    start.elapsed()
}

fn cached_store(n: usize) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("storyline-search-bench-g{GENERATOR}-s{}-{n}", storyline_store_schema()));
    let done = dir.join("complete");
    if std::env::var_os("SEARCH_BENCH_REBUILD").is_some() {
        let _ = std::fs::remove_dir_all(&dir);
    }
    if !done.exists() {
        let _ = std::fs::remove_dir_all(&dir);
        eprintln!("building a store of {n} articles in {} ...", dir.display());
        let took = build(&dir, n);
        eprintln!("built in {took:.1?}");
        std::fs::write(&done, format!("{took:?}\n")).expect("marker");
    } else {
        eprintln!("reusing {}", dir.display());
    }
    dir
}

/// Schema version of a fresh store (so a schema change rebuilds the cache).
fn storyline_store_schema() -> i64 {
    let dir = tempfile::tempdir().expect("tempdir");
    drop(Store::open(dir.path()).expect("open"));
    let conn = rusqlite::Connection::open(dir.path().join(storyline_store::DB_FILE)).expect("raw open");
    conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version")
}

/// An owned search request.
#[derive(Debug, Clone, Default)]
struct Spec {
    text: String,
    source: Option<String>,
    entity: Option<String>,
    from: Option<i64>,
    to: Option<i64>,
    offset: usize,
}

impl Spec {
    fn query(&self) -> SearchQuery<'_> {
        SearchQuery {
            text: &self.text,
            source: self.source.as_deref(),
            entity: self.entity.as_deref(),
            from: self.from,
            to: self.to,
            limit: 20,
            offset: self.offset,
        }
    }
}

struct Stats {
    name: String,
    times: Vec<Duration>,
    total: usize,
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let idx = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[idx.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2}", d.as_secs_f64() * 1e3)
}

fn report(stats: &[Stats]) {
    println!("{:<44} {:>9} {:>9} {:>9} {:>10}", "query", "p50 ms", "p99 ms", "max ms", "total");
    for s in stats {
        let mut t = s.times.clone();
        t.sort();
        println!(
            "{:<44} {:>9} {:>9} {:>9} {:>10}",
            s.name,
            ms(percentile(&t, 0.5)),
            ms(percentile(&t, 0.99)),
            ms(*t.last().unwrap_or(&Duration::ZERO)),
            s.total
        );
    }
}

fn main() {
    let n: usize = std::env::var("SEARCH_BENCH_ARTICLES").ok().and_then(|v| v.parse().ok()).unwrap_or(100_000);
    let runs: usize = std::env::var("SEARCH_BENCH_RUNS").ok().and_then(|v| v.parse().ok()).unwrap_or(100);
    let dir = cached_store(n);
    let store = Store::open(&dir).expect("open");
    let db = dir.join(storyline_store::DB_FILE);
    let conn = rusqlite::Connection::open(&db).expect("raw open");
    let size = |like: &str| -> f64 {
        conn.query_row("SELECT COALESCE(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?1", [like], |r| r.get::<_, i64>(0))
            .unwrap_or(0) as f64
            / 1e6
    };
    println!(
        "store: {n} articles, database {:.0} MB, of which FTS index {:.0} MB, article table {:.0} MB",
        size("%"),
        size("article_fts%"),
        size("article")
    );

    let world = World::new(&mut Rng(42));
    let w = |rank: usize| world.words[rank].clone();
    let source_top = world.sources[0].clone();
    let source_mid = world.sources[20].clone();
    let ent = |rank: usize| world.entities[rank].0.clone();
    let month = Some(T0 + SPAN / 2);
    let month_end = month.map(|m| m + 30 * 86_400);

    // Each kind cycles through ten texts of the same kind.
    let texts = |f: &dyn Fn(usize) -> String| -> Vec<Spec> {
        (0..10).map(|i| Spec { text: f(i), ..Spec::default() }).collect()
    };
    let with = |v: Vec<Spec>, f: &dyn Fn(Spec) -> Spec| v.into_iter().map(f).collect::<Vec<_>>();
    let rare = texts(&|i| w(VOCAB - 10 + i));
    let mid = texts(&|i| w(300 + i));
    let common = texts(&|i| w(i));
    let prefix6: Vec<Spec> = (200..300)
        .map(w)
        .filter(|x| x.len() > 7)
        .take(10)
        .map(|x| Spec { text: format!("{}*", &x[..6]), ..Spec::default() })
        .collect();
    let cases: Vec<(&str, Vec<Spec>)> = vec![
        ("rare word", rare.clone()),
        ("mid-frequency word", mid.clone()),
        ("common word (in most articles)", common.clone()),
        ("two words", texts(&|i| format!("{} {}", w(60 + i), w(500 + i)))),
        ("phrase", texts(&|i| format!("\"{} {}\"", w(40 + i), w(41 + i)))),
        ("prefix, 4 letters", texts(&|i| format!("{}*", &w(100 + i)[..4]))),
        ("prefix, 6 letters", prefix6),
        ("word -word", texts(&|i| format!("{} -{}", w(60 + i), w(70 + i)))),
        ("common word, offset 5000", with(common.clone(), &|q| Spec { offset: 5_000, ..q })),
        ("mid word + top source", with(mid.clone(), &|q| Spec { source: Some(source_top.clone()), ..q })),
        ("common word + mid source", with(common.clone(), &|q| Spec { source: Some(source_mid.clone()), ..q })),
        ("mid word + top entity", with(mid.clone(), &|q| Spec { entity: Some(ent(0)), ..q })),
        ("common word + mid entity", with(common.clone(), &|q| Spec { entity: Some(ent(100)), ..q })),
        ("common word + one month", with(common.clone(), &|q| Spec { from: month, to: month_end, ..q })),
        (
            "common word + all filters",
            with(common.clone(), &|q| Spec {
                source: Some(source_top.clone()),
                entity: Some(ent(0)),
                from: month,
                ..q
            }),
        ),
        ("filter only: top source", vec![Spec { source: Some(source_top.clone()), ..Spec::default() }]),
        ("filter only: top entity", vec![Spec { entity: Some(ent(0)), ..Spec::default() }]),
        (
            "filter only: one month, offset 1000",
            vec![Spec { from: month, to: month_end, offset: 1_000, ..Spec::default() }],
        ),
        (
            "filter only: top source, -word",
            vec![Spec { text: format!("-{}", w(0)), source: Some(source_top.clone()), ..Spec::default() }],
        ),
    ];
    let person = |rank: usize| -> String {
        world.entities.iter().skip(rank).find(|e| e.1 == "person").map(|e| e.0.clone()).unwrap_or_default()
    };

    let reader = store.reader();
    let mut stats = Vec::new();
    for (name, queries) in &cases {
        let mut s = Stats { name: name.to_string(), times: Vec::new(), total: 0 };
        // Warm-up (page cache, statement cache), then timed runs.
        for q in queries {
            reader.search(&q.query()).expect("search");
        }
        for i in 0..runs {
            let q = queries[i % queries.len()].query();
            let t = Instant::now();
            let r = reader.search(&q).expect("search");
            s.times.push(t.elapsed());
            s.total = s.total.max(r.total);
            assert!(r.hits.len() <= 20);
        }
        stats.push(s);
    }
    println!("\nsearch, {runs} runs per kind (total = largest total among the kind's queries):");
    report(&stats);

    let mut stats = Vec::new();
    let people = [("top", person(0)), ("rank ~100", person(100)), ("rank ~2000", person(2_000))];
    for (label, name) in &people {
        let mut a = Stats { name: format!("entity() {label}"), times: vec![], total: 0 };
        let mut b = Stats { name: format!("entity_stories(20) {label}"), times: vec![], total: 0 };
        let mut b2 = Stats { name: format!("entity_stories(20, offset 200) {label}"), times: vec![], total: 0 };
        let mut c = Stats { name: format!("entity_quotes(20) {label}"), times: vec![], total: 0 };
        reader.entity_quotes(name, 20).expect("warm");
        for _ in 0..runs {
            let t = Instant::now();
            let e = reader.entity(name).expect("entity");
            a.times.push(t.elapsed());
            a.total = e.map(|e| e.article_count as usize).unwrap_or(0);
            let t = Instant::now();
            b.total = reader.entity_stories(name, 20, 0).expect("stories").len();
            b.times.push(t.elapsed());
            let t = Instant::now();
            b2.total = reader.entity_stories(name, 20, 200).expect("stories").len();
            b2.times.push(t.elapsed());
            let t = Instant::now();
            c.total = reader.entity_quotes(name, 20).expect("quotes").len();
            c.times.push(t.elapsed());
        }
        stats.extend([a, b, b2, c]);
    }
    let mut top = Stats { name: "top_entities(20)".into(), times: vec![], total: 0 };
    for _ in 0..runs.min(20) {
        let t = Instant::now();
        top.total = reader.top_entities(20).expect("top").len();
        top.times.push(t.elapsed());
    }
    stats.push(top);
    println!("\nentity reads, {runs} runs each (total = article count for entity(), else rows returned):");
    report(&stats);

    if std::env::var_os("SEARCH_BENCH_TOKENIZERS").is_some() {
        compare_tokenizers(&conn, &cases[..8], runs);
    }
}

/// Build the same index without Porter stemming beside the real one and compare size and speed
/// of the plain ranked query.
fn compare_tokenizers(conn: &rusqlite::Connection, cases: &[(&str, Vec<Spec>)], runs: usize) {
    println!("\ntokenizer comparison (ranked query of all matches, no filters):");
    for (table, tokenize) in [
        ("bench_fts_porter", "porter unicode61 remove_diacritics 2"),
        ("bench_fts_plain", "unicode61 remove_diacritics 2"),
    ] {
        let t = Instant::now();
        conn.execute_batch(&format!(
            "DROP TABLE IF EXISTS {table};
             CREATE VIRTUAL TABLE {table} USING fts5(headline, body, content='article', content_rowid='id', tokenize='{tokenize}');
             INSERT INTO {table}({table}) VALUES ('rebuild');"
        ))
        .expect("build index");
        let built = t.elapsed();
        let size: i64 = conn
            .query_row("SELECT sum(pgsize) FROM dbstat WHERE name LIKE ?1", [format!("{table}%")], |r| r.get(0))
            .unwrap_or(0);
        println!("{tokenize}: built in {built:.1?}, {:.0} MB", size as f64 / 1e6);
        let sql = format!(
            "SELECT a.id FROM {table} f JOIN article a ON a.id = f.rowid WHERE {table} MATCH ?1
             ORDER BY bm25({table}, 4.0, 1.0), a.published DESC, a.id DESC"
        );
        let mut stmt = conn.prepare(&sql).expect("prepare");
        for (name, queries) in cases {
            // Plain words only (phrases and prefixes are not rewritten here).
            if queries.iter().any(|q| q.text.contains(['"', '*'])) {
                continue;
            }
            let mut times = vec![];
            let mut total = 0;
            for i in 0..runs {
                // Plain words only: the real parser's expression for these kinds.
                let text = queries[i % queries.len()].text.replace(['"', '*', '-'], " ");
                let expr = text.split_whitespace().map(|w| format!("\"{w}\"")).collect::<Vec<_>>().join(" AND ");
                let t = Instant::now();
                let n = stmt.query_map([&expr], |r| r.get::<_, i64>(0)).expect("query").count();
                times.push(t.elapsed());
                total = total.max(n);
            }
            times.sort();
            println!(
                "  {name:<40} p50 {:>8} ms  p99 {:>8} ms  matches {total}",
                ms(percentile(&times, 0.5)),
                ms(percentile(&times, 0.99))
            );
        }
        drop(stmt);
        conn.execute_batch(&format!("DROP TABLE {table};")).expect("drop");
    }
}
