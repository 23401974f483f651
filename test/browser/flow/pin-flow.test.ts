import { expect } from '@open-wc/testing';
import { ProtocolError } from '../../../src/api/errors.js';
import type { AuthResult } from '../../../src/api/types.js';
import { LoginFlow } from '../../../src/flow/login-flow.js';
import type { FlowEvent, Phase } from '../../../src/flow/phases.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

const PHONE = '+3725123456';
const FIRST = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SECOND = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

function pinResult(overrides: Partial<AuthResult> = {}): AuthResult {
  return authResult({
    uuid: FIRST,
    message: '',
    state: 'Processing',
    challenge: 'pin',
    pin_length: 6,
    pin_type: 'numeric',
    expires_in: 300,
    attempts_left: 3,
    resend_in: 30,
    ...overrides,
  });
}

/** A flow on the code step of a login whose start answered `fields`. */
async function onCodeStep(fields: Partial<AuthResult> = {}) {
  const client = new ScriptedClient();
  const clock = new FakeClock();
  clock.time = 1000;
  const events: FlowEvent[] = [];
  const flow = new LoginFlow({ client, clock, listener: (e) => events.push(e) });
  flow.start(PHONE);
  client.last('start').resolve(pinResult(fields));
  await flush();
  const phase = () => flow.state.phase as Phase & Record<string, unknown>;
  return { client, clock, flow, events, phase };
}

