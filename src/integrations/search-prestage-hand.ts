/** Where the build's middleware finds the staging worker (search-prestage.ts): one process, two bundles. */
export const PRESTAGE = Symbol.for('epidemic-notices-site.search-prestage');

/** Takes a rendered page by its URL path (`/notices/x/`); to be awaited when the worker has too many waiting. */
export type Prestage = (pathname: string, html: string) => Promise<void> | undefined;
