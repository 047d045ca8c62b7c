import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { isInForce, noticeStatus, type NoticeLike } from '../../src/lifecycle/notice-status';

/** A content date as the site reads it (Beijing time). */
const d = (text: string): Date => {
  const date = parseContentDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
};

interface Fields {
  issued: string;
  effective?: string;
  expires?: string;
  withdrawn?: string;
  supersedes?: string[];
}

function notice(id: string, fields: Fields): NoticeLike {
  return {
    id,
    data: {
      issued: d(fields.issued),
      effective: fields.effective ? d(fields.effective) : undefined,
      expires: fields.expires ? d(fields.expires) : undefined,
      withdrawn: fields.withdrawn ? { date: d(fields.withdrawn), reason: '疫情形势变化' } : undefined,
      supersedes: fields.supersedes,
    },
  };
}

const NOW = d('2026-11-15T12:00');
const status = (n: NoticeLike, published: NoticeLike[] = [n], now = NOW) => noticeStatus(n, published, now);

describe('noticeStatus: each status', () => {
  it('is 有效 (in force) from its effective date, which defaults to issued', () => {
    const info = status(notice('n1', { issued: '2026-11-01' }));
    expect(info).toMatchObject({ status: 'in-force', label: '有效', supersededBy: [], toBeSupersededBy: [] });
    expect(info.since).toEqual(d('2026-11-01'));
  });

  it('is 即将生效 (upcoming) before its effective date, with since = the effective date', () => {
    const info = status(notice('n1', { issued: '2026-11-10', effective: '2026-11-20' }));
    expect(info).toMatchObject({ status: 'upcoming', label: '即将生效' });
    expect(info.since).toEqual(d('2026-11-20'));
  });

  it('is 已失效 (expired) once its expiry date has passed', () => {
    const info = status(notice('n1', { issued: '2026-11-01', expires: '2026-11-10' }));
    expect(info).toMatchObject({ status: 'expired', label: '已失效' });
    expect(info.since).toEqual(d('2026-11-10'));
  });

  it('is 已撤销 (withdrawn) from the withdrawal date on, and in force before it', () => {
    const n = notice('n1', { issued: '2026-11-01', withdrawn: '2026-11-12' });
    expect(status(n)).toMatchObject({ status: 'withdrawn', label: '已撤销', since: d('2026-11-12') });
    expect(status(n, [n], d('2026-11-11')).status).toBe('in-force');
  });

  it('is 已被替代 (superseded) by a published notice that lists it and is in effect', () => {
    const old = notice('n1', { issued: '2026-11-01' });
    const replacement = notice('n2', { issued: '2026-11-10', supersedes: ['n1'] });
    const info = status(old, [old, replacement]);
    expect(info).toMatchObject({ status: 'superseded', label: '已被替代', supersededBy: ['n2'] });
    expect(info.since).toEqual(d('2026-11-10'));
    expect(status(replacement, [old, replacement]).status).toBe('in-force');
  });
});

describe('noticeStatus: precedence withdrawn > superseded > expired > upcoming > in force', () => {
  const replacement = notice('new', { issued: '2026-11-05', supersedes: ['old'] });
  const cases: Array<[string, Fields, NoticeLike[], string]> = [
    ['withdrawn, superseded and expired', { issued: '2026-11-01', expires: '2026-11-08', withdrawn: '2026-11-10' }, [replacement], 'withdrawn'],
    ['withdrawn before it took effect', { issued: '2026-11-01', effective: '2026-11-20', withdrawn: '2026-11-10' }, [], 'withdrawn'],
    ['superseded and expired', { issued: '2026-11-01', expires: '2026-11-08' }, [replacement], 'superseded'],
    ['superseded before it took effect', { issued: '2026-11-01', effective: '2026-11-20' }, [replacement], 'superseded'],
    ['expired and (inconsistently) not yet effective', { issued: '2026-11-01', effective: '2026-11-20', expires: '2026-11-10' }, [], 'expired'],
  ];
  it.each(cases)('%s → %s', (_, fields, others, expected) => {
    const old = notice('old', fields);
    expect(status(old, [old, ...others]).status).toBe(expected);
  });
});

