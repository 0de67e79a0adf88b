//! The parts of the simulator's form: each section's sliders and comment, the household's bill, and
//! the final section (questions, comment, invite code, submit button and what became of the send).

use super::Household;
use super::editor::{Editor, SubmitState};
use crate::api::ApiError;
use crate::app::use_ui;
use crate::components::{HomeValue, InviteCode, LineSlider, Questions};
use crate::strings::{say, strings};
use leptos::prelude::*;
use pbsim_core::submission::MAX_COMMENT_CHARS;
use pbsim_core::wire::ErrorCode;
use pbsim_core::{Budget, Locale, Money, MoneyStyle, format_money};
use std::sync::Arc;

/// Every section: its lines' sliders, then the resident's comment on it.
#[component]
pub fn LineSections(budget: Arc<Budget>, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let read_only = editor.read_only;
    let values = editor.values.clone();
    let signal_of = |id: &str| values.iter().find(|(line, _)| line == id).map(|(_, v)| *v);
    budget
        .sections
        .iter()
        .map(|section| {
            let lines = section
                .lines
                .iter()
                .map(|line| {
                    // Every line has its signal; a missing one would show the baseline.
                    let value = signal_of(&line.id).unwrap_or_else(|| RwSignal::new(line.baseline));
                    view! {
                        <LineSlider
                            line=line.clone()
                            currency=budget.currency
                            value=value.into()
                            on_change=Callback::new(move |v: i64| value.set(v))
                            read_only=read_only.into()
                        />
                    }
                })
                .collect_view();
            let (title, description) = (section.title.clone(), section.description.clone());
            let label_title = title.clone();
            let comment_id = format!("comment-{}", section.id);
            let section_id = section.id.clone();
            let sid = section_id.clone();
            let comment_value = move || editor.section_comments.with(|c| c.get(&sid).cloned().unwrap_or_default());
            view! {
                <fieldset class="section">
                    <legend>{move || title.get(ui.locale.get()).to_owned()}</legend>
                    {(!description.is_empty()).then(|| view! {
                        <p class="section-desc">{move || description.get(ui.locale.get()).to_owned()}</p>
                    })}
                    {lines}
                    <div class="field comment">
                        <label for=comment_id.clone()>
                            {say(ui.locale, |w| w.comments_on)}" "
                            {move || label_title.get(ui.locale.get()).to_owned()}" "
                            <span class="optional">{say(ui.locale, |w| w.optional)}</span>
                        </label>
                        <textarea
                            id=comment_id
                            rows="2"
                            maxlength=MAX_COMMENT_CHARS
                            prop:value=comment_value
                            disabled=read_only
                            on:input:target=move |ev| {
                                let text = ev.target().value();
                                editor.section_comments.update(|c| {
                                    c.insert(section_id.clone(), text);
                                });
                            }
                        ></textarea>
                    </div>
                </fieldset>
            }
        })
        .collect_view()
}

/// The household's tax bill under the resident's budget, with their own home's value; when the
/// budget states renters' figures, it first asks whether the resident owns or rents, and a renter
/// sees the estimate for their rent instead (see [`RenterEstimate`]).
#[component]
pub fn HouseholdSection(budget: Arc<Budget>, household: Household, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let own_home = editor.own_home;
    let renting = editor.renting;
    let owner = view! {
        <div hidden=move || renting.get()>
            <HomeValue home=household.home on_change=Callback::new(move |m| own_home.set(Some(m)))/>
            <p class="household-sentence" aria-live="polite">{move || household.sentence.get()}</p>
        </div>
    };
    let renter = budget.household.as_ref().and_then(|h| {
        h.renters.is_some().then(|| {
            view! {
                <fieldset class="tenure">
                    <legend>{say(ui.locale, |w| w.own_or_rent)}</legend>
                    <label><input type="radio" name="tenure" prop:checked=move || !renting.get()
                        on:change=move |_| renting.set(false)/>" "{say(ui.locale, |w| w.i_own)}</label>
                    <label><input type="radio" name="tenure" prop:checked=move || renting.get()
                        on:change=move |_| renting.set(true)/>" "{say(ui.locale, |w| w.i_rent)}</label>
                </fieldset>
            }
        })
    });
    let estimate = renter.is_some().then(|| view! { <RenterEstimate budget=budget.clone() editor=editor.clone()/> });
    view! {
        <section class="section household" aria-labelledby="household-title">
            <h2 id="household-title">{say(ui.locale, |w| w.your_tax_bill)}</h2>
            {renter}
            {owner}
            {estimate}
        </section>
    }
}

