//! The live charts, drawn with `plotters` on a `<canvas>` and redrawn on every move: each line
//! against this year, the balance against what the rule allows, the household's bill, and on a
//! budget of projects what the projects chosen spend of the budget.
//!
//! Each chart sits in a `<figure>` whose canvas is hidden from assistive tech and whose text
//! equivalent (a table or a sentence) carries the same figures, so a screen reader hears what the
//! picture shows.
//!
//! The drawing uses plotters' drawing area and elements directly, not its `ChartBuilder`: on the
//! web, `ChartBuilder` sizes its label areas by inserting a `<span>` into the page and reading its
//! size, which forces a layout of the whole page on every redraw. Here text is placed with the
//! canvas's own alignment instead, so a redraw touches nothing but the canvas.

mod changes;
mod everyone;
mod funded;
mod spent;

pub use changes::ChangesChart;
pub use everyone::EveryoneChart;
pub use funded::FundedTable;
pub use spent::spent_chart;

use crate::app::use_ui;
use crate::components::CanvasBackend;
use crate::components::line_slider::format_value;
use crate::strings::{allowed_range, balance_summary, say, strings};
use leptos::html;
use leptos::prelude::*;
use pbsim_core::{
    Allocation, BalanceRule, Budget, Currency, Line, Locale, Money, MoneyStyle, format_money, format_money_change,
};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

const ACCENT: RGBColor = RGBColor(11, 92, 173);
const DOWN: RGBColor = RGBColor(161, 42, 0);
const OK: RGBColor = RGBColor(27, 107, 47);
const TEXT: RGBColor = RGBColor(26, 26, 26);
const MUTED: RGBColor = RGBColor(74, 74, 74);
const GRID: RGBColor = RGBColor(201, 206, 214);
const BAND: RGBColor = RGBColor(220, 238, 224);
const FONT: &str = "system-ui, sans-serif";

/// Sizes the canvas for `css_width` × `css_height` CSS pixels at the screen's pixel density and
/// returns its drawing area with that density, so drawings stay sharp on phones. Resizing clears the canvas, so it is
/// only done when the size changed. The stylesheet shows the canvas at its container's width with
/// `height: auto`, which gives back `css_height`: no inline style, nothing a strict CSP refuses.
pub(super) fn prepare(
    canvas: &HtmlCanvasElement,
    css_width: u32,
    css_height: u32,
) -> Result<(DrawingArea<CanvasBackend, Shift>, f64), &'static str> {
    let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(1.0, 3.0);
    let (w, h) = ((f64::from(css_width) * dpr) as u32, (f64::from(css_height) * dpr) as u32);
    if canvas.width() != w {
        canvas.set_width(w);
    }
    if canvas.height() != h {
        canvas.set_height(h);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    Ok((backend.into_drawing_area(), dpr))
}

pub(super) fn text_style(size: f64, color: &RGBColor, h: HPos) -> TextStyle<'static> {
    (FONT, size).into_font().color(color).pos(Pos::new(h, VPos::Center))
}

