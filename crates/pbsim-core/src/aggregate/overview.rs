//! The overview the results page and the officers' dashboard both lead with: per line, the change
//! residents asked for, in money against this year (the independent-markets aggregate and the
//! median, with the aggregate's bootstrap interval when the report has one), sorted by size; and
//! the scale of a chart that must hold every mark it draws.
//!
//! Money, not shares, because that is what a reader compares: at one decimal, shares of a large
//! budget ("20.2 %, 20.2 %, 20.2 %") hide differences of millions. Both pages read the aggregate
//! the same way: its split of spending applied to the median of residents' spending totals
//! (`public.rs`), so a line's figure is the same on both.

use super::figures::micro_percent;
use super::report::BudgetReport;
use crate::budget::{Budget, LineKind};
use crate::money::Money;
use crate::wire::PublicLine;

/// One line of the overview. Every amount is the line's money (a tax rate's is the money it
/// raises), not a change: the changes are the methods.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineChange {
    /// The line id.
    pub id: String,
    /// This year.
    pub this_year: Money,
    /// What the independent-markets aggregate gives the line (spending lines).
    pub aggregate: Option<Money>,
    /// The median of what residents chose.
    pub median: Money,
    /// The aggregate's bootstrap interval (when the report has one).
    pub interval: Option<(Money, Money)>,
    /// The line's share of spending this year and in the aggregate, in micro-percent (spending
    /// lines): what the shares' view shows.
    pub shares: Option<(i64, i64)>,
}

impl LineChange {
    /// How far the aggregate is from this year.
    pub fn aggregate_change(&self) -> Option<Money> {
        self.aggregate.map(|a| a - self.this_year)
    }

    /// How far the median is from this year.
    pub fn median_change(&self) -> Money {
        self.median - self.this_year
    }

    /// The interval's ends, as changes from this year.
    pub fn interval_change(&self) -> Option<(Money, Money)> {
        self.interval.map(|(lo, hi)| (lo - self.this_year, hi - self.this_year))
    }

    /// The change the overview sorts by and draws as a bar: the aggregate's, or the median's on a
    /// line without one (revenue, tax rates).
    pub fn headline(&self) -> Money {
        self.aggregate_change().unwrap_or_else(|| self.median_change())
    }
}

