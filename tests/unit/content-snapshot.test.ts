import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentSnapshot } from '../../src/publishing/content-snapshot';

function folder(): { content: string; snapshot: ContentSnapshot } {
  const root = mkdtempSync(join(tmpdir(), 'snapshot-'));
  const content = join(root, 'content');
  mkdirSync(join(content, 'notices'), { recursive: true });
  mkdirSync(join(content, 'media'), { recursive: true });
  writeFileSync(join(content, 'notices', 'a.md'), '---\ntitle: 甲\n---\n');
  writeFileSync(join(content, 'notices', 'b.md'), '---\ntitle: 乙\n---\n');
  writeFileSync(join(content, 'media', 'call.mp3'), 'ID3 first');
  return { content, snapshot: new ContentSnapshot(content, join(root, 'last-good-content')) };
}

describe('the last good content', async () => {
  it('copies text files and links media files', async () => {
    const { content, snapshot } = folder();
    await snapshot.take();
    expect(readFileSync(join(snapshot.dir, 'notices', 'a.md'), 'utf8')).toContain('甲');
    expect(statSync(join(snapshot.dir, 'notices', 'a.md')).ino).not.toBe(statSync(join(content, 'notices', 'a.md')).ino);
    expect(statSync(join(snapshot.dir, 'media', 'call.mp3')).ino).toBe(statSync(join(content, 'media', 'call.mp3')).ino);
  });

  it('keeps the copy it took when the author edits the file in place', async () => {
    const { content, snapshot } = folder();
    await snapshot.take();
    writeFileSync(join(content, 'notices', 'a.md'), '---\ntitle: 甲（坏了\n');
    expect(readFileSync(join(snapshot.dir, 'notices', 'a.md'), 'utf8')).toContain('title: 甲\n');
  });

  it('follows edits, new, removed and replaced files, and copies only what changed', async () => {
    const { content, snapshot } = folder();
    await snapshot.take();
    writeFileSync(join(content, 'notices', 'a.md'), '---\ntitle: 甲（改）\n---\n');
    writeFileSync(join(content, 'notices', 'c.md'), '---\ntitle: 丙\n---\n');
    rmSync(join(content, 'notices', 'b.md'));
    rmSync(join(content, 'media', 'call.mp3'));
    writeFileSync(join(content, 'media', 'call.mp3'), 'ID3 second');
    await snapshot.take();
    expect(readFileSync(join(snapshot.dir, 'notices', 'a.md'), 'utf8')).toContain('甲（改）');
    expect(readFileSync(join(snapshot.dir, 'notices', 'c.md'), 'utf8')).toContain('丙');
    expect(existsSync(join(snapshot.dir, 'notices', 'b.md'))).toBe(false);
    expect(readFileSync(join(snapshot.dir, 'media', 'call.mp3'), 'utf8')).toBe('ID3 second');

    writeFileSync(join(content, 'notices', 'b.md'), '---\ntitle: 乙\n---\n');
    const a = statSync(join(snapshot.dir, 'notices', 'a.md'), { bigint: true });
    await snapshot.take();
    // An unchanged file is not written again (same file, same time); the one brought back is.
    const after = statSync(join(snapshot.dir, 'notices', 'a.md'), { bigint: true });
    expect([after.ino, after.mtimeNs]).toEqual([a.ino, a.mtimeNs]);
    expect(readFileSync(join(snapshot.dir, 'notices', 'b.md'), 'utf8')).toContain('乙');
  });

  it('replaces a snapshot left by an earlier run of the publisher with the folder as it is', async () => {
    const { content, snapshot } = folder();
    mkdirSync(join(snapshot.dir, 'notices'), { recursive: true });
    writeFileSync(join(snapshot.dir, 'notices', 'gone.md'), 'old');
    writeFileSync(join(snapshot.dir, 'notices', 'a.md'), 'old');
    await snapshot.take();
    expect(existsSync(join(snapshot.dir, 'notices', 'gone.md'))).toBe(false);
    expect(readFileSync(join(snapshot.dir, 'notices', 'a.md'), 'utf8')).toContain('甲');
    expect(existsSync(join(content, 'notices', 'gone.md'))).toBe(false);
  });
});
