// Builds a tree-shaken ECharts bundle with only the chart types and components Socle draws,
// assigned to `window.echarts`. Output: target/assets/echarts.js (copied and hashed by Trunk).
import { build } from 'esbuild';
import { minify } from 'terser';
import { mkdirSync, statSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'target', 'assets');
const entry = join(outDir, 'echarts-entry.mjs');
const out = join(outDir, 'echarts.js');

const source = `
import * as echarts from 'echarts/core';
import { LineChart, BarChart, RadarChart } from 'echarts/charts';
import {
  GridComponent, TooltipComponent, LegendPlainComponent, TitleComponent, MarkLineComponent, RadarComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
// Only what the charts use: line, bar and radar; plain legends (no scrolling legend); the canvas
// renderer on screen and the SVG renderer for SVG export.
echarts.use([
  LineChart, BarChart, RadarChart,
  GridComponent, TooltipComponent, LegendPlainComponent, TitleComponent, MarkLineComponent, RadarComponent,
  CanvasRenderer, SVGRenderer,
]);
window.echarts = echarts;
`;

const me = fileURLToPath(import.meta.url);
const lock = join(root, 'package-lock.json');
const fresh = existsSync(out) && statSync(out).mtimeMs > Math.max(statSync(me).mtimeMs, statSync(lock).mtimeMs);
if (!fresh) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(entry, source);
  await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2020',
    outfile: out,
    legalComments: 'none',
    nodePaths: [join(root, 'node_modules')],
    logLevel: 'warning',
  });
  // A second, stronger minification pass (two compress passes): about 6 KB less after brotli than
  // esbuild's minifier alone.
  const smaller = await minify(readFileSync(out, 'utf8'), { ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(out, smaller.code);
}
