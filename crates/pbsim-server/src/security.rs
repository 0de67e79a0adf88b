//! Security headers on every response, and who may embed the simulator or call its API from
//! another site.
//!
//! Pages get a content security policy that allows only pbsim's own files, WebAssembly, and the
//! inline loader script Trunk writes into `index.html` (by its hash, read from the built files at
//! start-up, never `'unsafe-inline'`). Its `frame-ancestors` lists the sites that may frame the
//! page: pbsim itself, the server-wide list (`--frame-ancestors`) and, on a budget's own pages
//! (`/b/{id}`, `/embed/{id}`), the budget file's `[embed] allowed_origins`. The officers' dashboard
//! and the API may be framed by nobody.
//!
//! Browser requests to a budget's API from another site are answered with CORS headers when their
//! `Origin` is allowed (the server-wide `--allowed-origins` or the budget's list) and refused with a
//! 403 in the API's error format otherwise. Requests without `Origin` (curl, servers) and from
//! pbsim's own pages are not affected.

use crate::AppState;
use crate::error::ApiError;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{self, HeaderMap, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// The server-wide embedding policy and what the page's CSP must allow.
#[derive(Clone, Debug, Default)]
pub struct Security {
    /// Origins that may frame every resident page, besides each budget's own list.
    pub frame_ancestors: Vec<String>,
    /// Origins that may call every budget's API from a browser, besides each budget's own list.
    pub allowed_origins: Vec<String>,
    /// `'sha256-…'` sources for the inline scripts of the built pages (Trunk's loader).
    pub script_hashes: Vec<String>,
}

impl Security {
    /// Checks the configured origins (each `scheme://host[:port]`), naming every bad one.
    pub fn new(frame_ancestors: &[String], allowed_origins: &[String]) -> anyhow::Result<Security> {
        let mut problems = Vec::new();
        let mut read = |option: &str, list: &[String]| -> Vec<String> {
            let mut origins: Vec<String> = Vec::new();
            for text in list.iter().map(|s| s.trim()).filter(|s| !s.is_empty()) {
                match pbsim_core::parse_origin(text) {
                    Ok(o) if !origins.contains(&o) => origins.push(o),
                    Ok(_) => {}
                    Err(e) => problems.push(format!("{option}: {e}")),
                }
            }
            origins
        };
        let frame_ancestors = read("--frame-ancestors", frame_ancestors);
        let allowed_origins = read("--allowed-origins", allowed_origins);
        if !problems.is_empty() {
            anyhow::bail!("{}", problems.join("\n"));
        }
        Ok(Security { frame_ancestors, allowed_origins, script_hashes: Vec::new() })
    }

    /// Allows the inline scripts of the built pages in `dist` (`index.html`, `admin/index.html`,
    /// `projects/index.html`: each loader imports its own script, so each has its own hash).
    pub fn with_scripts_of(mut self, dist: &Path) -> anyhow::Result<Security> {
        let built = |dir: &str| dist.join(dir).join("index.html");
        for page in [dist.join("index.html"), built("admin"), built("projects")] {
            if !page.is_file() {
                continue;
            }
            let html =
                std::fs::read_to_string(&page).map_err(|e| anyhow::anyhow!("cannot read {}: {e}", page.display()))?;
            for script in inline_scripts(&html) {
                let hash = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(script.as_bytes()));
                let source = format!("'sha256-{hash}'");
                if !self.script_hashes.contains(&source) {
                    self.script_hashes.push(source);
                }
            }
        }
        Ok(self)
    }
}

/// The text of every `<script>` element without a `src` in `html`, exactly as the browser hashes it.
fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let after = &rest[start..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body = &after[tag_end + 1..];
        let Some(close) = body.find("</script") else { break };
        if !tag.contains(" src=") {
            scripts.push(&body[..close]);
        }
        rest = &body[close..];
    }
    scripts
}

