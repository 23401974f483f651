import { spawn, type ChildProcess } from 'node:child_process';
import type { Browser as PlaywrightBrowser, BrowserContext, Page as PlaywrightPage } from 'playwright';
import * as puppeteer from 'puppeteer-core';
import { Builder, By, Key, type WebDriver, type WebElement } from 'selenium-webdriver';
import { launch as launchChromium } from '../e2e/browser.js';
import { firefoxLaunchOptions } from './firefox.mjs';
import { freePort } from '../support/ports.js';
import { findBinary, startXvfb, stop, track, within, type Display } from './processes.js';

/**
 * One browser engine behind the same few verbs, so one end-to-end test runs in all three:
 * Chromium through Playwright, Firefox through puppeteer-core over WebDriver BiDi, WebKit through
 * selenium-webdriver and WebKitGTK's WebDriver (MiniBrowser on our own Xvfb display). Each driver
 * types with its own real key events; elements inside open shadow roots are reached each driver's
 * way (Playwright's piercing CSS, puppeteer's `>>>`, selenium's getShadowRoot()).
 */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** What a poll that waited for something truthy returns. */
export type Truthy<T> = Exclude<T, undefined | null | false | '' | 0>;

/** A key the tests press: the keyboard's own, plus copy and paste as the platform spells them. */
export type Press = 'Tab' | 'Enter' | 'Copy' | 'Paste';

export interface EnginePage {
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page with JSON `args` and returns its (awaited) JSON result. `fn` is sent as
   * source: it must not use anything from the test's scope, nor named inner functions (tsx would
   * wrap them in a helper the page lacks).
   */
  run<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<Awaited<T>>;
  /** Polls `fn` until it returns something truthy, and returns that; fails naming `what` after `ms`. */
  waitUntil<A extends unknown[], T>(what: string, ms: number, fn: (...args: A) => T, ...args: A): Promise<Truthy<Awaited<T>>>;
  /**
   * Focuses the element found by `path` (one CSS selector per tree: the page, then each open shadow
   * root in turn) and types `text` into it with real key events.
   */
  typeInto(path: string[], text: string): Promise<void>;
  /** Focuses the element found by `path` (as for `typeInto`), as a person's tap on it would. */
  focus(path: string[]): Promise<void>;
  /** Types `text` with real key events into whatever has the focus. */
  type(text: string): Promise<void>;
  /** Presses a key, or copy or paste (Control+C, Control+V), on whatever has the focus. */
  press(key: Press): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** What the engine reports about itself, for the test output. */
  version: string;
  newPage(): Promise<EnginePage>;
  close(): Promise<void>;
}

/** How long a browser may take to come up before the test fails instead of waiting on. */
const LAUNCH_MS = 60_000;

export function launchEngine(name: EngineName): Promise<Engine> {
  if (name === 'chromium') return launchChromiumEngine();
  if (name === 'firefox') return launchFirefoxEngine();
  return launchWebKitEngine();
}

/** `fn(...args)` as one expression of source, for drivers that take a string. */
function expression(fn: (...args: never[]) => unknown, args: unknown[]): string {
  return `(${fn.toString()})(...${JSON.stringify(args)})`;
}

