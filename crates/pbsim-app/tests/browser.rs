//! The simulator mounted in a real browser (headless Chromium through wasm-bindgen-test-runner):
//! what a resident sees when they move a slider.

#![cfg(target_arch = "wasm32")]
// A failed set-up (no document, budget file broken) should stop the test loudly.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use leptos::prelude::*;
use pbsim_app::app::provide_ui;
use pbsim_app::pages::Simulator;
use pbsim_core::{Budget, Locale};
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Event, HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const AUSTIN: &str = include_str!("../../../budgets/austin-fy2017.toml");

/// Mounts the simulator for the Austin demo budget into a fresh element and returns it.
fn mount_simulator(locale: Locale) -> HtmlElement {
    let document = document();
    // Each test starts from a fresh draft, not the one an earlier test left in storage.
    web_sys::window().unwrap().local_storage().unwrap().unwrap().clear().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let budget = Arc::new(Budget::from_toml(AUSTIN).expect("demo budget loads"));
    let handle = leptos::mount::mount_to(container.clone(), move || {
        provide_ui(locale);
        view! { <Simulator budget=budget/> }
    });
    // The test owns the page until it ends: keep the app mounted.
    handle.forget();
    container
}

/// Lets Leptos run the effects a change scheduled.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits for the browser's next animation frame (when the charts measure their box).
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().request_animation_frame(&resolve).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn slider(container: &HtmlElement, id: &str) -> HtmlInputElement {
    container.query_selector(&format!("#line-{id}")).unwrap().expect("slider exists").unchecked_into()
}

fn text_of(container: &HtmlElement, selector: &str) -> String {
    container.query_selector(selector).unwrap().expect(selector).text_content().unwrap_or_default()
}

fn move_slider(input: &HtmlInputElement, value: i64) {
    input.set_value(&value.to_string());
    input.dispatch_event(&Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn moving_a_slider_updates_the_balance_and_its_spoken_value() {
    let page = mount_simulator(Locale::En);
    settle().await;
    let police = slider(&page, "police");
    assert_eq!(police.get_attribute("aria-valuetext").as_deref(), Some("$386,573,423, unchanged"));
    assert_eq!(text_of(&page, ".balance-status"), "Your budget is balanced.");

    move_slider(&police, 387_073_423_00);
    settle().await;
    assert_eq!(police.get_attribute("aria-valuetext").as_deref(), Some("$387,073,423, up $500,000"));
    assert_eq!(text_of(&page, "[data-testid=total-spending]"), "$944.2M");
    assert_eq!(text_of(&page, ".balance-status"), "The budget is short by $500,000: cut spending or raise revenue.");

    move_slider(&slider(&page, "libraries"), 46_667_036_00);
    settle().await;
    assert_eq!(text_of(&page, ".balance-status"), "Your budget is balanced.");
    page.remove();
}

#[wasm_bindgen_test]
async fn the_french_page_uses_french_words_and_number_formats() {
    let page = mount_simulator(Locale::Fr);
    settle().await;
    let police = slider(&page, "police");
    move_slider(&police, 386_073_423_00);
    settle().await;
    assert_eq!(
        police.get_attribute("aria-valuetext").as_deref(),
        Some("386\u{a0}073\u{a0}423\u{a0}$, en baisse de 500\u{a0}000\u{a0}$")
    );
    page.remove();
}

#[wasm_bindgen_test]
async fn every_move_is_kept_in_the_stored_draft() {
    let page = mount_simulator(Locale::En);
    settle().await;
    move_slider(&slider(&page, "fire"), 189_513_831_00);
    settle().await;
    let stored =
        web_sys::window().unwrap().local_storage().unwrap().unwrap().get_item("pbsim:draft:austin-fy2017").unwrap();
    let draft: pbsim_app::draft::Draft = serde_json::from_str(&stored.expect("a draft is stored")).unwrap();
    assert_eq!(draft.allocation.get("fire"), Some(&189_513_831_00));
    assert!(pbsim_core::submission::is_uuid(&draft.id), "{}", draft.id);
    page.remove();
}

#[wasm_bindgen_test]
async fn the_charts_are_drawn_at_the_width_of_their_box() {
    let page = mount_simulator(Locale::En);
    settle().await;
    // The box is measured on the next frame; the redraw it triggers runs right after.
    next_frame().await;
    next_frame().await;
    settle().await;
    let canvas: web_sys::HtmlCanvasElement =
        page.query_selector("canvas[data-rows]").unwrap().expect("lines chart").unchecked_into();
    let canvas_box: HtmlElement = canvas.parent_element().expect("the chart's box").unchecked_into();
    // The canvas has as many pixels as its box is wide, at the screen's pixel density (which the
    // app holds between 1 and 3).
    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    let pixels = |css: i32| (f64::from(css) * dpr.clamp(1.0, 3.0)) as u32;
    let wide = canvas_box.client_width();
    assert!(wide > 300, "the box is {wide} px wide");
    assert_eq!(canvas.width(), pixels(wide));
    // Ten lines of 26 px and the axis, at the screen's pixel density.
    assert_eq!(canvas.height(), ((26 * 10 + 28) as f64 * dpr) as u32);

    // The box narrows (a phone turned, a window resized): the chart is drawn again at its width.
    page.set_attribute("style", "width: 320px").unwrap();
    web_sys::window().unwrap().dispatch_event(&Event::new("resize").unwrap()).unwrap();
    next_frame().await;
    next_frame().await;
    settle().await;
    let narrow = canvas_box.client_width();
    assert!(narrow < wide && narrow > 0, "{narrow} px after {wide} px");
    assert_eq!(canvas.width(), pixels(narrow));
    page.remove();
}
