/**
 * The reference server, standalone, with the simulated Mobile ID service:
 *
 *   node --import tsx server/main.ts --port 8787 --host 127.0.0.1 \
 *     --allow-origin http://127.0.0.1:5173 [--allow-origin ...] \
 *     [--processing-delay-ms N] [--timeout-ms N] [--unregistered +3725550000 ...]
 *
 * Prints `listening on http://host:port` once ready (port 0 picks a free port). The token secret
 * comes from PHONE_LOGIN_TOKEN_SECRET (32+ bytes) or is random per process.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { createLoginHandler } from './handler.js';
import { toNodeListener } from './node.js';
import { MobileIdSimulator } from './providers/mobile-id-simulator.js';
import { createSimulatedPhoneHandler } from './providers/simulated-phone-handler.js';
import { createSignedTokens } from './tokens.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8787' },
    host: { type: 'string', default: '127.0.0.1' },
    'allow-origin': { type: 'string', multiple: true, default: [] },
    'processing-delay-ms': { type: 'string' },
    'timeout-ms': { type: 'string' },
    unregistered: { type: 'string', multiple: true, default: [] },
  },
});

const unregistered = new Set(values.unregistered);
const simulator = new MobileIdSimulator({
  processingDelayMs: optionalNumber(values['processing-delay-ms']),
  timeoutMs: optionalNumber(values['timeout-ms']),
  isRegistered: (phone) => !unregistered.has(phone),
});
const login = createLoginHandler({
  provider: simulator,
  tokens: createSignedTokens({ secret: process.env.PHONE_LOGIN_TOKEN_SECRET || undefined }),
  allowedOrigins: values['allow-origin'].includes('*') ? '*' : values['allow-origin'],
});
const server = createServer(toNodeListener([login, createSimulatedPhoneHandler(simulator)]));

server.listen(Number(values.port), values.host, () => {
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  console.log(`listening on http://${host}:${port}`);
});

function shutdown(): void {
  simulator.close();
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
  if (!Number.isFinite(number) || number < 0) throw new RangeError(`Not a valid number of milliseconds: ${value}`);
  return number;
}
