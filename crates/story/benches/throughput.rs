//! Throughput and memory of the story engine on a synthetic news stream.
//!
//! `cargo bench -p storyline-story --bench throughput [-- TOTAL [WINDOW]]`
//! (or `STORY_BENCH_TOTAL=1000000 STORY_BENCH_WINDOW=5000`). Defaults: 1,000,000 articles,
//! windows of 5,000.
//!
//! The stream: a Zipf background vocabulary of 50,000 synthetic words; events (stories) with
//! 10 specific words, two capitalised two-word names and a number, each reported by 1–6
//! articles (mean ≈ 2.5) published within a few days; 30 s between articles (≈ 1 year per
//! million). Articles are ~20-word headlines and ~130-word bodies. Text generation is not timed.
//!
//! Prints: articles/s with ~10k stories stored, articles/s at the end (TOTAL stored), the ratio,
//! index bytes per article, and the snapshot's size and save/load times.

use std::time::Instant;

use storyline_story::{Engine, Input};

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

const SYL: [&str; 20] = [
    "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "be", "da", "fu", "go", "ha", "ji", "ke", "la", "mo", "nu", "pe",
    "ri",
];

fn word(mut i: usize) -> String {
    let mut w = String::new();
    loop {
        w.push_str(SYL[i % 20]);
        i /= 20;
        if i == 0 {
            break;
        }
    }
    if w.len() < 4 {
        w.push_str("ta");
    }
    w
}

