/**
 * During `astro build`, gives each rendered page to the search copies, which
 * keep the searchable ones (with `data-pagefind-body`): a worker thread cuts
 * their words while the next pages render
 * (src/integrations/search-copies.ts). In `astro dev`, and for anything that is
 * not HTML, responses pass through untouched.
 */
import { defineMiddleware } from 'astro:middleware';
import { pageCopier } from './lib/page-copier';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const copy = pageCopier();
  if (!copy || !(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = await response.text();
  copy(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
