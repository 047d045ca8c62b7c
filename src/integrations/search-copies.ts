/**
 * Build hook: while `astro build` renders, a worker thread makes the search
 * index's word-cut copies of the searchable pages (src/cli/search-staging.ts),
 * so `npm run index` afterwards only has to run Pagefind. If the build stops
 * half-way the copies are left unmarked, and the index step makes its own.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { startPageCopies } from '../cli/search-staging';
import { setPageCopier } from '../lib/page-copier';

export function searchCopies(): AstroIntegration {
  let siteDir = '';
  let copies: ReturnType<typeof startPageCopies> | undefined;
  return {
    name: 'search-copies',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        copies = startPageCopies(siteDir);
        setPageCopier(copies.copy);
      },
      'astro:build:done': async ({ logger, pages }) => {
        setPageCopier(undefined);
        if (!copies) return;
        try {
          logger.info(`搜索副本：${await copies.finish(pages.length)} 个页面已分好词`);
        } catch (error) {
          // Not a reason to stop the build: without the mark, `npm run index` makes the copies itself.
          logger.warn(`搜索副本没有做完（${error instanceof Error ? error.message : String(error)}），建索引时会重新做`);
        }
      },
    },
  };
}
