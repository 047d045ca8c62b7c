/**
 * `npm run live` as an office runs it, on a copy of a fixture folder, through
 * HTTP: the first publish, an edit, a notice that expires a minute after it
 * is saved turning 已失效 on its own, a broken file that leaves the last good
 * release up and is reported, and a reader polling during a publish who never
 * sees an error.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoBeijing } from '../../src/lifecycle/beijing-time';
import { fixture } from '../helpers/build-site';
import { startLive, type LivePublisher } from '../helpers/live-publisher';

const NOTICE = '2026-10-20-fangkong-tonggao-1';
let work: string;
let content: string;
let live: LivePublisher;

const page = async (path: string) => {
  const response = await fetch(`${live.url}${path}`);
  return { status: response.status, text: await response.text(), cache: response.headers.get('cache-control') };
};
/** Index of the next event, to wait for what comes after an action. */
const mark = () => live.events.length;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'live-'));
  content = join(work, 'content');
  cpSync(fixture('site-basic'), content, { recursive: true });
  live = await startLive(content, join(work, 'out'));
  await live.waitFor((e) => e.event === 'published', 120);
}, 180_000);

afterAll(async () => {
  await live?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('npm run live', () => {
  it('serves the first release with the deployment cache rules and a status endpoint', async () => {
    const notice = await page(`/notices/${NOTICE}/`);
    expect(notice.status).toBe(200);
    expect(notice.text).toContain('第1号');
    expect(notice.cache).toBe('no-cache');
    expect((await page('/no/such/page/')).status).toBe(404);
    const status = JSON.parse((await page('/_publisher/status.json')).text);
    expect(status.last.event).toBe('published');
    expect(status.live).toMatch(/^\d{8}T\d{6}Z-[0-9a-f]{4}$/);
  });

  it('publishes an edit, and a reader polling meanwhile never gets an error', async () => {
    const from = mark();
    const seen: number[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) {
        for (const path of ['/', `/notices/${NOTICE}/`, '/notices/rss.xml', '/pagefind/pagefind-entry.json']) seen.push((await fetch(`${live.url}${path}`)).status);
      }
    })();
    appendFileSync(join(content, 'notices', `${NOTICE}.md`), '\n四、实时发布测试补充条款。\n');
    const event = await live.waitFor((e) => e.event === 'published', 120, from);
    polling = false;
    await poller;
    expect(event.trigger).toContain(`${NOTICE}.md 有改动`);
    // Pages that do not show the notice came from the release before (src/page-reuse/); the notice's own page did not.
    const pages = event.pages as { reused: number; rendered: number };
    expect(pages.reused).toBeGreaterThan(0);
    expect(pages.rendered).toBeGreaterThan(0);
    expect((await page(`/notices/${NOTICE}/`)).text).toContain('实时发布测试补充条款');
    expect((await page('/notices/rss.xml')).text).toContain('实时发布测试补充条款');
    expect(seen.length).toBeGreaterThan(20);
    expect(seen.filter((status) => status !== 200)).toEqual([]);
  }, 180_000);

  const expiringId = '2026-12-01-linshi-tongzhi';
  let expiryFrom = 0;

  it('schedules its next publish for the instant a saved notice expires', async () => {
    const expires = new Date(Date.now() + 40_000);
    const from = mark();
    writeFileSync(
      join(content, 'notices', `${expiringId}.md`),
      `---\ntitle: 示范县临时通知（实时发布测试）\ndocType: 通知\nauthority: 示范县疫情防控指挥部\nissued: ${isoBeijing(new Date(Date.now() - 3_600_000))}\nexpires: ${isoBeijing(expires)}\nsummary: 一分钟内失效的测试通知。\n---\n\n测试正文。\n`,
    );
    const saved = await live.waitFor((e) => e.event === 'published', 120, from);
    // The file holds the instant to the second; the publisher schedules itself for exactly that instant.
    expect(new Date(saved.nextAt!).getTime()).toBe(Math.floor(expires.getTime() / 1000) * 1000);
    expect(saved.next).toContain('失效');
    expect((await page(`/notices/${expiringId}/`)).text).not.toContain('已失效');
    expiryFrom = mark();
  }, 180_000);

  it('keeps the last good release up when a file is broken, and says what is wrong', async () => {
    const before = (await page(`/notices/${NOTICE}/`)).text;
    const from = mark();
    writeFileSync(join(content, 'hotlines', 'broken.yaml'), 'name: 坏掉的热线\nphones: [0700-0123\n');
    const refused = await live.waitFor((e) => e.event === 'refused', 120, from);
    expect(refused.problems).toContain('hotlines/broken.yaml');
    const after = await page(`/notices/${NOTICE}/`);
    expect(after.status).toBe(200);
    expect(after.text).toBe(before);
    const status = JSON.parse((await page('/_publisher/status.json')).text);
    expect(status.last.event).toBe('refused');
    expect(status.lastGood.event).toBe('published');
    expect((await page('/_publisher/')).text).toContain('hotlines/broken.yaml');
  }, 180_000);

  it('turns the notice 已失效 on time by itself, even while a file is still broken', async () => {
    const timed = await live.waitFor((e) => e.trigger === '到时自动发布', 150, expiryFrom);
    // The broken file is still refused; what was last good is rebuilt at the new time.
    expect(timed.event).toBe('republished-last-good');
    expect(timed.problems).toContain('hotlines/broken.yaml');
    expect((await page(`/notices/${expiringId}/`)).text).toContain('已失效');
    expect((await page(`/notices/${NOTICE}/`)).text).toContain('实时发布测试补充条款');
  }, 240_000);
});
