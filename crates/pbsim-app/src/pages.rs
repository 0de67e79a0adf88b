//! One component per page.

mod budget_list;
mod dashboard;
mod simulator;

pub use budget_list::{BudgetList, NotFound};
pub use dashboard::{AdminApp, DashboardPage};
pub use simulator::{Simulator, SimulatorPage};
