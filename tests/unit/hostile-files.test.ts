/**
 * Issue 27: content files the site would read differently from the check, or not
 * at all, or that would take the check down, are refused by name in one run.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContentFolder, type ContentCheck } from '../../src/checking/content-check';
import { ALIAS_BOMB_MESSAGE, parseYamlSource } from '../../src/checking/content-source';
import { hostileFolder, notice } from '../helpers/hostile-folder';

/** The classic "billion laughs": nine levels of nine aliases, about 400 bytes. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n`;
}

let check: ContentCheck;
let took: number;
const problemsOf = (file: string) => check.problems.filter((p) => p.file === `content/${file}`);

beforeAll(() => {
  const f = hostileFolder();
  f.write('content/notices/ok.md', notice());
  f.write('content/notices/bomb.md', `---\n${aliasBomb()}title: 通告\n---\n`);
  f.write('content/hotlines/bomb.yaml', aliasBomb());
  f.write('content/notices/upper.MD', notice());
  f.write('content/hotlines/upper.YAML', 'name: 热线\n');
  // 「通告」 in GBK: not UTF-8.
  f.write('content/notices/gbk.md', Buffer.concat([Buffer.from('---\ntitle: '), Buffer.from([0xcd, 0xa8, 0xb8, 0xe6]), Buffer.from('\n---\n')]));
  const start = performance.now();
  check = checkContentFolder(f.content);
  took = performance.now() - start;
});

describe('YAML alias bombs', () => {
  it('are small', () => {
    expect(aliasBomb().length).toBeLessThan(500);
  });

  it('are refused by name, in front matter and in YAML files, in well under a second', () => {
    expect(problemsOf('notices/bomb.md')).toEqual([expect.objectContaining({ message: expect.stringContaining(ALIAS_BOMB_MESSAGE) })]);
    expect(problemsOf('hotlines/bomb.yaml')).toEqual([expect.objectContaining({ message: expect.stringContaining(ALIAS_BOMB_MESSAGE) })]);
    expect(took).toBeLessThan(1000);
  });

  it('leave a few honest aliases alone', () => {
    const parsed = parseYamlSource('a: &x [1, 2]\nb: *x\nc: *x\n');
    expect(parsed.syntaxError).toBeUndefined();
    expect(parsed.data).toEqual({ a: [1, 2], b: [1, 2], c: [1, 2] });
  });
});

describe('files the site would not read as written', () => {
  it('refuse upper-case extensions by name instead of dropping the entry', () => {
    expect(problemsOf('notices/upper.MD')).toEqual([expect.objectContaining({ message: expect.stringContaining('要写成小写 .md') })]);
    expect(problemsOf('hotlines/upper.YAML')).toEqual([expect.objectContaining({ message: expect.stringContaining('要写成小写 .yaml') })]);
  });

  it('refuse a file that is not UTF-8, by name', () => {
    expect(problemsOf('notices/gbk.md')).toEqual([expect.objectContaining({ message: expect.stringContaining('不是 UTF-8 编码') })]);
  });

  it('still read the valid entry beside them', () => {
    expect(check.entries.map((entry) => entry.id)).toEqual(['ok']);
  });
});

describe('impossible notice histories', () => {
  const f = hostileFolder();
  f.write('content/notices/a.md', notice('supersedes: [b]\n'));
  f.write('content/notices/b.md', notice('supersedes: [a]\n'));
  f.write('content/notices/c.md', notice('supersedes: [d]\n'));
  f.write('content/notices/d.md', notice('supersedes: [e]\n'));
  f.write('content/notices/e.md', notice('supersedes: [c]\n'));
  f.write('content/notices/old.md', notice());
  f.write('content/notices/new.md', notice('supersedes: [old]\n'));
  f.write('content/notices/withdrawn-early.md', notice('withdrawn:\n  date: 2026-10-01\n  reason: 误发\n'));
  f.write('content/notices/withdrawn-ok.md', notice('withdrawn:\n  date: 2026-11-01\n  reason: 误发\n'));
  const { problems } = checkContentFolder(f.content);
  const about = (id: string) => problems.filter((p) => p.file === `content/notices/${id}.md`);

  it('refuse a supersede cycle of two, naming it on both notices', () => {
    expect(about('a')).toEqual([expect.objectContaining({ field: 'supersedes', message: expect.stringContaining('a → b → a') })]);
    expect(about('b')).toEqual([expect.objectContaining({ field: 'supersedes', message: expect.stringContaining('b → a → b') })]);
  });

  it('refuse a longer cycle, and leave an ordinary replacement alone', () => {
    for (const id of ['c', 'd', 'e']) expect(about(id), id).toEqual([expect.objectContaining({ message: expect.stringContaining('替代关系绕成了圈') })]);
    expect([...about('old'), ...about('new')]).toEqual([]);
  });

  it('refuse a withdrawal dated before the notice was issued', () => {
    expect(about('withdrawn-early')).toEqual([expect.objectContaining({ field: 'withdrawn.date', message: expect.stringContaining('撤销日期不能早于发布日期') })]);
    expect(about('withdrawn-ok')).toEqual([]);
  });
});

describe('custom YAML tags', () => {
  it('are refused by name, in front matter and in YAML files, at their line', async () => {
    const { parseContentSource, UNKNOWN_TAG_MESSAGE } = await import('../../src/checking/content-source');
    const front = parseContentSource('x.md', '---\ntitle: !custom 标题\ndocType: 通告\n---\n\n正文\n');
    expect(front.syntaxError).toEqual({ line: 2, message: UNKNOWN_TAG_MESSAGE });
    const yaml = parseContentSource('x.yaml', 'name: 热线\nphones: !!js/function "function () {}"\n');
    expect(yaml.syntaxError).toEqual({ line: 2, message: UNKNOWN_TAG_MESSAGE });
    // A tag the core schema knows keeps its meaning: 0731 stays text.
    expect(parseContentSource('y.yaml', 'code: !!str 0731\n').data).toEqual({ code: '0731' });
  });
});
