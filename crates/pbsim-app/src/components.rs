//! Widgets the pages are built from.

mod balance_bar;
mod line_slider;

pub use balance_bar::BalanceBar;
pub use line_slider::LineSlider;
