/** What the form and the page's CSS see of the field. */
export interface FormState {
  /** The number in E.164 when it is valid. */
  e164?: string;
  /** Why the field cannot be submitted ('' when it can). */
  message: string;
  /** The number is not valid: the custom state `invalid`. */
  invalid: boolean;
  /** The user has been told why: the custom state `user-invalid`. */
  told: boolean;
  /** Where the browser points its validation message. */
  anchor?: HTMLElement;
}

/** Sets the form value, the validity and the custom states of a form-associated element. */
export function applyFormState(internals: ElementInternals, { e164, message, invalid, told, anchor }: FormState): void {
  internals.setFormValue(e164 ?? null);
  if (message) internals.setValidity({ customError: true }, message, anchor);
  else internals.setValidity({});
  for (const [name, on] of [['invalid', invalid], ['user-invalid', told]] as const) {
    if (on) internals.states.add(name);
    else internals.states.delete(name);
  }
}
