//! Submission ids and edit links' secrets: random values made in the browser, one per draft.

use wasm_bindgen::JsValue;

/// A random (version 4) UUID from the browser's cryptographic random source.
///
/// `crypto.getRandomValues` is used rather than `crypto.randomUUID`, which exists only on HTTPS
/// pages and localhost: a council testing over plain HTTP must not get a page that cannot submit.
pub fn new_submission_id() -> Result<String, JsValue> {
    random_bytes().map(format_uuid_v4)
}

/// The secret of a private edit link: 128 bits from the same source, as 32 lowercase hex digits
/// (`pbsim_core::submission::is_edit_key`).
pub fn new_edit_key() -> Result<String, JsValue> {
    Ok(random_bytes()?.iter().map(|b| format!("{b:02x}")).collect())
}

fn random_bytes() -> Result<[u8; 16], JsValue> {
    let crypto = web_sys::window().ok_or("no window")?.crypto()?;
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes)?;
    Ok(bytes)
}

/// Formats 16 random bytes as a version 4, variant 1 UUID.
pub fn format_uuid_v4(mut bytes: [u8; 16]) -> String {
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{}-{}-{}-{}-{}", &hex[0..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..32])
}
