/**
 * Browsing the search by filters alone (no words typed) lists entries newest
 * first. Pagefind could sort by date, but it keeps a sort in the metadata that
 * every search downloads (≈ 2.6 bytes a page: 12 KB of a first search at 5000
 * entries). Instead each page carries its Beijing day as a hidden filter, which
 * Pagefind keeps in a file of its own, fetched only when a search filters by
 * it. A browse asks how many matching pages each day has, takes the newest
 * days until it has a page's worth, fetches only those and orders them by time
 * (every page of the last day taken is fetched: a day with a burst of entries
 * costs one small fragment, ≈ 0.4 KB, per entry).
 */
import { isoDay } from '../lifecycle/beijing-time';

/** The hidden filter; the search page never lists it among the filters residents choose from. */
export const DAY_FILTER = '日期';
/** The day of an undated page (clinics, the hotline list): listed after every dated one. */
export const UNDATED_DAY = '无日期';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-11-22` (in Beijing), or UNDATED_DAY. */
export function browseDay(date: Date | undefined): string {
  return date ? isoDay(date) : UNDATED_DAY;
}

/**
 * The newest days, from counts of matching pages per day, that together hold at
 * least `wanted` pages (or all of them): dated days newest first, undated last.
 */
export function newestDays(counts: Record<string, number>, wanted: number): string[] {
  const days = Object.keys(counts)
    .filter((day) => counts[day]! > 0)
    .sort((a, b) => Number(ISO_DAY.test(b)) - Number(ISO_DAY.test(a)) || (a < b ? 1 : a > b ? -1 : 0));
  const taken: string[] = [];
  let pages = 0;
  for (const day of days) {
    if (pages >= wanted) break;
    taken.push(day);
    pages += counts[day]!;
  }
  return taken;
}

/** Results in the order a browse shows them: by `meta.date` (ISO text), newest first; undated last, ties as given. */
export function newestFirst<T extends { meta: Record<string, string | undefined> }>(items: T[]): T[] {
  const date = (item: T) => item.meta.date ?? '';
  return [...items].sort((a, b) => (date(a) === date(b) ? 0 : date(a) < date(b) ? 1 : -1));
}
