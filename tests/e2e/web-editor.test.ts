/**
 * The web editor as a media-centre editor uses it, end to end on loopback:
 * `npm run live` on a copy of the sample content (which runs the editor's local
 * file proxy), Chromium at /admin/. Through the forms alone the editor writes
 * a notice that supersedes another and an article with a cover picture; the
 * files land where the contract says, `npm run check` passes on them as they
 * are, and the next publish shows both — with the old notice now 已被替代 and
 * pointing at the new one. The screenshots of docs/写作指南.md are taken here.
 */
import { spawnSync } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../helpers/browser';
import { bin, projectRoot } from '../helpers/build-site';
import { freePort, startLive, type LivePublisher } from '../helpers/live-publisher';

const SHOTS = join(projectRoot, 'docs/images/web-editor');
const OLD_ID = '2026-11-25-baisha-caiyang-shijian';
const OLD_TITLE = '白沙镇关于调整核酸采样点开放时间的通知';
const NEW_TITLE = '白沙镇关于恢复核酸采样点正常开放时间的通知';
const ARTICLE_TITLE = '采样点里的夜班';
const COVER_ALT = '夜里的采样点，工作人员在灯下登记';

let work: string;
let content: string;
let live: LivePublisher;
let browser: Browser;
let editorPort: number;
let page: Page;
const policyViolations: string[] = [];

/** A kind's Markdown entries. */
const filesOf = (kind: string) => new Set(readdirSync(join(content, kind)).filter((name) => name.endsWith('.md')));

