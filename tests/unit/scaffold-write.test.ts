import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import { draftFromAnswers, type Answers } from '../../src/scaffold/answers';
import { readContentFolder } from '../../src/scaffold/folder';
import { AnswerError } from '../../src/scaffold/notice-actions';
import { carryOut, plan } from '../../src/scaffold/plan';
import { mistakes, unfinishedFiles } from '../helpers/scaffold-problems';

const TODAY = '2026-11-25';

/** A fresh copy of the fixture's content folder, so tests may write into it. */
function copyFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scaffold-')), 'content');
  cpSync(join(import.meta.dirname, '../fixtures/scaffold-basic/content'), dir, { recursive: true });
  return dir;
}

function create(answers: Answers, dir = copyFixture()) {
  const folder = readContentFolder(dir);
  const draft = draftFromAnswers(answers, folder, TODAY);
  const planned = plan(draft, folder);
  const outcome = carryOut(planned, folder);
  return { dir, planned, outcome };
}

const EXAMPLES: Record<string, Answers> = {
  通告: { target: 'notice', docType: '通告', title: '岚溪区疫情防控指挥部关于调整采样安排的通告（第5号）', authority: ['岚溪区疫情防控指挥部'] },
  调度令: { target: 'notice', docType: '调度令', title: '岚溪区疫情防控指挥部调度令（第2号）', authority: ['岚溪区疫情防控指挥部'], date: '2026-11-25T21:30' },
  联合通知: { target: 'notice', docType: '通知', title: '关于公交车消毒的联合通知', authority: ['岚溪区疫情防控指挥部', '岚溪区交通运输局'], region: 'qingshi-jiedao' },
  文章: { target: 'article', title: '凌晨三点的心理热线', author: ['林晓', '周南'] },
  顺口溜: { target: 'rhyme', title: '防疫快板（普通话版）', form: '快板', dialect: '普通话' },
  热线: { target: 'hotline', name: '白沙镇防控值班电话', phones: ['0700-01230002', '12345'], category: '应急', hours: 'Mo-Fr 08:30-12:00,14:30-17:30', region: 'baisha-zhen' },
  门诊: { target: 'clinic', name: '白沙镇卫生院核酸采样点', clinicKind: '核酸采样点', address: '白沙镇新街1号（东门）', region: 'baisha-zhen', hours: '24/7' },
};

