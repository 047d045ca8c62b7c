import { describe, expect, it } from 'vitest';
import { beijingDaysBetween, isoBeijing, parseContentDate, startOfBeijingDay } from '../../src/lifecycle/beijing-time';
import { needsVerification, verificationDueAt } from '../../src/lifecycle/verification';

const at = (text: string) => parseContentDate(text)!;

describe('start of a Beijing day', () => {
  it('is Beijing midnight, not UTC midnight, whatever the hour', () => {
    expect(isoBeijing(startOfBeijingDay(at('2026-11-22T00:30')))).toBe('2026-11-22T00:00:00+08:00');
    expect(isoBeijing(startOfBeijingDay(at('2026-11-22T23:59')))).toBe('2026-11-22T00:00:00+08:00');
    expect(isoBeijing(startOfBeijingDay(at('2026-11-22T07:00'), 3))).toBe('2026-11-25T00:00:00+08:00');
  });
});

describe('待核实 due date', () => {
  it('falls at the start of the Beijing day more than N days after the day of verification', () => {
    expect(isoBeijing(verificationDueAt(at('2026-10-01T15:00'), 30))).toBe('2026-11-01T00:00:00+08:00');
    expect(isoBeijing(verificationDueAt(at('2026-10-01'), 30))).toBe('2026-11-01T00:00:00+08:00');
  });

  it('agrees with counting whole Beijing days, at every hour around the boundary', () => {
    // The rule as the site has always stated it: more than N Beijing calendar days.
    const byDays = (verified: Date, now: Date, n: number) => beijingDaysBetween(verified, now) > n;
    const verified = at('2026-10-01T23:30');
    for (let hour = 0; hour < 24 * 4; hour++) {
      const now = new Date(at('2026-10-29T00:00').getTime() + hour * 3_600_000 - 1);
      for (const n of [28, 29, 30, 30.5]) expect(needsVerification(verified, now, n)).toBe(byDays(verified, now, n));
    }
  });

  it('flips exactly at the due instant', () => {
    const due = verificationDueAt(at('2026-10-01T09:00'), 30);
    expect(needsVerification(at('2026-10-01T09:00'), new Date(due.getTime() - 1), 30)).toBe(false);
    expect(needsVerification(at('2026-10-01T09:00'), due, 30)).toBe(true);
  });
});
