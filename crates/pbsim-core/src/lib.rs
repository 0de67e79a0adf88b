//! The budget model of pbsim and its rules, shared by the browser app and the server.
//!
//! A city publishes a [`Budget`]: sections of spending and revenue lines, each with a baseline and a
//! range, and a rule for what counts as balanced. A resident chooses a value for every line (an
//! [`Allocation`]); [`Budget::totals`] and [`Budget::balance_problem`] say where that leaves the
//! budget, [`Budget::household_impact`] what it means for a household's tax bill, and
//! [`submission::validate`] whether it can be submitted; [`share`] writes an allocation into a link.
//! [`Budget::balance_for_me`] proposes how to close a gap with the lines the resident has not touched.
//! [`wire`] holds every body the server and the pages exchange, so both compile against one shape.
//!
//! This crate does no I/O and depends on no web, async or database crate: it compiles to
//! `wasm32-unknown-unknown` for the page and natively for the server, so both enforce the same rules
//! by construction. Money is always integer minor units ([`Money`]); floats appear only in
//! statistics.

#![deny(missing_docs)]

pub mod aggregate;
pub mod balancer;
pub mod budget;
pub mod consultation;
pub mod locale;
pub mod money;
pub mod projects;
pub mod report_row;
pub mod response;
pub mod share;
pub mod submission;
pub mod theme;
pub mod wire;

pub use budget::{
    Allocation, Balance, BalanceProblem, BalanceRule, Budget, BudgetError, BudgetErrors, Consequence, Household, Line,
    LineKind, Question, QuestionKind, QuestionOption, Renters, Section, Source, SubmissionRules, Threshold, Totals,
};
pub use locale::{Currency, Locale, MoneyStyle, Text, format_count, format_money, format_money_change, format_rate};
pub use money::Money;
pub use share::ShareError;
pub use submission::validate;
pub use theme::{Colour, Colours, Embed, Logo, Theme, parse_origin};
pub use wire::{ErrorBody, ErrorCode, Problem, ProblemCode, SubmissionReceipt, SubmissionRequest};

#[cfg(test)]
mod tests {
    fn manifest(text: &str) -> toml::Table {
        toml::from_str(text).unwrap_or_else(|e| panic!("{e}"))
    }

    /// The core's promise (no I/O; no web, async or database crate; no randomness from the OS) is
    /// its dependency list: a crate added to it has to be added here too, on purpose.
    #[test]
    fn the_core_depends_on_pure_crates_only() {
        let core = manifest(include_str!("../Cargo.toml"));
        let mut deps: Vec<&String> = core["dependencies"].as_table().map(|t| t.keys().collect()).unwrap_or_default();
        deps.sort();
        // num-*: exact fractions for the Method of Equal Shares (projects/exact.rs), pure arithmetic.
        assert_eq!(
            deps,
            ["num-bigint", "num-rational", "num-traits", "rand", "rand_chacha", "serde", "thiserror", "toml"]
        );
        // rand without its default features has no OS random source (getrandom): the core's
        // randomness is the seeded ChaCha8 of the bootstrap, the same on every machine.
        let workspace = manifest(include_str!("../../../Cargo.toml"));
        let rand = &workspace["workspace"]["dependencies"]["rand"];
        assert_eq!(rand.get("default-features").and_then(toml::Value::as_bool), Some(false), "{rand}");
    }
}
