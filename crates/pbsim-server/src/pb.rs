//! `pbsim pb`: project-selection elections in the Pabulib format (`.pb` files).
//!
//! `pbsim pb outcome FILE.pb --rule greedy|mes` prints who wins an election under a rule (the
//! rules are `pbsim_core::projects`); `--write OUT.pb` also writes the election with that outcome
//! as its `selected` column.

use crate::cli::Output;
use anyhow::{Context, bail};
use clap::{Args, Subcommand, ValueEnum};
use pbsim_core::projects::pabulib::{self, PbFile};
use pbsim_core::projects::{Completion, Outcome, Rule, select};
use pbsim_core::{Locale, Money, format_count};
use std::fmt::Write as _;
use std::path::PathBuf;

/// `pbsim pb`.
#[derive(Clone, Debug, Subcommand)]
pub enum PbCommand {
    /// Who wins a Pabulib election under a rule.
    Outcome(OutcomeArgs),
}

/// The rules `pbsim pb outcome` applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum RuleArg {
    /// Most votes (approvals, or points) first, skipping what no longer fits.
    Greedy,
    /// The Method of Equal Shares.
    Mes,
}

/// What the Method of Equal Shares does with the money it leaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CompletionArg {
    /// Raise every voter's share one currency unit at a time while the outcome fits, then greedy.
    Add1,
    /// Nothing: MES's own outcome.
    None,
}

/// `pbsim pb outcome`.
#[derive(Clone, Debug, Args)]
pub struct OutcomeArgs {
    /// The election, a Pabulib `.pb` file.
    pub file: PathBuf,
    /// The rule.
    #[arg(long, value_enum)]
    pub rule: RuleArg,
    /// For `--rule mes`: how to spend what MES leaves (default `add1`, as cities use it).
    #[arg(long, value_enum)]
    pub completion: Option<CompletionArg>,
    /// `table` for people, `json` for programs (amounts in minor units, as everywhere in pbsim).
    #[arg(long, value_enum, default_value = "table")]
    pub format: Output,
    /// Also write the election to this `.pb` file, with the outcome as its `selected` column.
    #[arg(long)]
    pub write: Option<PathBuf>,
}

/// `pbsim budget import-pb`.
#[derive(Clone, Debug, Args)]
pub struct ImportPbArgs {
    /// The election, a Pabulib `.pb` file.
    pub file: PathBuf,
    /// The budget id (its URL is /b/ID); default: the file's name, lowercased, other characters as `-`.
    #[arg(long)]
    pub id: Option<String>,
    /// USD, CAD, EUR or GBP, when the file's currency is none of them (most Pabulib files are in PLN).
    #[arg(long)]
    pub currency: Option<String>,
    /// Where to write the budget file (default: print it).
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}

/// `pbsim budget import-pb`: a budget file of projects made from a Pabulib election (its amount,
/// projects, ballot and rule; not its votes), checked by loading it, printed or written to `--out`.
/// A rule pbsim does not run (or none) leaves the default, said in one line on standard error.
pub fn import(args: &ImportPbArgs) -> anyhow::Result<String> {
    let path = args.file.display().to_string();
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {path}"))?;
    let file = pabulib::read(&text).map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    let currency = match &args.currency {
        None => None,
        Some(code) => Some(
            pbsim_core::Currency::from_code(code)
                .with_context(|| format!("--currency {code}: a budget is kept in USD, CAD, EUR or GBP"))?,
        ),
    };
    let name = args.file.file_name().map_or_else(|| path.clone(), |n| n.to_string_lossy().into_owned());
    let stem = args.file.file_stem().map_or_else(|| name.clone(), |n| n.to_string_lossy().into_owned());
    let id = args.id.clone().unwrap_or_else(|| pbsim_core::projects::budget_id(&stem));
    let toml = pbsim_core::projects::to_budget_toml(&file, &id, currency, &name)
        .map_err(|e| anyhow::anyhow!("{path}: {e}"))?;
    if let Err(note) = pbsim_core::projects::rule_of(&file) {
        eprintln!("{path}: {note}");
    }
    match &args.out {
        Some(out) => {
            std::fs::write(out, &toml).with_context(|| format!("cannot write {}", out.display()))?;
            Ok(format!("wrote {} (check it with `pbsim check-budgets {}`)\n", out.display(), out.display()))
        }
        None => Ok(toml),
    }
}

