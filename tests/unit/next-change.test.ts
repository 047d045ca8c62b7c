import { describe, expect, it } from 'vitest';
import type { CheckedEntry } from '../../src/checking/content-rules';
import { isoBeijing, parseContentDate } from '../../src/lifecycle/beijing-time';
import { describeNextChange, nextOutputChange, type ContentEntry, type NextChange } from '../../src/lifecycle/next-change';
import { withStatuses, type NoticeLike } from '../../src/lifecycle/notice-status';
import { publishedNewestFirst } from '../../src/lifecycle/publish';
import { needsVerification } from '../../src/lifecycle/verification';
import { compileSchedule } from '../../src/services/opening-hours';
import { lastModifiedByPath } from '../../src/site/sitemap-dates';
import { entryUrl } from '../../src/site/urls';

const at = (text: string): Date => {
  const date = parseContentDate(text);
  if (!date) throw new Error(`bad test date ${text}`);
  return date;
};
const NOW = at('2026-11-22T12:00');
const WITHIN = 30;

const entry = (kind: ContentEntry['kind'], id: string, data: Record<string, unknown>): ContentEntry => ({ kind, id, data });
const notice = (id: string, seriesNo: number, fields: Record<string, unknown>) =>
  entry('notices', id, { title: `通告${seriesNo}`, docType: '通告', authority: '区指挥部', seriesNo, issued: at('2026-11-01'), ...fields });
const article = (id: string, fields: Record<string, unknown>) => entry('articles', id, { title: `文章${id}`, author: '记者', published: at('2026-11-01'), ...fields });
const hotline = (id: string, fields: Record<string, unknown>) =>
  entry('hotlines', id, { name: `热线${id}`, phones: ['110'], category: '应急', hours: '24/7', verified: at('2026-11-20'), ...fields });

const next = (entries: ContentEntry[], now = NOW) => nextOutputChange(entries, now, { verifyWithinDays: WITHIN });
const summary = (result: NextChange | undefined) => result && { at: isoBeijing(result.at), what: result.reasons.map((r) => r.what) };

describe('nextOutputChange: each rule', () => {
  it('a scheduled notice, article or rhyme goes public at its date', () => {
    expect(summary(next([notice('n5', 5, { issued: at('2026-11-25T18:00') })]))).toEqual({ at: '2026-11-25T18:00:00+08:00', what: ['第5号通告 发布'] });
    expect(summary(next([article('a', { published: at('2026-11-23') })]))).toEqual({ at: '2026-11-23T00:00:00+08:00', what: ['“文章a” 发布'] });
    const rhyme = entry('rhymes', 'r', { title: '防疫三字经', form: '三字经', dialect: '长沙话', published: at('2026-11-24T08:00') });
    expect(summary(next([rhyme]))?.what).toEqual(['“防疫三字经” 发布']);
  });

  it('a notice issued now but effective later is published as 即将生效, then takes effect', () => {
    const n = notice('n4', 4, { issued: at('2026-11-23'), effective: at('2026-11-25T18:00') });
    expect(summary(next([n]))).toEqual({ at: '2026-11-23T00:00:00+08:00', what: ['第4号通告 发布（即将生效）'] });
    expect(summary(next([n], at('2026-11-23')))).toEqual({ at: '2026-11-25T18:00:00+08:00', what: ['第4号通告 生效'] });
  });

  it('a notice expires, or is withdrawn', () => {
    expect(summary(next([notice('n3', 3, { expires: at('2026-12-01') })]))?.what).toEqual(['第3号通告 失效']);
    const withdrawn = { date: at('2026-11-30T09:00'), reason: '疫情形势变化' };
    expect(summary(next([notice('n3', 3, { withdrawn, expires: at('2026-12-01') })]))).toEqual({ at: '2026-11-30T09:00:00+08:00', what: ['第3号通告 撤销'] });
  });

  it('an expiry after a withdrawal changes nothing and is skipped', () => {
    const withdrawn = { date: at('2026-11-10'), reason: '疫情形势变化' };
    expect(next([notice('n3', 3, { withdrawn, expires: at('2026-12-01') })])).toBeUndefined();
  });

  it('a superseding notice taking effect changes both notices at that instant', () => {
    const old = notice('old', 1, {});
    const replacement = notice('new', 2, { effective: at('2026-11-28'), supersedes: ['old'] });
    expect(summary(next([old, replacement]))).toEqual({ at: '2026-11-28T00:00:00+08:00', what: ['第1号通告 被替代', '第2号通告 生效'] });
  });

  it('a superseding notice not yet published counts at its publish time', () => {
    const old = notice('old', 1, {});
    const replacement = notice('new', 2, { issued: at('2026-11-26T10:00'), effective: at('2026-12-01'), supersedes: ['old'] });
    expect(summary(next([old, replacement]))).toEqual({ at: '2026-11-26T10:00:00+08:00', what: ['第1号通告 替代信息更新', '第2号通告 发布（即将生效）'] });
  });

  it('an urgent notice enters and leaves the site-wide banner', () => {
    expect(summary(next([notice('u', 7, { urgent: true, effective: at('2026-11-23') })]))?.what).toEqual(['第7号通告 生效，进入紧急横幅']);
    expect(summary(next([notice('u', 7, { urgent: true, expires: at('2026-11-23') })]))?.what).toEqual(['第7号通告 失效，离开紧急横幅']);
  });

  it('a hotline or clinic becomes 待核实 at the start of the Beijing day after the allowed days', () => {
    // Verified on 25 October (Beijing) at 23:30: more than 30 days have passed from 25 November, 00:00.
    const line = hotline('h', { verified: at('2026-10-25T23:30') });
    expect(summary(next([line]))).toEqual({ at: '2026-11-25T00:00:00+08:00', what: ['“热线h” 待核实'] });
    const clinic = entry('clinics', 'c', { name: '区医院发热门诊', kind: '发热门诊', address: '某路1号', region: 'r', hours: '24/7', verified: at('2026-10-26') });
    expect(summary(next([clinic]))).toEqual({ at: '2026-11-26T00:00:00+08:00', what: ['“区医院发热门诊” 待核实'] });
  });

  it('a correction or update dated later moves the sitemap date then', () => {
    expect(summary(next([notice('n', 1, { changes: [{ date: at('2026-11-24'), note: '更正电话' }] })]))?.what).toEqual(['第1号通告 网站地图更新日期变化']);
    expect(summary(next([article('a', { updated: at('2026-11-24') })]))?.what).toEqual(['“文章a” 网站地图更新日期变化']);
  });

  it('opening hours with a dated exception change the printed schedule the day after it', () => {
    const line = hotline('h', { hours: 'Mo-Fr 08:30-17:30; 2026 Nov 26-2026 Nov 27 off' });
    expect(summary(next([line]))).toEqual({ at: '2026-11-27T00:00:00+08:00', what: ['“热线h” 开放时间安排变化'] });
  });
});

