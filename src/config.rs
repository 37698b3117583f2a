//! Where storyline keeps its data.
//!
//! Precedence: `--data DIR`, then `STORYLINE_DATA` (both handled by clap), then
//! `$XDG_DATA_HOME/storyline`, then `~/.local/share/storyline`.

use std::path::{Path, PathBuf};

use anyhow::{bail, Result};

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
}
