//! Widgets the pages are built from.

mod balance_bar;
mod canvas_backend;
mod charts;
mod council;
mod extras;
mod line_slider;
mod overview;
mod progress;

pub use balance_bar::BalanceBar;
pub use canvas_backend::CanvasBackend;
pub use charts::{BalanceChart, ChangesChart, EveryoneChart, FundedTable, HouseholdChart, LinesChart, spent_chart};
pub use council::{CouncilResponseView, ResponseText};
pub use extras::{HomeValue, InviteCode, Questions, ShareLink, invite_from_query};
pub use line_slider::{LineSlider, change_text, format_value};
pub use overview::{BudgetOverview, money_change};
pub use progress::{SectionsLooked, TimeNeeded};
