/** A duration as the countdowns show it: m:ss, rounded up so "0:00" means the time is over. */
export function formatTime(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

/** Wraps text in Unicode left-to-right isolates: a phone number inside right-to-left text keeps its order. */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
