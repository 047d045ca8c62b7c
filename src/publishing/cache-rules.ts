/**
 * How long a browser or CDN may keep each file of a release: the same rules as
 * docs/deploy/nginx.conf, for the publisher's own server. Pages, feeds and data
 * are revalidated on every visit (a notice's status must never be stale);
 * files named by their content are kept for a year; status files never.
 * The service worker and its registration script keep their names from release
 * to release, so they are revalidated like pages: a release's new precache
 * list reaches phones on their next visit, not ten minutes later.
 */
const RULES: Array<[RegExp, string]> = [
  [/^\/sw(-register)?\.js$/, 'no-cache'],
  [/(^|\/)status\.json$|^\/status\//, 'no-store'],
  [/^\/_astro\//, 'public, max-age=31536000, immutable'],
  // Also a live release's delta index, /pagefind/delta/ (its replaced.json is revalidated by the next rule).
  [/^\/pagefind\/.*\.pf_(fragment|index|filter|meta)$/, 'public, max-age=31536000, immutable'],
  [/^\/pagefind\//, 'no-cache'],
  // The web editor: its configuration lists this release's regions and notices, its scripts keep their names.
  [/^\/admin\//, 'no-cache'],
  [/(\/|\.html|\.xml|\.json|\.txt)$/, 'no-cache'],
];

/** Cache-Control for a URL path. */
export function cacheControlFor(path: string): string {
  return RULES.find(([pattern]) => pattern.test(path))?.[1] ?? 'public, max-age=600, must-revalidate';
}
