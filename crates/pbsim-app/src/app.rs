//! The app's root: shared UI state, and which page a path shows.

use crate::draft;
use crate::pages::{BudgetList, NotFound, ResultsPage, SimulatorPage};
use crate::strings::say;
use leptos::prelude::*;
use pbsim_core::{Budget, Locale};
use std::sync::Arc;

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

/// The page of a budget whose consultation is open, for the kind of budget a binary serves: the
/// simulator (`main.rs`, `index.html`) or the projects page (`bin/pbsim-projects`,
/// `projects.html`). Given by the binary to [`App`], so that each links only its own page: the
/// library reaches neither otherwise. See `crate::pages::{open_lines, open_projects}`.
#[derive(Clone, Copy)]
pub struct OpenPage(pub fn(Arc<Budget>) -> AnyView);

/// A page of the app, as named by the URL path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `/`: the budgets this server publishes.
    Home,
    /// `/b/{id}`: the simulator for one budget.
    Budget(String),
    /// `/embed/{id}`: the same simulator inside a council's page, without pbsim's own header.
    Embed(String),
    /// `/b/{id}/results`: what residents chose.
    Results(String),
    /// `/embed/{id}/results`: the same inside a council's page.
    EmbedResults(String),
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
            ["embed", id] => Route::Embed((*id).to_owned()),
            ["b", id, "results"] => Route::Results((*id).to_owned()),
            ["embed", id, "results"] => Route::EmbedResults((*id).to_owned()),
            _ => Route::NotFound,
        }
    }
}

/// The language to open in: `?lang=fr` in the address, else the resident's last choice, else the
/// browser's preference when the simulator speaks it.
fn initial_locale() -> Locale {
    let from_query = window().location().search().ok().and_then(|q| {
        q.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("lang=").and_then(Locale::from_tag))
    });
    from_query
        .or_else(draft::load_locale)
        .or_else(|| window().navigator().language().and_then(|tag| Locale::from_tag(&tag)))
        .unwrap_or_default()
}

/// The language switch: one button per language, the current one pressed. Switching keeps the
/// draft (it lives in signals and in storage, not in the page's address).
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let ui = use_ui();
    view! {
        <nav class="languages" aria-label=say(ui.locale, |w| w.language)>
            {Locale::ALL.into_iter().map(|locale| view! {
                <button
                    type="button"
                    lang=locale.tag()
                    aria-pressed=move || (ui.locale.get() == locale).to_string()
                    on:click=move |_| {
                        ui.locale.set(locale);
                        draft::save_locale(locale);
                    }
                >
                    {locale.native_name()}
                </button>
            }).collect_view()}
        </nav>
    }
}

/// The root component. `open`: the page of an open consultation this binary serves ([`OpenPage`]).
#[component]
pub fn App(open: fn(Arc<Budget>) -> AnyView) -> impl IntoView {
    let ui = provide_ui(initial_locale());
    provide_context(OpenPage(open));
    // The page's language follows the switch, so screen readers pronounce it right.
    Effect::new(move |_| {
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", ui.locale.get().tag());
        }
    });
    let path = window().location().pathname().unwrap_or_default();
    let route = Route::from_path(&path);
    let embedded = matches!(route, Route::Embed(_) | Route::EmbedResults(_));
    if embedded && let Some(html) = document().document_element() {
        // The stylesheet's compact layout for a page inside another (html[data-embedded]).
        let _ = html.set_attribute("data-embedded", "");
    }
    let page = match route {
        Route::Home => view! { <BudgetList/> }.into_any(),
        Route::Budget(id) => view! { <SimulatorPage id=id/> }.into_any(),
        Route::Embed(id) => view! { <SimulatorPage id=id embedded=true/> }.into_any(),
        Route::Results(id) => view! { <ResultsPage id=id/> }.into_any(),
        Route::EmbedResults(id) => view! { <ResultsPage id=id embedded=true/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    view! {
        <header class="top">
            <a class="skip" href="#main">{say(ui.locale, |w| w.skip_to_form)}</a>
            // Inside a council's page, the council's site is the home: no link away to pbsim's.
            {(!embedded).then(|| view! { <a class="home" href="/">"pbsim"</a> })}
            <LanguageSwitch/>
        </header>
        {page}
    }
}
