/**
 * Builds the whole site into one folder, as `npm run build` does — Astro, then
 * the search index — in child processes, so the publisher keeps serving and
 * watching while a build runs, and a build's memory goes when it ends.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { isoBeijing } from '../lifecycle/beijing-time';

const projectRoot = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name);

export interface SiteBuild {
  ok: boolean;
  /** Wall-clock seconds of both steps. */
  seconds: number;
  /** What the failing step printed (its tail), for the log and the status page. */
  failure?: string;
}

export interface SiteBuildOptions {
  contentDir: string;
  /** The build's "now": every page, feed and poster of the release agrees on it. */
  now: Date;
  /** The search index keeps its word cache under this folder's name (all releases of one site share it). */
  cacheFor: string;
}

/** Runs one command; resolves with its exit code and the last of its output. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => done({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code: signal ? 1 : (code ?? 1), output }));
  });
}

/** Astro's build into `outDir`, then its search index. */
export async function buildSite(outDir: string, options: SiteBuildOptions): Promise<SiteBuild> {
  const started = performance.now();
  const env = {
    ...process.env,
    CONTENT_DIR: options.contentDir,
    SITE_NOW: isoBeijing(options.now),
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
  };
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const astro = await run(bin('astro'), ['build', '--outDir', outDir], env);
  if (astro.code !== 0) return { ok: false, seconds: seconds(), failure: astro.output.trim().split('\n').slice(-40).join('\n') };
  const index = await run(bin('tsx'), [join(projectRoot, 'src/cli/search-index.ts'), outDir, '--cache-for', options.cacheFor], env);
  if (index.code !== 0) return { ok: false, seconds: seconds(), failure: index.output.trim().split('\n').slice(-40).join('\n') };
  return { ok: true, seconds: seconds() };
}
