//! The baseline of `scripts/bench-submit`: the smallest axum server, `GET /` → `ok`, on the same
//! runtime as `pbsim serve` (tokio's default multi-threaded runtime), so the benchmark can say how
//! much of the machine's HTTP throughput a durable submission keeps.
//!
//!     cargo run --release -p pbsim-server --example hello -- 127.0.0.1:8090

use anyhow::Context;
use axum::Router;
use axum::routing::get;

fn main() -> anyhow::Result<()> {
    let addr = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8090".to_owned());
    tokio::runtime::Runtime::new().context("cannot start the async runtime")?.block_on(async {
        let listener =
            tokio::net::TcpListener::bind(&addr).await.with_context(|| format!("cannot listen on {addr}"))?;
        let app = Router::new().route("/", get(|| async { "ok" }));
        axum::serve(listener, app).await.context("server error")
    })
}
