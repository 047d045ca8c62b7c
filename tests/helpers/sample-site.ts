/**
 * For a browser test file: serves the built sample site and starts Chromium
 * before the tests, and stops both after. Does nothing without a browser.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { browserAvailable, launchBrowser } from './browser';
import { startStaticServer, type StaticServer } from './static-server';

export function useSampleSite(): { browser: Browser; server: StaticServer } {
  const site = {} as { browser: Browser; server: StaticServer };
  beforeAll(async () => {
    if (!browserAvailable) return; // the tests themselves are skipped, loudly (see browser.ts)
    site.server = await startStaticServer(inject('sampleDist'));
    site.browser = await launchBrowser();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
