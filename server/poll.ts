import { readBody } from './body.js';
import type { HeldPolls } from './held-polls.js';
import type { Logins } from './logins.js';
import { FINAL_STATES, type ChallengeProvider, type LoginRecord, type LoginStore } from './types.js';
import { parseUuid, parseWait } from './validate.js';
import { toAuthResult } from './wire.js';

/** What a poll needs from the handler. */
export interface PollContext {
  readonly store: LoginStore;
  readonly provider: ChallengeProvider;
  readonly logins: Logins;
  readonly held: HeldPolls;
  readonly maxBodyBytes: number;
  /** Longest hold, in seconds. */
  readonly maxWait: number;
  /** Milliseconds after OK during which the token is still handed out. */
  readonly readableMs: number;
  now(): number;
  /** True once the server is shutting down: nothing is held any more. */
  draining(): boolean;
}

/**
 * `POST {base}result/`: a poll, or a code to check. A code is judged at once; a poll may be held
 * up to `wait` seconds until the login changes (on any instance), while the provider gets its
 * turns (e.g. asking the MSSP). Undefined when the login is unknown (404).
 */
export async function pollLogin(context: PollContext, request: Request, client?: string): Promise<LoginRecord | undefined> {
  const { store, provider, logins } = context;
  const body = await readBody(request, context.maxBodyBytes);
  const data = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const uuid = parseUuid(data.uuid);
  let record = uuid === undefined ? undefined : await store.get(uuid);
  if (!record) return undefined;
  // An answer (a code) never waits, so a verify cannot hang for `wait` seconds.
  const answered = data.pin !== undefined;
  if (answered && provider.respond) {
    await provider.respond(logins.handle(record, client === undefined ? {} : { client }), data);
    record = await store.get(record.uuid);
    if (!record) return undefined;
  }
  let dueMs: number | undefined;
  ({ record, dueMs } = await advance(context, record));
  const waitMs = answered || context.draining() ? 0 : parseWait(data.wait, context.maxWait) * 1000;
  if (record && waitMs > 0 && !FINAL_STATES.has(record.state)) {
    const give = context.held.take(record.uuid);
    // Beyond the caps the poll is answered now: the client asks again, nobody is locked out.
    if (give) {
      try {
        ({ record } = await hold(context, record, dueMs, context.now() + waitMs, request.signal));
      } finally {
        give();
      }
    }
  }
  return record ? expireToken(context, record) : undefined;
}

/**
 * Waits until the answer would change (a change made on any instance), or the provider's next
 * turn, until `deadline`. A change the client cannot see (a provider's own bookkeeping, like
 * spending a code that is about to log in) keeps it waiting, so it is not asked back for nothing.
 */
async function hold(context: PollContext, start: LoginRecord, firstDue: number | undefined, deadline: number, signal: AbortSignal) {
  let record: LoginRecord | undefined = start;
  let dueMs = firstDue;
  const seen = await visible(context, start);
  while (record && !FINAL_STATES.has(record.state) && context.now() < deadline && !signal.aborted && !context.draining()) {
    const version = record.version;
    // A provider asking for a turn at once (another instance holds its lease) still waits a little.
    const turn = dueMs === undefined ? Infinity : Math.max(dueMs, 50);
    record = await context.store.waitForChange(record.uuid, version, Math.min(deadline - context.now(), turn), signal);
    if (!record) break;
    if (record.version !== version && (await visible(context, record)) !== seen) break;
    ({ record, dueMs } = await advance(context, record));
  }
  return { record };
}

/** The answer a client would get for `record`, as text, for telling a visible change from bookkeeping. */
async function visible(context: PollContext, record: LoginRecord): Promise<string> {
  const extensions = await context.provider.describe?.(record, context.now());
  // expires_in counts down by itself: not a change worth an answer.
  const { expires_in: _ignored, ...rest } = toAuthResult(record, extensions);
  return JSON.stringify(rest);
}

/** Lets the provider do what is due; returns the fresh record and when it next wants a turn. */
async function advance(context: PollContext, record: LoginRecord): Promise<{ record: LoginRecord | undefined; dueMs?: number }> {
  const { provider, store, logins } = context;
  if (!provider.advance || FINAL_STATES.has(record.state)) return { record };
  const dueMs = await provider.advance(logins.handle(record), record);
  return { record: await store.get(record.uuid), ...(dueMs === undefined ? {} : { dueMs }) };
}

/** Whether `record`'s token may be shown now: always before OK, within the reading window after it. */
export function tokenReadable(record: LoginRecord, now: number, readableMs: number): boolean {
  return record.state !== 'OK' || now - (record.finishedAt ?? record.modifiedAt) < readableMs;
}

/** The record with its token dropped once the reading window after OK has passed. */
async function expireToken(context: PollContext, record: LoginRecord): Promise<LoginRecord | undefined> {
  if (record.token === null || tokenReadable(record, context.now(), context.readableMs)) return record;
  return context.store.update(record.uuid, (current) => (current.token === null ? undefined : { token: null }));
}
