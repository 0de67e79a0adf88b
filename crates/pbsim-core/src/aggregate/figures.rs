//! A report's per-line figures in whole display units, as the officers' dashboard prints and draws
//! them: shares and fractions of residents in micro-percent (100 % = 100,000,000, the unit of tax
//! rates), money in minor units, rates in micro-percent.
//!
//! Rounding is decided here, once, and the dashboard then prints every figure with the same integer
//! formatters the residents' page uses (`format_rate`, `format_money`), so an officer and a resident
//! read an amount or a rate the same way.

use super::report::BudgetReport;
use crate::budget::LineKind;

/// What a line's figures measure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A spending line, as shares of each resident's total spending (micro-percent).
    Share,
    /// A revenue line, in money (minor units).
    Money,
    /// A tax rate (micro-percent).
    Rate,
}

/// One line's figures in display units (see the module overview).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineFigures {
    /// The line id.
    pub id: String,
    /// The unit of every figure but `raised`, `lowered` and `kept`.
    pub unit: Unit,
    /// This year's value.
    pub baseline: i64,
    /// The (weighted) mean.
    pub mean: i64,
    /// The median.
    pub median: i64,
    /// The first quartile.
    pub q1: i64,
    /// The third quartile.
    pub q3: i64,
    /// The normalised coordinate-wise median (spending lines).
    pub cw_median: Option<i64>,
    /// The independent-markets aggregate (spending lines).
    pub independent_markets: Option<i64>,
    /// Residents who raised the line, in micro-percent of the (weighted) submissions.
    pub raised: i64,
    /// Who lowered it.
    pub lowered: i64,
    /// Who kept it.
    pub kept: i64,
    /// The histogram's first edge.
    pub start: i64,
    /// Its bins' width.
    pub width: i64,
    /// Its (weighted, rounded) counts.
    pub counts: Vec<i64>,
}

/// A share or fraction in micro-percent.
pub(super) fn micro_percent(x: f64) -> i64 {
    (x * 1e8).round() as i64
}

fn rounded(counts: &[f64]) -> Vec<i64> {
    counts.iter().map(|x| x.round() as i64).collect()
}

/// Every line of `report` that has figures (a revenue line without submissions has none), in the
/// report's order.
pub fn figures(report: &BudgetReport) -> Vec<LineFigures> {
    report
        .lines
        .iter()
        .filter_map(|l| {
            let m = &l.movement;
            let (raised, lowered, kept) = (micro_percent(m.raised), micro_percent(m.lowered), micro_percent(m.kept));
            if let Some(s) = &l.share {
                let st = &s.stats;
                return Some(LineFigures {
                    id: l.id.clone(),
                    unit: Unit::Share,
                    baseline: micro_percent(s.baseline),
                    mean: micro_percent(st.mean),
                    median: micro_percent(st.median),
                    q1: micro_percent(st.q1),
                    q3: micro_percent(st.q3),
                    cw_median: st.cw_median.map(micro_percent),
                    independent_markets: Some(micro_percent(st.independent_markets)),
                    raised,
                    lowered,
                    kept,
                    start: micro_percent(st.histogram.start),
                    width: micro_percent(st.histogram.width),
                    counts: rounded(&st.histogram.counts),
                });
            }
            let d = l.values.as_ref()?;
            let unit = if matches!(l.kind, LineKind::TaxRate { .. }) { Unit::Rate } else { Unit::Money };
            Some(LineFigures {
                id: l.id.clone(),
                unit,
                baseline: l.baseline,
                mean: d.mean.round() as i64,
                median: d.median.round() as i64,
                q1: d.q1.round() as i64,
                q3: d.q3.round() as i64,
                cw_median: None,
                independent_markets: None,
                raised,
                lowered,
                kept,
                start: d.histogram.start.round() as i64,
                width: d.histogram.width.round() as i64,
                counts: rounded(&d.histogram.counts),
            })
        })
        .collect()
}
