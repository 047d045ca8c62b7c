/**
 * The static build's pages read the content store from its file in the cache
 * folder, not from a copy of its whole text bundled into their code (23 MB at
 * 5000 entries, about 1 s of bundling: docs/performance.md, round 11), a
 * module Astro's own plugin is never asked to make (round 17: making it cost
 * about 1.8 s more); and the pages built that way hold the content.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, fixture, projectRoot, siteBuildEnv } from '../helpers/build-site';

const CONTENT = fixture('site-basic');
const work = mkdtempSync(join(tmpdir(), 'store-spy-'));
const outDir = join(work, 'dist');
const cacheDir = join(work, 'cache');
let storeModules: string[] = [];

beforeAll(() => {
  const report = join(work, 'report.json');
  const run = spawnSync(bin('tsx'), ['tests/helpers/build-with-store-spy.ts', outDir, report], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: siteBuildEnv(CONTENT, cacheDir),
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`The fixture site did not build:\n${(run.stdout + run.stderr).slice(-4000)}`);
  storeModules = (JSON.parse(readFileSync(report, 'utf8')) as { storeModules: string[] }).storeModules;
});

describe('the content store in a static build', () => {
  it('reaches the pages as a read of the store file, not as its text', () => {
    expect(storeModules).toHaveLength(1);
    const code = storeModules[0]!;
    expect(code).toContain(`readFileSync(${JSON.stringify(join(cacheDir, 'data-store.json'))}`);
    expect(code.length).toBeLessThan(300);
    expect(readFileSync(join(cacheDir, 'data-store.json'), 'utf8').length).toBeGreaterThan(code.length * 10);
  });

  it('gives every published notice its page, with its title', () => {
    const published = readdirSync(join(CONTENT, 'notices')).filter((file) => /\.mdx?$/.test(file) && !file.includes('leakmarker'));
    expect(published.length).toBeGreaterThan(3);
    for (const file of published) {
      const id = file.replace(/\.mdx?$/, '');
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(readFileSync(join(CONTENT, 'notices', file), 'utf8'))?.[1];
      expect(title, file).toBeTruthy();
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(readFileSync(join(outDir, 'notices', id, 'index.html'), 'utf8'))?.[1];
      expect(heading, file).toBe(title);
    }
  });
});
