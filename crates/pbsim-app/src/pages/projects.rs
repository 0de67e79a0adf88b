//! `/b/{id}` (and `/embed/{id}`) for a budget of projects: every project with its cost and what it
//! is, filters by category and area, the ballot's rule in one sentence and enforced as the resident
//! chooses (a choice the rule refuses is undone, with the reason beside the project), the running
//! "spent of the budget" chart, and the same end of the form as the simulator's.
//!
//! Everything but the list of projects is the simulator's own: the [`Editor`] (draft on the device,
//! share link, submit, retry, invite code, honeypot), the header, the opening note, the final
//! section and the receipt. The rule is `pbsim_core::projects::check_choice`, the server's check.

use super::simulator::editor::{ChoiceRules, Editor};
use super::simulator::everyone::Everyone;
use super::simulator::form::FinalSection;
use super::simulator::summary::{ReceiptEnd, ReceiptHead};
use super::simulator::window::OpenUntil;
use super::simulator::{BudgetHeader, OpeningNote, title_follows_locale};
use crate::app::use_ui;
use crate::choice;
use crate::components::{ShareLink, invite_from_query, spent_chart};
use crate::projects_strings::{
    ProjectWords, points_sentence, problem, project_words, rule_sentence, say_project, spent_sentence,
};
use crate::strings::say;
use leptos::prelude::*;
use pbsim_core::projects::{BudgetProject, ProjectSelection};
use pbsim_core::wire::{Problem, ProjectChoice};
use pbsim_core::{Budget, Currency, Locale, Money, MoneyStyle, Text, format_money};
use std::sync::Arc;

/// How the shared editor reads, checks and words a choice: given here, so only the projects page's
/// binary carries it.
const CHOICE_RULES: ChoiceRules = ChoiceRules {
    from_fragment: choice::from_fragment,
    check: pbsim_core::projects::check_choice,
    describe: |locale, selection, currency, p| problem(locale, selection, currency, p, None),
};

/// Why the resident's last change to a project was refused (and undone).
#[derive(Clone, Debug, PartialEq)]
enum Refusal {
    /// The ballot's rule refuses the choice tried.
    Rule(Problem, ProjectChoice),
    /// A points field holds something else than a whole number.
    NotANumber,
}

/// The last refusal, beside the project it concerns.
type Refused = RwSignal<Option<(String, Refusal)>>;

/// The page for a budget of projects, already loaded and open.
#[component]
pub fn Projects(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let fragment = window().location().hash().unwrap_or_default();
    let (editor, opening) = Editor::open(budget.clone(), &fragment, invite_from_query(), Some(CHOICE_RULES));
    editor.keep_on_device();
    title_follows_locale(&budget);
    let Some(selection) = budget.projects.clone().map(Arc::new) else {
        return ().into_any();
    };
    let on_submit = {
        let editor = editor.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            editor.submit(ui.locale.get_untracked());
        }
    };
    let refused: Refused = RwSignal::new(None);
    let clear = {
        let editor = editor.clone();
        move |_| {
            refused.set(None);
            editor.reset_lines();
        }
    };
    let currency = budget.currency;
    let rule = {
        let selection = selection.clone();
        move || rule_sentence(ui.locale.get(), &selection, currency)
    };
    let form = view! {
        <div class="editor" hidden=move || editor.receipt.get().is_some()>
            <OpeningNote opening=opening editor=editor.clone()/>
            <p class="rule" id="ballot-rule">{rule}</p>
            <div class="layout">
                <div class="main-col">
                <form id="budget-form" class="budget-form" on:submit=on_submit novalidate>
                    <div class="form-tools">
                        <p class="hint">{say(ui.locale, |w| w.draft_kept)}</p>
                        <button type="button" on:click=clear disabled=editor.read_only>{say_project(ui.locale, |w| w.clear)}</button>
                    </div>
                    <ProjectList selection=selection.clone() currency=currency editor=editor.clone() refused=refused/>
                    <FinalSection budget=budget.clone() editor=editor.clone()/>
                </form>
                <ShareLink url=editor.share_url()/>
                </div>
                <aside class="glance" aria-labelledby="glance-title">
                    <h2 id="glance-title">{say(ui.locale, |w| w.at_a_glance)}</h2>
                    <Spent selection=selection.clone() currency=currency choice=editor.choice/>
                </aside>
            </div>
        </div>
    };
    let summary_selection = selection.clone();
    let everyone = budget.clone();
    let consultation = budget.consultation;
    view! {
        <main class="page simulator projects" id="main">
            <BudgetHeader budget=budget/>
            <OpenUntil consultation=consultation/>
            {move || editor.receipt.get().map(|r| {
                let again = editor.clone();
                view! {
                    <section class="summary" aria-labelledby="summary-title">
                        <ReceiptHead receipt=r/>
                        <Chosen selection=summary_selection.clone() currency=currency choice=editor.choice/>
                        <Everyone budget=everyone.clone() you=None chosen=editor.choice.get_untracked()/>
                        <ReceiptEnd comment=editor.comment.into() on_start_again=Callback::new(move |()| {
                            refused.set(None);
                            again.start_again();
                        })/>
                    </section>
                }
            })}
            {form}
        </main>
    }
    .into_any()
}

