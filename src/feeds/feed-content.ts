/**
 * Full rendered bodies for feeds (`content:encoded`), rendered once per entry
 * with Astro's container API and made safe and absolute for feed readers.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CollectionEntry } from 'astro:content';
import { formatDay } from '../lifecycle/beijing-time';
import { feedHtml } from './feed-html';
import EntryBody from '../components/EntryBody.astro';

let container: Promise<AstroContainer> | undefined;
const cache = new Map<string, Promise<string>>();

async function renderHtml(entry: CollectionEntry<'notices' | 'articles'>): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(EntryBody, { props: { entry } });
}

/** The entry's body as feed HTML, with its dated corrections (更新记录) at the top. */
export function feedBody(entry: CollectionEntry<'notices' | 'articles'>, site: URL): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let html = cache.get(key);
  if (!html) {
    html = renderHtml(entry).then((body) => {
      const changes = 'changes' in entry.data ? (entry.data.changes ?? []) : [];
      const notes = changes.map((c) => `<li>${formatDay(c.date)}：${c.note}</li>`).join('');
      return feedHtml(`${notes ? `<p><strong>更新记录</strong></p><ul>${notes}</ul>` : ''}${body}`, site);
    });
    cache.set(key, html);
  }
  return html;
}
