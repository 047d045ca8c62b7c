/**
 * A release whose search index is the live release's full index plus a delta
 * (delta-choice.ts says when): the full index's files are hard-linked from the
 * live release (thousands of files, no copies), the pages that changed are
 * indexed into `pagefind/delta/`, and `pagefind/delta/replaced.json` names the
 * full index's results the search page must drop — the old copy of every page
 * the delta covers, and every page removed — with their filter values, so the
 * filter counts can leave them out too (delta-results.ts, in the browser).
 * The search page is told where the delta is by `data-index-delta`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { carriedFiles } from '../publishing/carry-forward';
import { linkTree } from '../publishing/link-tree';
import type { DeltaManifest } from './delta-results';
import { readPagefindFile } from './search-cache';

/** The delta's folder under `pagefind/`: no "pagefind" in it (Pagefind finds an index's root by the last one in its path). */
export const DELTA_FOLDER = 'delta';
/** Where the search page finds the delta. */
export const DELTA_PATH = `/pagefind/${DELTA_FOLDER}/`;
/** The delta's list of replaced results, beside its index. */
export const REPLACED_FILE = 'replaced.json';
/** The search page's attribute naming the delta's folder (empty: no delta). */
const DELTA_ATTRIBUTE = /\sdata-index-delta(?:="([^"]*)")?/;
const SEARCH_PAGE = 'search/index.html';

/** The search page with `data-index-delta` set to `path` (empty for none); undefined if it has no such attribute. */
export function withIndexDelta(searchPageHtml: string, path: string): string | undefined {
  if (!DELTA_ATTRIBUTE.test(searchPageHtml)) return undefined;
  return searchPageHtml.replace(DELTA_ATTRIBUTE, ` data-index-delta="${path}"`);
}

/** The delta a built site's search page merges, or undefined when it uses its full index alone. */
export function deltaOf(siteDir: string): DeltaManifest | undefined {
  const page = join(siteDir, SEARCH_PAGE);
  const path = existsSync(page) ? DELTA_ATTRIBUTE.exec(readFileSync(page, 'utf8'))?.[1] : undefined;
  if (!path) return undefined;
  return JSON.parse(readFileSync(join(siteDir, path, REPLACED_FILE), 'utf8')) as DeltaManifest;
}


/**
 * Hard-links the live release's full index into `siteDir/pagefind/`: every
 * file of its `pagefind/` except its own delta and the files it only carries
 * for readers of older releases (the new release carries those itself).
 */
export function linkFullIndex(liveDir: string, siteDir: string): Promise<number> {
  const carried = carriedFiles(liveDir);
  return linkTree(join(liveDir, 'pagefind'), join(siteDir, 'pagefind'), (path) => !path.startsWith(`${DELTA_FOLDER}/`) && !(`pagefind/${path}` in carried));
}

/**
 * The full index's results the search page must hide, each with its filter
 * values: the fragments of `urls` (pages the delta covers or that were
 * removed) in the live release's index — replaced, unless the delta holds the
 * same fragment (a page whose indexed text did not change keeps its id): then
 * repeated, shown and counted once.
 */
export function replacedResults(liveDir: string, fragments: Record<string, string>, urls: string[], deltaIds: Set<string>): Omit<DeltaManifest, 'pages'> {
  const hidden: Omit<DeltaManifest, 'pages'> = { replaced: {}, repeated: {} };
  for (const url of urls) {
    const fragment = fragments[url];
    if (fragment === undefined) continue;
    const id = fragment.slice(fragment.lastIndexOf('/') + 1).replace(/\.pf_fragment$/, '');
    const data = JSON.parse(readPagefindFile(join(liveDir, 'pagefind', fragment)).toString('utf8')) as { filters?: Record<string, string[]> };
    hidden[deltaIds.has(id) ? 'repeated' : 'replaced'][id] = data.filters ?? {};
  }
  return hidden;
}

/** Writes the delta's list of replaced results beside its index. */
export function writeDeltaManifest(siteDir: string, manifest: DeltaManifest): void {
  const folder = join(siteDir, 'pagefind', DELTA_FOLDER);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, REPLACED_FILE), JSON.stringify(manifest));
}

/**
 * The fragments the search page shows results from: the full index's, less
 * those the delta replaces, and the delta's (not those carried for readers of
 * older releases). Paths under `siteDir`.
 */
export function shownFragments(siteDir: string): string[] {
  const delta = deltaOf(siteDir);
  const carried = carriedFiles(siteDir);
  const fragmentsIn = (folder: string) =>
    existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)).filter((path) => !(relative(siteDir, path).split('\\').join('/') in carried)) : [];
  const index = join(siteDir, 'pagefind');
  const parts = readdirSync(index).filter((name) => /^part-\d+$/.test(name));
  const full = [index, ...parts.map((part) => join(index, part))].flatMap((folder) => fragmentsIn(join(folder, 'fragment')));
  if (!delta) return full;
  const kept = full.filter((path) => !(path.slice(path.lastIndexOf('/') + 1).replace(/\.pf_fragment$/, '') in delta.replaced));
  return [...kept, ...fragmentsIn(join(index, DELTA_FOLDER, 'fragment'))];
}
