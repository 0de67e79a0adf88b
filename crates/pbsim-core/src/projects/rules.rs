//! The rules that turn ballots into funded projects: greedy and the Method of Equal Shares.
//!
//! Each rule follows pabutools (`greedy_utilitarian_welfare`, `method_of_equal_shares`,
//! `completion_by_rule_combination`) step for step where a step can change the outcome, so the
//! two agree on every election, ties included; `scripts/pabutools-agreement` checks that on real
//! Pabulib elections. Where pabutools' code would be slow we compute the same numbers another way:
//!
//! - Voters who cast the same ballot are one group with a multiplicity (pabutools' multiprofile):
//!   they always hold the same share, so the rule's outcome is the same.
//! - Voters who held the same share pay the same: a project's supporters are summarised as
//!   (share, satisfaction, count) before any arithmetic runs, and a payment is computed once per
//!   distinct (share, satisfaction).
//! - Shares and prices are [`Num`]s: floats that know their exact fraction only when a comparison
//!   needs it, so the thousands-of-digits fractions MES produces are rarely computed.
//!
//! Money is integer minor units; shares and prices are exact fractions, compared exactly.

use super::exact::{Iv, Num, Q};
use super::{Ballot, Election};
use crate::money::Money;
use serde::Serialize;
use std::cmp::Ordering;
use std::collections::{BTreeMap, HashMap};

/// How to choose the funded projects.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Rule {
    /// Most votes first (approvals, or points), skipping what no longer fits; ties go to the id
    /// that sorts first.
    Greedy,
    /// The Method of Equal Shares, with satisfaction = cost for approval ballots and = points for
    /// cumulative and ranked ones.
    EqualShares {
        /// What to do with the money MES leaves unspent.
        completion: Completion,
    },
}

/// How the Method of Equal Shares spends what it leaves unspent.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Completion {
    /// Nothing: the outcome of MES itself.
    None,
    /// Add1, as on equalshares.net and in Wieliczka, Świecie and Aarau: rerun MES with every
    /// voter's share raised by one currency unit (100 minor units) at a time, keep the last
    /// outcome that fits the real amount (stopping early at one that leaves no project
    /// affordable), then fund what still fits, greedily.
    Add1,
}

/// One funded project.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Winner {
    /// The project's index in the election.
    #[serde(skip)]
    pub index: usize,
    /// The project's id.
    pub id: String,
    /// How many ballots name it.
    pub votes: u64,
    /// Its score: approvals, or points.
    pub score: u64,
    /// What it costs.
    pub cost: Money,
}

/// Who wins under a rule.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Outcome {
    /// The rule applied.
    #[serde(flatten)]
    pub rule: Rule,
    /// The funded projects, in the order the rule chose them.
    pub winners: Vec<Winner>,
    /// The amount available.
    pub budget: Money,
    /// What the funded projects cost together.
    pub cost: Money,
    /// What the rule leaves unspent.
    pub unspent: Money,
    /// For MES with Add1, how much every voter's share was raised above an equal split of the
    /// amount in the outcome kept.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub share_raised_by: Option<Money>,
}

/// Who wins `election` under `rule`.
pub fn select(election: &Election, rule: Rule) -> Outcome {
    let prep = Prepared::new(election);
    let budget = election.budget.cents();
    let (chosen, raised) = match rule {
        Rule::Greedy => (greedy(&prep, budget, Vec::new()), None),
        Rule::EqualShares { completion: Completion::None } => (equal_shares(&prep, budget, None).0, None),
        Rule::EqualShares { completion: Completion::Add1 } => {
            let (chosen, raised) = equal_shares(&prep, budget, Some(ADD1_STEP));
            let chosen = if prep.is_exhaustive(&chosen, budget, None) { chosen } else { greedy(&prep, budget, chosen) };
            (chosen, raised.map(Money))
        }
    };
    let supporters = election.supporters();
    let scores = election.scores();
    let winners: Vec<Winner> = chosen
        .iter()
        .map(|&p| Winner {
            index: p,
            id: election.projects[p].id.clone(),
            votes: supporters[p],
            score: scores[p],
            cost: election.projects[p].cost,
        })
        .collect();
    let cost: Money = winners.iter().map(|w| w.cost).sum();
    Outcome { rule, winners, budget: election.budget, cost, unspent: election.budget - cost, share_raised_by: raised }
}

/// One currency unit, in minor units: Add1's step.
const ADD1_STEP: i64 = 100;

