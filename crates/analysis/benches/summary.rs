//! Latency of `summarize` on ECB+ stories (articles grouped by their `story` label), plus a
//! 500-article story, and a few sample summaries.
//! Run: `cargo bench -p storyline-analysis --bench summary` (`SUMMARY_SAMPLES=50` prints all stories).

use std::collections::BTreeMap;
use std::time::Instant;

use storyline_analysis::{summarize, SummaryInput};

const RUNS: usize = 20;

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

/// Median wall time of one call, in milliseconds.
fn time_call(input: &[SummaryInput], k: usize) -> f64 {
    let mut wall: Vec<f64> = (0..RUNS)
        .map(|_| {
            let t0 = Instant::now();
            let s = summarize(input, k);
            let w = t0.elapsed().as_secs_f64() * 1e3;
            std::hint::black_box(s);
            w
        })
        .collect();
    wall.sort_by(f64::total_cmp);
    percentile(&wall, 0.5)
}

/// CPU time of this process in seconds (Linux /proc; clock ticks assumed 100 Hz), so that a
/// figure means "one core" even when the machine is shared.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

/// (wall, CPU) milliseconds per call, over repeated calls for at least one second of wall time
/// (CPU ticks are 10 ms, so a long loop is needed).
fn sustained(input: &[SummaryInput], k: usize) -> (f64, Option<f64>) {
    let c0 = cpu_seconds();
    let t0 = Instant::now();
    let mut n = 0u32;
    while n < 5 || t0.elapsed().as_secs_f64() < 1.0 {
        std::hint::black_box(summarize(input, k));
        n += 1;
    }
    let wall = t0.elapsed().as_secs_f64() * 1e3 / f64::from(n);
    let cpu = match (c0, cpu_seconds()) {
        (Some(a), Some(b)) => Some((b - a) * 1e3 / f64::from(n)),
        _ => None,
    };
    (wall, cpu)
}

fn show(label: &str, (wall, cpu): (f64, Option<f64>)) {
    match cpu {
        Some(c) => println!("{label}: {wall:.3} ms wall, {c:.3} ms CPU per call"),
        None => println!("{label}: {wall:.3} ms wall per call"),
    }
}

fn main() {
    // SUMMARY_DATA=<file in shared/data, or an absolute path> and SUMMARY_GROUP=<label field> run on another corpus
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/");
    let file = std::env::var("SUMMARY_DATA").unwrap_or_else(|_| "ecbplus-dev.jsonl".to_string());
    let group = std::env::var("SUMMARY_GROUP").unwrap_or_else(|_| "story".to_string());
    let path = if file.starts_with('/') { file.clone() } else { format!("{dir}{file}") };
    let path = path.as_str();
    let Ok(text) = std::fs::read_to_string(path) else {
        println!("skipping summary bench: {path} not found");
        return;
    };
    let mut stories: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut all: Vec<(String, String)> = Vec::new();
    for l in text.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(l) else { continue };
        let t = v["title"].as_str().unwrap_or("").to_string();
        let b = v["text"].as_str().unwrap_or("").to_string();
        all.push((t.clone(), b.clone()));
        if let Some(s) = v[group.as_str()].as_str() {
            stories.entry(s.to_string()).or_default().push((t, b));
        }
    }
    if stories.is_empty() {
        println!("skipping summary bench: no `{group}` field in {path}");
        return;
    }
    // SUMMARY_PROFILE=n: only run the n-article mixed story in a loop (for perf)
    if let Some(n) = std::env::var("SUMMARY_PROFILE").ok().and_then(|v| v.parse::<usize>().ok()) {
        let input: Vec<SummaryInput> =
            all.iter().cycle().take(n).map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        show(&format!("{n}-article mixed story"), sustained(&input, 3));
        return;
    }
    let mut lat: Vec<f64> = Vec::new();
    let mut sizes: Vec<usize> = Vec::new();
    for arts in stories.values() {
        let input: Vec<SummaryInput> = arts.iter().map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        lat.push(time_call(&input, 3));
        sizes.push(arts.len());
    }
    lat.sort_by(f64::total_cmp);
    sizes.sort_unstable();
    // all stories once each, in a loop, for a CPU figure per story
    let inputs: Vec<Vec<SummaryInput>> = stories
        .values()
        .map(|arts| arts.iter().map(|(t, b)| SummaryInput { headline: t, body: b }).collect())
        .collect();
    let c0 = cpu_seconds();
    let t0 = Instant::now();
    let mut calls = 0u32;
    while calls < 1 || t0.elapsed().as_secs_f64() < 1.0 {
        for input in &inputs {
            std::hint::black_box(summarize(input, 3));
            calls += 1;
        }
    }
    let mean_wall = t0.elapsed().as_secs_f64() * 1e3 / f64::from(calls);
    let mean_cpu = c0.zip(cpu_seconds()).map(|(a, b)| (b - a) * 1e3 / f64::from(calls));
    println!(
        "{file} groups by `{group}`: {} (articles per story: min {}, median {}, max {})",
        stories.len(),
        sizes[0],
        sizes[sizes.len() / 2],
        sizes[sizes.len() - 1]
    );
    println!(
        "summarize(k=3) per story: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms (each story: median of {RUNS} runs)",
        percentile(&lat, 0.5),
        percentile(&lat, 0.99),
        lat[lat.len() - 1]
    );
    show("mean over all stories", (mean_wall, mean_cpu));

    // a 50-article story and a 500-article story built from the whole file (stress: many topics)
    for n in [50usize, 500] {
        let input: Vec<SummaryInput> =
            all.iter().cycle().take(n).map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        show(&format!("{n}-article mixed story"), sustained(&input, 3));
    }
    // the largest real story, grown to 50 articles by repeating them (wire-copy heavy)
    if let Some(arts) = stories.values().max_by_key(|a| a.len()) {
        let input: Vec<SummaryInput> =
            arts.iter().cycle().take(50).map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        show("50-article story (largest story, repeated)", sustained(&input, 3));
    }

    // SUMMARY_SAMPLES=n prints n stories' summaries (default 6)
    let samples = std::env::var("SUMMARY_SAMPLES").ok().and_then(|v| v.parse().ok()).unwrap_or(6);
    println!("\nsample summaries:");
    for (name, arts) in stories.iter().take(samples) {
        let input: Vec<SummaryInput> = arts.iter().map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        println!("[{name}] ({} articles)", arts.len());
        for s in summarize(&input, 3) {
            println!("  {:.2} #{:<2} {}", s.score, s.article, s.text);
        }
    }
}
