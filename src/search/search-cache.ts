/**
 * What the search index step keeps between builds, so that publishing one
 * changed notice does not redo the whole index: the word-cut copies of the
 * pages (only changed pages are cut again) and Pagefind's fragments, one per
 * page (Pagefind does not rewrite a file that exists). Kept in Astro's cache
 * folder (`ASTRO_CACHE_DIR`, else node_modules/.astro), one folder per site
 * output folder; deleting it only makes the next build a cold one.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, closeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { fragmentsNameEachPageOnce, nameMatchesPayload, PAGEFIND_PREFIX, staleBundleFiles, type PagefindEntry } from './search-bundle';
import { settings } from '../site.config';

const projectRoot = resolve(import.meta.dirname, '../..');
/** A site folder's cache unused for this long is deleted (deployments that build into a new folder each time). */
const UNUSED_DAYS = 14;

export interface SearchCache {
  /** The site folder's cache folder. */
  root: string;
  /** Word-cut copies of the searchable pages (and `pages.json` beside them: each copy's source hash). */
  pages: string;
  /** Lets another build use this cache. */
  release: () => void;
}

/** A hard link, which is instant; a copy where links fail (the cache on another disk). */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Pagefind's output for each part of the index (search-parts.ts), kept between builds: `bundle`, `bundle-2`, … */
const bundleName = (part: number) => (part === 0 ? 'bundle' : `bundle-${part + 1}`);
const isBundleName = (name: string) => /^bundle(-\d+)?$/.test(name);

