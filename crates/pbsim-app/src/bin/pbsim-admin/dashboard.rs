//! `/admin` and `/admin/{budget}`: the finance officers' dashboard. After logging in, an officer
//! sees first every line's change in money (the overview the public results page leads with too),
//! then how many residents took part and when, each line's distribution against this year's value
//! with the mean, median and independent-markets aggregate, the comments, and downloads; answers
//! filter everything, and a switch weights it by population shares.
//!
//! The server computes every statistic (`pbsim-core`'s aggregation behind `/api/admin`); this page
//! fetches the report, turns it into whole display units with `pbsim-core`'s
//! [`figures`](pbsim_core::aggregate::figures), and draws.

pub mod api;

use crate::dashboard_strings::words;
use crate::distribution_chart::{DistributionChart, Mark};
use api::is_unauthorized;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_app::api::ApiError;
use pbsim_app::app::use_ui;
use pbsim_app::components::{ChangesChart, money_change};
use pbsim_core::aggregate::{LineChange, LineFigures, Unit, axis, figures, report_changes};
use pbsim_core::wire::{Comments, ReportPage};
use pbsim_core::{Budget, Currency, Locale, Money, MoneyStyle, QuestionKind, format_count, format_money, format_rate};
use std::collections::BTreeMap;
use std::sync::Arc;

/// What a fetch has given so far.
#[derive(Clone, Debug, PartialEq)]
enum Load<T> {
    Loading,
    Ready(T),
    Failed(ApiError),
}

/// Runs `fetch` now, and again whenever the signals it reads change, keeping only the answer to
/// the latest run in `into` (the previous answer stays on screen until then).
///
/// This is what `LocalResource` does; written out because `LocalResource` (its async-derived
/// signal, instantiated for each of the five answers below) made the dashboard 13 KB of gzip
/// larger, measured with the same build: 8 % of its download, for these twenty lines.
fn load_into<T: Clone + Send + Sync + 'static, F: std::future::Future<Output = Result<T, ApiError>> + 'static>(
    into: RwSignal<Load<T>>,
    fetch: impl Fn() -> F + 'static,
) {
    let latest = StoredValue::new(0u32);
    Effect::new(move |_| {
        let future = fetch();
        let run = latest.get_value().wrapping_add(1);
        latest.set_value(run);
        spawn_local(async move {
            let result = future.await;
            if latest.get_value() == run {
                into.set(match result {
                    Ok(v) => Load::Ready(v),
                    Err(e) => Load::Failed(e),
                });
            }
        });
    });
}

/// The dashboard's root (the `pbsim-admin` binary): `/admin` lists the budgets, `/admin/{id}`
/// shows one budget's results.
#[component]
pub fn AdminApp() -> impl IntoView {
    let locale = window().navigator().language().and_then(|tag| Locale::from_tag(&tag)).unwrap_or_default();
    pbsim_app::app::provide_ui(locale);
    let path = window().location().pathname().unwrap_or_default();
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    let id = match parts.as_slice() {
        ["admin", id] => Some((*id).to_owned()),
        _ => None,
    };
    view! { <DashboardPage id=id/> }
}

/// The dashboard page: the login form until an officer is logged in, then the list of budgets
/// (`/admin`) or one budget's results (`/admin/{id}`).
#[component]
pub fn DashboardPage(
    /// The budget to show, if the path names one.
    id: Option<String>,
) -> impl IntoView {
    let ui = use_ui();
    let w = words(ui.locale.get_untracked());
    let officer = RwSignal::new(Load::Loading);
    // Bumped to ask the server again who is logged in (after logging in or out).
    let asked = RwSignal::new(0u32);
    load_into(officer, move || {
        asked.track();
        api::me()
    });
    let log_out = move |_| {
        spawn_local(async move {
            api::logout().await;
            asked.update(|n| *n += 1);
        })
    };
    view! {
        <main class="page dashboard">
            {move || match officer.get() {
                Load::Loading => view! { <p>{w.loading}</p> }.into_any(),
                Load::Ready(Some(name)) => view! {
                    <div class="officer">
                        <span>{name}</span>
                        <button type="button" on:click=log_out>{w.log_out}</button>
                    </div>
                    {match id.clone() {
                        Some(id) => view! { <BudgetResults id=id/> }.into_any(),
                        None => view! { <Budgets/> }.into_any(),
                    }}
                }.into_any(),
                Load::Ready(None) => view! { <LoginForm on_login=Callback::new(move |()| asked.update(|n| *n += 1))/> }.into_any(),
                Load::Failed(e) => view! { <p role="alert">{w.failed}" "{e.to_string()}</p> }.into_any(),
            }}
        </main>
    }
}

