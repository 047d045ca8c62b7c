/**
 * What of a built page its search index depends on, as a hash: a delta index
 * covers the pages whose digest changed (delta-choice.ts), and the live
 * publisher's word cache cuts only those again (search-staging.ts). The page's HTML hash
 * would count too much: what a page says changes more often than what it is found by
 * (the status data its script reads, `data-known`; the urgent banner every page carries;
 * and, before page reuse, the build time every notice page carried).
 *
 * The digest keeps the page's text and tags, and of their attributes only those
 * Pagefind reads: every attribute of an element with a `data-pagefind-*` one
 * (filters, metadata — `data-pagefind-meta="endTitle[data-title]"` reads another
 * attribute of the same element), and `alt`, `src`, `id`, `lang`, `title`,
 * `hidden` anywhere (image text and metadata, anchors, the language). Anything
 * misparsed stays in as text, which can only make a page count as changed.
 * Pure: unit-tested.
 */
import { createHash } from 'node:crypto';

const TAG = /<([a-zA-Z][\w:-]*)(\s[^>]*)?>/g;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;
/** Attributes Pagefind reads on any element. */
const READ_ANYWHERE = new Set(['alt', 'src', 'id', 'lang', 'title', 'hidden']);

/** A tag with only the attributes search reads. */
function searchedTag(name: string, attributes = ''): string {
  const all = [...attributes.matchAll(ATTRIBUTE)].map((match) => ({ name: match[1]!.toLowerCase(), text: match[0] }));
  const pagefind = all.some((attribute) => attribute.name.startsWith('data-pagefind'));
  const kept = pagefind ? all : all.filter((attribute) => READ_ANYWHERE.has(attribute.name));
  return `<${name}${kept.map((attribute) => ` ${attribute.text}`).join('')}>`;
}

/** The page as search reads it: text and tags, with only the attributes search reads. */
export function searchedHtml(html: string): string {
  return html.replace(TAG, (_, name: string, attributes: string | undefined) => searchedTag(name, attributes));
}

/** A hash of what the search index takes from a built page. */
export function searchDigest(html: string): string {
  return createHash('sha1').update(searchedHtml(html)).digest('base64url');
}
