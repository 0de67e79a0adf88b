//! After a successful submission: what the resident sent, to keep or print.

use crate::app::use_ui;
use crate::components::{change_text, format_value};
use crate::strings::{received_at, say, strings};
use leptos::prelude::*;
use pbsim_core::{Allocation, Budget, Money, MoneyStyle, SubmissionReceipt, format_money_change};
use std::sync::Arc;

/// After a successful submission: what the resident sent, to keep or print.
#[component]
pub fn Summary(
    budget: Arc<Budget>,
    receipt: SubmissionReceipt,
    allocation: Signal<Allocation>,
    home: Signal<Money>,
    /// A renter's monthly rent, when the resident said they rent and typed one: the impact is then
    /// the renter's estimate instead of the owner's bill.
    rent: Signal<Option<Money>>,
    comment: Signal<String>,
    /// The private link to change the budget until the close (none for a draft from before links).
    edit_url: Option<String>,
    /// The budget this one replaced, when it was a change sent through the link.
    replaced: Option<SubmissionReceipt>,
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
                                format_value(l, l.baseline, currency, locale),
                                format_value(l, v, currency, locale),
                                change_text(l, v, currency, locale),
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
                let locale = ui.locale.get();
                let renter = rent.get().and_then(|r| allocation.with(|a| budget.renter_impact(a, r)));
                match renter {
                    Some(change) => format!(
                        "{} {}",
                        format_money_change(change, currency, locale, MoneyStyle::Cents),
                        strings(locale).in_your_rent
                    ),
                    None => {
                        let change = allocation.with(|a| budget.household_impact(a, home.get()));
                        format_money_change(change, currency, locale, MoneyStyle::Cents)
                    }
                }
            })
        }
    };
    view! {
        <section class="summary" aria-labelledby="summary-title">
            <ReceiptHead receipt=receipt/>
            {edit_url.map(|url| view! { <super::edit_link::EditLinkBox url=url replaced=replaced/> })}
            <h3>{say(ui.locale, |w| w.your_changes)}</h3>
            {move || {
                let changes = changes();
                if changes.is_empty() {
                    view! { <p>{s().no_changes}</p> }.into_any()
                } else {
                    view! { <ul>{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul> }.into_any()
                }
            }}
            {move || impact().map(|i| view! { <p>{s().your_tax_bill}": "{i}</p> })}
            <ReceiptEnd comment=comment on_start_again=on_start_again/>
        </section>
        <super::everyone::Everyone budget=budget you=Some(allocation.get_untracked())/>
    }
}

/// A receipt's time as residents read it: "2026-11-26T00:41:07.123Z" is "2026-11-26 00:41", the day
/// and the minute being enough.
pub fn short_time(received_at: &str) -> String {
    received_at.replacen('T', " ", 1).chars().take(16).collect()
}

/// The top of a receipt: its heading, that it was received, when, and its reference.
#[component]
pub(crate) fn ReceiptHead(receipt: SubmissionReceipt) -> impl IntoView {
    let ui = use_ui();
    let received = short_time(&receipt.received_at);
    let id = receipt.id;
    view! {
        <h2 id="summary-title" tabindex="-1">{say(ui.locale, |w| w.summary)}</h2>
        <p class="ok" role="status">{say(ui.locale, |w| w.received)}</p>
        <p>{move || received_at(ui.locale.get(), &received)}</p>
        <p>{say(ui.locale, |w| w.reference)}": "<span class="receipt">{id.clone()}</span></p>
    }
}

/// The end of a receipt: the resident's comment, then print and "start a new budget".
#[component]
pub(crate) fn ReceiptEnd(comment: Signal<String>, on_start_again: Callback<()>) -> impl IntoView {
    let ui = use_ui();
    view! {
        {move || (!comment.get().trim().is_empty()).then(|| view! { <blockquote>{comment.get()}</blockquote> })}
        <div class="summary-actions">
            <button type="button" class="primary" on:click=move |_| { let _ = window().print(); }>{say(ui.locale, |w| w.print)}</button>
            <button type="button" on:click=move |_| on_start_again.run(())>{say(ui.locale, |w| w.start_again)}</button>
        </div>
    }
}
