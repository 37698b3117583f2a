//! Story-level views: the claim ledger and quotes grouped by speaker. Pure functions.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::entities::alias_key;
use crate::text::fold;
use crate::{Claim, Entity, Quote};

/// One claim of one article, as input to [`ledger`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerInput {
    pub claim: Claim,
    /// Article key (id or URL).
    pub article: String,
    /// Outlet / source name.
    pub source: Option<String>,
    /// Publication date (RFC 3339 or any sortable text).
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerEntry {
    pub value: f64,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub high: Option<f64>,
    pub qualifier: String,
    pub claimant: Option<String>,
    pub source: Option<String>,
    pub published: Option<String>,
    pub article: String,
    pub text: String,
    pub sentence: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LedgerGroup {
    /// Normalised key: stemmed words of `what` plus the unit class.
    pub key: String,
    /// The most frequent `what` of the group.
    pub what: String,
    pub unit: Option<String>,
    pub entries: Vec<LedgerEntry>,
    /// Some pair of values is incompatible given the qualifiers.
    pub value_conflict: bool,
    /// Two entries name different claimants.
    pub claimant_conflict: bool,
    pub conflict: bool,
}

const STOP: &[&str] = &[
    "the", "a", "an", "of", "in", "on", "at", "for", "to", "and", "or", "its", "their", "his", "her", "by", "from",
    "with", "some", "other", "more", "new", "total",
];

/// Crude English stemmer for grouping keys.
pub fn stem(w: &str) -> String {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    let mut s = w.to_string();
    for (suf, rep) in
        [("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("xes", "x"), ("ches", "ch"), ("shes", "sh"), ("s", "")]
    {
        if s.len() > suf.len() + 2 && s.ends_with(suf) && !(suf == "s" && (s.ends_with("ss") || s.ends_with("us"))) {
            s.truncate(s.len() - suf.len());
            s.push_str(rep);
            break;
        }
    }
    s
}

fn what_key(what: &str) -> String {
    let f = fold(what);
    let mut words: Vec<String> = f
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty() && !STOP.contains(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(stem)
        .collect();
    words.sort();
    words.dedup();
    words.join(" ")
}

fn unit_class(u: Option<&str>) -> &'static str {
    match u {
        Some("percent") | Some("percentage points") => "percent",
        Some("tally") => "tally",
        Some("times") | Some("ratio") => "ratio",
        Some(x) if x.len() == 3 && x.chars().all(|c| c.is_ascii_uppercase()) => "money",
        Some(_) => "measure",
        None => "count",
    }
}

fn interval(v: f64, high: Option<f64>, q: &str) -> (f64, f64) {
    if let Some(h) = high {
        return (v.min(h), v.max(h));
    }
    let tol = v.abs() * 0.02;
    match q {
        "approximately" => (v * 0.8, v * 1.2),
        "at least" => (v - tol, f64::INFINITY),
        "more than" => (v - tol, f64::INFINITY),
        "less than" | "at most" | "up to" => (f64::NEG_INFINITY, v + tol),
        _ => (v - tol, v + tol),
    }
}

fn norm_claimant(c: &str) -> String {
    alias_key(c)
}

/// Group claims about the same thing across articles and flag conflicts.
pub fn ledger(items: &[LedgerInput]) -> Vec<LedgerGroup> {
    let mut groups: Vec<LedgerGroup> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut whats: Vec<HashMap<String, usize>> = Vec::new();
    for it in items {
        let Some(what) = it.claim.what.as_deref() else { continue };
        let wk = what_key(what);
        if wk.is_empty() {
            continue;
        }
        let uc = unit_class(it.claim.unit.as_deref());
        let key = format!("{wk} [{uc}]");
        let gi = *index.entry(key.clone()).or_insert_with(|| {
            groups.push(LedgerGroup {
                key: key.clone(),
                what: what.to_string(),
                unit: it.claim.unit.clone(),
                entries: Vec::new(),
                value_conflict: false,
                claimant_conflict: false,
                conflict: false,
            });
            whats.push(HashMap::new());
            groups.len() - 1
        });
        *whats[gi].entry(what.to_string()).or_insert(0) += 1;
        groups[gi].entries.push(LedgerEntry {
            value: it.claim.value,
            high: it.claim.high,
            qualifier: it.claim.qualifier.clone(),
            claimant: it.claim.claimant.clone(),
            source: it.source.clone(),
            published: it.published.clone(),
            article: it.article.clone(),
            text: it.claim.text.clone(),
            sentence: it.claim.sentence.clone(),
        });
    }
    for (g, w) in groups.iter_mut().zip(whats.iter()) {
        if let Some((best, _)) = w.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))) {
            g.what = best.clone();
        }
        g.entries.sort_by(|a, b| a.published.cmp(&b.published).then(a.article.cmp(&b.article)));
        // Linear, not pairwise: a story can carry hundreds of claims about one thing. Intervals
        // on a line all overlap exactly when the largest start is not past the smallest end.
        let (mut max_low, mut min_high) = (f64::NEG_INFINITY, f64::INFINITY);
        let mut claimants: HashSet<String> = HashSet::new();
        for e in &g.entries {
            let (low, high) = interval(e.value, e.high, &e.qualifier);
            max_low = max_low.max(low);
            min_high = min_high.min(high);
            if let Some(c) = &e.claimant {
                claimants.insert(norm_claimant(c));
            }
        }
        g.value_conflict = max_low > min_high;
        g.claimant_conflict = claimants.len() > 1;
        g.conflict = g.value_conflict || g.claimant_conflict;
    }
    groups.sort_by(|a, b| b.entries.len().cmp(&a.entries.len()).then(a.key.cmp(&b.key)));
    groups
}

