//! The real `pbsim serve` over real sockets against clients that trickle, hang on or leave: each
//! is closed within its limit while a normal resident keeps being answered, the number of open
//! connections is capped, a shutdown has a deadline, abandoned reports stop, and the log keeps no
//! oversized name. Limits are set to a second or two here; the defaults are in `.env.example`.
//!
//! No timing is measured: each test waits (with a generous bound) for something that never
//! happens without its limit. `scripts/bench-slow-clients` measures the same under load.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TOWN: &str = include_str!("../../../e2e/fixtures/budgets/town.toml");

/// A running `pbsim serve` and everything it has logged so far.
struct Server {
    child: Child,
    addr: SocketAddr,
    log: Arc<Mutex<Vec<String>>>,
    dir: tempfile::TempDir,
}

impl Server {
    fn start(env: &[(&str, &str)]) -> Server {
        let dir = tempfile::tempdir().unwrap();
        Self::start_in(dir, env)
    }

    fn start_in(dir: tempfile::TempDir, env: &[(&str, &str)]) -> Server {
        let budgets = dir.path().join("budgets");
        std::fs::create_dir_all(&budgets).unwrap();
        std::fs::write(budgets.join("town.toml"), TOWN).unwrap();
        let mut command = Command::new(env!("CARGO_BIN_EXE_pbsim"));
        command
            .args(["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"])
            .env("PBSIM_BUDGETS", &budgets)
            .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("pbsim.db").display()))
            .env("PBSIM_RATE_LIMIT_PER_MINUTE", "0")
            .env("RUST_LOG", "info")
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        for (k, v) in env {
            command.env(k, v);
        }
        let mut child = command.spawn().expect("pbsim starts");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (tx, rx) = std::sync::mpsc::channel();
        let lines = Arc::clone(&log);
        std::thread::spawn(move || {
            let mut tx = Some(tx);
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(rest) = line.split("serving at http://").nth(1)
                    && let Some(tx) = tx.take()
                {
                    let _ = tx.send(rest.split('/').next().unwrap_or_default().to_owned());
                }
                lines.lock().unwrap().push(line);
            }
        });
        let addr = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_else(|_| {
            let _ = child.kill();
            panic!("pbsim did not start: {:?}", log.lock().unwrap())
        });
        Server { child, addr: addr.parse().unwrap(), log, dir }
    }

    fn log_contains(&self, needle: &str) -> bool {
        self.log.lock().unwrap().iter().any(|l| l.contains(needle))
    }

    /// Waits up to `bound` for a log line containing `needle`.
    fn wait_for_log(&self, needle: &str, bound: Duration) -> bool {
        let start = Instant::now();
        while start.elapsed() < bound {
            if self.log_contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        false
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request on a fresh connection; the status and body of the answer.
fn http(addr: SocketAddr, method: &str, path: &str, headers: &[(&str, &str)], body: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_secs(120))).unwrap();
    let mut request = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str(&format!("Content-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = response.split_once("\r\n\r\n").map(|(_, b)| b.to_owned()).unwrap_or_default();
    (status, body)
}

fn submission(n: u32) -> String {
    format!(r#"{{"id":"00000000-0000-4000-8000-{n:012}","allocation":{{"parks":7000,"roads":3000}}}}"#)
}

/// What became of a slow connection.
#[derive(Debug, PartialEq)]
enum Fate {
    /// The server closed it, having answered with this status (0: without an answer).
    Closed(u16),
    /// Still open when the test stopped waiting.
    Open,
}

/// Opens a connection and sends `head` then `trickle`, one byte every 200 ms, until the server
/// closes it or `bound` passes.
fn trickle(addr: SocketAddr, head: String, trickle: Vec<u8>, bound: Duration) -> Fate {
    let mut stream = TcpStream::connect(addr).unwrap();
    stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    stream.write_all(head.as_bytes()).unwrap();
    let start = Instant::now();
    let mut received = Vec::new();
    let mut next = trickle.iter().cycle();
    while start.elapsed() < bound {
        let mut buf = [0u8; 1024];
        match stream.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => received.extend_from_slice(&buf[..n]),
            Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
            Err(_) => break,
        }
        if let Some(byte) = next.next()
            && stream.write_all(&[*byte]).is_err()
        {
            break;
        }
        if start.elapsed() >= bound {
            return Fate::Open;
        }
    }
    if start.elapsed() >= bound {
        return Fate::Open;
    }
    let text = String::from_utf8_lossy(&received);
    Fate::Closed(text.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0))
}

#[test]
fn slow_headers_and_bodies_are_cut_off_while_residents_are_answered() {
    let server = Server::start(&[("PBSIM_HEADER_TIMEOUT_SECS", "1"), ("PBSIM_BODY_TIMEOUT_SECS", "2")]);
    let addr = server.addr;
    // Far beyond both limits: without them, every slow connection would still be open then.
    let bound = Duration::from_secs(30);
    let mut slow = Vec::new();
    for n in 0..10 {
        // Half a header, then one more header byte every 200 ms, forever.
        let head = "POST /api/budgets/town/submissions HTTP/1.1\r\nHost: x\r\nX-Slow: ".to_owned();
        slow.push(std::thread::spawn(move || ("header", trickle(addr, head, b"abcdefgh".to_vec(), bound))));
        // Whole headers, then a body of 5,000 bytes sent a byte every 200 ms.
        let body_head = format!(
            "POST /api/budgets/town/submissions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{{\"id\":\"{n}\""
        );
        slow.push(std::thread::spawn(move || ("body", trickle(addr, body_head, b"    ".to_vec(), bound))));
    }
    // A resident submits while they hang on.
    std::thread::sleep(Duration::from_millis(300));
    for n in 0..3 {
        let (status, body) = http(addr, "POST", "/api/budgets/town/submissions", &[], &submission(n));
        assert_eq!(status, 201, "{body}");
    }
    for handle in slow {
        let (kind, fate) = handle.join().unwrap();
        match kind {
            // hyper closes a connection whose head is late without an answer.
            "header" => assert!(matches!(fate, Fate::Closed(_)), "a trickled header: {fate:?}"),
            // A late body gets 408 in the API's error format, and the connection is closed.
            _ => assert_eq!(fate, Fate::Closed(408), "a trickled body"),
        }
    }
    assert!(server.log_contains("request body not received in time"));
}

#[test]
fn connections_beyond_the_cap_wait_until_one_closes() {
    let server = Server::start(&[("PBSIM_MAX_CONNECTIONS", "3"), ("PBSIM_HEADER_TIMEOUT_SECS", "60")]);
    // Three connections that send nothing hold every slot.
    let idle: Vec<TcpStream> = (0..3).map(|_| TcpStream::connect(server.addr).unwrap()).collect();
    std::thread::sleep(Duration::from_millis(300));
    // A fourth is accepted by the kernel but not served while they are open.
    let mut fourth = TcpStream::connect(server.addr).unwrap();
    fourth.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
    fourth.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
    let mut buf = [0u8; 64];
    let early = fourth.read(&mut buf);
    assert!(
        early.is_err(),
        "served beyond the cap: {:?}",
        early.map(|n| String::from_utf8_lossy(&buf[..n]).into_owned())
    );
    // One closes: the fourth is served.
    drop(idle);
    fourth.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut response = String::new();
    fourth.read_to_string(&mut response).unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
}

#[test]
fn a_shutdown_does_not_wait_for_a_client_that_never_finishes() {
    let mut server = Server::start(&[("PBSIM_HEADER_TIMEOUT_SECS", "600"), ("PBSIM_SHUTDOWN_TIMEOUT_SECS", "1")]);
    let mut hanging = TcpStream::connect(server.addr).unwrap();
    hanging.write_all(b"POST /api/budgets/town/submissions HTTP/1.1\r\nHost: x\r\nX-Slow: ").unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let term = Command::new("kill").args(["-TERM", &server.child.id().to_string()]).status().unwrap();
    assert!(term.success());
    let start = Instant::now();
    let status = loop {
        if let Some(status) = server.child.try_wait().unwrap() {
            break status;
        }
        assert!(start.elapsed() < Duration::from_secs(60), "pbsim still waits for the hanging client");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status}");
    assert!(server.wait_for_log("shutdown deadline reached", Duration::from_secs(5)));
    drop(hanging);
}

#[test]
fn a_failed_login_never_logs_a_name_longer_than_a_username() {
    let server = Server::start(&[]);
    let name = "x".repeat(5_000);
    let body = format!(r#"{{"username":"{name}","password":"guess"}}"#);
    let (status, _) = http(server.addr, "POST", "/api/admin/login", &[], &body);
    assert_eq!(status, 401);
    let (status, _) =
        http(server.addr, "POST", "/api/admin/login", &[], r#"{"username":"bob\nINFO forged","password":"x"}"#);
    assert_eq!(status, 401);
    assert!(server.wait_for_log("username too long", Duration::from_secs(10)));
    assert!(server.wait_for_log("bob\\nINFO forged", Duration::from_secs(10)), "a name is logged escaped");
    let log = server.log.lock().unwrap();
    assert!(log.iter().all(|l| !l.contains(&"x".repeat(65))), "the long name reached the log");
    assert!(log.iter().all(|l| !l.starts_with("INFO forged")), "a name forged a log line");
}

#[test]
fn a_report_whose_client_went_away_stops() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = pbsim_server::store::Store::connect(&url).await.unwrap();
        let rows: Vec<pbsim_core::SubmissionRequest> = (0..4000u32)
            .map(|n| pbsim_core::SubmissionRequest {
                id: format!("00000000-0000-4000-8000-{n:012}"),
                allocation: [
                    ("parks".to_owned(), i64::from(n % 11) * 10_00),
                    ("roads".to_owned(), 100_00 - i64::from(n % 11) * 10_00),
                ]
                .into(),
                ..Default::default()
            })
            .collect();
        let items: Vec<_> = rows.iter().map(|r| ("town", r, None)).collect();
        store.insert_batch(&items).await.unwrap();
        let hash = pbsim_server::auth::hash_password("a long password").unwrap();
        store.set_admin_user("alice", &hash, pbsim_server::auth::now()).await.unwrap();
        store.close().await;
    });
    // The answer timeout is far away, so only the client leaving can stop the report.
    let server = Server::start_in(dir, &[("PBSIM_INSECURE_COOKIES", "true"), ("PBSIM_REQUEST_TIMEOUT_SECS", "600")]);
    let (status, _) =
        http(server.addr, "POST", "/api/admin/login", &[], r#"{"username":"alice","password":"a long password"}"#);
    assert_eq!(status, 200);
    // The session cookie, read from a login on a raw connection.
    let mut stream = TcpStream::connect(server.addr).unwrap();
    let body = r#"{"username":"alice","password":"a long password"}"#;
    write!(
        stream,
        "POST /api/admin/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let cookie = response
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    // Ask for the heaviest report, then hang up before it is done.
    let mut report = TcpStream::connect(server.addr).unwrap();
    write!(report, "GET /api/admin/budgets/town/report?bootstrap=1000 HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n")
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    drop(report);
    assert!(
        server.wait_for_log("report stopped: its clients went away", Duration::from_secs(120)),
        "the report ran on: {:?}",
        server.log.lock().unwrap().iter().rev().take(5).collect::<Vec<_>>()
    );
    let _ = &server.dir;
}

#[test]
fn a_download_whose_client_went_away_stops() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("pbsim.db").display());
    // About 60 MB of CSV: far more than the sockets' buffers hold, so the export cannot finish
    // before the client leaves.
    tokio::runtime::Runtime::new().unwrap().block_on(async {
        let store = pbsim_server::store::Store::connect(&url).await.unwrap();
        let comment = "a long comment ".repeat(140);
        let rows: Vec<pbsim_core::SubmissionRequest> = (0..30_000u32)
            .map(|n| pbsim_core::SubmissionRequest {
                id: format!("00000000-0000-4000-8000-{n:012}"),
                allocation: [("parks".to_owned(), 50_00), ("roads".to_owned(), 50_00)].into(),
                comment: comment.clone(),
                ..Default::default()
            })
            .collect();
        for chunk in rows.chunks(1000) {
            let items: Vec<_> = chunk.iter().map(|r| ("town", r, None)).collect();
            store.insert_batch(&items).await.unwrap();
        }
        let hash = pbsim_server::auth::hash_password("a long password").unwrap();
        store.set_admin_user("alice", &hash, pbsim_server::auth::now()).await.unwrap();
        store.close().await;
    });
    let server = Server::start_in(dir, &[("PBSIM_INSECURE_COOKIES", "true"), ("PBSIM_REQUEST_TIMEOUT_SECS", "600")]);
    let mut stream = TcpStream::connect(server.addr).unwrap();
    let body = r#"{"username":"alice","password":"a long password"}"#;
    write!(
        stream,
        "POST /api/admin/login HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let cookie = response
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    // Start the download, read its first bytes, and hang up.
    let mut download = TcpStream::connect(server.addr).unwrap();
    write!(download, "GET /api/admin/budgets/town/export/csv HTTP/1.1\r\nHost: x\r\nCookie: {cookie}\r\n\r\n").unwrap();
    let mut first = [0u8; 4096];
    download.read_exact(&mut first).unwrap();
    assert!(String::from_utf8_lossy(&first).starts_with("HTTP/1.1 200"), "{}", String::from_utf8_lossy(&first));
    drop(download);
    assert!(
        server.wait_for_log("export stopped: its client went away", Duration::from_secs(120)),
        "the export ran on: {:?}",
        server.log.lock().unwrap().iter().rev().take(5).collect::<Vec<_>>()
    );
    let _ = &server.dir;
}

#[test]
fn the_old_forwarded_for_switch_stops_the_server_with_what_to_set_instead() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_pbsim"))
        .args(["serve", "--addr", "127.0.0.1:0", "--dist", "/nonexistent"])
        .env("DATABASE_URL", format!("sqlite://{}", dir.path().join("pbsim.db").display()))
        .env("PBSIM_TRUST_FORWARDED_FOR", "true")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PBSIM_CLIENT_IP_HEADER"));
}
