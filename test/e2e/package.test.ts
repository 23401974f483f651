import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, normalize, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';

/** The part of custom-elements.json this test reads. */
interface Manifest {
  modules: { path: string; declarations?: { customElement?: boolean; tagName?: string }[] }[];
}

// The package as a user gets it: packed, installed into an empty folder from the tarball, and
// run with npx, with none of this repository's dev dependencies (no tsx) in reach.
describe('the npm package, installed in a fresh folder', () => {
  let dir = '';
  let app = '';

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'phone-login-package-'));
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    app = join(dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'host-app', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', resolve(dir, tarball)], { cwd: app, stdio: 'ignore' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs `npx phone-login-server --help`, listing the settings', () => {
    const help = execFileSync('npx', ['--no-install', 'phone-login-server', '--help'], { cwd: app, encoding: 'utf8' });
    for (const name of ['PHONE_LOGIN_CHALLENGE', 'PHONE_LOGIN_TOKEN_SECRET', 'VALIMO_URL', 'SMSCX_API_KEY']) assert.ok(help.includes(name), name);
  });

  it('starts `npx phone-login-server`, answers a login and its health checks, and stops on SIGTERM', async () => {
    const child = spawn('npx', ['--no-install', 'phone-login-server'], {
      cwd: app,
      env: { ...process.env, PHONE_LOGIN_CHALLENGE: 'simulated', PHONE_LOGIN_PORT: '0', PHONE_LOGIN_SIMULATED_METHOD: 'message' },
      stdio: ['ignore', 'pipe', 'inherit'],
      // Its own process group: npx runs the server as a child of its own, and both must go.
      detached: true,
    });
    const group = -child.pid!;
    after(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // Already gone.
      }
    });
    const url = await new Promise<string>((done, fail) => {
      createInterface({ input: child.stdout! }).on('line', (line) => {
        const match = /listening on (http:\/\/[^\s"]+)/.exec(line);
        if (match) done(match[1]!);
      });
      child.once('exit', (code) => fail(new Error(`exited with ${code}`)));
    });
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    assert.equal((await fetch(`${url}/readyz`)).status, 200);
    const started = await fetch(`${url}/api/auth-valimo/`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ phone: '+3725123456' }) });
    assert.equal(started.status, 201);
    assert.match((await started.json()).message, /^\d{4}$/);
    // npx stands between us and the server: the group gets the signal, as from a terminal or a
    // process manager; the server's own clean exit code is checked in test/server/bin.test.ts.
    const exited = once(child, 'exit');
    process.kill(group, 'SIGTERM');
    await exited;
  });

  it('exports phone-login/server as JavaScript with its types, and the widget entry beside it', () => {
    const script = `
      const server = await import('phone-login/server');
      const names = ['createLoginHandler', 'verifySuccessToken', 'LocalOtpProvider', 'ValimoProvider', 'SmsCxProvider', 'toNodeListener', 'ServerKeys'];
      console.log(JSON.stringify(names.filter((name) => typeof server[name] !== 'function')));
    `;
    const missing = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(missing), []);
    const types = execFileSync('node', ['-e', "console.log(require.resolve('phone-login/package.json'))"], { cwd: app, encoding: 'utf8' }).trim();
    const pkg = JSON.parse(execFileSync('cat', [types], { encoding: 'utf8' })) as { exports: Record<string, { types?: string }> };
    assert.equal(pkg.exports['./server']?.types, './dist/node/server/index.d.ts');
  });

  it('exports every element module by its tag name, types and JavaScript both, and each defines its tag', () => {
    // The manifest lists the elements the sources define (classes with a tag; a base class has none),
    // so a new element without an export fails here.
    const root = join(app, 'node_modules', 'phone-login');
    const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8')) as Manifest;
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])));
    assert.deepEqual([...tags].sort(), ['phone-login', 'phone-login-country', 'phone-login-number', 'phone-login-pin', 'phone-login-status']);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, { types?: string; import?: string }> };
    for (const tag of tags) {
      const entry = pkg.exports[`./${tag}.js`];
      assert.ok(entry?.types && entry.import, `phone-login/${tag}.js is not exported with types and import`);
      assert.ok(existsSync(join(root, entry.types)), `${entry.types} is not in the package`);
      assert.ok(existsSync(join(root, entry.import)), `${entry.import} is not in the package`);
    }
    // Imported by name from the host app, as a bundler or Node would: Lit's Node build provides a
    // custom element registry, so each module's define is observable without a browser.
    const script = `
      const tags = ${JSON.stringify(tags)};
      for (const tag of tags) await import('phone-login/' + tag + '.js');
      console.log(JSON.stringify(tags.filter((tag) => !customElements.get(tag))));
    `;
    const undefinedTags = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: app, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(undefinedTags), []);
  });
});

// What `npm pack` would publish, read from its own listing: what users download, nothing more.
describe('the npm package contents', () => {
  const [listing] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { encoding: 'utf8' })) as { files: { path: string }[] }[];
  const files = new Set(listing!.files.map((file) => file.path));

  it('carries no tests, demo, benchmarks, scripts or sources', () => {
    const stray = [...files].filter((path) => /^(test|demo|bench|scripts|src|server)\//.test(path) || /\.test\.[jt]sx?$/.test(path));
    assert.deepEqual(stray, []);
  });

  it('carries the widget, its types, the CDN file, the Node server, the manifest and the docs', () => {
    for (const path of ['dist/index.js', 'dist/index.d.ts', 'dist/cdn/phone-login.js', 'dist/node/server/index.js', 'dist/node/server/bin.js', 'custom-elements.json', 'README.md', 'LICENSE', 'docs/server.md', 'docs/protocol.md']) {
      assert.ok(files.has(path), `${path} is not in the package`);
    }
    assert.ok([...files].some((path) => path.startsWith('dist/node/')), 'dist/node/ is missing');
  });

  it('has source maps only whose sources are in the package too', () => {
    for (const map of [...files].filter((path) => path.endsWith('.map'))) {
      const { sources } = JSON.parse(readFileSync(map, 'utf8')) as { sources: string[] };
      for (const source of sources) {
        const path = normalize(join(dirname(map), source));
        assert.ok(!path.startsWith('..') && files.has(path), `${map} points to ${source}, which is not in the package`);
      }
    }
  });

  it('links from README.md and docs/ only to files the package carries', () => {
    for (const doc of [...files].filter((path) => path.endsWith('.md'))) {
      for (const [, target] of readFileSync(doc, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:|#)/.test(target!)) continue;
        const path = normalize(join(dirname(doc), target!.split('#')[0]!));
        assert.ok(files.has(path), `${doc} links to ${target}, which is not in the package (npm shows the README)`);
      }
    }
  });
});
