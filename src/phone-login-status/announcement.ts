import type { LoginView } from '../context.js';
import type { Phase, PinNotice, StartProblem } from '../flow/phases.js';
import type { Terms } from '../i18n/terms.js';

/**
 * What a screen reader should hear now that the view went from `previous` to `view`, or undefined
 * when nothing worth saying happened (a countdown tick, a state that reads the same as before).
 */
export function announcement(view: LoginView, previous?: LoginView): string | undefined {
  const { phase } = view.state;
  const before = previous?.state.phase;
  if (phase.name === 'pin' || phase.name === 'verifying') return codeStep(phase, before, view.terms);
  const text = describe(view);
  if (previous && before?.name !== 'pin' && before?.name !== 'verifying' && text === describe(previous)) return undefined;
  return text;
}

/** The code step speaks of news only: a new notice, checking, or the code's last minute. */
function codeStep(phase: Extract<Phase, { name: 'pin' | 'verifying' }>, before: Phase | undefined, terms: Terms): string | undefined {
  const earlier = before?.name === 'pin' || before?.name === 'verifying' ? before : undefined;
  if (phase.name === 'verifying') return earlier?.name === 'verifying' ? undefined : terms.verifying;
  if (phase.notice && phase.notice !== earlier?.notice) return noticeText(phase.notice, terms);
  if (phase.expiringSoon && !earlier?.expiringSoon) return terms.expiringSoon;
  return undefined;
}

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

function describe({ state, terms }: LoginView): string {
  const { phase } = state;
  switch (phase.name) {
    case 'enter-phone':
      if (!phase.problem) return '';
      if (phase.problem.kind === 'rate-limited') return rateLimitedText(phase.problem, terms);
      if (phase.problem.kind === 'unreachable') return terms.startUnreachable;
      return fieldProblemText(phase.problem, terms);
    case 'starting':
      return terms.starting;
    case 'message': {
      if (phase.trouble) return terms.connectionTrouble;
      const waiting = phase.state === 'Processing' ? terms.waitingProcessing : terms.waitingScheduled;
      // Spaced digits are read one by one, as the user must compare them.
      return terms.codeAnnouncement([...phase.code].join(' '), waiting);
    }
    case 'success':
      return terms.success;
    case 'failed':
      return terms.failures[phase.reason];
    default:
      return '';
  }
}
