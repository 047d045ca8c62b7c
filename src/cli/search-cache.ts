/**
 * What the search index step keeps between builds, so that publishing one
 * changed notice does not redo the whole index: the word-cut copies of the
 * pages (only changed pages are cut again) and Pagefind's output (it writes
 * only files whose contents changed). Kept in Astro's cache folder
 * (`ASTRO_CACHE_DIR`, else node_modules/.astro), one folder per site output
 * folder; deleting it only makes the next build a cold one.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { fragmentsNameEachPageOnce, PAGEFIND_PREFIX, staleBundleFiles, type PagefindEntry } from '../lib/search-bundle';

const projectRoot = resolve(import.meta.dirname, '../..');

export interface SearchCache {
  /** Word-cut copies of the searchable pages, and `pages.json` (each copy's source hash). */
  pages: string;
  /** Pagefind's output, kept between builds. */
  bundle: string;
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/**
 * What the kept files depend on besides the pages: the word breaker (this
 * code and the ICU data Node brings) and Pagefind's version. When any of it
 * changes, the cache starts over.
 */
function cacheStamp(): string {
  const code = ['../lib/word-spacing.ts', './search-staging-worker.ts'].map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));
  const pagefind = JSON.parse(readFileSync(join(projectRoot, 'node_modules/pagefind/package.json'), 'utf8')).version as string;
  return sha1([...code, process.versions.icu ?? '', pagefind].join('\n'));
}

/** The cache folder for a site built into `outDir`, emptied first if what it depends on changed. */
export function openSearchCache(outDir: string): SearchCache {
  const astroCache = resolve(process.env.ASTRO_CACHE_DIR ?? join(projectRoot, 'node_modules/.astro'));
  const root = join(astroCache, 'search-index', sha1(resolve(outDir)).slice(0, 12));
  const stampFile = join(root, 'stamp');
  const stamp = cacheStamp();
  if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    writeFileSync(stampFile, stamp);
  }
  const cache = { pages: join(root, 'pages'), bundle: join(root, 'bundle') };
  // A bundle whose last run did not finish may hold a half-written file that a later run would keep.
  if (existsSync(unfinishedMark(cache))) rmSync(cache.bundle, { recursive: true, force: true });
  mkdirSync(cache.pages, { recursive: true });
  mkdirSync(cache.bundle, { recursive: true });
  return cache;
}

const unfinishedMark = (cache: SearchCache) => join(dirname(cache.bundle), 'bundle-unfinished');

/** Marks the kept bundle as being written (`true`) or complete (`false`). */
export function markBundleUnfinished(cache: SearchCache, unfinished: boolean): void {
  if (unfinished) writeFileSync(unfinishedMark(cache), '');
  else rmSync(unfinishedMark(cache), { force: true });
}

/** A Pagefind file's payload: gunzipped, without Pagefind's marker. */
function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  return data.subarray(data.indexOf(PAGEFIND_PREFIX) + PAGEFIND_PREFIX.length);
}

const bundleFiles = (bundle: string) => readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((path) => path.includes('.')).map((path) => path.replaceAll('\\', '/'));
const readEntry = (bundle: string) => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
const readMetas = (bundle: string, entry: PagefindEntry) =>
  Object.values(entry.languages).map((language) => decode(readPagefindFile(join(bundle, `pagefind.${language.hash}.pf_meta`)), { useMaps: false }) as unknown);

/** Deletes the kept bundle's files that its current index no longer uses; returns how many. */
export function pruneBundle(bundle: string): number {
  const entry = readEntry(bundle);
  const stale = staleBundleFiles(bundleFiles(bundle), entry, readMetas(bundle, entry));
  for (const file of stale) rmSync(join(bundle, file));
  return stale.length;
}

/** Whether every fragment of the bundle belongs to a different page, as many as Pagefind indexed. */
export function bundleNamesEachPageOnce(bundle: string): boolean {
  const entry = readEntry(bundle);
  const pageCount = Object.values(entry.languages).reduce((sum, language) => sum + (language as { page_count?: number }).page_count!, 0);
  const fragments = join(bundle, 'fragment');
  const urls = existsSync(fragments) ? readdirSync(fragments).map((file) => (JSON.parse(readPagefindFile(join(fragments, file)).toString('utf8')) as { url: string }).url) : [];
  return fragmentsNameEachPageOnce(urls, pageCount);
}

/**
 * Puts the bundle into the site as `<outDir>/pagefind`. Fragments, word chunks
 * and filters (the bulk) are hard-linked, which is instant: Pagefind never
 * rewrites those files, so a link cannot change under a published site. Its
 * top-level files (scripts, wasm, entry) are rewritten in place on every run,
 * so they are copied; so is everything when the cache is on another disk.
 */
export function publishBundle(bundle: string, target: string): void {
  rmSync(target, { recursive: true, force: true });
  for (const file of bundleFiles(bundle)) {
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    if (!file.includes('/')) {
      copyFileSync(join(bundle, file), to);
      continue;
    }
    try {
      linkSync(join(bundle, file), to);
    } catch {
      copyFileSync(join(bundle, file), to);
    }
  }
}
