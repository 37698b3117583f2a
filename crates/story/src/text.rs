//! Text to features: words, stems, entities, numbers and dates.
//!
//! Every feature is a string key in its own namespace, so the vocabulary can hold them all:
//! a plain stem (`"earthquak"`), `"#e tara reid"` (entity), `"#y 2009"` (year),
//! `"#d 04-28"` (month and day), `"#m 2009-04"` (year and month), `"#n 6.1"` (other number).
//! Keys never contain `#` or a space otherwise (words have neither), so namespaces can't clash.

use std::borrow::Cow;

use rustc_hash::FxHashMap;
use unicode_segmentation::UnicodeSegmentation;

/// Weight of one headline occurrence relative to one body occurrence.
pub const HEADLINE_BOOST: f32 = 2.0;
/// Weight of a word taken from a URL slug used as headline (the slug is a noisy headline).
pub const SLUG_BOOST: f32 = 1.5;
/// Weight of an entity's component word (e.g. `reid` of `Tara Reid`) relative to the full span.
/// 0.5 lost matches on surnames alone; 1.0 let unrelated BBC stories grow on shared first names.
pub const COMPONENT_WEIGHT: f32 = 0.75;

/// Body tokens (words and numbers) that count as the lead for [`Features::lead_years`].
pub const LEAD_TOKENS: usize = 60;

/// Feature namespaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Term = 0,
    Entity = 1,
    Number = 2,
    Date = 3,
}

impl Kind {
    pub fn of_key(key: &str) -> Kind {
        if let Some(rest) = key.strip_prefix('#') {
            match rest.as_bytes().first() {
                Some(b'e') => Kind::Entity,
                Some(b'n') => Kind::Number,
                _ => Kind::Date,
            }
        } else {
            Kind::Term
        }
    }
}

/// One distinct feature of a document with its (field-weighted) term frequency.
#[derive(Debug, Clone)]
pub struct Feature {
    pub key: String,
    /// How to show it to a person (original casing for entities, a surface word for stems).
    pub display: String,
    pub tf: f32,
    pub headline: bool,
}

/// All the features of one document.
#[derive(Debug, Default)]
pub struct Features {
    pub feats: Vec<Feature>,
    /// Number of word features (terms) found in the body; 0 for a title-only article.
    pub body_terms: usize,
    pub headline_terms: usize,
    /// Years named in the headline (or URL slug) and in the first [`LEAD_TOKENS`] tokens of the
    /// body, `(year, weight)` sorted by year: the dateline and the lead give the event's year,
    /// while years further down are mostly background ("opened in 1994", "since 2004").
    pub lead_years: Vec<(u32, f32)>,
}

struct Acc {
    index: FxHashMap<String, usize>,
    out: Vec<Feature>,
    /// Years of the headline and the lead, with their weights (see [`Features::lead_years`]).
    lead_years: Vec<(u32, f32)>,
    /// Tokens of the current field that count as lead (`usize::MAX`: all).
    lead: usize,
}

impl Acc {
    fn lead_year(&mut self, tok: usize, year: u32, boost: f32) {
        if tok >= self.lead {
            return;
        }
        match self.lead_years.binary_search_by_key(&year, |e| e.0) {
            Ok(i) => self.lead_years[i].1 += boost,
            Err(i) => self.lead_years.insert(i, (year, boost)),
        }
    }

    fn add(&mut self, key: &str, display: &str, tf: f32, headline: bool) {
        if let Some(&i) = self.index.get(key) {
            let f = &mut self.out[i];
            f.tf += tf;
            f.headline |= headline;
            // Prefer a mixed-case display over an all-caps one.
            if f.display.chars().all(|c| !c.is_lowercase()) && display.chars().any(char::is_lowercase) {
                f.display = display.to_string();
            }
        } else {
            self.index.insert(key.to_string(), self.out.len());
            self.out.push(Feature { key: key.to_string(), display: display.to_string(), tf, headline });
        }
    }
}

/// A stemmer for an ISO 639 code (whatlang gives 639-3: "eng", "deu", ...); English when unknown.
pub fn stemmer_for(language: Option<&str>) -> Option<frostem::Stemmer> {
    match language {
        None => Some(frostem::Stemmer::new(frostem::Algorithm::English)),
        Some(code) => frostem::Stemmer::try_from_name(code).ok(),
    }
}

