//! Serving the router on a socket, with the limits that keep slow or idle clients from holding
//! the server: a time to send each request's headers, a cap on open connections, and a deadline
//! for the graceful shutdown.
//!
//! `axum::serve` runs hyper without a timer, so hyper's header timeout never fires and a client
//! that trickles a header keeps its connection (and a file descriptor) forever. This is the same
//! accept loop with hyper's HTTP/1 connection given a Tokio timer: a connection that has not sent
//! a whole request head within [`ConnectionLimits::header`] (the first one, or the next one on a
//! kept-alive connection) is closed. Bodies and answers have their own clocks in the router
//! ([`crate::limits::Timeouts`]).

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// Limits of the connections themselves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConnectionLimits {
    /// The time a client has to send a request's line and headers, from the moment the
    /// connection is ready for them (open, or done with the previous answer).
    pub header: Duration,
    /// Connections open at once; the next client waits in the kernel's queue until one closes.
    pub max_connections: usize,
    /// How long a shutdown waits for requests in flight before it closes their connections.
    pub shutdown: Duration,
}

impl Default for ConnectionLimits {
    fn default() -> ConnectionLimits {
        ConnectionLimits { header: Duration::from_secs(10), max_connections: 1024, shutdown: Duration::from_secs(20) }
    }
}

/// Serves `router` on `listener` until `shutdown` completes, then stops accepting, lets requests
/// in flight finish for at most `limits.shutdown`, and returns. Each request carries the peer's
/// address as `ConnectInfo<SocketAddr>`, which the rate limiter reads.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl Future<Output = ()> + Send,
) {
    let slots = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder.timer(TokioTimer::new()).header_read_timeout(limits.header);
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        // A slot first: at the cap, connections wait in the kernel's backlog, not in our memory.
        let slot = tokio::select! {
            slot = Arc::clone(&slots).acquire_owned() => slot,
            () = &mut shutdown => break,
        };
        let Ok(slot) = slot else { break };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors, or a connection reset before it was accepted:
                    // wait a little rather than spin, as axum::serve does.
                    tracing::warn!(error = %e, "cannot accept a connection");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let service = router.clone().map_request(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            request
        });
        let connection = builder.serve_connection(TokioIo::new(stream), TowerToHyperService::new(service));
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                // Timeouts and clients that hang up end up here; none of them is the server's fault.
                tracing::debug!(error = %e, "connection ended");
            }
            drop(slot);
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(limits.shutdown) => {
            tracing::warn!(seconds = limits.shutdown.as_secs(), "shutdown deadline reached: closing the connections still open");
        }
    }
}
