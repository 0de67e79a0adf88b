//! Worked examples for every statistic, and property tests of the independent-markets aggregate
//! and the quartiles against exact rational references that follow the definitions (medians of
//! reports and phantoms; for weights, the weight at or above each report; quantiles by walking a
//! sorted column) rather than the fast algorithm's shortcuts, on profiles that reach its hard
//! cases: tiny shares, crowded slots, fractional weights, and the multi-threaded path.

use super::weights::poststratify;
use super::*;
use crate::budget::Budget;
use num_bigint::BigInt;
use num_rational::BigRational;
use num_traits::{One, ToPrimitive, Zero};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn ids(n: usize) -> Vec<String> {
    (0..n).map(|j| format!("l{j}")).collect()
}

fn profile(rows: &[&[f64]]) -> Profile {
    Profile::from_rows(ids(rows[0].len()), rows).expect("valid profile")
}

fn bins(bins: usize) -> ShareOptions {
    ShareOptions { bins, baselines: None }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12
}

#[track_caller]
fn assert_all_close(actual: &[f64], expected: &[f64]) {
    assert_eq!(actual.len(), expected.len());
    for (a, e) in actual.iter().zip(expected) {
        assert!(close(*a, *e), "got {actual:?}, expected {expected:?}");
    }
}

fn column(summary: &ShareSummary, f: impl Fn(&ShareLine) -> f64) -> Vec<f64> {
    summary.lines.iter().map(f).collect()
}

/// The issue's worked example.
const WORKED: &[&[f64]] = &[&[0.2, 0.0, 0.8], &[0.4, 0.4, 0.2], &[1.0, 0.0, 0.0], &[1.0, 0.0, 0.0]];

#[test]
fn worked_example_mean_median_and_independent_markets() {
    let s = summarize_shares(&profile(WORKED), None, &bins(10)).expect("aggregate");
    assert_eq!(s.used, 4);
    assert_all_close(&column(&s, |l| l.mean), &[0.65, 0.1, 0.25]);
    assert_all_close(&column(&s, |l| l.independent_markets), &[0.5, 0.25, 0.25]);
    assert!(close(s.t_star, 0.25), "t* = {}", s.t_star);
    // Medians: (0.4 + 1)/2, 0, (0 + 0.2)/2; normalised by their sum 0.8.
    assert_all_close(&column(&s, |l| l.median), &[0.7, 0.0, 0.1]);
    assert_all_close(&column(&s, |l| l.cw_median.unwrap_or(f64::NAN)), &[0.875, 0.0, 0.125]);
    // Quartiles (type 2): the first is the mean of the 1st and 2nd values, the third of the 3rd
    // and 4th.
    assert_all_close(&column(&s, |l| l.q1), &[0.3, 0.0, 0.0]);
    assert_all_close(&column(&s, |l| l.q3), &[1.0, 0.2, 0.5]);
    assert_all_close(&column(&s, |l| l.min), &[0.2, 0.0, 0.0]);
    assert_all_close(&column(&s, |l| l.max), &[1.0, 0.4, 0.8]);
    // The exact reference agrees, in rationals.
    let shares: Vec<Vec<BigRational>> = [[2, 0, 8], [4, 4, 2], [10, 0, 0], [10, 0, 0]]
        .iter()
        .map(|row| row.iter().map(|a| rat(*a, 10)).collect())
        .collect();
    let (t_star, exact) = reference_markets(&shares);
    assert_eq!(t_star, rat(1, 4));
    assert_eq!(exact, vec![rat(1, 2), rat(1, 4), rat(1, 4)]);
}

#[test]
fn amounts_are_read_as_shares_of_each_total() {
    // The worked example in dollars, each resident with a different total.
    let amounts: &[&[f64]] = &[&[200.0, 0.0, 800.0], &[40.0, 40.0, 20.0], &[7.0, 0.0, 0.0], &[123.0, 0.0, 0.0]];
    let s = summarize_shares(&profile(amounts), None, &bins(10)).expect("aggregate");
    assert_all_close(&column(&s, |l| l.independent_markets), &[0.5, 0.25, 0.25]);
    assert_all_close(&column(&s, |l| l.mean), &[0.65, 0.1, 0.25]);
}

#[test]
fn rows_with_a_zero_total_are_left_out() {
    let rows: &[&[f64]] = &[&[0.2, 0.0, 0.8], &[0.0, 0.0, 0.0], &[0.4, 0.4, 0.2], &[1.0, 0.0, 0.0], &[1.0, 0.0, 0.0]];
    let s = summarize_shares(&profile(rows), None, &bins(10)).expect("aggregate");
    assert_eq!((s.used, s.excluded), (4, 1));
    assert_all_close(&column(&s, |l| l.independent_markets), &[0.5, 0.25, 0.25]);
    let none: &[&[f64]] = &[&[0.0, 0.0]];
    assert_eq!(summarize_shares(&profile(none), None, &bins(10)), Err(AggregateError::Empty));
}

#[test]
fn one_resident_gets_their_own_budget() {
    let s = summarize_shares(&profile(&[&[3.0, 1.0, 0.0, 4.0]]), None, &bins(10)).expect("aggregate");
    assert_all_close(&column(&s, |l| l.independent_markets), &[0.375, 0.125, 0.0, 0.5]);
    assert_all_close(&column(&s, |l| l.median), &[0.375, 0.125, 0.0, 0.5]);
}

#[test]
fn independent_markets_can_fall_below_every_report() {
    // Both residents give line 0 at least 80 %, yet the aggregate gives it 23/35 ≈ 65.7 %: lines 1
    // and 2 are capped at their largest report (1/7 and 1/5), and line 0's median, 2t, is the
    // phantom f_0(t) = min(1, 2t) until the medians sum to 1 at t* = 23/70. This is the mechanism
    // as defined (the exact reference gives the same), not a rounding error; the range property
    // holds for the mean, and each independent-markets value is at most its largest report.
    let rows: &[&[f64]] = &[&[8.0, 0.0, 2.0], &[6.0, 1.0, 0.0]];
    let s = summarize_shares(&profile(rows), None, &bins(10)).expect("aggregate");
    assert_all_close(&column(&s, |l| l.independent_markets), &[23.0 / 35.0, 1.0 / 7.0, 0.2]);
    assert!(close(s.t_star, 23.0 / 70.0));
    let shares: Vec<Vec<BigRational>> =
        vec![vec![rat(8, 10), rat(0, 1), rat(2, 10)], vec![rat(6, 7), rat(1, 7), rat(0, 1)]];
    let (t_star, exact) = reference_markets(&shares);
    assert_eq!(t_star, rat(23, 70));
    assert_eq!(exact, vec![rat(23, 35), rat(1, 7), rat(1, 5)]);
}

#[test]
fn exaggerating_moves_the_mean_but_not_independent_markets() {
    // Three residents want 30 % for line 0; a fourth wants 40 %. Reporting 100 % instead drags
    // the mean far; the independent-markets value moves no further than the honest report would.
    let honest: &[&[f64]] = &[&[0.3, 0.7], &[0.3, 0.7], &[0.3, 0.7], &[0.4, 0.6]];
    let gamed: &[&[f64]] = &[&[0.3, 0.7], &[0.3, 0.7], &[0.3, 0.7], &[1.0, 0.0]];
    let h = summarize_shares(&profile(honest), None, &bins(10)).expect("aggregate");
    let g = summarize_shares(&profile(gamed), None, &bins(10)).expect("aggregate");
    assert!(g.lines[0].mean - h.lines[0].mean > 0.15);
    assert!(g.lines[0].independent_markets <= 0.4 + 1e-12, "{}", g.lines[0].independent_markets);
}

