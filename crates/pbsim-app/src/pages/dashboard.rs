//! `/admin` and `/admin/{budget}`: the finance officers' dashboard. After logging in, an officer
//! sees how many residents took part and when, each line's distribution against this year's value
//! with the mean, median and independent-markets aggregate, the comments, and downloads; answers
//! filter everything, and a switch weights it by population shares.
//!
//! The server computes every figure (`pbsim-core`'s aggregation behind `/api/admin`); this page
//! only fetches and draws, so the resident's page, which ships in the same wasm, carries no
//! statistics or export code.

mod api;

use crate::app::use_ui;
use crate::components::{DistributionChart, Mark};
use crate::dashboard_strings::{Words, words};
use api::{Comments, Dashboard, Failure};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::aggregate::{LineReport, Movement};
use pbsim_core::{Budget, Currency, LineKind, Locale, Money, MoneyStyle, QuestionKind, format_count, format_money, format_rate};
use std::collections::BTreeMap;
use std::sync::Arc;

/// The dashboard's own layout, injected only on its pages: the resident's page never loads it.
const STYLE: &str = ".dashboard .officer{display:flex;justify-content:flex-end;gap:.5rem;align-items:center}\
.dashboard .chart{width:100%;height:auto;max-width:640px}\
.dashboard .figures{display:flex;flex-wrap:wrap;gap:0 1.25rem;margin:.25rem 0}\
.dashboard .figures div{display:flex;gap:.35rem}\
.dashboard .figures dt,.dashboard .meta,.dashboard .note{color:#4a4a4a}\
.dashboard .figures dd{margin:0;font-weight:600}\
.dashboard .field{margin:.5rem 0;display:flex;flex-direction:column;max-width:24rem}\
.dashboard .field.checkbox{flex-direction:row;gap:.5rem;align-items:center}\
.dashboard .downloads{display:flex;gap:1rem;flex-wrap:wrap}\
.dashboard table{border-collapse:collapse}\
.dashboard td,.dashboard th{padding:.15rem .75rem;text-align:left;border-bottom:1px solid #c9ced6}\
.dashboard .comments{list-style:none;padding:0}\
.dashboard .comments blockquote{margin:0}\
.dashboard .login{display:flex;flex-direction:column;gap:.35rem;max-width:20rem}";

