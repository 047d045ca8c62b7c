import { describe, expect, it } from 'vitest';
import { plainExcerpt } from '../../src/site/text';

describe('plainExcerpt', () => {
  it('keeps phone numbers and dates whole', () => {
    expect(plainExcerpt('请拨打 0700-01230001，自 2026-11-22 起执行。')).toBe('请拨打 0700-01230001，自 2026-11-22 起执行。');
  });

  it('drops Markdown marks: headings, lists, quotes, emphasis, tables, rules, links and images', () => {
    const source = ['## 一、范围', '', '- **白沙镇**全域', '> 注意', '', '| 地点 | 时间 |', '|---|:--:|', '| 卫生院 | 8:00-18:00 |', '', '---', '', '详见[通告](/notices/a/)。![图](./a.jpg)'].join('\n');
    expect(plainExcerpt(source)).toBe('一、范围 白沙镇 全域 注意 地点 时间 卫生院 8:00-18:00 详见通告。');
  });

  it('cuts long text with an ellipsis', () => {
    expect(plainExcerpt('防'.repeat(130), 120)).toBe(`${'防'.repeat(120)}…`);
  });
});
