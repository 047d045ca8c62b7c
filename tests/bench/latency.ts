/**
 * Publish latency: from one changed notice to a rebuilt, searchable site.
 * Three whole builds of this site over the benchmark's content folder, sharing
 * one cache folder as a deploy machine would keep it: cold, again with nothing
 * changed, and after appending a sentence to one notice. The change must then
 * be in the notice's page and in the Pagefind index.
 */
import { existsSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { failureTail, projectRoot, timedBuild, type BuildPlan } from './builds';
import type { Measured } from './measure';
import type { Trash } from './trash';
import { buildPhases, type Phases } from './phases';
import { DELTA_FOLDER, shownFragments } from '../../src/search/delta-index';
import { unspaceExcerpt } from '../../src/search/word-spacing';

export const CHANGE_MARK = '发布延迟测量补充说明';

export interface LatencyStep {
  seconds: number;
  peakMemoryMB: number;
  phases?: Phases;
}

export interface PublishLatency {
  notice: string;
  cold: LatencyStep;
  unchanged: LatencyStep;
  oneNoticeChanged: LatencyStep;
  changeOnPage: boolean;
  changeInSearchIndex: boolean;
}

const step = (m: Measured): LatencyStep => ({
  seconds: Math.round(m.wallSeconds * 10) / 10,
  peakMemoryMB: Math.round(Math.max(m.peakTreeRssBytes, m.peakProcessHwmBytes) / 1048576),
  phases: buildPhases(m),
});

/**
 * True when the search page would show `text`: some fragment (gzip JSON of one
 * page) it reads contains it — a live release's delta included, the full
 * index's copies of the pages the delta replaces left out (src/search/delta-index.ts).
 */
export function indexContains(dist: string, text: string): boolean {
  // One release throughout, even if the live link switches meanwhile.
  const site = realpathSync(dist);
  // The delta's few fragments first: a change is found there without reading the full index's
  // thousands (about 2 s, in the loop that also watches the page, list and feed).
  const shown = shownFragments(site);
  const delta = shown.filter((path) => path.includes(`/${DELTA_FOLDER}/`));
  // Read as the search page shows it: the index holds Chinese cut into words with spaces.
  return [...delta, ...shown.filter((path) => !delta.includes(path))].some((path) => unspaceExcerpt(gunzipSync(readFileSync(path)).toString('utf8')).includes(text));
}

/** A published .md notice from the middle of the folder (not a draft, not scheduled). */
function pickNotice(contentDir: string): string {
  const files = readdirSync(join(contentDir, 'notices')).filter((f) => f.endsWith('.md')).sort();
  for (let i = Math.floor(files.length / 2); i < files.length; i++) {
    const text = readFileSync(join(contentDir, 'notices', files[i]!), 'utf8');
    if (!/^draft: true$/m.test(text)) return files[i]!;
  }
  throw new Error('no published .md notice to change');
}

export async function publishLatency(
  work: string,
  timeoutSeconds: number,
  log: (m: string) => void,
  trash: Trash,
  maxTreeBytes?: number,
  root = projectRoot,
  label = 'latency',
): Promise<PublishLatency> {
  const contentDir = join(work, 'content');
  const file = pickNotice(contentDir);
  const path = join(contentDir, 'notices', file);
  const original = readFileSync(path, 'utf8');
  const plan = (name: string, warm: boolean): BuildPlan => ({
    root,
    outDir: join(work, `${label}-dist`),
    cacheDir: join(work, `${label}-cache`),
    logFile: join(work, `${label}-${name}.log`),
    contentDir,
    timeoutSeconds,
    maxTreeBytes,
    warm,
    indexAfter: true,
    trash,
  });
  const build = async (name: string, warm: boolean) => {
    log(`publish latency (${label}): ${name} build`);
    const result = await timedBuild(plan(name, warm));
    if (result.exitCode !== 0) throw new Error(`${label} ${name}: ${failureTail(result)}`);
    log(`  ${result.wallSeconds.toFixed(1)} s`);
    return result;
  };
  const cold = await build('cold', false);
  const unchanged = await build('unchanged', true);
  try {
    writeFileSync(path, `${original.trimEnd()}\n\n${CHANGE_MARK}：以上第三条所列开放时间自即日起延长一小时。\n`);
    const changed = await build('one-notice-changed', true);
    const dist = plan('x', true).outDir;
    const page = join(dist, 'notices', file.replace(/\.md$/, ''), 'index.html');
    return {
      notice: file,
      cold: step(cold),
      unchanged: step(unchanged),
      oneNoticeChanged: step(changed),
      changeOnPage: existsSync(page) && readFileSync(page, 'utf8').includes(CHANGE_MARK),
      changeInSearchIndex: indexContains(dist, CHANGE_MARK),
    };
  } finally {
    writeFileSync(path, original);
  }
}
