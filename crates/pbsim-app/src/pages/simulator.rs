//! `/b/{id}`: the resident's simulator. Loads the budget, lets the resident move every line, shows
//! the balance live, and submits.

use crate::api::{self, ApiError};
use crate::app::use_ui;
use crate::components::{BalanceBar, LineSlider};
use crate::ids::new_submission_id;
use crate::strings::strings;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::{Allocation, Budget, SubmissionReceipt, SubmissionRequest};
use std::sync::Arc;

/// Fetches the budget `id`, then shows the [`Simulator`].
#[component]
pub fn SimulatorPage(id: String) -> impl IntoView {
    let ui = use_ui();
    let budget = LocalResource::new(move || {
        let id = id.clone();
        async move { api::fetch_budget(&id).await }
    });
    view! {
        <Suspense fallback=move || view! { <p class="page">{strings(ui.locale.get_untracked()).loading}</p> }>
            {move || Suspend::new(async move {
                match budget.await {
                    Ok(b) => view! { <Simulator budget=Arc::new(b)/> }.into_any(),
                    Err(e) => view! {
                        <main class="page">
                            <p role="alert">{strings(ui.locale.get_untracked()).load_failed}" "{e.to_string()}</p>
                            <p><a href="/">{strings(ui.locale.get_untracked()).all_budgets}</a></p>
                        </main>
                    }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// Where a submission stands.
#[derive(Clone, Debug, PartialEq)]
enum SubmitState {
    Editing,
    Sending,
    Received(SubmissionReceipt),
    Failed(ApiError),
}

/// The simulator for one budget, already loaded.
#[component]
pub fn Simulator(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let allocation: RwSignal<Allocation> = RwSignal::new(budget.baseline_allocation());
    let problem = Memo::new({
        let budget = budget.clone();
        move |_| allocation.with(|a| budget.balance_problem(a))
    });
    let state = RwSignal::new(SubmitState::Editing);
    // One id per draft: a retry after a network failure resends the same id, so the server stores
    // the submission at most once.
    let submission_id = StoredValue::new(new_submission_id().unwrap_or_default());

    let send = {
        let budget = budget.clone();
        move || {
            let request = SubmissionRequest {
                id: submission_id.get_value(),
                allocation: allocation.get_untracked(),
                locale: ui.locale.get_untracked(),
                ..SubmissionRequest::default()
            };
            let budget_id = budget.id.clone();
            state.set(SubmitState::Sending);
            spawn_local(async move {
                state.set(match api::submit(&budget_id, &request).await {
                    Ok(receipt) => SubmitState::Received(receipt),
                    Err(e) => SubmitState::Failed(e),
                });
            });
        }
    };
    let on_submit = {
        let send = send.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if problem.get_untracked().is_none() && state.get_untracked() != SubmitState::Sending {
                send();
            }
        }
    };

    let sections = budget
        .sections
        .iter()
        .map(|section| {
            let title = section.title.clone();
            let lines = section
                .lines
                .iter()
                .map(|line| {
                    let id = line.id.clone();
                    let value = Signal::derive({
                        let (id, baseline) = (id.clone(), line.baseline);
                        move || allocation.with(|a| a.get(&id).copied().unwrap_or(baseline))
                    });
                    let on_change = Callback::new(move |v: i64| {
                        allocation.update(|a| {
                            a.insert(id.clone(), v);
                        });
                        if matches!(state.get_untracked(), SubmitState::Failed(_)) {
                            state.set(SubmitState::Editing);
                        }
                    });
                    view! { <LineSlider line=line.clone() currency=budget.currency value=value on_change=on_change/> }
                })
                .collect_view();
            view! {
                <fieldset class="section">
                    <legend>{move || title.get(ui.locale.get()).to_owned()}</legend>
                    {lines}
                </fieldset>
            }
        })
        .collect_view();

    let title = budget.title.clone();
    let intro = budget.intro.clone();
    let s = move || strings(ui.locale.get());
    view! {
        <main class="page simulator">
            <h1>{move || title.get(ui.locale.get()).to_owned()}</h1>
            <p class="intro">{move || intro.get(ui.locale.get()).to_owned()}</p>
            <BalanceBar budget=budget.clone() allocation=allocation.into()/>
            <form on:submit=on_submit novalidate>
                {sections}
                <div class="submit-row">
                    <button
                        type="submit"
                        aria-disabled=move || (problem.get().is_some() || state.get() == SubmitState::Sending).to_string()
                    >
                        {move || if state.get() == SubmitState::Sending { s().sending } else { s().submit }}
                    </button>
                    <div role="status" class="outcome">
                        {move || match state.get() {
                            SubmitState::Received(receipt) => view! {
                                <p class="ok">{s().received}" "<span class="receipt">{receipt.id}</span></p>
                            }.into_any(),
                            SubmitState::Failed(e) => {
                                let send = send.clone();
                                view! {
                                    <p class="error">{s().not_sent}" "{e.to_string()}</p>
                                    <button type="button" on:click=move |_| send()>{s().retry}</button>
                                }.into_any()
                            }
                            _ => ().into_any(),
                        }}
                    </div>
                </div>
            </form>
        </main>
    }
}
