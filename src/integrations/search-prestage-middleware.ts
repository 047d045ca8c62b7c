/**
 * Hands each page the build renders to the search staging worker
 * (search-prestage.ts). Registered for `astro build` only.
 */
import { defineMiddleware } from 'astro:middleware';
import { PRESTAGE, type Prestage } from './search-prestage-hand';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const prestage = (globalThis as { [PRESTAGE]?: Prestage })[PRESTAGE];
  if (!prestage || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await prestage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
