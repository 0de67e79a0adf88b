//! The app's root: shared UI state, and which page a path shows.

use crate::pages::{BudgetList, NotFound, SimulatorPage};
use leptos::prelude::*;
use pbsim_core::Locale;

/// State every component may read, provided once at the root as a context.
#[derive(Clone, Copy, Debug)]
pub struct Ui {
    /// The language the resident reads.
    pub locale: RwSignal<Locale>,
}

/// The UI context. Components are only ever mounted under [`App`] or [`provide_ui`].
pub fn use_ui() -> Ui {
    use_context::<Ui>().unwrap_or_else(|| provide_ui(Locale::En))
}

/// Provides a [`Ui`] context (used by [`App`], and by tests that mount one component).
pub fn provide_ui(locale: Locale) -> Ui {
    let ui = Ui { locale: RwSignal::new(locale) };
    provide_context(ui);
    ui
}

/// A page of the app, as named by the URL path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the budgets this server publishes.
    Home,
    /// `/b/{id}`: the simulator for one budget.
    Budget(String),
    /// Anything else.
    NotFound,
}

impl Route {
    /// Reads a URL path.
    pub fn from_path(path: &str) -> Route {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [] => Route::Home,
            ["b", id] => Route::Budget((*id).to_owned()),
            _ => Route::NotFound,
        }
    }
}

/// The language the browser prefers, when the simulator speaks it.
fn browser_locale() -> Locale {
    window().navigator().language().and_then(|tag| Locale::from_tag(&tag)).unwrap_or_default()
}

/// The root component.
#[component]
pub fn App() -> impl IntoView {
    provide_ui(browser_locale());
    let path = window().location().pathname().unwrap_or_default();
    match Route::from_path(&path) {
        Route::Home => view! { <BudgetList/> }.into_any(),
        Route::Budget(id) => view! { <SimulatorPage id=id/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    }
}
