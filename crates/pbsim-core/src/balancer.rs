//! "Balance it for me": the smallest fair change that brings an out-of-balance allocation back
//! within the budget's rule, moving only the lines the resident has not touched.
//!
//! The rule, so that the page and any other client propose the same thing:
//!
//! - Only *free* lines move: a line is free when it is still at its baseline, the caller has not
//!   named it as touched or locked, its range lets it move the way the gap needs, and it is not a
//!   tax rate (unless the budget file's `[balance] helper_moves_rates` says so).
//! - The gap is closed to zero for a `balanced` rule, and just to the allowed limit for a deficit or
//!   surplus rule (a one-sided rule does not ask for more).
//! - Each free line takes a share of the gap in proportion to its size (its money this year), capped
//!   at what its range allows, with what a capped line could not take shared again among the others.
//! - Each share is rounded down to the line's step; the cents those roundings left are then made up
//!   one step at a time, by the line whose rounding left the most behind, without passing the rule's
//!   far limit. A gap that no combination found this way closes is reported, never forced.
//!
//! Everything is integer arithmetic (money in minor units, rates in micro-percent), so a proposal
//! is the same on every machine. The result is either the exact list of changes or the reason
//! there is none ([`CannotBalance`]).

use crate::budget::{Allocation, BalanceProblem, BalanceRule, Budget, Line, LineKind};
use crate::money::Money;

/// One line's move in a proposal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    /// The line's id.
    pub line: String,
    /// Its value now (the baseline: only untouched lines move).
    pub from: i64,
    /// The value proposed, on the line's grid and within its range.
    pub to: i64,
}

/// What "Balance it for me" would do: every line it moves, in display order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    /// The moves, at least one.
    pub changes: Vec<Change>,
}

impl Proposal {
    /// The allocation with the proposal applied.
    pub fn apply(&self, allocation: &Allocation) -> Allocation {
        let mut after = allocation.clone();
        for c in &self.changes {
            after.insert(c.line.clone(), c.to);
        }
        after
    }
}

/// Why no proposal exists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CannotBalance {
    /// The budget already meets its rule: there is nothing to close.
    AlreadyBalanced,
    /// The budget balances but the rule asks the resident to change something first; the helper
    /// does not choose for them.
    NothingChanged,
    /// Every line that could close the gap has been moved or is locked (or is a tax rate the
    /// helper may not move).
    NoFreeLine,
    /// Even at their limits, the free lines close only part of the gap.
    NotEnoughRoom {
        /// What would be left once every free line reached its limit.
        short_by: Money,
    },
    /// The free lines' steps cannot make up the gap exactly enough for the rule.
    StepsDoNotFit {
        /// How far from the rule the nearest proposal found stays.
        off_by: Money,
    },
}

/// Upper bound used for one-sided rules, which accept any amount past their limit.
const NO_LIMIT: i128 = i128::MAX / 4;

/// A line the helper may move, seen as "steps taken in the direction that closes the gap".
struct Free<'a> {
    line: &'a Line,
    /// Display position: ties go to the line shown first.
    order: usize,
    /// +1 when closing the gap raises the value, -1 when it lowers it.
    direction: i64,
    /// The most steps the range allows in that direction.
    max_steps: i64,
    /// Its money this year (the weight of its share).
    size: i128,
    /// Steps taken so far.
    steps: i64,
    /// Its share of the gap (money), before rounding to the grid.
    share: i128,
}

impl Free<'_> {
    fn value_at(&self, steps: i64) -> i64 {
        self.line.baseline + self.direction * steps * self.line.step
    }

    /// How much `steps` steps close of the gap, in money: always non-negative and non-decreasing.
    fn closes(&self, steps: i64) -> i128 {
        let base = i128::from(self.line.money(self.line.baseline).0);
        let moved = i128::from(self.line.money(self.value_at(steps)).0);
        (moved - base).abs()
    }

    /// The most steps whose money does not pass `amount` (binary search: `closes` is monotone).
    fn steps_within(&self, amount: i128) -> i64 {
        let (mut lo, mut hi) = (0, self.max_steps);
        while lo < hi {
            let mid = lo + (hi - lo + 1) / 2;
            if self.closes(mid) <= amount { lo = mid } else { hi = mid - 1 }
        }
        lo
    }
}

