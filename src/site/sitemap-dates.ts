/**
 * `lastmod` for the sitemap, from content dates (never the build time): the
 * last correction or issue date of a notice, `updated`/`published` of an
 * article, `published` of a rhyme, `verified` of a clinic.
 */
import type { CheckedEntry } from '../checking/content-rules';
import { entryUrl } from './urls';

type Dated = Record<string, unknown>;

function lastModified(entry: CheckedEntry, now: Date): Date | undefined {
  /** The latest date that has already happened (a page cannot have changed in the future). */
  const latest = (...dates: unknown[]) =>
    dates.filter((d): d is Date => d instanceof Date && d <= now).sort((a, b) => b.getTime() - a.getTime())[0];
  const data = entry.data as Dated;
  switch (entry.kind) {
    case 'notices':
      return latest(data.issued, (data.withdrawn as Dated | undefined)?.date, ...((data.changes as Dated[] | undefined) ?? []).map((c) => c.date));
    case 'articles':
      return latest(data.published, data.updated);
    case 'rhymes':
      return latest(data.published);
    case 'clinics':
      return latest(data.verified);
    default:
      return undefined;
  }
}

/** Page path (`/notices/<id>/`) → last modification, for every dated entry. */
export function lastModifiedByPath(entries: readonly CheckedEntry[], now: Date): Map<string, Date> {
  const map = new Map<string, Date>();
  for (const entry of entries) {
    const date = lastModified(entry, now);
    if (date && entry.kind !== 'hotlines') map.set(entryUrl(entry.kind, entry.id), date);
  }
  return map;
}