describe('every kind of new file passes the content check', () => {
  for (const [name, answers] of Object.entries(EXAMPLES)) {
    it(name, () => {
      const { dir, planned, outcome } = create(answers);
      expect(outcome.problems).toEqual([]);
      expect(outcome.ok).toBe(true);
      expect(existsSync(planned.absPath)).toBe(true);
      const check = checkContentFolder(dir);
      expect(mistakes(check.problems)).toEqual([]);
      // Nothing unfinished publishes: a new page's placeholder body is refused until it is written.
      expect(unfinishedFiles(check.problems).length).toBe(planned.absPath.endsWith('.md') ? 1 : 0);
      expect(check.entries.some((entry) => entry.absPath === planned.absPath)).toBe(true);
    });
  }

  it('fills the fields it was given and the defaults it proposes', () => {
    const { dir, planned } = create(EXAMPLES['通告']!);
    expect(planned.id).toBe('2026-11-25-tiao-zheng-cai-yang-an-pai');
    const entry = checkContentFolder(dir).entries.find((e) => e.id === planned.id)!;
    expect(entry.data).toMatchObject({ docType: '通告', authority: '岚溪区疫情防控指挥部', seriesNo: 5, region: 'lanxi' });
    expect(entry.data.issued).toEqual(new Date('2026-11-24T16:00:00Z'));
    expect(entry.body).toContain('特此通告。');
  });

  it('names hotlines and clinics without a date, and quotes phone numbers', () => {
    const { planned } = create(EXAMPLES['热线']!);
    expect(planned.id).toBe('bai-sha-zhen-fang-kong-zhi');
    expect(planned.text).toContain('  - "12345"');
    expect(parse(planned.text).phones).toEqual(['0700-01230002', '12345']);
  });

  it('writes a joint notice with every authority', () => {
    const { planned } = create(EXAMPLES['联合通知']!);
    expect(parse(planned.text.split('---')[1]!).authority).toEqual(['岚溪区疫情防控指挥部', '岚溪区交通运输局']);
    expect(planned.text).not.toMatch(/^seriesNo/m);
  });

  it('shows the optional fields as comments, which stay valid YAML when uncommented', () => {
    const { planned } = create(EXAMPLES['顺口溜']!);
    const front = planned.text.split('---')[1]!;
    expect(front).toMatch(/^# credits: /m);
    expect(() => parse(front.replace(/^# (?!——)/gm, ''))).not.toThrow();
  });

  it('adds -2 when the same title is written twice on one day', () => {
    const dir = copyFixture();
    const first = create(EXAMPLES['文章']!, dir);
    const second = create(EXAMPLES['文章']!, dir);
    expect(second.planned.id).toBe(`${first.planned.id}-2`);
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
  });
});

describe('a file with problems is not left behind', () => {
  it('deletes a new file whose region is not in regions.yaml, and says why', () => {
    const { dir, planned, outcome } = create({ ...EXAMPLES['通告']!, region: 'no-such-place' });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toEqual([expect.objectContaining({ field: 'region', message: expect.stringContaining('no-such-place') })]);
    expect(existsSync(planned.absPath)).toBe(false);
    expect(readdirSync(join(dir, 'notices'))).toHaveLength(7);
  });

  it('removes a folder it had to create for the file', () => {
    const { dir, outcome } = create({ ...EXAMPLES['文章']!, region: 'nowhere' });
    expect(outcome.ok).toBe(false);
    expect(existsSync(join(dir, 'articles'))).toBe(false);
  });

  it('catches a problem the new file causes in another file: a 第N号 already used', () => {
    const { planned, outcome } = create({ ...EXAMPLES['通告']!, seriesNo: 2, date: '2026-10-01' });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.message).toContain('第2号已经被');
    expect(existsSync(planned.absPath)).toBe(false);
  });

  it('takes back bad phone numbers and opening hours', () => {
    for (const bad of [{ phones: ['0700-123'] }, { hours: '全天' }]) {
      const { planned, outcome } = create({ ...EXAMPLES['热线']!, ...bad });
      expect(outcome.ok).toBe(false);
      expect(existsSync(planned.absPath)).toBe(false);
    }
  });

  it('refuses before writing when a required answer is missing or a date cannot be read', () => {
    const folder = readContentFolder(copyFixture());
    expect(() => draftFromAnswers({ target: 'notice', title: '标题' }, folder, TODAY)).toThrow(/--authority/);
    expect(() => draftFromAnswers({ target: 'hotline' }, folder, TODAY)).toThrow(/--name.*--phone.*--category.*--hours/);
    expect(() => draftFromAnswers({ ...EXAMPLES['文章']!, date: '2026-02-30' }, folder, TODAY)).toThrow(AnswerError);
    expect(() => draftFromAnswers({ ...EXAMPLES['热线']!, category: '热线' }, folder, TODAY)).toThrow(/类别「热线」/);
  });

  it('never overwrites a file', () => {
    const dir = copyFixture();
    const folder = readContentFolder(dir);
    const planned = plan(draftFromAnswers(EXAMPLES['文章']!, folder, TODAY), folder);
    carryOut(planned, folder);
    const before = readFileSync(planned.absPath, 'utf8');
    expect(() => carryOut({ ...planned, text: 'x' }, folder)).toThrow(/EEXIST/);
    expect(readFileSync(planned.absPath, 'utf8')).toBe(before);
  });
});
