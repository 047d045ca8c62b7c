/**
 * Experiment, not the site: what Astro 7's `experimental.incrementalBuild`
 * would save on publish latency. Copies this project to a temp folder, turns
 * the flag on, and gives every entry page a `cacheKey` (in the copy's
 * src/site/static-paths.ts), then measures cold → unchanged → one notice
 * changed like latency.ts. The cache key is the entry's digest, its derived
 * status, and the site-wide urgent banner; it does not yet cover entries an
 * MDX body refers to (<NoticeRef>, <HotlineCard>…) — a real change must.
 */
import { cpSync, existsSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './builds';
import { publishLatency, type PublishLatency } from './latency';
import type { Trash } from './trash';

const STATIC_PATHS = 'src/site/static-paths.ts';
const EXPORTS = ['noticePaths', 'articlePaths', 'rhymePaths', 'clinicPaths', 'noticeMonthPaths', 'articleMonthPaths'];

/** The copy's static-paths.ts: the same pages, each with a cacheKey. */
const KEYED_STATIC_PATHS = `import { createHash } from 'node:crypto';
import { byMonth } from '../lib/archive-months';
import { siteContent, type ArticleEntry, type ClinicEntry, type NoticeEntry, type RhymeEntry, type SiteContent } from './site-content';

// The urgent banner is on every page, so it is part of every page's key.
const urgentKey = (c: SiteContent) =>
  c.notices.filter((n) => n.data.urgent && n.status.status === 'in-force').map((n) => n.id + n.data.title).join('|');

const paths = <T extends { id: string; digest?: string; data: unknown }, K extends string>(c: SiteContent, entries: T[], key: K) => {
  const urgent = urgentKey(c);
  return entries.map((entry) => ({
    params: { id: entry.id },
    props: { [key]: entry } as Record<K, T>,
    cacheKey: createHash('sha1').update(JSON.stringify([entry.digest, (entry as { status?: unknown }).status, entry.data, urgent])).digest('hex'),
  }));
};

export const noticePaths = async () => { const c = await siteContent(); return paths<NoticeEntry, 'notice'>(c, c.notices, 'notice'); };
export const articlePaths = async () => { const c = await siteContent(); return paths<ArticleEntry, 'article'>(c, c.articles, 'article'); };
export const rhymePaths = async () => { const c = await siteContent(); return paths<RhymeEntry, 'rhyme'>(c, c.rhymes, 'rhyme'); };
export const clinicPaths = async () => { const c = await siteContent(); return paths<ClinicEntry, 'clinic'>(c, c.clinics, 'clinic'); };
// Month pages: not keyed (they list many entries), as in the project.
export const noticeMonthPaths = async () =>
  byMonth((await siteContent()).notices, (notice) => notice.data.issued).map((group) => ({ params: { month: group.month }, props: { group } }));
export const articleMonthPaths = async () =>
  byMonth((await siteContent()).articles, (article) => article.data.published).map((group) => ({ params: { month: group.month }, props: { group } }));
`;

/** Writes the patched copy; returns its root, or throws when src/ no longer has the shape this patch expects. */
export function writeIncrementalProject(dest: string): string {
  rmSync(dest, { recursive: true, force: true });
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'package-lock.json']) {
    if (existsSync(join(projectRoot, item))) cpSync(join(projectRoot, item), join(dest, item), { recursive: true });
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const config = join(dest, 'astro.config.mjs');
  const configText = readFileSync(config, 'utf8');
  if (!configText.includes("trailingSlash: 'always',")) throw new Error('astro.config.mjs changed shape; update the incremental experiment');
  writeFileSync(config, configText.replace("trailingSlash: 'always',", "experimental: { incrementalBuild: true },\n  trailingSlash: 'always',"));
  const paths = join(dest, STATIC_PATHS);
  const pathsText = readFileSync(paths, 'utf8');
  if (!EXPORTS.every((name) => pathsText.includes(`export const ${name}`))) throw new Error(`${STATIC_PATHS} changed shape; update the incremental experiment`);
  writeFileSync(paths, KEYED_STATIC_PATHS);
  return dest;
}

export async function incrementalLatency(work: string, timeoutSeconds: number, log: (m: string) => void, trash: Trash, maxTreeBytes?: number): Promise<PublishLatency> {
  const root = writeIncrementalProject(join(work, 'incremental-project'));
  return publishLatency(work, timeoutSeconds, log, trash, maxTreeBytes, root, 'incremental');
}
