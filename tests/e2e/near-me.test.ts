/**
 * "Near me" on /clinics/ with a mocked location: sorted by distance in the
 * browser, open sites first, closed ones after; a refusal is explained. Used
 * with the keyboard only.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { useSampleSite } from '../helpers/sample-site';

// Next to 松林中学 (whose sampling site is closed) and 1 km from 松林镇卫生院.
const SONGLIN = { latitude: 28.085, longitude: 112.99 };


const order = (page: import('playwright-core').Page) =>
  page.$$eval('#clinic-list > li:not([hidden])', (items) => items.map((li) => ({ href: li.querySelector('h2 a')?.getAttribute('href'), status: (li as HTMLElement).dataset.status, distance: li.querySelector('.distance')?.textContent })));

describe.skipIf(!browserAvailable)('near me', () => {
  const site = useSampleSite();

  it('sorts by distance from the device, open sites first, using only the keyboard', async () => {
    const context = await site.browser.newContext({ geolocation: SONGLIN, permissions: ['geolocation'], viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/clinics/`);
    await page.locator('#near-me').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#clinic-status').textContent()).toContain('已按离您的距离排序');
    const list = await order(page);
    expect(list[0]?.href).toBe('/clinics/songlin-weishengyuan-fare-shaodian/');
    expect(list[0]?.distance).toMatch(/^距您约 .*(米|公里)$/);
    const firstNotOpen = list.findIndex((item) => item.status !== 'open');
    expect(list.slice(firstNotOpen).every((item) => item.status !== 'open')).toBe(true);
    expect(list.find((item) => item.href === '/clinics/songlin-zhongxue-dongmen-caiyangdian/')?.status).toBe('closed');
    await context.close();
  });

  it('explains itself when location permission is refused', async () => {
    const context = await site.browser.newContext({ permissions: [] });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/clinics/`);
    await page.click('#near-me');
    await expect.poll(() => page.locator('#clinic-status').textContent()).toContain('定位权限被拒绝');
    await context.close();
  });

  it('filters by kind and by region (including places inside it)', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}/clinics/`);
    await page.selectOption('#filter-kind', '发热门诊');
    const fever = await order(page);
    expect(fever.length).toBeGreaterThan(0);
    expect(fever.every((item) => item.href?.includes('fare-menzhen'))).toBe(true);
    await page.selectOption('#filter-kind', '');
    await page.selectOption('#filter-region', 'baisha-zhen');
    const baisha = (await order(page)).map((item) => item.href);
    expect(baisha).toContain('/clinics/shuikou-cun-weishengshi-jiezhongdian/');
    expect(baisha.every((href) => /baisha|shuikou/.test(href ?? ''))).toBe(true);
    await page.close();
  });
});
