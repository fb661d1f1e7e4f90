// What a screen says, and the words that betray a missed translation: the screen journeys of each
// language (dashboard.test.mjs for French, german.test.mjs for German) read the page with `visibleText`
// and look for the words of another language with `wordsOf`.

/** Words that are English and never French: finding one on the French screen is a missed translation. */
export const ENGLISH = new Set(('the and of to is are with for from per by at in into than cost costs cheapest year years month '
  + 'months share shares show hide target price prices power energy workload workloads training inference '
  + 'sovereignty waiting lower higher none meets reaches scores capped criteria whole fleet input inputs '
  + 'used sources close download skip figures headline binding pressure why what would relax everything '
  + 'else around each discounted cumulative break even always cheaper dearer legacy dual running rest '
  + 'estate now later run until hardware economic geopolitical controlled united states annual number '
  + 'average needed country electricity own existing room rate depreciation refresh resale life platform '
  + 'provider headquarters encryption keys commitment existing new cases using proprietary managed waves '
  + 'cut over move').split(' '));

/** Proper names and words that look English in every language. */
export const ALLOWED = [/CLOUD Act/g, /Data Act/g, /FISA( 702)?/g, /NVIDIA [A-Z0-9 ]+/g, /AMD MI\d+X/g, /\bKMS\b/g, /HYOK/g];

/** Every text a person reads on the page: visible text nodes in the page's language, accessible
 * labels, and the charts' series names, axis names and category labels. */
export async function visibleText(page) {
  return page.evaluate(() => {
    const parts = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const n = walker.currentNode;
      const el = n.parentElement;
      if (!el || el.closest('script, style, noscript, [hidden], dialog:not([open])')) continue;
      // Citations quoted in their published language (and each language's own name in the language
      // menu) are marked with their own lang attribute.
      if (el.closest('[lang]') !== document.documentElement && el.closest('[lang]')?.lang !== document.documentElement.lang) continue;
      // Hidden by any ancestor too (the print-only parts of the page are display: none on screen).
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (n.textContent.trim()) parts.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label]')) parts.push(el.getAttribute('aria-label'));
    for (const el of document.querySelectorAll('.chart')) {
      const c = window.echarts.getInstanceByDom(el);
      if (!c) continue;
      const o = c.getOption();
      for (const s of o.series) if (s.name) parts.push(s.name);
      for (const ax of [...(o.xAxis || []), ...(o.yAxis || [])]) {
        if (ax.name) parts.push(ax.name);
        if (Array.isArray(ax.data)) parts.push(...ax.data.filter((d) => typeof d === 'string'));
      }
    }
    return parts;
  });
}

/** The words of `words` found in `parts` (lower-cased), each with the texts it was found in. */
export function wordsOf(parts, words = ENGLISH, allowed = ALLOWED) {
  const found = new Map();
  for (let text of parts) {
    for (const re of allowed) text = text.replace(re, ' ');
    for (const w of text.toLowerCase().split(/[^a-zàâäçéèêëîïôöùûüÿœß’'-]+/)) {
      if (words.has(w)) found.set(w, (found.get(w) || []).concat(text.slice(0, 80)));
    }
  }
  return found;
}
