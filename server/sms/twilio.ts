import { basicAuth, postToGateway, type GatewayOptions } from './gateway.js';
import type { SmsMessage, SmsSender } from './sender.js';

/** Settings of the Twilio sender. */
export interface TwilioSenderOptions extends GatewayOptions {
  /** The Account SID ("AC…"). */
  accountSid: string;
  /** The Auth Token (or an API key secret with `apiKeySid`). Keep it server-side. */
  authToken: string;
  /** An API key SID ("SK…") to authenticate with instead of the Account SID. */
  apiKeySid?: string;
  /** The sending number in E.164, or an alphanumeric sender ID where the country allows it. */
  from: string;
  /** API base (default `https://api.twilio.com`); tests point it at a local server. */
  baseUrl?: string;
}

/**
 * Sends through Twilio Programmable Messaging: `POST /2010-04-01/Accounts/{sid}/Messages.json`
 * with the form fields `To`, `From` and `Body`, HTTP Basic auth (as authentik's SMS stage does).
 */
export class TwilioSender implements SmsSender {
  constructor(private readonly options: TwilioSenderOptions) {
    if (!options.accountSid || !options.authToken || !options.from) throw new TypeError('accountSid, authToken and from are required');
  }

  /** Sends one message; a refusal becomes a ProviderError that says nothing of the account. */
  send(message: SmsMessage): Promise<void> {
    const { accountSid, authToken, apiKeySid, from, baseUrl = 'https://api.twilio.com' } = this.options;
    const url = `${baseUrl.replace(/\/$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    return postToGateway(
      url,
      {
        headers: { Authorization: basicAuth(apiKeySid ?? accountSid, authToken), 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: message.to, From: from, Body: message.body }),
      },
      this.options,
    );
  }
}
