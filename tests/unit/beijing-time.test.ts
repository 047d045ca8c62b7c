import { describe, expect, it } from 'vitest';
import { formatDateTime, isoDay, parseContentDate } from '../../src/lib/beijing-time';

describe('parseContentDate', () => {
  it('reads a bare date as the start of that day in Beijing, not UTC midnight', () => {
    expect(parseContentDate('2020-01-26')?.toISOString()).toBe('2020-01-25T16:00:00.000Z');
  });
  it('reads a datetime without offset as Beijing wall-clock time', () => {
    expect(parseContentDate('2020-01-26T18:00')?.toISOString()).toBe('2020-01-26T10:00:00.000Z');
  });
  it('honours an explicit offset', () => {
    expect(parseContentDate('2020-01-26T18:00+08:00')?.toISOString()).toBe('2020-01-26T10:00:00.000Z');
    expect(parseContentDate('2020-01-26T18:00:00Z')?.toISOString()).toBe('2020-01-26T18:00:00.000Z');
  });
  it('rejects days that do not exist', () => {
    expect(parseContentDate('2026-02-30')).toBeUndefined();
    expect(parseContentDate('2026-13-01')).toBeUndefined();
    expect(parseContentDate('26/11/2026')).toBeUndefined();
  });
});

describe('formatting in Beijing time', () => {
  it('puts 23:30 UTC on the next Beijing day', () => {
    const lateUtc = new Date('2026-11-21T23:30:00Z');
    expect(isoDay(lateUtc)).toBe('2026-11-22');
    expect(formatDateTime(lateUtc)).toBe('2026年11月22日 07:30');
  });
  it('shows a date-only value without a time', () => {
    expect(formatDateTime(parseContentDate('2026-11-22')!)).toBe('2026年11月22日');
  });
});