/// One quote of one article, as input to [`quotes_by_speaker`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuoteInput {
    pub quote: Quote,
    pub article: String,
    pub source: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SpeakerQuotes {
    /// Canonical speaker name; `None` for unattributed quotes.
    pub speaker: Option<String>,
    /// Entity kind of the speaker when it is a known entity.
    pub kind: Option<String>,
    pub quotes: Vec<QuoteInput>,
}

/// Group quotes by canonical speaker, mapping aliases ("Zelenskyy", "Zelensky", "Volodymyr
/// Zelensky") onto the entity names in `entities` (for example from [`crate::merge_entities`]).
pub fn quotes_by_speaker(items: &[QuoteInput], entities: &[Entity]) -> Vec<SpeakerQuotes> {
    let mut alias: HashMap<String, usize> = HashMap::new();
    let mut surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        alias.entry(alias_key(&e.name)).or_insert(i);
        for m in &e.mentions {
            alias.entry(alias_key(m)).or_insert(i);
        }
        if e.kind == "person" {
            if let Some(l) = e.name.split_whitespace().last() {
                surname.entry(alias_key(l)).or_default().push(i);
            }
        }
    }
    let mut out: Vec<SpeakerQuotes> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for it in items {
        let (name, kind) = match &it.quote.speaker {
            None => (None, None),
            Some(s) => {
                let k = alias_key(s);
                let ent = alias.get(&k).copied().or_else(|| {
                    let last = s.split_whitespace().last().map(alias_key).unwrap_or_default();
                    surname.get(&last).filter(|v| v.len() == 1).map(|v| v[0])
                });
                match ent {
                    Some(i) => (Some(entities[i].name.clone()), Some(entities[i].kind.clone())),
                    None => (Some(s.clone()), None),
                }
            }
        };
        let key = name.as_deref().map(alias_key).unwrap_or_default();
        let gi = *index.entry(key).or_insert_with(|| {
            out.push(SpeakerQuotes { speaker: name.clone(), kind: kind.clone(), quotes: Vec::new() });
            out.len() - 1
        });
        out[gi].quotes.push(it.clone());
    }
    out.sort_by(|a, b| {
        (a.speaker.is_none())
            .cmp(&b.speaker.is_none())
            .then(b.quotes.len().cmp(&a.quotes.len()))
            .then(a.speaker.cmp(&b.speaker))
    });
    out
}
