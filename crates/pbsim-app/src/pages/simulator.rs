//! `/b/{id}`: the resident's simulator. Loads the budget, restores the resident's draft (or opens a
//! shared budget read-only), lets them move every line with the balance and charts live, keeps the
//! draft on the device after every change, and submits it, retrying with the same id.
//!
//! The state and its operations are [`Editor`] (`simulator/editor.rs`); the form's parts are in
//! `simulator/form.rs`, the page after sending in `simulator/summary.rs`.

mod edit_link;
pub(crate) mod editor;
pub(crate) mod everyone;
pub(crate) mod form;
mod helper;
pub(crate) mod summary;
pub(crate) mod window;

use crate::api::{self, ApiError};
use crate::app::use_ui;
use crate::components::{BalanceBar, BalanceChart, HouseholdChart, LinesChart, ShareLink, invite_from_query};
use crate::strings::{household_sentence, say, strings};
use editor::{Editor, Opening};
use form::{FinalSection, HouseholdSection, LineSections};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::{Budget, Locale, Money, MoneyStyle, format_money};
use std::sync::Arc;
use summary::Summary;
pub use window::ResultsPage;

/// Fetches the budget `id` into a signal (`None` until it arrives), applies its theme and, inside
/// a council's page it allows (`embedded`), reports the page's height to it: what the simulator
/// and the results page both do first.
fn load_budget(id: String, embedded: bool) -> RwSignal<Option<Result<Arc<Budget>, ApiError>>> {
    let loaded = RwSignal::new(None);
    spawn_local(async move {
        let budget = api::fetch_budget(&id).await.map(Arc::new);
        if let Ok(budget) = &budget {
            if let Some(theme) = &budget.theme {
                crate::theme::apply(theme);
            }
            if embedded && let Some(origin) = crate::embed::parent_origin(budget) {
                crate::embed::report_height(origin);
            }
        }
        loaded.set(Some(budget));
    });
    loaded
}

/// Fetches the budget `id`, then shows the [`Simulator`].
///
/// A plain task and a signal rather than `LocalResource` and `Suspense`: the page loads one thing
/// once, and Leptos's async machinery (which would also wrap the whole simulator in a future) costs
/// the download kilobytes.
///
/// `embedded`: the page is inside a council's page (`/embed/{id}`), so it reports its height to
/// that page when the budget allows the page's site.
#[component]
pub fn SimulatorPage(id: String, #[prop(optional)] embedded: bool) -> impl IntoView {
    let ui = use_ui();
    let loaded = load_budget(id, embedded);
    move || match loaded.get() {
        None => view! { <p class="page">{strings(ui.locale.get_untracked()).loading}</p> }.into_any(),
        // Before the consultation opens or after it closes, a notice (and the results) instead.
        Some(Ok(b)) => window::by_phase(b),
        Some(Err(e)) => view! {
            <main class="page" id="main">
                <p role="alert">{strings(ui.locale.get_untracked()).load_failed}" "{e.to_string()}</p>
                <p><a href="/">{strings(ui.locale.get_untracked()).all_budgets}</a></p>
            </main>
        }
        .into_any(),
    }
}

/// The household's yearly bill, for budgets with a tax rate: the home's value (the resident's own,
/// or the budget's typical one), the bill now, its change under the resident's budget, and the
/// sentence that says so. The bill changes only with the tax-rate lines and the home's value:
/// memoised, so moving a spending line recomputes nothing here.
#[derive(Clone, Copy)]
pub struct Household {
    /// The home's assessed value.
    pub home: Signal<Money>,
    /// The bill at this year's rates.
    pub now: Memo<Money>,
    /// How the resident's budget changes it.
    pub change: Memo<Money>,
    /// All of that in a sentence.
    pub sentence: Memo<String>,
}

impl Household {
    fn new(budget: &Arc<Budget>, editor: &Editor, locale: RwSignal<Locale>) -> Household {
        let (own_home, allocation) = (editor.own_home, editor.allocation);
        let default_home = budget.household.as_ref().map(|h| h.assessed_value).unwrap_or_default();
        let home = Signal::derive(move || own_home.get().unwrap_or(default_home));
        let change = Memo::new({
            let budget = budget.clone();
            move |_| {
                let home = home.get();
                allocation.with(|a| budget.household_impact(a, home))
            }
        });
        let now = Memo::new({
            let budget = budget.clone();
            let baseline = budget.baseline_allocation();
            move |_| budget.household_bill(&baseline, home.get())
        });
        let currency = budget.currency;
        let sentence = Memo::new(move |_| {
            let locale = locale.get();
            let (home, now, change) = (home.get(), now.get(), change.get());
            let money = |m: Money| format_money(m, currency, locale, MoneyStyle::Cents);
            household_sentence(
                locale,
                &format_money(home, currency, locale, MoneyStyle::Whole),
                &money(now),
                &money(now + change),
                &money(change.abs()),
                (change != Money::ZERO).then_some(change > Money::ZERO),
            )
        });
        Household { home, now, change, sentence }
    }
}

