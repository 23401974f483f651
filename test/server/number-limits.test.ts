import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MemoryLimits } from '../../server/limits/memory-limits.js';
import { NumberLimits } from '../../server/limits/number-limits.js';

const SETTINGS = { cooldownMs: 30_000, maxCodes: 3, maxWrong: 3, windowMs: 3_600_000 };

describe('per-number limits', () => {
  it('never forgets a number under limits when memory is full: newcomers wait instead', async () => {
    const store = new MemoryLimits(6);
    const limits = new NumberLimits(SETTINGS, store);
    let now = 0;
    assert.equal(await limits.claimCode('victim', now), 0);
    for (const at of [1000, 2000]) assert.ok(await limits.takeGuess('victim', (now = at)));
    // A flood of other numbers fills memory (each number takes a cooldown and a codes window).
    for (let i = 0; i < 10; i++) await limits.claimCode(`flood${i}`, (now += 10));
    assert.ok(store.size <= 6, 'memory stays bounded');
    assert.equal(await limits.wrongLeft('victim', now), 1, "the victim's spent guesses are remembered");
    assert.ok((await limits.claimCode('newcomer', now)) > 0, 'a newcomer is refused while everything held is under a limit');
    // An hour later every window is empty, and memory makes room again.
    assert.equal(await limits.claimCode('newcomer', now + 3_600_001), 0);
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

  it('refunds exactly the guess it booked', async () => {
    const limits = new NumberLimits(SETTINGS);
    const first = await limits.takeGuess('n', 1000);
    const second = await limits.takeGuess('n', 1000);
    assert.ok(first && second && first !== second);
    await limits.refundGuess('n', first);
    assert.equal(await limits.wrongLeft('n', 1000), 2);
  });

  it('books at most maxCodes codes per window however many starts race, with no cooldown', async () => {
    const limits = new NumberLimits({ ...SETTINGS, cooldownMs: 0 });
    const waits = await Promise.all(Array.from({ length: 20 }, () => limits.claimCode('n', 5000)));
    assert.equal(waits.filter((wait) => wait === 0).length, 3);
  });
});
