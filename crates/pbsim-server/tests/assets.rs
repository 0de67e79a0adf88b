//! What a resident's browser downloads: the built app's files compressed as the client accepts
//! (brotli, else gzip, else plain), cached for good when their names carry a hash and revalidated
//! with an `ETag` when they do not, and the API's large answers compressed too. Driven through
//! `app(state)` without a socket, over a `dist/` laid out as Trunk writes it.

// Helpers outside `#[test]` functions set up fixtures: a failure there should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

#[path = "support/answer.rs"]
mod answer;
#[path = "support/app.rs"]
mod app;
#[path = "support/budgets.rs"]
mod budgets;
#[path = "support/db.rs"]
mod db;

use answer::Answer;
use app::{Setup, TestApp};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use budgets::{AUSTIN, TOULOUSE};
use std::io::Read;
use std::path::Path;

const JS: &str = "0123abcd4567ef89-pbsim-app.js";
const WASM: &str = "0123abcd4567ef89-pbsim-app_bg.wasm";
const CSS: &str = "style-89abcdef0123456.css";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";

/// A `dist/` as Trunk writes it: the page, its hashed loader, wasm and style sheet, the officers'
/// page under `admin/`, the page of budgets of projects under `projects/`, and one unhashed file.
fn dist() -> (tempfile::TempDir, Vec<(&'static str, Vec<u8>)>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let js = "export function init() { return 'loading the simulator'; }\n".repeat(80).into_bytes();
    // Compressible like real wasm (repeated code), with every byte value in it.
    let wasm: Vec<u8> = (0..20_000u32).map(|i| (i % 251) as u8 ^ (i / 997) as u8).collect();
    let css = "body { font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }\n".repeat(40).into_bytes();
    let index = format!(
        "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/{CSS}\">\
         <link rel=\"modulepreload\" href=\"/{JS}\"><link rel=\"preload\" href=\"/{WASM}\"></head>\
         <body><noscript>This budget simulator needs JavaScript.</noscript></body></html>"
    )
    .repeat(3)
    .into_bytes();
    let admin = "<!DOCTYPE html><html><head><title>pbsim - results for finance officers</title></head></html>\n"
        .repeat(5)
        .into_bytes();
    let projects = "<!DOCTYPE html><html><head><title>pbsim - choose your city's projects</title></head>\
         <body><noscript>The projects page needs JavaScript.</noscript></body></html>\n"
        .repeat(5)
        .into_bytes();
    let robots = "User-agent: *\nDisallow: /admin/\n".repeat(20).into_bytes();
    let files = vec![
        ("index.html", index),
        (JS, js),
        (WASM, wasm),
        (CSS, css),
        ("admin/index.html", admin),
        ("projects/index.html", projects),
        ("robots.txt", robots),
    ];
    for sub in ["admin", "projects"] {
        std::fs::create_dir(dir.path().join(sub)).expect("a page's dir");
    }
    for (name, bytes) in &files {
        std::fs::write(dir.path().join(name), bytes).expect("write a built file");
    }
    (dir, files)
}

async fn server(dist: &Path) -> TestApp {
    Setup::new(&[AUSTIN]).dist(dist).on_sqlite().await
}

async fn get(t: &TestApp, path: &str, headers: &[(&str, &str)]) -> Answer {
    let mut request = Request::builder().uri(path);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    t.send(request.body(Body::empty()).expect("request")).await
}

fn header(answer: &Answer, name: header::HeaderName) -> &str {
    answer.headers.get(&name).map(|v| v.to_str().expect("ASCII header")).unwrap_or_default()
}

/// The body as the client reads it, decoded by its `Content-Encoding`.
fn decoded(answer: &Answer) -> Vec<u8> {
    let mut out = Vec::new();
    match header(answer, header::CONTENT_ENCODING) {
        "br" => {
            brotli::Decompressor::new(&answer.bytes[..], 4096).read_to_end(&mut out).expect("valid brotli");
        }
        "gzip" => {
            flate2::read::GzDecoder::new(&answer.bytes[..]).read_to_end(&mut out).expect("valid gzip");
        }
        "" => out.clone_from(&answer.bytes),
        other => panic!("unexpected Content-Encoding {other}"),
    }
    out
}

#[tokio::test]
async fn each_file_comes_as_brotli_gzip_or_plain_as_the_client_accepts() {
    let (dir, files) = dist();
    let t = server(dir.path()).await;
    for (name, bytes) in &files {
        let path = format!("/{name}");
        for (accept, encoding) in [
            (Some("br, gzip"), "br"),
            (Some("gzip, deflate, br, zstd"), "br"),
            (Some("gzip, deflate"), "gzip"),
            (Some("br;q=0, gzip"), "gzip"),
            (Some("identity"), ""),
            (None, ""),
        ] {
            let headers: Vec<(&str, &str)> = accept.map(|a| ("accept-encoding", a)).into_iter().collect();
            let a = get(&t, &path, &headers).await;
            assert_eq!(a.status, StatusCode::OK, "{path} with {accept:?}");
            assert_eq!(header(&a, header::CONTENT_ENCODING), encoding, "{path} with {accept:?}");
            assert!(header(&a, header::VARY).contains("accept-encoding"), "{path}: {:?}", a.headers);
            assert_eq!(&decoded(&a), bytes, "{path} with {accept:?} decodes to the file");
            assert_eq!(header(&a, header::CONTENT_LENGTH), a.bytes.len().to_string(), "{path}");
            if !encoding.is_empty() {
                assert!(a.bytes.len() < bytes.len() / 2, "{path} as {encoding}: {} of {}", a.bytes.len(), bytes.len());
            }
        }
    }
    let wasm = get(&t, &format!("/{WASM}"), &[("accept-encoding", "br")]).await;
    assert_eq!(header(&wasm, header::CONTENT_TYPE), "application/wasm", "browsers compile wasm as it streams in");
    let js = get(&t, &format!("/{JS}"), &[]).await;
    assert_eq!(header(&js, header::CONTENT_TYPE), "text/javascript; charset=utf-8");
}

#[tokio::test]
async fn hashed_files_are_cached_for_good_and_pages_are_revalidated() {
    let (dir, _) = dist();
    let t = server(dir.path()).await;
    for name in [JS, WASM, CSS] {
        let a = get(&t, &format!("/{name}"), &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(header(&a, header::CACHE_CONTROL), IMMUTABLE, "{name}");
    }
    // The pages, the app's routes (answered with its page) and unhashed files: asked for again on
    // every visit, with a validator, so that a new release is seen at once.
    for path in ["/", "/index.html", "/b/austin-fy2017", "/embed/austin-fy2017", "/admin", "/admin/", "/robots.txt"] {
        let a = get(&t, path, &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(a.status, StatusCode::OK, "{path}");
        assert_eq!(header(&a, header::CACHE_CONTROL), "no-cache", "{path}");
        let etag = header(&a, header::ETAG).to_owned();
        assert!(etag.starts_with('"') && etag.ends_with('"') && etag.len() > 10, "{path}: {etag:?}");

        // A second visit with the validator: 304, no body.
        let again = get(&t, path, &[("accept-encoding", "br, gzip"), ("if-none-match", &etag)]).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.bytes.is_empty(), "{path}");
        assert_eq!(header(&again, header::ETAG), etag, "{path}");
        assert_eq!(header(&again, header::CACHE_CONTROL), "no-cache", "{path}");

        // A validator from another encoding of the same file still names the same content.
        let plain = get(&t, path, &[("if-none-match", &etag)]).await;
        assert_eq!(plain.status, StatusCode::NOT_MODIFIED, "{path} without compression");

        // A stale validator (last release's page) gets the page.
        let stale =
            get(&t, path, &[("accept-encoding", "br"), ("if-none-match", "\"0123456789abcdef01234567\"")]).await;
        assert_eq!(stale.status, StatusCode::OK, "{path}");
        assert!(!stale.bytes.is_empty(), "{path}");
    }
    let resident = get(&t, "/b/austin-fy2017", &[]).await;
    let officers = get(&t, "/admin/results", &[]).await;
    assert!(resident.text().contains("needs JavaScript"), "{}", resident.text());
    assert!(officers.text().contains("finance officers"), "{}", officers.text());
}

#[tokio::test]
async fn last_releases_files_are_not_answered_with_the_page() {
    let (dir, _) = dist();
    let t = server(dir.path()).await;
    for path in ["/fedcba9876543210-pbsim-app_bg.wasm", "/fedcba9876543210-pbsim-app.js", "/style-0.css"] {
        let a = get(&t, path, &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(a.status, StatusCode::NOT_FOUND, "{path}");
    }
    let post = t.send(Request::post("/index.html").body(Body::empty()).expect("request")).await;
    assert_eq!(post.status, StatusCode::METHOD_NOT_ALLOWED);
}

#[tokio::test]
async fn the_builds_compressed_files_are_served_as_written_and_stale_ones_ignored() {
    let (dir, files) = dist();
    let (_, wasm) = files.iter().find(|(name, _)| *name == WASM).expect("wasm");
    // What the build would write: valid brotli and gzip of the file, at settings the server would
    // not choose itself, so that serving them is told from compressing again.
    let mut fast_br = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 1, ..Default::default() };
    brotli::BrotliCompress(&mut &wasm[..], &mut fast_br, &params).expect("brotli");
    let mut fast_gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut fast_gz, wasm).expect("gzip");
    let fast_gz = fast_gz.finish().expect("gzip");
    std::fs::write(dir.path().join(format!("{WASM}.br")), &fast_br).expect("write .br");
    std::fs::write(dir.path().join(format!("{WASM}.gz")), &fast_gz).expect("write .gz");
    // Compressed files left from an earlier build (the CSS changed since, the page too).
    std::fs::write(dir.path().join(format!("{CSS}.br")), b"not the file").expect("write stale .br");
    let mut earlier = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    std::io::Write::write_all(&mut earlier, b"<!DOCTYPE html><title>last release</title>").expect("gzip");
    std::fs::write(dir.path().join("index.html.gz"), earlier.finish().expect("gzip")).expect("write stale .gz");

    let t = server(dir.path()).await;
    let br = get(&t, &format!("/{WASM}"), &[("accept-encoding", "br")]).await;
    assert_eq!(br.bytes, fast_br, "the build's brotli is served as it is");
    let gz = get(&t, &format!("/{WASM}"), &[("accept-encoding", "gzip")]).await;
    assert_eq!(gz.bytes, fast_gz, "the build's gzip is served as it is");
    let css = get(&t, &format!("/{CSS}"), &[("accept-encoding", "br")]).await;
    assert_eq!(header(&css, header::CONTENT_ENCODING), "br");
    let (_, css_bytes) = files.iter().find(|(name, _)| *name == CSS).expect("css");
    assert_eq!(&decoded(&css), css_bytes, "a stale compressed file is compressed anew, not served");
    let page = get(&t, "/", &[("accept-encoding", "gzip")]).await;
    assert_eq!(header(&page, header::CONTENT_ENCODING), "gzip");
    assert!(String::from_utf8(decoded(&page)).expect("UTF-8").contains("needs JavaScript"), "this release's page");
    // The compressed files themselves are not pages of the site.
    let raw = get(&t, &format!("/{WASM}.br"), &[]).await;
    assert_eq!(raw.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_budgets_definition_is_compressed_and_small_answers_are_not() {
    let t = Setup::new(&[AUSTIN]).on_sqlite().await;
    let plain = get(&t, "/api/budgets/austin-fy2017", &[]).await;
    assert_eq!(plain.status, StatusCode::OK);
    assert!(plain.bytes.len() > 4096, "the budget's JSON is large: {} bytes", plain.bytes.len());
    for (accept, encoding) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let a = get(&t, "/api/budgets/austin-fy2017", &[("accept-encoding", accept)]).await;
        assert_eq!(a.status, StatusCode::OK);
        assert_eq!(header(&a, header::CONTENT_ENCODING), encoding, "{accept}");
        assert!(header(&a, header::VARY).contains("accept-encoding"), "{:?}", a.headers);
        assert_eq!(decoded(&a), plain.bytes, "{accept}");
        // JSON of repeated keys compresses to about a third; half leaves room for budgets that change.
        assert!(a.bytes.len() < plain.bytes.len() / 2, "{accept}: {} of {}", a.bytes.len(), plain.bytes.len());
    }
    // A short error is sent as it is.
    let missing = get(&t, "/api/budgets/nowhere", &[("accept-encoding", "br, gzip")]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert_eq!(header(&missing, header::CONTENT_ENCODING), "");
}

#[tokio::test]
async fn a_budgets_page_asks_for_its_json_with_the_apps_files() {
    let (dir, _) = dist();
    let t = server(dir.path()).await;
    let preload = "<link rel=\"preload\" href=\"/api/budgets/austin-fy2017\" as=\"fetch\" crossorigin=\"anonymous\">";
    for path in ["/b/austin-fy2017", "/embed/austin-fy2017"] {
        let a = get(&t, path, &[("accept-encoding", "br, gzip")]).await;
        assert_eq!(header(&a, header::CONTENT_ENCODING), "br", "{path}");
        let page = String::from_utf8(decoded(&a)).expect("UTF-8");
        assert!(page.contains(&format!("{preload}</head>")), "{path}: {page}");
        assert!(page.contains("needs JavaScript"), "{path}: the app's page");
        assert_eq!(header(&a, header::CACHE_CONTROL), "no-cache", "{path}");
    }
    // Other pages, and a budget the server does not publish, get the app's page as it is.
    for path in ["/", "/b/nowhere", "/admin/"] {
        let a = get(&t, path, &[]).await;
        assert!(!a.text().contains("rel=\"preload\" href=\"/api/"), "{path}: {}", a.text());
    }
}

#[tokio::test]
async fn a_budget_of_projects_gets_the_projects_page_and_a_budget_of_lines_the_simulator() {
    let (dir, _) = dist();
    let t = Setup::new(&[AUSTIN, TOULOUSE]).dist(dir.path()).on_sqlite().await;
    for path in ["/b/toulouse-2022-4", "/embed/toulouse-2022-4"] {
        let page = get(&t, path, &[]).await.text();
        assert!(page.contains("The projects page needs JavaScript."), "{path}: {page}");
        assert!(page.contains("href=\"/api/budgets/toulouse-2022-4\" as=\"fetch\""), "{path}: {page}");
    }
    for path in ["/b/austin-fy2017", "/embed/austin-fy2017"] {
        let page = get(&t, path, &[]).await.text();
        assert!(page.contains("This budget simulator needs JavaScript."), "{path}: {page}");
        assert!(!page.contains("projects page"), "{path}: {page}");
    }
}
