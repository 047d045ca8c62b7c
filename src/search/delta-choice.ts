/**
 * When the live publisher may index only what changed. A release's search
 * index is the live release's full index (hard links) plus a small delta index
 * of the pages that differ from the pages that full index was built from; the
 * search page merges the two and drops the full index's copy of every page the
 * delta covers (src/search/delta-index.ts). Anything that makes that unsafe or
 * not worth it builds the full index instead. Pure: unit-tested.
 */

/** Beyond this many added, changed or removed pages a delta saves little, and ranks its pages against few others. */
export const DELTA_PAGE_LIMIT = 300;

/** What the full index in the live release was built from (search cache's record, full-index-record.ts). */
export interface FullIndexBase {
  /** Each indexed page (path in the site) → the hash of what search reads of it (search-digest.ts). */
  hashes: Record<string, string>;
  /** How many parts the full index has (search-parts.ts). */
  parts: number;
  /** The index's settings and code it was built with (indexSettings in full-index-record.ts). */
  settings: string;
}

export type IndexChoice =
  | { kind: 'full'; why: string }
  | { kind: 'delta'; changed: string[]; removed: string[] };

export interface DeltaQuestion {
  /** The full index the live release serves, if it is known and complete; undefined otherwise. */
  base: FullIndexBase | undefined;
  /** The new release's searchable pages → the same hash (search-staging.ts). */
  pages: Record<string, string>;
  /** Parts the new release's full index would have. */
  parts: number;
  /** The index's settings and code now. */
  settings: string;
  limit?: number;
}

/**
 * A delta (the pages added or changed since the base, and those removed), or
 * the full index and why, in Chinese for the publisher's log.
 */
export function chooseSearchIndex({ base, pages, parts, settings, limit = DELTA_PAGE_LIMIT }: DeltaQuestion): IndexChoice {
  if (!base) return { kind: 'full', why: '线上版本没有可沿用的完整搜索索引' };
  if (base.settings !== settings) return { kind: 'full', why: '搜索索引的设置或程序改了' };
  if (base.parts !== parts) return { kind: 'full', why: `搜索索引的分部数从 ${base.parts} 变为 ${parts}` };
  const changed = Object.keys(pages).filter((file) => base.hashes[file] !== pages[file]).sort();
  const removed = Object.keys(base.hashes).filter((file) => !(file in pages)).sort();
  const count = changed.length + removed.length;
  if (count > limit) return { kind: 'full', why: `有 ${count} 个页面变了，超过增量索引的上限 ${limit} 个` };
  return { kind: 'delta', changed, removed };
}
