//! The officers' subcommands of `pbsim`: `export`, `report`, `aggregate`, `budget import-csv` and
//! `admin`. Each returns the text to print; `main.rs` prints it.

use crate::budgets::{Budgets, load_file};
use crate::export::{self, Format};
use crate::import::{self, BudgetMeta};
use crate::store::Store;
use anyhow::{Context, bail};
use clap::{Args, Subcommand, ValueEnum};
use pbsim_core::aggregate::{
    BootstrapOptions, BudgetReport, ReportOptions, ShareOptions, ShareSummary, parse_filter, summarize_shares,
};
use pbsim_core::{Budget, Currency, LineKind, Locale, MoneyStyle, format_money};
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::PathBuf;

/// How `report` and `aggregate` print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Output {
    /// A table for people.
    Table,
    /// JSON for programs.
    Json,
}

/// `pbsim report`.
#[derive(Clone, Debug, Args)]
pub struct ReportArgs {
    /// The budget whose submissions to report on.
    #[arg(long)]
    pub budget: String,
    /// The folder of budget files (the budget's lines and questions come from it).
    #[arg(long, env = "PBSIM_BUDGETS", default_value = "budgets")]
    pub budgets: PathBuf,
    /// The database to read, as for `pbsim serve`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
    pub database_url: String,
    /// Keep only submissions with this answer, as `question:option` (repeat for several).
    #[arg(long = "filter", value_name = "QUESTION:OPTION")]
    pub filters: Vec<String>,
    /// Weight submissions by the population shares of this question's answers.
    #[arg(long, value_name = "QUESTION")]
    pub weight_by: Option<String>,
    /// Bootstrap replicates for 95 % confidence intervals (0: none).
    #[arg(long, default_value_t = 0)]
    pub bootstrap: usize,
    /// The seed of the bootstrap: the same seed gives the same intervals.
    #[arg(long, default_value_t = 2026)]
    pub seed: u64,
    /// Table or JSON.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    pub format: Output,
}

/// `pbsim aggregate`.
#[derive(Clone, Debug, Args)]
pub struct AggregateArgs {
    /// A CSV file: a header of line ids, one row per submission, amounts or shares (a pbsim export
    /// works too: its id, time, answer and comment columns are skipped).
    pub file: PathBuf,
    /// Table or JSON.
    #[arg(long, value_enum, default_value_t = Output::Table)]
    pub format: Output,
}

/// `pbsim budget …`.
#[derive(Clone, Debug, Subcommand)]
pub enum BudgetCommand {
    /// Turn a CSV of lines (section, line, baseline, min, max, step[, type]) into a budget file.
    ImportCsv(ImportArgs),
    /// Turn a Pabulib election (`.pb`) into a budget file of projects, to run it again.
    ImportPb(crate::pb::ImportPbArgs),
}

/// `pbsim budget import-csv`.
#[derive(Clone, Debug, Args)]
pub struct ImportArgs {
    /// The CSV file. Amounts in the currency's units (dollars: 1234.56).
    pub file: PathBuf,
    /// The budget id (lowercase letters, digits, - and _): its URL is /b/ID.
    #[arg(long)]
    pub id: String,
    /// The budget's title (default: the id).
    #[arg(long)]
    pub title: Option<String>,
    /// USD, CAD, EUR or GBP.
    #[arg(long, default_value = "USD")]
    pub currency: String,
    /// Where the figures come from (default: the CSV file's name).
    #[arg(long)]
    pub source: Option<String>,
    /// Where to write the budget file (default: print it).
    #[arg(long, short)]
    pub output: Option<PathBuf>,
}

/// `pbsim admin …`: officers' accounts and API tokens.
#[derive(Clone, Debug, Subcommand)]
pub enum AdminCommand {
    /// Create an officer, or set a new password for one. The password is read from
    /// PBSIM_ADMIN_PASSWORD or from the first line of standard input.
    AddUser {
        /// The officer's username.
        username: String,
        /// The database, as for `pbsim serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
        database_url: String,
    },
    /// Remove an officer and end their sessions.
    RemoveUser {
        /// The officer's username.
        username: String,
        /// The database, as for `pbsim serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
        database_url: String,
    },
    /// Create an API token (printed once; send it as `Authorization: Bearer TOKEN`).
    CreateToken {
        /// A name to recognise and revoke it by.
        name: String,
        /// The database, as for `pbsim serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
        database_url: String,
    },
    /// Revoke an API token by name.
    RevokeToken {
        /// The token's name.
        name: String,
        /// The database, as for `pbsim serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
        database_url: String,
    },
}

