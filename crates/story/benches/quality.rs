//! Story and topic quality on the shared labelled data, engine run directly, in file order.
//!
//! `cargo bench -p storyline-story --bench quality [-- FILE.jsonl ...]`
//! Default files: ecbplus-dev, wikiref220, bbc-news-2004-2005 from `../shared/data`.

use std::path::PathBuf;

use storyline_story::harness;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let files: Vec<PathBuf> = if args.is_empty() {
        let dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
        ["ecbplus-dev.jsonl", "wikiref220.jsonl", "bbc-news-2004-2005.jsonl"].iter().map(|f| dir.join(f)).collect()
    } else {
        args.iter().map(PathBuf::from).collect()
    };
    for f in files {
        let items = match harness::read_jsonl(&f) {
            Ok(items) => items,
            Err(e) => {
                println!("skip {}: {e}", f.display());
                continue;
            }
        };
        let r = harness::run(&items);
        println!(
            "== {} ({} articles, {:.2}s, {:.0} articles/s, {} merges)",
            f.display(),
            r.articles,
            r.seconds,
            r.articles as f64 / r.seconds.max(1e-9),
            r.merges
        );
        println!(
            "   predicted stories {} (largest {}), topics {} (largest {})",
            r.story_count, r.largest_story, r.topic_count, r.largest_topic
        );
        if let Ok(dir) = std::env::var("STORY_DUMP") {
            let name = f.file_stem().map(|s| s.to_string_lossy().to_string()).unwrap_or_default();
            let mut out = String::new();
            for (id, (s, t)) in &r.predictions {
                out.push_str(&format!("{id}\t{s}\t{t}\n"));
            }
            let _ = std::fs::write(PathBuf::from(&dir).join(format!("{name}.tsv")), out);
            let mut out = String::new();
            for (it, p) in items.iter().zip(&r.placements) {
                let (ns, nsim) = p.nearest.unwrap_or((0, 0.0));
                out.push_str(&format!(
                    "{}\t{}\t{}\t{:.3}\t{}\t{:.3}\n",
                    it.id, p.story, p.new_story, p.similarity, ns, nsim
                ));
            }
            let _ = std::fs::write(PathBuf::from(dir).join(format!("{name}.placements.tsv")), out);
        }
        let titles: Vec<String> = r.topic_titles.iter().take(8).map(|(n, t)| format!("{t} ({n})")).collect();
        println!("   largest topics: {}", titles.join("; "));
        if let Some(s) = &r.stories {
            println!("   stories: {s}");
        }
        if let Some(s) = &r.topics {
            println!("   topics:  {s}");
        }
    }
}
