// The deployment kit of a build, written by Trunk as the last post_build hook (or by
// `node scripts/build-headers.mjs DIR` for an existing build):
//
// * the headers of embed.html, the entry page of embeds (a copy of index.html written with sw.js by
//   scripts/build-sw.mjs). Only this page may be framed by other sites; the dashboard (index.html, with
//   its Save, Delete and Import buttons) may be framed by none.
// * _headers: the security headers of this build for static hosts that read such a file (Netlify,
//   Cloudflare Pages and others), at the root of the build.
// * socle-headers.nginx.conf: the same headers as an nginx snippet to `include` in the `server` block
//   that serves the build (its `root` being the build folder), also at the root of the build.
// * THIRD-PARTY-NOTICES.txt: the licences of the code shipped (scripts/build-notices.mjs).
//
// The CSP carries the sha-256 of every inline script of this build's index.html (Trunk's loader), so
// it is exact for this build and must be regenerated with it. Framing of embed.html: `*` unless the
// environment variable SOCLE_EMBED_ANCESTORS gives the allowed sources (e.g. "'self' https://intranet.example.eu").
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentSecurityPolicy } from './serve.mjs';
import { writeWorker, EMBED_PAGE } from './build-sw.mjs';
import { writeNotices } from './build-notices.mjs';

export { EMBED_PAGE };
export const HEADERS_FILE = '_headers';
export const NGINX_FILE = 'socle-headers.nginx.conf';

/** Headers sent with every file. */
export const COMMON = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()',
};

/** The service worker needs nothing but its own origin: it fetches the build's files into a cache. */
export const WORKER_CSP = "default-src 'none'; script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** The headers of each page, by file name (the headers of COMMON not repeated). */
export function pageHeaders(html, embedAncestors = '*') {
  return {
    'index.html': {
      'Content-Security-Policy': contentSecurityPolicy(html, { frameAncestors: "'none'" }),
      'X-Frame-Options': 'DENY',
    },
    [EMBED_PAGE]: {
      // No X-Frame-Options: it cannot name the allowed sites; frame-ancestors does.
      'Content-Security-Policy': contentSecurityPolicy(html, { frameAncestors: embedAncestors }),
    },
    'sw.js': { 'Content-Security-Policy': WORKER_CSP },
  };
}

/** The `_headers` file: one block per path, so no CSP is ever merged with another. */
export function headersFile(pages) {
  const block = (paths, extra) => paths.map((p) => [p, ...Object.entries({ ...COMMON, ...extra }).map(([k, v]) => `  ${k}: ${v}`)].join('\n')).join('\n');
  return [
    '# Security headers of this Socle build (scripts/build-headers.mjs). Paths assume the build is served at the site root.',
    block(['/', '/index.html'], pages['index.html']),
    block([`/${EMBED_PAGE}`], pages[EMBED_PAGE]),
    block(['/sw.js'], pages['sw.js']),
    block(['/*'], {}),
    '',
  ].join('\n');
}

const q = (v) => `"${v.replace(/["\\]/g, '\\$&')}"`;

/** The nginx snippet, for a `server` block whose `root` is the build. `add_header` is not inherited by a
 *  location that has its own, so every location repeats the common headers. */
export function nginxSnippet(pages) {
  const headers = (extra) => Object.entries({ ...COMMON, ...extra }).map(([k, v]) => `    add_header ${k} ${q(v)} always;`).join('\n');
  const hashed = '    add_header Cache-Control "public, max-age=31536000, immutable" always;';
  const revalidate = '    add_header Cache-Control "no-cache" always;';
  return `# Security headers of this Socle build (scripts/build-headers.mjs): include in the server block
# whose root is the build folder, e.g.  root /srv/socle;  include /srv/socle/${NGINX_FILE};
index index.html;
location = /${EMBED_PAGE} {
${headers(pages[EMBED_PAGE])}
${revalidate}
}
location = /sw.js {
${headers(pages['sw.js'])}
${revalidate}
}
location ~ "-[0-9a-f]{8,16}(_bg)?\\.[a-z]+$" {
${headers({})}
${hashed}
}
location = /${NGINX_FILE} { return 404; }
location = /${HEADERS_FILE} { return 404; }
location / {
${headers(pages['index.html'])}
${revalidate}
    try_files $uri $uri/ =404;
}
`;
}

/** Writes the notices and the two header files (and, run by hand, embed.html and sw.js). */
export function writeKit(dir, embedAncestors = process.env.SOCLE_EMBED_ANCESTORS || '*', { notices = true } = {}) {
  if (notices) writeNotices(dir);
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // As a Trunk hook, this runs beside scripts/build-sw.mjs (Trunk starts the hooks of a stage together),
  // which writes embed.html and sw.js; run by hand on an existing build, it writes them itself.
  if (!process.env.TRUNK_STAGING_DIR) writeWorker(dir);
  const pages = pageHeaders(html, embedAncestors);
  writeFileSync(join(dir, HEADERS_FILE), headersFile(pages));
  writeFileSync(join(dir, NGINX_FILE), nginxSnippet(pages));
  return pages;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('build-headers: give the build directory (Trunk sets TRUNK_STAGING_DIR)');
  writeKit(dir);
  console.log(`build-headers: ${HEADERS_FILE}, ${NGINX_FILE} and the licence notices written`);
}
