//! Story-level views: the claim ledger and quotes grouped by speaker. Pure functions.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::entities::alias_key;
use crate::lexicon::LEX;
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

/// Quantities named in many ways: a key word (stemmed) mapped onto one canonical thing.
/// Casualty words win over the noun they count ("40 Palestinians killed", "the death toll").
fn canonical(word: &str) -> Option<&'static str> {
    Some(match word {
        "kill" | "dead" | "death" | "died" | "die" | "fatality" | "toll" => "killed",
        "injur" | "injury" | "wound" | "hurt" => "injured",
        "arrest" | "detain" | "detention" | "detainee" => "arrested",
        "magnitude" | "richter" => "magnitude",
        "evacuat" | "evacuee" | "evacuation" => "evacuated",
        _ => return None,
    })
}

/// The canonical quantity named right after the figure in its sentence ("12 were killed and 20
/// wounded": 20 is of the wounded even when the claim inherited "people killed" from the 12).
/// Looks at up to three words after the first occurrence of the figure's text, stopping at
/// punctuation or "and".
fn class_after(sentence: &str, text: &str, window: usize, any_class: bool) -> Option<&'static str> {
    if text.is_empty() {
        return None;
    }
    let mut from = 0;
    while let Some(p) = sentence.get(from..).and_then(|s| s.find(text)) {
        let at = from + p;
        let end = at + text.len();
        let before_ok = sentence[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after_ok = sentence[end..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        if before_ok && after_ok {
            for w in sentence[end..].split_whitespace().take(window) {
                // "two men accused of killing": the suspects are not the dead
                if w.chars().all(|c| !c.is_alphanumeric())
                    || matches!(
                        fold(w).as_str(),
                        "and"
                            | "but"
                            | "while"
                            | "accused"
                            | "charged"
                            | "suspected"
                            | "convicted"
                            | "over"
                            | "for"
                            | "of"
                    )
                {
                    return None;
                }
                let wl = fold(w.trim_matches(|c: char| !c.is_alphanumeric()));
                if let Some(c) = canonical(&stem(&wl)).filter(|c| any_class || matches!(*c, "killed" | "injured")) {
                    return Some(c);
                }
                if w.ends_with([',', ';', ':', '.']) {
                    return None;
                }
            }
            return None;
        }
        from = end;
    }
    None
}

/// Heads that say who is counted but not what happened to them ("50 people").
fn generic_head(key: &str) -> bool {
    matches!(
        key,
        "people"
            | "person"
            | "individual"
            | "other"
            | "men"
            | "women"
            | "children"
            | "civilian"
            | "resident"
            | "victim"
            | "villager"
            | "passenger"
            | "student"
    ) || LEX.demonym_nouns.contains(key)
        || LEX.demonym_nouns.contains(&format!("{key}s"))
}

/// Length nouns: one key per dimension and the factor to its base unit, so "10 km" and "6
/// miles" sit side by side and are compared in kilometres.
fn unit_noun(key: &str) -> Option<(&'static str, f64)> {
    Some(match key {
        "km" | "kilometre" | "kilometer" | "kms" => ("distance (km)", 1.0),
        "mile" => ("distance (km)", 1.609_344),
        "metre" | "meter" => ("length (m)", 1.0),
        "feet" | "foot" | "ft" => ("length (m)", 0.3048),
        _ => return None,
    })
}

/// Trailing words that follow the counted noun without naming it ("20 feet away", "ten years ago").
const TRAILING: &[&str] =
    &["away", "ago", "old", "later", "earlier", "long", "each", "apiece", "alone", "left", "more", "so", "far"];

/// Words that name no countable thing: a ledger group under one of them is junk.
const JUNK: &[&str] = &[
    "above", "below", "already", "about", "over", "under", "last", "next", "only", "just", "least", "most", "same",
    "prior", "other", "another", "around", "nearly", "almost", "than", "per", "time", "once", "one", "all",
];

/// Grouping key of a `what`: the canonical quantity when one of its words names one, else its
/// head noun (last stemmed content word). The flag is true when the key names nothing (a
/// stray letter such as the "p" of "7 p.m.", or a function word).
fn what_key(what: &str) -> (String, bool) {
    let f = fold(what);
    let words: Vec<String> = f
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty() && !STOP.contains(w) && !w.chars().all(|c| c.is_ascii_digit()))
        .map(stem)
        .collect();
    let mut canon: Option<&'static str> = None;
    let mut mixed = false;
    for w in &words {
        if let Some(c) = canonical(w) {
            match canon {
                Some(p) if p != c => mixed = true,
                _ => canon = Some(c),
            }
        }
    }
    // "55 wounded killed": two quantities in one phrase, kept on its own
    if mixed {
        let mut all = words.clone();
        all.sort();
        all.dedup();
        return (all.join(" "), false);
    }
    if let Some(c) = canon {
        return (c.to_string(), false);
    }
    // "a 25-year-old", "six-month-old": an age, not a duration
    if words.windows(2).any(|p| matches!(p[0].as_str(), "year" | "month" | "week" | "day") && p[1] == "old") {
        return ("age".to_string(), false);
    }
    let head = words.iter().rev().find(|w| !TRAILING.contains(&w.as_str())).or(words.last());
    match head {
        None => (String::new(), true),
        Some(h) => {
            let junk = h.chars().filter(|c| c.is_alphabetic()).count() < 3 || JUNK.contains(&h.as_str());
            (h.clone(), junk)
        }
    }
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

/// Half a unit of the last significant digit of a figure as written: "7" ±0.5, "7.3" ±0.05,
/// "1,200" ±50, "$2.5bn" ±$50m. A rounded figure is compatible with the exact one it rounds.
fn precision(v: f64) -> f64 {
    let a = v.abs();
    if !a.is_finite() || a == 0.0 {
        return 0.5;
    }
    if a.fract() == 0.0 && a < 1e18 {
        let mut step = 1.0;
        while step < 1e15 && (a / (step * 10.0)).fract() == 0.0 {
            step *= 10.0;
        }
        return step / 2.0;
    }
    let txt = format!("{a}");
    let decimals = txt.split_once('.').map_or(0, |(_, d)| d.len()).min(12);
    0.5 / 10f64.powi(decimals as i32)
}

fn interval(v: f64, high: Option<f64>, q: &str) -> (f64, f64) {
    if let Some(h) = high {
        return (v.min(h), v.max(h));
    }
    let tol = precision(v);
    match q {
        "approximately" => (v * 0.8, v * 1.2),
        "at least" => (v - tol, f64::INFINITY),
        "more than" => (v - tol, f64::INFINITY),
        "less than" | "at most" | "up to" => (f64::NEG_INFINITY, v + tol),
        _ => (v - tol, v + tol),
    }
}

/// Claimant key: surname-level, so "John Ging" and "Ging" are one claimant.
fn norm_claimant(c: &str) -> String {
    c.split_whitespace().last().map(alias_key).unwrap_or_default()
}

/// A stray thousands group ("000" split off "15,000") carries no figure.
fn junk_value(e: &LedgerEntry) -> bool {
    e.value == 0.0
        && e.high.is_none()
        && e.text.chars().any(|c| c == '0')
        && !e.text.chars().any(|c| c.is_ascii_digit() && c != '0')
}

/// The two best (value, article) pairs with distinct articles, by `better`.
fn push_best(best: &mut [Option<(f64, usize)>; 2], v: f64, art: usize, better: impl Fn(f64, f64) -> bool) {
    match best[0] {
        None => best[0] = Some((v, art)),
        Some((b0, a0)) if better(v, b0) => {
            if a0 != art {
                best[1] = Some((b0, a0));
            }
            best[0] = Some((v, art));
        }
        Some((_, a0)) if a0 == art => {}
        _ => {
            if best[1].is_none_or(|(b1, _)| better(v, b1)) {
                best[1] = Some((v, art));
            }
        }
    }
}

/// The lead figures of two articles disagree: their value intervals do not overlap. Each
/// article is represented by its first figure about the thing (`lead` holds, per entry, whether it
/// is its article's first): later figures under one noun in one article are usually other things
/// ("two jurors held out ... nine jurors voted"), while news leads state the main figure first.
/// Linear: the largest gap between a start and an end of different articles uses the two largest
/// starts and the two smallest ends of distinct articles.
fn value_conflict(entries: &[LedgerEntry], lead: &[bool], factor: &[f64]) -> bool {
    let mut arts: HashMap<&str, usize> = HashMap::new();
    let mut lows: [Option<(f64, usize)>; 2] = [None, None];
    let mut highs: [Option<(f64, usize)>; 2] = [None, None];
    for ((e, _), f) in entries.iter().zip(lead).zip(factor).filter(|((_, l), _)| **l) {
        let n = arts.len();
        let art = *arts.entry(e.article.as_str()).or_insert(n);
        let (low, high) = interval(e.value, e.high, &e.qualifier);
        let (low, high) = (low * f, high * f);
        push_best(&mut lows, low, art, |a, b| a > b);
        push_best(&mut highs, high, art, |a, b| a < b);
    }
    // touching intervals disagree: "7" is [6.5, 7.5), "8" is [7.5, 8.5)
    lows.iter().flatten().any(|&(l, la)| highs.iter().flatten().any(|&(h, ha)| la != ha && l >= h))
}

/// A bare generic head ("people") or a noun whose articles lead with many different figures names many things ("points",
/// "games", "metres" in a match report or a climbing story), not one contested figure: more than
/// three distinct lead figures, outside the canonical quantities (deaths, injuries, arrests,
/// magnitude, evacuations) whose figures do move as a story develops and are worth flagging.
fn many_referents(g: &LedgerGroup, lead: &[bool]) -> bool {
    let canonical_group = g
        .key
        .split(" [")
        .next()
        .is_some_and(|k| matches!(k, "killed" | "injured" | "arrested" | "magnitude" | "evacuated"));
    if canonical_group {
        return false;
    }
    // "50 people", "12 people": a bare generic head counts different crowds
    if g.key.split(" [").next().is_some_and(generic_head) {
        return true;
    }
    let mut distinct: HashSet<(u64, u64)> = HashSet::new();
    for (e, _) in g.entries.iter().zip(lead).filter(|(_, l)| **l) {
        distinct.insert((e.value.to_bits(), e.high.map_or(0, f64::to_bits)));
        if distinct.len() > 3 {
            return true;
        }
    }
    false
}

/// Two claimants who give different figures. Equivalent to "at least two claimants and at least
/// two distinct figures among entries with a claimant"; agreeing claimants are no conflict.
fn claimant_conflict(entries: &[LedgerEntry]) -> bool {
    let mut claimants: HashSet<String> = HashSet::new();
    let mut values: HashSet<(u64, u64)> = HashSet::new();
    for e in entries {
        if let Some(c) = &e.claimant {
            let k = norm_claimant(c);
            if k.is_empty() {
                continue;
            }
            claimants.insert(k);
            values.insert((e.value.to_bits(), e.high.map_or(0, f64::to_bits)));
        }
    }
    claimants.len() > 1 && values.len() > 1
}

/// Group claims about the same thing across articles and flag conflicts.
///
/// Claims group by the canonical quantity they name (deaths, injuries, arrests, magnitude...) or
/// else by their head noun, within one unit class (counts, percentages, money, ratios, measures).
/// Groups are ordered: groups reported by more articles first, conflicts before agreement, and
/// groups whose `what` names nothing (a stray letter, a function word) last.
pub fn ledger(items: &[LedgerInput]) -> Vec<LedgerGroup> {
    let mut groups: Vec<LedgerGroup> = Vec::new();
    let mut junk: Vec<bool> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut whats: Vec<HashMap<String, usize>> = Vec::new();
    let mut factors: Vec<Vec<f64>> = Vec::new();
    // per group and article: index of the entry that comes first in the article body
    let mut first: HashMap<(usize, &str), (usize, usize)> = HashMap::new();
    for it in items {
        let Some(what) = it.claim.what.as_deref() else { continue };
        let (mut wk, is_junk) = what_key(what);
        if wk.is_empty() {
            continue;
        }
        let own = wk.clone();
        let mixed = wk.contains(' ');
        if mixed || matches!(wk.as_str(), "killed" | "injured") {
            // "killing 5 and injuring 20": the word after the figure tells which
            if let Some(c) = class_after(&it.claim.sentence, &it.claim.text, 4, mixed) {
                wk = c.to_string();
            }
        } else if generic_head(&wk) {
            // "Five people had so far been confirmed dead": a generic head counts what its clause says
            if let Some(c) = class_after(&it.claim.sentence, &it.claim.text, 9, true) {
                wk = c.to_string();
            }
        }
        // an entry moved to another class by its clause does not name the group
        let overridden = wk != own;
        let (wk, factor) = match unit_noun(&wk) {
            Some((k, f)) => (k.to_string(), f),
            None => (wk, 1.0),
        };
        let label = if overridden { format!("people {wk}") } else { what.to_string() };
        let entry = LedgerEntry {
            value: it.claim.value,
            high: it.claim.high,
            qualifier: it.claim.qualifier.clone(),
            claimant: it.claim.claimant.clone(),
            source: it.source.clone(),
            published: it.published.clone(),
            article: it.article.clone(),
            text: it.claim.text.clone(),
            sentence: it.claim.sentence.clone(),
        };
        if junk_value(&entry) {
            continue;
        }
        let uc = unit_class(it.claim.unit.as_deref());
        let key = format!("{wk} [{uc}]");
        let gi = *index.entry(key.clone()).or_insert_with(|| {
            groups.push(LedgerGroup {
                key: key.clone(),
                what: label.clone(),
                unit: it.claim.unit.clone(),
                entries: Vec::new(),
                value_conflict: false,
                claimant_conflict: false,
                conflict: false,
            });
            junk.push(is_junk);
            whats.push(HashMap::new());
            factors.push(Vec::new());
            groups.len() - 1
        });
        if !overridden {
            *whats[gi].entry(what.to_string()).or_insert(0) += 1;
        }
        let ei = groups[gi].entries.len();
        let f = first.entry((gi, it.article.as_str())).or_insert((it.claim.start, ei));
        if it.claim.start < f.0 {
            *f = (it.claim.start, ei);
        }
        groups[gi].entries.push(entry);
        factors[gi].push(factor);
    }
    let mut leads: Vec<Vec<bool>> = groups.iter().map(|g| vec![false; g.entries.len()]).collect();
    for ((gi, _), (_, ei)) in &first {
        leads[*gi][*ei] = true;
    }
    let mut ranked: Vec<(bool, usize, LedgerGroup)> = Vec::with_capacity(groups.len());
    for ((((mut g, w), is_junk), lead), factor) in
        groups.into_iter().zip(whats.iter()).zip(junk).zip(leads).zip(factors)
    {
        // most frequent wording; on a tie the shorter, more general one ("drones" over "Ukrainian drones")
        if let Some((best, _)) = w.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.len().cmp(&a.0.len())).then(b.0.cmp(a.0)))
        {
            g.what = best.clone();
        }
        g.value_conflict = value_conflict(&g.entries, &lead, &factor) && !many_referents(&g, &lead);
        g.entries.sort_by(|a, b| a.published.cmp(&b.published).then(a.article.cmp(&b.article)));
        g.claimant_conflict = claimant_conflict(&g.entries);
        g.conflict = g.value_conflict || g.claimant_conflict;
        let articles = g.entries.iter().map(|e| e.article.as_str()).collect::<HashSet<_>>().len();
        ranked.push((is_junk, articles, g));
    }
    ranked.sort_by(|a, b| {
        a.0.cmp(&b.0)
            .then(b.1.cmp(&a.1))
            .then(b.2.conflict.cmp(&a.2.conflict))
            .then(b.2.entries.len().cmp(&a.2.entries.len()))
            .then(a.2.key.cmp(&b.2.key))
    });
    ranked.into_iter().map(|(_, _, g)| g).collect()
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