describe('nextOutputChange: which instant', () => {
  it('the earliest wins', () => {
    const entries = [notice('late', 2, { expires: at('2026-12-20') }), article('soon', { published: at('2026-11-23T09:00') }), notice('mid', 3, { expires: at('2026-12-01') })];
    expect(summary(next(entries))).toEqual({ at: '2026-11-23T09:00:00+08:00', what: ['“文章soon” 发布'] });
  });

  it('every entry changing at the same instant is a reason, schedules included', () => {
    const entries = [
      notice('a', 1, { expires: at('2026-11-27') }),
      article('b', { published: at('2026-11-27') }),
      hotline('h', { hours: 'Mo-Fr 08:30-17:30; 2026 Nov 26-2026 Nov 27 off' }),
    ];
    expect(summary(next(entries))).toEqual({ at: '2026-11-27T00:00:00+08:00', what: ['第1号通告 失效', '“文章b” 发布', '“热线h” 开放时间安排变化'] });
  });

  it('ignores drafts, whatever their dates', () => {
    expect(next([notice('d', 1, { draft: true, issued: at('2026-11-25'), expires: at('2026-12-01') }), article('d2', { draft: true, published: at('2026-11-23') })])).toBeUndefined();
  });

  it('ignores instants already past, and one exactly now', () => {
    expect(next([notice('n', 1, { effective: at('2026-11-10'), expires: at('2026-11-20') }), article('a', { published: NOW })])).toBeUndefined();
  });

  it('is undefined when nothing will change by itself', () => {
    expect(next([])).toBeUndefined();
    expect(next([notice('n', 1, {}), article('a', {})])).toBeUndefined();
  });

  it('is never undefined while there is a hotline or clinic: its 待核实 date lies ahead', () => {
    expect(summary(next([hotline('h', { verified: at('2026-11-20T08:00') })]))?.at).toBe('2026-12-21T00:00:00+08:00');
  });
});

