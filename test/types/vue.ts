// Vue: phone-login/vue adds the elements to GlobalComponents, which vue-tsc checks templates
// against; without vue-tsc here, the props those templates get are checked directly.
import type {} from 'phone-login/vue';
import type { GlobalComponents } from 'vue';

/** What a template may bind on a tag. */
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const ok: PropsOf<'phone-login'> = {
  endpoint: '/api/auth-valimo/',
  lang: 'lt',
  timeLimit: 120,
  // `@success="…"` compiles to onSuccess, and Vue listens for `success`.
  onSuccess: (event) => event.detail.token,
  onFailure: (event) => event.detail.reason,
  onCancel: (event) => event.detail.uuid,
  class: 'login',
};
export const field: PropsOf<'phone-login-pin'> = { length: 6, withoutWebotp: true };

// @ts-expect-error timeLimit is a number
export const badNumber: PropsOf<'phone-login'> = { timeLimit: '120' };
// @ts-expect-error a failure listener gets a FailureEvent, which has no token
export const wrongEvent: PropsOf<'phone-login'> = { onFailure: (event) => event.detail.token };
// @ts-expect-error no such event
export const unknownEvent: PropsOf<'phone-login'> = { onSucess: () => {} };
