//! storyline: library behind the `storyline` binary.
