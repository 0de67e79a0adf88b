//! The built app's files (Trunk's `dist/`), read once when the server starts and served from
//! memory: each with its brotli and gzip forms, chosen by the request's `Accept-Encoding`, so that
//! no byte is compressed twice and a resident's phone downloads the smallest form it can read.
//!
//! The build writes `file.br` and `file.gz` beside each file (`scripts/precompress`, run by
//! `./dev build`); a file without them, or with ones that do not decode to it, is compressed here
//! at start.
//!
//! Caching: a file whose name carries Trunk's content hash (`style-1a2b3c4d5e6f7a8b.css`,
//! `1a2b3c4d5e6f7a8b-pbsim-app_bg.wasm`) never changes under that name, so browsers may keep it for
//! a year without asking again. The pages (`index.html`) and any file without a hash must be
//! asked for again on every visit (`no-cache`), with an `ETag`, so that an unchanged page costs a
//! `304` of a few hundred bytes and a new release is seen at once.

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;

/// `Cache-Control` of a file whose name changes with its content.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// `Cache-Control` of the pages and unhashed files: keep, but ask (with the `ETag`) before each use.
pub const REVALIDATE: &str = "no-cache";

/// One file, in each form it is served in.
#[derive(Debug)]
struct Asset {
    content_type: HeaderValue,
    cache_control: HeaderValue,
    /// The quoted hash of the file's bytes; each encoded form adds its own suffix, since a strong
    /// `ETag` names one exact representation.
    tag: String,
    identity: axum::body::Bytes,
    br: Option<axum::body::Bytes>,
    gzip: Option<axum::body::Bytes>,
}

/// Every file of the built app, by URL path (`/index.html`, `/admin/index.html`, …).
#[derive(Debug, Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
    /// Budgets' pages: the app's page with a preload of the budget's JSON, by path.
    pages: HashMap<String, Arc<Asset>>,
}

/// How the body of a response is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Brotli (`br`).
    Brotli,
    /// Gzip.
    Gzip,
    /// As stored.
    Identity,
}

impl Assets {
    /// Reads every file under `dist` with its compressed forms (compressing those the build did not).
    /// Fails on a file that cannot be read.
    pub fn load(dist: &Path) -> std::io::Result<Assets> {
        let mut assets = Assets::default();
        if dist.is_dir() {
            assets.add_dir(dist, "")?;
        }
        Ok(assets)
    }

    fn add_dir(&mut self, dir: &Path, prefix: &str) -> std::io::Result<()> {
        let mut entries = std::fs::read_dir(dir)?.collect::<Result<Vec<_>, _>>()?;
        entries.sort_by_key(|e| e.file_name());
        for entry in entries {
            let path = entry.path();
            let Some(name) = entry.file_name().to_str().map(str::to_owned) else {
                tracing::warn!(path = %path.display(), "skipping a built file whose name is not UTF-8");
                continue;
            };
            let url = format!("{prefix}/{name}");
            if entry.file_type()?.is_dir() {
                self.add_dir(&path, &url)?;
            } else if !(name.ends_with(".br") || name.ends_with(".gz")) {
                self.files.insert(url, Asset::load(&path, &name)?);
            }
        }
        Ok(())
    }

    /// Gives each budget's pages (`/b/{id}`, `/embed/{id}`) its kind's page with one line more: a
    /// preload of the budget's JSON, which the browser then fetches alongside the app's files
    /// instead of one round trip after the wasm has started (about 150 ms on a phone network).
    /// The kind's page: `projects/index.html` (the projects page's own build, `projects.html`) for
    /// a budget of projects (`projects` true), `index.html` (the simulator) for a budget of lines,
    /// so that a resident downloads only their kind's page. An id with characters other than
    /// letters, digits, `-`, `_` and `.` keeps the plain page.
    pub fn with_budget_pages<'a>(
        mut self,
        budgets: impl IntoIterator<Item = (&'a str, bool)>,
    ) -> std::io::Result<Assets> {
        let split = |name: &str| {
            let page = self.files.get(name).and_then(|a| std::str::from_utf8(&a.identity).ok())?;
            let (head, rest) = page.split_at(page.find("</head>")?);
            Some((head.to_owned(), rest.to_owned()))
        };
        let lines = split("/index.html");
        // Without the projects page's build, budgets of projects get the plain residents' page.
        let projects = split("/projects/index.html");
        for (id, is_projects) in budgets {
            if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)) {
                continue;
            }
            let Some((head, rest)) = (if is_projects { projects.as_ref() } else { lines.as_ref() }) else {
                continue;
            };
            // `crossorigin` matches what the app's `fetch` sends (mode cors, same-origin
            // credentials), so the browser hands it the preloaded answer.
            let html = format!(
                "{head}<link rel=\"preload\" href=\"/api/budgets/{id}\" as=\"fetch\" crossorigin=\"anonymous\">{rest}"
            );
            let asset = Arc::new(Asset::compress("index.html", html.into_bytes())?);
            self.pages.insert(format!("/b/{id}"), asset.clone());
            self.pages.insert(format!("/embed/{id}"), asset);
        }
        Ok(self)
    }

    /// How many files are served (each counted once, whatever its forms).
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether there is nothing to serve.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The file a path is answered with: the file itself, else the page of the single-page app it
    /// is a route of (`/b/austin-fy2017` → `/index.html`, `/admin/…` → `/admin/index.html`). A
    /// missing script, wasm or style sheet is not a page (an old page asking for last release's
    /// files must get a 404, not HTML).
    fn find(&self, path: &str) -> Option<&Asset> {
        if let Some(asset) = self.files.get(path) {
            return Some(asset);
        }
        if let Some(asset) = self.pages.get(path) {
            return Some(asset);
        }
        let file = path.rsplit('/').next().unwrap_or_default();
        if [".js", ".wasm", ".css", ".map", ".br", ".gz"].iter().any(|ext| file.ends_with(ext)) {
            return None;
        }
        if path == "/admin" || path.starts_with("/admin/") {
            return self.files.get("/admin/index.html");
        }
        self.files.get("/index.html")
    }
}

