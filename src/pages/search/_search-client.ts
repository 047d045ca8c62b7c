/**
 * The search page's browser code: reads ?q=, asks Pagefind (same origin, no
 * third-party code) and lists results with their type, date and status.
 * Runs under the strict CSP: no inline script, WebAssembly via 'wasm-unsafe-eval'.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: Record<string, string> }): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> }>;
}

const PAGE_SIZE = 10;

function formatDay(iso: string | undefined): string {
  if (!iso) return '';
  const shifted = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return `${shifted.getUTCFullYear()}年${shifted.getUTCMonth() + 1}月${shifted.getUTCDate()}日`;
}

function resultItem(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const facts = document.createElement('p');
  facts.className = 'result-facts';
  const type = data.filters['类型']?.[0];
  const status = data.filters['状态']?.[0];
  for (const text of [type, formatDay(data.meta.date)]) {
    if (!text) continue;
    const span = document.createElement('span');
    span.textContent = text;
    facts.append(span);
  }
  if (status) {
    const badge = document.createElement('span');
    badge.className = `badge ${status === '有效' ? 'status-in-force' : status === '已撤销' ? 'status-withdrawn' : status === '即将生效' ? 'status-upcoming' : 'status-expired'}`;
    badge.textContent = status;
    facts.append(badge);
  }
  const excerpt = document.createElement('p');
  // Pagefind's excerpt is escaped page text with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, facts, excerpt);
  return item;
}

async function run() {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;
  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) return;
  status.textContent = '正在搜索…';
  const bundle = '/pagefind/pagefind.js';
  const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
  await pagefind.options({ excerptLength: 40 });
  const search = await pagefind.search(query);
  const shown = await Promise.all(search.results.slice(0, PAGE_SIZE).map((r) => r.data()));
  list.replaceChildren(...shown.map(resultItem));
  status.textContent = search.results.length
    ? `找到 ${search.results.length} 条结果${search.results.length > PAGE_SIZE ? `，显示前 ${PAGE_SIZE} 条` : ''}。`
    : `没有找到与“${query}”有关的内容。可以换个说法，例如“发热门诊”“热线”。`;
}

run().catch((error) => {
  const status = document.querySelector<HTMLElement>('#search-status');
  if (status) status.textContent = '搜索暂时无法使用，请稍后再试，或直接浏览通告和热线列表。';
  console.error(error);
});
