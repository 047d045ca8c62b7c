/**
 * Budgets that are not timings, asserted on the sample site's build (timings
 * are only reported, by `npm run bench`; see docs/performance.md):
 * - a notice page, HTML + the CSS it links, gzipped, is at most 15 KB;
 * - reading pages run no JavaScript but the two small inline scripts that keep
 *   a saved page's status true (JSON-LD is data, not code) and the tiny file
 *   that registers the service worker;
 * - the few interactive pages keep their own scripts small;
 * - the Pagefind index stays under a per-page budget, and the metadata every
 *   search downloads holds nothing only browsing needs;
 * - the word index is cut into the smaller chunks we ask Pagefind for.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decode } from 'cborg';
import { describe, expect, inject, it } from 'vitest';
import { readPagefindFile } from '../../src/search/search-cache';
import { DAY_FILTER } from '../../src/search/browse-days';
import { INDEX_CHUNK_ENTRIES } from '../../src/search/search-chunks';
import { readerPages } from '../helpers/dist-files';
import { executableScripts, folderBytes, indexedPages, isIndexFile, pageWeight, transferBytes } from '../bench/page-weight';

const dist = inject('sampleDist');
const pages = readerPages(dist);

/** 15 KB on the wire for a notice (HTML + CSS, gzip): readable on a slow 2G connection in a few seconds. */
const NOTICE_PAGE_BUDGET = 15 * 1024;
/**
 * Index bytes (chunks, fragments, filters, metadata; not Pagefind's fixed JS/CSS/wasm) per indexed page.
 * Measured 3.3 KB on the sample site and 3.9 KB on the benchmark's 800-character entries, since pages
 * are indexed in their own script only (docs/performance.md); 5 KB fails if indexed text doubles again.
 */
const INDEX_BYTES_PER_PAGE = 5 * 1024;
/** Own JavaScript (gzip) an interactive page may ship; Pagefind, fetched only when searching, is not counted. */
const INTERACTIVE_SCRIPT_BUDGET = 4 * 1024;
/**
 * Each status script (src/lifecycle/browser/), inline on every page it serves, gzipped on its own:
 * it runs on pages people only read, so it stays well under 1 KB.
 */
const STATUS_SCRIPT_BUDGET = 900;
/** The service worker's registration script (src/offline/browser/register-worker.ts), on every page: a few lines. */
const REGISTRATION_SCRIPT = { src: '/sw-register.js', budget: 300 } as const;
/** A status script is known by the file it fetches. */
const STATUS_SCRIPTS = { notice: '/status.json', urgent: '/status/site.json' } as const;
/** The reading tools (朗读, 大字: src/reading/browser/), on notices, articles and rhymes, under the same budget. */
const READING_TOOLS = '[data-reading-tools]';

/**
 * Pages people read: every script-free. Interactive pages may run small scripts:
 * search (Pagefind), hotlines and clinics ("open now" from the visitor's clock),
 * the rhyme list (filters) and subscribe (copy buttons).
 */
