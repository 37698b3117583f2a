//! Scraped plain-text pages: a topic page (topic title, then articles) or a single article.

use crate::{Extracted, Options, SourceError};
use storyline_article::{Article, Document};

/// Split a plain-text page into its articles.
pub fn parse(text: &str, opts: &Options) -> Result<Extracted, SourceError> {
    let _ = opts;
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let headline = lines
        .next()
        .ok_or_else(|| SourceError::Rejected("empty page".into()))?
        .to_string();
    let body = lines.collect::<Vec<_>>().join("\n\n");
    Ok(Extracted {
        document: Document {
            topic: None,
            articles: vec![Article {
                headline,
                body,
                ..Default::default()
            }],
        },
        ..Default::default()
    })
}
