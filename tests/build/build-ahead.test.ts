/**
 * The live publisher's next build, started before the save it publishes
 * (src/publishing/build-ahead.ts). Started while the folder still held the
 * old text, the release it makes shows the saved text, at the save's "now";
 * a publish it was not prepared for never gets it; and a save its loaders did
 * not see never goes out unchecked.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildAhead, buildTarget } from '../../src/publishing/build-ahead';
import { CHANGED_WHILE_BUILDING } from '../../src/checking/content-check-integration';
import { publishOnce } from '../../src/publishing/publish-once';
import { currentRelease, releaseDir, RELEASES_DIR } from '../../src/publishing/releases';
import { buildSite, publisherProcesses, type PublisherProcesses } from '../../src/publishing/site-build';
import { fixture } from '../helpers/build-site';

const work = mkdtempSync(join(tmpdir(), 'build-ahead-'));
const contentDir = join(work, 'content');
const outDir = join(work, 'out');
const NOTICE = join(contentDir, 'notices', '2026-11-20-dongcheng-linshi-guankong.md');
const page = (release: string) => readFileSync(join(releaseDir(outDir, release), 'notices', '2026-11-20-dongcheng-linshi-guankong', 'index.html'), 'utf8');
const generatedAt = (release: string) => (JSON.parse(readFileSync(join(releaseDir(outDir, release), 'status', 'site.json'), 'utf8')) as { generatedAt: string }).generatedAt;
/** Long enough for the build to reach the content at this fixture's size; the assertions hold however far it got. */
const untilItWaits = () => new Promise((resume) => setTimeout(resume, 8000));

let processes: PublisherProcesses;
let ahead: BuildAhead;
const cacheBefore = process.env.ASTRO_CACHE_DIR;
const publish = (now: string, content = contentDir) =>
  publishOnce({ outDir, contentDir: content, now: new Date(now), verifyWithinDays: 30, processes, ahead });

beforeAll(async () => {
  cpSync(fixture('site-basic'), contentDir, { recursive: true });
  process.env.ASTRO_CACHE_DIR = join(work, 'cache');
  processes = publisherProcesses();
  ahead = new BuildAhead(processes.build);
  const first = await publish('2026-11-22T12:00+08:00');
  expect(first.ok, JSON.stringify(first)).toBe(true);
}, 600_000);

afterAll(() => {
  ahead.drop();
  processes.build.stop();
  processes.index.stop();
  if (cacheBefore === undefined) delete process.env.ASTRO_CACHE_DIR;
  else process.env.ASTRO_CACHE_DIR = cacheBefore;
});

describe('a build started before the save', () => {
  it('publishes the text saved after it started, at the save\u2019s "now", into the release it was started for', async () => {
    ahead.prepare(outDir, contentDir);
    const reserved = readdirReleases().filter((id) => id !== currentRelease(outDir));
    expect(reserved).toHaveLength(1);
    await untilItWaits();
    writeFileSync(NOTICE, readFileSync(NOTICE, 'utf8').replace(/^title: .*$/m, 'title: 东城街道临时管控提前生成后改过的标题'));
    const outcome = await publish('2026-11-23T08:30+08:00');
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.release).toBe(reserved[0]);
    expect(page(outcome.release)).toContain('东城街道临时管控提前生成后改过的标题');
    expect(generatedAt(outcome.release)).toBe('2026-11-23T08:30:00+08:00');
  }, 600_000);

  it('is not taken by a publish of another content folder: its folder is set aside, and that publish builds its own', async () => {
    ahead.prepare(outDir, contentDir);
    const reserved = readdirReleases().filter((id) => id !== currentRelease(outDir)).at(-1)!;
    await untilItWaits();
    const other = join(work, 'other-content');
    cpSync(contentDir, other, { recursive: true });
    writeFileSync(join(other, 'notices', '2026-11-20-dongcheng-linshi-guankong.md'), readFileSync(NOTICE, 'utf8').replace(/^title: .*$/m, 'title: 另一个内容文件夹里的标题'));
    const outcome = await publish('2026-11-23T09:00+08:00', other);
    expect(outcome.ok, JSON.stringify(outcome)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.release).not.toBe(reserved);
    expect(existsSync(releaseDir(outDir, reserved))).toBe(false);
    expect(page(outcome.release)).toContain('另一个内容文件夹里的标题');
    expect(generatedAt(outcome.release)).toBe('2026-11-23T09:00:00+08:00');
  }, 600_000);

  it('is stopped, not published, when a file is saved after its loaders read the folder and before its check', async () => {
    ahead.prepare(outDir, contentDir);
    await untilItWaits();
    const target = buildTarget(outDir, contentDir);
    const started = ahead.take(outDir, target)!;
    expect(started).toBeDefined();
    let handOver!: (written: boolean) => void;
    const handoff = new Promise<boolean>((settle) => (handOver = settle));
    const build = buildSite(started.release.dir, { ...target, now: new Date('2026-11-23T10:00+08:00'), cacheFor: outDir, processes, handoff, startedAhead: started.child });
    // The save is made: the loaders read the folder while the publisher would still be checking.
    await new Promise((resume) => setTimeout(resume, 5000));
    writeFileSync(NOTICE, readFileSync(NOTICE, 'utf8').replace(/^title: .*$/m, 'title: 检查之前又改过的标题'));
    handOver(false);
    const outcome = await build;
    expect(outcome.ok).toBe(false);
    expect(outcome.failure).toContain(CHANGED_WHILE_BUILDING);
    expect(existsSync(join(started.release.dir, 'index.html'))).toBe(false);
  }, 600_000);
});

/** Release folders, oldest first (not those set aside). */
const readdirReleases = () => readdirSync(join(outDir, RELEASES_DIR)).filter((name) => !name.startsWith('.')).sort();
