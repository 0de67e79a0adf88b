//! "You and everyone so far": every line on its own scale (its slider's range, widened to hold every
//! mark), with this year's amount, the resident's choice, the median and the aggregate of everyone;
//! a table with the same figures and, when the resident's own choice is shown, one sentence a line.
//! Drawn once (and again when the width or the language changes), in the live charts' style.

use super::{ACCENT, DrawResult, GRID, MUTED, OK, TEXT, live_chart, prepare, row_label, text_style, text_table};
use crate::app::use_ui;
use crate::components::format_value;
use crate::results_strings::{compared, results_strings, say_result};
use leptos::prelude::*;
use pbsim_core::wire::PublicResults;
use pbsim_core::{Allocation, Budget, Line};
use plotters::prelude::*;
use plotters::style::text_anchor::HPos;
use std::sync::Arc;
use web_sys::HtmlCanvasElement;

const ROW: f64 = 30.0;
const LEGEND: f64 = 26.0;

/// One line's marks, in the line's unit.
#[derive(Clone, Debug, PartialEq)]
struct Marks {
    baseline: f64,
    you: Option<f64>,
    median: f64,
    aggregate: Option<f64>,
    /// The scale: the slider's range widened to every mark.
    lo: f64,
    hi: f64,
}

/// One line of the chart and its table: the figures in the line's unit, and where they are drawn.
struct Row {
    line: Line,
    marks: Marks,
    you: Option<i64>,
    median: i64,
    aggregate: Option<i64>,
}

fn draw_everyone(
    canvas: &HtmlCanvasElement,
    width: u32,
    labels: &[&str],
    rows: &[Marks],
    legend: [&str; 4],
) -> DrawResult {
    let height = (LEGEND + ROW * rows.len() as f64 + 8.0) as u32;
    let (root, dpr) = prepare(canvas, width, height)?;
    root.fill(&WHITE)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let w = f64::from(width);
    let label_w = (w * 0.34).clamp(80.0, 200.0);
    let (x0, x1) = (label_w + 14.0, w - 14.0);
    // The legend: the marks with their names, this year's tick last.
    let has_you = rows.iter().any(|r| r.you.is_some());
    // On a phone the legend starts at the left edge, so its four names fit.
    let mut x = if w < 480.0 { 8.0 } else { x0 };
    for (k, name) in legend.iter().enumerate() {
        if k == 0 && !has_you {
            continue;
        }
        if k == 3 {
            let y = LEGEND / 2.0;
            root.draw(&Rectangle::new([(px(x + 5.0), px(y - 9.0)), (px(x + 7.0), px(y + 9.0))], MUTED.filled()))?;
        } else {
            draw_mark(&root, k, x + 6.0, LEGEND / 2.0, &px)?;
        }
        root.draw_text(name, &text_style(12.0 * dpr, &TEXT, HPos::Left), (px(x + 16.0), px(LEGEND / 2.0)))?;
        x += 24.0 + 7.0 * name.chars().count() as f64;
    }
    for (i, (row, label)) in rows.iter().zip(labels).enumerate() {
        let cy = LEGEND + ROW * i as f64 + ROW / 2.0;
        row_label(&root, label, label_w, cy, dpr)?;
        let span = (row.hi - row.lo).max(1.0);
        let at = |v: f64| x0 + (v - row.lo) / span * (x1 - x0);
        root.draw(&Rectangle::new([(px(x0), px(cy - 1.0)), (px(x1), px(cy + 1.0))], GRID.filled()))?;
        // This year: a short grey tick.
        let b = at(row.baseline);
        root.draw(&Rectangle::new([(px(b - 1.0), px(cy - 9.0)), (px(b + 1.0), px(cy + 9.0))], MUTED.filled()))?;
        for (k, value) in [row.you, Some(row.median), row.aggregate].into_iter().enumerate() {
            if let Some(v) = value {
                draw_mark(&root, k, at(v), cy, &px)?;
            }
        }
    }
    root.present()?;
    Ok(())
}

