//! A budget of projects' public results: every project's votes and, once the consultation has
//! closed, whether the city's rule funds it, with one sentence naming the rule and the money it
//! spends. A table (its own text equivalent), built with the results' other tables' `text_table`.

use super::text_table;
use crate::app::use_ui;
use crate::projects_strings::{decided_sentence, funded_heads, funded_word};
use leptos::prelude::*;
use pbsim_core::wire::{ProjectChoice, PublicProjects};
use pbsim_core::{Budget, MoneyStyle, format_money};
use std::sync::Arc;

/// Every project of `budget` with its cost, the resident's own choice right after they sent it
/// (`you`: ✓, or the points given), its votes and (after the close) "Funded"/"Not funded".
#[component]
pub fn FundedTable(budget: Arc<Budget>, figures: PublicProjects, you: Option<ProjectChoice>) -> impl IntoView {
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
                    let mine = you.as_ref().map(|c| match (c, crate::choice::given(c, &f.id)) {
                        (_, 0) => String::new(),
                        (ProjectChoice::Approved(_), _) => "✓".to_owned(),
                        (ProjectChoice::Points(_), n) => n.to_string(),
                    });
                    let mut cells = vec![money(p.cost)];
                    cells.extend(mine);
                    cells.push(f.votes.to_string());
                    cells.extend(f.funded.map(|funded| funded_word(locale, funded).to_owned()));
                    Some((p.title.get(locale).to_owned(), cells))
                })
                .collect();
            let [project, cost, votes, outcome] = funded_heads(locale);
            let mine = you.as_ref().map(|_| crate::projects_strings::project_words(locale).your_choice);
            let head = [Some(project), Some(cost), mine, Some(votes), decided.then_some(outcome)];
            let head = head.into_iter().flatten().collect();
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