impl Budget {
    /// What "Balance it for me" proposes for `allocation`, never moving a line in `keep` (the lines
    /// the resident touched or locked; lines away from their baseline are never moved either).
    /// See the module's documentation for the rule.
    ///
    /// `keep` is a plain list rather than a set: it is short, and a set type of its own would cost
    /// the residents' page kilobytes of wasm.
    pub fn balance_for_me(&self, allocation: &Allocation, keep: &[String]) -> Result<Proposal, CannotBalance> {
        let balance = i128::from(self.totals(allocation).balance.0);
        let problem = match self.balance_problem(allocation) {
            None => return Err(CannotBalance::AlreadyBalanced),
            Some(BalanceProblem::Unchanged) => return Err(CannotBalance::NothingChanged),
            Some(p) => p,
        };
        // `raise`: the balance must go up (a deficit). `least`..=`most`: how much it must move, and
        // `target` what the helper aims for within that window.
        let raise = matches!(problem, BalanceProblem::Deficit { .. });
        let (least, most, target) = match (self.balance.rule, raise) {
            (BalanceRule::Balanced { tolerance }, true) => {
                let t = i128::from(tolerance.0);
                (-t - balance, t - balance, -balance)
            }
            (BalanceRule::Balanced { tolerance }, false) => {
                let t = i128::from(tolerance.0);
                (balance - t, balance + t, balance)
            }
            (BalanceRule::DeficitAllowed { max_deficit }, _) => {
                let least = -i128::from(max_deficit.0) - balance;
                (least, NO_LIMIT, least)
            }
            (BalanceRule::SurplusAllowed, _) => (-balance, NO_LIMIT, -balance),
        };

        let mut free: Vec<Free<'_>> = self
            .lines()
            .enumerate()
            .filter_map(|(order, line)| {
                let value = allocation.get(&line.id).copied().unwrap_or(line.baseline);
                let rate = matches!(line.kind, LineKind::TaxRate { .. });
                if value != line.baseline || keep.contains(&line.id) || rate && !self.balance.helper_moves_rates {
                    return None;
                }
                // Raising the balance lowers spending and raises revenue, and the other way round.
                let direction = if raise == line.is_revenue() { 1 } else { -1 };
                let room = if direction > 0 { line.max - line.baseline } else { line.baseline - line.min };
                let max_steps = room / line.step;
                let size = i128::from(line.money(line.baseline).0).max(0);
                let f = Free { line, order, direction, max_steps, size, steps: 0, share: 0 };
                (max_steps > 0 && f.closes(max_steps) > 0).then_some(f)
            })
            .collect();
        if free.is_empty() {
            return Err(CannotBalance::NoFreeLine);
        }
        let room: i128 = free.iter().map(|f| f.closes(f.max_steps)).sum();
        if room < least {
            return Err(CannotBalance::NotEnoughRoom { short_by: money(least - room) });
        }

        share_in_proportion(&mut free, target.min(room));
        for f in &mut free {
            f.steps = f.steps_within(f.share);
        }
        let mut closed: i128 = free.iter().map(|f| f.closes(f.steps)).sum();
        // Make up what rounding down left, one step at a time, by the line furthest below its share.
        while closed < target {
            let next = free
                .iter_mut()
                .filter(|f| f.steps < f.max_steps)
                .map(|f| {
                    let gain = f.closes(f.steps + 1) - f.closes(f.steps);
                    let behind = f.share - f.closes(f.steps);
                    (f, gain, behind)
                })
                .filter(|(_, gain, _)| *gain > 0 && closed + gain <= most)
                .max_by_key(|(f, _, behind)| (*behind, std::cmp::Reverse(f.order)));
            let Some((f, gain, _)) = next else { break };
            f.steps += 1;
            closed += gain;
        }
        if closed < least {
            return Err(CannotBalance::StepsDoNotFit { off_by: money(least - closed) });
        }

        // `free` is still in display order (it was never reordered): no sort, which would cost
        // the page a sort's code.
        let changes: Vec<Change> = free
            .iter()
            .filter(|f| f.steps > 0)
            .map(|f| Change { line: f.line.id.clone(), from: f.line.baseline, to: f.value_at(f.steps) })
            .collect();
        let proposal = Proposal { changes };
        // The window arithmetic above and `balance_problem` state the rule twice; this is the
        // rule's own word on the result.
        match self.balance_problem(&proposal.apply(allocation)) {
            None => Ok(proposal),
            Some(_) => Err(CannotBalance::StepsDoNotFit { off_by: money(least - closed) }),
        }
    }
}

/// Splits `amount` among the lines in proportion to their size, none beyond its room; what a
/// capped line cannot take goes to the others, in proportion again. Lines of size zero share
/// only what the sized ones cannot take, by room.
fn share_in_proportion(free: &mut [Free<'_>], amount: i128) {
    let mut capped = vec![false; free.len()];
    let mut left = amount;
    for weigh_by_room in [false, true] {
        loop {
            let weight = |f: &Free<'_>| if weigh_by_room { f.closes(f.max_steps) } else { f.size };
            let total: i128 = free.iter().zip(&capped).filter(|(_, c)| !**c).map(|(f, _)| weight(f)).sum();
            if left <= 0 || total <= 0 {
                break;
            }
            // A line whose proportional share passes its room is capped there; then share again.
            let mut newly_capped = false;
            for (f, c) in free.iter_mut().zip(capped.iter_mut()) {
                let room = f.closes(f.max_steps) - f.share;
                if !*c && left * weight(f) / total >= room {
                    f.share += room;
                    *c = true;
                    newly_capped = true;
                }
            }
            if newly_capped {
                left = amount - free.iter().map(|f| f.share).sum::<i128>();
                continue;
            }
            for (f, c) in free.iter_mut().zip(&capped) {
                if !*c {
                    f.share += left * weight(f) / total;
                }
            }
            left = amount - free.iter().map(|f| f.share).sum::<i128>();
            break;
        }
    }
}

fn money(amount: i128) -> Money {
    Money(i64::try_from(amount).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests;
