/// <reference lib="webworker" />
/**
 * The service worker (/sw.js), bundled with Workbox by src/site/browser-bundle.ts.
 *
 * - Precache: the small core of src/offline/precache-list.ts (home, hotlines,
 *   clinics, the offline page, notices in force, their files), stored when
 *   the worker installs; a new release's worker stores what changed.
 * - Pages: network first, with navigation preload (the request starts while
 *   the worker wakes, which matters on a slow phone), so a resident online
 *   always reads the current page; each page read is saved. Offline, or when
 *   the network has not answered in NETWORK_TIMEOUT_SECONDS, the saved copy,
 *   else the precached one, else the offline page (every hotline number).
 *   A page from storage carries a note: it may be out of date, saved when.
 * - Files under /_astro/ (named by their content) are kept once fetched, so a
 *   page read online keeps its script offline. Status files, feeds, search
 *   and pictures are left to the network.
 * - Both caches of things read are limited (src/offline/runtime-cache-limits.ts):
 *   the entry used least recently goes first, and both are emptied if storage
 *   runs out. The precache is not touched.
 */
import { clientsClaim } from 'workbox-core';
import { ExpirationPlugin } from 'workbox-expiration';
import * as navigationPreload from 'workbox-navigation-preload';
import { addPlugins, addRoute, cleanupOutdatedCaches, matchPrecache, precache } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core/types';
import { EDITOR_URL, OFFLINE_URL } from '../../site/urls';
import type { RuntimeCacheLimits } from '../runtime-cache-limits';
import { SAVED_AT_HEADER, savedAtOf, withSavedCopyNote } from './saved-copy-note';

declare const self: ServiceWorkerGlobalScope;
/** The precache list, put in by the build (esbuild's `define`). */
declare const __PRECACHE_MANIFEST__: Array<{ url: string; revision: string }>;
/** How many entries each runtime cache keeps, put in by the build. */
declare const __RUNTIME_CACHE_LIMITS__: RuntimeCacheLimits;

/** A page slower than this on a weak connection shows its saved copy; the network's answer still updates it. */
const NETWORK_TIMEOUT_SECONDS = 8;

/** A stored response remembers when it was saved, for the note; only complete answers are stored (no 404 page, no redirect). */
const stampWhenSaved: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (response.status !== 200 || response.type === 'opaque') return null;
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT_HEADER, new Date().toISOString());
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  },
};

/** At most `maxEntries`, the least recently used dropped first; emptied if the browser reports storage full. */
const limitedTo = (maxEntries: number) => new ExpirationPlugin({ maxEntries, purgeOnQuotaError: true });

/** A page from storage, with the note that it may be out of date. */
async function noted(response: Response): Promise<Response> {
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = withSavedCopyNote(await response.text(), savedAtOf(response.headers));
  const headers = new Headers(response.headers);
  // The body is now our decoded text.
  headers.delete('content-length');
  headers.delete('content-encoding');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
}

self.skipWaiting();
clientsClaim();
navigationPreload.enable();
cleanupOutdatedCaches();
addPlugins([stampWhenSaved]);
precache(__PRECACHE_MANIFEST__);

const pages = new NetworkFirst({
  cacheName: 'pages',
  networkTimeoutSeconds: NETWORK_TIMEOUT_SECONDS,
  plugins: [stampWhenSaved, limitedTo(__RUNTIME_CACHE_LIMITS__.pages), { cachedResponseWillBeUsed: async ({ cachedResponse }) => cachedResponse && noted(cachedResponse) }],
});

// First, so that precached pages are read from the network too while it answers. Not the web editor: a staff
// tool kept on a phone would show an old form and old choices, and it has no offline use.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && !url.pathname.startsWith(EDITOR_URL),
  async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      const fallback = (await matchPrecache(options.url.pathname)) ?? (await matchPrecache(OFFLINE_URL));
      return fallback ? noted(fallback) : Response.error();
    }
  },
);
// Precached files (scripts, the icon): from storage, always the release's own.
addRoute();
registerRoute(({ url, sameOrigin }) => sameOrigin && /^\/_astro\/.+\.(?:js|css)$/.test(url.pathname), new CacheFirst({ cacheName: 'files', plugins: [stampWhenSaved, limitedTo(__RUNTIME_CACHE_LIMITS__.files)] }));
