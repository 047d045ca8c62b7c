/**
 * No broken internal links in the built sample site: every reference from a
 * page, feed, sitemap or robots.txt to the site itself resolves to a file in
 * dist, and every `#fragment` names an element id on the target page.
 */
import { XMLParser } from 'fast-xml-parser';
import { HtmlValidate, Parser, type HtmlElement } from 'html-validate';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { decodeEntities, fileToUrlPath, htmlFiles, listFiles, readText, urlPathToFile, xmlValues } from '../helpers/dist-files';

const dist = inject('sampleDist');

/** Elements and the attributes on them that reference another resource. */
const REFERENCES: Record<string, string[]> = {
  a: ['href'], area: ['href'], link: ['href'], img: ['src', 'srcset'], source: ['src', 'srcset'],
  audio: ['src'], video: ['src', 'poster'], track: ['src'], script: ['src'], iframe: ['src'],
  embed: ['src'], object: ['data'], form: ['action'],
};
/** `<meta property|name>` whose `content` is a URL (link previews). */
const META_URLS = /^(og:(url|image|audio|video)(:(url|secure_url))?|twitter:image)$/;

/** Every URL a page references, with the markup it came from. */
function referencesOf(root: HtmlElement): { url: string; where: string }[] {
  const refs: { url: string; where: string }[] = [];
  for (const [tag, attrs] of Object.entries(REFERENCES)) {
    for (const el of root.querySelectorAll(tag)) {
      for (const attr of attrs) {
        const value = el.getAttributeValue(attr);
        if (value === null) continue;
        const text = decodeEntities(value);
        const urls = attr === 'srcset' ? text.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [text];
        for (const url of urls.filter(Boolean)) refs.push({ url, where: `<${tag} ${attr}="${url}">` });
      }
    }
  }
  for (const el of root.querySelectorAll('meta')) {
    const name = el.getAttributeValue('property') ?? el.getAttributeValue('name') ?? '';
    const content = el.getAttributeValue('content');
    if (META_URLS.test(name) && content) refs.push({ url: decodeEntities(content), where: `<meta ${name}="${content}">` });
  }
  return refs;
}

let parser: Parser;
let origin = '';
const idCache = new Map<string, Set<string>>();
const parse = (file: string): HtmlElement => parser.parseHtml(readText(dist, file));

function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set(parse(file).querySelectorAll('[id]').map((el) => decodeEntities(el.id ?? '')));
    idCache.set(file, ids);
  }
  return ids;
}

/** Checks one reference; returns why it is broken, or null when it resolves (or is not ours). */
function check(raw: string, base: string, options: { mustBeOurs?: boolean } = {}): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null; // tel:, geo:, mailto:, data:, …
  if (url.origin !== origin) return options.mustBeOurs ? `not on the site origin ${origin}` : null;
  const target = urlPathToFile(dist, url.pathname);
  if ('error' in target) return target.error;
  const fragment = url.hash.slice(1);
  if (!fragment || fragment.toLowerCase() === 'top') return null; // `#top` scrolls to the top by the HTML spec
  if (!target.file.endsWith('.html')) return `fragment #${fragment} on a non-HTML file`;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `fragment #${fragment} is not valid percent-encoding`;
  }
  return idsOf(target.file).has(id) ? null : `${target.file} has no element with id="${id}"`;
}

const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: true });
const report = (broken: string[]) => `${broken.length} broken link(s):\n${broken.join('\n')}\n`;

describe('internal links of the sample site', () => {
  beforeAll(async () => {
    const config = await new HtmlValidate({ extends: ['html-validate:recommended'] }).getConfigFor('page.html');
    parser = new Parser(config);
    const canonical = parse('index.html').querySelector('link[rel="canonical"]')?.getAttributeValue('href');
    if (!canonical) throw new Error('index.html has no <link rel="canonical">, so the site origin is unknown');
    origin = new URL(decodeEntities(canonical)).origin;
  });

  it('every href/src/srcset (and link-preview URL) in every page resolves, including #fragments', () => {
    const broken: string[] = [];
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const root = parse(file);
      const baseHref = root.querySelector('base[href]')?.getAttributeValue('href');
      const base = new URL(decodeEntities(baseHref ?? ''), origin + fileToUrlPath(file)).href;
      for (const { url, where } of referencesOf(root)) {
        const why = check(url, base);
        if (why) broken.push(`${file} → ${where}: ${why}`);
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  it('every <link>, <guid> and <enclosure url> in the feeds that points at the site resolves', () => {
    const feeds = listFiles(dist).filter((f) => f.endsWith('.xml') && /<(rss|feed)\b/.test(readText(dist, f)));
    expect(feeds.length).toBeGreaterThan(0);
    const broken: string[] = [];
    for (const feed of feeds) {
      const tree = xml.parse(readText(dist, feed));
      const values = xmlValues(tree, (k) => ['link', 'atom:link', 'guid', 'enclosure'].includes(k));
      for (const value of values.filter((v) => /^https?:/.test(v))) {
        const why = check(value, origin + fileToUrlPath(feed));
        if (why) broken.push(`${feed} → ${value}: ${why}`);
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });

  it('the feeds promised by the URL contract exist', () => {
    const contract = ['/rss.xml', '/notices/rss.xml', '/articles/rss.xml', '/rhymes/rss.xml', '/sitemap-index.xml'];
    const missing = contract.filter((path) => 'error' in urlPathToFile(dist, path));
    expect(missing, `missing from dist: ${missing.join(', ')}`).toEqual([]);
  });

  it('every <loc> in the sitemaps, and the Sitemap: line of robots.txt, resolves', () => {
    const sitemaps = listFiles(dist).filter((f) => /^sitemap-.*\.xml$/.test(f));
    expect(sitemaps).toContain('sitemap-index.xml');
    const broken: string[] = [];
    for (const sitemap of sitemaps) {
      const locs = xmlValues(xml.parse(readText(dist, sitemap)), (k) => k === 'loc' || k.endsWith(':loc'));
      expect(locs.length, `${sitemap} lists no URLs`).toBeGreaterThan(0);
      for (const loc of locs) {
        const why = check(loc, origin + '/', { mustBeOurs: true });
        if (why) broken.push(`${sitemap} → ${loc}: ${why}`);
      }
    }
    if (listFiles(dist).includes('robots.txt')) {
      for (const [, url] of readText(dist, 'robots.txt').matchAll(/^sitemap:\s*(\S+)/gim)) {
        const why = check(url!, origin + '/', { mustBeOurs: true });
        if (why) broken.push(`robots.txt → ${url}: ${why}`);
      }
    }
    expect(broken.length, report(broken)).toBe(0);
  });
});
