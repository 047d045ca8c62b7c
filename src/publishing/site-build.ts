/**
 * Builds the whole site into one folder, as `npm run build` does — Astro, then
 * the search index — in child processes, so the publisher keeps serving and
 * watching while a build runs, and a build's memory goes when it ends. The
 * live publisher may ask for a delta search index (src/search/delta-choice.ts)
 * and, later, for the full index alone (complete-search-index.ts).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { isoBeijing } from '../lifecycle/beijing-time';
import { ProcessesAhead } from './processes-ahead';
import { PAGES_WRITTEN } from './pages-written-integration';
import { HANDED_OVER, type NowWord } from './publisher-word';

const projectRoot = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(projectRoot, 'node_modules/.bin', name);
/** Set for every build: no telemetry, and logs without colour codes (they go to the office's status page). */
const EVERY_BUILD = { ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const publisherEnv = () => ({ ...process.env, ...EVERY_BUILD });
const PIPED = ['ignore', 'pipe', 'pipe', 'ipc'] as const;

/**
 * Processes for the publisher's builds, each started ahead of its build
 * (build-process-child.ts), which runs with the settings its build is given.
 * @param env what every build's environment starts from
 */
export const buildProcesses = (env: NodeJS.ProcessEnv = publisherEnv(), quiet?: () => Promise<void>) =>
  // execArgv empty: not the publisher's loaders (tsx); Node strips the child's types itself, as the astro command runs bare.
  new ProcessesAhead(() => fork(join(import.meta.dirname, 'build-process-child.ts'), [], { cwd: projectRoot, env, execArgv: [], stdio: [...PIPED] }), quiet);

/**
 * Processes for the publisher's search indexes, each started ahead
 * (search-index-child.ts). They run with the publisher's own settings: the
 * index reads none of those a build is given (its content folder, "now", the
 * release to reuse). Each leads its own process group, so that stopping it also
 * stops the Pagefind it runs.
 */
export const indexProcesses = (quiet?: () => Promise<void>) =>
  new ProcessesAhead(
    () => fork(join(import.meta.dirname, 'search-index-child.ts'), [], { cwd: projectRoot, env: publisherEnv(), execArgv: ['--import', 'tsx'], stdio: [...PIPED], detached: true }),
    quiet,
  );

/** The publisher's processes started ahead: the next build's and the next search index's. */
export interface PublisherProcesses {
  build: ProcessesAhead;
  index: ProcessesAhead;
}

/** @param quiet resolves when no publish runs: each next process is started only then */
export const publisherProcesses = (quiet?: () => Promise<void>): PublisherProcesses => ({ build: buildProcesses(undefined, quiet), index: indexProcesses(quiet) });

export interface SiteBuild {
  ok: boolean;
  /** Wall-clock seconds of both steps. */
  seconds: number;
  /** Of which the search index step's. */
  indexSeconds?: number;
  /** What the failing step printed (its tail), for the log and the status page. */
  failure?: string;
}

export interface SiteBuildOptions {
  contentDir: string;
  /** The build's "now": every page, feed and poster of the release agrees on it. */
  now: Date;
  /** The search index keeps its word cache under this folder's name (all releases of one site share it). */
  cacheFor: string;
  /** The live release's folder: the search index may then be its full index plus a delta of what changed. */
  deltaFrom?: string;
  /** The live release's folder: entry, region and month pages whose reads are unchanged come from it (src/page-reuse/); none, a first release. */
  reusePagesFrom?: string;
  /** The publisher's check of the content folder, for the build to take while the folder is unchanged (src/checking/check-handoff.ts). */
  checkedContent?: string;
  /** The publisher's processes started ahead (processes-ahead.ts); none, a process is started for each step. */
  processes?: PublisherProcesses;
  /**
   * With `processes`: the publisher is still checking, and settles this when its handoff is
   * written (true) or not (false); the build reads `checkedContent` only then (publisher-word.ts).
   */
  handoff?: Promise<boolean>;
  /** Ends the build (a check that found problems). */
  signal?: AbortSignal;
  /** The process of this very build, started ahead of its save (build-ahead.ts): it is sent its "now". */
  startedAhead?: ChildProcess;
}

export interface IndexOptions {
  cacheFor: string;
  deltaFrom?: string;
  /** Stops the indexer (and the Pagefind it runs) when aborted. */
  signal?: AbortSignal;
  /** The publisher's index processes started ahead; none, a process is started for the index. */
  processes?: ProcessesAhead;
}

/** Runs one command; resolves with its exit code and the last of its output. Aborting ends it and whatever it started. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, signal?: AbortSignal): Promise<{ code: number; output: string }> {
  // Its own process group, so that stopping it also stops the Pagefind it runs (which would go on writing the cache).
  return outcomeOf(spawn(command, args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'], detached: signal !== undefined }), signal);
}

/** A started command's exit code and the last of its output. */
function outcomeOf(child: ChildProcess, signal?: AbortSignal): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const stop = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Not leading a group of its own (a build's process started ahead): itself; or already gone.
        child.kill('SIGTERM');
      }
    };
    if (signal?.aborted) stop();
    signal?.addEventListener('abort', stop, { once: true });
    child.on('close', () => signal?.removeEventListener('abort', stop));
    let output = '';
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString('utf8')).slice(-20_000);
    };
    child.stdout!.on('data', keep);
    child.stderr!.on('data', keep);
    child.on('error', (error) => done({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => done({ code: signal ? 1 : (code ?? 1), output }));
  });
}