/// The shortest password accepted.
const MIN_PASSWORD: usize = 10;

/// `pbsim invite …`: single-use invite codes for budgets that require them.
#[derive(Clone, Debug, Subcommand)]
pub enum InviteCommand {
    /// Make fresh invite codes for a budget and print them, one a line. Only their hashes are
    /// stored: this is the only time they are shown.
    Create {
        /// The budget the codes are for.
        #[arg(long)]
        budget: String,
        /// How many codes to make.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=100_000))]
        count: u32,
        /// The database, as for `pbsim serve`.
        #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/pbsim.db")]
        database_url: String,
        /// The folder of budget files, to check that the budget exists.
        #[arg(long, env = "PBSIM_BUDGETS", default_value = "budgets")]
        budgets: PathBuf,
        /// The invite key file, the same as the server's (created when missing; default:
        /// `invite-key` beside the SQLite file, or `data/invite-key` with PostgreSQL).
        #[arg(long, env = "PBSIM_INVITE_KEY_FILE")]
        invite_key_file: Option<PathBuf>,
    },
}

/// `pbsim invite …`.
pub async fn run_invite(command: &InviteCommand) -> anyhow::Result<String> {
    match command {
        InviteCommand::Create { budget, count, database_url, budgets, invite_key_file } => {
            let budget = find_budget(budgets, budget)?;
            if !budget.submissions.require_invite {
                eprintln!(
                    "pbsim: note: budget \"{}\" does not require invite codes yet; add `[submissions] \
                     require_invite = true` to its file for them to be asked for",
                    budget.id
                );
            }
            let codes = (0..*count).map(|_| crate::store::new_invite_code()).collect::<anyhow::Result<Vec<_>>>()?;
            let key_file =
                invite_key_file.clone().unwrap_or_else(|| crate::store::default_invite_key_file(database_url));
            let key = crate::store::InviteKey::load_or_create(&key_file)?;
            let store = Store::connect(database_url).await?;
            let stored = match store.use_invite_key(key).await {
                Ok(()) => store.add_invites(&budget.id, &codes, crate::auth::now()).await,
                Err(e) => Err(e),
            };
            store.close().await;
            stored?;
            Ok(codes.iter().map(|c| format!("{c}\n")).collect())
        }
    }
}

/// `pbsim export`: the submissions in `format`, to `output` or standard output, written as they are
/// read (one submission in memory at a time). A file is written beside `output` and renamed
/// into place once complete, so a failed export leaves no half-written file.
pub async fn export(
    budget_id: &str,
    database_url: &str,
    budgets: &std::path::Path,
    format: Format,
    output: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    if output.is_none() && format == Format::Xlsx && std::io::stdout().is_terminal() {
        bail!("an XLSX workbook is binary: give --output FILE.xlsx, or redirect standard output");
    }
    // A JSON export is the stored submissions as they are: it needs no budget file, except a
    // budget of projects' (when its file can be read), which adds every rule's outcome.
    let budget = if format == Format::Json {
        find_budget(budgets, budget_id).ok().filter(|b| b.projects.is_some())
    } else {
        Some(find_budget(budgets, budget_id)?)
    };
    let store = Store::connect(database_url).await?;
    let rows = store.read_submissions(budget_id);
    let output = output.map(std::path::Path::to_path_buf);
    let written = tokio::task::spawn_blocking(move || {
        let submissions = rows.map(|row| row.and_then(crate::store::SubmissionRow::parse));
        let write = |out: &mut (dyn std::io::Write + Send)| match &budget {
            Some(budget) => export::write_export(budget, format, submissions, out),
            None => export::write_json(submissions, out),
        };
        match output {
            Some(path) => {
                let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
                let mut file = tempfile::NamedTempFile::new_in(dir)
                    .with_context(|| format!("cannot write in {}", dir.display()))?;
                let mut out = std::io::BufWriter::new(file.as_file_mut());
                write(&mut out)
                    .and_then(|()| std::io::Write::flush(&mut out).map_err(anyhow::Error::from))
                    .with_context(|| format!("cannot write {}", path.display()))?;
                drop(out);
                file.persist(&path).with_context(|| format!("cannot write {}", path.display()))?;
                Ok(())
            }
            None => {
                let mut out = std::io::BufWriter::new(std::io::stdout());
                write(&mut out)
                    .and_then(|()| std::io::Write::flush(&mut out).map_err(anyhow::Error::from))
                    .context("cannot write to standard output")
            }
        }
    })
    .await
    .context("the export stopped")?;
    store.close().await;
    written
}

