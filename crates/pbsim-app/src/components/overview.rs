//! The whole budget at a glance, at the top of the page: where the money goes (spending, by
//! section and line, by size) against where it comes from (revenue), as two stacked bars drawn
//! with plotters, each with a thin bar of this year's figures under it, so a resident sees the
//! budget before any move and every move after. Its text equivalent is a table of the sections'
//! totals, this year and in the resident's budget.

use super::charts::{Draw, DrawResult, live_chart, prepare, text_style};
use crate::app::use_ui;
use leptos::prelude::*;
use pbsim_core::{Allocation, Budget, Currency, Locale, Money, MoneyStyle, format_money, format_money_change};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

/// Section colours, in order (the legend's swatches are the same, `.sw-N` in the stylesheet); the
/// grey is money the simulator holds fixed.
const PALETTE: [RGBColor; 8] = [
    RGBColor(11, 92, 173),
    RGBColor(27, 107, 47),
    RGBColor(138, 97, 0),
    RGBColor(107, 63, 160),
    RGBColor(161, 42, 0),
    RGBColor(0, 114, 122),
    RGBColor(176, 48, 106),
    RGBColor(64, 64, 64),
];
const FIXED: RGBColor = RGBColor(160, 166, 174);
const THIS_YEAR: RGBColor = RGBColor(118, 125, 135);
const TEXT: RGBColor = RGBColor(26, 26, 26);

/// One bar: its segments (colour index, or `None` for fixed money; amounts of each line, so the
/// bar shows lines inside sections) now and this year.
#[derive(Clone, PartialEq)]
struct Bar {
    segments: Vec<(Option<usize>, Vec<f64>)>,
    this_year: Vec<f64>,
}

impl Bar {
    fn total(&self) -> f64 {
        self.segments.iter().flat_map(|(_, lines)| lines).sum()
    }
}

/// A section's money, this year and in the resident's budget: (spending, revenue) each.
#[derive(Clone, Copy, Default, PartialEq)]
struct Figures {
    spending: (Money, Money),
    revenue: (Money, Money),
}

/// Each section's figures, in display order.
fn section_figures(budget: &Budget, allocation: &Allocation) -> Vec<Figures> {
    budget
        .sections
        .iter()
        .map(|s| {
            let mut f = Figures::default();
            for l in &s.lines {
                let (then, now) = (l.money(l.baseline), l.money(allocation.get(&l.id).copied().unwrap_or(l.baseline)));
                let slot = if l.is_revenue() { &mut f.revenue } else { &mut f.spending };
                slot.0 += then;
                slot.1 += now;
            }
            f
        })
        .collect()
}

/// The two bars: spending (lines by section, then fixed spending) and revenue (likewise).
fn bars(budget: &Budget, allocation: &Allocation) -> [Bar; 2] {
    let mut out = [(), ()].map(|()| Bar { segments: Vec::new(), this_year: Vec::new() });
    for (i, s) in budget.sections.iter().enumerate() {
        for (b, revenue) in out.iter_mut().zip([false, true]) {
            let lines: Vec<_> = s.lines.iter().filter(|l| l.is_revenue() == revenue).collect();
            if lines.is_empty() {
                continue;
            }
            let value = |l: &&pbsim_core::Line| allocation.get(&l.id).copied().unwrap_or(l.baseline);
            b.segments
                .push((Some(i % PALETTE.len()), lines.iter().map(|l| l.money(value(l)).as_major_f64()).collect()));
            b.this_year.push(lines.iter().map(|l| l.money(l.baseline).as_major_f64()).sum());
        }
    }
    for (b, fixed) in out.iter_mut().zip([budget.other_spending, budget.other_revenue]) {
        if fixed > Money::ZERO {
            b.segments.push((None, vec![fixed.as_major_f64()]));
            b.this_year.push(fixed.as_major_f64());
        }
    }
    out
}

