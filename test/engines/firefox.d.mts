import type { LaunchOptions } from 'puppeteer-core';
import type { ChromeLauncher } from '@web/test-runner-chrome';

/** Debian's Firefox ESR, or FIREFOX_PATH; throws naming the Debian package when there is none. */
export function firefoxPath(): string;
/** puppeteer-core's launch options for a headless Firefox over WebDriver BiDi. */
export function firefoxLaunchOptions(): LaunchOptions;
/** The WTR browser launcher. */
export function firefoxLauncher(): ChromeLauncher;
