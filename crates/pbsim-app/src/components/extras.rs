//! The parts of the form around the sliders: the household's tax bill, the optional questions, the
//! invite code, and the "share my budget" link.

use crate::app::use_ui;
use crate::strings::{say, strings};
use leptos::prelude::*;
use pbsim_core::{Money, Question, QuestionKind};
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// The assessed value field: the resident may replace the budget's typical home with their own.
#[component]
pub fn HomeValue(
    /// The value in use.
    home: Signal<Money>,
    /// Called with the resident's value.
    on_change: Callback<Money>,
) -> impl IntoView {
    let ui = use_ui();
    let dollars = move || (home.get().cents() / 100).to_string();
    let commit =
        move |input: &HtmlInputElement| match Money::from_major_str(&input.value()).filter(|m| *m > Money::ZERO) {
            Some(m) => on_change.run(m),
            None => input.set_value(&dollars()),
        };
    view! {
        <div class="field">
            <label for="assessed-value">{say(ui.locale, |w| w.assessed_value)}</label>
            <input
                type="number"
                id="assessed-value"
                inputmode="numeric"
                min="1"
                step="1"
                aria-describedby="assessed-value-hint"
                prop:value=dollars
                on:change:target=move |ev| commit(&ev.target())
                on:keydown=move |ev| {
                    // Enter sets the value; it must not submit the budget around it.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                            commit(&input);
                        }
                    }
                }
            />
            <p class="hint" id="assessed-value-hint">{say(ui.locale, |w| w.assessed_value_hint)}</p>
        </div>
    }
}

/// The optional questions, each a `<select>` or a text box, never required.
#[component]
pub fn Questions(questions: Vec<Question>, answers: RwSignal<BTreeMap<String, String>>) -> impl IntoView {
    let ui = use_ui();
    let fields = questions
        .into_iter()
        .map(|q| {
            let field_id = format!("question-{}", q.id);
            let id = q.id.clone();
            let label = q.label.clone();
            let current = {
                let id = id.clone();
                move || answers.with(|a| a.get(&id).cloned().unwrap_or_default())
            };
            let set = move |value: String| {
                answers.update(|a| {
                    if value.is_empty() {
                        a.remove(&id);
                    } else {
                        a.insert(id.clone(), value);
                    }
                });
            };
            let label_view = view! {
                <label for=field_id.clone()>
                    {move || label.get(ui.locale.get()).to_owned()}" "
                    <span class="optional">{say(ui.locale, |w| w.optional)}</span>
                </label>
            };
            let input = match q.kind {
                QuestionKind::Choice { options } => {
                    let options = options
                        .into_iter()
                        .map(|o| {
                            let value = o.id.clone();
                            let selected = {
                                let current = current.clone();
                                move || current() == value
                            };
                            view! {
                                <option value=o.id.clone() selected=selected>
                                    {move || o.label.get(ui.locale.get()).to_owned()}
                                </option>
                            }
                        })
                        .collect_view();
                    let current_empty = {
                        let current = current.clone();
                        move || current().is_empty()
                    };
                    view! {
                        <select id=field_id on:change:target=move |ev| set(ev.target().value())>
                            <option value="" selected=current_empty>{say(ui.locale, |w| w.no_answer)}</option>
                            {options}
                        </select>
                    }
                    .into_any()
                }
                QuestionKind::Text { max_chars } => view! {
                    <textarea
                        id=field_id
                        rows="3"
                        maxlength=max_chars
                        prop:value=current
                        on:input:target=move |ev| set(ev.target().value())
                    ></textarea>
                }
                .into_any(),
            };
            view! { <div class="field">{label_view}{input}</div> }
        })
        .collect_view();
    view! {
        <fieldset class="section questions">
            <legend>{say(ui.locale, |w| w.about_you)}</legend>
            <p class="hint">{say(ui.locale, |w| w.about_you_hint)}</p>
            {fields}
        </fieldset>
    }
}

/// "Share my budget": a link that reproduces the allocation, to copy.
#[component]
pub fn ShareLink(
    /// The link, kept up to date with the allocation.
    url: Signal<String>,
) -> impl IntoView {
    let ui = use_ui();
    let s = move || strings(ui.locale.get());
    let open = RwSignal::new(false);
    let copied = RwSignal::new(false);
    Effect::new(move |_| {
        // A new link has not been copied yet.
        if open.get() {
            url.track();
        }
        copied.set(false);
    });
    let copy = move |_| {
        if let Some(window) = web_sys::window() {
            // `navigator.clipboard` exists only on secure pages; where it is missing the link is
            // still there to select and copy by hand.
            let clipboard = window.navigator().clipboard();
            if !clipboard.is_undefined() {
                let _ = clipboard.write_text(&url.get_untracked());
                copied.set(true);
            }
        }
    };
    view! {
        <div class="share">
            <button type="button" aria-expanded=move || open.get().to_string() aria-controls="share-panel" on:click=move |_| open.update(|o| *o = !*o)>
                {say(ui.locale, |w| w.share)}
            </button>
            <div id="share-panel" hidden=move || !open.get()>
                <label for="share-url">{say(ui.locale, |w| w.share_link)}</label>
                <div class="share-row">
                    <input
                        type="text"
                        id="share-url"
                        readonly
                        // Computed only while the panel is open: moving a slider with the panel
                        // closed builds no link.
                        prop:value=move || if open.get() { url.get() } else { String::new() }
                        on:focus:target=move |ev| ev.target().select()
                    />
                    <button type="button" on:click=copy>{say(ui.locale, |w| w.copy)}</button>
                </div>
                <p role="status" class="hint">{move || if copied.get() { s().copied } else { "" }}</p>
            </div>
        </div>
    }
}

/// The invite code field, for a budget that only accepts invited residents. It starts with the
/// `?invite=` of the page's address, so a link on the invitation fills it in.
#[component]
pub fn InviteCode(
    /// What the resident typed (or the link filled in).
    invite: RwSignal<String>,
) -> impl IntoView {
    let ui = use_ui();
    view! {
        <div class="field invite">
            <label for="invite-code">{say(ui.locale, |w| w.invite_code)}</label>
            <input
                type="text"
                id="invite-code"
                autocomplete="off"
                autocapitalize="characters"
                spellcheck="false"
                maxlength=pbsim_core::submission::MAX_INVITE_CHARS
                aria-describedby="invite-code-hint"
                prop:value=move || invite.get()
                on:input:target=move |ev| invite.set(ev.target().value())
                on:keydown=move |ev| {
                    // Enter must not submit the budget around it.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                    }
                }
            />
            <p class="hint" id="invite-code-hint">{say(ui.locale, |w| w.invite_code_hint)}</p>
        </div>
    }
}

/// The `invite` parameter of the page's query string (codes are letters, digits and dashes, so no
/// decoding is needed beyond `+` for a space).
pub fn invite_from_query() -> String {
    let search = window().location().search().unwrap_or_default();
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("invite="))
        .map(|code| code.replace('+', " "))
        .unwrap_or_default()
}
