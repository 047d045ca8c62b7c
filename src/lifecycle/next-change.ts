/**
 * When does the built site next change by itself? A build depends on "now"
 * through a few rules: the publish filter (a scheduled entry goes public), a
 * notice's status (takes effect, expires, is withdrawn, is replaced; the urgent
 * banner shows urgent notices in force), 待核实 (verification due), the
 * sitemap's lastmod (the latest content date already past) and the opening
 * hours compiled for 90 days from the build's day. The live publisher
 * republishes at the instant this module computes, instead of on a timer.
 *
 * The rules are not restated here. Any date in an entry's data (and the 待核实
 * due date) is a candidate instant; at each, in order, the entry's state is
 * computed just before and at that instant with the site's own functions
 * (isPublished, noticeStatus, needsVerification, lastModifiedByPath) and
 * compared. The first instant where some state differs is the answer, so a
 * date that changes nothing (an expiry after a withdrawal, a draft's dates)
 * is skipped, and a new rule in those functions is followed without an edit here.
 */
import type { CheckedEntry } from '../checking/content-rules';
import type { EntryKind } from '../content-model/kinds';
import { nextScheduleChange } from '../services/schedule-change';
import { lastModifiedByPath } from '../site/sitemap-dates';
import { formatDateTime } from './beijing-time';
import { noticeStatus, type NoticeLike, type NoticeStatus } from './notice-status';
import { isPublished } from './publish';
import { needsVerification, verificationDueAt } from './verification';

/** What the content check produces for each valid file (only these fields are read). */
export type ContentEntry = Pick<CheckedEntry, 'kind' | 'id' | 'data'>;

export interface NextChangeOptions {
  /** The site's `verifyWithinDays` (days after `verified` before 待核实). */
  verifyWithinDays: number;
  /**
   * How many days ahead opening hours are searched for a change (default 366):
   * a dated exception further away than this, plus 90 days, is found by a later run.
   */
  scheduleHorizonDays?: number;
}

export interface ChangeReason {
  kind: EntryKind;
  id: string;
  /** For people, e.g. `第3号通告 失效`, `“春节顺口溜” 发布`. */
  what: string;
}

export interface NextChange {
  /** The earliest instant after `now` at which some entry's built output changes. */
  at: Date;
  /** Every entry whose own state changes at that instant. */
  reasons: ChangeReason[];
}

const DEFAULT_SCHEDULE_HORIZON_DAYS = 366;

/** How a status change reads in the publisher's log. */
const STATUS_VERBS: Record<NoticeStatus, string> = {
  upcoming: '即将生效',
  'in-force': '生效',
  superseded: '被替代',
  expired: '失效',
  withdrawn: '撤销',
};

/** The parts of an entry's output that depend on "now". */
interface EntryState {
  published: boolean;
  status?: NoticeStatus;
  since?: number;
  supersededBy?: string[];
  toBeSupersededBy?: string[];
  urgentBanner?: boolean;
  needsVerification?: boolean;
  lastModified?: number;
}

/** Every Date anywhere in an entry's data: issued, effective, withdrawn.date, changes[].date… */
function datesIn(value: unknown, found: Date[] = []): Date[] {
  if (value instanceof Date) found.push(value);
  else if (Array.isArray(value)) for (const item of value) datesIn(item, found);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) datesIn(item, found);
  return found;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Answers "what does this entry show at instant t" for one set of entries. */
class SiteClock {
  /** Notices that list each id in `supersedes`: the only other notices a notice's status reads. */
  private readonly replacers = new Map<string, ContentEntry[]>();
  private readonly noticesById = new Map<string, ContentEntry>();

  constructor(
    entries: readonly ContentEntry[],
    private readonly verifyWithinDays: number,
  ) {
    for (const entry of entries) {
      if (entry.kind !== 'notices') continue;
      this.noticesById.set(entry.id, entry);
      for (const old of new Set(ids(entry.data.supersedes))) {
        const list = this.replacers.get(old);
        if (list) list.push(entry);
        else this.replacers.set(old, [entry]);
      }
    }
  }

  /** The entry's "now"-dependent state at `t`, from the site's own rules. */
  stateAt(entry: ContentEntry, t: Date): EntryState {
    if (!isPublished(entry.data, t)) return { published: false };
    const state: EntryState = { published: true };
    if (entry.kind === 'notices') {
      // noticeStatus reads the published list only for the notices replacing this one.
      const published = [entry, ...(this.replacers.get(entry.id) ?? [])].filter((n) => isPublished(n.data, t)) as unknown as NoticeLike[];
      const info = noticeStatus(entry as unknown as NoticeLike, published, t);
      Object.assign(state, {
        status: info.status,
        since: info.since.getTime(),
        supersededBy: info.supersededBy,
        toBeSupersededBy: info.toBeSupersededBy,
        urgentBanner: entry.data.urgent === true && info.status === 'in-force',
      });
    }
    if (entry.data.verified instanceof Date) state.needsVerification = needsVerification(entry.data.verified, t, this.verifyWithinDays);
    // lastModifiedByPath reads only kind, id and data.
    state.lastModified = [...lastModifiedByPath([entry as CheckedEntry], t).values()][0]?.getTime();
    return state;
  }

