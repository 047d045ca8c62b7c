import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeyedFiles } from '../../src/page-reuse/keyed-files';

const RECORD = '.test-keys.json';
const work = () => mkdtempSync(join(tmpdir(), 'keyed-files-'));

/** One build's step: writes each file from its inputs, counting how often `make` ran. */
function step(outDir: string, code: string | undefined, reuseFrom: string | undefined, inputs: Record<string, unknown>): { files: KeyedFiles; made: string[] } {
  const files = new KeyedFiles(outDir, RECORD, code, reuseFrom);
  const made: string[] = [];
  for (const [file, input] of Object.entries(inputs)) {
    files.write(file, input, () => {
      made.push(file);
      return `<p>${JSON.stringify(input)}</p>`;
    });
  }
  files.finish();
  return { files, made };
}

const inode = (path: string) => statSync(path).ino;

describe('files keyed by their inputs', () => {
  it('links a file whose inputs hash as in the release before, and makes one whose inputs changed', () => {
    const root = work();
    const [a, b] = [join(root, 'a'), join(root, 'b')];
    expect(step(a, 'code-1', '', { 'notices/x/poster/index.html': { title: '甲' }, 'notices/y/poster/index.html': { title: '乙' } }).made).toHaveLength(2);
    const second = step(b, 'code-1', a, { 'notices/x/poster/index.html': { title: '甲' }, 'notices/y/poster/index.html': { title: '乙（改）' } });
    expect(second.made).toEqual(['notices/y/poster/index.html']);
    expect([second.files.reused, second.files.made]).toEqual([1, 1]);
    expect(inode(join(b, 'notices/x/poster/index.html'))).toBe(inode(join(a, 'notices/x/poster/index.html')));
    expect(readFileSync(join(b, 'notices/y/poster/index.html'), 'utf8')).toContain('乙（改）');
  });

  it('makes every file again under another code key, or when the earlier file is gone', () => {
    const root = work();
    const [a, b, c] = [join(root, 'a'), join(root, 'b'), join(root, 'c')];
    step(a, 'code-1', '', { 'x.html': 1, 'y.html': 2 });
    expect(step(b, 'code-2', a, { 'x.html': 1, 'y.html': 2 }).made).toEqual(['x.html', 'y.html']);
    rmSync(join(b, 'x.html'));
    expect(step(c, 'code-2', b, { 'x.html': 1, 'y.html': 2 }).made).toEqual(['x.html']);
  });

  it('neither reuses nor records without the publisher (no code key), and takes a record cut short as none', () => {
    const root = work();
    const [a, b, c] = [join(root, 'a'), join(root, 'b'), join(root, 'c')];
    expect(step(a, undefined, undefined, { 'x.html': 1 }).made).toEqual(['x.html']);
    expect(existsSync(join(a, RECORD))).toBe(false);
    step(b, 'code-1', '', { 'x.html': 1 });
    const record = join(b, RECORD);
    const text = readFileSync(record, 'utf8');
    rmSync(record);
    writeFileSync(record, text.slice(0, 10));
    expect(step(c, 'code-1', b, { 'x.html': 1 }).made).toEqual(['x.html']);
  });
});
