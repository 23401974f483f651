import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromSaved, maskPhone, parseSaved, toSaved, type ResumableLogin } from '../../src/flow/saved-login.js';

const UUID = '0123456789abcdef0123456789abcdef';
const EPOCH = 1_800_000_000_000;
const LIMIT = 360_000;

const message: ResumableLogin = { uuid: UUID, step: 'message', startedAt: 1000, code: '0427', state: 'Scheduled' };
const sms: ResumableLogin = {
  uuid: UUID,
  step: 'pin',
  startedAt: 1000,
  code: '',
  state: 'Processing',
  pin: { uuid: UUID, length: 6, type: 'numeric', expiresAt: 301_000, resendAt: 31_000, attemptsLeft: 2 },
};

describe('saved logins (pure, no browser)', () => {
  it('turns flow instants into epoch ms and back on a clock that restarted', () => {
    const saved = toSaved(sms, EPOCH, '+372 •••• 4567');
    assert.equal(saved.startedAt, EPOCH + 1000);
    assert.equal(saved.pin?.expiresAt, EPOCH + 301_000);
    // The reloaded page's clock starts at 0, 50 s of epoch time later.
    const offset = EPOCH + 51_000;
    assert.deepEqual(fromSaved(saved, offset, 0, LIMIT), {
      ...sms,
      startedAt: -50_000,
      pin: { ...sms.pin!, expiresAt: 250_000, resendAt: -20_000 },
    });
  });

  it('drops a login past its time limit or with an expired code', () => {
    assert.ok(fromSaved(toSaved(message, 0, ''), 0, 1000 + LIMIT - 1, LIMIT));
    assert.equal(fromSaved(toSaved(message, 0, ''), 0, 1000 + LIMIT, LIMIT), undefined);
    assert.equal(fromSaved(toSaved(sms, 0, ''), 0, 301_000, LIMIT), undefined);
  });

  it('reads back only what it wrote: malformed or other versions are undefined', () => {
    const saved = toSaved(message, EPOCH, '•••• 4567');
    assert.deepEqual(parseSaved(JSON.stringify(saved)), saved);
    assert.equal(parseSaved(null), undefined);
    assert.equal(parseSaved('{'), undefined);
    assert.equal(parseSaved(JSON.stringify({ ...saved, version: 2 })), undefined);
    assert.equal(parseSaved(JSON.stringify({ ...saved, step: 'pin' })), undefined, 'a code step without its facts');
    assert.equal(parseSaved(JSON.stringify({ ...saved, uuid: 7 })), undefined);
  });

  it('masks all but the country code and the last four digits', () => {
    assert.equal(maskPhone('+372 5123 4572'), '+372 •••• 4572');
    assert.equal(maskPhone('+1 415-555-0134'), '+1 •••• 0134');
    assert.equal(maskPhone('+37251234572'), '•••• 4572');
    assert.equal(maskPhone(''), '');
  });

  it('never keeps the number: only the masked form goes in', () => {
    const text = JSON.stringify(toSaved(sms, EPOCH, maskPhone('+372 5123 4572')));
    assert.doesNotMatch(text.replace(/\D/g, ''), /51234572/);
  });
  it("keeps an SMS login's message out: a server's free text may name the number", () => {
    const saved = toSaved({ ...sms, code: 'Code sent to +372 5123 4567' }, EPOCH, '+372 •••• 4567');
    assert.equal(saved.code, '');
    assert.equal(toSaved(message, EPOCH, '').code, '0427', "Mobile ID's code is what the step shows");
  });

  it('drops an entry whose code-step facts no server answer could give', () => {
    const good = toSaved(sms, EPOCH, '+372 •••• 4567');
    assert.ok(parseSaved(JSON.stringify(good)));
    const tampered = [
      { length: 1e9 },
      { length: 3 },
      { length: 6.5 },
      { type: 'x' },
      { expiresAt: 'soon' },
      { resendAt: null },
      { attemptsLeft: -1 },
      { attemptsLeft: 1.5 },
    ];
    for (const change of tampered) {
      assert.equal(parseSaved(JSON.stringify({ ...good, pin: { ...good.pin, ...change } })), undefined, JSON.stringify(change));
    }
  });
});
