import { html, nothing, type TemplateResult } from 'lit';
import type { Phase } from '../flow/phases.js';
import { formatTime } from '../i18n/format.js';
import type { Terms } from '../i18n/terms.js';
import { noticeText } from '../i18n/wording.js';
import type { StepActions } from './step-types.js';

/** The code step: where the code went, the code field, its countdown, verify, resend, change number. */
export function pinStep(
  phase: Extract<Phase, { name: 'pin' | 'verifying' }>,
  phone: string,
  { now, locale, theme }: { now: number; locale: string; theme: string },
  terms: Terms,
  actions: StepActions,
): TemplateResult {
  const { challenge, notice } = phase;
  const verifying = phase.name === 'verifying';
  const error = notice && notice.kind !== 'sent' ? noticeText(notice, terms) : '';
  const cooldown = challenge.resendAt === undefined ? 0 : Math.max(0, challenge.resendAt - now);
  // Busy controls stay focusable (aria-disabled): disabling them would drop the focus.
  const resendBlocked = cooldown > 0 || phase.resending || verifying;
  return html`
    <form part="pin-form" class="step" novalidate @submit=${actions.verify}>
      <p part="sent-to">${terms.codeSentTo(phone)}</p>
      <phone-login-pin
        part="pin"
        exportparts="field: pin-field, label: pin-label, boxes: pin-boxes, box: pin-box, input: pin-input, hint: pin-hint, error: pin-error, boxes, box"
        required
        theme=${theme}
        length=${challenge.length}
        type=${challenge.type}
        .error=${error}
        ?readonly=${verifying}
        data-autofocus
      ></phone-login-pin>
      ${challenge.expiresAt === undefined
        ? nothing
        : html`<p part="countdown" role="timer">${terms.expiresIn(formatTime(challenge.expiresAt - now, locale))}</p>`}
      <button part="button submit" type="submit" aria-disabled=${verifying ? 'true' : 'false'} aria-busy=${verifying ? 'true' : 'false'}>
        ${verifying ? terms.verifying : terms.verify}
      </button>
      <div part="pin-actions" class="actions">
        <button
          part="button resend"
          type="button"
          class="link"
          aria-disabled=${resendBlocked ? 'true' : 'false'}
          @click=${actions.resend}
        >
          ${cooldown > 0 ? terms.resendIn(formatTime(cooldown, locale)) : terms.resend}
        </button>
        <button part="button change-number" type="button" class="link" @click=${actions.cancel}>${terms.changeNumber}</button>
      </div>
    </form>
  `;
}