describe('noticeStatus: supersession', () => {
  const old = notice('n1', { issued: '2026-11-01' });

  it('is superseded only by a notice in the published list (a draft replacement does not count)', () => {
    const replacement = notice('n2', { issued: '2026-11-10', supersedes: ['n1'] });
    // The replacement is a draft: the publish filter left it out of `published`.
    expect(status(old, [old])).toMatchObject({ status: 'in-force', supersededBy: [], toBeSupersededBy: [] });
    // Once published, it supersedes.
    expect(status(old, [old, replacement])).toMatchObject({ status: 'superseded', supersededBy: ['n2'] });
  });

  it('waits for the replacing notice to take effect, listing it in toBeSupersededBy meanwhile', () => {
    const replacement = notice('n2', { issued: '2026-11-10', effective: '2026-11-20', supersedes: ['n1'] });
    const published = [old, replacement];
    expect(status(old, published)).toMatchObject({ status: 'in-force', supersededBy: [], toBeSupersededBy: ['n2'] });
    expect(status(old, published, d('2026-11-20'))).toMatchObject({ status: 'superseded', supersededBy: ['n2'], toBeSupersededBy: [] });
  });

  it('marks every link of a chain 1 → 2 → 3 superseded except the last', () => {
    const n2 = notice('n2', { issued: '2026-11-05', supersedes: ['n1'] });
    const n3 = notice('n3', { issued: '2026-11-10', supersedes: ['n2'] });
    const published = [old, n2, n3];
    expect(status(old, published)).toMatchObject({ status: 'superseded', supersededBy: ['n2'] });
    expect(status(n2, published)).toMatchObject({ status: 'superseded', supersededBy: ['n3'] });
    expect(status(n3, published)).toMatchObject({ status: 'in-force', supersededBy: [] });
  });

  it('lists several replacements newest first and dates the status from the first one', () => {
    const first = notice('n2', { issued: '2026-11-05', supersedes: ['n1'] });
    const second = notice('n3', { issued: '2026-11-10', supersedes: ['n1', 'n2'] });
    const info = status(old, [second, old, first]);
    expect(info.supersededBy).toEqual(['n3', 'n2']);
    expect(info.since).toEqual(d('2026-11-05'));
  });
});

describe('noticeStatus: Beijing-midnight edges', () => {
  const justBefore = new Date('2026-11-22T15:59:59Z');
  const atMidnight = new Date('2026-11-22T16:00:00Z');

  it('keeps a notice expiring 2026-11-23 in force until Beijing midnight', () => {
    const n = notice('n1', { issued: '2026-11-01', expires: '2026-11-23' });
    expect(status(n, [n], justBefore).status).toBe('in-force');
    expect(status(n, [n], atMidnight).status).toBe('expired');
  });

  it('makes a notice effective 2026-11-23 upcoming until Beijing midnight', () => {
    const n = notice('n1', { issued: '2026-11-20', effective: '2026-11-23' });
    expect(status(n, [n], justBefore).status).toBe('upcoming');
    expect(status(n, [n], atMidnight).status).toBe('in-force');
  });

  it('supersedes at Beijing midnight of the replacement’s effective day', () => {
    const old = notice('n1', { issued: '2026-11-01' });
    const replacement = notice('n2', { issued: '2026-11-20', effective: '2026-11-23', supersedes: ['n1'] });
    expect(status(old, [old, replacement], justBefore).status).toBe('in-force');
    expect(status(old, [old, replacement], atMidnight).status).toBe('superseded');
  });

  it('withdraws at Beijing midnight of the withdrawal day', () => {
    const n = notice('n1', { issued: '2026-11-01', withdrawn: '2026-11-23' });
    expect(status(n, [n], justBefore).status).toBe('in-force');
    expect(status(n, [n], atMidnight).status).toBe('withdrawn');
  });
});

describe('isInForce', () => {
  it('is true only for the in-force status', () => {
    const n = notice('n1', { issued: '2026-11-01', expires: '2026-11-23' });
    expect(isInForce(n, [n], d('2026-11-22T23:59'))).toBe(true);
    expect(isInForce(n, [n], d('2026-11-23'))).toBe(false);
    expect(isInForce(n, [n], d('2026-10-31T23:59'))).toBe(false);
  });
});