/// The simulator for one budget, already loaded.
#[component]
pub fn Simulator(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let fragment = window().location().hash().unwrap_or_default();
    let (editor, opening) = Editor::open(budget.clone(), &fragment, invite_from_query(), None);
    editor.keep_on_device();
    if let Some(key) = editor::edit_key_in(&fragment) {
        editor.open_edit_link(key.to_owned());
    }
    let household = Household::new(&budget, &editor, ui.locale);
    title_follows_locale(&budget);
    let has_tax = budget.has_tax_rate();
    let section_count = budget.sections.len();
    let on_submit = {
        let editor = editor.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            editor.submit(ui.locale.get_untracked());
        }
    };
    let reset_lines = {
        let editor = editor.clone();
        move |_| editor.reset_lines()
    };
    // The editor is built once and hidden while the summary shows, so that "start a new budget"
    // brings back the same sliders without rebuilding them.
    let form = view! {
        <div class="editor" hidden=move || editor.receipt.get().is_some()>
            <OpeningNote opening=opening editor=editor.clone()/>
            <crate::components::TimeNeeded budget=budget.clone()/>
            <BalanceBar budget=budget.clone() allocation=editor.allocation.into() problem=editor.problem.into()>
                <crate::components::SectionsLooked sections=section_count/>
            </BalanceBar>
            <helper::BalanceHelper budget=budget.clone() editor=editor.clone()/>
            <crate::components::BudgetOverview budget=budget.clone() allocation=editor.allocation.into()/>
            <div class="layout">
                <div class="main-col">
                <form id="budget-form" class="budget-form" on:submit=on_submit novalidate>
                    <div class="form-tools">
                        <p class="hint">{say(ui.locale, |w| w.draft_kept)}</p>
                        <button type="button" on:click=reset_lines disabled=editor.read_only>
                            {say(ui.locale, |w| w.reset_all)}
                        </button>
                    </div>
                    <LineSections budget=budget.clone() editor=editor.clone()/>
                    {has_tax.then(|| view! { <HouseholdSection budget=budget.clone() household=household editor=editor.clone()/> })}
                    <FinalSection budget=budget.clone() editor=editor.clone()/>
                </form>
                <ShareLink url=editor.share_url()/>
                </div>
                <Glance budget=budget.clone() editor=editor.clone() household=household/>
            </div>
        </div>
    };
    let summary_budget = budget.clone();
    let consultation = budget.consultation;
    view! {
        <main class="page simulator" id="main">
            <BudgetHeader budget=budget/>
            <window::OpenUntil consultation=consultation/>
            <edit_link::EditLinkNote editor=editor.clone()/>
            {move || editor.receipt.get().map(|r| {
                let again = editor.clone();
                view! {
                    <Summary budget=summary_budget.clone() receipt=r allocation=editor.allocation.into()
                        home=household.home comment=editor.comment.into()
                        edit_url=editor.edit_url() replaced=editor.replaces.get_untracked()
                        rent=Signal::derive(move || editor.renting.get().then(|| editor.rent.get()).flatten())
                        on_start_again=Callback::new(move |()| again.start_again())/>
                }
            })}
            {form}
        </main>
    }
}

/// The tab and the window say which budget this is, in the resident's language.
pub(crate) fn title_follows_locale(budget: &Budget) {
    let ui = use_ui();
    let title = budget.title.clone();
    Effect::new(move |_| document().set_title(&format!("{} — pbsim", title.get(ui.locale.get()))));
}

/// The budget's logo, title, introduction and source.
#[component]
pub(crate) fn BudgetHeader(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();
    let (title, intro, source) = (budget.title.clone(), budget.intro.clone(), budget.source.clone());
    let logo = budget.theme.as_ref().and_then(|t| t.logo.clone());
    view! {
        {logo.map(|logo| view! { <crate::theme::Logo logo=logo/> })}
        <h1 id="budget-title" tabindex="-1">{move || title.get(ui.locale.get()).to_owned()}</h1>
        <p class="intro">{move || intro.get(ui.locale.get()).to_owned()}</p>
        <details class="source">
            <summary>{say(ui.locale, |w| w.source)}</summary>
            <p>
                {match source.url.clone() {
                    Some(url) => view! { <a href=url>{source.name.clone()}</a> }.into_any(),
                    None => source.name.clone().into_any(),
                }}
            </p>
            <p>{move || source.note.get(ui.locale.get()).to_owned()}</p>
        </details>
    }
}

/// What the page says about how it opened: a shared budget (with "start from this budget"), a
/// restored draft, or a share link that does not fit.
#[component]
pub(crate) fn OpeningNote(opening: Opening, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let take_on = editor.clone();
    match opening {
        Opening::Shared => Some(view! {
            <div class="banner" hidden=move || !editor.read_only.get()>
                <p>{say(ui.locale, |w| w.shared_banner)}</p>
                <button type="button" class="primary" on:click=move |_| take_on.take_on_shared()>{say(ui.locale, |w| w.edit_shared)}</button>
            </div>
        }.into_any()),
        Opening::Restored => Some(view! { <p class="note" role="status">{say(ui.locale, |w| w.draft_restored)}</p> }.into_any()),
        Opening::BadShareLink => Some(view! { <p class="note" role="status">{say(ui.locale, |w| w.shared_unreadable)}</p> }.into_any()),
        // Said by `EditLinkNote`, outside the form.
        Opening::Fresh | Opening::EditLink => None,
    }
}

/// The charts beside the form.
#[component]
fn Glance(budget: Arc<Budget>, editor: Editor, household: Household) -> impl IntoView {
    let ui = use_ui();
    let values = editor.values.iter().map(|(_, v)| Signal::from(*v)).collect();
    let renting = editor.renting;
    view! {
        <aside class="glance" aria-labelledby="glance-title">
            <h2 id="glance-title">{say(ui.locale, |w| w.at_a_glance)}</h2>
            <BalanceChart budget=budget.clone() allocation=editor.allocation.into()/>
            // An owner's bill: hidden while the resident says they rent (their estimate is in the
            // household panel, from their rent, not a home's value).
            {budget.has_tax_rate().then(|| view! {
                <div hidden=move || renting.get()>
                    <HouseholdChart currency=budget.currency now=household.now.into() change=household.change.into()
                        sentence=household.sentence.into()/>
                </div>
            })}
            <LinesChart budget=budget.clone() values=values/>
        </aside>
    }
}
