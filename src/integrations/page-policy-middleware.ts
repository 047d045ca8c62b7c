/**
 * Runs around every page as `astro build` renders it (added by ./page-policy.ts):
 * gives the page its own Content-Security-Policy (src/lib/page-csp.ts).
 */
import { defineMiddleware } from 'astro:middleware';
import { withPagePolicy } from '../lib/page-csp';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const html = withPagePolicy(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