#[test]
fn weight_two_counts_as_two_residents() {
    let rows: &[&[f64]] = &[&[0.2, 0.0, 0.8], &[0.4, 0.4, 0.2], &[1.0, 0.0, 0.0]];
    let weighted = summarize_shares(&profile(rows), Some(&[1.0, 1.0, 2.0]), &bins(10)).expect("aggregate");
    let repeated = summarize_shares(&profile(WORKED), None, &bins(10)).expect("aggregate");
    for (w, r) in weighted.lines.iter().zip(&repeated.lines) {
        assert!(close(w.independent_markets, r.independent_markets));
        assert!(close(w.mean, r.mean));
        assert!(close(w.median, r.median));
        assert!(close(w.q1, r.q1) && close(w.q3, r.q3));
    }
    assert_eq!(weighted.mass, 4.0);
}

#[test]
fn movement_against_the_baseline_is_counted_in_the_same_pass() {
    // Line 0's baseline is 2: one resident raised it, one lowered it, two kept it.
    let rows: &[&[f64]] = &[&[3.0, 1.0], &[1.0, 1.0], &[2.0, 5.0], &[2.0, 0.0]];
    let options = ShareOptions { bins: 10, baselines: Some(vec![2.0, 1.0]) };
    let s = summarize_shares(&profile(rows), None, &options).expect("aggregate");
    assert_eq!(s.lines[0].movement, Some(Movement { raised: 0.25, lowered: 0.25, kept: 0.5 }));
    assert_eq!(s.lines[1].movement, Some(Movement { raised: 0.25, lowered: 0.25, kept: 0.5 }));
    // Weighted, the first resident counts three times.
    let s = summarize_shares(&profile(rows), Some(&[3.0, 1.0, 1.0, 1.0]), &options).expect("aggregate");
    let m = s.lines[0].movement.expect("movement");
    assert!(close(m.raised, 0.5) && close(m.lowered, 1.0 / 6.0) && close(m.kept, 1.0 / 3.0), "{m:?}");
    let wrong = ShareOptions { bins: 10, baselines: Some(vec![2.0]) };
    assert_eq!(
        summarize_shares(&profile(rows), None, &wrong),
        Err(AggregateError::BaselineCount { baselines: 1, lines: 2 })
    );
    // The stand-alone count agrees.
    assert_eq!(movement(&[3.0, 1.0, 2.0, 2.0], 2.0, None), Movement { raised: 0.25, lowered: 0.25, kept: 0.5 });
}

#[test]
fn bad_weights_are_refused() {
    let p = profile(WORKED);
    assert_eq!(summarize_shares(&p, Some(&[1.0]), &bins(10)), Err(AggregateError::WeightCount { weights: 1, rows: 4 }));
    assert_eq!(
        summarize_shares(&p, Some(&[1.0, -1.0, 1.0, 1.0]), &bins(10)),
        Err(AggregateError::BadWeight { row: 1, weight: -1.0 })
    );
}

#[test]
fn histograms_count_every_share_once() {
    // Shares 0.25, 0.5, 0.5, 0.75 of line 0 in two bins of the range they span.
    let rows: &[&[f64]] = &[&[1.0, 3.0], &[1.0, 1.0], &[2.0, 2.0], &[3.0, 1.0]];
    let s = summarize_shares(&profile(rows), None, &bins(2)).expect("aggregate");
    let h = &s.lines[0].histogram;
    // Bins [0.25, 0.5) and [0.5, 0.75]: 0.25 in the first, both 0.5 and 0.75 in the second.
    assert_eq!((h.start, h.width), (0.25, 0.25));
    assert_eq!(h.counts, vec![1.0, 3.0]);
}

#[test]
fn shares_on_bin_edges_fall_in_the_bin_they_open() {
    // Residents on a budget's step grid: shares 0, 0.1, …, 1 exactly on the edges of 10 bins.
    let rows: Vec<Vec<f64>> = (0..=10).map(|k| vec![f64::from(k), f64::from(10 - k)]).collect();
    let p = Profile::from_rows(ids(2), &rows).expect("profile");
    let s = summarize_shares(&p, None, &bins(10)).expect("aggregate");
    let h = &s.lines[0].histogram;
    assert_eq!((h.start, h.width), (0.0, 0.1));
    // Each bin holds its lower edge; the last also holds 1.
    assert_eq!(h.counts, vec![1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 2.0]);
}

#[test]
fn profile_errors_name_the_cell() {
    let e = Profile::from_rows(ids(2), &[[1.0, 2.0], [1.0, -3.0]]).unwrap_err();
    assert_eq!(e, ProfileError::Negative { row: 1, line: "l1".into(), value: -3.0 });
    let e = Profile::from_rows(ids(2), &[[f64::NAN, 2.0]]).unwrap_err();
    assert_eq!(e, ProfileError::NotFinite { row: 0, line: "l0".into() });
    let e = Profile::from_columns(ids(2), vec![vec![1.0], vec![1.0, 2.0]]).unwrap_err();
    assert!(matches!(e, ProfileError::Ragged { len: 2, expected: 1, .. }));
    assert_eq!(Profile::from_columns(vec![], vec![]).unwrap_err(), ProfileError::NoLines);
}

#[test]
fn distribution_of_amounts() {
    let d = distribution(&[5.0, 1.0, 3.0, 2.0, 4.0], None, 4, Some((0.0, 8.0))).expect("distribution");
    assert_eq!((d.mean, d.q1, d.median, d.q3, d.min, d.max), (3.0, 2.0, 3.0, 4.0, 1.0, 5.0));
    assert_eq!(d.histogram.counts, vec![1.0, 2.0, 2.0, 0.0]);
    // Even count: the median is the mean of the middle two.
    let d = distribution(&[1.0, 2.0, 3.0, 10.0], None, 1, None).expect("distribution");
    assert_eq!((d.median, d.q1, d.q3), (2.5, 1.5, 6.5));
    // Weights: 1 has three times the weight of 10, so it is the median.
    let d = distribution(&[1.0, 10.0], Some(&[3.0, 1.0]), 1, None).expect("distribution");
    assert_eq!((d.mean, d.median), (3.25, 1.0));
}

fn ward_budget() -> Budget {
    Budget::from_toml(
        r#"
id = "town"
currency = "USD"
title = { en = "Town", fr = "Ville" }
other_revenue = 100
[source]
name = "Test"
[balance]
rule = "balanced"
[[sections]]
id = "all"
title = { en = "All", fr = "Tout" }
[[sections.lines]]
id = "parks"
label = { en = "Parks", fr = "Parcs" }
baseline = 60
min = 0
max = 100
step = 10
[[sections.lines]]
id = "roads"
label = { en = "Roads", fr = "Routes" }
baseline = 40
min = 0
max = 100
step = 10
[[sections.lines]]
id = "fees"
label = { en = "Fees", fr = "Frais" }
type = "revenue"
baseline = 0
min = 0
max = 50
step = 10
[[questions]]
id = "ward"
type = "choice"
label = { en = "Ward?", fr = "Quartier ?" }
[[questions.options]]
id = "north"
label = { en = "North", fr = "Nord" }
population_share = 0.5
[[questions.options]]
id = "south"
label = { en = "South", fr = "Sud" }
population_share = 0.5
"#,
    )
    .expect("test budget loads")
}

