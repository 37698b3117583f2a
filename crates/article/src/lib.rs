//! The `article` stage: the one type every other stage passes around.
//!
//! An [`Article`] is one news item from one outlet as a source gave it to us, before any
//! analysis. A [`Document`] is what one input file (or URL) produced: possibly a topic page
//! holding several articles under one topic title.

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

pub mod stop;

/// One news item from one outlet.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Identifier as given by the input (JSONL `id`, feed guid); `None` when the input has none.
    pub id: Option<String>,
    pub headline: String,
    /// Body paragraphs joined by a blank line (`"\n\n"`), boilerplate removed.
    pub body: String,
    /// Agency named in a "With inputs from BBC"-style line.
    pub credit: Option<String>,
    /// Outlet or site that published the article.
    pub source: Option<String>,
    pub url: Option<String>,
    /// When it was published, resolved to an absolute time where the input allowed it.
    #[serde(with = "rfc3339_opt")]
    pub published: Option<DateTime<FixedOffset>>,
    /// The date as written in the input ("3 days ago", "Feb 17, 2026").
    pub published_text: Option<String>,
    /// Titles of "Read more: …" lines, taken out of the body.
    pub related: Vec<String>,
    pub byline: Option<String>,
}

/// What one input produced.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Topic title of a topic page; `None` for a single article.
    pub topic: Option<String>,
    pub articles: Vec<Article>,
}

impl Article {
    /// Key for "the same article": the normalised headline and body, hashed.
    ///
    /// Normalising (case, punctuation, whitespace, curly vs straight quotes) makes a re-scrape
    /// of the same page with different whitespace or typography count as the same article.
    pub fn content_key(&self) -> String {
        let mut hasher = Sha256::new();
        hasher.update(normalise_for_key(&self.headline).as_bytes());
        hasher.update([0u8]);
        hasher.update(normalise_for_key(&self.body).as_bytes());
        let digest = hasher.finalize();
        digest.iter().take(16).map(|b| format!("{b:02x}")).collect()
    }

    /// Canonical form of the URL (tracking parameters and fragment removed), if any.
    pub fn canonical_url(&self) -> Option<String> {
        self.url.as_deref().and_then(canonical_url)
    }

    /// The first `n` sentences of the body, for excerpts.
    pub fn lead(&self, n: usize) -> String {
        first_sentences(&self.body, n)
    }
}

/// Lower-case, letters and digits only, single spaces.
pub fn normalise_for_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for ch in text.chars() {
        if ch.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.extend(ch.to_lowercase());
        } else {
            pending_space = true;
        }
    }
    out
}

/// Query parameters that only track the reader and never select content.
const TRACKING_PARAMS: &[&str] = &[
    "utm_source",
    "utm_medium",
    "utm_campaign",
    "utm_term",
    "utm_content",
    "utm_id",
    "utm_name",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "igshid",
    "cmpid",
    "ocid",
    "smid",
    "at_medium",
    "at_campaign",
    "ref",
    "ref_src",
    "src",
];

/// Canonical URL: scheme and host lower-cased, fragment and tracking parameters dropped,
/// trailing slash of the path removed. Returns `None` for anything that is not http(s).
pub fn canonical_url(url: &str) -> Option<String> {
    let url = url.trim();
    let (scheme, rest) = url.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return None;
    }
    let rest = rest.split('#').next().unwrap_or_default();
    let (host_path, query) = match rest.split_once('?') {
        Some((a, b)) => (a, Some(b)),
        None => (rest, None),
    };
    let (host, path) = match host_path.find('/') {
        Some(i) => (&host_path[..i], &host_path[i..]),
        None => (host_path, ""),
    };
    if host.is_empty() {
        return None;
    }
    let host = host.to_ascii_lowercase();
    let host = host
        .strip_suffix(":80")
        .filter(|_| scheme == "http")
        .or_else(|| host.strip_suffix(":443").filter(|_| scheme == "https"))
        .unwrap_or(&host);
    let path = path.trim_end_matches('/');
    let mut out = format!("{scheme}://{host}{path}");
    if let Some(query) = query {
        let kept: Vec<&str> = query
            .split('&')
            .filter(|kv| {
                let key = kv.split('=').next().unwrap_or_default().to_ascii_lowercase();
                !kv.is_empty() && !TRACKING_PARAMS.contains(&key.as_str()) && !key.starts_with("utm_")
            })
            .collect();
        if !kept.is_empty() {
            out.push('?');
            out.push_str(&kept.join("&"));
        }
    }
    Some(out)
}

