import type { Plugin } from 'vite';
import {
  LocalOtpProvider,
  MobileIdSimulator,
  ProviderChoice,
  SimulatedInbox,
  createLoginHandler,
  createSignedTokens,
  createSimulatedPhoneHandler,
  toConnectMiddleware,
} from '../server/index.js';

/**
 * Mounts the reference server in the Vite dev server: the login API at /api/auth-valimo/ (same
 * origin as the demo page) and the simulated phone's demo-only API at /__phone/. New logins use
 * Mobile ID or SMS codes, as the demo's switch says; both land on the simulated phone.
 */
export function referenceServer(): Plugin {
  return {
    name: 'phone-login-reference-server',
    configureServer(server) {
      // Waldur's timing: the request reaches the phone about 2 s after the start.
      const simulator = new MobileIdSimulator({ processingDelayMs: 2000 });
      const inbox = new SimulatedInbox();
      // WebOTP binds the code to the host of the page, which is the demo's own.
      const host = typeof server.config.server.host === 'string' ? server.config.server.host : 'localhost';
      const otp = new LocalOtpProvider({ sender: inbox, webOtpHost: host });
      const choice = new ProviderChoice([simulator, otp]);
      // One person at one machine plays every user here: the limits meant for a public server would
      // only get in the way of trying things (several tabs, one number, many logins in a row).
      const admission = { startsPerClient: 10_000, pendingPerClient: 10_000, pendingPerNumber: 100, pendingMobileIdPerNumber: 100, promptsPerNumber: 10_000, promptsPerNumberPerClient: 10_000, promptCooldownMs: 0 };
      const login = createLoginHandler({ provider: choice, tokens: createSignedTokens(), admission });
      server.middlewares.use(toConnectMiddleware([login, createSimulatedPhoneHandler(simulator, { inbox, choice })]));
      server.httpServer?.once('close', () => {
        simulator.close();
        otp.close();
        login.close();
      });
    },
  };
}
