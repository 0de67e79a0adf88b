//! Entry point of the residents' page of a budget of projects (`projects.html`, served under
//! `/projects/` and by the server for `/b/{id}` and `/embed/{id}` of such a budget): the app with
//! the projects page as its open page. It links none of the simulator's sliders and charts, and
//! the simulator's binary (`main.rs`) none of this page.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| leptos::view! { <pbsim_app::App open=pbsim_app::pages::open_projects/> });
}
