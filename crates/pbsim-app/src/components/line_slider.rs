//! One line of the budget: its label, a range slider, a number field for exact entry, a reset
//! button, and what the chosen amount means for the service.

use crate::app::use_ui;
use crate::strings::{baseline_note, reset_line, strings};
use leptos::prelude::*;
use pbsim_core::{Currency, Line, LineKind, Locale, Money, MoneyStyle, format_money, format_rate};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// How a value of `line` reads, with its unit: `$386,573,423` or `0.1560%`.
pub fn format_value(line: &Line, value: i64, currency: Currency, locale: Locale) -> String {
    match line.kind {
        LineKind::TaxRate { .. } => format_rate(value, locale, 4),
        LineKind::Spending | LineKind::Revenue => format_money(Money(value), currency, locale, MoneyStyle::Whole),
    }
}

/// The change from this year in words: "up $500,000", "down 0.0016%", "unchanged".
pub fn change_text(line: &Line, value: i64, currency: Currency, locale: Locale) -> String {
    let s = strings(locale);
    let delta = value - line.baseline;
    match delta.signum() {
        0 => s.unchanged.to_owned(),
        1 => format!("{} {}", s.up, format_value(line, delta, currency, locale)),
        _ => format!("{} {}", s.down, format_value(line, -delta, currency, locale)),
    }
}

/// A labelled slider with its exact-entry field for one line.
#[component]
pub fn LineSlider(
    /// The line.
    line: Line,
    /// The budget's currency.
    currency: Currency,
    /// The line's current value.
    value: Signal<i64>,
    /// Called with each new value (always one the line accepts).
    on_change: Callback<i64>,
    /// True while the resident looks at a shared budget they have not taken on yet.
    read_only: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    let id = line.id.clone();
    let slider_id = format!("line-{id}");
    let desc_id = format!("desc-{id}");
    let cons_id = format!("cons-{id}");
    let (min, max, step, baseline) = (line.min, line.max, line.step, line.baseline);
    let has_description = !line.description.is_empty();
    let line = StoredValue::new(line);
    let locale = move || ui.locale.get();
    let label = move || line.with_value(|l| l.label.get(locale()).to_owned());
    // The amount and the change in words, formatted once per value and shared by the spoken
    // value and the visible one.
    let words = Memo::new(move |_| {
        line.with_value(|l| {
            (format_value(l, value.get(), currency, locale()), change_text(l, value.get(), currency, locale()))
        })
    });
    let text = move || words.with(|(amount, change)| format!("{amount}, {change}"));
    let amount = move || words.with(|(amount, _)| amount.clone());
    let change = move || words.with(|(_, change)| change.clone());
    let this_year =
        move || line.with_value(|l| baseline_note(locale(), &format_value(l, baseline, currency, locale())));
    let consequences = move || {
        line.with_value(|l| {
            l.consequences_at(value.get()).into_iter().map(|c| c.text.get(locale()).to_owned()).collect::<Vec<_>>()
        })
    };
    let described_by = if has_description { format!("{desc_id} {cons_id}") } else { cons_id.clone() };

    view! {
        <div class="line" class:changed=move || value.get() != baseline>
            <div class="line-head">
                <label for=slider_id.clone()>{label}</label>
                <output for=slider_id.clone() aria-hidden="true">
                    <span class="amount">{amount}</span>
                    <span class="change">{change}</span>
                </output>
            </div>
            {has_description.then(|| view! {
                <p class="line-desc" id=desc_id.clone()>{move || line.with_value(|l| l.description.get(locale()).to_owned())}</p>
            })}
            <input
                type="range"
                id=slider_id
                min=min
                max=max
                step=step
                prop:value=move || value.get().to_string()
                aria-valuetext=text
                aria-describedby=described_by
                disabled=read_only
                on:input:target=move |ev| {
                    if let Ok(v) = ev.target().value().parse::<i64>() {
                        on_change.run(v);
                    }
                }
            />
            <div class="line-foot">
                <span class="baseline">{this_year}</span>
                <ExactEntry line=line currency=currency value=value on_change=on_change read_only=read_only/>
            </div>
            <div id=cons_id class="consequences" aria-live="polite">
                {move || consequences().into_iter().map(|c| view! { <p class="consequence">{c}</p> }).collect_view()}
            </div>
        </div>
    }
}

/// The number field for an exact amount (Enter or leaving the field sets it, snapped to the line's
/// grid) and the button that puts the line back to this year's value.
#[component]
fn ExactEntry(
    line: StoredValue<Line>,
    currency: Currency,
    value: Signal<i64>,
    on_change: Callback<i64>,
    read_only: Signal<bool>,
) -> impl IntoView {
    let ui = use_ui();
    let locale = move || ui.locale.get();
    let (exact_id, min, max, step, baseline, is_rate) = line.with_value(|l| {
        (format!("exact-{}", l.id), l.min, l.max, l.step, l.baseline, matches!(l.kind, LineKind::TaxRate { .. }))
    });
    let label = move || line.with_value(|l| l.label.get(locale()).to_owned());
    let exact_label = move || {
        let s = strings(locale());
        format!("{}, {}", label(), if is_rate { s.exact_rate } else { s.exact_amount })
    };
    let reset_name =
        move || line.with_value(|l| reset_line(locale(), &label(), &format_value(l, baseline, currency, locale())));
    let to_input = move |v: i64| line.with_value(|l| l.to_input(v));
    let commit = move |input: &HtmlInputElement| match line.with_value(|l| l.from_input(&input.value())) {
        Some(v) => {
            on_change.run(v);
            // The snapped value may equal the old one, which re-renders nothing: show it in the
            // field all the same.
            input.set_value(&to_input(v));
        }
        None => input.set_value(&to_input(value.get_untracked())),
    };
    view! {
        <span class="exact">
            <label for=exact_id.clone() class="sr-only">{exact_label}</label>
            <input
                type="number"
                id=exact_id
                inputmode="decimal"
                min=move || to_input(min)
                max=move || to_input(max)
                step=move || to_input(step)
                prop:value=move || to_input(value.get())
                disabled=read_only
                on:change:target=move |ev| commit(&ev.target())
                on:keydown=move |ev| {
                    // Enter in a field of a form would submit the whole budget: here it only sets
                    // the amount.
                    if ev.key() == "Enter" {
                        ev.prevent_default();
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
                            commit(&input);
                        }
                    }
                }
            />
            <button
                type="button"
                class="reset"
                aria-label=reset_name
                disabled=move || read_only.get() || value.get() == baseline
                on:click=move |_| on_change.run(baseline)
            >
                {move || strings(locale()).reset}
            </button>
        </span>
    }
}