/// Largest change first (up or down), lines of equal change in the budget's order.
///
/// An insertion sort: stable, and a budget has tens of lines. The standard library's stable sort,
/// instantiated for this type, is kilobytes of the pages' wasm.
pub fn by_size(changes: &mut [LineChange]) {
    let size = |c: &LineChange| c.headline().0.unsigned_abs();
    for i in 1..changes.len() {
        let mut j = i;
        while j > 0 && size(&changes[j - 1]) < size(&changes[j]) {
            changes.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// A money amount of a line's value (rounded to its unit first: a median can fall between two).
fn money_of(line: &crate::Line, value: f64) -> Money {
    line.money(value.round() as i64)
}

/// Share of `part` in `whole`, in micro-percent; 0 of nothing.
fn share_of(part: i64, whole: i64) -> i64 {
    if whole > 0 { micro_percent(part as f64 / whole as f64) } else { 0 }
}

/// The overview of the public figures (`GET /api/budgets/{id}/results`), sorted by size: every line
/// of `budget` that has figures.
pub fn public_changes(budget: &Budget, figures: &[PublicLine]) -> Vec<LineChange> {
    let this_year: i64 = budget.lines().filter(|l| l.kind == LineKind::Spending).map(|l| l.baseline.max(0)).sum();
    let aggregated: i64 = figures.iter().filter_map(|f| f.aggregate).map(|a| a.max(0)).sum();
    let mut changes: Vec<LineChange> = budget
        .lines()
        .filter_map(|l| {
            let f = figures.iter().find(|f| f.id == l.id)?;
            Some(LineChange {
                id: l.id.clone(),
                this_year: l.money(l.baseline),
                aggregate: f.aggregate.map(Money),
                median: l.money(f.median),
                interval: None,
                shares: f.aggregate.map(|a| (share_of(l.baseline.max(0), this_year), share_of(a.max(0), aggregated))),
            })
        })
        .collect();
    by_size(&mut changes);
    changes
}

/// The overview of an officers' report, sorted by size: every line of `budget` the report has
/// submissions for (none without any).
pub fn report_changes(budget: &Budget, report: &BudgetReport) -> Vec<LineChange> {
    if report.submissions == 0 {
        return Vec::new();
    }
    let total = report.median_total.unwrap_or(0.0);
    let in_money = |share: f64| Money((share * total).round() as i64);
    let mut changes: Vec<LineChange> = report
        .lines
        .iter()
        .filter_map(|r| {
            let line = budget.line(&r.id)?;
            let share = r.share.as_ref();
            Some(LineChange {
                id: r.id.clone(),
                this_year: line.money(line.baseline),
                aggregate: share.map(|s| in_money(s.stats.independent_markets)),
                median: money_of(line, r.median_value),
                interval: share
                    .and_then(|s| s.intervals.as_ref())
                    .map(|i| (in_money(i.independent_markets.low), in_money(i.independent_markets.high))),
                shares: share.map(|s| (micro_percent(s.baseline), micro_percent(s.stats.independent_markets))),
            })
        })
        .collect();
    by_size(&mut changes);
    changes
}

/// A chart's scale, `(low, high)`: holds `marks` and `must_show` (what the chart draws anyway: a
/// histogram's bins, zero on a chart of changes), with a twentieth of the span to spare on each
/// side so that no mark sits on the frame, and never narrower than `min_span`, centred on what it
/// holds: one value alone (every resident kept the line) then stands in a readable scale instead
/// of filling it.
pub fn axis(marks: impl IntoIterator<Item = i64>, must_show: (i64, i64), min_span: i64) -> (i64, i64) {
    let (mut lo, mut hi) = marks.into_iter().fold(must_show, |(lo, hi), v| (lo.min(v), hi.max(v)));
    let widen = (min_span.max(1) - (hi - lo)).max(0);
    lo -= widen / 2;
    hi += widen - widen / 2;
    let pad = ((hi - lo) / 20).max(1);
    (lo - pad, hi + pad)
}

/// The scale of the overview's chart of changes: zero, every change and every interval's ends.
pub fn changes_axis(changes: &[LineChange]) -> (Money, Money) {
    let marks = changes.iter().flat_map(|c| {
        let interval = c.interval_change().map_or([None, None], |(lo, hi)| [Some(lo.0), Some(hi.0)]);
        [c.aggregate_change().map(|m| m.0), Some(c.median_change().0)].into_iter().chain(interval).flatten()
    });
    // A dollar (or euro) each way at least: an overview where nothing changed still has a scale.
    let (lo, hi) = axis(marks, (0, 0), 200);
    (Money(lo), Money(hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::aggregate::{BootstrapOptions, ReportOptions, Response, public_figures, report};
    use crate::budget::Allocation;
    use std::collections::BTreeMap;

    fn town() -> Budget {
        Budget::from_toml(include_str!("../../../../e2e/fixtures/budgets/town.toml")).unwrap_or_else(|e| panic!("{e}"))
    }

    fn allocations(parks: &[i64]) -> Vec<Allocation> {
        parks.iter().map(|p| Allocation::from([("parks".into(), *p), ("roads".into(), 100_00 - p)])).collect()
    }

    fn responses<'a>(rows: &'a [Allocation], answers: &'a BTreeMap<String, String>) -> Vec<Response<'a>> {
        rows.iter().map(|a| Response { allocation: a, answers }).collect()
    }

    #[test]
    fn changes_are_money_against_this_year_largest_first() {
        let change = |id: &str, this_year, aggregate: Option<i64>, median| LineChange {
            id: id.into(),
            this_year: Money(this_year),
            aggregate: aggregate.map(Money),
            median: Money(median),
            interval: None,
            shares: None,
        };
        let mut changes = vec![
            change("small", 100, Some(110), 100),
            change("cut", 500, Some(200), 400),
            change("revenue", 50, None, 250),
            change("same", 100, Some(90), 100),
        ];
        by_size(&mut changes);
        let order: Vec<_> = changes.iter().map(|c| (c.id.as_str(), c.headline().0)).collect();
        // The cut of 300 first, then the revenue's median +200, then the two changes of 10 in the
        // order they came.
        assert_eq!(order, [("cut", -300), ("revenue", 200), ("small", 10), ("same", -10)]);
        assert_eq!(changes[0].median_change(), Money(-100));
    }

    #[test]
    fn an_axis_holds_every_mark_with_room_and_a_lone_value_keeps_a_readable_span() {
        // Marks beyond a histogram's bins widen the scale to them, with a twentieth to spare.
        assert_eq!(axis([150, -20], (0, 100), 1), (-28, 158));
        assert!(axis([150, -20], (0, 100), 1).0 < -20);
        // Every resident kept 20 %: one value, shown in a span of 10 points around it.
        assert_eq!(axis([20_000_000], (20_000_000, 20_000_000), 10_000_000), (14_500_000, 25_500_000));
        // Nothing at all still has a scale.
        let (lo, hi) = axis([], (0, 0), 0);
        assert!(lo < 0 && hi > 0);
    }

    #[test]
    fn the_changes_axis_holds_zero_every_change_and_every_interval() {
        let c = LineChange {
            id: "parks".into(),
            this_year: Money(60_00),
            aggregate: Some(Money(75_00)),
            median: Money(70_00),
            interval: Some((Money(55_00), Money(90_00))),
            shares: None,
        };
        let (lo, hi) = changes_axis(std::slice::from_ref(&c));
        assert!(lo < Money(-5_00) && hi > Money(30_00), "{lo:?} {hi:?}");
        let (lo, hi) = changes_axis(&[]);
        assert!(lo < Money::ZERO && hi > Money::ZERO);
    }

    #[test]
    fn the_public_and_the_officers_overview_give_each_line_the_same_money() {
        let budget = town();
        let rows = allocations(&[60_00, 80_00, 80_00, 20_00, 90_00]);
        let answers = BTreeMap::new();
        let responses = responses(&rows, &answers);
        let public = public_changes(&budget, &public_figures(&budget, &responses).unwrap_or_else(|e| panic!("{e}")));
        let options = ReportOptions { bootstrap: Some(BootstrapOptions::default()), ..ReportOptions::default() };
        let report = report(&budget, &responses, &options).unwrap_or_else(|e| panic!("{e}"));
        let officers = report_changes(&budget, &report);
        // Medians: parks $80, roads $20; every total is $100, so the aggregate's shares are money.
        let parks = public.iter().find(|c| c.id == "parks").unwrap_or_else(|| panic!("parks"));
        assert_eq!(parks.median, Money(80_00));
        assert_eq!(parks.median_change(), Money(20_00));
        assert_eq!(report.median_total, Some(100_00.0));
        for (p, o) in public.iter().zip(&officers) {
            assert_eq!((&p.id, p.aggregate, p.median, p.shares), (&o.id, o.aggregate, o.median, o.shares));
            let (lo, hi) = o.interval.unwrap_or_else(|| panic!("the report was asked for intervals"));
            let a = o.aggregate.unwrap_or_default();
            assert!(lo <= a && a <= hi, "{lo:?} {a:?} {hi:?}");
        }
        // Sorted by size: both lines move by the same amount, so the budget's order stays.
        assert_eq!(public.iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["parks", "roads"]);
        assert_eq!(parks.shares.map(|s| s.0), Some(60_000_000));
        assert!(report_changes(&budget, &report_of_nobody(&budget)).is_empty());
    }

    fn report_of_nobody(budget: &Budget) -> BudgetReport {
        report(budget, &[], &ReportOptions::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn weighted_reports_read_the_weighted_median_total_and_values() {
        let budget = town();
        let rows = allocations(&[60_00, 80_00, 80_00, 20_00]);
        let [north, south] = ["north", "south"].map(|w| BTreeMap::from([("ward".to_owned(), w.to_owned())]));
        let responses: Vec<Response<'_>> = rows
            .iter()
            .enumerate()
            .map(|(k, a)| Response { allocation: a, answers: if k < 3 { &north } else { &south } })
            .collect();
        let options = ReportOptions { weight_by: Some("ward".into()), ..ReportOptions::default() };
        let report = report(&budget, &responses, &options).unwrap_or_else(|e| panic!("{e}"));
        // The southerner weighs half the town: the weighted median of parks lies between $20 and
        // $60 or at one of them, not at the unweighted $70.
        let parks = report.lines.iter().find(|l| l.id == "parks").unwrap_or_else(|| panic!("parks"));
        assert!((20_00.0..=60_00.0).contains(&parks.median_value), "{}", parks.median_value);
    }
}
