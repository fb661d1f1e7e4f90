// The project's server: malformed requests answered, never a crash; nothing served outside its folder;
// its scripts start when the checkout path has a space.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, rmSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { request } from 'node:http';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startServer, resolveInside } from '../../scripts/serve.mjs';

const scripts = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts');
const top = mkdtempSync(join(tmpdir(), 'socle serve '));
const dist = join(top, 'dist');
const old = join(top, 'dist-old');
mkdirSync(dist);
mkdirSync(old);
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Socle</title><script>boot()</script>');
writeFileSync(join(old, 'secret.txt'), 'not to be served');
after(() => rmSync(top, { recursive: true, force: true }));

/** GET `path` exactly as written (no normalisation by the client), resolving to [status, body]. */
function get(port, path) {
  return new Promise((ok, ko) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok([res.statusCode, body]));
    });
    req.on('error', ko);
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer for ${path}`)));
    req.end();
  });
}

test('malformed percent-encoding is a 400 and the server keeps serving', async () => {
  const { server } = await startServer({ dir: dist });
  const { port } = server.address();
  try {
    assert.equal((await get(port, '/%E0%A4%A'))[0], 400);
    assert.equal((await get(port, '/%'))[0], 400);
    const [status, body] = await get(port, '/index.html');
    assert.equal(status, 200);
    assert.match(body, /Socle/);
  } finally {
    server.close();
  }
});

test('an encoded ../ cannot reach a sibling folder whose name starts like the root', async () => {
  const { server } = await startServer({ dir: dist });
  const { port } = server.address();
  try {
    for (const path of ['/..%2Fdist-old/secret.txt', '/%2E%2E%2Fdist-old%2Fsecret.txt', '/../dist-old/secret.txt',
      '/..%5Cdist-old%5Csecret.txt', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00.txt']) {
      const [status, body] = await get(port, path);
      assert.notEqual(body, 'not to be served', path);
      assert.ok(status === 404 || status === 400, `${path}: ${status}`);
    }
  } finally {
    server.close();
  }
});

test('resolveInside is a containment check, not a string prefix', () => {
  assert.equal(resolveInside(dist, '../dist-old/secret.txt'), null);
  assert.equal(resolveInside(dist, '..'), null);
  assert.equal(resolveInside(dist, ''), null);
  assert.equal(resolveInside(dist, 'index.html'), join(dist, 'index.html'));
  assert.equal(resolveInside(dist, 'a/../index.html'), join(dist, 'index.html'));
});

/** Runs `node script args…` from a copy in a folder whose path has a space; resolves to its output. */
function runCopied(name, args, until) {
  const dir = join(top, 'scripts with space');
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(scripts, name), join(dir, name));
  return new Promise((ok, ko) => {
    const child = spawn(process.execPath, [join(dir, name), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    const timer = setTimeout(() => { child.kill(); ko(new Error(`${name} gave no sign: ${out}`)); }, 20_000);
    const check = (c) => {
      out += c;
      if (until(out)) { clearTimeout(timer); child.kill(); ok(out); }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.on('exit', () => { clearTimeout(timer); ok(out); });
  });
}

test('serve.mjs starts when its path has a space', async () => {
  const out = await runCopied('serve.mjs', [dist, '--port', '0'], (o) => o.includes('served at'));
  assert.match(out, /Socle is served at http:\/\/127\.0\.0\.1:\d+\//);
});

test('build-sw.mjs runs when its path has a space', async () => {
  const out = await runCopied('build-sw.mjs', [dist], () => false);
  assert.ok(existsSync(join(dist, 'sw.js')), out);
  assert.match(readFileSync(join(dist, 'sw.js'), 'utf8'), /index\.html/);
});
