// A static server for dist/ that behaves like the recommended deployment (README "Deploy"):
// brotli/gzip compression, hashed assets immutable, index.html revalidated, strict security headers.
// Usage: node scripts/serve.mjs [dir] [--port 8080] [--host 127.0.0.1] [--base /sub/path/] [--quiet]
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHash } from 'node:crypto';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const MIME = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.json': 'application/json', '.webmanifest': 'application/manifest+json', '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.webmanifest', '.txt']);

/** sha256 source expressions for every inline <script> of an HTML page (what a strict CSP must allow). */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)) {
    hashes.push(`'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
  }
  return hashes;
}

/** The Content-Security-Policy Socle is served with: no unsafe-inline, no unsafe-eval, nothing off-origin. */
export function contentSecurityPolicy(html, { frameAncestors = "'self'" } = {}) {
  const hashes = inlineScriptHashes(html).join(' ');
  return [
    "default-src 'none'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "font-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

/** The file `rel` names inside `root`, or null when it resolves outside it (`..`, an encoded `/..`, a
 *  sibling folder whose name starts like the root's, e.g. dist-old beside dist). */
export function resolveInside(root, rel) {
  if (rel.includes('\0')) return null;
  const file = resolve(root, '.' + sep + rel);
  return file.startsWith(root + sep) ? file : null;
}

export function startServer({ dir = 'dist', port = 0, host = '127.0.0.1', base = '/', frameAncestors } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const indexHtml = () => readFileSync(join(root, 'index.html'), 'utf8');
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (!url.pathname.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    let rel;
    try {
      rel = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
    } catch {
      res.writeHead(400).end('bad request'); return; // malformed percent-encoding, e.g. /%E0%A4%A
    }
    if (rel.endsWith('/')) rel += 'index.html';
    const file = resolveInside(root, rel);
    if (!file || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end('not found'); return; }
    const ext = extname(file);
    const headers = {
      'Content-Type': MIME[ext] || 'application/octet-stream',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
      // Hashed file names never change content: cache forever. Everything else revalidates.
      'Cache-Control': /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'Vary': 'Accept-Encoding',
    };
    // As the deployment kit (scripts/build-headers.mjs): only embed.html may be framed, by any site unless
    // `frameAncestors` says otherwise; the dashboard by none. A `frameAncestors` given applies to every page.
    const embed = file.endsWith(`${sep}embed.html`);
    if (ext === '.html') {
      const ancestors = frameAncestors ?? (embed ? '*' : "'none'");
      headers['Content-Security-Policy'] = contentSecurityPolicy(indexHtml(), { frameAncestors: ancestors });
      if (ancestors === "'none'") headers['X-Frame-Options'] = 'DENY';
    }
    if (file.endsWith(`${sep}sw.js`)) {
      headers['Content-Security-Policy'] = "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";
    }
    if (file.endsWith(`${sep}_headers`) || file.endsWith(`${sep}socle-headers.nginx.conf`)) { res.writeHead(404).end('not found'); return; }
    let body = readFileSync(file);
    const accept = String(req.headers['accept-encoding'] || '');
    if (COMPRESSIBLE.has(ext)) {
      const key = `${file}:${statSync(file).mtimeMs}`;
      if (/\bbr\b/.test(accept)) {
        if (!cache.has(key + 'br')) cache.set(key + 'br', brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
        body = cache.get(key + 'br'); headers['Content-Encoding'] = 'br';
      } else if (/\bgzip\b/.test(accept)) {
        if (!cache.has(key + 'gz')) cache.set(key + 'gz', gzipSync(body, { level: 9 }));
        body = cache.get(key + 'gz'); headers['Content-Encoding'] = 'gzip';
      }
    }
    headers['Content-Length'] = body.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host}:${server.address().port}${base}` })));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
  const dir = args[0] && !args[0].startsWith('--') ? args[0] : 'dist';
  const { url } = await startServer({ dir, port: Number(opt('port', 8080)), host: opt('host', '127.0.0.1'), base: opt('base', '/') });
  console.log(`Socle is served at ${url}  (Ctrl+C to stop)`);
}
