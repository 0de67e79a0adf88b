//! One line's distribution as a histogram drawn by plotters on a canvas, with this year's value,
//! the mean, the median and the independent-markets value marked as vertical lines.
//!
//! The canvas is an image with a text alternative; the axis ends and the legend are HTML beside it
//! (the page prints every figure with its colour), so plotters draws only bars and lines. It draws
//! them through [`Canvas2d`], a few lines of backend over the canvas's 2D context that writes
//! colours with integers: `plotters-canvas` formats colours and fonts with floating-point `Display`,
//! whose code would otherwise ship to every resident, since the dashboard shares the simulator's wasm.

use leptos::html::Canvas;
use leptos::prelude::*;
use plotters::prelude::*;
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, DrawingErrorKind};
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

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
    /// The chart's text alternative.
    description: String,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            // A chart that cannot be drawn leaves a blank canvas; the figures beside it remain.
            if let Err(e) = draw(element, start, width, &counts, &marks) {
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
) -> Result<(), Box<dyn std::error::Error>> {
    let backend = Canvas2d::new(element).ok_or(CanvasError)?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE)?;
    let end = start + width * counts.len() as i64;
    let lo = marks.iter().map(|m| m.at).fold(start, i64::min);
    let hi = marks.iter().map(|m| m.at).fold(end, i64::max);
    let pad = ((hi - lo) / 20).max(1);
    let (lo, hi) = ((lo - pad) as f64, (hi + pad) as f64);
    let top = counts.iter().copied().max().unwrap_or(0).max(1) as f64 * 1.1;
    let mut chart = ChartBuilder::on(&root).margin(6).build_cartesian_2d(lo..hi, 0.0..top)?;
    let bar = RGBColor(11, 92, 173).mix(0.55).filled();
    chart.draw_series(counts.iter().enumerate().map(|(k, c)| {
        let x0 = (start + width * k as i64) as f64;
        Rectangle::new([(x0, 0.0), (x0 + width.max(1) as f64, *c as f64)], bar)
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

/// The only way drawing fails here: the canvas has no 2D context.
#[derive(Debug)]
struct CanvasError;

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the canvas has no 2D context")
    }
}

impl std::error::Error for CanvasError {}

/// A plotters backend over a canvas's 2D context: rectangles, lines and pixels (all this chart
/// draws), with colours written as integers.
struct Canvas2d {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
}

impl Canvas2d {
    fn new(canvas: web_sys::HtmlCanvasElement) -> Option<Canvas2d> {
        let size = (canvas.width(), canvas.height());
        let context = canvas.get_context("2d").ok()??.dyn_into::<CanvasRenderingContext2d>().ok()?;
        Some(Canvas2d { context, size })
    }
}

/// `rgba(r,g,b,0.55)` with the alpha in hundredths, without formatting a float.
fn css(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    let alpha = (color.alpha.clamp(0.0, 1.0) * 100.0).round() as u32;
    format!("rgba({r},{g},{b},{}.{:02})", alpha / 100, alpha % 100)
}

impl DrawingBackend for Canvas2d {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.context.set_fill_style_str(&css(color));
        self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        self.context.set_stroke_style_str(&css(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
        self.context.begin_path();
        self.context.move_to(f64::from(from.0), f64::from(from.1));
        self.context.line_to(f64::from(to.0), f64::from(to.1));
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.context.set_fill_style_str(&css(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.context.set_stroke_style_str(&css(style.color()));
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }
}
