import { basicAuth, postToGateway, type GatewayOptions } from './gateway.js';
import type { SmsMessage, SmsSender } from './sender.js';

/** Settings of the generic HTTP sender. */
export interface HttpSmsSenderOptions extends GatewayOptions {
  /** Where to POST each message. */
  url: string;
  /** The sender number or name, sent as `From`. */
  from?: string;
  /** `Authorization: Bearer <token>`. */
  bearer?: string;
  /** HTTP Basic credentials instead of a bearer token. */
  basic?: { user: string; password: string };
  /** Makes the JSON body from the message (default `{"From", "To", "Body"}`, authentik's generic shape). */
  payload?: (message: SmsMessage, from: string | undefined) => unknown;
}

/** Sends each message as one JSON POST to any gateway, with bearer or basic auth: the escape hatch for providers without a class here. */
export class HttpSmsSender implements SmsSender {
  constructor(private readonly options: HttpSmsSenderOptions) {
    if (!options.url) throw new TypeError('url is required');
    if (options.bearer && options.basic) throw new TypeError('use bearer or basic, not both');
  }

  /** Sends one message; a non-2xx answer becomes a ProviderError. */
  send(message: SmsMessage): Promise<void> {
    const { url, from, bearer, basic, payload } = this.options;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (bearer) headers.Authorization = `Bearer ${bearer}`;
    if (basic) headers.Authorization = basicAuth(basic.user, basic.password);
    const body = payload ? payload(message, from) : { ...(from === undefined ? {} : { From: from }), To: message.to, Body: message.body };
    return postToGateway(url, { headers, body: JSON.stringify(body) }, this.options);
  }
}
