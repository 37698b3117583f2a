//! English stop words (function words and news boilerplate). Other languages rely on IDF:
//! their function words are frequent, so they weigh little and are not indexed.

/// Beyond [`storyline_article::stop::ENGLISH`]: news boilerplate that says nothing about which
/// event an article reports.
const EXTRA: &[&str] = &[
    "ago",
    "away",
    "later",
    "need",
    "next",
    "please",
    "posted",
    "published",
    "several",
    "two",
    "pm",
    "st",
    "s",
    "t",
    "re",
    "ve",
    "ll",
    "d",
    "don",
    "didn",
    "doesn",
    "isn",
    "wasn",
    "aren",
    "weren",
    "won",
    "wouldn",
    "couldn",
    "shouldn",
    "hasn",
    "haven",
    "hadn",
    "let",
    "lets",
    "etc",
    "reported",
    "report",
    "reports",
    "update",
    "updated",
    "read",
    "click",
    "share",
    "comment",
    "comments",
    "copyright",
    "image",
    "photo",
    "video",
    "caption",
];

pub fn is_stop(w: &str) -> bool {
    use std::sync::OnceLock;
    static SET: OnceLock<rustc_hash::FxHashSet<&'static str>> = OnceLock::new();
    let set = SET.get_or_init(|| storyline_article::stop::ENGLISH.iter().chain(EXTRA).copied().collect());
    if w.len() > 12 {
        return w.starts_with("http") || w.starts_with("www");
    }
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    set.contains(w) || w.starts_with("http") || w.starts_with("www")
}

#[cfg(test)]
mod tests {
    #[test]
    fn stop_words() {
        assert!(super::is_stop("the"));
        assert!(super::is_stop("The".to_lowercase().as_str()));
        assert!(!super::is_stop("earthquake"));
    }
}
