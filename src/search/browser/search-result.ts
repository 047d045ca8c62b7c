/** One search result as a list item: title, type, date, status and the matching words. */
import { openingText, visibleExcerpt } from '../hidden-search-text';
import { unspaceExcerpt, unspaceTitle } from '../word-spacing';

export interface ResultData {
  url: string;
  excerpt: string;
  /** All the text Pagefind indexed for the page, words spaced. */
  content?: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results?: Array<{ url: string; title: string; excerpt: string; weighted_locations?: Array<{ balanced_score: number }> }>;
}

const STATUS_CLASS: Record<string, string> = {
  有效: 'status-in-force',
  即将生效: 'status-upcoming',
  已撤销: 'status-withdrawn',
  已被替代: 'status-superseded',
  已失效: 'status-expired',
  暂停: 'status-expired',
  停用: 'status-withdrawn',
};

function beijingDay(iso: string | undefined): string {
  if (!iso) return '';
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`;
}

function span(text: string, className = ''): HTMLSpanElement {
  const element = document.createElement('span');
  element.textContent = text;
  if (className) element.className = className;
  return element;
}

/**
 * A replaced notice's result names the notice at the end of its chain, as its
 * page does: `现行有效的是：` and a link (meta the notice page writes, words
 * and all, so this code carries no interface text of its own).
 */
function chainLine(meta: ResultData['meta']): HTMLParagraphElement | undefined {
  if (!meta.endTitle || !meta.endUrl) return undefined;
  const line = document.createElement('p');
  line.className = 'result-chain';
  const link = document.createElement('a');
  link.href = meta.endUrl;
  link.textContent = meta.endTitle;
  line.append(meta.endBefore ?? '', link, meta.endAfter ?? '');
  return line;
}

export function renderResult(data: ResultData, query: string): HTMLLIElement {
  // On a page of many entries (the hotline list) the matching entry is a sub-result with its own anchor.
  // Only pages that list many entries (meta `entries`) send people to the best-matching entry's anchor.
  const score = (sub: NonNullable<ResultData['sub_results']>[number]) => (sub.weighted_locations ?? []).reduce((sum, l) => sum + l.balanced_score, 0);
  const entry =
    query && data.meta.entries
      ? data.sub_results?.filter((sub) => sub.url.includes('#')).sort((a, b) => score(b) - score(a))[0]
      : undefined;
  const item = document.createElement('li');
  item.className = 'card result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = entry?.url ?? data.url;
  // The index holds Chinese cut into words with spaces (search-index.ts); residents read it uncut.
  link.textContent = unspaceTitle(entry?.title ?? data.meta.title ?? data.url);
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'result-facts';
  // A clinic page names its kind (发热门诊, 核酸采样点…): what a resident is looking for, not "门诊".
  const type = data.meta.kind ?? data.filters['类型']?.[0];
  if (type) facts.append(span(type));
  const day = beijingDay(data.meta.date);
  if (day) facts.append(span(day));
  const status = data.filters['状态']?.[0];
  if (status) facts.append(span(status, `badge ${STATUS_CLASS[status] ?? ''}`));
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the matches; the page's hidden search text is taken out.
  const visible = visibleExcerpt(entry?.excerpt ?? data.excerpt);
  if (visible) excerpt.innerHTML = unspaceExcerpt(visible);
  else if (!entry && data.content) excerpt.textContent = unspaceExcerpt(openingText(data.content));
  const chain = chainLine(data.meta);
  item.append(heading, facts, ...(chain ? [chain] : []), excerpt);
  return item;
}
