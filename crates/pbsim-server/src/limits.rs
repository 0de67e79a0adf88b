//! How much one client may send: a per-client rate limit on the routes that write (submissions,
//! officers' login), a size limit on request bodies, and how long a request may take.
//!
//! The rate limiter (tower_governor, a token bucket per client) keys clients by IP address, in
//! memory only: the address is never logged, never stored, and buckets of clients that have gone
//! quiet are forgotten every minute. Behind a reverse proxy every request comes from the proxy's
//! address, so [`ClientIp`] names the ONE header that proxy writes (and, optionally, the proxies'
//! own addresses); no other header is ever read, so a client cannot pick its own bucket by adding
//! a header the proxy passes through untouched.

use crate::budgets::Budgets;
use crate::error::ApiError;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::HeaderName;
use axum::http::{HeaderMap, Request, Response};
use axum::middleware::Next;
use axum::response::IntoResponse;
use axum::routing::MethodRouter;
use ipnet::IpNet;
use pbsim_core::submission::MAX_COMMENT_CHARS;
use pbsim_core::{Budget, QuestionKind};
use std::net::{IpAddr, Ipv6Addr, SocketAddr};
use std::sync::{Arc, Weak};
use std::time::Duration;
use tower_governor::GovernorLayer;
use tower_governor::governor::{GovernorConfig, GovernorConfigBuilder};
use tower_governor::key_extractor::KeyExtractor;
use tower_governor::{GovernorError, governor::SharedRateLimiter};

/// The smallest body limit, whatever the budgets: 64 KiB.
pub const MIN_BODY_BYTES: usize = 64 * 1024;

/// How many requests one client may send to a limited route.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests per minute per client, all of which may come at once (a burst of this size, then
    /// one more every `60 / per_minute` seconds). 0 turns the limit off.
    pub per_minute: u32,
    /// Where the client's address comes from.
    pub client_ip: ClientIp,
}

/// Where a client's address is read: the connection's peer (the default), or the one header the
/// reverse proxy in front of pbsim writes.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ClientIp {
    /// The header the proxy writes: `forwarded` (RFC 7239), `x-forwarded-for`, or a header of one
    /// address such as `x-real-ip`. `None` uses the connection's peer address.
    pub header: Option<HeaderName>,
    /// The proxies' own addresses. When given, the header is read only on connections from one of
    /// them, and addresses of these proxies are skipped from the right of a list (a chain of
    /// proxies); when empty, every connection is taken to come through the proxy, and the last
    /// address of the header (the one the proxy added) is the client.
    pub trusted_proxies: Arc<[IpNet]>,
}

impl ClientIp {
    /// The client's address for a request that arrived from `peer`.
    pub fn client(&self, headers: &HeaderMap, peer: Option<IpAddr>) -> IpAddr {
        let peer_or_shared = peer.unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED));
        let Some(header) = &self.header else { return peer_or_shared };
        let trusted = |ip: &IpAddr| self.trusted_proxies.iter().any(|net| net.contains(&ip.to_canonical()));
        if !self.trusted_proxies.is_empty() && !peer.is_some_and(|p| trusted(&p)) {
            // A connection that did not come through a trusted proxy: its headers prove nothing.
            return peer_or_shared;
        }
        let addresses = header_addresses(headers, header);
        let from_proxy = if self.trusted_proxies.is_empty() {
            // Only the last entry was written by the proxy; earlier ones came from the client.
            addresses.last().copied().flatten()
        } else {
            // Walk back over our own proxies; the first other address is the client. An entry
            // that is not an address stops the walk: whatever is left of it is the client's.
            addresses.iter().rev().find(|a| !a.is_some_and(|ip| trusted(&ip))).copied().flatten()
        };
        from_proxy.unwrap_or(peer_or_shared)
    }
}

/// Every address in `name`'s values, in order (several header lines are one list); `None` for an
/// entry that is not an address (`unknown`, an obfuscated `_hidden` node).
fn header_addresses(headers: &HeaderMap, name: &HeaderName) -> Vec<Option<IpAddr>> {
    let values = headers.get_all(name).iter().map(|v| v.to_str().unwrap_or(""));
    if name.as_str() == "forwarded" {
        // `for=192.0.2.1;proto=https, for="[2001:db8::1]:4711"`: the `for=` of each element.
        values
            .flat_map(|v| v.split(','))
            .map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, node) = pair.trim().split_once('=')?;
                    key.trim().eq_ignore_ascii_case("for").then(|| parse_node(node))
                })?
            })
            .collect()
    } else {
        values.flat_map(|v| v.split(',')).map(parse_node).collect()
    }
}