async function poll<T>(engine: string, what: string, ms: number, probe: () => Promise<T>): Promise<Truthy<T>> {
  const deadline = Date.now() + ms;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (last) return last as Truthy<T>;
    if (Date.now() > deadline) throw new Error(`${engine}: waited ${ms} ms for ${what}; last saw ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// ---- Chromium: Playwright, exactly as the rest of the e2e suite launches it -----------------------

async function launchChromiumEngine(): Promise<Engine> {
  const browser: PlaywrightBrowser = await within(LAUNCH_MS, `Chromium did not start within ${LAUNCH_MS} ms`, launchChromium());
  return {
    name: 'chromium',
    version: `Chromium ${browser.version()}`,
    async newPage() {
      const context: BrowserContext = await browser.newContext();
      const page: PlaywrightPage = await context.newPage();
      const self: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        run: (fn, ...args) => page.evaluate(expression(fn as never, args)),
        waitUntil: (what, ms, fn, ...args) => poll('chromium', what, ms, () => self.run(fn, ...args)),
        async typeInto(path, text) {
          // Playwright's CSS crosses open shadow roots by itself.
          const target = page.locator(path.join(' '));
          await target.focus();
          await page.keyboard.type(text);
        },
        focus: (path) => page.locator(path.join(' ')).focus(),
        type: (text) => page.keyboard.type(text),
        press: (key) => page.keyboard.press(key === 'Copy' ? 'Control+C' : key === 'Paste' ? 'Control+V' : key),
        close: () => context.close(),
      };
      return self;
    },
    close: () => browser.close(),
  };
}

// ---- Firefox: puppeteer-core over WebDriver BiDi ------------------------------------------------

async function launchFirefoxEngine(): Promise<Engine> {
  const options = firefoxLaunchOptions(); // throws naming firefox-esr when there is none
  const browser = await within(LAUNCH_MS, `Firefox did not start within ${LAUNCH_MS} ms`, puppeteer.launch(options));
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async newPage() {
      const page = await browser.newPage();
      const self: EnginePage = {
        goto: async (url) => void (await page.goto(url)),
        run: (fn, ...args) => page.evaluate(expression(fn as never, args)) as never,
        waitUntil: (what, ms, fn, ...args) => poll('firefox', what, ms, () => self.run(fn, ...args)),
        async typeInto(path, text) {
          // ">>>" descends into open shadow roots.
          const target = await page.waitForSelector(path.join(' >>> '), { timeout: 10_000 });
          await target!.focus();
          await page.keyboard.type(text);
        },
        async focus(path) {
          const target = await page.waitForSelector(path.join(' >>> '), { timeout: 10_000 });
          await target!.focus();
        },
        type: (text) => page.keyboard.type(text),
        async press(key) {
          if (key === 'Copy' || key === 'Paste') {
            await page.keyboard.down('Control');
            await page.keyboard.press(key === 'Copy' ? 'c' : 'v');
            await page.keyboard.up('Control');
          } else await page.keyboard.press(key);
        },
        close: () => page.close(),
      };
      return self;
    },
    close: () => browser.close(),
  };
}

// ---- WebKit: WebKitGTK's WebDriver and MiniBrowser on an Xvfb display of our own ----------------

/** WebKitGTK's MiniBrowser, the browser WebKitWebDriver drives. */
function miniBrowserPath(): string {
  return findBinary('WebKitGTK MiniBrowser', 'webkit2gtk-driver', [
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
}

async function launchWebKitEngine(): Promise<Engine> {
  const webdriver = findBinary('WebKitWebDriver', 'webkit2gtk-driver', [process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver'], 'WebKitWebDriver');
  const miniBrowser = miniBrowserPath();
  // Without an X server WebKitGTK waits for ever, even with --headless: give it a display of its own.
  const display: Display = await startXvfb();
  let server: ChildProcess | undefined;
  try {
    const port = await freePort();
    let log = '';
    server = track(
      spawn(webdriver, [`--port=${port}`, '--host=127.0.0.1'], {
        env: { ...process.env, DISPLAY: display.name },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    server.stdout!.on('data', (chunk) => (log += chunk));
    server.stderr!.on('data', (chunk) => (log += chunk));
    const exited = new Promise<never>((_, reject) => {
      server!.once('error', (error) => reject(new Error(`WebKitWebDriver (${webdriver}) could not start: ${error.message}; \`apt-get install -y webkit2gtk-driver\` (Debian) installs it.`)));
      server!.once('exit', (code) => reject(new Error(`WebKitWebDriver exited with ${code}: ${log.trim().split('\n').slice(-3).join(' ')}`)));
    });
    exited.catch(() => undefined);
    const url = `http://127.0.0.1:${port}`;
    await within(
      15_000,
      `WebKitWebDriver did not answer on ${url}/status within 15 s`,
      Promise.race([exited, poll('webkit', 'WebKitWebDriver', 15_000, () => fetch(`${url}/status`).then((r) => r.ok, () => false))]),
    );
    const driver: WebDriver = await within(
      LAUNCH_MS,
      `WebKit's MiniBrowser did not start within ${LAUNCH_MS} ms (${miniBrowser} on DISPLAY ${display.name})`,
      Promise.race([
        exited,
        new Builder()
          .usingServer(url)
          .withCapabilities({
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
          })
          .build(),
      ]),
    );
    await driver.manage().setTimeouts({ script: 30_000, pageLoad: 30_000 });
    const version = String((await driver.getCapabilities()).get('browserVersion') ?? '');
    const closeAll = async () => {
      await within(10_000, 'WebKit session did not end', driver.quit()).catch(() => undefined);
      await stop(server);
      await display.close();
    };
    const find = async (path: string[]): Promise<WebElement> => {
      let element = await driver.findElement(By.css(path[0]!));
      for (const selector of path.slice(1)) element = await (await element.getShadowRoot()).findElement(By.css(selector));
      return element;
    };
    return {
      name: 'webkit',
      version: `WebKitGTK ${version}`,
      async newPage() {
        // One window: each page is a fresh load in it.
        const self: EnginePage = {
          goto: (url) => driver.get(url),
          run: (fn, ...args) =>
            driver.executeAsyncScript(
              `const done = arguments[arguments.length - 1];
               Promise.resolve().then(() => ${expression(fn as never, args)}).then(
                 (value) => done({ value }),
                 (error) => done({ error: String(error) + ' ' + String((error && error.stack) || '') }));`,
            ).then((result) => {
              const { value, error } = result as { value?: unknown; error?: string };
              if (error) throw new Error(`webkit: script failed: ${error}`);
              return value as never;
            }),
          waitUntil: (what, ms, fn, ...args) => poll('webkit', what, ms, () => self.run(fn, ...args)),
          async typeInto(path, text) {
            const element = await find(path);
            await driver.executeScript('arguments[0].focus()', element);
            await driver.actions().sendKeys(text).perform();
          },
          async focus(path) {
            await driver.executeScript('arguments[0].focus()', await find(path));
          },
          type: (text) => driver.actions().sendKeys(text).perform(),
          async press(key) {
            const actions = driver.actions();
            if (key === 'Copy' || key === 'Paste') await actions.keyDown(Key.CONTROL).sendKeys(key === 'Copy' ? 'c' : 'v').keyUp(Key.CONTROL).perform();
            else await actions.sendKeys(key === 'Tab' ? Key.TAB : Key.ENTER).perform();
          },
          close: () => driver.get('about:blank'),
        };
        return self;
      },
      close: closeAll,
    };
  } catch (error) {
    await stop(server);
    await display.close();
    throw error;
  }
}