/// Ranks and abbreviations not in the lexicon's titles.
const EXTRA_TITLES: &[&str] = &[
    "brigadier",
    "corporal",
    "cpl",
    "private",
    "pte",
    "maj",
    "lt",
    "lt-col",
    "det",
    "supt",
    "insp",
    "fr",
    "msgr",
    "atty",
    "attorney",
    "marshal",
    "deputy",
    "trooper",
    "patrolman",
    "councillor",
    "councilman",
    "councilwoman",
];

/// A speaker without the personal title before the name: "Judge Bodiford" -> "Bodiford",
/// "Brigadier-General Avi Benayahu" -> "Avi Benayahu". A title alone ("Judge") is kept.
fn strip_title(s: &str) -> &str {
    let mut rest = s.trim();
    loop {
        let Some((first, tail)) = rest.split_once(char::is_whitespace) else { return rest };
        let w = fold(first.trim_end_matches('.'));
        let is_title = |p: &str| LEX.titles.contains(p) || EXTRA_TITLES.contains(&p);
        let title = is_title(w.as_str()) || w.split('-').all(|p| !p.is_empty() && is_title(p));
        let tail = tail.trim_start();
        if !title || !tail.starts_with(|c: char| c.is_uppercase()) {
            return rest;
        }
        rest = tail;
    }
}

