//! Scoring against the hand-annotated gold set (`testdata/gold/facts-bbc.jsonl`, format in its
//! README). `storyline eval facts GOLD` prints [`Report`].

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::BufRead;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::text::fold;
use crate::{analyse, Facts};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub r#fn: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn add(&mut self, tp: usize, fp: usize, fn_: usize) {
        self.tp += tp;
        self.fp += fp;
        self.r#fn += fn_;
    }
    fn finish(&mut self) {
        let p = if self.tp + self.fp == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.fp) as f64 };
        let r = if self.tp + self.r#fn == 0 { 0.0 } else { self.tp as f64 / (self.tp + self.r#fn) as f64 };
        self.precision = p;
        self.recall = r;
        self.f1 = if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) };
    }
}

/// Scores for one split ("dev", "heldout", "blind2" … as named by the gold records, or "all").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SplitReport {
    pub name: String,
    pub passages: usize,
    /// quote found (span overlap) and speaker correct
    pub quote_speaker: Prf,
    /// quote found (span overlap), speaker ignored
    pub quote_span: Prf,
    /// claim value + qualifier + claimant correct
    pub claim_full: Prf,
    /// claim value only
    pub claim_value: Prf,
    pub entity_person: Prf,
    pub entity_org: Prf,
    pub entity_place: Prf,
    pub entity_group: Prf,
    /// person + org + place, typed
    pub entity_overall: Prf,
}

impl SplitReport {
    fn finish(&mut self) {
        for p in [
            &mut self.quote_speaker,
            &mut self.quote_span,
            &mut self.claim_full,
            &mut self.claim_value,
            &mut self.entity_person,
            &mut self.entity_org,
            &mut self.entity_place,
            &mut self.entity_group,
            &mut self.entity_overall,
        ] {
            p.finish();
        }
    }
}

