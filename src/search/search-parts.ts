/**
 * A big site's search index is written in parts of about so many pages
 * (never more parts than needed to stay at or under the limit on average),
 * because Pagefind holds every page of an index in memory while it builds it
 * (≈ 0.24 GB per 1000 pages; docs/performance.md): a city-wide site
 * of 20 000 entries would need 4.5 GB in one piece. The search page loads the
 * first part and merges the others into it in the browser (Pagefind's
 * `mergeIndex`, which shares the first part's code and wasm, so a resident
 * downloads nothing twice).
 *
 * Browsing newest first needs nothing per part: it goes by a day filter,
 * whose counts Pagefind adds up across merged parts (src/search/browse-days.ts).
 */
import { createHash } from 'node:crypto';

/** Pages per part unless `SEARCH_PAGES_PER_PART` says otherwise: about 2.5 GB of Pagefind's memory. */
export const DEFAULT_PAGES_PER_PART = 10_000;

/** The setting that changes it (a smaller build machine, or a test). */
/** Which of `count` parts a page goes to: by a hash of its path, so a page stays in its part while the count stays. */
export function partOf(file: string, count: number): number {
  return createHash('sha1').update(file).digest().readUInt32BE(0) % count;
}

/**
 * The pages of each part: as few parts as `perPart` allows, each page placed
 * by a hash of its path. Parts are then alike — each a random sample of the
 * site — so a word is as rare in one part as in another, and results from
 * different parts rank fairly against each other (Pagefind scores a result
 * within its own part). Part sizes vary by about a percent around the mean.
 */
export function splitSearchIndex(files: string[], perPart: number): string[][] {
  const count = Math.max(1, Math.ceil(files.length / perPart));
  const parts: string[][] = Array.from({ length: count }, () => []);
  for (const file of [...files].sort()) parts[partOf(file, count)].push(file);
  return parts;
}

/** Where part `index` (from 0) is published, under the site's `pagefind/` folder: the first is that folder itself. */
export function partFolder(index: number): string {
  // No "pagefind" in the name: Pagefind finds a part's site root by the last "pagefind" in its path.
  return index === 0 ? '' : `part-${index + 1}`;
}

/** The URL paths of the parts after the first, as the search page's `data-index-parts` lists them. */
export function mergedPartPaths(count: number): string[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, i) => `/pagefind/${partFolder(i + 1)}/`);
}

const PARTS_ATTRIBUTE = /\sdata-index-parts(?:="[^"]*")?/;

/**
 * The search page with its list of merged parts set (`data-index-parts`,
 * space-separated paths); undefined if the page has no such attribute.
 */
export function withIndexParts(searchPageHtml: string, paths: string[]): string | undefined {
  if (!PARTS_ATTRIBUTE.test(searchPageHtml)) return undefined;
  return searchPageHtml.replace(PARTS_ATTRIBUTE, ` data-index-parts="${paths.join(' ')}"`);
}