const tail = (output: string) => output.trim().split('\n').slice(-40).join('\n');

/** The search index of the site built into `outDir` (src/cli/search-index.ts). */
export async function indexSite(outDir: string, options: IndexOptions, env: NodeJS.ProcessEnv = process.env): Promise<SiteBuild> {
  const started = performance.now();
  const delta = options.deltaFrom ? ['--delta-from', options.deltaFrom] : [];
  const args = [outDir, '--cache-for', options.cacheFor, ...delta];
  const index = options.processes
    ? await outcomeOf(options.processes.take({ args }), options.signal)
    : await run(bin('tsx'), [join(projectRoot, 'src/cli/search-index.ts'), ...args], env, options.signal);
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return index.code === 0 ? { ok: true, seconds } : { ok: false, seconds, failure: tail(index.output) };
}

/** What a build is, but its "now": the same for a build started ahead of its save (build-ahead.ts). */
export type BuildTarget = Pick<SiteBuildOptions, 'contentDir' | 'reusePagesFrom' | 'checkedContent'>;

/** The environment and arguments of Astro's build of `target` into `outDir`; with `now`, its SITE_NOW. */
export function buildWork(outDir: string, target: BuildTarget, now?: Date): { env: Record<string, string>; args: string[] } {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CONTENT_DIR: target.contentDir,
    ...(now ? { SITE_NOW: isoBeijing(now) } : {}),
    // Set, even empty: the release records what its pages read, for the next one to reuse them.
    REUSE_PAGES_FROM: target.reusePagesFrom ?? '',
    CHECKED_CONTENT: target.checkedContent ?? '',
    ...EVERY_BUILD,
  };
  // A build started ahead has no "now" until told: one the publisher was started with is not it.
  if (!now) delete env.SITE_NOW;
  return { env: env as Record<string, string>, args: ['build', '--outDir', outDir] };
}

/** Astro's build into `outDir`, then its search index. */
export async function buildSite(outDir: string, options: SiteBuildOptions): Promise<SiteBuild> {
  const started = performance.now();
  const { env, args } = buildWork(outDir, options, options.now);
  const seconds = () => Math.round((performance.now() - started) / 100) / 10;
  const awaitHandoff = options.handoff !== undefined && options.processes !== undefined;
  let child: ChildProcess;
  if (options.startedAhead) {
    // Started before the save, it waits for its "now" and for the publisher's word on the check (publisher-word.ts).
    child = options.startedAhead;
    child.send({ now: isoBeijing(options.now) } satisfies NowWord);
    if (!awaitHandoff) child.send(HANDED_OVER);
  } else {
    child = options.processes?.build.take({ env, args, awaitHandoff }) ?? spawn(bin('astro'), args, { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  }
  const astro = outcomeOf(child, options.signal);
  if (awaitHandoff) void options.handoff!.then(() => child.connected && child.send(HANDED_OVER));
  // In the publisher's processes, a delta index (against a live release) starts once the pages are
  // written, beside the build's last steps (pages-written-integration.ts). A full one, or any build
  // in a process of its own (no one to tell), waits for the build to end: the two processes' memory
  // is then never held at once, as in `npm run build`.
  const pagesWritten = new Promise<boolean>((written) => {
    if (!options.deltaFrom || !options.processes) return written(false);
    child.on('message', (message) => message === PAGES_WRITTEN && written(true));
    void astro.then(() => written(false));
  });
  const stopIndex = new AbortController();
  const indexOptions = { ...options, processes: options.processes?.index };
  const early = (await pagesWritten) ? indexSite(outDir, { ...indexOptions, signal: stopIndex.signal }, env) : undefined;
  const built = await astro;
  if (built.code !== 0) {
    stopIndex.abort();
    await early;
    return { ok: false, seconds: seconds(), failure: tail(built.output) };
  }
  const index = await (early ?? indexSite(outDir, indexOptions, env));
  return { ...index, seconds: seconds(), indexSeconds: index.seconds };
}
