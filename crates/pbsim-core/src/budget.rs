//! The budget definition and what follows from an allocation of it: totals, balance, consequences and
//! the household's tax bill.
//!
//! A [`Budget`] is only built by [`Budget::from_toml`] (see `budget/load.rs`), which checks every rule
//! stated on the types below, so code holding a `Budget` can rely on them: ids are unique, every
//! baseline lies on its line's grid, every text exists in every language.

mod load;

pub use load::{BudgetError, BudgetErrors, MAX_POINTS, MAX_PROJECTS, MAX_TEXT_ANSWER_CHARS, well_formed_id};

use crate::consultation::{Consultation, ResultsRules};
use crate::locale::{Currency, Text};
use crate::money::{Money, div_round};
use crate::projects::ProjectSelection;
use crate::theme::{Embed, Theme};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The largest amount, in minor units, that any line, total or threshold may hold: $10 trillion.
/// With at most [`MAX_LINES`] lines, no sum of a budget's amounts can overflow an `i64`.
pub const MAX_AMOUNT: i64 = 1_000_000_000_000_000;

/// The most lines a budget may have.
pub const MAX_LINES: usize = 500;

/// Tax rates are held in micro-percent: 1 unit is 0.000001 %, so 100 % is 100,000,000 units.
/// Ontario publishes rates with six decimals (0.156016 %); this holds them exactly.
pub const RATE_UNITS_PER_PERCENT: i64 = 1_000_000;

/// Revenue from a rate is `base × rate / RATE_DENOMINATOR`.
const RATE_DENOMINATOR: i128 = 100 * RATE_UNITS_PER_PERCENT as i128;

/// A published budget, as residents see it and as submissions are checked against it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Budget {
    /// Short, URL-safe id (`austin-fy2017`); pages and the API address the budget by it.
    pub id: String,
    /// The budget's name.
    pub title: Text,
    /// A sentence or two shown above the sliders.
    pub intro: Text,
    /// The currency of every amount.
    pub currency: Currency,
    /// Where the figures come from.
    pub source: Source,
    /// Revenue that the simulator does not let residents change (added to the balance).
    pub other_revenue: Money,
    /// Spending that the simulator does not let residents change (taken from the balance).
    pub other_spending: Money,
    /// What counts as a budget a resident may submit.
    pub balance: Balance,
    /// The typical household, for "your bill changes by" texts; present when the budget has a tax rate.
    pub household: Option<Household>,
    /// The lines, grouped for display (none in a budget of projects).
    pub sections: Vec<Section>,
    /// The projects residents choose from, in a budget of projects (`kind = "projects"`); such a
    /// budget has no sections. A budget has either lines or projects, never both (checked on load).
    /// Absent from a budget of lines' JSON, which is unchanged by it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub projects: Option<ProjectSelection>,
    /// Optional questions asked alongside (never required to submit).
    pub questions: Vec<Question>,
    /// The sites allowed to embed the budget (`[embed]`).
    #[serde(default)]
    pub embed: Embed,
    /// The council's colours, font and logo (`[theme]`); the default look when absent.
    #[serde(default)]
    pub theme: Option<Theme>,
    /// Who may submit: by default anyone.
    #[serde(default)]
    pub submissions: SubmissionRules,
    /// When residents may submit (`[consultation]`); always, when absent.
    #[serde(default)]
    pub consultation: Consultation,
    /// When the public figures may be seen (`[results]`).
    #[serde(default)]
    pub results: ResultsRules,
}

/// Conditions on submitting, from the budget file's `[submissions]` table.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubmissionRules {
    /// Each submission must carry an unused invite code for this budget (`pbsim invite create`).
    pub require_invite: bool,
}

/// The publication a budget's figures are taken from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// The publisher and document.
    pub name: String,
    /// Where to read it.
    pub url: Option<String>,
    /// What residents should know about the figures (a subset, rounded, illustrative...).
    pub note: Text,
}

/// A group of lines shown together, with its own comment box.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// Unique among sections.
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Optional explanation under the heading.
    pub description: Text,
    /// At least one line.
    pub lines: Vec<Line>,
}

/// One slider: an amount of spending or revenue, or a tax rate.
///
/// Invariants (checked on load): `min <= baseline <= max`, `step > 0`, and both `max - min` and
/// `baseline - min` are multiples of `step`, so every value a slider can take lies on one grid that
/// contains the baseline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// Unique among all lines of the budget.
    pub id: String,
    /// Name of the service or revenue.
    pub label: Text,
    /// What the money pays for.
    pub description: Text,
    /// Spending, revenue, or a tax rate.
    pub kind: LineKind,
    /// This year's amount (minor units), or rate (micro-percent).
    pub baseline: i64,
    /// The smallest value residents may choose.
    pub min: i64,
    /// The largest value residents may choose.
    pub max: i64,
    /// The slider's step.
    pub step: i64,
    /// What a chosen value means for services, most severe first in each direction.
    pub consequences: Vec<Consequence>,
}

