/**
 * The pages the search index reads: copies of the searchable pages with their
 * words spaced (src/lib/word-spacing.ts), kept in a folder between builds
 * (search-cache.ts). A page whose built HTML has not changed since its copy
 * was made is not cut again. Cutting Chinese into words costs about a
 * microsecond a character, so the pages are shared out among worker threads,
 * one per core: nothing else runs while the index is built. Most copies are
 * already made by then: the build cuts each page as Astro renders it
 * (src/integrations/search-prestage.ts), and this step only checks them.
 */
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

export interface StagingJob {
  siteDir: string;
  stagingDir: string;
  /** Paths of built pages, relative to `siteDir`. */
  files: string[];
  /** The source hash of each copy already in `stagingDir`. */
  kept: Record<string, string>;
}

export interface StagedPages {
  /** Each searchable page (relative path) and the hash of its built HTML. */
  hashes: Record<string, string>;
  /** Those cut into words since the index last took them in: by this step, or by the build (search-prestage.ts). */
  cut: string[];
  /** How many of `cut` the build had cut (and this step found current). */
  cutByBuild?: number;
}

/** A list kept beside the copies; `empty` when it is missing or unreadable (every page is then cut again). */
function readJson<T>(path: string, empty: T): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return empty;
  }
}

/** Written whole or not at all: a half-written list would be read as the truth next time. */
function writeJson(path: string, value: unknown): void {
  writeFileSync(`${path}.new`, JSON.stringify(value));
  renameSync(`${path}.new`, path);
}

/**
 * The source hash of each kept copy in `stagingDir`, taken: the list is
 * deleted, and written again (`keepCopies`) only when the folder matches it,
 * so a run that stops halfway leaves none and the next cuts every page.
 */
export function takeKeptCopies(stagingDir: string): Record<string, string> {
  const kept = readJson<Record<string, string>>(`${stagingDir}.json`, {});
  rmSync(`${stagingDir}.json`, { force: true });
  return kept;
}

export function keepCopies(stagingDir: string, hashes: Record<string, string>): void {
  writeJson(`${stagingDir}.json`, hashes);
}

/**
 * Pages cut by the build itself (search-prestage.ts) that the index has not
 * taken in yet: they are kept copies for the index step, but changed pages for
 * Pagefind's kept fragments. The list grows until an index is written.
 */
export function addCutBeforeIndex(stagingDir: string, files: string[]): void {
  const listed = readJson<string[]>(`${stagingDir}.cut.json`, []);
  writeJson(`${stagingDir}.cut.json`, [...new Set([...listed, ...files])]);
}

/** Called once the index holds every page cut so far. */
export function forgetCutBeforeIndex(stagingDir: string): void {
  rmSync(`${stagingDir}.cut.json`, { force: true });
}

const htmlFiles = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.html'));

function runWorker(job: StagingJob, started: Worker[]): Promise<StagedPages> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-staging-worker.ts', import.meta.url), { workerData: job });
    started.push(worker);
    worker.once('message', (result: StagedPages) => resolve(result));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`搜索索引的分词线程异常退出（代码 ${code}）`));
    });
  });
}

/**
 * Brings `stagingDir` up to date with the searchable pages of `siteDir`:
 * changed and new pages are copied with their words spaced, copies of pages
 * that are gone (or no longer searchable) are deleted.
 */
export async function stageSearchPages(siteDir: string, stagingDir: string): Promise<StagedPages> {
  const kept = takeKeptCopies(stagingDir);
  const cutByBuild = readJson<string[]>(`${stagingDir}.cut.json`, []);
  // Every built page except Pagefind's own output.
  const pages = htmlFiles(siteDir).filter((path) => !path.startsWith('pagefind/'));
  const workers = Math.max(1, Math.min(availableParallelism(), 4, pages.length));
  const shares = Array.from({ length: workers }, (_, w) => pages.filter((_, i) => i % workers === w));
  const started: Worker[] = [];
  let results: StagedPages[];
  try {
    results = await Promise.all(shares.map((files) => runWorker({ siteDir, stagingDir, files, kept }, started)));
  } catch (error) {
    // Stop the others before the caller goes on.
    await Promise.all(started.map((worker) => worker.terminate()));
    throw error;
  }
  const hashes = Object.assign({}, ...results.map((r) => r.hashes)) as Record<string, string>;
  // Whatever else is in the folder (a removed page, a draft again, a run that stopped halfway) must not be indexed.
  for (const file of htmlFiles(stagingDir)) if (!(file in hashes)) rmSync(join(stagingDir, file));
  keepCopies(stagingDir, hashes);
  const cutHere = new Set(results.flatMap((r) => r.cut));
  const current = cutByBuild.filter((file) => file in hashes && !cutHere.has(file));
  return { hashes, cut: [...cutHere, ...current], cutByBuild: current.length };
}