fn responses(rows: &[(i64, i64, i64, Option<&str>)]) -> Vec<(Allocation, BTreeMap<String, String>)> {
    rows.iter()
        .map(|&(parks, roads, fees, ward)| {
            let allocation = [("parks", parks), ("roads", roads), ("fees", fees)]
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v))
                .collect();
            let answers = ward.into_iter().map(|w| ("ward".to_owned(), w.to_owned())).collect();
            (allocation, answers)
        })
        .collect()
}

/// `n` made-up residents of [`ward_budget`] from a fixed `seed`: parks and roads on their grid of
/// 11 positions, fees on its 6, each answering one of `wards` (`None`: no answer).
fn made_up_residents(
    n: usize,
    seed: u64,
    wards: &[Option<&'static str>],
) -> Vec<(i64, i64, i64, Option<&'static str>)> {
    let mut state = seed;
    let mut next = |m: u64| {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % m) as i64
    };
    (0..n).map(|_| (10 * next(11), 10 * next(11), 10 * next(6), wards[next(wards.len() as u64) as usize])).collect()
}

/// A report of [`ward_budget`] of each kind: plain, weighted by ward, and filtered to one ward with
/// `replicates` bootstrap replicates.
fn every_kind_of_report(replicates: usize) -> [ReportOptions; 3] {
    [
        ReportOptions::default(),
        ReportOptions { weight_by: Some("ward".into()), ..ReportOptions::default() },
        ReportOptions {
            filters: vec![("ward".into(), "north".into())],
            bootstrap: Some(BootstrapOptions { replicates, ..BootstrapOptions::default() }),
            ..ReportOptions::default()
        },
    ]
}

fn as_responses(r: &[(Allocation, BTreeMap<String, String>)]) -> Vec<Response<'_>> {
    r.iter().map(|(allocation, answers)| Response { allocation, answers }).collect()
}

use crate::budget::Allocation;

#[test]
fn report_reads_spending_as_shares_and_revenue_in_money() {
    let budget = ward_budget();
    let data = responses(&[(60, 40, 0, Some("north")), (80, 30, 10, Some("north")), (30, 70, 0, Some("south"))]);
    let r = report(&budget, &as_responses(&data), &ReportOptions::default()).expect("report");
    assert_eq!((r.total_submissions, r.submissions, r.excluded), (3, 3, 0));
    let parks = &r.lines[0];
    let share = parks.share.as_ref().expect("spending has shares");
    assert!(close(share.baseline, 0.6));
    // Shares of parks: 0.6, 80/110, 0.3.
    assert!(close(share.stats.median, 0.6));
    assert!(close(share.stats.mean, (0.6 + 80.0 / 110.0 + 0.3) / 3.0));
    assert!(close(parks.movement.raised, 1.0 / 3.0) && close(parks.movement.lowered, 1.0 / 3.0));
    assert!(close(parks.movement.kept, 1.0 / 3.0));
    assert!(close(parks.mean_value, (60.0 + 80.0 + 30.0) / 3.0));
    let fees = &r.lines[2];
    assert!(fees.share.is_none());
    let values = fees.values.as_ref().expect("revenue has values");
    assert_eq!((values.median, values.max), (0.0, 10.0));
    assert!(close(fees.movement.raised, 1.0 / 3.0));
    let im: f64 = r.lines.iter().filter_map(|l| l.share.as_ref()).map(|s| s.stats.independent_markets).sum();
    assert!(close(im, 1.0));
}

#[test]
fn report_filters_and_weights_by_answer() {
    let budget = ward_budget();
    // Three residents from the north, one from the south, one who did not say.
    let data = responses(&[
        (60, 40, 0, Some("north")),
        (60, 40, 0, Some("north")),
        (60, 40, 0, Some("north")),
        (20, 80, 0, Some("south")),
        (50, 50, 0, None),
    ]);
    let filtered = ReportOptions { filters: vec![("ward".into(), "south".into())], ..ReportOptions::default() };
    let r = report(&budget, &as_responses(&data), &filtered).expect("report");
    assert_eq!(r.submissions, 1);
    assert!(close(r.lines[0].share.as_ref().expect("shares").stats.median, 0.2));

    let weighted = ReportOptions { weight_by: Some("ward".into()), ..ReportOptions::default() };
    let r = report(&budget, &as_responses(&data), &weighted).expect("report");
    let w = r.weighting.as_ref().expect("weighted");
    // Four answered; each ward is half the population: north's three weigh 2/3, south's one 2.
    assert_eq!(w.unanswered, 1);
    assert!(close(w.groups[0].weight, 2.0 / 3.0) && close(w.groups[1].weight, 2.0));
    // Weighted mean share of parks: (3·(2/3)·0.6 + 2·0.2 + 1·0.5) / 5.
    let mean = r.lines[0].share.as_ref().expect("shares").stats.mean;
    assert!(close(mean, (1.2 + 0.4 + 0.5) / 5.0), "{mean}");

    let unknown = ReportOptions { filters: vec![("age".into(), "young".into())], ..ReportOptions::default() };
    assert_eq!(report(&budget, &as_responses(&data), &unknown), Err(ReportError::UnknownQuestion("age".into())));
    let bad = ReportOptions { filters: vec![("ward".into(), "east".into())], ..ReportOptions::default() };
    assert!(matches!(report(&budget, &as_responses(&data), &bad), Err(ReportError::UnknownOption { .. })));
}

#[test]
fn a_report_is_the_same_whether_values_are_held_as_grid_steps_or_as_numbers() {
    let budget = ward_budget();
    // The same budget with no grid: every column is held as `f64`, as before steps existed.
    let mut plain = budget.clone();
    for line in plain.sections.iter_mut().flat_map(|s| s.lines.iter_mut()) {
        line.step = 0;
    }
    // Made-up residents on the grid, then the same with values an older budget file allowed: off
    // the grid (65), beyond the range but on it (130), beyond what a byte holds (5,000), negative.
    let on_grid = made_up_residents(3_000, 12_345, &[Some("north"), Some("south"), None]);
    let mut off_grid = on_grid.clone();
    off_grid[7].0 = 65;
    off_grid[1_500].1 = 130;
    off_grid[2_000].2 = 5_000;
    off_grid[2_500].2 = -10;
    off_grid[2_999].0 = -10;
    let options = every_kind_of_report(20);
    for rows in [&on_grid, &off_grid] {
        let data = responses(rows);
        for o in &options {
            let steps = report(&budget, &as_responses(&data), o).expect("report");
            let numbers = report(&plain, &as_responses(&data), o).expect("report");
            assert_eq!(steps, numbers);
        }
    }
    // The off-grid values count as themselves: the mean of fees includes 5,000 and -10.
    let data = responses(&off_grid);
    let r = report(&budget, &as_responses(&data), &ReportOptions::default()).expect("report");
    let fees: i64 = off_grid.iter().map(|r| r.2).sum();
    assert!(close(r.lines[2].mean_value, fees as f64 / 3_000.0));
    assert_eq!(r.lines[2].values.as_ref().map(|v| (v.min, v.max)), Some((-10.0, 5_000.0)));
}

