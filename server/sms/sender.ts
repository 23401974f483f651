/** One text message to send. */
export interface SmsMessage {
  /** The recipient in E.164, e.g. `+3725123456`. */
  readonly to: string;
  /** The text, at most a few hundred characters. */
  readonly body: string;
}

/**
 * Delivers text messages: the demo's simulated inbox, or a real gateway (Twilio, SMS.cx, …).
 * Rejecting means the message was not sent; a `ProviderError`'s text may be shown to the user,
 * any other error's text never is.
 */
export interface SmsSender {
  /** Sends one message; resolves once the gateway has accepted it. */
  send(message: SmsMessage): Promise<void>;
}
