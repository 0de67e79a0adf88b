//! The council's response as residents read it (and as officers preview it before publishing):
//! paragraphs of plain text with `https://` links, then a note per line. Every piece is written as
//! text, never as markup.

use crate::app::use_ui;
use crate::results_strings::{published_on, say_result};
use leptos::prelude::*;
use pbsim_core::Budget;
use pbsim_core::response::{Piece, paragraphs};
use pbsim_core::wire::CouncilResponse;
use std::sync::Arc;

/// One piece of text, or a link to the address it names.
fn piece(p: Piece<'_>) -> AnyView {
    match p {
        Piece::Text(t) => t.to_owned().into_any(),
        Piece::Link(l) => view! { <a href=l.to_owned()>{l.to_owned()}</a> }.into_any(),
    }
}

/// `text` as paragraphs with links.
#[component]
pub fn ResponseText(text: String) -> impl IntoView {
    paragraphs(&text)
        .into_iter()
        .map(|pieces| view! { <p>{pieces.into_iter().map(piece).collect_view()}</p> })
        .collect_view()
}

/// The response in the resident's language: its heading, when it was published (if it was), the
/// general text and the notes per line, in the budget's order.
#[component]
pub fn CouncilResponseView(
    budget: Arc<Budget>,
    response: CouncilResponse,
    /// When it was published (RFC 3339); `None` in the officers' preview.
    published_at: Option<String>,
) -> impl IntoView {
    let ui = use_ui();
    let response = StoredValue::new(response);
    // "2026-11-30T15:04:05.123Z" reads as "2026-11-30 15:04".
    let when: Option<String> = published_at.map(|at| at.replacen('T', " ", 1).chars().take(16).collect());
    let body = move || {
        let locale = ui.locale.get();
        response.with_value(|r| {
            let notes = budget
                .lines()
                .filter_map(|l| {
                    let note = r.lines.get(&l.id)?.get(locale);
                    (!note.trim().is_empty()).then(|| {
                        let pieces = paragraphs(note).into_iter().flatten().map(piece).collect_view();
                        view! { <li><strong>{l.label.get(locale).to_owned()}</strong>": "{pieces}</li> }
                    })
                })
                .collect::<Vec<_>>();
            view! {
                {when.clone().map(|w| view! { <p class="hint">{published_on(locale, &w)}</p> })}
                <ResponseText text=r.general.get(locale).to_owned()/>
                {(!notes.is_empty()).then(|| view! { <ul class="line-notes">{notes}</ul> })}
            }
        })
    };
    view! {
        <section class="council" aria-labelledby="council-title">
            <h2 id="council-title">{say_result(ui.locale, |w| w.council_says)}</h2>
            {body}
        </section>
    }
}