/// What a line's value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LineKind {
    /// Money spent, in minor units.
    Spending,
    /// Money raised, in minor units.
    Revenue,
    /// A tax rate in micro-percent of a tax base; revenue is `tax_base × rate`.
    TaxRate {
        /// The total assessed value the rate applies to.
        tax_base: Money,
    },
}

/// A sentence shown when a line's value crosses a threshold.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Consequence {
    /// When the sentence applies.
    pub when: Threshold,
    /// The sentence: "Station 7 closes on weekends".
    pub text: Text,
}

/// A threshold on a line's value, in the line's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Threshold {
    /// Applies when the value is at or below this.
    AtOrBelow(i64),
    /// Applies when the value is at or above this.
    AtOrAbove(i64),
}

/// The rule a submitted budget must meet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Balance {
    /// How far from zero the balance may be.
    pub rule: BalanceRule,
    /// The resident must move at least one line away from its baseline.
    pub must_change: bool,
    /// "Balance it for me" may move tax-rate lines (by default it moves only money lines).
    #[serde(default)]
    pub helper_moves_rates: bool,
}

/// How far from zero the balance (revenue minus spending) may be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum BalanceRule {
    /// Revenue equals spending, within `tolerance` either way.
    Balanced {
        /// Allowed distance from zero (0 for exactly balanced).
        tolerance: Money,
    },
    /// A deficit up to `max_deficit` is allowed; any surplus is too.
    DeficitAllowed {
        /// The largest deficit allowed.
        max_deficit: Money,
    },
    /// Any surplus is allowed; no deficit.
    SurplusAllowed,
}

/// The typical household whose tax bill the simulator shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Household {
    /// The default assessed value of a home; residents may enter their own.
    pub assessed_value: Money,
    /// How a tax-rate change reaches a rent, when the budget file states it (`[household.renters]`);
    /// without it the page speaks to owners only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renters: Option<Renters>,
}

/// The two stated figures that turn a monthly rent into the property tax that reaches it: the home's
/// assessed value is `value_per_monthly_rent` times the rent, and `pass_through_percent` of a change
/// in that home's tax reaches the rent. Both come with their source, which the page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Renters {
    /// The share of a change in a landlord's property tax that reaches the rent, 0 to 100.
    pub pass_through_percent: i64,
    /// Where that share comes from.
    pub pass_through_source: String,
    /// The assessed value of a home per unit of its monthly rent (both in the budget's currency).
    pub value_per_monthly_rent: i64,
    /// Where that ratio comes from (or that it is the city's own assumption), for residents.
    pub value_source: Text,
}

/// An optional question asked with the budget.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// Unique among questions.
    pub id: String,
    /// The question.
    pub label: Text,
    /// Choices or free text.
    pub kind: QuestionKind,
}

/// How a question is answered.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    /// One of a list of options.
    Choice {
        /// The options, in display order.
        options: Vec<QuestionOption>,
    },
    /// Free text up to `max_chars` characters.
    Text {
        /// The longest answer accepted.
        max_chars: usize,
    },
}

/// One answer to a choice question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionOption {
    /// Unique within the question; what is stored.
    pub id: String,
    /// What residents read.
    pub label: Text,
    /// The share of the population giving this answer, for post-stratification weights.
    /// Either every option of a question has one, and they sum to 1, or none has.
    pub population_share: Option<f64>,
}

/// Chosen values per line id: minor units for money lines, micro-percent for tax rates.
pub type Allocation = BTreeMap<String, i64>;

/// Revenue, spending and their difference for one allocation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Totals {
    /// All revenue, including revenue the simulator does not open to change.
    pub revenue: Money,
    /// All spending, likewise.
    pub spending: Money,
    /// `revenue - spending`: positive is a surplus, negative a deficit.
    pub balance: Money,
}

/// Why an allocation cannot be submitted yet, as the balance indicator says it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum BalanceProblem {
    /// Spending exceeds revenue by more than the rule allows.
    Deficit {
        /// How far the balance is past what is allowed.
        over_by: Money,
    },
    /// Revenue exceeds spending by more than the rule allows.
    Surplus {
        /// How far the balance is past what is allowed.
        over_by: Money,
    },
    /// The rule asks for at least one change, and nothing has changed.
    Unchanged,
}

