//! A plotters drawing backend on a `<canvas>`: plotters-canvas 0.3.1's `CanvasBackend` (MIT,
//! © the plotters developers), with colours and font sizes written from integers.
//!
//! plotters-canvas writes each colour as `rgba(r,g,b,{alpha})` and each font as `{size}px` with
//! `f64`'s `Display`, and that was the only float formatting in the residents' wasm: 9.6 KB of
//! code that this copy leaves out (see BENCHMARKS.md). The drawing calls are the original's.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// Draws on one canvas's 2D context.
pub struct CanvasBackend {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
}

/// A call on the canvas failed (the browser's exception, as it gave it).
#[derive(Debug)]
pub struct CanvasError(JsValue);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.0.as_string() {
            Some(text) => write!(f, "canvas error: {text}"),
            None => f.write_str("canvas error"),
        }
    }
}

impl std::error::Error for CanvasError {}

fn error_cast(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(e))
}

/// `rgba(r,g,b,a)` with the alpha to three decimals, written from an integer.
fn css_colour(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    let thousandths = (color.alpha.clamp(0.0, 1.0) * 1000.0).round() as u32;
    if thousandths >= 1000 { format!("rgb({r},{g},{b})") } else { format!("rgba({r},{g},{b},0.{thousandths:03})") }
}

impl CanvasBackend {
    /// The backend of `canvas`; `None` when it has no 2D context.
    pub fn with_canvas_object(canvas: HtmlCanvasElement) -> Option<CanvasBackend> {
        let context: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(CanvasBackend { canvas, context })
    }

    /// Begins a new path through `points`, joined by straight lines; false when there are none
    /// (the path stays empty). The caller sets the style and strokes or fills it.
    fn trace(&mut self, points: impl IntoIterator<Item = BackendCoord>) -> bool {
        let mut points = points.into_iter();
        self.context.begin_path();
        let Some(start) = points.next() else { return false };
        self.context.move_to(f64::from(start.0), f64::from(start.1));
        for next in points {
            self.context.line_to(f64::from(next.0), f64::from(next.1));
        }
        true
    }

    fn set_line_style(&mut self, style: &impl BackendStyle) {
        self.context.set_stroke_style_str(&css_colour(style.color()));
        self.context.set_line_width(f64::from(style.stroke_width()));
    }
}

impl DrawingBackend for CanvasBackend {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, style: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.alpha == 0.0 {
            return Ok(());
        }
        self.context.set_fill_style_str(&css_colour(style));
        self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = fine_hor_ver_lines(from, to);
        self.set_line_style(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
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
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.context.set_fill_style_str(&css_colour(style.color()));
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_line_style(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if self.trace(path) {
            self.set_line_style(style);
        }
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if self.trace(path) {
            self.context.set_fill_style_str(&css_colour(style.color()));
            self.context.close_path();
        }
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.context.set_fill_style_str(&css_colour(style.color()));
        } else {
            self.set_line_style(style);
        }
        self.context.begin_path();
        self.context
            .arc(f64::from(center.0), f64::from(center.1), f64::from(radius), 0.0, std::f64::consts::TAU)
            .map_err(error_cast)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        let (mut x, mut y) = pos;
        let degrees: f64 = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        let radians = degrees.to_radians();
        if radians != 0.0 {
            self.context.save();
            self.context.translate(f64::from(x), f64::from(y)).map_err(error_cast)?;
            self.context.rotate(radians).map_err(error_cast)?;
            x = 0;
            y = 0;
        }
        self.context.set_text_baseline(match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        });
        self.context.set_text_align(match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        });
        self.context.set_fill_style_str(&css_colour(color));
        // Whole pixels: the charts' sizes are whole already, and this writes no float.
        let size = style.size().round().max(1.0) as u32;
        self.context.set_font(&format!("{} {size}px {}", style.style().as_str(), style.family().as_str()));
        self.context.fill_text(text, f64::from(x), f64::from(y)).map_err(error_cast)?;
        if radians != 0.0 {
            self.context.restore();
        }
        Ok(())
    }
}

/// Moves a vertical or horizontal line by half a pixel so that a 1-pixel line covers one row of
/// pixels rather than blurring over two (as plotters-canvas does).
fn fine_hor_ver_lines(from: BackendCoord, end: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (f64::from(from.0), f64::from(from.1));
    let mut end = (f64::from(end.0), f64::from(end.1));
    if from.0 == end.0 {
        from.0 -= 0.5;
        end.0 -= 0.5;
    }
    if from.1 == end.1 {
        from.1 -= 0.5;
        end.1 -= 0.5;
    }
    (from, end)
}

#[cfg(test)]
mod tests {
    use super::css_colour;
    use plotters_backend::BackendColor;
    use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

    wasm_bindgen_test_configure!(run_in_browser);

    #[wasm_bindgen_test]
    fn colours_are_written_without_float_formatting() {
        let c = |alpha, rgb| css_colour(BackendColor { alpha, rgb });
        assert_eq!(c(1.0, (11, 92, 173)), "rgb(11,92,173)");
        assert_eq!(c(0.5, (0, 0, 0)), "rgba(0,0,0,0.500)");
        assert_eq!(c(0.05, (255, 255, 255)), "rgba(255,255,255,0.050)");
        assert_eq!(c(0.0004, (1, 2, 3)), "rgba(1,2,3,0.000)");
    }
}
