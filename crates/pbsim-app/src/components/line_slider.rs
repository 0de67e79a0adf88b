//! One line of the budget: its label, a range slider, and what the chosen amount means.

use crate::app::use_ui;
use crate::strings::strings;
use leptos::prelude::*;
use pbsim_core::{Currency, Line, LineKind, Locale, Money, MoneyStyle, format_money, format_rate};

/// How a value of `line` reads, with its unit: `$386,573,423` or `0.1560%`.
pub fn format_value(line: &Line, value: i64, currency: Currency, locale: Locale) -> String {
    match line.kind {
        LineKind::TaxRate { .. } => format_rate(value, locale, 4),
        LineKind::Spending | LineKind::Revenue => format_money(Money(value), currency, locale, MoneyStyle::Whole),
    }
}

/// What a screen reader says for the slider: the amount, and its change from this year in words.
pub fn value_text(line: &Line, value: i64, currency: Currency, locale: Locale) -> String {
    let s = strings(locale);
    let amount = format_value(line, value, currency, locale);
    let delta = value - line.baseline;
    let change = match delta.signum() {
        0 => s.unchanged.to_owned(),
        1 => format!("{} {}", s.up, format_value(line, delta, currency, locale)),
        _ => format!("{} {}", s.down, format_value(line, -delta, currency, locale)),
    };
    format!("{amount}, {change}")
}

/// A labelled range slider for one line.
#[component]
pub fn LineSlider(
    /// The line.
    line: Line,
    /// The budget's currency.
    currency: Currency,
    /// The line's current value.
    value: Signal<i64>,
    /// Called with each new value.
    on_change: Callback<i64>,
) -> impl IntoView {
    let ui = use_ui();
    let input_id = format!("line-{}", line.id);
    let (min, max, step) = (line.min, line.max, line.step);
    let line = StoredValue::new(line);
    let label = move || line.with_value(|l| l.label.get(ui.locale.get()).to_owned());
    let text = move || line.with_value(|l| value_text(l, value.get(), currency, ui.locale.get()));
    let amount = move || line.with_value(|l| format_value(l, value.get(), currency, ui.locale.get()));
    view! {
        <div class="line">
            <label for=input_id.clone()>{label}</label>
            <input
                type="range"
                id=input_id.clone()
                min=min
                max=max
                step=step
                prop:value=move || value.get().to_string()
                aria-valuetext=text
                on:input:target=move |ev| {
                    if let Ok(v) = ev.target().value().parse::<f64>() {
                        on_change.run(v.round() as i64);
                    }
                }
            />
            <output for=input_id>{amount}</output>
        </div>
    }
}
