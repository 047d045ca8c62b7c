/**
 * What a first search costs a reader, measured in Chromium against a built
 * dist/: every file the browser fetched, gzip-compressed as a static host
 * would send it (Pagefind's own files are already compressed and count as they
 * are). For this site: the search page opened with ?q=, until results show.
 * For the baseline, which has no search page: Pagefind's JS API called from a
 * notice page, fetching the same first ten results.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { startStaticServer } from '../helpers/static-server';
import { transferBytes } from './page-weight';

export const SEARCH_QUERY = '发热门诊';

export interface SearchTransfer {
  query: string;
  /** Results Pagefind reported. */
  results: number;
  /** The search page itself: HTML, CSS, the page's own JS (0 for the baseline). */
  pageBytes: number;
  /** Pagefind: its JS, wasm, metadata, index chunks, filters and result fragments. */
  pagefindBytes: number;
  totalBytes: number;
  requests: number;
  /** Each file fetched with its transfer size, in request order. */
  files: Array<{ path: string; bytes: number }>;
}

function fileFor(dist: string, pathname: string): string | undefined {
  let file = join(dist, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** `undefined` when Chromium is not installed. */
export async function firstSearch(dist: string, kind: 'site' | 'baseline', firstPage: string, query = SEARCH_QUERY): Promise<SearchTransfer | undefined> {
  if (!browserAvailable) return undefined;
  const server = await startStaticServer(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    let results = 0;
    if (kind === 'site') {
      await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
      results = Number((await page.textContent('#search-status'))?.match(/找到 (\d+)/)?.[1] ?? 0);
    } else {
      await page.goto(`${server.url}/${firstPage}`);
      server.requests.length = 0;
      results = await page.evaluate(async (q) => {
        const pagefind = await import('/pagefind/pagefind.js' as string);
        const search = await pagefind.search(q);
        await Promise.all(search.results.slice(0, 10).map((r: { data(): Promise<unknown> }) => r.data()));
        return search.results.length as number;
      }, query);
    }
    let pageBytes = 0;
    let pagefindBytes = 0;
    const seen = new Set<string>();
    const files: SearchTransfer['files'] = [];
    for (const request of server.requests) {
      const pathname = new URL(request, 'http://x').pathname;
      if (seen.has(pathname)) continue;
      seen.add(pathname);
      const file = fileFor(dist, pathname);
      if (!file) continue;
      const bytes = transferBytes(readFileSync(file));
      files.push({ path: pathname, bytes });
      if (pathname.startsWith('/pagefind/')) pagefindBytes += bytes;
      else pageBytes += bytes;
    }
    return { query, results, pageBytes, pagefindBytes, totalBytes: pageBytes + pagefindBytes, requests: seen.size, files };
  } finally {
    await browser.close();
    await server.close();
  }
}