#[test]
fn filters_are_read_checked_and_matched_once_for_every_reader() {
    let budget = ward_budget();
    assert_eq!(parse_filter(" ward : south "), Some(("ward".into(), "south".into())));
    assert_eq!(parse_filter("ward"), None);
    let south = vec![("ward".to_owned(), "south".to_owned())];
    assert_eq!(check_filters(&budget, &south), Ok(()));
    let age = vec![("age".to_owned(), "young".to_owned())];
    assert_eq!(check_filters(&budget, &age), Err(ReportError::UnknownQuestion("age".into())));
    let east = vec![("ward".to_owned(), "east".to_owned())];
    assert!(matches!(check_filters(&budget, &east), Err(ReportError::UnknownOption { .. })));
    let answers = |w: &str| BTreeMap::from([("ward".to_owned(), w.to_owned())]);
    assert!(matches_filters(&south, &answers("south")));
    assert!(!matches_filters(&south, &answers("north")));
    assert!(!matches_filters(&south, &BTreeMap::new()));
    assert!(matches_filters(&[], &BTreeMap::new()));
}

#[test]
fn figures_are_whole_display_units() {
    let budget = ward_budget();
    // Shares of parks: 0.6, 0.8, 0.2, 0.5 (totals are all 100).
    let data = responses(&[(60, 40, 0, None), (80, 20, 10, None), (20, 80, 0, None), (50, 50, 20, None)]);
    let options = ReportOptions { bins: 4, ..ReportOptions::default() };
    let r = report(&budget, &as_responses(&data), &options).expect("report");
    let f = figures(&r);
    assert_eq!(
        f.iter().map(|l| (l.id.as_str(), l.unit)).collect::<Vec<_>>(),
        [("parks", Unit::Share), ("roads", Unit::Share), ("fees", Unit::Money)]
    );
    let parks = &f[0];
    // 100 % is 100,000,000 micro-percent.
    assert_eq!((parks.baseline, parks.mean, parks.median), (60_000_000, 52_500_000, 55_000_000));
    assert_eq!((parks.raised, parks.lowered, parks.kept), (25_000_000, 50_000_000, 25_000_000));
    assert_eq!(parks.counts.iter().sum::<i64>(), 4);
    assert!(parks.independent_markets.is_some());
    // Revenue in its own unit: minor units of money, rounded.
    let fees = &f[2];
    assert_eq!((fees.baseline, fees.mean, fees.median), (0, 8, 5));
    assert_eq!((fees.cw_median, fees.independent_markets), (None, None));
    assert_eq!((fees.start, fees.width, fees.counts.iter().sum::<i64>()), (0, 13, 4));
}

#[test]
fn poststratification_spreads_missing_groups() {
    let budget = ward_budget();
    let question = budget.question("ward").expect("ward");
    // Nobody from the south: the north's residents stand for everyone who answered.
    let (weights, how) = poststratify(question, [Some("north"), Some("north"), None]).expect("weights");
    assert_eq!(weights, vec![1.0, 1.0, 1.0]);
    assert_eq!(how.groups[1].respondents, 0);
    assert_eq!(how.groups[1].weight, 0.0);
    assert!(poststratify(question, [None, None]).is_err());
}

#[test]
fn bootstrap_is_reproducible_and_brackets_the_estimate() {
    let rows: Vec<Vec<f64>> =
        (0..300).map(|i| vec![1.0 + (i % 7) as f64, 2.0 + (i % 5) as f64, 3.0 + (i % 3) as f64]).collect();
    let p = Profile::from_rows(ids(3), &rows).expect("profile");
    let options = BootstrapOptions { replicates: 50, seed: 7, level: 0.9 };
    let a = bootstrap(&p, None, &options).expect("bootstrap");
    let b = bootstrap(&p, None, &options).expect("bootstrap");
    assert_eq!(a, b);
    let c = bootstrap(&p, None, &BootstrapOptions { seed: 8, ..options }).expect("bootstrap");
    assert_ne!(a, c);
    let s = summarize_shares(&p, None, &bins(10)).expect("aggregate");
    for (interval, line) in a.iter().zip(&s.lines) {
        assert!(interval.mean.low <= line.mean && line.mean <= interval.mean.high, "{interval:?} {line:?}");
        assert!(interval.mean.low < interval.mean.high);
        assert!(interval.independent_markets.low <= interval.independent_markets.high);
    }
}

// --- The exact reference -----------------------------------------------------------------------

fn rat(n: i64, d: i64) -> BigRational {
    BigRational::new(BigInt::from(n), BigInt::from(d))
}

/// Line `j`'s median of the reports and the phantoms `min(1, t·(n−k))`, straight from the
/// definition.
fn reference_median(shares: &[Vec<BigRational>], j: usize, t: &BigRational) -> BigRational {
    let n = shares.len();
    let mut all: Vec<BigRational> = shares.iter().map(|row| row[j].clone()).collect();
    for k in 0..=n {
        let phantom = t * BigRational::from_integer(BigInt::from(n - k));
        all.push(if phantom > BigRational::one() { BigRational::one() } else { phantom });
    }
    all.sort();
    all[n].clone()
}

/// The exact independent-markets aggregate and `t*`: between consecutive values of `t` where a
/// phantom crosses a report or 1, every median is linear, so the sum is found on the first piece
/// that reaches 1 and solved there.
fn reference_markets(shares: &[Vec<BigRational>]) -> (BigRational, Vec<BigRational>) {
    let (n, lines) = (shares.len(), shares[0].len());
    let mut breaks = vec![BigRational::zero(), BigRational::one()];
    for v in shares.iter().flatten().chain([&BigRational::one()]) {
        for m in 1..=n {
            let t = v / BigRational::from_integer(BigInt::from(m));
            if t <= BigRational::one() {
                breaks.push(t);
            }
        }
    }
    breaks.sort();
    breaks.dedup();
    let sum =
        |t: &BigRational| (0..lines).map(|j| reference_median(shares, j, t)).fold(BigRational::zero(), |a, b| a + b);
    let t_star = solve_on_pieces(&breaks, sum);
    let medians = (0..lines).map(|j| reference_median(shares, j, &t_star)).collect();
    (t_star, medians)
}

/// The `t` where `sum(t)`, continuous, non-decreasing and linear between consecutive `breaks`
/// (sorted, from 0 to where the sum is at least 1), first reaches 1: the first break where it does is found by bisection,
/// then the linear piece before it is solved.
fn solve_on_pieces(breaks: &[BigRational], sum: impl Fn(&BigRational) -> BigRational) -> BigRational {
    let one = BigRational::one();
    let first = breaks.partition_point(|t| sum(t) < one);
    assert!(first < breaks.len(), "the sum reaches 1 at the last break");
    if first == 0 {
        return breaks[0].clone();
    }
    let (t0, t1) = (&breaks[first - 1], &breaks[first]);
    let (s0, s1) = (sum(t0), sum(t1));
    t0 + (&one - &s0) * (t1 - t0) / (s1 - s0)
}

