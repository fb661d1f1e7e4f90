//! The few ECharts bindings Socle needs, on the `window.echarts` bundle that ships in `dist/`.
//!
//! charming 0.6 renders by re-creating charts and binds neither `dispose` nor `setOption` options,
//! so the chart component uses these instead: one instance per chart, updated in place.

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one DOM element.
    pub type EchartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init_raw(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> EchartsInstance;

    #[wasm_bindgen(method, js_name = setOption)]
    fn set_option_raw(this: &EchartsInstance, option: &JsValue, opts: &JsValue);

    /// Resizes the chart to its container.
    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    /// Frees the chart and its listeners.
    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    #[wasm_bindgen(method, js_name = getDataURL)]
    fn get_data_url_raw(this: &EchartsInstance, opts: &JsValue) -> String;
}

/// Renderer used by a chart instance.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Renderer {
    /// Bitmap, fastest for frequent updates.
    Canvas,
    /// Vector, for SVG export.
    Svg,
}

fn object(pairs: &[(&str, JsValue)]) -> JsValue {
    let obj = js_sys::Object::new();
    for (k, v) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = js_sys::Reflect::set(&obj, &JsValue::from_str(k), v);
    }
    obj.into()
}

/// Creates the ECharts instance for `el`.
pub fn init(el: &web_sys::HtmlElement, renderer: Renderer) -> EchartsInstance {
    let renderer = match renderer {
        Renderer::Canvas => "canvas",
        Renderer::Svg => "svg",
    };
    init_raw(el, &JsValue::NULL, &object(&[("renderer", renderer.into())]))
}

impl EchartsInstance {
    /// Replaces the chart's option with `option_json` (a serialised `charming::Chart`).
    ///
    /// `not_merge` drops series that are no longer present (needed when the series count changes).
    pub fn set_option_json(&self, option_json: &str, not_merge: bool) -> Result<(), JsValue> {
        let option = js_sys::JSON::parse(option_json)?;
        self.set_option_raw(
            &option,
            &object(&[("notMerge", not_merge.into()), ("lazyUpdate", false.into())]),
        );
        Ok(())
    }

    /// A PNG data URL of the chart at `pixel_ratio`, on a white background.
    pub fn png_data_url(&self, pixel_ratio: f64) -> String {
        self.get_data_url_raw(&object(&[
            ("type", "png".into()),
            ("pixelRatio", pixel_ratio.into()),
            ("backgroundColor", "#ffffff".into()),
        ]))
    }
}
