//! Command-line interface: argument parsing and dispatch. Each command is a thin wrapper around
//! the library (pipeline, views, eval).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context, Result};
use chrono::{DateTime, FixedOffset, Utc};
use clap::{Args, Parser, Subcommand};
use serde_json::json;
use storyline_source::Options;

use crate::pipeline::{collect_inputs, print_summary, InputReport, Pipeline};
use crate::views::{self, StoryOptions};
use crate::{config, eval};

#[derive(Parser, Debug)]
#[command(name = "storyline", version, about = "Turn a stream of news into stories and topics", long_about = None)]
pub struct Cli {
    /// Data directory [default: $XDG_DATA_HOME/storyline, or ~/.local/share/storyline]
    #[arg(long, global = true, env = "STORYLINE_DATA", value_name = "DIR")]
    pub data: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Parse files without storing them and print one JSON document per file (JSON Lines).
    Extract {
        #[command(flatten)]
        input: InputArgs,
        /// Files to parse (.txt, .html, .htm, .jsonl, optionally .gz).
        #[arg(required = true, value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Store articles from files or folders (recursively) and place them in stories.
    Ingest {
        #[command(flatten)]
        input: InputArgs,
        /// Print the per-input report as JSON Lines instead of text.
        #[arg(long)]
        json: bool,
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// List topics (and recent stories in no topic).
    Topics {
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Show a topic page (`t3` or `3`) or a story page (`s12`).
    Show {
        /// `tN` for a topic, `sN` for a story; a bare number is a topic unless a story-only
        /// flag (--why, --quotes, --claims) is given.
        id: String,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        /// For each article of a story: its similarity and the terms that put it there.
        #[arg(long)]
        why: bool,
        /// Quotes of a story grouped by speaker.
        #[arg(long)]
        quotes: bool,
        /// The story's claim ledger: numbers, qualifiers and claimants side by side.
        #[arg(long)]
        claims: bool,
    },
    /// Manage feed subscriptions.
    Feeds {
        #[command(subcommand)]
        cmd: crate::feeds_cli::FeedsCommand,
    },
    /// Fetch article pages by URL, extract and store them.
    Fetch {
        #[arg(required = true, value_name = "URL")]
        urls: Vec<String>,
        #[command(flatten)]
        net: crate::feeds_cli::NetArgs,
    },
    /// Poll due feeds until interrupted (or one round with --once).
    Watch {
        #[arg(long)]
        once: bool,
        #[command(flatten)]
        net: crate::feeds_cli::NetArgs,
    },
    /// Serve the web app, JSON API and Atom feeds until Ctrl-C or SIGTERM.
    Serve {
        /// Address to listen on [default: `addr` under [serve] in storyline.toml, else 127.0.0.1:8080]
        #[arg(long, env = "STORYLINE_ADDR", value_name = "HOST:PORT")]
        addr: Option<String>,
        /// Absolute URL the server is reached at, for links in feeds [default: http://ADDR]
        #[arg(long, env = "STORYLINE_PUBLIC_URL", value_name = "URL")]
        public_url: Option<String>,
        /// Log one JSON object per line (also STORYLINE_LOG_FORMAT=json)
        #[arg(long)]
        log_json: bool,
    },
    /// Measure quality against labelled data.
    Eval {
        #[command(subcommand)]
        what: EvalCommand,
    },
}

#[derive(Subcommand, Debug)]
pub enum EvalCommand {
    /// Score entities, quotes (with speaker) and claims (value, qualifier, claimant) against an
    /// annotated gold file (e.g. crates/analysis/testdata/gold/facts-bbc.jsonl).
    Facts {
        gold: PathBuf,
        /// Folder with the JSONL corpora the gold annotations point into.
        #[arg(long, value_name = "DIR", default_value = "../shared/data")]
        corpus: PathBuf,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
    /// Cluster labelled articles ({id,title,text,published?,story,topic?} per line) with the
    /// production engine in a fresh temporary store and score the stories (and topics).
    Clusters {
        file: PathBuf,
        /// Write {"id","story","topic"} per article to this file.
        #[arg(long, value_name = "OUT")]
        predictions: Option<PathBuf>,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args, Debug, Clone)]
pub struct InputArgs {
    /// Time that ages like "3 days ago" are resolved against (RFC 3339 or a date) [default: now]
    #[arg(long, value_name = "TIME")]
    pub as_of: Option<String>,
    /// Largest input accepted, in bytes after decompression.
    #[arg(long, value_name = "BYTES", default_value_t = storyline_source::DEFAULT_MAX_BYTES)]
    pub max_bytes: u64,
}

impl InputArgs {
    fn options(&self) -> Result<Options> {
        let now = Utc::now().fixed_offset();
        let as_of = match &self.as_of {
            None => now,
            Some(s) => parse_as_of(s, now)?,
        };
        let mut opts = Options::new(as_of);
        opts.max_bytes = self.max_bytes;
        Ok(opts)
    }
}

fn parse_as_of(s: &str, now: DateTime<FixedOffset>) -> Result<DateTime<FixedOffset>> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t);
    }
    if let Ok(d) = chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        if let Some(t) = d.and_hms_opt(12, 0, 0) {
            return Ok(t.and_utc().fixed_offset());
        }
    }
    storyline_source::dates::parse_date(s, now).with_context(|| {
        format!("--as-of {s:?}: not a time; use RFC 3339 like 2026-02-20T12:00:00Z or a date like 2026-02-20")
    })
}

