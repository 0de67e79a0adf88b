//! "Spent of the budget": a bar as wide as what the resident may give (the money available, or
//! their points), filled by what each chosen project takes of it, one segment per project in the
//! order chosen. Redrawn on every choice, in the live charts' style; the sentence under it says the
//! same in words.

use super::{ACCENT, BAND, DrawResult, GRID, live_chart, prepare};
use plotters::prelude::*;
use web_sys::HtmlCanvasElement;

/// The segments' two shades, alternating so that neighbouring projects stay apart.
const SHADES: [RGBColor; 2] = [ACCENT, RGBColor(74, 144, 214)];

fn draw_spent(canvas: &HtmlCanvasElement, width: u32, parts: &[u64], whole: u64) -> DrawResult {
    let height = 36;
    let (root, dpr) = prepare(canvas, width, height)?;
    root.fill(&WHITE)?;
    let px = |v: f64| (v * dpr).round() as i32;
    let (x0, x1) = (2.0, f64::from(width) - 2.0);
    let scale = (x1 - x0) / (whole.max(1) as f64);
    root.draw(&Rectangle::new([(px(x0), px(6.0)), (px(x1), px(30.0))], BAND.filled()))?;
    root.draw(&Rectangle::new([(px(x0), px(6.0)), (px(x1), px(30.0))], GRID.stroke_width(px(1.0).max(1) as u32)))?;
    let mut at = x0;
    for (i, part) in parts.iter().enumerate() {
        let end = (at + *part as f64 * scale).min(x1);
        // A white gap of one pixel between projects.
        root.draw(&Rectangle::new(
            [(px(at), px(8.0)), (px(end).max(px(at) + 2) - 1, px(28.0))],
            SHADES[i % 2].filled(),
        ))?;
        at = end;
    }
    root.present()?;
    Ok(())
}

/// What the chosen projects take of the whole, with `sentence` as its text equivalent.
/// `parts`: each chosen project's share (its cost, or its points), in the order chosen; `whole`:
/// the money available, or the points to give, in the same unit.
pub fn spent_chart(
    caption: impl Fn() -> &'static str + Send + Sync + 'static,
    parts: leptos::prelude::Signal<Vec<u64>>,
    whole: u64,
    sentence: leptos::prelude::Signal<String>,
) -> impl leptos::prelude::IntoView {
    use leptos::prelude::*;
    let draw = move |canvas: &HtmlCanvasElement, width| parts.with(|p| draw_spent(canvas, width, p, whole));
    live_chart(
        "spent",
        view! { <figcaption>{caption}</figcaption> },
        None,
        Box::new(draw),
        view! { <p class="chart-text" data-testid="spent-chart-text" aria-live="polite">{sentence}</p> },
    )
}
