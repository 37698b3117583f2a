//! Throughput of `analyse` on the BBC corpus, plus a hostile 1 MB input.
//! Run: `cargo bench -p storyline-analysis --bench facts`

use std::time::Instant;

fn hostile() -> String {
    // ~1 MB: 10,000 quotation marks, unbalanced, nested, number-dense, no sentence ends
    let mut s = String::with_capacity(1_100_000);
    let mut i = 0u32;
    while s.len() < 1_000_000 {
        if i < 10_000 {
            s.push_str(if i.is_multiple_of(3) { " \"Quoted " } else { "\" said Smith, 45, " });
        }
        s.push_str(&format!(
            "{} {}% of £{}m, around {} people in Paris and Ukrainian officials said ",
            i,
            i % 97,
            i * 3,
            i % 1000
        ));
        i += 1;
    }
    s
}

/// CPU time of this process in seconds (Linux /proc; clock ticks assumed 100 Hz), so that the
/// figure means "one core" even when the machine is shared.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let utime: f64 = f.get(11)?.parse().ok()?;
    let stime: f64 = f.get(12)?.parse().ok()?;
    Some((utime + stime) / 100.0)
}

fn main() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/bbc-news-2004-2005.jsonl");
    match std::fs::read_to_string(path) {
        Err(_) => println!("skipping corpus bench: {path} not found"),
        Ok(text) => {
            let arts: Vec<(String, String)> = text
                .lines()
                .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
                .map(|v| (v["title"].as_str().unwrap_or("").to_string(), v["text"].as_str().unwrap_or("").to_string()))
                .collect();
            let bytes: usize = arts.iter().map(|a| a.1.len()).sum();
            // warm-up (lazy gazetteers)
            let _ = storyline_analysis::analyse(&arts[0].0, &arts[0].1);
            let mut best = f64::MAX;
            let mut best_cpu = f64::MAX;
            let mut counts = (0, 0, 0);
            for _ in 0..3 {
                let t0 = Instant::now();
                let c0 = cpu_seconds();
                counts = (0, 0, 0);
                for (h, b) in &arts {
                    let f = storyline_analysis::analyse(h, b);
                    counts.0 += f.entities.len();
                    counts.1 += f.quotes.len();
                    counts.2 += f.claims.len();
                }
                best = best.min(t0.elapsed().as_secs_f64());
                if let (Some(a), Some(b)) = (c0, cpu_seconds()) {
                    best_cpu = best_cpu.min(b - a);
                }
            }
            println!(
                "facts: {} articles ({:.1} MB) in {:.3} s = {:.0} articles/s, {:.1} MB/s (best of 3, one core); {} entities, {} quotes, {} claims",
                arts.len(),
                bytes as f64 / 1e6,
                best,
                arts.len() as f64 / best,
                bytes as f64 / 1e6 / best,
                counts.0,
                counts.1,
                counts.2
            );
            if best_cpu < f64::MAX && best_cpu > 0.0 {
                println!(
                    "facts (CPU time): {:.3} s = {:.0} articles/s per CPU-second",
                    best_cpu,
                    arts.len() as f64 / best_cpu
                );
            }
        }
    }
    let h = hostile();
    let t0 = Instant::now();
    let f = storyline_analysis::analyse("", &h);
    println!(
        "hostile: {:.1} MB, {} quote marks in {:.3} s -> {} entities, {} quotes, {} claims",
        h.len() as f64 / 1e6,
        h.matches('"').count(),
        t0.elapsed().as_secs_f64(),
        f.entities.len(),
        f.quotes.len(),
        f.claims.len()
    );
}
