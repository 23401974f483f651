import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { checkRequest, Refusal, type Expected } from './checks.js';
import { faultAnswer, faultText, signatureAnswer, statusAnswer, type Style } from './documents.js';
import type { TestPki } from './pki.js';

/** One scripted answer. */
export type Step =
  /** A regular answer with this StatusCode; `identity` becomes the `UserIdentifier` (502 without it has none). */
  | { status: number; identity?: string }
  /** A SOAP fault (HTTP 500) whose Subcode carries `_<fault>` (null: no ETSI code), with this untrusted text. */
  | { fault: number | null; text?: string }
  /** A bare HTTP answer, e.g. a 503 with an HTML page. */
  | { http: number; body?: string }
  /** This exact body with HTTP 200 (e.g. one with a DOCTYPE). */
  | { raw: string }
  /** No answer at all: the request is held until the client gives up. */
  | { silent: true };

/** What the stand-in does for one number. */
export interface Script {
  /** The answer to MSS_Signature (default: 100, a new transaction). */
  start?: Step;
  /** Answers to status queries in turn; then the decision (`approve`/`decide`), else 504 for ever. */
  status?: Step[];
  /** Hold each status answer this long (widens races in tests). */
  delayMs?: number;
}

/** A transaction the stand-in accepted. */
export interface Transaction {
  /** Its id at the stand-in. */
  msspTransId: string;
  /** The AP's id of it. */
  apTransId: string;
  /** The number asked. */
  msisdn: string;
  /** The text the phone shows (DataToBeSigned as received). */
  dataToBeSigned: string;
  /** Status queries received. */
  statusQueries: number;
  /** Status queries being answered right now. */
  inFlight: number;
  /** Most status queries ever in flight at once. */
  maxInFlight: number;
  /** The user's answer, once given. */
  decision?: Step;
  /** Scripted status answers still to give. */
  script: Step[];
  /** Hold each status answer this long. */
  delayMs: number;
}

/** Settings of the stand-in. */
export interface StandInOptions {
  /** Certificates made by `makeTestPki`. */
  pki: TestPki;
  /** Per-number scripts (E.164 → script). */
  scripts?: Record<string, Script>;
  /** Answer with ETSI elements in no namespace. */
  unqualified?: boolean;
}

/** The identity a default approval signs with. */
export const DEFAULT_IDENTITY = 'SERIALNUMBER=PNOEE-38001085718, GN=MARY ÄNN, SN=O’CONNEŽ-ŠUSLIK TESTNUMBER, CN="O’CONNEŽ-ŠUSLIK TESTNUMBER,MARY ÄNN,38001085718", C=EE';

/** A strict stand-in for a Valimo MSSP: HTTPS with mutual TLS on 127.0.0.1, scripted per number. */
export class StandInMssp {
  /** AP credentials and profile it accepts. */
  readonly expected: Expected;
  /** Requests by kind; `refused` counts requests answered with an error, `tlsRefused` failed handshakes. */
  readonly counts = { signature: 0, status: 0, refused: 0, tlsRefused: 0 };
  /** Accepted transactions by MSSP_TransID. */
  readonly transactions = new Map<string, Transaction>();
  /** The last refusal, for tests of strictness. */
  lastRefusal?: Refusal;
  private readonly scripts: Map<string, Script>;
  private readonly waiters = new Set<() => void>();
  private readonly held = new Set<ServerResponse>();
  private readonly style: Style;

  private constructor(private readonly server: Server, options: StandInOptions, baseUrl: string) {
    this.expected = { apId: 'stand-in-ap', apPwd: 'p<&>"ss', signatureProfile: 'http://mss.example.test/profiles/auth#validate', dnsName: 'mssp.example.test', baseUrl };
    this.scripts = new Map(Object.entries(options.scripts ?? {}));
    this.style = { unqualified: options.unqualified ?? false, dnsName: this.expected.dnsName };
  }

  /** Starts a stand-in on a free port of 127.0.0.1. */
  static async start(options: StandInOptions): Promise<StandInMssp> {
    const { pki } = options;
    // requestCert + rejectUnauthorized: a client without a certificate from `ca` fails the handshake, as at a real MSSP.
    const server = createServer({ key: pki.server.key, cert: pki.server.cert, ca: pki.ca.cert, requestCert: true, rejectUnauthorized: true });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const stand = new StandInMssp(server, options, `https://127.0.0.1:${(server.address() as AddressInfo).port}`);
    server.on('request', (req: IncomingMessage, res: ServerResponse) => void stand.serve(req, res));
    server.on('tlsClientError', () => stand.counts.tlsRefused++);
    return stand;
  }

  /** The base URL to configure the provider with. */
  get url(): string {
    return this.expected.baseUrl;
  }

  /** Sets the script of a number. */
  script(msisdn: string, script: Script): void {
    this.scripts.set(msisdn, script);
  }