/// What a path is, for its headers.
enum Kind<'a> {
    /// `/api/budgets…`: `Some(id)` for one budget's routes.
    BudgetApi(Option<&'a str>),
    /// Any other API route (the officers' included).
    OtherApi,
    /// The officers' dashboard.
    Admin,
    /// A resident page of one budget: `/b/{id}`, `/embed/{id}`, and their `/results`.
    BudgetPage(&'a str),
    /// Any other page or file.
    Page,
}

fn kind(path: &str) -> Kind<'_> {
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        ["api", "budgets"] => Kind::BudgetApi(None),
        ["api", "budgets", id, ..] => Kind::BudgetApi(Some(id)),
        ["api", ..] => Kind::OtherApi,
        ["admin", ..] => Kind::Admin,
        ["b" | "embed", id] | ["b" | "embed", id, "results"] => Kind::BudgetPage(id),
        _ => Kind::Page,
    }
}

/// The middleware: refuses cross-origin API calls from sites not allowed, answers CORS preflights,
/// and sets the security headers on every response.
pub async fn headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_owned();
    let kind = kind(&path);
    let security = &state.security;
    let budget = match kind {
        Kind::BudgetApi(Some(id)) | Kind::BudgetPage(id) => state.budgets.get(id).cloned(),
        _ => None,
    };

    let mut cors_origin = None;
    if let Kind::BudgetApi(_) = kind
        && let Some(origin) = request.headers().get(header::ORIGIN)
        && !same_origin(origin, &request)
    {
        let text = origin.to_str().unwrap_or_default();
        let allowed = security.allowed_origins.iter().chain(budget.iter().flat_map(|b| &b.embed.allowed_origins));
        if !allowed.into_iter().any(|o| o == text) {
            tracing::info!(origin = text, path, "cross-origin request refused");
            let mut response = ApiError::ForbiddenOrigin(text.to_owned()).into_response();
            finish(&mut response, &path, &kind, security, None, None);
            return response;
        }
        cors_origin = Some(origin.clone());
        if request.method() == Method::OPTIONS && request.headers().contains_key(header::ACCESS_CONTROL_REQUEST_METHOD)
        {
            let mut response = StatusCode::NO_CONTENT.into_response();
            let h = response.headers_mut();
            h.insert(header::ACCESS_CONTROL_ALLOW_METHODS, HeaderValue::from_static("GET, POST"));
            h.insert(header::ACCESS_CONTROL_ALLOW_HEADERS, HeaderValue::from_static("content-type"));
            h.insert(header::ACCESS_CONTROL_MAX_AGE, HeaderValue::from_static("600"));
            finish(&mut response, &path, &kind, security, None, cors_origin);
            return response;
        }
    }

    let mut response = next.run(request).await;
    finish(&mut response, &path, &kind, security, budget.as_deref(), cors_origin);
    response
}

/// Whether `Origin` names the host the request was sent to (browsers send `Origin` on same-origin
/// POSTs too). Only host and port are compared: behind a TLS proxy pbsim itself sees plain HTTP.
fn same_origin(origin: &HeaderValue, request: &Request) -> bool {
    // HTTP/1.1 names the host in `Host`; HTTP/2 in the `:authority` that hyper puts in the URI.
    let host = match request.headers().get(header::HOST).map(|h| h.to_str()) {
        Some(Ok(host)) => host,
        _ => match request.uri().authority() {
            Some(authority) => authority.as_str(),
            None => return false,
        },
    };
    let Ok(origin) = origin.to_str() else { return false };
    origin.split_once("://").is_some_and(|(_, authority)| authority.eq_ignore_ascii_case(host))
}

