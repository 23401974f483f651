import { CUSTOM_ELEMENTS_SCHEMA, Component, signal } from '@angular/core';
import type { SuccessEvent } from 'phone-login';

@Component({
  selector: 'app-root',
  // <phone-login> is a custom element: Angular sets [endpoint] and [lang] as its properties.
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <main>
      <phone-login [endpoint]="api" default-country="EE" [lang]="lang()" (success)="onSuccess($event)"></phone-login>
      <output id="token">{{ token() }}</output>
      <button type="button" id="lang" (click)="toggleLang()">{{ lang() === 'en' ? 'Eesti keeles' : 'In English' }}</button>
    </main>
  `,
})
export class App {
  /** The API's URL comes from the page's: ?api=https://api.example/api/auth-valimo/ */
  protected readonly api = new URLSearchParams(location.search).get('api') ?? '/api/auth-valimo/';
  protected readonly lang = signal('en');
  protected readonly token = signal('');

  protected onSuccess(event: Event): void {
    this.token.set((event as SuccessEvent).detail.token);
  }

  protected toggleLang(): void {
    this.lang.update((lang) => (lang === 'en' ? 'et' : 'en'));
  }
}
