import { describe, expect, it } from 'vitest';
import { isoBeijing, parseContentDate } from '../../src/lifecycle/beijing-time';
import { compileSchedule } from '../../src/services/opening-hours';
import { nextScheduleChange } from '../../src/services/schedule-change';

const at = (text: string) => parseContentDate(text)!;
const now = at('2026-11-22T15:00');
/** What a build at `instant` prints: the compiled schedule, as the page's data attribute holds it. */
const printed = (value: string, instant: Date) => JSON.stringify(compileSchedule(value, instant));

describe('next change of a compiled schedule', () => {
  it('never comes for hours that are the same every week', () => {
    expect(nextScheduleChange('24/7', now, 400)).toBeUndefined();
    expect(nextScheduleChange('Mo-Fr 08:30-12:00,14:30-17:30', now, 400)).toBeUndefined();
  });

  it('comes the day after a dated exception has passed', () => {
    const value = 'Mo-Fr 08:30-17:30; 2026 Nov 26-2026 Nov 27 off';
    const change = nextScheduleChange(value, now, 400)!;
    expect(isoBeijing(change)).toBe('2026-11-27T00:00:00+08:00');
    // Exactly where a build's output flips: the 26th leaves the window at midnight.
    expect(printed(value, new Date(change.getTime() - 1))).not.toBe(printed(value, change));
    expect(printed(value, now)).toBe(printed(value, new Date(change.getTime() - 1)));
  });

  it('comes the day a distant exception enters the window', () => {
    const value = 'Mo-Fr 08:30-17:30; 2027 Jun 01 off';
    const change = nextScheduleChange(value, now, 400)!;
    expect(isoBeijing(change)).toBe('2027-03-04T00:00:00+08:00');
    expect(printed(value, new Date(change.getTime() - 1))).not.toBe(printed(value, change));
  });

  it('is not looked for beyond the horizon', () => {
    expect(nextScheduleChange('Mo-Fr 08:30-17:30; 2028 Jun 01 off', now, 30)).toBeUndefined();
  });
});
