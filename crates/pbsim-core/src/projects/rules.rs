//! The rules that turn ballots into funded projects: greedy and the Method of Equal Shares.
//!
//! Each rule follows pabutools (`greedy_utilitarian_welfare`, `method_of_equal_shares`,
//! `completion_by_rule_combination`) step for step where a step can change the outcome, so the
//! two agree on every election, ties included; `scripts/pabutools-agreement` checks that on real
//! Pabulib elections. Where pabutools' code would be slow we compute the same numbers another way:
//!
//! - Voters who cast the same ballot are one group with a multiplicity (pabutools' multiprofile):
//!   they always hold the same share, so the rule's outcome is the same.
//! - Voters' remaining shares are interned: the distinct values are few (a voter's share depends
//!   only on what they paid for), so a project's supporters are summarised as (share, satisfaction,
//!   count) before the exact arithmetic runs, and a payment is computed once per distinct share.
//!
//! Money is integer minor units; shares and prices are exact fractions ([`Q`]).

use super::exact::Q;
use super::{Ballot, Election};
use crate::money::Money;
use serde::Serialize;
use std::collections::HashMap;

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
    /// How many voters support it.
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
    /// Per project, its supporters: (distinct ballot, satisfaction > 0).
    supporters: Vec<Vec<(u32, u64)>>,
    /// Per project, total satisfaction over all voters.
    total_sat: Vec<i128>,
    /// Per project, whether every supporter has the same satisfaction (always so for approval).
    uniform: Vec<bool>,
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
        let uniform = supporters.iter().map(|s| s.windows(2).all(|w| w[0].1 == w[1].1)).collect();
        let greedy_key = (0..n).map(|p| if cost[p] > 0 { score[p] } else { 0 }).collect();
        Prepared {
            cost,
            greedy_key,
            rank,
            mult,
            supporters,
            total_sat,
            uniform,
            voters: election.ballots.len() as u64,
        }
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
    /// The distinct remaining shares; `level[g]` indexes the share of every voter of ballot `g`.
    shares: Vec<Q>,
    interned: HashMap<Q, u32>,
    level: Vec<u32>,
    /// Projects still in the running.
    alive: Vec<usize>,
    /// The price per unit of satisfaction last computed for each project (a lower bound of the
    /// current one: shares only shrink), by project index.
    afford: Vec<Q>,
    /// Scratch for summarising a project's supporters.
    counts: Vec<u128>,
}

impl<'a> Run<'a> {
    fn new(prep: &'a Prepared, share: Q, candidates: &[usize]) -> Run<'a> {
        let afford = (0..prep.cost.len())
            .map(|p| {
                if prep.total_sat[p] > 0 {
                    Q::ratio(i128::from(prep.cost[p]), prep.total_sat[p])
                } else {
                    Q::int(0)
                }
            })
            .collect();
        let mut interned = HashMap::new();
        interned.insert(share.clone(), 0);
        Run {
            prep,
            shares: vec![share],
            interned,
            level: vec![0; prep.mult.len()],
            alive: candidates.to_vec(),
            afford,
            counts: vec![0],
        }
    }

    fn intern(&mut self, q: Q) -> u32 {
        if let Some(&l) = self.interned.get(&q) {
            return l;
        }
        let l = self.shares.len() as u32;
        self.shares.push(q.clone());
        self.interned.insert(q, l);
        self.counts.push(0);
        l
    }

    /// A project's supporters as (share, satisfaction, how many voters), one entry per distinct
    /// pair, sorted by share per unit of satisfaction.
    fn summarise(&mut self, p: usize) -> Vec<(Q, u64, u128)> {
        let prep = self.prep;
        let supporters = &prep.supporters[p];
        let mut out: Vec<(Q, u64, u128)> = Vec::new();
        if prep.uniform[p] {
            let sat = supporters.first().map_or(0, |s| s.1);
            let mut touched: Vec<u32> = Vec::new();
            for &(g, _) in supporters {
                let l = self.level[g as usize];
                let c = &mut self.counts[l as usize];
                if *c == 0 {
                    touched.push(l);
                }
                *c += u128::from(prep.mult[g as usize]);
            }
            for l in touched {
                out.push((self.shares[l as usize].clone(), sat, self.counts[l as usize]));
                self.counts[l as usize] = 0;
            }
            out.sort_by(|a, b| a.0.cmp(&b.0));
        } else {
            let mut keyed: Vec<(u32, u64, u128)> =
                supporters.iter().map(|&(g, sat)| (self.level[g as usize], sat, u128::from(prep.mult[g as usize]))).collect();
            keyed.sort_unstable_by_key(|&(l, sat, _)| (l, sat));
            let mut merged: Vec<(Q, Q, u64, u128)> = Vec::new();
            for (l, sat, m) in keyed {
                match merged.last_mut() {
                    Some(last) if last.2 == sat && last.0 == self.shares[l as usize] => last.3 += m,
                    _ => {
                        let share = self.shares[l as usize].clone();
                        let per_sat = share.div_int(i128::from(sat));
                        merged.push((share, per_sat, sat, m));
                    }
                }
            }
            merged.sort_by(|a, b| a.1.cmp(&b.1));
            out = merged.into_iter().map(|(share, _, sat, m)| (share, sat, m)).collect();
        }
        out
    }

    /// Runs MES to the end; `chosen` holds what is funded before it starts.
    fn finish(mut self, mut chosen: Vec<usize>) -> Vec<usize> {
        let prep = self.prep;
        loop {
            let mut alive = std::mem::take(&mut self.alive);
            // Stable, so the order is reproducible; ties in this order cannot change the outcome.
            alive.sort_by(|&a, &b| self.afford[a].cmp(&self.afford[b]));
            let mut best: Option<Q> = None;
            let mut tied: Vec<usize> = Vec::new();
            let mut unaffordable: Vec<usize> = Vec::new();
            for &p in &alive {
                let groups = self.summarise(p);
                let cost = Q::int(i128::from(prep.cost[p]));
                let available = groups.iter().fold(Q::int(0), |sum, (share, _, m)| sum.add(&share.mul_int(*m as i128)));
                if available < cost {
                    unaffordable.push(p);
                    continue;
                }
                if let Some(best) = &best
                    && self.afford[p] > *best
                {
                    break;
                }
                // The price per unit of satisfaction at which the supporters pay for p: those whose
                // share is too small pay all they have, the others pay price × satisfaction.
                let mut paid = Q::int(0);
                let mut sat_left = prep.total_sat[p];
                for (share, sat, m) in &groups {
                    let price = cost.sub(&paid).div_int(sat_left);
                    if price.mul_int(i128::from(*sat)) <= *share {
                        self.afford[p] = price.clone();
                        match &best {
                            Some(b) if price > *b => {}
                            Some(b) if price == *b => tied.push(p),
                            _ => {
                                best = Some(price);
                                tied = vec![p];
                            }
                        }
                        break;
                    }
                    paid = paid.add(&share.mul_int(*m as i128));
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
            let mut paid: HashMap<(u32, u64), u32> = HashMap::new();
            for &(g, sat) in &prep.supporters[winner] {
                let l = self.level[g as usize];
                let new = match paid.get(&(l, sat)) {
                    Some(&new) => new,
                    None => {
                        let share = &self.shares[l as usize];
                        let due = price.mul_int(i128::from(sat));
                        let left = if due >= *share { Q::int(0) } else { share.sub(&due) };
                        let new = self.intern(left);
                        paid.insert((l, sat), new);
                        new
                    }
                };
                self.level[g as usize] = new;
            }
        }
    }
}
