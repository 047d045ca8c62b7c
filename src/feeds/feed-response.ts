/** Renders an RSS 2.0 feed with the site's common channel settings. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { site } from '../site.config';
import { rfc822Beijing } from '../lifecycle/beijing-time';
import { escapeHtml } from '../site/html-escape';
import { absoluteUrl, PODCAST_ARTWORK_URL } from '../site/urls';
import { channelExtras, sortItems } from './feed-items';
import { withoutXmlForbidden } from './xml-chars';

/** What podcast apps need of a channel: who publishes it, how to reach them, which shelf it goes on. */
function podcastChannel(origin: URL): string {
  const authority = escapeHtml(site.authority);
  const artwork = escapeHtml(absoluteUrl(PODCAST_ARTWORK_URL, origin));
  const email = site.email ? `<itunes:email>${escapeHtml(site.email)}</itunes:email>` : '';
  return (
    `<itunes:author>${authority}</itunes:author><itunes:owner><itunes:name>${authority}</itunes:name>${email}</itunes:owner>` +
    `<itunes:image href="${artwork}"/><itunes:category text="Government"/><itunes:explicit>false</itunes:explicit><itunes:type>episodic</itunes:type>`
  );
}

export async function feedResponse(options: { title: string; description: string; path: string; items: RSSFeedItem[]; siteUrl: URL | undefined; podcast?: boolean }) {
  const origin = options.siteUrl ?? new URL(site.url);
  const response = await rss({
    title: options.title,
    description: options.description,
    site: origin,
    items: sortItems(options.items),
    xmlns: { atom: 'http://www.w3.org/2005/Atom', ...(options.podcast ? { itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd' } : {}) },
    customData: channelExtras(new URL(options.path, origin).href) + (options.podcast ? podcastChannel(origin) : ''),
    trailingSlash: true,
  });
  // @astrojs/rss writes GMT; subscribers here read Beijing time. Titles and bodies may hold
  // characters XML forbids; removed from the whole document, so no field can let one through.
  const xml = withoutXmlForbidden(await response.text()).replace(/<pubDate>([^<]+)<\/pubDate>/g, (_, date: string) => `<pubDate>${rfc822Beijing(new Date(date))}</pubDate>`);
  return new Response(xml, { headers: response.headers });
}
