//! Ingest: source → article → analysis → story → store, one transaction per input.
//!
//! The story engine keeps its index in memory and snapshots it to `engine.bin` in the data
//! directory. The database is the truth; the snapshot is a cache. On open, any article stored
//! after the snapshot's high-water mark is replayed into the engine, so a crash between a
//! commit and the snapshot loses nothing, and a deleted or unreadable snapshot is rebuilt.

use std::fs;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use serde::Serialize;
use storyline_analysis::Facts;
use storyline_article::{Article, Document};
use storyline_source::{Options, Problem};
use storyline_store::{NewArticle, Store};
use storyline_story::{Engine, Input};

/// File name of the engine snapshot inside the data directory.
pub const ENGINE_FILE: &str = "engine.bin";

/// An open data directory with its story engine.
pub struct Pipeline {
    store: Store,
    engine: Engine,
    engine_path: PathBuf,
}

/// What happened to one article of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum ArticleOutcome {
    New { key: i64, story: u64, new_story: bool },
    Duplicate { key: i64 },
    Rejected { reason: String },
}

/// Counts for one input (file or URL).
#[derive(Debug, Clone, Default, Serialize)]
pub struct InputReport {
    pub input: String,
    pub new: usize,
    pub duplicate: usize,
    pub rejected: usize,
    /// Why parts of the input, or all of it, were rejected ("line 4: invalid JSON …").
    pub reasons: Vec<String>,
    /// Notes that are not errors ("decoded as windows-1252").
    pub notes: Vec<String>,
    /// Set when the input's transaction failed: nothing of it was stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl Pipeline {
    /// Open the data directory `dir` (created if needed) and bring the engine up to date.
    pub fn open(dir: &Path) -> Result<Pipeline> {
        let store = Store::open(dir).with_context(|| format!("opening data directory {}", dir.display()))?;
        let engine_path = dir.join(ENGINE_FILE);
        let engine = load_engine(&store, &engine_path)?;
        Ok(Pipeline { store, engine, engine_path })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    /// Read, parse and store one file; never fails as a whole: problems go in the report.
    pub fn ingest_file(&mut self, path: &Path, opts: &Options) -> InputReport {
        let input = path.display().to_string();
        match storyline_source::extract_file(path, opts) {
            Ok(extracted) => {
                let mut report = self.ingest_parsed(&input, &extracted.document, &extracted.problems);
                report.notes.extend(extracted.notes);
                report
            }
            Err(e) => InputReport { input, rejected: 1, reasons: vec![e.to_string()], ..Default::default() },
        }
    }

    /// Store a parsed document plus the problems its parser reported.
    pub fn ingest_parsed(&mut self, input: &str, doc: &Document, problems: &[Problem]) -> InputReport {
        let mut report = InputReport { input: input.to_string(), ..Default::default() };
        for p in problems {
            report.rejected += 1;
            report.reasons.push(match p.line {
                Some(line) => format!("line {line}: {}", p.message),
                None => p.message.clone(),
            });
        }
        match self.ingest_document(input, doc) {
            Ok(outcomes) => {
                for (i, outcome) in outcomes.iter().enumerate() {
                    match outcome {
                        ArticleOutcome::New { .. } => report.new += 1,
                        ArticleOutcome::Duplicate { .. } => report.duplicate += 1,
                        ArticleOutcome::Rejected { reason } => {
                            report.rejected += 1;
                            let name = doc.articles.get(i).map(|a| a.headline.as_str()).unwrap_or_default();
                            report.reasons.push(format!("article {} ({}): {reason}", i + 1, shorten(name, 60)));
                        }
                    }
                }
            }
            Err(e) => {
                report.rejected += doc.articles.len().max(1);
                report.reasons.push(format!("not stored, nothing from this input was written: {e:#}"));
                report.error = Some(format!("{e:#}"));
            }
        }
        report
    }

    /// Store every article of `doc` in one transaction. On error nothing of `doc` is stored
    /// and the engine is rebuilt from the database, so memory and disk agree again.
    pub fn ingest_document(&mut self, origin: &str, doc: &Document) -> Result<Vec<ArticleOutcome>> {
        let result = self.try_ingest_document(origin, doc);
        if result.is_err() {
            self.engine = load_engine(&self.store, &self.engine_path)?;
        }
        result
    }

    fn try_ingest_document(&mut self, origin: &str, doc: &Document) -> Result<Vec<ArticleOutcome>> {
        // Arrival order: oldest known publication first, undated articles after, in input order.
        let mut order: Vec<usize> = (0..doc.articles.len()).collect();
        order.sort_by_key(|&i| (doc.articles[i].published.is_none(), doc.articles[i].published));
        // Analysis is pure and the slow part: run it on all cores, before taking the write lock.
        let mut analysed = analyse_all(&doc.articles, &order).into_iter();
        let mut outcomes = vec![ArticleOutcome::Rejected { reason: String::new() }; doc.articles.len()];
        let tx = self.store.transaction()?;
        // Another process (`storyline ingest` next to a running server) may have stored articles
        // since this engine was loaded: index them first, under the write lock, so the engine
        // stays a prefix of the database.
        replay(&tx.reader(), &mut self.engine)?;
        // A topic page presents its articles as separate stories: none joins another's story.
        let mut page_stories: Vec<u64> = Vec::new();
        for &i in &order {
            let Some(Analysed { reject, language, facts, signature, entities, features }) = analysed.next() else {
                break;
            };
            let article = &doc.articles[i];
            if let Some(reason) = reject {
                outcomes[i] = ArticleOutcome::Rejected { reason };
                continue;
            }
            let new = NewArticle {
                article,
                content_key: article.content_key(),
                canonical_url: article.canonical_url(),
                language,
                origin,
                page_topic: doc.topic.as_deref(),
                signature,
            };
            if let Some(dup) = tx.find_duplicate(&new.content_key, new.canonical_url.as_deref())? {
                outcomes[i] = ArticleOutcome::Duplicate { key: dup.article_id() };
                continue;
            }
            let key = tx.insert_article(&new)?;
            let mut input = engine_input(key, article, new.language.as_deref(), doc.topic.as_deref());
            input.entities = &entities;
            input.features = Some(&features);
            if doc.topic.is_some() {
                input.avoid = &page_stories;
            }
            let placement = self.engine.place(&input);
            if doc.topic.is_some() {
                page_stories.push(placement.story);
            }
            tx.place_article(key, &placement)?;
            tx.detect_copy(key)?;
            tx.insert_facts(key, &facts)?;
            let mut topics: Vec<u64> = placement.topic.into_iter().collect();
            for change in self.engine.take_topic_changes() {
                tx.set_story_topic(change.story, change.topic)?;
                topics.extend(change.topic);
            }
            // Titles are generated from a topic's content, so they may change as it grows.
            topics.sort_unstable();
            topics.dedup();
            for topic in topics {
                if let Some(title) = self.engine.topic_title(topic) {
                    tx.set_topic_title(topic, &title)?;
                }
            }
            outcomes[i] = ArticleOutcome::New { key, story: placement.story, new_story: placement.new_story };
        }
        tx.prune_topics()?;
        tx.commit()?;
        Ok(outcomes)
    }

    /// Write the engine snapshot (atomically: temp file, fsync, rename).
    pub fn save(&self) -> Result<()> {
        let tmp = self.engine_path.with_extension("bin.tmp");
        let file = fs::File::create(&tmp).with_context(|| format!("writing {}", tmp.display()))?;
        let mut w = BufWriter::new(file);
        self.engine.save(&mut w).with_context(|| format!("writing {}", tmp.display()))?;
        let file = w.into_inner().map_err(|e| e.into_error()).with_context(|| format!("writing {}", tmp.display()))?;
        file.sync_all().with_context(|| format!("syncing {}", tmp.display()))?;
        fs::rename(&tmp, &self.engine_path).with_context(|| format!("replacing {}", self.engine_path.display()))?;
        Ok(())
    }
}

/// What analysis found in one article.
struct Analysed {
    reject: Option<String>,
    language: Option<String>,
    facts: Facts,
    signature: Vec<u32>,
    entities: Vec<String>,
    features: storyline_story::text::Features,
}

/// What analysis found in each article of `order`, in that order.
fn analyse_all(articles: &[Article], order: &[usize]) -> Vec<Analysed> {
    let one = |i: &usize| {
        let a = &articles[*i];
        let reject = rejection(a);
        let language = storyline_analysis::language(&format!("{}\n{}", a.headline, a.body));
        let facts = if reject.is_none() { storyline_analysis::analyse(&a.headline, &a.body) } else { Facts::default() };
        let signature = storyline_article::copy_signature(&a.headline, &a.body);
        let entities: Vec<String> = facts.entities.iter().map(|e| e.name.clone()).collect();
        // The story engine's text features are pure: compute them here, on all cores.
        let features = storyline_story::text::features(&a.headline, &a.body, language.as_deref(), &entities);
        Analysed { reject, language, facts, signature, entities, features }
    };
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1);
    if threads < 2 || order.len() < 64 {
        return order.iter().map(one).collect();
    }
    let chunk = order.len().div_ceil(threads);
    std::thread::scope(|scope| {
        let handles: Vec<_> =
            order.chunks(chunk).map(|part| scope.spawn(move || part.iter().map(one).collect::<Vec<_>>())).collect();
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

/// Why an article cannot be stored at all, if it cannot.
fn rejection(a: &Article) -> Option<String> {
    if a.headline.trim().is_empty() && a.body.trim().is_empty() {
        Some("empty article: no headline and no text".to_string())
    } else {
        None
    }
}

fn engine_input<'a>(key: i64, a: &'a Article, language: Option<&'a str>, topic: Option<&'a str>) -> Input<'a> {
    Input {
        key: key as u64,
        headline: &a.headline,
        body: &a.body,
        published: a.published.map(|t| t.timestamp()),
        language,
        topic_hint: topic,
        entities: &[],
        avoid: &[],
        features: None,
    }
}

/// Load the engine snapshot (or start empty) and replay what the database holds beyond it.
fn load_engine(store: &Store, path: &Path) -> Result<Engine> {
    let mut engine = match fs::File::open(path) {
        Ok(f) => Engine::load(&mut BufReader::new(f)).unwrap_or_else(|e| {
            eprintln!("note: story index {} unreadable ({e}); rebuilding it from the database", path.display());
            Engine::new()
        }),
        Err(_) => Engine::new(),
    };
    replay(&store.reader(), &mut engine)?;
    Ok(engine)
}

/// Feed the engine every placed article stored after its high-water mark.
fn replay(reader: &storyline_store::Reader, engine: &mut Engine) -> Result<()> {
    let from = engine.high_water() as i64;
    reader.articles_after(from, |a, topic| {
        let Some(story) = a.story_id else { return Ok(()) };
        // The same entities as when it was placed, so the rebuilt index equals the live one.
        let entities = reader.article_entity_names(a.key)?;
        let mut input = engine_input(a.key, &a.article, a.language.as_deref(), a.page_topic.as_deref());
        input.entities = &entities;
        engine.observe(&input, story as u64, topic.map(|t| t as u64));
        Ok(())
    })?;
    // Topic changes were stored when the articles were placed.
    engine.take_topic_changes();
    Ok(())
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        let cut: String = s.chars().take(n).collect();
        format!("{cut}…")
    }
}

