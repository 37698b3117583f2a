//! Web app latency and memory with a large store: `cargo bench --bench serve`.
//!
//! 1. Builds (once; cached under `$TMPDIR/storyline-serve-bench-v1-N`) a store of N synthetic
//!    articles (`SERVE_BENCH_ARTICLES`, default 100,000) through the production ingest path, so
//!    stories, topics, entities, quotes and claims are what storyline itself makes of them. The
//!    generator writes original template text: events (a topic's stories) reported by many
//!    outlets with varied wording, quotes and numbers, over two years.
//! 2. Starts the real `storyline serve` on 127.0.0.1 (port chosen by the OS).
//! 3. Sends a fixed number of requests per route (`SERVE_BENCH_REQUESTS`, default 300), first
//!    from 1 client (latency) then from 4 concurrent clients (load; `SERVE_BENCH_CLIENTS=1,4`),
//!    loopback only, and prints p50/p99/max per route, then the server's peak
//!    resident memory (VmHWM).
//!
//! The request loop is bounded in count; nothing leaves 127.0.0.1.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use storyline::pipeline::Pipeline;
use storyline_source::Options;

#[path = "../tests/support/server.rs"]
#[allow(dead_code)] // the bench uses part of the shared support code
mod server;
use server::{get, Server};

const GENERATOR: u32 = 1;
const CLIENTS: usize = 4;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// 1 + a heavy-tailed count: most draws small, a few large (stories with hundreds of articles).
    fn heavy(&mut self, max: usize) -> usize {
        let u = (self.next() % 1_000_000) as f64 / 1_000_000.0;
        ((1.0 / (1.0 - u * 0.999)).powf(1.1) as usize).clamp(1, max)
    }
}

const SYLLABLES: &[&str] = &[
    "ka", "lo", "ren", "mar", "vi", "sto", "bel", "dra", "no", "tam", "shi", "gor", "el", "un", "pra", "zel", "ko",
    "ria", "mon", "tes", "har", "lin", "ova", "bri", "sek", "dun", "ami", "rho", "cas", "tor",
];

fn name(rng: &mut Rng, parts: usize) -> String {
    let mut s: String = (0..parts).map(|_| *rng.pick(SYLLABLES)).collect();
    if let Some(first) = s.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    s
}

const THEMES: &[(&str, &str, &str)] = &[
    ("peace talks", "talks", "delegations"),
    ("trade dispute", "tariffs", "exporters"),
    ("floods", "flooding", "residents"),
    ("election", "vote", "voters"),
    ("strike", "walkout", "workers"),
    ("energy crisis", "power cuts", "households"),
    ("wildfires", "fires", "firefighters"),
    ("court case", "trial", "lawyers"),
    ("port expansion", "construction", "dockers"),
    ("rail dispute", "rail services", "commuters"),
];

const FILLER: &[&str] = &[
    "Officials gave few details about the next steps and said more would be known later in the week.",
    "The announcement came after several days of meetings behind closed doors.",
    "Local media reported long queues and crowded roads in the centre of the city.",
    "Analysts said the outcome would depend on decisions taken in the coming months.",
    "Opposition politicians criticised the handling of the situation and called for an inquiry.",
    "Business groups warned that uncertainty was already weighing on investment.",
    "The government said it would publish a full report before the end of the year.",
    "Residents said they had been given little warning and were still waiting for help.",
    "Observers noted that similar efforts had failed in the past.",
    "A spokesperson declined to comment on the reports.",
];

struct Event {
    topic: String,
    place: String,
    person: String,
    org: String,
    group: String,
    theme: usize,
    day: i64,
    count: usize,
    number: usize,
}

