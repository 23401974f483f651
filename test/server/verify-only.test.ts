import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ServerKeys } from '../../server/keys.js';
import { LocalOtpProvider } from '../../server/providers/local-otp.js';
import { SimulatedInbox } from '../../server/sms/simulated-inbox.js';
import { MemoryStore } from '../../server/store.js';
import type { LoginStore } from '../../server/types.js';
import { capturedLog, PHONE, setup } from './helpers.js';

const API_KEY = 'the-host-backends-api-key-0123456789';
const SECRET = 'a-server-secret-of-at-least-thirty-two-bytes';
/** The number in every form it could be written down in: E.164, without +, national. */
const FORMS = [PHONE, PHONE.slice(1), PHONE.slice(4)];

/** A store that keeps a copy of everything written to it, as a Redis dump would show it. */
function recordingStore(): { store: LoginStore; written: string[] } {
  const inner = new MemoryStore();
  const written: string[] = [];
  const store: LoginStore = {
    create: async (record) => {
      written.push(JSON.stringify(record));
      return inner.create(record);
    },
    get: (uuid) => inner.get(uuid),
    update: async (uuid, change) => {
      const next = await inner.update(uuid, change);
      written.push(JSON.stringify(next));
      return next;
    },
    delete: (uuid) => inner.delete(uuid),
    waitForChange: (...args) => inner.waitForChange(...args),
    claim: async (key, ttl) => {
      written.push(key);
      return inner.claim(key, ttl);
    },
    unclaim: (key) => inner.unclaim(key),
    ping: () => inner.ping(),
    drain: () => inner.drain(),
    close: () => inner.close(),
  };
  return { store, written };
}

describe('verify-only: the server keeps no phone number anywhere', () => {
  it('writes the number into no record, log line, answer, token or verify/ answer, for SMS codes and Mobile ID', async () => {
    const { log, text } = capturedLog();
    const { store, written } = recordingStore();
    const inbox = new SimulatedInbox();
    const keys = new ServerKeys(SECRET);
    const otp = new LocalOtpProvider({ sender: inbox, secret: keys.key('code') });
    const answers: string[] = [];
    const sms = setup({ provider: otp, keys, store, log, apiKey: API_KEY, verifyOnly: true, tokens: undefined });
    const mobileId = setup({ keys, store, log, apiKey: API_KEY, verifyOnly: true, tokens: undefined });
    const post = async (context: typeof sms, path: string, body: unknown, headers?: Record<string, string>) => {
      const response = await context.post(path, body, headers);
      const answer = await response.text();
      answers.push(answer, JSON.stringify([...response.headers]));
      return JSON.parse(answer) as Record<string, unknown>;
    };

    const started = await post(sms, '', { phone: PHONE });
    const code = /code is (\d+)/.exec(inbox.messages()[0]!.body)![1];
    const wrong = code === '000000' ? '111111' : '000000';
    await post(sms, 'result/', { uuid: started.uuid, pin: wrong });
    const smsOk = await post(sms, 'result/', { uuid: started.uuid, pin: code });
    assert.equal(smsOk.state, 'OK');
    const smsVerified = await post(sms, 'verify/', { token: smsOk.token }, { Authorization: `Bearer ${API_KEY}` });
    assert.equal(smsVerified.valid, true);
    assert.equal(smsVerified.subject, keys.phoneKey(PHONE), "the subject is the number's keyed hash, which the host can store");
    assert.equal(smsVerified.phone, undefined);

    const pending = await post(mobileId, '', { phone: PHONE });
    await mobileId.ringing(pending.uuid as string);
    await mobileId.simulator.approve(pending.uuid as string);
    const idOk = await post(mobileId, 'result/', { uuid: pending.uuid });
    assert.equal(idOk.state, 'OK');
    await post(mobileId, 'verify/', { token: idOk.token }, { Authorization: `Bearer ${API_KEY}` });

    const tokens = [smsOk.token, idOk.token].map((token) => Buffer.from(String(token).split('.')[0]!, 'base64url').toString());
    const everything = { store: written.join('\n'), log: text(), answers: answers.join('\n'), tokens: tokens.join('\n') };
    assert.ok(written.length > 5 && text().length > 100 && answers.length > 10, 'there is something to search');
    for (const [where, content] of Object.entries(everything)) {
      for (const form of FORMS) assert.ok(!content.includes(form), `${form} found in the ${where}`);
    }
    assert.equal(inbox.messages()[0]!.to, PHONE, 'the SMS itself still reaches the number');
  });
});
