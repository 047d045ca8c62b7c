import { describe, expect, it } from 'vitest';
import { d, notice } from '../helpers/test-notices';
import { withChains } from '../../src/lifecycle/notice-chain';
import { withStatuses } from '../../src/lifecycle/notice-status';
import { pageStatusData, statusDocuments, statusViews, type NoticeStatusDocument, type SiteStatusDocument, type StatusSource } from '../../src/lifecycle/status-files';

const NOW = d('2026-11-15T12:00');
const n1 = notice('n1', { issued: '2026-11-01' });
const n2 = notice('n2', { issued: '2026-11-05', supersedes: ['n1'] });
const n3 = notice('n3', { issued: '2026-11-10', supersedes: ['n2'] });

function documents(published: StatusSource[], now = NOW) {
  const files = new Map(statusDocuments(published, now).map(({ path, text }) => [path, JSON.parse(text) as unknown]));
  return {
    paths: [...files.keys()],
    notice: (id: string) => files.get(`notices/${id}/status.json`) as NoticeStatusDocument,
    site: () => files.get('status/site.json') as SiteStatusDocument,
  };
}

describe('status documents', () => {
  it('one status.json per published notice, and the site-wide one', () => {
    expect(documents([n3, n2, n1]).paths).toEqual(['notices/n3/status.json', 'notices/n2/status.json', 'notices/n1/status.json', 'status/site.json']);
  });

  it('a replaced notice: its status, dates, the chain end and the steps, and when the build ran', () => {
    expect(documents([n3, n2, n1]).notice('n1')).toEqual({
      id: 'n1',
      status: 'superseded',
      label: '已被替代',
      since: '2026-11-05T00:00:00+08:00',
      sinceText: '2026年11月5日',
      withdrawnReason: null,
      end: { id: 'n3', title: '通告 n3', url: '/notices/n3/', status: 'in-force', label: '有效' },
      effective: '2026-11-01T00:00:00+08:00',
      expires: null,
      withdrawn: null,
      steps: [{ id: 'n2', title: '通告 n2', url: '/notices/n2/', status: 'superseded', label: '已被替代' }],
      later: [],
      generatedAt: '2026-11-15T12:00:00+08:00',
      generatedAtText: '2026年11月15日 12:00',
    });
  });

  it('lists the changes dates bring later, a replacement taking effect with its chain end', () => {
    const old = notice('old', { issued: '2026-11-01', withdrawn: '2026-12-20' });
    const next = notice('next', { issued: '2026-11-10', effective: '2026-11-20', supersedes: ['old'] });
    const doc = documents([next, old]).notice('old');
    expect(doc).toMatchObject({ status: 'in-force', withdrawn: '2026-12-20T00:00:00+08:00', withdrawnReason: null, end: null });
    // Withdrawn beats superseded: the withdrawal on 12-20 changes the status again.
    expect(doc.later).toEqual([
      { status: 'superseded', label: '已被替代', since: '2026-11-20T00:00:00+08:00', sinceText: '2026年11月20日', withdrawnReason: null, end: { id: 'next', title: '通告 next', url: '/notices/next/', status: 'in-force', label: '有效' } },
      { status: 'withdrawn', label: '已撤销', since: '2026-12-20T00:00:00+08:00', sinceText: '2026年12月20日', withdrawnReason: '疫情形势变化', end: null },
    ]);
  });

  it('the site-wide file lists urgent notices in force or taking effect later, with their dates', () => {
    const inForce = notice('u1', { issued: '2026-11-10', expires: '2026-11-30', urgent: true });
    const later = notice('u2', { issued: '2026-11-14', effective: '2026-11-16', urgent: true });
    const lapsed = notice('u3', { issued: '2026-11-01', expires: '2026-11-10', urgent: true });
    const replaced = notice('u4', { issued: '2026-11-01', urgent: true });
    const replacing = notice('r', { issued: '2026-11-05', supersedes: ['u4'] });
    expect(documents([later, inForce, replacing, lapsed, replaced, n1]).site()).toEqual({
      urgent: [
        { id: 'u2', title: '通告 u2', url: '/notices/u2/', effective: '2026-11-16T00:00:00+08:00', expires: null },
        { id: 'u1', title: '通告 u1', url: '/notices/u1/', effective: '2026-11-10T00:00:00+08:00', expires: '2026-11-30T00:00:00+08:00' },
      ],
      generatedAt: '2026-11-15T12:00:00+08:00',
    });
  });

  it('a page carries the same views as ASCII-only JSON: a later 已失效 is not in its HTML as text', () => {
    const expiring = notice('e', { issued: '2026-11-01', expires: '2026-11-25' });
    const published = withChains(withStatuses([expiring], NOW), NOW);
    const data = pageStatusData(published[0]!, published, NOW);
    expect(data).toMatch(/^[\x20-\x7e]*$/);
    expect(data).not.toContain('已失效');
    expect(JSON.parse(data)).toEqual(statusViews(published[0]!, published, NOW));
    expect(JSON.parse(data).later[0].label).toBe('已失效');
  });
});
