/**
 * Counts the long polls a process holds, so held polls can never eat every socket: beyond a cap
 * per login or per process a poll is answered at once instead (the widget just asks again), which
 * costs a little latency and refuses nobody.
 */
export class HeldPolls {
  private readonly perLogin = new Map<string, number>();
  private total = 0;

  constructor(
    /** Most polls held at once in this process. */
    private readonly maxTotal: number,
    /** Most polls held at once for one login. */
    private readonly maxPerLogin: number,
  ) {}

  /** Polls held now. */
  get held(): number {
    return this.total;
  }

  /** Takes a place for a poll of `uuid`: the function that gives it back, or undefined when full. */
  take(uuid: string): (() => void) | undefined {
    const mine = this.perLogin.get(uuid) ?? 0;
    if (this.total >= this.maxTotal || mine >= this.maxPerLogin) return undefined;
    this.total += 1;
    this.perLogin.set(uuid, mine + 1);
    let given = false;
    return () => {
      if (given) return;
      given = true;
      this.total -= 1;
      const left = (this.perLogin.get(uuid) ?? 1) - 1;
      if (left > 0) this.perLogin.set(uuid, left);
      else this.perLogin.delete(uuid);
    };
  }
}