  /** Instants after `now` at which the entry's state may change, with the entries whose state may change then. */
  *candidates(entry: ContentEntry, now: Date): Generator<[number, ContentEntry[]]> {
    const affected = [entry];
    // A notice's dates also move the status of the notices it replaces.
    if (entry.kind === 'notices') affected.push(...ids(entry.data.supersedes).flatMap((id) => this.noticesById.get(id) ?? []));
    const instants = datesIn(entry.data);
    if (entry.data.verified instanceof Date) instants.push(verificationDueAt(entry.data.verified, this.verifyWithinDays));
    for (const instant of instants) if (instant.getTime() > now.getTime()) yield [instant.getTime(), affected];
  }
}

/** `第3号通告`, or the title (or a hotline's or clinic's name) in quotes. */
function entryName(entry: ContentEntry): string {
  const { seriesNo, docType, title, name } = entry.data;
  if (entry.kind === 'notices' && typeof seriesNo === 'number') return `第${seriesNo}号${String(docType)}`;
  return `“${String(title ?? name ?? entry.id)}”`;
}

/** What changed between two states, in a few Chinese words. */
function describeChange(before: EntryState, after: EntryState): string {
  if (!before.published) return after.status === 'upcoming' ? '发布（即将生效）' : '发布';
  const parts: string[] = [];
  if (after.status && after.status !== before.status) parts.push(STATUS_VERBS[after.status]);
  else if (JSON.stringify([before.supersededBy, before.toBeSupersededBy]) !== JSON.stringify([after.supersededBy, after.toBeSupersededBy])) parts.push('替代信息更新');
  if (after.urgentBanner !== before.urgentBanner) parts.push(after.urgentBanner ? '进入紧急横幅' : '离开紧急横幅');
  if (after.needsVerification && !before.needsVerification) parts.push('待核实');
  if (!parts.length && after.lastModified !== before.lastModified) parts.push('网站地图更新日期变化');
  return parts.join('，') || '内容变化';
}

/**
 * The next instant strictly after `now` at which the built output of any entry
 * changes, with every entry changing then; undefined when nothing will change
 * until the content does. `entries` is the content check's `.entries`.
 */
export function nextOutputChange(entries: readonly ContentEntry[], now: Date, options: NextChangeOptions): NextChange | undefined {
  const clock = new SiteClock(entries, options.verifyWithinDays);
  // Reasons are listed in the order of `entries` (the check's: by kind, then file).
  const order = new Map(entries.map((entry, index) => [entry, index]));
  const byInstant = new Map<number, Set<ContentEntry>>();
  for (const entry of entries) {
    for (const [instant, affected] of clock.candidates(entry, now)) {
      const set = byInstant.get(instant) ?? new Set();
      for (const one of affected) set.add(one);
      byInstant.set(instant, set);
    }
  }

  let found: NextChange | undefined;
  for (const instant of [...byInstant.keys()].sort((a, b) => a - b)) {
    const at = new Date(instant);
    const justBefore = new Date(instant - 1);
    const reasons: ChangeReason[] = [];
    for (const entry of [...byInstant.get(instant)!].sort((a, b) => order.get(a)! - order.get(b)!)) {
      const before = clock.stateAt(entry, justBefore);
      const after = clock.stateAt(entry, at);
      if (JSON.stringify(before) !== JSON.stringify(after)) reasons.push({ kind: entry.kind, id: entry.id, what: `${entryName(entry)} ${describeChange(before, after)}` });
    }
    if (reasons.length) {
      found = { at, reasons };
      break;
    }
  }
  return earliest(found, scheduleChanges(entries, now, options, found?.at));
}

/** Opening hours whose compiled schedule changes before `before` (or within the horizon). */
function scheduleChanges(entries: readonly ContentEntry[], now: Date, options: NextChangeOptions, before: Date | undefined): NextChange | undefined {
  let horizon = options.scheduleHorizonDays ?? DEFAULT_SCHEDULE_HORIZON_DAYS;
  // Nothing later than the change already found matters; each rule is evaluated once.
  if (before) horizon = Math.min(horizon, Math.ceil((before.getTime() - now.getTime()) / 86_400_000));
  const byValue = new Map<string, Date | undefined>();
  let found: NextChange | undefined;
  for (const entry of entries) {
    const hours = entry.data.hours;
    if (typeof hours !== 'string') continue;
    if (!byValue.has(hours)) byValue.set(hours, nextScheduleChange(hours, now, horizon));
    const at = byValue.get(hours);
    if (!at) continue;
    found = earliest(found, { at, reasons: [{ kind: entry.kind, id: entry.id, what: `${entryName(entry)} 开放时间安排变化` }] });
  }
  return found;
}

/** The earlier of two results; at the same instant, both reasons lists. */
function earliest(a: NextChange | undefined, b: NextChange | undefined): NextChange | undefined {
  if (!a || !b) return a ?? b;
  if (a.at.getTime() !== b.at.getTime()) return a.at < b.at ? a : b;
  return { at: a.at, reasons: [...a.reasons, ...b.reasons] };
}

/** `下次自动发布：2026年11月25日 18:00（第4号通告 生效）`, for the publisher's log. */
export function describeNextChange(result: NextChange | undefined): string {
  if (!result) return '没有定时的变化：内容不改，网站不会自动重新发布';
  const shown = result.reasons.slice(0, 3).map((r) => r.what).join('、');
  const more = result.reasons.length > 3 ? ` 等 ${result.reasons.length} 项` : '';
  return `下次自动发布：${formatDateTime(result.at)}（${shown}${more}）`;
}
