/**
 * `npm run build`'s last step: indexes the built pages with Pagefind into
 * `<dist>/pagefind/`. It runs as its own process after `astro build` has
 * exited, so the build's memory and the indexer's are never held at the same
 * time (docs/performance.md). Only elements marked `data-pagefind-body` are
 * indexed (content, not navigation); pages without one are skipped.
 *
 * Pagefind reads copies of the pages whose Chinese is already cut into words
 * (search-staging.ts), forced to one language, Mandarin (`cmn`): it indexes
 * words as given instead of running its own segmenter. In the browser,
 * Pagefind cuts a typed query with Intl.Segmenter because the search page is
 * `lang="zh-CN"` (it then loads the only index there is); the search tests fail
 * if that ever stops.
 *
 * The copies and Pagefind's fragments (one file per page) are kept in Astro's
 * cache folder between builds (search-cache.ts): a rebuild cuts only the pages
 * that changed, and Pagefind writes fragments only for them. Its word chunks
 * are always written anew: they change with any page, and a new chunk must
 * never meet an old file under the same shortened name (docs/performance.md).
 *
 * A big site's index is written in parts (src/search/search-parts.ts), one
 * Pagefind run each, so the indexer's memory stays bounded; the search page
 * is told which parts to merge.
 *
 * Pagefind cuts its word index into smaller chunks than it would by itself
 * (src/search/search-chunks.ts): a first search downloads less.
 *
 * The live publisher may ask for a delta instead (`--delta-from`, src/search/delta-choice.ts):
 * the live release's full index, hard-linked, plus an index of the pages that differ from it,
 * which the search page merges (src/search/delta-index.ts). With `--cache-for`, a full index is
 * recorded in the cache for the deltas built against it (src/search/full-index-record.ts).
 *
 * Usage: tsx src/cli/search-index.ts [dist] [--cache-for DIR] [--delta-from LIVE]
 *   --cache-for DIR           keep the word cache under DIR's name instead of dist's: the live
 *                             publisher builds each release into a new folder of one site
 *   --delta-from LIVE         the live release's folder: index only what differs from its full
 *                             index when that is small (else the full index, as without it)
 *   SEARCH_PAGES_PER_PART=N   pages per part (default 10 000)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { chooseSearchIndex } from '../search/delta-choice';
import { DELTA_FOLDER, DELTA_PATH, linkFullIndex, replacedResults, withIndexDelta, writeDeltaManifest } from '../search/delta-index';
import { indexSettings, liveFullIndex, recordFullIndex, type FullIndexRecord } from '../search/full-index-record';
import { pagefindUrl } from '../search/search-bundle';
import { withIndexChunkSize } from '../search/search-chunks';
import { mergedPartPaths, partFolder, splitSearchIndex, withIndexParts, DEFAULT_PAGES_PER_PART } from '../search/search-parts';
import { bundleNamesEachPageOnce, keepReusableFragments, linkOrCopy, markBundleUnfinished, openSearchCache, partBundles, partSites, publishBundle, pruneBundle, type SearchCache } from '../search/search-cache';
import { stageSearchPages } from '../search/search-staging';
import { settings } from '../site.config';

/** What one run is asked for: the command's arguments. */
interface IndexRun {
  outDir: string;
  cacheSite?: string;
  deltaFrom?: string;
}

function parseArguments(argv: readonly string[]): IndexRun {
  const args = [...argv];
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args.splice(at, 2)[1] : undefined;
  };
  const cacheSite = option('--cache-for');
  const deltaFrom = option('--delta-from');
  return { outDir: resolve(args[0] ?? 'dist'), cacheSite, deltaFrom };
}
/** Pagefind's own command (its npm wrapper picks the binary for this machine): 2-3 s faster than its Node API. */
const pagefindCommand = join(import.meta.dirname, '../../node_modules/.bin/pagefind');
const PAGEFIND_OPTIONS = { forceLanguage: 'cmn' };
/** What Pagefind's command says for a site with nothing to index; its Node API writes an empty index instead. */
const NOTHING_TO_INDEX = /not able to build an index/i;
/** Pagefind takes under a minute at 20 000 pages; one that runs this long is stuck (it retries some writes forever). */
const PAGEFIND_TIMEOUT_MS = 20 * 60_000;
/** The search page (src/pages/search/index.astro), which merges the parts of a split index. */
const SEARCH_PAGE = 'search/index.html';

