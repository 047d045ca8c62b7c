/**
 * Publish latency through `npm run live`, end to end: the publisher runs on a
 * generated content folder; once it has idled a while after its first
 * publish, the newest notice's title is changed; the clock
 * runs from saving the file until its page, the notices list, the notices
 * feed and the search index (read from the live release) all show the change,
 * each polled over HTTP every 200 ms. Reported as a ratio to the 10 s target.
 */
import { readFileSync, renameSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoBeijing } from '../../src/lifecycle/beijing-time';
import { startLive } from '../helpers/live-publisher';
import { generateContent } from './generate-content';
import { indexContains } from './latency';

export const TARGET_SECONDS = 10;
/** How long the publisher idles after its first publish before the benchmark saves. */
const IDLE_BEFORE_SAVE_MS = 20_000;
const MARK = '实时发布延迟测量';

export interface LiveLatency {
  corpus: string;
  notices: number;
  firstPublishSeconds: number;
  /** Seconds from saving the file until each place showed the change. */
  seen: { page: number; list: number; feed: number; search: number };
  /** How the publish indexed the change: a delta over the live full index, or the full index. */
  searchIndex: string;
  /** Seconds from saving until the release with the change's full index went live (after a delta), else null. */
  fullIndexSeconds: number | null;
  seconds: number;
  ratioToTarget: number;
}

/** The mixed corpus of the build benchmark, dated around today (the publisher runs on the real clock). */
export async function mixedCorpus(dir: string, n: number): Promise<string> {
  return (await generateContent(join(dir, 'content'), n, 20261122, isoBeijing(new Date()))).dir;
}

/** 5000 notices, every one an .mdx file (with the hotlines and clinics they may name). */
export async function mdxCorpus(dir: string, notices: number): Promise<string> {
  const content = await generateContent(join(dir, 'content'), Math.ceil(notices / 0.6), 20261122, isoBeijing(new Date()));
  for (const kind of ['articles', 'rhymes']) rmSync(join(content.dir, kind), { recursive: true, force: true });
  const folder = join(content.dir, 'notices');
  for (const name of readdirSync(folder)) if (name.endsWith('.md')) renameSync(join(folder, name), join(folder, `${name}x`));
  return content.dir;
}

const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

export async function liveLatency(corpus: string, contentDir: string, work: string, log: (m: string) => void): Promise<LiveLatency> {
  const started = performance.now();
  log(`live latency (${corpus}): starting the publisher`);
  const live = await startLive(contentDir, join(work, 'live-out'));
  try {
    await live.waitFor((e) => e.event === 'published', 1800);
    const firstPublishSeconds = seconds(started);
    log(`  first publish after ${firstPublishSeconds} s`);
    // An office's save comes while the publisher idles, not in the seconds after it started: by then
    // its first copy of the folder is taken and the next build's and index's processes are ready.
    // Saving at once measured that start-up work too, by a different amount each run.
    await new Promise((settled) => setTimeout(settled, IDLE_BEFORE_SAVE_MS));
    const feed = await (await fetch(`${live.url}/notices/rss.xml`)).text();
    const id = /<link>[^<]*\/notices\/([^/<]+)\/<\/link>/.exec(feed.split('<item>')[1] ?? '')?.[1];
    if (!id) throw new Error('no notice in the notices feed');
    const file = readdirSync(join(contentDir, 'notices')).find((name) => name.replace(/\.mdx?$/, '') === id)!;
    const path = join(contentDir, 'notices', file);
    const original = readFileSync(path, 'utf8');
    const from = live.events.length;
    const saved = performance.now();
    writeFileSync(path, original.replace(/^title: (.*)$/m, (_, title: string) => `title: ${title.replace(/^['"]|['"]$/g, '')}（${MARK}）`));
    const seen: Partial<LiveLatency['seen']> = {};
    const shows = async (place: keyof LiveLatency['seen'], url: string) => {
      // A new connection each time: reading the index can hold this loop past the server's keep-alive, and a reused socket it closed meanwhile fails.
      if (seen[place] === undefined && (await (await fetch(`${live.url}${url}`, { headers: { connection: 'close' } })).text()).includes(MARK)) seen[place] = seconds(saved);
    };
    while (Object.keys(seen).length < 4) {
      if (performance.now() - saved > 600_000) throw new Error(`the change did not appear within 600 s: ${JSON.stringify(seen)}`);
      await Promise.all([shows('page', `/notices/${id}/`), shows('list', '/notices/'), shows('feed', '/notices/rss.xml')]);
      if (seen.search === undefined && live.events.slice(from).some((e) => e.event === 'published') && indexContains(join(work, 'live-out/current'), MARK)) seen.search = seconds(saved);
      await new Promise((r) => setTimeout(r, 200));
    }
    const publish = live.events.slice(from).find((e) => e.event === 'published');
    const searchIndex = String(publish?.search ?? '');
    // Before the file is put back (a save stops the background full index): the release with the full index.
    const completed = searchIndex === 'delta' ? await live.waitFor((e) => e.event.startsWith('search-index-'), 600, from) : undefined;
    const fullIndexSeconds = completed?.event === 'search-index-completed' ? seconds(saved) : null;
    writeFileSync(path, original);
    const total = Math.max(...Object.values(seen));
    log(`  change seen after ${total} s (${JSON.stringify(seen)}), search index: ${searchIndex} (step ${String(publish?.indexSeconds)} s)`);
    log(`  full index live after ${fullIndexSeconds ?? '-'} s (step ${String(completed?.indexSeconds ?? '-')} s)`);
    return {
      corpus,
      notices: readdirSync(join(contentDir, 'notices')).length,
      firstPublishSeconds,
      seen: seen as LiveLatency['seen'],
      searchIndex,
      fullIndexSeconds,
      seconds: total,
      ratioToTarget: Math.round((total / TARGET_SECONDS) * 100) / 100,
    };
  } finally {
    await live.stop();
  }
}
