/**
 * The one publish filter: what appears anywhere in the built site. A draft, or
 * an entry whose `issued`/`published` date is still in the future at build
 * time, appears in no page, list, feed, sitemap, data file or search index.
 */

export interface Publishable {
  draft?: boolean;
  /** Notices. */
  issued?: Date;
  /** Articles and rhymes. */
  published?: Date;
}

/** The date an entry goes public, if it has one. */
export function publicationDate(data: Publishable): Date | undefined {
  return data.issued ?? data.published;
}

/** True when the entry may appear in the built site at `now`. */
export function isPublished(data: Publishable, now: Date): boolean {
  if (data.draft === true) return false;
  const date = publicationDate(data);
  return !date || date.getTime() <= now.getTime();
}

/** Why an entry is not public yet: a draft, or scheduled for a later date. */
export function unpublishedReason(data: Publishable, now: Date): 'draft' | 'scheduled' | undefined {
  if (data.draft === true) return 'draft';
  return isPublished(data, now) ? undefined : 'scheduled';
}

/**
 * Keeps what is published, newest first by publication date (stable by id for
 * equal dates). `preview` (the dev server only) keeps drafts and scheduled
 * entries too, so authors can see them before they go out.
 */
export function publishedNewestFirst<T extends { id: string; data: Publishable }>(entries: readonly T[], now: Date, preview = false): T[] {
  return entries
    .filter((entry) => preview || isPublished(entry.data, now))
    .sort((a, b) => {
      const byDate = (publicationDate(b.data)?.getTime() ?? 0) - (publicationDate(a.data)?.getTime() ?? 0);
      return byDate || a.id.localeCompare(b.id);
    });
}
