//! One component per page.

mod budget_list;
mod projects;
mod simulator;

pub use budget_list::{BudgetList, NotFound};
pub use projects::Projects;
pub use simulator::{ResultsPage, Simulator, SimulatorPage};
