//! Command-line interface and configuration: one clap struct per subcommand, every field settable
//! by an environment variable.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

/// pbsim: a participatory budgeting simulator.
#[derive(Debug, Parser)]
#[command(name = "pbsim", version, about)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the simulator, its API and its budgets.
    Serve(ServeArgs),
    /// Export a budget's stored submissions, oldest first: JSON, CSV, XLSX, or Pabulib (.pb) for a budget of projects.
    Export(ExportArgs),
    /// Print the aggregate report of a budget's submissions.
    Report(crate::cli::ReportArgs),
    /// Aggregate allocations from any CSV file (a header of line ids, a row per submission).
    Aggregate(crate::cli::AggregateArgs),
    /// Tools for budget files.
    #[command(subcommand)]
    Budget(crate::cli::BudgetCommand),
    /// Officers' accounts and API tokens.
    #[command(subcommand)]
    Admin(crate::cli::AdminCommand),
    /// Single-use invite codes for budgets that require them.
    #[command(subcommand)]
    Invite(crate::cli::InviteCommand),
    /// Project-selection elections in the Pabulib format (.pb): outcomes under greedy and MES.
    #[command(subcommand)]
    Pb(crate::pb::PbCommand),
    /// Check budget files and print every problem found (exit code 1 if any).
    CheckBudgets {
        /// Budget files or folders of them.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
}

/// Configuration of `pbsim serve`.
#[derive(Clone, Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "PBSIM_ADDR", default_value = "127.0.0.1:8080")]
    pub addr: SocketAddr,

    /// Where submissions are stored: `sqlite://PATH` (an embedded file, created if missing) or
    /// `postgres://USER@HOST/DB` (several servers may share one PostgreSQL).
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
    pub database_url: String,

    /// Folder of budget files (`*.toml`), one budget each.
    #[arg(long, env = "PBSIM_BUDGETS", default_value = "budgets")]
    pub budgets: PathBuf,

    /// Folder of the built app (Trunk's `dist/`). The API is served without it.
    #[arg(long, env = "PBSIM_DIST", default_value = "dist")]
    pub dist: PathBuf,

    /// Submissions (and officers' login attempts, counted apart) one client may send per minute,
    /// all at once if it likes; then one more every 60/N seconds. 0 turns the limit off.
    #[arg(long, env = "PBSIM_RATE_LIMIT_PER_MINUTE", default_value_t = 30)]
    pub rate_limit_per_minute: u32,

    /// The one header your reverse proxy writes with the client's address: `forwarded`,
    /// `x-forwarded-for`, or a header of one address such as `x-real-ip`. Clients are then counted
    /// by the last address in it (the one the proxy added), and no other header is read. Leave it
    /// empty when clients reach pbsim directly: they are counted by the connection's address.
    #[arg(long, env = "PBSIM_CLIENT_IP_HEADER", value_parser = parse_header_name)]
    pub client_ip_header: Option<axum::http::HeaderName>,

    /// Addresses or networks of your reverse proxies, comma-separated (`10.0.0.0/8,192.0.2.7`).
    /// When given, `PBSIM_CLIENT_IP_HEADER` is read only on connections from them (others are
    /// counted by their own address), and their addresses are skipped from the end of the header.
    #[arg(long, env = "PBSIM_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_network)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Sites allowed to frame every budget's pages, comma-separated origins
    /// (`https://www.markham.ca,https://budget.markham.ca`), besides each budget file's `[embed]` list.
    #[arg(long, env = "PBSIM_FRAME_ANCESTORS", value_delimiter = ',')]
    pub frame_ancestors: Vec<String>,

    /// Sites whose pages may call every budget's API from the browser, comma-separated origins,
    /// besides each budget file's `[embed]` list. Other sites get 403.
    #[arg(long, env = "PBSIM_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub allowed_origins: Vec<String>,

    /// Seconds a client has to send a request's line and headers, from connecting (or from the
    /// end of the previous answer on a kept-alive connection); then the connection is closed.
    #[arg(long, env = "PBSIM_HEADER_TIMEOUT_SECS", default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..))]
    pub header_timeout_secs: u64,

    /// Seconds a client has to send a whole request body (submissions, logins), however steadily
    /// it trickles; then 408 and the connection is closed.
    #[arg(long, env = "PBSIM_BODY_TIMEOUT_SECS", default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..))]
    pub body_timeout_secs: u64,

    /// Seconds pbsim has to answer a request once its headers are in, body included; then 503.
    #[arg(long, env = "PBSIM_REQUEST_TIMEOUT_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..))]
    pub request_timeout_secs: u64,

    /// Connections open at once; more clients wait until one closes. Keep it below the process's
    /// file descriptor limit (`ulimit -n`) minus the database's connections.
    #[arg(long, env = "PBSIM_MAX_CONNECTIONS", default_value_t = 1024, value_parser = clap::value_parser!(u64).range(1..))]
    pub max_connections: u64,

    /// Seconds a shutdown (SIGTERM, Ctrl-C) waits for requests in flight before closing their
    /// connections.
    #[arg(long, env = "PBSIM_SHUTDOWN_TIMEOUT_SECS", default_value_t = 20)]
    pub shutdown_timeout_secs: u64,

    /// Officers' password checks (argon2id, 19 MiB each) that may run at once; a few more logins
    /// wait their turn, and beyond that a login gets 503 with `Retry-After`. Default: one per core.
    #[arg(long, env = "PBSIM_PASSWORD_CHECKS")]
    pub password_checks: Option<usize>,

    /// Failed logins one username may have at once; then it is refused (429, even with the right
    /// password) until its failures drain, at that many a minute. 0 turns this off.
    #[arg(long, env = "PBSIM_LOGIN_FAILURES_PER_USER", default_value_t = 10)]
    pub login_failures_per_user: u32,

    /// Wrong invite codes one budget may take per minute, from all clients together; then its
    /// submissions with a code get 429 until the count drains. 0 turns this off.
    #[arg(long, env = "PBSIM_INVITE_FAILURES_PER_MINUTE", default_value_t = 60)]
    pub invite_failures_per_minute: u32,

    /// The file holding the key invite codes are hashed with (HMAC-SHA-256), kept outside the
    /// database. Created with a fresh random key (readable by its owner only) when missing.
    /// Default: `invite-key` beside the SQLite file, or `data/invite-key` with PostgreSQL. Every
    /// server sharing a database needs the same file; back it up apart from the database.
    #[arg(long, env = "PBSIM_INVITE_KEY_FILE")]
    pub invite_key_file: Option<PathBuf>,

    /// Reports with bootstrap intervals (seconds of CPU each) that may run at once; more get 503.
    #[arg(long, env = "PBSIM_HEAVY_REPORTS", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..))]
    pub heavy_reports: u64,

    /// Write the session cookie without `Secure` (and without the `__Host-` prefix, which needs
    /// it), for officers logging in over plain HTTP on a machine of their own. Never in public:
    /// the cookie would travel in the clear.
    #[arg(long, env = "PBSIM_INSECURE_COOKIES")]
    pub insecure_cookies: bool,

    /// Send `Strict-Transport-Security: max-age=N` (seconds) on every answer, so browsers use only
    /// HTTPS for this host from then on. 0 sends none (for a proxy that sends its own, or plain
    /// HTTP); 31536000 (a year) once HTTPS works.
    #[arg(long, env = "PBSIM_HSTS_MAX_AGE", default_value_t = 0)]
    pub hsts_max_age: u64,

    /// How old (seconds) a budget's public figures may get before a read recomputes them in the
    /// background; 0 recomputes on every read (for trying pbsim out and tests, not for the public).
    #[arg(long, env = "PBSIM_RESULTS_REFRESH_SECS", default_value_t = 10)]
    pub results_refresh_secs: u64,
}

