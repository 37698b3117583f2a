//! Where storyline keeps its data, and its configuration file.
//!
//! Data directory precedence: `--data DIR`, then `STORYLINE_DATA` (both handled by clap), then
//! `$XDG_DATA_HOME/storyline`, then `~/.local/share/storyline`.
//!
//! Configuration: `storyline.toml` in the data directory, or the file named by
//! `STORYLINE_CONFIG`. Every key is optional; command-line flags win over the file.

use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::{Deserialize, Serialize};

pub fn data_dir(explicit: Option<&Path>) -> Result<PathBuf> {
    if let Some(dir) = explicit {
        return Ok(dir.to_path_buf());
    }
    default_data_dir(std::env::var_os("XDG_DATA_HOME").map(PathBuf::from), std::env::var_os("HOME").map(PathBuf::from))
}

fn default_data_dir(xdg: Option<PathBuf>, home: Option<PathBuf>) -> Result<PathBuf> {
    if let Some(xdg) = xdg.filter(|p| p.is_absolute()) {
        return Ok(xdg.join("storyline"));
    }
    if let Some(home) = home.filter(|p| p.is_absolute()) {
        return Ok(home.join(".local/share/storyline"));
    }
    bail!("no data directory: set --data DIR, STORYLINE_DATA, XDG_DATA_HOME or HOME")
}

/// File name of the configuration file inside the data directory.
pub const CONFIG_FILE: &str = "storyline.toml";

/// Contents of `storyline.toml`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    pub fetch: FetchConfig,
    pub watch: WatchConfig,
    pub serve: ServeConfig,
}

/// `[fetch]`: how storyline talks to the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct FetchConfig {
    /// Allow loopback, private, link-local and metadata addresses (off: refused).
    pub allow_private: bool,
    /// Seconds before a request is abandoned.
    pub timeout_secs: u64,
    /// Largest response body accepted, in bytes (after decompression).
    pub max_bytes: u64,
    /// Requests in flight at once, over all hosts (one at a time per host).
    pub concurrency: usize,
    /// User-Agent header; the default names storyline and its version.
    pub user_agent: Option<String>,
}

impl Default for FetchConfig {
    fn default() -> Self {
        FetchConfig {
            allow_private: false,
            timeout_secs: 20,
            max_bytes: 10 * 1024 * 1024,
            concurrency: 8,
            user_agent: None,
        }
    }
}

/// `[watch]`: polling.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct WatchConfig {
    /// Default polling interval of a feed, in minutes.
    pub interval_minutes: u64,
}

impl Default for WatchConfig {
    fn default() -> Self {
        WatchConfig { interval_minutes: 30 }
    }
}

/// `[serve]`: the web app and API.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ServeConfig {
    pub addr: String,
    /// Bearer token for write endpoints; writes are refused while it is unset.
    /// `STORYLINE_TOKEN` overrides it.
    pub token: Option<String>,
    /// Absolute URL the server is reached at, for links in Atom feeds.
    pub public_url: Option<String>,
}

impl Default for ServeConfig {
    fn default() -> Self {
        ServeConfig { addr: "127.0.0.1:8080".to_string(), token: None, public_url: None }
    }
}

impl Config {
    /// Load the configuration for data directory `dir` (defaults when there is no file).
    pub fn load(dir: &Path) -> Result<Config> {
        let path = match std::env::var_os("STORYLINE_CONFIG") {
            Some(p) => PathBuf::from(p),
            None => dir.join(CONFIG_FILE),
        };
        Config::load_file(&path)
    }

    fn load_file(path: &Path) -> Result<Config> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(e).with_context(|| format!("cannot read config {}", path.display())),
        };
        toml::from_str(&text)
            .with_context(|| format!("config {} is invalid: fix the key or value named", path.display()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn precedence() {
        let p = |s: &str| Some(PathBuf::from(s));
        assert_eq!(data_dir(Some(Path::new("/d"))).expect("explicit"), PathBuf::from("/d"));
        assert_eq!(default_data_dir(p("/x"), p("/h")).expect("xdg"), PathBuf::from("/x/storyline"));
        assert_eq!(default_data_dir(p("rel"), p("/h")).expect("home"), PathBuf::from("/h/.local/share/storyline"));
        assert!(default_data_dir(None, None).is_err());
    }

    #[test]
    fn config_file_defaults_and_errors() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join(CONFIG_FILE);
        assert_eq!(Config::load_file(&path).expect("missing is default"), Config::default());
        std::fs::write(&path, "[fetch]\nallow_private = true\n[watch]\ninterval_minutes = 5\n").expect("write");
        let c = Config::load_file(&path).expect("valid");
        assert!(c.fetch.allow_private);
        assert_eq!(c.watch.interval_minutes, 5);
        assert_eq!(c.fetch.timeout_secs, 20, "unset keys keep defaults");
        std::fs::write(&path, "[fetch]\nallow_privat = true\n").expect("write");
        let err = format!("{:#}", Config::load_file(&path).expect_err("typo is an error"));
        assert!(err.contains("allow_privat"), "{err}");
    }
}
