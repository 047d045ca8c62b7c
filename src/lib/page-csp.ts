/**
 * Each page's Content-Security-Policy, narrowed to what that page uses.
 *
 * Astro writes one policy for the whole site into every page: the hash of
 * every inline script and style it emitted anywhere, and of every script and
 * stylesheet file: 38 hashes, 2.1 KB of HTML, about 1.5 KB of a notice page's
 * 6.6 KB once gzipped (random base64 does not compress). A page uses one or two.
 *
 * Narrowing only removes: a hash stays when an inline element of this page has
 * that exact text, every other source (`'self'`, `'wasm-unsafe-eval'`) stays,
 * and nothing is added. So the policy allows on each page a subset of what
 * Astro's allowed (never, say, a script an author pasted into a notice), and
 * files still load under `'self'`.
 */
import { createHash } from 'node:crypto';

const POLICY_START = Buffer.from('<meta http-equiv="content-security-policy" content="');
const QUOTE = 0x22;
const TAG_END = 0x3e;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

export type InlineKind = 'script' | 'style';

/** Every inline `<script>` and `<style>` element's text, as bytes (lower-case tags, as Astro writes them). */
export function* inlineTexts(html: Buffer): Generator<{ kind: InlineKind; text: Buffer }> {
  for (const tag of ['script', 'style'] as const) {
    const open = Buffer.from(`<${tag}`);
    const close = Buffer.from(`</${tag}`);
    let at = html.indexOf(open);
    while (at >= 0) {
      const next = html[at + open.length];
      const openEnd = html.indexOf(TAG_END, at);
      if (openEnd < 0) return;
      // `<scripts>` or `<style-guide>` is another element.
      if (next !== TAG_END && next !== 0x20 && next !== 0x0a && next !== 0x09 && next !== 0x0d && next !== 0x0c) {
        at = html.indexOf(open, at + 1);
        continue;
      }
      const end = html.indexOf(close, openEnd);
      if (end < 0) return;
      yield { kind: tag, text: html.subarray(openEnd + 1, end) };
      at = html.indexOf(open, end);
    }
  }
}

/** `'sha256-…'`: how a policy lists an inline element's text. */
export function cspHash(text: Buffer | string, algorithm = 'sha256'): string {
  return `'${algorithm}-${createHash(algorithm).update(text).digest('base64')}'`;
}

/** Hashes of the page's inline elements, by kind. */
export type PresentHashes = Record<InlineKind, ReadonlySet<string>>;

/**
 * The policy with only the hashes of inline elements in `present` left:
 * `script-src…` keeps those of scripts, `style-src…` those of styles. Every
 * other source and directive stays as it was.
 */
export function narrowedPolicy(policy: string, present: PresentHashes): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      const kept = name.startsWith('script-src') ? present.script : name.startsWith('style-src') ? present.style : new Set([...present.script, ...present.style]);
      return [name, ...sources.filter((source) => !HASH_SOURCE.test(source) || kept.has(source))].join(' ');
    })
    .filter(Boolean)
    .join('; ');
}

/**
 * The page with its policy narrowed to its own inline elements. A page
 * without a policy element is returned as it is.
 */
export function withNarrowedPolicy(html: Buffer): Buffer {
  const start = html.indexOf(POLICY_START);
  if (start < 0) return html;
  const from = start + POLICY_START.length;
  const to = html.indexOf(QUOTE, from);
  if (to < 0) return html;
  const policy = html.toString('latin1', from, to);
  const algorithms = new Set([...policy.matchAll(/'(sha256|sha384|sha512)-/g)].map((match) => match[1]!));
  const present = { script: new Set<string>(), style: new Set<string>() };
  for (const { kind, text } of inlineTexts(html)) for (const algorithm of algorithms) present[kind].add(cspHash(text, algorithm));
  return Buffer.concat([html.subarray(0, from), Buffer.from(narrowedPolicy(policy, present), 'latin1'), html.subarray(to)]);
}
