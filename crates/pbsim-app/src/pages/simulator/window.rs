//! The consultation window on the page: the simulator while it is open (with its closing date), a
//! notice with the opening date before, and everyone's results instead of the sliders after.
//! Which applies is decided by the browser's clock; the server decides again, by its own, when a
//! budget arrives.

use super::everyone::Everyone;
use super::{BudgetHeader, Simulator};
use crate::app::use_ui;
use crate::results_strings::{closed_on, open_until, opens_on, results_strings};
use leptos::prelude::*;
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
        Phase::Open => view! { <Simulator budget=budget/> }.into_any(),
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
            <p><a href="/">{move || results_strings(ui.locale.get()).all_budgets}</a></p>
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
            <Everyone budget=budget you=None/>
        </main>
    }
}
