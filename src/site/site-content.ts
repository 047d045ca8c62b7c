/**
 * Everything the pages read, loaded once per build and passed through the one
 * publish filter. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { withStatuses, type StatusInfo } from '../lifecycle/notice-status';
import { withChains, type NoticeChain } from '../lifecycle/notice-chain';
import { isPublished, publishedNewestFirst, type Publishable } from '../lifecycle/publish';
import { RegionTree } from './region-tree';
import { ENTRY_KIND_NAMES, type EntryKind } from '../content-model/kinds';
import { buildNow, settings } from '../site.config';

/** A published notice with its status and, when replaced, where its chain of replacements ends. */
export type NoticeEntry = CollectionEntry<'notices'> & { status: StatusInfo; chain: NoticeChain | undefined };
export type ArticleEntry = CollectionEntry<'articles'>;
export type RhymeEntry = CollectionEntry<'rhymes'>;
export type HotlineEntry = CollectionEntry<'hotlines'>;
export type ClinicEntry = CollectionEntry<'clinics'>;

/** Each kind's published entries, in the order lists show them. */
type EntriesByKind = { [K in EntryKind]: CollectionEntry<K>[] };

export interface SiteContent extends Omit<EntriesByKind, 'notices'> {
  now: Date;
  regions: RegionTree;
  /** Notices carry their status at `now`. */
  notices: NoticeEntry[];
  noticeById: Map<string, NoticeEntry>;
  /** Urgent notices in force now: the site-wide banner. */
  urgentNotices: NoticeEntry[];
}

/**
 * The dev server previews drafts and scheduled entries (with a 草稿 / 定时发布
 * badge); a production build never contains them.
 */
export const PREVIEW = __PREVIEW_UNPUBLISHED__ && settings.PREVIEW_DRAFTS !== false;

async function load(): Promise<SiteContent> {
  const now = buildNow();
  // Every kind through the one publish filter: dated kinds newest first, the others (no publication date) by id.
  const published = Object.fromEntries(
    await Promise.all(
      ENTRY_KIND_NAMES.map(async (kind) => [kind, publishedNewestFirst((await getCollection(kind)) as Array<{ id: string; data: Publishable }>, now, PREVIEW)]),
    ),
  ) as EntriesByKind;
  const notices = withChains(withStatuses(published.notices, now), now);
  return {
    ...published,
    now,
    regions: new RegionTree((await getCollection('regions')).map((entry) => entry.data)),
    notices,
    noticeById: new Map(notices.map((notice) => [notice.id, notice])),
    urgentNotices: notices.filter((notice) => notice.data.urgent && notice.status.status === 'in-force'),
  };
}

let cached: Promise<SiteContent> | undefined;

/** The published content of this build (memoised: one load per build). */
export function siteContent(): Promise<SiteContent> {
  // The dev server must see edits; a build loads once.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

export { isPublished };
