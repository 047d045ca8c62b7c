/**
 * Reuses pages between a live release and the next: an entry's page (notice,
 * article, rhyme, clinic) and the files published beside it (attachments,
 * recordings), a region's page and feed, a month page, whose every
 * read (page-reads.ts) has the value it had when the live release rendered it,
 * under the same code and settings (code-key.ts), is that release's page, byte
 * for byte; it is taken from there instead of being rendered again. Everything
 * else — lists, the site's feeds, data files, the search page — is rendered
 * every time.
 *
 * A correct page beats a fast one, so a page is rendered whenever anything is
 * unsure: no record, another code key, a key this build cannot value, a
 * missing file. Astro writes optimised images only for pages that render, so
 * each page's requests for them (`addStaticImage`) are recorded and, when the
 * page is reused, made again: Astro then writes the same files (from its image
 * cache) as if it had rendered the page; if a request does not come out as
 * before, the page is rendered. tests/build/page-reuse.test.ts checks that a
 * release built this way equals a full build, byte for byte, after random edits.
 *
 * Active only when the build is given REUSE_PAGES_FROM (the live publisher and
 * `npm run release`, src/publishing/site-build.ts): each such build writes
 * what its pages read to `.page-reads.json` for the next one.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { link, mkdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { ENTRY_KIND_NAMES } from '../content-model/kinds';
import { ARCHIVE_DATES } from '../site/archive-months';
import { codeKey } from './code-key';
import { buildContent, entryKey, monthKey, readsOf, recordImage, type ImageCall } from './page-reads';
import { ReadValues, type ReadableContent } from './read-values';

type PathWithRoute = Awaited<ReturnType<AstroPrerenderer['getStaticPaths']>>[number];

/** The record beside a release's pages (never served: nginx and the publisher's server refuse dot-files). */
export const PAGE_READS_FILE = '.page-reads.json';

export interface PageReadsRecord {
  /** The code key the pages were rendered under. */
  code: string;
  /** Each reusable page's path: every key it read with that key's value hash, and the optimised images it asked for. */
  pages: Record<string, { reads: Record<string, string>; images: ImageCall[] }>;
  /** Of this build's reusable pages (entries', regions', months'): how many were taken from the release before, how many rendered. */
  reused: number;
  rendered: number;
}

const KINDS = new Set<string>(ENTRY_KIND_NAMES);

/** Where a page's file is in a release: `build.format: 'directory'` for pages, the path itself for a feed. */
export const pageFile = (dir: string, pathname: string) => (pathname.endsWith('/') ? join(dir, pathname, 'index.html') : join(dir, pathname));

/**
 * The record's key of a route's path, as `pageFile` finds its file: a page's ends in a slash (its
 * `index.html`), an endpoint's does not — Astro's requests for an attachment end in one
 * (`trailingSlash: 'always'`), but it writes the file itself.
 */
const recordPath = (pathname: string, type: string) => (type === 'page' ? pathname.replace(/\/?$/, '/') : pathname.replace(/\/$/, ''));

/**
 * The routes whose pages may be reused, each with the read key of what its props carry (props come
 * from getStaticPaths, which no read records): an entry's page and its files its entry; a region's page and feed
 * the region tree (the entries they show they read through `inRegion`); a month page that month's
 * entries. Any other route renders every time. A route listed here passes nothing else as props.
 */
function propsKeyOf(component: string): ((param: string) => string) | undefined {
  const entry = /^src\/pages\/([^/]+)\/\[id\]\/index\.astro$/.exec(component)?.[1];
  if (entry && KINDS.has(entry)) return (id) => entryKey(entry, id);
  // An entry's attachment or recording: its path comes from the entry, its bytes are a file it reads.
  const files = /^src\/pages\/([^/]+)\/\[id\]\/\[file\]\.ts$/.exec(component)?.[1];
  if (files && KINDS.has(files)) return (id) => entryKey(files, id);
  if (component === 'src/pages/regions/[id]/index.astro' || component === 'src/pages/regions/[id]/rss.xml.ts') return () => 'regions';
  const months = /^src\/pages\/([^/]+)\/archive\/\[month\]\.astro$/.exec(component)?.[1];
  if (months && months in ARCHIVE_DATES) return (month) => monthKey(months, month);
  return undefined;
}

