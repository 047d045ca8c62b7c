/**
 * Everything the pages read, loaded once per build and passed through the one
 * publish filter. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildNow } from '../lifecycle/beijing-time';
import { withStatuses, type StatusInfo } from '../lifecycle/notice-status';
import { withChains, type NoticeChain } from '../lifecycle/notice-chain';
import { isPublished, publishedNewestFirst } from '../lifecycle/publish';
import { RegionTree } from './region-tree';

/** A published notice with its status and, when replaced, where its chain of replacements ends. */
export type NoticeEntry = CollectionEntry<'notices'> & { status: StatusInfo; chain: NoticeChain | undefined };
export type ArticleEntry = CollectionEntry<'articles'>;
export type RhymeEntry = CollectionEntry<'rhymes'>;
export type HotlineEntry = CollectionEntry<'hotlines'>;
export type ClinicEntry = CollectionEntry<'clinics'>;

export interface SiteContent {
  now: Date;
  regions: RegionTree;
  notices: NoticeEntry[];
  articles: ArticleEntry[];
  rhymes: RhymeEntry[];
  hotlines: HotlineEntry[];
  clinics: ClinicEntry[];
  noticeById: Map<string, NoticeEntry>;
  /** Urgent notices in force now: the site-wide banner. */
  urgentNotices: NoticeEntry[];
}

/**
 * The dev server previews drafts and scheduled entries (with a 草稿 / 定时发布
 * badge); a production build never contains them.
 */
export const PREVIEW = __PREVIEW_UNPUBLISHED__ && process.env.PREVIEW_DRAFTS !== '0';

async function load(): Promise<SiteContent> {
  const now = buildNow();
  const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
  const notices = withChains(withStatuses(publishedNewestFirst(await getCollection('notices'), now, PREVIEW), now), now);
  return {
    now,
    regions: new RegionTree((await getCollection('regions')).map((entry) => entry.data)),
    notices,
    articles: publishedNewestFirst(await getCollection('articles'), now, PREVIEW),
    rhymes: publishedNewestFirst(await getCollection('rhymes'), now, PREVIEW),
    hotlines: (await getCollection('hotlines')).sort(byId),
    clinics: (await getCollection('clinics')).sort(byId),
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
