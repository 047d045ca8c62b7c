/** Browser tests of the search page: read one page of results as a resident sees it, or every page in turn. */
import type { Page } from 'playwright-core';

export interface ShownResults {
  /** Each result's link: path and anchor. */
  paths: string[];
  /** Each result's title, as its link reads. */
  titles: string[];
  /** Each result's facts line (type, date, status badge), one text per span. */
  facts: string[][];
  /** The status line (找到 N 条结果…). */
  status: string;
  /** The pager's links, or null where there is none. */
  previous: string | null;
  next: string | null;
}

/** Opens `address` (a search page address) and reads the results once the search has answered. */
export async function shownResults(page: Page, address: string): Promise<ShownResults> {
  await page.goto(address);
  await page.waitForFunction(() => /找到|没有找到|无法使用/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return page.evaluate(() => {
    const link = (rel: string) => document.querySelector<HTMLAnchorElement>(`#search-pages a[rel=${rel}]`)?.href ?? null;
    return {
      paths: [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].map((a) => new URL(a.href).pathname + new URL(a.href).hash),
      titles: [...document.querySelectorAll<HTMLAnchorElement>('#search-results h2 a')].map((a) => a.textContent?.trim() ?? ''),
      facts: [...document.querySelectorAll('#search-results .result-facts')].map((p) => [...p.querySelectorAll('span')].map((s) => s.textContent ?? '')),
      status: document.querySelector('#search-status')?.textContent ?? '',
      previous: link('prev'),
      next: link('next'),
    };
  });
}

/** Every page of results for a search, following 下一页 from `address`. */
export async function everyResultPage(page: Page, address: string): Promise<ShownResults[]> {
  const pages = [await shownResults(page, address)];
  while (pages.at(-1)!.next) pages.push(await shownResults(page, pages.at(-1)!.next!));
  return pages;
}

/** A result's facts say it no longer applies: a notice's status, or a site's 暂停/停用. */
export const lapsedFacts = (facts: string[]) => facts.some((fact) => /已被替代|已失效|已撤销|暂停|停用/.test(fact));