impl Budget {
    /// Every line, in display order.
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.sections.iter().flat_map(|s| s.lines.iter())
    }

    /// The line with this id.
    pub fn line(&self, id: &str) -> Option<&Line> {
        self.lines().find(|l| l.id == id)
    }

    /// The section with this id.
    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id == id)
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Every line at its baseline: the budget as published.
    pub fn baseline_allocation(&self) -> Allocation {
        // Inserted one by one rather than collected: `BTreeMap::from_iter` sorts its input first,
        // and each sort it instantiates costs the browser app kilobytes of wasm.
        let mut allocation = Allocation::new();
        for l in self.lines() {
            allocation.insert(l.id.clone(), l.baseline);
        }
        allocation
    }

    /// Totals for an allocation. A line missing from it counts at its baseline, so that a page can
    /// show totals while a draft is incomplete; submissions are checked for completeness separately.
    pub fn totals(&self, allocation: &Allocation) -> Totals {
        let mut revenue = self.other_revenue;
        let mut spending = self.other_spending;
        for line in self.lines() {
            let value = allocation.get(&line.id).copied().unwrap_or(line.baseline);
            let money = line.money(value);
            match line.kind {
                LineKind::Spending => spending += money,
                LineKind::Revenue | LineKind::TaxRate { .. } => revenue += money,
            }
        }
        Totals { revenue, spending, balance: revenue - spending }
    }

    /// Whether an allocation meets the balance rule, and if not, why.
    pub fn balance_problem(&self, allocation: &Allocation) -> Option<BalanceProblem> {
        let balance = self.totals(allocation).balance;
        let rule_problem = match self.balance.rule {
            BalanceRule::Balanced { tolerance } => {
                if balance < -tolerance {
                    Some(BalanceProblem::Deficit { over_by: -tolerance - balance })
                } else if balance > tolerance {
                    Some(BalanceProblem::Surplus { over_by: balance - tolerance })
                } else {
                    None
                }
            }
            BalanceRule::DeficitAllowed { max_deficit } => {
                (balance < -max_deficit).then(|| BalanceProblem::Deficit { over_by: -max_deficit - balance })
            }
            BalanceRule::SurplusAllowed => {
                (balance < Money::ZERO).then_some(BalanceProblem::Deficit { over_by: -balance })
            }
        };
        rule_problem.or_else(|| {
            let unchanged = self.lines().all(|l| allocation.get(&l.id).is_none_or(|v| *v == l.baseline));
            (self.balance.must_change && unchanged).then_some(BalanceProblem::Unchanged)
        })
    }

    /// How much a household's annual tax bill changes under this allocation, for a home assessed at
    /// `assessed_value`. Zero when the budget has no tax-rate line.
    pub fn household_impact(&self, allocation: &Allocation, assessed_value: Money) -> Money {
        self.lines()
            .filter(|l| matches!(l.kind, LineKind::TaxRate { .. }))
            .map(|l| {
                let value = allocation.get(&l.id).copied().unwrap_or(l.baseline);
                rate_of(assessed_value, value - l.baseline)
            })
            .sum()
    }

    /// A household's annual bill under this allocation (the part set by this budget's tax rates).
    pub fn household_bill(&self, allocation: &Allocation, assessed_value: Money) -> Money {
        self.lines()
            .filter(|l| matches!(l.kind, LineKind::TaxRate { .. }))
            .map(|l| rate_of(assessed_value, allocation.get(&l.id).copied().unwrap_or(l.baseline)))
            .sum()
    }

    /// How much a renter's yearly rent may change under this allocation, for a home rented at
    /// `monthly_rent`: the tax change on the home that rent stands for (see [`Renters`]), times the
    /// pass-through, rounded once to the cent. `None` when the budget states no renters' figures.
    pub fn renter_impact(&self, allocation: &Allocation, monthly_rent: Money) -> Option<Money> {
        let renters = self.household.as_ref()?.renters.as_ref()?;
        let rate_change: i128 = self
            .lines()
            .filter(|l| matches!(l.kind, LineKind::TaxRate { .. }))
            .map(|l| i128::from(allocation.get(&l.id).copied().unwrap_or(l.baseline) - l.baseline))
            .sum();
        // rent ≤ MAX_AMOUNT (1e15), value ratio ≤ 1e5, rate change ≤ 1e8, share ≤ 100: well inside i128.
        let numerator = i128::from(monthly_rent.0)
            * i128::from(renters.value_per_monthly_rent)
            * rate_change
            * i128::from(renters.pass_through_percent);
        let cents = div_round(numerator, RATE_DENOMINATOR * 100);
        Some(Money(i64::try_from(cents).unwrap_or(if cents < 0 { i64::MIN } else { i64::MAX })))
    }

    /// True when the budget has a tax-rate line, so a household impact is worth showing.
    pub fn has_tax_rate(&self) -> bool {
        self.lines().any(|l| matches!(l.kind, LineKind::TaxRate { .. }))
    }
}