fn find_budget(dir: &std::path::Path, id: &str) -> anyhow::Result<Budget> {
    if dir.is_file() {
        return load_file(dir);
    }
    let budgets = Budgets::load_dir(dir)?;
    budgets.get(id).map(|b| (**b).clone()).with_context(|| format!("no budget \"{id}\" in {}", dir.display()))
}

/// `pbsim report`.
pub async fn run_report(args: &ReportArgs) -> anyhow::Result<String> {
    let budget = find_budget(&args.budgets, &args.budget)?;
    let currency = budget.currency;
    let progress = indicatif::ProgressBar::new_spinner().with_message("reading submissions");
    if std::io::stderr().is_terminal() {
        progress.enable_steady_tick(std::time::Duration::from_millis(120));
    } else {
        progress.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    let filters = args
        .filters
        .iter()
        .map(|f| parse_filter(f).context(format!("--filter {f}: write it as question:option")))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let options = ReportOptions {
        bins: 10,
        filters,
        weight_by: args.weight_by.clone(),
        bootstrap: (args.bootstrap > 0).then_some(BootstrapOptions {
            replicates: args.bootstrap,
            seed: args.seed,
            level: 0.95,
        }),
    };
    let store = Store::connect(&args.database_url).await?;
    progress.set_message("reading and aggregating submissions");
    // Read as a stream: memory holds a number per line per submission, never the bodies.
    let page = match store.data_version(&budget.id).await {
        Ok(version) => {
            crate::reports::report_page(&store, std::sync::Arc::new(budget), options, version.count, || true).await
        }
        Err(e) => Err(e.into()),
    };
    store.close().await;
    let page = match page {
        Ok(page) => page,
        Err(crate::reports::ReportFailure::Report(e)) => return Err(e.into()),
        Err(e) => return Err(anyhow::Error::new(e)),
    };
    progress.finish_and_clear();
    Ok(match (args.format, &page.projects) {
        (Output::Json, None) => serde_json::to_string_pretty(&page.report)?,
        (Output::Table, None) => report_table(&page.report),
        // A budget of projects: the report's counts and filters, and every rule's outcome.
        (Output::Json, Some(projects)) => {
            #[derive(serde::Serialize)]
            struct WithProjects<'a> {
                #[serde(flatten)]
                report: &'a BudgetReport,
                projects: &'a pbsim_core::wire::ProjectsOutcome,
            }
            serde_json::to_string_pretty(&WithProjects { report: &page.report, projects })?
        }
        (Output::Table, Some(projects)) => projects_table(&page.report, projects, currency),
    })
}

/// A budget of projects' report as text: per project its votes, score and cost and the rules that
/// fund it, then per rule what it spends and leaves.
pub fn projects_table(r: &BudgetReport, p: &pbsim_core::wire::ProjectsOutcome, currency: Currency) -> String {
    use pbsim_core::wire::RuleId;
    let money = |m| format_money(m, currency, Locale::En, MoneyStyle::Whole);
    let name = |rule: RuleId| match rule {
        RuleId::Greedy => "greedy",
        RuleId::Mes => "MES",
        RuleId::MesAdd1 => "MES+Add1",
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}: {} ballots counted (of {})", r.budget, p.ballots, r.total_submissions);
    for (q, o) in &r.filters {
        let _ = writeln!(out, "  filtered: {q} = {o}");
    }
    let _ = writeln!(out, "  amount available: {}", money(p.amount));
    let _ = writeln!(out, "\n{:<16} {:>8} {:>8} {:>14}  funded by", "project", "votes", "score", "cost");
    for project in &p.projects {
        let won: Vec<&str> = project.won.iter().map(|&rule| name(rule)).collect();
        let won = if won.is_empty() { "-".to_owned() } else { won.join(", ") };
        let _ = writeln!(
            out,
            "{:<16} {:>8} {:>8} {:>14}  {won}",
            project.id,
            project.votes,
            project.score,
            money(project.cost)
        );
    }
    let _ = writeln!(out, "\n{:<10} {:>8} {:>14} {:>14}", "rule", "funded", "spent", "unspent");
    for rule in &p.rules {
        let _ = writeln!(
            out,
            "{:<10} {:>8} {:>14} {:>14}",
            name(rule.rule),
            rule.winners.len(),
            money(rule.spent),
            money(rule.unspent)
        );
    }
    out
}

