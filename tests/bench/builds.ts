/**
 * The two builds the benchmark times, each as one whole command: this site's
 * `npm run build` (astro build, then the search index in its own process),
 * the baseline's `astro build` (Pagefind inside its build hook).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BENCH_NOW } from './generate-content';
import { runMeasured, type Measured } from './measure';
import type { Trash } from './trash';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const binDir = join(projectRoot, 'node_modules/.bin');

export interface BuildPlan {
  /** Project root the build runs in (this site, or the baseline's temp project). */
  root: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  contentDir: string;
  timeoutSeconds: number;
  /** Stop the build above this much resident memory (whole process tree). */
  maxTreeBytes?: number;
  /**
   * Keep the cache and the built site from the previous build, as a deploy
   * machine does (publish latency; Astro empties the old site itself, inside
   * the timing); otherwise every build starts cold, with both set aside.
   */
  warm?: boolean;
  /** Where old output goes instead of being deleted just before a timed build (trash.ts). */
  trash: Trash;
  /** Run this site's search indexer after `astro build`, as `npm run build` does. */
  indexAfter?: boolean;
}

export async function timedBuild(plan: BuildPlan, extraArgs: string[] = []): Promise<Measured> {
  if (!plan.warm) {
    plan.trash.setAside(plan.outDir);
    plan.trash.setAside(plan.cacheDir);
  }
  mkdirSync(join(plan.logFile, '..'), { recursive: true });
  const astroBuild = [join(binDir, 'astro'), 'build', '--outDir', plan.outDir, ...extraArgs];
  const indexer = [join(binDir, 'tsx'), join(projectRoot, 'src/cli/search-index.ts'), plan.outDir];
  // One shell, so the measured process tree (time and memory) covers both steps.
  const [command, ...args] = plan.indexAfter ? ['/bin/sh', '-c', `"$@" && ${indexer.map(quote).join(' ')}`, 'sh', ...astroBuild] : astroBuild;
  return runMeasured(command!, args, {
    cwd: plan.root,
    timeoutSeconds: plan.timeoutSeconds,
    logFile: plan.logFile,
    maxTreeBytes: plan.maxTreeBytes,
    env: {
      ...process.env,
      // The project's Node (package "node"), whatever `node` the caller has.
      PATH: `${binDir}:${process.env.PATH ?? ''}`,
      CONTENT_DIR: plan.contentDir,
      SITE_NOW: BENCH_NOW,
      ASTRO_CACHE_DIR: plan.cacheDir,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
    },
  });
}

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

/** Last lines of a failed build, for the console. */
export function failureTail(run: Measured, lines = 30): string {
  const why = run.memoryExceeded ? 'stopped: memory limit passed' : run.timedOut ? 'timed out' : `exit code ${run.exitCode}`;
  return `build failed (${why}):\n${run.lines.slice(-lines).map((l) => l.text).join('\n')}`;
}
