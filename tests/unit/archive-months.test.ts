import { describe, expect, it } from 'vitest';
import { byMonth, monthLabel, newestFirstBy } from '../../src/site/archive-months';
import { parseContentDate } from '../../src/lifecycle/beijing-time';

const entry = (id: string, date: string) => ({ id, date: parseContentDate(date)! });

describe('month pages of the archive', () => {
  it('groups by the Beijing month, newest month first, keeping the given order inside', () => {
    const groups = byMonth([entry('c', '2026-11-03'), entry('b', '2026-10-31T23:30'), entry('a', '2025-12-01')], (e) => e.date);
    expect(groups.map((g) => [g.month, g.entries.map((e) => e.id)])).toEqual([
      ['2026-11', ['c']],
      ['2026-10', ['b']],
      ['2025-12', ['a']],
    ]);
  });
  it('puts an entry issued just after midnight on the 1st in the new month whatever the machine zone', () => {
    // 2026-11-01 00:30 Beijing is still October in UTC.
    expect(byMonth([entry('x', '2026-11-01T00:30')], (e) => e.date)[0]!.month).toBe('2026-11');
  });
  it('labels months in Chinese', () => {
    expect(monthLabel('2026-03')).toBe('2026年3月');
  });
});

describe('newestFirstBy', () => {
  it('puts the most recent date first and leaves the input alone', () => {
    const input = [entry('a', '2026-01-01'), entry('b', '2026-03-01'), entry('c', '2026-02-01')];
    expect(newestFirstBy(input, (e) => e.date).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(input.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });
});