/** What a build shows at `t`, computed as the site does, over the whole list (not next-change's shortcuts). */
function siteAt(entries: ContentEntry[], t: Date): string {
  const ofKind = (kind: string) => entries.filter((e) => e.kind === kind) as unknown as Array<NoticeLike & { data: Record<string, unknown> }>;
  const notices = withStatuses(publishedNewestFirst(ofKind('notices'), t), t);
  const published = new Set(publishedNewestFirst(entries, t).flatMap((e) => (e.kind === 'hotlines' ? [] : [entryUrl(e.kind, e.id)])));
  return JSON.stringify({
    notices: notices.map((n) => [n.id, n.status]),
    banner: notices.filter((n) => n.data.urgent && n.status.status === 'in-force').map((n) => n.id),
    articles: publishedNewestFirst(ofKind('articles'), t).map((a) => a.id),
    rhymes: publishedNewestFirst(ofKind('rhymes'), t).map((r) => r.id),
    stale: ofKind('hotlines').map((h) => needsVerification(h.data.verified as Date, t, WITHIN)),
    hours: ofKind('hotlines').map((h) => compileSchedule(h.data.hours as string, t)),
    // The sitemap lists only pages that are built.
    lastmod: [...lastModifiedByPath(entries as CheckedEntry[], t)].filter(([path]) => published.has(path)),
  });
}

describe('nextOutputChange against the site’s own functions', () => {
  const entries = [
    notice('n1', 1, { issued: at('2026-11-01'), urgent: true }),
    notice('n2', 2, { issued: at('2026-11-24T10:00'), effective: at('2026-11-26T18:00'), supersedes: ['n1'], urgent: true }),
    notice('n3', 3, { issued: at('2026-11-10'), expires: at('2026-12-05'), withdrawn: { date: at('2026-12-01T12:00'), reason: '调整' } }),
    notice('n4', 4, { issued: at('2026-11-10'), changes: [{ date: at('2026-11-29'), note: '更正' }] }),
    notice('n5', 5, { draft: true, issued: at('2026-11-23') }),
    article('a1', { published: at('2026-11-23T07:30'), updated: at('2026-12-03') }),
    hotline('h1', { verified: at('2026-11-01T20:00'), hours: 'Mo-Fr 08:30-17:30; 2026 Dec 08 off' }),
  ];

  it('each computed instant really changes the output, and nothing changes in between', () => {
    let random = 12345;
    const nextRandom = () => (random = (random * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    let now = NOW;
    const seen: string[] = [];
    for (let step = 0; step < 20; step++) {
      const change = next(entries, now);
      if (!change) break;
      seen.push(`${isoBeijing(change.at)} ${change.reasons.map((r) => r.what).join('、')}`);
      expect(siteAt(entries, new Date(change.at.getTime() - 1))).not.toBe(siteAt(entries, change.at));
      const before = siteAt(entries, now);
      for (let i = 0; i < 5; i++) {
        const between = new Date(now.getTime() + Math.floor(nextRandom() * (change.at.getTime() - now.getTime())));
        expect(siteAt(entries, between)).toBe(before);
      }
      now = change.at;
    }
    expect(seen).toEqual([
      '2026-11-23T07:30:00+08:00 “文章a1” 发布',
      '2026-11-24T10:00:00+08:00 第1号通告 替代信息更新、第2号通告 发布（即将生效）',
      '2026-11-26T18:00:00+08:00 第1号通告 被替代，离开紧急横幅、第2号通告 生效，进入紧急横幅',
      '2026-11-29T00:00:00+08:00 第4号通告 网站地图更新日期变化',
      '2026-12-01T12:00:00+08:00 第3号通告 撤销',
      '2026-12-02T00:00:00+08:00 “热线h1” 待核实',
      '2026-12-03T00:00:00+08:00 “文章a1” 网站地图更新日期变化',
      '2026-12-09T00:00:00+08:00 “热线h1” 开放时间安排变化',
    ]);
  });
});

describe('describeNextChange', () => {
  it('says when and why in one line, in Beijing time', () => {
    const result = next([notice('n4', 4, { issued: at('2026-11-20'), effective: at('2026-11-25T18:00') })]);
    expect(describeNextChange(result)).toBe('下次自动发布：2026年11月25日 18:00（第4号通告 生效）');
  });

  it('shortens a long list of reasons, and says so when nothing is due', () => {
    const many = [1, 2, 3, 4, 5].map((n) => notice(`n${n}`, n, { expires: at('2026-12-01') }));
    expect(describeNextChange(next(many))).toBe('下次自动发布：2026年12月1日（第1号通告 失效、第2号通告 失效、第3号通告 失效 等 5 项）');
    expect(describeNextChange(undefined)).toBe('没有定时的变化：内容不改，网站不会自动重新发布');
  });
});
