/** The site card for link previews (src/site/site-card.ts). */
import type { APIRoute } from 'astro';
import { site } from '../../site.config';
import { siteCardPng } from '../../site/site-card';

export const GET: APIRoute = async () => new Response(new Uint8Array(await siteCardPng(site.name, site.tagline)), { headers: { 'Content-Type': 'image/png' } });
