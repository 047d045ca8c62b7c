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
