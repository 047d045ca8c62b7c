/**
 * Below the results: links to the page before and after, each the same search
 * with another `?page=` (src/search/result-pages.ts), and which page this is.
 * Plain links, so the back button and a shared address keep the page.
 */
import { pageCount } from '../result-pages';

function pageLink(page: number, text: string, rel: 'prev' | 'next'): HTMLAnchorElement {
  const url = new URL(location.href);
  if (page === 1) url.searchParams.delete('page');
  else url.searchParams.set('page', String(page));
  const link = document.createElement('a');
  link.href = url.pathname + url.search;
  link.rel = rel;
  link.className = 'tap';
  link.textContent = text;
  return link;
}

/** Fills the pager for `page` of `total` results; hidden when they fit on one page. */
export function fillPager(nav: HTMLElement, page: number, total: number): void {
  const pages = pageCount(total);
  const where = document.createElement('span');
  where.textContent = `第 ${page} / ${pages} 页`;
  nav.replaceChildren(
    ...(page > 1 ? [pageLink(page - 1, '上一页', 'prev')] : []),
    where,
    ...(page < pages ? [pageLink(page + 1, '下一页', 'next')] : []),
  );
  nav.hidden = pages === 1;
}
