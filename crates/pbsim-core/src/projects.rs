//! Project selection: residents choose projects within an amount, and rules decide which are funded.
//!
//! Most participatory budgeting is not rebalancing a budget but choosing projects: a district sets
//! aside an amount, residents propose projects with costs, and everyone votes. An [`Election`] holds
//! the amount, the [`Project`]s, what a valid ballot is ([`BallotKind`]) and the [`Ballot`]s cast.
//! [`select`] computes who wins under a [`Rule`]:
//!
//! - **greedy**: most votes (approvals, or points) first, skipping what no longer fits;
//! - **Method of Equal Shares**: the amount is split equally among voters, and a project is funded
//!   when its supporters can pay for it from their shares, cheapest per unit of satisfaction first
//!   (satisfaction is the project's cost for approval ballots, the points given for cumulative and
//!   ranked ones); optionally completed as cities do (**Add1**: raise every voter's share one
//!   currency unit at a time while the outcome still fits the real amount, then greedy on what is
//!   left).
//!
//! The rules compute exactly what pabutools computes, ties included (ties go to the project whose
//! id sorts first, as pabutools' default): money is integer minor units and voters' shares are exact
//! fractions ([`exact`]). [`pabulib`] reads and writes elections in the Pabulib `.pb` format.

use crate::locale::Text;
use crate::money::Money;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

mod budget_pb;
mod choice;
mod exact;
mod outcomes;
pub mod pabulib;
mod rules;
#[cfg(test)]
mod tests;

pub use budget_pb::{COMPUTED_META, ImportError, budget_id, rule_of, to_budget_toml, to_pb};
pub use choice::{ballot_of, check_choice};
pub use outcomes::outcomes;
pub use rules::{Completion, Outcome, Rule, Winner, select};

/// A project-selection election: the amount available, the projects and the ballots cast.
///
/// Ballots refer to projects by their index in `projects`. [`pabulib::read`] only builds elections
/// whose ballots name existing projects, each at most once; the rules skip anything else rather than
/// fail, so a hand-built election cannot crash them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Election {
    /// The amount available.
    pub budget: Money,
    /// The projects on the ballot.
    pub projects: Vec<Project>,
    /// What residents may choose.
    pub kind: BallotKind,
    /// One ballot per voter.
    pub ballots: Vec<Ballot>,
}

/// A project residents can vote for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Project {
    /// The project's identifier, unique in its election. Ties are broken in favour of the id that
    /// sorts first (byte order).
    pub id: String,
    /// What it costs.
    pub cost: Money,
    /// Its title in each language it has one, keyed by language code (`en`, `fr`, `pl`).
    pub titles: BTreeMap<String, String>,
    /// The categories it belongs to (parks, culture), if any.
    pub categories: Vec<String>,
    /// The area (district, neighbourhood) it serves, if the election has areas.
    pub area: Option<String>,
}

/// What a valid ballot is. JSON: `{"kind": "approval", "max_projects": 3, "max_cost": null}`,
/// `{"kind": "cumulative", "points": 10, "max_per_project": null}`, `{"kind": "ranking", …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum BallotKind {
    /// Approve projects: at most `max_projects` of them, or at most `max_cost` worth of them, or
    /// both. Approval within the budget is `max_cost` = the budget; approval of at most k projects
    /// is `max_projects` = k; Pabulib's choose-1 is `max_projects` = 1.
    Approval {
        /// The most projects a ballot may approve.
        max_projects: Option<u32>,
        /// The most that the approved projects may cost together.
        max_cost: Option<Money>,
    },
    /// Spread at most `points` points over projects (cumulative voting).
    Cumulative {
        /// The points each voter has.
        points: u64,
        /// The most points one project may get from one voter.
        max_per_project: Option<u64>,
    },
    /// Rank projects, best first. A project ranked i-th (from 1) of n gets n − i + 1 points, the
    /// convention of Pabulib's `score` column for ordinal elections (Kraków: 3, 2, 1).
    Ranking {
        /// The most projects a ballot may rank.
        max_projects: Option<u32>,
    },
}

