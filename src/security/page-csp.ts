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
import { hash } from 'node:crypto';

const POLICY_START = Buffer.from('<meta http-equiv="content-security-policy" content="');
const QUOTE = 0x22;
const TAG_END = 0x3e;
const HASH_SOURCE = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=]+'$/;

export type InlineKind = 'script' | 'style';

/** Script types a browser runs; any other type (`application/ld+json`) is a data block, which no policy governs. */
const RUN_TYPES = /^(?:module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script)$/i;
const TYPE_ATTRIBUTE = /\stype\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Whether an inline element with these attributes is one a policy governs: every style, and scripts that run. */
function governed(kind: InlineKind, attributes: string): boolean {
  if (kind === 'style') return true;
  const type = TYPE_ATTRIBUTE.exec(attributes);
  const value = type ? (type[1] ?? type[2] ?? type[3] ?? '').trim() : '';
  return value === '' || RUN_TYPES.test(value);
}

const WHITESPACE = new Set([0x20, 0x0a, 0x09, 0x0d, 0x0c]);

/** Every inline `<script>` and `<style>` element: its attributes, and its text as bytes (lower-case tags, as Astro writes them). */
export function* inlineElements(html: Buffer): Generator<{ kind: InlineKind; attributes: string; text: Buffer }> {
  for (const kind of ['script', 'style'] as const) {
    const open = Buffer.from(`<${kind}`);
    const close = Buffer.from(`</${kind}`);
    let at = html.indexOf(open);
    while (at >= 0) {
      const next = html[at + open.length]!;
      const openEnd = html.indexOf(TAG_END, at);
      if (openEnd < 0) return;
      // `<scripts>` or `<style-guide>` is another element.
      if (next !== TAG_END && !WHITESPACE.has(next)) {
        at = html.indexOf(open, at + 1);
        continue;
      }
      const end = html.indexOf(close, openEnd);
      if (end < 0) return;
      yield { kind, attributes: html.toString('latin1', at + open.length, openEnd), text: html.subarray(openEnd + 1, end) };
      at = html.indexOf(open, end);
    }
  }
}

/** `'sha256-…'`: how a policy lists an inline element's text. */
export function cspHash(text: Buffer | string, algorithm = 'sha256'): string {
  return `'${algorithm}-${hash(algorithm, text, 'base64')}'`;
}

/** Hashes of the page's inline elements, by kind. */
export type PresentHashes = Record<InlineKind, ReadonlySet<string>>;

interface ParsedPolicy {
  directives: { name: string; kind: InlineKind | undefined; sources: { source: string; isHash: boolean }[] }[];
  algorithms: string[];
}

function parsePolicy(policy: string): ParsedPolicy {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim().split(/\s+/))
    .filter(([name]) => Boolean(name))
    .map(([name = '', ...sources]) => ({
      name,
      kind: name.startsWith('script-src') ? ('script' as const) : name.startsWith('style-src') ? ('style' as const) : undefined,
      sources: sources.map((source) => ({ source, isHash: HASH_SOURCE.test(source) })),
    }));
  return { directives, algorithms: [...new Set([...policy.matchAll(/'(sha256|sha384|sha512)-/g)].map((match) => match[1]!))] };
}

function narrowParsed({ directives }: ParsedPolicy, present: PresentHashes): string {
  return directives
    .map(({ name, kind, sources }) => {
      const kept = (source: string) => (kind ? present[kind].has(source) : present.script.has(source) || present.style.has(source));
      return [name, ...sources.filter(({ source, isHash }) => !isHash || kept(source)).map(({ source }) => source)].join(' ');
    })
    .join('; ');
}

/**
 * The policy with only the hashes of inline elements in `present` left:
 * `script-src…` keeps those of scripts, `style-src…` those of styles, any
 * other directive those of either. Every other source stays, in its place.
 */
export function narrowedPolicy(policy: string, present: PresentHashes): string {
  return narrowParsed(parsePolicy(policy), present);
}

/**
 * The policy last seen, taken apart, with the narrowed forms made of it so far:
 * Astro writes the same policy into every page, and pages of a kind have the
 * same inline elements, so a build makes a few dozen narrowed policies.
 */
let lastPolicy: { bytes: Buffer; parsed: ParsedPolicy; narrowed: Map<string, Buffer> } | undefined;

function policyBetween(html: Buffer, from: number, to: number) {
  const same = lastPolicy && lastPolicy.bytes.length === to - from && html.compare(lastPolicy.bytes, 0, lastPolicy.bytes.length, from, to) === 0;
  if (!same || !lastPolicy) {
    const bytes = Buffer.from(html.subarray(from, to));
    lastPolicy = { bytes, parsed: parsePolicy(bytes.toString('latin1')), narrowed: new Map() };
  }
  return lastPolicy;
}

/**
 * The page with its policy narrowed to its own inline elements. A page
 * without a policy element is returned as it is.
 */
export function withNarrowedPolicy(html: Buffer<ArrayBuffer>): Buffer<ArrayBuffer> {
  const start = html.indexOf(POLICY_START);
  if (start < 0) return html;
  const from = start + POLICY_START.length;
  const to = html.indexOf(QUOTE, from);
  if (to < 0) return html;
  const policy = policyBetween(html, from, to);
  const present = { script: new Set<string>(), style: new Set<string>() };
  for (const { kind, attributes, text } of inlineElements(html)) {
    if (governed(kind, attributes)) for (const algorithm of policy.parsed.algorithms) present[kind].add(cspHash(text, algorithm));
  }
  const key = `${[...present.script].join(' ')}|${[...present.style].join(' ')}`;
  let narrowed = policy.narrowed.get(key);
  if (!narrowed) {
    if (policy.narrowed.size >= 1000) policy.narrowed.clear();
    narrowed = Buffer.from(narrowParsed(policy.parsed, present), 'latin1');
    policy.narrowed.set(key, narrowed);
  }
  return Buffer.concat([html.subarray(0, from), narrowed, html.subarray(to)]);
}
