/**
 * How much the service worker keeps of what it saves as residents read, on
 * top of the precache (precache-list.ts, within 300 KB). A phone with little
 * storage must not fill up with every page ever opened: each runtime cache
 * keeps at most this many entries, dropping the one used least recently
 * (Workbox's ExpirationPlugin), and is emptied altogether if the browser says
 * storage is full. The precache is never counted nor dropped by these limits.
 * The worker gets them when it is bundled (offline-integration.ts).
 */
export interface RuntimeCacheLimits {
  /** Pages saved as they are read (cache "pages"). */
  pages: number;
  /** Scripts and stylesheets under /_astro/ (cache "files"). */
  files: number;
}

export const RUNTIME_CACHE_LIMITS: RuntimeCacheLimits = {
  // Pages are 17 KB as stored (median on the sample, 41 KB at most): 60 pages is about 1–2.5 MB.
  pages: 60,
  // A release has a handful of scripts, renamed by content at each release: room for a few releases.
  files: 20,
};
