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
import { startOfBeijingDay } from '../lifecycle/beijing-time';
import { pageStatusData } from '../lifecycle/status-files';
import { listKey, recordRead, ReadRecordingMap, regionKey, shareBuildContent, unrecorded } from '../page-reuse/page-reads';

/**
 * A published notice with its status and, when replaced, where its chain of
 * replacements ends; `pageStatus`: what its page's status script starts from
 * (`data-known`), worked out here so that the page reads no other notice for it.
 */
export type NoticeEntry = CollectionEntry<'notices'> & { status: StatusInfo; chain: NoticeChain | undefined; pageStatus: string };
export type ArticleEntry = CollectionEntry<'articles'>;
export type RhymeEntry = CollectionEntry<'rhymes'>;
export type HotlineEntry = CollectionEntry<'hotlines'>;
export type ClinicEntry = CollectionEntry<'clinics'>;

/** Each kind's published entries, in the order lists show them. */
type EntriesByKind = { [K in EntryKind]: CollectionEntry<K>[] };

export interface SiteContent extends Omit<EntriesByKind, 'notices'> {
  now: Date;
  /**
   * Beijing midnight of `now`: for what changes by the day (opening-hours schedules). A page that
   * reads only the day stays the same page all day (src/page-reuse/).
   */
  today: Date;
  regions: RegionTree;
  /** Notices carry their status at `now`. */
  notices: NoticeEntry[];
  noticeById: Map<string, NoticeEntry>;
  /** Urgent notices in force now: the site-wide banner. */
  urgentNotices: NoticeEntry[];
  /**
   * The entries of `kind` within a region and the places inside it, in list order. A region's page
   * and feed read only these, recorded as such (src/page-reuse/): an edit elsewhere leaves them as they were.
   */
  inRegion<K extends EntryKind>(kind: K, regionId: string): SiteContent[K];
}

/** `inRegion` of one build's content: each region's entries worked out once. */
function entriesInRegion(content: Omit<SiteContent, 'inRegion'>): SiteContent['inRegion'] {
  const known = new Map<string, unknown>();
  return (kind, regionId) => {
    const key = regionKey(kind, regionId);
    recordRead(key);
    let entries = known.get(key);
    if (!entries) {
      entries = (content[kind] as Array<{ data: { region?: string } }>).filter((entry) => content.regions.contains(regionId, entry.data.region));
      known.set(key, entries);
    }
    return entries as SiteContent[typeof kind];
  };
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
  const chained = withChains(withStatuses(published.notices, now), now);
  const notices = chained.map((notice) => ({ ...notice, pageStatus: pageStatusData(notice, chained, now) }));
  const content = {
    ...published,
    now,
    today: startOfBeijingDay(now),
    regions: new RegionTree((await getCollection('regions')).map((entry) => entry.data)),
    notices,
    noticeById: ReadRecordingMap.of('notices', notices.map((notice) => [notice.id, notice])),
    urgentNotices: notices.filter((notice) => notice.data.urgent && notice.status.status === 'in-force'),
  };
  return { ...content, inRegion: entriesInRegion(content) };
}

/** What reading each property of the content means for a page's reads (src/page-reuse/). */
const readKeyOf = (property: string | symbol): string | undefined => {
  // The map records the ids it is asked for, `inRegion` the region it is asked for; `then` is how await looks at any value.
  if (property === 'noticeById' || property === 'inRegion' || property === 'then' || typeof property === 'symbol') return undefined;
  if (property === 'urgentNotices') return 'urgent';
  if (property === 'now' || property === 'today' || property === 'regions') return property;
  return typeof property === 'string' && (ENTRY_KIND_NAMES as readonly string[]).includes(property) ? listKey(property) : `unknown:${String(property)}`;
};

/** The content as pages see it: every property a page reads is recorded for that page. */
const recordingReads = (content: SiteContent): SiteContent =>
  new Proxy(content, {
    get(target, property, receiver) {
      const key = readKeyOf(property);
      if (key) recordRead(key);
      return Reflect.get(target, property, receiver);
    },
  });

let cached: Promise<SiteContent> | undefined;

/** The published content of this build (memoised: one load per build). */
export function siteContent(): Promise<SiteContent> {
  // The dev server must see edits; a build loads once. (A build run with NODE_ENV=test, as the tests
  // run it, counts as DEV too: it loads at every call, and the last load is the one shared.)
  if (import.meta.env.DEV || !cached) {
    const loaded = unrecorded(load);
    shareBuildContent(loaded);
    if (import.meta.env.DEV) return loaded.then(recordingReads);
    cached = loaded.then(recordingReads);
  }
  return cached;
}

export { isPublished };
