/**
 * Search results come ten to a page; `?page=2` in the address asks for the
 * next ten, so a result further down (a lapsed notice listed after the
 * current pages, src/search/current-first.ts) can always be reached. Pure:
 * runs in the browser.
 */

/** Results on one page: few enough for a phone on a weak connection (one fragment fetched per result). */
export const PAGE_SIZE = 10;

/** The page a `?page=` value asks for: a whole number from 1; anything else is the first page. */
export function askedPage(value: string | null): number {
  const page = Number(value);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** How many pages `total` results fill (one, even for none). */
export function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

/** The page shown when `asked` is requested: the last page when the address asks for one past it. */
export function pageToShow(asked: number, total: number): number {
  return Math.min(asked, pageCount(total));
}

/** The results of one page, from a list in the order shown. */
export function onPage<T>(items: readonly T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}
