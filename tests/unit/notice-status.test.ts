import { describe, expect, it } from 'vitest';
import { d, notice, type NoticeFields as Fields } from '../helpers/test-notices';
import { isInForce, laterStatuses, noticeStatus, supersessionChain, type NoticeLike } from '../../src/lifecycle/notice-status';

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

describe('supersessionChain: from a notice to the one in force at the end of its chain', () => {
  const n1 = notice('n1', { issued: '2026-11-01' });
  const n2 = notice('n2', { issued: '2026-11-05', supersedes: ['n1'] });
  const n3 = notice('n3', { issued: '2026-11-10', supersedes: ['n2'] });

  it('follows 第1号 → 第2号 → 第3号 to the end, from any link', () => {
    const published = [n1, n2, n3];
    expect(supersessionChain('n1', published, NOW)).toEqual(['n1', 'n2', 'n3']);
    expect(supersessionChain('n2', published, NOW)).toEqual(['n2', 'n3']);
    expect(supersessionChain('n3', published, NOW)).toEqual(['n3']);
  });

  it('stops before a replacement not yet in effect, and follows it once it is', () => {
    const later = notice('n3', { issued: '2026-11-10', effective: '2026-11-20', supersedes: ['n2'] });
    expect(supersessionChain('n1', [n1, n2, later], NOW)).toEqual(['n1', 'n2']);
    expect(supersessionChain('n1', [n1, n2, later], d('2026-11-20'))).toEqual(['n1', 'n2', 'n3']);
  });

  it('follows the newest replacement in effect when several replace one notice (supersededBy order)', () => {
    const a = notice('a', { issued: '2026-11-05', supersedes: ['n1'] });
    const b = notice('b', { issued: '2026-11-08', supersedes: ['n1'] });
    const pending = notice('c', { issued: '2026-11-09', effective: '2026-12-01', supersedes: ['n1'] });
    const published = [a, n1, b, pending];
    expect(noticeStatus(n1, published, NOW).supersededBy).toEqual(['b', 'a']);
    expect(supersessionChain('n1', published, NOW)).toEqual(['n1', 'b']);
  });

  it('goes on through a notice that was withdrawn after being replaced, and ends at a withdrawn one', () => {
    const withdrawn2 = notice('n2', { issued: '2026-11-05', supersedes: ['n1'], withdrawn: '2026-11-12' });
    expect(supersessionChain('n1', [n1, withdrawn2], NOW)).toEqual(['n1', 'n2']);
    expect(noticeStatus(withdrawn2, [n1, withdrawn2], NOW).status).toBe('withdrawn');
    expect(supersessionChain('n1', [n1, withdrawn2, n3], NOW)).toEqual(['n1', 'n2', 'n3']);
  });

  it('stops at a cycle instead of looping (two notices naming each other, or a longer ring)', () => {
    const a = notice('a', { issued: '2026-11-01', supersedes: ['b'] });
    const b = notice('b', { issued: '2026-11-02', supersedes: ['a'] });
    expect(supersessionChain('a', [a, b], NOW)).toEqual(['a', 'b']);
    expect(supersessionChain('b', [a, b], NOW)).toEqual(['b', 'a']);
    const x = notice('x', { issued: '2026-11-01', supersedes: ['z'] });
    const y = notice('y', { issued: '2026-11-02', supersedes: ['x'] });
    const z = notice('z', { issued: '2026-11-03', supersedes: ['y'] });
    expect(supersessionChain('x', [x, y, z], NOW)).toEqual(['x', 'y', 'z']);
  });

  it('ignores a notice naming itself', () => {
    const selfish = notice('s', { issued: '2026-11-01', supersedes: ['s'] });
    expect(supersessionChain('s', [selfish], NOW)).toEqual(['s']);
  });
});

describe('laterStatuses: the changes dates already fix, each with the status from then on', () => {
  const changes = (n: NoticeLike, published: NoticeLike[] = [n]) =>
    laterStatuses(n, published, NOW).map(({ at, status }) => [at.toISOString(), status.status]);

  it('an expiry, a withdrawal or an effective date still to come', () => {
    expect(changes(notice('n1', { issued: '2026-11-01', expires: '2026-11-25' }))).toEqual([[d('2026-11-25').toISOString(), 'expired']]);
    expect(changes(notice('n1', { issued: '2026-11-01', withdrawn: '2026-11-20' }))).toEqual([[d('2026-11-20').toISOString(), 'withdrawn']]);
    expect(changes(notice('n1', { issued: '2026-11-10', effective: '2026-11-20', expires: '2026-12-01' }))).toEqual([
      [d('2026-11-20').toISOString(), 'in-force'],
      [d('2026-12-01').toISOString(), 'expired'],
    ]);
  });

  it('a replacement taking effect; dates after which nothing changes are left out', () => {
    const old = notice('n1', { issued: '2026-11-01', expires: '2026-12-31' });
    const replacement = notice('n2', { issued: '2026-11-10', effective: '2026-11-20', supersedes: ['n1'] });
    // Superseded beats expired: the expiry changes nothing.
    expect(changes(old, [old, replacement])).toEqual([[d('2026-11-20').toISOString(), 'superseded']]);
  });

  it('nothing for a notice whose dates have all passed', () => {
    expect(changes(notice('n1', { issued: '2026-11-01', expires: '2026-11-10' }))).toEqual([]);
  });
});