/// Draws the overview. `full`: the words and everything (first paint, a new width or language);
/// otherwise only the bars, over their cleared rows: setting a canvas font makes Chromium bring the
/// whole page's style up to date (see `draw_row` in charts.rs), so a move draws no text.
fn draw_overview(
    canvas: &HtmlCanvasElement,
    width: u32,
    bars: &[Bar; 2],
    labels: [&str; 2],
    legend: &[&str],
    full: bool,
) -> DrawResult {
    // The legend under the bars: each section's swatch and name, wrapped at the canvas's width
    // (about 7 px a character of a 12 px system font).
    let w = f64::from(width);
    let mut places = Vec::with_capacity(legend.len());
    let (mut lx, mut ly) = (4.0, 100.0);
    for name in legend {
        let item = 18.0 + 7.0 * name.chars().count() as f64 + 14.0;
        if lx > 4.0 && lx + item > w {
            (lx, ly) = (4.0, ly + 20.0);
        }
        places.push((lx, ly));
        lx += item;
    }
    let height = ly as u32 + 12;
    let (root, dpr) = prepare(canvas, width, height)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let (x0, x1) = (4.0, w - 4.0);
    if full {
        root.fill(&WHITE)?;
        for (i, (name, (lx, ly))) in legend.iter().zip(places).enumerate() {
            let colour = PALETTE[i % PALETTE.len()];
            root.draw(&Rectangle::new([(px(lx), px(ly - 6.0)), (px(lx + 12.0), px(ly + 6.0))], colour.filled()))?;
            root.draw_text(name, &text_style(12.0 * dpr, &TEXT, HPos::Left), (px(lx + 18.0), px(ly)))?;
        }
    }
    let top = bars.iter().flat_map(|b| [b.total(), b.this_year.iter().sum()]).fold(1.0, f64::max);
    let to_x = |v: f64| x0 + (v / top).clamp(0.0, 1.0) * (x1 - x0);
    for (row, (bar, label)) in bars.iter().zip(labels).enumerate() {
        let y = 46.0 * row as f64;
        if full {
            root.draw_text(label, &text_style(13.0 * dpr, &TEXT, HPos::Left), (px(x0), px(y + 8.0)))?;
        } else {
            root.draw(&Rectangle::new([(0, px(y + 16.0)), (px(w), px(y + 43.0))], WHITE.filled()))?;
        }
        // Now: each section in its colour, its lines split by thin white gaps.
        let mut at = 0.0;
        for (colour, lines) in &bar.segments {
            let colour = colour.map_or(FIXED, |c| PALETTE[c]);
            for (k, amount) in lines.iter().enumerate() {
                let (a, b) = (to_x(at), to_x(at + amount));
                at += amount;
                // A gap of one device pixel between lines, two between sections.
                let gap = if k == 0 { 2 } else { 1 };
                let (pa, pb) = (px(a) + gap, px(b));
                if pb > pa {
                    root.draw(&Rectangle::new([(pa, px(y + 17.0)), (pb, px(y + 35.0))], colour.filled()))?;
                }
            }
        }
        // This year: a thin bar under it, with its sections marked.
        let mut at = 0.0;
        for amount in &bar.this_year {
            let (a, b) = (px(to_x(at)) + 2, px(to_x(at + amount)));
            at += amount;
            if b > a {
                root.draw(&Rectangle::new([(a, px(y + 38.0)), (b, px(y + 42.0))], THIS_YEAR.filled()))?;
            }
        }
    }
    root.present()?;
    Ok(())
}

/// "Spending: $943.7M (this year $943.7M)".
fn bar_label(locale: Locale, spending: bool, now: &str, then: &str) -> String {
    match (locale, spending, now == then) {
        (Locale::En, true, true) => format!("Spending {now}"),
        (Locale::En, false, true) => format!("Revenue {now}"),
        (Locale::En, true, false) => format!("Spending {now} (this year {then})"),
        (Locale::En, false, false) => format!("Revenue {now} (this year {then})"),
        (Locale::Fr, true, true) => format!("Dépenses {now}"),
        (Locale::Fr, false, true) => format!("Revenus {now}"),
        (Locale::Fr, true, false) => format!("Dépenses {now} (cette année {then})"),
        (Locale::Fr, false, false) => format!("Revenus {now} (cette année {then})"),
    }
}