describe('LoginFlow, pin challenge', () => {
  it('shows the code step with the server facts, counted from the answer, and does not poll', async () => {
    const { client, phase } = await onCodeStep();
    expect(phase()).to.deep.equal({
      name: 'pin',
      challenge: { uuid: FIRST, length: 6, type: 'numeric', expiresAt: 301_000, attemptsLeft: 3, resendAt: 31_000 },
      notice: { kind: 'sent', minutes: 5 },
      expiringSoon: false,
      resending: false,
    });
    expect(client.of('result')).to.have.length(0);
  });

  it('defaults to 6 digits when the server does not say, and never takes a bad length', async () => {
    const { phase } = await onCodeStep({ pin_length: 42, pin_type: undefined, expires_in: undefined, resend_in: undefined, attempts_left: undefined });
    expect(phase()).to.deep.include({ challenge: { uuid: FIRST, length: 6, type: 'numeric' } });
  });

  it('sends the code as a string, without wait, and succeeds on OK', async () => {
    const { client, flow, events, phase } = await onCodeStep();
    expect(flow.verify('012345')).to.equal(true);
    expect(phase().name).to.equal('verifying');
    expect(client.last('result').arg).to.equal(FIRST);
    expect(client.last('result').options).to.include({ pin: '012345' });
    expect(client.last('result').options.wait).to.equal(undefined);
    client.last('result').resolve(pinResult({ state: 'OK', token: 'tok' }));
    await flush();
    expect(phase().name).to.equal('success');
    expect(events.filter((e) => e.type === 'success')).to.have.length(1);
  });

  it('checks one code at a time', async () => {
    const { client, flow } = await onCodeStep();
    flow.verify('111111');
    expect(flow.verify('111111')).to.equal(false);
    expect(client.of('result')).to.have.length(1);
  });

  it('says "wrong code, N attempts left" and keeps the login', async () => {
    const { client, flow, phase } = await onCodeStep();
    flow.verify('111111');
    client.last('result').reject(new ProtocolError('invalid', 400, { pin: ['Wrong code.'], attempts_left: 2 }));
    await flush();
    expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'wrong', attemptsLeft: 2 } });
    expect((phase().challenge as { attemptsLeft: number }).attemptsLeft).to.equal(2);
    expect(flow.verify('222222')).to.equal(true);
    expect(client.last('result').arg).to.equal(FIRST);
  });

  it('ends with a used-up code after the last attempt, and "try again" sends a new code to the same number', async () => {
    const { client, clock, flow, phase, events } = await onCodeStep();
    flow.verify('111111');
    client.last('result').reject(new ProtocolError('invalid', 400, { pin: ['Wrong code.'], attempts_left: 0 }));
    await flush();
    // The start's resend_in (30 s) still runs: "try again" waits for it instead of earning a 429.
    expect(phase()).to.deep.equal({ name: 'failed', reason: 'too_many_attempts', resumable: false, resendable: true, resendAt: 31_000 });
    expect(events.at(-1)).to.deep.equal({ type: 'failure', reason: 'too_many_attempts', uuid: FIRST });
    flow.retry();
    expect(client.of('start')).to.have.length(1);
    await clock.advance(30_000);
    flow.retry();
    expect(client.of('start').map((c) => c.arg)).to.deep.equal([PHONE, PHONE]);
  });

  it('takes a 200 answer still pending after a code as a wrong code, counting the attempts down', async () => {
    const { client, flow, phase } = await onCodeStep();
    for (const [state, left] of [['Processing', 2], ['Scheduled', 1]] as const) {
      flow.verify('111111');
      client.last('result').resolve(pinResult({ state, attempts_left: left }));
      await flush();
      expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'wrong', attemptsLeft: left } });
      expect((phase().challenge as { attemptsLeft: number }).attemptsLeft).to.equal(left);
    }
    expect(flow.verify('222222')).to.equal(true);
    expect(client.last('result').arg).to.equal(FIRST);
  });

  it('says "wrong code" without a count when a pending 200 gives no attempts_left', async () => {
    const { client, flow, phase } = await onCodeStep();
    flow.verify('111111');
    client.last('result').resolve(pinResult({ attempts_left: undefined }));
    await flush();
    expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'wrong', attemptsLeft: undefined } });
    expect((phase().challenge as { attemptsLeft: number }).attemptsLeft).to.equal(3, 'the last count is kept');
  });

  it('ends with a used-up code when a pending 200 says no attempts are left', async () => {
    for (const left of [0, -1]) {
      const { client, flow, phase, events } = await onCodeStep();
      flow.verify('111111');
      client.last('result').resolve(pinResult({ attempts_left: left }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'too_many_attempts', resumable: false, resendable: true, resendAt: 31_000 });
      expect(events.at(-1)).to.deep.equal({ type: 'failure', reason: 'too_many_attempts', uuid: FIRST });
    }
  });

  it('takes a Canceled/too_many_attempts answer the same way', async () => {
    const { client, flow, phase } = await onCodeStep();
    flow.verify('111111');
    client.last('result').resolve(pinResult({ state: 'Canceled', reason: 'too_many_attempts', details: 'Too many wrong codes.' }));
    await flush();
    expect(phase()).to.include({ name: 'failed', reason: 'too_many_attempts', resendable: true });
  });

  it('announces the last minute once, then expires the code on time and offers a new one', async () => {
    const { clock, phase } = await onCodeStep();
    await clock.advance(239_999);
    expect(phase().expiringSoon).to.equal(false);
    await clock.advance(1);
    expect(phase()).to.include({ name: 'pin', expiringSoon: true });
    await clock.advance(59_999);
    expect(phase().name).to.equal('pin');
    await clock.advance(1);
    expect(phase()).to.deep.equal({ name: 'failed', reason: 'expired', resumable: false, resendable: true, resendAt: 31_000 });
  });

  it('waits out a 429 on verify before checking again', async () => {
    const { client, clock, flow, phase } = await onCodeStep();
    flow.verify('111111');
    client.last('result').reject(new ProtocolError('rate-limited', 429, {}, 10));
    await flush();
    expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'rate-limited', seconds: 10 } });
    expect(flow.verify('111111')).to.equal(false);
    await clock.advance(10_000);
    expect(phase().notice).to.equal(undefined);
    expect(flow.verify('111111')).to.equal(true);
  });

  for (const kind of ['server', 'network', 'timeout', 'bad-response'] as const) {
    it(`keeps the login when a check fails (${kind}), for another try`, async () => {
      const { client, flow, phase } = await onCodeStep();
      flow.verify('111111');
      client.last('result').reject(new ProtocolError(kind));
      await flush();
      expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'unreachable' } });
      expect(flow.verify('111111')).to.equal(true);
      expect(client.last('result').arg).to.equal(FIRST);
    });
  }

  it('ends on 404 (login gone) and 401 (method disabled) during a check', async () => {
    for (const [error, reason] of [
      [new ProtocolError('not-found', 404), 'login_gone'],
      [new ProtocolError('unauthorized', 401), 'method_disabled'],
    ] as const) {
      const { client, flow, phase } = await onCodeStep();
      flow.verify('111111');
      client.last('result').reject(error);
      await flush();
      expect(phase()).to.include({ name: 'failed', reason, resendable: false });
    }
  });

  describe('resend', () => {
    it('is refused during the server cooldown', async () => {
      const { client, clock, flow } = await onCodeStep();
      expect(flow.resend()).to.equal(false);
      await clock.advance(29_999);
      expect(flow.resend()).to.equal(false);
      expect(client.of('start')).to.have.length(1);
    });

    it('after the cooldown starts again for the same number, retires the old login and times the new code', async () => {
      const { client, clock, flow, phase } = await onCodeStep();
      await clock.advance(30_000);
      expect(flow.resend()).to.equal(true);
      expect(phase()).to.include({ name: 'pin', resending: true });
      expect(client.last('start').arg).to.equal(PHONE);
      client.last('start').resolve(pinResult({ uuid: SECOND, expires_in: 120 }));
      await flush();
      expect(client.last('cancel').arg).to.equal(FIRST);
      expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'sent', minutes: 2 }, resending: false });
      expect((phase().challenge as { uuid: string }).uuid).to.equal(SECOND);
      // The first code's expiry (at 301 s) no longer applies; the new one's (at 151 s) does.
      await clock.advance(119_999);
      expect(phase().name).to.equal('pin');
      await clock.advance(1);
      expect(phase()).to.include({ name: 'failed', reason: 'expired' });
    });

    it('keeps the old code when the server refuses with 429, and shows the new wait', async () => {
      const { client, clock, flow, phase } = await onCodeStep();
      await clock.advance(30_000);
      flow.resend();
      client.last('start').reject(new ProtocolError('rate-limited', 429, {}, 45));
      await flush();
      expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'rate-limited', seconds: 45 }, resending: false });
      expect((phase().challenge as { resendAt: number }).resendAt).to.equal(76_000);
      expect(flow.resend()).to.equal(false);
      expect(flow.verify('123456')).to.equal(true);
      expect(client.last('result').arg).to.equal(FIRST);
    });

    it('keeps the old code when the network fails', async () => {
      const { client, clock, flow, phase } = await onCodeStep();
      await clock.advance(30_000);
      flow.resend();
      client.last('start').reject(new ProtocolError('network'));
      await flush();
      expect(phase()).to.deep.include({ name: 'pin', notice: { kind: 'unreachable' } });
      await clock.advance(200_000);
      expect(phase().name).to.equal('pin');
      await clock.advance(71_000);
      expect(phase()).to.include({ name: 'failed', reason: 'expired' });
    });
  });

  it('change number: cancels the login and returns to the phone form with the number', async () => {
    const { client, flow, phase, events } = await onCodeStep();
    flow.cancel();
    expect(phase()).to.deep.equal({ name: 'enter-phone' });
    expect(flow.state.phone).to.equal(PHONE);
    expect(client.last('cancel').arg).to.equal(FIRST);
    expect(events.at(-1)).to.deep.equal({ type: 'cancel', uuid: FIRST });
  });

  it('pause during a check aborts it and returns to the code step; resume re-arms the expiry', async () => {
    const { client, clock, flow, phase } = await onCodeStep();
    flow.verify('111111');
    flow.pause();
    expect(client.last('result').aborted).to.equal(true);
    expect(clock.pending).to.equal(0);
    expect(phase().name).to.equal('pin');
    flow.resume();
    await clock.advance(300_000);
    expect(phase()).to.include({ name: 'failed', reason: 'expired' });
  });
});
