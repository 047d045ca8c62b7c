import { describe, expect, it } from 'vitest';
import { browseDay, newestDays, newestFirst, UNDATED_DAY } from '../../src/search/browse-days';

describe('the day a page is browsed by', () => {
  it('is the Beijing day, whatever the build machine’s time zone', () => {
    // 2026-11-21 17:30 UTC is already the 22nd in Beijing.
    expect(browseDay(new Date('2026-11-21T17:30:00Z'))).toBe('2026-11-22');
    expect(browseDay(new Date('2026-11-21T15:59:00Z'))).toBe('2026-11-21');
  });
  it('is the undated value for clinics and the hotline list', () => {
    expect(browseDay(undefined)).toBe(UNDATED_DAY);
  });
});

describe('newest days to fetch for a browse', () => {
  it('takes the newest days until they hold a page of results', () => {
    const counts = { '2026-11-01': 4, '2026-11-20': 3, '2026-10-30': 9, '2026-11-18': 5, [UNDATED_DAY]: 12 };
    expect(newestDays(counts, 10)).toEqual(['2026-11-20', '2026-11-18', '2026-11-01']);
    expect(newestDays(counts, 3)).toEqual(['2026-11-20']);
  });
  it('lists undated pages after every dated one, and all days when there are fewer results than a page', () => {
    expect(newestDays({ [UNDATED_DAY]: 2, '2024-01-02': 1, '2025-06-30': 1 }, 10)).toEqual(['2025-06-30', '2024-01-02', UNDATED_DAY]);
    expect(newestDays({ [UNDATED_DAY]: 30 }, 10)).toEqual([UNDATED_DAY]);
  });
  it('skips days no result falls on, and has nothing to fetch for no results', () => {
    expect(newestDays({ '2026-11-20': 0, '2026-11-19': 2 }, 10)).toEqual(['2026-11-19']);
    expect(newestDays({}, 10)).toEqual([]);
  });
});

describe('ordering the fetched results', () => {
  const item = (id: string, date?: string) => ({ id, meta: { date } });
  it('puts the newest first by time within a day, undated last', () => {
    const ordered = newestFirst([item('clinic'), item('a', '2026-11-20T01:00:00.000Z'), item('b', '2026-11-20T09:30:00.000Z'), item('c', '2026-11-19T23:00:00.000Z')]);
    expect(ordered.map((m) => m.id)).toEqual(['b', 'a', 'c', 'clinic']);
  });
});