/// The dashboard page: the login form until an officer is logged in, then the list of budgets
/// (`/admin`) or one budget's results (`/admin/{id}`).
#[component]
pub fn DashboardPage(
    /// The budget to show, if the path names one.
    id: Option<String>,
) -> impl IntoView {
    let ui = use_ui();
    let me = LocalResource::new(api::me);
    let w = move || words(ui.locale.get());
    view! {
        <style>{STYLE}</style>
        <main class="page dashboard">
            <Suspense fallback=move || view! { <p>{w().loading}</p> }>
                {move || {
                    let id = id.clone();
                    Suspend::new(async move {
                        match me.await {
                            Ok(Some(name)) => view! {
                                <div class="officer">
                                    <span>{name}</span>
                                    <button type="button" on:click=move |_| spawn_local(async move {
                                        // Whether or not the server heard, the page forgets the session.
                                        let _ = api::logout().await;
                                        me.refetch();
                                    })>{move || w().log_out}</button>
                                </div>
                                {match id {
                                    Some(id) => view! { <BudgetResults id=id/> }.into_any(),
                                    None => view! { <Budgets/> }.into_any(),
                                }}
                            }.into_any(),
                            Ok(None) => view! { <LoginForm on_login=Callback::new(move |()| me.refetch())/> }.into_any(),
                            Err(e) => view! { <p role="alert">{w().failed}" "{e.to_string()}</p> }.into_any(),
                        }
                    })
                }}
            </Suspense>
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
    let w = move || words(ui.locale.get());
    let username = RwSignal::new(String::new());
    let password = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (u, p) = (username.get_untracked(), password.get_untracked());
        spawn_local(async move {
            match api::login(&u, &p).await {
                Ok(true) => on_login.run(()),
                Ok(false) => error.set(Some(words(ui.locale.get_untracked()).wrong_login.to_owned())),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <h1>{move || w().log_in_title}</h1>
        <form class="login" on:submit=on_submit>
            <label for="officer-username">{move || w().username}</label>
            <input id="officer-username" type="text" autocomplete="username" required
                on:input:target=move |ev| username.set(ev.target().value())/>
            <label for="officer-password">{move || w().password}</label>
            <input id="officer-password" type="password" autocomplete="current-password" required
                on:input:target=move |ev| password.set(ev.target().value())/>
            <button type="submit">{move || w().log_in}</button>
            <div role="alert">{move || error.get()}</div>
        </form>
    }
}

/// Links to each budget's results.
#[component]
fn Budgets() -> impl IntoView {
    let ui = use_ui();
    let list = LocalResource::new(api::budgets);
    view! {
        <h1>{move || words(ui.locale.get()).choose_budget}</h1>
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match list.await {
                    Ok(budgets) => view! {
                        <ul class="budget-list">
                            {budgets.into_iter().map(|b| view! {
                                <li><a href=format!("/admin/{}", b.id)>{move || b.title.get(ui.locale.get()).to_owned()}</a></li>
                            }).collect_view()}
                        </ul>
                    }.into_any(),
                    Err(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Loads the budget (its labels and questions), then shows its [`Results`].
#[component]
fn BudgetResults(id: String) -> impl IntoView {
    let ui = use_ui();
    let budget = LocalResource::new(move || {
        let id = id.clone();
        async move { crate::api::fetch_budget(&id).await }
    });
    view! {
        <Suspense fallback=move || view! { <p>{words(ui.locale.get_untracked()).loading}</p> }>
            {move || Suspend::new(async move {
                match budget.await {
                    Ok(b) => view! { <Results budget=Arc::new(b)/> }.into_any(),
                    Err(e) => view! { <p role="alert">{words(ui.locale.get_untracked()).failed}" "{e.to_string()}</p> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A share (0.371) as a percentage with one decimal, in the locale's style.
fn share_text(share: f64, locale: Locale) -> String {
    format_rate((share * 1e8).round() as i64, locale, 1)
}

/// A value in a line's own unit.
fn value_text(kind: LineKind, value: f64, currency: Currency, locale: Locale) -> String {
    match kind {
        LineKind::TaxRate { .. } => format_rate(value.round() as i64, locale, 4),
        _ => format_money(Money(value.round() as i64), currency, locale, MoneyStyle::Whole),
    }
}

fn axis_share(v: f64) -> String {
    format!("{:.1}%", v * 100.0)
}

fn axis_money(v: f64) -> String {
    let units = v / 100.0;
    match units.abs() {
        a if a >= 1e9 => format!("{:.1}G", units / 1e9),
        a if a >= 1e6 => format!("{:.1}M", units / 1e6),
        a if a >= 1e3 => format!("{:.0}k", units / 1e3),
        _ => format!("{units:.0}"),
    }
}

fn axis_rate(v: f64) -> String {
    format!("{:.3}%", v / 1e6)
}

/// The question whose population shares can weight the results (the first that has them).
fn weighting_question(budget: &Budget) -> Option<(String, pbsim_core::Text)> {
    budget.questions.iter().find_map(|q| match &q.kind {
        QuestionKind::Choice { options } if !options.is_empty() && options.iter().all(|o| o.population_share.is_some()) => {
            Some((q.id.clone(), q.label.clone()))
        }
        _ => None,
    })
}

/// Everything about one budget's submissions.
#[component]
fn Results(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let w = move || words(ui.locale.get());
    let filters: RwSignal<BTreeMap<String, String>> = RwSignal::new(BTreeMap::new());
    let weighted = RwSignal::new(false);
    let search = RwSignal::new(String::new());
    let filter = Memo::new(move |_| {
        filters.with(|f| f.iter().filter(|(_, o)| !o.is_empty()).map(|(q, o)| format!("{q}:{o}")).collect::<Vec<_>>().join(","))
    });
    let weight_question = weighting_question(&budget);
    let weight_id = weight_question.as_ref().map(|(id, _)| id.clone());
    let id = budget.id.clone();
    let report = LocalResource::new({
        let id = id.clone();
        move || {
            let (id, filter, by) = (id.clone(), filter.get(), weighted.get().then(|| weight_id.clone()).flatten());
            async move { api::report(&id, &filter, by.as_deref()).await }
        }
    });
    let comments = LocalResource::new({
        let id = id.clone();
        move || {
            let (id, filter, q) = (id.clone(), filter.get(), search.get());
            async move { api::comments(&id, &filter, &q).await }
        }
    });

    let title = budget.title.clone();
    let selects = budget
        .questions
        .iter()
        .filter_map(|q| match &q.kind {
            QuestionKind::Choice { options } => Some((q.id.clone(), q.label.clone(), options.clone())),
            QuestionKind::Text { .. } => None,
        })
        .map(|(qid, label, options)| {
            let input = format!("filter-{qid}");
            let on_change = {
                let qid = qid.clone();
                move |ev: leptos::ev::Targeted<leptos::ev::Event, web_sys::HtmlSelectElement>| {
                    let value = ev.target().value();
                    filters.update(|f| {
                        f.insert(qid.clone(), value);
                    });
                }
            };
            view! {
                <div class="field">
                    <label for=input.clone()>{move || label.get(ui.locale.get()).to_owned()}</label>
                    <select id=input on:change:target=on_change>
                        <option value="">{move || w().all_answers}</option>
                        {options.into_iter().map(|o| view! {
                            <option value=o.id.clone()>{move || o.label.get(ui.locale.get()).to_owned()}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
        .collect_view();
    let weight_switch = weight_question.map(|(_, label)| {
        view! {
            <div class="field checkbox">
                <input id="weighted" type="checkbox" prop:checked=move || weighted.get()
                    on:change:target=move |ev| weighted.set(ev.target().checked())/>
                <label for="weighted">{move || w().weight_by}" "{move || label.get(ui.locale.get()).to_owned()}</label>
            </div>
        }
    });
    let download = move |format: &'static str| {
        let id = id.clone();
        move || format!("/api/admin/budgets/{id}/export/{format}{}", api::query(&filter.get(), &[]))
    };
    let budget_for_report = budget.clone();

    view! {
        <h1>{move || format!("{} {}", w().results, title.get(ui.locale.get()))}</h1>
        <section class="controls" aria-labelledby="filters-heading">
            <h2 id="filters-heading">{move || w().filters}</h2>
            {selects}
            {weight_switch}
        </section>
        <section aria-labelledby="downloads-heading">
            <h2 id="downloads-heading">{move || w().downloads}</h2>
            <p class="downloads">
                <a href=download("csv") download>{move || w().download_csv}</a>
                <a href=download("xlsx") download>{move || w().download_xlsx}</a>
            </p>
        </section>
        <Transition fallback=move || view! { <p>{w().loading}</p> }>
            {move || {
                let budget = budget_for_report.clone();
                Suspend::new(async move {
                    match report.await {
                        Ok(d) => view! { <ReportView budget=budget dashboard=d/> }.into_any(),
                        Err(Failure::Unauthorized) => view! { <p role="alert">{words(ui.locale.get_untracked()).wrong_login}</p> }.into_any(),
                        Err(e) => view! { <p role="alert">{words(ui.locale.get_untracked()).failed}" "{e.to_string()}</p> }.into_any(),
                    }
                })
            }}
        </Transition>
        <section aria-labelledby="comments-heading">
            <h2 id="comments-heading">{move || w().comments}</h2>
            <div class="field">
                <label for="comment-search">{move || w().search_comments}</label>
                <input id="comment-search" type="search" on:input:target=move |ev| search.set(ev.target().value())/>
            </div>
            <Transition fallback=|| ()>
                {move || {
                    let budget = budget.clone();
                    Suspend::new(async move {
                        match comments.await {
                            Ok(c) => view! { <CommentList budget=budget comments=c/> }.into_any(),
                            Err(e) => view! { <p role="alert">{e.to_string()}</p> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
}

/// The comments found.
#[component]
fn CommentList(budget: Arc<Budget>, comments: Comments) -> impl IntoView {
    let ui = use_ui();
    let w = move || words(ui.locale.get());
    let total = comments.total;
    view! {
        <p role="status">{move || format!("{} {}", format_count(total as u64, ui.locale.get()), w().comments_found)}</p>
        <ul class="comments">
            {comments.comments.into_iter().map(|c| {
                let section = c.section.as_ref().and_then(|s| budget.section(s)).map(|s| s.title.clone());
                view! {
                    <li>
                        <blockquote>{c.text}</blockquote>
                        <p class="meta">
                            {move || section.as_ref().map_or(w().overall.to_owned(), |t| t.get(ui.locale.get()).to_owned())}
                            " · "{c.received_at.chars().take(10).collect::<String>()}
                        </p>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}

fn movement_text(m: &Movement, w: &Words) -> String {
    format!(
        "{:.0}% {}, {:.0}% {}, {:.0}% {}",
        m.raised * 100.0,
        w.raised,
        m.lowered * 100.0,
        w.lowered,
        m.kept * 100.0,
        w.kept
    )
}

/// The report: participation, then every line.
#[component]
fn ReportView(budget: Arc<Budget>, dashboard: Dashboard) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let r = dashboard.report;
    let count = format!(
        "{} {} {} {}",
        format_count(r.submissions as u64, locale),
        w.of,
        format_count(r.total_submissions as u64, locale),
        w.submissions
    );
    let days = dashboard
        .per_day
        .into_iter()
        .map(|d| view! { <tr><td>{d.day}</td><td>{format_count(d.count as u64, locale)}</td></tr> })
        .collect_view();
    let (spending, revenue): (Vec<LineReport>, Vec<LineReport>) = r.lines.into_iter().partition(|l| l.share.is_some());
    let line_views = |lines: Vec<LineReport>| {
        lines.into_iter().map(|l| view! { <LineResult budget=budget.clone() line=l/> }).collect_view()
    };
    let empty = (r.submissions == 0).then(|| view! { <p>{w.no_submissions}</p> });
    view! {
        <section aria-labelledby="participation-heading">
            <h2 id="participation-heading" class="count" role="status">{count}</h2>
            {empty}
            <table>
                <caption>{w.per_day}</caption>
                <thead><tr><th scope="col">{w.day}</th><th scope="col">{w.count}</th></tr></thead>
                <tbody>{days}</tbody>
            </table>
        </section>
        <section aria-labelledby="spending-heading">
            <h2 id="spending-heading">{w.spending}</h2>
            <p class="note">{w.spending_note}</p>
            {line_views(spending)}
        </section>
        {(!revenue.is_empty()).then(|| view! {
            <section aria-labelledby="revenue-heading">
                <h2 id="revenue-heading">{w.revenue}</h2>
                {line_views(revenue.into_iter().filter(|l| l.values.is_some()).collect())}
            </section>
        })}
    }
}

/// One line: its chart and its figures.
#[component]
fn LineResult(budget: Arc<Budget>, line: LineReport) -> impl IntoView {
    let ui = use_ui();
    let locale = ui.locale.get_untracked();
    let w = words(locale);
    let label = budget.line(&line.id).map_or(line.id.clone(), |l| l.label.get(locale).to_owned());
    let heading = format!("line-{}-heading", line.id);
    let labelled_by = heading.clone();
    let movement = movement_text(&line.movement, w);
    let (chart, figures) = if let Some(s) = &line.share {
        let st = &s.stats;
        let figures: Vec<(&'static str, String)> = vec![
            (w.baseline, share_text(s.baseline, locale)),
            (w.mean, share_text(st.mean, locale)),
            (w.median, share_text(st.median, locale)),
            (w.iqr, format!("{} – {}", share_text(st.q1, locale), share_text(st.q3, locale))),
            (w.cw_median, st.cw_median.map_or("–".into(), |c| share_text(c, locale))),
            (w.independent_markets, share_text(st.independent_markets, locale)),
        ];
        let marks = vec![
            Mark { at: s.baseline, name: w.baseline, colour: 0, dashed: true },
            Mark { at: st.mean, name: w.mean, colour: 1, dashed: false },
            Mark { at: st.median, name: w.median, colour: 2, dashed: false },
            Mark { at: st.independent_markets, name: w.independent_markets, colour: 3, dashed: false },
        ];
        let description = format!("{label}: {}", figures.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
        (view! { <DistributionChart histogram=st.histogram.clone() marks=marks format=axis_share description=description/> }.into_any(), figures)
    } else if let Some(d) = &line.values {
        let unit = |v: f64| value_text(line.kind, v, budget.currency, locale);
        let figures: Vec<(&'static str, String)> = vec![
            (w.baseline, unit(line.baseline as f64)),
            (w.mean, unit(d.mean)),
            (w.median, unit(d.median)),
            (w.iqr, format!("{} – {}", unit(d.q1), unit(d.q3))),
        ];
        let marks = vec![
            Mark { at: line.baseline as f64, name: w.baseline, colour: 0, dashed: true },
            Mark { at: d.mean, name: w.mean, colour: 1, dashed: false },
            Mark { at: d.median, name: w.median, colour: 2, dashed: false },
        ];
        let format = if matches!(line.kind, LineKind::TaxRate { .. }) { axis_rate } else { axis_money };
        let description = format!("{label}: {}", figures.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", "));
        (view! { <DistributionChart histogram=d.histogram.clone() marks=marks format=format description=description/> }.into_any(), figures)
    } else {
        (().into_any(), Vec::new())
    };
    view! {
        <article class="line-result" aria-labelledby=labelled_by>
            <h3 id=heading>{label}</h3>
            {chart}
            <dl class="figures">
                {figures.into_iter().map(|(k, v)| view! { <div><dt>{k}</dt><dd>{v}</dd></div> }).collect_view()}
            </dl>
            <p class="movement">{movement}</p>
        </article>
    }
}