/// Shortens `label` to about `max_chars` characters, with an ellipsis.
fn ellipsize(label: &str, max_chars: usize) -> String {
    if label.chars().count() <= max_chars {
        label.to_owned()
    } else {
        let mut s: String = label.chars().take(max_chars.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

pub(super) type DrawResult = Result<(), Box<dyn std::error::Error>>;

/// A row's label, right-aligned to `label_w` CSS pixels and shortened to fit (about 7.5 px per
/// character of a 13 px system font), so a label never runs off the canvas.
pub(super) fn row_label(
    root: &DrawingArea<CanvasBackend, Shift>,
    label: &str,
    label_w: f64,
    cy: f64,
    dpr: f64,
) -> DrawResult {
    let px = |v: f64| (v * dpr).round() as i32;
    root.draw_text(
        &ellipsize(label, (label_w / 7.5) as usize),
        &text_style(13.0 * dpr, &TEXT, HPos::Right),
        (px(label_w), px(cy)),
    )?;
    Ok(())
}

/// One row of the lines chart: the line's change from this year, in percent of this year's money.
/// Labels are read from the budget only when the whole chart is drawn.
type Row = f64;

const ROW_HEIGHT: u32 = 26;

fn lines_height(rows: usize) -> u32 {
    ROW_HEIGHT * rows as u32 + 28
}

/// The largest change in percent any line allows, so that the scale never moves while a resident
/// drags a slider.
fn lines_scale(budget: &Budget) -> f64 {
    budget
        .lines()
        .map(|l| {
            let base = l.money(l.baseline).as_major_f64().abs().max(1.0);
            let up = (l.money(l.max) - l.money(l.baseline)).as_major_f64() / base;
            let down = (l.money(l.baseline) - l.money(l.min)).as_major_f64() / base;
            up.max(down) * 100.0
        })
        .fold(1.0, f64::max)
}

/// Where things go on the lines chart, in CSS pixels.
struct LinesLayout {
    dpr: f64,
    width: f64,
    label_w: f64,
    x0: f64,
    x1: f64,
    mid: f64,
    half: f64,
}

impl LinesLayout {
    fn new(width: u32, dpr: f64) -> LinesLayout {
        let w = f64::from(width);
        let label_w = (w * 0.38).clamp(90.0, 220.0);
        let (x0, x1) = (label_w + 8.0, w - 12.0);
        LinesLayout { dpr, width: w, label_w, x0, x1, mid: (x0 + x1) / 2.0, half: (x1 - x0) / 2.0 }
    }

    fn px(&self, v: f64) -> i32 {
        (v * self.dpr).round() as i32
    }

    fn row_center(i: usize) -> f64 {
        f64::from(ROW_HEIGHT) * i as f64 + f64::from(ROW_HEIGHT) / 2.0 + 4.0
    }
}

/// Draws the changing part of row `i` (its bar) over a cleared band, leaving its label.
///
/// No text is drawn on a move: setting a canvas's font makes Chromium bring the whole page's
/// style up to date first, which cost a third of a millisecond per move on the benchmark. The
/// amounts are beside each slider and in the chart's table.
fn draw_row<DB: DrawingBackend>(
    area: &DrawingArea<DB, plotters::coord::Shift>,
    l: &LinesLayout,
    i: usize,
    row: Row,
    scale_pct: f64,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    let cy = LinesLayout::row_center(i);
    let (top, bottom) = (cy - f64::from(ROW_HEIGHT) / 2.0, cy + f64::from(ROW_HEIGHT) / 2.0);
    area.draw(&Rectangle::new([(l.px(l.x0 - 1.0), l.px(top)), (l.px(l.width), l.px(bottom))], WHITE.filled()))?;
    // The zero line is this year's budget.
    area.draw(&Rectangle::new(
        [(l.px(l.mid), l.px(top)), (l.px(l.mid) + l.px(1.0).max(1), l.px(bottom))],
        GRID.filled(),
    ))?;
    let end = l.mid + (row / scale_pct).clamp(-1.0, 1.0) * l.half;
    let color = if row >= 0.0 { ACCENT } else { DOWN };
    if (end - l.mid).abs() >= 0.5 {
        let (a, b) = if end > l.mid { (l.mid, end) } else { (end, l.mid) };
        area.draw(&Rectangle::new([(l.px(a), l.px(cy - 7.0)), (l.px(b), l.px(cy + 7.0))], color.filled()))?;
    }
    Ok(())
}

/// Draws the lines chart. With `previous` rows drawn at the same size, only the rows that changed
/// are drawn again: a slider move changes one row, and one row costs a tenth of the chart.
fn draw_lines(
    canvas: &HtmlCanvasElement,
    width: u32,
    labels: &[&str],
    rows: &[Row],
    previous: Option<&[Row]>,
    scale_pct: f64,
) -> DrawResult {
    let height = lines_height(rows.len());
    let (root, dpr) = prepare(canvas, width, height)?;
    let l = LinesLayout::new(width, dpr);
    if let Some(previous) = previous.filter(|p| p.len() == rows.len()) {
        for (i, (row, old)) in rows.iter().zip(previous).enumerate() {
            if row != old {
                draw_row(&root, &l, i, *row, scale_pct)?;
            }
        }
        root.present()?;
        return Ok(());
    }
    root.fill(&WHITE)?;
    let bottom = f64::from(height) - 10.0;
    // The zero line's mark is a number, so the canvas needs no translation; the caption and the
    // table say "this year" in words.
    root.draw_text("0", &text_style(11.0 * dpr, &MUTED, HPos::Center), (l.px(l.mid), l.px(bottom)))?;
    // Whole percents, formatted as an integer: float formatting would add its own code to the wasm.
    let pct = scale_pct.round() as i64;
    root.draw_text(&format!("-{pct}%"), &text_style(11.0 * dpr, &MUTED, HPos::Left), (l.px(l.x0), l.px(bottom)))?;
    root.draw_text(&format!("+{pct}%"), &text_style(11.0 * dpr, &MUTED, HPos::Right), (l.px(l.x1), l.px(bottom)))?;
    for (i, (row, label)) in rows.iter().zip(labels).enumerate() {
        row_label(&root, label, l.label_w, LinesLayout::row_center(i), dpr)?;
        draw_row(&root, &l, i, *row, scale_pct)?;
    }
    root.present()?;
    Ok(())
}

/// The change of one line, in percent of this year's money.
fn row_for(line: &Line, value: i64) -> Row {
    let base = line.money(line.baseline);
    let delta = line.money(value) - base;
    delta.as_major_f64() / base.as_major_f64().abs().max(1.0) * 100.0
}

/// The change of one line in money, for the chart's table: `+$1.5M`, `0`.
fn change_money(line: &Line, value: i64, currency: Currency, locale: Locale) -> String {
    let delta = line.money(value) - line.money(line.baseline);
    if delta == Money::ZERO {
        "0".to_owned()
    } else {
        format_money_change(delta, currency, locale, MoneyStyle::Compact)
    }
}

/// Tracks a chart container's width in CSS pixels, updated when the window is resized.
fn use_width(container: NodeRef<html::Div>) -> ReadSignal<u32> {
    let (width, set_width) = signal(0u32);
    let measure = move || {
        if let Some(el) = container.get_untracked() {
            let w = el.client_width().max(0) as u32;
            if w > 0 {
                set_width.set(w);
            }
        }
    };
    Effect::new(move |_| {
        // The element exists before it is in the page, and only has a width once laid out: measure
        // once the next frame has been painted (a task after it), not in the frame itself. Measuring
        // in the frame forced its layout early and drew every chart before the page's first paint:
        // the sliders and their text now show a chart's drawing sooner (BENCHMARKS.md, "The first
        // paint before the charts").
        if container.get().is_some() {
            request_animation_frame(move || set_timeout(measure, std::time::Duration::ZERO));
        }
    });
    let handle = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || handle.remove());
    width
}

/// What paints a chart's canvas at a width in CSS pixels. Boxed rather than generic: the effect
/// that calls it is then one function in the wasm instead of one per chart, which saved the
/// residents' page about 1 KB of gzip (measured with scripts/size-report).
pub(super) type Draw = Box<dyn Fn(&HtmlCanvasElement, u32) -> DrawResult>;

/// The skeleton every live chart shares: a `<figure>` with its caption, a canvas sized to its box
/// and hidden from assistive tech, and the text equivalent after it. `draw` paints the canvas at
/// the box's width now and again whenever that width or a signal it read changes, so it reads its
/// signals before anything that can fail.
pub(super) fn live_chart(
    what: &'static str,
    caption: impl IntoView + 'static,
    data_rows: Option<usize>,
    draw: Draw,
    text: impl IntoView + 'static,
) -> impl IntoView {
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let container = NodeRef::<html::Div>::new();
    let width = use_width(container);
    Effect::new(move |_| {
        let width = width.get();
        let Some(canvas) = canvas_ref.get() else { return };
        if width == 0 {
            return;
        }
        if let Err(e) = draw(&canvas, width) {
            leptos::logging::warn!("the {what} chart could not be drawn: {e}");
        }
    });
    view! {
        <figure class="chart">
            {caption}
            <div class="canvas-box" node_ref=container>
                <canvas node_ref=canvas_ref aria-hidden="true" data-rows=data_rows></canvas>
            </div>
            {text}
        </figure>
    }
}

/// A chart's table of text, built whole in the page's language: column heads, then rows that open
/// with their header. One view type for every table of the results' charts (each distinct view
/// type is code in the page's wasm); the caller rebuilds it when the language changes.
pub(super) fn text_table(
    labelled_by: &'static str,
    head: Vec<&'static str>,
    rows: Vec<(String, Vec<String>)>,
) -> AnyView {
    view! {
        <table aria-labelledby=labelled_by>
            <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
            <tbody>
                {rows.into_iter().map(|(header, cells)| view! {
                    <tr><th scope="row">{header}</th>{cells.into_iter().map(|c| view! { <td>{c}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        </table>
    }
    .into_any()
}

/// Each line's proposed amount against this year, as bars of change, with a table for screen
/// readers.
#[component]
pub fn LinesChart(
    budget: Arc<Budget>,
    /// Each line's value, in display order.
    values: Vec<Signal<i64>>,
) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    let scale = lines_scale(&budget);
    let row_count = budget.lines().count();
    let draw_budget = budget.clone();
    let drawn = StoredValue::new(None::<(u32, Locale, Vec<Row>)>);
    let draw_values = values.clone();
    let draw = move |canvas: &HtmlCanvasElement, width: u32| {
        let locale = ui.locale.get();
        let rows: Vec<Row> = draw_budget.lines().zip(&draw_values).map(|(l, v)| row_for(l, v.get())).collect();
        let labels: Vec<&str> = draw_budget.lines().map(|l| l.label.get(locale)).collect();
        // What is on the canvas now, to redraw only what changed; a new width or language (new
        // labels) redraws everything.
        let previous = drawn.with_value(|d| match d {
            Some((w, l, rows)) if *w == width && *l == locale => Some(rows.clone()),
            _ => None,
        });
        let result = draw_lines(canvas, width, &labels, &rows, previous.as_deref(), scale);
        drawn.set_value(result.is_ok().then_some((width, locale, rows)));
        result
    };

    let table_rows = budget
        .lines()
        .zip(values)
        .map(|(line, value)| {
            let baseline = line.baseline;
            let line = StoredValue::new(line.clone());
            let locale = move || ui.locale.get();
            view! {
                <tr>
                    <th scope="row">{move || line.with_value(|l| l.label.get(locale()).to_owned())}</th>
                    <td>{move || line.with_value(|l| format_value(l, baseline, currency, locale()))}</td>
                    <td>{move || line.with_value(|l| format_value(l, value.get(), currency, locale()))}</td>
                    <td>{move || line.with_value(|l| change_money(l, value.get(), currency, locale()))}</td>
                </tr>
            }
        })
        .collect_view();
    let caption = view! { <figcaption id="chart-lines-title">{say(ui.locale, |w| w.chart_lines)}</figcaption> };
    let table = view! {
            <details class="chart-table">
                <summary>{say(ui.locale, |w| w.chart_lines)}" — "{say(ui.locale, |w| w.col_change)}</summary>
                <table aria-labelledby="chart-lines-title">
                    <thead>
                        <tr>
                            <th scope="col">{say(ui.locale, |w| w.col_line)}</th>
                            <th scope="col">{say(ui.locale, |w| w.col_this_year)}</th>
                            <th scope="col">{say(ui.locale, |w| w.col_yours)}</th>
                            <th scope="col">{say(ui.locale, |w| w.col_change)}</th>
                        </tr>
                    </thead>
                    <tbody>{table_rows}</tbody>
                </table>
            </details>
    };
    live_chart("lines", caption, Some(row_count), Box::new(draw), table)
}

/// The balance's allowed range: (largest deficit, largest surplus), `None` for unbounded.
fn allowed(rule: BalanceRule) -> (Option<Money>, Option<Money>) {
    match rule {
        BalanceRule::Balanced { tolerance } => (Some(tolerance), Some(tolerance)),
        BalanceRule::DeficitAllowed { max_deficit } => (Some(max_deficit), None),
        BalanceRule::SurplusAllowed => (Some(Money::ZERO), None),
    }
}

fn draw_balance(canvas: &HtmlCanvasElement, width: u32, balance: Money, rule: BalanceRule) -> DrawResult {
    // Bars and lines only: the amount is the sentence under the chart (see `draw_row` on text).
    let height = 36;
    let (root, dpr) = prepare(canvas, width, height)?;
    root.fill(&WHITE)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let w = f64::from(width);
    let (max_deficit, max_surplus) = allowed(rule);
    let b = balance.as_major_f64();
    // The scale: the balance, or the allowed band, whichever is wider, with room to spare; at
    // least $1 so that a perfectly balanced budget still has an axis.
    let band_extent =
        max_deficit.unwrap_or_default().as_major_f64().max(max_surplus.unwrap_or_default().as_major_f64());
    let extent = (b.abs().max(band_extent) * 1.25).max(1.0);
    let (x0, x1) = (12.0, w - 12.0);
    let to_x = |v: f64| (x0 + x1) / 2.0 + (v / extent).clamp(-1.0, 1.0) * (x1 - x0) / 2.0;
    let lo = max_deficit.map_or(-extent, |m| -m.as_major_f64());
    let hi = max_surplus.map_or(extent, |m| m.as_major_f64());
    root.draw(&Rectangle::new(
        [(px(to_x(lo)), px(6.0)), (px(to_x(hi)).max(px(to_x(lo)) + 2), px(30.0))],
        BAND.filled(),
    ))?;
    let within = b >= lo && b <= hi;
    let color = if within { OK } else { DOWN };
    let (a, e) = if b >= 0.0 { (to_x(0.0), to_x(b)) } else { (to_x(b), to_x(0.0)) };
    root.draw(&Rectangle::new([(px(a), px(10.0)), (px(e).max(px(a) + 2), px(26.0))], color.filled()))?;
    root.draw(&PathElement::new(
        vec![(px(to_x(0.0)), px(2.0)), (px(to_x(0.0)), px(34.0))],
        TEXT.stroke_width(px(1.0).max(1) as u32),
    ))?;
    root.present()?;
    Ok(())
}

/// The balance as a bar against the band the rule allows, with its sentence.
#[component]
pub fn BalanceChart(budget: Arc<Budget>, allocation: Signal<Allocation>) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    let rule = budget.balance.rule;
    let balance = Memo::new(move |_| allocation.with(|a| budget.totals(a).balance));
    let money = move |m: Money, locale| format_money(m.abs(), currency, locale, MoneyStyle::Whole);
    let draw = move |canvas: &HtmlCanvasElement, width| draw_balance(canvas, width, balance.get(), rule);
    let summary = move || {
        let locale = ui.locale.get();
        let b = balance.get();
        let (max_deficit, max_surplus) = allowed(rule);
        let fmt = |m: Option<Money>| m.filter(|m| *m > Money::ZERO).map(|m| money(m, locale));
        let range = match (max_deficit, max_surplus) {
            (Some(d), Some(s)) if d == Money::ZERO && s == Money::ZERO => match locale {
                Locale::En => "nothing missing or left over".to_owned(),
                Locale::Fr => "rien de manquant ni en trop".to_owned(),
            },
            (d, s) => allowed_range(locale, fmt(d).as_deref(), fmt(s).as_deref()),
        };
        let sign = (b != Money::ZERO).then_some(b > Money::ZERO);
        balance_summary(locale, &money(b, locale), sign, &range)
    };
    live_chart(
        "balance",
        view! { <figcaption>{say(ui.locale, |w| w.chart_balance)}</figcaption> },
        None,
        Box::new(draw),
        view! { <p class="chart-text" data-testid="balance-chart-text">{summary}</p> },
    )
}

fn draw_household(canvas: &HtmlCanvasElement, width: u32, bars: [(&str, Money, String); 2]) -> DrawResult {
    let height = 64;
    let (root, dpr) = prepare(canvas, width, height)?;
    root.fill(&WHITE)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let w = f64::from(width);
    let label_w = 96.0;
    let value_w = 88.0;
    let (x0, x1) = (label_w + 8.0, w - value_w);
    let top = bars.iter().map(|(_, m, _)| m.as_major_f64()).fold(1.0, f64::max);
    for (i, (label, amount, text)) in bars.iter().enumerate() {
        let cy = 16.0 + 30.0 * i as f64;
        root.draw_text(label, &text_style(13.0 * dpr, &TEXT, HPos::Right), (px(label_w), px(cy)))?;
        let end = x0 + (amount.as_major_f64() / top).clamp(0.0, 1.0) * (x1 - x0);
        let color = if i == 0 { GRID } else { ACCENT };
        root.draw(&Rectangle::new([(px(x0), px(cy - 9.0)), (px(end).max(px(x0) + 2), px(cy + 9.0))], color.filled()))?;
        root.draw_text(text, &text_style(13.0 * dpr, &TEXT, HPos::Left), (px(end + 6.0), px(cy)))?;
    }
    root.present()?;
    Ok(())
}

/// The household's yearly bill now and under the resident's budget.
#[component]
pub fn HouseholdChart(
    currency: Currency,
    /// The bill at this year's rates.
    now: Signal<Money>,
    /// How the resident's budget changes it.
    change: Signal<Money>,
    /// The sentence that says it in words (also the chart's text equivalent).
    sentence: Signal<String>,
) -> impl IntoView {
    let ui = use_ui();
    // Redrawn when the bill changes, not on every move of a spending line.
    let draw = move |canvas: &HtmlCanvasElement, width| {
        let locale = ui.locale.get();
        let (now, yours) = (now.get(), now.get() + change.get());
        let s = strings(locale);
        let fmt = |m| format_money(m, currency, locale, MoneyStyle::Cents);
        draw_household(canvas, width, [(s.bill_now, now, fmt(now)), (s.bill_yours, yours, fmt(yours))])
    };
    live_chart(
        "household",
        view! { <figcaption>{say(ui.locale, |w| w.chart_household)}</figcaption> },
        None,
        Box::new(draw),
        view! { <p class="chart-text">{sentence}</p> },
    )
}