/// The election in the shape the rules work on.
struct Prepared {
    /// Costs in minor units, by project index.
    cost: Vec<i64>,
    /// Greedy's key by project: approvals or points (pabutools: total satisfaction per unit cost
    /// with satisfaction = cost × votes, which is the votes; zero for a project that costs nothing).
    greedy_key: Vec<u128>,
    /// Each project's position when ids are sorted: ties go to the lowest.
    rank: Vec<usize>,
    /// Multiplicity of each distinct ballot.
    mult: Vec<u64>,
    /// Per project, total satisfaction over all voters.
    total_sat: Vec<i128>,
    /// Per project, its supporters by satisfaction: (satisfaction, distinct ballots). One class
    /// for approval ballots; a few for points.
    classes: Vec<Vec<(u64, Vec<u32>)>>,
    /// Number of voters.
    voters: u64,
}

impl Prepared {
    fn new(election: &Election) -> Prepared {
        let n = election.projects.len();
        let cost: Vec<i64> = election.projects.iter().map(|p| p.cost.cents()).collect();
        let mut by_id: Vec<usize> = (0..n).collect();
        by_id.sort_by(|&a, &b| election.projects[a].id.cmp(&election.projects[b].id));
        let mut rank = vec![0; n];
        for (r, &p) in by_id.iter().enumerate() {
            rank[p] = r;
        }
        // Distinct ballots with their multiplicity; a ballot is its (project, satisfaction) list.
        // MES's satisfaction is the cost for approval ballots (pabutools' Cost_Sat) and the points
        // otherwise (Additive_Cardinal_Sat); greedy's score is the approvals or the points.
        let mut distinct: HashMap<Vec<(u32, u64)>, usize> = HashMap::new();
        let mut mult: Vec<u64> = Vec::new();
        let mut supporters: Vec<Vec<(u32, u64)>> = vec![Vec::new(); n];
        let mut score = vec![0u128; n];
        for ballot in &election.ballots {
            let approval = matches!(ballot, Ballot::Approval(_));
            let mut items: Vec<(u32, u64)> = ballot
                .points()
                .into_iter()
                .filter(|&(p, _)| p < n)
                .map(|(p, points)| {
                    let sat = if approval { cost[p].max(0) as u64 } else { points };
                    (p as u32, sat)
                })
                .collect();
            for (p, points) in ballot.points() {
                if let Some(s) = score.get_mut(p) {
                    *s += u128::from(points);
                }
            }
            items.sort_unstable();
            items.dedup_by_key(|&mut (p, _)| p);
            items.retain(|&(_, sat)| sat > 0);
            let next = mult.len();
            let group = *distinct.entry(items.clone()).or_insert(next);
            if group == next {
                mult.push(0);
                for &(p, sat) in &items {
                    supporters[p as usize].push((group as u32, sat));
                }
            }
            mult[group] += 1;
        }
        let total_sat: Vec<i128> = supporters
            .iter()
            .map(|s| s.iter().map(|&(g, sat)| i128::from(mult[g as usize]) * i128::from(sat)).sum())
            .collect();
        let classes = supporters
            .iter()
            .map(|s| {
                let mut by_sat: BTreeMap<u64, Vec<u32>> = BTreeMap::new();
                for &(g, sat) in s {
                    by_sat.entry(sat).or_default().push(g);
                }
                by_sat.into_iter().collect()
            })
            .collect();
        let greedy_key = (0..n).map(|p| if cost[p] > 0 { score[p] } else { 0 }).collect();
        Prepared { cost, greedy_key, rank, mult, total_sat, classes, voters: election.ballots.len() as u64 }
    }

    fn total_cost(&self, chosen: &[usize]) -> i64 {
        chosen.iter().map(|&p| self.cost[p]).sum()
    }

    /// Whether no project (among `among`, or all) outside `chosen` fits in what `chosen` leaves.
    fn is_exhaustive(&self, chosen: &[usize], budget: i64, among: Option<&[usize]>) -> bool {
        let left = budget - self.total_cost(chosen);
        let all: Vec<usize>;
        let among = match among {
            Some(among) => among,
            None => {
                all = (0..self.cost.len()).collect();
                &all
            }
        };
        among.iter().all(|p| chosen.contains(p) || self.cost[*p] > left)
    }
}

/// Greedy from `chosen`: the rest by key (highest first, ties to the lowest id), each funded if it
/// fits in what is left.
fn greedy(prep: &Prepared, budget: i64, mut chosen: Vec<usize>) -> Vec<usize> {
    let mut left = budget - prep.total_cost(&chosen);
    let mut rest: Vec<usize> = (0..prep.cost.len()).filter(|p| !chosen.contains(p)).collect();
    rest.sort_by(|&a, &b| prep.greedy_key[b].cmp(&prep.greedy_key[a]).then(prep.rank[a].cmp(&prep.rank[b])));
    for p in rest {
        if prep.cost[p] <= left {
            chosen.push(p);
            left -= prep.cost[p];
        }
    }
    chosen
}

