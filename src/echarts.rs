//! The few ECharts bindings Socle needs, on the `window.echarts` bundle that ships in `dist/`.
//!
//! charming 0.6 renders by re-creating charts and binds neither `dispose` nor `setOption` options,
//! so the chart component uses these instead: one instance per chart, updated in place.

use wasm_bindgen::prelude::*;

// Options arrive as JSON (no functions), so formatters are named by markers such as
// `"socle:eur-m:fr"` and replaced here by functions from this module: no `eval`, no `new Function`,
// so the strict CSP holds. Numbers follow the same conventions as `crate::i18n::format`.
#[wasm_bindgen(inline_js = r#"
const locales = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };
// French and German write the unit after the number, with a space: 10,0 M€, 10,0 Mio. €, 45 %.
const millions = { fr: "M€", de: "Mio.\u00a0€" };
const thousands = { fr: "k€", de: "Tsd.\u00a0€" };
const nf = (lang, digits) => new Intl.NumberFormat(locales[lang] || 'en-GB',
  { minimumFractionDigits: digits, maximumFractionDigits: digits });
function formatter(kind, lang) {
  const n0 = nf(lang, 0), n1 = nf(lang, 1), n2 = nf(lang, 2);
  const after = lang in millions;
  const eur = (s) => after ? `${s} €` : `€${s}`;
  const num = (v) => typeof v === 'number' ? v : Number(Array.isArray(v) ? v[v.length - 1] : v);
  // Sign outside the currency: −€10.0M, −10,0 M€, −10,0 Mio. € (typographic minus).
  const signed = (v, f) => (num(v) < 0 ? '\u2212' : '') + f(Math.abs(num(v)));
  switch (kind) {
    case 'n0': return (v) => n0.format(num(v));
    case 'n1': return (v) => n1.format(num(v));
    case 'n2': return (v) => n2.format(num(v));
    case 'pct': return (v) => after ? `${n0.format(num(v))} %` : `${n0.format(num(v))}%`;
    case 'pct1': return (v) => after ? `${n1.format(num(v))} %` : `${n1.format(num(v))}%`;
    case 'eur2': return (v) => signed(v, (a) => eur(n2.format(a)));
    case 'eur-m': return (v) => signed(v, (a) => after ? `${n1.format(a)}\u00a0${millions[lang]}` : `€${n1.format(a)}M`);
    case 'eur-k': return (v) => signed(v, (a) => after ? `${n0.format(a)}\u00a0${thousands[lang]}` : `€${n0.format(a)}k`);
    default: return (v) => String(v);
  }
}
function resolve(node) {
  if (Array.isArray(node)) { node.forEach(resolve); return; }
  if (node && typeof node === 'object') {
    for (const key of Object.keys(node)) {
      const v = node[key];
      if ((key === 'formatter' || key === 'valueFormatter') && typeof v === 'string' && v.startsWith('socle:')) {
        const [, kind, lang] = v.split(':');
        node[key] = formatter(kind, lang);
      } else if (v && typeof v === 'object') {
        resolve(v);
      }
    }
  }
}
export function socle_svg(json, width, height) {
  // Server-side-rendering mode draws into a string: no element, no canvas, nothing fetched.
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  const option = JSON.parse(json);
  resolve(option);
  chart.setOption(option);
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
// Resizes to width × height pixels, or to the container when width is 0, and paints at once: a resize
// clears the canvas and ECharts would otherwise repaint at the next animation frame, after a print
// snapshot has been taken. An explicit size sticks to the instance until 'auto' is asked for.
export function socle_resize_now(chart, width, height) {
  chart.resize(width > 0 ? { width, height } : { width: 'auto', height: 'auto' });
  chart.getZr().flush();
}
export function socle_set_option(chart, json, notMerge) {
  const option = JSON.parse(json);
  resolve(option);
  chart.setOption(option, { notMerge, lazyUpdate: false });
}
"#)]
extern "C" {
    #[wasm_bindgen(catch)]
    fn socle_set_option(chart: &EchartsInstance, json: &str, not_merge: bool) -> Result<(), JsValue>;

    /// The chart of option `json` drawn as an SVG document of `width` × `height` pixels.
    #[wasm_bindgen(catch)]
    pub fn socle_svg(json: &str, width: f64, height: f64) -> Result<String, JsValue>;
    fn socle_resize_now(chart: &EchartsInstance, width: f64, height: f64);
}

#[wasm_bindgen]
extern "C" {
    /// An ECharts instance bound to one DOM element.
    pub type EchartsInstance;

    #[wasm_bindgen(js_namespace = echarts, js_name = init)]
    fn init_raw(el: &web_sys::HtmlElement, theme: &JsValue, opts: &JsValue) -> EchartsInstance;

    /// Resizes the chart to its container.
    #[wasm_bindgen(method)]
    pub fn resize(this: &EchartsInstance);

    /// Frees the chart and its listeners.
    #[wasm_bindgen(method)]
    pub fn dispose(this: &EchartsInstance);

    /// The instance drawn in `el`, if any.
    #[wasm_bindgen(js_namespace = echarts, js_name = getInstanceByDom)]
    pub fn instance_of(el: &web_sys::Element) -> Option<EchartsInstance>;

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
    /// Formatter markers (`"socle:<kind>:<lang>"`) are resolved to functions first.
    pub fn set_option_json(&self, option_json: &str, not_merge: bool) -> Result<(), JsValue> {
        socle_set_option(self, option_json, not_merge)
    }

    /// Resizes the chart to `width` × `height` CSS pixels and repaints it before returning.
    pub fn resize_to_now(&self, width: f64, height: f64) {
        socle_resize_now(self, width, height);
    }

    /// Resizes the chart to its container and repaints it before returning.
    pub fn fit_container_now(&self) {
        socle_resize_now(self, 0.0, 0.0);
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
