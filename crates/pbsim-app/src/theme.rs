//! A budget's look on its pages: the council's colours and font as the stylesheet's CSS custom
//! properties on the root element, and its logo.
//!
//! The properties are set through the CSSOM (`style.setProperty`), which the page's content
//! security policy allows, unlike a `style` attribute or an inline `<style>`.

use crate::app::use_ui;
use leptos::prelude::*;
use pbsim_core::Theme;
use wasm_bindgen::JsCast;

/// Applies `theme` to the whole page. The loader has already checked every colour pair's contrast.
pub fn apply(theme: &Theme) {
    let Some(root) = document().document_element().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) else {
        return;
    };
    let style = root.style();
    let c = &theme.colours;
    // The names the stylesheet (assets/style.css) reads.
    for (property, colour) in [
        ("--pb-accent", c.primary),
        ("--pb-accent-text", c.primary_text),
        ("--pb-bg", c.background),
        ("--pb-surface", c.surface),
        ("--pb-text", c.text),
        ("--pb-muted", c.muted),
    ] {
        let _ = style.set_property(property, &colour.to_string());
    }
    if let Some(font) = &theme.font {
        let _ = style.set_property("--pb-font", font);
    }
}

/// The council's logo, with its text in the resident's language.
#[component]
pub fn Logo(logo: pbsim_core::Logo) -> impl IntoView {
    let ui = use_ui();
    let alt = logo.alt.clone();
    view! { <img class="logo" src=logo.src alt=move || alt.get(ui.locale.get()).to_owned()/> }
}
