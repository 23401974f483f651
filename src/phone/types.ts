import type { CountryCode } from 'libphonenumber-js/core';

// The phone module's types, in a module of their own: the engine (loaded on demand) and the
// front (phone.ts, which loads the engine) both use them without importing each other.

/**
 * Which numbers the field accepts decides which metadata it needs (sizes gzip -9 of one calling
 * code: +372 0.4 KB, +44 0.6 KB, +1 1.7 KB; see README):
 * - mobile only (the default: SMS and Mobile ID reach mobiles only): libphonenumber-js's `mobile`
 *   set, which knows which numbers are mobiles, so "not a mobile" can be said;
 * - landlines too (`allow-landline`): its `min` set, which validates every kind and is smaller.
 * Either is loaded one calling code at a time, with the engine, when a number needs it.
 */
export type NumberKinds = 'mobile' | 'any';

/** Why a phone number cannot be used, as the field explains it to the user. */
export type PhoneProblem =
  | 'required'
  | 'too-short'
  | 'too-long'
  | 'invalid-country'
  | 'not-a-number'
  | 'not-mobile'
  | 'country-not-allowed'
  | 'invalid';

/** What numbers a field accepts. */
export interface PhoneRules {
  /** Mobiles only (default: SMS and Mobile ID), or landlines too. */
  kinds?: NumberKinds;
  /** The countries numbers may come from; empty or absent means all. */
  countries?: readonly CountryCode[];
}

/** The outcome of checking what the user typed. */
export interface PhoneCheck {
  /** The number in E.164 (`+3725123456`), present only when it is valid. */
  e164?: string;
  /** The country the number belongs to, when known. */
  country?: CountryCode;
  /** Why it is not valid; absent when it is. */
  problem?: PhoneProblem;
  /** The data that judges the number is still loading: neither valid nor refused yet. */
  pending?: true;
}

/** A typed number as the field shows it. */
export interface Typed {
  text: string;
  /** The country the text belongs to, when it tells. */
  country?: CountryCode;
  /** Whether the text is an international number ("+…"). */
  international: boolean;
  /** The data to format it is still loading: the text is shown as typed. */
  pending?: true;
}

