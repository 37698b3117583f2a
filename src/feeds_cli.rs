//! `storyline feeds …`, `storyline fetch`, `storyline watch`: live ingestion commands.

use std::path::Path;

use anyhow::{bail, Result};
use clap::{Args, Subcommand};

#[derive(Subcommand, Debug)]
pub enum FeedsCommand {
    /// Subscribe to a feed (or a page that links to one).
    Add {
        url: String,
        #[command(flatten)]
        net: NetArgs,
    },
    /// Subscribe to every feed of an OPML file.
    Import { file: std::path::PathBuf },
    /// Print subscriptions as OPML.
    Export,
    /// List subscriptions with last fetch, status, error and next due time.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Unsubscribe (by id or URL).
    Remove { feed: String },
}

#[derive(Args, Debug, Clone, Default)]
pub struct NetArgs {
    /// Allow fetching loopback, private, link-local and metadata addresses.
    #[arg(long)]
    pub allow_private: bool,
}

pub fn feeds(dir: &Path, cmd: FeedsCommand) -> Result<i32> {
    let _ = (dir, cmd);
    bail!("feeds are not implemented yet")
}

pub fn fetch(dir: &Path, urls: &[String], net: &NetArgs) -> Result<i32> {
    let _ = (dir, urls, net);
    bail!("fetch is not implemented yet")
}

pub fn watch(dir: &Path, once: bool, net: &NetArgs) -> Result<i32> {
    let _ = (dir, once, net);
    bail!("watch is not implemented yet")
}
