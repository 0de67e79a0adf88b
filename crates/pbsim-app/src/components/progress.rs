//! How far the resident is: up front, roughly how long the budget takes (from its number of lines),
//! and in the balance bar, how many of its sections they have looked at (scrolled to the end of).

use crate::app::use_ui;
use leptos::prelude::*;
use pbsim_core::{Budget, Locale};
use wasm_bindgen::JsCast;

/// About twenty seconds a line (read it, perhaps move it), and two minutes for the questions and
/// the comments: an estimate, rounded up to whole minutes.
pub fn minutes_needed(lines: usize) -> usize {
    (lines * 20 + 120).div_ceil(60)
}

fn time_sentence(locale: Locale, minutes: usize, lines: usize, sections: usize) -> String {
    match locale {
        Locale::En => format!("About {minutes} minutes: {lines} lines in {sections} sections."),
        Locale::Fr => format!("Environ {minutes} minutes : {lines} lignes dans {sections} sections."),
    }
}

fn progress_sentence(locale: Locale, seen: usize, total: usize) -> String {
    match locale {
        Locale::En => format!("{seen} of {total} sections looked at"),
        Locale::Fr => format!("{seen} sections sur {total} parcourues"),
    }
}

/// "About 6 minutes: 10 lines in 3 sections."
#[component]
pub fn TimeNeeded(budget: std::sync::Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let (lines, sections) = (budget.lines().count(), budget.sections.len());
    view! { <p class="hint time-needed">{move || time_sentence(ui.locale.get(), minutes_needed(lines), lines, sections)}</p> }
}

/// "2 of 3 sections looked at": a section counts once its end has been on screen.
#[component]
pub fn SectionsLooked(sections: usize) -> impl IntoView {
    let ui = use_ui();
    let seen = RwSignal::new(Vec::<bool>::new());
    let check = move || {
        let height = window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0);
        let Ok(list) = document().query_selector_all("fieldset.section") else { return };
        let mut now = seen.get_untracked();
        now.resize(list.length() as usize, false);
        let mut changed = false;
        for (i, flag) in now.iter_mut().enumerate() {
            let Some(el) = list.item(i as u32).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
            if !*flag && el.get_bounding_client_rect().bottom() <= height {
                *flag = true;
                changed = true;
            }
        }
        if changed {
            seen.set(now);
        }
    };
    request_animation_frame(check);
    let handle = window_event_listener(leptos::ev::scroll, move |_| check());
    on_cleanup(move || handle.remove());
    let count = move || seen.with(|s| s.iter().filter(|b| **b).count());
    view! { <p class="progress">{move || progress_sentence(ui.locale.get(), count(), sections)}</p> }
}
