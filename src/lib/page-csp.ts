/**
 * Each page's Content-Security-Policy, listing only that page's own inline
 * scripts and styles.
 *
 * Astro's built-in CSP puts the hash of every inline script and style of the
 * whole site, and of every script and stylesheet file, into every page:
 * 38 hashes, 2.1 KB of HTML, about 1.5 KB of a notice page's 6.6 KB once
 * gzipped (random base64 does not compress). A page needs one or two of them.
 * The policy is as strict as Astro's: scripts and styles only from this site
 * or from an inline element whose exact text the page lists; WebAssembly for
 * the search; no `unsafe-inline`.
 */
import { createHash } from 'node:crypto';

/** What every page allows besides its own inline elements: files from this site, and WebAssembly (Pagefind). */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;
export const STYLE_SOURCES = ["'self'"] as const;

/** Script types a browser runs, so the policy must cover them; `application/ld+json` and other data blocks are not run. */
const RUN_TYPES = /^(?:module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;

const INLINE_ELEMENT = /<(script|style)(?=[\s>])([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const SOURCE_ATTRIBUTE = /\ssrc\s*=/i;

/** `'sha256-…'`, the form a policy lists an inline element's text in. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hashes already worked out: a site has a few dozen distinct inline styles,
 * each on thousands of pages (hashing them again was 0.26 s at 5000 entries).
 */
const hashed = new Map<string, string>();
const REMEMBER_AT_MOST = 1000;

function rememberedHash(text: string): string {
  let hash = hashed.get(text);
  if (hash === undefined) {
    if (hashed.size >= REMEMBER_AT_MOST) hashed.clear();
    hash = cspHash(text);
    // A copy: the text as matched is a slice of its page, and would keep the whole page in memory.
    hashed.set([...text].join(''), hash);
  }
  return hash;
}

/** The hashes of the page's inline scripts the browser would run, and of its inline styles, each listed once. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [, tag, attributes, text] of html.matchAll(INLINE_ELEMENT)) {
    if (tag!.toLowerCase() === 'style') {
      styles.add(rememberedHash(text!));
      continue;
    }
    if (SOURCE_ATTRIBUTE.test(attributes!)) continue;
    const type = TYPE_ATTRIBUTE.exec(attributes!);
    const typeValue = type ? (type[1] ?? type[2] ?? type[3] ?? '').trim() : '';
    if (typeValue === '' || RUN_TYPES.test(typeValue)) scripts.add(rememberedHash(text!));
  }
  return { scripts: [...scripts], styles: [...styles] };
}

/** The policy a page with these inline elements needs. */
export function pagePolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return `script-src ${[...SCRIPT_SOURCES, ...scripts].join(' ')}; style-src ${[...STYLE_SOURCES, ...styles].join(' ')}`;
}

const HEAD_START = /<head\b[^>]*>/i;
const CHARSET = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i;

/**
 * The page with its policy as the first thing in `<head>` after the charset,
 * before any element it governs. A page without `<head>` (not a page a
 * resident reads) is returned as it is.
 */
export function withPagePolicy(html: string): string {
  const head = HEAD_START.exec(html);
  if (!head) return html;
  const meta = `<meta http-equiv="content-security-policy" content="${pagePolicy(html)}">`;
  const charset = CHARSET.exec(html.slice(head.index));
  const at = charset ? head.index + charset.index + charset[0].length : head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
