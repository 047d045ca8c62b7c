/** The site's URLs: a contract (CONTENT-MODEL.md), so built in one place. */
import type { EntryKind } from '../content-model/kinds';

export const entryUrl = (kind: Exclude<EntryKind, 'hotlines'>, id: string) => `/${kind}/${id}/`;
export const hotlineUrl = (id: string) => `/hotlines/#${id}`;
export const regionUrl = (id: string) => `/regions/${id}/`;

/** Where a file an entry points to (attachment, audio) is published: next to the entry's page. */
export function entryFileUrl(kind: 'notices' | 'rhymes', id: string, file: string): string {
  return `/${kind}/${id}/${fileName(file)}`;
}

/** The last path segment of a relative file path. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Absolute URL on the site, for feeds and link previews. */
export function absoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

/** Each dialect has its own podcast-style feed; the dialect's name is the path segment. */
export const dialectFeedUrl = (dialect: string) => `/rhymes/dialects/${encodeURIComponent(dialect)}/rss.xml`;
