//! Widgets the pages are built from.

mod balance_bar;
mod canvas_backend;
mod charts;
mod extras;
mod line_slider;

pub use balance_bar::BalanceBar;
pub use canvas_backend::CanvasBackend;
pub use charts::{BalanceChart, HouseholdChart, LinesChart};
pub use extras::{HomeValue, InviteCode, Questions, ShareLink, invite_from_query};
pub use line_slider::{LineSlider, change_text, format_value};