type AddStaticImage = ((...args: unknown[]) => unknown) & { [RECORDING]?: true };
const RECORDING = Symbol.for('fangkong.page-images');
const assets = () => (globalThis as { astroAsset?: { addStaticImage?: AddStaticImage } }).astroAsset;

/** Makes Astro's `addStaticImage` (set for each build, while pages render) note each request for the page being rendered. */
function recordImageRequests(): void {
  const astroAsset = assets();
  const add = astroAsset?.addStaticImage;
  if (!astroAsset || !add || add[RECORDING]) return;
  astroAsset.addStaticImage = Object.assign(
    (...args: unknown[]) => {
      const url = add(...args);
      // As JSON, which the record is: a request that JSON cannot carry whole will not come out the same when made again.
      recordImage(JSON.parse(JSON.stringify({ args, url })) as ImageCall);
      return url;
    },
    { [RECORDING]: true as const },
  );
}

/** Makes a reused page's image requests again; false if Astro cannot take them or one answers otherwise than before. */
function requestImagesAgain(images: ImageCall[]): boolean {
  if (images.length === 0) return true;
  const add = assets()?.addStaticImage;
  return add !== undefined && images.every(({ args, url }) => add(...args) === url);
}

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
  /** Pages taken from the release before: most before Astro's loop, the rest as it passes them. */
  const reused: string[] = [];
  /** Of those taken before the loop, the pages (not feeds), as Astro names the pages it built: `notices/x/`. */
  const reusedPageNames: string[] = [];
  /** Links made for pages Astro's loop passed. */
  const linking: Promise<unknown>[] = [];
  const linkFailures: unknown[] = [];

  /**
   * Hard-links the release before's page into this release: the same file in both, nothing copied.
   * No step writes into a built page in place (docs/architecture.md, "Page reuse"), so the release
   * before stays as it was.
   */
  const linkEarlier = async (from: string, pathname: string) => {
    const target = pageFile(outDir, pathname);
    await mkdir(dirname(target), { recursive: true });
    await link(pageFile(from, pathname), target);
  };

  const currentValues = () =>
    (values ??= Promise.resolve(buildContent()).then((content) => (content ? new ReadValues(content as ReadableContent) : undefined)));

  /** The release before's record of the page at `pathname`, if it read nothing that has changed since and its image requests answer as before. */
  function unchangedSince(pathname: string, now: ReadValues | undefined) {
    const earlier = before?.code === code ? before.pages[pathname] : undefined;
    if (!earlier || !now || !reuseFrom) return undefined;
    if (Object.entries(earlier.reads).some(([key, hash]) => now.hashOf(key) !== hash)) return undefined;
    return requestImagesAgain(earlier.images) ? earlier : undefined;
  }

  /**
   * Takes every reusable page the release before holds unchanged, before Astro's loop: Astro is then
   * handed only the pages to render (about 0.6 ms a page of its own work, 5000 times over, saved).
   * The pages' getStaticPaths have loaded the content by now. A page whose link fails goes back to
   * Astro, to be rendered. Returns the pages taken.
   */
  async function takeUnchanged(paths: readonly PathWithRoute[]): Promise<Set<PathWithRoute>> {
    const now = await currentValues();
    const taken = new Set<PathWithRoute>();
    await Promise.all(
      paths.map(async (path) => {
        const pathname = recordPath(path.pathname, path.route.type);
        if (!reuseFrom || !propsKeyOf(path.route.component)) return;
        const earlier = unchangedSince(pathname, now);
        if (!earlier || !(await linkEarlier(reuseFrom, pathname).then(() => true, () => false))) return;
        record.pages[pathname] = earlier;
        reused.push(pathname);
        if (path.route.type === 'page') reusedPageNames.push(pathname.slice(1));
        taken.add(path);
      }),
    );
    return taken;
  }

  /**
   * Whether the release before holds the page at `pathname` and every read it made still has its
   * value: for a page Astro renders that was not taken before its loop.
   */
  async function reusable(pathname: string): Promise<boolean> {
    const earlier = unchangedSince(pathname, await currentValues());
    if (!earlier || !reuseFrom) return false;
    const there = await stat(pageFile(reuseFrom, pathname)).then((file) => file.isFile(), () => false);
    if (!there) return false;
    record.pages[pathname] = earlier;
    return true;
  }

  const wrap = (prerenderer: AstroPrerenderer): AstroPrerenderer =>
    reuseFrom === undefined
      ? prerenderer
      : {
          ...prerenderer,
          getStaticPaths: async () => {
            const paths = await prerenderer.getStaticPaths();
            const taken = await takeUnchanged(paths);
            return paths.filter((path) => !taken.has(path));
          },
          render: async (request, options) => {
            const propsKey = propsKeyOf(options.routeData.component);
            if (!propsKey) return prerenderer.render(request, options);
            const pathname = recordPath(decodeURI(new URL(request.url).pathname), options.routeData.type);
            if (await reusable(pathname)) {
              // No body: Astro writes no file (it logs "file not created"); the earlier one is linked in instead.
              reused.push(pathname);
              linking.push(linkEarlier(reuseFrom, pathname).catch((error: unknown) => linkFailures.push(error)));
              return new Response(null, { status: 200 });
            }
            const param = options.routeData.pattern.exec(new URL(request.url).pathname)?.[1];
            recordImageRequests();
            const { result, reads, images } = await readsOf(() => prerenderer.render(request, options));
            record.rendered++;
            const now = await currentValues();
            if (param !== undefined && now) {
              const keys = [...new Set([propsKey(decodeURIComponent(param)), ...reads])];
              record.pages[pathname] = { reads: Object.fromEntries(keys.map((key) => [key, now.hashOf(key)])), images };
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
      // First of the site's build:done hooks (astro.config.mjs): the others read the pages.
      'astro:build:done': async ({ logger }) => {
        if (reuseFrom === undefined) return;
        await Promise.all(linking);
        if (linkFailures.length) throw new Error(`沿用上一版的页面没能链接进新版本：${String(linkFailures[0])}`);
        record.reused = reused.length;
        // In path order: the same pages give the same file, whichever rendered first.
        const pages = Object.fromEntries(Object.entries(record.pages).sort(([a], [b]) => (a < b ? -1 : 1)));
        writeFileSync(join(outDir, PAGE_READS_FILE), JSON.stringify({ ...record, pages }));
        logger.info(`条目、地区和月份页：沿用上一版 ${record.reused} 页，重新生成 ${record.rendered} 页`);
      },
    },
  };
  /** The code key of this build once it started (undefined when nothing is reused or recorded): the posters' key too (keyed-files.ts). */
  const currentCode = () => (reuseFrom === undefined ? undefined : code || undefined);
  /**
   * The sitemap integration, told also of the pages taken before Astro's loop: Astro lists in
   * build:done only the pages its loop passed.
   */
  const withReusedPages = (sitemap: AstroIntegration): AstroIntegration => {
    const done = sitemap.hooks['astro:build:done'];
    if (!done) return sitemap;
    return {
      ...sitemap,
      hooks: { ...sitemap.hooks, 'astro:build:done': (options) => done({ ...options, pages: [...options.pages, ...reusedPageNames.map((pathname) => ({ pathname }))] }) },
    };
  };
  return { integration, wrap, withReusedPages, currentCode, reuseFrom };
}
