import type { PinNotice, StartProblem } from '../flow/phases.js';
import type { Terms } from './terms.js';

// The words for the flow's problems and notices, shared by the steps that show them and the live
// region that announces them, so both always say the same thing.

/** The words for a notice on the code step. */
export function noticeText(notice: PinNotice, terms: Terms): string {
  switch (notice.kind) {
    case 'sent':
      return terms.codeSent(notice.minutes);
    case 'wrong':
      return terms.wrongCode(notice.attemptsLeft);
    case 'rate-limited':
      return rateLimitedText(notice, terms);
    case 'unreachable':
      return terms.pinUnreachable;
  }
}

/** The words for a refusal shown at the phone field ('' for one shown under the form). */
export function fieldProblemText(problem: StartProblem, terms: Terms): string {
  if (problem.kind === 'invalid') return problem.message || terms.phoneProblems.invalid;
  if (problem.kind !== 'refused') return '';
  return problem.why === 'phone-mismatch' ? terms.phoneMismatch : terms.phoneProblems['country-not-allowed'];
}

/** The words for a 429: the user's own attempts, or the server's spent SMS budget. */
export function rateLimitedText(problem: { seconds: number; smsBudget?: boolean }, terms: Terms): string {
  return problem.smsBudget ? terms.smsBudget(problem.seconds) : terms.rateLimited(problem.seconds);
}
