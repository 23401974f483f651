import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { AccessTokens } from './access-tokens.js';
import type { Admission, Ticket } from './admission.js';
import { readBody } from './body.js';
import { ProtocolError } from './errors.js';
import { bearer } from './host-api.js';
import { loginLabel, type Logger } from './log.js';
import type { Logins } from './logins.js';
import type { ChallengeProvider, LoginRecord, StartRequest } from './types.js';
import { validateStart } from './validate.js';

/** What a start needs from the handler. */
export interface StartContext {
  readonly logins: Logins;
  readonly provider: ChallengeProvider;
  readonly accessTokens: AccessTokens;
  readonly admission?: Admission;
  readonly log: Logger;
  readonly maxBodyBytes: number;
  /** Refuse starts without an access token. */
  readonly requireAccessToken: boolean;
  /** Countries numbers may come from (ISO 3166 alpha-2), or every country. */
  readonly countries?: ReadonlySet<string>;
  /** The keyed hash of a number. */
  phoneKey(e164: string): string;
}

/**
 * `POST {base}`: validates the number, checks the access token, the country and the admission
 * limits (each refusal in the protocol's words), then creates the login. Whatever admission
 * booked is given back if the provider refuses the start, and freed when the login ends.
 */
export async function startLogin(context: StartContext, request: Request, clientKey: string | undefined): Promise<LoginRecord> {
  const input = validateStart(await readBody(request, context.maxBodyBytes));
  checkAccessToken(context, request, input);
  const parsed = parsePhoneNumberFromString(input.phone);
  const country = parsed?.country;
  if (context.countries && (!country || !context.countries.has(country))) {
    context.log.warn({ event: 'country_refused', country: country ?? 'unknown' }, 'a number from a country that is not allowed');
    throw new ProtocolError(400, { phone: ['Numbers from this country cannot be used here.'], code: 'country_not_allowed' });
  }
  const phoneKey = context.phoneKey(input.phone);
  let ticket: Ticket | undefined;
  try {
    // Numbers of no country (satellite +881, international +883, premium +979: SMS pumping's
    // favourites) get a budget per calling code instead.
    const budgetArea = country ?? (parsed ? `+${parsed.countryCallingCode}` : undefined);
    ticket = await context.admission?.admit({ phoneKey, challenge: context.provider.challenge, ...(budgetArea ? { country: budgetArea } : {}), ...(clientKey ? { clientKey } : {}) });
  } catch (error) {
    if (error instanceof ProtocolError) {
      context.log.warn({ event: 'start_throttled', status: error.status, ...(typeof error.body.code === 'string' ? { cause: error.body.code } : {}) }, 'a start was throttled');
    }
    throw error;
  }
  let record: LoginRecord;
  try {
    record = await context.logins.start(input, ticket, clientKey);
  } catch (error) {
    if (ticket) {
      // A 503 means the provider cannot say whether the text went out: its SMS stays counted.
      // Any other refusal (e.g. the number's cooldown) sent nothing: nothing stays booked.
      const unsure = error instanceof ProtocolError && error.status === 503;
      await (unsure ? context.admission!.release(ticket) : context.admission!.refund(ticket));
    }
    throw error;
  }
  context.log.info({ event: 'login_start', login: loginLabel(record.uuid), challenge: record.challenge, state: record.state, ...(country ? { country } : {}) }, 'login started');
  return record;
}

/** Refuses a start that lacks a required access token (401), or whose token is bound to another number (403). */
function checkAccessToken(context: StartContext, request: Request, input: StartRequest): void {
  const given = bearer(request);
  if (given === undefined && !context.requireAccessToken) return;
  const grant = given === undefined ? undefined : context.accessTokens.check(given);
  if (!grant) {
    context.log.warn({ event: 'access_token_refused' }, 'a start without a valid access token');
    throw new ProtocolError(401, { detail: 'This login page has expired. Reload it and try again.', code: 'access_token_invalid' }, { 'WWW-Authenticate': 'Bearer' });
  }
  if (grant.phoneKey !== undefined && grant.phoneKey !== context.phoneKey(input.phone)) {
    context.log.warn({ event: 'access_token_other_number' }, 'a start for another number than the access token allows');
    throw new ProtocolError(403, { detail: 'This page may only log in the number it was opened for.', code: 'access_token_phone_mismatch' });
  }
}