/// A renter's monthly rent and what the resident's budget may change in it: the share of the City
/// tax on the home that rent stands for that the budget file says reaches a rent, with why it is an
/// estimate. A rent that is not an amount is named beside the field, and the estimate waits.
#[component]
fn RenterEstimate(budget: Arc<Budget>, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let (renting, rent, allocation) = (editor.renting, editor.rent, editor.allocation);
    // A kept rent comes back as the resident would type it: whole dollars without ".00".
    let kept = rent.get_untracked().map(|m| if m.0 % 100 == 0 { (m.0 / 100).to_string() } else { m.to_string() });
    let typed = RwSignal::new(kept.unwrap_or_default());
    let invalid = RwSignal::new(false);
    let on_input = move |ev: leptos::ev::Event| {
        let text = event_target_value(&ev);
        let value = Money::from_major_str(&text).filter(|m| *m > Money::ZERO);
        invalid.set(value.is_none() && !text.trim().is_empty());
        if value.is_some() || text.trim().is_empty() {
            rent.set(value);
        }
        typed.set(text);
    };
    let currency = budget.currency;
    let estimate = Memo::new({
        let budget = budget.clone();
        move |_| {
            let rent = rent.get()?;
            allocation.with(|a| budget.renter_impact(a, rent)).map(|year| (rent, year))
        }
    });
    let sentence = move || {
        let locale = ui.locale.get();
        let (rent, year) = estimate.get()?;
        let month = Money(i64::try_from(pbsim_core::money::div_round(i128::from(year.0), 12)).unwrap_or_default());
        let money = |m: Money| format_money(m, currency, locale, MoneyStyle::Cents);
        Some(crate::strings::renter_sentence(
            locale,
            &money(rent),
            &money(year.abs()),
            &money(month.abs()),
            (year != Money::ZERO).then_some(year > Money::ZERO),
        ))
    };
    let caveat = move || {
        let locale = ui.locale.get();
        let r = budget.household.as_ref()?.renters.as_ref()?;
        let home = Money(rent.get()?.0.saturating_mul(r.value_per_monthly_rent));
        Some(crate::strings::renter_caveat(
            locale,
            r.pass_through_percent,
            &r.pass_through_source,
            &format_money(home, currency, locale, MoneyStyle::Whole),
            r.value_per_monthly_rent,
            r.value_source.get(locale),
        ))
    };
    view! {
        <div class="renter" hidden=move || !renting.get()>
            <div class="field">
                <label for="monthly-rent">{say(ui.locale, |w| w.monthly_rent)}</label>
                <input
                    type="text"
                    id="monthly-rent"
                    inputmode="decimal"
                    autocomplete="off"
                    aria-describedby="monthly-rent-error monthly-rent-hint"
                    aria-invalid=move || invalid.get().then_some("true")
                    prop:value=move || typed.get()
                    on:input=on_input
                    on:keydown=move |ev| {
                        // Enter must not submit the budget around the field.
                        if ev.key() == "Enter" {
                            ev.prevent_default();
                        }
                    }
                />
                <p class="field-error" id="monthly-rent-error" role="alert">
                    {move || invalid.get().then(say(ui.locale, |w| w.rent_not_a_number))}
                </p>
                <p class="hint" id="monthly-rent-hint">{say(ui.locale, |w| w.monthly_rent_hint)}</p>
            </div>
            <div hidden=move || invalid.get()>
                <p class="renter-sentence" aria-live="polite">{sentence}</p>
                <p class="hint renter-caveat">{caveat}</p>
            </div>
        </div>
    }
}

