/**
 * Browser code of the site-wide urgent banner (UrgentBanner.astro), on every
 * page: a saved page drops urgent notices whose expiry has passed (offline
 * too), then takes the list in force now from /status/site.json, fetched
 * past every cache — adding notices issued since, showing the banner on a
 * page built without one, hiding it when none is left. An unchanged list is
 * not touched. Fetched text goes in as text, never as HTML.
 */
import type { SiteStatusDocument, UrgentNotice } from '../status-files';

const banner = document.getElementById('urgent');
const list = banner?.querySelector('ul');

if (banner && list) {
  const items = () => [...list.children] as HTMLElement[];
  const lapsed = (expires: string | null | undefined) => !!expires && Date.parse(expires) <= Date.now();
  const hideIfEmpty = () => (banner.hidden = !list.children.length);
  for (const item of items()) if (lapsed(item.dataset.expires)) item.remove();
  hideIfEmpty();

  fetch('/status/site.json', { cache: 'no-store' })
    .then((response) => response.ok && response.json())
    .then((site: SiteStatusDocument | false) => {
      if (!site) return;
      const live = site.urgent.filter((notice: UrgentNotice) => Date.parse(notice.effective) <= Date.now() && !lapsed(notice.expires));
      if (`${live.map((notice) => notice.id)}` === `${items().map((item) => item.dataset.id)}`) return;
      list.replaceChildren(
        ...live.map((notice) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          item.dataset.id = notice.id;
          if (notice.expires) item.dataset.expires = notice.expires;
          link.className = 'tap';
          link.href = notice.url;
          link.textContent = notice.title;
          item.append(link);
          return item;
        }),
      );
      hideIfEmpty();
    })
    // Offline, or no file there: the page keeps the list its own dates left.
    .catch(() => {});
}
