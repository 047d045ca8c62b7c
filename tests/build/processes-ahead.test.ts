/**
 * The live publisher's processes started ahead (src/publishing/processes-ahead.ts).
 * A build run in one is the build its own settings ask for, not the one the
 * process was started with, and a failing build says why as `astro build`
 * does. A search index run in one indexes the site it is told, as the command
 * does.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProcesses, indexProcesses } from '../../src/publishing/site-build';
import { PAGES_WRITTEN } from '../../src/publishing/pages-written-integration';
import { fixture, projectRoot, siteBuildEnv } from '../helpers/build-site';

const work = mkdtempSync(join(tmpdir(), 'processes-ahead-'));
// Started with settings no build below uses: a build must run with its own.
const processes = buildProcesses(siteBuildEnv(fixture('check-broken'), join(work, 'wrong-cache'), { now: '2020-01-01T00:00+08:00' }));
const indexes = indexProcesses();
afterAll(() => {
  processes.stop();
  indexes.stop();
});

function ended(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  return new Promise((done) => child.on('close', (code) => done({ code, output })));
}

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('processes started ahead', () => {
  it('build the content and "now" each build is given, then start the next process', async () => {
    const outDir = join(work, 'dist');
    const child = processes.take({ args: ['build', '--outDir', outDir], env: siteBuildEnv(fixture('site-basic'), join(work, 'cache'), { now: '2026-11-22T12:00+08:00' }) });
    // Told while the build still runs, once every page is there (the search index may start then).
    let atPagesWritten: { running: boolean; page: boolean; poster: boolean } | undefined;
    child.on('message', (message) => {
      if (message !== PAGES_WRITTEN) return;
      const notice = join(outDir, 'notices', '2026-11-20-dongcheng-linshi-guankong');
      atPagesWritten = { running: child.exitCode === null, page: existsSync(join(notice, 'index.html')), poster: existsSync(join(notice, 'poster', 'index.html')) };
    });
    const run = await ended(child);
    expect(run.code, run.output).toBe(0);
    // The posters come after the pages: the message came before them.
    expect(atPagesWritten).toEqual({ running: true, page: true, poster: false });
    // The process was started on a broken folder at another "now": the build took neither.
    expect(run.output).toContain('内容检查通过');
    expect(JSON.parse(readFileSync(join(outDir, 'status', 'site.json'), 'utf8')).generatedAt).toBe('2026-11-22T12:00:00+08:00');
    expect(existsSync(join(outDir, 'notices', '2026-11-20-dongcheng-linshi-guankong', 'index.html'))).toBe(true);
    // The next build's process is already there, waiting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(processes.waiting).toBeDefined();
    expect(isRunning(processes.waiting!)).toBe(true);
  }, 300_000);

  it('fail as astro build fails, with the check’s message in Chinese', async () => {
    const run = await ended(processes.take({ args: ['build', '--outDir', join(work, 'broken')], env: siteBuildEnv(fixture('check-broken'), join(work, 'cache-broken')) }));
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('缺少地区列表 regions.yaml');
    expect(existsSync(join(work, 'broken', 'index.html'))).toBe(false);
  }, 300_000);

  it('index the site they are told, as the search index command does, then start the next process', async () => {
    // The first is started when asked for (nothing was ahead of it yet).
    const site = join(work, 'dist');
    const run = await ended(indexes.take({ args: [site, '--cache-for', join(work, 'search-cache')] }));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toMatch(/搜索索引：\d+ 个页面可搜索/);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    // The next one is already there, waiting.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(indexes.waiting).toBeDefined();
    expect(isRunning(indexes.waiting!)).toBe(true);
  }, 300_000);

  it('fail as the search index command fails, in Chinese, in the process started ahead', async () => {
    const ahead = indexes.waiting;
    const child = indexes.take({ args: [join(work, 'no-site'), '--cache-for', join(work, 'search-cache')] });
    expect(child.pid).toBe(ahead);
    const run = await ended(child);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('里没有生成好的网站');
  }, 60_000);

  it('end the waiting processes when the publisher stops', async () => {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const pids = [processes.waiting!, indexes.waiting!];
    expect(pids.map(isRunning)).toEqual([true, true]);
    processes.stop();
    indexes.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pids.map(isRunning)).toEqual([false, false]);
    expect([processes.waiting, indexes.waiting]).toEqual([undefined, undefined]);
  });
});
