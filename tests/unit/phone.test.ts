import { describe, expect, it } from 'vitest';
import { phoneDigits, phoneKind, telHref } from '../../src/services/phone';

describe('phoneKind', () => {
  it.each([
    ['0731-84567890', 'landline'],
    ['0700-01230001', 'landline'],
    ['010-12345678', 'landline'],
    ['13800000000', 'mobile'],
    // The contract only says "mobile (11 digits)", so any 11-digit number starting with 1 counts.
    ['10000000001', 'mobile'],
    ['12345', 'service'],
    ['120', 'service'],
    ['95588', 'service'],
    ['400-123-4567', 'toll-free'],
    ['800-123-4567', 'toll-free'],
  ])('recognises %s as %s', (written, kind) => {
    expect(phoneKind(written)).toBe(kind);
  });

  it.each([
    ['(0731) 8456 7890', 'landline'],
    ['（0731）84567890', 'landline'],
    ['138 0000 0000', 'mobile'],
    ['138-0000-0000', 'mobile'],
    ['400 123 4567', 'toll-free'],
  ])('ignores spaces, dashes and parentheses in %s', (written, kind) => {
    expect(phoneKind(written)).toBe(kind);
  });

  it.each(['abc', '12', '0731-123', '', '0731-8456789a', '1380000000', '138000000001'])(
    'rejects %j',
    (written) => {
      expect(phoneKind(written)).toBeUndefined();
    },
  );
});

describe('telHref', () => {
  it.each([
    ['0731-84567890', 'tel:073184567890'],
    ['(0731) 8456 7890', 'tel:073184567890'],
    ['（0731）8456-7890', 'tel:073184567890'],
    ['138 0000 0000', 'tel:13800000000'],
    ['400-123-4567', 'tel:4001234567'],
    ['12345', 'tel:12345'],
  ])('dials %s as %s', (written, href) => {
    expect(telHref(written)).toBe(href);
  });

  it('leaves only digits for a number with every separator', () => {
    expect(phoneDigits(' 0731 – 8456 — 7890 ')).toMatch(/^\d+$/);
  });
});
