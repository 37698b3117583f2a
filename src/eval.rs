//! `storyline eval`: quality measured with the production code paths.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde::Serialize;
use storyline_article::Document;
use storyline_source::{jsonl, Options};

use crate::pipeline::{ArticleOutcome, Pipeline};

/// Scores of one clustering against gold labels.
#[derive(Debug, Clone, Serialize)]
pub struct Scores {
    pub pairwise_precision: f64,
    pub pairwise_recall: f64,
    pub pairwise_f1: f64,
    pub bcubed_precision: f64,
    pub bcubed_recall: f64,
    pub bcubed_f1: f64,
    pub gold_clusters: usize,
    pub predicted_clusters: usize,
}

/// Result of `storyline eval clusters`.
#[derive(Debug, Clone, Serialize)]
pub struct ClusterReport {
    pub file: String,
    pub articles: usize,
    pub stories: Scores,
    pub topics: Option<Scores>,
    pub articles_per_second: f64,
}

impl fmt::Display for ClusterReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}: {} articles, {:.0} articles/s", self.file, self.articles, self.articles_per_second)?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Scores| {
            writeln!(
                f,
                "{name:<8} B-cubed P {:.3} R {:.3} F1 {:.3} | pairwise P {:.3} R {:.3} F1 {:.3} | clusters gold {} predicted {}",
                s.bcubed_precision,
                s.bcubed_recall,
                s.bcubed_f1,
                s.pairwise_precision,
                s.pairwise_recall,
                s.pairwise_f1,
                s.gold_clusters,
                s.predicted_clusters
            )
        };
        row(f, "stories", &self.stories)?;
        if let Some(t) = &self.topics {
            row(f, "topics", t)?;
        }
        Ok(())
    }
}

fn label(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::String(s) => Some(s.clone()),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// Cluster the labelled articles of `file` in a fresh temporary store and score the result.
pub fn clusters(file: &Path, predictions: Option<&Path>) -> Result<ClusterReport> {
    let text = fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    // Gold labels by line; the articles themselves come from the production JSONL parser.
    let mut gold_story = BTreeMap::new();
    let mut gold_topic = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: invalid JSON: fix or remove the line", file.display(), n + 1))?;
        let id = v.get("id").and_then(label).unwrap_or_else(|| format!("line{}", n + 1));
        let Some(story) = v.get("story").and_then(label) else {
            bail!("{}:{}: no \"story\" label: eval needs labelled data", file.display(), n + 1);
        };
        gold_story.insert(id.clone(), story);
        if let Some(topic) = v.get("topic").and_then(label) {
            gold_topic.insert(id, topic);
        }
    }
    let opts = Options::new(chrono::Utc::now().fixed_offset());
    let parsed = jsonl::parse(&text, &opts).with_context(|| format!("parsing {}", file.display()))?;
    if let Some(p) = parsed.problems.first() {
        bail!("{}:{}: {}", file.display(), p.line.unwrap_or(0), p.message);
    }
    let articles = parsed.document.articles;
    let dir = tempfile::tempdir().context("creating a temporary store")?;
    let mut pipeline = Pipeline::open(dir.path())?;
    let started = Instant::now();
    let mut keys = Vec::with_capacity(articles.len());
    // One article per document: the same path as ingesting one file per article.
    for a in &articles {
        let doc = Document { topic: None, articles: vec![a.clone()] };
        let outcome = pipeline.ingest_document(&file.display().to_string(), &doc)?;
        keys.push(match outcome.first() {
            Some(ArticleOutcome::New { key, .. }) | Some(ArticleOutcome::Duplicate { key }) => Some(*key),
            _ => None,
        });
    }
    let elapsed = started.elapsed().as_secs_f64().max(1e-9);
    let reader = pipeline.store().reader();
    let mut pred_story = BTreeMap::new();
    let mut pred_topic = BTreeMap::new();
    let mut out = match predictions {
        Some(p) => {
            Some(std::io::BufWriter::new(fs::File::create(p).with_context(|| format!("cannot write {}", p.display()))?))
        }
        None => None,
    };
    for (i, a) in articles.iter().enumerate() {
        let id = a.id.clone().unwrap_or_else(|| format!("line{}", i + 1));
        // A rejected article (empty) is its own cluster.
        let (story, topic) = match keys[i].map(|k| reader.article(k)).transpose()?.flatten().and_then(|s| s.story_id) {
            Some(s) => {
                let topic = reader.story(s)?.and_then(|st| st.topic_id);
                (format!("s{s}"), topic.map(|t| format!("t{t}")).unwrap_or_else(|| format!("s{s}")))
            }
            None => (format!("rejected:{id}"), format!("rejected:{id}")),
        };
        if let Some(w) = out.as_mut() {
            writeln!(w, "{}", serde_json::json!({"id": id, "story": story, "topic": topic}))?;
        }
        pred_story.insert(id.clone(), story);
        pred_topic.insert(id, topic);
    }
    if let Some(mut w) = out {
        w.flush()?;
    }
    let stories = score(&gold_story, &pred_story);
    let topics = if gold_topic.is_empty() { None } else { Some(score(&gold_topic, &pred_topic)) };
    Ok(ClusterReport {
        file: file.display().to_string(),
        articles: articles.len(),
        stories,
        topics,
        articles_per_second: articles.len() as f64 / elapsed,
    })
}

