/**
 * Where a replaced notice's chain ends, as pages, feeds, search results and
 * status files show it: the notice to follow now, and the steps between. The
 * chain itself is `supersessionChain` (src/lifecycle/notice-status.ts); this
 * only names its notices, with their statuses at the same instant.
 */
import { noticeStatus, supersessionChain, type NoticeLike, type NoticeStatus } from './notice-status';
import { entryUrl } from '../site/urls';
import { statusBanner, statusWords } from '../i18n/ui';

/** A notice of a chain, as a link with its status. */
export interface ChainLink {
  id: string;
  title: string;
  url: string;
  status: NoticeStatus;
  label: string;
}

export interface NoticeChain {
  /** The notice at the end of the chain: in force, unless it too has lapsed since (say so). */
  end: ChainLink;
  /** The notices between this one and the end, oldest first (empty for 第1号 → 第2号). */
  steps: ChainLink[];
}

type TitledNotice = NoticeLike & { data: { title: string } };

const byIdOfList = new WeakMap<readonly TitledNotice[], Map<string, TitledNotice>>();

/**
 * The chain of `notice` among `published` (the publish filter's notices; pass
 * the same array each time) at `now`, or undefined when nothing in effect
 * replaced it.
 */
export function noticeChain(notice: NoticeLike, published: readonly TitledNotice[], now: Date): NoticeChain | undefined {
  let byId = byIdOfList.get(published);
  if (!byId) byIdOfList.set(published, (byId = new Map(published.map((n) => [n.id, n]))));
  const links = supersessionChain(notice.id, published, now)
    .slice(1)
    .map((id) => byId.get(id))
    .filter((n) => n !== undefined)
    .map((n): ChainLink => {
      const { status, label } = noticeStatus(n, published, now);
      return { id: n.id, title: n.data.title, url: entryUrl('notices', n.id), status, label };
    });
  const end = links.pop();
  return end && { end, steps: links };
}

/** Every notice of `published` with its chain at `now` (undefined when not replaced). */
export function withChains<T extends TitledNotice>(published: readonly T[], now: Date): Array<T & { chain: NoticeChain | undefined }> {
  return published.map((notice) => ({ ...notice, chain: noticeChain(notice, published, now) }));
}

/** What `chainSentence` reads: a notice's status and chain. */
export type ChainOf = { status: { status: NoticeStatus }; chain?: NoticeChain | undefined };

/**
 * How feeds and search results name where a replaced notice's chain ends:
 * `before` + the end's title (a link where one can be) + `after`. Empty, with
 * no `end`, for a notice that is not replaced.
 */
export function chainSentence({ status, chain }: ChainOf): { before: string; end?: ChainLink; after: string } {
  if (status.status !== 'superseded' || !chain) return { before: '', after: '' };
  const { end } = chain;
  if (end.status === 'in-force') return { before: statusWords.chainInForce, end, after: '' };
  return { before: statusWords.chainLatest, end, after: `（${end.label}）。${statusBanner.chainLapsed(end.label)}` };
}
