import { describe, expect, it } from 'vitest';
import { describeField, formatProblems, warningLines, type ContentProblem } from '../../src/checking/content-problems';

const PROBLEMS: ContentProblem[] = [
  { file: 'content/notices/b.md', field: 'summary', line: 9, message: '摘要最多 140 个字，现在有 150 个字，请删减' },
  { file: 'content/hotlines/a.yaml', field: 'phones.1', line: 4, message: '「0731-123」不像可以拨打的电话号码' },
  { file: 'content/notices/b.md', field: 'issued', line: 3, message: '「2026-02-30」不是有效日期' },
  { file: 'content/regions.yaml', message: '应当正好有一个不写 parent 的根地区' },
];

describe('describeField', () => {
  it('names a top-level field with its Chinese label', () => {
    expect(describeField('summary')).toBe('summary（摘要）');
    expect(describeField('seriesNo')).toBe('seriesNo（序号（第N号））');
  });

  it('counts list items from 1, as authors do', () => {
    expect(describeField('phones.1')).toBe('phones（电话） 第 2 项');
    expect(describeField('attachments.0.file')).toBe('attachments（附件） 第 1 项 file');
  });

  it('leaves an unknown field as written', () => {
    expect(describeField('expire')).toBe('expire');
  });
});

describe('formatProblems', () => {
  const text = formatProblems(PROBLEMS);
  const sections = text.split('\n\n').slice(1);

  it('counts the problems and the files in its first line, in Chinese', () => {
    expect(text.split('\n')[0]).toContain('内容文件有 4 处问题（3 个文件）');
    expect(text).toContain('什么也没有发布');
  });

  it('groups problems under one heading per file, files in order', () => {
    expect(sections.map((section) => section.split('\n')[0])).toEqual([
      'content/hotlines/a.yaml',
      'content/notices/b.md',
      'content/regions.yaml',
    ]);
    expect(text.match(/content\/notices\/b\.md/g)).toHaveLength(1);
  });

  it('lists each problem with its line, field label and message, by line within a file', () => {
    const notice = sections[1]!.split('\n');
    expect(notice.slice(1)).toEqual([
      '  · 第 3 行，字段 issued（发布日期）：「2026-02-30」不是有效日期',
      '  · 第 9 行，字段 summary（摘要）：摘要最多 140 个字，现在有 150 个字，请删减',
    ]);
  });

  it('names the list item of a nested field', () => {
    expect(sections[0]).toContain('第 4 行，字段 phones（电话） 第 2 项：「0731-123」不像可以拨打的电话号码');
  });

  it('shows a problem without line or field as just its message', () => {
    expect(sections[2]!.split('\n')[1]).toBe('  · 应当正好有一个不写 parent 的根地区');
  });

  it('keeps the order of the problems it was given', () => {
    const copy = PROBLEMS.map((problem) => ({ ...problem }));
    formatProblems(copy);
    expect(copy.map((problem) => problem.line)).toEqual([9, 4, 3, undefined]);
  });
});

describe('warningLines (the build log)', () => {
  const noSummary = (i: number): ContentProblem => ({ file: `content/notices/n${i}.md`, field: 'summary', message: '没有写摘要' });
  it('lists a few of each kind and counts the rest, so one odd warning is not buried', () => {
    const related: ContentProblem = { file: 'content/rhymes/r.md', field: 'relatedNotices.1', message: '宣传的通告已撤销' };
    const lines = warningLines([...Array.from({ length: 900 }, (_, i) => noSummary(i)), related]);
    expect(lines).toHaveLength(7);
    expect(lines.slice(0, 5).every((line) => line.includes('summary：没有写摘要'))).toBe(true);
    expect(lines[5]).toContain('另有 895 条 summary（摘要） 提示');
    expect(lines[5]).toContain('npm run check');
    expect(lines[6]).toBe('content/rhymes/r.md relatedNotices.1：宣传的通告已撤销');
  });
  it('lists every warning when there are few', () => {
    expect(warningLines([noSummary(1), noSummary(2)])).toEqual(['content/notices/n1.md summary：没有写摘要', 'content/notices/n2.md summary：没有写摘要']);
  });
});
