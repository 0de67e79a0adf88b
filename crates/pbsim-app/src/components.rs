//! Widgets the pages are built from.

mod balance_bar;
mod distribution_chart;
mod line_slider;

pub use balance_bar::BalanceBar;
pub use distribution_chart::{COLOURS, DistributionChart, Mark};
pub use line_slider::LineSlider;