fn finish(
    response: &mut Response<Body>,
    path: &str,
    kind: &Kind<'_>,
    security: &Security,
    budget: Option<&pbsim_core::Budget>,
    cors_origin: Option<HeaderValue>,
) {
    let h = response.headers_mut();
    let set = |h: &mut HeaderMap, name: HeaderName, value: &str| {
        if let Ok(v) = HeaderValue::from_str(value) {
            h.insert(name, v);
        }
    };
    set(h, header::X_CONTENT_TYPE_OPTIONS, "nosniff");
    set(h, header::REFERRER_POLICY, "same-origin");
    set(
        h,
        HeaderName::from_static("permissions-policy"),
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    );
    if let Kind::BudgetApi(_) = kind {
        h.append(header::VARY, HeaderValue::from_static("origin"));
        if let Some(origin) = cors_origin {
            h.insert(header::ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        }
    }
    // embed.js is loaded by other sites' pages; its own policy would not apply to them anyway.
    if path == "/embed.js" {
        return;
    }
    let (csp, frame_options) = match kind {
        Kind::BudgetApi(_) | Kind::OtherApi => ("default-src 'none'; frame-ancestors 'none'".to_owned(), Some("DENY")),
        Kind::Admin => (page_policy(security, None, "'none'"), Some("DENY")),
        Kind::BudgetPage(_) | Kind::Page => {
            let mut ancestors = vec!["'self'".to_owned()];
            // A budget's list already holds the server-wide one (see `Budgets::allow_embedding_by`).
            let extra = budget.map_or(&security.frame_ancestors, |b| &b.embed.allowed_origins);
            ancestors.extend(extra.iter().cloned());
            let only_self = ancestors.len() == 1;
            (page_policy(security, budget, &ancestors.join(" ")), only_self.then_some("SAMEORIGIN"))
        }
    };
    set(h, header::CONTENT_SECURITY_POLICY, &csp);
    if let Some(value) = frame_options {
        set(h, header::X_FRAME_OPTIONS, value);
    }
}

/// The policy of the app's pages.
fn page_policy(security: &Security, budget: Option<&pbsim_core::Budget>, frame_ancestors: &str) -> String {
    let mut scripts = String::from("'self' 'wasm-unsafe-eval'");
    for hash in &security.script_hashes {
        scripts.push(' ');
        scripts.push_str(hash);
    }
    let mut images = String::from("'self' data:");
    if let Some(origin) = budget.and_then(|b| b.theme.as_ref()).and_then(|t| t.logo.as_ref()).and_then(|l| l.origin()) {
        images.push(' ');
        images.push_str(&origin);
    }
    format!(
        "default-src 'self'; script-src {scripts}; style-src 'self'; img-src {images}; connect-src 'self'; \
         object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {frame_ancestors}"
    )
}

/// `GET /embed.js`: the snippet's script, which council sites load from pbsim.
pub async fn embed_js() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            // Not content-hashed (its address is in councils' pages), so cached only for an hour.
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        include_str!("../../../assets/embed.js"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_are_found_and_external_ones_skipped() {
        let html = r#"<head><script src="/a.js"></script><script type="module">import x from '/x.js';
x();</script></head><body><script>b()</script></body>"#;
        assert_eq!(inline_scripts(html), vec!["import x from '/x.js';\nx();", "b()"]);
    }

    #[test]
    fn the_pages_policy_allows_each_inline_script_by_the_hash_browsers_compute() {
        // Built pages whose inline script is the CSP specification's example, alert('Hello, world.');
        // the dashboard repeats it, and an external script has no hash.
        let dist = tempfile::tempdir().expect("temp dir");
        let page =
            "<html><head><script src=\"/app.js\"></script><script>alert('Hello, world.');</script></head></html>";
        std::fs::write(dist.path().join("index.html"), page).expect("write index.html");
        std::fs::create_dir(dist.path().join("admin")).expect("admin dir");
        std::fs::write(dist.path().join("admin").join("index.html"), page).expect("write admin/index.html");
        let security = Security::default().with_scripts_of(dist.path()).expect("reads dist");
        // The specification's own value for that script, once.
        let spec = "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='";
        assert_eq!(security.script_hashes, [spec]);
        assert_eq!(
            page_policy(&security, None, "'self'"),
            format!(
                "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' {spec}; style-src 'self'; \
                 img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; \
                 form-action 'self'; frame-ancestors 'self'"
            )
        );
        // Without built pages, no inline script is allowed at all.
        let none = Security::default().with_scripts_of(&dist.path().join("missing")).expect("nothing to read");
        assert!(!page_policy(&none, None, "'none'").contains("sha256"));
    }

    #[test]
    fn configured_origins_are_checked() {
        let security = Security::new(&["https://www.markham.ca:443".into(), " ".into()], &[]).expect("valid");
        assert_eq!(security.frame_ancestors, ["https://www.markham.ca"]);
        let e = Security::new(&["https://*.markham.ca".into()], &["markham.ca".into()]).expect_err("invalid");
        let text = e.to_string();
        assert!(text.contains("--frame-ancestors: \"https://*.markham.ca\""), "{text}");
        assert!(text.contains("--allowed-origins: \"markham.ca\""), "{text}");
    }
}