fn article_line(rng: &mut Rng, e: &Event, n: usize, sources: &[String]) -> String {
    let (theme, noun, people) = THEMES[e.theme];
    let source = rng.pick(sources).clone();
    let verbs = ["says", "warns", "confirms", "announces", "rejects", "welcomes"];
    let headline = match rng.below(4) {
        0 => format!("{} {} {} in {}", e.person, rng.pick(&verbs), theme, e.place),
        1 => format!("{} {}: {} {} new measures", e.place, theme, e.org, rng.pick(&verbs)),
        2 => format!("{} over {} in {} as {} wait", e.org, noun, e.place, people),
        _ => format!("{} in {}: what we know so far ({n})", capitalise(theme), e.place),
    };
    let number = e.number + rng.below(3) * 10;
    let mut sentences = vec![
        format!(
            "The {theme} in {} entered a new phase on {} as {} met {} from the {}.",
            e.place,
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][rng.below(5)],
            e.person,
            people,
            e.org
        ),
        format!("“We will not accept a solution that ignores the {people},” {} said.", e.person),
        format!("{} said about {number} {people} had been affected by the {noun} so far.", e.group),
        format!("The {} said more than {} {people} were involved, a figure others disputed.", e.org, number / 2 + 5),
    ];
    for _ in 0..3 + rng.below(5) {
        sentences.push(rng.pick(FILLER).to_string());
    }
    // Vary the order after the lead so articles are not copies of each other.
    for i in (2..sentences.len()).rev() {
        let j = 1 + rng.below(i);
        sentences.swap(i, j);
    }
    let published = chrono::DateTime::from_timestamp(e.day + (rng.below(72 * 3600)) as i64, 0)
        .map(|d| d.to_rfc3339())
        .unwrap_or_default();
    serde_json::json!({
        "title": headline,
        "text": sentences.join("\n"),
        "source": source,
        "published": published,
        "url": format!("https://{}.example/{}/{n}", source.to_lowercase().replace(' ', "-"), e.day),
    })
    .to_string()
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

/// JSONL files of about `n` articles, 5,000 per file.
fn generate(dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut rng = Rng(0x5eed_1234);
    let sources: Vec<String> = (0..60)
        .map(|_| format!("{} {}", name(&mut rng, 2), ["Times", "Post", "News", "Herald"][rng.below(4)]))
        .collect();
    let start = 1_700_000_000i64;
    let mut events = Vec::new();
    let mut total = 0;
    while total < n {
        let place = name(&mut rng, 2);
        let theme = rng.below(THEMES.len());
        let topic = format!("{} {}", place, THEMES[theme].0);
        let day0 = start + rng.below(700) as i64 * 86_400;
        for k in 0..rng.heavy(60) {
            let count = rng.heavy(400).min(n - total);
            if count == 0 {
                break;
            }
            total += count;
            events.push(Event {
                topic: topic.clone(),
                place: place.clone(),
                person: format!("{} {}", name(&mut rng, 2), name(&mut rng, 3)),
                org: format!("{} {}", name(&mut rng, 2), ["Ministry", "Council", "Union", "Authority"][rng.below(4)]),
                group: format!("{} officials", name(&mut rng, 2)),
                theme,
                day: day0 + k as i64 * 86_400 * (1 + rng.below(6) as i64),
                count,
                number: 20 + rng.below(400),
            });
        }
    }
    let mut lines: Vec<(i64, String)> = Vec::with_capacity(total);
    for (i, e) in events.iter().enumerate() {
        let _ = &e.topic;
        for a in 0..e.count {
            lines.push((e.day, article_line(&mut rng, e, i * 1000 + a, &sources)));
        }
    }
    // Arrival roughly in publication order, as a live feed would deliver them.
    lines.sort_by_key(|(day, _)| *day);
    let mut files = Vec::new();
    for (i, chunk) in lines.chunks(5_000).enumerate() {
        let path = dir.join(format!("articles-{i:03}.jsonl"));
        let text: Vec<&str> = chunk.iter().map(|(_, l)| l.as_str()).collect();
        std::fs::write(&path, text.join("\n") + "\n").expect("write generated articles");
        files.push(path);
    }
    files
}