function removeBundles(root: string, from = 0): void {
  for (const name of readdirSync(root)) {
    if (!isBundleName(name)) continue;
    const part = name === 'bundle' ? 0 : Number(name.slice('bundle-'.length)) - 1;
    if (part >= from) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** The kept bundle folder of each of `count` parts (created if new); those of parts beyond `count` are deleted. */
export function partBundles(cache: SearchCache, count: number): string[] {
  removeBundles(cache.root, count);
  return Array.from({ length: count }, (_, part) => {
    const folder = join(cache.root, bundleName(part));
    mkdirSync(folder, { recursive: true });
    return folder;
  });
}

/**
 * The folder Pagefind reads for each part: the staged copies themselves when
 * there is one part, else a folder per part of hard links to its pages
 * (copies where links fail), made afresh each run.
 */
export function partSites(cache: SearchCache, parts: string[][]): string[] {
  const sites = join(cache.root, 'part-sites');
  rmSync(sites, { recursive: true, force: true });
  if (parts.length === 1) return [cache.pages];
  return parts.map((files, part) => {
    const site = join(sites, String(part + 1));
    const folders = new Set<string>();
    for (const file of files) {
      const to = join(site, file);
      const folder = dirname(to);
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      linkOrCopy(join(cache.pages, file), to);
    }
    mkdirSync(site, { recursive: true });
    return site;
  });
}

const sha1 = (data: string | Buffer) => createHash('sha1').update(data).digest('hex');

/**
 * What the kept files depend on besides the pages: the word breaker (this
 * code and the ICU data Node brings) and the Pagefind that runs. When any of
 * it changes, the cache starts over.
 */
function cacheStamp(pagefindVersion: string): string {
  const code = ['./word-spacing.ts', './search-staging-worker.ts', './search-digest.ts'].map((file) => readFileSync(join(import.meta.dirname, file), 'utf8'));
  return sha1([...code, process.versions.icu ?? '', pagefindVersion].join('\n'));
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the folder's lock, or says which build holds it; a lock left by a build that died is taken over. */
function lock(root: string): () => void {
  const file = join(root, 'lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && isRunning(holder)) {
        throw new Error(`另一个构建（进程 ${holder}）正在为同一个网站生成搜索索引。请等它结束再试；如果没有别的构建在运行，删除 ${file} 后重试`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new Error(`无法锁定搜索索引缓存 ${file}`);
}

/** Deletes the caches of other site folders that no build has used for UNUSED_DAYS. */
function forgetUnusedSites(sites: string, current: string): void {
  const cutoff = Date.now() - UNUSED_DAYS * 86_400_000;
  for (const name of readdirSync(sites)) {
    const folder = join(sites, name);
    const lockFile = join(folder, 'lock');
    if (folder === current || (existsSync(lockFile) && isRunning(Number(readFileSync(lockFile, 'utf8'))))) continue;
    const stamp = join(folder, 'stamp');
    if (!existsSync(stamp) || statSync(stamp).mtimeMs < cutoff) rmSync(folder, { recursive: true, force: true });
  }
}

/** The cache folder for a site built into `outDir`, locked, emptied first if what it depends on changed. */
export function openSearchCache(outDir: string, pagefindVersion: string): SearchCache {
  const sites = join(resolve(settings.ASTRO_CACHE_DIR ?? join(projectRoot, 'node_modules/.astro')), 'search-index');
  const root = join(sites, sha1(resolve(outDir)).slice(0, 12));
  mkdirSync(root, { recursive: true });
  const release = lock(root);
  try {
    forgetUnusedSites(sites, root);
    const stampFile = join(root, 'stamp');
    const stamp = cacheStamp(pagefindVersion);
    const cache = { root, pages: join(root, 'pages'), release };
    if (!existsSync(stampFile) || readFileSync(stampFile, 'utf8') !== stamp) {
      for (const kept of [cache.pages, `${cache.pages}.json`, join(root, FULL_INDEX_RECORD)]) rmSync(kept, { recursive: true, force: true });
      removeBundles(root);
      writeFileSync(stampFile, stamp);
    }
    const now = new Date();
    utimesSync(stampFile, now, now);
    // A bundle whose last run did not finish may hold a half-written file.
    if (existsSync(unfinishedMark(cache))) removeBundles(root);
    mkdirSync(cache.pages, { recursive: true });
    return cache;
  } catch (error) {
    release();
    throw error;
  }
}

/**
 * The cache's record of the last full index it published (full-index-record.ts), which a delta
 * index is built against; it goes with everything else when the cache starts over.
 */
export const FULL_INDEX_RECORD = 'full-index.json';

const unfinishedMark = (cache: SearchCache) => join(cache.root, 'bundle-unfinished');

/** Marks the kept bundles as being written (`true`) or complete (`false`). */
export function markBundleUnfinished(cache: SearchCache, unfinished: boolean): void {
  if (unfinished) writeFileSync(unfinishedMark(cache), '');
  else rmSync(unfinishedMark(cache), { force: true });
}

/** A Pagefind file's payload: gunzipped, without Pagefind's marker. */
export function readPagefindFile(path: string): Buffer {
  const data = gunzipSync(readFileSync(path));
  return data.subarray(data.indexOf(PAGEFIND_PREFIX) + PAGEFIND_PREFIX.length);
}

const bundleFiles = (bundle: string) => readdirSync(bundle, { recursive: true, encoding: 'utf8' }).filter((path) => path.includes('.')).map((path) => path.replaceAll('\\', '/'));
const readEntry = (bundle: string) => JSON.parse(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8')) as PagefindEntry & { languages: Record<string, { page_count?: number }> };

/** A fragment's page URL, or undefined if the file is damaged or does not match its name. */
function fragmentUrl(path: string): string | undefined {
  try {
    const payload = readPagefindFile(path);
    if (!nameMatchesPayload(path.slice(path.lastIndexOf('/') + 1), createHash('sha1').update(payload).digest())) return undefined;
    return (JSON.parse(payload.toString('utf8')) as { url?: string }).url;
  } catch {
    return undefined;
  }
}

/**
 * Before Pagefind runs: keeps only the fragments of pages whose copy did not
 * change (`unchangedUrls`) and whose file still matches its name; deletes
 * everything else (word chunks, filters and metadata are always rewritten —
 * a new chunk must never meet an old file under the same short name).
 * Returns the kept fragments (file name → page URL): Pagefind does not rewrite
 * them, so the check after it runs need not read them again.
 */
export function keepReusableFragments(bundle: string, unchangedUrls: Set<string>): Map<string, string> {
  const kept = new Map<string, string>();
  for (const file of bundleFiles(bundle)) {
    const path = join(bundle, file);
    if (file.startsWith('fragment/')) {
      const url = fragmentUrl(path);
      if (url !== undefined && unchangedUrls.has(url)) {
        kept.set(file.slice('fragment/'.length), url);
        continue;
      }
    }
    rmSync(path);
  }
  return kept;
}

/**
 * Each page's fragment in a published index folder (`fragment/` of one part):
 * page URL → fragment file name. A fragment's name without `.pf_fragment` is
 * the id Pagefind gives the page's search results.
 */
export function fragmentsByUrl(fragments: string): Map<string, string> {
  const byUrl = new Map<string, string>();
  for (const name of existsSync(fragments) ? readdirSync(fragments) : []) {
    const url = fragmentUrl(join(fragments, name));
    if (url !== undefined) byUrl.set(url, name);
  }
  return byUrl;
}

/** After Pagefind: deletes the fragments its index does not name (pages that changed their name in this run). */
export function pruneBundle(bundle: string): void {
  const entry = readEntry(bundle);
  const metas = Object.values(entry.languages).map((language) => decode(readPagefindFile(join(bundle, `pagefind.${language.hash}.pf_meta`)), { useMaps: false }) as unknown);
  for (const file of staleBundleFiles(bundleFiles(bundle), entry, metas)) rmSync(join(bundle, file));
}

/** Whether every fragment of the bundle belongs to a different page, as many as Pagefind indexed (`kept`: URLs already read). */
export function bundleNamesEachPageOnce(bundle: string, kept: Map<string, string>): boolean {
  const pageCount = Object.values(readEntry(bundle).languages).reduce((sum, language) => sum + (language.page_count ?? Number.NaN), 0);
  const fragments = join(bundle, 'fragment');
  const urls = existsSync(fragments) ? readdirSync(fragments).map((file) => kept.get(file) ?? fragmentUrl(join(fragments, file)) ?? '') : [];
  return fragmentsNameEachPageOnce(urls, pageCount);
}

/** What a merged part needs besides its folders: the browser takes Pagefind's code and wasm from the first part. */
const isPartIndexFile = (file: string) => file.includes('/') || file === 'pagefind-entry.json' || file.endsWith('.pf_meta');

/**
 * Puts the bundle into the site (`<outDir>/pagefind`, or a part's folder in
 * it). Fragments (the bulk) are hard-linked, which is instant; Pagefind never
 * rewrites a kept fragment, and the next run checks each against its name
 * before keeping it. The rest is copied; so is everything when the cache is on
 * another disk. A merged part (`indexOnly`) gets only its index files.
 */
export function publishBundle(bundle: string, target: string, indexOnly = false): void {
  rmSync(target, { recursive: true, force: true });
  for (const file of bundleFiles(bundle)) {
    if (indexOnly && !isPartIndexFile(file)) continue;
    const to = join(target, file);
    mkdirSync(dirname(to), { recursive: true });
    if (file.startsWith('fragment/')) linkOrCopy(join(bundle, file), to);
    else copyFileSync(join(bundle, file), to);
  }
}