/// Number of hash values in a [`copy_signature`].
pub const SIGNATURE_LEN: usize = 64;

/// MinHash signature of the article's text over word 4-shingles: two articles whose
/// signatures agree in a fraction `f` of positions share about `f` of their shingles
/// (Jaccard similarity). Wire copies and light rewrites agree in most positions; two reports
/// of the same event written independently agree in few.
pub fn copy_signature(headline: &str, body: &str) -> Vec<u32> {
    let text = normalise_for_key(body);
    let mut words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let head;
    if words.len() < 8 {
        head = normalise_for_key(&format!("{headline} {body}"));
        words = head.split(' ').filter(|w| !w.is_empty()).collect();
    }
    let mut sig = vec![u32::MAX; SIGNATURE_LEN];
    if words.is_empty() {
        return sig;
    }
    let width = 4.min(words.len());
    for shingle in words.windows(width) {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for w in shingle {
            for b in w.bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x0100_0000_01b3);
            }
            h ^= 0xff;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        // Double hashing (h1 + i·h2) gives the SIGNATURE_LEN hash functions from two mixes of
        // the shingle hash: one multiply-add per position instead of a full mix.
        let h1 = splitmix64(h);
        let h2 = splitmix64(h ^ 0x5851_f42d_4c95_7f2d) | 1;
        for (i, slot) in sig.iter_mut().enumerate() {
            let v = (h1.wrapping_add((i as u64).wrapping_mul(h2)) >> 32) as u32;
            if v < *slot {
                *slot = v;
            }
        }
    }
    sig
}

fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Estimated Jaccard similarity of two [`copy_signature`]s (0.0 when lengths differ).
pub fn signature_similarity(a: &[u32], b: &[u32]) -> f64 {
    if a.len() != b.len() || a.is_empty() {
        return 0.0;
    }
    a.iter().zip(b).filter(|(x, y)| x == y).count() as f64 / a.len() as f64
}

/// Signatures at least this similar mark a copy (wire copy or light rewrite). About half the
/// 4-shingles shared: an edited copy with a changed intro and trimmed ending still passes;
/// independent reports of one event share far fewer exact 4-word runs.
pub const COPY_THRESHOLD: f64 = 0.5;

