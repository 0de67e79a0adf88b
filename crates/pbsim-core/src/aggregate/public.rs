//! The figures anyone may see of a budget's submissions ("You and everyone so far", the results
//! page): per line, the median of what residents chose and, for spending lines, the
//! independent-markets aggregate, both in the line's own unit. Aggregates only: no figure here can
//! be one submission's unless the threshold (the server's job) lets too few through.
//!
//! The aggregate is a split of spending (shares summing to 1, see the module overview); to read it
//! in money beside a resident's own choice, it is applied to the **median of residents' spending
//! totals** (the lines they can move), the size of budget residents typically chose.

use super::column::{Column, spill_empty};
use super::quantile::median_of_pairs;
use super::report::Response;
use super::shares::{ShareOptions, summarize_shares};
use super::spill::SpillArea;
use super::totals::median_total;
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
    let mut columns = PublicColumns::new(budget);
    for r in responses {
        columns.push(|id| r.allocation.get(id).copied());
    }
    columns.finish(budget)
}

/// The public figures' input, one submission at a time: one number per line per submission (what
/// the medians read anyway), held as a step of the line's grid as in [`super::ReportInput`], so a
/// server can feed it from a stream of stored bodies and drop each body as it goes.
/// [`public_figures`] is this fed from a slice.
#[derive(Clone, Debug)]
pub struct PublicColumns {
    /// Per line of the budget, in its order: (id, baseline, spending?).
    lines: Vec<(String, i64, bool)>,
    /// Per line, every submission's value.
    columns: Vec<Column>,
    /// Per line, whether a value is negative (shares then read it as 0).
    negative: Vec<bool>,
    /// Where the columns keep their step numbers, when not in memory.
    spill: Option<SpillArea>,
}

impl PublicColumns {
    /// No submissions yet, for `budget`'s lines.
    pub fn new(budget: &Budget) -> PublicColumns {
        let lines: Vec<_> =
            budget.lines().map(|l| (l.id.clone(), l.baseline, matches!(l.kind, LineKind::Spending))).collect();
        let columns = budget.lines().map(|l| Column::for_grid(l.min, l.max, l.step)).collect();
        let negative = vec![false; lines.len()];
        PublicColumns { lines, columns, negative, spill: None }
    }

    /// Keeps the columns' step numbers in `area` rather than in memory, as
    /// [`super::ReportInput::spill_to`] does. Call it before the first push.
    pub fn spill_to(mut self, budget: &Budget, area: SpillArea) -> PublicColumns {
        spill_empty(&mut self.columns, budget, &area);
        self.spill = Some(area);
        self
    }

    /// Submissions pushed so far.
    pub fn len(&self) -> usize {
        self.columns.first().map_or(0, Column::len)
    }

    /// Whether nothing was pushed.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Adds one submission: `value(id)` is its amount for a line, `None` for its baseline.
    pub fn push(&mut self, value: impl Fn(&str) -> Option<i64>) {
        self.push_by(|_, id| value(id));
    }

    /// Adds one submission whose values are in the budget's line order (a stored report row, see
    /// [`crate::report_row`]).
    pub fn push_in_order(&mut self, values: &[i64]) {
        self.push_by(|j, _| values.get(j).copied());
    }

    fn push_by(&mut self, value: impl Fn(usize, &str) -> Option<i64>) {
        for (j, (((id, baseline, _), column), negative)) in
            self.lines.iter().zip(&mut self.columns).zip(&mut self.negative).enumerate()
        {
            let v = value(j, id).unwrap_or(*baseline);
            *negative |= v < 0;
            column.push(v);
        }
    }

    /// Every line's figures, in the budget's order; empty without submissions.
    pub fn finish(self, budget: &Budget) -> Result<Vec<PublicLine>, AggregateError> {
        if self.is_empty() {
            return Ok(Vec::new());
        }
        let PublicColumns { lines, mut columns, negative, spill } = self;
        let mut aggregate_of = std::collections::BTreeMap::new();
        let spending: Vec<usize> = (0..lines.len()).filter(|&i| lines[i].2).collect();
        // Spending columns without a negative value move into the profile (and are read back from
        // it for their medians); the others are copied with negatives read as 0.
        let mut profile = None;
        if !spending.is_empty() {
            let spent: Vec<Column> = spending
                .iter()
                .map(|&i| {
                    if negative[i] {
                        Column::Values(columns[i].values().iter().map(|v| v.max(0.0)).collect())
                    } else {
                        std::mem::take(&mut columns[i])
                    }
                })
                .collect();
            let ids = spending.iter().map(|&i| lines[i].0.clone()).collect();
            // Shares are built from non-negative, finite amounts: the profile cannot refuse them.
            let built = Profile::from_encoded(ids, spent).map_err(|_| AggregateError::Empty)?;
            let profile = profile.insert(built);
            match summarize_shares(profile, None, &ShareOptions { bins: 1, baselines: None }) {
                Ok(summary) => {
                    let total = median_total(profile, None).unwrap_or(0.0);
                    for line in summary.lines {
                        aggregate_of.insert(line.id, (line.independent_markets * total).round() as i64);
                    }
                }
                // Every total is zero: there is no split to show.
                Err(AggregateError::Empty) => {}
                Err(e) => return Err(e),
            }
        }
        debug_assert_eq!(lines.len(), budget.lines().count());
        let in_profile: std::collections::BTreeMap<usize, usize> =
            spending.iter().enumerate().filter(|(_, i)| !negative[**i]).map(|(k, i)| (*i, k)).collect();
        let figures = lines
            .into_iter()
            .enumerate()
            .map(|(i, (id, baseline, _))| {
                let column = match (&profile, in_profile.get(&i)) {
                    (Some(p), Some(&k)) => p.stored(k),
                    _ => &columns[i],
                };
                PublicLine {
                    median: median_of_pairs(&column.value_weights(None)).map_or(baseline, |m| m.round() as i64),
                    aggregate: aggregate_of.get(&id).copied(),
                    id,
                }
            })
            .collect();
        match spill.as_ref().and_then(SpillArea::error) {
            Some(e) => Err(AggregateError::Spill(e.to_owned())),
            None => Ok(figures),
        }
    }
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
