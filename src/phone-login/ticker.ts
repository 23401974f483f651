import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Clock } from '../flow/clock.js';
import type { FlowState } from '../flow/phases.js';

/**
 * Re-renders its host when a countdown's shown second changes, on the flow's clock, while there
 * are instants to count down to; idle otherwise and after the host leaves the page.
 */
export class Ticker implements ReactiveController {
  private handle?: unknown;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly clock: () => Clock,
    /** The instants (clock ms) being counted down to now. */
    private readonly instants: () => readonly number[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.clock().clearTimeout(this.handle);
    this.handle = undefined;
    // An update after the host left the page (a check under way put back to the code step) arms nothing.
    if (!this.host.isConnected) return;
    const now = this.clock().now();
    const ahead = this.instants().filter((t) => t > now);
    if (ahead.length === 0) return;
    // Wake when the nearest countdown crosses its next whole second.
    const delay = Math.min(...ahead.map((t) => (t - now) % 1000 || 1000));
    this.handle = this.clock().setTimeout(() => {
      this.handle = undefined;
      this.host.requestUpdate();
    }, delay);
  }

  hostDisconnected(): void {
    this.clock().clearTimeout(this.handle);
    this.handle = undefined;
  }
}

/** The instants the code step (or a used-up code's resend button) counts down to. */
export function countdowns({ phase }: FlowState): number[] {
  if (phase.name === 'failed') return phase.resendAt === undefined ? [] : [phase.resendAt];
  if (phase.name !== 'pin' && phase.name !== 'verifying') return [];
  const { expiresAt, resendAt } = phase.challenge;
  return [expiresAt, resendAt].filter((t): t is number => t !== undefined);
}
