/**
 * Notice numbering: "第N号" counts within a series, which is the same issuing
 * body (or the same joint bodies) and the same 文种 — the rule the content check
 * enforces (`seriesNo` unique in its series).
 */
import { authorityText, seriesKey } from '../lifecycle/notice-labels';

export interface NumberedNotice {
  data: { authority?: unknown; docType?: unknown; seriesNo?: unknown };
}

export interface Series {
  authority: string | readonly string[];
  docType: string;
}

export { seriesKey };

/** The numbers already used in a series, smallest first. */
export function usedSeriesNumbers(notices: readonly NumberedNotice[], series: Series): number[] {
  const key = seriesKey(series);
  return notices
    .filter((n) => typeof n.data.seriesNo === 'number' && seriesKey(n.data as unknown as Series) === key)
    .map((n) => n.data.seriesNo as number)
    .sort((a, b) => a - b);
}

/**
 * The number to propose for a new notice: one more than the highest used.
 * A gap is never filled — the missing number may have been printed or posted
 * elsewhere, so reusing it would make two different notices "第N号".
 */
export function nextSeriesNo(notices: readonly NumberedNotice[], series: Series): number {
  const used = usedSeriesNumbers(notices, series);
  return (used.at(-1) ?? 0) + 1;
}

/**
 * Whether a new notice in this series should be numbered unless the author
 * says otherwise: the series is already numbered, or it is a 通告 or 调度令,
 * which are numbered by custom.
 */
export function numberedByDefault(notices: readonly NumberedNotice[], series: Series): boolean {
  return usedSeriesNumbers(notices, series).length > 0 || series.docType === '通告' || series.docType === '调度令';
}

/** Issuing bodies already used in notices, most used first (joint ones as lists). */
export function knownAuthorities(notices: readonly NumberedNotice[]): string[][] {
  const counts = new Map<string, { authority: string[]; count: number }>();
  for (const notice of notices) {
    const raw = notice.data.authority;
    const authority = (Array.isArray(raw) ? raw : [raw]).filter((a): a is string => typeof a === 'string');
    if (!authority.length) continue;
    const key = authorityText(authority);
    const seen = counts.get(key) ?? { authority, count: 0 };
    seen.count += 1;
    counts.set(key, seen);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((item) => item.authority);
}

/** The 第N号 a title itself states, if any: `…的通告（第3号）` → 3. */
export function seriesNoInTitle(title: string): number | undefined {
  const match = /第\s*(\d+)\s*号/.exec(title.normalize('NFKC'));
  return match ? Number(match[1]) : undefined;
}
