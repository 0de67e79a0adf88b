//! The budget files the server's tests use, each written once: the two published demo budgets,
//! and the small "town" budget of the end-to-end tests (two spending lines and a ward question with
//! population shares), which the officers' tests share with the browser's.

// Each test file uses the part it needs.
#![allow(dead_code)]

use pbsim_core::Budget;

pub const AUSTIN: &str = include_str!("../../../../budgets/austin-fy2017.toml");
pub const MARKHAM: &str = include_str!("../../../../budgets/markham-2023.toml");
/// A budget of projects (Toulouse 2022, district 4).
pub const TOULOUSE: &str = include_str!("../../../../budgets/toulouse-2022-4.toml");
pub const TOWN: &str = include_str!("../../../../e2e/fixtures/budgets/town.toml");

/// The folder holding `town.toml` (and nothing else), as `pbsim --budgets` reads it.
pub fn e2e_budgets_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../e2e/fixtures/budgets")
}

/// The "town" budget with money raised as well as spent: a fee (revenue, in dollars) and a levy
/// rate (a tax rate, in micro-percent of a $1,000 tax base, so 1 % raises $10), from
/// e2e/fixtures/revenue.toml, which the officers' browser test appends the same way.
pub fn town_with_revenue() -> String {
    let town = TOWN.replacen("other_revenue = 100_00", "other_revenue = 80_00", 1);
    assert_ne!(town, TOWN, "town.toml no longer has the other_revenue this variant changes");
    format!("{town}\n{}", include_str!("../../../../e2e/fixtures/revenue.toml"))
}

/// A valid submission to Austin: $500,000 moved from Libraries to Police.
pub fn austin_allocation() -> pbsim_core::Allocation {
    let budget = Budget::from_toml(AUSTIN).expect("demo budget loads");
    let mut allocation = budget.baseline_allocation();
    *allocation.get_mut("police").expect("police") += 500_000_00;
    *allocation.get_mut("libraries").expect("libraries") -= 500_000_00;
    allocation
}
