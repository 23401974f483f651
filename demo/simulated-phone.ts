import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';

/** A Mobile ID request waiting on the simulated phone. */
interface Prompt {
  uuid: string;
  phone: string;
  code: string;
}

/** A text message in the simulated phone's inbox. */
interface Sms {
  id: string;
  to: string;
  body: string;
  receivedAt: number;
}

/** How often the phone asks the demo server for news. */
const REFRESH_MS = 400;

/**
 * The demo's phone: shows the Mobile ID requests the reference server's simulator holds, and
 * answers them. It talks only to the demo-only `/__phone/` API, never to the widget.
 */
@customElement('simulated-phone')
export class SimulatedPhone extends LitElement {
  static override styles = css`
    :host {
      display: block;
      width: 17rem;
    }
    .frame {
      border: 0.75rem solid #1f2937;
      border-radius: 2rem;
      min-height: 26rem;
      background: #f9fafb;
      padding: 1.5rem 1rem;
      display: grid;
      align-content: start;
      gap: 1rem;
      color: #111827;
    }
    .app {
      font-size: 0.8rem;
      text-transform: uppercase;
      letter-spacing: 0.08em;
      color: #374151;
    }
    .card {
      background: #fff;
      border-radius: 1rem;
      padding: 1rem;
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.2);
      display: grid;
      gap: 0.75rem;
    }
    .code {
      font-size: 2rem;
      font-weight: 700;
      letter-spacing: 0.25em;
    }
    .actions {
      display: flex;
      gap: 0.5rem;
    }
    button {
      flex: 1;
      min-height: 2.75rem;
      border-radius: 0.5rem;
      font: inherit;
      font-weight: 600;
      border: 2px solid #1f2937;
      cursor: pointer;
    }
    .approve {
      background: #047857;
      border-color: #047857;
      color: #fff;
    }
    .reject {
      background: #fff;
      color: #991b1b;
      border-color: #991b1b;
    }
    button:focus-visible {
      outline: 3px solid #1d4ed8;
      outline-offset: 2px;
    }
    .idle {
      color: #374151;
    }
    .inbox {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .sms {
      background: #e5e7eb;
      border-radius: 1rem 1rem 1rem 0.25rem;
      padding: 0.5rem 0.75rem;
      font-size: 0.875rem;
    }
    .sms p {
      margin: 0.25rem 0 0;
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .sms time {
      font-size: 0.75rem;
      color: #374151;
    }
  `;

  @state() private prompts: Prompt[] = [];
  @state() private inbox: Sms[] = [];
  @state() private offline = false;
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  protected override render(): TemplateResult {
    const prompt = this.prompts[0];
    return html`
      <div class="frame" role="region" aria-label="Simulated phone screen">
        <div class="app">Mobile ID</div>
        ${prompt ? this.renderPrompt(prompt) : html`<p class="idle">${this.offline ? 'No connection to the demo server.' : 'No requests.'}</p>`}
        <div class="app">Messages</div>
        ${this.inbox.length
          ? html`<ol class="inbox" aria-label="Text messages">
              ${this.inbox.slice(0, 3).map(
                (sms) => html`<li class="sms" data-sms=${sms.id}>
                  <time>${new Date(sms.receivedAt).toLocaleTimeString()}</time>
                  <p>${sms.body}</p>
                </li>`,
              )}
            </ol>`
          : html`<p class="idle">No messages.</p>`}
      </div>
    `;
  }

  private renderPrompt(prompt: Prompt): TemplateResult {
    return html`
      <div class="card" data-uuid=${prompt.uuid}>
        <div>Example Service asks you to log in${prompt.phone ? html` as <span dir="ltr">${prompt.phone}</span>` : nothing}.</div>
        <div>Login code: <span class="code" data-code>${prompt.code}</span></div>
        <div>Confirm only if the site shows the same code.</div>
        <div class="actions">
          <button class="reject" @click=${() => this.answer(prompt, 'reject')}>Reject</button>
          <button class="approve" @click=${() => this.answer(prompt, 'approve')}>Approve</button>
        </div>
      </div>
    `;
  }

  private async refresh(): Promise<void> {
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    try {
      const [prompts, inbox] = await Promise.all(
        ['/__phone/prompts', '/__phone/sms'].map(async (path) => {
          const response = await fetch(path, { signal: controller.signal, cache: 'no-store' });
          return response.ok ? ((await response.json()) as unknown) : [];
        }),
      );
      this.prompts = prompts as Prompt[];
      this.inbox = inbox as Sms[];
      this.offline = false;
    } catch {
      if (controller.signal.aborted) return;
      this.offline = true;
    }
    if (this.isConnected) this.timer = setTimeout(() => void this.refresh(), REFRESH_MS);
  }

  private async answer(prompt: Prompt, verdict: 'approve' | 'reject'): Promise<void> {
    await fetch(`/__phone/prompts/${encodeURIComponent(prompt.uuid)}/${verdict}`, { method: 'POST' });
    this.prompts = this.prompts.filter((p) => p.uuid !== prompt.uuid);
    void this.refresh();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'simulated-phone': SimulatedPhone;
  }
}
