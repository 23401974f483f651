import { after, before } from 'node:test';
import type { Browser, Page } from 'playwright';
import { createServer, type ViteDevServer } from 'vite';
import { launch } from './browser.js';

/** The README's `npm start` (Vite with the reference server mounted), on a free loopback port. */
export async function startDemo(): Promise<{ vite: ViteDevServer; origin: string }> {
  const vite = await createServer({ configFile: 'vite.config.ts', server: { port: 0, strictPort: false }, logLevel: 'error' });
  await vite.listen();
  return { vite, origin: vite.resolvedUrls!.local[0].replace(/\/$/, '') };
}

/** What a test file of the demo works with, ready once its `before` hook has run. */
export interface DemoSession {
  /** The demo's origin, e.g. http://127.0.0.1:40123. */
  origin: string;
  /** A headless Chromium. */
  browser: Browser;
}

/**
 * Starts the demo and a browser before the tests of the enclosing suite and stops both after
 * them. `before` runs it with `method` chosen on the demo's server (Mobile ID by default).
 */
export function demoSession(method?: 'message' | 'pin'): DemoSession {
  const session = {} as DemoSession & { vite?: ViteDevServer };
  before(async () => {
    const { vite, origin } = await startDemo();
    Object.assign(session, { vite, origin, browser: await launch() });
    if (method) await useMethod(origin, method);
  });
  after(async () => {
    await session.browser?.close();
    await session.vite?.close();
  });
  return session;
}

/** Sets how the demo's server logs in: Mobile ID ("message") or SMS codes ("pin"). */
export async function useMethod(origin: string, method: 'message' | 'pin'): Promise<void> {
  const response = await fetch(`${origin}/__phone/settings`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ method }),
  });
  if (!response.ok) throw new Error(`settings: HTTP ${response.status}`);
}

/** Answers the simulated phone's pending prompt, as its owner would. */
export async function answerPhone(origin: string, verdict: 'approve' | 'reject'): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const prompts = (await (await fetch(`${origin}/__phone/prompts`)).json()) as { uuid: string }[];
    if (prompts[0]) {
      await fetch(`${origin}/__phone/prompts/${prompts[0].uuid}/${verdict}`, { method: 'POST' });
      return;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no prompt on the simulated phone');
}

/** The code in the newest SMS of the simulated inbox, read as a person reads it. */
export async function codeFromInbox(origin: string, after = 0): Promise<string> {
  for (let i = 0; i < 200; i++) {
    const inbox = (await (await fetch(`${origin}/__phone/sms`)).json()) as { body: string; receivedAt: number }[];
    const sms = inbox.find((m) => m.receivedAt >= after);
    const code = sms && /code is ([A-Z0-9]+)/.exec(sms.body)?.[1];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('no SMS in the simulated inbox');
}

/** The widget's accessibility tree as a screen reader gets it, digits of codes replaced by "#". */
export async function heard(page: Page): Promise<string> {
  const tree = await page.locator('phone-login').ariaSnapshot();
  return tree.replace(/\d{4}|\d( \d){3}/g, (code) => code.replace(/\d/g, '#'));
}
