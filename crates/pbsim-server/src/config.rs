//! Command-line interface and configuration: one clap struct per subcommand, every field settable
//! by an environment variable.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

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
    /// Export a budget's stored submissions, oldest first: JSON, CSV or XLSX.
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

    /// Count clients by the address in `X-Forwarded-For` / `Forwarded` (the last one, which the
    /// proxy added) instead of the connection's address. Turn on only behind a reverse proxy you
    /// run that sets that header, and that clients cannot reach around: otherwise every client
    /// can pick its own address and escape the rate limit.
    #[arg(long, env = "PBSIM_TRUST_FORWARDED_FOR")]
    pub trust_forwarded_for: bool,

    /// Sites allowed to frame every budget's pages, comma-separated origins
    /// (`https://www.markham.ca,https://budget.markham.ca`), besides each budget file's `[embed]` list.
    #[arg(long, env = "PBSIM_FRAME_ANCESTORS", value_delimiter = ',')]
    pub frame_ancestors: Vec<String>,

    /// Sites whose pages may call every budget's API from the browser, comma-separated origins,
    /// besides each budget file's `[embed]` list. Other sites get 403.
    #[arg(long, env = "PBSIM_ALLOWED_ORIGINS", value_delimiter = ',')]
    pub allowed_origins: Vec<String>,
}

impl ServeArgs {
    /// The rate limit this configuration asks for.
    pub fn rate_limit(&self) -> crate::limits::RateLimit {
        crate::limits::RateLimit {
            per_minute: self.rate_limit_per_minute,
            trust_forwarded_for: self.trust_forwarded_for,
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
