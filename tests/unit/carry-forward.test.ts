import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { carryForwardAssets } from '../../src/publishing/carry-forward';

function release(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('carrying the previous release’s hashed files forward', () => {
  it('links the hashed files a new build no longer makes, and nothing else', () => {
    const root = mkdtempSync(join(tmpdir(), 'carry-'));
    const old = release(root, 'a', { '_astro/app.OLD.js': 'old', '_astro/same.X.css': 'x', 'pagefind/fragment/old.pf_fragment': 'f', 'notices/gone/index.html': 'page' });
    const next = release(root, 'b', { '_astro/app.NEW.js': 'new', '_astro/same.X.css': 'x', 'index.html': 'home' });
    expect(carryForwardAssets(old, next)).toBe(2);
    expect(readFileSync(join(next, '_astro/app.OLD.js'), 'utf8')).toBe('old');
    expect(statSync(join(next, '_astro/app.OLD.js')).ino).toBe(statSync(join(old, '_astro/app.OLD.js')).ino);
    expect(existsSync(join(next, 'pagefind/fragment/old.pf_fragment'))).toBe(true);
    // Pages are never carried: a removed page is gone.
    expect(existsSync(join(next, 'notices/gone/index.html'))).toBe(false);
  });

  it('keeps a carried file for a day, then lets it go', () => {
    const root = mkdtempSync(join(tmpdir(), 'carry-'));
    const day = 24 * 60 * 60 * 1000;
    const first = release(root, 'a', { '_astro/old.js': 'old' });
    const second = release(root, 'b', { 'index.html': '' });
    const third = release(root, 'c', { 'index.html': '' });
    const fourth = release(root, 'd', { 'index.html': '' });
    const t0 = Date.UTC(2026, 11, 1);
    expect(carryForwardAssets(first, second, t0)).toBe(1);
    expect(carryForwardAssets(second, third, t0 + day - 1000)).toBe(1);
    expect(carryForwardAssets(third, fourth, t0 + day + 1000)).toBe(0);
  });
});