/// The first `n` sentences of `text` (a sentence ends in `.`, `!` or `?` followed by a space
/// and an upper-case letter or a quote), joined by single spaces.
pub fn first_sentences(text: &str, n: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut count = 0;
    let chars: Vec<(usize, char)> = flat.char_indices().collect();
    for (i, &(pos, ch)) in chars.iter().enumerate() {
        if matches!(ch, '.' | '!' | '?') {
            let next = chars.get(i + 1).map(|c| c.1);
            let after = chars.get(i + 2).map(|c| c.1);
            let closes = next.is_none()
                || (next == Some(' ') && after.is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"' | '‘')));
            if closes && !ends_with_abbreviation(&flat[..pos]) {
                count += 1;
                if count == n {
                    return flat[..pos + ch.len_utf8()].to_string();
                }
            }
        }
    }
    flat
}

fn ends_with_abbreviation(before: &str) -> bool {
    let last = before.rsplit(' ').next().unwrap_or_default();
    matches!(
        last,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "St"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Prof"
            | "Jr"
            | "Sr"
            | "U.S"
            | "U.N"
            | "U.K"
            | "No"
    ) || (last.len() == 1 && last.chars().all(|c| c.is_uppercase()))
}

/// Serde helper: `Option<DateTime>` as an RFC 3339 string or null.
pub mod rfc3339_opt {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<DateTime<FixedOffset>>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(t) => s.serialize_str(&t.to_rfc3339()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        let v: Option<String> = Option::deserialize(d)?;
        match v {
            None => Ok(None),
            Some(s) => DateTime::parse_from_rfc3339(&s).map(Some).map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_key_ignores_typography_and_whitespace() {
        let a = Article {
            headline: "Talks end in Geneva".into(),
            body: "Kyiv’s delegation said   “no deal”.".into(),
            ..Default::default()
        };
        let b = Article {
            headline: "talks end in geneva ".into(),
            body: "Kyiv's delegation said \"no deal\".\n".into(),
            ..Default::default()
        };
        // Curly vs straight apostrophe both become a word break.
        assert_eq!(a.content_key(), b.content_key());
        let c =
            Article { headline: "Talks end in Geneva".into(), body: "A different body.".into(), ..Default::default() };
        assert_ne!(a.content_key(), c.content_key());
    }

    #[test]
    fn canonical_url_strips_tracking_and_fragment() {
        assert_eq!(
            canonical_url("HTTPS://Example.COM/news/story/?utm_source=x&id=5&fbclid=abc#top").as_deref(),
            Some("https://example.com/news/story?id=5")
        );
        assert_eq!(canonical_url("http://a.org:80/").as_deref(), Some("http://a.org"));
        assert_eq!(canonical_url("ftp://a.org/x"), None);
        assert_eq!(canonical_url("not a url"), None);
    }

    #[test]
    fn copy_signatures_separate_copies_from_independent_reports() {
        let original =
            "A storm with waves of up to six metres closed the port of Bodø in northern Norway on Wednesday, \
            stranding around 300 ferry passengers bound for the Lofoten islands. The coastal administration said the \
            harbour would stay shut until the wind eased, which might not happen before Thursday. About 4,000 homes \
            in Nordland lost power, the regional grid operator said.";
        let rewrite =
            "A storm with waves of up to six metres closed the port of Bodø in northern Norway on Wednesday, \
            stranding around 300 ferry passengers bound for the Lofoten islands. The coastal administration said the \
            harbour would stay shut until the wind eased, which might not happen before Thursday.";
        let independent = "Ferry passengers spent the night in hotels after Bodø harbour was shut by high seas. \
            Harbour master Eirik Dahl said waves had reached six metres and that the port could stay closed into \
            Thursday. Thousands of households in the county were left without electricity.";
        let a = copy_signature("Storm shuts port", original);
        let b = copy_signature("Storm shuts Bodø port", rewrite);
        let c = copy_signature("Storm closes harbour", independent);
        assert!(signature_similarity(&a, &b) >= COPY_THRESHOLD, "{}", signature_similarity(&a, &b));
        assert!(signature_similarity(&a, &c) < 0.2, "{}", signature_similarity(&a, &c));
        assert_eq!(signature_similarity(&a, &a), 1.0);
        assert_eq!(copy_signature("", "").len(), SIGNATURE_LEN);
    }

    #[test]
    fn first_sentences_skips_abbreviations() {
        let t = "Mr. Smith went to Washington. He met U.S. officials. Then he left.";
        assert_eq!(first_sentences(t, 1), "Mr. Smith went to Washington.");
        assert_eq!(first_sentences(t, 2), "Mr. Smith went to Washington. He met U.S. officials.");
        assert_eq!(first_sentences("No full stop", 2), "No full stop");
    }

    #[test]
    fn article_json_round_trip() {
        let a = Article {
            headline: "H".into(),
            published: DateTime::parse_from_rfc3339("2026-02-17T10:00:00+00:00").ok(),
            ..Default::default()
        };
        let json = serde_json::to_string(&a).expect("serialise");
        assert!(json.contains("\"published\":\"2026-02-17T10:00:00+00:00\""));
        let back: Article = serde_json::from_str(&json).expect("parse");
        assert_eq!(a, back);
    }
}
