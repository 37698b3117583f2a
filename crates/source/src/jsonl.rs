//! JSON Lines: one article per line (`title`, `text`, optional `id`, `url`, `published`, `source`).
//!
//! Accepted keys (extra keys are ignored):
//! - headline: `title` or `headline`; body: `text` or `body` (at least one of the two is needed;
//!   without a headline, the first line of the body becomes the headline);
//! - `id`: string or number; `url`, `source`, `credit`: strings;
//! - `published`: a date string, parsed with [`crate::dates::parse_date`] (the raw string is kept
//!   in `published_text`);
//! - byline: `author` or `byline`, a string or a list of strings (joined with ", ");
//! - `related`: a string or a list of strings.
//!
//! `null` counts as absent everywhere. A line that is not a JSON object, has a key of the wrong
//! type, or has neither headline nor body becomes a [`Problem`] with its line number; the other
//! lines are kept. Blank lines are skipped.
//!
//! Bodies: each non-blank line of the text is a paragraph (single newlines separate paragraphs
//! in the corpora this reads), so the body is its trimmed non-blank lines joined by `"\n\n"`.

use serde_json::{Map, Value};
use storyline_article::{Article, Document};

use crate::{Extracted, Options, Problem, SourceError};

/// Parse JSON Lines; bad lines become [`crate::Problem`]s and the good lines are kept.
pub fn parse(text: &str, opts: &Options) -> Result<Extracted, SourceError> {
    let mut articles = Vec::new();
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let line = line.trim();
        // A UTF-8 byte-order mark left on the first line by some exporters.
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        if line.is_empty() {
            continue;
        }
        match parse_line(line, opts) {
            Ok((article, note)) => {
                if let Some(note) = note {
                    notes.push(format!("line {line_no}: {note}"));
                }
                articles.push(article);
            }
            Err(message) => problems.push(Problem { line: Some(line_no), message }),
        }
    }
    if articles.is_empty() {
        return Err(SourceError::Rejected(match problems.first() {
            Some(first) => format!(
                "no valid JSON lines ({} bad; line {}: {}): expected one JSON object per line \
                 with \"title\" and \"text\"",
                problems.len(),
                first.line.unwrap_or(0),
                first.message
            ),
            None => "no articles: the JSON Lines input has only blank lines".to_string(),
        }));
    }
    Ok(Extracted { document: Document { topic: None, articles }, problems, notes })
}

/// One line to an article, or the reason it is not one. The second value is a note for a
/// line that was kept with something dropped (an unreadable date).
fn parse_line(line: &str, opts: &Options) -> Result<(Article, Option<String>), String> {
    let value: Value = serde_json::from_str(line).map_err(|e| {
        // serde_json reports "at line 1 column N": the line is ours, the column is useful.
        let msg = e.to_string();
        let msg = msg
            .rsplit_once(" at line ")
            .map(|(m, pos)| {
                let col = pos.rsplit_once("column ").map(|(_, c)| c).unwrap_or("");
                format!("{m} at column {col}")
            })
            .unwrap_or(msg);
        format!("not valid JSON: {msg}")
    })?;
    let Value::Object(obj) = value else {
        return Err(format!("expected a JSON object, found {}", type_name(&value)));
    };

    let title = string_field(&obj, &["title", "headline"])?;
    let text = string_field(&obj, &["text", "body"])?;
    let id = match obj.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(other) => return Err(format!("\"id\" must be a string or a number, found {}", type_name(other))),
    };
    let url = string_field(&obj, &["url"])?;
    let source = string_field(&obj, &["source"])?;
    let credit = string_field(&obj, &["credit"])?;
    let published_text = string_field(&obj, &["published"])?;
    let byline = string_list_field(&obj, &["author", "byline"])?.map(|names| names.join(", "));
    let related = string_list_field(&obj, &["related"])?.unwrap_or_default();

    let title = title.map(|t| collapse_spaces(&t)).filter(|t| !t.is_empty());
    let body_text = text.as_deref().unwrap_or("");
    if title.is_none() && body_text.trim().is_empty() {
        return Err("no \"title\" and no \"text\": nothing to ingest".to_string());
    }
    let (headline, body) = match title {
        Some(t) => (t, paragraphs(body_text)),
        None => {
            // No headline: the first line of the body stands in for it.
            let mut lines = body_text.lines().map(str::trim).filter(|l| !l.is_empty());
            let first = lines.next().unwrap_or_default().to_string();
            let rest: Vec<&str> = lines.collect();
            if rest.is_empty() {
                (first.clone(), first)
            } else {
                (first, rest.join("\n\n"))
            }
        }
    };

    let mut note = None;
    let published = match published_text.as_deref() {
        Some(raw) => {
            let parsed = crate::dates::parse_date(raw, opts.as_of);
            if parsed.is_none() {
                note = Some(format!("date {raw:?} not understood; kept as text"));
            }
            parsed
        }
        None => None,
    };

    Ok((Article { id, headline, body, credit, source, url, published, published_text, related, byline }, note))
}