/// Word → stem, per stemming algorithm.
type StemCache = FxHashMap<frostem::Algorithm, FxHashMap<Box<str>, Box<str>>>;

/// Stem with a per-thread cache (stemming is a large share of the text work and news vocabulary
/// repeats). The cache only saves time: results are the stemmer's.
fn cached_stem<'w>(stemmer: &frostem::Stemmer, w: &'w str) -> Cow<'w, str> {
    use std::cell::RefCell;
    const MAX_ENTRIES: usize = 200_000;
    thread_local! {
        static CACHE: RefCell<StemCache> =
            RefCell::new(FxHashMap::default());
    }
    let alg = stemmer.algorithm();
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let m = c.entry(alg).or_default();
        if let Some(stem) = m.get(w) {
            return Cow::Owned(stem.to_string());
        }
        let stem = stemmer.stem(w).into_owned();
        if m.len() >= MAX_ENTRIES {
            m.clear();
        }
        m.insert(w.into(), stem.as_str().into());
        Cow::Owned(stem)
    })
}

/// True when a headline is really a URL (scraped pages without a title), possibly tokenised
/// with spaces ("http : / / www . example . com / ...").
pub fn is_url_ish(headline: &str) -> bool {
    let h = headline.trim();
    if h.is_empty() {
        return false;
    }
    let lower = h.to_ascii_lowercase();
    lower.starts_with("http")
        || lower.starts_with("www")
        || lower.contains("://")
        || lower.contains(": / /")
        || (h.matches('/').count() >= 3 && h.split_whitespace().count() <= 3)
}

/// Words of a URL's path ("/2009/apr/28/obama-endangered-species" -> "obama endangered species"):
/// alphabetic pieces of two letters or more, without file extensions and other URL furniture.
pub fn url_slug_words(url: &str) -> String {
    const JUNK: &[&str] = &[
        "http", "https", "www", "html", "htm", "shtml", "php", "asp", "aspx", "jsp", "cms", "cfm", "index", "com",
        "org", "net",
    ];
    let compact: String = url.chars().filter(|c| !c.is_whitespace()).collect();
    let after_scheme = match compact.find("//") {
        Some(i) => &compact[i + 2..],
        None => compact.as_str(),
    };
    // Skip the host.
    let path = match after_scheme.find('/') {
        Some(i) => &after_scheme[i + 1..],
        None => "",
    };
    let mut words: Vec<String> = Vec::new();
    for piece in path.split(|c: char| !c.is_alphanumeric()) {
        let numeric = !piece.is_empty() && piece.chars().all(|c| c.is_ascii_digit());
        if numeric && piece.len() <= 4 {
            // Dates in paths ("/2009/apr/28/") are kept for the date features.
            if words.len() < 24 {
                words.push(piece.to_string());
            }
            continue;
        }
        if piece.chars().count() < 2 || !piece.chars().all(char::is_alphabetic) {
            continue;
        }
        let lower = piece.to_lowercase();
        if JUNK.contains(&lower.as_str()) || words.len() >= 24 {
            continue;
        }
        words.push(lower);
    }
    words.join(" ")
}

#[derive(Debug)]
struct Tok<'a> {
    text: &'a str,
    lower: Cow<'a, str>,
    /// First word of a sentence (or line).
    sent_start: bool,
    /// Punctuation (other than spaces) between this word and the previous one.
    broken: bool,
    cap: bool,
    /// Part of a title-case or all-caps line: capitalisation says nothing there.
    caps_line: bool,
}