struct Words {
    caption: &'static str,
    spending_bar: &'static str,
    revenue_bar: &'static str,
    how_to_read: &'static str,
    section: &'static str,
    this_year: &'static str,
    yours: &'static str,
    change: &'static str,
    spending: &'static str,
    revenue: &'static str,
    fixed: &'static str,
}

const EN: Words = Words {
    caption: "Where the money goes",
    spending_bar: "Spending",
    revenue_bar: "Revenue",
    how_to_read: "Top: spending by section, each line a block; grey is money this simulator does not change. Bottom: revenue. The thin bars under them are this year.",
    section: "Section",
    this_year: "This year",
    yours: "Your budget",
    change: "Change",
    spending: "Total spending",
    revenue: "Total revenue",
    fixed: "Not in this simulator",
};

const FR: Words = Words {
    caption: "Où va l’argent",
    spending_bar: "Dépenses",
    revenue_bar: "Revenus",
    how_to_read: "En haut : les dépenses par section, chaque ligne un bloc ; le gris est l’argent que ce simulateur ne change pas. En bas : les revenus. Les barres fines en dessous sont cette année.",
    section: "Section",
    this_year: "Cette année",
    yours: "Votre budget",
    change: "Variation",
    spending: "Dépenses totales",
    revenue: "Revenus totaux",
    fixed: "Hors du simulateur",
};

fn words(locale: Locale) -> &'static Words {
    match locale {
        Locale::En => &EN,
        Locale::Fr => &FR,
    }
}

/// Where a row of the table takes its amount from.
#[derive(Clone, Copy)]
enum Source {
    /// A section's spending (`false`) or revenue (`true`) lines.
    Section(usize, bool),
    /// Money the simulator holds fixed.
    Fixed(Money),
    /// All spending.
    Spending,
    /// All revenue.
    Revenue,
}

