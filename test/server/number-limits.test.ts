import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { NumberLimits } from '../../server/providers/number-limits.js';

const SETTINGS = { cooldownMs: 30_000, maxCodes: 3, maxWrong: 3, windowMs: 3_600_000 };

describe('per-number limits', async () => {
  it('forgets the least recently active number when full, keeping a number under attack', async () => {
    const limits = new NumberLimits({ ...SETTINGS, maxNumbers: 3 });
    let now = 0;
    await limits.claimCode('victim', now);
    await limits.claimCode('quiet', (now += 1000));
    await limits.claimCode('other', (now += 1000));
    // Guesses on the victim's number make it the most recently active.
    await limits.takeGuess('victim', (now += 1000));
    await limits.takeGuess('victim', now);
    await limits.claimCode('newcomer', (now += 1000));
    assert.equal(limits.size, 3, 'memory stays bounded');
    assert.equal(await limits.wrongLeft('victim', now), 1, "the victim's spent guesses are remembered");
    assert.ok(await limits.waitMs('victim', now) > 0, "and so is the victim's cooldown");
    assert.equal(await limits.waitMs('quiet', now), 0, 'the quietest number was forgotten');
  });

  it('sweeps numbers with nothing left in the window once there are many', async () => {
    const limits = new NumberLimits(SETTINGS);
    for (let i = 0; i < 1000; i++) await limits.claimCode(`early${i}`, 0);
    // An hour later the early numbers have nothing left in the window; the claim that brings the
    // count to 1024 sweeps them.
    for (let i = 0; i < 25; i++) await limits.claimCode(`late${i}`, 3_600_001);
    assert.equal(limits.size, 25);
  });

  it('answers the longest of the cooldown, the codes cap and the wrong-codes cap', async () => {
    const limits = new NumberLimits(SETTINGS);
    await limits.claimCode('n', 0);
    assert.equal(await limits.waitMs('n', 10_000), 20_000, 'the cooldown');
    for (const at of [1000, 2000, 3000]) await limits.takeGuess('n', at);
    assert.equal(await limits.wrongLeft('n', 3000), 0);
    assert.equal(await limits.waitMs('n', 60_000), 3_541_000, 'until the first wrong code leaves the window');
    assert.equal(await limits.waitMs('n', 3_601_000), 0);
    assert.equal(await limits.wrongLeft('n', 3_601_000), 1);
  });
});
