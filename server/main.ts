/**
 * The reference server, standalone, with the simulated Mobile ID service:
 *
 *   node --import tsx server/main.ts --port 8787 --host 127.0.0.1 \
 *     --allow-origin http://127.0.0.1:5173 [--allow-origin ...] \
 *     [--challenge message|pin|choice] \
 *     [--processing-delay-ms N] [--timeout-ms N] [--unregistered +3725550000 ...] \
 *     [--pin-length 6] [--pin-type numeric|alpha|alphanumeric] [--pin-ttl 300] \
 *     [--pin-attempts 3] [--resend-cooldown 30] [--webotp-host example.com] \
 *     [--codes-per-number 10] [--wrong-per-number 10] [--number-window 86400] \
 *     [--sms inbox|twilio|http] [--app-name "Example Service"]
 *
 * `message` is the simulated Mobile ID service; `pin` sends codes by SMS; `choice` offers both,
 * switched at `/__phone/settings`. `--sms inbox` (the default) delivers to the simulated phone's
 * inbox (`GET /__phone/sms`); `twilio` and `http` send real messages, with their secrets read from
 * the environment, never from the command line (which other users of the machine can see):
 *   twilio: TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, SMS_FROM, optional TWILIO_API_KEY_SID;
 *   http:   SMS_HTTP_URL, optional SMS_FROM, and SMS_HTTP_BEARER or SMS_HTTP_USER + SMS_HTTP_PASSWORD.
 * With a real gateway and `--challenge pin`, the simulated phone's API is not mounted at all.
 * Prints `listening on http://host:port` once ready (port 0 picks a free port). The token secret
 * comes from PHONE_LOGIN_TOKEN_SECRET (32+ bytes) or is random per process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createLoginHandler } from './handler.js';
import { toNodeListener } from './node.js';
import { MobileIdSimulator } from './providers/mobile-id-simulator.js';
import { LocalOtpProvider, type PinType } from './providers/local-otp.js';
import { ProviderChoice } from './providers/provider-choice.js';
import { createSimulatedPhoneHandler } from './providers/simulated-phone-handler.js';
import { HttpSmsSender } from './sms/http.js';
import type { SmsSender } from './sms/sender.js';
import { SimulatedInbox } from './sms/simulated-inbox.js';
import { TwilioSender } from './sms/twilio.js';
import { createSignedTokens } from './tokens.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    'processing-delay-ms': { type: 'string' },
    'timeout-ms': { type: 'string' },
    unregistered: { type: 'string', multiple: true, default: [] },
    challenge: { type: 'string', default: 'message' },
    'pin-length': { type: 'string' },
    'pin-type': { type: 'string' },
    'pin-ttl': { type: 'string' },
    'pin-attempts': { type: 'string' },
    'resend-cooldown': { type: 'string' },
    'codes-per-number': { type: 'string' },
    'wrong-per-number': { type: 'string' },
    'number-window': { type: 'string' },
    'webotp-host': { type: 'string' },
    sms: { type: 'string', default: 'inbox' },
    'app-name': { type: 'string' },
  },
});

const unregistered = new Set(values.unregistered);
const simulator = new MobileIdSimulator({
  processingDelayMs: optionalNumber(values['processing-delay-ms']),
  timeoutMs: optionalNumber(values['timeout-ms']),
  isRegistered: (phone) => !unregistered.has(phone),
});
const inbox = new SimulatedInbox();
const otp = new LocalOtpProvider({
  sender: smsSender(values.sms),
  appName: values['app-name'],
  length: optionalNumber(values['pin-length']),
  type: values['pin-type'] as PinType | undefined,
  ttlSeconds: optionalNumber(values['pin-ttl']),
  maxAttempts: optionalNumber(values['pin-attempts']),
  resendCooldownSeconds: optionalNumber(values['resend-cooldown']),
  maxCodesPerNumber: optionalNumber(values['codes-per-number']),
  maxWrongPerNumber: optionalNumber(values['wrong-per-number']),
  numberWindowSeconds: optionalNumber(values['number-window']),
  webOtpHost: values['webotp-host'],
});
const challenge = values.challenge;
if (challenge !== 'message' && challenge !== 'pin' && challenge !== 'choice') throw new RangeError('--challenge must be message, pin or choice');
const choice = new ProviderChoice([simulator, otp], challenge === 'choice' ? 'message' : challenge);
const login = createLoginHandler({
  // A single-challenge server is a choice nobody can switch: /__phone/settings is only mounted for `choice`.
  provider: choice,
  tokens: createSignedTokens({ secret: process.env.PHONE_LOGIN_TOKEN_SECRET || undefined }),
  allowedOrigins: values['allow-origin'].includes('*') ? '*' : values['allow-origin'],
});
const phone = createSimulatedPhoneHandler(simulator, {
  ...(values.sms === 'inbox' ? { inbox } : {}),
  ...(challenge === 'choice' ? { choice } : {}),
});
// The simulated phone approves Mobile ID logins without proof: a real SMS setup does without it.
const realSmsOnly = values.sms !== 'inbox' && challenge === 'pin';
const server = createServer(toNodeListener(realSmsOnly ? [login] : [login, phone]));

server.listen(Number(values.port), values.host, () => {
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(`listening on http://${host}:${port}`);
});

function shutdown(): void {
  simulator.close();
  otp.close();
  login.close();
  // Held long polls would otherwise keep close() waiting for up to maxWait.
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.once('SIGTERM', shutdown);
process.once('SIGINT', shutdown);

/** The SMS sender `kind` names, configured from the environment. */
function smsSender(kind: string | undefined): SmsSender {
  const env = (name: string): string => {
    const value = process.env[name];
    if (!value) throw new Error(`--sms ${kind} needs the environment variable ${name}`);
    return value;
  };
  if (kind === 'twilio') {
    return new TwilioSender({
      accountSid: env('TWILIO_ACCOUNT_SID'),
      authToken: env('TWILIO_AUTH_TOKEN'),
      apiKeySid: process.env.TWILIO_API_KEY_SID || undefined,
      from: env('SMS_FROM'),
      baseUrl: process.env.TWILIO_BASE_URL || undefined,
    });
  }
  if (kind === 'http') {
    const user = process.env.SMS_HTTP_USER;
    return new HttpSmsSender({
      url: env('SMS_HTTP_URL'),
      from: process.env.SMS_FROM || undefined,
      bearer: process.env.SMS_HTTP_BEARER || undefined,
      basic: user ? { user, password: env('SMS_HTTP_PASSWORD') } : undefined,
    });
  }
  if (kind === 'inbox') return inbox;
  throw new RangeError('--sms must be inbox, twilio or http');
}

function optionalNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new RangeError(`Not a valid number: ${value}`);
  return number;
}
