//! Live sources: feed parsing, OPML, discovery, safe HTTP fetching, polling schedule.