/// The Method of Equal Shares; with `step`, iterated: every voter's share raised by `step` until
/// the outcome no longer fits (then the previous one) or leaves no supported project affordable.
/// Returns the chosen projects and, when iterated, how much the kept outcome's shares were raised.
fn equal_shares(prep: &Prepared, budget: i64, step: Option<i64>) -> (Vec<usize>, Option<i64>) {
    if prep.voters == 0 {
        return (Vec::new(), step.map(|_| 0));
    }
    let n = prep.cost.len();
    // Supported projects that cost nothing are funded up front (pabutools does the same).
    let mut free: Vec<usize> = (0..n).filter(|&p| prep.total_sat[p] > 0 && prep.cost[p] == 0).collect();
    free.sort_by_key(|&p| prep.rank[p]);
    let candidates: Vec<usize> = (0..n).filter(|&p| prep.total_sat[p] > 0 && prep.cost[p] > 0).collect();
    let equal_split = Q::ratio(i128::from(budget), i128::from(prep.voters));
    let Some(step) = step else {
        return (Run::new(prep, equal_split, &candidates).finish(free), None);
    };
    let mut previous = (free.clone(), 0);
    let mut raised: i64 = 0;
    loop {
        let share = equal_split.add(&Q::int(i128::from(raised)));
        let outcome = Run::new(prep, share, &candidates).finish(free.clone());
        if prep.total_cost(&outcome) > budget {
            return (previous.0, Some(previous.1));
        }
        if prep.is_exhaustive(&outcome, budget, Some(&candidates)) {
            return (outcome, Some(raised));
        }
        previous = (outcome, raised);
        raised += step;
    }
}

/// One run of MES with a given starting share per voter.
struct Run<'a> {
    prep: &'a Prepared,
    /// The remaining shares; `level[g]` indexes the share of every voter of ballot `g`.
    shares: Vec<Num>,
    level: Vec<u32>,
    /// Projects still in the running.
    alive: Vec<usize>,
    /// The price per unit of satisfaction last computed for each project (a lower bound of the
    /// current one: shares only shrink), by project index.
    afford: Vec<Num>,
    /// Scratch for summarising a project's supporters, by level.
    counts: Vec<u128>,
    /// Scratch for a payment: the level each level moves to (`u32::MAX`: not yet known).
    moved: Vec<u32>,
}

