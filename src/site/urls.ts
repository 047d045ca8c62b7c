/**
 * The site's URLs: a contract (CONTENT-MODEL.md), so built in one place. Every
 * page, feed, data file, poster, status file and the sitemap asks here. A
 * kind's folder name is the first segment of its URLs.
 */
import type { EntryKind } from '../content-model/kinds';

/** Kinds whose entries have a page of their own (hotlines are anchors on one list). */
export type PagedKind = Exclude<EntryKind, 'hotlines'>;

export const HOME_URL = '/';
export const SEARCH_URL = '/search/';
export const SUBSCRIBE_URL = '/subscribe/';
export const REGIONS_URL = '/regions/';
export const SITEMAP_URL = '/sitemap-index.xml';
/** What an offline phone shows for a page it never saved: every hotline number (src/offline/). */
export const OFFLINE_URL = '/offline/';
/** The service worker: at the root, so its scope is the whole site; served uncached (docs/deploy/nginx.conf). */
export const SERVICE_WORKER_URL = '/sw.js';
/** The small external script every page loads to register the worker (script-src 'self', no inline hash). */
export const WORKER_REGISTRATION_URL = '/sw-register.js';
/** The web app manifest and the icons it and the pages name. */
export const MANIFEST_URL = '/manifest.webmanifest';
export const APPLE_TOUCH_ICON_URL = '/apple-touch-icon.png';
export const FAVICON_ICO_URL = '/favicon.ico';
export const appIconUrl = (size: number) => `/icons/icon-${size}.png`;

export const entryUrl = (kind: PagedKind, id: string) => `/${kind}/${id}/`;
export const hotlineUrl = (id: string) => `/hotlines/#${id}`;
export const regionUrl = (id: string) => `/regions/${id}/`;
/** The list of every entry of a kind. */
export const listUrl = (kind: EntryKind) => `/${kind}/`;
/** A kind's feed (notices, articles, rhymes). */
export const feedUrl = (kind: EntryKind) => `/${kind}/rss.xml`;
export const regionFeedUrl = (id: string) => `/regions/${id}/rss.xml`;
/** Each dialect has its own podcast-style feed; the dialect's name is the path segment. */
export const dialectFeedUrl = (dialect: string) => `/rhymes/dialects/${encodeURIComponent(dialect)}/rss.xml`;
/** A kind's month pages (`/notices/archive/2026-11/`), or the month with `#archive` on its list. */
export const archiveUrl = (kind: EntryKind, month?: string) => (month ? `/${kind}/archive/${month}/` : `/${kind}/archive/`);
export const archiveIndexUrl = (kind: EntryKind) => `/${kind}/#archive`;
/** The printed A4 poster of a notice or rhyme. */
export const posterUrl = (kind: 'notices' | 'rhymes', id: string) => `${entryUrl(kind, id)}poster/`;
/** The picture link previews show for a page without one of its own (src/site/site-card.ts). */
export const SITE_CARD_URL = '/icons/site-card.png';
/** The podcast feeds' square artwork (src/pages/icons/podcast.png.ts). */
export const PODCAST_ARTWORK_URL = '/icons/podcast.png';
/** Open data: the machine-readable lists. */
export const openDataUrl = (kind: 'clinics' | 'hotlines') => `/data/${kind}.json`;

/** Where a file an entry points to (attachment, audio) is published: next to the entry's page. */
export function entryFileUrl(kind: 'notices' | 'rhymes', id: string, file: string): string {
  return `${entryUrl(kind, id)}${fileName(file)}`;
}

/** The last path segment of a relative file path. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Absolute URL on the site, for feeds and link previews. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** The built file that serves a page URL: `/notices/x/` → `notices/x/index.html`. */
export function fileOfUrl(url: string): string {
  return url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
}

/** The public URL of a built file: `notices/x/index.html` → `/notices/x/`. */
export function urlOfFile(file: string): string {
  const path = file.split('\\').join('/');
  if (path === 'index.html') return HOME_URL;
  return path.endsWith('/index.html') ? `/${path.slice(0, -'index.html'.length)}` : `/${path}`;
}

/** The web editor for media staff (docs/web-editor.md): not a reading page, never listed or precached. */
export const EDITOR_URL = '/admin/';
