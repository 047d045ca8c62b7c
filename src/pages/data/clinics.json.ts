import type { APIRoute } from 'astro';
import { siteContent } from '../../site/site-content';
import { clinicsDocument } from '../../site/open-data';

export const GET: APIRoute = async ({ site }) => {
  const { clinics, regions, now } = await siteContent();
  const doc = clinicsDocument(clinics, { site: String(site), generated: now, regionName: (id) => regions.regionOf(id).name });
  return new Response(JSON.stringify(doc, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