/// The overview chart with its legend and table.
#[component]
pub fn BudgetOverview(budget: Arc<Budget>, allocation: Signal<Allocation>) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    let totals = Memo::new({
        let budget = budget.clone();
        move |_| allocation.with(|a| budget.totals(a))
    });
    let base_totals = budget.totals(&budget.baseline_allocation());
    let draw_budget = budget.clone();
    // The width and language the canvas was last drawn whole at.
    let drawn = StoredValue::new(None::<(u32, Locale)>);
    let draw = move |canvas: &HtmlCanvasElement, width: u32| {
        let locale = ui.locale.get();
        let bars = allocation.with(|a| bars(&draw_budget, a));
        let full = drawn.get_value() != Some((width, locale));
        let w = words(locale);
        let legend: Vec<&str> = draw_budget.sections.iter().map(|s| s.title.get(locale)).collect();
        let result = draw_overview(canvas, width, &bars, [w.spending_bar, w.revenue_bar], &legend, full);
        drawn.set_value(result.is_ok().then_some((width, locale)));
        result
    };
    // The totals in a sentence, under the chart (the canvas carries no amounts, see `draw_overview`).
    let sentence = move || {
        let locale = ui.locale.get();
        let t = totals.get();
        let m = |m: Money| format_money(m, currency, locale, MoneyStyle::Compact);
        format!(
            "{} · {}",
            bar_label(locale, true, &m(t.spending), &m(base_totals.spending)),
            bar_label(locale, false, &m(t.revenue), &m(base_totals.revenue))
        )
    };
    // The table's rows: a label, a swatch, this year's amount, and where its amount now comes from.
    // Every row reads one memo of amounts (one closure type per column, not per row: each costs
    // the page's wasm).
    let text =
        |words: fn(&Words) -> &'static str| pbsim_core::Text { en: words(&EN).to_owned(), fr: words(&FR).to_owned() };
    let mut specs: Vec<(pbsim_core::Text, String, Money, Source)> = Vec::new();
    let base_figures = section_figures(&budget, &budget.baseline_allocation());
    for ((i, s), base) in budget.sections.iter().enumerate().zip(base_figures) {
        for revenue in [false, true] {
            if s.lines.iter().any(|l| l.is_revenue() == revenue) {
                let then = if revenue { base.revenue.0 } else { base.spending.0 };
                specs.push((
                    s.title.clone(),
                    format!("sw sw-{}", i % PALETTE.len()),
                    then,
                    Source::Section(i, revenue),
                ));
            }
        }
    }
    for fixed in [budget.other_spending, budget.other_revenue] {
        if fixed > Money::ZERO {
            specs.push((text(|w| w.fixed), "sw sw-fixed".into(), fixed, Source::Fixed(fixed)));
        }
    }
    specs.push((text(|w| w.spending), "sw".into(), base_totals.spending, Source::Spending));
    specs.push((text(|w| w.revenue), "sw".into(), base_totals.revenue, Source::Revenue));
    let sources: Vec<Source> = specs.iter().map(|s| s.3).collect();
    let nows = Memo::new({
        let budget = budget.clone();
        move |_| {
            allocation.with(|a| {
                let (f, t) = (section_figures(&budget, a), budget.totals(a));
                sources
                    .iter()
                    .map(|s| match *s {
                        Source::Section(i, revenue) => {
                            f.get(i).map_or(Money::ZERO, |f| if revenue { f.revenue.1 } else { f.spending.1 })
                        }
                        Source::Fixed(m) => m,
                        Source::Spending => t.spending,
                        Source::Revenue => t.revenue,
                    })
                    .collect::<Vec<Money>>()
            })
        }
    });
    let rows = specs
        .into_iter()
        .enumerate()
        .map(|(k, (label, swatch, then, _))| {
            let now = move || nows.with(|n| n.get(k).copied().unwrap_or_default());
            let money = move |m| format_money(m, currency, ui.locale.get(), MoneyStyle::Whole);
            view! {
                <tr>
                    <th scope="row"><span class=swatch aria-hidden="true"></span>{move || label.get(ui.locale.get()).to_owned()}</th>
                    <td>{move || money(then)}</td>
                    <td>{move || money(now())}</td>
                    <td>{move || money_change(now() - then, currency, ui.locale.get())}</td>
                </tr>
            }
        })
        .collect_view();

    let caption = view! { <figcaption id="overview-title">{say(ui.locale, |w| w.caption)}</figcaption> };
    let text = view! {
        <p class="chart-text">{sentence}</p>
        <p class="hint">{say(ui.locale, |w| w.how_to_read)}</p>
        <details class="chart-table">
        <summary>{say(ui.locale, |w| w.caption)}" — "{say(ui.locale, |w| w.this_year)}", "{say(ui.locale, |w| w.yours)}</summary>
        <table aria-labelledby="overview-title">
            <thead><tr>
                <th scope="col">{say(ui.locale, |w| w.section)}</th>
                <th scope="col">{say(ui.locale, |w| w.this_year)}</th>
                <th scope="col">{say(ui.locale, |w| w.yours)}</th>
                <th scope="col">{say(ui.locale, |w| w.change)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
        </details>
    };
    view! {
        <div class="overview">{live_chart("overview", caption, None, Box::new(draw) as Draw, text)}</div>
    }
}

/// One of the overview's words in the page's language, as reactive text (one closure type for
/// every text: see `say` in strings.rs).
fn say(
    locale: RwSignal<Locale>,
    pick: fn(&'static Words) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    crate::strings::in_both(locale, pick(&EN), pick(&FR))
}

/// A change in whole money as tables write it: `+$15`, `-$1,250`, or `0` for none.
pub fn money_change(delta: Money, currency: Currency, locale: Locale) -> String {
    if delta == Money::ZERO { "0".to_owned() } else { format_money_change(delta, currency, locale, MoneyStyle::Whole) }
}
