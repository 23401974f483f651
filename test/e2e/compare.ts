import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Committed baselines, and where each run leaves its pictures for a person to look at. */
const BASELINES = 'test/e2e/screenshots';
const RESULTS = 'test-results/screenshots';

/** Share of pixels that may differ (antialiasing, a countdown's last digit) before a picture fails. */
const TOLERANCE = 0.01;

function write(path: string, bytes: Buffer): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, bytes);
}

/**
 * Compares a screenshot with its committed baseline. Every picture is written to
 * test-results/screenshots/ (and a diff beside it when they differ). With UPDATE_SCREENSHOTS=1,
 * or when a baseline is missing outside CI, the picture becomes the baseline.
 */
export function compareWithBaseline(name: string, png: Buffer): { ok: boolean; message: string } {
  write(join(RESULTS, `${name}.png`), png);
  const baselinePath = join(BASELINES, `${name}.png`);
  if (process.env.UPDATE_SCREENSHOTS === '1' || (!existsSync(baselinePath) && !process.env.CI)) {
    write(baselinePath, png);
    return { ok: true, message: `${name}: baseline written` };
  }
  if (!existsSync(baselinePath)) return { ok: false, message: `${name}: no baseline committed at ${baselinePath}` };
  const actual = PNG.sync.read(png);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height) {
    return { ok: false, message: `${name}: ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}` };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const pixels = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.15 });
  const ratio = pixels / (actual.width * actual.height);
  if (pixels > 0) write(join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff));
  return { ok: ratio <= TOLERANCE, message: `${name}: ${pixels} pixels differ (${(ratio * 100).toFixed(2)} %)` };
}