/// `base × rate`, with the rate in micro-percent, rounded to the cent.
fn rate_of(base: Money, micro_percent: i64) -> Money {
    let cents = div_round(i128::from(base.0) * i128::from(micro_percent), RATE_DENOMINATOR);
    // |base| <= MAX_AMOUNT and |rate| <= 100 %, so the result fits.
    Money(i64::try_from(cents).unwrap_or(if cents < 0 { i64::MIN } else { i64::MAX }))
}

impl Line {
    /// The money this line spends or raises at `value`.
    pub fn money(&self, value: i64) -> Money {
        match self.kind {
            LineKind::Spending | LineKind::Revenue => Money(value),
            LineKind::TaxRate { tax_base } => rate_of(tax_base, value),
        }
    }

    /// True for lines whose value is money raised (revenue and tax rates).
    pub fn is_revenue(&self) -> bool {
        !matches!(self.kind, LineKind::Spending)
    }

    /// True when `value` is one a slider for this line can take.
    pub fn accepts(&self, value: i64) -> bool {
        (self.min..=self.max).contains(&value) && (value - self.min) % self.step == 0
    }

    /// The nearest value a slider for this line can take (for exact entry in a number field).
    pub fn snap(&self, value: i64) -> i64 {
        let offset = value.clamp(self.min, self.max) - self.min;
        // Round half up to the grid; `max - min` is a multiple of `step`, so this stays in range.
        let steps = (offset + self.step / 2) / self.step;
        self.min + (steps * self.step).min(self.max - self.min)
    }

    /// How many decimal places the line's value has in the unit residents type: cents for money
    /// (2) and micro-percent for rates (6).
    fn input_decimals(&self) -> u32 {
        match self.kind {
            LineKind::Spending | LineKind::Revenue => 2,
            LineKind::TaxRate { .. } => 6,
        }
    }

    /// `value` written as a plain decimal in the unit residents type in a number field: dollars for
    /// money (`386573423`), percent for rates (`0.156025`). Trailing zero decimals are dropped, and
    /// the decimal point is always `.` (what `<input type="number">` takes in every locale).
    pub fn to_input(&self, value: i64) -> String {
        let scale = 10i64.pow(self.input_decimals());
        let sign = if value < 0 { "-" } else { "" };
        let (whole, frac) = (value.unsigned_abs() / scale as u64, value.unsigned_abs() % scale as u64);
        if frac == 0 {
            return format!("{sign}{whole}");
        }
        let digits = format!("{frac:0width$}", width = self.input_decimals() as usize);
        format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
    }

    /// Reads what a resident typed in a number field (see [`Line::to_input`]) and returns the
    /// nearest value the slider can take, or `None` when it is not a number. Parsed exactly, without
    /// floats: `0.1` dollars is 10 cents, not 9.999….
    pub fn from_input(&self, typed: &str) -> Option<i64> {
        let typed = typed.trim();
        let (negative, digits) = match typed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, typed),
        };
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && frac.is_empty() || !whole.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        let decimals = self.input_decimals() as usize;
        // Digits beyond the unit's precision are rounded away by the snap below; keep one more.
        let kept: String = frac.chars().chain(std::iter::repeat('0')).take(decimals + 1).collect();
        // Every step is checked: a number typed too large for i128 is no value at all, never a
        // panic (debug) or a wrapped negative (release).
        let whole: i128 = if whole.is_empty() { 0 } else { whole.parse().ok()? };
        let units =
            whole.checked_mul(10i128.checked_pow(decimals as u32 + 1)?)?.checked_add(kept.parse::<i128>().ok()?)?;
        let value = units.checked_add(5)? / 10;
        let value = if negative { -value } else { value };
        let clamped = value.clamp(i128::from(self.min), i128::from(self.max));
        Some(self.snap(i64::try_from(clamped).ok()?))
    }

    /// The consequence sentences that apply at `value`: at most the most severe one in each direction
    /// (the lowest "at or below" threshold still reached, and the highest "at or above" one).
    pub fn consequences_at(&self, value: i64) -> Vec<&Consequence> {
        let below = self
            .consequences
            .iter()
            .filter_map(|c| match c.when {
                Threshold::AtOrBelow(t) if value <= t => Some((t, c)),
                _ => None,
            })
            .min_by_key(|(t, _)| *t);
        let above = self
            .consequences
            .iter()
            .filter_map(|c| match c.when {
                Threshold::AtOrAbove(t) if value >= t => Some((t, c)),
                _ => None,
            })
            .max_by_key(|(t, _)| *t);
        below.into_iter().chain(above).map(|(_, c)| c).collect()
    }
}

#[cfg(test)]
mod tests;
