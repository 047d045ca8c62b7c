/**
 * Writes a synthetic content folder that follows /work/shared/CONTENT-MODEL.md:
 * N entries in realistic proportions (notices 60 %, articles 15 %, rhymes 10 %,
 * hotlines 5 %, clinics 10 %), about 800 characters of Chinese per notice and
 * article, deterministic for a given seed. Run alone with
 * `tsx tests/bench/generate-content.ts <dir> <n>`.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ATTACHMENT_TEXT, coverJpeg, silentMp3, writeFile } from './media';
import { Random } from './random';
import { makeRegions } from './regions';
import { makeClinics, makeHotlines, fictionalPhone, planClinics, planHotlines } from './synthetic-directory';
import { makeNotices, type Entry, type Timeline } from './synthetic-notices';
import { AUDIO_FILE, COVER_FILE, makeArticles, makeRhymes } from './synthetic-stories';

/** The "now" every benchmark build is pinned to (SITE_NOW). */
export const BENCH_NOW = '2026-11-22T12:00+08:00';
export const PROPORTIONS = { notices: 0.6, articles: 0.15, rhymes: 0.1, hotlines: 0.05, clinics: 0.1 } as const;

export interface GeneratedContent {
  dir: string;
  counts: Record<keyof typeof PROPORTIONS | 'regions', number>;
  /** Ids of the notices that are published at BENCH_NOW (not drafts, not scheduled). */
  publishedNoticeIds: string[];
}

function timeline(now: string): Timeline {
  const pad = (n: number) => String(n).padStart(2, '0');
  const beijing = (t: number) => new Date(t + 8 * 3600_000);
  const day = (t: number) => {
    const d = beijing(t);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  };
  return {
    start: Date.parse('2024-01-01T00:00+08:00'),
    now: Date.parse(now),
    day,
    iso: (t) => `${day(t)}T${pad(beijing(t).getUTCHours())}:${pad(beijing(t).getUTCMinutes())}+08:00`,
  };
}

function writeEntry(dir: string, kind: string, entry: Entry): void {
  const front = stringify(entry.data, { lineWidth: 0 });
  const text = entry.ext === 'yaml' ? front : `---\n${front}---\n\n${entry.body ?? ''}\n`;
  writeFile(join(dir, kind, `${entry.id}.${entry.ext}`), text);
}

/** Splits `n` entries by PROPORTIONS; clinics take the rounding remainder. */
export function entryCounts(n: number) {
  const notices = Math.round(n * PROPORTIONS.notices);
  const articles = Math.round(n * PROPORTIONS.articles);
  const rhymes = Math.round(n * PROPORTIONS.rhymes);
  const hotlines = Math.max(1, Math.round(n * PROPORTIONS.hotlines));
  return { notices, articles, rhymes, hotlines, clinics: Math.max(1, n - notices - articles - rhymes - hotlines) };
}

export async function generateContent(dir: string, n: number, seed = 20261122, now = BENCH_NOW): Promise<GeneratedContent> {
  rmSync(dir, { recursive: true, force: true });
  const r = new Random(seed);
  const time = timeline(now);
  const counts = entryCounts(n);
  const regions = makeRegions(r);
  const text = { places: regions.map((region) => region.name), phone: () => fictionalPhone(r) };
  const hotlinePlan = planHotlines(counts.hotlines, regions, r);
  const clinicPlan = planClinics(counts.clinics, regions, r);
  const notices = makeNotices(r, {
    count: counts.notices,
    regions,
    text,
    time,
    hotlineIds: hotlinePlan.map((h) => h.id),
    clinicIds: clinicPlan.map((c) => c.id),
  });
  const publishedNoticeIds = notices.filter((x) => !x.data.draft && Date.parse(x.data.issued as string) <= time.now).map((x) => x.id);
  const written: Record<string, Entry[]> = {
    notices,
    articles: makeArticles(r, { count: counts.articles, regions, text, time }),
    rhymes: makeRhymes(r, { count: counts.rhymes, regions, text, time, noticeIds: publishedNoticeIds }),
    hotlines: makeHotlines(r, hotlinePlan, time),
    clinics: makeClinics(r, clinicPlan, time),
  };
  writeFile(join(dir, 'regions.yaml'), `# 岚川区（虚构地名，基准测试生成）\n${stringify(regions, { lineWidth: 0 })}`);
  for (const [kind, entries] of Object.entries(written)) for (const entry of entries) writeEntry(dir, kind, entry);
  writeFile(join(dir, 'notices/files/jiankang-jiance-dengjibiao.txt'), ATTACHMENT_TEXT);
  writeFile(join(dir, 'articles', COVER_FILE), await coverJpeg());
  writeFile(join(dir, 'rhymes', AUDIO_FILE), silentMp3());
  return { dir, counts: { ...counts, regions: regions.length }, publishedNoticeIds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n] = process.argv.slice(2);
  if (!dir || !n) throw new Error('usage: tsx tests/bench/generate-content.ts <dir> <n>');
  const result = await generateContent(dir, Number(n));
  console.log(JSON.stringify(result.counts));
}
