//! Prometheus `/metrics`: request counts and latency per route, ingest counts, store totals.
//!
//! Hand-written text exposition (format 0.0.4): a handful of counters and one histogram do not
//! justify a metrics framework.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use super::AppState;

/// Upper bounds (seconds) of the latency histogram's buckets.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0];

#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, u16), u64>,
    latency: BTreeMap<String, Histogram>,
    ingested: BTreeMap<&'static str, u64>,
}

#[derive(Default)]
struct Histogram {
    buckets: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

impl Metrics {
    pub fn observe_request(&self, route: &str, status: u16, elapsed: Duration) {
        let Ok(mut m) = self.inner.lock() else { return };
        *m.requests.entry((route.to_string(), status)).or_default() += 1;
        let h = m.latency.entry(route.to_string()).or_default();
        let secs = elapsed.as_secs_f64();
        for (i, bound) in BUCKETS.iter().enumerate() {
            if secs <= *bound {
                h.buckets[i] += 1;
            }
        }
        h.sum += secs;
        h.count += 1;
    }

    /// Articles received through the API, by outcome.
    pub fn observe_ingest(&self, new: usize, duplicate: usize, rejected: usize) {
        let Ok(mut m) = self.inner.lock() else { return };
        for (outcome, n) in [("new", new), ("duplicate", duplicate), ("rejected", rejected)] {
            *m.ingested.entry(outcome).or_default() += n as u64;
        }
    }

    fn write(&self, out: &mut String) {
        let Ok(m) = self.inner.lock() else { return };
        out.push_str("# HELP storyline_http_requests_total HTTP requests answered, by route and status.\n");
        out.push_str("# TYPE storyline_http_requests_total counter\n");
        for ((route, status), n) in &m.requests {
            let _ =
                writeln!(out, "storyline_http_requests_total{{route=\"{}\",status=\"{status}\"}} {n}", label(route));
        }
        out.push_str("# HELP storyline_http_request_duration_seconds Time to answer a request, by route.\n");
        out.push_str("# TYPE storyline_http_request_duration_seconds histogram\n");
        for (route, h) in &m.latency {
            let route = label(route);
            for (bound, n) in BUCKETS.iter().zip(h.buckets) {
                let _ = writeln!(
                    out,
                    "storyline_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "storyline_http_request_duration_seconds_bucket{{route=\"{route}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(out, "storyline_http_request_duration_seconds_sum{{route=\"{route}\"}} {}", h.sum);
            let _ = writeln!(out, "storyline_http_request_duration_seconds_count{{route=\"{route}\"}} {}", h.count);
        }
        out.push_str("# HELP storyline_api_articles_total Articles posted to the API since start, by outcome.\n");
        out.push_str("# TYPE storyline_api_articles_total counter\n");
        for outcome in ["new", "duplicate", "rejected"] {
            let n = m.ingested.get(outcome).copied().unwrap_or(0);
            let _ = writeln!(out, "storyline_api_articles_total{{outcome=\"{outcome}\"}} {n}");
        }
    }
}

/// Escape a label value (backslash, double quote, newline).
fn label(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

pub async fn render(State(state): State<AppState>) -> Response {
    let counts = match state.read(|r| Ok(r.counts()?)).await {
        Ok(c) => c,
        Err(f) => return (f.status, f.message).into_response(),
    };
    let mut out = String::new();
    out.push_str("# HELP storyline_articles Articles in the store.\n# TYPE storyline_articles gauge\n");
    let _ = writeln!(out, "storyline_articles {}", counts.articles);
    out.push_str("# HELP storyline_stories Stories in the store.\n# TYPE storyline_stories gauge\n");
    let _ = writeln!(out, "storyline_stories {}", counts.stories);
    out.push_str("# HELP storyline_topics Topics in the store.\n# TYPE storyline_topics gauge\n");
    let _ = writeln!(out, "storyline_topics {}", counts.topics);
    state.metrics().write(&mut out);
    (StatusCode::OK, [(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative() {
        let m = Metrics::default();
        m.observe_request("/stories/{id}", 200, Duration::from_millis(3));
        m.observe_request("/stories/{id}", 404, Duration::from_millis(30));
        m.observe_ingest(2, 1, 0);
        let mut out = String::new();
        m.write(&mut out);
        assert!(out.contains("storyline_http_requests_total{route=\"/stories/{id}\",status=\"200\"} 1"), "{out}");
        assert!(out.contains("storyline_http_requests_total{route=\"/stories/{id}\",status=\"404\"} 1"));
        assert!(out.contains("le=\"0.001\"} 0"));
        assert!(out.contains("le=\"0.005\"} 1"));
        assert!(out.contains("le=\"0.05\"} 2"));
        assert!(out.contains("le=\"+Inf\"} 2"));
        assert!(out.contains("storyline_api_articles_total{outcome=\"new\"} 2"));
        assert_eq!(label("a\"b\\c\nd"), "a\\\"b\\\\c\\nd");
    }
}
