/** The search page's worker: runs the search engine off the page, one request at a time as the page sends them. */
import { createSearchEngine, type IndexPlace, type SearchRequest } from './search-engine';

export type WorkerRequest = { id: number; kind: 'search'; request: SearchRequest } | { id: number; kind: 'filters'; index: IndexPlace };

const engine = createSearchEngine();

self.onmessage = async ({ data }: MessageEvent<WorkerRequest>) => {
  try {
    const result = data.kind === 'filters' ? await engine.filters(data.index) : await engine.search(data.request);
    self.postMessage({ id: data.id, result });
  } catch (error) {
    self.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
