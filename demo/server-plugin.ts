import type { Plugin } from 'vite';
import {
  MobileIdSimulator,
  createLoginHandler,
  createSignedTokens,
  createSimulatedPhoneHandler,
  toConnectMiddleware,
} from '../server/index.js';

/**
 * Mounts the reference server in the Vite dev server: the login API at /api/auth-valimo/ (same
 * origin as the demo page) and the simulated phone's demo-only API at /__phone/.
 */
export function referenceServer(): Plugin {
  return {
    name: 'phone-login-reference-server',
    configureServer(server) {
      // Waldur's timing: the request reaches the phone about 2 s after the start.
      const simulator = new MobileIdSimulator({ processingDelayMs: 2000 });
      const login = createLoginHandler({ provider: simulator, tokens: createSignedTokens() });
      server.middlewares.use(toConnectMiddleware([login, createSimulatedPhoneHandler(simulator)]));
      server.httpServer?.once('close', () => {
        simulator.close();
        login.close();
      });
    },
  };
}
