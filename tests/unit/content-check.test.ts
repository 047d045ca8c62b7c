import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/checking/content-check';
import type { ContentProblem } from '../../src/checking/content-problems';
import { ENTRY_SCHEMAS } from '../../src/content-model/kinds';
import { checkedOutput, parseContentSource } from '../../src/checking/content-source';

const fixture = (name: string) => join(import.meta.dirname, '../fixtures', name, 'content');
const CJK = /[\u4e00-\u9fff]/;

describe('checkContentFolder on a valid folder', () => {
  const check = checkContentFolder(fixture('check-valid'));

  it('finds no problems', () => {
    expect(check.problems).toEqual([]);
  });

  it('reads every entry, with its id taken from the file name', () => {
    expect(check.entries.map((entry) => `${entry.kind}/${entry.id}`).sort()).toEqual([
      'articles/cunyi',
      'clinics/baisha-shaodian',
      'hotlines/yingji',
      'notices/tonggao-1',
      'notices/tonggao-2',
      'notices/tongzhi-1',
      'rhymes/sanzijing',
    ]);
    expect(check.regions.map((region) => region.id)).toEqual(['lanxi', 'baisha-zhen']);
  });

  it('hands the site what the schema made of each file, so the build need not validate it again', () => {
    for (const entry of check.entries) {
      const text = readFileSync(entry.absPath, 'utf8');
      const handed = checkedOutput(entry.absPath, text);
      expect(handed, entry.file).toBeDefined();
      expect(handed!.output, entry.file).toStrictEqual(ENTRY_SCHEMAS[entry.kind].parse(parseContentSource(entry.absPath, text).data));
      // An edited file (astro dev) is validated again, by the site.
      expect(checkedOutput(entry.absPath, `${text}\n`)).toBeUndefined();
    }
  });

  it('ignores files whose name starts with _, valid or broken', () => {
    // notices/_example.md is valid, notices/_template.md and hotlines/_draft.yaml are broken.
    const seen = [...check.entries, ...check.problems].map((item) => item.file);
    expect(seen.filter((file) => file.includes('/_'))).toEqual([]);
  });
});

