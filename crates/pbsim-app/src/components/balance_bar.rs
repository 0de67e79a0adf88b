//! The balance: total spending and revenue against the rule, always in view (sticky on a phone).

use crate::app::use_ui;
use crate::strings::{say, strings};
use leptos::prelude::*;
use pbsim_core::submission::describe_balance_problem;
use pbsim_core::{Allocation, BalanceProblem, Budget, MoneyStyle, format_money};
use std::sync::Arc;

/// The live totals and whether the budget can be submitted.
#[component]
pub fn BalanceBar(
    budget: Arc<Budget>,
    allocation: Signal<Allocation>,
    /// Why the budget cannot be submitted yet, if it cannot.
    problem: Signal<Option<BalanceProblem>>,
    /// More to keep in view (the resident's progress).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    let totals = Memo::new(move |_| allocation.with(|a| budget.totals(a)));
    let money = move |m| format_money(m, currency, ui.locale.get(), MoneyStyle::Compact);
    let s = move || strings(ui.locale.get());
    view! {
        <section class="balance" aria-label=say(ui.locale, |w| w.balance) class:off=move || problem.get().is_some()>
            <dl>
                <div><dt>{say(ui.locale, |w| w.total_spending)}</dt><dd data-testid="total-spending">{move || money(totals.get().spending)}</dd></div>
                <div><dt>{say(ui.locale, |w| w.total_revenue)}</dt><dd>{move || money(totals.get().revenue)}</dd></div>
                <div><dt>{say(ui.locale, |w| w.balance)}</dt><dd>{move || money(totals.get().balance)}</dd></div>
            </dl>
            <p role="status" class="balance-status">
                {move || match problem.get() {
                    None => s().balanced.to_owned(),
                    Some(p) => describe_balance_problem(p, currency, ui.locale.get()),
                }}
            </p>
            {children.map(|c| c())}
        </section>
    }
}
