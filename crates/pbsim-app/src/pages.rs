//! One component per page.

mod budget_list;
mod simulator;

pub use budget_list::{BudgetList, NotFound};
pub use simulator::{ResultsPage, Simulator, SimulatorPage};
