//! The `views` stage over HTTP: `storyline serve`.
//!
//! Server-rendered HTML pages (askama templates in `templates/`) and a JSON API under `/api/v1/`
//! that returns the very models the pages render ([`models`]), so the two cannot drift. Reads go
//! through a small pool of read-only SQLite connections on blocking threads; the one write
//! endpoint (`POST /api/v1/articles`) goes through the ingest [`Pipeline`], opened on first use.
//!
//! Safety: every piece of article text reaches HTML through askama's escaping; the CSP forbids
//! scripts altogether; query strings, bodies and page sizes are bounded; the write token is
//! compared in constant time.

mod api;
mod atom;
mod metrics;
pub mod models;
mod pages;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result};
use axum::extract::{MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use storyline_store::{Reader, Store};

use crate::pipeline::Pipeline;
pub use metrics::Metrics;

/// Longest query string accepted (bytes); longer requests get 414.
pub const MAX_QUERY_BYTES: usize = 2048;
/// Largest request body accepted by `POST /api/v1/articles`.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;
/// Read connections kept open between requests.
const POOL_SIZE: usize = 8;
/// A request that takes longer than this is answered with 503.
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; \
                   frame-ancestors 'none'; base-uri 'none'";

/// What `storyline serve` needs to run.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub addr: SocketAddr,
    pub data: PathBuf,
    /// Bearer token for `POST /api/v1/articles`; writes are refused while unset.
    pub token: Option<String>,
    /// Absolute URL the server is reached at, for links in Atom feeds (default `http://ADDR`).
    pub public_url: String,
}

/// Shared state of the running server.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

struct Inner {
    dir: PathBuf,
    pool: Mutex<Vec<Store>>,
    writer: Mutex<Option<Pipeline>>,
    token: Option<String>,
    public_url: String,
    metrics: Metrics,
    top_entities: models::TopEntities,
}

impl AppState {
    /// Open (creating and migrating if needed) the store in `opts.data`.
    pub fn new(opts: &ServeOptions) -> Result<AppState> {
        // Open read-write once: creates the data directory and brings the schema up to date,
        // so the read-only pool can open it.
        let store =
            Store::open(&opts.data).with_context(|| format!("opening data directory {}", opts.data.display()))?;
        drop(store);
        let first = Store::open_read_only(&opts.data)?;
        Ok(AppState(Arc::new(Inner {
            dir: opts.data.clone(),
            pool: Mutex::new(vec![first]),
            writer: Mutex::new(None),
            token: opts.token.clone().filter(|t| !t.is_empty()),
            public_url: opts.public_url.trim_end_matches('/').to_string(),
            metrics: Metrics::default(),
            top_entities: models::TopEntities::default(),
        })))
    }

    pub fn metrics(&self) -> &Metrics {
        &self.0.metrics
    }

    /// Run `f` with a read connection on a blocking thread.
    pub async fn read<T, F>(&self, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&Reader) -> Result<T, Failure> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let store = state.take_connection()?;
            let result = f(&store.reader());
            state.return_connection(store);
            result
        })
        .await
        .map_err(|e| Failure::internal(anyhow::anyhow!("read task failed: {e}")))?
    }

    fn take_connection(&self) -> Result<Store, Failure> {
        let pooled = self.0.pool.lock().map_err(|_| Failure::internal(anyhow::anyhow!("pool lock poisoned")))?.pop();
        match pooled {
            Some(store) => Ok(store),
            None => Store::open_read_only(&self.0.dir).map_err(|e| Failure::internal(e.into())),
        }
    }

    fn return_connection(&self, store: Store) {
        if let Ok(mut pool) = self.0.pool.lock() {
            if pool.len() < POOL_SIZE {
                pool.push(store);
            }
        }
    }

    /// Read story `id` with `f`, following merges: an id merged into another story answers
    /// [`StoryAt::MergedInto`] so the caller can redirect; an unknown id is a 404.
    pub async fn story<T, F>(&self, id: i64, f: F) -> Result<StoryAt<T>, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&Reader, i64) -> Result<Option<T>, Failure> + Send + 'static,
    {
        self.read(move |r| match r.resolve_story(id)? {
            None => Err(Failure::not_found("No such story.")),
            Some(to) if to != id => Ok(StoryAt::MergedInto(to)),
            Some(_) => f(r, id)?.map(StoryAt::Here).ok_or_else(|| Failure::not_found("No such story.")),
        })
        .await
    }

    /// Run `f` with the ingest pipeline (opened on first use) on a blocking thread.
    async fn write<T, F>(&self, f: F) -> Result<T, Failure>
    where
        T: Send + 'static,
        F: FnOnce(&mut Pipeline) -> Result<T, Failure> + Send + 'static,
    {
        let state = self.clone();
        tokio::task::spawn_blocking(move || {
            let mut guard =
                state.0.writer.lock().map_err(|_| Failure::internal(anyhow::anyhow!("writer lock poisoned")))?;
            if guard.is_none() {
                *guard = Some(Pipeline::open(&state.0.dir).map_err(Failure::internal)?);
            }
            match guard.as_mut() {
                Some(pipeline) => f(pipeline),
                None => Err(Failure::internal(anyhow::anyhow!("pipeline not open"))),
            }
        })
        .await
        .map_err(|e| Failure::internal(anyhow::anyhow!("write task failed: {e}")))?
    }

    /// Write the story index snapshot, if the pipeline was opened (on shutdown).
    fn save(&self) {
        if let Ok(guard) = self.0.writer.lock() {
            if let Some(pipeline) = guard.as_ref() {
                if let Err(e) = pipeline.save() {
                    tracing::error!(error = %format!("{e:#}"), "could not save the story index");
                }
            }
        }
    }
}

