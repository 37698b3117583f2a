//! The `story` stage: place each article in the story (one real-world event) it reports, and
//! link stories into topics (storylines over months or years).
//!
//! The store and the views only see [`Engine`]: `place` an article, `observe` a placement that
//! is already stored (to rebuild the index), `save`/`load` a snapshot. How the engine decides is
//! its own business.

use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};

pub type StoryId = u64;
pub type TopicId = u64;

/// What the engine needs to know about one article.
#[derive(Debug, Clone, Default)]
pub struct Input<'a> {
    /// The store's id for the article; strictly increasing in arrival order.
    pub key: u64,
    pub headline: &'a str,
    pub body: &'a str,
    /// Publication time, Unix seconds, when known.
    pub published: Option<i64>,
    /// ISO 639-3 language code (whatlang), when detected.
    pub language: Option<&'a str>,
    /// Topic title given by the input itself (a scraped topic page), if any.
    pub topic_hint: Option<&'a str>,
}

/// Where an article went, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    pub story: StoryId,
    /// True when the article started a new story.
    pub new_story: bool,
    pub topic: Option<TopicId>,
    /// Similarity to the story it joined (1.0 for a new story).
    pub similarity: f32,
    /// Terms and entities shared with the story, strongest first.
    pub shared: Vec<String>,
    /// Stories that this placement showed to be one: `from` now redirects to `into`.
    pub merges: Vec<Merge>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    pub from: StoryId,
    pub into: StoryId,
}

/// Placeholder engine: one story per article; a topic per topic-page title.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct Engine {
    next_story: StoryId,
    topics: Vec<(String, TopicId)>,
    story_topics: Vec<(StoryId, TopicId)>,
    high_water: u64,
}

impl Engine {
    pub fn new() -> Self {
        Engine {
            next_story: 1,
            ..Default::default()
        }
    }

    /// Decide the story (and topic) of a new article.
    pub fn place(&mut self, input: &Input) -> Placement {
        let story = self.next_story.max(1);
        self.next_story = story + 1;
        let topic = input.topic_hint.map(|t| self.topic_for(t));
        if let Some(t) = topic {
            self.story_topics.push((story, t));
        }
        self.high_water = self.high_water.max(input.key);
        Placement {
            story,
            new_story: true,
            topic,
            similarity: 1.0,
            shared: Vec::new(),
            merges: Vec::new(),
        }
    }

    /// Re-index an article whose placement is already stored (rebuilding after a crash).
    pub fn observe(&mut self, input: &Input, story: StoryId, topic: Option<TopicId>) {
        self.next_story = self.next_story.max(story + 1);
        if let (Some(hint), Some(t)) = (input.topic_hint, topic) {
            if !self.topics.iter().any(|(_, id)| *id == t) {
                self.topics.push((hint.to_string(), t));
            }
        }
        self.high_water = self.high_water.max(input.key);
    }

    fn topic_for(&mut self, title: &str) -> TopicId {
        let key = title.trim().to_lowercase();
        if let Some((_, id)) = self.topics.iter().find(|(t, _)| t.to_lowercase() == key) {
            return *id;
        }
        let id = self.topics.len() as TopicId + 1;
        self.topics.push((title.trim().to_string(), id));
        id
    }

    /// Current human-readable title of a topic.
    pub fn topic_title(&self, topic: TopicId) -> Option<String> {
        self.topics
            .iter()
            .find(|(_, id)| *id == topic)
            .map(|(t, _)| t.clone())
    }

    /// Largest article key the engine has seen; articles above it must be observed on load.
    pub fn high_water(&self) -> u64 {
        self.high_water
    }

    pub fn save(&self, w: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer(w, self).map_err(io::Error::other)
    }

    pub fn load(r: &mut dyn Read) -> io::Result<Engine> {
        serde_json::from_reader(r).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
    }
}
