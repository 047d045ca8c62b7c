/**
 * The search page's browser code: reads ?q= and the filters from the address,
 * asks Pagefind (same origin, no third-party code) and lists results with
 * their type, date and status. Filters alone (no words) browse everything.
 * Runs under the strict CSP: no inline script, WebAssembly via 'wasm-unsafe-eval'.
 */
import { noticeNumberQuery } from '../../lib/notice-number-query';
import { newestFirst } from '../../lib/newest-first';
import { foldQuery, hasHan, parseFoldTable } from '../../lib/query-fold';
import { renderResult, type ResultData } from './_search-result';

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<ResultData> }> }>;
}

/** Form field → Pagefind filter. */
const FILTERS = { type: '类型', region: '地区', status: '状态', year: '年份' } as const;
const PAGE_SIZE = 10;
/** The hidden filter that tells the parts of a split index apart (never shown: not in FILTERS). */
const PART = '索引部分';

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector);

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
  if (!input || !status || !list || !filterBox) return;
  const params = new URLSearchParams(location.search);
  const query = params.get('q')?.trim() ?? '';
  input.value = query;

  const bundle = '/pagefind/pagefind.js';
  // The 繁→简 table comes down alongside Pagefind, and only for a query in Chinese characters.
  const foldTable = hasHan(query) ? fetch('/search/fanjian.txt').then((r) => (r.ok ? r.text() : '')).catch(() => '') : Promise.resolve('');
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  // The index holds each page in the script it is written in, and Traditional pages also in Simplified.
  const folded = foldQuery(query, parseFoldTable(await foldTable));
  // Long pages that list many entries (the hotline list) should not lose to short ones just for their length.
  const options = { excerptLength: 40, ranking: { pageLength: 0.3 } };
  // A big site's index comes in parts (src/lib/search-parts.ts): the first is loaded, the others merged into it,
  // sharing its code and wasm. Each part's pages carry its number as a hidden filter, so a browse can ask each part.
  const merged = $<HTMLFormElement>('#search-form')?.dataset.indexParts?.split(' ').filter(Boolean) ?? [];
  const partIds = merged.length ? ['1', ...merged.map((_, i) => String(i + 2))] : [];
  await pagefind.options(merged.length ? { ...options, mergeFilter: { [PART]: '1' } } : options);
  await Promise.all(merged.map((path, i) => pagefind.mergeIndex(path, { ...options, mergeFilter: { [PART]: partIds[i + 1] } })));
  // The filter lists cost a download of their own: fetched only when asked for, so a first search stays light.
  const chosen: Record<string, string> = {};
  for (const [field, key] of Object.entries(FILTERS)) {
    const value = params.get(field);
    if (value) chosen[key] = value;
  }
  let filled = false;
  const fillFilters = async () => {
    if (filled) return;
    filled = true;
    const available = await pagefind.filters();
    for (const [field, key] of Object.entries(FILTERS)) fillSelect($<HTMLSelectElement>(`#filter-${field}`)!, available[key], params.get(field));
  };
  filterBox.addEventListener('toggle', () => void fillFilters());
  if (Object.keys(chosen).length) {
    filterBox.open = true;
    await fillFilters();
  }
  if (!query && !Object.keys(chosen).length) return;

  status.textContent = '正在搜索…';
  // A typed notice number (第3号, 岚防指〔2026〕7号) is matched exactly; words alone if that finds nothing.
  const numbered = noticeNumberQuery(folded);
  let results = numbered ? (await pagefind.search(numbered.rest || null, { filters: { ...chosen, ...numbered.filters } })).results : [];
  let shown: ResultData[];
  let total: number;
  if (!results.length && !query) {
    // Browsing by filters alone, newest first. Pagefind scores a sorted list by rank within each part,
    // so each part is browsed on its own and their newest merged by date.
    const browsed = await Promise.all((partIds.length ? partIds : [undefined]).map((id) => pagefind.search(null, { filters: id ? { ...chosen, [PART]: id } : chosen, sort: { date: 'desc' } })));
    total = browsed.reduce((sum, found) => sum + found.results.length, 0);
    shown = newestFirst(await Promise.all(browsed.map((found) => Promise.all(found.results.slice(0, PAGE_SIZE).map((r) => r.data()))))).slice(0, PAGE_SIZE);
  } else {
    if (!results.length) results = (await pagefind.search(folded || null, { filters: chosen })).results;
    // A character the table does not know can leave a half-converted query: then try it as typed.
    if (!results.length && folded !== query) results = (await pagefind.search(query, { filters: chosen })).results;
    total = results.length;
    shown = await Promise.all(results.slice(0, PAGE_SIZE).map((r) => r.data()));
  }
  list.replaceChildren(...shown.map((data) => renderResult(data, query)));
  status.textContent = total
    ? `找到 ${total} 条结果${total > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`
    : `没有找到与“${query}”有关的内容。可以换个说法，例如“发热门诊”“热线”，或减少筛选条件。`;
}

run().catch((error) => {
  const status = $<HTMLElement>('#search-status');
  if (status) status.textContent = '搜索暂时无法使用，请稍后再试，或直接浏览通告和热线列表。';
  console.error(error);
});