/// Which bucket a request counts against.
///
/// A request that carries no peer address (a test driving the router without a socket) and no
/// trusted forwarded header counts against one shared bucket: it is still limited, and it never
/// becomes an error.
#[derive(Clone, Debug)]
pub struct ClientKey {
    client_ip: ClientIp,
    /// How many leading bits of an IPv6 address make one client.
    v6_prefix: u8,
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        let peer = req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        Ok(bucket(self.client_ip.client(req.headers(), peer), self.v6_prefix))
    }
}

/// IPv6 prefix that makes one submitting client: a home or a phone usually holds a whole /64.
pub const SUBMISSION_V6_PREFIX: u8 = 64;
/// IPv6 prefix that makes one client logging in: providers delegate a /56 or a /48 to one
/// customer, who could otherwise try passwords from 256 or 65,536 /64s at once. Officers are
/// few, so counting a whole /48 as one costs nobody.
pub const LOGIN_V6_PREFIX: u8 = 48;

/// The address a client is limited by: an IPv6 address as its first `v6_prefix` bits; an IPv4
/// address (also one mapped into IPv6) as itself.
fn bucket(ip: IpAddr, v6_prefix: u8) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => {
            let mask = u128::MAX.checked_shl(128 - u32::from(v6_prefix.min(128))).unwrap_or(0);
            IpAddr::V6(Ipv6Addr::from(v6.to_bits() & mask))
        }
        v4 => v4,
    }
}

/// An address as proxies write it: `203.0.113.7`, `203.0.113.7:4711`, `"[2001:db8::1]:4711"`.
fn parse_node(node: &str) -> Option<IpAddr> {
    let node = node.trim().trim_matches('"');
    node.parse::<IpAddr>()
        .ok()
        .or_else(|| node.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| node.strip_prefix('[')?.strip_suffix(']')?.parse().ok())
}

type Layer = GovernorLayer<ClientKey, governor::middleware::NoOpMiddleware, Body>;

/// One rate limiter: its own buckets, so submissions and logins do not eat each other's quota.
#[derive(Clone)]
pub struct Limiter {
    layer: Option<Layer>,
}

impl std::fmt::Debug for Limiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Limiter").field("on", &self.layer.is_some()).finish()
    }
}

impl Limiter {
    /// A limiter for `limit` (none when `per_minute` is 0). Inside a Tokio runtime it also starts
    /// a task that forgets quiet clients every minute, until the limiter is dropped.
    pub fn new(limit: &RateLimit, v6_prefix: u8) -> Limiter {
        let Some(per_minute) = std::num::NonZeroU32::new(limit.per_minute) else {
            return Limiter { layer: None };
        };
        let config: Option<GovernorConfig<ClientKey, _>> = GovernorConfigBuilder::default()
            .key_extractor(ClientKey { client_ip: limit.client_ip.clone(), v6_prefix })
            .period(Duration::from_secs(60) / per_minute.get())
            .burst_size(per_minute.get())
            .finish();
        // `finish` refuses only a zero burst or period, which a non-zero rate cannot give.
        let Some(config) = config else {
            return Limiter { layer: None };
        };
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(forget_quiet_clients(Arc::downgrade(config.limiter())));
        }
        let layer = GovernorLayer::new(config).error_handler(too_many_requests);
        Limiter { layer: Some(layer) }
    }

    /// `route` with this limit in front of it (its body is not read when the limit is hit).
    pub fn apply<S: Clone + Send + Sync + 'static>(&self, route: MethodRouter<S>) -> MethodRouter<S> {
        match &self.layer {
            Some(layer) => route.layer(layer.clone()),
            None => route,
        }
    }
}

/// Drops the buckets of clients that are back to a full quota, so memory follows the clients of
/// the last minute, not every client ever seen.
async fn forget_quiet_clients(limiter: Weak<SharedRateLimiterInner>) {
    let mut tick = tokio::time::interval(Duration::from_secs(60));
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tick.tick().await;
        let Some(limiter) = limiter.upgrade() else { return };
        limiter.retain_recent();
        limiter.shrink_to_fit();
    }
}

type SharedRateLimiterInner =
    <SharedRateLimiter<IpAddr, governor::middleware::NoOpMiddleware> as std::ops::Deref>::Target;

