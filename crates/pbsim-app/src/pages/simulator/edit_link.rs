//! The private edit link on the page: on the receipt, the link with a copy button and what losing it
//! means; above the form, which stored budget the resident is changing, or why the link opened none.

use super::editor::Editor;
use super::summary::short_time;
use crate::api::ApiError;
use crate::app::use_ui;
use crate::edit_strings as words;
use leptos::prelude::*;
use pbsim_core::SubmissionReceipt;

/// On the receipt: the private link to change the budget, to copy, and that it cannot be recovered.
/// After a change, also which budget it replaced.
#[component]
pub fn EditLinkBox(url: String, replaced: Option<SubmissionReceipt>) -> impl IntoView {
    let ui = use_ui();
    let copied = RwSignal::new(false);
    let copy = {
        let url = url.clone();
        move |_| {
            // `navigator.clipboard` exists only on secure pages; elsewhere the link is there to
            // select and copy by hand.
            let clipboard = window().navigator().clipboard();
            if !clipboard.is_undefined() {
                let _ = clipboard.write_text(&url);
                copied.set(true);
            }
        }
    };
    let replaced = replaced.map(|r| short_time(&r.received_at));
    // One paragraph with or without the replaced budget's sentence: no optional view to build.
    let hint = move || {
        let locale = ui.locale.get();
        match &replaced {
            Some(when) => format!("{} {}", words::replaced(locale, when), words::link_hint(locale)),
            None => words::link_hint(locale).to_owned(),
        }
    };
    view! {
        <div class="edit-link">
            <label for="edit-url">{move || words::link_label(ui.locale.get())}</label>
            <div class="share-row">
                <input type="text" id="edit-url" readonly prop:value=url on:focus:target=move |ev| ev.target().select()/>
                <button type="button" on:click=copy>{move || words::copy_link(ui.locale.get(), false)}</button>
            </div>
            <p role="status" class="hint">{move || if copied.get() { words::copy_link(ui.locale.get(), true) } else { "" }}</p>
            <p class="hint">{hint}</p>
        </div>
    }
}

/// Above the form: "You are changing the budget you sent on …" once the link opened it, or why the
/// link opened nothing.
#[component]
pub fn EditLinkNote(editor: Editor) -> impl IntoView {
    let ui = use_ui();
    let (failed, replaces, receipt) = (editor.edit_failed, editor.replaces, editor.receipt);
    move || {
        let locale = ui.locale.get();
        if let Some(error) = failed.get() {
            let message = match &error {
                ApiError::Refused(body) => words::refused(locale, body.error).map(str::to_owned),
                _ => None,
            };
            let message = message.unwrap_or_else(|| error.to_string());
            return Some(view! { <p class="note error" role="alert">{message}</p> }.into_any());
        }
        let changing = replaces.get().filter(|_| receipt.with(Option::is_none))?;
        let when = short_time(&changing.received_at);
        Some(view! { <p class="note" role="status">{words::changing(locale, &when)}</p> }.into_any())
    }
}