/// The weighted independent-markets aggregate and `t*` in exact rationals, from the definition in
/// `aggregate.rs`: line `j`'s value at `t` is `sup { y : y ≤ t · R(y) }`, `R(y)` the weight of the
/// reports at or above `y`; with the reports sorted from the largest, that is the largest of
/// `min(v_i, t · W_i)`, `W_i` the weight of the first `i`. Zero-weight rows count for nothing.
fn reference_weighted_markets(shares: &[Vec<BigRational>], weights: &[BigRational]) -> (BigRational, Vec<BigRational>) {
    let lines = shares[0].len();
    // Per line, (report, cumulative weight) from the largest report down.
    let columns: Vec<Vec<(BigRational, BigRational)>> = (0..lines)
        .map(|j| {
            let mut column: Vec<(BigRational, BigRational)> = shares
                .iter()
                .zip(weights)
                .filter(|(_, w)| !w.is_zero())
                .map(|(row, w)| (row[j].clone(), w.clone()))
                .collect();
            column.sort_by(|a, b| b.0.cmp(&a.0));
            let mut cumulative = BigRational::zero();
            column
                .into_iter()
                .map(|(v, w)| {
                    cumulative += w;
                    (v, cumulative.clone())
                })
                .collect()
        })
        .collect();
    let median = |j: usize, t: &BigRational| {
        columns[j].iter().map(|(v, w)| std::cmp::min(v.clone(), t * w)).max().unwrap_or_else(BigRational::zero)
    };
    // Each median is linear between the values of `t` where some `t · W_i` meets some report of
    // its line; at `t = 1 / mass` every median is its largest report, so the sum is at least 1.
    let mass = weights.iter().fold(BigRational::zero(), |a, w| a + w);
    let t_max = std::cmp::max(BigRational::one(), BigRational::one() / &mass);
    let mut breaks = vec![BigRational::zero(), t_max.clone()];
    for column in &columns {
        for (v, _) in column {
            for (_, w) in column {
                let t = v / w;
                if t <= t_max {
                    breaks.push(t);
                }
            }
        }
    }
    breaks.sort();
    breaks.dedup();
    let sum = |t: &BigRational| (0..lines).map(|j| median(j, t)).fold(BigRational::zero(), |a, b| a + b);
    let t_star = solve_on_pieces(&breaks, sum);
    let medians = (0..lines).map(|j| median(j, &t_star)).collect();
    (t_star, medians)
}

/// The `p`-quantile of weighted `values` straight from the definition (type 2): sort, walk the
/// cumulative weight to the first value reaching `p` of the total, and average it with the next
/// when it reaches it exactly. Returns every answer a correct float computation may give: the
/// exact one, and at an exact tie also its two neighbours, since rounding the weights' sum can
/// fall on either side of the target. The exact answer comes first.
fn reference_quantile(values: &[(BigRational, BigRational)], p: &BigRational) -> Vec<f64> {
    let mut sorted: Vec<&(BigRational, BigRational)> = values.iter().filter(|(_, w)| !w.is_zero()).collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let total = sorted.iter().fold(BigRational::zero(), |a, (_, w)| a + w);
    let target = p * &total;
    let mut cumulative = BigRational::zero();
    for (k, (v, w)) in sorted.iter().enumerate() {
        cumulative += w;
        if cumulative >= target {
            return match sorted.get(k + 1) {
                Some((next, _)) if cumulative == target => {
                    let mid = (v + next) / BigRational::from_integer(BigInt::from(2));
                    vec![to_f64(&mid), to_f64(v), to_f64(next)]
                }
                _ => vec![to_f64(v)],
            };
        }
    }
    unreachable!("the cumulative weight reaches the total")
}

/// True when `actual` is `expected` up to `relative` of it: tiny shares (10^-12) are compared
/// with their own precision, not lost in an absolute tolerance.
fn near(actual: f64, expected: f64, relative: f64) -> bool {
    (actual - expected).abs() <= relative * expected.abs()
}

#[track_caller]
fn assert_one_of(actual: f64, allowed: &[f64], what: &str) {
    assert!(allowed.iter().any(|a| near(actual, *a, 1e-12)), "{what}: {actual}, expected one of {allowed:?}");
}

fn to_f64(r: &BigRational) -> f64 {
    r.to_f64().unwrap_or(f64::NAN)
}

/// One amount: often zero, sometimes tiny beside trillions (a share below the fine histogram's
/// smallest slot, 2^-30), or small integers that tie with each other.
fn amount() -> impl Strategy<Value = i64> {
    prop_oneof![
        3 => Just(0i64),
        2 => 1i64..=3,
        4 => 1i64..=12,
        2 => 1i64..=1_000,
        3 => 1_000_000_000i64..=1_000_000_000_000,
    ]
}

fn row(lines: usize) -> impl Strategy<Value = Vec<i64>> {
    proptest::collection::vec(amount(), lines).prop_filter("a positive total", |r| r.iter().sum::<i64>() > 0)
}

/// Integer amounts per row, each row with a positive total: independent rows, or rows crowded
/// around one (its large amounts nudged by a few units), whose shares fall in the same fine slots.
fn amounts_strategy(max_rows: usize) -> impl Strategy<Value = Vec<Vec<i64>>> {
    (1usize..=max_rows, 2usize..=6).prop_flat_map(|(n, lines)| {
        let independent = proptest::collection::vec(row(lines), n).boxed();
        let crowded = (row(lines), proptest::collection::vec(proptest::collection::vec(0i64..=3, lines), n))
            .prop_map(|(base, nudges)| {
                let nudge = |(b, d): (&i64, &i64)| if *b >= 1_000_000 { b + d } else { *b };
                nudges.iter().map(|d| base.iter().zip(d).map(nudge).collect()).collect()
            })
            .boxed();
        prop_oneof![independent, crowded]
    })
}

/// Post-stratification weights are ratios like these (2/3 when three residents stand for two).
fn weight() -> impl Strategy<Value = (i64, i64)> {
    proptest::sample::select(vec![(0, 1), (1, 3), (1, 2), (2, 3), (1, 1), (3, 2), (2, 1), (3, 1)])
}

