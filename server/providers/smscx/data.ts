import type { PinType } from '../local-otp.js';
import { isObject, OTP_ID } from './api.js';

/**
 * What a login keeps of its SMS.cx code, in the shared record (never sent to clients), so any
 * instance can check, describe or cancel it. SMS.cx echoes neither the code's type nor its length,
 * so they are kept as requested.
 */
export interface SmsCxData {
  /** SMS.cx's id of the code. */
  readonly otpId: string;
  /** Our id of the request (`trackId`), to find it in SMS.cx's dashboard. */
  readonly trackId: string;
  /** Epoch ms at which the code stops working. */
  readonly expiresAt: number;
  /** Wrong codes SMS.cx allows. */
  readonly maxAttempts: number;
  /** Wrong codes so far (SMS.cx does not say on a wrong code, so we count). */
  readonly wrong: number;
  /** The code's alphabet. */
  readonly pinType: PinType;
  /** The code's length. */
  readonly pinLength: number;
  /**
   * True from just before a check is sent until its answer is known. Still true at the next
   * check, it means an earlier check of ours may have verified the code without our hearing.
   */
  readonly checking: boolean;
}

/** The SMS.cx data of a record, if it has any. */
export function smsCxData(providerData: unknown): SmsCxData | undefined {
  if (!isObject(providerData) || typeof providerData.otpId !== 'string' || !OTP_ID.test(providerData.otpId)) return undefined;
  return providerData as unknown as SmsCxData;
}

/** What we asked SMS.cx for, to fill in what its answer leaves out. */
export interface CodeRequest {
  readonly trackId: string;
  readonly ttl: number;
  readonly maxAttempts: number;
  readonly pinType: PinType;
  readonly pinLength: number;
}

/**
 * The data of a new OTP from SMS.cx's 201, or undefined when the answer has no usable otpId. The
 * expiry counts from when we sent the request (SMS.cx starts the TTL then), and only an earlier
 * `dateExpires` with a time zone wins: the widget must never show more time than the code has.
 */
export function createdData(answer: Readonly<Record<string, unknown>>, asked: CodeRequest, sentAt: number): SmsCxData | undefined {
  const { otpId, ttl, maxAttempts, attempts, dateExpires } = answer;
  if (typeof otpId !== 'string' || !OTP_ID.test(otpId)) return undefined;
  const lifeS = isCount(ttl, 60, 1800) ? ttl : asked.ttl;
  const byTtl = sentAt + lifeS * 1000;
  const stated = typeof dateExpires === 'string' && /(?:Z|[+-]\d\d:?\d\d)$/.test(dateExpires) ? Date.parse(dateExpires) : Number.NaN;
  const max = isCount(maxAttempts, 1, 10) ? maxAttempts : asked.maxAttempts;
  return {
    otpId,
    trackId: asked.trackId,
    expiresAt: stated > sentAt && stated < byTtl ? stated : byTtl,
    maxAttempts: max,
    wrong: isCount(attempts, 0, max) ? attempts : 0,
    pinType: asked.pinType,
    pinLength: asked.pinLength,
    checking: false,
  };
}

function isCount(value: unknown, min: number, max: number): value is number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max;
}
