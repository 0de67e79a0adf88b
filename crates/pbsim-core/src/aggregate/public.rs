//! The figures anyone may see of a budget's submissions ("You and everyone so far", the results
//! page): per line, the median of what residents chose and, for spending lines, the
//! independent-markets aggregate, both in the line's own unit. Aggregates only: no figure here can
//! be one submission's unless the threshold (the server's job) lets too few through.
//!
//! The aggregate is a split of spending (shares summing to 1, see the module overview); to read it
//! in money beside a resident's own choice, it is applied to the **median of residents' spending
//! totals** (the lines they can move), the size of budget residents typically chose.

use super::report::Response;
use super::shares::{ShareOptions, summarize_shares};
use super::{AggregateError, Profile};
use crate::budget::{Budget, LineKind};
use crate::wire::PublicLine;

/// The median of `values` (the mean of the two middle ones for an even count), as the report's
/// quantiles define it; `None` when there are none. Reorders `values`.
pub fn median(values: &mut [f64]) -> Option<f64> {
    let n = values.len();
    if n == 0 {
        return None;
    }
    let (_, upper, _) = values.select_nth_unstable_by(n / 2, f64::total_cmp);
    let upper = *upper;
    if n % 2 == 1 {
        return Some(upper);
    }
    let lower = values[..n / 2].iter().copied().max_by(f64::total_cmp).unwrap_or(upper);
    Some((lower + upper) / 2.0)
}

/// Every line's public figures from `responses`, in the budget's order; empty without responses.
pub fn public_figures(budget: &Budget, responses: &[Response<'_>]) -> Result<Vec<PublicLine>, AggregateError> {
    if responses.is_empty() {
        return Ok(Vec::new());
    }
    let value = |r: &Response<'_>, id: &str, baseline: i64| r.allocation.get(id).copied().unwrap_or(baseline);
    let spending: Vec<_> = budget.lines().filter(|l| matches!(l.kind, LineKind::Spending)).collect();
    let mut aggregate_of = std::collections::BTreeMap::new();
    if !spending.is_empty() {
        let columns: Vec<Vec<f64>> = spending
            .iter()
            .map(|l| responses.iter().map(|r| value(r, &l.id, l.baseline).max(0) as f64).collect())
            .collect();
        let mut totals: Vec<f64> = (0..responses.len()).map(|i| columns.iter().map(|c| c[i]).sum()).collect();
        let ids = spending.iter().map(|l| l.id.clone()).collect();
        // Shares are built from non-negative, finite amounts: the profile cannot refuse them.
        let profile = Profile::from_columns(ids, columns).map_err(|_| AggregateError::Empty)?;
        match summarize_shares(&profile, None, &ShareOptions { bins: 1, baselines: None }) {
            Ok(summary) => {
                let total = median(&mut totals).unwrap_or(0.0);
                for line in summary.lines {
                    aggregate_of.insert(line.id, (line.independent_markets * total).round() as i64);
                }
            }
            // Every total is zero: there is no split to show.
            Err(AggregateError::Empty) => {}
            Err(e) => return Err(e),
        }
    }
    Ok(budget
        .lines()
        .map(|l| {
            let mut values: Vec<f64> = responses.iter().map(|r| value(r, &l.id, l.baseline) as f64).collect();
            PublicLine {
                id: l.id.clone(),
                median: median(&mut values).map_or(l.baseline, |m| m.round() as i64),
                aggregate: aggregate_of.get(&l.id).copied(),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::budget::Allocation;
    use std::collections::BTreeMap;

    #[test]
    fn medians_take_the_middle_or_the_mean_of_the_two_middle_values() {
        assert_eq!(median(&mut []), None);
        assert_eq!(median(&mut [3.0]), Some(3.0));
        assert_eq!(median(&mut [5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&mut [4.0, 1.0, 3.0, 10.0]), Some(3.5));
    }

    #[test]
    fn public_figures_are_medians_and_the_aggregate_of_the_median_total() {
        let budget = crate::Budget::from_toml(include_str!("../../../../budgets/austin-fy2017.toml"))
            .unwrap_or_else(|e| panic!("{e}"));
        let base = budget.baseline_allocation();
        // Three residents: one moves $1M from libraries to police, two keep everything.
        let mut moved: Allocation = base.clone();
        *moved.entry("police".into()).or_default() += 1_000_000_00;
        *moved.entry("libraries".into()).or_default() -= 1_000_000_00;
        let answers = BTreeMap::new();
        let rows = [&moved, &base, &base];
        let responses: Vec<Response<'_>> = rows.iter().map(|a| Response { allocation: a, answers: &answers }).collect();
        let figures = public_figures(&budget, &responses).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(figures.len(), budget.lines().count());
        let police = figures.iter().find(|l| l.id == "police").unwrap_or_else(|| panic!("police"));
        assert_eq!(police.median, base["police"], "two of three kept police as it is");
        let aggregate_total: i64 = figures.iter().filter_map(|l| l.aggregate).sum();
        let baseline_total: i64 = budget.lines().filter(|l| l.kind == LineKind::Spending).map(|l| l.baseline).sum();
        // The aggregate splits the median total (this year's, here) to within rounding.
        assert!((aggregate_total - baseline_total).abs() <= figures.len() as i64, "{aggregate_total}");
        assert_eq!(public_figures(&budget, &[]).unwrap_or_else(|e| panic!("{e}")), Vec::new());
    }
}
