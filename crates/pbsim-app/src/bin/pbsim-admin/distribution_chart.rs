//! One line's distribution as a histogram drawn by plotters on a canvas, with this year's value,
//! the mean, the median and the independent-markets value marked as vertical lines.
//!
//! The canvas is an image with a text alternative; the axis ends and the legend are HTML beside it
//! (the page prints every figure with its colour), so plotters draws only bars and lines, on the
//! residents' charts' canvas backend (`components/canvas_backend.rs`). `ChartBuilder` is safe
//! here: with no label areas it never measures text, which is what forces a page layout on the
//! residents' charts (see `charts.rs`).

use leptos::html::Canvas;
use leptos::prelude::*;
use pbsim_app::components::CanvasBackend;
use plotters::prelude::*;

/// A value to mark with a vertical line, in the histogram's unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Where.
    pub at: i64,
    /// Its colour (see [`COLOURS`]).
    pub colour: usize,
    /// Dashed (this year's value) or solid.
    pub dashed: bool,
}

/// Marks' colours as RGB, dark enough on white for WCAG AA; the page's legend uses the same.
pub const COLOURS: [(u8, u8, u8); 4] = [(33, 33, 33), (161, 42, 0), (27, 107, 47), (106, 27, 154)];

/// A histogram with marks.
#[component]
pub fn DistributionChart(
    /// The lower edge of the first bin.
    start: i64,
    /// Every bin's width.
    width: i64,
    /// The count in each bin.
    counts: Vec<i64>,
    /// The values to mark.
    marks: Vec<Mark>,
    /// The scale's ends, holding every bin and mark (`pbsim_core::aggregate::axis`).
    scale: (i64, i64),
    /// The chart's text alternative.
    description: String,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            // A chart that cannot be drawn leaves a blank canvas; the figures beside it remain.
            if let Err(e) = draw(element, start, width, &counts, &marks, scale) {
                leptos::logging::warn!("chart not drawn: {e}");
            }
        }
    });
    view! { <canvas node_ref=canvas class="chart" width="640" height="200" role="img" aria-label=description></canvas> }
}

fn draw(
    element: web_sys::HtmlCanvasElement,
    start: i64,
    width: i64,
    counts: &[i64],
    marks: &[Mark],
    (lo, hi): (i64, i64),
) -> Result<(), Box<dyn std::error::Error>> {
    let backend = CanvasBackend::with_canvas_object(element).ok_or("the canvas has no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE)?;
    let (lo, hi) = (lo as f64, hi as f64);
    // A bin is at least 3 of the canvas's 640 pixels wide: a line every resident kept (bins of no
    // width) is a narrow bar at its value.
    let bin = (width as f64).max((hi - lo) * 3.0 / 640.0);
    let top = counts.iter().copied().max().unwrap_or(0).max(1) as f64 * 1.1;
    let mut chart = ChartBuilder::on(&root).margin(6).build_cartesian_2d(lo..hi, 0.0..top)?;
    let bar = RGBColor(11, 92, 173).mix(0.55).filled();
    chart.draw_series(counts.iter().enumerate().map(|(k, c)| {
        let x0 = (start + width * k as i64) as f64;
        Rectangle::new([(x0, 0.0), (x0 + bin, *c as f64)], bar)
    }))?;
    let axis = Color::stroke_width(&BLACK.mix(0.6), 1);
    chart.draw_series(std::iter::once(PathElement::new(vec![(lo, 0.0), (hi, 0.0)], axis)))?;
    for m in marks {
        let (r, g, b) = COLOURS[m.colour % COLOURS.len()];
        let style = Color::stroke_width(&RGBColor(r, g, b), 3);
        let at = m.at as f64;
        let pieces = if m.dashed { 10 } else { 1 };
        chart.draw_series((0..pieces).map(|k| {
            let (y0, y1) = if m.dashed { (top * k as f64 / 10.0, top * (k as f64 + 0.6) / 10.0) } else { (0.0, top) };
            PathElement::new(vec![(at, y0), (at, y1)], style)
        }))?;
    }
    root.present()?;
    Ok(())
}
