// Firefox for Web Test Runner: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi.
//
// The launcher is @web/test-runner-chrome's, the one @web/test-runner-puppeteer wraps, given
// puppeteer-core instead of puppeteer: puppeteer (and so @web/test-runner-puppeteer) downloads a
// browser build when installed, which cannot be fetched here and is not the Firefox users run.
// puppeteer-core downloads nothing; with `browser: 'firefox'` it speaks WebDriver BiDi, which
// Firefox implements itself (no patched build, unlike Playwright's firefox).
import { existsSync } from 'node:fs';
import * as puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';

/** Debian's Firefox ESR, or FIREFOX_PATH; a clear error naming the package when there is none. */
export function firefoxPath() {
  const candidates = [process.env.FIREFOX_PATH, '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox-esr'];
  const found = candidates.find((path) => path && existsSync(path));
  if (!found) throw new Error('No Firefox found: run `apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH.');
  return found;
}

/** Prefs that keep a test Firefox quiet on a machine without network (puppeteer adds its own too). */
const quiet = {
  'app.update.enabled': false,
  'browser.shell.checkDefaultBrowser': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'network.captive-portal-service.enabled': false,
  'extensions.update.enabled': false,
};

/** puppeteer-core's launch options for a headless Firefox over WebDriver BiDi. */
export function firefoxLaunchOptions() {
  return {
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    protocol: 'webDriverBiDi',
    extraPrefsFirefox: quiet,
    // A Firefox that does not come up fails the run within this many ms instead of hanging it.
    timeout: 60_000,
  };
}

/** The WTR browser launcher: tests run in pages of one Firefox, named "Firefox" in the output. */
export function firefoxLauncher() {
  return chromeLauncher({ puppeteer, launchOptions: firefoxLaunchOptions() });
}
