/**
 * The reference server, standalone, with the simulated Mobile ID service:
 *
 *   node --import tsx server/main.ts --port 8787 --host 127.0.0.1 \
 *     --allow-origin http://127.0.0.1:5173 [--allow-origin ...] \
 *     [--challenge message|pin|choice] \
 *     [--processing-delay-ms N] [--timeout-ms N] [--unregistered +3725550000 ...] \
 *     [--pin-length 6] [--pin-type numeric|alpha|alphanumeric] [--pin-ttl 300] \
 *     [--pin-attempts 3] [--resend-cooldown 30] [--webotp-host example.com]
 *
 * `message` is the simulated Mobile ID service; `pin` sends codes to the simulated SMS inbox
 * (`GET /__phone/sms`); `choice` offers both, switched at `/__phone/settings`.
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
import { SimulatedInbox } from './sms/simulated-inbox.js';
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
    'webotp-host': { type: 'string' },
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
  sender: inbox,
  length: optionalNumber(values['pin-length']),
  type: values['pin-type'] as PinType | undefined,
  ttlSeconds: optionalNumber(values['pin-ttl']),
  maxAttempts: optionalNumber(values['pin-attempts']),
  resendCooldownSeconds: optionalNumber(values['resend-cooldown']),
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
const phone = createSimulatedPhoneHandler(simulator, { inbox, ...(challenge === 'choice' ? { choice } : {}) });
const server = createServer(toNodeListener([login, phone]));

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

function optionalNumber(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isFinite(number) || number < 0) throw new RangeError(`Not a valid number: ${value}`);
  return number;
}