fn parse_header_name(value: &str) -> Result<axum::http::HeaderName, String> {
    axum::http::HeaderName::from_bytes(value.trim().as_bytes())
        .map_err(|_| format!("\"{value}\" is not a header name (such as x-forwarded-for)"))
}

/// `10.0.0.0/8`, or one address (`192.0.2.7`, `2001:db8::1`) as a network of itself.
fn parse_network(value: &str) -> Result<ipnet::IpNet, String> {
    let value = value.trim();
    value
        .parse::<ipnet::IpNet>()
        .or_else(|_| value.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("\"{value}\" is not an address or a network (such as 10.0.0.0/8)"))
}

impl ServeArgs {
    /// The rate limit this configuration asks for.
    pub fn rate_limit(&self) -> crate::limits::RateLimit {
        crate::limits::RateLimit {
            per_minute: self.rate_limit_per_minute,
            client_ip: crate::limits::ClientIp {
                header: self.client_ip_header.clone(),
                trusted_proxies: self.trusted_proxies.clone().into(),
            },
        }
    }

    /// Everything the HTTP service takes from this configuration.
    pub fn options(&self) -> crate::Options {
        crate::Options {
            rate_limit: self.rate_limit(),
            timeouts: crate::limits::Timeouts {
                body: Duration::from_secs(self.body_timeout_secs),
                request: Duration::from_secs(self.request_timeout_secs),
            },
            cookies: crate::guards::Cookies { secure: !self.insecure_cookies },
            hsts_max_age: self.hsts_max_age,
            password_checks: self.password_checks.unwrap_or_else(crate::guards::default_password_checks),
            login_failures_per_user: self.login_failures_per_user,
            invite_failures_per_minute: self.invite_failures_per_minute,
            heavy_reports: usize::try_from(self.heavy_reports).unwrap_or(usize::MAX),
            results_refresh: Duration::from_secs(self.results_refresh_secs),
        }
    }

    /// The invite key file to use.
    pub fn invite_key_file(&self) -> PathBuf {
        self.invite_key_file.clone().unwrap_or_else(|| crate::store::default_invite_key_file(&self.database_url))
    }

    /// The limits of the connections themselves.
    pub fn connection_limits(&self) -> crate::serve::ConnectionLimits {
        crate::serve::ConnectionLimits {
            header: Duration::from_secs(self.header_timeout_secs),
            max_connections: usize::try_from(self.max_connections).unwrap_or(usize::MAX),
            shutdown: Duration::from_secs(self.shutdown_timeout_secs),
        }
    }
}

/// Configuration of `pbsim export`.
#[derive(Clone, Debug, Args)]
pub struct ExportArgs {
    /// The budget whose submissions to export.
    #[arg(long)]
    pub budget: String,

    /// The database to read, as for `pbsim serve`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
    pub database_url: String,

    /// The file format.
    #[arg(long, value_enum, default_value_t = crate::export::Format::Json)]
    pub format: crate::export::Format,

    /// Where to write it (default: standard output).
    #[arg(long, short)]
    pub output: Option<PathBuf>,

    /// The folder of budget files (CSV and XLSX take their columns from the budget).
    #[arg(long, env = "PBSIM_BUDGETS", default_value = "budgets")]
    pub budgets: PathBuf,
}
