import type { LoginView } from '../context.js';
import type { Phase } from '../flow/phases.js';
import type { Terms } from '../i18n/terms.js';
import { fieldProblemText, noticeText, rateLimitedText } from '../i18n/wording.js';

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
