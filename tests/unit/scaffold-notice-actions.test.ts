import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseContentDate } from '../../src/lifecycle/beijing-time';
import { checkContentFolder } from '../../src/checking/content-check';
import { noticeStatus, type LifecycleFields } from '../../src/lifecycle/notice-status';
import { draftFromAnswers } from '../../src/scaffold/answers';
import { editChecked } from '../../src/scaffold/apply';
import { readContentFolder } from '../../src/scaffold/folder';
import { AnswerError, retitle } from '../../src/scaffold/notice-actions';
import { carryOut, plan } from '../../src/scaffold/plan';
import { addWithdrawn, FrontMatterError } from '../../src/scaffold/withdraw';
import { mistakes } from '../helpers/scaffold-problems';

const TODAY = '2026-11-25';
const FIXTURE = join(import.meta.dirname, '../fixtures/scaffold-basic/content');
const OLD = '2026-11-10-tonggao-4';

function copyFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'scaffold-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function statusOf(dir: string, id: string, now = parseContentDate('2026-11-26')!) {
  const notices = checkContentFolder(dir).entries.filter((e) => e.kind === 'notices') as unknown as Array<{ id: string; data: LifecycleFields }>;
  return noticeStatus(notices.find((n) => n.id === id)!, notices, now).status;
}

describe('superseding a notice', () => {
  it('writes a new notice with the next number that lists the old one; the old file is not touched', () => {
    const dir = copyFixture();
    const oldText = readFileSync(join(dir, 'notices', `${OLD}.md`), 'utf8');
    const folder = readContentFolder(dir);
    const draft = draftFromAnswers({ target: 'supersede', notice: OLD }, folder, TODAY);
    expect(draft).toMatchObject({
      kind: 'notice',
      docType: '通告',
      authority: ['岚溪区疫情防控指挥部'],
      seriesNo: 5,
      title: '岚溪区疫情防控指挥部关于调整采样安排的通告（第5号）',
      region: 'qingshi-jiedao',
      supersedes: [OLD],
      issued: TODAY,
    });
    const planned = plan(draft, folder);
    expect(carryOut(planned, folder)).toMatchObject({ ok: true, problems: [] });
    expect(readFileSync(join(dir, 'notices', `${OLD}.md`), 'utf8')).toBe(oldText);
    expect(parse(planned.text.split('---')[1]!).supersedes).toEqual([OLD]);
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
    expect(statusOf(dir, OLD)).toBe('superseded');
  });

  it('lets the author choose the title, date and number', () => {
    const folder = readContentFolder(copyFixture());
    const draft = draftFromAnswers({ target: 'supersede', notice: OLD, title: '新标题', date: '2026-11-26', seriesNo: 9 }, folder, TODAY);
    expect(draft).toMatchObject({ title: '新标题', issued: '2026-11-26', seriesNo: 9 });
  });

  it('keeps an unnumbered notice unnumbered', () => {
    const folder = readContentFolder(copyFixture());
    const draft = draftFromAnswers({ target: 'supersede', notice: '2026-11-06-lianhe-tongzhi' }, folder, TODAY);
    expect(draft).toMatchObject({ seriesNo: undefined, authority: ['岚溪区疫情防控指挥部', '岚溪区交通运输局'], title: '关于公交车防控措施的联合通知' });
  });

  it('says so when the notice does not exist', () => {
    const folder = readContentFolder(copyFixture());
    expect(() => draftFromAnswers({ target: 'supersede', notice: 'no-such-notice' }, folder, TODAY)).toThrow(AnswerError);
  });

  it('renumbers the title only where it states the old number', () => {
    expect(retitle('关于加强防控的通告（第4号）', 4, 5)).toBe('关于加强防控的通告（第5号）');
    expect(retitle('关于加强防控的通告', 4, 5)).toBe('关于加强防控的通告');
  });
});

