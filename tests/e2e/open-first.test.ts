/**
 * What matters first, on a 320 px phone: in every hotline category the
 * 24-hour lines come first, and at 03:00 Beijing time every line open then is
 * above every line that is closed; on /clinics/ open fever clinics lead,
 * paused and closed sites are last, and every card shows its hours. Without
 * JavaScript the built order (24-hour first) is what the resident gets.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { useSampleSite } from '../helpers/sample-site';

/** 2026-11-23 03:00 in Beijing: a Monday night, daytime lines closed. */
const NIGHT = new Date('2026-11-22T19:00:00Z');

const hotlineGroups = (page: Page) =>
  page.$$eval('section[id^="cat-"] ul[data-open-first]', (lists) =>
    lists.map((list) => [...list.children].map((li) => ({ name: li.querySelector('h3')?.textContent, open: Boolean(li.querySelector('.open-now.is-open')), allDay: /全天|24/.test(li.querySelector('.hours')?.textContent ?? '') }))),
  );

describe.skipIf(!browserAvailable)('urgent things first', () => {
  const site = useSampleSite();

  it('hotlines: open lines above closed ones at night, 24-hour lines first in each category', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(NIGHT);
    await page.goto(`${site.server.url}/hotlines/`);
    await expect.poll(() => page.locator('.open-now:not([hidden])').count()).toBeGreaterThan(0);
    const groups = await hotlineGroups(page);
    expect(groups.flat().some((line) => !line.open)).toBe(true);
    for (const lines of groups) {
      const firstClosed = lines.findIndex((line) => !line.open);
      if (firstClosed >= 0) expect(lines.slice(firstClosed).every((line) => !line.open), JSON.stringify(lines)).toBe(true);
    }
    await context.close();
  });

  it('hotlines without JavaScript: 24-hour lines first in each category', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/hotlines/`);
    for (const lines of await hotlineGroups(page)) {
      const firstOther = lines.findIndex((line) => !line.allDay);
      if (firstOther >= 0) expect(lines.slice(firstOther).every((line) => !line.allDay), JSON.stringify(lines)).toBe(true);
    }
    await context.close();
  });

  it('clinics: an open fever clinic first, paused and closed last, hours on every card', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.clock.setFixedTime(NIGHT);
    await page.goto(`${site.server.url}/clinics/`);
    const cards = await page.$$eval('#clinic-list > li', (items) =>
      items.map((li) => ({ status: (li as HTMLElement).dataset.status, kind: (li as HTMLElement).dataset.kind, hours: li.querySelector('.hours')?.textContent?.trim() ?? '' })),
    );
    expect(cards[0]).toMatchObject({ status: 'open', kind: '发热门诊' });
    const firstNotOpen = cards.findIndex((card) => card.status !== 'open');
    expect(firstNotOpen).toBeGreaterThan(0);
    expect(cards.slice(firstNotOpen).every((card) => card.status !== 'open')).toBe(true);
    expect(cards.filter((card) => card.hours === '')).toEqual([]);
    await context.close();
  });
});
