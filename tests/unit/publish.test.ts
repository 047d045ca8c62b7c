import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { isPublished, publicationDate, publishedNewestFirst, type Publishable, unpublishedReason } from '../../src/lifecycle/publish';

const d = (text: string): Date => {
  const date = parseContentDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
};

const NOW = d('2026-11-22T12:00');

describe('isPublished', () => {
  it('never publishes a draft, even with a past date or no date', () => {
    expect(isPublished({ draft: true, issued: d('2020-01-26') }, NOW)).toBe(false);
    expect(isPublished({ draft: true, published: d('2020-01-26') }, NOW)).toBe(false);
    expect(isPublished({ draft: true }, NOW)).toBe(false);
  });

  it('publishes an entry with draft: false and a past date', () => {
    expect(isPublished({ draft: false, issued: d('2026-11-01') }, NOW)).toBe(true);
    expect(isPublished({ published: d('2026-11-01') }, NOW)).toBe(true);
  });

  it('publishes an entry without any date (hotlines, clinics)', () => {
    expect(isPublished({}, NOW)).toBe(true);
  });

  it('hides a notice issued on a future Beijing day until that day’s midnight in Beijing', () => {
    const notice = { issued: d('2026-11-23') };
    expect(isPublished(notice, new Date('2026-11-22T15:59:59.999Z'))).toBe(false);
    expect(isPublished(notice, new Date('2026-11-22T16:00:00.000Z'))).toBe(true);
  });

  it('hides an article with a future published datetime until that instant', () => {
    const article = { published: d('2026-11-22T18:00') };
    expect(isPublished(article, new Date('2026-11-22T09:59:59Z'))).toBe(false);
    expect(isPublished(article, new Date('2026-11-22T10:00:00Z'))).toBe(true);
  });

  it('treats a datetime with its own offset as that instant', () => {
    const article = { published: d('2026-11-22T12:00Z') };
    expect(isPublished(article, d('2026-11-22T19:59'))).toBe(false);
    expect(isPublished(article, d('2026-11-22T20:00'))).toBe(true);
  });
});

describe('publicationDate', () => {
  it('is issued for notices and published for articles and rhymes', () => {
    expect(publicationDate({ issued: d('2026-11-01') })).toEqual(d('2026-11-01'));
    expect(publicationDate({ published: d('2026-11-02') })).toEqual(d('2026-11-02'));
    expect(publicationDate({})).toBeUndefined();
  });
});

describe('publishedNewestFirst', () => {
  const entry = (id: string, data: Publishable) => ({ id, data });

  it('keeps only published entries, newest first', () => {
    const entries = [
      entry('old', { issued: d('2026-10-21') }),
      entry('draft', { issued: d('2026-11-20'), draft: true }),
      entry('newest', { published: d('2026-11-22T08:00') }),
      entry('scheduled', { issued: d('2026-11-23') }),
      entry('middle', { issued: d('2026-11-12') }),
    ];
    expect(publishedNewestFirst(entries, NOW).map((e) => e.id)).toEqual(['newest', 'middle', 'old']);
  });

  it('orders entries with the same date by id', () => {
    const entries = [
      entry('2026-11-12-c', { issued: d('2026-11-12') }),
      entry('2026-11-12-a', { issued: d('2026-11-12') }),
      entry('2026-11-12-b', { issued: d('2026-11-12') }),
    ];
    expect(publishedNewestFirst(entries, NOW).map((e) => e.id)).toEqual(['2026-11-12-a', '2026-11-12-b', '2026-11-12-c']);
  });

  it('places undated entries after dated ones, by id', () => {
    const entries = [entry('z-hotline', {}), entry('dated', { issued: d('2026-11-01') }), entry('a-hotline', {})];
    expect(publishedNewestFirst(entries, NOW).map((e) => e.id)).toEqual(['dated', 'a-hotline', 'z-hotline']);
  });

  it('does not reorder the list it is given', () => {
    const entries = [entry('b', { issued: d('2026-11-01') }), entry('a', { issued: d('2026-11-02') })];
    publishedNewestFirst(entries, NOW);
    expect(entries.map((e) => e.id)).toEqual(['b', 'a']);
  });
});

describe('preview of unpublished entries (dev server only)', () => {
  const now = new Date('2026-11-22T04:00:00Z');
  it('names why an entry is not public yet', () => {
    expect(unpublishedReason({ draft: true }, now)).toBe('draft');
    expect(unpublishedReason({ issued: new Date('2026-12-01T00:00:00Z') }, now)).toBe('scheduled');
    expect(unpublishedReason({ issued: new Date('2026-11-01T00:00:00Z') }, now)).toBeUndefined();
  });
  it('keeps drafts and scheduled entries only when previewing', () => {
    const entries = [
      { id: 'a', data: { draft: true, issued: new Date('2026-11-01T00:00:00Z') } },
      { id: 'b', data: { issued: new Date('2026-12-01T00:00:00Z') } },
      { id: 'c', data: { issued: new Date('2026-11-02T00:00:00Z') } },
    ];
    expect(publishedNewestFirst(entries, now).map((e) => e.id)).toEqual(['c']);
    expect(publishedNewestFirst(entries, now, true).map((e) => e.id)).toEqual(['b', 'c', 'a']);
  });
});
