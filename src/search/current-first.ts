/**
 * Search lists what still applies before what no longer does, over the whole
 * result set: a notice superseded, expired or withdrawn, and a site paused or
 * closed, come after every current page that matches the same words.
 *
 * Each page that no longer applies carries a hidden Pagefind filter, written
 * when the page is built from the status the page itself shows (a page saved
 * before its notice lapsed corrects its own banner, not its place in the index).
 * Only lapsed pages carry it, so the filter file every search downloads holds
 * just those pages. The browser asks Pagefind twice with the same words: pages
 * without the mark, then pages with it (src/search/browser/search-engine.ts).
 * Pure: runs in the browser and at build.
 */

/** The hidden filter; the search page never lists it among the filters residents choose from. */
export const LAPSED_FILTER = '现行';
/** Its one value: 现行 — 否. */
export const LAPSED_VALUE = '否';

/** Pagefind's filters as the engine sends them: a value, or a compound condition. */
export type SearchFilters = Record<string, string | { any: string[] } | { none: string[] }>;

/** The chosen filters, narrowed to pages that still apply (those without the mark). */
export function currentOnly(chosen: Record<string, string | { any: string[] }>): SearchFilters {
  return { ...chosen, [LAPSED_FILTER]: { none: [LAPSED_VALUE] } };
}

/** The chosen filters, narrowed to pages that no longer apply. */
export function lapsedOnly(chosen: Record<string, string | { any: string[] }>): SearchFilters {
  return { ...chosen, [LAPSED_FILTER]: LAPSED_VALUE };
}
