/**
 * What the service worker stores as it installs, before the resident reads
 * anything: the pages a phone must still show once the connection drops (the
 * home page, the hotlines, the clinic list, the offline page), the notices in
 * force, and the files those pages load. Everything else is saved as it is
 * read (src/offline/browser/service-worker.ts).
 *
 * The first visit downloads all of it in the background, on a weak connection
 * and a small phone, so the list has a byte budget that holds however large
 * the site grows: the core pages always, then notices in force newest first,
 * at most MAX_PRECACHED_NOTICES, each only while the total stays within
 * PRECACHE_BUDGET_BYTES. Bytes are counted as stored (uncompressed).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { entryUrl, fileOfUrl, HOME_URL, listUrl, OFFLINE_URL, WORKER_REGISTRATION_URL } from '../site/urls';
import { noticeStatusPath, type NoticeStatusDocument } from '../lifecycle/status-files';

/** 300 KB as stored: the core pages (about 90 KB on the sample) and a dozen notices of about 18 KB. */
export const PRECACHE_BUDGET_BYTES = 300 * 1024;
/** However many notices are in force, a phone stores at most this many up front; others as they are read. */
export const MAX_PRECACHED_NOTICES = 20;

/** The pages stored up front whatever the content. */
export const CORE_PAGES = [HOME_URL, listUrl('hotlines'), listUrl('clinics'), OFFLINE_URL] as const;
/** Small files every page loads: the icon and the worker's registration script. */
const SHARED_FILES = ['/favicon.svg', WORKER_REGISTRATION_URL];

/** One URL for Workbox's precache: `revision` changes when the file does, so a new release replaces it. */
export interface PrecacheEntry {
  url: string;
  revision: string;
  bytes: number;
}

export interface PrecachePlan {
  entries: PrecacheEntry[];
  totalBytes: number;
  /** Notices in force, newest first, that are stored up front… */
  notices: string[];
  /** …and those left to be saved when read (over the cap or the budget). */
  noticesLeftOut: string[];
}

/** Ids of the notices in force, newest in effect first, as the build's status files say (the one status function's output). */
export function noticesInForce(dist: string): string[] {
  const dir = join(dist, 'notices');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dist, noticeStatusPath(id))))
    .map((id) => JSON.parse(readFileSync(join(dist, noticeStatusPath(id)), 'utf8')) as NoticeStatusDocument)
    .filter((doc) => doc.status === 'in-force')
    .sort((a, b) => b.effective.localeCompare(a.effective) || a.id.localeCompare(b.id))
    .map((doc) => doc.id);
}

const SCRIPT_SRC = /<script\b[^>]*\bsrc="(\/[^"]+)"/g;
const LINKED = /<link\b[^>]*\brel="(?:stylesheet|modulepreload)"[^>]*\bhref="(\/[^"]+)"|<link\b[^>]*\bhref="(\/[^"]+)"[^>]*\brel="(?:stylesheet|modulepreload)"/g;
/** Static imports of a built module (`import{t}from"./list-filter.js"`, `import"./x.js"`); import() is left to load online. */
const STATIC_IMPORT = /\bimport\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+|\/[^"']+)["']/g;

/** Same-origin files a page needs to work offline: its scripts and stylesheets, and the modules they import. */
export function pageAssets(dist: string, pageUrl: string): string[] {
  const html = readFileSync(join(dist, fileOfUrl(pageUrl)), 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(SCRIPT_SRC)].map((m) => m[1]!).concat([...html.matchAll(LINKED)].map((m) => (m[1] ?? m[2])!));
  while (queue.length) {
    const url = queue.shift()!.split(/[?#]/)[0]!;
    if (found.has(url) || !existsSync(join(dist, url))) continue;
    found.add(url);
    if (!/\.m?js$/.test(url)) continue;
    const code = readFileSync(join(dist, url), 'utf8');
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) queue.push(spec!.startsWith('/') ? spec! : posix.join(posix.dirname(url), spec!));
  }
  return [...found];
}

function entryOf(dist: string, url: string): PrecacheEntry {
  const bytes = readFileSync(join(dist, url.endsWith('/') ? fileOfUrl(url) : url));
  return { url, revision: createHash('sha256').update(bytes).digest('hex').slice(0, 16), bytes: bytes.length };
}

/** The precache of a built site: core pages and shared files, then notices in force while the cap and the budget allow. */
export function precachePlan(dist: string, budget = PRECACHE_BUDGET_BYTES, maxNotices = MAX_PRECACHED_NOTICES): PrecachePlan {
  const entries = new Map<string, PrecacheEntry>();
  let totalBytes = 0;
  const withAssets = (page: string) => [page, ...pageAssets(dist, page)].filter((url) => !entries.has(url)).map((url) => entryOf(dist, url));
  const add = (group: PrecacheEntry[]) => {
    for (const entry of group) entries.set(entry.url, entry);
    totalBytes += group.reduce((sum, entry) => sum + entry.bytes, 0);
  };
  // The core is stored whatever it weighs: the hotline numbers are the point of going offline.
  for (const page of CORE_PAGES) add(withAssets(page));
  add(SHARED_FILES.filter((url) => existsSync(join(dist, url)) && !entries.has(url)).map((url) => entryOf(dist, url)));
  const notices: string[] = [];
  const noticesLeftOut: string[] = [];
  for (const id of noticesInForce(dist)) {
    const page = entryUrl('notices', id);
    // A notice weighs at least its page: one whose page alone passes the budget is left out unread
    // (on a big site whose core already fills the budget, that was every notice read and hashed).
    const fits = notices.length < maxNotices && totalBytes + statSync(join(dist, fileOfUrl(page))).size <= budget;
    const group = fits ? withAssets(page) : [];
    const bytes = group.reduce((sum, entry) => sum + entry.bytes, 0);
    if (group.length && totalBytes + bytes <= budget) {
      add(group);
      notices.push(id);
    } else noticesLeftOut.push(id);
  }
  return { entries: [...entries.values()], totalBytes, notices, noticesLeftOut };
}
