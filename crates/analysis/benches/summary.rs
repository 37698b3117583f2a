//! Latency of `summarize` on ECB+ stories (articles grouped by their `story` label), plus a
//! 500-article story, and a few sample summaries.
//! Run: `cargo bench -p storyline-analysis --bench summary`

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

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/ecbplus-dev.jsonl");
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
        if let Some(s) = v["story"].as_str() {
            stories.entry(s.to_string()).or_default().push((t, b));
        }
    }
    if stories.is_empty() {
        println!("skipping summary bench: no `story` field in {path}");
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
    println!(
        "ECB+ stories: {} (articles per story: min {}, median {}, max {})",
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

    // a 50-article story and a 500-article story built from the whole file (stress: many topics)
    for n in [50usize, 500] {
        let input: Vec<SummaryInput> =
            all.iter().cycle().take(n).map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        println!("{n}-article mixed story: {:.3} ms", time_call(&input, 3));
    }
    // the largest real stories, grown to 50 articles by repeating them (wire-copy heavy)
    if let Some(arts) = stories.values().max_by_key(|a| a.len()) {
        let input: Vec<SummaryInput> =
            arts.iter().cycle().take(50).map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        println!("50-article story (largest story, repeated): {:.3} ms", time_call(&input, 3));
    }

    println!("\nsample summaries:");
    for (name, arts) in stories.iter().take(6) {
        let input: Vec<SummaryInput> = arts.iter().map(|(t, b)| SummaryInput { headline: t, body: b }).collect();
        println!("[{name}] ({} articles)", arts.len());
        for s in summarize(&input, 3) {
            println!("  {:.2} #{:<2} {}", s.score, s.article, s.text);
        }
    }
}
