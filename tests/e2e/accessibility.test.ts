/**
 * Accessibility of every page type in a real browser: axe-core (WCAG 2.0 A/AA,
 * 2.1 AA, 2.2 AA rules) at a 320 px phone width and at the layout a desktop
 * browser gives at 200% zoom (a 1280×800 window at 200% lays out 640×400 CSS
 * px with everything twice as big: WCAG 1.4.4 / 1.4.10), plus no horizontal
 * scrolling at either width (1.4.10 Reflow).
 *
 * axe is injected with page.evaluate, which the page's strict CSP does not
 * govern, so the pages are checked exactly as served.
 */
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { browserAvailable, sitePages, type SitePage } from '../helpers/browser';
import { useSampleSite } from '../helpers/sample-site';

const pages = sitePages(inject('sampleDist'));

const VIEWS = [
  { name: '320 px wide', viewport: { width: 320, height: 640 } },
  { name: '200% zoom (640×400 CSS px)', viewport: { width: 640, height: 400 } },
];

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string; summary: string }>;
}


const site = useSampleSite();

async function open(context: BrowserContext, sitePage: SitePage): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.server.url + sitePage.path, { waitUntil: 'load' });
  expect(response?.status(), `${sitePage.name} ${sitePage.path}`).toBe(sitePage.name === '404' ? 404 : 200);
  if (sitePage.ready) await page.waitForSelector(sitePage.ready, { timeout: 15_000 });
  return page;
}

async function axeViolations(page: Page): Promise<Violation[]> {
  await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const run = (window as unknown as { axe: typeof axe }).axe.run;
    const results = await run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ') })),
    }));
  }, WCAG_TAGS);
}

function describeViolations(where: string, violations: Violation[]): string {
  const lines = [`axe violations on ${where}:`];
  for (const v of violations) {
    lines.push(`  [${v.impact}] ${v.id}: ${v.help}`);
    for (const node of v.nodes) lines.push(`      ${node.target} — ${node.summary}`);
  }
  return lines.join('\n');
}

/** Elements that stick out past the right edge of the viewport, innermost first. */
function overflowingElements(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll('*')).reverse()) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.right <= width + 0.5) continue;
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      out.push(`${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${cls} (right edge ${Math.round(box.right)} px, width ${Math.round(box.width)} px) “${(el.textContent ?? '').trim().slice(0, 30)}”`);
      if (out.length >= 8) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, elements: out };
  });
}

describe.skipIf(!browserAvailable)('accessibility (axe-core, reflow)', () => {

  describe.each(VIEWS)('at $name', ({ name: viewName, viewport }) => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await site.browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    });
    afterAll(async () => {
      await context?.close();
    });

    it.each(pages)('$name has no WCAG violations and no horizontal scrolling', async (sitePage) => {
      const page = await open(context, sitePage);
      try {
        const where = `${sitePage.name} (${sitePage.path}) at ${viewName}`;
        const violations = await axeViolations(page);
        if (violations.length > 0) console.error(describeViolations(where, violations));
        const { scrollWidth, elements } = await overflowingElements(page);
        const overflow =
          scrollWidth > viewport.width
            ? `${where}: page scrolls sideways (scrollWidth ${scrollWidth} > ${viewport.width}); too wide:\n  ${elements.join('\n  ')}`
            : '';
        if (overflow) console.error(overflow);
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), describeViolations(where, violations)).toEqual([]);
        expect(scrollWidth, overflow).toBeLessThanOrEqual(viewport.width);
      } finally {
        await page.close();
      }
    });
  });
});