fn tokenise(text: &str) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok> = Vec::new();
    let mut sent_start = true;
    let mut broken = true;
    let mut line_start_tok = 0usize;
    let finish_line = |toks: &mut Vec<Tok>, from: usize| {
        let words = &toks[from..];
        let alpha = words.iter().filter(|t| t.text.chars().next().is_some_and(char::is_alphabetic)).count();
        let caps = words.iter().filter(|t| t.cap).count();
        let all_caps =
            words.iter().filter(|t| t.text.chars().count() > 1 && t.text.chars().all(|c| !c.is_lowercase())).count();
        if alpha >= 4 && (caps * 10 >= alpha * 6 || all_caps * 2 >= alpha) {
            for t in &mut toks[from..] {
                t.caps_line = true;
            }
        }
    };
    for seg in text.split_word_bounds() {
        let mut chars = seg.chars();
        let Some(first) = chars.next() else { continue };
        if seg.chars().any(char::is_alphanumeric) {
            toks.push(Tok {
                text: seg,
                lower: if seg.chars().any(char::is_uppercase) {
                    Cow::Owned(seg.to_lowercase())
                } else {
                    Cow::Borrowed(seg)
                },
                sent_start,
                broken,
                cap: first.is_uppercase(),
                caps_line: false,
            });
            sent_start = false;
            broken = false;
        } else if first.is_whitespace() {
            if seg.contains('\n') {
                finish_line(&mut toks, line_start_tok);
                line_start_tok = toks.len();
                sent_start = true;
                broken = true;
            }
        } else {
            broken = true;
            if matches!(first, '.' | '!' | '?' | ';' | '•' | '|' | '·') {
                sent_start = true;
            }
        }
    }
    finish_line(&mut toks, line_start_tok);
    toks
}

fn month_of(w: &str) -> Option<u32> {
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sep" | "sept" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

fn number_of(w: &str) -> Option<String> {
    let w = w.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
    if w.is_empty() || !w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    if !w.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    let s: String = w.chars().filter(|&c| c != ',').collect();
    let s = s.trim_end_matches('.').to_string();
    if s.is_empty() {
        None
    } else {
        Some(s)
    }
}

fn is_connector(w: &str) -> bool {
    matches!(
        w,
        "of" | "de"
            | "la"
            | "le"
            | "van"
            | "von"
            | "der"
            | "den"
            | "du"
            | "del"
            | "da"
            | "di"
            | "bin"
            | "al"
            | "el"
            | "y"
    )
}

fn weekday_or_month(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "mon"
            | "tue"
            | "tues"
            | "wed"
            | "thu"
            | "thurs"
            | "fri"
            | "sat"
            | "sun"
    ) || (month_of(w).is_some() && w != "may" && w != "mar")
}