/// Mark `k` at (`x`, `y`): 0 the resident (a blue dot), 1 the median (a dark bar), 2 the aggregate
/// (a green diamond). Different shapes, so the chart reads without colour too.
pub(super) fn draw_mark<DB: DrawingBackend>(
    root: &DrawingArea<DB, plotters::coord::Shift>,
    k: usize,
    x: f64,
    y: f64,
    px: &dyn Fn(f64) -> i32,
) -> DrawResult
where
    DB::ErrorType: 'static,
{
    match k {
        0 => root.draw(&Circle::new((px(x), px(y)), px(6.0), ACCENT.filled()))?,
        1 => root.draw(&Rectangle::new([(px(x - 2.0), px(y - 10.0)), (px(x + 2.0), px(y + 10.0))], TEXT.filled()))?,
        _ => root.draw(&Polygon::new(
            vec![(px(x), px(y - 7.0)), (px(x + 7.0), px(y)), (px(x), px(y + 7.0)), (px(x - 7.0), px(y))],
            OK.filled(),
        ))?,
    }
    Ok(())
}

/// The chart, its table and, with the resident's own budget, a sentence per line.
#[component]
pub fn EveryoneChart(
    budget: Arc<Budget>,
    /// The published figures.
    results: PublicResults,
    /// The resident's own budget, when there is one to compare.
    you: Option<Allocation>,
) -> impl IntoView {
    let ui = use_ui();
    let currency = budget.currency;
    // The lines the figures hold, in the budget's order, with their marks.
    let lines: Vec<Row> = budget
        .lines()
        .filter_map(|l| {
            let figures = results.lines.iter().find(|f| f.id == l.id)?;
            let you = you.as_ref().map(|a| a.get(&l.id).copied().unwrap_or(l.baseline));
            let values = [Some(l.baseline), you, Some(figures.median), figures.aggregate, Some(l.min), Some(l.max)];
            let lo = values.iter().flatten().copied().min().unwrap_or(l.min) as f64;
            let hi = values.iter().flatten().copied().max().unwrap_or(l.max) as f64;
            let marks = Marks {
                baseline: l.baseline as f64,
                you: you.map(|v| v as f64),
                median: figures.median as f64,
                aggregate: figures.aggregate.map(|v| v as f64),
                lo,
                hi,
            };
            Some(Row { line: l.clone(), marks, you, median: figures.median, aggregate: figures.aggregate })
        })
        .collect();
    let rows: Vec<Marks> = lines.iter().map(|r| r.marks.clone()).collect();
    let labels_of = lines.iter().map(|r| r.line.label.clone()).collect::<Vec<_>>();
    let has_you = you.is_some();
    let draw = move |canvas: &HtmlCanvasElement, width: u32| {
        let locale = ui.locale.get();
        let r = results_strings(locale);
        let labels: Vec<&str> = labels_of.iter().map(|t| t.get(locale)).collect();
        draw_everyone(canvas, width, &labels, &rows, [r.col_you, r.col_median, r.col_aggregate, r.this_year])
    };
    let table = {
        let lines: Vec<(Line, Option<i64>, i64, Option<i64>)> =
            lines.iter().map(|r| (r.line.clone(), r.you, r.median, r.aggregate)).collect();
        move || {
            let locale = ui.locale.get();
            let r = results_strings(locale);
            let rows = lines
                .iter()
                .map(|(line, you, median, aggregate)| {
                    let fmt = |v: i64| format_value(line, v, currency, locale);
                    let cells = [*you, Some(*median)].into_iter().flatten().map(fmt);
                    let aggregate = aggregate.map_or_else(|| "—".to_owned(), fmt);
                    (line.label.get(locale).to_owned(), cells.chain([aggregate]).collect())
                })
                .collect();
            let head = [Some(r.col_line), has_you.then_some(r.col_you), Some(r.col_median), Some(r.col_aggregate)];
            text_table("everyone-chart-title", head.into_iter().flatten().collect(), rows)
        }
    };
    let sentences = lines
        .iter()
        .filter_map(|row| {
            let you = row.you?;
            let (label, more) = (row.line.label.clone(), (you != row.median).then_some(you > row.median));
            Some(view! { <li>{move || compared(ui.locale.get(), label.get(ui.locale.get()), more)}</li> })
        })
        .collect_view();
    let caption =
        view! { <figcaption id="everyone-chart-title">{say_result(ui.locale, |w| w.chart_caption)}</figcaption> };
    let text = view! {
        {table}
        <p class="hint">{say_result(ui.locale, |w| w.explain)}</p>
        {has_you.then(|| view! { <ul class="compared">{sentences}</ul> })}
    };
    live_chart("everyone", caption, Some(lines.len()), Box::new(draw), text)
}
