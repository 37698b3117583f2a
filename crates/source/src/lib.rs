//! The `source` stage: turn raw input (a file, later a URL or feed entry) into [`Document`]s.
//!
//! One module per input format, the way Miniflux keeps one reader per format:
//! - [`decode`]: bytes from disk (gzip, size limit, binary sniffing, charset → UTF-8);
//! - [`text`]: scraped plain-text pages (topic pages and single articles);
//! - [`dates`]: "3 days ago" / "Feb 17, 2026" resolved against an as-of time;
//! - [`html`]: HTML pages through a main-text extractor plus metadata;
//! - [`jsonl`]: one JSON article per line.
//!
//! Nothing here touches the store: parsing is pure, so `storyline extract` and `ingest` share it.

pub mod dates;
pub mod decode;
pub mod html;
pub mod jsonl;
pub mod text;

use std::path::Path;

use chrono::{DateTime, FixedOffset};
pub use storyline_article::{Article, Document};

/// Refuse inputs larger than this (after decompression): 64 MiB. A news page is well under
/// 1 MiB; anything this large is a dump or an attack, and is rejected with a clear message.
pub const DEFAULT_MAX_BYTES: u64 = 64 * 1024 * 1024;

/// Settings shared by all formats.
#[derive(Debug, Clone)]
pub struct Options {
    /// Time that relative ages ("3 days ago") are resolved against.
    pub as_of: DateTime<FixedOffset>,
    /// Largest input accepted, in bytes after decompression.
    pub max_bytes: u64,
}

impl Options {
    pub fn new(as_of: DateTime<FixedOffset>) -> Self {
        Options { as_of, max_bytes: DEFAULT_MAX_BYTES }
    }
}

/// Input formats, chosen from the file name (extension, after any `.gz`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    JsonLines,
}

impl Format {
    /// The format for a file name, or `None` if storyline does not read it.
    pub fn from_path(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        let ext = name.rsplit_once('.')?.1;
        match ext {
            "txt" | "text" => Some(Format::Text),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "jsonl" | "ndjson" => Some(Format::JsonLines),
            _ => None,
        }
    }
}

/// A problem with part of an input that did not stop the rest (e.g. one bad JSONL line).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// 1-based line number, when the problem belongs to a line.
    pub line: Option<usize>,
    pub message: String,
}

/// Everything one input produced.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub document: Document,
    /// Parts of the input that were skipped, with reasons.
    pub problems: Vec<Problem>,
    /// Notes that are not errors (e.g. "decoded as windows-1252").
    pub notes: Vec<String>,
}

/// Why a whole input was rejected.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    #[error("cannot read {path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{0}")]
    Rejected(String),
}

/// Read and parse one file. The format comes from its name.
pub fn extract_file(path: &Path, opts: &Options) -> Result<Extracted, SourceError> {
    let format = Format::from_path(path).ok_or_else(|| {
        SourceError::Rejected("unsupported file type: use .txt, .html/.htm or .jsonl (optionally .gz)".to_string())
    })?;
    let decoded = decode::read_file(path, format, opts.max_bytes)?;
    let mut extracted = extract_text(&decoded.text, format, opts)?;
    extracted.notes.extend(decoded.notes);
    Ok(extracted)
}

/// Parse already-decoded text of a known format.
pub fn extract_text(text: &str, format: Format, opts: &Options) -> Result<Extracted, SourceError> {
    match format {
        Format::Text => text::parse(text, opts),
        Format::Html => html::parse(text, None, opts),
        Format::JsonLines => jsonl::parse(text, opts),
    }
}