/// Run the command line; returns the process exit code.
pub fn run(cli: Cli) -> Result<i32> {
    match cli.command {
        Command::Extract { input, files } => extract(&input.options()?, &files),
        Command::Ingest { input, json, paths } => {
            let dir = config::data_dir(cli.data.as_deref())?;
            ingest(&dir, &input.options()?, &paths, json)
        }
        Command::Topics { json } => {
            let dir = config::data_dir(cli.data.as_deref())?;
            topics(&dir, json)
        }
        Command::Show { id, json, why, quotes, claims } => {
            let dir = config::data_dir(cli.data.as_deref())?;
            show(&dir, &id, json, StoryOptions { why, quotes, claims })
        }
        Command::Feeds { cmd } => crate::feeds_cli::feeds(&config::data_dir(cli.data.as_deref())?, cmd),
        Command::Serve { addr, public_url, log_json } => {
            serve(&config::data_dir(cli.data.as_deref())?, addr, public_url, log_json)
        }
        Command::Fetch { urls, net } => crate::feeds_cli::fetch(&config::data_dir(cli.data.as_deref())?, &urls, &net),
        Command::Watch { once, net } => crate::feeds_cli::watch(&config::data_dir(cli.data.as_deref())?, once, &net),
        Command::Eval { what: EvalCommand::Facts { gold, corpus, json } } => {
            let report = storyline_analysis::eval::evaluate(&gold, &corpus);
            let mut out = std::io::stdout().lock();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
            } else {
                write!(out, "{report}")?;
            }
            if let Some(e) = &report.error {
                bail!("{e}");
            }
            Ok(0)
        }
        Command::Eval { what: EvalCommand::Clusters { file, predictions, json } } => {
            let report = eval::clusters(&file, predictions.as_deref())?;
            let mut out = std::io::stdout().lock();
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&report)?)?;
            } else {
                write!(out, "{report}")?;
            }
            Ok(0)
        }
    }
}

fn extract(opts: &Options, files: &[PathBuf]) -> Result<i32> {
    let mut out = std::io::stdout().lock();
    let mut failed = false;
    for file in files {
        let line = match storyline_source::extract_file(file, opts) {
            Ok(x) => {
                let articles: Vec<_> = x
                    .document
                    .articles
                    .iter()
                    .map(|a| {
                        let mut v = serde_json::to_value(a).unwrap_or_default();
                        let facts = storyline_analysis::analyse(&a.headline, &a.body);
                        if let (Some(obj), Ok(serde_json::Value::Object(f))) =
                            (v.as_object_mut(), serde_json::to_value(&facts))
                        {
                            obj.extend(f);
                        }
                        v
                    })
                    .collect();
                let mut doc =
                    json!({"file": file.display().to_string(), "topic": x.document.topic, "articles": articles});
                if !x.problems.is_empty() {
                    failed = true;
                    doc["problems"] = serde_json::to_value(&x.problems)?;
                }
                if !x.notes.is_empty() {
                    doc["notes"] = serde_json::to_value(&x.notes)?;
                }
                doc
            }
            Err(e) => {
                failed = true;
                json!({"file": file.display().to_string(), "error": e.to_string()})
            }
        };
        writeln!(out, "{}", serde_json::to_string(&line)?)?;
    }
    Ok(if failed { 1 } else { 0 })
}

fn ingest(dir: &Path, opts: &Options, paths: &[PathBuf], json: bool) -> Result<i32> {
    let files = collect_inputs(paths)?;
    let mut pipeline = Pipeline::open(dir)?;
    let bar = progress(files.len());
    let mut reports: Vec<InputReport> = Vec::with_capacity(files.len());
    for file in &files {
        if let Some(bar) = &bar {
            bar.set_message(file.display().to_string());
        }
        let report = pipeline.ingest_file(file, opts);
        if let Some(bar) = &bar {
            bar.inc(1);
        }
        reports.push(report);
    }
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    pipeline.save()?;
    if json {
        let mut out = std::io::stdout().lock();
        for r in &reports {
            writeln!(out, "{}", serde_json::to_string(r)?)?;
        }
    } else {
        print_summary(&mut std::io::stdout().lock(), &reports)?;
        eprintln!("data: {}", dir.display());
    }
    Ok(if reports.iter().any(|r| r.rejected > 0) { 1 } else { 0 })
}

/// A progress bar on stderr when it is a terminal and there is enough to do.
fn progress(total: usize) -> Option<indicatif::ProgressBar> {
    if total < 5 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} files {elapsed} {wide_msg}") {
        bar.set_style(style);
    }
    bar.enable_steady_tick(Duration::from_millis(200));
    Some(bar)
}