fn capital(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

struct Event {
    id: u64,
    words: Vec<String>,
    names: Vec<String>,
    number: u32,
    left: u32,
    time: i64,
}

struct Gen {
    rng: Rng,
    zipf: Vec<f64>,
    vocab: Vec<String>,
    active: Vec<Event>,
    time: i64,
    events: u64,
}

impl Gen {
    fn new() -> Gen {
        let n = 50_000;
        let mut zipf = Vec::with_capacity(n);
        let mut acc = 0.0;
        for r in 1..=n {
            acc += 1.0 / r as f64;
            zipf.push(acc);
        }
        let vocab = (0..n).map(word).collect();
        Gen { rng: Rng(0x9E37_79B9_7F4A_7C15), zipf, vocab, active: Vec::new(), time: 1_600_000_000, events: 0 }
    }

    fn background(&mut self) -> &str {
        let x = self.rng.unit() * self.zipf[self.zipf.len() - 1];
        let i = self.zipf.partition_point(|&c| c < x).min(self.vocab.len() - 1);
        &self.vocab[i]
    }

    fn new_event(&mut self) -> Event {
        let words = (0..10)
            .map(|_| {
                let i = 2_000 + self.rng.below(48_000);
                self.vocab[i].clone()
            })
            .collect();
        let names = (0..2)
            .map(|_| {
                let a = 1_000 + self.rng.below(49_000);
                let b = 1_000 + self.rng.below(49_000);
                format!("{} {}", capital(&self.vocab[a]), capital(&self.vocab[b]))
            })
            .collect();
        self.events += 1;
        Event {
            id: self.events,
            words,
            names,
            number: 10 + self.rng.below(5000) as u32,
            left: 1 + self.rng.below(4) as u32 + self.rng.below(3) as u32,
            time: self.time,
        }
    }

    /// One article: (headline, body, published, event id).
    fn article(&mut self) -> (String, String, i64, u64) {
        self.time += 30;
        // Pick an active event or start one.
        let now = self.time;
        self.active.retain(|e| e.left > 0 && now - e.time < 4 * 86_400);
        let idx = if self.active.is_empty() || self.rng.unit() < 0.4 {
            let e = self.new_event();
            self.active.push(e);
            self.active.len() - 1
        } else {
            self.rng.below(self.active.len())
        };
        let (words, names, number, event) = {
            let e = &mut self.active[idx];
            e.left -= 1;
            (e.words.clone(), e.names.clone(), e.number, e.id)
        };
        let mut headline = String::new();
        for k in 0..3 {
            headline.push_str(&words[self.rng.below(words.len())]);
            headline.push(' ');
            if k == 1 {
                headline.push_str(&names[0]);
                headline.push(' ');
            }
        }
        for _ in 0..10 {
            let w = self.background().to_string();
            headline.push_str(&w);
            headline.push(' ');
        }
        let mut body = String::new();
        for s in 0..10 {
            body.push_str(&names[s % 2]);
            body.push(' ');
            for _ in 0..12 {
                let r = self.rng.unit();
                let w =
                    if r < 0.22 { words[self.rng.below(words.len())].clone() } else { self.background().to_string() };
                body.push_str(&w);
                body.push(' ');
            }
            if s == 3 {
                body.push_str(&format!("{number} "));
            }
            body.push_str(". ");
        }
        (headline, body, self.time, event)
    }
}

/// CPU time of this thread in seconds (Linux `/proc/thread-self/schedstat`), if available:
/// the machine may be shared, so rates are reported per CPU second as well as per wall second.
fn cpu_seconds() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

/// Places the docs; returns (articles per wall second, articles per CPU second).
type Doc = (String, String, i64, u64);

/// Gold event and placed story per article key.
#[derive(Default)]
struct Labels {
    gold: Vec<u64>,
    story: Vec<u64>,
}

fn place_window(e: &mut Engine, docs: &[Doc], key: &mut u64, labels: &mut Labels) -> (f64, f64) {
    let mut placed = Vec::with_capacity(docs.len());
    let cpu0 = cpu_seconds();
    let start = Instant::now();
    for (h, b, t, _) in docs {
        *key += 1;
        let p = e.place(&Input {
            key: *key,
            headline: h,
            body: b,
            published: Some(*t),
            language: Some("eng"),
            ..Default::default()
        });
        placed.push(p.story);
    }
    let wall = start.elapsed().as_secs_f64();
    labels.gold.extend(docs.iter().map(|d| d.3));
    labels.story.extend(placed);
    let cpu = match (cpu0, cpu_seconds()) {
        (Some(a), Some(b)) if b > a => b - a,
        _ => wall,
    };
    (docs.len() as f64 / wall, docs.len() as f64 / cpu)
}

fn main() {
    let args: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.replace('_', "").parse().ok()).collect();
    let env = |k: &str| std::env::var(k).ok().and_then(|v| v.replace('_', "").parse().ok());
    let total: usize = args.first().copied().or_else(|| env("STORY_BENCH_TOTAL")).unwrap_or(1_000_000);
    let window: usize = args.get(1).copied().or_else(|| env("STORY_BENCH_WINDOW")).unwrap_or(5_000);
    let mut g = Gen::new();
    let mut e = Engine::new();
    let mut key = 0u64;
    let mut labels = Labels::default();
    let gen = |g: &mut Gen, n: usize| -> Vec<_> { (0..n).map(|_| g.article()).collect() };
    // Fill to ~10k stories.
    let fill_start = Instant::now();
    while e.stats().live_stories < 10_000 {
        let docs = gen(&mut g, 1_000);
        place_window(&mut e, &docs, &mut key, &mut labels);
    }
    let s = e.stats();
    let docs = gen(&mut g, window);
    let rate_10k = place_window(&mut e, &docs, &mut key, &mut labels);
    println!(
        "with {} stories ({} articles) stored: {:.0} articles/s wall, {:.0} articles/CPU-s",
        s.live_stories, s.articles, rate_10k.0, rate_10k.1
    );
    // Fill to TOTAL - window, then measure the last window.
    let mut last_report = Instant::now();
    while (key as usize) + window < total {
        let n = (total - window - key as usize).min(10_000);
        let docs = gen(&mut g, n);
        place_window(&mut e, &docs, &mut key, &mut labels);
        if last_report.elapsed().as_secs() >= 20 {
            eprintln!("  ... {key} articles");
            last_report = Instant::now();
        }
    }
    let s = e.stats();
    let docs = gen(&mut g, window);
    let rate_end = place_window(&mut e, &docs, &mut key, &mut labels);
    let s_end = e.stats();
    println!(
        "with {} stories ({} articles) stored: {:.0} articles/s wall, {:.0} articles/CPU-s",
        s.live_stories, s.articles, rate_end.0, rate_end.1
    );
    println!(
        "slowdown per article (CPU): {:.2}x; total {:.1}s",
        rate_10k.1 / rate_end.1,
        fill_start.elapsed().as_secs_f64()
    );
    println!(
        "index: {} bytes for {} articles = {:.0} bytes/article ({} stories, {} topics, vocabulary {})",
        s_end.index_bytes,
        s_end.articles,
        s_end.index_bytes as f64 / s_end.articles as f64,
        s_end.live_stories,
        s_end.topics,
        s_end.vocabulary
    );
    let story: Vec<u64> = labels.story.iter().map(|&s| e.resolve(s).unwrap_or(s)).collect();
    let scores = storyline_story::eval::score_labels(&labels.gold, &story);
    println!("synthetic stories vs generated events: {scores}");
    let t = Instant::now();
    let mut buf = Vec::new();
    e.save(&mut buf).expect("save");
    let save_s = t.elapsed().as_secs_f64();
    let t = Instant::now();
    let loaded = Engine::load(&mut buf.as_slice()).expect("load");
    let load_s = t.elapsed().as_secs_f64();
    println!(
        "snapshot: {:.1} MB ({:.0} bytes/article), save {:.2}s, load {:.2}s",
        buf.len() as f64 / 1e6,
        buf.len() as f64 / s_end.articles as f64,
        save_s,
        load_s
    );
    assert_eq!(loaded.high_water(), e.high_water());
}
