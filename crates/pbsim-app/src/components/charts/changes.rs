//! The overview the results page and the officers' dashboard lead with: every line's change in
//! money against this year, largest first (`pbsim_core::aggregate::LineChange`): a bar for the
//! aggregate, a tick for the median, a thin line for the aggregate's 95 % interval when there is
//! one, on one scale that holds every mark. Its text equivalent is a table of the same figures;
//! the lines as shares of spending are one click away, in a disclosure.

use super::everyone::draw_mark;
use super::{ACCENT, DOWN, DrawResult, GRID, MUTED, TEXT, live_chart, prepare, row_label, text_style, text_table};
use crate::app::use_ui;
use crate::components::money_change;
use crate::results_strings::{results_strings, say_result};
use leptos::prelude::*;
use pbsim_core::aggregate::{LineChange, changes_axis};
use pbsim_core::{Budget, Money, MoneyStyle, format_money, format_money_change, format_rate};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

const ROW: f64 = 28.0;
const LEGEND: f64 = 26.0;
const AXIS: f64 = 22.0;

/// What a row draws, in minor units of change: the bar, the median's tick, the interval.
#[derive(Clone, Copy)]
struct Marks {
    bar: i64,
    median: Option<i64>,
    interval: Option<(i64, i64)>,
}

fn draw_changes(
    canvas: &HtmlCanvasElement,
    width: u32,
    labels: &[&str],
    rows: &[Marks],
    (lo, hi): (Money, Money),
    words: [&str; 3],
    ends: [String; 2],
) -> DrawResult {
    let height = (LEGEND + ROW * rows.len() as f64 + AXIS) as u32;
    let (root, dpr) = prepare(canvas, width, height)?;
    root.fill(&WHITE)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let w = f64::from(width);
    let label_w = (w * 0.3).clamp(80.0, 240.0);
    let (x0, x1) = (label_w + 14.0, w - 14.0);
    let span = (hi.0 - lo.0).max(1) as f64;
    let at = |v: i64| x0 + (v - lo.0) as f64 / span * (x1 - x0);
    // The legend: the bar, the median's tick and, when drawn, the interval.
    let has_interval = rows.iter().any(|r| r.interval.is_some());
    let (mut x, y) = (if w < 480.0 { 8.0 } else { x0 }, LEGEND / 2.0);
    for (k, name) in words.iter().enumerate() {
        match k {
            0 => root.draw(&Rectangle::new([(px(x), px(y - 6.0)), (px(x + 12.0), px(y + 6.0))], ACCENT.filled()))?,
            1 => draw_mark(&root, 1, x + 6.0, y, &px)?,
            _ if has_interval => {
                root.draw(&Rectangle::new([(px(x), px(y - 1.0)), (px(x + 12.0), px(y + 1.0))], TEXT.filled()))?
            }
            _ => continue,
        }
        root.draw_text(name, &text_style(12.0 * dpr, &TEXT, HPos::Left), (px(x + 16.0), px(y)))?;
        x += 24.0 + 7.0 * name.chars().count() as f64;
    }
    let top = LEGEND;
    let bottom = LEGEND + ROW * rows.len() as f64;
    let zero = at(0);
    root.draw(&Rectangle::new([(px(zero), px(top)), (px(zero) + px(1.0).max(1), px(bottom))], GRID.filled()))?;
    for (i, (row, label)) in rows.iter().zip(labels).enumerate() {
        let cy = top + ROW * i as f64 + ROW / 2.0;
        row_label(&root, label, label_w, cy, dpr)?;
        let (a, b) = if row.bar >= 0 { (zero, at(row.bar)) } else { (at(row.bar), zero) };
        let colour = if row.bar >= 0 { ACCENT } else { DOWN };
        // At least two pixels, so a line residents left as it was still shows where it stands.
        root.draw(&Rectangle::new([(px(a), px(cy - 7.0)), (px(b).max(px(a) + 2), px(cy + 7.0))], colour.filled()))?;
        if let Some((l, h)) = row.interval {
            root.draw(&Rectangle::new(
                [(px(at(l)), px(cy - 1.0)), (px(at(h)).max(px(at(l)) + 1), px(cy + 1.0))],
                TEXT.filled(),
            ))?;
            for end in [l, h] {
                root.draw(&Rectangle::new(
                    [(px(at(end)), px(cy - 4.0)), (px(at(end)) + 1, px(cy + 4.0))],
                    TEXT.filled(),
                ))?;
            }
        }
        if let Some(m) = row.median {
            draw_mark(&root, 1, at(m), cy, &px)?;
        }
    }
    // The scale's ends and zero, under the rows.
    let y = bottom + AXIS / 2.0;
    let muted = |h| text_style(11.0 * dpr, &MUTED, h);
    root.draw_text(&ends[0], &muted(HPos::Left), (px(x0), px(y)))?;
    root.draw_text("0", &muted(HPos::Center), (px(zero), px(y)))?;
    root.draw_text(&ends[1], &muted(HPos::Right), (px(x1), px(y)))?;
    root.present()?;
    Ok(())
}

