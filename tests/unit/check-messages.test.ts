/**
 * The words authors read, pinned: the full output of `npm run check` for the
 * broken fixture folders. A change of wording shows up as a reviewed diff of
 * the snapshot files beside this test (update with `vitest -u`).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function check(folder: string) {
  return spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['src/cli/check.ts'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: join('tests/fixtures', folder), SITE_NOW: '2026-11-22T12:00+08:00', NO_COLOR: '1' },
  });
}

describe('npm run check, word for word', () => {
  it.each([
    ['check-broken/content', 'check-broken.txt'],
    ['site-broken', 'site-broken.txt'],
    ['check-bad-audio', 'check-bad-audio.txt'],
    ['check-mdx-refs', 'check-mdx-refs.txt'],
    ['check-mdx-syntax', 'check-mdx-syntax.txt'],
    ['check-mdx-code', 'check-mdx-code.txt'],
    ['check-mdx-mixed', 'check-mdx-mixed.txt'],
  ])('%s', async (folder, snapshot) => {
    const run = check(folder);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    await expect(run.stdout).toMatchFileSnapshot(join('__snapshots__/check-output', snapshot));
  });
});
