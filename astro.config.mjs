// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import { buildNow, editorSettings, settings, site } from './src/site.config.ts';
import { contentCheck } from './src/checking/content-check-integration.ts';
import { publishedUrls } from './src/lifecycle/published-urls-integration.ts';
import { posterPages } from './src/posters/poster-pages-integration.ts';
import { statusFiles } from './src/lifecycle/status-files-integration.ts';
import { pagePolicy } from './src/security/page-policy-integration.ts';
import { pageReuse } from './src/page-reuse/page-reuse.ts';
import { pagesWritten } from './src/publishing/pages-written-integration.ts';
import { offlineWorker } from './src/offline/offline-integration.ts';
import { webEditor } from './src/editor/editor-integration.ts';
import { contentStoreFile } from './src/content-store/content-store-file-integration.ts';
import { mdxBodiesAsData } from './src/entry-bodies/mdx-entry-type.ts';
import { lastModifiedByPath } from './src/site/sitemap-dates.ts';
import { collatorCached } from './src/site/collator-cache.ts';
import { phoneLinks } from './src/services/phone-links.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { OFFLINE_URL } from './src/site/urls.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
// Nothing here reads the content or "now": a live build may load this config before the save it publishes
// (src/publishing/publisher-word.ts). The check runs when the content is due, and takes the live publisher's
// check of the folder while the folder is as it was checked (src/checking/check-handoff.ts).
const checked = contentCheck(site.contentDir, root, site.verifyWithinDays, settings.CHECKED_CONTENT || undefined);
/** @type {Map<string, Date> | undefined} */
let lastModified;
// The live publisher's builds take unchanged entry pages from the release before (src/page-reuse/).
const reuse = pageReuse({ root, settings, reuseFrom: settings.REUSE_PAGES_FROM });

export default defineConfig({
  site: site.url,
  // Tests build several content folders side by side; each gets its own cache.
  ...(settings.ASTRO_CACHE_DIR ? { cacheDir: settings.ASTRO_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Pages render a few at a time, so one page's file writes overlap the next page's
  // rendering: at 5000 entries rendering went from 18-26 s to about 18 s (docs/performance.md).
  // Every page's CSS inline, in one <style>: no render-blocking request on a slow first visit.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'always' },
  integrations: [checked,
    // Links the entry pages it reused before any later step reads the pages (src/page-reuse/).
    reuse.integration,
    // Then every page is written: the live publisher may start the search index alongside the steps below.
    pagesWritten(),
    // .mdx bodies are data: rendered with the Markdown pipeline, components placed by the page (src/entry-bodies/).
    mdxBodiesAsData(),
    // Pages taken from the release before never pass Astro's loop: the sitemap is told of them too.
    // Its sort keeps one collator instead of making one per comparison (src/site/collator-cache.ts).
    reuse.withReusedPages(collatorCached(sitemap({
      // The offline page is what a phone shows for pages it never saved, not an address to find.
      filter: (page) => new URL(page).pathname !== OFFLINE_URL,
      serialize: (item) => {
        lastModified ??= lastModifiedByPath(checked.checked().entries, buildNow());
        const date = lastModified.get(new URL(item.url).pathname);
        return date ? { ...item, lastmod: date.toISOString() } : item;
      },
    }))),
    // The printed posters, written after the pages; before the URL check, which must find them.
    posterPages({ contentDir: site.contentDir, root, authority: site.authority, sampleData: site.sampleData, reuse: { from: reuse.reuseFrom, code: reuse.currentCode } }),
    // /notices/<id>/status.json and /status/site.json, which saved pages fetch to correct themselves; before the URL check too.
    statusFiles({ contentDir: site.contentDir, root }),
    publishedUrls(site.contentDir),
    // The web editor at /admin/, with its own policy: after the URL check (it is not a published address).
    webEditor({ contentDir: site.contentDir, root, siteName: site.name, settings: editorSettings, reuse: { from: reuse.reuseFrom, code: reuse.currentCode } }),
    // Narrows each page's Content-Security-Policy to the hashes that page uses (Astro lists the whole site's).
    pagePolicy({ around: reuse.wrap }),
    // Pages read the content store from its file, not from a 23 MB copy bundled into their code.
    contentStoreFile(),
    // The service worker and its precache list: last, once every page and status file is written.
    offlineWorker()],
  redirects: site.redirects,
  security: {
    csp: {
      // Everything else from this site only: no frames, no plugins, no <base> or form posting
      // elsewhere, even if raw HTML slipped past the content check. Body images may still come
      // from https sites, which the check lets authors write. docs/deploy/nginx.conf's header
      // names none of these but object-src, base-uri and form-action, with the same values.
      directives: [
        "default-src 'self'",
        "img-src 'self' https:",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Images in Markdown get srcset and sizes too, so phones download what they can show.
  image: { layout: 'constrained', responsiveStyles: true },
  // Notices have no code blocks; Shiki's inline styles would break the strict CSP.
  // Phone numbers written in bodies become tel: links (src/services/phone-links.ts).
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [phoneLinks] }) },
  devToolbar: { enabled: false },
  vite: {
    // The search page's worker loads Pagefind with import(): a module worker.
    worker: { format: 'es' },
    // `npm run bench` builds whole sites under .tmp/: watching them would exhaust the system's file watchers.
    server: { watch: { ignored: ['**/.tmp/**'] } },
  },
});
