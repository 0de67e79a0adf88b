//! Request ids and the request log: every request gets an `x-request-id` (the caller's, when it is
//! a sane token, else a new UUID), every response carries it back, and every log line written
//! while answering sits in a span that names it, so a resident's "it failed" with the id from the
//! response leads to the log lines of that request.
//!
//! The span records the method, the path (not the query string) and, when the answer leaves, the
//! status and latency. It never records the client's address.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderName, Request};
use tower::ServiceBuilder;
use tower_http::LatencyUnit;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnFailure, DefaultOnResponse, TraceLayer};
use tracing::Level;

/// The header that carries the request id.
pub const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The longest request id kept from a caller.
const MAX_ID_LEN: usize = 64;

/// `router` with request ids and the request log around it.
pub fn layer(router: Router) -> Router {
    let trace = TraceLayer::new_for_http()
        .make_span_with(|request: &Request<Body>| {
            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("");
            tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
        })
        .on_request(())
        .on_response(DefaultOnResponse::new().level(Level::INFO).latency_unit(LatencyUnit::Millis))
        .on_failure(DefaultOnFailure::new().level(Level::ERROR).latency_unit(LatencyUnit::Millis));
    router.layer(
        ServiceBuilder::new()
            .map_request(drop_insane_request_id)
            .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
            .layer(trace)
            .layer(PropagateRequestIdLayer::new(REQUEST_ID)),
    )
}

/// Removes a caller's request id that is not a short token of letters, digits, `-`, `_` and `.`,
/// so a new one is made: a request id is written into every log line of the request, and a log
/// must not carry what a client chose to put there beyond a token.
fn drop_insane_request_id(mut request: Request<Body>) -> Request<Body> {
    if let Some(id) = request.headers().get(REQUEST_ID)
        && !is_sane_id(id.as_bytes())
    {
        request.headers_mut().remove(REQUEST_ID);
    }
    request
}

fn is_sane_id(id: &[u8]) -> bool {
    (1..=MAX_ID_LEN).contains(&id.len()) && id.iter().all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(b))
}

#[cfg(test)]
mod tests {
    use super::is_sane_id;

    #[test]
    fn request_ids_kept_from_callers_are_short_tokens() {
        assert!(is_sane_id(b"0b6f6a52-2d4b-4e43-9c55-4a3c1b2e7f10"));
        assert!(is_sane_id(b"req_42.a"));
        assert!(!is_sane_id(b""));
        assert!(!is_sane_id(b"a b"));
        assert!(!is_sane_id(b"id\"injected=1"));
        assert!(!is_sane_id("é".as_bytes()));
        assert!(!is_sane_id(&[b'a'; 65]));
    }
}
