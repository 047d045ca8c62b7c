/** Builds the site from a content folder into a temporary dist, as a deployment would. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const fixture = (name: string) => join(projectRoot, 'tests/fixtures', name);

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/** Runs `astro build` (with the Pagefind index) for `contentDir` at a pinned "now". */
export function buildSite(contentDir: string, options: { now?: string; env?: Record<string, string> } = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'site-build-'));
  const outDir = join(work, 'dist');
  const run = spawnSync(join(projectRoot, 'node_modules/.bin/astro'), ['build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      SITE_NOW: options.now ?? '2026-11-22T12:00+08:00',
      ASTRO_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      ...options.env,
    },
    timeout: 300_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
