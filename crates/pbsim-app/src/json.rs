//! JSON in and out of the page through the browser's own `JSON.parse` and `JSON.stringify`, with
//! `serde-wasm-bindgen` between those JavaScript values and `pbsim_core`'s types: the same types and
//! derives the server reads and writes with `serde_json`, but without serde_json's parser and
//! printer (and the texts of its errors) compiled into every page's wasm. BENCHMARKS.md, "JSON read
//! by the browser", has what that saves.
//!
//! Two differences from serde_json, both on reading (`tests/json.rs` shows them): fields a type
//! does not know are passed over even where it says `deny_unknown_fields` (the page reads what
//! its server wrote; the server still refuses them in what it reads), and a JSON object's
//! whole-number keys come first, in ascending order, as `JSON.parse` lists them.

use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::{JsCast, JsValue};

/// Why a value could not be read or written.
fn reason(e: JsValue) -> String {
    match e.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => e.as_string().unwrap_or_else(|| "not JSON".to_owned()),
    }
}

/// Reads a value from JSON text (a stored draft).
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, String> {
    let value = js_sys::JSON::parse(text).map_err(reason)?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// Writes a value as JSON text, as `serde_json` would: maps as objects, `None` as `null`.
pub fn stringify<T: Serialize + ?Sized>(value: &T) -> Result<String, String> {
    let value = value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| e.to_string())?;
    let text = js_sys::JSON::stringify(&value).map_err(reason)?;
    text.as_string().ok_or_else(|| "not JSON".to_owned())
}

/// Reads an answer's body as JSON (the browser parses it as it arrives).
pub async fn read<T: DeserializeOwned>(response: gloo_net::http::Response) -> Result<T, String> {
    let promise = web_sys::Response::from(response).json().map_err(reason)?;
    let value = wasm_bindgen_futures::JsFuture::from(promise).await.map_err(reason)?;
    serde_wasm_bindgen::from_value(value).map_err(|e| e.to_string())
}

/// A request with `value` as its JSON body.
pub fn body<T: Serialize + ?Sized>(
    request: gloo_net::http::RequestBuilder,
    value: &T,
) -> Result<gloo_net::http::Request, String> {
    let text = stringify(value)?;
    request.header("Content-Type", "application/json").body(text).map_err(|e| e.to_string())
}
