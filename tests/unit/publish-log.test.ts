/** The publisher's line per publish (src/publishing/publish-log.ts): what the office reads, and machines. */
import { describe, expect, it } from 'vitest';
import { publishLine, publishRecord } from '../../src/publishing/publish-log';
import type { PublishReport } from '../../src/publishing/publisher';

const report = (pages: { reused: number; rendered: number } | undefined): PublishReport => ({
  trigger: 'notices/a.md 有改动',
  outcome: { ok: true, release: 'r2', seconds: 12.5, entries: 40, next: undefined, searchIndex: 'full', indexSeconds: 2, pages },
  fromSnapshot: false,
  live: 'r2',
  nextAt: undefined,
  nextWhy: '',
  files: ['notices/a.md'],
  at: new Date('2026-11-22T04:00:00Z'),
});

describe('a publish that reused pages', () => {
  it('says how many entry pages were made again and how many came unchanged from the release before', () => {
    expect(publishLine(report({ reused: 35, rendered: 5 }))).toBe(
      '[2026年11月22日 12:00] 已发布（notices/a.md 有改动）：用时 12.5 秒，40 个条目。条目、地区和月份页重新生成 5 个，其余 35 个没有变化、沿用上一版。',
    );
    expect(publishRecord(report({ reused: 35, rendered: 5 }))).toMatchObject({ event: 'published', pages: { reused: 35, rendered: 5 } });
  });

  it('says nothing of it when every page was made (a first release, or a change every page shows)', () => {
    expect(publishLine(report({ reused: 0, rendered: 40 }))).not.toContain('沿用');
    expect(publishLine(report(undefined))).not.toContain('沿用上一版');
    expect(publishRecord(report(undefined))).toMatchObject({ pages: null });
  });
});