fn open_existing(dir: &Path) -> Result<Pipeline> {
    if !dir.join(storyline_store::DB_FILE).exists() {
        bail!("no storyline data in {}: run `storyline ingest PATH` first, or pass --data DIR", dir.display());
    }
    Pipeline::open(dir)
}

fn topics(dir: &Path, json: bool) -> Result<i32> {
    let p = open_existing(dir)?;
    let r = p.store().reader();
    let topics = r.topics()?;
    let unfiled = r.recent_stories(20, true)?;
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&json!({"topics": topics, "unfiled_stories": unfiled}))?)?;
    } else {
        write!(out, "{}", views::render_topics(&topics, &unfiled, Utc::now()))?;
    }
    Ok(0)
}

/// What `show` was asked for.
#[derive(Debug, PartialEq, Eq)]
enum Target {
    Topic(i64),
    Story(i64),
}

fn parse_target(id: &str, story_flags: bool) -> Result<Target> {
    let id = id.trim();
    let lower = id.to_ascii_lowercase();
    let (kind, num) = if let Some(n) = lower.strip_prefix("topic:").or_else(|| lower.strip_prefix('t')) {
        ('t', n)
    } else if let Some(n) = lower.strip_prefix("story:").or_else(|| lower.strip_prefix('s')) {
        ('s', n)
    } else if story_flags {
        ('s', lower.as_str())
    } else {
        ('t', lower.as_str())
    };
    let n: i64 = num.parse().with_context(|| format!("{id:?} is not an id: use t3 for a topic or s12 for a story"))?;
    Ok(if kind == 't' { Target::Topic(n) } else { Target::Story(n) })
}

fn show(dir: &Path, id: &str, json: bool, opts: StoryOptions) -> Result<i32> {
    let p = open_existing(dir)?;
    let r = p.store().reader();
    let now = Utc::now();
    let mut out = std::io::stdout().lock();
    match parse_target(id, opts.why || opts.quotes || opts.claims)? {
        Target::Topic(t) => {
            let Some(topic) = r.topic(t)? else {
                bail!("no topic t{t}: `storyline topics` lists them");
            };
            let page = views::topic_page(&r, topic, now)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&page)?)?;
            } else {
                write!(out, "{}", views::render_topic_page(&page))?;
            }
        }
        Target::Story(s) => {
            let Some(current) = r.resolve_story(s)? else {
                bail!("no story s{s}: `storyline show tN` lists a topic's stories");
            };
            if current != s && !json {
                writeln!(out, "(story s{s} was merged into s{current})\n")?;
            }
            let Some(story) = r.story(current)? else {
                bail!("no story s{s}");
            };
            let page = views::story_page(&r, story, opts)?;
            if json {
                writeln!(out, "{}", serde_json::to_string_pretty(&page)?)?;
            } else {
                write!(out, "{}", views::render_story_page(&page, opts, now))?;
            }
        }
    }
    Ok(0)
}

fn serve(dir: &Path, addr: Option<String>, public_url: Option<String>, log_json: bool) -> Result<i32> {
    let cfg = config::Config::load(dir)?.serve;
    let addr = addr.unwrap_or(cfg.addr);
    let addr: std::net::SocketAddr =
        addr.parse().with_context(|| format!("--addr {addr:?} is not HOST:PORT, e.g. 127.0.0.1:8080"))?;
    // The token is a secret: from the environment first, so it need not sit in a file.
    let token = std::env::var("STORYLINE_TOKEN").ok().filter(|t| !t.is_empty()).or(cfg.token);
    let public_url = public_url.or(cfg.public_url).unwrap_or_else(|| format!("http://{addr}"));
    let json = log_json || std::env::var("STORYLINE_LOG_FORMAT").is_ok_and(|f| f.eq_ignore_ascii_case("json"));
    crate::web::init_logging(json);
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(crate::web::serve(crate::web::ServeOptions {
        addr,
        data: dir.to_path_buf(),
        token,
        public_url,
    }))?;
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_targets() {
        assert_eq!(parse_target("t3", false).expect("t3"), Target::Topic(3));
        assert_eq!(parse_target("S12", false).expect("s12"), Target::Story(12));
        assert_eq!(parse_target("7", false).expect("7"), Target::Topic(7));
        assert_eq!(parse_target("7", true).expect("7"), Target::Story(7));
        assert_eq!(parse_target("story:9", false).expect("story:9"), Target::Story(9));
        assert!(parse_target("x", false).is_err());
    }

    #[test]
    fn as_of_forms() {
        let now = Utc::now().fixed_offset();
        assert_eq!(
            parse_as_of("2026-02-20T12:00:00Z", now).expect("rfc3339").to_rfc3339(),
            "2026-02-20T12:00:00+00:00"
        );
        assert_eq!(parse_as_of("2026-02-20", now).expect("date").to_rfc3339(), "2026-02-20T12:00:00+00:00");
        assert!(parse_as_of("banana", now).is_err());
    }
}
