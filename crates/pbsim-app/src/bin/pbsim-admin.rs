//! Entry point of the officers' dashboard (`admin.html`, served under `/admin`): a second binary of
//! the app, so that the resident's simulator, which every resident downloads, carries none of it.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(pbsim_app::pages::AdminApp);
}