/// Files under `paths` that storyline reads, recursively, in a stable order. Files named
/// explicitly are always returned (an unsupported one is then rejected with a reason);
/// files found in folders are kept only if their format is known and they are not hidden.
pub fn collect_inputs(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for p in paths {
        let meta = fs::metadata(p).with_context(|| format!("cannot read {}: check the path", p.display()))?;
        if meta.is_dir() {
            walk(p, &mut out)?;
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<()> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .with_context(|| format!("cannot list folder {}", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out)?;
        } else if storyline_source::Format::from_path(&path).is_some() {
            out.push(path);
        }
    }
    Ok(())
}

/// Write `reports` as a one-line-per-input summary plus totals.
pub fn print_summary(w: &mut dyn Write, reports: &[InputReport]) -> std::io::Result<()> {
    let (mut new, mut dup, mut rej) = (0, 0, 0);
    for r in reports {
        new += r.new;
        dup += r.duplicate;
        rej += r.rejected;
        for note in &r.notes {
            writeln!(w, "note: {}: {note}", r.input)?;
        }
        for reason in &r.reasons {
            writeln!(w, "rejected: {}: {reason}", r.input)?;
        }
    }
    writeln!(w, "{} input(s): {new} new, {dup} duplicate, {rej} rejected", reports.len())
}
