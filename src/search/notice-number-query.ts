/**
 * Reads a notice number out of what a resident typed — 第3号, 3号通告,
 * 通告第3号, 岚防指〔2026〕7号, 岚防指2026 7号 — so search can match it
 * exactly instead of by loose words. Pure: runs in the browser and at build.
 */

const DOC_TYPES = '通告|公告|通知|调度令';
const DOC_NUMBER = /([\u4e00-\u9fa5A-Za-z]{2,})\s*[〔［\[(（]?\s*(\d{4})\s*[〕］\])）]?\s*第?\s*(\d+)\s*号/;
// Not a date: 11月3号 is a day, not notice No. 3.
const SERIES = new RegExp(`(?:(${DOC_TYPES})\\s*)?(?<![月\\d]\\s*)第?\\s*(\\d+)\\s*号\\s*(${DOC_TYPES})?`);

/** `岚防指〔2026〕7号` → `岚防指2026-7`: the form both the index and queries are reduced to. */
export function docNumberKey(docNumber: string): string | undefined {
  const match = DOC_NUMBER.exec(docNumber);
  return match ? `${match[1]}${match[2]}-${Number(match[3])}` : undefined;
}

export interface NoticeNumberQuery {
  /** Pagefind filters that pin the notice down. */
  filters: Record<string, string>;
  /** What is left of the query once the number is taken out. */
  rest: string;
}

/** The filters a typed notice number stands for, or undefined when the query names none. */
export function noticeNumberQuery(query: string): NoticeNumberQuery | undefined {
  const doc = DOC_NUMBER.exec(query);
  if (doc) return { filters: { 文号: docNumberKey(doc[0])! }, rest: query.replace(doc[0], ' ').trim() };
  const series = SERIES.exec(query);
  if (!series) return undefined;
  const docType = series[1] ?? series[3];
  return {
    filters: { 编号: `第${Number(series[2])}号`, ...(docType ? { 文种: docType } : {}) },
    rest: query.replace(series[0], ' ').trim(),
  };
}
