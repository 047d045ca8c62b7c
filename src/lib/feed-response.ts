/** Renders an RSS 2.0 feed with the site's common channel settings. */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { site } from '../site.config';
import { channelExtras, sortItems } from './feed-items';

export function feedResponse(options: { title: string; description: string; path: string; items: RSSFeedItem[]; siteUrl: URL | undefined }) {
  const origin = options.siteUrl ?? new URL(site.url);
  return rss({
    title: options.title,
    description: options.description,
    site: origin,
    items: sortItems(options.items),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelExtras(new URL(options.path, origin).href),
    trailingSlash: true,
  });
}
