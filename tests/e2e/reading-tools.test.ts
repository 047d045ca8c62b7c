/**
 * 朗读 and 大字 on a 320 px phone: the title, the status and the text are
 * read aloud in Chinese, in that order, with the browser's own speech; the
 * larger type survives a reload; without JavaScript or without speech the
 * buttons that could not work are not shown.
 */
import { describe, expect, it } from 'vitest';
import { browserAvailable } from '../helpers/browser';
import { useSampleSite } from '../helpers/sample-site';

const REPLACED = '/notices/2026-10-21-fangkong-tonggao-1/';

describe.skipIf(!browserAvailable)('reading tools', () => {
  const site = useSampleSite();

  it('reads the title, the status and the text aloud, in Chinese', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    // Record what would be spoken (headless Chromium has no voices to hear).
    await page.addInitScript(() => {
      const spoken: Array<{ text: string; lang: string }> = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      Object.defineProperty(window, 'speechSynthesis', {
        value: { speaking: false, speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined },
      });
    });
    await page.goto(`${site.server.url}${REPLACED}`);
    const read = page.getByRole('button', { name: '朗读' });
    await read.click();
    const spoken = await page.evaluate(() => (window as unknown as { spoken: Array<{ text: string; lang: string }> }).spoken);
    expect(spoken[0]?.text).toContain('第1号');
    expect(spoken[1]?.text).toBe('状态：已被替代');
    expect(spoken.length).toBeGreaterThan(4);
    expect(spoken.every((u) => u.lang === 'zh-CN')).toBe(true);
    await context.close();
  });

  it('makes type larger and keeps it on the next page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}${REPLACED}`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('button', { name: '大字' }).click();
    expect(await size()).toBeGreaterThan(before * 1.15);
    await page.goto(`${site.server.url}/articles/2026-11-16-xinli-rexian-lingchen/`);
    expect(await size()).toBeGreaterThan(before * 1.15);
    expect(await page.getByRole('button', { name: '大字' }).getAttribute('aria-pressed')).toBe('true');
    await context.close();
  });

  it('turns a number in the text into a link to tap, kept on one line', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/notices/2026-11-15-dongpo-daigou-songyao/`);
    const link = page.locator('.prose a[href="tel:070005120101"]');
    await expect.poll(() => link.textContent()).toBe('0700-05120101');
    const box = await link.boundingBox();
    const lineHeight = await link.evaluate((a) => parseFloat(getComputedStyle(a).lineHeight));
    expect(box!.height).toBeLessThan(lineHeight * 1.5);
    await context.close();
  });

  it('shows no button that could not work', async () => {
    const noScript = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await noScript.newPage();
    await page.goto(`${site.server.url}${REPLACED}`);
    expect(await page.locator('[data-reading-tools]').isVisible()).toBe(false);
    await noScript.close();
    const noSpeech = await site.browser.newContext();
    const other = await noSpeech.newPage();
    await other.addInitScript(() => delete (window as unknown as { speechSynthesis?: unknown }).speechSynthesis);
    await other.goto(`${site.server.url}${REPLACED}`);
    expect(await other.getByRole('button', { name: '大字' }).isVisible()).toBe(true);
    expect(await other.getByRole('button', { name: '朗读' }).isVisible()).toBe(false);
    await noSpeech.close();
  });
});
