//! Run the engine directly over a labelled JSONL file (`{id, title, text, published?, story?,
//! topic?}` per line, in file order) and score its stories and topics against the labels.
//! Used by `benches/quality.rs` and the ECB+ regression test; the CLI's `eval clusters` goes
//! through the store instead.

use std::collections::BTreeMap;
use std::io::{self, BufRead};
use std::path::Path;

use crate::eval::{self, Scores};
use crate::{Engine, Input};

/// One labelled article.
#[derive(Debug, Clone, serde::Deserialize)]
pub struct Item {
    pub id: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub published: Option<serde_json::Value>,
    #[serde(default)]
    pub story: Option<serde_json::Value>,
    #[serde(default)]
    pub topic: Option<serde_json::Value>,
}

fn label(v: &Option<serde_json::Value>) -> Option<String> {
    match v.as_ref()? {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

pub fn read_jsonl(path: &Path) -> io::Result<Vec<Item>> {
    let f = std::fs::File::open(path)?;
    let mut out = Vec::new();
    for line in io::BufReader::new(f).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let item: Item = serde_json::from_str(&line).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?;
        out.push(item);
    }
    Ok(out)
}

/// Scores of one run.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub articles: usize,
    pub stories: Option<Scores>,
    pub topics: Option<Scores>,
    /// Predicted story count and the largest story's size.
    pub story_count: usize,
    pub largest_story: usize,
    pub topic_count: usize,
    pub largest_topic: usize,
    pub merges: usize,
    pub seconds: f64,
    /// Final predicted (story, topic label) per item id.
    pub predictions: BTreeMap<String, (u64, String)>,
    /// Placements in input order.
    pub placements: Vec<crate::Placement>,
    /// Title of every topic that has articles, with its article count, largest first.
    pub topic_titles: Vec<(usize, String)>,
}

fn sizes<V: Ord + Clone>(m: &BTreeMap<String, V>) -> (usize, usize) {
    let mut c: BTreeMap<V, usize> = BTreeMap::new();
    for v in m.values() {
        *c.entry(v.clone()).or_default() += 1;
    }
    (c.len(), c.values().copied().max().unwrap_or(0))
}

/// What a caller may compute ahead for an item, as the production pipeline does (parsed
/// headline and body, detected language, names from the facts stage).
#[derive(Debug, Clone, Default)]
pub struct Prepared {
    pub headline: String,
    pub body: String,
    pub language: Option<String>,
    pub entities: Vec<String>,
}

/// Place every item in order with a fresh engine and score the final clustering.
/// An article without a topic is its own story's singleton topic for scoring.
pub fn run(items: &[Item]) -> Report {
    run_prepared(items, |it| Prepared { headline: it.title.clone(), body: it.text.clone(), ..Default::default() })
}

/// [`run`] with each item's input prepared by `prepare` (untimed).
pub fn run_prepared(items: &[Item], prepare: impl Fn(&Item) -> Prepared) -> Report {
    let prepared: Vec<Prepared> = items.iter().map(prepare).collect();
    let start = std::time::Instant::now();
    let mut e = Engine::new();
    let mut placed: Vec<u64> = Vec::with_capacity(items.len());
    let mut placements = Vec::with_capacity(items.len());
    let mut merges = 0;
    for (i, (it, pr)) in items.iter().zip(&prepared).enumerate() {
        let published = it.published.as_ref().and_then(serde_json::Value::as_i64);
        let p = e.place(&Input {
            key: i as u64 + 1,
            headline: &pr.headline,
            body: &pr.body,
            published,
            language: pr.language.as_deref(),
            entities: &pr.entities,
            ..Default::default()
        });
        merges += p.merges.len();
        placed.push(p.story);
        placements.push(p);
    }
    let seconds = start.elapsed().as_secs_f64();
    let mut predictions = BTreeMap::new();
    for (it, &s) in items.iter().zip(&placed) {
        let story = e.resolve(s).unwrap_or(s);
        let topic = match e.story_topic(story) {
            Some(t) => format!("t{t}"),
            None => format!("s{story}"),
        };
        predictions.insert(it.id.clone(), (story, topic));
    }
    let mut per_topic: BTreeMap<u64, usize> = BTreeMap::new();
    for (story, _) in predictions.values() {
        if let Some(t) = e.story_topic(*story) {
            *per_topic.entry(t).or_default() += 1;
        }
    }
    let mut topic_titles: Vec<(usize, String)> =
        per_topic.iter().map(|(&t, &n)| (n, e.topic_title(t).unwrap_or_default())).collect();
    topic_titles.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let mut gold_s = BTreeMap::new();
    let mut gold_t = BTreeMap::new();
    for it in items {
        if let Some(l) = label(&it.story) {
            gold_s.insert(it.id.clone(), l);
        }
        if let Some(l) = label(&it.topic) {
            gold_t.insert(it.id.clone(), l);
        }
    }
    let pred_s: BTreeMap<String, u64> = predictions.iter().map(|(k, v)| (k.clone(), v.0)).collect();
    let pred_t: BTreeMap<String, String> = predictions.iter().map(|(k, v)| (k.clone(), v.1.clone())).collect();
    let (story_count, largest_story) = sizes(&pred_s);
    let (topic_count, largest_topic) = sizes(&pred_t);
    Report {
        articles: items.len(),
        stories: (!gold_s.is_empty()).then(|| eval::score(&gold_s, &pred_s)),
        topics: (!gold_t.is_empty()).then(|| eval::score(&gold_t, &pred_t)),
        story_count,
        largest_story,
        topic_count,
        largest_topic,
        merges,
        seconds,
        predictions,
        placements,
        topic_titles,
    }
}
