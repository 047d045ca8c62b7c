/** The dev server previews drafts and scheduled entries with a badge; builds never contain them (site-basic.test.ts). */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture, projectRoot } from '../helpers/build-site';

const PORT = 4399;
let server: ChildProcess;

async function get(path: string): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${PORT}${path}`);
  return response.text();
}

describe('preview on the dev server', () => {
  beforeAll(async () => {
    server = spawn(join(projectRoot, 'node_modules/.bin/astro'), ['dev', '--port', String(PORT), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: fixture('site-basic'), SITE_NOW: '2026-11-22T12:00+08:00', ASTRO_CACHE_DIR: mkdtempSync(join(tmpdir(), 'dev-cache-')), NO_COLOR: '1', NODE_ENV: 'development', VITEST: undefined },
      stdio: 'pipe',
    });
    for (let i = 0; i < 120; i++) {
      try {
        // The first requests may answer while Vite is still optimising dependencies; wait for a real page.
        if ((await get('/notices/')).includes('<html lang="zh-CN"')) return;
        await new Promise((resolve) => setTimeout(resolve, 500));
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
    throw new Error('astro dev did not start');
  });
  afterAll(() => {
    server?.kill();
  });

  it('shows a draft notice with a 草稿 badge', async () => {
    const list = await get('/notices/');
    expect(list).toContain('LEAKMARKER-DRAFT-NOTICE');
    expect(list).toContain('草稿（不会发布）');
  });

  it('shows a scheduled notice with its 定时发布 date', async () => {
    const list = await get('/notices/');
    expect(list).toContain('LEAKMARKER-FUTURE-NOTICE');
    expect(list).toMatch(/定时发布：2099年1月1日/);
  });

  it('serves posters from the content as it is, drafts included, and nothing for an unknown entry', async () => {
    const poster = await fetch(`http://127.0.0.1:${PORT}/notices/2026-11-12-leakmarker-draft-notice/poster/`);
    expect(poster.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await poster.text();
    expect(html).toMatch(/<title>张贴版：[^<]*LEAKMARKER-DRAFT-NOTICE/);
    expect(html).toContain('<svg');
    const rhyme = await get('/rhymes/2026-11-14-leakmarker-draft-rhyme/poster/');
    expect(rhyme).toContain('<div class="lyrics">');
    expect((await fetch(`http://127.0.0.1:${PORT}/notices/no-such-notice/poster/`)).status).toBe(404);
  });
});
