/**
 * What a reader's phone downloads for a page, measured on a built dist/: the
 * HTML and the stylesheets it links, each gzip-compressed as a static host
 * would send them; and the scripts a page would run. Shared by the benchmark
 * and by the budget test (tests/build/budgets.test.ts).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes on the wire for a file: gzip at the level servers commonly use, unless that does not help (already compressed). */
export function transferBytes(data: Buffer): number {
  return Math.min(data.length, gzipSync(data, { level: 6 }).length);
}

/** The stylesheet paths a page links (`<link rel="stylesheet" href="/_astro/x.css">`). */
export function linkedStylesheets(html: string): string[] {
  const out: string[] = [];
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (!/\brel=["']?stylesheet/.test(tag)) continue;
    const href = tag.match(/\bhref=["']?([^"'\s>]+)/)?.[1];
    if (href && href.startsWith('/')) out.push(href);
  }
  return out;
}

/**
 * `<script>` elements that run code: everything except data blocks
 * (`type="application/ld+json"` and other non-JavaScript types).
 */
export function executableScripts(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>/g)]
    .map((m) => m[0])
    .filter((tag) => {
      const type = tag.match(/\btype=["']?([^"'\s>]+)/)?.[1]?.toLowerCase();
      return type === undefined || type === '' || type === 'module' || type.includes('javascript') || type.includes('ecmascript');
    });
}

export interface PageWeight {
  page: string;
  htmlBytes: number;
  cssBytes: number;
  /** HTML + CSS, gzipped. */
  totalBytes: number;
  scripts: number;
}

/** Weight of `rel` (e.g. `notices/x/index.html`) in `dist`. */
export function pageWeight(dist: string, rel: string): PageWeight {
  const html = readFileSync(join(dist, rel));
  const text = html.toString('utf8');
  const cssBytes = linkedStylesheets(text).reduce((sum, href) => sum + transferBytes(readFileSync(join(dist, decodeURI(href)))), 0);
  const htmlBytes = transferBytes(html);
  return { page: rel, htmlBytes, cssBytes, totalBytes: htmlBytes + cssBytes, scripts: executableScripts(text).length };
}

/** `<section>/<id>/index.html` for every entry page of a section (not posters or other sub-pages). */
export function entryPages(dist: string, section: string): string[] {
  const dir = join(dist, section);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((id) => existsSync(join(dir, id, 'index.html')))
    .sort()
    .map((id) => `${section}/${id}/index.html`);
}

/** Total bytes of every file under `dir` (0 when it does not exist). */
export function folderBytes(dir: string, keep: (rel: string) => boolean = () => true): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = join(entry.parentPath, entry.name);
    if (keep(full.slice(dir.length + 1))) total += statSync(full).size;
  }
  return total;
}

/**
 * The Pagefind index proper: what grows with the content (index chunks,
 * fragments, filters, metadata), not the fixed UI scripts, styles and wasm.
 */
export const isIndexFile = (rel: string) => !/\.(js|css)$/.test(rel) && !rel.startsWith('wasm.') && !rel.endsWith('pagefind-entry.json');

/** Number of pages Pagefind indexed, from its fragment files (one per page), in every part of a split index. */
export function indexedPages(dist: string): number {
  const pagefind = join(dist, 'pagefind');
  if (!existsSync(pagefind)) return 0;
  return readdirSync(pagefind, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.pf_fragment')).length;
}
