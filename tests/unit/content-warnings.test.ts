import { describe, expect, it } from 'vitest';
import { contentWarnings } from '../../src/checking/content-warnings';
import type { CheckedEntry } from '../../src/checking/content-rules';
import { checkedEntry } from '../helpers/checked-entry';

const now = new Date('2026-11-22T04:00:00Z');
const entry = (kind: CheckedEntry['kind'], id: string, data: Record<string, unknown>) => checkedEntry(kind, id, data);
const fields = (entries: CheckedEntry[]) => contentWarnings(entries, now, 30).map((w) => `${w.file} ${w.field}`);

describe('editor warnings', () => {
  it('flags a hotline not verified for more than 30 days, not one verified recently', () => {
    const verified = (date: string) => ({ name: 'x', phones: ['110'], category: '应急', hours: '24/7', verified: new Date(date) });
    expect(fields([entry('hotlines', 'old', verified('2026-10-01T00:00:00Z')), entry('hotlines', 'new', verified('2026-11-20T00:00:00Z'))])).toEqual(['content/hotlines/old.md verified']);
  });
  it('flags PH in hours: the library does not know Chinese holidays', () => {
    const hotline = { name: 'x', phones: ['110'], category: '应急', hours: 'Mo-Fr 08:00-17:00; PH off', verified: now };
    expect(fields([entry('hotlines', 'h', hotline)])).toEqual(['content/hotlines/h.md hours']);
  });
  it('flags an urgent notice that is no longer in force, and a missing summary', () => {
    const notice = { title: 't', issued: new Date('2026-10-01T00:00:00Z'), expires: new Date('2026-11-01T00:00:00Z'), urgent: true, docType: '通告', authority: 'a' };
    expect(fields([entry('notices', 'n', notice)])).toEqual(['content/notices/n.md urgent', 'content/notices/n.md summary']);
  });
  it('flags a rhyme promoting a notice that is no longer in force, or one not yet public', () => {
    const expired = { title: 't', summary: 's', issued: new Date('2026-10-01T00:00:00Z'), expires: new Date('2026-11-01T00:00:00Z'), docType: '通告', authority: 'a' };
    const draft = { ...expired, expires: undefined, draft: true };
    const rhyme = { title: 'r', summary: 's', published: new Date('2026-11-01T00:00:00Z'), relatedNotices: ['old', 'draft'] };
    expect(fields([entry('notices', 'old', expired), entry('notices', 'draft', draft), entry('rhymes', 'r', rhyme)])).toEqual([
      'content/rhymes/r.md relatedNotices.1',
      'content/rhymes/r.md relatedNotices.0',
    ]);
  });
  it('flags a tag written with a Chinese comma', () => {
    const article = { title: 't', summary: 's', published: now, tags: ['出行，核酸'] };
    expect(fields([entry('articles', 'a', article)])).toEqual(['content/articles/a.md tags.0']);
  });
});

describe('numbers that reach no one', () => {
  const hotline = entry('hotlines', 'x', { name: 'x', phones: ['12345', '0700-01230001'], category: '应急', hours: '24/7', verified: now });
  it('are expected in sample data', () => {
    expect(contentWarnings([hotline], now, 30, { sampleData: true })).toEqual([]);
  });
  it('are flagged once the site carries real content', () => {
    expect(contentWarnings([hotline], now, 30, { sampleData: false }).map((w) => `${w.field} ${w.message}`)).toEqual([
      'phones.1 「0700-01230001」是示例用的号码（0700 区号或 100 开头），打不通：真实内容请填写能打通的号码',
    ]);
  });
});
