//! storyline: the library behind the `storyline` binary.
//!
//! Data flows one way: source → article → analysis → story → store → views. The stages live in
//! their own crates (`storyline-source`, `-article`, `-analysis`, `-story`, `-store`); this crate
//! joins them: [`pipeline`] runs ingest, [`views`] renders the store, [`eval`] measures quality,
//! [`cli`] parses the command line, [`web`] serves pages, API and feeds.

pub mod cli;
pub mod config;
pub mod eval;
pub mod feeds_cli;
pub mod pipeline;
pub mod views;
pub mod web;
