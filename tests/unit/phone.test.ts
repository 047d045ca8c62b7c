import { describe, expect, it } from 'vitest';
import { phoneDigits, phoneKind, telHref } from '../../src/services/phone';

describe('phoneKind', () => {
  it.each([
    ['0731-84567890', 'landline'],
    ['010-12345678', 'landline'],
    ['0755-83765566', 'landline'],
    ['13800000000', 'mobile'],
    ['19912345678', 'mobile'],
    ['12345', 'service'],
    ['12320', 'service'],
    ['120', 'service'],
    ['110', 'service'],
    ['10086', 'service'],
    ['95588', 'service'],
    ['962110', 'service'],
    ['400-123-4567', 'toll-free'],
    ['800-123-4567', 'toll-free'],
    // Sample content's numbers that reach no one.
    ['0700-01230001', 'fictional'],
    ['10012340001', 'fictional'],
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

  it.each([
    'abc', '12', '0731-123', '', '0731-8456789a', '1380000000', '138000000001',
    // Numbers the numbering plan does not have: 12-34, an unassigned area code, no such mobile prefix, 5-digit 11xxx.
    '12-34', '1234', '0200-12345678', '11112345678', '11234', '0700-123',
  ])('rejects %j', (written) => {
    expect(phoneKind(written)).toBeUndefined();
  });
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
