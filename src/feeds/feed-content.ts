/**
 * Full rendered bodies for feeds (`content:encoded`), rendered once per entry
 * with Astro's container API and made safe and absolute for feed readers.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { CollectionEntry } from 'astro:content';
import { formatDay } from '../lifecycle/beijing-time';
import { feedHtml } from './feed-html';
import { readsOf, recordAgain, type ImageCall } from '../page-reuse/page-reads';
import EntryBody from '../components/EntryBody.astro';

let container: Promise<AstroContainer> | undefined;
/** Each body with what rendering it read (a <NoticeRef> reads the notice it names): every feed that shows it read that too. */
const cache = new Map<string, Promise<{ result: string; reads: string[]; images: ImageCall[] }>>();

async function renderHtml(entry: CollectionEntry<'notices' | 'articles'>): Promise<string> {
  container ??= AstroContainer.create();
  return (await container).renderToString(EntryBody, { props: { entry } });
}

/** The entry's body as feed HTML, with its dated corrections (更新记录) at the top. */
export async function feedBody(entry: CollectionEntry<'notices' | 'articles'>, site: URL): Promise<string> {
  const key = `${entry.collection}/${entry.id}`;
  let rendered = cache.get(key);
  if (!rendered) {
    rendered = readsOf(async () => {
      const body = await renderHtml(entry);
      const changes = 'changes' in entry.data ? (entry.data.changes ?? []) : [];
      const notes = changes.map((c) => `<li>${formatDay(c.date)}：${c.note}</li>`).join('');
      return feedHtml(`${notes ? `<p><strong>更新记录</strong></p><ul>${notes}</ul>` : ''}${body}`, site);
    });
    cache.set(key, rendered);
  }
  const { result, ...used } = await rendered;
  recordAgain(used);
  return result;
}