describe('withdrawing a notice', () => {
  const original = readFileSync(join(FIXTURE, 'notices', `${OLD}.md`), 'utf8');
  const BLOCK = 'withdrawn:\n  date: 2026-11-25\n  reason: 采样点已撤除\n';

  it('adds withdrawn at the end of the front matter and keeps every other byte, comments included', () => {
    const updated = addWithdrawn(original, { date: TODAY, reason: '采样点已撤除' });
    const [head, rest] = original.split(/(?<=\n)(?=---\n\n)/) as [string, string];
    expect(updated).toBe(head + BLOCK + rest);
  });

  it('does not fold long lines or requote values', () => {
    const updated = addWithdrawn(original, { date: TODAY, reason: '采样点已撤除' });
    expect(updated).toContain('title: "岚溪区疫情防控指挥部关于调整采样安排的通告（第4号）"');
    expect(updated).toContain("    note: '更正采样点地址'");
    expect(updated).toContain('seriesNo: 4   # 接着纸质第3号');
  });

  it('keeps the text byte for byte even where re-printing the YAML would change it', () => {
    const unusual = '---\ntitle:    对齐的标题\ndocType: 通告\nauthority: 某机关\nissued: 2026-11-01\ntags:\n- 一\n- 二\n---\n正文\n';
    const updated = addWithdrawn(unusual, { date: TODAY, reason: '采样点已撤除' });
    expect(updated).toBe(unusual.replace('- 二\n', `- 二\n${BLOCK}`));
  });

  it('keeps Windows line endings', () => {
    const crlf = original.replace(/\n/g, '\r\n');
    const updated = addWithdrawn(crlf, { date: TODAY, reason: '采样点已撤除' });
    expect(updated).toBe(addWithdrawn(original, { date: TODAY, reason: '采样点已撤除' }).replace(/\n/g, '\r\n'));
  });

  it('quotes a reason that YAML would otherwise misread', () => {
    const reason = '原因: 见 #3 通告';
    const updated = addWithdrawn(original, { date: TODAY, reason });
    expect(parse(updated.split('---')[1]!).withdrawn).toEqual({ date: TODAY, reason });
  });

  it('refuses a notice already withdrawn, or a file without front matter', () => {
    expect(() => addWithdrawn('---\ntitle: x\nwithdrawn: { date: 2026-11-01, reason: y }\n---\n', { date: TODAY, reason: 'z' })).toThrow(FrontMatterError);
    expect(() => addWithdrawn('正文', { date: TODAY, reason: 'z' })).toThrow(FrontMatterError);
    const folder = readContentFolder(copyFixture());
    expect(() => draftFromAnswers({ target: 'withdraw', notice: '2026-11-08-yi-chexiao', reason: 'z' }, folder, TODAY)).toThrow(/已经在 2026-11-09 撤销过了/);
    expect(() => draftFromAnswers({ target: 'withdraw', notice: OLD }, folder, TODAY)).toThrow(/--reason/);
  });

  it('edits the file in a content folder, which then checks clean and shows the notice withdrawn', () => {
    const dir = copyFixture();
    const folder = readContentFolder(dir);
    const planned = plan(draftFromAnswers({ target: 'withdraw', notice: OLD, reason: '采样点已撤除' }, folder, TODAY), folder);
    expect(carryOut(planned, folder)).toMatchObject({ ok: true, problems: [] });
    expect(readFileSync(planned.absPath, 'utf8')).toBe(addWithdrawn(original, { date: TODAY, reason: '采样点已撤除' }));
    expect(mistakes(checkContentFolder(dir).problems)).toEqual([]);
    expect(statusOf(dir, OLD)).toBe('withdrawn');
  });

  it('puts the old text back when an edit would break the file', () => {
    const dir = copyFixture();
    const folder = readContentFolder(dir);
    const path = join(dir, 'notices', `${OLD}.md`);
    const outcome = editChecked(folder, path, original.replace('docType: 通告', 'docType: 通报'));
    expect(outcome.ok).toBe(false);
    expect(outcome.problems[0]?.field).toBe('docType');
    expect(readFileSync(path, 'utf8')).toBe(original);
  });
});
