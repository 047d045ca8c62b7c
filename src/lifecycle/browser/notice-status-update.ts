/**
 * Browser code of a notice page (NoticeStatusBanner.astro). A copy saved days
 * ago — on a phone, in WeChat, at a CDN — keeps saying what it said when it
 * was built, so the page corrects itself:
 *  1. from its own `data-known`, offline too: the status it was built with and
 *     the changes its dates already fix (an expiry, a withdrawal, an effective
 *     date, a replacement taking effect), worked out by the build;
 *  2. from /notices/<id>/status.json, fetched past every cache: a replacement
 *     or a withdrawal published since, and the notice now in force.
 * Of either, it shows the last status whose `since` has passed. Only a change
 * touches the page, so an unchanged one does not jump. Fetched text goes in as
 * text, never as HTML; dates come written out. Without JavaScript the page
 * shows the status it was built with. It must stay well under 1 KB gzipped (a
 * build test measures it), so the banner it writes is shorter than the built one.
 */
import { statusWords as w } from '../../i18n/ui';
import type { NoticeStatusDocument, StatusView } from '../status-files';

type Known = StatusView & { later: StatusView[] };

const box = document.getElementById('notice-status');

function element(tag: string, ...content: Array<string | Node>): HTMLElement {
  const made = document.createElement(tag);
  made.append(...content);
  return made;
}

/** What the banner says, comparably: the status and, for a replaced notice, where its chain ends. */
const said = ({ status, end }: StatusView) => JSON.stringify([status, status === 'superseded' && end]);

if (box) {
  const page = box.dataset;
  const built: Known = JSON.parse(page.known!);
  let shown = said(built);

  /** Shows the status `known` has now, unless the banner says it already; `from`: when the status file was made. */
  const show = (known: Known, from?: string) => {
    const now = [known, ...known.later.filter((later) => Date.parse(later.since) <= Date.now())].pop()!;
    const { status, label, end } = now;
    if (said(now) === shown) return;
    shown = said(now);
    const heading = element('p', element('strong', label), w.since(now.sinceText));
    heading.className = 'status-line';
    const parts = [heading];
    if (now.withdrawnReason) parts.push(element('p', w.withdrawnReason + now.withdrawnReason));
    if (status === 'superseded' && end) {
      const link = element('a', end.title) as HTMLAnchorElement;
      link.href = end.url;
      link.className = 'tap';
      const lapsed = end.status !== 'in-force';
      parts.push(element('p', lapsed ? w.chainLatest : w.chainInForce, link, lapsed ? `（${end.label}）` : ''));
    }
    parts.push(element('p', w.updated(from)));
    box.classList.remove('info', 'warn', 'stop');
    box.classList.add(status === 'withdrawn' ? 'stop' : status === 'in-force' ? 'info' : 'warn');
    box.replaceChildren(...parts);
    box.hidden = false;
    // The facts list repeats the status: keep the two saying the same.
    const badge = document.querySelector('.facts .badge');
    if (badge) (badge.className = `badge status-${status}`), (badge.textContent = label);
  };

  show(built);
  fetch(`/notices/${page.id}/status.json`, { cache: 'no-store' })
    .then((response) => response.ok && response.json())
    .then((file: NoticeStatusDocument | false) => file && show(file, file.generatedAtText))
    // Offline, or no file there: the page keeps what its own dates told.
    .catch(() => {});
}
