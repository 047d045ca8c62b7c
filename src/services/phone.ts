/**
 * Phone numbers as people write them (`0731-8xxxxxxx`, `138 0000 0000`, `12345`,
 * `400-123-4567`) and as a phone dials them (`tel:073184567890`).
 */

export type PhoneKind = 'landline' | 'mobile' | 'service' | 'toll-free';

const SEPARATORS = /[\s\-‐–—()（）]/g;

const PATTERNS: ReadonlyArray<[PhoneKind, RegExp]> = [
  // area code (3–4 digits, starting 0) + 7–8 digit local number
  ['landline', /^0\d{9,11}$/],
  ['mobile', /^1\d{10}$/],
  ['toll-free', /^[48]00\d{7}$/],
  // 110, 120, 12345, 12320, 95xxx …
  ['service', /^(1\d{2,4}|9\d{4})$/],
];

/** Digits only, as a `tel:` link needs them. */
export function phoneDigits(written: string): string {
  return written.replace(SEPARATORS, '');
}

/** Which kind of number this is, or `undefined` when it is not one people can dial. */
export function phoneKind(written: string): PhoneKind | undefined {
  if (/[^\d\s\-‐–—()（）]/.test(written)) return undefined;
  const digits = phoneDigits(written);
  return PATTERNS.find(([, pattern]) => pattern.test(digits))?.[0];
}

/** `tel:` URL for a number as written. */
export function telHref(written: string): string {
  return `tel:${phoneDigits(written)}`;
}