  /** Resolves with the transaction of `msisdn` once the stand-in has accepted one. */
  transaction(msisdn: string): Promise<Transaction> {
    return this.until(() => [...this.transactions.values()].find((t) => t.msisdn === msisdn));
  }

  /** Resolves once the transaction has had at least `n` status queries answered or under way. */
  queried(transaction: Transaction, n: number): Promise<Transaction> {
    return this.until(() => (transaction.statusQueries >= n ? transaction : undefined));
  }

  /** The user answers on the phone: later status queries get `step`. */
  decide(transaction: Transaction, step: Step): void {
    transaction.decision = step;
  }

  /** The user types their PIN: a valid signature by `identity`. */
  approve(transaction: Transaction, identity = DEFAULT_IDENTITY): void {
    this.decide(transaction, { status: 502, identity });
  }

  /** Stops listening and drops every connection, held answers included. */
  async close(): Promise<void> {
    for (const res of this.held) res.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private until<T>(find: () => T | undefined): Promise<T> {
    return new Promise((resolve) => {
      const check = () => {
        const found = find();
        if (found === undefined) return;
        this.waiters.delete(check);
        resolve(found);
      };
      this.waiters.add(check);
      check();
    });
  }

  private changed(): void {
    for (const waiter of [...this.waiters]) waiter();
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    if (req.method !== 'POST') return this.send(res, { http: 405 });
    let checked;
    try {
      checked = checkRequest(new URL(req.url ?? '/', this.url).pathname, req.headers, Buffer.concat(chunks).toString('utf8'), this.expected);
    } catch (error) {
      if (!(error instanceof Refusal)) throw error;
      this.counts.refused++;
      this.lastRefusal = error;
      this.changed();
      return error.code === undefined ? this.send(res, { http: error.http }) : this.send(res, { fault: error.code, text: faultText(error.code) }, error.soapCode);
    }
    if (checked.kind === 'signature') {
      this.counts.signature++;
      const step = this.scripts.get(checked.msisdn)?.start ?? { status: 100 };
      const about = { apTransId: checked.apTransId, msisdn: checked.msisdn };
      if (!('status' in step)) return this.send(res, step, 'Sender', about);
      if (step.status !== 100) return this.sendXml(res, 200, signatureAnswer(this.style, { ...about, code: step.status, msspTransId: '' }));
      if ([...this.transactions.values()].some((t) => t.apTransId === checked.apTransId)) return this.send(res, { fault: 101, text: 'AP_TransID reused' }, 'Sender');
      const transaction: Transaction = {
        msspTransId: `mid${randomBytes(8).toString('hex')}`,
        apTransId: checked.apTransId,
        msisdn: checked.msisdn,
        dataToBeSigned: checked.data,
        statusQueries: 0,
        inFlight: 0,
        maxInFlight: 0,
        script: [...(this.scripts.get(checked.msisdn)?.status ?? [])],
        delayMs: this.scripts.get(checked.msisdn)?.delayMs ?? 0,
      };
      this.transactions.set(transaction.msspTransId, transaction);
      this.changed();
      return this.sendXml(res, 200, signatureAnswer(this.style, { ...transaction, code: 100 }));
    }
    this.counts.status++;
    const transaction = this.transactions.get(checked.msspTransId);
    if (!transaction) return this.send(res, { fault: 101, text: 'unknown transaction' }, 'Sender');
    transaction.statusQueries++;
    transaction.maxInFlight = Math.max(transaction.maxInFlight, ++transaction.inFlight);
    this.changed();
    if (transaction.delayMs) await new Promise((resolve) => setTimeout(resolve, transaction.delayMs));
    transaction.inFlight--;
    const step = transaction.script.shift() ?? transaction.decision ?? { status: 504 };
    this.send(res, step, 'Receiver', transaction);
  }

  private send(res: ServerResponse, step: Step, soapCode = 'Receiver', about: { apTransId: string; msisdn: string } = { apTransId: '_', msisdn: '' }): void {
    if ('silent' in step) {
      this.held.add(res);
      res.on('close', () => this.held.delete(res));
      return;
    }
    if ('raw' in step) return this.sendXml(res, 200, step.raw);
    if ('http' in step) {
      res.writeHead(step.http, { 'Content-Type': 'text/html' });
      res.end(step.body ?? `<html><body>${step.http}</body></html>`);
      return;
    }
    if ('fault' in step) return this.sendXml(res, 500, faultAnswer(step.fault, step.text ?? faultText(step.fault), soapCode));
    this.sendXml(res, 200, statusAnswer(this.style, { ...about, code: step.status, ...(step.identity === undefined ? {} : { identity: step.identity }) }));
  }

  private sendXml(res: ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'Content-Type': 'application/soap+xml; charset=utf-8' });
    res.end(body);
  }
}