/// The overview: the chart, its table, and the shares behind a disclosure. `changes` come sorted
/// (`public_changes` or `report_changes`).
#[component]
pub fn ChangesChart(budget: Arc<Budget>, changes: Vec<LineChange>) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    let scale = changes_axis(&changes);
    let rows: Vec<Marks> = changes
        .iter()
        .map(|c| {
            let median = c.aggregate.map(|_| c.median_change().0);
            Marks { bar: c.headline().0, median, interval: c.interval_change().map(|(l, h)| (l.0, h.0)) }
        })
        .collect();
    let label = {
        let budget = budget.clone();
        move |id: &str, locale| budget.line(id).map_or(id.to_owned(), |l| l.label.get(locale).to_owned())
    };
    let ids: Vec<String> = changes.iter().map(|c| c.id.clone()).collect();
    let draw_label = label.clone();
    let draw = move |canvas: &HtmlCanvasElement, width: u32| {
        let locale = ui.locale.get();
        let r = results_strings(locale);
        let labels: Vec<String> = ids.iter().map(|id| draw_label(id, locale)).collect();
        let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
        let ends = [scale.0, scale.1].map(|m| format_money_change(m, currency, locale, MoneyStyle::Compact));
        draw_changes(canvas, width, &labels, &rows, scale, [r.col_aggregate, r.col_median, r.col_interval], ends)
    };
    let has_interval = changes.iter().any(|c| c.interval.is_some());
    let row_count = Some(changes.len());
    // Both tables, in the page's language: the changes (the chart's text equivalent) and the shares.
    let tables = move |shares: bool| {
        let locale = ui.locale.get();
        let r = results_strings(locale);
        let money = |m| format_money(m, currency, locale, MoneyStyle::Whole);
        let rows = changes
            .iter()
            .filter_map(|c| {
                let cells = if shares {
                    let (then, now) = c.shares?;
                    vec![format_rate(then, locale, 2), format_rate(now, locale, 2)]
                } else {
                    let interval =
                        c.interval.map_or_else(|| "—".to_owned(), |(l, h)| format!("{} – {}", money(l), money(h)));
                    let aggregate =
                        c.aggregate_change().map_or_else(|| "—".to_owned(), |m| money_change(m, currency, locale));
                    let mut cells =
                        vec![money(c.this_year), aggregate, money_change(c.median_change(), currency, locale)];
                    cells.extend(has_interval.then_some(interval));
                    cells
                };
                Some((label(&c.id, locale), cells))
            })
            .collect();
        if shares {
            text_table("changes-shares-title", vec![r.col_line, r.col_share_this_year, r.col_share_aggregate], rows)
        } else {
            let mut head = vec![r.col_line, r.this_year, r.col_aggregate_change, r.col_median_change];
            head.extend(has_interval.then_some(r.col_interval));
            text_table("changes-chart-title", head, rows)
        }
    };
    let tables = Arc::new(tables);
    let changes_table = tables.clone();
    let caption =
        view! { <figcaption id="changes-chart-title">{say_result(ui.locale, |w| w.overview_caption)}</figcaption> };
    let text = view! {
        <p class="hint">{say_result(ui.locale, |w| w.overview_explain)}</p>
        <div class="chart-table">{move || changes_table(false)}</div>
        <details class="chart-table">
            <summary id="changes-shares-title">{say_result(ui.locale, |w| w.as_shares)}</summary>
            {move || tables(true)}
        </details>
    };
    live_chart("changes", caption, row_count, Box::new(draw), text)
}
