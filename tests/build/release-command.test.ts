/**
 * `npm run release -- --out DIR`, the one-shot publish for deployments driven
 * from outside: a release folder, the `current` link switched to it, the next
 * change announced, and nothing switched when the content is broken.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, fixture, projectRoot } from '../helpers/build-site';

const out = mkdtempSync(join(tmpdir(), 'release-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function release(contentDir: string) {
  const run = spawnSync(bin('tsx'), ['src/cli/release.ts', '--out', out, '--json'], {
    cwd: projectRoot,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, CONTENT_DIR: contentDir, SITE_NOW: '2026-11-22T12:00+08:00', ASTRO_CACHE_DIR: join(out, '..', `${out.split('/').pop()}-cache`), NO_COLOR: '1' },
  });
  return { status: run.status, result: JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}'), stderr: run.stderr };
}

describe('npm run release', () => {
  it('builds a release and makes it current, saying when the output next changes', () => {
    const { status, result } = release(fixture('site-basic'));
    expect(status).toBe(0);
    expect(result.ok).toBe(true);
    expect(readlinkSync(join(out, 'current'))).toBe(`releases/${result.release}`);
    expect(existsSync(join(out, 'current/index.html'))).toBe(true);
    expect(existsSync(join(out, 'current/pagefind/pagefind-entry.json'))).toBe(true);
    expect(new Date(result.next.at).getTime()).toBeGreaterThan(Date.parse('2026-11-22T04:00:00Z'));
  });

  it('leaves the live release in place when the content is broken', () => {
    const before = readlinkSync(join(out, 'current'));
    const { status, result } = release(fixture('site-broken'));
    expect(status).toBe(1);
    expect(result.ok).toBe(false);
    expect(result.message).toContain('内容文件有');
    expect(readlinkSync(join(out, 'current'))).toBe(before);
  });
});
