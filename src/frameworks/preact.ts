/**
 * `phone-login/preact`: the elements in Preact's JSX (`import type {} from 'phone-login/preact'`).
 * Preact sets known properties as properties; for listeners it lowercases `on<Name>` only when the
 * element has an `on<name>` property, which custom events lack, so `onSuccess` would listen for
 * `Success`: listeners are lowercase, `onsuccess`, and the camel-case spellings are type errors.
 */
import type { JSX } from 'preact';
import type { LowercaseListenerTags } from './props.js';

/** Preact's props of each tag's element, plus its own (which win where names meet). */
type Tags = {
  [T in keyof LowercaseListenerTags]: LowercaseListenerTags[T]['own'] &
    Omit<JSX.HTMLAttributes<LowercaseListenerTags[T]['element']>, keyof LowercaseListenerTags[T]['own']>;
};

declare module 'preact' {
  namespace JSX {
    /** The package's elements, by tag. */
    interface IntrinsicElements extends Tags {}
  }
}

export type * from './props.js';
