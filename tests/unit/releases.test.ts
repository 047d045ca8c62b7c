import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  activateRelease,
  currentRelease,
  discardRelease,
  newReleaseId,
  prepareRelease,
  pruneReleases,
  releaseDir,
  sweepReleases,
} from '../../src/publishing/releases';

const outFolder = () => mkdtempSync(join(tmpdir(), 'releases-'));
/** A page big enough that a reader would notice it half-written: the release's id over and over, then an end mark. */
const pageOf = (id: string) => `<!doctype html>${`<p>${id}</p>`.repeat(4000)}</html>`;

/** A finished build: prepared, written, not yet live. */
function build(out: string, now: Date, page = true): string {
  const { id, dir } = prepareRelease(out, now);
  if (page) writeFileSync(join(dir, 'index.html'), pageOf(id));
  writeFileSync(join(dir, 'app.css'), `/* ${id} */`);
  return id;
}

const second = (n: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, n));

describe('release ids', () => {
  it('name the UTC second they were made in and sort by time', () => {
    expect(newReleaseId(new Date('2026-11-25T10:00:00.500Z'))).toMatch(/^20261125T100000Z-[0-9a-f]{4}$/);
    const ids = [second(3), second(1), second(2)].map(newReleaseId);
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('never repeat, even many times in one second', () => {
    const ids = Array.from({ length: 1000 }, () => newReleaseId(second(0)));
    expect(new Set(ids).size).toBe(1000);
  });

  it('refuse anything that is not an id before it becomes a path', () => {
    expect(() => releaseDir('/out', '../../etc')).toThrow(/格式不对/);
  });
});

describe('activating a release', () => {
  it('points current at it with a relative link, so the whole folder can be moved', () => {
    const out = outFolder();
    const id = build(out, second(0));
    expect(currentRelease(out)).toBeUndefined();
    activateRelease(out, id);
    expect(readlinkSync(join(out, 'current'))).toBe(`releases/${id}`);
    expect(currentRelease(out)).toBe(id);
    const moved = `${out}-moved`;
    renameSync(out, moved);
    expect(readFileSync(join(moved, 'current', 'index.html'), 'utf8')).toBe(pageOf(id));
  });

  it('refuses a release that does not exist or has no index.html, and leaves the live one', () => {
    const out = outFolder();
    const live = build(out, second(0));
    activateRelease(out, live);
    const unfinished = build(out, second(1), false);
    expect(() => activateRelease(out, unfinished)).toThrow(`发布版本 ${unfinished} 里没有 index.html`);
    expect(() => activateRelease(out, newReleaseId(second(2)))).toThrow(/不存在/);
    expect(currentRelease(out)).toBe(live);
  });

  it('refuses to replace a real folder named current', () => {
    const out = outFolder();
    mkdirSync(join(out, 'current'));
    const id = build(out, second(0));
    expect(() => activateRelease(out, id)).toThrow(/不是指向发布版本的链接/);
  });

  it('keeps readers consistent: every read through current during 50 switches gets one whole page', async () => {
    const out = outFolder();
    const ids = Array.from({ length: 51 }, (_, i) => build(out, second(i)));
    activateRelease(out, ids[0]!);
    const stop = new Int32Array(new SharedArrayBuffer(4));
    // The reader runs in its own thread, so its reads really interleave with the switches.
    const reader = new Worker(
      `const { readFileSync } = require('node:fs');
       const { workerData, parentPort } = require('node:worker_threads');
       const stop = new Int32Array(workerData.stop);
       const seen = new Set(); let reads = 0; const problems = [];
       while (Atomics.load(stop, 0) === 0 || reads < 100) {
         try {
           const page = readFileSync(workerData.path, 'utf8');
           const id = page.slice(18, 39);
           if (page !== '<!doctype html>' + ('<p>' + id + '</p>').repeat(4000) + '</html>') problems.push('mixed or cut page: ' + page.length);
           seen.add(id);
         } catch (error) { problems.push(String(error)); }
         reads++;
       }
       parentPort.postMessage({ reads, seen: seen.size, problems: problems.slice(0, 5) });`,
      { eval: true, workerData: { path: join(out, 'current', 'index.html'), stop: stop.buffer } },
    );
    const result = new Promise<{ reads: number; seen: number; problems: string[] }>((resolve, reject) => {
      reader.once('message', resolve);
      reader.once('error', reject);
    });
    for (const id of ids.slice(1)) {
      activateRelease(out, id);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    Atomics.store(stop, 0, 1);
    const { reads, seen, problems } = await result;
    await reader.terminate();
    expect(problems).toEqual([]);
    expect(reads).toBeGreaterThanOrEqual(100);
    expect(seen).toBeGreaterThan(1);
    expect(currentRelease(out)).toBe(ids.at(-1));
  });

  it('lets a reader that needs several files resolve current once and read them all from one release', () => {
    const out = outFolder();
    const [first, next] = [build(out, second(0)), build(out, second(1))];
    activateRelease(out, first!);
    const folder = realpathSync(join(out, 'current'));
    activateRelease(out, next!);
    expect(readFileSync(join(folder, 'app.css'), 'utf8')).toBe(`/* ${first} */`);
    expect(readFileSync(join(out, 'current', 'app.css'), 'utf8')).toBe(`/* ${next} */`);
  });
});

describe('pruning and discarding releases', () => {
  it('keeps the live release and the newest complete ones before it, removes older and failed ones', () => {
    const out = outFolder();
    const [a, b, failed, c, d, live] = [build(out, second(0)), build(out, second(1)), build(out, second(2), false), build(out, second(3)), build(out, second(4)), build(out, second(5))];
    const inProgress = build(out, second(6), false);
    const builtNotLive = build(out, second(7));
    activateRelease(out, live!);
    expect(pruneReleases(out)).toEqual([a, b, failed]);
    expect([c, d, live, inProgress, builtNotLive].every((id) => existsSync(releaseDir(out, id!)))).toBe(true);
    expect(pruneReleases(out, 1)).toEqual([c, d]);
    expect(pruneReleases(out, 1)).toEqual([]);
    expect(currentRelease(out)).toBe(live);
    expect(existsSync(releaseDir(out, inProgress))).toBe(true);
  });

  it('never removes a release from the live one’s second (its order among them is unknown)', () => {
    const out = outFolder();
    const ids = [build(out, second(0)), build(out, second(0), false), build(out, second(0))];
    activateRelease(out, ids[2]!);
    expect(pruneReleases(out, 1)).toEqual([]);
  });

  it('removes nothing while no release is live, and refuses a keep below 1', () => {
    const out = outFolder();
    build(out, second(0), false);
    build(out, second(1));
    expect(pruneReleases(out)).toEqual([]);
    expect(() => pruneReleases(out, 0)).toThrow(/keep/);
  });

  it('sets pruned releases aside at once and deletes them in the sweep, with what an interrupted sweep left', async () => {
    const out = outFolder();
    const [old, live] = [build(out, second(0)), build(out, second(1))];
    activateRelease(out, live!);
    mkdirSync(join(out, 'releases', '.removing-20261125T095959Z-0000', 'notices'), { recursive: true });
    expect(pruneReleases(out, 1)).toEqual([old]);
    expect(existsSync(releaseDir(out, old!))).toBe(false);
    expect(readdirSync(join(out, 'releases')).filter((name) => name.startsWith('.removing-'))).toHaveLength(2);
    await sweepReleases(out);
    expect(readdirSync(join(out, 'releases'))).toEqual([live]);
    expect(readFileSync(join(out, 'current', 'app.css'), 'utf8')).toBe(`/* ${live} */`);
  });

  it('pauses a sweep while a publish runs, and finishes it after', async () => {
    const out = outFolder();
    const [old, live] = [build(out, second(0)), build(out, second(1))];
    activateRelease(out, live!);
    pruneReleases(out, 1);
    const aside = join(out, 'releases', readdirSync(join(out, 'releases')).find((name) => name.startsWith('.removing-'))!);
    expect(readdirSync(aside)).toContain('index.html');
    let publishing = true;
    const sweep = sweepReleases(out, () => publishing);
    await new Promise((r) => setTimeout(r, 300));
    expect(readFileSync(join(aside, 'index.html'), 'utf8')).toBe(pageOf(old!));
    publishing = false;
    await sweep;
    expect(readdirSync(join(out, 'releases'))).toEqual([live]);
  });

  it('discards a failed build, but never the live release', async () => {
    const out = outFolder();
    const live = build(out, second(0));
    activateRelease(out, live);
    const failed = build(out, second(1), false);
    discardRelease(out, failed);
    expect(existsSync(releaseDir(out, failed))).toBe(false);
    expect(() => discardRelease(out, live)).toThrow(/正在线上/);
    expect(readFileSync(join(out, 'current', 'index.html'), 'utf8')).toBe(pageOf(live));
    await sweepReleases(out);
    expect(readdirSync(join(out, 'releases'))).toEqual([live]);
  });
});
