//! A budget of projects' public results: every project's votes and, once the consultation has
//! closed, whether the city's rule funds it, with one sentence naming the rule and the money it
//! spends. A table (its own text equivalent), built with the results' other tables' `text_table`.

use super::text_table;
use crate::app::use_ui;
use crate::projects_strings::{decided_sentence, funded_heads, funded_word};
use leptos::prelude::*;
use pbsim_core::wire::PublicProjects;
use pbsim_core::{Budget, MoneyStyle, format_money};
use std::sync::Arc;

/// Every project of `budget` with its cost, its votes and (after the close) "Funded"/"Not funded".
#[component]
pub fn FundedTable(budget: Arc<Budget>, figures: PublicProjects) -> impl IntoView {
    let ui = use_ui();
    let selection = budget.projects.clone();
    let currency = budget.currency;
    let decided = figures.outcome.is_some();
    let table = {
        let figures = figures.clone();
        move || {
            let locale = ui.locale.get();
            let Some(selection) = &selection else { return ().into_any() };
            let money = |m| format_money(m, currency, locale, MoneyStyle::Whole);
            let rows = figures
                .projects
                .iter()
                .filter_map(|f| {
                    let (_, p) = selection.project(&f.id)?;
                    let mut cells = vec![money(p.cost), f.votes.to_string()];
                    cells.extend(f.funded.map(|funded| funded_word(locale, funded).to_owned()));
                    Some((p.title.get(locale).to_owned(), cells))
                })
                .collect();
            let mut head = funded_heads(locale).to_vec();
            if !decided {
                head.pop();
            }
            text_table("funded-title", head, rows)
        }
    };
    let amount = budget.projects.as_ref().map(|p| p.amount);
    let sentence = move || {
        let locale = ui.locale.get();
        let money = |m| format_money(m, currency, locale, MoneyStyle::Whole);
        let (outcome, amount) = (figures.outcome.as_ref()?, amount?);
        Some(decided_sentence(locale, outcome.rule, &money(outcome.spent), &money(amount), &money(outcome.unspent)))
    };
    view! {
        <p id="funded-title">{sentence}</p>
        {table}
    }
}
