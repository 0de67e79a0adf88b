//! Entry point of the officers' dashboard (`admin.html`, served under `/admin`): a second binary of
//! the app. Its code lives here, in the binary, not in the library the residents' page is built
//! from: the simulator every resident downloads cannot carry any of it, and a change here leaves
//! the residents' wasm byte for byte the same.

mod dashboard;
mod dashboard_strings;
mod distribution_chart;
mod projects_outcome;
mod response_form;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(dashboard::AdminApp);
}
