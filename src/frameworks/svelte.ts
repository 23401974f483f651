/**
 * `phone-login/svelte`: the elements in Svelte 5 templates (`import type {} from
 * 'phone-login/svelte'`, e.g. in src/app.d.ts). Svelte sets known properties as properties and
 * listens to `on<name>` by the exact event name, so listeners are lowercase: `onsuccess`.
 */
import type { HTMLAttributes } from 'svelte/elements';
import type { LowercaseListenerTags, PhoneLoginListeners } from './props.js';

/** `on:success` and the like, for components still in Svelte 4 syntax. */
interface LegacyListeners {
  /** `on:success`. */
  'on:success'?: PhoneLoginListeners['onsuccess'];
  /** `on:failure`. */
  'on:failure'?: PhoneLoginListeners['onfailure'];
  /** `on:cancel`. */
  'on:cancel'?: PhoneLoginListeners['oncancel'];
}

/** Svelte's attributes of each tag's element, plus its own (which win where names meet); `<phone-login>` also takes `on:`. */
type Tags = {
  [T in keyof LowercaseListenerTags]: LowercaseListenerTags[T]['own'] &
    (T extends 'phone-login' ? LegacyListeners : unknown) &
    Omit<HTMLAttributes<LowercaseListenerTags[T]['element']>, keyof LowercaseListenerTags[T]['own']>;
};

declare module 'svelte/elements' {
  /** The package's elements, by tag. */
  interface SvelteHTMLElements extends Tags {}
}

export type * from './props.js';
