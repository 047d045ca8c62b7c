/**
 * The strict Content-Security-Policy holds in a real browser: every page type,
 * a typed search (Pagefind: script, WebAssembly, fetches) and playing a
 * rhyme's audio cause no `securitypolicyviolation`, no console error, no
 * uncaught exception, no failed request and no request to another origin.
 * CSP is NOT bypassed here; the violation listener comes from an init script,
 * which the page's CSP does not govern, and reports through a CDP binding.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { browserAvailable, launchBrowser, pagePath, sitePages } from '../helpers/browser';
import { startStaticServer, type StaticServer } from '../helpers/static-server';

const pages = sitePages(inject('sampleDist'));

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
/** Problems seen in the current test, one line each. */
let problems: string[] = [];

function watch(page: Page, expected404 = '') {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const { url } = message.location();
    // Chromium logs the 404 status of the 404 page's own document; that one is by design.
    if (expected404 && url === expected404 && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()} (${url})`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) => {
    // The media element aborts range requests it no longer needs; that is not a failure.
    if (request.resourceType() === 'media' && /ERR_ABORTED/.test(request.failure()?.errorText ?? '')) return;
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== expected404) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(`${server.url}/`) && !/^(data|blob):/.test(url)) problems.push(`request to another origin: ${url}`);
  });
}

async function visit(path: string, ready?: string): Promise<Page> {
  const page = await context.newPage();
  const url = server.url + path;
  watch(page, path === pagePath(pages, '404') ? url : '');
  await page.goto(url, { waitUntil: 'load' });
  if (ready) await page.waitForSelector(ready, { timeout: 15_000 });
  // Late violations (lazy images, module scripts) are reported asynchronously.
  await page.waitForTimeout(300);
  return page;
}

function expectClean(where: string) {
  expect(problems, `${where}:\n  ${problems.join('\n  ')}`).toEqual([]);
}

describe.skipIf(!browserAvailable)('Content-Security-Policy in the browser', () => {
  beforeAll(async () => {
    server = await startStaticServer(inject('sampleDist'));
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    await context.exposeBinding('__reportCspViolation', (_source, line: string) => {
      problems.push(`CSP violation: ${line}`);
    });
    await context.addInitScript(() => {
      const report = (window as unknown as { __reportCspViolation: (line: string) => void }).__reportCspViolation;
      document.addEventListener('securitypolicyviolation', (e) => {
        report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} “${(e.sample ?? '').slice(0, 60)}” on ${location.href}`);
      });
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  beforeEach(() => {
    problems = [];
  });

  it.each(pages)('$name ($path) loads without CSP violations or errors', async ({ name, path, ready }) => {
    const page = await visit(path, ready);
    await page.close();
    expectClean(`${name} (${path})`);
  });

  it('a typed search finds results without CSP violations or errors', async () => {
    const page = await visit('/search/');
    await page.locator('#search-q').fill('发热');
    await Promise.all([page.waitForURL(/[?&]q=/), page.locator('#search-q').press('Enter')]);
    await page.waitForSelector('#search-results li', { timeout: 15_000 });
    await page.waitForTimeout(300);
    expect(await page.locator('#search-results li').count()).toBeGreaterThan(0);
    await page.close();
    expectClean('search for 发热');
  });

  it('a rhyme page plays its audio without CSP violations or errors', async (ctx) => {
    const path = pagePath(pages, 'rhyme');
    const page = await visit(path);
    if ((await page.locator('audio').count()) === 0) {
      console.warn(`${path} has no <audio> element; only page load is checked.`);
      await page.close();
      expectClean(`rhyme (${path})`);
      ctx.skip();
      return;
    }
    await page.locator('h1').click();
    const outcome = await page.evaluate(async () => {
      const audio = document.querySelector('audio')!;
      try {
        await audio.play();
        await new Promise((done) => setTimeout(done, 500));
        audio.pause();
        return `played to ${audio.currentTime.toFixed(2)} s`;
      } catch (error) {
        // Autoplay policy may refuse; that is fine here, CSP errors are not.
        return `play() refused: ${(error as Error).name}`;
      }
    });
    await page.waitForTimeout(300);
    await page.close();
    console.info(`audio on ${path}: ${outcome}`);
    expectClean(`rhyme audio (${path})`);
  });
});
