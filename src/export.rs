//! Downloads made in the browser: nothing is uploaded, the file is built from memory.

use wasm_bindgen::{JsCast, JsValue};

/// Offers `content` as a file named `filename` of type `mime`.
pub fn download_text(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let result = click_link(filename, &url);
    web_sys::Url::revoke_object_url(&url)?;
    result
}

/// Offers a `data:` URL (e.g. a chart's PNG) as a file named `filename`.
pub fn download_data_url(filename: &str, data_url: &str) -> Result<(), JsValue> {
    click_link(filename, data_url)
}

fn click_link(filename: &str, href: &str) -> Result<(), JsValue> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(href);
    a.set_download(filename);
    a.style().set_property("display", "none")?;
    let body = document.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    body.remove_child(&a)?;
    Ok(())
}
