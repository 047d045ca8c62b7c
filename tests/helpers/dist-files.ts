/** Small helpers for tests that look at a built dist/ folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { EDITOR_URL } from '../../src/site/urls';

/** Every file under `dir`, as sorted POSIX paths relative to it (`notices/x/index.html`). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk('');
  return out.sort();
}

/** The .html files under `dir` (relative paths, sorted). */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}

/**
 * The pages readers see: every .html file but the web editor's (/admin/), a staff tool with its own policy
 * and no sample-data banner, tested on its own (tests/e2e/web-editor.test.ts, tests/build/nginx-config.test.ts).
 */
export function readerPages(dir: string): string[] {
  return htmlFiles(dir).filter((file) => !file.startsWith(EDITOR_URL.slice(1)));
}

/** Reads a file of the dist as UTF-8 text. */
export function readText(dist: string, rel: string): string {
  return readFileSync(join(dist, rel), 'utf8');
}

/** The URL path a dist file is served at: `x/index.html` → `/x/`, `404.html` → `/404.html`. */
export function fileToUrlPath(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

export type Resolved = { file: string } | { error: string };

/**
 * Maps a URL path (still percent-encoded, without query or fragment) to the
 * dist file a static host would serve: `/x/` → `x/index.html`, `/rss.xml` →
 * `rss.xml`. A path without a trailing slash must name a file itself.
 */
export function urlPathToFile(dist: string, pathname: string): Resolved {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { error: 'path is not valid percent-encoding' };
  }
  const normal = posix.normalize(decoded);
  if (!normal.startsWith('/') || normal.split('/').includes('..')) return { error: 'path leaves the site root' };
  const rel = normal.endsWith('/') ? `${normal.slice(1)}index.html` : normal.slice(1);
  const full = join(dist, rel);
  if (existsSync(full) && statSync(full).isFile()) return { file: rel };
  if (!normal.endsWith('/') && existsSync(join(full, 'index.html'))) {
    return { error: `no such file; the page is at ${normal}/ (trailing slash missing)` };
  }
  return { error: `no file ${rel} in dist` };
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references that appear in attribute values (`&amp;`, `&#x2D;`, …). */
export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (all, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref.toLowerCase()] ?? all;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * Every value of an element whose name passes `keys`, anywhere in a tree from
 * fast-xml-parser (`ignoreAttributes: false`): its text, `href` or `url`.
 */
export function xmlValues(node: unknown, keys: (key: string) => boolean, out: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((child) => xmlValues(child, keys, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (keys(key)) {
        for (const v of [value].flat()) {
          if (typeof v === 'string') out.push(v);
          else if (v && typeof v === 'object') {
            const attrs = v as Record<string, unknown>;
            for (const attr of ['#text', '@_href', '@_url']) {
              const text = attrs[attr];
              if (typeof text === 'string') out.push(text);
            }
          }
        }
      }
      xmlValues(value, keys, out);
    }
  }
  return out;
}
