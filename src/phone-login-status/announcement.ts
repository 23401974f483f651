import type { LoginView } from '../context.js';

/** The sentence a screen reader should hear for the current phase ('' when nothing is new). */
export function announcement({ state, terms }: LoginView): string {
  const { phase } = state;
  switch (phase.name) {
    case 'enter-phone':
      if (!phase.problem) return '';
      if (phase.problem.kind === 'invalid') return phase.problem.message || terms.phoneProblems.invalid;
      if (phase.problem.kind === 'rate-limited') return terms.rateLimited(phase.problem.seconds);
      return terms.startUnreachable;
    case 'starting':
      return terms.starting;
    case 'message': {
      if (phase.trouble) return terms.connectionTrouble;
      const waiting = phase.state === 'Processing' ? terms.waitingProcessing : terms.waitingScheduled;
      // Spaced digits are read one by one, as the user must compare them.
      return `${terms.codeHeading}: ${[...phase.code].join(' ')}. ${waiting}`;
    }
    case 'success':
      return terms.success;
    case 'failed':
      return terms.failures[phase.reason];
  }
}
