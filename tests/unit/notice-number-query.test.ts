import { describe, expect, it } from 'vitest';
import { docNumberKey, noticeNumberQuery } from '../../src/search/notice-number-query';

describe('notice numbers as residents type them', () => {
  it.each([
    ['第3号', { 编号: '第3号' }],
    ['3号通告', { 编号: '第3号', 文种: '通告' }],
    ['第3号通告', { 编号: '第3号', 文种: '通告' }],
    ['通告第3号', { 编号: '第3号', 文种: '通告' }],
    ['调度令 第 1 号', { 编号: '第1号', 文种: '调度令' }],
  ])('%s', (query, filters) => {
    expect(noticeNumberQuery(query)?.filters).toEqual(filters);
  });

  it('reduces every way of writing a 文号 to one key', () => {
    for (const typed of ['岚防指〔2026〕7号', '岚防指[2026]7号', '岚防指2026 7号', '岚防指（2026）第7号']) {
      expect(noticeNumberQuery(typed)?.filters).toEqual({ 文号: '岚防指2026-7' });
    }
    expect(docNumberKey('岚防指〔2026〕07号')).toBe('岚防指2026-7');
  });

  it('keeps the other words of the query', () => {
    expect(noticeNumberQuery('第3号 复工')).toEqual({ filters: { 编号: '第3号' }, rest: '复工' });
  });

  it('leaves ordinary queries alone', () => {
    expect(noticeNumberQuery('发热门诊')).toBeUndefined();
    expect(noticeNumberQuery('口罩')).toBeUndefined();
    expect(noticeNumberQuery('11月3号采样')).toBeUndefined();
  });
});
