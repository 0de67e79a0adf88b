//! The `pbsim` command: configuration in, server (or tool) out. The work lives in the library.

use anyhow::Context;
use clap::Parser;
use pbsim_server::budgets::{Budgets, budget_files, load_file};
use pbsim_server::config::{Cli, Command, ExportArgs, ServeArgs};
use pbsim_server::security::Security;
use pbsim_server::store::{InviteKey, Store, redact};
use pbsim_server::{AppState, app_with_options, cli};
use std::io::IsTerminal;
use std::process::ExitCode;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

fn main() -> ExitCode {
    let cli = Cli::parse();
    // Logs go to stderr, coloured only for a person at a terminal; stdout is kept for output that
    // other programs read (`pbsim export`).
    tracing_subscriber::fmt()
        .with_env_filter(EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()))
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .init();
    let result = match cli.command {
        Command::Serve(args) => runtime().and_then(|rt| rt.block_on(serve(args))),
        Command::Export(args) => runtime().and_then(|rt| rt.block_on(export(args))),
        Command::Report(args) => runtime().and_then(|rt| rt.block_on(cli::run_report(&args))).map(print),
        Command::Aggregate(args) => cli::run_aggregate(&args).map(print),
        Command::Budget(cli::BudgetCommand::ImportCsv(args)) => cli::run_import(&args).map(print),
        Command::Budget(cli::BudgetCommand::ImportPb(args)) => pbsim_server::pb::import(&args).map(print),
        Command::Admin(command) => runtime().and_then(|rt| rt.block_on(cli::run_admin(&command))).map(print),
        Command::Invite(command) => runtime().and_then(|rt| rt.block_on(cli::run_invite(&command))).map(print),
        Command::Pb(command) => pbsim_server::pb::run(&command).map(print),
        Command::CheckBudgets { paths } => check_budgets(&paths),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("pbsim: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Runtime::new().context("cannot start the async runtime")
}

async fn export(args: ExportArgs) -> anyhow::Result<ExitCode> {
    cli::export(&args.budget, &args.database_url, &args.budgets, args.format, args.output.as_deref()).await?;
    Ok(ExitCode::SUCCESS)
}

/// Prints a subcommand's output on standard output.
fn print(text: String) -> ExitCode {
    print!("{text}");
    ExitCode::SUCCESS
}

async fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    if std::env::var_os("PBSIM_TRUST_FORWARDED_FOR").is_some() {
        // It read X-Forwarded-For even behind a proxy that writes only Forwarded, so a client
        // could pick its own address; the operator now names the one header their proxy writes.
        anyhow::bail!(
            "PBSIM_TRUST_FORWARDED_FOR is gone: set PBSIM_CLIENT_IP_HEADER to the one header your proxy \
             writes (forwarded, x-forwarded-for or x-real-ip), and remove PBSIM_TRUST_FORWARDED_FOR"
        );
    }
    let security = Security::new(&args.frame_ancestors, &args.allowed_origins)?;
    let mut budgets = Budgets::load_dir(&args.budgets)?;
    budgets.allow_embedding_by(&security.frame_ancestors);
    let store = Store::connect(&args.database_url).await?;
    store.use_invite_key(InviteKey::load_or_create(&args.invite_key_file())?).await?;
    // Rows stored before report rows existed get theirs while the server serves: until then,
    // reports read those rows' bodies, with the same figures, only slower.
    let backfill = store.clone();
    tokio::spawn(async move {
        match backfill.backfill_report_rows().await {
            Ok(done) if done == Default::default() => {}
            Ok(done) => tracing::info!(
                rows = done.rows,
                without_row = done.without_row,
                unreadable = done.unreadable,
                "report rows derived for the rows stored without one"
            ),
            Err(e) => tracing::warn!(error = ?e, "report rows not derived; reports read those rows' bodies"),
        }
    });
    let dist = args.dist.join("index.html").is_file().then(|| args.dist.clone());
    if dist.is_none() {
        tracing::warn!(dist = %args.dist.display(), "no built app found: serving the API only");
    }
    let security = match &dist {
        Some(dist) => security.with_scripts_of(dist)?,
        None => security,
    };
    let state = AppState { budgets: Arc::new(budgets), store: store.clone(), dist, security: Arc::new(security) };
    let listener =
        tokio::net::TcpListener::bind(args.addr).await.with_context(|| format!("cannot listen on {}", args.addr))?;
    let local = listener.local_addr().context("cannot read the listening address")?;
    tracing::info!(addr = %local, database = %redact(&args.database_url), "pbsim is serving at http://{local}/");
    if args.rate_limit_per_minute == 0 {
        tracing::warn!("no rate limit: any client may submit as often as it likes");
    }
    if args.insecure_cookies {
        tracing::warn!(
            "officers' session cookies are sent without Secure: use this over plain HTTP on your own machine only"
        );
    }
    // The peer address reaches the rate limiter (and only it) through `ConnectInfo`.
    pbsim_server::serve::serve(
        listener,
        app_with_options(state, args.options()),
        args.connection_limits(),
        shutdown_signal(),
    )
    .await;
    // Requests in flight have finished; let the pool finish and close its connections.
    store.close().await;
    tracing::info!("stopped");
    Ok(ExitCode::SUCCESS)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %e, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::error!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing requests in flight");
}

fn check_budgets(paths: &[std::path::PathBuf]) -> anyhow::Result<ExitCode> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
            files.extend(budget_files(path)?);
        } else {
            files.push(path.clone());
        }
    }
    let mut failed = false;
    for file in files {
        match load_file(&file) {
            Ok(b) => {
                let size = match &b.projects {
                    Some(p) => format!("{} projects", p.projects.len()),
                    None => format!("{} lines", b.lines().count()),
                };
                println!("{}: ok (budget \"{}\", {size})", file.display(), b.id);
            }
            Err(e) => {
                failed = true;
                println!("{}: {e}", file.display());
            }
        }
    }
    Ok(if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}
