/**
 * `phone-login/jsx`: the elements in React 19's JSX (`import type {} from 'phone-login/jsx'` in
 * any one file of the project). React 19 sets known properties as properties and listens
 * to `on<name>` by the exact event name, so listeners are lowercase: `onsuccess`, not `onSuccess`.
 * React only: an augmentation may name only the framework it augments, or it fails to compile
 * where that one is not installed (see preact.ts for Preact).
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LowercaseListenerTags } from './props.js';

/** React's props of each tag's element, plus its own (which win where names meet). */
type Tags = {
  [T in keyof LowercaseListenerTags]: LowercaseListenerTags[T]['own'] &
    Omit<DetailedHTMLProps<HTMLAttributes<LowercaseListenerTags[T]['element']>, LowercaseListenerTags[T]['element']>, keyof LowercaseListenerTags[T]['own']>;
};

declare module 'react' {
  namespace JSX {
    /** The package's elements, by tag. */
    interface IntrinsicElements extends Tags {}
  }
}

export type * from './props.js';
