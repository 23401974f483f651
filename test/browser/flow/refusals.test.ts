import { expect } from '@open-wc/testing';
import { ProtocolError } from '../../../src/api/errors.js';
import type { ServerReason } from '../../../src/api/types.js';
import { LoginFlow } from '../../../src/flow/login-flow.js';
import type { FlowEvent, Phase } from '../../../src/flow/phases.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

const PHONE = '+3725123456';

/** A flow whose start the test answers with `error`. */
async function refusedWith(error: ProtocolError) {
  const client = new ScriptedClient();
  const clock = new FakeClock();
  const events: FlowEvent[] = [];
  const flow = new LoginFlow({ client, clock, listener: (e) => events.push(e) });
  flow.start(PHONE);
  client.last('start').reject(error);
  await flush();
  const phase = (): Phase => flow.state.phase;
  const outcomes = () => events.filter((e) => e.type !== 'change');
  return { client, clock, flow, phase, outcomes };
}

describe('LoginFlow, refusals a server words with a code', () => {
  it('ends with access_denied on 401 access_token_invalid', async () => {
    const { phase, outcomes } = await refusedWith(
      new ProtocolError('unauthorized', 401, { detail: 'This login page has expired.', code: 'access_token_invalid' }),
    );
    expect(phase()).to.deep.equal({ name: 'failed', reason: 'access_denied', resumable: false, resendable: false });
    expect(outcomes()).to.deep.equal([{ type: 'failure', reason: 'access_denied' }]);
  });

  it('still ends with method_disabled on a 401 without that code (plain Waldur)', async () => {
    for (const body of [{ detail: 'Authentication method is disabled.' }, { detail: 'x', code: 'something_else' }]) {
      const { phase } = await refusedWith(new ProtocolError('unauthorized', 401, body));
      expect(phase()).to.include({ name: 'failed', reason: 'method_disabled' });
    }
  });

  it('keeps the user at the phone field on 403 access_token_phone_mismatch', async () => {
    const { flow, phase } = await refusedWith(
      new ProtocolError('rejected', 403, { detail: 'This page may only log in the number it was opened for.', code: 'access_token_phone_mismatch' }),
    );
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'refused', why: 'phone-mismatch' } });
    expect(flow.state.phone).to.equal(PHONE);
    expect(flow.start(PHONE)).to.equal(true, 'the user may try again');
  });

  it('treats a 403 without the code as before: the service could not be used', async () => {
    const { phase } = await refusedWith(new ProtocolError('rejected', 403, { detail: 'Forbidden' }));
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'unreachable' } });
  });

  it('words a 400 country_not_allowed itself instead of showing the server text', async () => {
    const { phase } = await refusedWith(
      new ProtocolError('invalid', 400, { phone: ['Numbers of this country are not served.'], code: 'country_not_allowed' }),
    );
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'refused', why: 'country-not-allowed' } });
  });

  it('keeps the server text of a 400 with an unknown code', async () => {
    const { phase } = await refusedWith(new ProtocolError('invalid', 400, { phone: ['Not served.'], code: 'martians' }));
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'invalid', message: 'Not served.' } });
  });

  it('marks a 429 sms_budget and blocks new starts for its Retry-After like any 429', async () => {
    const { clock, flow, phase } = await refusedWith(
      new ProtocolError('rate-limited', 429, { detail: 'SMS budget spent.', code: 'sms_budget' }, 600),
    );
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'rate-limited', seconds: 600, until: 600_000, smsBudget: true } });
    expect(flow.start(PHONE)).to.equal(false);
    await clock.advance(600_000);
    expect(phase()).to.deep.equal({ name: 'enter-phone' });
    expect(flow.start(PHONE)).to.equal(true);
  });

  it('leaves a 429 with another code the plain rate limit', async () => {
    const { phase } = await refusedWith(new ProtocolError('rate-limited', 429, { code: 'martians' }, 20));
    expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'rate-limited', seconds: 20, until: 20_000 } });
  });

  it('marks a resend refused for the SMS budget, keeping the old code', async () => {
    const client = new ScriptedClient();
    const clock = new FakeClock();
    const flow = new LoginFlow({ client, clock, listener: () => undefined });
    flow.start(PHONE);
    client.last('start').resolve(authResult({ challenge: 'pin', message: '', state: 'Processing', resend_in: 0, expires_in: 300 }));
    await flush();
    expect(flow.resend()).to.equal(true);
    client.last('start').reject(new ProtocolError('rate-limited', 429, { code: 'sms_budget' }, 3600));
    await flush();
    expect(flow.state.phase).to.deep.include({ name: 'pin', notice: { kind: 'rate-limited', seconds: 3600, smsBudget: true } });
    expect(flow.verify('123456')).to.equal(true);
  });
});

describe('LoginFlow, Mobile ID reasons of a Valimo MSSP', () => {
  const reasons: ServerReason[] = [
    'not_mobile_id_user',
    'phone_unreachable',
    'pin_blocked',
    'card_blocked',
    'no_certificate',
    'certificate_revoked',
    'invalid_signature',
  ];
  for (const reason of reasons) {
    it(`ends with the server's reason ${reason}`, async () => {
      const client = new ScriptedClient();
      const events: FlowEvent[] = [];
      const flow = new LoginFlow({ client, clock: new FakeClock(), listener: (e) => events.push(e) });
      flow.start(PHONE);
      client.last('start').resolve(authResult());
      await flush();
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'Fault from the MSSP.', reason }));
      await flush();
      expect(flow.state.phase).to.deep.equal({ name: 'failed', reason, resumable: false, resendable: false });
      expect(events.at(-1)).to.deep.include({ type: 'failure', reason, details: 'Fault from the MSSP.' });
    });
  }
});
