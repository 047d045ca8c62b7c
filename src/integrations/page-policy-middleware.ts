/**
 * Runs around every page as `astro build` renders it (added by ./page-policy.ts):
 * narrows Astro's Content-Security-Policy to the page's own inline scripts and
 * styles (src/lib/page-csp.ts). Works on the bytes: no decoding and encoding again.
 */
import { defineMiddleware } from 'astro:middleware';
import { withNarrowedPolicy } from '../lib/page-csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = withNarrowedPolicy(Buffer.from(await response.arrayBuffer()));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