// Read by hand through one flat struct rather than derived: serde's derive for an internally
// tagged enum buffers the object in its generic `Content` and deserialises each variant from it,
// code that every page reading a budget would carry (both pages read budgets).
impl<'de> Deserialize<'de> for BallotKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<BallotKind, D::Error> {
        #[derive(Deserialize)]
        struct Flat {
            kind: String,
            #[serde(default)]
            max_projects: Option<u32>,
            #[serde(default)]
            max_cost: Option<Money>,
            #[serde(default)]
            points: Option<u64>,
            #[serde(default)]
            max_per_project: Option<u64>,
        }
        let f = Flat::deserialize(deserializer)?;
        match f.kind.as_str() {
            "approval" => Ok(BallotKind::Approval { max_projects: f.max_projects, max_cost: f.max_cost }),
            "cumulative" => Ok(BallotKind::Cumulative {
                points: f.points.ok_or_else(|| serde::de::Error::missing_field("points"))?,
                max_per_project: f.max_per_project,
            }),
            "ranking" => Ok(BallotKind::Ranking { max_projects: f.max_projects }),
            _ => Err(serde::de::Error::custom("unknown ballot kind (approval, cumulative or ranking)")),
        }
    }
}

impl BallotKind {
    /// Approval of any projects whose total cost fits `budget`.
    pub fn within_budget(budget: Money) -> BallotKind {
        BallotKind::Approval { max_projects: None, max_cost: Some(budget) }
    }

    /// Approval of at most `k` projects.
    pub fn at_most(k: u32) -> BallotKind {
        BallotKind::Approval { max_projects: Some(k), max_cost: None }
    }
}

/// A budget file's choice of projects (`kind = "projects"`, its `[projects]` table): the amount
/// available, the projects residents choose from and what a valid ballot is. A [`Budget`](crate::Budget)
/// holds one instead of sections of lines; `budget/load/projects.rs` checks it: ids unique, every
/// cost positive and within the amount, the ballot one a resident can fill (never
/// [`BallotKind::Ranking`], which pbsim reads from Pabulib files but does not ask residents for).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProjectSelection {
    /// The amount available, in minor units.
    pub amount: Money,
    /// What a resident may choose.
    pub ballot: BallotKind,
    /// The projects, in the order the file lists them (the page's order).
    pub projects: Vec<BudgetProject>,
    /// The rule the city decides by (`[projects] rule`): what residents are told was funded once
    /// the consultation closes. Method of Equal Shares completed by Add1 when the file says none.
    #[serde(default)]
    pub rule: crate::wire::RuleId,
    /// META fields for the Pabulib file this election exports to (`[projects.pabulib]`: country,
    /// unit, instance, date_begin, …), as `pbsim budget import-pb` keeps them from the file it
    /// read. The fields pbsim computes (budget, counts, vote type and its limits) are never here.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pabulib: BTreeMap<String, String>,
}

/// A project as residents read it: a [`Project`] with its texts in every language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetProject {
    /// Unique among the budget's projects; what ballots name.
    pub id: String,
    /// Its name.
    pub title: Text,
    /// What it is (empty when the file gives none).
    pub description: Text,
    /// What it costs, in minor units.
    pub cost: Money,
    /// Its category (parks, mobility), for filtering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Text>,
    /// The area (district, neighbourhood) it serves.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area: Option<Text>,
}

impl ProjectSelection {
    /// The project with this id, with its index.
    pub fn project(&self, id: &str) -> Option<(usize, &BudgetProject)> {
        self.projects.iter().enumerate().find(|(_, p)| p.id == id)
    }

    /// The election these projects and `ballots` make: what the rules compute on. Categories and
    /// areas keep their English text (Pabulib holds one language per file); a category written as
    /// a list (`education, sport`, as an import writes several) is that list.
    pub fn election(&self, ballots: Vec<Ballot>) -> Election {
        let projects = self
            .projects
            .iter()
            .map(|p| Project {
                id: p.id.clone(),
                cost: p.cost,
                titles: BTreeMap::from([("en".to_owned(), p.title.en.clone()), ("fr".to_owned(), p.title.fr.clone())]),
                categories: p
                    .category
                    .iter()
                    .flat_map(|c| c.en.split(','))
                    .map(|c| c.trim().to_owned())
                    .filter(|c| !c.is_empty())
                    .collect(),
                area: p.area.as_ref().map(|a| a.en.clone()),
            })
            .collect();
        Election { budget: self.amount, projects, kind: self.ballot.clone(), ballots }
    }
}

/// One voter's ballot, naming projects by their index in [`Election::projects`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ballot {
    /// The projects approved.
    Approval(Vec<usize>),
    /// Points given to projects (cumulative voting).
    Points(Vec<(usize, u64)>),
    /// Projects ranked, best first.
    Ranking(Vec<usize>),
}

impl Ballot {
    /// The projects this ballot names, in its order.
    pub fn projects(&self) -> Vec<usize> {
        match self {
            Ballot::Approval(ps) | Ballot::Ranking(ps) => ps.clone(),
            Ballot::Points(ps) => ps.iter().map(|&(p, _)| p).collect(),
        }
    }

