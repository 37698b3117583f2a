//! Story and topic quality on the shared labelled data, engine run directly, in file order.
//!
//! `cargo bench -p storyline-story --bench quality [-- FILE.jsonl ...]`
//! Default files: ecbplus-dev, wikiref220, bbc-news-2004-2005 from `../shared/data`.
//!
//! Each file is run twice: *raw* (title and text as they are) and *prod* (as the pipeline feeds
//! the engine: title spaces collapsed, body lines trimmed into paragraphs, the detected language
//! and the facts stage's entity names). Story scores are also given per half of the gold topics
//! (topics ordered by label, alternately assigned to half A and half B), so a change tuned on one
//! half can be checked on the other.

use std::collections::BTreeMap;
use std::path::PathBuf;

use storyline_story::eval;
use storyline_story::harness::{self, Item, Prepared, Report};

fn prod(it: &Item) -> Prepared {
    let headline = it.title.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = it.text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n\n");
    let (headline, body) = if headline.is_empty() {
        let mut lines = body.split("\n\n");
        let first = lines.next().unwrap_or_default().to_string();
        let rest: Vec<&str> = lines.collect();
        if rest.is_empty() {
            (first.clone(), first)
        } else {
            (first, rest.join("\n\n"))
        }
    } else {
        (headline, body)
    };
    let language = storyline_analysis::language(&format!("{headline}\n{body}"));
    let entities = storyline_analysis::analyse(&headline, &body).entities.iter().map(|e| e.name.clone()).collect();
    Prepared { headline, body, language, entities }
}

fn label(v: &Option<serde_json::Value>) -> Option<String> {
    match v.as_ref()? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// Story B-cubed per half of the gold topics.
fn halves(items: &[Item], r: &Report) -> Option<String> {
    let mut topics: Vec<String> = items.iter().filter_map(|it| label(&it.topic)).collect();
    topics.sort_by_key(|t| (t.parse::<u64>().unwrap_or(u64::MAX), t.clone()));
    topics.dedup();
    let half: BTreeMap<&str, usize> = topics.iter().enumerate().map(|(i, t)| (t.as_str(), i % 2)).collect();
    let mut out = Vec::new();
    for h in 0..2 {
        let (mut gold, mut pred) = (BTreeMap::new(), BTreeMap::new());
        for it in items {
            let (Some(s), Some(t)) = (label(&it.story), label(&it.topic)) else { continue };
            if half.get(t.as_str()) != Some(&h) {
                continue;
            }
            gold.insert(it.id.clone(), s);
            pred.insert(it.id.clone(), r.predictions.get(&it.id)?.0);
        }
        if gold.is_empty() {
            return None;
        }
        let s = eval::score(&gold, &pred);
        out.push(format!(
            "{}: P {:.3} R {:.3} F1 {:.3}",
            ["A", "B"][h],
            s.bcubed.precision,
            s.bcubed.recall,
            s.bcubed.f1
        ));
    }
    Some(out.join(" | "))
}

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
        for mode in ["raw", "prod"] {
            let r = if mode == "raw" { harness::run(&items) } else { harness::run_prepared(&items, prod) };
            println!(
                "== {} [{mode}] ({} articles, {:.2}s, {:.0} articles/s, {} merges)",
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
                let _ = std::fs::write(PathBuf::from(&dir).join(format!("{name}.{mode}.tsv")), out);
                let mut out = String::new();
                for (it, p) in items.iter().zip(&r.placements) {
                    let (ns, nsim) = p.nearest.unwrap_or((0, 0.0));
                    out.push_str(&format!(
                        "{}\t{}\t{}\t{:.3}\t{}\t{:.3}\t{}\n",
                        it.id,
                        p.story,
                        p.new_story,
                        p.similarity,
                        ns,
                        nsim,
                        p.merges.iter().map(|m| format!("{}>{}", m.from, m.into)).collect::<Vec<_>>().join(",")
                    ));
                }
                let _ = std::fs::write(PathBuf::from(dir).join(format!("{name}.{mode}.placements.tsv")), out);
            }
            let titles: Vec<String> = r.topic_titles.iter().take(8).map(|(n, t)| format!("{t} ({n})")).collect();
            println!("   largest topics: {}", titles.join("; "));
            if let Some(s) = &r.stories {
                if s.gold_clusters > 1 {
                    println!("   stories: {s}");
                    if let Some(h) = halves(&items, &r) {
                        println!("   stories by topic half: {h}");
                    }
                }
            }
            if let Some(s) = &r.topics {
                println!("   topics:  {s}");
                if r.stories.as_ref().is_none_or(|s| s.gold_clusters <= 1) {
                    // No story labels: stories must at least not mix gold topics.
                    let gold: BTreeMap<&str, String> =
                        items.iter().filter_map(|it| Some((it.id.as_str(), label(&it.topic)?))).collect();
                    let pred: BTreeMap<&str, u64> =
                        items.iter().filter_map(|it| Some((it.id.as_str(), r.predictions.get(&it.id)?.0))).collect();
                    let p = eval::score(&gold, &pred).bcubed.precision;
                    println!("   story purity against gold topics (B-cubed precision): {p:.4}");
                }
            }
        }
    }
}
