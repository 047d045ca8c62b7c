/**
 * The search page's browser code: reads ?q=, ?page= and the filters from the
 * address, asks the search engine (_search-engine.ts: Pagefind, same origin, no
 * third-party code) in the page's own worker and lists one page of results with
 * their type, date and status, and links to the others. Filters alone (no words) browse everything, newest
 * first. Runs under the strict CSP: no inline script, WebAssembly via
 * 'wasm-unsafe-eval'.
 */
import { askedPage, PAGE_SIZE } from '../result-pages';
import type { FilterCounts, IndexPlace, SearchAnswer, SearchRequest } from './search-engine';
import { fillPager } from './search-pager';
import { renderResult } from './search-result';
import type { WorkerRequest } from './search-worker';

/** Form field → Pagefind filter. */
const FILTERS = { type: '类型', region: '地区', status: '状态', year: '年份' } as const;

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

type Ask = { (kind: 'search', request: SearchRequest): Promise<SearchAnswer>; (kind: 'filters', index: IndexPlace): Promise<FilterCounts> };

/** Runs the engine in the page itself: Pagefind then starts a worker of its own where it can. */
function inPage(): Ask {
  const engine = import('./search-engine').then(({ createSearchEngine }) => createSearchEngine());
  return (async (kind: 'search' | 'filters', arg: SearchRequest | IndexPlace) =>
    kind === 'search' ? (await engine).search(arg as SearchRequest) : (await engine).filters(arg as IndexPlace)) as Ask;
}

/** A request meant for the worker, asked of `ask` instead. */
const resend = (ask: Ask, message: WorkerRequest): Promise<unknown> =>
  message.kind === 'search' ? ask('search', message.request) : ask('filters', message.index);

/** Sends requests to the search worker; if it cannot start (an old browser), the engine runs in the page. */
function connect(): Ask {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return inPage();
  }
  let fallback: Ask | undefined;
  let next = 0;
  const pending = new Map<number, { message: WorkerRequest; resolve: (value: never) => void; reject: (error: Error) => void }>();
  worker.onmessage = ({ data }: MessageEvent<{ id: number; result?: never; error?: string }>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (data.error !== undefined) waiting?.reject(new Error(data.error));
    else waiting?.resolve(data.result!);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fallback = inPage();
    for (const { message, resolve, reject } of pending.values()) resend(fallback, message).then(resolve as never, reject);
    pending.clear();
  };
  return ((kind: 'search' | 'filters', arg: SearchRequest | IndexPlace) => {
    const id = next++;
    const message: WorkerRequest = kind === 'search' ? { id, kind, request: arg as SearchRequest } : { id, kind, index: arg as IndexPlace };
    if (fallback) return resend(fallback, message);
    return new Promise((resolve, reject) => {
      pending.set(id, { message, resolve, reject });
      worker.postMessage(message);
    });
  }) as Ask;
}

function fillSelect(select: HTMLSelectElement, counts: Record<string, number> | undefined, chosen: string | null) {
  const values = Object.keys(counts ?? {}).sort((a, b) => b.localeCompare(a, 'zh-Hans-CN'));
  for (const value of values) select.add(new Option(`${value}（${counts![value]}）`, value, false, value === chosen));
  select.closest<HTMLElement>('.field')!.hidden = values.length === 0;
}

async function run() {
  const input = $<HTMLInputElement>('#search-q');
  const status = $<HTMLElement>('#search-status');
  const list = $<HTMLOListElement>('#search-results');
  const filterBox = $<HTMLDetailsElement>('#search-filter-box');
  const pager = $<HTMLElement>('#search-pages');
  if (!input || !status || !list || !filterBox || !pager) return;
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  input.value = query;
  // A big site's index comes in parts (src/search/search-parts.ts), and a live release's may have a delta
  // (src/search/delta-index.ts): the index step writes both on the page.
  const form = $<HTMLFormElement>('#search-form');
  const index: IndexPlace = { parts: form?.dataset.indexParts?.split(' ').filter(Boolean) ?? [], delta: form?.dataset.indexDelta ?? '' };
  const ask = connect();

  const chosen: Record<string, string> = {};
  for (const [field, key] of Object.entries(FILTERS)) {
    const value = params.get(field);
    if (value) chosen[key] = value;
  }
  // The filter lists cost a download of their own: fetched only when asked for, so a first search stays light.
  let filled: Promise<void> | undefined;
  const fillFilters = () =>
    (filled ??= ask('filters', index).then((available) => {
      for (const [field, key] of Object.entries(FILTERS)) fillSelect($<HTMLSelectElement>(`#filter-${field}`)!, available[key], params.get(field));
    }));
  filterBox.addEventListener('toggle', () => void fillFilters());
  if (Object.keys(chosen).length) {
    filterBox.open = true;
    await fillFilters();
  }
  if (!query && !Object.keys(chosen).length) return;

  status.textContent = '正在搜索…';
  const { total, page, shown } = await ask('search', { query, chosen, index, page: askedPage(params.get('page')) });
  list.replaceChildren(...shown.map((data) => renderResult(data, query)));
  const from = (page - 1) * PAGE_SIZE + 1;
  const range = page === 1 ? `显示前 ${shown.length} 条` : `显示第 ${from}–${from + shown.length - 1} 条`;
  status.textContent = total
    ? `找到 ${total} 条结果${total > shown.length ? `，${range}` : ''}。`
    : `没有找到与“${query}”有关的内容。可以换个说法，例如“发热门诊”“热线”，或减少筛选条件。`;
  fillPager(pager, page, total);
}

run().catch((error) => {
  const status = $<HTMLElement>('#search-status');
  if (status) status.textContent = '搜索暂时无法使用，请稍后再试，或直接浏览通告和热线列表。';
  console.error(error);
});
