import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { GENERIC_PROVIDER_ERROR } from '../../server/logins.js';
import { MSSP_UNREACHABLE, VALIMO_CANCEL_DETAILS, type ValimoReason } from '../../server/providers/valimo/index.js';
import { client, freshNumber, useStandIn, type Client } from '../stand-ins/mssp/harness.js';
import type { Script, Step } from '../stand-ins/mssp/mssp.js';

const stand = useStandIn();

/** Runs one login for a fresh number with `script`, and returns its final answer and the client. */
async function run(script: Script, on: Client = client(stand)) {
  const phone = freshNumber();
  stand.mssp.script(phone, script);
  const login = await on.start(phone);
  const done = await on.settled(login.uuid);
  return { done, on, login };
}

const CANCELED: Array<[number, ValimoReason]> = [
  [401, 'user_cancel'],
  [208, 'timeout'],
  [209, 'phone_unreachable'],
  [105, 'not_mobile_id_user'],
  [402, 'pin_blocked'],
  [403, 'card_blocked'],
  [404, 'no_certificate'],
  [422, 'no_certificate'],
  [501, 'certificate_revoked'],
  [503, 'invalid_signature'],
];

describe('Valimo MSSP provider: status codes', () => {
  for (const [code, reason] of CANCELED) {
    it(`${code} in a status answer ends the login Canceled "${reason}", with our own words`, async () => {
      const { done } = await run({ status: [{ status: 504 }, { status: code }] });
      assert.deepEqual([done.state, done.reason, done.details, done.token], ['Canceled', reason, VALIMO_CANCEL_DETAILS[reason], null]);
    });
  }

  it('the same codes as SOAP faults (Valimo ends a cancelled transaction that way) map alike', async () => {
    for (const [code, reason] of CANCELED) {
      const { done } = await run({ status: [{ fault: code }] });
      assert.deepEqual([done.state, done.reason], ['Canceled', reason], `fault _${code}`);
    }
  });

  it('105 at the start (no Mobile ID on this number) cancels at once, as a status or as a fault', async () => {
    for (const start of [{ status: 105 }, { fault: 105 }] satisfies Step[]) {
      const { done } = await run({ start });
      assert.deepEqual([done.state, done.reason, done.details], ['Canceled', 'not_mobile_id_user', VALIMO_CANCEL_DETAILS.not_mobile_id_user]);
      assert.equal(done.error_message, '');
    }
  });

  it("a fault's free text is untrusted: it reaches neither the answer nor the log", async () => {
    const text = 'User cancel. <b>MARKER-7f3a</b> call +3725550000';
    const { done, on } = await run({ status: [{ fault: 401, text }] });
    assert.deepEqual([done.state, done.reason, done.details], ['Canceled', 'user_cancel', VALIMO_CANCEL_DETAILS.user_cancel]);
    assert.ok(!JSON.stringify(done).includes('MARKER'));
    assert.ok(!JSON.stringify(on.log).includes('MARKER'), 'not in the log');
    const fault = on.log.find((line) => line.event === 'mssp_fault');
    assert.deepEqual([fault?.status, fault?.textLength], [401, text.length], 'only its code, length and hash are logged');
  });

  it('500 SIGNATURE (not validated by the MSSP) never logs in: Erred, as a configuration problem', async () => {
    const { done, on } = await run({ status: [{ status: 500, identity: 'SERIALNUMBER=PNOEE-38001085718' }] });
    assert.deepEqual([done.state, done.token, done.error_message], ['Erred', null, GENERIC_PROVIDER_ERROR]);
    assert.ok(on.log.some((line) => line.event === 'provider_config_error' && line.status === 500 && line.level === 'error'));
  });

  it('502 without a usable SERIALNUMBER is Erred, never a login under a made-up name', async () => {
    for (const identity of [undefined, 'CN=MARY ÄNN, C=EE', 'CN="X,SERIALNUMBER=PNOEE-1", C=EE', 'SERIALNUMBER=PNOEE-1, SERIALNUMBER=PNOEE-2']) {
      const { done } = await run({ status: [identity === undefined ? { status: 502 } : { status: 502, identity }] });
      assert.equal(done.state, 'Erred', String(identity));
    }
  });

  it('reads the serial wherever it sits in the identifier', async () => {
    const on = client(stand);
    const { done } = await run({ status: [{ status: 502, identity: 'C=EE, CN="DOE,JOHN,38001085718", serialNumber=PNOEE-38001085718' }] }, on);
    assert.equal(on.tokens.verify(done.token!)?.sub, 'PNOEE-38001085718');
  });

  for (const code of [101, 102, 103, 104, 107, 108, 109]) {
    it(`${code} is our configuration or request at fault: Erred, generic to the user, the code in the log`, async () => {
      const { done, on } = await run({ start: { fault: code, text: 'internal detail MARKER-c0de' } });
      assert.deepEqual([done.state, done.error_message, done.details], ['Erred', GENERIC_PROVIDER_ERROR, '']);
      const line = on.log.find((entry) => entry.event === 'provider_config_error');
      assert.equal(line?.status, code);
      assert.equal(line?.level, 'error');
      assert.ok(!JSON.stringify(done).includes('MARKER') && !JSON.stringify(on.log).includes('MARKER'));
    });
  }

  it('a wrong AP password and an unknown profile are refused by the MSSP itself (104, 109)', async () => {
    for (const [option, code] of [[{ apPwd: 'wrong' }, 104], [{ signatureProfile: 'http://other.test/profile' }, 109]] as const) {
      const { done, on } = await run({}, client(stand, { provider: option }));
      assert.deepEqual([done.state, done.error_message], ['Erred', GENERIC_PROVIDER_ERROR]);
      assert.ok(on.log.some((line) => line.event === 'provider_config_error' && line.status === code), `${code}`);
      assert.ok(!JSON.stringify(on.log).includes('wrong'), 'the password is not logged');
    }
  });

  it('900 INTERNAL_ERROR is retried with back-off, and a login that then succeeds is OK', async () => {
    const { done } = await run({ status: [{ status: 900 }, { fault: 900 }, { status: 502, identity: 'SERIALNUMBER=PNOLT-30303039914' }] });
    assert.equal(done.state, 'OK');
  });

  it('900 more often than allowed ends Erred', async () => {
    const { done, on } = await run({ status: [{ status: 900 }, { status: 900 }, { status: 900 }, { status: 900 }] }, client(stand, { provider: { maxInternalErrors: 3 } }));
    assert.deepEqual([done.state, done.error_message], ['Erred', MSSP_UNREACHABLE]);
    assert.ok(on.log.some((line) => line.event === 'mssp_internal_error' && line.times === 4));
  });

  it('an unknown code ends Erred and is logged', async () => {
    const { done, on } = await run({ status: [{ status: 777 }] });
    assert.deepEqual([done.state, done.error_message], ['Erred', GENERIC_PROVIDER_ERROR]);
    assert.ok(on.log.some((line) => line.event === 'mssp_unexpected_status' && line.status === 777));
  });

  it('504 keeps waiting: the login stays Processing through many outstanding answers', async () => {
    const outstanding: Step[] = Array.from({ length: 6 }, () => ({ status: 504 }));
    const { done, on } = await run({ status: [...outstanding, { status: 502, identity: 'SERIALNUMBER=PNOEE-38001085718' }] });
    assert.equal(done.state, 'OK');
    assert.ok(on.log.every((line) => line.level !== 'error'));
  });
});
