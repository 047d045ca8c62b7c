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

/** A command from the project's node_modules/.bin. */
export const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name);

/** The environment a test build runs in: `contentDir` at a pinned "now", Astro's cache in `cacheDir`, no telemetry or colours. */
export function siteBuildEnv(contentDir: string, cacheDir: string, options: { now?: string; env?: Record<string, string> } = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: contentDir,
    SITE_NOW: options.now ?? '2026-11-22T12:00+08:00',
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    ...options.env,
  };
}

/** Runs what `npm run build` runs (astro build, then the search index) for `contentDir` at a pinned "now". */
export function buildSite(contentDir: string, options: { now?: string; env?: Record<string, string> } = {}): BuildResult {
  const work = mkdtempSync(join(tmpdir(), 'site-build-'));
  const outDir = join(work, 'dist');
  const step = (command: string, args: string[]) =>
    spawnSync(command, args, { cwd: projectRoot, encoding: 'utf8', env: siteBuildEnv(contentDir, join(work, 'cache'), options), timeout: 300_000 });
  const build = step(bin('astro'), ['build', '--outDir', outDir]);
  const index = build.status === 0 ? step(bin('tsx'), ['src/cli/search-index.ts', outDir]) : undefined;
  const output = [build, index].filter((run) => run !== undefined).map((run) => `${run.stdout}\n${run.stderr}`).join('\n');
  // A step killed by a signal (or a timeout) has status null: that is a failure, not a success.
  const last = index ?? build;
  return { status: last.signal ? 1 : last.status, output, outDir };
}
