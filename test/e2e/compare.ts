import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Share of pixels that may differ (antialiasing, a countdown's last digit) before a picture fails. */
const TOLERANCE = 0.01;

/** Where baselines and results live, and whether this run rewrites the baselines. */
export interface CompareOptions {
  /** Committed baselines. */
  baselines?: string;
  /** Where each run leaves its pictures (and diffs) for a person to look at. */
  results?: string;
  /** Write the picture as the baseline instead of comparing: only `UPDATE_SCREENSHOTS=1` says so. */
  update?: boolean;
}

function write(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Compares a screenshot with its committed baseline. Every picture is written to the results
 * folder (and a diff beside it when they differ). Only an update (UPDATE_SCREENSHOTS=1) writes
 * baselines: a missing one fails on every machine, so a new picture is never taken as right
 * unseen, and a forgotten `git add` fails locally as it would in CI.
 */
export function compareWithBaseline(
  name: string,
  png: Buffer,
  {
    baselines = 'test/e2e/screenshots',
    results = 'test-results/screenshots',
    update = process.env.UPDATE_SCREENSHOTS === '1',
  }: CompareOptions = {},
): { ok: boolean; message: string } {
  write(join(results, `${name}.png`), png);
  const baselinePath = join(baselines, `${name}.png`);
  if (update) {
    write(baselinePath, png);
    return { ok: true, message: `${name}: baseline written` };
  }
  if (!existsSync(baselinePath)) {
    return { ok: false, message: `${name}: no baseline at ${baselinePath} (UPDATE_SCREENSHOTS=1 writes it; look at it, then commit it)` };
  }
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { ok: false, message: `${name}: ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const pixels = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.15 });
  const ratio = pixels / (actual.width * actual.height);
  if (pixels > 0) write(join(results, `${name}.diff.png`), PNG.sync.write(diff));
  return { ok: ratio <= TOLERANCE, message: `${name}: ${pixels} pixels differ (${(ratio * 100).toFixed(2)} %)` };
}