fn percent(x: f64) -> String {
    format!("{:.2}%", x * 100.0)
}

/// The report as a table: spending lines as shares, then revenue lines in their unit.
pub fn report_table(r: &BudgetReport) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}: {} submissions reported on (of {})", r.budget, r.submissions, r.total_submissions);
    for (q, o) in &r.filters {
        let _ = writeln!(out, "  filtered: {q} = {o}");
    }
    if let Some(w) = &r.weighting {
        let _ = writeln!(out, "  weighted by \"{}\" ({} without an answer, weight 1)", w.question, w.unanswered);
    }
    if r.excluded > 0 {
        let _ = writeln!(out, "  {} submission(s) with no spending left out of the shares", r.excluded);
    }
    let _ = writeln!(
        out,
        "\nSpending, as shares of each resident's total\n{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7} {:>7}",
        "line", "baseline", "mean", "median", "IQR", "cw med.", "ind.mkt", "raised", "lowered"
    );
    for line in &r.lines {
        if let Some(s) = &line.share {
            let _ = writeln!(
                out,
                "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9} {:>7} {:>7}",
                line.id,
                percent(s.baseline),
                percent(s.stats.mean),
                percent(s.stats.median),
                percent(s.stats.q3 - s.stats.q1),
                s.stats.cw_median.map_or("-".into(), percent),
                percent(s.stats.independent_markets),
                percent(line.movement.raised),
                percent(line.movement.lowered)
            );
            if let Some(i) = &s.intervals {
                let _ = writeln!(
                    out,
                    "{:<24} {:>9} {:>19} {:>19} {:>19}",
                    "  95% interval",
                    "",
                    format!("{}–{}", percent(i.mean.low), percent(i.mean.high)),
                    format!("{}–{}", percent(i.median.low), percent(i.median.high)),
                    format!("{}–{}", percent(i.independent_markets.low), percent(i.independent_markets.high)),
                );
            }
        }
    }
    let revenue: Vec<_> = r.lines.iter().filter(|l| l.values.is_some()).collect();
    if !revenue.is_empty() {
        let _ = writeln!(
            out,
            "\nRevenue, in the line's unit\n{:<24} {:>16} {:>16} {:>16} {:>7} {:>7}",
            "line", "baseline", "mean", "median", "raised", "lowered"
        );
        for line in revenue {
            let unit = |v: f64| match line.kind {
                LineKind::TaxRate { .. } => format!("{:.4}%", v / 1e6),
                _ => format!("{:.0}", v / 100.0),
            };
            if let Some(d) = &line.values {
                let _ = writeln!(
                    out,
                    "{:<24} {:>16} {:>16} {:>16} {:>7} {:>7}",
                    line.id,
                    unit(line.baseline as f64),
                    unit(d.mean),
                    unit(d.median),
                    percent(line.movement.raised),
                    percent(line.movement.lowered)
                );
            }
        }
    }
    out
}

/// `pbsim aggregate FILE.csv`.
pub fn run_aggregate(args: &AggregateArgs) -> anyhow::Result<String> {
    let name = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {name}"))?;
    let profile = import::read_allocations(&name, &text)?;
    let summary = summarize_shares(&profile, None, &ShareOptions { bins: 10, baselines: None })
        .with_context(|| format!("{name}: cannot aggregate"))?;
    Ok(match args.format {
        Output::Json => serde_json::to_string_pretty(&aggregate_json(&summary))?,
        Output::Table => aggregate_table(&summary),
    })
}