/** The one entry file that was not there `before`: what the editor just wrote. */
function newestEntry(kind: string, before: ReadonlySet<string>): string {
  const added = [...filesOf(kind)].filter((name) => !before.has(name));
  expect(added, `a new file in ${kind}/`).toHaveLength(1);
  return added[0]!;
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Decap's "publish now": the publish menu, then its first item. */
async function publishNow(): Promise<void> {
  await page.getByRole('button', { name: '发布' }).first().click();
  await page.getByText('立即发布', { exact: true }).click();
  await page
    .getByText('修改已保存')
    .waitFor({ timeout: 20_000 })
    .catch(async (error: Error) => {
      await page.screenshot({ path: join(work, 'not-saved.png'), fullPage: true });
      throw new Error(`${error.message}; the editor said: ${(await page.locator('body').innerText()).slice(0, 600)}`);
    });
}

/** A new entry's form, on a fresh load (the login is remembered): a form opened by a hash change is reset once its draft loads. */
async function openNew(collection: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${live.url}/admin/#/collections/${collection}/new`);
}

/** The notice form's required fields and a summary. */
async function fillNotice(title: string, summary: string): Promise<void> {
  await page.getByLabel('标题', { exact: true }).fill(title);
  await page.locator('[id^=docType-field]').click();
  await page.getByText('通知', { exact: true }).last().click();
  await page.getByLabel('发布机关', { exact: true }).fill('白沙镇人民政府');
  await page.getByLabel('发布日期', { exact: true }).fill('2026-11-28T09:00+08:00');
  await page.getByLabel('摘要 (可选)').fill(summary);
}

async function typeBody(text: string): Promise<void> {
  await page.locator('[data-slate-editor="true"]').last().click();
  await page.keyboard.type(text);
}

describe.skipIf(!browserAvailable)('the web editor at /admin/', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'editor-'));
    content = join(work, 'content');
    // The sample district, as an office would have it (the screenshots show it), plus one notice to supersede.
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    writeFileSync(
      join(content, `notices/${OLD_ID}.md`),
      `---\ntitle: ${OLD_TITLE}\ndocType: 通知\nauthority: 白沙镇人民政府\nissued: 2026-11-25\nsummary: 白沙镇采样点开放时间调整为每日上午。\n---\n\n白沙镇各采样点自11月25日起每日8:00至12:00开放。\n`,
    );
    editorPort = await freePort();
    live = await startLive(content, join(work, 'out'), { EDITOR_PORT: String(editorPort) });
    await live.waitFor((e) => e.event === 'published', 180);
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) policyViolations.push(message.text());
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await live?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('opens in Chinese and logs in to the local content folder', async () => {
    await page.goto(`${live.url}/admin/`);
    const login = page.getByRole('button', { name: '登录' });
    await login.waitFor({ timeout: 30_000 });
    await shot('01-登录');
    await login.click();
    // The notices of the content folder are listed: the editor reads the folder through the local proxy.
    await page.getByText(OLD_TITLE).first().waitFor({ timeout: 30_000 });
    await shot('02-通告列表');
  }, 90_000);

  it('writes a notice that supersedes another, through the form alone, and says when it is published', async () => {
    const before = filesOf('notices');
    await openNew('notices');
    await fillNotice(NEW_TITLE, '白沙镇采样点恢复每日8:00至18:00开放。');
    await page.locator('[id^=supersedes-field]').click();
    await page.keyboard.type('调整核酸采样点');
    await page.keyboard.press('Enter');
    await page.getByLabel('标题', { exact: true }).scrollIntoViewIfNeeded();
    await shot('03-填写通告');
    await typeBody('自11月28日起，白沙镇各采样点恢复每日8:00至18:00开放。');
    await shot('04-正文与预览');
    await publishNow();
    await page.locator('#publish-result').getByText('已发布：网站已经更新').waitFor({ timeout: 120_000 });
    await shot('05-已发布');

    const file = newestEntry('notices', before);
    // Named by the 发布日期 the author wrote, as the sample's names begin.
    expect(file).toBe('2026-11-28.md');
    const text = readFileSync(join(content, 'notices', file), 'utf8');
    expect(text).toContain(`title: ${NEW_TITLE}`);
    expect(text).toMatch(new RegExp(`supersedes:\\n\\s+- ${OLD_ID}\\n`));
    expect(text).toContain('issued: 2026-11-28T09:00+08:00');
    // Fields left blank are left out, not written empty (the check would refuse an empty 发文字号 or 撤销).
    expect(text).not.toMatch(/docNumber|withdrawn|expires/);
  }, 90_000);

  it('writes an article with a cover picture stored next to it', async () => {
    const before = filesOf('articles');
    const picture = join(work, 'yeban.jpg');
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3a6ea5' } }).jpeg().toFile(picture);
    await openNew('articles');
    await page.getByLabel('标题', { exact: true }).fill(ARTICLE_TITLE);
    await page.getByLabel('发布日期', { exact: true }).fill('2026-11-28T20:00+08:00');
    await page.getByLabel('作者', { exact: true }).fill('陈雨桐');
    await page.locator('[id^=cover-field] [data-testid=expand-button]').click();
    await page.getByText('选择图片', { exact: true }).click();
    await page.setInputFiles('input[type=file]', picture);
    await page.getByText('yeban.jpg').waitFor();
    await shot('06-选择封面图片');
    await page.getByText('选用已选中项目').click();
    await page.getByLabel('图片说明 (可选)').fill(COVER_ALT);
    await typeBody('晚上八点，采样点的灯还亮着。');
    await publishNow();

    const file = newestEntry('articles', before);
    const text = readFileSync(join(content, 'articles', file), 'utf8');
    expect(text).toMatch(/cover:\n\s+image: \.?\/?images\/yeban\.jpg\n\s+alt: /);
    expect(existsSync(join(content, 'articles/images/yeban.jpg'))).toBe(true);
  }, 90_000);

  it('reaches the files only through a proxy that keeps to the content folder and to this site’s page', async () => {
    const ask = (body: object, headers: Record<string, string> = {}) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const request = httpRequest({ host: '127.0.0.1', port: editorPort, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json', ...headers } }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        request.on('error', reject);
        request.end(JSON.stringify(body));
      });
    const site = new URL(live.url).origin;
    const write = (path: string) => ({ action: 'persistMedia', params: { asset: { path, content: 'eA==', encoding: 'base64' } } });
    expect((await ask({ action: 'info' }, { origin: site })).status).toBe(200);
    const outside = await ask(write('src/pwned.ts'), { origin: site });
    expect(outside.status).toBe(403);
    expect(outside.text).toContain('不在内容文件夹');
    expect(existsSync(join(work, 'src/pwned.ts'))).toBe(false);
    expect((await ask({ action: 'info' }, { origin: 'http://localhost:3000' })).status).toBe(403);
    expect((await ask({ action: 'info' }, { host: `evil.example:${editorPort}` })).status).toBe(403);
  });

  it('keeps to its own policy without a violation', () => {
    expect(policyViolations).toEqual([]);
  });

  it('writes files that pass `npm run check` as they are', () => {
    const check = spawnSync(bin('tsx'), [join(projectRoot, 'src/cli/check.ts')], { cwd: projectRoot, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
    expect(check.stdout + check.stderr).toContain('内容检查通过');
    expect(check.status).toBe(0);
  }, 120_000);

  it('is published: the new notice, the old one pointing to it, the article with its picture', async () => {
    const noticeId = [...filesOf('notices')].find((name) => readFileSync(join(content, 'notices', name), 'utf8').includes(NEW_TITLE))!.replace(/\.md$/, '');
    const articleId = [...filesOf('articles')].find((name) => readFileSync(join(content, 'articles', name), 'utf8').includes(ARTICLE_TITLE))!.replace(/\.md$/, '');
    const shown = async (path: string, text: string) => {
      const deadline = Date.now() + 120_000;
      for (;;) {
        const response = await fetch(`${live.url}${path}`);
        const body = await response.text();
        if (response.ok && body.includes(text)) return body;
        if (Date.now() > deadline) throw new Error(`${path} never showed ${text}; publisher said:\n${live.output().slice(-2000)}`);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    };
    await shown(`/notices/${encodeURI(noticeId)}/`, NEW_TITLE);
    const old = await shown(`/notices/${OLD_ID}/`, '已被替代');
    expect(old).toContain(`/notices/${encodeURI(noticeId)}/`);
    const article = await shown(`/articles/${encodeURI(articleId)}/`, ARTICLE_TITLE);
    expect(article).toMatch(new RegExp(`<img[^>]+alt="${COVER_ALT}"`));
    await page.goto(`${live.url}/notices/${OLD_ID}/`);
    await shot('07-旧通告已被替代');
  }, 180_000);

  it('shows a mistake the check finds in the editor itself, and keeps the site as it was', async () => {
    const before = filesOf('notices');
    await openNew('notices');
    await fillNotice('白沙镇关于采样点的补充通知', '太长的摘要'.repeat(30));
    await typeBody('补充说明。');
    await publishNow();
    const file = newestEntry('notices', before);
    const result = page.locator('#publish-result');
    await result.getByText('没有发布：内容有问题').waitFor({ timeout: 120_000 });
    const said = await result.innerText();
    expect(said).toContain(file);
    expect(said).toContain('摘要最多 140 个字');
    await shot('08-没有发布的提示');
    expect((await fetch(`${live.url}/notices/${encodeURI(file.replace(/\.md$/, ''))}/`)).status).toBe(404);
  }, 180_000);
});