const READING = [/^index\.html$/, /^404\.html$/, /^offline\//, /^notices\//, /^articles\//, /^rhymes\/[^/]+\/(poster\/)?index\.html$/];
// Region pages list their clinics with "open now", as /clinics/ does (services/urgency.ts).
const INTERACTIVE = [/^search\//, /^hotlines\//, /^clinics\//, /^regions\//, /^rhymes\/index\.html$/, /^subscribe\//];

const noticePages = pages.filter((page) => /^notices\/[^/]+\/(poster\/)?index\.html$/.test(page));

/** The text of each script a page runs: inline bodies, or the files they load by src. */
function scriptTexts(page: string): Array<{ tag: string; inline: boolean; text: string }> {
  const html = readFileSync(join(dist, page), 'utf8');
  // Element by element: two inline scripts may open with the same tag.
  return [...html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)]
    .filter(([, tag]) => executableScripts(tag!).length > 0)
    .map(([, tag, body]) => {
      const src = tag!.match(/\bsrc=["']?([^"'\s>]+)/)?.[1];
      return src ? { tag: tag!, inline: false, text: readFileSync(join(dist, src), 'utf8') } : { tag: tag!, inline: true, text: body! };
    });
}

/** Bytes (gzip) of the JavaScript a page runs: inline module bodies plus the files they load by src. */
function scriptBytes(page: string): number {
  return scriptTexts(page).reduce((sum, { text }) => sum + transferBytes(Buffer.from(text)), 0);
}

const isStatusScript = ({ inline, text }: { inline: boolean; text: string }) => inline && Object.values(STATUS_SCRIPTS).some((mark) => text.includes(mark));
const isReadingTools = ({ inline, text }: { inline: boolean; text: string }) => inline && text.includes(READING_TOOLS);
const isRegistration = ({ inline, tag }: { inline: boolean; tag: string }) => !inline && tag.includes(`src="${REGISTRATION_SCRIPT.src}"`);

describe('page weight and index budgets (sample site)', () => {
  it('builds notice pages to check', () => {
    expect(noticePages.length).toBeGreaterThan(5);
  });

  it('every notice page is at most 15 KB transferred (HTML + linked CSS, gzip)', () => {
    const over = noticePages.map((page) => pageWeight(dist, page)).filter((w) => w.totalBytes > NOTICE_PAGE_BUDGET);
    expect(over.map((w) => `${w.page}: ${w.totalBytes} B`)).toEqual([]);
  });

  it('reading pages ship no executable <script> but the inline status scripts and the worker’s registration (JSON-LD data blocks are allowed)', () => {
    const reading = pages.filter((page) => READING.some((pattern) => pattern.test(page)));
    expect(reading.length).toBeGreaterThan(noticePages.length);
    const withScripts = reading
      .map((page) => ({ page, scripts: scriptTexts(page).filter((script) => !isStatusScript(script) && !isReadingTools(script) && !isRegistration(script)) }))
      .filter((p) => p.scripts.length > 0);
    expect(withScripts.map((p) => `${p.page}: ${p.scripts.map((s) => s.tag).join(' ')}`)).toEqual([]);
  });

  it(`the status scripts stay under ${STATUS_SCRIPT_BUDGET} B each (minified, gzip), inline on the pages that need them`, () => {
    const notice = scriptTexts(noticePages.find((page) => !page.includes('/poster/'))!);
    const home = scriptTexts('index.html');
    const sizes = Object.entries(STATUS_SCRIPTS).map(([name, mark]) => {
      const found = (name === 'notice' ? notice : home).filter((script) => isStatusScript(script) && script.text.includes(mark));
      expect(found, `${name} status script`).toHaveLength(1);
      return { name, raw: Buffer.byteLength(found[0]!.text), gzip: transferBytes(Buffer.from(found[0]!.text)) };
    });
    console.info(`status scripts: ${sizes.map((s) => `${s.name} ${s.raw} B, ${s.gzip} B gzip`).join('; ')}`);
    for (const size of sizes) expect(size.gzip, size.name).toBeLessThan(STATUS_SCRIPT_BUDGET);
    // The notice page's script is not on pages without a notice banner.
    expect(home.some((script) => script.text.includes(STATUS_SCRIPTS.notice))).toBe(false);
  });

  it(`the reading tools stay under ${STATUS_SCRIPT_BUDGET} B (minified, gzip), once on notices, articles and rhymes, not on the home page`, () => {
    const page = noticePages.find((path) => !path.includes('/poster/'))!;
    const found = scriptTexts(page).filter(isReadingTools);
    expect(found).toHaveLength(1);
    const gzip = transferBytes(Buffer.from(found[0]!.text));
    console.info(`reading tools: ${Buffer.byteLength(found[0]!.text)} B, ${gzip} B gzip`);
    expect(gzip).toBeLessThan(STATUS_SCRIPT_BUDGET);
    expect(scriptTexts('index.html').some(isReadingTools)).toBe(false);
  });

  it(`the worker's registration script stays under ${REGISTRATION_SCRIPT.budget} B (gzip), loaded deferred by every page`, () => {
    const found = scriptTexts('index.html').filter(isRegistration);
    expect(found).toHaveLength(1);
    expect(found[0]!.tag).toMatch(/\bdefer\b/);
    expect(transferBytes(Buffer.from(found[0]!.text))).toBeLessThan(REGISTRATION_SCRIPT.budget);
  });

  it('every page is either a reading page or a known interactive one', () => {
    const unclassified = pages.filter((page) => ![...READING, ...INTERACTIVE].some((pattern) => pattern.test(page)));
    expect(unclassified).toEqual([]);
  });

  it(`interactive pages keep their own JavaScript under ${INTERACTIVE_SCRIPT_BUDGET / 1024} KB (gzip)`, () => {
    const interactive = pages.filter((page) => INTERACTIVE.some((pattern) => pattern.test(page)));
    const over = interactive.map((page) => ({ page, bytes: scriptBytes(page) })).filter((p) => p.bytes > INTERACTIVE_SCRIPT_BUDGET);
    expect(over.map((p) => `${p.page}: ${p.bytes} B`)).toEqual([]);
  });

  it('the Pagefind index stays under its per-page budget', () => {
    const indexed = indexedPages(dist);
    expect(indexed).toBeGreaterThan(noticePages.length / 2);
    const perPage = folderBytes(join(dist, 'pagefind'), isIndexFile) / indexed;
    expect(perPage, `index bytes per indexed page (${indexed} pages)`).toBeLessThan(INDEX_BYTES_PER_PAGE);
  });

  it('every search downloads metadata without sort lists: browsing goes by a day filter, fetched only to browse', () => {
    const meta = readdirSync(join(dist, 'pagefind')).find((file) => file.endsWith('.pf_meta'))!;
    // Pagefind 1.6's metadata: version, pages, word chunks, filters, sorts, meta fields.
    const [, pages, , filters, sorts] = decode(readPagefindFile(join(dist, 'pagefind', meta)), { useMaps: false }) as unknown[][];
    expect(pages!.length).toBe(indexedPages(dist));
    expect(sorts).toEqual([]);
    expect(filters!.map((filter) => (filter as string[])[0])).toContain(DAY_FILTER);
  });

  it(`Pagefind cuts its word index at about ${INDEX_CHUNK_ENTRIES} entries a chunk, as asked, so a search fetches fewer words it did not ask for`, () => {
    const folder = join(dist, 'pagefind', 'index');
    // A chunk file holds [[word, [[page, positions, meta positions], …]], …]; Pagefind counts one entry
    // per page and per number in its lists, and closes a chunk with the word that reaches the size.
    const entries = (pages: unknown[][]) => pages.reduce((sum, page) => sum + 1 + (page[1] as unknown[]).length + ((page[2] as unknown[] | undefined)?.length ?? 0), 0);
    const chunks = readdirSync(folder).map((file) => {
      const [words] = decode(readPagefindFile(join(folder, file)), { useMaps: false }) as [Array<[string, unknown[][]]>];
      return { file, beforeLastWord: words.slice(0, -1).reduce((sum, [, pages]) => sum + entries(pages), 0) };
    });
    // The sample's index holds about 21 000 entries: Pagefind's own size (20 000) would make two chunks.
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.beforeLastWord, chunk.file).toBeLessThan(INDEX_CHUNK_ENTRIES);
  });
});