/// The end of the form: the questions, the final comment, the invite code and the submit button.
#[component]
pub fn FinalSection(budget: Arc<Budget>, editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let questions = budget.questions.clone();
    let read_only = editor.read_only;
    view! {
        <section class="section final" aria-labelledby="final-title">
            <h2 id="final-title">{say(ui.locale, |w| w.almost_done)}</h2>
            {(!questions.is_empty()).then(|| view! { <Questions questions=questions answers=editor.answers/> })}
            <div class="field">
                <label for="final-comment">
                    {say(ui.locale, |w| w.final_comment)}" "<span class="optional">{say(ui.locale, |w| w.optional)}</span>
                </label>
                <textarea
                    id="final-comment"
                    rows="4"
                    maxlength=MAX_COMMENT_CHARS
                    prop:value=move || editor.comment.get()
                    disabled=read_only
                    on:input:target=move |ev| editor.comment.set(ev.target().value())
                ></textarea>
            </div>
            // Off-screen rather than `display: none`, which form-filling programs skip; out of the
            // tab order and of the accessibility tree, so no person meets it.
            <div class="honeypot" aria-hidden="true">
                <label for="website">{say(ui.locale, |w| w.honeypot)}</label>
                <input
                    id="website"
                    name="website"
                    type="text"
                    tabindex="-1"
                    autocomplete="off"
                    prop:value=move || editor.website.get()
                    on:input:target=move |ev| editor.website.set(ev.target().value())
                />
            </div>
            {budget.submissions.require_invite.then(|| view! {
                <div hidden=move || read_only.get()><InviteCode invite=editor.invite/></div>
            })}
            <SubmitRow editor=editor/>
        </section>
    }
}

/// The submit button (which says why the budget cannot be sent yet) and what became of the send.
#[component]
fn SubmitRow(editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let s = move || strings(ui.locale.get());
    let state = editor.state;
    let sending = move || state.get() == SubmitState::Sending;
    let why = {
        let editor = editor.clone();
        move || editor.why_not(ui.locale.get())
    };
    let blocked = {
        let why = why.clone();
        move || why().is_some() || sending()
    };
    let read_only = editor.read_only;
    view! {
        <div class="submit-row" hidden=move || read_only.get()>
            <button
                type="submit"
                class="primary submit"
                aria-disabled=move || blocked().to_string()
                aria-busy=move || sending().to_string()
            >
                <span>{move || if sending() { s().sending } else { s().submit }}</span>
                {move || why().map(|why| view! { <span class="why">{why}</span> })}
            </button>
            <div role="status" class="outcome">
                {move || match state.get() {
                    SubmitState::Failed(e) => send_failed(&e, editor.clone(), ui.locale.get()).into_any(),
                    _ => ().into_any(),
                }}
            </div>
        </div>
    }
}

/// Why the last send failed, and "try again" when trying again may help. Built again whenever the
/// state or the language changes, so its texts are plain.
fn send_failed(error: &ApiError, editor: Editor, locale: Locale) -> impl IntoView + use<> {
    let s = strings(locale);
    let message = match error {
        ApiError::Network(_) => s.network_failed.to_owned(),
        ApiError::Refused(body) => match body.error {
            ErrorCode::Conflict => s.conflict.to_owned(),
            ErrorCode::RateLimited => s.rate_limited.to_owned(),
            code @ (ErrorCode::NotOpenYet | ErrorCode::ConsultationClosed) => {
                crate::results_strings::refused(locale, code).to_owned()
            }
            code if crate::edit_strings::refused(locale, code).is_some() => {
                crate::edit_strings::refused(locale, code).unwrap_or_default().to_owned()
            }
            _ if body.problems.is_empty() => body.message.clone(),
            _ => body.problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join(" "),
        },
        ApiError::Status(_) => error.to_string(),
    };
    view! {
        <p class="error">{s.not_sent}" "{message}</p>
        {error.retryable().then(|| view! {
            <button type="button" on:click=move |_| editor.retry(locale)>{s.retry}</button>
        })}
    }
}