/// Username and password.
#[component]
fn LoginForm(
    /// Called once the server accepted the login.
    on_login: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let w = words(ui.locale.get_untracked());
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, p) = (username.get_untracked(), password.get_untracked());
        spawn_local(async move {
            match api::login(u, p).await {
                Ok(true) => on_login.run(()),
                Ok(false) => error.set(Some(w.wrong_login.to_owned())),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <h1>{w.log_in_title}</h1>
        <form class="login" on:submit=on_submit>
            <label for="officer-username">{w.username}</label>
            <input id="officer-username" type="text" autocomplete="username" required
                on:input:target=move |ev| username.set(ev.target().value())/>
            <label for="officer-password">{w.password}</label>
            <input id="officer-password" type="password" autocomplete="current-password" required
                on:input:target=move |ev| password.set(ev.target().value())/>
            <button type="submit">{w.log_in}</button>
            <div role="alert">{move || error.get()}</div>
        </form>
    }
}

/// Links to each budget's results.
#[component]
fn Budgets() -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let list = RwSignal::new(Load::Loading);
    load_into(list, api::budgets);
    view! {
        <h1>{words(locale).choose_budget}</h1>
        {move || match list.get() {
            Load::Ready(budgets) => view! {
                <ul class="budget-list">
                    {budgets.into_iter().map(|b| view! {
                        <li><a href=format!("/admin/{}", b.id)>{b.title.get(locale).to_owned()}</a></li>
                    }).collect_view()}
                </ul>
            }.into_any(),
            Load::Failed(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
            Load::Loading => ().into_any(),
        }}
    }
}

/// Loads the budget (its labels and questions), then shows its [`Results`].
#[component]
fn BudgetResults(id: String) -> impl IntoView {
    let ui = use_ui();
    let w = words(ui.locale.get_untracked());
    let budget = RwSignal::new(Load::Loading);
    load_into(budget, move || {
        let id = id.clone();
        async move { pbsim_app::api::fetch_budget(&id).await }
    });
    move || match budget.get() {
        Load::Loading => view! { <p>{w.loading}</p> }.into_any(),
        Load::Ready(b) => view! { <Results budget=Arc::new(b)/> }.into_any(),
        Load::Failed(e) => view! { <p role="alert">{w.failed}" "{e.to_string()}</p> }.into_any(),
    }
}

/// A figure of a line in its unit: micro-percent shown as a percentage (one decimal for shares,
/// four for tax rates), or money.
fn figure(unit: Unit, value: i64, currency: Currency, locale: Locale) -> String {
    match unit {
        Unit::Share => format_rate(value, locale, 1),
        Unit::Rate => format_rate(value, locale, 4),
        Unit::Money => format_money(Money(value), currency, locale, MoneyStyle::Whole),
    }
}

/// The histogram's scale: its bins and every mark, and at least a quarter of this year's value
/// wide, so a line every resident kept reads as one narrow bar at its value, not a block.
fn scale(line: &LineFigures, marks: &[Mark]) -> (i64, i64) {
    let end = line.start + line.width * line.counts.len() as i64;
    let (lo, hi) = axis(marks.iter().map(|m| m.at), (line.start, end), line.baseline.abs() / 4);
    // Shares, amounts and rates are never negative: the scale starts at 0 at the lowest.
    (if line.start >= 0 { lo.max(0) } else { lo }, hi)
}

/// The question whose population shares can weight the results (the first that has them).
fn weighting_question(budget: &Budget) -> Option<(String, pbsim_core::Text)> {
    budget.questions.iter().find_map(|q| match &q.kind {
        QuestionKind::Choice { options }
            if !options.is_empty() && options.iter().all(|o| o.population_share.is_some()) =>
        {
            Some((q.id.clone(), q.label.clone()))
        }
        _ => None,
    })
}

/// Everything about one budget's submissions.
#[component]
fn Results(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let filters: RwSignal<BTreeMap<String, String>> = RwSignal::new(BTreeMap::new());
    let weighted = RwSignal::new(false);
    let intervals = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    let filter = Memo::new(move |_| {
        filters.with(|f| {
            f.iter().filter(|(_, o)| !o.is_empty()).map(|(q, o)| format!("{q}:{o}")).collect::<Vec<_>>().join(",")
        })
    });
    let weight_question = weighting_question(&budget);
    let weight_id = weight_question.as_ref().map(|(id, _)| id.clone());
    let id = budget.id.clone();
    let report = RwSignal::new(Load::Loading);
    load_into(report, {
        let id = id.clone();
        move || {
            let (id, filter, by) = (id.clone(), filter.get(), weighted.get().then(|| weight_id.clone()).flatten());
            let intervals = intervals.get();
            async move { api::report(&id, &filter, by.as_deref(), intervals).await }
        }
    });
    let comments = RwSignal::new(Load::Loading);
    load_into(comments, {
        let id = id.clone();
        move || {
            let (id, filter, q) = (id.clone(), filter.get(), search.get());
            async move { api::comments(&id, &filter, &q).await }
        }
    });

    let selects = budget
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::Choice { options } => Some((q.id.clone(), q.label.get(locale).to_owned(), options.clone())),
            QuestionKind::Text { .. } => None,
        })
        .map(|(qid, label, options)| {
            let input = format!("filter-{qid}");
            view! {
                <div class="field">
                    <label for=input.clone()>{label}</label>
                    <select id=input on:change:target=move |ev| {
                        let value = ev.target().value();
                        filters.update(|f| {
                            f.insert(qid.clone(), value);
                        });
                    }>
                        <option value="">{w.all_answers}</option>
                        {options.into_iter().map(|o| view! {
                            <option value=o.id.clone()>{o.label.get(locale).to_owned()}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    let weight_switch = weight_question.map(|(_, label)| {
        view! {
            <div class="field checkbox">
                <input id="weighted" type="checkbox" on:change:target=move |ev| weighted.set(ev.target().checked())/>
                <label for="weighted">{w.weight_by}" "{label.get(locale).to_owned()}</label>
            </div>
        }
    });
    let download = move |format: &'static str| {
        let id = id.clone();
        move || format!("/api/admin/budgets/{id}/export/{format}{}", api::query(&filter.get(), &[]))
    };
    let title = budget.title.get(locale).to_owned();
    let for_report = budget.clone();
    let for_response = budget.clone();

    view! {
        <h1>{format!("{} {title}", w.results)}</h1>
        <section class="controls" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{w.filters}</h2>
            {selects}
            {weight_switch}
            <div class="field checkbox">
                <input id="intervals" type="checkbox" on:change:target=move |ev| intervals.set(ev.target().checked())/>
                <label for="intervals">{w.intervals}</label>
            </div>
        </section>
        <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{w.downloads}</h2>
            <p class="downloads">
                <a href=download("csv") download>{w.download_csv}</a>
                <a href=download("xlsx") download>{w.download_xlsx}</a>
            </p>
        </section>
        {move || match report.get() {
            Load::Loading => view! { <p>{w.loading}</p> }.into_any(),
            Load::Ready(page) => view! { <ReportView budget=for_report.clone() page=page/> }.into_any(),
            Load::Failed(e) if is_unauthorized(&e) => view! { <p role="alert">{w.wrong_login}</p> }.into_any(),
            Load::Failed(e) => view! { <p role="alert">{w.failed}" "{e.to_string()}</p> }.into_any(),
        }}
        <crate::response_form::ResponseForm budget=for_response/>
        <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{w.comments}</h2>
            <div class="field">
                <label for="comment-search">{w.search_comments}</label>
                <input id="comment-search" type="search" on:input:target=move |ev| search.set(ev.target().value())/>
            </div>
            {move || match comments.get() {
                Load::Ready(c) => view! { <CommentList budget=budget.clone() comments=c/> }.into_any(),
                Load::Failed(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
                Load::Loading => ().into_any(),
            }}
        </section>
    }
}

/// The comments found.
#[component]
fn CommentList(budget: Arc<Budget>, comments: Comments) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    view! {
        <p role="status">{format!("{} {}", format_count(comments.total as u64, locale), w.comments_found)}</p>
        <ul class="comments">
            {comments.comments.into_iter().map(|c| {
                let section = c.section.as_ref().and_then(|s| budget.section(s)).map_or(w.overall.to_owned(), |s| s.title.get(locale).to_owned());
                view! {
                    <li>
                        <blockquote>{c.text}</blockquote>
                        <p class="meta">{section}" · "{c.received_at.chars().take(10).collect::<String>()}</p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

/// The report: participation, then every line (or, on a budget of projects, every rule's outcome).
#[component]
fn ReportView(budget: Arc<Budget>, page: ReportPage) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let r = page.report;
    let count = format!(
        "{} {} {} {}",
        format_count(r.submissions as u64, locale),
        w.of,
        format_count(r.total_submissions as u64, locale),
        w.submissions
    );
    let days = page
        .per_day
        .into_iter()
        .map(|d| view! { <tr><td>{d.day}</td><td>{format_count(d.count as u64, locale)}</td></tr> })
        .collect_view();
    let changes = report_changes(&budget, &r);
    let (spending, revenue): (Vec<LineFigures>, Vec<LineFigures>) =
        figures(&r).into_iter().partition(|l| l.unit == Unit::Share);
    let line_views = |lines: Vec<LineFigures>| {
        let views = lines.into_iter().map(|l| {
            let money = changes.iter().find(|c| c.id == l.id).cloned();
            view! { <LineResult budget=budget.clone() line=l money=money/> }
        });
        view! { <div class="line-results">{views.collect_view()}</div> }
    };
    let overview = (!changes.is_empty()).then(|| {
        view! {
            <section aria-labelledby="overview-heading">
                <h2 id="overview-heading">{w.overview}</h2>
                <ChangesChart budget=budget.clone() changes=changes.clone()/>
            </section>
        }
    });
    let empty = (r.submissions == 0).then(|| view! { <p>{w.no_submissions}</p> });
    let participation = view! {
        <section aria-labelledby="participation-heading">
            <h2 id="participation-heading" class="count">{count}</h2>
            {empty}
            <table>
                <caption>{w.per_day}</caption>
                <thead><tr><th scope="col">{w.day}</th><th scope="col">{w.count}</th></tr></thead>
                <tbody>{days}</tbody>
            </table>
        </section>
    };
    // A budget of projects has no lines: its outcomes under each rule instead.
    if let Some(outcome) = page.projects {
        return view! {
            {participation}
            <crate::projects_outcome::ProjectsOutcomeView budget=budget outcome=outcome/>
        }
        .into_any();
    }
    let revenue = (!revenue.is_empty()).then(|| {
        view! {
            <section aria-labelledby="revenue-heading">
                <h2 id="revenue-heading">{w.revenue}</h2>
                {line_views(revenue)}
            </section>
        }
    });
    view! {
        {overview}
        {participation}
        <section aria-labelledby="spending-heading">
            <h2 id="spending-heading">{w.spending}</h2>
            <p class="note">{w.spending_note}</p>
            {line_views(spending)}
        </section>
        {revenue}
    }
    .into_any()
}

/// One line: its chart, and its figures, which double as the chart's legend, with the aggregate and
/// the median in money (`money`, from the overview) under them.
#[component]
fn LineResult(budget: Arc<Budget>, line: LineFigures, money: Option<LineChange>) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let label = budget.line(&line.id).map_or(line.id.clone(), |l| l.label.get(locale).to_owned());
    let heading = format!("line-{}-heading", line.id);
    let labelled_by = heading.clone();
    let show = |v: i64| figure(line.unit, v, budget.currency, locale);
    let pct = |v: i64| format_rate(v, locale, 0);
    let movement = format!(
        "{} {}, {} {}, {} {}",
        pct(line.raised),
        w.raised,
        pct(line.lowered),
        w.lowered,
        pct(line.kept),
        w.kept
    );
    // (name, value, colour of its mark on the chart)
    let mut figures: Vec<(&'static str, String, Option<usize>)> = vec![
        (w.baseline, show(line.baseline), Some(0)),
        (w.mean, show(line.mean), Some(1)),
        (w.median, show(line.median), Some(2)),
    ];
    let mut marks = vec![
        Mark { at: line.baseline, colour: 0, dashed: true },
        Mark { at: line.mean, colour: 1, dashed: false },
        Mark { at: line.median, colour: 2, dashed: false },
    ];
    if let Some(im) = line.independent_markets {
        figures.push((w.independent_markets, show(im), Some(3)));
        marks.push(Mark { at: im, colour: 3, dashed: false });
    }
    figures.push((w.iqr, format!("{} – {}", show(line.q1), show(line.q3)), None));
    if let Some(cw) = line.cw_median {
        figures.push((w.cw_median, show(cw), None));
    }
    let description =
        format!("{label}: {}", figures.iter().map(|(k, v, _)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
    let (lo, hi) = scale(&line, &marks);
    let axis = format!("{} – {}", show(lo), show(hi));
    let in_money = money.map(|c| {
        let currency = budget.currency;
        let amount = |m: Money, change: Money| {
            format!(
                "{} ({})",
                format_money(m, currency, locale, MoneyStyle::Whole),
                money_change(change, currency, locale)
            )
        };
        let mut parts = Vec::new();
        if let (Some(a), Some(d)) = (c.aggregate, c.aggregate_change()) {
            parts.push(format!("{} {}", w.independent_markets, amount(a, d)));
        }
        parts.push(format!("{} {}", w.median, amount(c.median, c.median_change())));
        view! { <p class="money">{w.in_money}" "{parts.join(", ")}</p> }
    });
    view! {
        <article class="line-result" aria-labelledby=labelled_by>
            <h3 id=heading>{label}</h3>
            <DistributionChart start=line.start width=line.width counts=line.counts marks=marks scale=(lo, hi) description=description/>
            <p class="meta">{axis}</p>
            <dl class="figures">
                {figures.into_iter().map(|(k, v, colour)| {
                    // The colours are assets/admin.css's `.swatch-N`, the same as the chart's COLOURS.
                    let swatch = colour.map(|c| view! { <span class=format!("swatch swatch-{c}") aria-hidden="true"></span> });
                    view! { <div><dt>{swatch}{k}</dt><dd>{v}</dd></div> }
                }).collect_view()}
            </dl>
            {in_money}
            <p class="movement">{movement}</p>
        </article>
    }
}
