//! The public results panel: below the receipt ("You and everyone so far", with the resident's own
//! choices) and on a closed consultation's page. It asks the server for the figures and shows them,
//! or says why there are none yet (too few residents so far, published at the close) in words.
//! Without the resident's own choices (the results page, a closed consultation) it leads with the
//! overview of every line's change in money (`ChangesChart`).

use crate::api::{self, ApiError};
use crate::app::use_ui;
use crate::components::{ChangesChart, EveryoneChart, FundedTable};
use crate::results_strings::{after_close, below_threshold, counted, results_strings};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::aggregate::public_changes;
use pbsim_core::consultation::{Visibility, format_moment};
use pbsim_core::wire::{PublicResults, ResultsStatus};
use pbsim_core::{Allocation, Budget, format_count};
use std::sync::Arc;

/// The panel, or nothing for a budget that never publishes its figures.
#[component]
pub fn Everyone(
    budget: Arc<Budget>,
    /// The resident's own budget, right after sending it.
    you: Option<Allocation>,
    /// A budget of projects: the resident's own choice, right after sending it.
    #[prop(optional_no_strip)]
    chosen: Option<pbsim_core::wire::ProjectChoice>,
) -> impl IntoView {
    let ui = use_ui();
    if budget.results.public == Visibility::Never {
        return None;
    }
    let loaded = RwSignal::new(None::<Result<PublicResults, ApiError>>);
    let id = budget.id.clone();
    let csv = format!("/api/budgets/{id}/results.csv");
    spawn_local(async move { loaded.set(Some(api::fetch_results(&id).await)) });
    let r = move || results_strings(ui.locale.get());
    let with_you = you.is_some() || chosen.is_some();
    let threshold = budget.results.threshold;
    let closes = budget.consultation.closes;
    let body = move || {
        let locale = ui.locale.get();
        match loaded.get() {
            None => view! { <p role="status">{r().loading}</p> }.into_any(),
            Some(Err(_)) => view! { <p role="status">{r().unavailable}</p> }.into_any(),
            Some(Ok(results)) => match results.status {
                ResultsStatus::Published => {
                    let count = format_count(results.submissions.unwrap_or_default(), locale);
                    // "2026-11-30T15:04:05.123Z" reads as "2026-11-30 15:04".
                    let as_of: String =
                        results.as_of.clone().unwrap_or_default().replacen('T', " ", 1).chars().take(16).collect();
                    let counted = counted(locale, &count, results.days.as_ref().map(|(a, b)| (a.as_str(), b.as_str())), &as_of);
                    // A budget of projects: each project's votes and, once closed, what is funded.
                    if let Some(figures) = results.projects {
                        return view! {
                            <p>{counted}</p>
                            <FundedTable budget=budget.clone() figures=figures you=chosen.clone()/>
                            <p><a href=csv.clone() download="">{r().download_csv}</a></p>
                        }
                        .into_any();
                    }
                    // The results page leads with every line's change in money; below the receipt,
                    // the resident's own choices are the point.
                    let overview = (!with_you).then(|| {
                        view! { <ChangesChart budget=budget.clone() changes=public_changes(&budget, &results.lines)/> }
                    });
                    view! {
                        <p>{counted}</p>
                        {overview}
                        <EveryoneChart budget=budget.clone() results=results you=you.clone()/>
                        <p><a href=csv.clone() download="">{r().download_csv}</a></p>
                    }
                    .into_any()
                }
                ResultsStatus::BelowThreshold => {
                    view! { <p role="status">{below_threshold(locale, &format_count(u64::from(threshold), locale))}</p> }
                        .into_any()
                }
                ResultsStatus::AfterClose => {
                    let when = closes.map(|c| format_moment(c, locale));
                    view! { <p role="status">{after_close(locale, when.as_deref())}</p> }.into_any()
                }
                ResultsStatus::NotPublic => view! { <p role="status">{r().not_public}</p> }.into_any(),
            },
        }
    };
    Some(view! {
        <section class="everyone" aria-labelledby="everyone-title">
            <h2 id="everyone-title">{move || if with_you { r().everyone } else { r().results }}</h2>
            {body}
        </section>
    })
}
