import type { APIRoute } from 'astro';
import { siteContent } from '../../data/site-content';
import { hotlinesDocument } from '../../lib/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { hotlines, regions, now } = await siteContent();
  const doc = hotlinesDocument(hotlines, { site: String(site), generated: now, regionName: (id) => regions.regionOf(id).name });
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
