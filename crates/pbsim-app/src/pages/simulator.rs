//! `/b/{id}`: the resident's simulator. Loads the budget, restores the resident's draft (or opens a
//! shared budget read-only), lets them move every line with the balance and charts live, keeps the
//! draft on the device after every change, and submits it, retrying with the same id.

use crate::api::{self, ApiError};
use crate::app::use_ui;
use crate::components::{
    BalanceBar, BalanceChart, HomeValue, HouseholdChart, InviteCode, LineSlider, LinesChart, Questions, ShareLink,
    invite_from_query,
};
use crate::draft::{self, Draft};
use crate::ids::new_submission_id;
use crate::strings::{household_sentence, received_at, strings};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pbsim_core::submission::describe_balance_problem;
use pbsim_core::{
    Allocation, Budget, Money, MoneyStyle, ShareError, SubmissionReceipt, SubmissionRequest, format_money,
    format_money_change,
};
use std::collections::BTreeMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;

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
    let loaded = RwSignal::new(None::<Result<Arc<Budget>, ApiError>>);
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
    move || match loaded.get() {
        None => view! { <p class="page">{strings(ui.locale.get_untracked()).loading}</p> }.into_any(),
        Some(Ok(b)) => view! { <Simulator budget=b/> }.into_any(),
        Some(Err(e)) => view! {
            <main class="page" id="main">
                <p role="alert">{strings(ui.locale.get_untracked()).load_failed}" "{e.to_string()}</p>
                <p><a href="/">{strings(ui.locale.get_untracked()).all_budgets}</a></p>
            </main>
        }
        .into_any(),
    }
}

/// Where a submission stands (its success is the draft's receipt, kept with the draft).
#[derive(Clone, Debug, PartialEq)]
enum SubmitState {
    Editing,
    Sending,
    Failed(ApiError),
}