impl Asset {
    fn load(path: &Path, name: &str) -> std::io::Result<Asset> {
        let identity = std::fs::read(path)?;
        // A precompressed form is used only when it decodes to the file as it is now: one left
        // over from an earlier build of an unhashed file (index.html) is compressed anew instead.
        let precompressed = |ext: &str, decode: fn(&[u8]) -> std::io::Result<Vec<u8>>| {
            let sibling = path.with_file_name(format!("{name}.{ext}"));
            let bytes = std::fs::read(&sibling).ok()?;
            if decode(&bytes).is_ok_and(|decoded| decoded == identity) {
                Some(bytes)
            } else {
                tracing::warn!(path = %sibling.display(), "ignoring a compressed file that is not its source's");
                None
            }
        };
        let br = match precompressed("br", unbrotli) {
            Some(bytes) => bytes,
            None => brotli_bytes(&identity)?,
        };
        let gzip = match precompressed("gz", gunzip) {
            Some(bytes) => bytes,
            None => gzip_bytes(&identity)?,
        };
        Ok(Asset::new(name, identity, br, gzip))
    }

    /// A file of the app that is not on disk as such: `identity` compressed here.
    fn compress(name: &str, identity: Vec<u8>) -> std::io::Result<Asset> {
        let br = brotli_bytes(&identity)?;
        let gzip = gzip_bytes(&identity)?;
        Ok(Asset::new(name, identity, br, gzip))
    }

    fn new(name: &str, identity: Vec<u8>, br: Vec<u8>, gzip: Vec<u8>) -> Asset {
        // A tiny file can grow when compressed: then only its plain form is served.
        let smaller = |encoded: Vec<u8>| (encoded.len() < identity.len()).then(|| encoded.into());
        let digest = Sha256::digest(&identity);
        let tag = digest[..12].iter().map(|b| format!("{b:02x}")).collect::<String>();
        Asset {
            content_type: HeaderValue::from_static(content_type(name)),
            cache_control: HeaderValue::from_static(if is_hashed(name) { IMMUTABLE } else { REVALIDATE }),
            tag,
            br: smaller(br),
            gzip: smaller(gzip),
            identity: identity.into(),
        }
    }

    fn etag(&self, encoding: Encoding) -> String {
        match encoding {
            Encoding::Brotli => format!("\"{}-br\"", self.tag),
            Encoding::Gzip => format!("\"{}-gz\"", self.tag),
            Encoding::Identity => format!("\"{}\"", self.tag),
        }
    }

    /// Whether `If-None-Match` names this file in any of its forms: they all hold the same content.
    fn matches(&self, if_none_match: &HeaderMap) -> bool {
        if_none_match.get_all(header::IF_NONE_MATCH).iter().filter_map(|v| v.to_str().ok()).any(|value| {
            value.split(',').map(str::trim).any(|tag| {
                let tag = tag.strip_prefix("W/").unwrap_or(tag);
                tag == "*"
                    || [Encoding::Brotli, Encoding::Gzip, Encoding::Identity].iter().any(|&e| self.etag(e) == tag)
            })
        })
    }
}

/// Brotli at its best quality, as `scripts/precompress` writes it: the cost is paid once.
pub fn brotli_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let mut out = Vec::new();
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params)?;
    Ok(out)
}

/// Gzip at level 9.
pub fn gzip_bytes(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

fn unbrotli(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut brotli::Decompressor::new(bytes, 4096), &mut out)?;
    Ok(out)
}

fn gunzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out)?;
    Ok(out)
}

