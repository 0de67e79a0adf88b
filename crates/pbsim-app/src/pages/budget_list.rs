//! `/`: the budgets this server publishes, each a link to its simulator.

use crate::api::{self, ApiError};
use crate::app::use_ui;
use crate::strings::{say, strings};
use leptos::prelude::*;
use pbsim_core::wire::BudgetSummary;

/// The list of budgets.
#[component]
pub fn BudgetList() -> impl IntoView {
    let ui = use_ui();
    // A task and a signal, as on the simulator page (see `SimulatorPage`).
    let list = RwSignal::new(None::<Result<Vec<BudgetSummary>, ApiError>>);
    leptos::task::spawn_local(async move { list.set(Some(api::fetch_budgets().await)) });
    view! {
        <main class="page" id="main">
            <h1>{say(ui.locale, |w| w.budgets)}</h1>
            {move || match list.get() {
                None => view! { <p>{strings(ui.locale.get_untracked()).loading}</p> }.into_any(),
                Some(Ok(budgets)) => view! {
                    <ul class="budget-list">
                        {budgets.into_iter().map(|b| {
                            let href = format!("/b/{}", b.id);
                            view! {
                                <li>
                                    <a href=href>{move || b.title.get(ui.locale.get()).to_owned()}</a>
                                    <p>{move || b.intro.get(ui.locale.get()).to_owned()}</p>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any(),
                Some(Err(e)) => view! { <p role="alert">{strings(ui.locale.get_untracked()).load_failed}" "{e.to_string()}</p> }.into_any(),
            }}
        </main>
    }
}

/// Any path the app does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let ui = use_ui();
    view! {
        <main class="page" id="main">
            <h1>"404"</h1>
            <p><a href="/">{say(ui.locale, |w| w.all_budgets)}</a></p>
        </main>
    }
}
