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
use storyline_story::eval::{score, Scores};

use crate::pipeline::{ArticleOutcome, Pipeline};

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
                s.bcubed.precision,
                s.bcubed.recall,
                s.bcubed.f1,
                s.pairwise.precision,
                s.pairwise.recall,
                s.pairwise.f1,
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
