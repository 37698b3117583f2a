//! HTML pages: main text through a maintained extractor, plus metadata.

use crate::{Extracted, Options, SourceError};

/// Extract the article of an HTML page. `url` is the page's address when known.
pub fn parse(html: &str, url: Option<&str>, opts: &Options) -> Result<Extracted, SourceError> {
    let _ = (html, url, opts);
    Err(SourceError::Rejected(
        "HTML extraction not implemented yet".into(),
    ))
}
