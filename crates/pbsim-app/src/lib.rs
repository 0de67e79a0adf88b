//! The pbsim browser app: the resident's simulator (`/b/{budget}`, and `/embed/{budget}` inside a
//! council's page), the page that chooses projects on a budget of projects (same addresses), and
//! the list of budgets (`/`).
//!
//! Budget logic is not here: totals, balance, consequences and validation come from `pbsim-core`,
//! the same code the server runs. This crate turns them into pages: it fetches a budget with
//! `gloo-net`, keeps the resident's draft in signals, and posts the submission.
//!
//! Each kind of budget has its own binary of this library, which gives [`App`] its open page: the
//! simulator (`main.rs`, `index.html`) or the projects page (`bin/pbsim-projects`, `projects.html`),
//! so a resident downloads only their kind's page (see `app::OpenPage`).
//!
//! The officers' dashboard is the crate's other binary (`src/bin/pbsim-admin/`), whose code is
//! not part of this library: nothing of it can reach the residents' download.

pub mod api;
pub mod app;
pub mod choice;
pub mod components;
pub mod draft;
pub mod edit_strings;
pub mod embed;
pub mod ids;
pub mod json;
pub mod pages;
pub mod projects_strings;
pub mod results_strings;
pub mod strings;
pub mod theme;

pub use app::App;
