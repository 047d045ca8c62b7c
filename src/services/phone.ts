/**
 * Phone numbers as people write them (`0731-8xxxxxxx`, `138 0000 0000`, `12345`,
 * `400-123-4567`) and as a phone dials them (`tel:073184567890`). Landlines and
 * mobiles are checked against China's numbering plan by libphonenumber-js
 * (real area codes and mobile prefixes); short numbers against the list of
 * ranges that exist. Sample content uses numbers that reach no one: a landline
 * with the unassigned area code 0700, or an 11-digit number starting 100.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type PhoneKind = 'landline' | 'mobile' | 'service' | 'toll-free' | 'fictional';

const SEPARATORS = /[\s\-‐–—()（）]/g;

/** Short numbers, as China assigns them. */
const SHORT_NUMBERS: readonly RegExp[] = [
  // Police, fire, ambulance, traffic accidents.
  /^(110|119|120|122)$/,
  // Public service numbers 121xx–123xx: 12320 health, 12345 government, 12315 consumers, 12121 weather…
  /^12[1-3]\d{2}$/,
  // Carriers' service lines: 10000, 10010, 10086…
  /^100\d{2}$/,
  // Nationwide company service numbers (95xxx, 95xxxx) and local public service numbers (96xxx, 96xxxx).
  /^9[56]\d{3,4}$/,
];

/** Numbers that reach no one, for sample content and guides: area code 0700 is unassigned, 100 is no mobile prefix. */
const FICTIONAL = /^(0700\d{7,8}|100\d{8})$/;

/** Digits only, as a `tel:` link needs them. */
export function phoneDigits(written: string): string {
  return written.replace(SEPARATORS, '');
}

/** Which kind of number this is, or `undefined` when no such number can exist. */
export function phoneKind(written: string): PhoneKind | undefined {
  if (/[^\d\s\-‐–—()（）]/.test(written)) return undefined;
  const digits = phoneDigits(written);
  if (SHORT_NUMBERS.some((pattern) => pattern.test(digits))) return 'service';
  if (FICTIONAL.test(digits)) return 'fictional';
  if (/^[48]00\d{7}$/.test(digits)) return 'toll-free';
  const parsed = parsePhoneNumberFromString(digits, 'CN');
  if (!parsed?.isValid()) return undefined;
  const type = parsed.getType();
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE') return 'landline';
  return undefined;
}

/** `tel:` URL for a number as written. */
export function telHref(written: string): string {
  return `tel:${phoneDigits(written)}`;
}
