/**
 * `phone-login/react`: `<phone-login>` as a React component, for React 18 (which passes every prop
 * as an attribute and cannot listen to custom events) and 19 alike. Made with `@lit/react`:
 * properties are set as properties, and `onSuccess`, `onFailure`, `onCancel` are real listeners
 * typed from the widget's own event classes. React 19 can also use the tag itself (see README).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import type { CancelEvent, FailureEvent, SuccessEvent } from './events.js';
import { PhoneLogin as PhoneLoginElement } from './phone-login/phone-login.js';

/** `<phone-login>` for React: props are the element's properties; events are `onSuccess`, `onFailure`, `onCancel`. */
export const PhoneLogin = createComponent({
  tagName: 'phone-login',
  elementClass: PhoneLoginElement,
  react: React,
  events: {
    onSuccess: 'success' as EventName<SuccessEvent>,
    onFailure: 'failure' as EventName<FailureEvent>,
    onCancel: 'cancel' as EventName<CancelEvent>,
  },
  displayName: 'PhoneLogin',
});

export type { CancelEvent, FailureEvent, SuccessEvent } from './events.js';
export type { CancelDetail, FailureDetail, SuccessDetail } from './events.js';
