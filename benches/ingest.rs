//! Ingest throughput: `cargo bench --bench ingest`.
//!
//! Ingests `../shared/data/bbc-news-2004-2005.jsonl` (2,225 articles) into a fresh temporary
//! store through the production path (decode → JSONL parse → analysis → story engine →
//! SQLite, one transaction for the file) and reports wall time. Runs `ROUNDS` times (env
//! `STORYLINE_BENCH_ROUNDS`, default 5) and prints each round, the best and the median.

use std::path::PathBuf;
use std::time::Instant;

use storyline::pipeline::Pipeline;
use storyline_source::Options;

fn main() {
    let file = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/data/bbc-news-2004-2005.jsonl");
    if !file.exists() {
        println!("skipping: {} is absent", file.display());
        return;
    }
    let rounds: usize = std::env::var("STORYLINE_BENCH_ROUNDS").ok().and_then(|s| s.parse().ok()).unwrap_or(5);
    let opts = Options::new(chrono::Utc::now().fixed_offset());
    let mut times = Vec::new();
    for round in 1..=rounds {
        let dir = match tempfile::tempdir() {
            Ok(d) => d,
            Err(e) => {
                eprintln!("cannot create a temporary directory: {e}");
                std::process::exit(1);
            }
        };
        let started = Instant::now();
        let report = match Pipeline::open(dir.path()) {
            Ok(mut p) => {
                let r = p.ingest_file(&file, &opts);
                if let Err(e) = p.save() {
                    eprintln!("saving the engine: {e:#}");
                }
                r
            }
            Err(e) => {
                eprintln!("opening the store: {e:#}");
                std::process::exit(1);
            }
        };
        let secs = started.elapsed().as_secs_f64();
        println!(
            "round {round}: {} new, {} duplicate, {} rejected in {secs:.3} s ({:.0} articles/s)",
            report.new,
            report.duplicate,
            report.rejected,
            (report.new + report.duplicate) as f64 / secs
        );
        times.push(secs);
    }
    times.sort_by(f64::total_cmp);
    if let (Some(best), Some(median)) = (times.first(), times.get(times.len() / 2)) {
        println!("bbc-news-2004-2005.jsonl ingest: best {best:.3} s, median {median:.3} s over {rounds} rounds");
    }
}
