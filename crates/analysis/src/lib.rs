//! The `analysis` stage: what an article says — its language, who is involved (entities),
//! what they said (quotes) and which numbers are claimed by whom (claims).

use serde::{Deserialize, Serialize};

/// Everything analysis found in one article.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
    pub claims: Vec<Claim>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub name: String,
    /// "person" | "org" | "place" | "group"
    pub kind: String,
    pub mentions: Vec<String>,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// "direct" | "partial"
    pub kind: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub value: f64,
    pub text: String,
    pub qualifier: String,
    pub what: Option<String>,
    pub verb: Option<String>,
    pub claimant: Option<String>,
    pub sentence: String,
}

/// Analyse one article.
pub fn analyse(headline: &str, body: &str) -> Facts {
    let _ = (headline, body);
    Facts::default()
}

/// ISO 639-3 code of the text's language, when whatlang is reasonably sure.
pub fn language(text: &str) -> Option<String> {
    let sample: String = text.chars().take(4000).collect();
    let info = whatlang::detect(&sample)?;
    if info.is_reliable() || info.confidence() > 0.5 {
        Some(info.lang().code().to_string())
    } else {
        None
    }
}