/// Runs a `pbsim pb` subcommand and returns what to print.
pub fn run(command: &PbCommand) -> anyhow::Result<String> {
    match command {
        PbCommand::Outcome(args) => outcome(args),
    }
}

fn outcome(args: &OutcomeArgs) -> anyhow::Result<String> {
    let rule = match (args.rule, args.completion) {
        (RuleArg::Greedy, None) => Rule::Greedy,
        (RuleArg::Greedy, Some(_)) => bail!("--completion applies to --rule mes only; greedy spends what fits already"),
        (RuleArg::Mes, None | Some(CompletionArg::Add1)) => Rule::EqualShares { completion: Completion::Add1 },
        (RuleArg::Mes, Some(CompletionArg::None)) => Rule::EqualShares { completion: Completion::None },
    };
    let text = std::fs::read_to_string(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let file = pabulib::read(&text).map_err(|e| anyhow::anyhow!("{}: {e}", args.file.display()))?;
    for warning in &file.warnings {
        eprintln!("{}: {warning}", args.file.display());
    }
    let outcome = select(&file.election, rule);
    if let Some(path) = &args.write {
        std::fs::write(path, pabulib::write(&file, Some(&outcome)))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    Ok(match args.format {
        Output::Json => serde_json::to_string_pretty(&outcome)? + "\n",
        Output::Table => table(&args.file, &file, &outcome),
    })
}

/// An amount in the file's currency, major units, with cents only when there are some.
fn amount(m: Money) -> String {
    let major = format_count(m.cents().unsigned_abs() / 100, Locale::En);
    let sign = if m.cents() < 0 { "-" } else { "" };
    match m.cents().unsigned_abs() % 100 {
        0 => format!("{sign}{major}"),
        cents => format!("{sign}{major}.{cents:02}"),
    }
}

fn table(path: &std::path::Path, file: &PbFile, outcome: &Outcome) -> String {
    let e = &file.election;
    let mut out = String::new();
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let _ = writeln!(
        out,
        "{name}: {} projects, {} voters, budget {} ({} ballots)",
        e.projects.len(),
        format_count(e.ballots.len() as u64, Locale::En),
        amount(e.budget),
        file.vote_type
    );
    let rule = match outcome.rule {
        Rule::Greedy => "greedy (most votes first, skipping what no longer fits)".to_owned(),
        Rule::EqualShares { completion: Completion::None } => "Method of Equal Shares, without completion".to_owned(),
        Rule::EqualShares { completion: Completion::Add1 } => format!(
            "Method of Equal Shares, completed by Add1 (every voter's share raised by {}) then greedy",
            amount(outcome.share_raised_by.unwrap_or(Money::ZERO))
        ),
    };
    let _ = writeln!(out, "Rule: {rule}");
    let id_width = outcome.winners.iter().map(|w| w.id.chars().count()).max().unwrap_or(0).max(7);
    let _ = writeln!(out, "{:>4}  {:<id_width$}  {:>10}  {:>10}  {:>14}", "#", "project", "votes", "score", "cost");
    for (i, w) in outcome.winners.iter().enumerate() {
        let _ = writeln!(
            out,
            "{:>4}  {:<id_width$}  {:>10}  {:>10}  {:>14}",
            i + 1,
            w.id,
            format_count(w.votes, Locale::En),
            format_count(w.score, Locale::En),
            amount(w.cost)
        );
    }
    let n = outcome.winners.len();
    let _ = writeln!(
        out,
        "Funded {n} project{} costing {} of {}; {} left unspent.",
        if n == 1 { "" } else { "s" },
        amount(outcome.cost),
        amount(outcome.budget),
        amount(outcome.unspent)
    );
    out
}