/// Whether a file name carries Trunk's content hash: a run of 8 to 16 lowercase hex digits as the
/// first or last `-`-separated part of its stem (Trunk writes `{hash}-pbsim-app_bg.wasm` for the
/// app and `style-{hash}.css` for style sheets; the hash is a `u64` in hex without leading zeros).
pub fn is_hashed(name: &str) -> bool {
    let stem = name.split_once('.').map_or(name, |(stem, _)| stem);
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let hex = |part: &str| {
        (8..=16).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    };
    let mut parts = stem.split('-');
    let first = parts.next().unwrap_or_default();
    let last = parts.next_back();
    hex(first) && last.is_some() || last.is_some_and(hex)
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("woff2") => "font/woff2",
        Some("txt") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// The encoding to answer with, from the request's `Accept-Encoding`: brotli when accepted, else
/// gzip, else the plain bytes. A coding with `q=0` is refused; `*` stands for any coding not named.
pub fn negotiate(headers: &HeaderMap) -> Encoding {
    let (mut br, mut gzip, mut any) = (None, None, None);
    for value in headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()) {
        for item in value.split(',') {
            let mut params = item.split(';');
            let coding = params.next().unwrap_or_default().trim().to_ascii_lowercase();
            let q = params
                .filter_map(|p| p.trim().strip_prefix("q=").or_else(|| p.trim().strip_prefix("Q=")))
                .find_map(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            match coding.as_str() {
                "br" => br = Some(q),
                "gzip" | "x-gzip" => gzip = Some(q),
                "*" => any = Some(q),
                _ => {}
            }
        }
    }
    let br = br.or(any).unwrap_or(0.0);
    let gzip = gzip.or(any).unwrap_or(0.0);
    if br > 0.0 && br >= gzip {
        Encoding::Brotli
    } else if gzip > 0.0 {
        Encoding::Gzip
    } else if br > 0.0 {
        Encoding::Brotli
    } else {
        Encoding::Identity
    }
}

/// The fallback of the router: answers `GET` and `HEAD` with the built app's files.
pub async fn serve(State(assets): State<Arc<Assets>>, method: Method, uri: Uri, headers: HeaderMap) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = StatusCode::METHOD_NOT_ALLOWED.into_response();
        response.headers_mut().insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let Some(asset) = assets.find(uri.path()) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let (encoding, bytes) = match negotiate(&headers) {
        Encoding::Brotli if asset.br.is_some() => (Encoding::Brotli, asset.br.clone()),
        Encoding::Brotli | Encoding::Gzip if asset.gzip.is_some() => (Encoding::Gzip, asset.gzip.clone()),
        _ => (Encoding::Identity, None),
    };
    let bytes = bytes.unwrap_or_else(|| asset.identity.clone());
    let etag = HeaderValue::from_str(&asset.etag(encoding)).unwrap_or(HeaderValue::from_static("\"\""));
    let not_modified = asset.matches(&headers);
    let mut response =
        if not_modified { StatusCode::NOT_MODIFIED.into_response() } else { Body::from(bytes).into_response() };
    let h = response.headers_mut();
    h.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    h.insert(header::ETAG, etag);
    h.insert(header::CACHE_CONTROL, asset.cache_control.clone());
    if !not_modified {
        h.insert(header::CONTENT_TYPE, asset.content_type.clone());
        match encoding {
            Encoding::Brotli => h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("br")),
            Encoding::Gzip => h.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip")),
            Encoding::Identity => None,
        };
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> Encoding {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).expect("header value"));
        negotiate(&headers)
    }

    #[test]
    fn the_smallest_encoding_the_client_reads_is_chosen() {
        assert_eq!(accept("br, gzip"), Encoding::Brotli);
        assert_eq!(accept("gzip, deflate, br, zstd"), Encoding::Brotli);
        assert_eq!(accept("gzip, deflate"), Encoding::Gzip);
        assert_eq!(accept("x-gzip"), Encoding::Gzip);
        assert_eq!(accept("br;q=0, gzip"), Encoding::Gzip);
        assert_eq!(accept("br;q=0.5, gzip;q=0.8"), Encoding::Gzip);
        assert_eq!(accept("*"), Encoding::Brotli);
        assert_eq!(accept("*;q=0, gzip"), Encoding::Gzip);
        assert_eq!(accept("identity"), Encoding::Identity);
        assert_eq!(accept("deflate"), Encoding::Identity);
        assert_eq!(accept("gzip;q=0"), Encoding::Identity);
        assert_eq!(negotiate(&HeaderMap::new()), Encoding::Identity);
    }

    #[test]
    fn trunks_hashed_names_are_told_from_plain_ones() {
        assert!(is_hashed("style-a1b2c3d4e5f60718.css"));
        assert!(is_hashed("a1b2c3d4e5f6071-pbsim-app_bg.wasm"));
        assert!(is_hashed("a1b2c3d4e5f60718-pbsim-app.js"));
        assert!(is_hashed("pbsim-app-a1b2c3d4e5f60718_bg.wasm"));
        assert!(!is_hashed("index.html"));
        assert!(!is_hashed("style.css"));
        assert!(!is_hashed("pbsim-app.js"));
        assert!(!is_hashed("budget-fy2017.json"));
        assert!(!is_hashed("a1b2c3d4e5f60718.css"));
    }
}