/// The distinct texts among `texts` (by their English text), in the order met.
fn distinct(texts: impl Iterator<Item = Option<Text>>) -> Vec<Text> {
    let mut out: Vec<Text> = Vec::new();
    for t in texts.flatten() {
        if !out.iter().any(|o| o.en == t.en) {
            out.push(t);
        }
    }
    out
}

/// A filter over one of the projects' texts (category, area), shown only when the projects have
/// more than one: its `<select>`, and the index of the text chosen (`None`: every project).
fn filter(
    id: &'static str,
    label: fn(&'static ProjectWords) -> &'static str,
    all: fn(&'static ProjectWords) -> &'static str,
    options: Vec<Text>,
    chosen: RwSignal<Option<usize>>,
) -> Option<impl IntoView> {
    let ui = use_ui();
    (options.len() > 1).then(|| {
        view! {
            <div class="field filter">
                <label for=id>{say_project(ui.locale, label)}</label>
                <select id=id on:change:target=move |ev| chosen.set(ev.target().value().parse().ok())>
                    <option value="">{say_project(ui.locale, all)}</option>
                    {options.into_iter().enumerate().map(|(i, t)| view! {
                        <option value=i.to_string()>{move || t.get(ui.locale.get()).to_owned()}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    })
}

/// The filters and every project, with its checkbox or its points field.
#[component]
fn ProjectList(
    selection: Arc<ProjectSelection>,
    currency: Currency,
    editor: Editor,
    refused: Refused,
) -> impl IntoView {
    let ui = use_ui();
    let categories = distinct(selection.projects.iter().map(|p| p.category.clone()));
    let areas = distinct(selection.projects.iter().map(|p| p.area.clone()));
    let (category, area) = (RwSignal::new(None::<usize>), RwSignal::new(None::<usize>));
    let shown = {
        let (categories, areas) = (categories.clone(), areas.clone());
        move |p: &BudgetProject| {
            let fits = |chosen: Option<usize>, options: &[Text], text: &Option<Text>| {
                chosen.and_then(|i| options.get(i)).is_none_or(|o| text.as_ref().is_some_and(|t| t.en == o.en))
            };
            fits(category.get(), &categories, &p.category) && fits(area.get(), &areas, &p.area)
        }
    };
    let filters = (
        filter("filter-category", |w| w.category, |w| w.all_categories, categories, category),
        filter("filter-area", |w| w.area, |w| w.all_areas, areas, area),
    );
    let items = selection
        .projects
        .iter()
        .map(|p| {
            let visible = {
                let (shown, p) = (shown.clone(), p.clone());
                move || shown(&p)
            };
            view! {
                <ProjectItem selection=selection.clone() project=p.clone() currency=currency editor=editor.clone()
                    refused=refused visible=Signal::derive(visible)/>
            }
        })
        .collect_view();
    view! {
        <fieldset class="section project-list" aria-describedby="ballot-rule">
            <legend>{say_project(ui.locale, |w| w.projects)}</legend>
            {filters}
            <ul class="projects">{items}</ul>
        </fieldset>
    }
}

/// One project: its title and cost on the label of its checkbox (or points field), what it is, and
/// why the last change to it was refused.
#[component]
fn ProjectItem(
    selection: Arc<ProjectSelection>,
    project: BudgetProject,
    currency: Currency,
    editor: Editor,
    refused: Refused,
    visible: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    let (choice, read_only) = (editor.choice, editor.read_only);
    let id = project.id.clone();
    let input_id = format!("project-{id}");
    let (about_id, refused_id) = (format!("project-{id}-about"), format!("project-{id}-refused"));
    let cost = move || format_money(project.cost, currency, ui.locale.get(), MoneyStyle::Whole);
    let given = {
        let id = id.clone();
        move || choice.with(|c| c.as_ref().map_or(0, |c| choice::given(c, &id)))
    };
    // Tries `n` for this project: kept when the rule allows it, else undone with the reason.
    let attempt = {
        let (selection, id) = (selection.clone(), id.clone());
        move |n: u64| -> bool {
            let Some(current) = choice.get_untracked() else { return false };
            let tried = choice::with(&current, &id, n);
            match choice::breaks_rule(&selection, currency, &tried) {
                Some(problem) => {
                    refused.set(Some((id.clone(), Refusal::Rule(problem, tried))));
                    false
                }
                None => {
                    refused.set(None);
                    choice.set(Some(tried));
                    true
                }
            }
        }
    };
    let reason = {
        let (selection, id) = (selection.clone(), id.clone());
        move || {
            let locale = ui.locale.get();
            refused.with(|r| match r {
                Some((at, Refusal::Rule(p, tried))) if *at == id => {
                    Some(problem(locale, &selection, currency, p, Some(tried)))
                }
                Some((at, Refusal::NotANumber)) if *at == id => Some(project_words(locale).not_a_number.to_owned()),
                _ => None,
            })
        }
    };
    let checked = {
        let given = given.clone();
        move || (given() > 0).to_string()
    };
    let described = format!("{about_id} {refused_id} ballot-rule");
    let title = project.title.clone();
    let control = match selection.ballot {
        pbsim_core::projects::BallotKind::Cumulative { points, max_per_project } => {
            let title = title.clone();
            let attempt = attempt.clone();
            let pid = id.clone();
            view! {
                <label for=input_id.clone()>
                    {say_project(ui.locale, |w| w.points_for)}" "
                    {move || title.get(ui.locale.get()).to_owned()}" ("{cost}")"
                </label>
                <input type="number" id=input_id min="0" max=max_per_project.unwrap_or(points) step="1"
                    inputmode="numeric" aria-describedby=described disabled=read_only
                    prop:value=move || given().to_string()
                    on:input:target=move |ev| {
                        let text = ev.target().value();
                        let before = choice.with_untracked(|c| c.as_ref().map_or(0, |c| choice::given(c, &pid)));
                        match text.trim().parse::<u64>() {
                            Ok(n) => if !attempt(n) {
                                ev.target().set_value(&before.to_string());
                            },
                            // An emptied field is on its way to a new number.
                            Err(_) if text.trim().is_empty() => {}
                            Err(_) => refused.set(Some((pid.clone(), Refusal::NotANumber))),
                        }
                    }/>
            }
            .into_any()
        }
        _ => view! {
            <input type="checkbox" id=input_id.clone() aria-describedby=described disabled=read_only
                prop:checked=move || given() != 0
                on:change:target=move |ev| {
                    let on = ev.target().checked();
                    if !attempt(u64::from(on)) {
                        ev.target().set_checked(!on);
                    }
                }/>
            <label for=input_id>{move || title.get(ui.locale.get()).to_owned()}", "<span class="cost">{cost}</span></label>
        }
        .into_any(),
    };
    let about = {
        let project = project.clone();
        move || {
            let locale = ui.locale.get();
            let tags: Vec<&str> =
                [&project.category, &project.area].into_iter().flatten().map(|t| t.get(locale)).collect();
            (project.description.get(locale).to_owned(), tags.join(" · "))
        }
    };
    view! {
        <li class="project" hidden=move || !visible.get() data-chosen=checked>
            <div class="field choice">{control}</div>
            <p class="project-about" id=about_id>
                {let about = about.clone(); move || { let d = about().0; (!d.is_empty()).then(|| view! { <span class="desc">{d}</span><br/> }) }}
                <span class="tags">{move || about().1}</span>
            </p>
            <p class="field-error" id=refused_id role="alert">{reason}</p>
        </li>
    }
}

/// The running chart of what the choice takes of the budget (or of the points), with its sentence.
#[component]
fn Spent(
    selection: Arc<ProjectSelection>,
    currency: Currency,
    choice: RwSignal<Option<ProjectChoice>>,
) -> impl IntoView {
    let ui = use_ui();
    let points = match selection.ballot {
        pbsim_core::projects::BallotKind::Cumulative { points, .. } => Some(points),
        _ => None,
    };
    let parts = {
        let selection = selection.clone();
        Signal::derive(move || {
            choice.with(|c| {
                let Some(c) = c else { return Vec::new() };
                let ids: Vec<(&str, u64)> = match c {
                    ProjectChoice::Approved(ids) => ids.iter().map(|i| (i.as_str(), 1)).collect(),
                    ProjectChoice::Points(p) => p.0.iter().map(|(i, n)| (i.as_str(), *n)).collect(),
                };
                ids.into_iter()
                    .filter_map(|(id, n)| match points {
                        Some(_) => Some(n),
                        None => selection.project(id).map(|(_, p)| p.cost.0.max(0) as u64),
                    })
                    .collect()
            })
        })
    };
    let whole = points.unwrap_or(selection.amount.0.max(0) as u64);
    let sentence = Signal::derive(move || {
        let locale = ui.locale.get();
        choice.with(|c| {
            let given = c.as_ref().map_or(0, choice::points_given);
            match points {
                Some(total) => points_sentence(locale, given, total),
                None => {
                    let spent = c.as_ref().map_or(Money::ZERO, |c| choice::cost(&selection, c));
                    let money = |m: Money| format_money(m, currency, locale, MoneyStyle::Whole);
                    spent_sentence(locale, &money(spent), &money(selection.amount), &money(selection.amount - spent))
                }
            }
        })
    });
    let caption: fn(&'static ProjectWords) -> &'static str =
        if points.is_some() { |w| w.chart_points } else { |w| w.chart_spent };
    spent_chart(say_project(ui.locale, caption), parts, whole, sentence)
}

/// The projects chosen, in the receipt: each with its cost (or its points).
#[component]
fn Chosen(
    selection: Arc<ProjectSelection>,
    currency: Currency,
    choice: RwSignal<Option<ProjectChoice>>,
) -> impl IntoView {
    let ui = use_ui();
    let lines = move || {
        let locale: Locale = ui.locale.get();
        choice.with(|c| {
            let pairs: Vec<(String, Option<u64>)> = match c {
                Some(ProjectChoice::Approved(ids)) => ids.iter().map(|i| (i.clone(), None)).collect(),
                Some(ProjectChoice::Points(p)) => p.0.iter().map(|(i, n)| (i.clone(), Some(*n))).collect(),
                None => Vec::new(),
            };
            pairs
                .into_iter()
                .filter_map(|(id, n)| {
                    let (_, p) = selection.project(&id)?;
                    let what = match n {
                        Some(n) => format!("{n} {}", project_words(locale).points),
                        None => format_money(p.cost, currency, locale, MoneyStyle::Whole),
                    };
                    Some(view! { <li>{format!("{}: {what}", p.title.get(locale))}</li> })
                })
                .collect_view()
        })
    };
    view! {
        <h3>{say_project(ui.locale, |w| w.your_choice)}</h3>
        <ul class="chosen">{lines}</ul>
    }
}