/// A story as requested: here, or merged into another story (whose id a redirect names).
pub enum StoryAt<T> {
    Here(T),
    MergedInto(i64),
}

/// A request that cannot be answered: the status and a message for the reader.
#[derive(Debug)]
pub struct Failure {
    pub status: StatusCode,
    pub message: String,
}

impl Failure {
    pub fn new(status: StatusCode, message: impl Into<String>) -> Failure {
        Failure { status, message: message.into() }
    }

    pub fn not_found(what: impl Into<String>) -> Failure {
        Failure::new(StatusCode::NOT_FOUND, what)
    }

    pub fn bad_request(what: impl Into<String>) -> Failure {
        Failure::new(StatusCode::BAD_REQUEST, what)
    }

    /// Log the cause; tell the client only that it failed.
    pub fn internal(e: anyhow::Error) -> Failure {
        tracing::error!(error = %format!("{e:#}"), "request failed");
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, "internal error: see the server log")
    }
}

impl From<storyline_store::StoreError> for Failure {
    fn from(e: storyline_store::StoreError) -> Failure {
        Failure::internal(e.into())
    }
}

impl From<anyhow::Error> for Failure {
    fn from(e: anyhow::Error) -> Failure {
        Failure::internal(e)
    }
}

/// The whole application: pages, API, feeds, operations.
pub fn router(state: AppState) -> Router {
    Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .merge(atom::routes())
        .route("/healthz", get(healthz))
        .route("/metrics", get(metrics::render))
        .fallback(fallback)
        .layer(axum::middleware::from_fn_with_state(state.clone(), observe))
        .layer(axum::middleware::from_fn(guard))
        .with_state(state)
}

async fn healthz(State(state): State<AppState>) -> Response {
    match state.read(|r| Ok(r.counts()?)).await {
        Ok(_) => (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok\n").into_response(),
        Err(f) => (StatusCode::SERVICE_UNAVAILABLE, f.message).into_response(),
    }
}

async fn fallback(req: Request) -> Response {
    if req.uri().path().starts_with("/api/") {
        api::error_response(Failure::not_found(format!("no API route {}", req.uri().path())))
    } else {
        pages::error_page(Failure::not_found("No such page."))
    }
}

/// Refuse oversized query strings; add security headers to every response.
async fn guard(req: Request, next: Next) -> Response {
    let too_long = req.uri().query().is_some_and(|q| q.len() > MAX_QUERY_BYTES);
    let mut response = if too_long {
        (StatusCode::URI_TOO_LONG, format!("query string longer than {MAX_QUERY_BYTES} bytes\n")).into_response()
    } else {
        match tokio::time::timeout(REQUEST_TIMEOUT, next.run(req)).await {
            Ok(r) => r,
            Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "request timed out\n").into_response(),
        }
    };
    let h = response.headers_mut();
    h.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CSP));
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("same-origin"));
    response
}

/// Count and time every request, and log it.
async fn observe(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().clone();
    let route = req.extensions().get::<MatchedPath>().map(|p| p.as_str().to_string());
    let path = req.uri().path().to_string();
    let response = next.run(req).await;
    let elapsed = start.elapsed();
    let status = response.status().as_u16();
    let route = route.unwrap_or_else(|| "unmatched".to_string());
    state.metrics().observe_request(&route, status, elapsed);
    tracing::info!(
        method = %method,
        path = %path,
        route = %route,
        status,
        ms = elapsed.as_secs_f64() * 1000.0,
        "request"
    );
    response
}

/// Set up logging: `STORYLINE_LOG` (an env-filter such as `info` or `storyline=debug`) and
/// `STORYLINE_LOG_FORMAT=json` for one JSON object per line.
pub fn init_logging(json: bool) {
    use tracing_subscriber::EnvFilter;
    let filter = EnvFilter::try_from_env("STORYLINE_LOG").unwrap_or_else(|_| EnvFilter::new("info"));
    let ansi = std::io::IsTerminal::is_terminal(&std::io::stderr());
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_ansi(ansi).with_writer(std::io::stderr);
    // A second call (tests) finds a subscriber already set: keep it.
    let _ = if json { builder.json().try_init() } else { builder.try_init() };
}

/// Run the server until Ctrl-C or SIGTERM, then finish in-flight requests and exit.
pub async fn serve(opts: ServeOptions) -> Result<()> {
    let state = AppState::new(&opts)?;
    let listener = tokio::net::TcpListener::bind(opts.addr)
        .await
        .with_context(|| format!("cannot listen on {}: is another server using it? try --addr", opts.addr))?;
    let local = listener.local_addr().context("reading the bound address")?;
    tracing::info!(addr = %local, data = %opts.data.display(), writes = state.0.token.is_some(), "storyline serving");
    eprintln!("storyline: serving {} on http://{local}/ (Ctrl-C to stop)", opts.data.display());
    axum::serve(listener, router(state.clone()).into_make_service()).with_graceful_shutdown(shutdown_signal()).await?;
    state.save();
    tracing::info!("stopped");
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

#[cfg(test)]
mod tests;
