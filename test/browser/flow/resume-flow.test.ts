import { expect } from '@open-wc/testing';
import { ProtocolError } from '../../../src/api/errors.js';
import { LoginFlow } from '../../../src/flow/login-flow.js';
import type { FlowEvent } from '../../../src/flow/phases.js';
import type { ResumableLogin } from '../../../src/flow/saved-login.js';
import { FakeClock, flush } from '../helpers/fake-clock.js';
import { ScriptedClient, authResult } from '../helpers/scripted-client.js';

const UUID = 'cccccccccccccccccccccccccccccccc';

function setup() {
  const client = new ScriptedClient();
  const clock = new FakeClock();
  const events: FlowEvent[] = [];
  const flow = new LoginFlow({ client, clock, listener: (e) => events.push(e) });
  return { client, clock, events, flow };
}

const message: ResumableLogin = { uuid: UUID, step: 'message', startedAt: 0, code: '0427', state: 'Scheduled' };
const sms: ResumableLogin = {
  uuid: UUID,
  step: 'pin',
  startedAt: 0,
  code: '',
  state: 'Processing',
  pin: { uuid: UUID, length: 6, type: 'numeric', expiresAt: 300_000 },
};

describe('LoginFlow taking up a saved login', () => {
  it('hands out the login under way, and nothing on the phone form or after it ends', async () => {
    const { client, flow } = setup();
    expect(flow.resumable()).to.equal(undefined);
    flow.start('+3725123456');
    client.last('start').resolve(authResult({ uuid: UUID, message: '0427' }));
    await flush();
    expect(flow.resumable()).to.deep.equal(message);
    client.last('result').resolve(authResult({ uuid: UUID, state: 'OK', token: 't' }));
    await flush();
    expect(flow.resumable()).to.equal(undefined);
  });

  it('Mobile ID: shows the code with no number and polls the same uuid at once', () => {
    const { client, flow } = setup();
    expect(flow.restore(message)).to.equal(true);
    expect(flow.state).to.deep.equal({ phase: { name: 'message', uuid: UUID, code: '0427', state: 'Scheduled', trouble: false }, phone: '' });
    expect(client.last('result').arg).to.equal(UUID);
    expect(client.of('start')).to.have.length(0);
  });

  it('SMS: shows the code step, keeps its expiry, and expires on time', async () => {
    const { clock, events, flow } = setup();
    flow.restore(sms);
    expect(flow.state.phase).to.deep.include({ name: 'pin', challenge: sms.pin });
    await clock.advance(300_000);
    expect(flow.state.phase).to.deep.include({ name: 'failed', reason: 'expired' });
    expect(events.at(-1)).to.deep.include({ type: 'failure', reason: 'expired' });
  });

  it('returns to the phone form, with no failure, when the server no longer knows the uuid', async () => {
    const { client, events, flow } = setup();
    flow.restore(message);
    client.last('result').reject(new ProtocolError('not-found', 404));
    await flush();
    expect(flow.state.phase).to.deep.equal({ name: 'enter-phone' });
    expect(events.filter((e) => e.type !== 'change')).to.deep.equal([]);
  });

  it('asks for the number again instead of resending to an unknown one, and cancels the old code', () => {
    const { client, flow } = setup();
    flow.restore(sms);
    expect(flow.resend()).to.equal(true);
    expect(flow.state.phase).to.deep.equal({ name: 'enter-phone' });
    expect(client.of('start')).to.have.length(0);
    expect(client.last('cancel').arg).to.equal(UUID);
  });

  it('refuses to take one up while a login is under way', () => {
    const { flow } = setup();
    flow.start('+3725123456');
    expect(flow.restore(message)).to.equal(false);
  });
});