fn exact_shares(amounts: &[Vec<i64>]) -> Vec<Vec<BigRational>> {
    amounts
        .iter()
        .map(|row| {
            let total: i64 = row.iter().sum();
            row.iter().map(|a| rat(*a, total)).collect()
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn independent_markets_matches_the_exact_reference(amounts in amounts_strategy(9)) {
        let shares = exact_shares(&amounts);
        let (t_star, exact) = reference_markets(&shares);
        // The closed form the weighted reference uses agrees with the phantoms' definition.
        let ones = vec![BigRational::one(); shares.len()];
        prop_assert_eq!(reference_weighted_markets(&shares, &ones), (t_star.clone(), exact.clone()));
        let rows: Vec<Vec<f64>> = amounts.iter().map(|r| r.iter().map(|a| *a as f64).collect()).collect();
        let p = Profile::from_rows(ids(rows[0].len()), &rows).expect("profile");
        let s = summarize_shares(&p, None, &bins(10)).expect("aggregate");
        let fast: Vec<f64> = s.lines.iter().map(|l| l.independent_markets).collect();
        for (j, (f, e)) in fast.iter().zip(&exact).enumerate() {
            prop_assert!(near(*f, to_f64(e), 1e-9), "line {j}: {f} vs {} (t* {} vs {})", to_f64(e), s.t_star, to_f64(&t_star));
            // No line gets more than its largest report, nor less than the smaller of its smallest
            // report and n·t* (the closed form's last term). The bound "at least the smallest report"
            // does not hold: see `independent_markets_can_fall_below_every_report`.
            let column: Vec<f64> = shares.iter().map(|row| to_f64(&row[j])).collect();
            let (lo, hi) = column.iter().fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
            let floor = lo.min(s.t_star * rows.len() as f64);
            prop_assert!(*f >= floor - 1e-12 && *f <= hi + 1e-12, "line {j}: {f} outside [{floor}, {hi}]");
            // The mean always lies between the smallest and the largest report.
            prop_assert!(s.lines[j].mean >= lo - 1e-12 && s.lines[j].mean <= hi + 1e-12);
        }
        prop_assert!((fast.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        let exact_sum = exact.iter().fold(BigRational::zero(), |a, b| a + b);
        prop_assert_eq!(exact_sum, BigRational::one());
        // Each share row sums to exactly 1.
        for row in &shares {
            prop_assert_eq!(row.iter().fold(BigRational::zero(), |a, b| a + b), BigRational::one());
        }
    }

    #[test]
    fn quartiles_and_means_match_sorting(amounts in amounts_strategy(40)) {
        let rows: Vec<Vec<f64>> = amounts.iter().map(|r| r.iter().map(|a| *a as f64).collect()).collect();
        let p = Profile::from_rows(ids(rows[0].len()), &rows).expect("profile");
        let s = summarize_shares(&p, None, &bins(10)).expect("aggregate");
        let shares = exact_shares(&amounts);
        for (j, line) in s.lines.iter().enumerate() {
            // The column sorted, in exact rationals, each with weight 1: whole weights add up
            // exactly in floats too, so only the exact answer will do.
            let column: Vec<(BigRational, BigRational)> = shares.iter().map(|r| (r[j].clone(), BigRational::one())).collect();
            for (actual, p, what) in [(line.q1, rat(1, 4), "q1"), (line.median, rat(1, 2), "median"), (line.q3, rat(3, 4), "q3")] {
                assert_one_of(actual, &reference_quantile(&column, &p)[..1], &format!("line {j} {what}"));
            }
            let mean = column.iter().fold(BigRational::zero(), |a, (v, _)| a + v) / BigRational::from_integer(BigInt::from(column.len()));
            prop_assert!((line.mean - to_f64(&mean)).abs() < 1e-12, "line {j}: mean {} vs {}", line.mean, to_f64(&mean));
            let (lo, hi) = (column.iter().map(|(v, _)| v).min().unwrap(), column.iter().map(|(v, _)| v).max().unwrap());
            prop_assert!((line.min - to_f64(lo)).abs() < 1e-15 && (line.max - to_f64(hi)).abs() < 1e-15);
            prop_assert_eq!(line.histogram.counts.iter().sum::<f64>(), rows.len() as f64);
        }
        let cw: f64 = s.lines.iter().filter_map(|l| l.cw_median).sum();
        prop_assert!(s.lines.iter().all(|l| l.cw_median.is_none()) || (cw - 1.0).abs() < 1e-12);
    }

    #[test]
    fn fractional_weights_match_the_exact_weighted_reference(
        amounts in amounts_strategy(12),
        weights in proptest::collection::vec(weight(), 12),
    ) {
        let weights: Vec<BigRational> = weights[..amounts.len()].iter().map(|(n, d)| rat(*n, *d)).collect();
        prop_assume!(weights.iter().any(|w| !w.is_zero()));
        let shares = exact_shares(&amounts);
        let rows: Vec<Vec<f64>> = amounts.iter().map(|r| r.iter().map(|a| *a as f64).collect()).collect();
        let p = Profile::from_rows(ids(rows[0].len()), &rows).expect("profile");
        let float_weights: Vec<f64> = weights.iter().map(to_f64).collect();
        let s = summarize_shares(&p, Some(&float_weights), &bins(10)).expect("aggregate");
        let mass = weights.iter().fold(BigRational::zero(), |a, w| a + w);
        prop_assert_eq!(s.used, weights.iter().filter(|w| !w.is_zero()).count());
        prop_assert!((s.mass - to_f64(&mass)).abs() < 1e-12);

        // (`t*` itself is not compared: where the sum stays at 1 over a range of `t`, any of them is
        // right, and the medians are the same.)
        let (_, exact) = reference_weighted_markets(&shares, &weights);
        for (j, line) in s.lines.iter().enumerate() {
            prop_assert!(
                near(line.independent_markets, to_f64(&exact[j]), 1e-9),
                "line {j}: {} vs {}", line.independent_markets, to_f64(&exact[j])
            );
            let column: Vec<(BigRational, BigRational)> = shares.iter().zip(&weights).map(|(r, w)| (r[j].clone(), w.clone())).collect();
            for (actual, p, what) in [(line.q1, rat(1, 4), "q1"), (line.median, rat(1, 2), "median"), (line.q3, rat(3, 4), "q3")] {
                assert_one_of(actual, &reference_quantile(&column, &p), &format!("line {j} {what}"));
            }
            let mean = column.iter().fold(BigRational::zero(), |a, (v, w)| a + v * w) / &mass;
            prop_assert!((line.mean - to_f64(&mean)).abs() < 1e-12, "line {j}: mean {} vs {}", line.mean, to_f64(&mean));
        }
        prop_assert!((s.lines.iter().map(|l| l.independent_markets).sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn integer_weights_equal_repeated_rows(amounts in amounts_strategy(7), repeats in proptest::collection::vec(0u32..=3, 7)) {
        let rows: Vec<Vec<f64>> = amounts.iter().map(|r| r.iter().map(|a| *a as f64).collect()).collect();
        let weights: Vec<f64> = rows.iter().zip(&repeats).map(|(_, k)| f64::from(*k)).collect();
        prop_assume!(weights.iter().sum::<f64>() > 0.0);
        let repeated: Vec<Vec<f64>> =
            rows.iter().zip(&repeats).flat_map(|(r, k)| std::iter::repeat_n(r.clone(), *k as usize)).collect();
        let p = Profile::from_rows(ids(rows[0].len()), &rows).expect("profile");
        let q = Profile::from_rows(ids(rows[0].len()), &repeated).expect("profile");
        let w = summarize_shares(&p, Some(&weights), &bins(10)).expect("aggregate");
        let r = summarize_shares(&q, None, &bins(10)).expect("aggregate");
        for (a, b) in w.lines.iter().zip(&r.lines) {
            prop_assert!((a.independent_markets - b.independent_markets).abs() < 1e-9);
            prop_assert!((a.median - b.median).abs() < 1e-12 && (a.mean - b.mean).abs() < 1e-12);
        }
    }
}

/// The independent-markets median of sorted-descending reports at `t`, by its closed form.
fn direct_median(desc: &[f64], t: f64) -> f64 {
    desc.iter().enumerate().map(|(r, v)| v.min(t * (r + 1) as f64)).fold(0.0, f64::max)
}

/// The same with weights: `desc` holds (report, weight of it and every larger report).
fn direct_weighted_median(desc: &[(f64, f64)], t: f64) -> f64 {
    desc.iter().map(|(v, w)| v.min(t * w)).fold(0.0, f64::max)
}

/// The type-2 `p`-quantile of `(value, weight)` pairs sorted ascending, walked in floats; at a
/// cumulative weight within rounding of the target, the exact answer may be either neighbour or
/// their mean, so all three are returned.
fn direct_quantile(sorted: &[(f64, f64)], p: f64) -> Vec<f64> {
    let positive: Vec<(f64, f64)> = sorted.iter().copied().filter(|(_, w)| *w > 0.0).collect();
    let total: f64 = positive.iter().map(|(_, w)| w).sum();
    let (target, slack) = (p * total, 1e-9 * total);
    let mut cumulative = 0.0;
    for (k, (v, w)) in positive.iter().enumerate() {
        cumulative += w;
        if cumulative >= target - slack {
            return match positive.get(k + 1) {
                Some((next, _)) if (cumulative - target).abs() <= slack => vec![(v + next) / 2.0, *v, *next],
                _ => vec![*v],
            };
        }
    }
    vec![positive[positive.len() - 1].0]
}

#[test]
fn large_profiles_agree_with_a_direct_computation() {
    // Enough rows to use several threads and to put many shares in each fine slot.
    let n = 70_000;
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 11) as f64 / (1u64 << 53) as f64
    };
    let rows: Vec<Vec<f64>> = (0..n).map(|_| vec![10.0 + next() * 5.0, 3.0 + next(), next() * 4.0, 1.0]).collect();
    let p = Profile::from_rows(ids(4), &rows).expect("profile");
    let s = summarize_shares(&p, None, &bins(20)).expect("aggregate");
    let columns: Vec<Vec<f64>> = (0..4)
        .map(|j| {
            let mut c: Vec<f64> = rows.iter().map(|r| r[j] / r.iter().sum::<f64>()).collect();
            c.sort_by(|a, b| b.total_cmp(a));
            c
        })
        .collect();
    let sum = |t: f64| columns.iter().map(|c| direct_median(c, t)).sum::<f64>();
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..100 {
        let mid = (lo + hi) / 2.0;
        if sum(mid) < 1.0 { lo = mid } else { hi = mid }
    }
    for (j, line) in s.lines.iter().enumerate() {
        let expected = direct_median(&columns[j], hi);
        assert!(near(line.independent_markets, expected, 1e-9), "line {j}: {} vs {expected}", line.independent_markets);
        let ascending: Vec<(f64, f64)> = columns[j].iter().rev().map(|v| (*v, 1.0)).collect();
        assert_one_of(line.median, &direct_quantile(&ascending, 0.5)[..1], &format!("line {j} median"));
        assert_one_of(line.q1, &direct_quantile(&ascending, 0.25)[..1], &format!("line {j} q1"));
        assert_one_of(line.q3, &direct_quantile(&ascending, 0.75)[..1], &format!("line {j} q3"));
        let mean = columns[j].iter().sum::<f64>() / n as f64;
        assert!((line.mean - mean).abs() < 1e-12, "line {j}: mean {} vs {mean}", line.mean);
    }
    assert_eq!(s.lines[0].histogram.counts.iter().sum::<f64>(), n as f64);
}

#[test]
fn large_weighted_profiles_with_tiny_and_crowded_shares_agree_with_a_direct_computation() {
    // More rows than one thread takes (the multi-threaded path wherever there are two cores), with
    // post-stratification-like weights (2/3, 2, 1/3, 1, and 0 for rows left out), a line of tiny
    // shares (1 beside 10^12: below the finest slot), and a line whose shares crowd one slot.
    let n = 70_000;
    let mut state = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state >> 11
    };
    let rows: Vec<Vec<f64>> = (0..n)
        .map(|_| {
            let big = 1e12 + (next() % 1_000_000) as f64;
            let tiny = (next() % 4) as f64;
            let crowded = 5e11 + (next() % 8) as f64;
            // Most rows spend about the same; one in ten spreads far.
            let spread =
                if next() % 10 == 0 { (next() % 3_000_000_000_000) as f64 } else { 2e11 + (next() % 8) as f64 };
            vec![big, tiny, crowded, spread]
        })
        .collect();
    let pattern = [2.0 / 3.0, 2.0, 1.0 / 3.0, 1.0, 0.0, 2.0 / 3.0, 2.0 / 3.0];
    let weights: Vec<f64> = (0..n).map(|i| pattern[i % pattern.len()]).collect();
    let p = Profile::from_rows(ids(4), &rows).expect("profile");
    let s = summarize_shares(&p, Some(&weights), &bins(20)).expect("aggregate");
    assert_eq!(s.used, weights.iter().filter(|w| **w > 0.0).count(), "rows with weight 0 are left out");

    // Per line, (share, weight) sorted ascending, from each row's own division.
    let columns: Vec<Vec<(f64, f64)>> = (0..4)
        .map(|j| {
            let mut c: Vec<(f64, f64)> =
                rows.iter().zip(&weights).map(|(r, w)| (r[j] / r.iter().sum::<f64>(), *w)).collect();
            c.sort_by(|a, b| a.0.total_cmp(&b.0));
            c
        })
        .collect();
    let descending: Vec<Vec<(f64, f64)>> = columns
        .iter()
        .map(|c| {
            let mut cumulative = 0.0;
            c.iter()
                .rev()
                .filter(|(_, w)| *w > 0.0)
                .map(|(v, w)| {
                    cumulative += w;
                    (*v, cumulative)
                })
                .collect()
        })
        .collect();
    let sum = |t: f64| descending.iter().map(|c| direct_weighted_median(c, t)).sum::<f64>();
    let (mut lo, mut hi) = (0.0, 1.0);
    for _ in 0..100 {
        let mid = (lo + hi) / 2.0;
        if sum(mid) < 1.0 { lo = mid } else { hi = mid }
    }
    let mass: f64 = weights.iter().sum();
    for (j, line) in s.lines.iter().enumerate() {
        let expected = direct_weighted_median(&descending[j], hi);
        assert!(near(line.independent_markets, expected, 1e-9), "line {j}: {} vs {expected}", line.independent_markets);
        assert_one_of(line.median, &direct_quantile(&columns[j], 0.5), &format!("line {j} median"));
        assert_one_of(line.q1, &direct_quantile(&columns[j], 0.25), &format!("line {j} q1"));
        assert_one_of(line.q3, &direct_quantile(&columns[j], 0.75), &format!("line {j} q3"));
        let mean = columns[j].iter().map(|(v, w)| v * w).sum::<f64>() / mass;
        assert!((line.mean - mean).abs() < 1e-12, "line {j}: mean {} vs {mean}", line.mean);
    }
    // The tiny line really is below the finest slot, and the crowded one's middle half within a
    // millionth of its median (far narrower than a slot).
    assert!(s.lines[1].max < 1.0 / f64::from(1u32 << 30), "{}", s.lines[1].max);
    assert!(s.lines[2].q3 - s.lines[2].q1 < 1e-6 * s.lines[2].median, "{} .. {}", s.lines[2].q1, s.lines[2].q3);
}

#[test]
fn shares_of_a_large_profile_are_the_same_from_grid_steps_as_from_numbers() {
    // Enough rows for pass 1 to split over threads; values on a grid of 401 positions (2 bytes).
    let (rows, lines) = (70_000usize, 3usize);
    let mut state = 99u64;
    let mut next = || {
        state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((state >> 33) % 401) as i64
    };
    let values: Vec<Vec<i64>> = (0..lines).map(|_| (0..rows).map(|_| 25_000 * next()).collect()).collect();
    let steps: Vec<column::Column> = values
        .iter()
        .map(|c| {
            let mut column = column::Column::for_grid(0, 10_000_000, 25_000);
            c.iter().for_each(|v| column.push(*v));
            assert!(matches!(column, column::Column::Steps { .. }));
            column
        })
        .collect();
    let numbers: Vec<Vec<f64>> = values.iter().map(|c| c.iter().map(|v| *v as f64).collect()).collect();
    let a = Profile::from_encoded(ids(lines), steps).expect("profile");
    let b = Profile::from_columns(ids(lines), numbers).expect("profile");
    let options = ShareOptions { bins: 20, baselines: Some(vec![5_000_000.0; lines]) };
    let weights: Vec<f64> = (0..rows).map(|i| 0.5 + (i % 3) as f64).collect();
    for w in [None, Some(weights.as_slice())] {
        assert_eq!(summarize_shares(&a, w, &options), summarize_shares(&b, w, &options));
    }
    assert_eq!(a, b, "the same values, however they are stored");
    assert_eq!(a.row(17), b.row(17));
    assert_eq!(a.column(2), b.column(2));
}

/// A report of `data` from a [`ReportInput`], its columns spilled to `spill` when given.
fn report_via_input(
    budget: &Budget,
    data: &[(Allocation, BTreeMap<String, String>)],
    options: &ReportOptions,
    spill: Option<&std::sync::Arc<spill::tests::MemorySpill>>,
) -> Result<BudgetReport, ReportError> {
    let mut input = ReportInput::new(budget, options)?;
    if let Some(s) = spill {
        input = input.spill_to(budget, spill::SpillArea::new(s.clone()));
    }
    for (allocation, answers) in data {
        input.push(allocation, answers);
    }
    input.finish(budget, options, &|| true)
}

#[test]
fn a_report_is_the_same_whether_its_columns_are_spilled_or_held() {
    let budget = ward_budget();
    // Over the threads' threshold (65,536 rows), over many blocks, with a last block part full.
    let rows = made_up_residents(70_123, 99, &[Some("north"), Some("south"), None]);
    let mut off_grid = rows[..5_000].to_vec();
    off_grid[4_100].0 = 65;
    off_grid[10].2 = 5_000;
    let options = every_kind_of_report(5);
    for rows in [&rows, &off_grid] {
        let data = responses(rows);
        for o in &options {
            let held = report(&budget, &as_responses(&data), o).expect("report");
            let spill = std::sync::Arc::new(spill::tests::MemorySpill::default());
            let spilled = report_via_input(&budget, &data, o, Some(&spill)).expect("report");
            assert_eq!(held, spilled);
            let written = spill.bytes.lock().map(|b| b.len()).unwrap_or(0);
            if spilled.submissions >= 2_048 {
                assert!(written >= 3 * 2_048, "every line's full blocks went to the spill: {written}");
            }
        }
    }
    // The public figures too.
    let data = responses(&rows);
    let held = public_figures(&budget, &as_responses(&data)).expect("figures");
    let spill = std::sync::Arc::new(spill::tests::MemorySpill::default());
    let mut columns = PublicColumns::new(&budget).spill_to(&budget, spill::SpillArea::new(spill.clone()));
    for (allocation, _) in &data {
        columns.push(|id| allocation.get(id).copied());
    }
    assert_eq!(columns.finish(&budget).expect("figures"), held);
}

#[test]
fn a_spill_that_fails_fails_the_report_never_a_figure() {
    let budget = ward_budget();
    let rows: Vec<(i64, i64, i64, Option<&str>)> = (0..5_000).map(|i| (10 * (i % 11), 50, 20, None)).collect();
    let data = responses(&rows);
    let spill = std::sync::Arc::new(spill::tests::MemorySpill::default());
    spill.broken.store(true, std::sync::atomic::Ordering::Relaxed);
    let failed = report_via_input(&budget, &data, &ReportOptions::default(), Some(&spill));
    assert_eq!(failed, Err(ReportError::Aggregate(AggregateError::Spill("no space left on device".into()))));
    let mut columns = PublicColumns::new(&budget).spill_to(&budget, spill::SpillArea::new(spill.clone()));
    for (allocation, _) in &data {
        columns.push(|id| allocation.get(id).copied());
    }
    assert!(matches!(columns.finish(&budget), Err(AggregateError::Spill(_))));
}

#[test]
fn a_weighted_report_weighs_each_submission_as_poststratify_does() {
    let budget = ward_budget();
    // Uneven wards (and answers no option has), so the weights differ from 1.
    let wards = [Some("north"), Some("north"), Some("north"), Some("south"), None, Some("east")];
    let rows = made_up_residents(9_000, 7, &wards);
    let data = responses(&rows);
    let options = ReportOptions { weight_by: Some("ward".into()), ..ReportOptions::default() };
    let r = report(&budget, &as_responses(&data), &options).expect("report");

    // The reference: one weight per submission from `poststratify`, then the shares' summary.
    let question = budget.question("ward").expect("ward");
    let (weights, how) =
        poststratify(question, data.iter().map(|(_, answers)| answers.get("ward").map(String::as_str)))
            .expect("weights");
    assert_eq!(r.weighting, Some(how));
    let spending: Vec<Vec<f64>> = rows.iter().map(|r| vec![r.0 as f64, r.1 as f64]).collect();
    let profile = Profile::from_rows(vec!["parks".into(), "roads".into()], &spending).expect("profile");
    let expected = summarize_shares(
        &profile,
        Some(&weights),
        &ShareOptions { bins: options.bins, baselines: Some(vec![60.0, 40.0]) },
    )
    .expect("summary");
    for (k, id) in ["parks", "roads"].iter().enumerate() {
        let line = r.lines.iter().find(|l| l.id == *id).expect("line");
        assert_eq!(line.share.as_ref().map(|s| &s.stats), Some(&expected.lines[k]), "{id}");
    }
    assert_eq!(r.t_star, Some(expected.t_star));
    // Bootstrapped, each replicate weighs each submission as the same replicate of those weights.
    let b = BootstrapOptions { replicates: 8, ..BootstrapOptions::default() };
    let bootstrapped = ReportOptions { bootstrap: Some(b), ..options.clone() };
    let r_b = report(&budget, &as_responses(&data), &bootstrapped).expect("report");
    let intervals = bootstrap(&profile, Some(&weights), &b).expect("intervals");
    for (k, id) in ["parks", "roads"].iter().enumerate() {
        let line = r_b.lines.iter().find(|l| l.id == *id).expect("line");
        assert_eq!(line.share.as_ref().and_then(|s| s.intervals.as_ref()), Some(&intervals[k]), "{id}");
    }
    // The mean amount too: each submission counted with its weight.
    let mass: f64 = weights.iter().sum();
    let fees: f64 = rows.iter().zip(&weights).map(|(r, w)| r.2 as f64 * w).sum();
    assert!(close(r.lines[2].mean_value, fees / mass), "{} against {}", r.lines[2].mean_value, fees / mass);
}
