import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumberLimits } from '../../server/providers/number-limits.js';

const SETTINGS = { cooldownMs: 30_000, maxCodes: 3, maxWrong: 3, windowMs: 3_600_000 };

describe('per-number limits', () => {
  it('forgets the least recently active number when full, keeping a number under attack', () => {
    const limits = new NumberLimits({ ...SETTINGS, maxNumbers: 3 });
    let now = 0;
    limits.claim('victim', now);
    limits.claim('quiet', (now += 1000));
    limits.claim('other', (now += 1000));
    // Guesses on the victim's number make it the most recently active.
    limits.recordWrong('victim', (now += 1000));
    limits.recordWrong('victim', now);
    limits.claim('newcomer', (now += 1000));
    assert.equal(limits.size, 3, 'memory stays bounded');
    assert.equal(limits.wrongLeft('victim', now), 1, "the victim's spent guesses are remembered");
    assert.ok(limits.waitMs('victim', now) > 0, "and so is the victim's cooldown");
    assert.equal(limits.waitMs('quiet', now), 0, 'the quietest number was forgotten');
  });

  it('sweeps numbers with nothing left in the window once there are many', () => {
    const limits = new NumberLimits(SETTINGS);
    for (let i = 0; i < 1000; i++) limits.claim(`early${i}`, 0);
    // An hour later the early numbers have nothing left in the window; the claim that brings the
    // count to 1024 sweeps them.
    for (let i = 0; i < 25; i++) limits.claim(`late${i}`, 3_600_001);
    assert.equal(limits.size, 25);
  });

  it('answers the longest of the cooldown, the codes cap and the wrong-codes cap', () => {
    const limits = new NumberLimits(SETTINGS);
    limits.claim('n', 0);
    assert.equal(limits.waitMs('n', 10_000), 20_000, 'the cooldown');
    for (const at of [1000, 2000, 3000]) limits.recordWrong('n', at);
    assert.equal(limits.wrongLeft('n', 3000), 0);
    assert.equal(limits.waitMs('n', 60_000), 3_541_000, 'until the first wrong code leaves the window');
    assert.equal(limits.waitMs('n', 3_601_000), 0);
    assert.equal(limits.wrongLeft('n', 3_601_000), 1);
  });
});