    /// What this ballot gives each project it names: one vote per approval, the points given, or
    /// the points of a rank (see [`BallotKind::Ranking`]). Projects given no points are left out.
    pub fn points(&self) -> Vec<(usize, u64)> {
        match self {
            Ballot::Approval(ps) => ps.iter().map(|&p| (p, 1)).collect(),
            Ballot::Points(ps) => ps.iter().copied().filter(|&(_, n)| n > 0).collect(),
            Ballot::Ranking(ps) => {
                let n = ps.len() as u64;
                ps.iter().enumerate().map(|(i, &p)| (p, n - i as u64)).collect()
            }
        }
    }
}

/// A problem with one ballot, for the resident who cast it (or the file that holds it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum BallotProblem {
    /// The ballot is of another kind than the election's.
    WrongKind,
    /// It names a project that is not in the election.
    UnknownProject {
        /// The index named.
        index: usize,
    },
    /// It names a project more than once.
    Repeated {
        /// The project's id.
        project: String,
    },
    /// It chooses more projects than allowed.
    TooMany {
        /// How many it chooses.
        chosen: usize,
        /// How many are allowed.
        max: u32,
    },
    /// The projects it approves cost more than allowed.
    OverBudget {
        /// What they cost together.
        cost: Money,
        /// The most allowed.
        max: Money,
    },
    /// It spends more points than the voter has.
    TooManyPoints {
        /// Points spent.
        spent: u64,
        /// Points available.
        max: u64,
    },
    /// It gives one project more points than allowed.
    TooManyPointsForOne {
        /// The project's id.
        project: String,
        /// Points given.
        given: u64,
        /// The most allowed.
        max: u64,
    },
}

impl Election {
    /// Every problem with `ballot` under this election's rules (empty when it is valid).
    pub fn check_ballot(&self, ballot: &Ballot) -> Vec<BallotProblem> {
        let mut problems = Vec::new();
        let indices = ballot.projects();
        let mut seen = vec![false; self.projects.len()];
        for &p in &indices {
            match seen.get_mut(p) {
                None => problems.push(BallotProblem::UnknownProject { index: p }),
                Some(true) => problems.push(BallotProblem::Repeated { project: self.projects[p].id.clone() }),
                Some(s) => *s = true,
            }
        }
        let too_many = |max: Option<u32>, problems: &mut Vec<BallotProblem>| {
            if let Some(max) = max
                && indices.len() > max as usize
            {
                problems.push(BallotProblem::TooMany { chosen: indices.len(), max });
            }
        };
        match (&self.kind, ballot) {
            (BallotKind::Approval { max_projects, max_cost }, Ballot::Approval(ps)) => {
                too_many(*max_projects, &mut problems);
                let cost: Money = ps.iter().filter_map(|&p| self.projects.get(p)).map(|p| p.cost).sum();
                if let Some(max) = *max_cost
                    && cost > max
                {
                    problems.push(BallotProblem::OverBudget { cost, max });
                }
            }
            (BallotKind::Cumulative { points, max_per_project }, Ballot::Points(ps)) => {
                let spent = ps.iter().fold(0u64, |sum, &(_, n)| sum.saturating_add(n));
                if spent > *points {
                    problems.push(BallotProblem::TooManyPoints { spent, max: *points });
                }
                if let Some(max) = *max_per_project {
                    for &(p, given) in ps {
                        if given > max
                            && let Some(project) = self.projects.get(p)
                        {
                            problems.push(BallotProblem::TooManyPointsForOne {
                                project: project.id.clone(),
                                given,
                                max,
                            });
                        }
                    }
                }
            }
            (BallotKind::Ranking { max_projects }, Ballot::Ranking(_)) => too_many(*max_projects, &mut problems),
            _ => problems.insert(0, BallotProblem::WrongKind),
        }
        problems
    }

    /// Per project, how many ballots name it (approve it, give it points — zero included, as
    /// Pabulib's `votes` column counts — or rank it).
    pub fn supporters(&self) -> Vec<u64> {
        let mut votes = vec![0u64; self.projects.len()];
        for ballot in &self.ballots {
            for p in ballot.projects() {
                if let Some(v) = votes.get_mut(p) {
                    *v += 1;
                }
            }
        }
        votes
    }

    /// Per project, its score: approvals, or points (given, or from ranks). Greedy funds the
    /// highest scores first.
    pub fn scores(&self) -> Vec<u64> {
        let mut scores = vec![0u64; self.projects.len()];
        for ballot in &self.ballots {
            for (p, n) in ballot.points() {
                if let Some(s) = scores.get_mut(p) {
                    *s = s.saturating_add(n);
                }
            }
        }
        scores
    }
}
