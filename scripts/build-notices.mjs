// The licence notices of the code shipped in a build: THIRD-PARTY-NOTICES.txt, with Socle's own licence,
// ECharts' and zrender's LICENSE and NOTICE (from node_modules), and every Rust crate compiled into the
// WebAssembly (from `cargo metadata`: normal dependencies reachable from the app for wasm32), each with
// its licence expression and the licence files it ships. Called by scripts/build-headers.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** The crates compiled into the app for the browser: [{ name, version, license, repository, dir }]. */
export function shippedCrates(metadata, app = 'socle') {
  const byId = new Map(metadata.packages.map((p) => [p.id, p]));
  const nodes = new Map(metadata.resolve.nodes.map((n) => [n.id, n]));
  const root = metadata.packages.find((p) => p.name === app && metadata.workspace_members.includes(p.id));
  const seen = new Set([root.id]);
  const queue = [root.id];
  while (queue.length) {
    for (const dep of nodes.get(queue.shift())?.deps ?? []) {
      const normal = dep.dep_kinds.some((k) => k.kind === null);
      if (normal && !seen.has(dep.pkg)) { seen.add(dep.pkg); queue.push(dep.pkg); }
    }
  }
  return [...seen].map((id) => byId.get(id))
    .filter((p) => !metadata.workspace_members.includes(p.id))
    .map((p) => ({ name: p.name, version: p.version, license: p.license || '(see its licence file)', repository: p.repository || '', dir: dirname(p.manifest_path) }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
}

/** The licence and notice files at the top of `dir`. */
function licenceFiles(dir) {
  if (!existsSync(dir)) return [];
  // Also the files of a `licenses/` folder (zrender keeps the licences of the code it bundles there).
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (!/^(licen[cs]e|copying|notice)/i.test(e.name) || /\.(rs|toml)$/.test(e.name)) return [];
    if (e.isFile()) return [e.name];
    if (e.isDirectory()) return readdirSync(join(dir, e.name), { withFileTypes: true }).filter((f) => f.isFile()).map((f) => `${e.name}/${f.name}`);
    return [];
  }).sort().map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') }));
}

const rule = (title) => `\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}\n`;

export function noticesText(crates, root = ROOT) {
  const parts = ['Socle and the code it ships. Socle is licensed under MIT OR Apache-2.0 (LICENSE-MIT, LICENSE-APACHE).'];
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE']) parts.push(rule(`Socle: ${f}`), readFileSync(join(root, f), 'utf8'));
  for (const pkg of ['echarts', 'zrender']) {
    const dir = join(root, 'node_modules', pkg);
    const version = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
    for (const { file, text } of licenceFiles(dir)) parts.push(rule(`${pkg} ${version} (npm): ${file}`), text);
  }
  parts.push(rule(`Rust crates compiled into the WebAssembly (${crates.length})`));
  for (const c of crates) parts.push(`${c.name} ${c.version}: ${c.license}${c.repository ? ` (${c.repository})` : ''}`);
  const seenTexts = new Set();
  for (const c of crates) {
    for (const { file, text } of licenceFiles(c.dir)) {
      const key = text.replace(/\s+/g, ' ').trim();
      if (seenTexts.has(key)) { parts.push(rule(`${c.name} ${c.version}: ${file}`), '(same text as an earlier licence file above)'); continue; }
      seenTexts.add(key);
      parts.push(rule(`${c.name} ${c.version}: ${file}`), text);
    }
  }
  return parts.join('\n') + '\n';
}

export function writeNotices(dir) {
  const metadata = JSON.parse(execFileSync('cargo', ['metadata', '--format-version', '1', '--offline',
    '--filter-platform', 'wasm32-unknown-unknown'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 }).toString());
  const crates = shippedCrates(metadata);
  writeFileSync(join(dir, NOTICES_FILE), noticesText(crates));
  return crates;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('build-notices: give the build directory');
  console.log(`build-notices: ${writeNotices(dir).length} crates listed in ${NOTICES_FILE}`);
}
