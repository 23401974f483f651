/**
 * Where limits keep their bookings: sliding windows of timestamped entries, each booked or refused
 * in one atomic step, so racing requests (in one process, or on many instances sharing Redis)
 * never get more than the limit. Keys name what is limited (a number's keyed hash, a client, a
 * country), never a number in the clear.
 */
export interface LimitStore {
  /**
   * Books `member` under `key` unless `limit` bookings younger than `windowMs` are there already.
   * Returns 0 when booked, else the milliseconds until one of them leaves the window.
   */
  book(key: string, member: string, limit: number, windowMs: number, now: number): Promise<number>;
  /** The bookings younger than `windowMs`, and the milliseconds until one leaves once `limit` are held (else 0). */
  count(key: string, limit: number, windowMs: number, now: number): Promise<{ count: number; waitMs: number }>;
  /** Takes a booking back (a refund, or a slot given up early). */
  unbook(key: string, member: string): Promise<void>;
}

let sequence = 0;

/** A booking name unique within this process and, with the random part, across instances. */
export function bookingId(now: number): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${now}:${sequence}:${Math.random().toString(36).slice(2, 10)}`;
}
