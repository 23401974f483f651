import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { importBuiltPackage } from '../support/built-package.js';

// A server that renders the widget to declarative shadow DOM with @lit-labs/ssr, so the form shows
// before any script runs. The package is imported by its own name (package.json exports), so this
// renders dist/ as published: run npm run build first.
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

describe('rendering <phone-login> on a server with @lit-labs/ssr (built package)', () => {
  let out = '';

  before(async () => {
    assert.ok(existsSync(resolve(root, 'dist/index.js')), 'dist/ is missing: run npm run build first');
    await importBuiltPackage();
    out = await collectResult(render(html`<phone-login lang="et" default-country="EE"></phone-login>`));
  });

  it('renders the widget with a declarative shadow root', () => {
    assert.match(out, /<phone-login\s[^>]*lang="et"[^>]*>\s*<template shadowroot="open" shadowrootmode="open"/);
  });

  it('renders the phone step in Estonian: the number field, its label and the submit button', () => {
    const shadow = /<phone-login-number\s[^>]*>\s*<template shadowroot="open" shadowrootmode="open"[^>]*>([\s\S]*?)<\/template>/.exec(out);
    assert.ok(shadow, 'the number field has no declarative shadow root');
    assert.match(shadow[1]!, /<label part="label" for="input">(<!--[^>]*-->)*Telefoninumber(<!--[^>]*-->)*<\/label>/);
    assert.match(out, /<button[^>]*part="[^"]*\bsubmit\b[^"]*"[^>]*>[\s\S]*?Jätka[\s\S]*?<\/button>/);
  });

  it('renders the country picker in the page language, for the default country', () => {
    assert.match(out, /<phone-login-country\s[^>]*locale="et"/);
    assert.match(out, /\+372/);
  });

  it('renders one shadow root per element: the widget, the field, the picker, the live region', () => {
    assert.equal(out.match(/<template shadowroot="open"/g)?.length, 4);
  });
});