/// The first present, non-null key of `keys`; it must be a string. Blank strings count as absent.
fn string_field(obj: &Map<String, Value>, keys: &[&str]) -> Result<Option<String>, String> {
    for key in keys {
        match obj.get(*key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => {
                let s = s.trim();
                return Ok((!s.is_empty()).then(|| s.to_string()));
            }
            Some(other) => return Err(format!("\"{key}\" must be a string, found {}", type_name(other))),
        }
    }
    Ok(None)
}

/// A string or a list of strings under the first present key of `keys`.
fn string_list_field(obj: &Map<String, Value>, keys: &[&str]) -> Result<Option<Vec<String>>, String> {
    for key in keys {
        match obj.get(*key) {
            None | Some(Value::Null) => continue,
            Some(Value::String(s)) => {
                let s = collapse_spaces(s);
                return Ok((!s.is_empty()).then(|| vec![s]));
            }
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Value::String(s) => {
                            let s = collapse_spaces(s);
                            if !s.is_empty() {
                                out.push(s);
                            }
                        }
                        Value::Null => {}
                        other => {
                            return Err(format!(
                                "\"{key}\" must be a string or a list of strings, found a list \
                                 holding {}",
                                type_name(other)
                            ))
                        }
                    }
                }
                return Ok((!out.is_empty()).then_some(out));
            }
            Some(other) => {
                return Err(format!("\"{key}\" must be a string or a list of strings, found {}", type_name(other)))
            }
        }
    }
    Ok(None)
}

/// Non-blank lines, trimmed, joined by a blank line.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(line);
    }
    out
}

fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    fn opts() -> Options {
        Options::new(DateTime::parse_from_rfc3339("2026-03-01T12:00:00Z").unwrap())
    }

    #[test]
    fn reads_the_documented_keys() {
        let line = r#"{"id": 17, "title": " Storm  closes port ", "text": "First para.\nSecond para.\n\n\nThird.", "url": "https://x.example/a", "published": "2026-02-27T10:00:00Z", "source": "Example News", "author": ["Ann Lee", "Bo Chen"], "credit": "AP", "related": "Port reopens", "topic": "ignored"}"#;
        let ex = parse(line, &opts()).unwrap();
        let a = &ex.document.articles[0];
        assert_eq!(a.id.as_deref(), Some("17"));
        assert_eq!(a.headline, "Storm closes port");
        assert_eq!(a.body, "First para.\n\nSecond para.\n\nThird.");
        assert_eq!(a.url.as_deref(), Some("https://x.example/a"));
        assert_eq!(a.source.as_deref(), Some("Example News"));
        assert_eq!(a.byline.as_deref(), Some("Ann Lee, Bo Chen"));
        assert_eq!(a.credit.as_deref(), Some("AP"));
        assert_eq!(a.related, vec!["Port reopens".to_string()]);
        assert_eq!(a.published_text.as_deref(), Some("2026-02-27T10:00:00Z"));
        assert_eq!(a.published, Some(DateTime::parse_from_rfc3339("2026-02-27T10:00:00Z").unwrap()));
        assert!(ex.problems.is_empty());
    }

    #[test]
    fn alternative_keys_and_missing_headline() {
        let text = "{\"headline\": \"H\", \"body\": \"B\", \"byline\": \"C D\"}\n{\"text\": \"Lead line\\nMore text\"}";
        let ex = parse(text, &opts()).unwrap();
        let a = &ex.document.articles;
        assert_eq!((a[0].headline.as_str(), a[0].body.as_str()), ("H", "B"));
        assert_eq!(a[0].byline.as_deref(), Some("C D"));
        assert_eq!((a[1].headline.as_str(), a[1].body.as_str()), ("Lead line", "More text"));
    }

    #[test]
    fn bad_lines_are_reported_and_good_ones_kept() {
        let text = [
            r#"{"title": "One", "text": "Body one."}"#,
            "",
            r#"{"title": "Two", "text": "Body two.""#,
            r#"{"id": "x", "url": "https://x.example"}"#,
            r#"{"title": 5, "text": "numbers are not titles"}"#,
            r#"{"title": "Three", "text": "Body three.", "id": [1]}"#,
            r#"["not", "an", "object"]"#,
            "   ",
            r#"{"title": "Four", "text": "Body four.", "published": null, "author": [3]}"#,
            r#"{"title": "Five", "text": "Body five.", "published": "sometime"}"#,
        ]
        .join("\n");
        let ex = parse(&text, &opts()).unwrap();
        let heads: Vec<_> = ex.document.articles.iter().map(|a| a.headline.as_str()).collect();
        assert_eq!(heads, ["One", "Five"]);
        let lines: Vec<_> = ex.problems.iter().map(|p| p.line.unwrap()).collect();
        assert_eq!(lines, [3, 4, 5, 6, 7, 9]);
        assert!(ex.problems[0].message.starts_with("not valid JSON"), "{:?}", ex.problems[0]);
        assert!(ex.problems[1].message.contains("no \"title\" and no \"text\""));
        assert!(ex.problems[2].message.contains("\"title\" must be a string, found a number"));
        assert!(ex.problems[3].message.contains("\"id\" must be a string or a number"));
        assert!(ex.problems[4].message.contains("expected a JSON object, found a list"));
        assert!(ex.problems[5].message.contains("\"author\""));
        // An unreadable date keeps the article, with the raw text and a note.
        let five = &ex.document.articles[1];
        assert_eq!(five.published, None);
        assert_eq!(five.published_text.as_deref(), Some("sometime"));
        assert!(ex.notes.iter().any(|n| n.starts_with("line 10:")), "{:?}", ex.notes);
    }

    #[test]
    fn nothing_good_is_an_error() {
        let err = parse("{\"a\": 1}\nnot json\n", &opts()).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("no valid JSON lines (2 bad; line 1"), "{msg}");
        assert!(parse("\n \n", &opts()).is_err());
    }

    /// The shared corpora (`../shared/data` beside the repository) ingest as they are.
    #[test]
    fn shared_corpora_ingest_whole() {
        let dir = std::env::var_os("STORYLINE_DATA")
            .map(std::path::PathBuf::from)
            .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data"));
        for (file, count) in [("ecbplus-dev.jsonl", 496), ("bbc-news-2004-2005.jsonl", 2225), ("wikiref220.jsonl", 220)]
        {
            let path = dir.join(file);
            if !path.exists() {
                eprintln!("skipping {file}: not found in {} (set STORYLINE_DATA)", dir.display());
                continue;
            }
            let started = std::time::Instant::now();
            let ex = crate::extract_file(&path, &opts()).unwrap();
            let took = started.elapsed();
            assert_eq!(ex.document.articles.len(), count, "{file}");
            assert!(ex.problems.is_empty(), "{file}: {:?}", &ex.problems[..1]);
            for a in &ex.document.articles {
                // Some ECB+ lines have a title and an empty text: kept, with an empty body.
                assert!(a.id.is_some() && !a.headline.is_empty(), "{file}");
                assert!(!a.body.contains("\n\n\n") && !a.body.contains(" \n"), "{file}");
            }
            eprintln!("{file}: {count} articles in {took:?}");
            assert!(took.as_secs_f64() < 5.0, "{file} took {took:?}");
        }
    }
}
