import type { APIRoute } from 'astro';
import { webAppManifest } from '../offline/web-app-manifest';
import { site } from '../site.config';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(webAppManifest(site)), { headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' } });
