import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { loginContext, type LoginView } from '../../../src/context.js';
import type { Phase, PinNotice } from '../../../src/flow/phases.js';
import { en } from '../../../src/i18n/locales/en.js';
import '../../../src/phone-login-status/phone-login-status.js';
import type { PhoneLoginStatus } from '../../../src/phone-login-status/phone-login-status.js';

/** Stands in for `<phone-login>`: provides the view the status region reads, and nothing else. */
@customElement('status-test-host')
class StatusTestHost extends LitElement {
  @provide({ context: loginContext })
  @property({ attribute: false })
  view: LoginView = at({ name: 'enter-phone' });

  protected override render(): TemplateResult {
    return html`<phone-login-status></phone-login-status>`;
  }
}

function at(phase: Phase): LoginView {
  return { state: { phase, phone: '+37251234567' }, terms: en };
}

function codeStep(notice?: PinNotice): LoginView {
  return at({ name: 'pin', challenge: { uuid: 'u', length: 6, type: 'numeric' }, notice, expiringSoon: false, resending: false });
}

const statusOf = (host: StatusTestHost) => host.shadowRoot!.querySelector<PhoneLoginStatus>('phone-login-status')!;
const regions = (host: StatusTestHost) => statusOf(host).shadowRoot!.querySelectorAll<HTMLElement>('[role="status"], [aria-live]');
const said = (host: StatusTestHost) => regions(host)[0]!.textContent!.trim();

/** Moves the host to a new view and waits for the region to render it. */
async function show(host: StatusTestHost, view: LoginView) {
  host.view = view;
  await host.updateComplete;
  await statusOf(host).updateComplete;
}

/** Every text the region held, in order, while `run` went on. */
async function heard(host: StatusTestHost, run: () => Promise<void>): Promise<string[]> {
  const texts: string[] = [];
  const region = regions(host)[0]!;
  const observer = new MutationObserver(() => texts.push(region.textContent!.trim()));
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  await run();
  observer.takeRecords().forEach(() => texts.push(region.textContent!.trim()));
  observer.disconnect();
  return texts.filter((text, i) => text !== texts[i - 1]);
}

describe('<phone-login-status>', () => {
  it('is one polite, atomic live region, there and empty from the start, and axe finds nothing', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    await statusOf(host).updateComplete;
    expect(regions(host)).to.have.length(1);
    const region = regions(host)[0]!;
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.getAttribute('aria-atomic')).to.equal('true');
    expect(said(host)).to.equal('');
    await expect(statusOf(host)).to.be.accessible();
    await show(host, at({ name: 'starting' }));
    await expect(statusOf(host)).to.be.accessible();
  });

  it('is visually hidden, yet not hidden from screen readers', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    const box = statusOf(host).getBoundingClientRect();
    expect(box.width * box.height).to.be.at.most(1);
    expect(getComputedStyle(statusOf(host)).display).to.not.equal('none');
    expect(getComputedStyle(statusOf(host)).visibility).to.equal('visible');
  });

  it('sets its text on each change, never appending, in the same region', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    const region = regions(host)[0];
    await show(host, at({ name: 'starting' }));
    expect(said(host)).to.equal('Starting the login…');
    await show(host, at({ name: 'message', uuid: 'u', code: '0427', state: 'Processing', trouble: false }));
    expect(said(host)).to.equal('Verification code: 0 4 2 7. Waiting for you to confirm on your phone…');
    await show(host, at({ name: 'failed', reason: 'user_cancel', resumable: false, resendable: false }));
    expect(said(host)).to.equal('The login was canceled on the phone.');
    expect(regions(host)).to.have.length(1);
    expect(regions(host)[0], 'the region is kept, only its text changes').to.equal(region);
  });

  it('says nothing new when the view changes but reads the same', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    const notice: PinNotice = { kind: 'wrong', attemptsLeft: 2 };
    await show(host, codeStep(notice));
    const texts = await heard(host, async () => {
      // A countdown tick: a new view, the same notice.
      await show(host, codeStep(notice));
      await nextFrame();
    });
    expect(texts).to.deep.equal([]);
    expect(said(host)).to.equal('Wrong code. 2 attempts left.');
  });

  it('says the same words again: empties the region, then refills it on the next frame', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    await show(host, codeStep({ kind: 'unreachable' }));
    expect(said(host)).to.equal(en.pinUnreachable);
    const texts = await heard(host, async () => {
      // A second failure to reach the server: a new notice with the same words.
      await show(host, codeStep({ kind: 'unreachable' }));
      expect(said(host), 'emptied at once').to.equal('');
      await nextFrame();
      await statusOf(host).updateComplete;
    });
    expect(texts).to.deep.equal(['', en.pinUnreachable]);
  });

  it('does not refill after it left the page', async () => {
    const host = await fixture<StatusTestHost>(html`<status-test-host></status-test-host>`);
    await show(host, codeStep({ kind: 'unreachable' }));
    await show(host, codeStep({ kind: 'unreachable' }));
    const status = statusOf(host);
    status.remove();
    await nextFrame();
    await status.updateComplete;
    expect(status.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
  });
});