impl<'a> Run<'a> {
    fn new(prep: &'a Prepared, share: Q, candidates: &[usize]) -> Run<'a> {
        let afford = (0..prep.cost.len())
            .map(|p| {
                if prep.total_sat[p] > 0 {
                    Num::exact(Q::ratio(i128::from(prep.cost[p]), prep.total_sat[p]))
                } else {
                    Num::int(0)
                }
            })
            .collect();
        Run {
            prep,
            // Level 0 is an empty share, level 1 the starting one.
            shares: vec![Num::int(0), Num::exact(share)],
            level: vec![1; prep.mult.len()],
            alive: candidates.to_vec(),
            afford,
            counts: vec![0, 0],
            moved: vec![u32::MAX, u32::MAX],
        }
    }

    fn push_level(&mut self, share: Num) -> u32 {
        self.shares.push(share);
        self.counts.push(0);
        self.moved.push(u32::MAX);
        (self.shares.len() - 1) as u32
    }

    /// A project's supporters as (share, satisfaction, how many voters), one entry per distinct
    /// pair, sorted by share per unit of satisfaction (ties in any order: they cannot change the
    /// price).
    fn summarise(&mut self, p: usize) -> Vec<(Num, u64, u128)> {
        let prep = self.prep;
        let mut out: Vec<(Iv, Num, u64, u128)> = Vec::new();
        let mut touched: Vec<u32> = Vec::new();
        for (sat, groups) in &prep.classes[p] {
            for &g in groups {
                let l = self.level[g as usize];
                let c = &mut self.counts[l as usize];
                if *c == 0 {
                    touched.push(l);
                }
                *c += u128::from(prep.mult[g as usize]);
            }
            let sat = *sat;
            out.extend(touched.drain(..).map(|l| {
                let m = std::mem::take(&mut self.counts[l as usize]);
                let share = self.shares[l as usize].clone();
                (share.iv().div_int(i128::from(sat)), share, sat, m)
            }));
        }
        out.sort_by(|a, b| {
            a.0.cmp(b.0).unwrap_or_else(|| {
                a.1.value().mul(&Q::int(i128::from(b.2))).cmp(&b.1.value().mul(&Q::int(i128::from(a.2))))
            })
        });
        out.into_iter().map(|(_, share, sat, m)| (share, sat, m)).collect()
    }

    /// Runs MES to the end; `chosen` holds what is funded before it starts.
    fn finish(mut self, mut chosen: Vec<usize>) -> Vec<usize> {
        let prep = self.prep;
        loop {
            let mut alive = std::mem::take(&mut self.alive);
            // By the low end of each last price: the break below needs no finer order.
            alive.sort_by(|&a, &b| self.afford[a].iv().low().total_cmp(&self.afford[b].iv().low()));
            let mut best: Option<Num> = None;
            let mut tied: Vec<usize> = Vec::new();
            let mut unaffordable: Vec<usize> = Vec::new();
            for &p in &alive {
                // Projects are visited by their last price, a lower bound of the current one: once
                // that is surely above the best price found, no later project can beat it. (Where
                // the floats cannot tell, visiting one more project changes nothing.)
                if let Some(best) = &best
                    && self.afford[p].iv().cmp(best.iv()) == Some(Ordering::Greater)
                {
                    break;
                }
                let groups = self.summarise(p);
                let cost = i128::from(prep.cost[p]);
                let available =
                    groups.iter().fold(Iv::int(0), |sum, (share, _, m)| sum.add(share.iv().mul_int(*m as i128)));
                let short = available.cmp(Iv::int(cost)).unwrap_or_else(|| {
                    let exact = groups
                        .iter()
                        .fold(Q::int(0), |sum, (share, _, m)| sum.add(&share.value().mul(&Q::int(*m as i128))));
                    exact.cmp(&Q::int(cost))
                }) == Ordering::Less;
                if short {
                    unaffordable.push(p);
                    continue;
                }
                // The price per unit of satisfaction at which the supporters pay for p: those whose
                // share is too small pay all they have, the others pay price × satisfaction.
                let mut paid = Iv::int(0);
                let mut sat_left = prep.total_sat[p];
                for (i, (share, sat, m)) in groups.iter().enumerate() {
                    let price_iv = Iv::int(cost).sub(paid).div_int(sat_left);
                    let make_price = || {
                        let poor = groups[..i].iter().map(|(s, _, m)| (s.clone(), *m)).collect();
                        Num::price(cost, poor, sat_left, price_iv)
                    };
                    let (fits, price) = match price_iv.mul_int(i128::from(*sat)).cmp(share.iv()) {
                        Some(order) => (order != Ordering::Greater, None),
                        None => {
                            let exact = make_price();
                            let due = exact.value().mul(&Q::int(i128::from(*sat)));
                            (due <= share.value(), Some(exact))
                        }
                    };
                    if fits {
                        let price = price.unwrap_or_else(make_price);
                        match best.as_ref().map(|b| price.cmp(b)) {
                            Some(Ordering::Greater) => {}
                            Some(Ordering::Equal) => tied.push(p),
                            _ => {
                                best = Some(price.clone());
                                tied = vec![p];
                            }
                        }
                        self.afford[p] = price;
                        break;
                    }
                    paid = paid.add(share.iv().mul_int(*m as i128));
                    sat_left -= *m as i128 * i128::from(*sat);
                }
            }
            alive.retain(|p| !unaffordable.contains(p));
            let (Some(price), Some(&winner)) = (best, tied.iter().min_by_key(|&&p| prep.rank[p])) else {
                return chosen;
            };
            alive.retain(|&p| p != winner);
            self.alive = alive;
            chosen.push(winner);
            // Each distinct (share, satisfaction) pays once; voters left with nothing share one
            // level, so they summarise as one group.
            for (sat, groups) in &prep.classes[winner] {
                let sat = *sat;
                let mut touched: Vec<u32> = Vec::new();
                for &g in groups {
                    let l = self.level[g as usize];
                    let slot = self.moved[l as usize];
                    let new = if slot != u32::MAX {
                        slot
                    } else {
                        let share = self.shares[l as usize].clone();
                        let due = price.iv().mul_int(i128::from(sat));
                        let less = due
                            .cmp(share.iv())
                            .map(|o| o == Ordering::Less)
                            .unwrap_or_else(|| price.value().mul(&Q::int(i128::from(sat))) < share.value());
                        let new = if less {
                            let iv = share.iv().sub(due);
                            self.push_level(Num::left(share, price.clone(), sat, iv))
                        } else {
                            0
                        };
                        self.moved[l as usize] = new;
                        touched.push(l);
                        new
                    };
                    self.level[g as usize] = new;
                }
                for l in touched {
                    self.moved[l as usize] = u32::MAX;
                }
            }
        }
    }
}