/// A proper-name speaker (starts with a capital letter): descriptive ones ("police", "a
/// spokesman") are never merged by surname.
fn is_name(s: &str) -> bool {
    s.starts_with(|c: char| c.is_uppercase())
}

/// Group quotes by canonical speaker, mapping aliases ("Zelenskyy", "Zelensky", "Volodymyr
/// Zelensky") onto the entity names in `entities` (for example from [`crate::merge_entities`]).
/// A personal title is ignored ("Judge Bodiford" is "James Bodiford"), and a lone surname joins
/// the one full name among the speakers that ends with it. Descriptive speakers stay as they are.
/// Ordered by number of quotes, unattributed last.
pub fn quotes_by_speaker(items: &[QuoteInput], entities: &[Entity]) -> Vec<SpeakerQuotes> {
    let mut alias: HashMap<String, usize> = HashMap::new();
    let mut surname: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, e) in entities.iter().enumerate() {
        alias.entry(alias_key(&e.name)).or_insert(i);
        for m in &e.mentions {
            alias.entry(alias_key(m)).or_insert(i);
        }
        if e.kind == "person" {
            if let Some(l) = strip_title(&e.name).split_whitespace().last() {
                let v = surname.entry(alias_key(l)).or_default();
                if !v.contains(&i) {
                    v.push(i);
                }
            }
        }
    }
    let last_key = |s: &str| s.split_whitespace().last().map(alias_key).unwrap_or_default();
    let mut out: Vec<SpeakerQuotes> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for it in items {
        let (name, kind) = match &it.quote.speaker {
            None => (None, None),
            Some(s) => {
                let bare = strip_title(s);
                let titled = bare.len() != s.trim().len();
                let by_surname = || {
                    if !is_name(bare) {
                        return None;
                    }
                    surname.get(&last_key(bare)).filter(|v| v.len() == 1).map(|v| v[0])
                };
                // "Judge Bodiford" may itself be a (mis-kinded) entity: the person wins
                let ent = if titled {
                    alias
                        .get(&alias_key(bare))
                        .copied()
                        .or_else(by_surname)
                        .or_else(|| alias.get(&alias_key(s)).copied())
                } else {
                    alias.get(&alias_key(s)).copied().or_else(by_surname)
                };
                match ent {
                    Some(i) => (Some(entities[i].name.clone()), Some(entities[i].kind.clone())),
                    None if titled && is_name(bare) => (Some(bare.to_string()), None),
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
    // a lone surname among the speakers ("Nichols") joins the one longer name ending with it
    let mut full: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, g) in out.iter().enumerate() {
        if let Some(sp) = g.speaker.as_deref().filter(|s| is_name(s) && s.split_whitespace().count() > 1) {
            if g.kind.as_deref().is_none_or(|k| k == "person") {
                full.entry(last_key(sp)).or_default().push(i);
            }
        }
    }
    let mut target: Vec<Option<usize>> = vec![None; out.len()];
    for (i, g) in out.iter().enumerate() {
        if let Some(sp) = g.speaker.as_deref().filter(|s| is_name(s) && s.split_whitespace().count() == 1) {
            // a lone surname taken for an organisation ("Markey" as org) is still the person's,
            // unless it is a known organisation name
            let known_org = || LEX.orgs.contains(&fold(sp));
            if g.kind.as_deref().is_none_or(|k| k == "person" || k == "org" && !known_org()) {
                if let Some(v) = full.get(&last_key(sp)).filter(|v| v.len() == 1) {
                    target[i] = Some(v[0]);
                }
            }
        }
    }
    let mut moved: Vec<(usize, Vec<QuoteInput>)> = Vec::new();
    for (i, t) in target.iter().enumerate() {
        if let Some(t) = t {
            moved.push((*t, std::mem::take(&mut out[i].quotes)));
        }
    }
    for (t, qs) in moved {
        out[t].quotes.extend(qs);
    }
    out.retain(|g| !g.quotes.is_empty());
    out.sort_by(|a, b| {
        (a.speaker.is_none())
            .cmp(&b.speaker.is_none())
            .then(b.quotes.len().cmp(&a.quotes.len()))
            .then(a.speaker.cmp(&b.speaker))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn claim(art: &str, what: &str, value: f64, qualifier: &str, claimant: Option<&str>) -> LedgerInput {
        LedgerInput {
            claim: Claim {
                value,
                text: format!("{value}"),
                qualifier: qualifier.into(),
                what: Some(what.into()),
                claimant: claimant.map(String::from),
                ..Default::default()
            },
            article: art.into(),
            source: Some(format!("Outlet {art}")),
            published: None,
        }
    }

    fn group<'a>(l: &'a [LedgerGroup], key: &str) -> &'a LedgerGroup {
        l.iter().find(|g| g.key == key).unwrap_or_else(|| panic!("no group {key}: {l:#?}"))
    }

    #[test]
    fn casualty_words_share_one_group_and_injuries_stay_apart() {
        let l = ledger(&[
            claim("a1", "people killed", 7.0, "exact", None),
            claim("a2", "dead", 9.0, "exact", None),
            claim("a3", "deaths", 9.0, "exact", None),
            claim("a4", "death toll", 9.0, "exact", None),
            claim("a5", "villagers killed", 9.0, "at least", None),
            claim("a1", "people injured", 12.0, "exact", None),
            claim("a2", "wounded", 14.0, "exact", None),
            claim("a3", "injuries", 12.0, "more than", None),
        ]);
        let dead = group(&l, "killed [count]");
        assert_eq!(dead.entries.len(), 5);
        assert!(dead.value_conflict, "7 dead vs 9 dead from other outlets is a conflict");
        let hurt = group(&l, "injured [count]");
        assert_eq!(hurt.entries.len(), 3);
        assert!(hurt.value_conflict);
        assert_eq!(l.len(), 2);
    }

    #[test]
    fn suspects_accused_of_killing_are_not_a_death_toll() {
        let mut men = claim("a1", "men", 2.0, "exact", None);
        men.claim.text = "two".into();
        men.claim.sentence = "Police arrested two men accused of killing the guard.".into();
        let l = ledger(&[men]);
        assert!(l.iter().all(|g| !g.key.starts_with("killed")), "{l:#?}");
    }

    #[test]
    fn the_word_after_the_figure_overrides_an_inherited_casualty_class() {
        let mut wounded = claim("a1", "people killed", 20.0, "exact", None);
        wounded.claim.text = "20".into();
        wounded.claim.sentence = "The mayor said 12 people were killed and 20 were wounded in the blast.".into();
        let mut killed = claim("a1", "people killed", 12.0, "exact", None);
        killed.claim.text = "12".into();
        killed.claim.sentence = wounded.claim.sentence.clone();
        let mut other = claim("a2", "people hurt", 21.0, "exact", None);
        other.claim.text = "21".into();
        other.claim.sentence = "Officials said 21 people hurt.".into();
        let l = ledger(&[wounded, killed, other]);
        assert_eq!(group(&l, "injured [count]").entries.len(), 2);
        assert_eq!(group(&l, "injured [count]").what, "people hurt", "moved entries do not name the group");
        assert_eq!(group(&l, "killed [count]").entries.len(), 1);
        assert_eq!(class_after("at least 5 dead and 16 injured", "16", 4, false), Some("injured"));
        assert_eq!(class_after("5 dead and 16 injured", "5", 4, false), Some("killed"));
        assert_eq!(class_after("150 dead", "50", 4, false), None);
    }

    #[test]
    fn generic_heads_take_the_class_of_their_clause_and_lengths_convert() {
        let mut a = claim("a1", "people", 5.0, "exact", None);
        a.claim.text = "Five".into();
        a.claim.sentence = "Five people had so far been confirmed dead in the flood, officials said.".into();
        let mut b = claim("a2", "people", 50.0, "approximately", None);
        b.claim.text = "50".into();
        b.claim.sentence = "We treated around 50 people with injuries from falling glass.".into();
        let mut c = claim("a3", "people", 300.0, "approximately", None);
        c.claim.text = "300".into();
        c.claim.sentence = "About 300 people slept outdoors, and two were killed.".into();
        let l = ledger(&[a, b, c, claim("a4", "deaths", 6.0, "exact", None)]);
        assert_eq!(group(&l, "killed [count]").entries.len(), 2);
        assert_eq!(group(&l, "injured [count]").entries.len(), 1);
        assert_eq!(group(&l, "people [count]").entries.len(), 1);
        // 10 km and 6 miles agree once converted; 10 km and 20 miles do not
        let l = ledger(&[claim("a1", "kilometres", 10.0, "exact", None), claim("a2", "miles", 6.0, "exact", None)]);
        let g = group(&l, "distance (km) [count]");
        assert_eq!(g.entries.len(), 2);
        assert!(!g.value_conflict);
        let l = ledger(&[claim("a1", "km", 10.0, "exact", None), claim("a2", "miles", 20.0, "exact", None)]);
        assert!(group(&l, "distance (km) [count]").value_conflict);
        // ages are not durations
        assert_eq!(what_key("year-old").0, "age");
        assert_eq!(what_key("years in prison").0, "prison");
    }

    #[test]
    fn many_different_lead_figures_are_many_things_except_for_casualties() {
        let scattered: Vec<LedgerInput> = [12.0, 30.0, 7.0, 21.0, 16.0]
            .iter()
            .enumerate()
            .map(|(i, v)| claim(&format!("a{i}"), "points", *v, "exact", None))
            .collect();
        assert!(!group(&ledger(&scattered), "point [count]").value_conflict);
        let toll: Vec<LedgerInput> = [3.0, 5.0, 7.0, 12.0, 24.0]
            .iter()
            .enumerate()
            .map(|(i, v)| claim(&format!("a{i}"), "dead", *v, "exact", None))
            .collect();
        assert!(group(&ledger(&toll), "killed [count]").value_conflict);
        let two: Vec<LedgerInput> = [12.0, 12.0, 12.0, 14.0]
            .iter()
            .enumerate()
            .map(|(i, v)| claim(&format!("a{i}"), "points", *v, "exact", None))
            .collect();
        assert!(group(&ledger(&two), "point [count]").value_conflict);
        let crowds = [claim("a1", "people", 50.0, "exact", None), claim("a2", "people", 12.0, "exact", None)];
        assert!(!group(&ledger(&crowds), "people [count]").value_conflict);
    }

    #[test]
    fn lower_bounds_are_compatible_with_larger_figures() {
        let l = ledger(&[
            claim("a1", "people killed", 7.0, "at least", None),
            claim("a2", "people dead", 9.0, "exact", None),
            claim("a3", "fatalities", 8.0, "more than", None),
        ]);
        assert!(!group(&l, "killed [count]").value_conflict);
        let l = ledger(&[claim("a1", "dead", 9.0, "exact", None), claim("a2", "dead", 12.0, "more than", None)]);
        assert!(group(&l, "killed [count]").value_conflict, "9 vs more than 12");
    }

    #[test]
    fn different_figures_in_one_article_are_different_things() {
        // "two jurors held out ... nine jurors voted": one article, two sub-facts
        let l = ledger(&[
            claim("a1", "jurors", 2.0, "exact", None),
            claim("a1", "jurors", 9.0, "exact", None),
            claim("a2", "jurors", 2.0, "exact", None),
        ]);
        assert!(!group(&l, "juror [count]").value_conflict);
        // but another article whose lead figure disagrees with this one's is
        let l = ledger(&[
            claim("a1", "jurors", 2.0, "exact", None),
            claim("a1", "jurors", 9.0, "exact", None),
            claim("a2", "jurors", 12.0, "exact", None),
        ]);
        assert!(group(&l, "juror [count]").value_conflict);
        // the lead is the first figure in the body, not the first in the input
        let mut later = claim("a1", "jurors", 2.0, "exact", None);
        later.claim.start = 900;
        let mut earlier = claim("a1", "jurors", 9.0, "exact", None);
        earlier.claim.start = 100;
        let l = ledger(&[later, earlier, claim("a2", "jurors", 2.0, "exact", None)]);
        assert!(group(&l, "juror [count]").value_conflict);
    }

    #[test]
    fn agreeing_claimants_are_no_conflict_and_surnames_are_one_claimant() {
        let l = ledger(&[
            claim("a1", "boats", 4.0, "exact", Some("Coast guard")),
            claim("a2", "boats", 4.0, "exact", Some("Harbour master")),
            claim("a1", "tonnes", 50.0, "exact", Some("Mara Quell")),
            claim("a2", "tonnes", 60.0, "exact", Some("Quell")),
        ]);
        let boats = group(&l, "boat [count]");
        assert!(!boats.claimant_conflict && !boats.conflict);
        let t = group(&l, "tonne [count]");
        assert!(!t.claimant_conflict, "one claimant under two spellings");
        assert!(t.value_conflict);
    }

    #[test]
    fn rival_claimants_with_compatible_figures_are_flagged() {
        // "around 400 drones" (one side) vs "more than 150 drones" (the other)
        let l = ledger(&[
            claim("a1", "drones", 400.0, "approximately", Some("Northland officials")),
            claim("a2", "drones", 150.0, "more than", Some("Southland defence ministry")),
        ]);
        let g = group(&l, "drone [count]");
        assert!(!g.value_conflict && g.claimant_conflict && g.conflict);
        let l = ledger(&[
            claim("a1", "Northland drones", 400.0, "approximately", None),
            claim("a1", "drones", 150.0, "more than", None),
        ]);
        assert_eq!(l[0].what, "drones");
    }

    #[test]
    fn head_noun_groups_modified_nouns_and_units_stay_apart() {
        let l = ledger(&[
            claim("a1", "young sons", 2.0, "exact", None),
            claim("a2", "sons", 2.0, "exact", None),
            claim("a3", "other vehicles", 2.0, "exact", None),
        ]);
        assert_eq!(group(&l, "son [count]").entries.len(), 2);
        let mut pct = claim("a1", "turnout", 61.0, "exact", None);
        pct.claim.unit = Some("percent".into());
        let l = ledger(&[pct, claim("a2", "turnout", 40_000.0, "exact", None)]);
        assert_eq!(l.len(), 2);
        assert!(l.iter().all(|g| !g.conflict));
    }

    #[test]
    fn mixed_casualty_phrase_follows_the_word_after_its_figure() {
        let mut a = claim("a1", "people killed injured", 20.0, "exact", None);
        a.claim.text = "20".into();
        a.claim.sentence = "The blast killed 4 people and left 20 injured.".into();
        let mut b = claim("a1", "people killed injured", 20.0, "exact", None);
        b.claim.text = "20".into();
        b.claim.sentence = "The blast killed 4 and injured 20.".into();
        let l = ledger(&[a, b]);
        let keys: Vec<&str> = l.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["injur kill people [count]", "injured [count]"]);
    }

    #[test]
    fn mixed_casualty_phrase_stays_apart_from_both() {
        let l = ledger(&[
            claim("a1", "wounded killed", 55.0, "exact", None),
            claim("a1", "people killed", 40.0, "exact", None),
            claim("a2", "people wounded", 12.0, "exact", None),
        ]);
        assert_eq!(l.len(), 3);
    }

    #[test]
    fn junk_and_singletons_go_last_and_torn_zeros_are_dropped() {
        let mut zeros = claim("a3", "refugees", 0.0, "exact", None);
        zeros.claim.text = "000".into();
        let l = ledger(&[
            claim("a1", "p", 7.0, "exact", None),
            claim("a2", "p", 7.0, "exact", None),
            claim("a3", "p", 7.0, "exact", None),
            claim("a1", "already", 2.0, "exact", None),
            claim("a2", "already", 2.0, "exact", None),
            claim("a1", "barrels", 9.0, "exact", None),
            claim("a1", "hostages", 3.0, "exact", None),
            claim("a2", "hostages", 3.0, "exact", None),
            zeros,
        ]);
        let keys: Vec<&str> = l.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["hostage [count]", "barrel [count]", "p [count]", "already [count]"]);
    }

    #[test]
    fn conflicts_rank_before_agreement_among_equally_reported_groups() {
        let l = ledger(&[
            claim("a1", "arrests", 5.0, "exact", None),
            claim("a2", "people arrested", 8.0, "exact", None),
            claim("a1", "trucks", 3.0, "exact", None),
            claim("a2", "trucks", 3.0, "exact", None),
            claim("a3", "trucks", 3.0, "exact", None),
            claim("a1", "trains", 3.0, "exact", None),
            claim("a2", "trains", 3.0, "exact", None),
        ]);
        let keys: Vec<&str> = l.iter().map(|g| g.key.as_str()).collect();
        assert_eq!(keys, ["truck [count]", "arrested [count]", "train [count]"]);
    }

    #[test]
    fn five_thousand_claims_in_one_group_are_linear() {
        let items: Vec<LedgerInput> = (0..5000)
            .map(|i| {
                claim(
                    &format!("a{}", i % 700),
                    if i % 2 == 0 { "people killed" } else { "deaths" },
                    10.0 + (i % 3) as f64,
                    "exact",
                    Some(&format!("Claimant{}", i % 50)),
                )
            })
            .collect();
        let l = ledger(&items);
        assert_eq!(l.len(), 1);
        assert_eq!(l[0].entries.len(), 5000);
        assert!(l[0].value_conflict && l[0].claimant_conflict);
        let spread: Vec<LedgerInput> = (0..5000)
            .map(|i| claim(&format!("a{}", i % 97), &format!("thing{} items", i % 400), 1.0, "exact", None))
            .collect();
        assert_eq!(ledger(&spread).len(), 1, "all share the head noun 'item'");
    }

    fn quote(speaker: Option<&str>, art: &str) -> QuoteInput {
        QuoteInput {
            quote: Quote {
                text: "words".into(),
                speaker: speaker.map(String::from),
                cue: Some("said".into()),
                kind: "direct".into(),
                start: 0,
                end: 5,
            },
            article: art.into(),
            source: None,
            published: None,
        }
    }

    fn person(name: &str, kind: &str) -> Entity {
        Entity { name: name.into(), kind: kind.into(), count: 1, mentions: vec![name.into()], ..Default::default() }
    }

    #[test]
    fn titles_and_lone_surnames_join_the_full_name() {
        let ents = [person("Orla Venn", "person"), person("Judge Venn", "org"), person("Kesk", "org")];
        let qs = [
            quote(Some("Judge Venn"), "a1"),
            quote(Some("Orla Venn"), "a2"),
            quote(Some("Venn"), "a3"),
            quote(Some("Detective Sgt Tomas Okoro"), "a1"),
            quote(Some("Okoro"), "a2"),
            quote(Some("Kesk"), "a2"),
            quote(Some("Ivo Kesk"), "a3"),
            quote(Some("spokesman"), "a1"),
            quote(None, "a1"),
            quote(None, "a2"),
            quote(None, "a3"),
            quote(None, "a4"),
        ];
        let by = quotes_by_speaker(&qs, &ents);
        let names: Vec<(Option<&str>, usize)> = by.iter().map(|g| (g.speaker.as_deref(), g.quotes.len())).collect();
        assert_eq!(
            names,
            [
                (Some("Orla Venn"), 3),
                (Some("Ivo Kesk"), 2),
                (Some("Tomas Okoro"), 2),
                (Some("spokesman"), 1),
                (None, 4)
            ],
            "{by:#?}"
        );
        assert_eq!(by[0].kind.as_deref(), Some("person"));
    }

    #[test]
    fn descriptive_speakers_and_shared_surnames_stay_apart() {
        let ents = [person("Ana Brix", "person"), person("Leo Brix", "person")];
        let qs = [
            quote(Some("Brix"), "a1"),
            quote(Some("Ana Brix"), "a1"),
            quote(Some("Leo Brix"), "a2"),
            quote(Some("police"), "a1"),
            quote(Some("Harbor police"), "a2"),
            quote(Some("a spokesman for the port"), "a2"),
            quote(Some("a spokesman for the airline"), "a3"),
        ];
        let by = quotes_by_speaker(&qs, &ents);
        assert_eq!(by.len(), 7, "{by:#?}");
        assert!(by.iter().any(|g| g.speaker.as_deref() == Some("Brix")));
    }

    #[test]
    fn stemmer_and_title_stripping() {
        assert_eq!(strip_title("Brigadier-General Avi Benayahu"), "Avi Benayahu");
        assert_eq!(strip_title("Judge"), "Judge");
        assert_eq!(strip_title("Mr. Hale"), "Hale");
        assert_eq!(what_key("feet away").0, "feet");
        assert_eq!(what_key("7.1-magnitude quake").0, "magnitude");
        assert!(what_key("p").1);
        // rounded figures are compatible with what they round; exact ones are not
        assert_eq!(precision(7.0), 0.5);
        assert_eq!(precision(1200.0), 50.0);
        assert_eq!(precision(2.5e9), 5e7);
        assert!((precision(7.3) - 0.05).abs() < 1e-12);
        let l = ledger(&[
            claim("a1", "magnitude", 7.3, "exact", None),
            claim("a2", "magnitude", 7.2, "exact", None),
            claim("a1", "residents", 1200.0, "exact", None),
            claim("a2", "residents", 1213.0, "exact", None),
        ]);
        assert!(group(&l, "magnitude [count]").value_conflict);
        assert!(!group(&l, "resident [count]").value_conflict);
    }
}