/// Extract the features of one field (headline or body) into `acc`.
/// `boost` is the weight of one occurrence; `entities` turns capitalised-span detection on.
fn field_features(
    text: &str,
    boost: f32,
    headline: bool,
    stemmer: Option<&frostem::Stemmer>,
    acc: &mut Acc,
    entities: bool,
) -> usize {
    let toks = tokenise(text);
    let mut terms = 0usize;
    // Terms.
    for t in &toks {
        let w = &*t.lower;
        if !t.text.chars().next().is_some_and(char::is_alphabetic) {
            continue;
        }
        if w.chars().count() < 2 || w.chars().count() > 40 || crate::stop::is_stop(w) {
            continue;
        }
        if weekday_or_month(w) || w.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
        let stem: Cow<str> = match stemmer {
            Some(s) => cached_stem(s, w),
            None => Cow::Borrowed(w),
        };
        if stem.is_empty() {
            continue;
        }
        acc.add(&stem, w, boost, headline);
        terms += 1;
    }
    // Numbers and dates.
    let mut used = vec![false; toks.len()];
    for i in 0..toks.len() {
        let Some(m) = month_of(&toks[i].lower) else { continue };
        let day = |j: usize| -> Option<u32> {
            let n: u32 = toks.get(j)?.lower.parse().ok()?;
            (1..=31).contains(&n).then_some(n)
        };
        let year = |j: usize| -> Option<u32> {
            let n: u32 = toks.get(j)?.lower.parse().ok()?;
            (1900..=2100).contains(&n).then_some(n)
        };
        let mut d = None;
        if let Some(n) = day(i + 1) {
            d = Some((n, i + 1));
        } else if i > 0 {
            if let Some(n) = day(i - 1) {
                d = Some((n, i - 1));
            }
        }
        let y = year(i + 1)
            .map(|y| (y, i + 1))
            .or_else(|| year(i + 2).map(|y| (y, i + 2)))
            .or_else(|| i.checked_sub(1).and_then(|j| year(j).map(|y| (y, j))))
            .or_else(|| i.checked_sub(2).and_then(|j| year(j).map(|y| (y, j))));
        if d.is_none() && y.is_none() {
            continue;
        }
        if let Some((n, j)) = d {
            used[j] = true;
            acc.add(&format!("#d {m:02}-{n:02}"), &format!("{} {n}", toks[i].text), boost, headline);
        }
        if let Some((yv, j)) = y {
            used[j] = true;
            acc.lead_year(j, yv, boost);
            acc.add(&format!("#m {yv}-{m:02}"), &format!("{} {yv}", toks[i].text), boost, headline);
            acc.add(&format!("#y {yv}"), &yv.to_string(), boost, headline);
        }
    }
    for (i, t) in toks.iter().enumerate() {
        if used[i] {
            continue;
        }
        let Some(n) = number_of(&t.lower) else { continue };
        if n.len() < 2 {
            continue;
        }
        if n.len() == 4 && !n.contains('.') && n.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y)) {
            acc.lead_year(i, n.parse().unwrap_or(0), boost);
            acc.add(&format!("#y {n}"), &n, boost, headline);
        } else if n.len() <= 12 {
            acc.add(&format!("#n {n}"), &n, boost, headline);
        }
    }
    if !entities {
        return terms;
    }
    // Capitalised spans. First: words seen capitalised inside a sentence (proper nouns), so a
    // sentence-initial single capitalised word only counts when it is one of them.
    let mut mid_caps: rustc_hash::FxHashSet<&str> = Default::default();
    for t in &toks {
        if t.cap && !t.sent_start && !t.caps_line {
            mid_caps.insert(&*t.lower);
        }
    }
    let ok_word = |t: &Tok| {
        t.cap
            && !t.caps_line
            && t.text.chars().next().is_some_and(char::is_alphabetic)
            && !weekday_or_month(&t.lower)
            && !crate::stop::is_stop(&t.lower)
            && t.text.chars().count() >= 2
    };
    let mut i = 0;
    while i < toks.len() {
        if !ok_word(&toks[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i + 1; // exclusive
        loop {
            if end < toks.len() && !toks[end].broken && ok_word(&toks[end]) {
                end += 1;
            } else if end + 1 < toks.len()
                && !toks[end].broken
                && !toks[end + 1].broken
                && is_connector(&toks[end].lower)
                && ok_word(&toks[end + 1])
            {
                end += 2;
            } else {
                break;
            }
            if end - start >= 6 {
                break;
            }
        }
        i = end;
        let span = &toks[start..end];
        if span.len() == 1 {
            let t = &span[0];
            if t.sent_start && !mid_caps.contains(&*t.lower) {
                continue;
            }
        }
        // Possessives name the same entity: "Japan's" is "Japan".
        let bare = |w: &'_ str| -> String {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .or_else(|| w.strip_suffix("'S"))
                .unwrap_or(w)
                .to_string()
        };
        let key: Vec<String> = span.iter().map(|t| bare(&t.lower)).collect();
        let key = format!("#e {}", key.join(" "));
        let display: Vec<String> = span.iter().map(|t| bare(t.text)).collect();
        acc.add(&key, &display.join(" "), boost, headline);
        if span.len() > 1 {
            for t in span {
                if t.text.chars().count() >= 3 && !is_connector(&t.lower) {
                    acc.add(&format!("#e {}", bare(&t.lower)), &bare(t.text), boost * COMPONENT_WEIGHT, headline);
                }
            }
        }
    }
    terms
}

/// Split a body whose first line is a short title (scraped pages often start with the title).
fn leading_title(body: &str) -> Option<(&str, &str)> {
    let trimmed = body.trim_start();
    let nl = trimmed.find('\n')?;
    let first = trimmed[..nl].trim();
    let words = first.split_whitespace().count();
    if (3..=25).contains(&words) && first.chars().count() <= 200 {
        Some((first, &trimmed[nl + 1..]))
    } else {
        None
    }
}

