/**
 * The search itself, apart from the page: loads Pagefind (merging the parts of
 * a split index, src/search/search-parts.ts, and a release's delta index,
 * src/search/delta-index.ts, whose pages replace the full index's), reads a query the way residents type
 * it and answers with the results to show. It runs in the search page's own
 * worker (_search-worker.ts), so Pagefind's WebAssembly never holds up the
 * page and Pagefind's own worker script is not downloaded; in the page itself
 * only where a module worker cannot start.
 */
import { DAY_FILTER, newestDays, newestFirst } from '../browse-days';
import { currentOnly, lapsedOnly, type SearchFilters } from '../current-first';
import { countsWithoutReplaced, hiddenCount, withoutReplaced, type DeltaManifest } from '../delta-results';
import { noticeNumberQuery } from '../notice-number-query';
import { foldQuery, hasHan, parseFoldTable } from '../query-fold';
import { onPage, PAGE_SIZE, pageToShow } from '../result-pages';
import { withSynonymsAsOne } from '../synonym-query';
import { cutQuery } from '../word-spacing';
import type { ResultData } from './search-result';

/** One match (`id`: its page's fragment): its page's data is fetched only when asked for. */
type Result = { id: string; data(): Promise<ResultData> };

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  mergeIndex(path: string, options: Record<string, unknown>): Promise<void>;
  search(query: string | null, options?: { filters?: SearchFilters }): Promise<{ results: Result[]; filters?: FilterCounts }>;
}

/** Where the index is, as the search page says. */
export interface IndexPlace {
  /** Paths of the index parts to merge into the first (`data-index-parts`). */
  parts: string[];
  /** Path of the release's delta index (`data-index-delta`), empty when there is none. */
  delta: string;
}

export interface SearchRequest {
  /** As typed. */
  query: string;
  /** Pagefind filter → chosen value. */
  chosen: Record<string, string>;
  index: IndexPlace;
  /** The page of results asked for, from 1 (src/search/result-pages.ts). */
  page: number;
}

export interface SearchAnswer {
  total: number;
  /** The page shown: the one asked for, or the last one when asked for one past it. */
  page: number;
  /** That page's results (PAGE_SIZE at most), ready to show. */
  shown: ResultData[];
}

export type FilterCounts = Record<string, Record<string, number>>;

/** A typed query as the index's words: cut as the pages were, each synonym as its group's first word. */
const words = (query: string) => withSynonymsAsOne(cutQuery(query));
/** Long pages that list many entries (the hotline list) should not lose to short ones just for their length. */
const OPTIONS = { excerptLength: 40, ranking: { pageLength: 0.3 } };

/**
 * Every match, current pages first (src/search/current-first.ts): those without the lapsed mark, then
 * those with it, each in Pagefind's order. The second search reuses the word chunks the first loaded.
 */
async function currentFirst({ pagefind, delta }: Loaded, term: string | null, chosen: Record<string, string>): Promise<Result[]> {
  const current = await pagefind.search(term, { filters: currentOnly(chosen) });
  const lapsed = await pagefind.search(term, { filters: lapsedOnly(chosen) });
  return withoutReplaced([...current.results, ...lapsed.results], delta);
}

/** Pagefind with its parts and delta merged, and which of the full index's results the delta replaces. */
interface Loaded {
  pagefind: Pagefind;
  delta: DeltaManifest;
}

const NO_DELTA: DeltaManifest = { pages: 0, replaced: {}, repeated: {} };

/** The delta's list of replaced results; a delta that cannot be read fails the search rather than show old copies. */
async function readDelta(path: string): Promise<DeltaManifest> {
  const response = await fetch(`${path}replaced.json`);
  if (!response.ok) throw new Error(`delta index ${path}: ${response.status}`);
  return (await response.json()) as DeltaManifest;
}

export function createSearchEngine(pagefindUrl = '/pagefind/pagefind.js') {
  let loading: Promise<Loaded> | undefined;
  /** Pagefind with every part merged (the others share the first part's code and wasm), then the delta. */
  const load = ({ parts, delta }: IndexPlace) =>
    (loading ??= (async () => {
      const [pagefind, manifest] = await Promise.all([import(/* @vite-ignore */ pagefindUrl) as Promise<Pagefind>, delta ? readDelta(delta) : undefined]);
      await pagefind.options(OPTIONS);
      const merged = manifest?.pages ? [...parts, delta] : parts;
      await Promise.all(merged.map((path) => pagefind.mergeIndex(path, OPTIONS)));
      return { pagefind, delta: manifest ?? NO_DELTA };
    })());

  /**
   * Browsing by filters alone, newest first (src/search/browse-days.ts): how many
   * matching pages each day has, then only the newest days' pages up to the page
   * asked for, ordered by time.
   */
  async function browse({ pagefind, delta }: Loaded, chosen: Record<string, string>, asked: number): Promise<SearchAnswer> {
    // Every filter list, the days' among them (the filter box has usually fetched them already).
    await pagefind.filters();
    const all = await pagefind.search(null, { filters: chosen });
    const total = withoutReplaced(all.results, delta).length;
    const page = pageToShow(asked, total);
    // The day counts still include the results a delta hides: take enough days to make up for them.
    const days = newestDays(all.filters?.[DAY_FILTER] ?? {}, page * PAGE_SIZE + hiddenCount(delta));
    const newest = days.length ? (await pagefind.search(null, { filters: { ...chosen, [DAY_FILTER]: { any: days } } })).results : [];
    return { total, page, shown: onPage(newestFirst(await Promise.all(withoutReplaced(newest, delta).map((r) => r.data()))), page) };
  }

  return {
    async filters(index: IndexPlace): Promise<FilterCounts> {
      const { pagefind, delta } = await load(index);
      return countsWithoutReplaced(await pagefind.filters(), delta);
    },

    async search({ query, chosen, index, page: asked }: SearchRequest): Promise<SearchAnswer> {
      // The 繁→简 table comes down alongside Pagefind, and only for a query in Chinese characters.
      const foldTable = hasHan(query) ? fetch('/search/fanjian.txt').then((r) => (r.ok ? r.text() : '')).catch(() => '') : Promise.resolve('');
      const loaded = await load(index);
      if (!query) return browse(loaded, chosen, asked);
      // The index holds each page in the script it is written in, and Traditional pages also in Simplified.
      const folded = foldQuery(query, parseFoldTable(await foldTable));
      // A typed notice number (第3号, 岚防指〔2026〕7号) is matched exactly; words alone if that finds nothing.
      const numbered = noticeNumberQuery(folded);
      let results = numbered ? await currentFirst(loaded, numbered.rest ? words(numbered.rest) : null, { ...chosen, ...numbered.filters }) : [];
      if (!results.length) results = await currentFirst(loaded, words(folded) || null, chosen);
      // A character the table does not know can leave a half-converted query: then try it as typed.
      if (!results.length && folded !== query) results = await currentFirst(loaded, words(query), chosen);
      const page = pageToShow(asked, results.length);
      return { total: results.length, page, shown: await Promise.all(onPage(results, page).map((r) => r.data())) };
    },
  };
}
