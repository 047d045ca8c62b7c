import { describe, expect, it } from 'vitest';
import {
  beijingDaysBetween,
  formatDateTime,
  isoBeijing,
  isoDay,
  parseContentDate,
} from '../../src/lifecycle/beijing-time';
import { buildNow, pinBuildNow } from '../../src/site.config';

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

describe('more Beijing-time edges', () => {
  it('accepts a space instead of T, seconds and a compact offset', () => {
    expect(parseContentDate('2026-11-22 18:00:30')?.toISOString()).toBe('2026-11-22T10:00:30.000Z');
    expect(parseContentDate('2026-11-22T18:00-0500')?.toISOString()).toBe('2026-11-22T23:00:00.000Z');
  });

  it('rejects impossible times and a leap day in a common year', () => {
    expect(parseContentDate('2026-11-22T24:00')).toBeUndefined();
    expect(parseContentDate('2026-11-22T18:60')).toBeUndefined();
    expect(parseContentDate('2026-02-29')).toBeUndefined();
    expect(parseContentDate('2028-02-29')?.toISOString()).toBe('2028-02-28T16:00:00.000Z');
  });

  it('writes machine-readable times with the +08:00 offset', () => {
    expect(isoBeijing(new Date('2026-11-22T16:30:00Z'))).toBe('2026-11-23T00:30:00+08:00');
  });

  it('counts calendar days in Beijing, so 23:59 to 00:01 is one day', () => {
    expect(beijingDaysBetween(parseContentDate('2026-11-22T23:59')!, parseContentDate('2026-11-23T00:01')!)).toBe(1);
    expect(beijingDaysBetween(parseContentDate('2026-11-22T00:01')!, parseContentDate('2026-11-22T23:59')!)).toBe(0);
  });

  it('pins "now" with SITE_NOW, read as Beijing time, and refuses a bad value', () => {
    expect(buildNow({ SITE_NOW: '2026-11-22' }).toISOString()).toBe('2026-11-21T16:00:00.000Z');
    expect(() => buildNow({ SITE_NOW: 'tomorrow' })).toThrow(/SITE_NOW/);
  });
});

describe('pinBuildNow', () => {
  it('fixes the moment once, so later calls of buildNow agree', () => {
    const env: Record<string, string | undefined> = {};
    const pinned = pinBuildNow(env);
    expect(env.SITE_NOW).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(Math.abs(pinned.getTime() - Date.now())).toBeLessThan(60_000);
    expect(buildNow(env)).toEqual(pinned);
  });

  it('leaves a pinned SITE_NOW as it is', () => {
    const env = { SITE_NOW: '2026-11-22T12:00+08:00' };
    expect(pinBuildNow(env).toISOString()).toBe('2026-11-22T04:00:00.000Z');
    expect(env.SITE_NOW).toBe('2026-11-22T12:00+08:00');
  });
});