/// All features of an article. `extra_entities` are names given by the facts stage.
pub fn features(headline: &str, body: &str, language: Option<&str>, extra_entities: &[String]) -> Features {
    let stemmer = stemmer_for(language);
    let mut acc = Acc { index: FxHashMap::default(), out: Vec::new(), lead_years: Vec::new(), lead: usize::MAX };
    let mut headline_terms = 0;
    let mut body = body;
    if is_url_ish(headline) {
        let slug = url_slug_words(headline);
        headline_terms += field_features(&slug, SLUG_BOOST, true, stemmer.as_ref(), &mut acc, false);
        if let Some((title, rest)) = leading_title(body) {
            headline_terms += field_features(title, HEADLINE_BOOST, true, stemmer.as_ref(), &mut acc, true);
            body = rest;
        }
    } else {
        headline_terms += field_features(headline, HEADLINE_BOOST, true, stemmer.as_ref(), &mut acc, true);
    }
    acc.lead = LEAD_TOKENS;
    let body_terms = field_features(body, 1.0, false, stemmer.as_ref(), &mut acc, true);
    for name in extra_entities {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > 80 {
            continue;
        }
        let key: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
        acc.add(&format!("#e {}", key.join(" ")), name, 1.0, false);
    }
    Features { feats: acc.out, body_terms, headline_terms, lead_years: acc.lead_years }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(f: &Features) -> Vec<&str> {
        f.feats.iter().map(|f| f.key.as_str()).collect()
    }

    #[test]
    fn url_headlines_become_slug_words() {
        let h = "http : / / www . example . com / news / 2009 / apr / 28 / quake - hits - town . html";
        assert!(is_url_ish(h));
        assert_eq!(url_slug_words(h), "news 2009 apr 28 quake hits town");
        assert!(!is_url_ish("Quake hits town"));
    }

    #[test]
    fn entities_numbers_dates() {
        let f = features(
            "Quake hits Northern Valley",
            "A magnitude 6.1 earthquake struck Northern Valley on 28 April 2009 .\n\
             Officials in Port Elena said 66 people died . Rescue teams reached Port Elena later .",
            None,
            &[],
        );
        let k = keys(&f);
        assert!(k.contains(&"#e port elena"), "{k:?}");
        assert!(k.contains(&"#e northern valley"), "{k:?}");
        assert!(k.contains(&"#n 6.1"), "{k:?}");
        assert!(k.contains(&"#n 66"), "{k:?}");
        assert!(k.contains(&"#d 04-28"), "{k:?}");
        assert!(k.contains(&"#m 2009-04"), "{k:?}");
        assert!(k.contains(&"#y 2009"), "{k:?}");
        assert!(k.contains(&"earthquak"), "{k:?}");
        // Sentence-initial common words are not entities; stop words are not terms.
        assert!(!k.contains(&"#e officials"), "{k:?}");
        assert!(!k.contains(&"the"), "{k:?}");
        let pe = f.feats.iter().find(|f| f.key == "#e port elena").unwrap();
        assert_eq!(pe.display, "Port Elena");
        assert_eq!(pe.tf, 2.0);
    }

    #[test]
    fn title_case_lines_give_no_spans() {
        let f = features("Peter Smith Takes Over The Big Show Tonight", "", None, &[]);
        assert!(f.feats.iter().all(|f| Kind::of_key(&f.key) != Kind::Entity));
        assert!(f.headline_terms >= 5);
        assert_eq!(f.body_terms, 0);
    }

    #[test]
    fn possessives_are_the_entity() {
        let f = features("x", "Talks began in Port Elena . Port Elena's mayor spoke .", None, &[]);
        let pe = f.feats.iter().find(|f| f.key == "#e port elena").unwrap();
        assert_eq!(pe.tf, 2.0);
        assert!(!keys(&f).contains(&"#e port elena's"));
    }

    #[test]
    fn lead_years_come_from_headline_slug_and_lead() {
        let body = format!(
            "Storm hits the coast\nSeptember 18 , 2013\nA storm hit the coast today . {} The pier, \
             built in 1994 , was closed .",
            "More words here . ".repeat(20)
        );
        let f = features("http : / / example . com / 2013 / 09 / 18 / storm - hits", &body, None, &[]);
        let years: Vec<u32> = f.lead_years.iter().map(|e| e.0).collect();
        assert_eq!(years, vec![2013], "{:?}", f.lead_years);
        // Slug (×1.5) and dateline (×1).
        assert!((f.lead_years[0].1 - 2.5).abs() < 1e-6, "{:?}", f.lead_years);
        // The background year is still a feature, just not a lead year.
        assert!(keys(&f).contains(&"#y 1994"));
        assert!(features("No years", "Nothing dated here at all .", None, &[]).lead_years.is_empty());
    }

    #[test]
    fn extra_entities_are_used() {
        let f = features("x", "some words here", None, &["Acme Corp".to_string()]);
        assert!(keys(&f).contains(&"#e acme corp"));
    }
}