/// Per line id: `mean`, `median`, `cw_median` and `independent_markets`, as shares of the total.
pub fn aggregate_json(s: &ShareSummary) -> serde_json::Value {
    s.lines
        .iter()
        .map(|l| {
            (
                l.id.clone(),
                serde_json::json!({
                    "mean": l.mean,
                    "median": l.median,
                    "cw_median": l.cw_median,
                    "independent_markets": l.independent_markets,
                }),
            )
        })
        .collect::<serde_json::Map<_, _>>()
        .into()
}

fn aggregate_table(s: &ShareSummary) -> String {
    let mut out = format!(
        "{} submissions ({} with a zero total left out); shares of each submission's total\n{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}\n",
        s.used, s.excluded, "line", "mean", "median", "q1", "q3", "cw med.", "ind.mkt"
    );
    for l in &s.lines {
        let _ = writeln!(
            out,
            "{:<24} {:>9} {:>9} {:>9} {:>9} {:>9} {:>9}",
            l.id,
            percent(l.mean),
            percent(l.median),
            percent(l.q1),
            percent(l.q3),
            l.cw_median.map_or("-".into(), percent),
            percent(l.independent_markets)
        );
    }
    out
}

/// `pbsim budget import-csv`.
pub fn run_import(args: &ImportArgs) -> anyhow::Result<String> {
    let name = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {name}"))?;
    let meta = BudgetMeta {
        id: args.id.clone(),
        title: args.title.clone().unwrap_or_else(|| args.id.clone()),
        currency: args.currency.clone(),
        source: args.source.clone().unwrap_or_else(|| name.clone()),
    };
    let toml = import::budget_from_csv(&name, &text, &meta)?;
    match &args.output {
        Some(path) => {
            std::fs::write(path, &toml).with_context(|| format!("cannot write {}", path.display()))?;
            Ok(format!("wrote {} (check it with `pbsim check-budgets {}`)\n", path.display(), path.display()))
        }
        None => Ok(toml),
    }
}

/// `pbsim admin …`.
pub async fn run_admin(command: &AdminCommand) -> anyhow::Result<String> {
    match command {
        AdminCommand::AddUser { username, database_url } => {
            let password = read_password()?;
            if password.chars().count() < MIN_PASSWORD {
                bail!("the password must have at least {MIN_PASSWORD} characters");
            }
            if username.trim().is_empty() {
                bail!("the username is empty");
            }
            if username.chars().count() > crate::auth::MAX_USERNAME_CHARS {
                bail!("a username has at most {} characters", crate::auth::MAX_USERNAME_CHARS);
            }
            let hash = crate::auth::hash_password(&password)?;
            let store = Store::connect(database_url).await?;
            let created = store.set_admin_user(username, &hash, crate::auth::now()).await?;
            store.close().await;
            Ok(if created {
                format!("officer \"{username}\" created\n")
            } else {
                format!("officer \"{username}\": password changed; their sessions are ended\n")
            })
        }
        AdminCommand::RemoveUser { username, database_url } => {
            let store = Store::connect(database_url).await?;
            let removed = store.remove_admin_user(username).await?;
            store.close().await;
            if !removed {
                bail!("there is no officer \"{username}\"");
            }
            Ok(format!("officer \"{username}\" removed\n"))
        }
        AdminCommand::CreateToken { name, database_url } => {
            let store = Store::connect(database_url).await?;
            let token = crate::auth::create_token(&store, name).await?;
            store.close().await;
            Ok(format!("{token}\n"))
        }
        AdminCommand::RevokeToken { name, database_url } => {
            let store = Store::connect(database_url).await?;
            let revoked = store.revoke_admin_token(name).await?;
            store.close().await;
            if !revoked {
                bail!("there is no token \"{name}\"");
            }
            Ok(format!("token \"{name}\" revoked\n"))
        }
    }
}

/// The new password: PBSIM_ADMIN_PASSWORD, or the first line of standard input.
fn read_password() -> anyhow::Result<String> {
    if let Ok(p) = std::env::var("PBSIM_ADMIN_PASSWORD") {
        return Ok(p);
    }
    if std::io::stdin().is_terminal() {
        eprint!("Password for the new officer (it will be shown as you type): ");
    }
    let mut input = String::new();
    std::io::stdin().read_line(&mut input).context("cannot read the password")?;
    Ok(input.trim_end_matches(['\r', '\n']).to_owned())
}
