/** How a notice names itself: 第N号, its 文号, its authority. */

export interface NoticeIdentity {
  docType: string;
  authority: string | string[];
  seriesNo?: number;
  docNumber?: string;
}

export function authorityText(authority: string | string[]): string {
  return Array.isArray(authority) ? authority.join('、') : authority;
}

/** `某某指挥部通告（第3号）`-style line; empty parts left out. */
export function noticeNumberLine(notice: NoticeIdentity): string {
  const series = notice.seriesNo ? `第${notice.seriesNo}号` : '';
  return [series, notice.docNumber].filter(Boolean).join('　');
}

/** One text per series (same issuing body or bodies, same 文种): where 第N号 counts. */
export function seriesKey(notice: { authority: string | readonly string[]; docType: string }): string {
  return `${authorityText(notice.authority as string | string[])}｜${notice.docType}`;
}
