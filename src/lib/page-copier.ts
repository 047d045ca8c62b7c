/**
 * The hand-off between the build and the search copies: while `astro build`
 * renders, the search-copies integration registers a function here and the
 * middleware gives it each searchable page. On globalThis because the
 * integration (config) and the middleware (prerender bundle) are separate
 * module graphs in one process. Nothing is registered outside a build.
 */
const KEY = Symbol.for('search-copies.copy-page');

/** Takes a rendered page: its URL path and its HTML. */
export type PageCopier = (pathname: string, html: string) => void;

export function pageCopier(): PageCopier | undefined {
  return (globalThis as Record<symbol, unknown>)[KEY] as PageCopier | undefined;
}

export function setPageCopier(copier: PageCopier | undefined): void {
  (globalThis as Record<symbol, unknown>)[KEY] = copier;
}

/** `/notices/x/` → `notices/x/index.html`: where a directory-format build writes the page. */
export function pageFile(pathname: string): string {
  const path = decodeURIComponent(pathname).replace(/^\/+/, '');
  if (path === '' || path.endsWith('/')) return `${path}index.html`;
  return path.endsWith('.html') ? path : `${path}.html`;
}