/**
 * The same index through Pagefind's Node API, which also writes an empty index
 * (a new district with nothing searchable yet) where the command refuses to.
 */
async function indexWithApi(site: string, output: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

/** Pagefind's version, as the command that runs reports it (`pagefind 1.6.0`). */
export function pagefindVersion(): string {
  const run = spawnSync(pagefindCommand, ['--version'], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Pagefind 无法运行：${(run.error?.message ?? run.stderr ?? '').trim()}`);
  return run.stdout.trim();
}

/** Runs Pagefind over the word-cut copies into `bundle`. */
async function runPagefind(pages: string, bundle: string): Promise<void> {
  const args = ['--site', pages, '--output-path', bundle, '--force-language', PAGEFIND_OPTIONS.forceLanguage, '--quiet'];
  const run = spawnSync(pagefindCommand, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: PAGEFIND_TIMEOUT_MS, env: withIndexChunkSize(process.env) });
  const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
  if (run.status === 0) {
    if (run.stderr.trim()) process.stderr.write(run.stderr);
  } else if (!run.error && NOTHING_TO_INDEX.test(said)) {
    await indexWithApi(pages, bundle);
  } else {
    const why = run.error?.message ?? (run.signal ? `被信号 ${run.signal} 终止` : `退出码 ${run.status}`);
    throw new Error(`Pagefind 出错（${why}）：${said.slice(-2000)}`);
  }
}

/**
 * One part of the index into its kept bundle: fragments of its unchanged
 * pages (`unchanged`, URLs) are kept, everything else is written again.
 */
async function indexPart(site: string, bundle: string, unchanged: Set<string>): Promise<void> {
  const kept = keepReusableFragments(bundle, unchanged);
  await runPagefind(site, bundle);
  pruneBundle(bundle);
  if (kept.size > 0 && !bundleNamesEachPageOnce(bundle, kept)) {
    // Two pages' shortened hashes met (search-bundle.ts): build the bundle afresh.
    rmSync(bundle, { recursive: true, force: true });
    await runPagefind(site, bundle);
  }
}

/**
 * Replaces a page by a new file rather than writing into it: a release made of
 * hard links to another's pages (the publisher's full-index release) must never
 * change the other's search page.
 */
function replacePage(page: string, html: string): void {
  writeFileSync(`${page}.new`, html);
  renameSync(`${page}.new`, page);
}

/**
 * Tells the search page which parts to merge (`data-index-parts`) and where the
 * delta is (`data-index-delta`, empty for none); a site with more than one part,
 * or with a delta, must have the attribute.
 */
function tellSearchPage(outDir: string, parts: number, delta = ''): void {
  const page = join(outDir, SEARCH_PAGE);
  const html = existsSync(page) ? readFileSync(page, 'utf8') : undefined;
  const withParts = html === undefined ? undefined : withIndexParts(html, mergedPartPaths(parts));
  if (withParts === undefined && parts > 1) throw new Error(`索引分成了 ${parts} 部分，但搜索页 ${page} 没有 data-index-parts 属性，无法合并它们`);
  const updated = withParts === undefined ? undefined : (withIndexDelta(withParts, delta) ?? (delta ? undefined : withParts));
  if (updated === undefined && delta) throw new Error(`搜索页 ${page} 没有 data-index-delta 属性，无法合并增量索引`);
  if (updated !== undefined) replacePage(page, updated);
}

/**
 * The live release's full index (hard links) and, when pages changed, a delta
 * of them in `pagefind/delta/` that the search page merges, dropping the full
 * index's copies of the pages it replaces and of pages removed.
 */
async function indexDelta(outDir: string, cache: SearchCache, base: FullIndexRecord, liveDir: string, changed: string[], removed: string[]): Promise<void> {
  const linked = await linkFullIndex(liveDir, outDir);
  const deltaFolder = join(outDir, 'pagefind', DELTA_FOLDER);
  let deltaIds = new Set<string>();
  if (changed.length) {
    const site = join(cache.root, 'delta-site');
    const bundle = join(cache.root, 'delta-bundle');
    for (const folder of [site, bundle]) rmSync(folder, { recursive: true, force: true });
    for (const file of changed) {
      mkdirSync(dirname(join(site, file)), { recursive: true });
      linkOrCopy(join(cache.pages, file), join(site, file));
    }
    await runPagefind(site, bundle);
    publishBundle(bundle, deltaFolder, true);
    deltaIds = new Set(readdirSync(join(deltaFolder, 'fragment')).map((name) => name.replace(/\.pf_fragment$/, '')));
  }
  const what = `${changed.length} 个页面有改动、${removed.length} 个已删除`;
  const any = changed.length + removed.length > 0;
  if (any) writeDeltaManifest(outDir, { pages: changed.length, ...replacedResults(liveDir, base.fragments, [...changed, ...removed].map(pagefindUrl), deltaIds) });
  tellSearchPage(outDir, base.parts, any ? DELTA_PATH : '');
  process.stdout.write(`搜索索引：增量索引（${what}），其余沿用线上版本的完整索引（${linked} 个文件）→ ${join(outDir, 'pagefind')}\n`);
}

async function main({ outDir, cacheSite, deltaFrom }: IndexRun, version: string): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} 里没有生成好的网站：请先运行 astro build（npm run build 会依次完成两步）`);
  const perPart = settings.SEARCH_PAGES_PER_PART ?? DEFAULT_PAGES_PER_PART;
  const output = join(outDir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  const cache = openSearchCache(cacheSite ?? outDir, version);
  try {
    const { hashes, cut } = await stageSearchPages(outDir, cache.pages);
    const staged = Object.keys(hashes).length;
    const changed = new Set(cut);
    const parts = splitSearchIndex(Object.keys(hashes), perPart);
    if (deltaFrom) {
      const base = liveFullIndex(cache, deltaFrom);
      const choice = chooseSearchIndex({ base, pages: hashes, parts: parts.length, settings: indexSettings() });
      if (choice.kind === 'delta') return await indexDelta(outDir, cache, base!, deltaFrom, choice.changed, choice.removed);
      process.stdout.write(`搜索索引：${choice.why}，生成完整索引\n`);
    }
    // Before the long part: a split index the search page could not merge fails at once.
    tellSearchPage(outDir, parts.length);
    const sites = partSites(cache, parts);
    markBundleUnfinished(cache, true);
    const bundles = partBundles(cache, parts.length);
    for (const [part, files] of parts.entries()) {
      await indexPart(sites[part], bundles[part], new Set(files.filter((file) => !changed.has(file)).map(pagefindUrl)));
    }
    markBundleUnfinished(cache, false);
    for (const [part, bundle] of bundles.entries()) publishBundle(bundle, join(output, partFolder(part)), part > 0);
    if (cacheSite) recordFullIndex(cache, output, parts.length, hashes);
    const indexed = bundles.reduce((sum, _, part) => {
      const fragments = join(output, partFolder(part), 'fragment');
      return sum + (existsSync(fragments) ? readdirSync(fragments).length : 0);
    }, 0);
    const split = parts.length > 1 ? `，分 ${parts.length} 部分（每部分最多 ${perPart} 个）` : '';
    process.stdout.write(`搜索索引：${staged} 个页面可搜索（${cut.length} 个新分词，${staged - cut.length} 个未变、沿用上次），收录 ${indexed} 个${split} → ${output}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n（如果重新运行仍然出错，可以删除缓存 ${cache.root} 后再试）`);
  } finally {
    cache.release();
  }
}

/**
 * The command: indexes the site `argv` names, and on failure says why and sets
 * the exit code. `version`: Pagefind's, when the caller asked for it ahead
 * (search-index-child.ts).
 */
export async function runSearchIndex(argv: readonly string[], version?: string): Promise<void> {
  try {
    await main(parseArguments(argv), version ?? pagefindVersion());
  } catch (error) {
    process.stderr.write(`搜索索引没有生成：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}

// Run as a command; the publisher's process started ahead imports it instead.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runSearchIndex(process.argv.slice(2));
