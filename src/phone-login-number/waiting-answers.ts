/** What the field was asked while it could not judge the number: by rank, least first. */
const RANK = ['blur', 'report', 'submit'] as const;

/** A question to answer once the phone data is here: tell the problem (after a blur, a report), or submit. */
export type Wanted = (typeof RANK)[number];

/**
 * Remembers what was asked of the field while its phone data loaded, so it is answered when the
 * data arrives: a problem told on blur or on `reportValidity()`, or the form's submit (a press of
 * Enter is never lost to a download). Watches the form's submits and the native `invalid` event.
 */
export class WaitingAnswers {
  private wanted?: Wanted;
  private form?: HTMLFormElement;
  private readonly onSubmit = () => {
    if (this.pending()) this.wanted = 'submit';
  };

  constructor(
    host: HTMLElement,
    private readonly pending: () => boolean,
  ) {
    host.addEventListener('invalid', (event) => {
      // A native form's check while the data loads: no browser bubble, the answer comes on arrival.
      if (!this.pending()) return;
      event.preventDefault();
      this.ask('report');
    });
  }

  /** Follows the form the field belongs to (its submit listeners run first: capture phase). */
  watch(form: HTMLFormElement | null): void {
    this.form?.removeEventListener('submit', this.onSubmit, true);
    this.form = form ?? undefined;
    this.form?.addEventListener('submit', this.onSubmit, true);
  }

  /** Remembers a question; a submit outranks a report, which outranks a blur. */
  ask(what: Wanted): void {
    if (!this.wanted || RANK.indexOf(what) > RANK.indexOf(this.wanted)) this.wanted = what;
  }

  /** The question to answer now (the data arrived, or failed to arrive); forgotten once taken. */
  take(failed: boolean): Wanted | undefined {
    if (this.pending() && !failed) return undefined;
    const wanted = this.wanted;
    this.wanted = undefined;
    return wanted;
  }
}
