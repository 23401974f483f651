import { GENERIC_PROVIDER_ERROR } from '../../logins.js';
import type { LoginHandle, Reason } from '../../types.js';
import type { FaultAnswer, MsspAnswer } from './answers.js';
import { CANCEL_DETAILS, statusName, verdictOf, type Verdict } from './status-codes.js';

/** `error_message` when the MSSP gave no usable answer: the user may try again later, nothing else to say. */
export const MSSP_UNREACHABLE = 'The Mobile ID service could not be reached. Please try again later.';

/** The ETSI code an answer carries; a fault without one counts as the MSSP's INTERNAL_ERROR. */
export function codeOf(answer: MsspAnswer): number {
  return answer.code ?? 900;
}

/** The verdict of an answer, logging a fault by its code, length and hash only (its text is untrusted). */
export function judge(login: LoginHandle, answer: MsspAnswer): Verdict {
  if (answer.kind === 'fault') logFault(login, answer);
  return verdictOf(codeOf(answer));
}

/**
 * Ends a login for a final code that is not a success: Canceled with our own words for a user's
 * situation, Erred with a generic text for anything an operator must fix (the code in the log).
 */
export async function endFor(login: LoginHandle, code: number, verdict: Verdict): Promise<void> {
  const status = { status: code, name: statusName(code) };
  switch (verdict.kind) {
    case 'canceled':
      login.log.info({ event: 'mssp_canceled', ...status, reason: verdict.reason }, 'the Mobile ID transaction ended without a signature');
      // The reasons are in ServerReason (src/api/types.ts) now; cast so this file keeps compiling while that union is being extended.
      await login.cancel(CANCEL_DETAILS[verdict.reason], verdict.reason as Reason);
      return;
    case 'misconfigured':
      login.log.error(
        { event: 'provider_config_error', ...status },
        code === 500 ? 'the MSSP did not validate the signature: the signature profile must ask for validation' : 'the MSSP refused our request: check the Valimo settings',
      );
      await login.fail(GENERIC_PROVIDER_ERROR);
      return;
    default:
      login.log.error({ event: 'mssp_unexpected_status', ...status }, 'the MSSP answered with a status this provider does not expect here');
      await login.fail(GENERIC_PROVIDER_ERROR);
  }
}

function logFault(login: LoginHandle, fault: FaultAnswer): void {
  const { code, soapCode, textLength, textDigest } = fault;
  login.log.info({ event: 'mssp_fault', status: code ?? null, soapCode, textLength, textDigest }, 'the MSSP answered with a SOAP fault');
}
