//! Clustering metrics: pairwise and B-cubed precision / recall / F1.
//!
//! Items are matched by id; only items present in both `gold` and `predicted` are scored
//! (`Scores::items`), the others are counted in `missing`. Labels are opaque strings.
//!
//! - **Pairwise**: over all unordered pairs of items, a pair is *predicted* together when both
//!   share a predicted label and *gold* together when both share a gold label.
//!   P = |pred ∩ gold| / |pred|, R = |pred ∩ gold| / |gold| (1 when the denominator is 0).
//!   Computed from the contingency table in O(n), not over the pairs.
//! - **B-cubed** (Bagga & Baldwin 1998): for each item, precision = |C ∩ G| / |C| and
//!   recall = |C ∩ G| / |G| where C is its predicted cluster and G its gold cluster (each
//!   includes the item itself); averaged over items.
//! - F1 = 2PR / (P + R) (0 when both are 0).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Prf {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Prf {
    fn new(precision: f64, recall: f64) -> Prf {
        let f1 = if precision + recall > 0.0 { 2.0 * precision * recall / (precision + recall) } else { 0.0 };
        Prf { precision, recall, f1 }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Scores {
    /// Items scored (present in both inputs).
    pub items: usize,
    /// Items present in only one of the inputs (not scored).
    pub missing: usize,
    pub gold_clusters: usize,
    pub predicted_clusters: usize,
    pub pairwise: Prf,
    pub bcubed: Prf,
}

impl std::fmt::Display for Scores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "items {} (missing {}), clusters gold {} predicted {}; pairwise P {:.3} R {:.3} F1 {:.3}; B-cubed P {:.3} R {:.3} F1 {:.3}",
            self.items,
            self.missing,
            self.gold_clusters,
            self.predicted_clusters,
            self.pairwise.precision,
            self.pairwise.recall,
            self.pairwise.f1,
            self.bcubed.precision,
            self.bcubed.recall,
            self.bcubed.f1
        )
    }
}

fn pairs(n: u64) -> u64 {
    n * n.saturating_sub(1) / 2
}

/// Score predicted clusters against gold clusters. Both map item id → cluster label.
pub fn score<S1, S2, S3>(gold: &BTreeMap<S1, S2>, predicted: &BTreeMap<S1, S3>) -> Scores
where
    S1: Ord,
    S2: Ord,
    S3: Ord,
{
    let mut missing = 0usize;
    // Interned labels per common item.
    let mut gold_ids: BTreeMap<&S2, usize> = BTreeMap::new();
    let mut pred_ids: BTreeMap<&S3, usize> = BTreeMap::new();
    let mut items: Vec<(usize, usize)> = Vec::new();
    for (id, g) in gold {
        match predicted.get(id) {
            Some(p) => {
                let n = gold_ids.len();
                let gi = *gold_ids.entry(g).or_insert(n);
                let n = pred_ids.len();
                let pi = *pred_ids.entry(p).or_insert(n);
                items.push((gi, pi));
            }
            None => missing += 1,
        }
    }
    missing += predicted.keys().filter(|k| !gold.contains_key(*k)).count();
    let mut gsize = vec![0u64; gold_ids.len()];
    let mut psize = vec![0u64; pred_ids.len()];
    let mut joint: BTreeMap<(usize, usize), u64> = BTreeMap::new();
    for &(g, p) in &items {
        gsize[g] += 1;
        psize[p] += 1;
        *joint.entry((g, p)).or_insert(0) += 1;
    }
    let n = items.len();
    let tp: u64 = joint.values().map(|&c| pairs(c)).sum();
    let pred_pairs: u64 = psize.iter().map(|&c| pairs(c)).sum();
    let gold_pairs: u64 = gsize.iter().map(|&c| pairs(c)).sum();
    let ratio = |a: u64, b: u64| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    let pairwise = Prf::new(ratio(tp, pred_pairs), ratio(tp, gold_pairs));
    // B-cubed: every item in cell (g, p) has precision c/|p| and recall c/|g|.
    let (mut bp, mut br) = (0.0f64, 0.0f64);
    for (&(g, p), &c) in &joint {
        bp += c as f64 * c as f64 / psize[p] as f64;
        br += c as f64 * c as f64 / gsize[g] as f64;
    }
    let bcubed = if n == 0 { Prf::new(1.0, 1.0) } else { Prf::new(bp / n as f64, br / n as f64) };
    Scores { items: n, missing, gold_clusters: gold_ids.len(), predicted_clusters: pred_ids.len(), pairwise, bcubed }
}

