/**
 * The publisher's check handed to the build it starts (src/checking/check-handoff.ts): taken only
 * while the folder is exactly as it was checked, and then the same as the build's own check.
 */
import { cpSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCheckHandoff, writeCheckHandoff } from '../../src/checking/check-handoff';
import { contentFingerprint } from '../../src/checking/content-fingerprint';
import { checkContentFolder } from '../../src/checking/content-check';
import { checkedOutput } from '../../src/checking/content-source';
import { contentWarnings } from '../../src/checking/content-warnings';

const projectRoot = join(import.meta.dirname, '../..');

/** A copy of the sample content, checked as the publisher checks it (paths shown from the folder's parent). */
function checkedCopy() {
  const work = mkdtempSync(join(tmpdir(), 'check-handoff-'));
  const content = join(work, 'content');
  cpSync(join(projectRoot, 'content'), content, { recursive: true });
  const before = contentFingerprint(content);
  const check = checkContentFolder(content, work);
  const handoff = join(work, 'out', '.checked-content');
  return { work, content, before, check, handoff };
}

/** What a check says, without its functions. */
const plain = (check: ReturnType<typeof checkContentFolder>) => ({
  problems: check.problems,
  regions: check.regions,
  entries: check.entries.map(({ lineOf: _, ...entry }) => entry),
});

describe('the check handed from the publisher to the build', () => {
  it("is what the build's own check would be, paths shown from the build's root, line numbers included", () => {
    const { content, before, check, handoff } = checkedCopy();
    expect(writeCheckHandoff(handoff, content, check, before, join(content, '..'))).toBe(true);
    const buildRoot = join(content, '../..');
    const taken = readCheckHandoff(handoff, content, buildRoot)!;
    const own = checkContentFolder(content, buildRoot);
    expect(taken).toBeDefined();
    expect(plain(taken)).toEqual(plain(own));
    expect(taken.entries[0]!.file).toMatch(/^[^/]+\/content\//);
    for (const [index, entry] of own.entries.entries()) expect(taken.entries[index]!.lineOf(['title'])).toBe(entry.lineOf(['title']));
    // The warnings every build prints name the same files and lines.
    const now = new Date('2026-11-22T04:00:00Z');
    const lines = (entries: typeof own.entries) => contentWarnings(entries, now, 30, { sampleData: true }).map((w) => `${w.file}:${w.line} ${w.message}`);
    expect(lines(taken.entries)).toEqual(lines(own.entries));
  });

  it("hands over how each file read, so the build's loaders neither parse nor validate an unchanged file again", () => {
    const { content, before, check, handoff, work } = checkedCopy();
    writeCheckHandoff(handoff, content, check, before, work);
    // The build is another process: it has read nothing yet.
    (globalThis as Record<symbol, Map<string, unknown>>)[Symbol.for('content-source.read-data')]!.clear();
    readCheckHandoff(handoff, content, projectRoot);
    const entry = check.entries.find((e) => e.absPath.endsWith('.mdx')) ?? check.entries[0]!;
    const text = readFileSync(entry.absPath, 'utf8');
    expect(checkedOutput(entry.absPath, text)?.output).toEqual(entry.data);
    expect(checkedOutput(entry.absPath, `${text}\n`)).toBeUndefined();
  });

  it('is not taken once any file of the folder has changed since, even to the same text', () => {
    const { content, before, check, handoff } = checkedCopy();
    writeCheckHandoff(handoff, content, check, before, join(content, '..'));
    const notice = join(content, 'notices', check.entries.find((entry) => entry.kind === 'notices')!.id + '.md');
    const text = readFileSync(notice, 'utf8');
    writeFileSync(notice, text);
    utimesSync(notice, new Date(), new Date(Date.now() + 5000));
    expect(readCheckHandoff(handoff, content, projectRoot)).toBeUndefined();
  });

  it('is not handed over when the folder changed while it was checked, or when the check found problems', () => {
    const { content, before, check, handoff, work } = checkedCopy();
    writeFileSync(join(content, 'notices', 'new-while-checking.md'), '---\ntitle: 新文件\n---\n');
    expect(writeCheckHandoff(handoff, content, check, before, work)).toBe(false);
    expect(writeCheckHandoff(handoff, content, { ...check, problems: [{ file: 'x', message: '问题' }] }, contentFingerprint(content), work)).toBe(false);
  });

  it('is not taken from a damaged file or for another folder', () => {
    const { content, before, check, handoff, work } = checkedCopy();
    writeCheckHandoff(handoff, content, check, before, work);
    expect(readCheckHandoff(handoff, join(work, 'other'), projectRoot)).toBeUndefined();
    writeFileSync(handoff, 'half-written');
    expect(readCheckHandoff(handoff, content, projectRoot)).toBeUndefined();
  });
});
