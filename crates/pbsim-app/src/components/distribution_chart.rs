//! One line's distribution as a histogram on a canvas (plotters), with this year's value, the mean,
//! the median and the independent-markets value marked. The canvas is an image with a text
//! alternative; the same figures are printed beside it for everyone.

use leptos::html::Canvas;
use leptos::prelude::*;
use pbsim_core::aggregate::Histogram;
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;

/// A value to mark with a vertical line.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Where, in the chart's unit.
    pub at: f64,
    /// The legend.
    pub name: &'static str,
    /// Its colour index (see [`COLOURS`]).
    pub colour: usize,
    /// Dashed (this year's value) or solid.
    pub dashed: bool,
}

/// Marks' colours: dark enough on white for WCAG AA, and told apart by more than hue (the legend
/// names them, and the figures are printed beside the chart).
pub const COLOURS: [RGBColor; 4] = [RGBColor(33, 33, 33), RGBColor(161, 42, 0), RGBColor(27, 107, 47), RGBColor(106, 27, 154)];

/// A histogram with marks. `format` writes an axis value (a percentage, an amount).
#[component]
pub fn DistributionChart(
    /// The counts.
    histogram: Histogram,
    /// The values to mark.
    marks: Vec<Mark>,
    /// How axis values read.
    format: fn(f64) -> String,
    /// The chart's text alternative.
    description: String,
) -> impl IntoView {
    let canvas = NodeRef::<Canvas>::new();
    Effect::new(move |_| {
        if let Some(element) = canvas.get() {
            // A chart that cannot be drawn leaves a blank canvas; the figures beside it remain.
            if let Err(e) = draw(element, &histogram, &marks, format) {
                leptos::logging::warn!("chart not drawn: {e}");
            }
        }
    });
    view! { <canvas node_ref=canvas class="chart" width="640" height="220" role="img" aria-label=description></canvas> }
}

fn draw(
    element: web_sys::HtmlCanvasElement,
    histogram: &Histogram,
    marks: &[Mark],
    format: fn(f64) -> String,
) -> Result<(), Box<dyn std::error::Error>> {
    let backend = CanvasBackend::with_canvas_object(element).ok_or("no 2D context")?;
    let root = backend.into_drawing_area();
    root.fill(&WHITE)?;
    let bins = histogram.counts.len() as f64;
    let end = histogram.start + histogram.width * bins;
    let (mut lo, mut hi) = (histogram.start, end);
    for m in marks {
        lo = lo.min(m.at);
        hi = hi.max(m.at);
    }
    let pad = ((hi - lo) * 0.05).max(f64::EPSILON);
    let (lo, hi) = (lo - pad, hi + pad);
    let top = histogram.counts.iter().copied().fold(0.0, f64::max).max(1.0) * 1.15;
    let mut chart = ChartBuilder::on(&root)
        .margin(8)
        .x_label_area_size(24)
        .y_label_area_size(48)
        .build_cartesian_2d(lo..hi, 0.0..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(6)
        .y_labels(4)
        .x_label_formatter(&|v| format(*v))
        .y_label_formatter(&|v| format!("{v:.0}"))
        .draw()?;
    let bar = RGBColor(11, 92, 173).mix(0.55).filled();
    chart.draw_series(histogram.counts.iter().enumerate().map(|(k, c)| {
        let x0 = histogram.start + histogram.width * k as f64;
        Rectangle::new([(x0, 0.0), (x0 + histogram.width.max(f64::EPSILON), *c)], bar)
    }))?;
    for m in marks {
        let colour = COLOURS[m.colour % COLOURS.len()];
        let style = colour.stroke_width(2);
        let segments: Vec<Vec<(f64, f64)>> = if m.dashed {
            (0..12).map(|k| vec![(m.at, top * k as f64 / 12.0), (m.at, top * (k as f64 + 0.5) / 12.0)]).collect()
        } else {
            vec![vec![(m.at, 0.0), (m.at, top)]]
        };
        chart
            .draw_series(segments.into_iter().map(move |s| PathElement::new(s, style)))?
            .label(m.name)
            .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 16, y)], colour.stroke_width(2)));
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperRight)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK.mix(0.3))
        .draw()?;
    root.present()?;
    Ok(())
}
