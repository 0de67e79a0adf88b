//! Tests of "Balance it for me": hand-worked cases, one line each, then properties over generated
//! budgets and moves.

use super::*;
use crate::budget::{Balance, BalanceRule};
use proptest::prelude::*;

/// A line as the cases write it: `(id, type, baseline, min, max, step)`.
type Spec<'a> = (&'a str, &'a str, i64, i64, i64, i64);

/// A budget of `lines`, balanced at baseline (other revenue or spending makes up the difference).
fn budget(lines: &[Spec<'_>], balance: &str) -> Budget {
    let text = |balance: &str, other_revenue: i64, other_spending: i64| {
        let mut text = format!(
            "id = \"t\"\ntitle = {{ en = \"T\", fr = \"T\" }}\nother_revenue = {other_revenue}\n\
             other_spending = {other_spending}\n[source]\nname = \"test\"\n{balance}\n\
             [household]\nassessed_value = 300_000_00\n[[sections]]\nid = \"s\"\ntitle = {{ en = \"S\", fr = \"S\" }}\n"
        );
        for (id, kind, baseline, min, max, step) in lines {
            let tax_base = if *kind == "tax_rate" { "tax_base = 1_000_000_000_00\n" } else { "" };
            text += &format!(
                "[[sections.lines]]\nid = \"{id}\"\nlabel = {{ en = \"{id}\", fr = \"{id}\" }}\ntype = \"{kind}\"\n\
                 {tax_base}baseline = {baseline}\nmin = {min}\nmax = {max}\nstep = {step}\n"
            );
        }
        text
    };
    let load = |text: String| Budget::from_toml(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    // Loaded once with a rule any budget meets, to learn its balance at baseline.
    let open = load(text("[balance]\nrule = \"deficit_allowed\"\nmax_deficit = 1_000_000_000_000_000", 0, 0));
    let gap = open.totals(&open.baseline_allocation()).balance.0;
    load(text(balance, (-gap).max(0), gap.max(0)))
}

/// Moves `moves` on `b`, asks for a proposal keeping `keep`, and compares it with `expected`:
/// the changed lines' new values, or the reason.
fn check(b: &Budget, moves: &[(&str, i64)], keep: &[&str], expected: Result<&[(&str, i64)], CannotBalance>) {
    let mut allocation = b.baseline_allocation();
    for (id, v) in moves {
        allocation.insert((*id).to_owned(), *v);
    }
    let keep: Vec<String> = keep.iter().map(|k| (*k).to_owned()).collect();
    let got = b.balance_for_me(&allocation, &keep);
    let got = got.map(|p| {
        assert_eq!(b.balance_problem(&p.apply(&allocation)), None, "not balanced after: {p:?}");
        p.changes.iter().map(|c| (c.line.clone(), c.to)).collect::<Vec<_>>()
    });
    let expected = expected.map(|e| e.iter().map(|(id, v)| ((*id).to_owned(), *v)).collect::<Vec<_>>());
    assert_eq!(got, expected);
}

const ABC: &[Spec<'_>] =
    &[("a", "spending", 600, 0, 1000, 10), ("b", "spending", 300, 0, 1000, 10), ("c", "spending", 100, 0, 1000, 10)];
const BALANCED: &str = "[balance]\nrule = \"balanced\"";

#[test]
fn a_raise_is_taken_from_the_untouched_lines_in_proportion_to_their_size() {
    // 60 shared 300:100 is 45 and 15; rounded down to steps of 10 that is 40 and 10, and the 10 left
    // goes to the first line of the two left equally short.
    check(&budget(ABC, BALANCED), &[("a", 660)], &[], Ok(&[("b", 250), ("c", 90)]));
    // A cut is spread the same way the other direction.
    check(&budget(ABC, BALANCED), &[("a", 540)], &[], Ok(&[("b", 350), ("c", 110)]));
    // Moving the small line leaves the gap to the big ones: 20 shared 600:300.
    check(&budget(ABC, BALANCED), &[("c", 120)], &[], Ok(&[("a", 590), ("b", 290)]));
}

#[test]
fn a_line_at_its_limit_passes_the_rest_of_its_share_on() {
    let b = budget(&[ABC[0], ("b", "spending", 300, 280, 1000, 10), ABC[2]], BALANCED);
    check(&b, &[("a", 660)], &[], Ok(&[("b", 280), ("c", 60)]));
}

#[test]
fn moved_kept_and_locked_lines_stay_where_they_are() {
    let b = budget(ABC, BALANCED);
    check(&b, &[("a", 660)], &["b"], Ok(&[("c", 40)]));
    check(&b, &[("a", 660), ("b", 280)], &[], Ok(&[("c", 60)]));
    // A line whose range is its baseline cannot move at all.
    let locked = budget(&[ABC[0], ("b", "spending", 300, 300, 300, 10), ABC[2]], BALANCED);
    check(&locked, &[("a", 660)], &[], Ok(&[("c", 40)]));
    check(&b, &[("a", 660)], &["b", "c"], Err(CannotBalance::NoFreeLine));
}

#[test]
fn revenue_rises_and_spending_falls_together_for_a_deficit() {
    let b = budget(&[("a", "spending", 600, 0, 1000, 10), ("fees", "revenue", 300, 0, 1000, 10), ABC[2]], BALANCED);
    check(&b, &[("a", 680)], &[], Ok(&[("fees", 360), ("c", 80)]));
}

#[test]
fn tax_rates_move_only_when_the_budget_file_allows_it() {
    let rate = ("rate", "tax_rate", 500_000, 0, 1_000_000, 1_000);
    let a = ("a", "spending", 600_000_00, 0, 1_000_000_00, 10_00);
    check(&budget(&[a, rate], BALANCED), &[("a", 610_000_00)], &[], Err(CannotBalance::NoFreeLine));
    // 1,000 micro-percent of a $1bn base is $10,000: one step closes the gap exactly.
    let allowed = budget(&[a, rate], &format!("{BALANCED}\nhelper_moves_rates = true"));
    check(&allowed, &[("a", 610_000_00)], &[], Ok(&[("rate", 501_000)]));
}

#[test]
fn a_gap_that_cannot_be_closed_says_why() {
    let b = budget(ABC, BALANCED);
    check(&b, &[], &[], Err(CannotBalance::AlreadyBalanced));
    let must = budget(ABC, "[balance]\nrule = \"balanced\"\nmust_change = true");
    check(&must, &[], &[], Err(CannotBalance::NothingChanged));
    let tight =
        budget(&[ABC[0], ("b", "spending", 300, 280, 1000, 10), ("c", "spending", 100, 90, 1000, 10)], BALANCED);
    check(&tight, &[("a", 660)], &[], Err(CannotBalance::NotEnoughRoom { short_by: Money(30) }));
    // Steps of 20 cannot make up 10 within a tolerance of 5.
    let coarse = budget(
        &[ABC[0], ("b", "spending", 300, 0, 1000, 20), ("c", "spending", 100, 0, 1000, 20)],
        "[balance]\nrule = \"balanced\"\ntolerance = 5",
    );
    check(&coarse, &[("a", 610)], &[], Err(CannotBalance::StepsDoNotFit { off_by: Money(5) }));
}

#[test]
fn a_one_sided_rule_is_met_without_going_further() {
    let b = budget(ABC, "[balance]\nrule = \"deficit_allowed\"\nmax_deficit = 20");
    // A deficit of 60 where 20 is allowed: 40 is closed, 30:10.
    check(&b, &[("a", 660)], &[], Ok(&[("b", 270), ("c", 90)]));
    check(&b, &[("a", 540)], &[], Err(CannotBalance::AlreadyBalanced));
    let s = budget(ABC, "[balance]\nrule = \"surplus_allowed\"");
    check(&s, &[("a", 630)], &[], Ok(&[("b", 280), ("c", 90)]));
}

#[test]
fn the_austin_demo_balances_a_raise_to_police() {
    let b = Budget::from_toml(include_str!("../../../../budgets/austin-fy2017.toml")).unwrap_or_else(|e| panic!("{e}"));
    let police = b.line("police").map_or(0, |l| l.baseline + 4 * l.step);
    let mut allocation = b.baseline_allocation();
    allocation.insert("police".into(), police);
    let p = b.balance_for_me(&allocation, &[]).unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(b.balance_problem(&p.apply(&allocation)), None);
    // Fire is the largest of the others, so it gives the most.
    let cut = |id: &str| p.changes.iter().find(|c| c.line == id).map_or(0, |c| c.from - c.to);
    assert!(cut("fire") >= cut("ems") && cut("ems") >= cut("planning-zoning"), "{p:?}");
}

/// A generated line: kind (0 spending, 1 revenue, 2 tax rate), step, steps below and above the
/// baseline, and steps of min above zero.
fn line_spec() -> impl Strategy<Value = (u8, i64, i64, i64, i64)> {
    (
        prop_oneof![6 => Just(0u8), 3 => Just(1u8), 1 => Just(2u8)],
        prop_oneof![Just(1i64), Just(5), Just(100), Just(2_500), 1i64..50_000],
        0i64..60,
        0i64..60,
        0i64..40,
    )
}

fn rule() -> impl Strategy<Value = BalanceRule> {
    prop_oneof![
        3 => Just(BalanceRule::Balanced { tolerance: Money(0) }),
        2 => (0i64..5_000).prop_map(|t| BalanceRule::Balanced { tolerance: Money(t) }),
        1 => (0i64..50_000).prop_map(|d| BalanceRule::DeficitAllowed { max_deficit: Money(d) }),
        1 => Just(BalanceRule::SurplusAllowed),
    ]
}

/// A generated budget, balanced at baseline, and a resident's moves (each line's new position in
/// its range, as a fraction, or untouched) and kept lines.
fn case() -> impl Strategy<Value = (Budget, Allocation, Vec<String>)> {
    (
        proptest::collection::vec(
            (line_spec(), proptest::option::weighted(0.35, 0u32..=100), proptest::bool::weighted(0.15)),
            2..10,
        ),
        rule(),
        any::<bool>(),
    )
        .prop_map(|(lines, rule, rates)| {
            let specs: Vec<(String, &str, i64, i64, i64, i64)> = lines
                .iter()
                .enumerate()
                .map(|(i, ((kind, step, below, above, floor), _, _))| {
                    let kind = ["spending", "revenue", "tax_rate"][usize::from(*kind)];
                    let step = if kind == "tax_rate" { step % 1_000 + 1 } else { *step };
                    let min = floor * step;
                    (format!("l{i}"), kind, min + below * step, min, min + (below + above) * step, step)
                })
                .collect();
            let specs: Vec<Spec<'_>> =
                specs.iter().map(|(id, k, b, lo, hi, s)| (id.as_str(), *k, *b, *lo, *hi, *s)).collect();
            let mut b = budget(&specs, BALANCED);
            b.balance = Balance { rule, must_change: false, helper_moves_rates: rates };
            let mut allocation = b.baseline_allocation();
            let mut keep = Vec::new();
            for (line, (_, moved, kept)) in b.lines().zip(&lines) {
                if let Some(at) = moved {
                    let steps = (line.max - line.min) / line.step * i64::from(*at) / 100;
                    allocation.insert(line.id.clone(), line.min + steps * line.step);
                }
                if *kept {
                    keep.push(line.id.clone());
                }
            }
            (b, allocation, keep)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    /// Balanced after, every moved line on its grid and in range, and only free lines moved.
    #[test]
    fn a_proposal_balances_and_moves_only_untouched_lines_within_their_bounds((b, allocation, keep) in case()) {
        match b.balance_for_me(&allocation, &keep) {
            Ok(p) => {
                prop_assert!(!p.changes.is_empty());
                prop_assert_eq!(b.balance_problem(&p.apply(&allocation)), None);
                for c in &p.changes {
                    let line = b.line(&c.line).ok_or_else(|| TestCaseError::fail("unknown line"))?;
                    prop_assert!(line.accepts(c.to), "{} off its grid or range: {}", c.line, c.to);
                    prop_assert_eq!(c.from, line.baseline);
                    prop_assert_eq!(allocation.get(&c.line).copied(), Some(line.baseline), "{} was moved", &c.line);
                    prop_assert!(!keep.contains(&c.line), "{} was kept", &c.line);
                    prop_assert!(c.to != c.from);
                    let rate = matches!(line.kind, LineKind::TaxRate { .. });
                    prop_assert!(b.balance.helper_moves_rates || !rate, "a tax rate moved");
                }
            }
            Err(CannotBalance::AlreadyBalanced) => prop_assert_eq!(b.balance_problem(&allocation), None),
            Err(CannotBalance::NotEnoughRoom { short_by }) => {
                // Every free line at its limit still leaves the budget out of balance.
                prop_assert!(short_by > Money::ZERO);
                let mut extreme = allocation.clone();
                let raise = matches!(b.balance_problem(&allocation), Some(BalanceProblem::Deficit { .. }));
                for line in b.lines() {
                    let free = allocation.get(&line.id) == Some(&line.baseline) && !keep.contains(&line.id)
                        && (b.balance.helper_moves_rates || !matches!(line.kind, LineKind::TaxRate { .. }));
                    if free {
                        extreme.insert(line.id.clone(), if raise == line.is_revenue() { line.max } else { line.min });
                    }
                }
                prop_assert!(b.balance_problem(&extreme).is_some());
            }
            Err(_) => {}
        }
    }

    /// With steps of one cent and room enough, a proposal always exists.
    #[test]
    fn fine_steps_and_enough_room_always_balance(sizes in proptest::collection::vec(1i64..1_000_000, 2..8), raise in 1i64..1_000_000) {
        let specs: Vec<(String, i64)> = sizes.iter().enumerate().map(|(i, s)| (format!("l{i}"), *s)).collect();
        let lines: Vec<Spec<'_>> = specs.iter().map(|(id, s)| (id.as_str(), "spending", *s, 0, 3 * s + 2_000_000, 1)).collect();
        let b = budget(&lines, BALANCED);
        let mut allocation = b.baseline_allocation();
        let first = &b.sections[0].lines[0];
        allocation.insert(first.id.clone(), first.baseline + raise);
        let room: i64 = sizes[1..].iter().sum();
        match b.balance_for_me(&allocation, &[]) {
            Ok(p) => prop_assert_eq!(b.balance_problem(&p.apply(&allocation)), None),
            Err(e) => prop_assert!(room < raise && e == CannotBalance::NotEnoughRoom { short_by: Money(raise - room) }, "{e:?}"),
        }
    }
}
