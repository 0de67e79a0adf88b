//! The simulator inside a council's page (`/embed/{id}`, put there by `/embed.js`): it tells the
//! page that embeds it how tall its content is, so the council's iframe grows and shrinks with it
//! and the resident never scrolls a box inside a page.

use leptos::prelude::*;
use pbsim_core::Budget;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::Closure;

/// The origin of the page embedding this one, from the `parent` query parameter `/embed.js` adds,
/// when the budget lists it (or it is pbsim itself). The height is sent to that origin only, never
/// to `*`: a page the budget does not list learns nothing, even the height of the form.
pub fn parent_origin(budget: &Budget) -> Option<String> {
    let query = window().location().search().ok()?;
    let raw = query.trim_start_matches('?').split('&').find_map(|kv| kv.strip_prefix("parent="))?;
    let origin: String = js_sys::decode_uri_component(raw).ok()?.into();
    // Compared as is: `/embed.js` sends `location.origin`, which browsers write in the same
    // normalised form (lowercase, no default port) as the loader keeps the budget's list in, so a
    // parser here would only add bytes to every resident's download.
    let own = window().location().origin().ok()?;
    (budget.embed.allowed_origins.contains(&origin) || origin == own).then_some(origin)
}

/// Posts `{type: "pbsim:resize", height}` to the embedding page whenever the content's height
/// changes (and once at once), for as long as the page lives.
pub fn report_height(target_origin: String) {
    let Ok(Some(parent)) = window().parent() else { return };
    let Some(root) = document().document_element() else { return };
    let measured = root.clone();
    let post = Closure::<dyn FnMut()>::new(move || {
        // The root element's box: the content's height, collapsed margins included, whatever the
        // iframe's own height is (measuring the viewport would never let the iframe shrink).
        let height = measured.get_bounding_client_rect().height().ceil();
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"pbsim:resize".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, &target_origin);
    });
    let Ok(observer) = web_sys::ResizeObserver::new(post.as_ref().unchecked_ref()) else { return };
    observer.observe(&root);
    // Both live as long as the page: the observer keeps reporting until the resident leaves.
    post.forget();
    std::mem::forget(observer);
}