/// Convenience: score parallel slices of labels (item i has gold `gold[i]`, predicted
/// `predicted[i]`).
pub fn score_labels<G: Ord, P: Ord>(gold: &[G], predicted: &[P]) -> Scores {
    let g: BTreeMap<usize, &G> = gold.iter().enumerate().collect();
    let p: BTreeMap<usize, &P> = predicted.iter().enumerate().collect();
    score(&g, &p)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-9
    }

    #[test]
    fn perfect() {
        let s = score_labels(&["a", "a", "b"], &[1, 1, 2]);
        assert_eq!(s.items, 3);
        assert!(close(s.pairwise.f1, 1.0));
        assert!(close(s.bcubed.f1, 1.0));
        assert_eq!((s.gold_clusters, s.predicted_clusters), (2, 2));
    }

    #[test]
    fn hand_computed() {
        // gold: {0,1,2} {3,4}; predicted: {0,1} {2,3,4}
        let s = score_labels(&["x", "x", "x", "y", "y"], &[1, 1, 2, 2, 2]);
        // Pairs: gold {01,02,12,34} = 4; pred {01,23,24,34} = 4; common {01,34} = 2.
        assert!(close(s.pairwise.precision, 0.5));
        assert!(close(s.pairwise.recall, 0.5));
        assert!(close(s.pairwise.f1, 0.5));
        // B-cubed precision: items 0,1: 2/2; item 2: 1/3; items 3,4: 2/3 → (1+1+1/3+2/3+2/3)/5.
        let p = (1.0 + 1.0 + 1.0 / 3.0 + 2.0 / 3.0 + 2.0 / 3.0) / 5.0;
        // Recall: items 0,1: 2/3; item 2: 1/3; items 3,4: 2/2 → (2/3+2/3+1/3+1+1)/5.
        let r = (2.0 / 3.0 + 2.0 / 3.0 + 1.0 / 3.0 + 1.0 + 1.0) / 5.0;
        assert!(close(s.bcubed.precision, p), "{}", s.bcubed.precision);
        assert!(close(s.bcubed.recall, r));
        assert!(close(s.bcubed.f1, 2.0 * p * r / (p + r)));
    }

    #[test]
    fn all_singletons_and_one_blob() {
        let gold = ["a", "a", "b", "b"];
        let single = score_labels(&gold, &[1, 2, 3, 4]);
        assert!(close(single.bcubed.precision, 1.0));
        assert!(close(single.bcubed.recall, 0.5));
        assert!(close(single.pairwise.precision, 1.0)); // no predicted pairs
        assert!(close(single.pairwise.recall, 0.0));
        assert!(close(single.pairwise.f1, 0.0));
        let blob = score_labels(&gold, &[1, 1, 1, 1]);
        assert!(close(blob.bcubed.precision, 0.5));
        assert!(close(blob.bcubed.recall, 1.0));
        assert!(close(blob.pairwise.precision, 2.0 / 6.0));
    }

    #[test]
    fn items_matched_by_id() {
        let gold: BTreeMap<&str, &str> = [("a", "1"), ("b", "1"), ("c", "2")].into();
        let pred: BTreeMap<&str, u32> = [("a", 7), ("b", 7), ("z", 9)].into();
        let s = score(&gold, &pred);
        assert_eq!(s.items, 2);
        assert_eq!(s.missing, 2);
        assert!(close(s.bcubed.f1, 1.0));
    }
}
