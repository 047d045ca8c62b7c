/**
 * Reuses entry pages between a live release and the next: a notice, article,
 * rhyme or clinic page whose every read (page-reads.ts) has the value it had
 * when the live release rendered it, under the same code and settings
 * (code-key.ts), is that release's page, byte for byte; it is taken from there
 * instead of being rendered again. Everything else — lists, feeds, region
 * pages, data files, the search page — is rendered every time.
 *
 * A correct page beats a fast one, so a page is rendered whenever anything is
 * unsure: no record, another code key, a key this build cannot value, a
 * missing file, or a page with optimised images: Astro writes their files only
 * for pages that render, and more of them than the page names (the variants of
 * a <Picture>), so they cannot be carried over exactly.
 * tests/build/page-reuse.test.ts checks that a release built this way equals a
 * full build, byte for byte, after random edits.
 *
 * Active only when the build is given REUSE_PAGES_FROM (the live publisher and
 * `npm run release`, src/publishing/site-build.ts): each such build writes
 * what its pages read to `.page-reads.json` for the next one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { ENTRY_KIND_NAMES } from '../content-model/kinds';
import { codeKey } from './code-key';
import { buildContent, entryKey, readsOf } from './page-reads';
import { ReadValues, type ReadableContent } from './read-values';

/** The record beside a release's pages (never served: nginx and the publisher's server refuse dot-files). */
export const PAGE_READS_FILE = '.page-reads.json';

export interface PageReadsRecord {
  /** The code key the pages were rendered under. */
  code: string;
  /** Each entry page's path, with every key it read and that key's value hash. */
  pages: Record<string, Record<string, string>>;
  /** Of this build's entry pages: how many were taken from the release before, how many rendered. */
  reused: number;
  rendered: number;
}

const KINDS = new Set<string>(ENTRY_KIND_NAMES);

/** The kind whose entry `route` is the page of (`src/pages/<kind>/[id]/index.astro`), if it is one. */
function entryKindOfRoute(component: string): string | undefined {
  const kind = /^src\/pages\/([^/]+)\/\[id\]\/index\.astro$/.exec(component)?.[1];
  return kind && KINDS.has(kind) ? kind : undefined;
}

/** A page naming an optimised image (under `/_astro/`) is always rendered. */
const HAS_BUILT_IMAGE = /\/_astro\/[^"'\s,)]+\.(?:avif|webp|png|jpe?g|gif|svg)/i;

/** The record a release's build wrote, if any (and whole). */
export function pageReadsOf(dir: string): PageReadsRecord | undefined {
  const path = join(dir, PAGE_READS_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PageReadsRecord;
  } catch {
    return undefined; // a record cut short: render everything
  }
}

export interface PageReuseOptions {
  root: string;
  /** The settings as validated (site.config.ts): part of the code key. */
  settings: Record<string, unknown>;
  /** REUSE_PAGES_FROM: unset, off; empty, record only (a first release); a folder, record and reuse from it. */
  reuseFrom: string | undefined;
}

export function pageReuse({ root, settings, reuseFrom }: PageReuseOptions) {
  let outDir = '';
  let code = '';
  let before: PageReadsRecord | undefined;
  let values: Promise<ReadValues | undefined> | undefined;
  const record: PageReadsRecord = { code: '', pages: {}, reused: 0, rendered: 0 };

  const currentValues = () =>
    (values ??= Promise.resolve(buildContent()).then((content) => (content ? new ReadValues(content as ReadableContent) : undefined)));

  /** The page the release before holds at `pathname`, if every read it made still has its value. */
  async function earlierPage(pathname: string): Promise<Buffer | undefined> {
    const reads = before?.code === code ? before.pages[pathname] : undefined;
    const now = reads && (await currentValues());
    if (!reads || !now || !reuseFrom) return undefined;
    if (Object.entries(reads).some(([key, hash]) => now.hashOf(key) !== hash)) return undefined;
    const page = await readFile(join(reuseFrom, pathname, 'index.html')).catch(() => undefined);
    if (!page || HAS_BUILT_IMAGE.test(page.toString('utf8'))) return undefined;
    record.pages[pathname] = reads;
    return page;
  }

  const wrap = (prerenderer: AstroPrerenderer): AstroPrerenderer =>
    reuseFrom === undefined
      ? prerenderer
      : {
          ...prerenderer,
          render: async (request, options) => {
            const kind = entryKindOfRoute(options.routeData.component);
            if (!kind) return prerenderer.render(request, options);
            const pathname = decodeURI(new URL(request.url).pathname);
            const earlier = await earlierPage(pathname);
            if (earlier) {
              record.reused++;
              return new Response(new Uint8Array(earlier), { status: 200, headers: { 'content-type': 'text/html' } });
            }
            const id = options.routeData.pattern.exec(new URL(request.url).pathname)?.[1];
            const { result, reads } = await readsOf(() => prerenderer.render(request, options));
            record.rendered++;
            const now = await currentValues();
            // The page's own entry comes as a prop, which no read records.
            if (id !== undefined && now) {
              const keys = [...new Set([entryKey(kind, decodeURIComponent(id)), ...reads])];
              record.pages[pathname] = Object.fromEntries(keys.map((key) => [key, now.hashOf(key)]));
            }
            return result;
          },
        };

  const integration: AstroIntegration = {
    name: 'page-reuse',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        if (reuseFrom === undefined) return;
        code = record.code = codeKey(root, settings);
        before = reuseFrom ? pageReadsOf(reuseFrom) : undefined;
      },
      'astro:build:done': ({ logger }) => {
        if (reuseFrom === undefined) return;
        // In path order: the same pages give the same file, whichever rendered first.
        const pages = Object.fromEntries(Object.entries(record.pages).sort(([a], [b]) => (a < b ? -1 : 1)));
        writeFileSync(join(outDir, PAGE_READS_FILE), JSON.stringify({ ...record, pages }));
        logger.info(`条目页：沿用上一版 ${record.reused} 页，重新生成 ${record.rendered} 页`);
      },
    },
  };
  return { integration, wrap };
}
