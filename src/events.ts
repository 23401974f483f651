import type { FailureReason, FlowEvent } from './flow/phases.js';

const PROPAGATES = { bubbles: true, composed: true } as const;

/** What `success` carries. The widget keeps none of it. */
export interface SuccessDetail {
  /** The credential to hand to your server (Waldur: an API token; reference server: a signed token to verify). */
  token: string;
  /** The id of the login. */
  uuid: string;
  /** The phone number as the server stored it. */
  phone: string;
}

/** Fired when the login succeeds. */
export class SuccessEvent extends CustomEvent<SuccessDetail> {
  /** The event's type. */
  static readonly eventName = 'success';
  constructor(detail: SuccessDetail) {
    super(SuccessEvent.eventName, { ...PROPAGATES, detail });
  }
}

/** What `failure` carries. */
export interface FailureDetail {
  /** Why the login ended, machine-readable. */
  reason: FailureReason;
  /** The id of the login, when the server had given one. */
  uuid?: string;
  /** The server's `details` for a canceled login. */
  details?: string;
  /** The server's `error_message` for an erred login: for your logs, not for users. */
  serverMessage?: string;
}

/** Fired when a login ends without success. */
export class FailureEvent extends CustomEvent<FailureDetail> {
  /** The event's type. */
  static readonly eventName = 'failure';
  constructor(detail: FailureDetail) {
    super(FailureEvent.eventName, { ...PROPAGATES, detail });
  }
}

/** What `cancel` carries. */
export interface CancelDetail {
  /** The id of the abandoned login, when the server had given one. */
  uuid?: string;
}

/** Fired when the user abandons a login under way. */
export class CancelEvent extends CustomEvent<CancelDetail> {
  /** The event's type. */
  static readonly eventName = 'cancel';
  constructor(detail: CancelDetail) {
    super(CancelEvent.eventName, { ...PROPAGATES, detail });
  }
}

/** The events of `<phone-login>`, for typed `addEventListener`. */
export interface PhoneLoginEventMap extends HTMLElementEventMap {
  success: SuccessEvent;
  failure: FailureEvent;
  cancel: CancelEvent;
}

/** The DOM event for one of the flow's outcomes. */
export function outcomeEvent(event: Exclude<FlowEvent, { type: 'change' }>): Event {
  switch (event.type) {
    case 'success':
      return new SuccessEvent({ token: event.token, uuid: event.uuid, phone: event.phone });
    case 'failure': {
      const { type: _, ...detail } = event;
      return new FailureEvent(detail);
    }
    case 'cancel':
      return new CancelEvent({ uuid: event.uuid });
  }
}
