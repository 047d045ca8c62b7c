/**
 * /search/fanjian.txt: the 繁→简 table the search page reads a Traditional
 * query with (src/lib/fold-table.ts), covering every character the published
 * content uses.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../data/site-content';
import { traditionalFoldTable } from '../../lib/fold-table';

export const GET: APIRoute = async () => {
  const { notices, articles, rhymes, hotlines, clinics, regions } = await siteContent();
  const entries = [...notices, ...articles, ...rhymes, ...hotlines, ...clinics];
  const text = [...entries.map((entry) => `${'body' in entry ? (entry.body ?? '') : ''}${JSON.stringify(entry.data)}`), ...regions.regions.map((region) => region.name)];
  return new Response(traditionalFoldTable(text), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