fn build_store(n: usize) -> PathBuf {
    let root = std::env::temp_dir().join(format!("storyline-serve-bench-v{GENERATOR}-{n}"));
    let data = root.join("data");
    let done = root.join("complete");
    if done.exists() {
        eprintln!("reusing the store in {}", data.display());
        return data;
    }
    let _ = std::fs::remove_dir_all(&root);
    std::fs::create_dir_all(&root).expect("bench dir");
    let files = generate(&root, n);
    eprintln!("ingesting {n} generated articles into {} ...", data.display());
    let started = Instant::now();
    let mut pipeline = Pipeline::open(&data).expect("open store");
    let opts = Options::new(chrono::Utc::now().fixed_offset());
    let mut stored = 0;
    for f in &files {
        let r = pipeline.ingest_file(f, &opts);
        stored += r.new;
        eprintln!(
            "  {} new, {} duplicate, {} rejected ({stored} stored, {:.0?})",
            r.new,
            r.duplicate,
            r.rejected,
            started.elapsed()
        );
    }
    pipeline.save().expect("save engine");
    drop(pipeline);
    std::fs::write(&done, format!("{stored} articles in {:?}\n", started.elapsed())).expect("marker");
    data
}

fn json(addr: SocketAddr, path: &str) -> serde_json::Value {
    let (status, body) = get(addr, path);
    assert_eq!(status, 200, "{path}: {body}");
    serde_json::from_str(&body).expect("json")
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 * p).ceil() as usize).saturating_sub(1).min(sorted.len() - 1)]
}

fn vm_kib(pid: u32, key: &str) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with(key))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// Send `per_route` requests to each route from `clients` threads; print a table.
fn load(addr: SocketAddr, routes: &[(&str, Vec<String>)], per_route: usize, clients: usize) {
    let mut results: BTreeMap<usize, (String, Vec<Duration>, usize, Duration)> = BTreeMap::new();
    for (i, (name, paths)) in routes.iter().enumerate() {
        let paths = Arc::new(paths.clone());
        let times = Arc::new(Mutex::new(Vec::with_capacity(per_route)));
        let errors = Arc::new(Mutex::new(0usize));
        let started = Instant::now();
        let handles: Vec<_> = (0..clients)
            .map(|c| {
                let (paths, times, errors) = (paths.clone(), times.clone(), errors.clone());
                std::thread::spawn(move || {
                    for k in (c..per_route).step_by(clients) {
                        let path = &paths[k % paths.len()];
                        let t = Instant::now();
                        let (status, _) = get(addr, path);
                        let took = t.elapsed();
                        if status != 200 {
                            if let Ok(mut e) = errors.lock() {
                                *e += 1;
                            }
                        }
                        if let Ok(mut v) = times.lock() {
                            v.push(took);
                        }
                    }
                })
            })
            .collect();
        for h in handles {
            let _ = h.join();
        }
        let wall = started.elapsed();
        let mut times = times.lock().map(|v| v.clone()).unwrap_or_default();
        times.sort();
        let errors = errors.lock().map(|e| *e).unwrap_or(0);
        results.insert(i, (name.to_string(), times, errors, wall));
    }
    println!("\n{per_route} requests per route, {clients} concurrent client(s), loopback\n");
    println!("| route | p50 ms | p99 ms | max ms | requests/s | non-200 |");
    println!("|---|---|---|---|---|---|");
    for (name, times, errors, wall) in results.values() {
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "| {name} | {:.1} | {:.1} | {:.1} | {:.0} | {errors} |",
            ms(percentile(times, 0.50)),
            ms(percentile(times, 0.99)),
            ms(*times.last().unwrap_or(&Duration::ZERO)),
            times.len() as f64 / wall.as_secs_f64()
        );
    }
}

