//! One component per page.

mod budget_list;
mod projects;
mod simulator;

pub use budget_list::{BudgetList, NotFound};
pub use projects::Projects;
pub use simulator::{ResultsPage, Simulator, SimulatorPage};

use leptos::prelude::*;
use pbsim_core::Budget;
use std::sync::Arc;

/// The open page of the residents' binary (`main.rs`): the simulator. A budget of projects is
/// served the projects page's own binary (`projects.html`) by the server, so one reaching this
/// binary is at an address it does not serve.
pub fn open_lines(budget: Arc<Budget>) -> AnyView {
    match budget.projects {
        None => view! { <Simulator budget=budget/> }.into_any(),
        Some(_) => view! { <NotFound/> }.into_any(),
    }
}

/// The open page of the projects page's binary (`bin/pbsim-projects`): the projects page, and
/// nothing for a budget of lines (served the simulator's binary).
pub fn open_projects(budget: Arc<Budget>) -> AnyView {
    match budget.projects {
        Some(_) => view! { <Projects budget=budget/> }.into_any(),
        None => view! { <NotFound/> }.into_any(),
    }
}