/// How the page opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Opening {
    /// A fresh draft.
    Fresh,
    /// A draft from an earlier visit, with work in it.
    Restored,
    /// A share link: shown read-only until the resident takes it on.
    Shared,
    /// A share link that does not fit this budget.
    BadShareLink,
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Removes the share fragment from the address bar, so a reload shows the resident's own draft.
fn clear_fragment() {
    let location = window().location();
    let url = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// Moves keyboard and screen-reader focus to the element `id` (a heading after a page change).
fn focus(id: &str) {
    if let Some(el) = document().get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The simulator for one budget, already loaded.
#[component]
pub fn Simulator(budget: Arc<Budget>) -> impl IntoView {
    let ui = use_ui();

    // The draft: the stored one, or a fresh one with its own submission id.
    let stored = draft::load(&budget);
    let opening_draft = stored.clone().unwrap_or_else(|| Draft::new(&budget, new_submission_id().unwrap_or_default()));
    let shared = budget.allocation_from_fragment(&location_hash());
    let opening = match (&shared, &stored) {
        (Ok(_), _) => Opening::Shared,
        (Err(ShareError::NotAShareLink), Some(d)) if d.receipt.is_none() && has_work(&budget, d) => Opening::Restored,
        (Err(ShareError::NotAShareLink), _) => Opening::Fresh,
        (Err(_), _) => Opening::BadShareLink,
    };
    let read_only = RwSignal::new(opening == Opening::Shared);
    // One signal per line, in display order: a move notifies only what shows that line, and the
    // whole allocation (totals, balance, charts, the draft) is derived from them.
    let opening_allocation = shared.clone().unwrap_or_else(|_| opening_draft.allocation.clone());
    let values: Arc<[(String, RwSignal<i64>)]> = budget
        .lines()
        .map(|l| (l.id.clone(), RwSignal::new(opening_allocation.get(&l.id).copied().unwrap_or(l.baseline))))
        .collect();
    let allocation = Memo::new({
        let values = values.clone();
        move |_| {
            // Inserted, not collected: see `Budget::baseline_allocation`.
            let mut a = Allocation::new();
            for (id, v) in values.iter() {
                a.insert(id.clone(), v.get());
            }
            a
        }
    });
    let set_allocation = {
        let values = values.clone();
        move |a: &Allocation| {
            for (id, v) in values.iter() {
                if let Some(value) = a.get(id) {
                    v.set(*value);
                }
            }
        }
    };
    let section_comments = RwSignal::new(opening_draft.section_comments.clone());
    let comment = RwSignal::new(opening_draft.comment.clone());
    let answers = RwSignal::new(opening_draft.answers.clone());
    let own_home = RwSignal::new(opening_draft.assessed_value);
    // A shared link shows someone else's budget, not a receipt of the resident's own.
    let receipt = RwSignal::new(if opening == Opening::Shared { None } else { opening_draft.receipt.clone() });
    let submission_id = RwSignal::new(opening_draft.id.clone());
    // The invite code is not part of the stored draft: it comes from the invitation's link or is typed.
    let require_invite = budget.submissions.require_invite;
    let invite = RwSignal::new(if require_invite { invite_from_query() } else { String::new() });
    let state = RwSignal::new(SubmitState::Editing);
    // The exact request last sent: "try again" resends it byte for byte, so the server recognises
    // it (same id, same body) and stores it at most once.
    let last_sent = StoredValue::new(None::<SubmissionRequest>);

    let problem = Memo::new({
        let budget = budget.clone();
        move |_| allocation.with(|a| budget.balance_problem(a))
    });
    let default_home = budget.household.map(|h| h.assessed_value).unwrap_or_default();
    let home = Signal::derive(move || own_home.get().unwrap_or(default_home));

    // Keep the draft on the device after every change (not while showing someone else's budget).
    // The write runs in the task right after the change, once however many changes that task
    // made: the balance and charts react first, and a slider dragged across fifty steps in one
    // frame is written once, not fifty times.
    let save_pending = StoredValue::new(false);
    let save_now = {
        let budget_id = budget.id.clone();
        move || {
            save_pending.set_value(false);
            if read_only.get_untracked() {
                return;
            }
            let draft = Draft {
                id: submission_id.get_untracked(),
                allocation: allocation.get_untracked(),
                section_comments: section_comments.get_untracked(),
                comment: comment.get_untracked(),
                answers: answers.get_untracked(),
                assessed_value: own_home.get_untracked(),
                receipt: receipt.get_untracked(),
            };
            draft::save(&budget_id, &draft);
        }
    };
    Effect::new({
        let save_now = save_now.clone();
        move |_| {
            // Track every part of the draft.
            submission_id.track();
            allocation.track();
            section_comments.track();
            comment.track();
            answers.track();
            own_home.track();
            receipt.track();
            if read_only.get() || save_pending.get_value() {
                return;
            }
            save_pending.set_value(true);
            set_timeout(save_now.clone(), std::time::Duration::ZERO);
        }
    });
    // A reload or a closed tab right after a change must not lose it: write what is pending as
    // the page goes away (`pagehide` fires on reload, navigation and close, also on phones).
    let flush = window_event_listener_untyped("pagehide", move |_| {
        if save_pending.get_value() {
            save_now();
        }
    });
    on_cleanup(move || flush.remove());

    let send = {
        let budget_id = budget.id.clone();
        move |request: SubmissionRequest| {
            let budget_id = budget_id.clone();
            last_sent.set_value(Some(request.clone()));
            state.set(SubmitState::Sending);
            spawn_local(async move {
                match api::submit(&budget_id, &request).await {
                    Ok(r) => {
                        receipt.set(Some(r));
                        state.set(SubmitState::Editing);
                        request_animation_frame(|| focus("summary-title"));
                    }
                    Err(e) => state.set(SubmitState::Failed(e)),
                }
            });
        }
    };
    // The honeypot: a field people never see or reach (see `honeypot` below). Not part of the
    // draft: only a program that fills every field it finds puts something here.
    let website = RwSignal::new(String::new());
    let current_request = move || {
        let mut request = Draft {
            id: submission_id.get_untracked(),
            allocation: allocation.get_untracked(),
            section_comments: section_comments.get_untracked(),
            comment: comment.get_untracked(),
            answers: answers.get_untracked(),
            ..Draft::default()
        }
        .request(ui.locale.get_untracked());
        request.website = website.get_untracked();
        if require_invite {
            request.invite = Some(invite.get_untracked().trim().to_owned()).filter(|code| !code.is_empty());
        }
        request
    };
    let on_submit = {
        let send = send.clone();
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            if problem.get_untracked().is_none() && state.get_untracked() != SubmitState::Sending {
                send(current_request());
            }
        }
    };
    let retry = {
        let send = send.clone();
        move || {
            let request = last_sent.get_value().unwrap_or_else(current_request);
            send(request);
        }
    };
    let reset_all = {
        let budget = budget.clone();
        let set_allocation = set_allocation.clone();
        move |_| set_allocation(&budget.baseline_allocation())
    };
    let take_on_shared = move |_| {
        read_only.set(false);
        receipt.set(None);
        clear_fragment();
        request_animation_frame(|| {
            if let Some(first) = document().query_selector("input[type=range]").ok().flatten()
                && let Ok(el) = first.dyn_into::<web_sys::HtmlElement>()
            {
                let _ = el.focus();
            }
        });
    };
    let start_again = {
        let budget = budget.clone();
        move |_| {
            set_allocation(&budget.baseline_allocation());
            section_comments.set(BTreeMap::new());
            comment.set(String::new());
            answers.set(BTreeMap::new());
            submission_id.set(new_submission_id().unwrap_or_default());
            last_sent.set_value(None);
            receipt.set(None);
            request_animation_frame(|| focus("budget-title"));
        }
    };

    let share_url = Signal::derive({
        let budget = budget.clone();
        move || {
            let location = window().location();
            let fragment = allocation.with(|a| budget.share_fragment(a));
            // The budget's own page, also from inside a council's page (whose address pbsim does
            // not know).
            format!("{}/b/{}#{fragment}", location.origin().unwrap_or_default(), budget.id)
        }
    });

    // The household's bill changes only with the tax-rate lines and the home's value: memoised, so
    // moving a spending line recomputes nothing here.
    let bill_change = Memo::new({
        let budget = budget.clone();
        move |_| {
            let home = home.get();
            allocation.with(|a| budget.household_impact(a, home))
        }
    });
    let bill_now = Memo::new({
        let budget = budget.clone();
        let baseline = budget.baseline_allocation();
        move |_| budget.household_bill(&baseline, home.get())
    });
    let household_text = Memo::new({
        let budget = budget.clone();
        move |_| {
            let locale = ui.locale.get();
            let home = home.get();
            let now = bill_now.get();
            let change = bill_change.get();
            let money = |m: Money| format_money(m, budget.currency, locale, MoneyStyle::Cents);
            household_sentence(
                locale,
                &format_money(home, budget.currency, locale, MoneyStyle::Whole),
                &money(now),
                &money(now + change),
                &money(change.abs()),
                (change != Money::ZERO).then_some(change > Money::ZERO),
            )
        }
    });

    let sections = budget
        .sections
        .iter()
        .map(|section| {
            let title = section.title.clone();
            let description = section.description.clone();
            let section_id = section.id.clone();
            let comment_id = format!("comment-{}", section.id);
            let lines = section
                .lines
                .iter()
                .map(|line| {
                    let value = values.iter().find(|(id, _)| *id == line.id).map_or_else(
                        // Every line has its signal; a missing one would show the baseline.
                        || RwSignal::new(line.baseline),
                        |(_, v)| *v,
                    );
                    let on_change = Callback::new(move |v: i64| value.set(v));
                    view! {
                        <LineSlider
                            line=line.clone()
                            currency=budget.currency
                            value=value.into()
                            on_change=on_change
                            read_only=read_only.into()
                        />
                    }
                })
                .collect_view();
            let label_title = title.clone();
            let sid = section_id.clone();
            let comment_value = move || section_comments.with(|c| c.get(&sid).cloned().unwrap_or_default());
            view! {
                <fieldset class="section">
                    <legend>{move || title.get(ui.locale.get()).to_owned()}</legend>
                    {(!description.is_empty()).then(|| view! {
                        <p class="section-desc">{move || description.get(ui.locale.get()).to_owned()}</p>
                    })}
                    {lines}
                    <div class="field comment">
                        <label for=comment_id.clone()>
                            {move || strings(ui.locale.get()).comments_on}" "
                            {move || label_title.get(ui.locale.get()).to_owned()}" "
                            <span class="optional">{move || strings(ui.locale.get()).optional}</span>
                        </label>
                        <textarea
                            id=comment_id
                            rows="2"
                            maxlength=pbsim_core::submission::MAX_COMMENT_CHARS
                            prop:value=comment_value
                            disabled=read_only
                            on:input:target=move |ev| {
                                let text = ev.target().value();
                                section_comments.update(|c| {
                                    c.insert(section_id.clone(), text);
                                });
                            }
                        ></textarea>
                    </div>
                </fieldset>
            }
        })
        .collect_view();

    let s = move || strings(ui.locale.get());
    // The tab and the window say which budget this is, in the resident's language.
    Effect::new({
        let title = budget.title.clone();
        move |_| document().set_title(&format!("{} — pbsim", title.get(ui.locale.get())))
    });
    let title = budget.title.clone();
    let intro = budget.intro.clone();
    let source = budget.source.clone();
    let currency = budget.currency;
    let has_tax = budget.has_tax_rate();
    let questions = budget.questions.clone();
    let summary_budget = budget.clone();
    let logo = budget.theme.as_ref().and_then(|t| t.logo.clone());
    let problem_text = move || problem.get().map(|p| describe_balance_problem(p, currency, ui.locale.get()));
    let blocked = move || problem.get().is_some() || state.get() == SubmitState::Sending;

    // The editor is built once and hidden while the summary shows, so that "start a new budget"
    // brings back the same sliders without rebuilding them.
    let editor = view! {
        <div class="editor" hidden=move || receipt.get().is_some()>
            {match opening {
                Opening::Shared => Some(view! {
                    <div class="banner" hidden=move || !read_only.get()>
                        <p>{move || s().shared_banner}</p>
                        <button type="button" class="primary" on:click=take_on_shared>{move || s().edit_shared}</button>
                    </div>
                }.into_any()),
                Opening::Restored => Some(view! { <p class="note" role="status">{move || s().draft_restored}</p> }.into_any()),
                Opening::BadShareLink => Some(view! { <p class="note" role="status">{move || s().shared_unreadable}</p> }.into_any()),
                Opening::Fresh => None,
            }}
            <BalanceBar budget=budget.clone() allocation=allocation.into() problem=problem.into()/>
            <div class="layout">
                <div class="main-col">
                <form id="budget-form" class="budget-form" on:submit=on_submit novalidate>
                    <div class="form-tools">
                        <p class="hint">{move || s().draft_kept}</p>
                        <button type="button" on:click=reset_all disabled=read_only>{move || s().reset_all}</button>
                    </div>
                    {sections}
                    {has_tax.then(|| view! {
                        <section class="section household" aria-labelledby="household-title">
                            <h2 id="household-title">{move || s().your_tax_bill}</h2>
                            <HomeValue home=home on_change=Callback::new(move |m| own_home.set(Some(m)))/>
                            <p class="household-sentence" aria-live="polite">{move || household_text.get()}</p>
                        </section>
                    })}
                    <section class="section final" aria-labelledby="final-title">
                        <h2 id="final-title">{move || s().almost_done}</h2>
                        {(!questions.is_empty()).then(|| view! { <Questions questions=questions answers=answers/> })}
                        <div class="field">
                            <label for="final-comment">
                                {move || s().final_comment}" "<span class="optional">{move || s().optional}</span>
                            </label>
                            <textarea
                                id="final-comment"
                                rows="4"
                                maxlength=pbsim_core::submission::MAX_COMMENT_CHARS
                                prop:value=move || comment.get()
                                disabled=read_only
                                on:input:target=move |ev| comment.set(ev.target().value())
                            ></textarea>
                        </div>
                        // Off-screen rather than `display: none`, which form-filling programs skip;
                        // out of the tab order and of the accessibility tree, so no person meets it.
                        <div class="honeypot" aria-hidden="true">
                            <label for="website">{move || s().honeypot}</label>
                            <input
                                id="website"
                                name="website"
                                type="text"
                                tabindex="-1"
                                autocomplete="off"
                                prop:value=move || website.get()
                                on:input:target=move |ev| website.set(ev.target().value())
                            />
                        </div>
                        {require_invite.then(|| view! {
                            <div hidden=move || read_only.get()><InviteCode invite=invite/></div>
                        })}
                        <div class="submit-row" hidden=move || read_only.get()>
                            <button
                                type="submit"
                                class="primary submit"
                                aria-disabled=move || blocked().to_string()
                                aria-busy=move || (state.get() == SubmitState::Sending).to_string()
                            >
                                <span>{move || if state.get() == SubmitState::Sending { s().sending } else { s().submit }}</span>
                                {move || problem_text().map(|why| view! { <span class="why">{why}</span> })}
                            </button>
                            <div role="status" class="outcome">
                                {move || match state.get() {
                                    SubmitState::Failed(e) => {
                                        let retry = retry.clone();
                                        let message = match &e {
                                            ApiError::Network(_) => s().network_failed.to_owned(),
                                            ApiError::Refused { status: 409, .. } => s().conflict.to_owned(),
                                            ApiError::Refused { status: 429, .. } => s().rate_limited.to_owned(),
                                            ApiError::Refused { message, problems, .. } => {
                                                let details: Vec<&str> = problems.iter().map(|p| p.message.as_str()).collect();
                                                if details.is_empty() { message.clone() } else { details.join(" ") }
                                            }
                                        };
                                        // Worth trying again: the network, the server's own failures, and "too many
                                        // requests" (a rate limit lifts by itself).
                                        let retryable = matches!(e, ApiError::Network(_) | ApiError::Refused { status: 429 | 500.., .. });
                                        view! {
                                            <p class="error">{s().not_sent}" "{message}</p>
                                            {retryable.then(|| view! {
                                                <button type="button" on:click=move |_| retry()>{s().retry}</button>
                                            })}
                                        }.into_any()
                                    }
                                    _ => ().into_any(),
                                }}
                            </div>
                        </div>
                    </section>
                </form>
                <ShareLink url=share_url/>
                </div>
                <aside class="glance" aria-labelledby="glance-title">
                    <h2 id="glance-title">{move || s().at_a_glance}</h2>
                    <BalanceChart budget=budget.clone() allocation=allocation.into()/>
                    {has_tax.then(|| view! {
                        <HouseholdChart currency=budget.currency now=bill_now.into() change=bill_change.into() sentence=household_text.into()/>
                    })}
                    <LinesChart budget=budget.clone() values=values.iter().map(|(_, v)| Signal::from(*v)).collect()/>
                </aside>
            </div>
        </div>
    };

    view! {
        <main class="page simulator" id="main">
            {logo.map(|logo| view! { <crate::theme::Logo logo=logo/> })}
            <h1 id="budget-title" tabindex="-1">{move || title.get(ui.locale.get()).to_owned()}</h1>
            <p class="intro">{move || intro.get(ui.locale.get()).to_owned()}</p>
            <details class="source">
                <summary>{move || s().source}</summary>
                <p>
                    {match source.url.clone() {
                        Some(url) => view! { <a href=url>{source.name.clone()}</a> }.into_any(),
                        None => source.name.clone().into_any(),
                    }}
                </p>
                <p>{move || source.note.get(ui.locale.get()).to_owned()}</p>
            </details>
            {move || receipt.get().map(|r| view! {
                <Summary budget=summary_budget.clone() receipt=r allocation=allocation.into() home=home
                    comment=comment.into() on_start_again=Callback::new(start_again.clone())/>
            })}
            {editor}
        </main>
    }
}

/// True when a stored draft holds anything the resident did.
fn has_work(budget: &Budget, draft: &Draft) -> bool {
    draft.allocation != budget.baseline_allocation()
        || draft.section_comments.values().any(|c| !c.trim().is_empty())
        || !draft.comment.trim().is_empty()
        || !draft.answers.is_empty()
}

/// After a successful submission: what the resident sent, to keep or print.
#[component]
fn Summary(
    budget: Arc<Budget>,
    receipt: SubmissionReceipt,
    allocation: Signal<Allocation>,
    home: Signal<Money>,
    comment: Signal<String>,
    on_start_again: Callback<()>,
) -> impl IntoView {
    let ui = use_ui();
    let s = move || strings(ui.locale.get());
    let currency = budget.currency;
    let changes = {
        let budget = budget.clone();
        move || {
            let locale = ui.locale.get();
            allocation.with(|a| {
                budget
                    .lines()
                    .filter_map(|l| {
                        let v = a.get(&l.id).copied().unwrap_or(l.baseline);
                        (v != l.baseline).then(|| {
                            format!(
                                "{}: {} → {} ({})",
                                l.label.get(locale),
                                crate::components::format_value(l, l.baseline, currency, locale),
                                crate::components::format_value(l, v, currency, locale),
                                crate::components::change_text(l, v, currency, locale),
                            )
                        })
                    })
                    .collect::<Vec<_>>()
            })
        }
    };
    let impact = {
        let budget = budget.clone();
        move || {
            budget.has_tax_rate().then(|| {
                let change = allocation.with(|a| budget.household_impact(a, home.get()));
                format_money_change(change, currency, ui.locale.get(), MoneyStyle::Cents)
            })
        }
    };
    // "2026-11-26T00:41:07.123Z" reads as "2026-11-26 00:41": the day and the minute are enough.
    let received: String = receipt.received_at.replacen('T', " ", 1).chars().take(16).collect();
    let id = receipt.id.clone();
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <h2 id="summary-title" tabindex="-1">{move || s().summary}</h2>
            <p class="ok" role="status">{move || s().received}</p>
            <p>{move || received_at(ui.locale.get(), &received)}</p>
            <p>{move || s().reference}": "<span class="receipt">{id.clone()}</span></p>
            <h3>{move || s().your_changes}</h3>
            {move || {
                let changes = changes();
                if changes.is_empty() {
                    view! { <p>{s().no_changes}</p> }.into_any()
                } else {
                    view! { <ul>{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            {move || impact().map(|i| view! { <p>{s().your_tax_bill}": "{i}</p> })}
            {move || (!comment.get().trim().is_empty()).then(|| view! { <blockquote>{comment.get()}</blockquote> })}
            <div class="summary-actions">
                <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{move || s().print}</button>
                <button type="button" on:click=move |_| on_start_again.run(())>{move || s().start_again}</button>
            </div>
        </section>
    }
}
