//! The outcomes of a budget of projects, side by side: for each project its votes, its cost and
//! whether greedy, the Method of Equal Shares and Equal Shares completed by Add1 fund it; for each
//! rule the projects it funds in the order chosen, the money it spends and what it leaves unspent.
//! The server computes the outcomes (`ReportPage.projects`, from `pbsim_core::projects::outcomes`);
//! this view only lays them out, as tables a screen reader reads cell by cell.

use crate::dashboard_strings::{Words, words};
use leptos::prelude::*;
use pbsim_app::app::use_ui;
use pbsim_core::projects::BallotKind;
use pbsim_core::wire::{ProjectsOutcome, RuleId};
use pbsim_core::{Budget, Money, MoneyStyle, format_count, format_money};
use std::sync::Arc;

fn rule_name(w: &Words, rule: RuleId) -> &'static str {
    match rule {
        RuleId::Greedy => w.greedy,
        RuleId::Mes => w.mes,
        RuleId::MesAdd1 => w.mes_add1,
    }
}

/// Every rule's outcome, per project and per rule.
#[component]
pub fn ProjectsOutcomeView(budget: Arc<Budget>, outcome: ProjectsOutcome) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let money = |m: Money| format_money(m, budget.currency, locale, MoneyStyle::Whole);
    let title = |id: &str| {
        budget
            .projects
            .as_ref()
            .and_then(|s| s.project(id))
            .map_or_else(|| id.to_owned(), |(_, p)| p.title.get(locale).to_owned())
    };
    let cumulative = matches!(budget.projects.as_ref().map(|s| &s.ballot), Some(BallotKind::Cumulative { .. }));
    let rules: Vec<RuleId> = outcome.rules.iter().map(|r| r.rule).collect();
    let rule_heads = rules.iter().map(|r| view! { <th scope="col">{rule_name(w, *r)}</th> }).collect_view();
    let project_rows = outcome
        .projects
        .iter()
        .map(|p| {
            let cells = rules
                .iter()
                .map(|r| {
                    let won = p.won.contains(r);
                    view! {
                        <td class=if won { "won" } else { "lost" }>{if won { w.funded } else { w.not_funded }}</td>
                    }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{title(&p.id)}</th>
                    <td>{money(p.cost)}</td>
                    <td>{format_count(p.votes, locale)}</td>
                    {cumulative.then(|| view! { <td>{format_count(p.score, locale)}</td> })}
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let rule_rows = outcome
        .rules
        .iter()
        .map(|r| {
            let winners = r.winners.iter().map(|id| title(id)).collect::<Vec<_>>().join(", ");
            view! {
                <tr>
                    <th scope="row">{rule_name(w, r.rule)}</th>
                    <td>{winners}</td>
                    <td>{money(r.spent)}</td>
                    <td>{money(r.unspent)}</td>
                </tr>
            }
        })
        .collect_view();
    let summary = format!("{} {} {}", format_count(outcome.ballots, locale), w.ballots_of, money(outcome.amount));
    view! {
        <section aria-labelledby="outcomes-heading" class="outcomes">
            <h2 id="outcomes-heading">{w.outcomes}</h2>
            <p>{summary}</p>
            <p class="note">{w.outcomes_note}</p>
            <div class="table-scroll">
                <table>
                    <caption>{w.by_project}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{w.project}</th>
                            <th scope="col">{w.cost}</th>
                            <th scope="col">{w.votes}</th>
                            {cumulative.then(|| view! { <th scope="col">{w.score}</th> })}
                            {rule_heads}
                        </tr>
                    </thead>
                    <tbody>{project_rows}</tbody>
                </table>
            </div>
            <div class="table-scroll">
                <table>
                    <caption>{w.by_rule}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{w.rule}</th>
                            <th scope="col">{w.winners}</th>
                            <th scope="col">{w.spent}</th>
                            <th scope="col">{w.unspent}</th>
                        </tr>
                    </thead>
                    <tbody>{rule_rows}</tbody>
                </table>
            </div>
        </section>
    }
}
