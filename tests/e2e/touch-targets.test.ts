/**
 * Touch targets for shaky fingers on small phones: at 320 px every visible
 * link, button, input, select and summary is at least 44×44 CSS px (WCAG 2.5.5,
 * stricter than 2.5.8's 24 px). Links inside running text are exempt, as in
 * WCAG 2.5.8: an `a` whose parent `p`/`li`/`dd` also holds text of its own.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, pagePath, sitePages } from '../helpers/browser';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const pages = sitePages(inject('sampleDist'));
const CHECKED = ['home', 'notice (in force)', 'hotlines', 'clinics list'].map((name) => ({ name, path: pagePath(pages, name) }));
const MIN = 44;

interface Target {
  selector: string;
  text: string;
  width: number;
  height: number;
}

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;

describe.skipIf(!browserAvailable)('touch targets at 320 px', () => {
  beforeAll(async () => {
    server = await startStaticServer(inject('sampleDist'));
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(CHECKED)('every target on $name ($path) is at least 44×44 px', async ({ name, path }) => {
    const page = await context.newPage();
    try {
      await page.goto(server.url + path, { waitUntil: 'load' });
      const small: Target[] = await page.evaluate((min) => {
        const describe = (el: Element) => {
          const parts: string[] = [];
          for (let node: Element | null = el; node && node !== document.body && parts.length < 3; node = node.parentElement) {
            const cls = Array.from(node.classList).filter((c) => !c.startsWith('astro-')).slice(0, 2);
            parts.unshift(`${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ''}${cls.map((c) => `.${c}`).join('')}`);
          }
          return parts.join(' > ');
        };
        const visible = (el: Element) => {
          const style = getComputedStyle(el);
          if (style.visibility === 'hidden' || style.display === 'none') return false;
          if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
          const box = el.getBoundingClientRect();
          if (box.width === 0 || box.height === 0) return false;
          // Off-screen until focused (skip links) or clipped to 1 px (visually-hidden).
          if (box.right <= 0 || box.bottom <= 0 || (box.width <= 1 && box.height <= 1)) return false;
          return true;
        };
        const inRunningText = (el: Element) => {
          const parent = el.parentElement;
          if (el.tagName !== 'A' || !parent || !['P', 'LI', 'DD'].includes(parent.tagName)) return false;
          return Array.from(parent.childNodes).some((node) => node !== el && node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
        };
        return Array.from(document.querySelectorAll('a, button, input, select, summary'))
          .filter((el) => visible(el) && !inRunningText(el))
          .map((el) => {
            const box = el.getBoundingClientRect();
            const text = (el instanceof HTMLInputElement ? el.placeholder || el.name : (el.textContent ?? '')).replace(/\s+/g, ' ').trim();
            return { selector: describe(el), text: text.slice(0, 40), width: Math.round(box.width * 10) / 10, height: Math.round(box.height * 10) / 10 };
          })
          // Half a pixel of slack for subpixel layout (2.75rem at 16 px = 44 px exactly, rounded down).
          .filter((t) => t.width < min - 0.5 || t.height < min - 0.5);
      }, MIN);
      const report = small.map((t) => `  ${t.width}×${t.height}  ${t.selector}  “${t.text}”`).join('\n');
      if (small.length > 0) console.error(`Touch targets smaller than ${MIN}×${MIN} px on ${name} (${path}):\n${report}`);
      expect(small, `Touch targets smaller than ${MIN}×${MIN} px on ${name} (${path}):\n${report}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
