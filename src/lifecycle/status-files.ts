/**
 * The status files: small JSON documents a saved page fetches, past every
 * cache, to learn what changed since it was made (src/lifecycle/browser/).
 * `/notices/<id>/status.json` for every published notice, and
 * `/status/site.json` for the site-wide urgent banner. The web server serves
 * these names uncached, so the paths are a contract: keep them.
 */
import { formatDateTime, isoBeijing } from './beijing-time';
import { noticeChain, withChains, type ChainLink, type NoticeChain } from './notice-chain';
import { effectiveDate, laterStatuses, withStatuses, type NoticeLike, type NoticeStatus, type StatusInfo } from './notice-status';
import { entryUrl } from '../site/urls';

/**
 * A notice's status as a saved page's script reads it (from the page's own
 * attributes, or from a status file). Dates are ISO 8601 in Beijing time.
 */
export interface StatusView {
  status: NoticeStatus;
  /** The status in Chinese, as the page shows it (有效, 已被替代…). */
  label: string;
  /** When this status began (for 即将生效: when the notice takes effect). */
  since: string;
  /** The same as the page writes dates (`2026年11月25日`): the script shows it as it is. */
  sinceText: string;
  /** Withdrawn: why (else null). */
  withdrawnReason: string | null;
  /** Replaced: the notice at the end of its chain (in force, unless its `status` says otherwise); else null. */
  end: ChainLink | null;
}

/** What `/notices/<id>/status.json` says about one notice. */
export interface NoticeStatusDocument extends StatusView {
  id: string;
  effective: string;
  expires: string | null;
  withdrawn: string | null;
  /** The notices between this one and `end`, oldest first. */
  steps: ChainLink[];
  /** Changes that dates already fix after `generatedAt`, oldest first (`laterViews`). */
  later: StatusView[];
  /** When the build that wrote this file ran ("now" of that build). */
  generatedAt: string;
  generatedAtText: string;
}

/** One urgent notice of `/status/site.json`. */
export interface UrgentNotice {
  id: string;
  title: string;
  url: string;
  /** The banner shows it from this date… */
  effective: string;
  /** …until this one, if any. */
  expires: string | null;
}

/** What `/status/site.json` says: the urgent banner's notices, in force or (taking effect later) scheduled. */
export interface SiteStatusDocument {
  urgent: UrgentNotice[];
  generatedAt: string;
}

/** What the documents are made from: the publish filter's notices, as the checked content holds them. */
export interface StatusSource extends NoticeLike {
  data: NoticeLike['data'] & { title: string; urgent?: boolean };
}

type Derived = StatusSource & { status: StatusInfo; chain: NoticeChain | undefined };

const iso = (date: Date | undefined) => (date ? isoBeijing(date) : null);

/**
 * The changes of the notice's status after `now` that dates already fix
 * (`laterStatuses`), each as the page will show it: the page carries them, and
 * its script shows the last one whose `since` has passed — offline too.
 */
export function laterViews(notice: StatusSource, published: readonly StatusSource[], now: Date): StatusView[] {
  return laterStatuses(notice, published, now).map(({ at, status }) => ({
    status: status.status,
    label: status.label,
    since: isoBeijing(at),
    sinceText: formatDateTime(at),
    withdrawnReason: status.status === 'withdrawn' ? (notice.data.withdrawn?.reason ?? null) : null,
    end: status.status === 'superseded' ? (noticeChain(notice, published, at)?.end ?? null) : null,
  }));
}

/** A notice's status now as the page's script reads it, with the changes its dates bring later: what the page carries. */
export function statusViews(notice: Derived, published: readonly StatusSource[], now: Date): StatusView & { later: StatusView[] } {
  const { data, status, chain } = notice;
  return {
    status: status.status,
    label: status.label,
    since: isoBeijing(status.since),
    sinceText: formatDateTime(status.since),
    withdrawnReason: status.status === 'withdrawn' ? (data.withdrawn?.reason ?? null) : null,
    end: chain?.end ?? null,
    later: laterViews(notice, published, now),
  };
}

/**
 * `statusViews` as the page carries it (`data-known`): JSON with every
 * non-ASCII character escaped, so that words the page does not show yet (the
 * 已失效 of a later expiry, a scheduled withdrawal's reason) do not stand in
 * its HTML as text for whatever reads it — a crawler, a test, a script
 * scraping notices. JSON.parse reads them back as they were.
 */
export function pageStatusData(notice: Derived, published: readonly StatusSource[], now: Date): string {
  return JSON.stringify(statusViews(notice, published, now)).replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function noticeStatusDocument(notice: Derived, published: readonly StatusSource[], now: Date): NoticeStatusDocument {
  const { data, chain } = notice;
  const { later, ...view } = statusViews(notice, published, now);
  return {
    id: notice.id,
    ...view,
    effective: isoBeijing(effectiveDate(data)),
    expires: iso(data.expires),
    withdrawn: iso(data.withdrawn?.date),
    steps: chain?.steps ?? [],
    later,
    generatedAt: isoBeijing(now),
    generatedAtText: formatDateTime(now),
  };
}

/**
 * Urgent notices in force, and those that will be (so a page read after
 * their effective date shows them even before the next build), in the
 * order of `notices` (newest first). A notice already replaced, withdrawn or
 * expired is left out.
 */
export function siteStatusDocument(notices: readonly Derived[], now: Date): SiteStatusDocument {
  const urgent = notices
    .filter((notice) => notice.data.urgent && (notice.status.status === 'in-force' || notice.status.status === 'upcoming'))
    .map((notice) => ({
      id: notice.id,
      title: notice.data.title,
      url: entryUrl('notices', notice.id),
      effective: isoBeijing(effectiveDate(notice.data)),
      expires: iso(notice.data.expires),
    }));
  return { urgent, generatedAt: isoBeijing(now) };
}

export const noticeStatusPath = (id: string) => `notices/${id}/status.json`;
export const SITE_STATUS_PATH = 'status/site.json';

/**
 * Every status file of a build, as paths relative to the site's root and
 * their JSON text. `published` is the publish filter's output, newest first.
 */
export function statusDocuments(published: readonly StatusSource[], now: Date): Array<{ path: string; text: string }> {
  const notices = withChains(withStatuses(published, now), now);
  return [
    ...notices.map((notice) => ({ path: noticeStatusPath(notice.id), text: JSON.stringify(noticeStatusDocument(notice, notices, now)) })),
    { path: SITE_STATUS_PATH, text: JSON.stringify(siteStatusDocument(notices, now)) },
  ];
}