/// The governor's refusal in the API's error format, with `Retry-After`.
fn too_many_requests(error: GovernorError) -> Response<Body> {
    match error {
        // The wait is rounded down to whole seconds; one more second is never too early.
        GovernorError::TooManyRequests { wait_time, .. } => {
            ApiError::TooManyRequests(wait_time.saturating_add(1)).into_response()
        }
        // `ClientKey` never fails, so this is a bug of ours, not the client's.
        other => ApiError::Internal(anyhow::anyhow!("rate limiter: {other}")).into_response(),
    }
}

/// The body limit of the submission routes: the largest submission any of `budgets` accepts,
/// and at least [`MIN_BODY_BYTES`].
pub fn max_body_bytes(budgets: &Budgets) -> usize {
    budgets.iter().map(|b| largest_submission_bytes(b)).fold(MIN_BODY_BYTES, usize::max)
}

/// An upper bound of the JSON size of a valid submission to `budget`: every line (or project) at
/// the longest number, every comment and text answer at its longest with every character at its longest
/// JSON form (6 bytes: `\u001f`; emoji are 4 bytes in UTF-8 as browsers send them).
fn largest_submission_bytes(budget: &Budget) -> usize {
    const PER_CHAR: usize = 6;
    const NUMBER: usize = 20; // -9223372036854775808
    const ENVELOPE: usize = 1024; // field names, id, locale, brackets
    let lines: usize = budget.lines().map(|l| l.id.len() * PER_CHAR + NUMBER + 4).sum();
    // A choice of projects: every project once, with its points (a repeat is refused anyway).
    let projects: usize =
        budget.projects.iter().flat_map(|p| &p.projects).map(|p| p.id.len() * PER_CHAR + NUMBER + 4).sum();
    let comments = (budget.sections.len() + 1) * (MAX_COMMENT_CHARS * PER_CHAR + 4)
        + budget.sections.iter().map(|s| s.id.len() * PER_CHAR).sum::<usize>();
    let answers: usize = budget
        .questions
        .iter()
        .map(|q| {
            let answer = match &q.kind {
                QuestionKind::Choice { options } => options.iter().map(|o| o.id.len()).max().unwrap_or(0),
                QuestionKind::Text { max_chars } => *max_chars,
            };
            (q.id.len() + answer) * PER_CHAR + 6
        })
        .sum();
    ENVELOPE + lines + projects + comments + answers
}

/// How long a request may take, once its headers are in (the time to send the headers is
/// hyper's, see [`crate::serve`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Timeouts {
    /// The time a client has to send a whole request body (routes that write): a body trickled
    /// a byte at a time is cut off here, with 408, however steady the trickle.
    pub body: Duration,
    /// The time pbsim has to answer a request, body included; then 503.
    pub request: Duration,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts { body: Duration::from_secs(20), request: Duration::from_secs(60) }
    }
}

/// Reads the whole body within `timeout` and at most `limit` bytes, then hands the request on
/// with the body in memory. tower-http's `RequestBodyTimeoutLayer` restarts its clock on every
/// chunk, so a client sending a byte every few seconds would never be cut off; this clock does not
/// restart. Bodies here are submissions and logins, small enough to hold (the limit is theirs).
pub async fn read_body_within(
    axum::extract::State((timeout, limit)): axum::extract::State<(Duration, usize)>,
    request: Request<Body>,
    next: Next,
) -> Response<Body> {
    let (parts, body) = request.into_parts();
    match tokio::time::timeout(timeout, axum::body::to_bytes(body, limit)).await {
        Ok(Ok(bytes)) => next.run(Request::from_parts(parts, Body::from(bytes))).await,
        Ok(Err(e)) => {
            if std::error::Error::source(&e).is_some_and(|s| s.is::<http_body_util::LengthLimitError>()) {
                ApiError::TooLarge.into_response()
            } else {
                // The client went away or sent a broken chunked body: it gets no useful answer.
                tracing::debug!(error = %e, "request body not received");
                ApiError::BodyTimeout.into_response()
            }
        }
        Err(_) => {
            tracing::info!(seconds = timeout.as_secs(), "request body not received in time: connection closed");
            ApiError::BodyTimeout.into_response()
        }
    }
}

