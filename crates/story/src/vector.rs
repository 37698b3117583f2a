//! Sparse vectors: `(term id, weight)` pairs sorted by term id. Weights are *tf parts*
//! (IDF not applied); every similarity applies the current IDF on the fly, so early articles
//! are not frozen with the IDF of a tiny corpus.

pub type Sparse = Vec<(u32, f32)>;

/// `Σ a_i b_i idf_i²` over the common terms (both sorted by term id).
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)], idf: impl Fn(u32) -> f32) -> f32 {
    let (mut i, mut j, mut s) = (0, 0, 0.0f32);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                let w = idf(a[i].0);
                s += a[i].1 * b[j].1 * w * w;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// `‖v ∘ idf‖`.
pub fn norm(v: &[(u32, f32)], idf: impl Fn(u32) -> f32) -> f32 {
    v.iter()
        .map(|&(t, w)| {
            let x = w * idf(t);
            x * x
        })
        .sum::<f32>()
        .sqrt()
}

/// Cosine of the IDF-weighted vectors; 0 when either is empty.
#[cfg(test)]
pub fn cosine(a: &[(u32, f32)], b: &[(u32, f32)], idf: impl Fn(u32) -> f32 + Copy) -> f32 {
    let na = norm(a, idf);
    let nb = norm(b, idf);
    if na <= 0.0 || nb <= 0.0 {
        return 0.0;
    }
    (dot(a, b, idf) / (na * nb)).clamp(0.0, 1.0)
}

/// `into += scale * v`, then keep the `cap` strongest entries (by weight × idf; ties by term id).
pub fn add_scaled(into: &mut Sparse, v: &[(u32, f32)], scale: f32, cap: usize, idf: impl Fn(u32) -> f32) {
    let mut out: Sparse = Vec::with_capacity(into.len() + v.len());
    let (mut i, mut j) = (0, 0);
    while i < into.len() || j < v.len() {
        if j >= v.len() || (i < into.len() && into[i].0 < v[j].0) {
            out.push(into[i]);
            i += 1;
        } else if i >= into.len() || v[j].0 < into[i].0 {
            out.push((v[j].0, v[j].1 * scale));
            j += 1;
        } else {
            out.push((into[i].0, into[i].1 + v[j].1 * scale));
            i += 1;
            j += 1;
        }
    }
    if out.len() > cap {
        truncate_strongest(&mut out, cap, idf);
    }
    *into = out;
}

/// Keep the `cap` strongest entries (by weight × idf, ties by term id), sorted by term id.
pub fn truncate_strongest(v: &mut Sparse, cap: usize, idf: impl Fn(u32) -> f32) {
    if v.len() <= cap {
        return;
    }
    if cap == 0 {
        v.clear();
        return;
    }
    // Partition around the cap-th strongest (total order: weight desc, then term id asc).
    let strength = |e: &(u32, f32)| e.1 * idf(e.0);
    v.select_nth_unstable_by(cap - 1, |a, b| strength(b).total_cmp(&strength(a)).then(a.0.cmp(&b.0)));
    v.truncate(cap);
    v.sort_unstable_by_key(|e| e.0);
}

/// The `n` strongest term ids (by weight × idf, ties by term id).
pub fn strongest(v: &[(u32, f32)], n: usize, idf: impl Fn(u32) -> f32) -> Vec<u32> {
    let mut s: Vec<(u32, f32)> = v.iter().map(|&(t, w)| (t, w * idf(t))).collect();
    s.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    s.truncate(n);
    s.into_iter().map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dot_norm_cosine() {
        let a = vec![(1, 1.0), (3, 2.0)];
        let b = vec![(1, 2.0), (2, 5.0), (3, 1.0)];
        let one = |_| 1.0;
        assert_eq!(dot(&a, &b, one), 4.0);
        assert!((norm(&a, one) - 5f32.sqrt()).abs() < 1e-6);
        assert!((cosine(&a, &a, one) - 1.0).abs() < 1e-6);
        assert_eq!(cosine(&a, &[], one), 0.0);
        let two = |_| 2.0;
        assert_eq!(dot(&a, &b, two), 16.0);
    }

    #[test]
    fn add_and_truncate() {
        let mut c = vec![(1, 1.0), (4, 1.0)];
        add_scaled(&mut c, &[(2, 3.0), (4, 1.0)], 1.0, 10, |_| 1.0);
        assert_eq!(c, vec![(1, 1.0), (2, 3.0), (4, 2.0)]);
        add_scaled(&mut c, &[], 1.0, 2, |_| 1.0);
        assert_eq!(c, vec![(2, 3.0), (4, 2.0)]);
        assert_eq!(strongest(&c, 1, |_| 1.0), vec![2]);
    }
}
