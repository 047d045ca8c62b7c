/**
 * Long lists are cut: a list page shows what is in force and the newest few,
 * and everything older lives on one stable page per month of issue
 * (`/notices/archive/2026-11/`), so a phone never downloads the whole archive
 * and a new notice changes only its own month's page.
 */
import { isoDay } from '../lifecycle/beijing-time';

/** How many past entries a list page shows before pointing to the month pages. */
export const LIST_LATEST = 20;
/**
 * How many notices in force a list page shows, newest first: a district that
 * never sets `expires` can have hundreds "in force", and a phone cannot show
 * them usefully on one page. The rest are on the month pages, with their status.
 */
export const LIST_CURRENT = 50;
/** A region with more clinics (or hotlines) than this counts those of its areas instead of listing them. */
export const LARGE_REGION = 50;

export interface MonthGroup<T> {
  /** `2026-11` (Beijing calendar), the page's URL segment. */
  month: string;
  /** `2026年11月` */
  label: string;
  entries: T[];
}

/** `2026-11` → `2026年11月`. */
export function monthLabel(month: string): string {
  const [year, m] = month.split('-');
  return `${year}年${Number(m)}月`;
}

/** The date each kind's month pages go by: notices by issue, articles by publication. */
export const ARCHIVE_DATES = {
  notices: (notice: { data: { issued: Date } }) => notice.data.issued,
  articles: (article: { data: { published: Date } }) => article.data.published,
};

/** `2026-11`: the Beijing month of `date`, as month pages are named. */
export function monthOf(date: Date): string {
  return isoDay(date).slice(0, 7);
}

/** Entries grouped by the Beijing month of `dateOf`, newest month first, each group in the order given. */
export function byMonth<T>(entries: readonly T[], dateOf: (entry: T) => Date): MonthGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = monthOf(dateOf(entry));
    const group = groups.get(key);
    if (group) group.push(entry);
    else groups.set(key, [entry]);
  }
  return [...groups.keys()].sort().reverse().map((month) => ({ month, label: monthLabel(month), entries: groups.get(month)! }));
}

/** A copy, newest first by `dateOf` (for past notices: when they stopped applying, so a measure just lifted is on top). */
export function newestFirstBy<T>(entries: readonly T[], dateOf: (entry: T) => Date): T[] {
  return [...entries].sort((a, b) => dateOf(b).getTime() - dateOf(a).getTime());
}
