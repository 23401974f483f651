import { readAnswer, type MsspAnswer } from './answers.js';
import type { ResolvedValimoOptions } from './options.js';
import { signatureRequest, statusRequest, type ApInfo } from './requests.js';
import { SoapTransport } from './transport.js';

/** The two SOAP calls of a Mobile ID login, over one mutual-TLS connection pool. */
export class MsspClient {
  private readonly transport: SoapTransport;

  constructor(private readonly options: ResolvedValimoOptions) {
    this.transport = new SoapTransport({
      cert: options.cert,
      key: options.key,
      ...(options.ca === undefined ? {} : { ca: options.ca }),
      timeoutMs: options.requestTimeoutMs,
      maxAnswerBytes: options.maxAnswerBytes,
    });
  }

  /**
   * Asks the phone to sign `"<prefix> <code>"`. Resolves with the MSSP's answer (a status or a
   * fault); rejects with TransportError (no answer) or BadAnswer (no usable answer).
   */
  async sign(apTransId: string, msisdn: string, code: string, signal?: AbortSignal): Promise<MsspAnswer> {
    const { messagePrefix, signatureProfile, timeoutSeconds } = this.options;
    const body = signatureRequest(this.apInfo(apTransId), { msisdn, text: `${messagePrefix} ${code}`, signatureProfile, timeoutSeconds });
    const answer = await this.transport.post(this.options.signatureUrl, body, signal);
    return readAnswer(answer.status, answer.body);
  }

  /** Asks where transaction `msspTransId` stands; rejects like `sign`. */
  async status(apTransId: string, msspTransId: string, signal?: AbortSignal): Promise<MsspAnswer> {
    const body = statusRequest(this.apInfo(apTransId), msspTransId);
    const answer = await this.transport.post(this.options.statusUrl, body, signal);
    return readAnswer(answer.status, answer.body);
  }

  /** Closes idle connections. */
  close(): void {
    this.transport.close();
  }

  private apInfo(apTransId: string): ApInfo {
    const { apId, apPwd, dnsName, now } = this.options;
    return { apId, apPwd, apTransId, dnsName, sentAt: now() };
  }
}