fn main() {
    let n: usize = std::env::var("SERVE_BENCH_ARTICLES").ok().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let per_route: usize = std::env::var("SERVE_BENCH_REQUESTS").ok().and_then(|s| s.parse().ok()).unwrap_or(300);
    let data = build_store(n);
    let server = Server::start(&data, None);
    let addr = server.addr;
    let home = json(addr, "/api/v1/home");
    println!(
        "store: {} articles, {} stories, {} topics",
        home["counts"]["articles"], home["counts"]["stories"], home["counts"]["topics"]
    );

    // Targets: topics from the whole list, their stories (large and small), entities, searches.
    let mut topics = Vec::new();
    for page in 1..=4 {
        let list = json(addr, &format!("/api/v1/topics?page={page}"));
        topics.extend(list["topics"].as_array().into_iter().flatten().filter_map(|t| t["id"].as_i64()));
    }
    let mut stories = Vec::new();
    let mut biggest = (0, 0);
    for t in topics.iter().take(40) {
        let view = json(addr, &format!("/api/v1/topics/{t}"));
        for s in view["stories"].as_array().into_iter().flatten() {
            let (id, count) = (s["id"].as_i64().unwrap_or(0), s["article_count"].as_i64().unwrap_or(0));
            stories.push(id);
            if count > biggest.1 {
                biggest = (id, count);
            }
        }
    }
    let entities: Vec<String> = home["entities"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["href"].as_str().map(str::to_string))
        .collect();
    println!(
        "targets: {} topics, {} stories (largest s{} with {} articles), {} entities",
        topics.len(),
        stories.len(),
        biggest.0,
        biggest.1,
        entities.len()
    );
    let searches = [
        "/search?q=talks",
        "/search?q=officials%20affected",
        "/search?q=%22new%20phase%22",
        "/search?q=flood*",
        "/search?q=walkout&from=2024-01-01&to=2024-12-31",
        "/search?q=ministry&page=5",
    ];
    let mut routes: Vec<(&str, Vec<String>)> = vec![
        ("home /", vec!["/".to_string()]),
        ("topic /topics/{id}", topics.iter().map(|t| format!("/topics/{t}")).collect()),
        ("topic page 3 /topics/{id}?page=3", topics.iter().take(10).map(|t| format!("/topics/{t}?page=3")).collect()),
        ("story /stories/{id}", stories.iter().map(|s| format!("/stories/{s}")).collect()),
        ("largest story", vec![format!("/stories/{}", biggest.0)]),
        ("story API /api/v1/stories/{id}", stories.iter().map(|s| format!("/api/v1/stories/{s}")).collect()),
        ("entity /entities/{name}", entities.clone()),
        ("search /search?q=…", searches.iter().map(|s| s.to_string()).collect()),
        ("story feed", stories.iter().take(50).map(|s| format!("/stories/{s}/feed.atom")).collect()),
    ];
    routes.retain(|(_, paths)| !paths.is_empty());

    // Warm up: open the server's read connections and touch each route once.
    for (_, paths) in &routes {
        for p in paths.iter().take(3) {
            get(addr, p);
        }
    }
    let clients: Vec<usize> = std::env::var("SERVE_BENCH_CLIENTS")
        .ok()
        .map(|s| s.split(',').filter_map(|c| c.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, CLIENTS]);
    for &c in &clients {
        load(addr, &routes, per_route, c);
    }
    let pid = server.child.id();
    let hwm = vm_kib(pid, "VmHWM:").unwrap_or(0);
    let rss = vm_kib(pid, "VmRSS:").unwrap_or(0);
    println!("\nserver memory: peak RSS (VmHWM) {:.0} MB, RSS now {:.0} MB", hwm as f64 / 1024.0, rss as f64 / 1024.0);
    let db = std::fs::metadata(data.join("storyline.db")).map(|m| m.len()).unwrap_or(0);
    println!("database: {:.0} MB", db as f64 / 1_048_576.0);
}
