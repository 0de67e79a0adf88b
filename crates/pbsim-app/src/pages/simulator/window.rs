//! The consultation window on the page: the simulator while it is open (with its closing date), a
//! notice with the opening date before, and everyone's results instead of the sliders after.
//! Which applies is decided by the browser's clock; the server decides again, by its own, when a
//! budget arrives.

use super::everyone::Everyone;
use super::{BudgetHeader, load_budget};
use crate::api;
use crate::app::{OpenPage, use_ui};
use crate::pages::NotFound;
use crate::results_strings::{closed_on, open_until, opens_on, say_result};
use crate::strings::strings;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::Budget;
use pbsim_core::consultation::{Consultation, Phase, format_moment};
use std::sync::Arc;

/// The current time in Unix seconds, by the browser's clock.
pub fn now_unix() -> i64 {
    (js_sys::Date::now() / 1000.0).floor() as i64
}

/// The page for a loaded budget, by where its consultation stands now.
pub fn by_phase(budget: Arc<Budget>) -> AnyView {
    match budget.consultation.phase(now_unix()) {
        // The binary's own page (`App`'s `open`): the simulator or the projects page.
        Phase::Open => match use_context::<OpenPage>() {
            Some(OpenPage(open)) => open(budget),
            None => view! { <NotFound/> }.into_any(),
        },
        Phase::NotOpen => view! { <NotOpen budget=budget/> }.into_any(),
        Phase::Closed => view! { <Closed budget=budget/> }.into_any(),
    }
}

/// "You can send your budget until …", when the consultation has a closing date.
#[component]
pub fn OpenUntil(consultation: Consultation) -> impl IntoView {
    let ui = use_ui();
    consultation.closes.map(|closes| {
        view! { <p class="note window">{move || open_until(ui.locale.get(), &format_moment(closes, ui.locale.get()))}</p> }
    })
}

/// Before the consultation opens: when it will.
#[component]
fn NotOpen(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let opens = budget.consultation.opens;
    view! {
        <main class="page simulator" id="main">
            <BudgetHeader budget=budget/>
            <p class="note window" role="status">
                {move || opens.map(|o| opens_on(ui.locale.get(), &format_moment(o, ui.locale.get())))}
            </p>
            <p><a href="/">{say_result(ui.locale, |w| w.all_budgets)}</a></p>
        </main>
    }
}

/// After it closed: when it did, and everyone's results instead of the sliders.
#[component]
fn Closed(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let closes = budget.consultation.closes;
    let header = budget.clone();
    view! {
        <main class="page simulator" id="main">
            <BudgetHeader budget=header/>
            <p class="note window" role="status">
                {move || closes.map(|c| closed_on(ui.locale.get(), &format_moment(c, ui.locale.get())))}
            </p>
            <PublishedResponse budget=budget.clone()/>
            <Everyone budget=budget you=None/>
        </main>
    }
}

/// The council's published response, once there is one (nothing before, nor if it cannot be read).
#[component]
fn PublishedResponse(budget: Arc<Budget>) -> impl IntoView {
    let loaded = RwSignal::new(None::<pbsim_core::wire::PublishedResponse>);
    let id = budget.id.clone();
    spawn_local(async move {
        if let Ok(Some(published)) = api::fetch_response(&id).await {
            loaded.set(Some(published));
        }
    });
    move || {
        loaded.get().map(|p| {
            view! {
                <crate::components::CouncilResponseView budget=budget.clone() response=p.response
                    published_at=Some(p.published_at)/>
            }
        })
    }
}

/// Where the consultation stands, in a sentence: opens on, open until, or closed on.
#[component]
fn WindowStatus(consultation: Consultation) -> impl IntoView {
    let ui = use_ui();
    move || {
        let locale = ui.locale.get();
        let when = |m| format_moment(m, locale);
        match (consultation.phase(now_unix()), consultation.opens, consultation.closes) {
            (Phase::NotOpen, Some(o), _) => Some(opens_on(locale, &when(o))),
            (Phase::Open, _, Some(c)) => Some(open_until(locale, &when(c))),
            (Phase::Closed, _, Some(c)) => Some(closed_on(locale, &when(c))),
            _ => None,
        }
        .map(|text| view! { <p class="note window">{text}</p> })
    }
}

/// `/b/{id}/results`: what residents chose (when the budget's `[results]` allow it), whatever the
/// window, with a way back to the budget. `embedded`: inside a council's page (`/embed/{id}/results`),
/// reporting its height as the simulator does.
#[component]
pub fn ResultsPage(id: String, #[prop(optional)] embedded: bool) -> impl IntoView {
    let ui = use_ui();
    let loaded = load_budget(id.clone(), embedded);
    let back = if embedded { format!("/embed/{id}") } else { format!("/b/{id}") };
    move || match loaded.get() {
        None => view! { <p class="page">{strings(ui.locale.get_untracked()).loading}</p> }.into_any(),
        Some(Ok(budget)) => view! {
            <main class="page simulator" id="main">
                <BudgetHeader budget=budget.clone()/>
                <WindowStatus consultation=budget.consultation/>
                <PublishedResponse budget=budget.clone()/>
                <Everyone budget=budget you=None/>
                <p><a href=back.clone()>{say_result(ui.locale, |w| w.back_to_budget)}</a></p>
            </main>
        }
        .into_any(),
        Some(Err(e)) => view! {
            <main class="page" id="main">
                <p role="alert">{strings(ui.locale.get_untracked()).load_failed}" "{e.to_string()}</p>
            </main>
        }
        .into_any(),
    }
}
