// The deployment kit: embed.html, and the headers of this very build (the loader's hash computed).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { request } from 'node:http';
import { writeKit } from '../../scripts/build-headers.mjs';
import { startServer } from '../../scripts/serve.mjs';

const dir = mkdtempSync(join(tmpdir(), 'socle-kit-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const loader = "import init from './socle-0123456789abcdef.js'; init();";
writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Socle</title><script type="module">${loader}</script>`);
writeFileSync(join(dir, 'socle-0123456789abcdef.js'), 'export default () => {}');
const hash = `'sha256-${createHash('sha256').update(loader).digest('base64')}'`;
writeKit(dir, "'self' https://intranet.example.eu", { notices: false });
const read = (f) => readFileSync(join(dir, f), 'utf8');

test('embed.html is the entry page of embeds, and the worker precaches it but not the header files', () => {
  assert.equal(read('embed.html'), read('index.html'));
  const sw = read('sw.js');
  assert.match(sw, /"embed\.html"/);
  assert.doesNotMatch(sw, /_headers|nginx/);
});

test('_headers: the computed hash, the dashboard never framed, the embed page framed by the allowed sites', () => {
  const text = read('_headers');
  const block = (path) => text.split(/\n(?=\/)/).find((b) => b.startsWith(`${path}\n`));
  assert.ok(block('/index.html').includes(hash));
  assert.match(block('/index.html'), /frame-ancestors 'none'/);
  assert.match(block('/index.html'), /X-Frame-Options: DENY/);
  assert.match(block('/'), /frame-ancestors 'none'/);
  assert.match(block('/embed.html'), /frame-ancestors 'self' https:\/\/intranet\.example\.eu/);
  assert.doesNotMatch(block('/embed.html'), /X-Frame-Options/);
  assert.match(block('/sw.js'), /Content-Security-Policy: default-src 'none'/);
  for (const path of ['/', '/embed.html', '/sw.js', '/*']) {
    assert.match(block(path), /Strict-Transport-Security: max-age=\d+/, path);
    assert.match(block(path), /Permissions-Policy: .*camera=\(\)/, path);
  }
  assert.doesNotMatch(text, /sha256-…|'unsafe-inline'|'unsafe-eval'/);
});

test('the nginx snippet carries the same headers per location', () => {
  const conf = read('socle-headers.nginx.conf');
  const loc = (head) => conf.slice(conf.indexOf(head), conf.indexOf('}', conf.indexOf(head)));
  assert.ok(loc('location / {').includes(hash));
  assert.match(loc('location / {'), /frame-ancestors 'none'.*always;/);
  assert.match(loc('location / {'), /X-Frame-Options "DENY" always/);
  assert.match(loc('location = /embed.html {'), /frame-ancestors 'self' https:\/\/intranet\.example\.eu/);
  assert.match(loc('location = /sw.js {'), /Content-Security-Policy "default-src 'none'/);
  for (const head of ['location / {', 'location = /embed.html {', 'location = /sw.js {']) {
    assert.match(loc(head), /Strict-Transport-Security/, head);
  }
});

test('serve.mjs frames like the kit: the dashboard denied, embed.html allowed, sw.js with its own CSP', async () => {
  const { server } = await startServer({ dir });
  const { port } = server.address();
  const head = (path) => new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'HEAD' }, (res) => { res.resume(); ok(res.headers); });
    req.on('error', ko);
    req.setTimeout(10_000, () => req.destroy(new Error(path)));
    req.end();
  });
  try {
    const index = await head('/');
    assert.match(index['content-security-policy'], /frame-ancestors 'none'/);
    assert.ok(index['content-security-policy'].includes(hash));
    assert.equal(index['x-frame-options'], 'DENY');
    const embed = await head('/embed.html');
    assert.match(embed['content-security-policy'], /frame-ancestors \*/);
    assert.equal(embed['x-frame-options'], undefined);
    assert.match((await head('/sw.js'))['content-security-policy'], /^default-src 'none'/);
    assert.equal((await head('/_headers'))['content-type'], undefined);
  } finally {
    server.close();
  }
});