/// Score predicted labels against gold labels over the ids both have.
fn score(gold: &BTreeMap<String, String>, pred: &BTreeMap<String, String>) -> Scores {
    let items: Vec<(&str, &str)> =
        gold.iter().filter_map(|(id, g)| pred.get(id).map(|p| (g.as_str(), p.as_str()))).collect();
    let gold_labels: Vec<&str> = items.iter().map(|x| x.0).collect();
    let pred_labels: Vec<&str> = items.iter().map(|x| x.1).collect();
    let s = interim_metrics(&gold_labels, &pred_labels);
    Scores {
        pairwise_precision: s.pairwise_precision,
        pairwise_recall: s.pairwise_recall,
        pairwise_f1: s.pairwise_f1,
        bcubed_precision: s.bcubed_precision,
        bcubed_recall: s.bcubed_recall,
        bcubed_f1: s.bcubed_f1,
        gold_clusters: s.gold_clusters,
        predicted_clusters: s.predicted_clusters,
    }
}

/// Interim metrics until the story crate's `eval` module is wired in.
struct Metrics {
    pairwise_precision: f64,
    pairwise_recall: f64,
    pairwise_f1: f64,
    bcubed_precision: f64,
    bcubed_recall: f64,
    bcubed_f1: f64,
    gold_clusters: usize,
    predicted_clusters: usize,
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn interim_metrics(gold: &[&str], pred: &[&str]) -> Metrics {
    let n = gold.len();
    let mut joint: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut g: BTreeMap<&str, usize> = BTreeMap::new();
    let mut p: BTreeMap<&str, usize> = BTreeMap::new();
    for i in 0..n {
        *joint.entry((gold[i], pred[i])).or_default() += 1;
        *g.entry(gold[i]).or_default() += 1;
        *p.entry(pred[i]).or_default() += 1;
    }
    let pairs = |c: usize| (c * c.saturating_sub(1) / 2) as f64;
    let tp: f64 = joint.values().map(|&c| pairs(c)).sum();
    let pp: f64 = p.values().map(|&c| pairs(c)).sum();
    let gp: f64 = g.values().map(|&c| pairs(c)).sum();
    let pw_p = if pp == 0.0 { 1.0 } else { tp / pp };
    let pw_r = if gp == 0.0 { 1.0 } else { tp / gp };
    let (mut bp, mut br) = (0.0, 0.0);
    for (&(gl, pl), &c) in &joint {
        bp += (c * c) as f64 / p[pl] as f64;
        br += (c * c) as f64 / g[gl] as f64;
    }
    let nn = (n.max(1)) as f64;
    Metrics {
        pairwise_precision: pw_p,
        pairwise_recall: pw_r,
        pairwise_f1: f1(pw_p, pw_r),
        bcubed_precision: bp / nn,
        bcubed_recall: br / nn,
        bcubed_f1: f1(bp / nn, br / nn),
        gold_clusters: g.len(),
        predicted_clusters: p.len(),
    }
}