describe('checkContentFolder on a folder with many broken files', () => {
  const { problems, entries } = checkContentFolder(fixture('check-broken'));
  const find = (file: string, field?: string) =>
    problems.filter((problem) => problem.file === `content/${file}` && problem.field === field);
  const one = (file: string, field?: string): ContentProblem => {
    const found = find(file, field);
    expect(found, `${file} ${field}: ${JSON.stringify(problems, null, 1)}`).toHaveLength(1);
    return found[0]!;
  };

  it('reports every broken thing in every file in one run, once each', () => {
    expect(problems.map((problem) => `${problem.file} ${problem.field ?? '-'}`).sort()).toEqual([
      'content/articles/i-cover-missing.md cover.image',
      'content/articles/j-image-without-alt.md body',
      'content/clinics/n-syntax-error.yaml -',
      'content/hotlines/k-bad-phone.yaml phones.1',
      'content/notices/a-unknown-region.md region',
      'content/notices/b-supersedes-missing.md supersedes.1',
      'content/notices/d-series-1-again.md seriesNo',
      'content/notices/f-attachment-missing.md attachments.0.file',
      'content/notices/m-typo-expire.md expire',
      'content/notices/x.mdx -',
      'content/regions.yaml -',
      'content/regions.yaml parent',
      'content/rhymes/g-related-missing.md relatedNotices.0',
      'content/rhymes/h-audio-missing.md audio.file',
    ]);
  });

  it('writes every message in Chinese', () => {
    for (const problem of problems) expect(problem.message).toMatch(CJK);
  });

  it('names an unknown region id, at its line', () => {
    expect(one('notices/a-unknown-region.md', 'region')).toMatchObject({ line: 6, message: expect.stringContaining('mars') });
  });

  it('names a superseded notice that does not exist, but accepts one that does', () => {
    expect(one('notices/b-supersedes-missing.md', 'supersedes.1').message).toContain('no-such-notice');
    expect(find('notices/b-supersedes-missing.md', 'supersedes.0')).toEqual([]);
  });

  it('names a related notice that does not exist', () => {
    expect(one('rhymes/g-related-missing.md', 'relatedNotices.0').message).toContain('gone-notice');
  });

  it('flags a series number used twice for the same authority and docType, pointing to the first', () => {
    expect(one('notices/d-series-1-again.md', 'seriesNo').message).toContain('content/notices/c-series-1.md');
  });

  it('allows the same series number in a different docType', () => {
    expect(problems.filter((problem) => problem.file.includes('series-1'))).toHaveLength(1);
    expect(entries.some((entry) => entry.id === 'e-series-1-other-doctype')).toBe(true);
  });

  it('flags missing attachment, audio and cover files by name', () => {
    expect(one('notices/f-attachment-missing.md', 'attachments.0.file').message).toContain('./files/missing.pdf');
    expect(one('rhymes/h-audio-missing.md', 'audio.file').message).toContain('./audio/missing.mp3');
    expect(one('articles/i-cover-missing.md', 'cover.image').message).toContain('./images/missing.jpg');
  });

  it('flags a body image without alt text (the image itself exists)', () => {
    expect(one('articles/j-image-without-alt.md', 'body').message).toContain('./images/present.jpg');
  });

  it('reports schema problems alongside cross-file ones', () => {
    expect(one('hotlines/k-bad-phone.yaml', 'phones.1')).toMatchObject({ line: 2, message: expect.stringContaining('0731-123') });
  });

  it('flags a mistyped field name and suggests the right one', () => {
    expect(one('notices/m-typo-expire.md', 'expire')).toMatchObject({ line: 6, message: expect.stringContaining('expires') });
  });

  it('reports a file that cannot be read as YAML at its line', () => {
    expect(one('clinics/n-syntax-error.yaml').line).toBe(6);
  });

  it('flags a region whose parent is unknown, at its line', () => {
    expect(one('regions.yaml', 'parent')).toMatchObject({ line: 8, message: expect.stringContaining('nowhere') });
  });

  it('flags a region list with two roots, naming both', () => {
    const message = one('regions.yaml').message;
    expect(message).toContain('lanxi');
    expect(message).toContain('other-area');
  });

  it('flags two files with the same id (x.md and x.mdx), naming the other file', () => {
    expect(one('notices/x.mdx').message).toContain('content/notices/x.md');
    expect(entries.filter((entry) => entry.id === 'x')).toHaveLength(1);
  });

  it('keeps checking the valid files of a broken folder', () => {
    expect(entries.map((entry) => entry.id)).toEqual(expect.arrayContaining(['c-series-1', 'l-ok', 'x']));
  });
});

describe('checkContentFolder paths and missing files', () => {
  it('shows paths relative to the display root', () => {
    const dir = fixture('check-broken');
    const { problems } = checkContentFolder(dir, dir);
    expect(problems.map((problem) => problem.file)).toContain('notices/a-unknown-region.md');
  });

  it('asks for regions.yaml when it is missing', () => {
    const { problems } = checkContentFolder(fixture('check-no-regions'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/regions.yaml', message: expect.stringContaining('regions.yaml') });
  });

  it('flags an empty regions.yaml, which has no root region', () => {
    const { problems } = checkContentFolder(fixture('check-empty-regions'));
    expect(problems.map((problem) => problem.file)).toEqual(['content/regions.yaml']);
  });
});

describe('checking a folder again (the publisher checks before every publish)', () => {
  it('sees every edit: a file broken, a file mended, a renamed reference', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-again-'));
    cpSync(fixture('check-valid'), dir, { recursive: true });
    const notice = join(dir, 'notices/tonggao-2.mdx');
    const original = readFileSync(notice, 'utf8');
    expect(checkContentFolder(dir).problems).toEqual([]);

    writeFileSync(notice, original.replace(/^title: .*$/m, 'title: ""'));
    expect(checkContentFolder(dir).problems.map((p) => `${p.file.split('/').pop()} ${p.field}`)).toEqual(['tonggao-2.mdx title']);

    writeFileSync(notice, original);
    expect(checkContentFolder(dir).problems).toEqual([]);

    // A file that did not change can still be wrong because another one did: cross-file rules run every time.
    renameSync(join(dir, 'notices/tonggao-1.md'), join(dir, 'notices/tonggao-1-renamed.md'));
    expect(checkContentFolder(dir).problems.some((p) => p.message.includes('tonggao-1'))).toBe(true);
  });
});
