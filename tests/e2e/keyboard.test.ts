/**
 * Search with the keyboard alone: Tab to the search box in main, type, press
 * Enter, and Tab on to the first result, which shows a visible focus outline.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { useSampleSite } from '../helpers/sample-site';


/** Presses Tab until `isTarget` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, isTarget: () => boolean, limit = 60): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(isTarget)) return presses;
  }
  const last = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
  throw new Error(`Not reached after ${limit} Tab presses; focus is on ${last}`);
}

describe.skipIf(!browserAvailable)('keyboard-only search', () => {
  const site = useSampleSite();

  it('finds results with Tab, typing and Enter, and focus on the first result is visible', async () => {
    const context = await site.browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    try {
      await page.goto(`${site.server.url}/search/`, { waitUntil: 'load' });
      await tabUntil(page, () => document.activeElement?.matches('main input[type="search"], main input:not([type])') ?? false);
      await page.keyboard.type('热线');
      await Promise.all([page.waitForURL(/[?&]q=/), page.keyboard.press('Enter')]);
      await page.waitForSelector('#search-results li a', { timeout: 15_000 });
      expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);

      await tabUntil(page, () => document.activeElement === document.querySelector('#search-results li a'));
      const focus = await page.evaluate(() => {
        const link = document.activeElement as HTMLElement;
        const style = getComputedStyle(link);
        return {
          text: link.textContent,
          focusVisible: link.matches(':focus-visible'),
          outlineStyle: style.outlineStyle,
          outlineWidth: parseFloat(style.outlineWidth),
        };
      });
      expect(focus.focusVisible, `first result “${focus.text}” matches :focus-visible`).toBe(true);
      expect(focus.outlineStyle, `focus outline style on “${focus.text}”`).not.toBe('none');
      expect(focus.outlineWidth, `focus outline width on “${focus.text}”`).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
