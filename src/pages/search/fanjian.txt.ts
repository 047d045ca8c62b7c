/**
 * /search/fanjian.txt: the 繁→简 table the search page reads a Traditional
 * query with (src/search/fold-table.ts), covering every character the published
 * content uses.
 */
import type { APIRoute } from 'astro';
import { siteContent } from '../../site/site-content';
import { traditionalFoldTable } from '../../search/fold-table';
import { simplifiedText } from '../../search/search-text';

export const GET: APIRoute = async () => {
  const { notices, articles, rhymes, hotlines, clinics, regions } = await siteContent();
  const entries = [...notices, ...articles, ...rhymes, ...hotlines, ...clinics];
  // What the index holds in Simplified: zh-Hans text as written, zh-Hant text as converted (search-text.ts).
  const text = entries.map((entry) => {
    const written = `${'body' in entry ? (entry.body ?? '') : ''}${JSON.stringify(entry.data)}`;
    return 'lang' in entry.data && entry.data.lang === 'zh-Hant' ? simplifiedText(written) : written;
  });
  return new Response(traditionalFoldTable([...text, ...regions.regions.map((region) => region.name)]), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
