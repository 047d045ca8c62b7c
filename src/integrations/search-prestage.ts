/**
 * Build hook: the search index step (src/cli/search-index.ts) reads copies of
 * the pages with their Chinese cut into words (search-staging.ts), seconds of
 * work at a few thousand pages. Astro renders on one core and leaves the other
 * mostly idle, so the copies are made here instead, in a worker thread, from
 * each page as it is rendered (docs/performance.md, round 7). The index step
 * then finds them current and only checks them. Nothing depends on this: a page
 * the worker missed, or saw otherwise than it was written, is cut by the index
 * step as before.
 */
import type { AstroIntegration } from 'astro';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { pagefindVersion } from '../cli/pagefind-command';
import { openSearchCache, type SearchCache } from '../cli/search-cache';
import { addCutBeforeIndex, keepCopies, takeKeptCopies, type StagedPages } from '../cli/search-staging';
import { PRESTAGE, type Prestage } from './search-prestage-hand';
import type { PrestageMessage } from './search-prestage-worker';

/** `/notices/x/` → `notices/x/index.html`, `/404` → `404.html`: where a directory-format build writes a page. */
export function builtPageFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  return path === '' || path.endsWith('/') ? `${path}index.html` : `${path}.html`;
}

interface Run {
  cache: SearchCache;
  worker: Worker;
  failed?: unknown;
}

const hand = globalThis as { [PRESTAGE]?: Prestage };

export function searchPrestage(): AstroIntegration {
  let outDir: string | undefined;
  let run: Run | undefined;
  return {
    name: 'search-prestage',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command === 'build') addMiddleware({ entrypoint: new URL('./search-prestage-middleware.ts', import.meta.url), order: 'post' });
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!outDir) return;
        let cache: SearchCache;
        try {
          cache = openSearchCache(outDir, pagefindVersion());
        } catch (error) {
          // The index step says the same, and stops, if it still holds then.
          logger.warn(`搜索索引不在生成页面时预先分词：${error instanceof Error ? error.message : String(error)}`);
          return;
        }
        const kept = takeKeptCopies(cache.pages);
        const worker = new Worker(new URL('./search-prestage-worker.ts', import.meta.url), { workerData: { stagingDir: cache.pages, kept } });
        // A build that fails must still exit; the worker is waited for only at the end of one that succeeds.
        worker.unref();
        const started: Run = { cache, worker };
        worker.on('error', (error) => {
          started.failed = error;
          delete hand[PRESTAGE];
        });
        run = started;
        hand[PRESTAGE] = (pathname, html) => worker.postMessage({ file: builtPageFile(pathname), html } satisfies PrestageMessage);
      },
      'astro:build:done': async ({ logger }) => {
        delete hand[PRESTAGE];
        if (!run) return;
        const { cache, worker } = run;
        try {
          if (!run.failed) {
            worker.ref();
            const result = once(worker, 'message') as Promise<[StagedPages]>;
            worker.postMessage({ done: true } satisfies PrestageMessage);
            const [staged] = await result;
            keepCopies(cache.pages, staged.hashes);
            addCutBeforeIndex(cache.pages, staged.cut);
          }
        } catch (error) {
          run.failed = error;
        } finally {
          if (run.failed) logger.warn(`搜索索引的预先分词没有完成，索引步骤会重新分词（较慢，但结果一样）：${String(run.failed)}`);
          await worker.terminate();
          cache.release();
          run = undefined;
        }
      },
    },
  };
}
