/**
 * Tells the live publisher, when the build runs in one of its processes
 * (processes-ahead.ts), that every page of the release is written: the pages
 * Astro rendered and those page reuse linked (its hook runs just before this
 * one, astro.config.mjs). The publisher then starts the search index, which
 * reads only pages, while the build's later steps (sitemap, posters, status
 * files, checks, service worker) go on: on two cores the two overlap.
 * Without the publisher (`npm run build`, tests) there is no one to tell.
 */
import type { AstroIntegration } from 'astro';

/** The message the publisher waits for. */
export const PAGES_WRITTEN = 'pages-written';

export function pagesWritten(): AstroIntegration {
  return {
    name: 'pages-written',
    hooks: {
      'astro:build:done': () => {
        process.send?.(PAGES_WRITTEN);
      },
    },
  };
}
