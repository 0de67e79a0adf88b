//! How much one client may send: a per-client rate limit on the routes that write (submissions,
//! officers' login) and a size limit on request bodies.
//!
//! The rate limiter (tower_governor, a token bucket per client) keys clients by IP address, in
//! memory only: the address is never logged, never stored, and buckets of clients that have gone
//! quiet are forgotten every minute. Behind a reverse proxy every request comes from the proxy's
//! address, so [`RateLimit::trust_forwarded_for`] reads the client's address from the header the
//! proxy adds instead; it must stay off when clients reach pbsim directly, or any client could
//! pick a fresh address per request.

use crate::budgets::Budgets;
use crate::error::ApiError;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, Response};
use axum::response::IntoResponse;
use axum::routing::MethodRouter;
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
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RateLimit {
    /// Requests per minute per client, all of which may come at once (a burst of this size, then
    /// one more every `60 / per_minute` seconds). 0 turns the limit off.
    pub per_minute: u32,
    /// Take the client's address from `X-Forwarded-For` / `Forwarded` (the last address, the one
    /// the proxy added) instead of the connection's peer address.
    pub trust_forwarded_for: bool,
}

/// Which bucket a request counts against.
///
/// A request that carries no peer address (a test driving the router without a socket) and no
/// trusted forwarded header counts against one shared bucket: it is still limited, and it never
/// becomes an error.
#[derive(Clone, Copy, Debug)]
pub struct ClientKey {
    trust_forwarded_for: bool,
}

impl KeyExtractor for ClientKey {
    type Key = IpAddr;

    fn extract<T>(&self, req: &Request<T>) -> Result<IpAddr, GovernorError> {
        let forwarded = if self.trust_forwarded_for { forwarded_client(req.headers()) } else { None };
        let ip = forwarded
            .or_else(|| req.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip()))
            .unwrap_or(IpAddr::V6(Ipv6Addr::UNSPECIFIED));
        Ok(bucket(ip))
    }
}

/// The address a client is limited by. An IPv6 client usually holds a whole /64 and can pick
/// any address in it, so it counts as its /64; an IPv4 address mapped into IPv6 counts as itself.
fn bucket(ip: IpAddr) -> IpAddr {
    match ip.to_canonical() {
        IpAddr::V6(v6) => IpAddr::V6(Ipv6Addr::from(v6.to_bits() & !((1u128 << 64) - 1))),
        v4 => v4,
    }
}

/// The client's address as the nearest proxy reported it: the last entry of `X-Forwarded-For`,
/// else the `for=` of the last element of `Forwarded`. Earlier entries were written by whoever
/// sent the request and prove nothing.
fn forwarded_client(headers: &HeaderMap) -> Option<IpAddr> {
    let last_xff = headers
        .get_all("x-forwarded-for")
        .iter()
        .next_back()
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.rsplit(',').next())
        .and_then(parse_node);
    last_xff.or_else(|| {
        let value = headers.get_all("forwarded").iter().next_back()?.to_str().ok()?;
        let element = value.rsplit(',').next()?;
        element.split(';').find_map(|pair| {
            let (name, node) = pair.trim().split_once('=')?;
            name.eq_ignore_ascii_case("for").then(|| parse_node(node)).flatten()
        })
    })
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
    pub fn new(limit: RateLimit) -> Limiter {
        let Some(per_minute) = std::num::NonZeroU32::new(limit.per_minute) else {
            return Limiter { layer: None };
        };
        let config: Option<GovernorConfig<ClientKey, _>> = GovernorConfigBuilder::default()
            .key_extractor(ClientKey { trust_forwarded_for: limit.trust_forwarded_for })
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

/// An upper bound of the JSON size of a valid submission to `budget`: every line at the longest
/// number, every comment and text answer at its longest with every character at its longest
/// JSON form (6 bytes: `\u001f`; emoji are 4 bytes in UTF-8 as browsers send them).
fn largest_submission_bytes(budget: &Budget) -> usize {
    const PER_CHAR: usize = 6;
    const NUMBER: usize = 20; // -9223372036854775808
    const ENVELOPE: usize = 1024; // field names, id, locale, brackets
    let lines: usize = budget.lines().map(|l| l.id.len() * PER_CHAR + NUMBER + 4).sum();
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
    ENVELOPE + lines + comments + answers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(headers: &[(&str, &str)], peer: Option<&str>, trust: bool) -> IpAddr {
        let mut request = Request::builder();
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let mut request = request.body(()).unwrap_or_default();
        if let Some(peer) = peer {
            request.extensions_mut().insert(ConnectInfo(peer.parse::<SocketAddr>().unwrap_or_else(|e| panic!("{e}"))));
        }
        ClientKey { trust_forwarded_for: trust }.extract(&request).unwrap_or_else(|e| panic!("{e}"))
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn clients_are_keyed_by_peer_unless_a_proxy_is_trusted() {
        let xff = [("x-forwarded-for", "198.51.100.1, 203.0.113.9")];
        // Not trusted: the header is ignored, whatever it says.
        assert_eq!(key(&xff, Some("192.0.2.1:5000"), false), ip("192.0.2.1"));
        // Trusted: the last entry, the one the proxy added.
        assert_eq!(key(&xff, Some("192.0.2.1:5000"), true), ip("203.0.113.9"));
        let fwd = [("forwarded", r#"for=198.51.100.1, for="[2001:db8::1]:4711";proto=https"#)];
        assert_eq!(key(&fwd, Some("192.0.2.1:5000"), true), ip("2001:db8::"));
        // Trusted but absent or unreadable: the peer.
        assert_eq!(key(&[("x-forwarded-for", "unknown")], Some("192.0.2.1:5000"), true), ip("192.0.2.1"));
        assert_eq!(key(&[], Some("192.0.2.1:5000"), true), ip("192.0.2.1"));
        // No socket at all: one shared bucket, never an error.
        assert_eq!(key(&[], None, false), ip("::"));
    }

    #[test]
    fn ipv6_clients_count_by_their_64_and_mapped_ipv4_as_itself() {
        assert_eq!(key(&[], Some("[2001:db8:1:2:aaaa::1]:80"), false), ip("2001:db8:1:2::"));
        assert_eq!(key(&[], Some("[2001:db8:1:2:bbbb::7]:80"), false), ip("2001:db8:1:2::"));
        assert_eq!(key(&[], Some("[::ffff:192.0.2.8]:80"), false), ip("192.0.2.8"));
    }
}
