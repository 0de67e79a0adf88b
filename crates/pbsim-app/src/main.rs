//! Entry point of the residents' page of a budget of lines (`index.html`): install the panic hook
//! and mount the app with the simulator as its open page. Budgets of projects have their own
//! binary (`bin/pbsim-projects`), so this one carries none of their page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| leptos::view! { <pbsim_app::App open=pbsim_app::pages::open_lines/> });
}
