import type { ServerKeys } from '../keys.js';
import type { LimitStore } from '../limits/limit-store.js';
import { NumberLimits } from '../limits/number-limits.js';
import type { Logger } from '../log.js';
import { readSmsCxSettings, SmsCxProvider } from '../providers/smscx/index.js';
import { readValimoSettings, ValimoProvider } from '../providers/valimo/index.js';
import { LocalOtpProvider } from '../providers/local-otp.js';
import { MobileIdSimulator } from '../providers/mobile-id-simulator.js';
import { ProviderChoice } from '../providers/provider-choice.js';
import { createSimulatedPhoneHandler } from '../providers/simulated-phone-handler.js';
import { SimulatedInbox } from '../sms/simulated-inbox.js';
import type { ChallengeProvider, WebHandler } from '../types.js';
import { integer, list, oneOf, type Env } from './env.js';
import type { ChallengeSetting } from './load.js';
import { readCodeSettings, readSmsSender, readSmsTemplates, type CodeSettings } from './sms.js';

/** The provider the settings ask for, and the demo's phone when they ask for the simulated one. */
export interface ProviderSetup {
  /** Who talks to the user. */
  provider: ChallengeProvider;
  /** The simulated phone's API (only for `simulated`). */
  phone?: WebHandler;
  /** Stops the provider's timers. */
  close(): void | Promise<void>;
}

/** Builds the provider of `challenge` from the environment; throws ConfigError naming a bad setting. */
export async function createProvider(challenge: ChallengeSetting, env: Env, keys: ServerKeys, log: Logger, store: LimitStore): Promise<ProviderSetup> {
  if (challenge === 'sms') {
    const codes = readCodeSettings(env);
    const provider = new LocalOtpProvider({ ...codes, limits: numberLimits(codes, store), sender: readSmsSender(env), templates: readSmsTemplates(env, true), secret: keys.key('code') });
    return { provider, close: () => provider.close() };
  }
  if (challenge === 'smscx') {
    const { length, type, ...codes } = readCodeSettings(env);
    const limits = numberLimits({ length, type, ...codes }, store);
    const provider = new SmsCxProvider({ ...readSmsCxSettings(env), ...codes, limits, pinLength: length, pinType: type, templates: readSmsTemplates(env, true), log });
    return { provider, close: () => provider.close() };
  }
  if (challenge === 'valimo') {
    const provider = new ValimoProvider(readValimoSettings(env));
    return { provider, close: () => provider.close() };
  }
  if (challenge === 'simulated') return simulated(env, keys, store);
  throw new RangeError(`No provider for ${challenge}`);
}


/** The demo's phone: Mobile ID prompts and an SMS inbox, on loopback only (checked by the settings). */
function simulated(env: Env, keys: ServerKeys, store: LimitStore): ProviderSetup {
  const unregistered = new Set(list(env, 'PHONE_LOGIN_SIMULATED_UNREGISTERED'));
  const simulator = new MobileIdSimulator({
    processingDelayMs: integer(env, 'PHONE_LOGIN_SIMULATED_DELAY_MS', { min: 0, max: 600_000 }, 2000),
    timeoutMs: integer(env, 'PHONE_LOGIN_SIMULATED_TIMEOUT_MS', { min: 1, max: 600_000 }, 120_000),
    isRegistered: (phone) => !unregistered.has(phone),
  });
  const inbox = new SimulatedInbox();
  const codes = readCodeSettings(env);
  const otp = new LocalOtpProvider({ ...codes, limits: numberLimits(codes, store), sender: inbox, templates: readSmsTemplates(env, false), secret: keys.key('code') });
  const method = oneOf(env, 'PHONE_LOGIN_SIMULATED_METHOD', ['message', 'pin', 'choice'] as const, 'choice')!;
  const choice = new ProviderChoice([simulator, otp], method === 'choice' ? 'message' : method);
  const phone = createSimulatedPhoneHandler(simulator, { inbox, ...(method === 'choice' ? { choice } : {}) });
  return {
    provider: choice,
    phone,
    close() {
      simulator.close();
      otp.close();
    },
  };
}

/** The per-number code limits of the settings, kept where the other limits are (memory or Redis). */
function numberLimits(codes: CodeSettings, store: LimitStore): NumberLimits {
  const { resendCooldownSeconds, maxCodesPerNumber, maxCodesPerClient, maxWrongPerNumber, maxWrongPerClient, numberWindowSeconds } = codes;
  return new NumberLimits(
    {
      cooldownMs: resendCooldownSeconds * 1000,
      maxCodes: maxCodesPerNumber,
      maxWrong: maxWrongPerNumber,
      windowMs: numberWindowSeconds * 1000,
      // A share above the number's own cap never binds: the number's booking refuses first.
      maxCodesPerClient,
      maxWrongPerClient,
    },
    store,
  );
}
