import type { Logger } from '../../log.js';
import type { SmsCxApi } from './api.js';
import { refusalFields, unknownFields } from './codes.js';

/** Codes cancelled at SMS.cx in the background, so a user's cancel never waits for SMS.cx. */
export class BackgroundCancels {
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly api: SmsCxApi) {}

  /** Cancels a code, best effort: an answer that it is no longer pending (2021, 2030, 2031) is as good. */
  cancel(otpId: string, log: Logger): void {
    const done = this.api.cancelOtp(otpId).then((answer) => {
      if (answer.kind === 'ok' || (answer.kind === 'refused' && [2021, 2030, 2031].includes(answer.code ?? 0))) return;
      const fields = answer.kind === 'refused' ? refusalFields(answer) : unknownFields(answer);
      log.warn({ event: 'provider_cancel_failed', ...fields }, 'SMS.cx did not cancel a code');
    });
    const tracked: Promise<void> = done.catch(() => undefined).finally(() => this.running.delete(tracked));
    this.running.add(tracked);
  }

  /** Resolves once every cancel under way has had its answer. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