/// One error, for inspection.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Miss {
    pub id: String,
    /// split of the gold record ("dev", "heldout", "blind2"; empty for parse errors)
    #[serde(default)]
    pub split: String,
    pub field: String,
    pub detail: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub gold: String,
    /// one report per split, in the order the splits first appear in the gold file (the README
    /// says which were scored blind and when)
    pub splits: Vec<SplitReport>,
    pub all: SplitReport,
    /// records whose article was not found or whose passage hash changed
    pub skipped: Vec<String>,
    pub errors: Vec<Miss>,
    pub error: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldEntity {
    name: String,
    kind: String,
    #[serde(default)]
    alts: Vec<String>,
    #[serde(default)]
    optional: bool,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldQuote {
    span: [usize; 2],
    speaker: Option<String>,
    #[serde(default)]
    speaker_alts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldClaim {
    span: [usize; 2],
    value: f64,
    qualifier: String,
    claimant: Option<String>,
    #[serde(default)]
    claimant_alts: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
struct GoldRec {
    id: String,
    start: usize,
    end: usize,
    hash: String,
    split: String,
    entities: Vec<GoldEntity>,
    quotes: Vec<GoldQuote>,
    claims: Vec<GoldClaim>,
}

#[derive(Debug, Clone, Deserialize)]
struct ArticleRec {
    id: String,
    #[serde(default)]
    title: String,
    text: String,
}

/// FNV-1a 64-bit, hex.
pub fn fnv_hex(s: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in s.as_bytes() {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "sir", "dame", "the", "a", "an", "one", "some"];

/// Name normalisation used for matching.
pub fn norm(s: &str) -> String {
    let f = fold(s);
    let f = f.replace("'s ", " ").replace("' ", " ");
    let f = f.strip_suffix("'s").unwrap_or(&f).to_string();
    let words: Vec<String> = f
        .split(|c: char| c.is_whitespace())
        .map(|w| w.chars().filter(|c| c.is_alphanumeric() || *c == '-' || *c == '&').collect::<String>())
        .filter(|w| !w.is_empty())
        .collect();
    let mut start = 0;
    while start < words.len() && TITLES.contains(&words[start].as_str()) {
        start += 1;
    }
    words[start..]
        .iter()
        .filter(|w| !matches!(w.as_str(), "mr" | "mrs" | "ms" | "dr"))
        .cloned()
        .collect::<Vec<_>>()
        .join(" ")
}

fn name_ok(sys: Option<&str>, gold: Option<&str>, alts: &[String]) -> bool {
    match (sys, gold) {
        (None, None) => true,
        (Some(s), g) => {
            let n = norm(s);
            g.map(|g| norm(g) == n).unwrap_or(false) || alts.iter().any(|a| norm(a) == n)
        }
        (None, Some(_)) => false,
    }
}

fn char_to_byte(t: &str) -> Vec<usize> {
    let mut v: Vec<usize> = t.char_indices().map(|(b, _)| b).collect();
    v.push(t.len());
    v
}

fn load_articles(data_dir: &Path, ids: &HashSet<String>) -> HashMap<String, ArticleRec> {
    let mut out = HashMap::new();
    let Ok(rd) = std::fs::read_dir(data_dir) else { return out };
    let mut files: Vec<_> =
        rd.flatten().map(|e| e.path()).filter(|p| p.extension().map(|x| x == "jsonl").unwrap_or(false)).collect();
    files.sort();
    for p in files {
        let Ok(f) = std::fs::File::open(&p) else { continue };
        for line in std::io::BufReader::new(f).lines().map_while(Result::ok) {
            // cheap pre-filter on the id
            let Some(i) = line.find("\"id\"") else { continue };
            let head = &line[i..crate::text::floor_char(&line, i + 120)];
            if !ids.iter().any(|id| head.contains(id.as_str())) {
                continue;
            }
            if let Ok(a) = serde_json::from_str::<ArticleRec>(&line) {
                if ids.contains(&a.id) {
                    out.insert(a.id.clone(), a);
                }
            }
        }
    }
    out
}

/// Evaluate `analyse` against a gold file, reading articles from `data_dir` (`*.jsonl`).
pub fn evaluate(gold_path: impl AsRef<Path>, data_dir: impl AsRef<Path>) -> Report {
    let gold_path = gold_path.as_ref();
    let mut rep = Report {
        gold: gold_path.display().to_string(),
        all: SplitReport { name: "all".into(), ..Default::default() },
        ..Default::default()
    };
    let text = match std::fs::read_to_string(gold_path) {
        Ok(t) => t,
        Err(e) => {
            rep.error = Some(format!("cannot read {}: {e}", gold_path.display()));
            return rep;
        }
    };
    let mut recs = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<GoldRec>(line) {
            Ok(r) => recs.push(r),
            Err(e) => rep.errors.push(Miss {
                id: format!("line {}", n + 1),
                split: String::new(),
                field: "parse".into(),
                detail: e.to_string(),
            }),
        }
    }
    let ids: HashSet<String> = recs.iter().map(|r| r.id.clone()).collect();
    let arts = load_articles(data_dir.as_ref(), &ids);
    let mut cache: HashMap<String, Facts> = HashMap::new();
    for r in &recs {
        let Some(a) = arts.get(&r.id) else {
            rep.skipped.push(format!("{}: article not found", r.id));
            continue;
        };
        let c2b = char_to_byte(&a.text);
        if r.end >= c2b.len() || r.start > r.end {
            rep.skipped.push(format!("{}: offsets out of range", r.id));
            continue;
        }
        let (ps, pe) = (c2b[r.start], c2b[r.end]);
        let passage = &a.text[ps..pe];
        if fnv_hex(passage) != r.hash {
            rep.skipped.push(format!("{}: passage hash changed", r.id));
            continue;
        }
        let facts = cache.entry(r.id.clone()).or_insert_with(|| analyse(&a.title, &a.text)).clone();
        let pc2b = char_to_byte(passage);
        let to_b = |c: usize| ps + pc2b.get(c).copied().unwrap_or(passage.len());
        let mut sr = SplitReport::default();
        score(r, &facts, ps, pe, &to_b, &mut sr, &mut rep.errors);
        sr.passages = 1;
        let name = if r.split.is_empty() { "dev" } else { r.split.as_str() };
        let at = match rep.splits.iter().position(|s| s.name == name) {
            Some(at) => at,
            None => {
                rep.splits.push(SplitReport { name: name.to_string(), ..Default::default() });
                rep.splits.len() - 1
            }
        };
        merge_split(&mut rep.splits[at], &sr);
        merge_split(&mut rep.all, &sr);
    }
    for s in &mut rep.splits {
        s.finish();
    }
    rep.all.finish();
    rep
}

fn merge_split(t: &mut SplitReport, s: &SplitReport) {
    t.passages += s.passages;
    let pairs: [(&mut Prf, &Prf); 9] = [
        (&mut t.quote_speaker, &s.quote_speaker),
        (&mut t.quote_span, &s.quote_span),
        (&mut t.claim_full, &s.claim_full),
        (&mut t.claim_value, &s.claim_value),
        (&mut t.entity_person, &s.entity_person),
        (&mut t.entity_org, &s.entity_org),
        (&mut t.entity_place, &s.entity_place),
        (&mut t.entity_group, &s.entity_group),
        (&mut t.entity_overall, &s.entity_overall),
    ];
    for (a, b) in pairs {
        a.add(b.tp, b.fp, b.r#fn);
    }
}

fn score(
    r: &GoldRec,
    f: &Facts,
    ps: usize,
    pe: usize,
    to_b: &dyn Fn(usize) -> usize,
    sr: &mut SplitReport,
    errs: &mut Vec<Miss>,
) {
    let miss = |errs: &mut Vec<Miss>, field: &str, detail: String| {
        errs.push(Miss { id: r.id.clone(), split: r.split.clone(), field: field.into(), detail })
    };
    // ---- quotes
    let sys_q: Vec<(usize, usize, &crate::Quote)> = f
        .quotes
        .iter()
        .filter_map(|q| {
            let s = q.start.max(ps);
            let e = q.end.min(pe);
            (e > s).then_some((s, e, q))
        })
        .collect();
    let mut used = vec![false; sys_q.len()];
    let (mut tp_s, mut tp_sp) = (0, 0);
    for g in &r.quotes {
        let (gs, ge) = (to_b(g.span[0]), to_b(g.span[1]));
        let glen = ge.saturating_sub(gs).max(1);
        let mut best: Option<(usize, usize)> = None;
        for (k, (s, e, _)) in sys_q.iter().enumerate() {
            if used[k] {
                continue;
            }
            let ov = (*e).min(ge).saturating_sub((*s).max(gs));
            if ov * 2 >= glen && best.map(|(_, b)| ov > b).unwrap_or(true) {
                best = Some((k, ov));
            }
        }
        match best {
            Some((k, _)) => {
                used[k] = true;
                tp_s += 1;
                let q = sys_q[k].2;
                if name_ok(q.speaker.as_deref(), g.speaker.as_deref(), &g.speaker_alts) {
                    tp_sp += 1;
                } else {
                    miss(
                        errs,
                        "quote.speaker",
                        format!("{:?}: got {:?}, want {:?}", trunc(&q.text), q.speaker, g.speaker),
                    );
                }
            }
            None => miss(errs, "quote.missing", format!("gold span {:?} speaker {:?}", g.span, g.speaker)),
        }
    }
    for (k, (_, _, q)) in sys_q.iter().enumerate() {
        if !used[k] {
            miss(errs, "quote.extra", format!("{:?} speaker {:?}", trunc(&q.text), q.speaker));
        }
    }
    sr.quote_span.add(tp_s, sys_q.len() - tp_s, r.quotes.len() - tp_s);
    sr.quote_speaker.add(tp_sp, sys_q.len() - tp_sp, r.quotes.len() - tp_sp);
    // ---- claims
    let sys_c: Vec<&crate::Claim> = f.claims.iter().filter(|c| c.start >= ps && c.start < pe).collect();
    let mut used = vec![false; sys_c.len()];
    let (mut tp_v, mut tp_f) = (0, 0);
    for g in &r.claims {
        let (gs, ge) = (to_b(g.span[0]), to_b(g.span[1]));
        let eq = |v: f64| (v - g.value).abs() <= 1e-6 * g.value.abs().max(1.0);
        let k = sys_c.iter().enumerate().position(|(k, c)| !used[k] && c.start < ge && c.end > gs && eq(c.value));
        match k {
            Some(k) => {
                used[k] = true;
                tp_v += 1;
                let c = sys_c[k];
                let ok_q = c.qualifier == g.qualifier;
                let ok_c = name_ok(c.claimant.as_deref(), g.claimant.as_deref(), &g.claimant_alts);
                if ok_q && ok_c {
                    tp_f += 1;
                } else {
                    miss(
                        errs,
                        "claim.wrong",
                        format!(
                            "{:?}: got {} / {:?}, want {} / {:?}",
                            c.text, c.qualifier, c.claimant, g.qualifier, g.claimant
                        ),
                    );
                }
            }
            None => miss(errs, "claim.missing", format!("value {} span {:?}", g.value, g.span)),
        }
    }
    for (k, c) in sys_c.iter().enumerate() {
        if !used[k] {
            miss(errs, "claim.extra", format!("{:?} = {} {}", c.text, c.value, c.qualifier));
        }
    }
    sr.claim_value.add(tp_v, sys_c.len() - tp_v, r.claims.len() - tp_v);
    sr.claim_full.add(tp_f, sys_c.len() - tp_f, r.claims.len() - tp_f);
    // ---- entities
    let sys_e: Vec<&crate::Entity> =
        f.entities.iter().filter(|e| e.spans.iter().any(|(s, _)| *s >= ps && *s < pe)).collect();
    let matches = |e: &crate::Entity, g: &GoldEntity| {
        let mut names: Vec<String> = vec![norm(&g.name)];
        names.extend(g.alts.iter().map(|a| norm(a)));
        names.contains(&norm(&e.name)) || e.mentions.iter().any(|m| names.contains(&norm(m)))
    };
    let mut used = vec![false; sys_e.len()];
    for g in &r.entities {
        let k = sys_e.iter().enumerate().position(|(k, e)| !used[k] && matches(e, g));
        match k {
            Some(k) => {
                used[k] = true;
                if g.optional {
                    continue;
                }
                let e = sys_e[k];
                if e.kind == g.kind {
                    kind_prf(sr, &g.kind).add(1, 0, 0);
                    if g.kind != "group" {
                        sr.entity_overall.add(1, 0, 0);
                    }
                } else {
                    kind_prf(sr, &g.kind).add(0, 0, 1);
                    kind_prf(sr, &e.kind).add(0, 1, 0);
                    if g.kind != "group" {
                        sr.entity_overall.add(0, 0, 1);
                    }
                    if e.kind != "group" {
                        sr.entity_overall.add(0, 1, 0);
                    }
                    miss(errs, "entity.kind", format!("{}: got {}, want {}", g.name, e.kind, g.kind));
                }
            }
            None => {
                if !g.optional {
                    kind_prf(sr, &g.kind).add(0, 0, 1);
                    if g.kind != "group" {
                        sr.entity_overall.add(0, 0, 1);
                    }
                    miss(errs, "entity.missing", format!("{} ({})", g.name, g.kind));
                }
            }
        }
    }
    for (k, e) in sys_e.iter().enumerate() {
        if !used[k] {
            kind_prf(sr, &e.kind).add(0, 1, 0);
            if e.kind != "group" {
                sr.entity_overall.add(0, 1, 0);
            }
            miss(errs, "entity.extra", format!("{} ({}) {:?}", e.name, e.kind, e.mentions));
        }
    }
}

fn kind_prf<'a>(sr: &'a mut SplitReport, kind: &str) -> &'a mut Prf {
    match kind {
        "person" => &mut sr.entity_person,
        "place" => &mut sr.entity_place,
        "group" => &mut sr.entity_group,
        _ => &mut sr.entity_org,
    }
}

fn trunc(s: &str) -> String {
    let mut out: String = s.chars().take(50).collect();
    if out.len() < s.len() {
        out.push('…');
    }
    out
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "facts evaluation: {}", self.gold)?;
        if let Some(e) = &self.error {
            writeln!(f, "error: {e}")?;
        }
        for s in self.splits.iter().chain([&self.all]) {
            writeln!(f, "\n[{}] {} passages", s.name, s.passages)?;
            writeln!(f, "  {:<26} {:>6} {:>6} {:>6}   {:>4} {:>4} {:>4}", "field", "P", "R", "F1", "tp", "fp", "fn")?;
            for (label, p) in [
                ("quote + speaker", &s.quote_speaker),
                ("quote span", &s.quote_span),
                ("claim value+qual+claimant", &s.claim_full),
                ("claim value", &s.claim_value),
                ("entity person", &s.entity_person),
                ("entity org", &s.entity_org),
                ("entity place", &s.entity_place),
                ("entity person/org/place", &s.entity_overall),
                ("entity group", &s.entity_group),
            ] {
                writeln!(
                    f,
                    "  {:<26} {:>6.3} {:>6.3} {:>6.3}   {:>4} {:>4} {:>4}",
                    label, p.precision, p.recall, p.f1, p.tp, p.fp, p.r#fn
                )?;
            }
        }
        if !self.skipped.is_empty() {
            writeln!(f, "\nskipped: {}", self.skipped.join("; "))?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data_dir() -> std::path::PathBuf {
        std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"))
    }

    #[test]
    fn norm_strips_titles_and_possessives() {
        assert_eq!(norm("Mr Blair's"), "blair");
        assert_eq!(norm("the Company"), "company");
        assert_eq!(norm("Jos&#233; Manuel Barroso"), "jose manuel barroso");
        assert_eq!(norm("one trader"), "trader");
    }

    #[test]
    fn gold_eval_runs() {
        let dir = data_dir();
        if !dir.join("bbc-news-2004-2005.jsonl").exists() {
            eprintln!("skipping: {} not found", dir.display());
            return;
        }
        let gold = concat!(env!("CARGO_MANIFEST_DIR"), "/testdata/gold/facts-bbc.jsonl");
        let rep = evaluate(gold, &dir);
        println!("{rep}");
        if std::env::var("FACTS_EVAL_ERRORS").is_ok() {
            // FACTS_EVAL_SPLIT=dev|heldout|blind2|… lists one split's misses (default: dev only, so that tuning
            // never sees the held-out and blind splits)
            let want = std::env::var("FACTS_EVAL_SPLIT").unwrap_or_else(|_| "dev".into());
            for m in rep.errors.iter().filter(|m| m.split == want || m.split.is_empty()) {
                println!("{} {} {} {}", m.split, m.id, m.field, m.detail);
            }
        }
        assert!(rep.error.is_none());
        assert!(rep.skipped.is_empty(), "{:?}", rep.skipped);
        let sizes: Vec<(&str, usize)> = rep.splits.iter().map(|s| (s.name.as_str(), s.passages)).collect();
        let want = [
            ("dev", 45),
            ("heldout", 14),
            ("blind2", 25),
            ("blind3", 14),
            ("blind4", 12),
            ("blind5", 20),
            ("dev6", 25),
            ("blind6", 25),
            ("blind7", 25),
            ("blind8", 25),
            ("blind9", 25),
            ("blind10", 25),
            ("dev9", 25),
            ("dev10", 25),
            ("blind11", 25),
            ("dev11", 22),
            ("blind12", 25),
            ("devwiki", 28),
            ("dev12", 25),
            ("blind13", 25),
            ("blind14", 22),
            ("dev13", 25),
            ("blind16", 24),
            ("blind17", 25),
            ("blind18", 25),
            ("blind19", 25),
            ("blind20", 25),
            ("blind21", 25),
            ("blind22", 25),
            ("blind23", 25),
            ("blind24", 15),
            ("blind25", 25),
            ("blind26", 14),
            ("blind27", 8),
            ("blind28", 16),
            ("blind29", 25),
            ("blind30", 25),
            ("blind31", 25),
            ("blind32", 25),
            ("blind33", 20),
            ("blind34", 20),
            ("blind35", 20),
            ("blind36", 20),
            ("blind37", 22),
            ("blind38", 14),
            ("blind39", 25),
            ("blind40", 25),
            ("blind41", 16),
            ("blind42", 8),
            ("blind43", 24),
            ("blind44", 20),
            ("blind45", 22),
            ("blind46", 16),
            ("blind47", 20),
            ("blind48", 20),
            ("blind49", 14),
            ("blind50", 19),
            ("blind51", 12),
            ("blind52", 30),
            ("blind53", 30),
            ("blind54", 30),
            ("blind55", 30),
            ("blind56", 30),
            ("blind57", 30),
            ("blind58", 29),
            ("blind59", 30),
            ("blind60", 27),
            ("blind61", 24),
        ];
        assert_eq!(rep.all.passages, want.iter().map(|w| w.1).sum::<usize>());
        for w in want {
            assert!(sizes.contains(&w), "{sizes:?} lacks {w:?}");
        }
        // the targets on the whole gold set (measured: 0.949 / 0.918 / 0.922 over 1,551
        // passages, most of them read while writing rules); the blind figures are in the gold README
        assert!(rep.all.quote_speaker.f1 >= 0.90, "{}", rep.all.quote_speaker.f1);
        assert!(rep.all.claim_full.f1 >= 0.85, "{}", rep.all.claim_full.f1);
        assert!(rep.all.entity_overall.f1 >= 0.90, "{}", rep.all.entity_overall.f1);
        assert!(rep.all.quote_span.f1 > 0.98, "{}", rep.all.quote_span.f1);
    }
}

#[cfg(test)]
mod debug {
    /// `FACTS_DEBUG_ID=bbc/business/001 cargo test -p storyline-analysis debug_article -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn debug_article() {
        if let Ok(path) = std::env::var("FACTS_DEBUG_FILE") {
            let text = std::fs::read_to_string(path).unwrap_or_default();
            let f = crate::analyse("", &text);
            println!("{}", serde_json::to_string_pretty(&f).unwrap_or_default());
            return;
        }
        let Ok(id) = std::env::var("FACTS_DEBUG_ID") else { return };
        let dir = std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data"));
        let ids: std::collections::HashSet<String> = [id.clone()].into_iter().collect();
        let arts = super::load_articles(&dir, &ids);
        if let Some(a) = arts.get(&id) {
            let f = crate::analyse(&a.title, &a.text);
            println!("{}", serde_json::to_string_pretty(&f).unwrap_or_default());
        }
    }
}
