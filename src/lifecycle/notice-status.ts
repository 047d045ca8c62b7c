/**
 * A notice's status, derived from its dates, `supersedes` and `withdrawn` —
 * never written by hand. The one home of "is this notice still in force".
 */

export type NoticeStatus = 'upcoming' | 'in-force' | 'superseded' | 'expired' | 'withdrawn';

export const STATUS_LABELS: Record<NoticeStatus, string> = {
  upcoming: '即将生效',
  'in-force': '有效',
  superseded: '已被替代',
  expired: '已失效',
  withdrawn: '已撤销',
};

export interface LifecycleFields {
  issued: Date;
  effective?: Date;
  expires?: Date;
  withdrawn?: { date: Date; reason: string };
  supersedes?: string[];
}

export interface NoticeLike {
  id: string;
  data: LifecycleFields;
}

export interface StatusInfo {
  status: NoticeStatus;
  label: string;
  /** When the current status began (or, for upcoming, when it takes effect). */
  since: Date;
  /** Published notices that replace this one and are in effect, newest first. */
  supersededBy: string[];
  /** Published notices that will replace this one once they take effect. */
  toBeSupersededBy: string[];
}

export const effectiveDate = (data: LifecycleFields): Date => data.effective ?? data.issued;

/** In force now or about to be: what a list shows first. */
export const isCurrent = (status: NoticeStatus): boolean => status === 'in-force' || status === 'upcoming';

/** Which notices name each id in `supersedes`, per list of notices (a list is read once, not once per notice). */
const replacersByList = new WeakMap<readonly NoticeLike[], Map<string, NoticeLike[]>>();

function replacersOf(id: string, published: readonly NoticeLike[]): NoticeLike[] {
  let replacers = replacersByList.get(published);
  if (!replacers) {
    replacers = new Map();
    for (const other of published) {
      for (const old of new Set(other.data.supersedes ?? [])) {
        if (old === other.id) continue;
        const list = replacers.get(old);
        if (list) list.push(other);
        else replacers.set(old, [other]);
      }
    }
    replacersByList.set(published, replacers);
  }
  return replacers.get(id) ?? [];
}

/** Published notices naming `id` in `supersedes`, newest (by effective date) first. */
function replacersNewestFirst(id: string, published: readonly NoticeLike[]): NoticeLike[] {
  return replacersOf(id, published)
    .slice()
    .sort((a, b) => effectiveDate(b.data).getTime() - effectiveDate(a.data).getTime());
}

/**
 * Status of `notice` at `now`. `published` is every published notice (the
 * publish filter's output): only they can supersede. Precedence: withdrawn,
 * superseded, expired, upcoming, in force. The list is indexed the first time
 * it is seen, so pass the same (unchanged) array for every notice.
 */
export function noticeStatus(notice: NoticeLike, published: readonly NoticeLike[], now: Date): StatusInfo {
  const t = now.getTime();
  const replacing = replacersNewestFirst(notice.id, published);
  const inEffect = replacing.filter((other) => effectiveDate(other.data).getTime() <= t);
  const pending = replacing.filter((other) => effectiveDate(other.data).getTime() > t);
  const base = { supersededBy: inEffect.map((n) => n.id), toBeSupersededBy: pending.map((n) => n.id) };
  const make = (status: NoticeStatus, since: Date): StatusInfo => ({ status, label: STATUS_LABELS[status], since, ...base });

  const { withdrawn, expires } = notice.data;
  if (withdrawn && withdrawn.date.getTime() <= t) return make('withdrawn', withdrawn.date);
  const firstReplacement = inEffect.at(-1);
  if (firstReplacement) return make('superseded', effectiveDate(firstReplacement.data));
  if (expires && expires.getTime() <= t) return make('expired', expires);
  const effective = effectiveDate(notice.data);
  if (effective.getTime() > t) return make('upcoming', effective);
  return make('in-force', effective);
}

/** True while the notice applies: what the urgent banner and warnings ask. */
export function isInForce(notice: NoticeLike, published: readonly NoticeLike[], now: Date): boolean {
  return noticeStatus(notice, published, now).status === 'in-force';
}

/**
 * Every published notice with its status at `now`. `published` is the publish
 * filter's output, in the order the site lists it; only those can supersede.
 */
export function withStatuses<T extends NoticeLike>(published: readonly T[], now: Date): Array<T & { status: StatusInfo }> {
  return published.map((notice) => ({ ...notice, status: noticeStatus(notice, published, now) }));
}

/**
 * The ids from `id` to the notice at the end of its chain of replacements:
 * each step is the newest replacement in effect at `now` (the first of
 * `supersededBy`), so 第1号 → 第2号 → 第3号 ends at the notice a resident
 * should follow. Just `[id]` when nothing in effect replaced it. A chain that
 * comes back to a notice already in it (a content error no check forbids)
 * stops before repeating it.
 */
export function supersessionChain(id: string, published: readonly NoticeLike[], now: Date): string[] {
  const chain = [id];
  const seen = new Set(chain);
  for (;;) {
    const next = replacersNewestFirst(chain.at(-1)!, published).find((other) => effectiveDate(other.data).getTime() <= now.getTime());
    if (!next || seen.has(next.id)) return chain;
    chain.push(next.id);
    seen.add(next.id);
  }
}

/**
 * The changes of `notice`'s status after `now` that dates already fixed bring:
 * its withdrawal, expiry and effective date, and the effective dates of the
 * published notices replacing it — each with the status from that instant
 * on. What a saved page applies by itself, offline too, when one has passed.
 */
export function laterStatuses(notice: NoticeLike, published: readonly NoticeLike[], now: Date): Array<{ at: Date; status: StatusInfo }> {
  const instants = [notice.data.withdrawn?.date, notice.data.expires, effectiveDate(notice.data), ...replacersOf(notice.id, published).map((other) => effectiveDate(other.data))]
    .filter((date) => date !== undefined && date.getTime() > now.getTime())
    .sort((a, b) => a!.getTime() - b!.getTime()) as Date[];
  const changes: Array<{ at: Date; status: StatusInfo }> = [];
  let previous = noticeStatus(notice, published, now).status;
  for (const at of instants) {
    const status = noticeStatus(notice, published, at);
    if (status.status !== previous) changes.push({ at, status });
    previous = status.status;
  }
  return changes;
}
