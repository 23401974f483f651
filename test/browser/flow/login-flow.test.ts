import { expect } from '@open-wc/testing';
import { ProtocolError } from '../../../src/api/errors.js';
import { LoginFlow } from '../../../src/flow/login-flow.js';
import type { FlowEvent, Phase } from '../../../src/flow/phases.js';
import { DEFAULT_POLICY } from '../../../src/flow/schedule.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

const PHONE = '+3725123456';

function setup(policy = {}) {
  const client = new ScriptedClient();
  const clock = new FakeClock();
  const events: FlowEvent[] = [];
  const flow = new LoginFlow({ client, clock, policy, listener: (e) => events.push(e), locale: () => 'et' });
  const phase = (): Phase => flow.state.phase;
  const outcomes = () => events.filter((e) => e.type !== 'change');
  return { client, clock, flow, events, phase, outcomes };
}

/** Starts a login and answers the start with `Scheduled`, leaving the first poll in flight. */
async function started(policy = {}) {
  const s = setup(policy);
  s.flow.start(PHONE);
  s.client.last('start').resolve(authResult());
  await flush();
  return s;
}

describe('LoginFlow', () => {
  describe('start', () => {
    it('sends the E.164 number and the locale, and shows the verification code', async () => {
      const { client, flow, phase } = setup();
      expect(flow.start(PHONE)).to.equal(true);
      expect(phase().name).to.equal('starting');
      expect(client.last('start').arg).to.equal(PHONE);
      expect(client.last('start').options.locale).to.equal('et');
      client.last('start').resolve(authResult({ message: '0427' }));
      await flush();
      expect(phase()).to.include({ name: 'message', code: '0427', state: 'Scheduled', trouble: false });
    });

    it('polls at once after the start, asking a long-polling server to hold the answer', async () => {
      const { client } = await started();
      expect(client.of('result')).to.have.length(1);
      expect(client.last('result').arg).to.equal('0123456789abcdef0123456789abcdef');
      expect(client.last('result').options.wait).to.equal(DEFAULT_POLICY.wait);
    });

    it('starts only once for a double click', async () => {
      const { client, flow } = setup();
      expect(flow.start(PHONE)).to.equal(true);
      expect(flow.start(PHONE)).to.equal(false);
      expect(client.of('start')).to.have.length(1);
    });

    it('keeps the user at the phone field with the server text on 400', async () => {
      const { client, flow, phase } = setup();
      flow.start(PHONE);
      client.last('start').reject(new ProtocolError('invalid', 400, { phone: ['Ensure this field has no more than 30 characters.'] }));
      await flush();
      expect(phase()).to.deep.equal({
        name: 'enter-phone',
        problem: { kind: 'invalid', message: 'Ensure this field has no more than 30 characters.' },
      });
      expect(flow.state.phone).to.equal(PHONE);
    });

    it('blocks new starts for Retry-After seconds on 429, then allows them again', async () => {
      const { client, clock, flow, phase } = setup();
      flow.start(PHONE);
      client.last('start').reject(new ProtocolError('rate-limited', 429, {}, 20));
      await flush();
      expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'rate-limited', seconds: 20, until: 20_000 } });
      expect(flow.start(PHONE)).to.equal(false);
      await clock.advance(19_999);
      expect(flow.start(PHONE)).to.equal(false);
      await clock.advance(1);
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
      expect(flow.start(PHONE)).to.equal(true);
      expect(client.of('start')).to.have.length(2);
    });

    it('fails for good on 401 (login method disabled)', async () => {
      const { client, flow, phase, outcomes } = setup();
      flow.start(PHONE);
      client.last('start').reject(new ProtocolError('unauthorized', 401, { detail: 'Authentication method is disabled.' }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'method_disabled', resumable: false, resendable: false });
      expect(outcomes()).to.deep.equal([{ type: 'failure', reason: 'method_disabled' }]);
    });

    for (const kind of ['server', 'network', 'timeout', 'bad-response'] as const) {
      it(`offers another try, keeping the number, after a ${kind} failure`, async () => {
        const { client, clock, flow, phase } = setup();
        flow.start(PHONE);
        client.last('start').reject(new ProtocolError(kind, kind === 'server' ? 502 : 0));
        await flush();
        expect(phase()).to.deep.equal({ name: 'enter-phone', problem: { kind: 'unreachable' } });
        expect(flow.state.phone).to.equal(PHONE);
        // Nothing is retried behind the user's back: a start may send an SMS or ring a phone.
        await clock.advance(60_000);
        expect(client.of('start')).to.have.length(1);
        expect(flow.start(PHONE)).to.equal(true);
      });
    }
  });

  describe('final states', () => {
    it('fires success with the token, then holds no token', async () => {
      const { client, flow, phase, outcomes } = await started();
      client.last('result').resolve(authResult({ state: 'OK', token: 'tok-123' }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'success', uuid: '0123456789abcdef0123456789abcdef' });
      expect(outcomes()).to.deep.equal([
        { type: 'success', token: 'tok-123', uuid: '0123456789abcdef0123456789abcdef', phone: PHONE },
      ]);
      expect(JSON.stringify(flow.state)).not.to.contain('tok-123');
    });

    it('treats OK without a token as a server error', async () => {
      const { client, phase } = await started();
      client.last('result').resolve(authResult({ state: 'OK', token: null }));
      await flush();
      expect(phase()).to.include({ name: 'failed', reason: 'server_error' });
    });

    const canceled: [string, Partial<ReturnType<typeof authResult>>, string][] = [
      ['Waldur: not registered', { details: 'User is not registered.' }, 'not_registered'],
      ['Waldur: user cancel', { details: 'User cancel.' }, 'user_cancel'],
      ['Waldur: unknown details', { details: 'Fault 105' }, 'canceled'],
      ['extension reason wins', { details: 'whatever', reason: 'timeout' }, 'timeout'],
      ['unknown extension reason', { details: '', reason: 'martians' }, 'canceled'],
    ];
    for (const [name, fields, reason] of canceled) {
      it(`names the cause of Canceled (${name})`, async () => {
        const { client, phase, outcomes } = await started();
        client.last('result').resolve(authResult({ state: 'Canceled', ...fields }));
        await flush();
        expect(phase()).to.deep.equal({ name: 'failed', reason, resumable: false, resendable: false });
        expect(outcomes()[0]).to.include({ type: 'failure', reason });
      });
    }

    it('reports Erred as a server error, passing error_message to the integrator only', async () => {
      const { client, phase, outcomes } = await started();
      client.last('result').resolve(authResult({ state: 'Erred', error_message: 'SOAP fault: boom' }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'server_error', resumable: false, resendable: false });
      expect(outcomes()[0]).to.include({ reason: 'server_error', serverMessage: 'SOAP fault: boom' });
    });

    it('stops polling at a final state', async () => {
      const { client, clock } = await started();
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User cancel.' }));
      await flush();
      await clock.advance(60_000);
      expect(client.of('result')).to.have.length(1);
      expect(clock.pending).to.equal(0);
    });
  });

  describe('polling', () => {
    it('polls about every 2 s, slowly growing, against a server that answers at once', async () => {
      const { client, clock } = await started();
      const gaps: number[] = [];
      for (let i = 0; i < 6; i++) {
        client.last('result').resolve(authResult({ state: 'Processing' }));
        await flush();
        gaps.push(clock.nextIn!);
        await clock.advance(clock.nextIn!);
      }
      // The state changed on the first answer (news): ask again at once; then 2 s growing by 10 %.
      expect(gaps).to.deep.equal([0, 2000, 2200, 2420, 2662, 2928]);
    });

    it('spreads the interval with jitter', async () => {
      const { client, clock } = await started();
      clock.randomValue = 0;
      client.last('result').resolve(authResult()); // unchanged: regular schedule
      await flush();
      expect(clock.nextIn).to.equal(1800);
    });

    it('honours poll_after', async () => {
      const { client, clock } = await started();
      client.last('result').resolve(authResult({ state: 'Processing', poll_after: 7 }));
      await flush();
      expect(clock.nextIn).to.equal(7000);
    });

    it('polls again at once after an answer the server held', async () => {
      const { client, clock } = await started();
      await clock.advance(25_000); // the server held the request for its whole wait
      client.last('result').resolve(authResult());
      await flush();
      expect(clock.nextIn).to.equal(0);
    });

    it('never has two requests in flight', async () => {
      const { client, clock } = await started();
      for (let i = 0; i < 5; i++) {
        expect(client.inFlight).to.equal(1);
        await clock.advance(30_000);
        expect(client.inFlight).to.equal(1);
        client.last('result').resolve(authResult());
        await flush();
        expect(client.inFlight).to.equal(0);
        await clock.advance(clock.nextIn!);
      }
    });

    it('waits Retry-After on 429, then continues the same login', async () => {
      const { client, clock, phase } = await started();
      client.last('result').reject(new ProtocolError('rate-limited', 429, {}, 12));
      await flush();
      expect(clock.nextIn).to.equal(12_000);
      expect(phase()).to.include({ name: 'message', trouble: false });
      await clock.advance(12_000);
      expect(client.of('result')).to.have.length(2);
    });

    it('ends with "login gone" on 404', async () => {
      const { client, phase } = await started();
      client.last('result').reject(new ProtocolError('not-found', 404, { detail: 'Not found.' }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'login_gone', resumable: false, resendable: false });
    });

    it('ends with "method disabled" on 401', async () => {
      const { client, phase } = await started();
      client.last('result').reject(new ProtocolError('unauthorized', 401));
      await flush();
      expect(phase()).to.include({ reason: 'method_disabled' });
    });

    it('retries transient failures with growing, jittered backoff, keeping the login', async () => {
      const { client, clock, phase } = await started();
      clock.randomValue = 1;
      const delays: number[] = [];
      const kinds = ['server', 'network', 'timeout', 'bad-response', 'server', 'server', 'server'] as const;
      for (const kind of kinds) {
        client.last('result').reject(new ProtocolError(kind));
        await flush();
        expect(phase()).to.include({ name: 'message', trouble: true });
        delays.push(clock.nextIn!);
        await clock.advance(clock.nextIn!);
      }
      expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000]);
      // One good answer clears the trouble and the login goes on.
      client.last('result').resolve(authResult({ state: 'OK', token: 't' }));
      await flush();
      expect(phase().name).to.equal('success');
    });

    it('backs off at least half the ceiling even with the lowest jitter', async () => {
      const { client, clock } = await started();
      clock.randomValue = 0;
      client.last('result').reject(new ProtocolError('network'));
      await flush();
      expect(clock.nextIn).to.equal(500);
    });

    it('gives up after a bounded time of failures, and "try again" resumes the same login', async () => {
      const { client, clock, flow, phase, outcomes } = await started({ giveUpAfter: 60_000 });
      while (phase().name === 'message') {
        client.last('result').reject(new ProtocolError('network'));
        await flush();
        if (clock.nextIn !== undefined && phase().name === 'message') await clock.advance(clock.nextIn);
      }
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'unreachable', resumable: true, resendable: false });
      expect(clock.time).to.be.at.least(60_000).and.below(100_000);
      expect(outcomes()).to.deep.equal([{ type: 'failure', reason: 'unreachable', uuid: '0123456789abcdef0123456789abcdef' }]);
      const polls = client.of('result').length;
      flow.retry();
      expect(phase()).to.include({ name: 'message', code: '0427' });
      expect(client.of('result')).to.have.length(polls + 1);
      expect(client.of('start')).to.have.length(1);
      client.last('result').resolve(authResult({ state: 'OK', token: 't' }));
      await flush();
      expect(phase().name).to.equal('success');
    });

    it('stops after the total time limit and tells the server to cancel', async () => {
      const { client, clock, phase, outcomes } = await started({ timeLimit: 60_000 });
      for (let i = 0; i < 100 && phase().name === 'message'; i++) {
        if (client.inFlight) client.last('result').resolve(authResult());
        await flush();
        await clock.advance(Math.min(clock.nextIn ?? 1000, 1000));
      }
      expect(phase()).to.deep.equal({ name: 'failed', reason: 'time_limit', resumable: false, resendable: false });
      expect(clock.time).to.be.within(60_000, 61_000);
      expect(client.inFlight).to.equal(0);
      expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
      expect(outcomes()[0]).to.include({ reason: 'time_limit' });
    });
  });

  describe('cancel and cleanup', () => {
    it('cancel aborts the poll, tells the server, and returns to the phone form', async () => {
      const { client, clock, flow, phase, outcomes } = await started();
      flow.cancel();
      expect(client.last('result').aborted).to.equal(true);
      expect(client.last('cancel').arg).to.equal('0123456789abcdef0123456789abcdef');
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
      expect(flow.state.phone).to.equal(PHONE);
      expect(outcomes()).to.deep.equal([{ type: 'cancel', uuid: '0123456789abcdef0123456789abcdef' }]);
      await clock.advance(60_000);
      expect(client.of('result')).to.have.length(1);
    });

    it('ignores a server without cancel/', async () => {
      const { client, flow, phase } = await started();
      flow.cancel();
      client.last('cancel').reject(new ProtocolError('rejected', 405));
      await flush();
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
    });

    it('pause aborts every request and timer; resume polls the same login again', async () => {
      const { client, clock, flow, phase } = await started();
      flow.pause();
      expect(client.last('result').aborted).to.equal(true);
      expect(clock.pending).to.equal(0);
      expect(client.inFlight).to.equal(0);
      flow.resume();
      expect(client.of('result')).to.have.length(2);
      client.last('result').resolve(authResult({ state: 'OK', token: 't' }));
      await flush();
      expect(phase().name).to.equal('success');
    });

    it('pause while starting returns to the phone form and ignores a late answer', async () => {
      const { client, clock, flow, phase } = setup();
      flow.start(PHONE);
      const start = client.last('start');
      flow.pause();
      expect(start.aborted).to.equal(true);
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
      await clock.advance(10_000);
      expect(clock.pending).to.equal(0);
    });

    it('ignores an answer that arrives after its request was abandoned', async () => {
      const { client, flow, phase } = await started();
      const poll = client.last('result');
      flow.cancel();
      poll.resolve(authResult({ state: 'OK', token: 'late' }));
      await flush();
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
    });

    it('reset after a failure returns to the phone form with the number kept', async () => {
      const { client, flow, phase } = await started();
      client.last('result').resolve(authResult({ state: 'Canceled', details: 'User cancel.' }));
      await flush();
      flow.retry();
      expect(phase()).to.deep.equal({ name: 'enter-phone' });
      expect(flow.state.phone).to.equal(PHONE);
    });
  });
});