/// Answers 503 when the rest of the stack takes longer than `timeout` (the work is dropped, and
/// with it the client's connection slot). tower-http's `TimeoutLayer` would answer with an
/// empty body; every error pbsim sends is the API's JSON body.
pub async fn answer_within(
    axum::extract::State(timeout): axum::extract::State<Duration>,
    request: Request<Body>,
    next: Next,
) -> Response<Body> {
    match tokio::time::timeout(timeout, next.run(request)).await {
        Ok(response) => response,
        Err(_) => {
            tracing::warn!(seconds = timeout.as_secs(), "request not answered in time");
            ApiError::Busy(5).into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_with(headers: &[(&str, &str)], peer: Option<&str>, client_ip: &ClientIp, prefix: u8) -> IpAddr {
        let mut request = Request::builder();
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut request = request.body(()).unwrap_or_default();
        if let Some(peer) = peer {
            request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap_or_else(|e| panic!("{e}"))));
        }
        ClientKey { client_ip: client_ip.clone(), v6_prefix: prefix }
            .extract(&request)
            .unwrap_or_else(|e| panic!("{e}"))
    }

    fn key(headers: &[(&str, &str)], peer: Option<&str>, header: Option<&str>) -> IpAddr {
        let client_ip = ClientIp {
            header: header.map(|h| HeaderName::from_bytes(h.as_bytes()).unwrap_or_else(|e| panic!("{e}"))),
            trusted_proxies: Arc::new([]),
        };
        key_with(headers, peer, &client_ip, SUBMISSION_V6_PREFIX)
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn clients_are_keyed_by_peer_unless_the_proxys_header_is_named() {
        let xff = [("x-forwarded-for", "198.51.100.1, 203.0.113.9")];
        // No header named: whatever the request says.
        assert_eq!(key(&xff, Some("192.0.2.1:5000"), None), ip("192.0.2.1"));
        // Named: the last entry, the one the proxy added.
        assert_eq!(key(&xff, Some("192.0.2.1:5000"), Some("x-forwarded-for")), ip("203.0.113.9"));
        let fwd = [("forwarded", r#"for=198.51.100.1, for="[2001:db8::1]:4711";proto=https"#)];
        assert_eq!(key(&fwd, Some("192.0.2.1:5000"), Some("forwarded")), ip("2001:db8::"));
        // Only the named header is read: a client's own X-Forwarded-For next to the proxy's
        // Forwarded changes nothing.
        let both = [("forwarded", "for=203.0.113.9"), ("x-forwarded-for", "198.51.100.77")];
        assert_eq!(key(&both, Some("192.0.2.1:5000"), Some("forwarded")), ip("203.0.113.9"));
        assert_eq!(key(&[("x-real-ip", "203.0.113.5")], Some("192.0.2.1:5000"), Some("x-real-ip")), ip("203.0.113.5"));
        // Named but absent or unreadable: the peer.
        assert_eq!(
            key(&[("x-forwarded-for", "unknown")], Some("192.0.2.1:5000"), Some("x-forwarded-for")),
            ip("192.0.2.1")
        );
        assert_eq!(key(&[], Some("192.0.2.1:5000"), Some("x-forwarded-for")), ip("192.0.2.1"));
        // No socket at all: one shared bucket, never an error.
        assert_eq!(key(&[], None, None), ip("::"));
    }

    #[test]
    fn trusted_proxies_are_skipped_and_other_peers_are_not_believed() {
        let client_ip = ClientIp {
            header: Some(HeaderName::from_static("x-forwarded-for")),
            trusted_proxies: Arc::from(vec!["10.0.0.0/8".parse::<IpNet>().unwrap_or_else(|e| panic!("{e}"))]),
        };
        let chain = [("x-forwarded-for", "192.0.2.66, 203.0.113.9, 10.1.2.3")];
        assert_eq!(key_with(&chain, Some("10.0.0.1:80"), &client_ip, 64), ip("203.0.113.9"));
        // A client reaching pbsim around the proxy is keyed by its own address.
        assert_eq!(key_with(&chain, Some("198.51.100.4:80"), &client_ip, 64), ip("198.51.100.4"));
    }

    #[test]
    fn ipv6_clients_count_by_their_prefix_and_mapped_ipv4_as_itself() {
        assert_eq!(key(&[], Some("[2001:db8:1:2:aaaa::1]:80"), None), ip("2001:db8:1:2::"));
        assert_eq!(key(&[], Some("[2001:db8:1:2:bbbb::7]:80"), None), ip("2001:db8:1:2::"));
        assert_eq!(key(&[], Some("[::ffff:192.0.2.8]:80"), None), ip("192.0.2.8"));
        let login = |peer| key_with(&[], Some(peer), &ClientIp::default(), LOGIN_V6_PREFIX);
        assert_eq!(login("[2001:db8:1:2::1]:80"), login("[2001:db8:1:ff02::1]:80"));
        assert_ne!(login("[2001:db8:1:2::1]:80"), login("[2001:db8:2:2::1]:80"));
    }
}
