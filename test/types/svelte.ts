// Svelte 5: phone-login/svelte adds the elements to SvelteHTMLElements, which svelte-check
// checks templates against; here the attributes a template may write are checked directly.
import type {} from 'phone-login/svelte';
import type { SvelteHTMLElements } from 'svelte/elements';

export const ok: SvelteHTMLElements['phone-login'] = {
  endpoint: '/api/auth-valimo/',
  lang: 'et',
  allowLandline: true,
  onsuccess: (event) => event.detail.token,
  onfailure: (event) => event.detail.reason,
  oncancel: (event) => event.detail.uuid,
  'on:success': (event) => event.detail.phone,
  class: 'login',
};
export const field: SvelteHTMLElements['phone-login-number'] = { name: 'phone', required: true };

// @ts-expect-error timeLimit is a number
export const badNumber: SvelteHTMLElements['phone-login'] = { timeLimit: '120' };
// @ts-expect-error onSuccess would listen for "Success": write onsuccess
export const camelSuccess: SvelteHTMLElements['phone-login'] = { onSuccess: () => {} };
// @ts-expect-error oncancel gets the widget's CancelEvent, not the DOM's dialog cancel
export const wrongCancel: SvelteHTMLElements['phone-login'] = { oncancel: (event: MouseEvent) => event.x };
// @ts-expect-error no such event
export const unknownEvent: SvelteHTMLElements['phone-login'] = { onsucess: () => {} };
