import { randomUUID } from 'node:crypto';
import type { SmsMessage, SmsSender } from './sender.js';

/** A message as the simulated phone shows it. */
export interface ReceivedSms extends SmsMessage {
  /** Opaque id, stable for the message's life in the inbox. */
  readonly id: string;
  /** Epoch milliseconds of arrival. */
  readonly receivedAt: number;
}

/** Settings of the simulated inbox. */
export interface SimulatedInboxOptions {
  /** Most messages kept; older ones are dropped (default 20). */
  capacity?: number;
  /** Clock in epoch milliseconds (tests inject one). */
  now?: () => number;
}

/**
 * The demo's SMS gateway: every message lands in one simulated phone's inbox instead of a real
 * network. Demo and tests only: anyone who can read the inbox can read every code.
 */
export class SimulatedInbox implements SmsSender {
  private readonly received: ReceivedSms[] = [];
  private readonly capacity: number;
  private readonly now: () => number;

  constructor(options: SimulatedInboxOptions = {}) {
    this.capacity = options.capacity ?? 20;
    this.now = options.now ?? Date.now;
  }

  /** Delivers at once. */
  async send(message: SmsMessage): Promise<void> {
    this.received.unshift(Object.freeze({ id: randomUUID(), to: message.to, body: message.body, receivedAt: this.now() }));
    this.received.length = Math.min(this.received.length, this.capacity);
  }

  /** The messages, newest first. */
  messages(): ReceivedSms[] {
    return [...this.received];
  }

  /** Empties the inbox. */
  clear(): void {
    this.received.length = 0;
  }
}
