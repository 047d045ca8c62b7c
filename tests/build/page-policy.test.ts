/**
 * Every built page carries a strict Content-Security-Policy: one `<meta>`
 * before anything it governs, listing hashes of that page's own inline
 * elements only (Astro writes the whole site's into every page; a notice page
 * would carry 1.5 KB of other pages' hashes). That the list is complete is
 * checked in a real browser by tests/e2e/csp.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { readerPages, readText } from '../helpers/dist-files';

const dist = inject('sampleDist');
const pages = readerPages(dist);

/** What astro.config.mjs adds before Astro's script-src and style-src: nothing but this site, no frames, plugins, foreign <base> or form targets. */
const SITE_DIRECTIVES = "default-src 'self'; img-src 'self' https:; frame-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)">/g;
const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Hashes of the text of every inline <script> and <style> on the page, whatever its type. */
function ownInlineHashes(html: string): Set<string> {
  return new Set([...html.matchAll(/<(script|style)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((match) => sha256(match[2]!)));
}

describe('each page’s Content-Security-Policy', () => {
  it('the sample site has pages to check', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(pages)('%s has one strict policy, before any script or style', (file) => {
    const html = readText(dist, file);
    const policies = [...html.matchAll(POLICY)];
    expect(policies, 'exactly one policy element').toHaveLength(1);
    const [{ 0: element, 1: policy, index }] = policies as [RegExpExecArray];
    expect(index, 'inside <head>').toBeLessThan(html.indexOf('</head>'));
    const firstGoverned = html.search(/<(script|style)\b|<link\b[^>]*\brel="stylesheet"/);
    if (firstGoverned >= 0) expect(index, 'before the first script, style or stylesheet').toBeLessThan(firstGoverned);
    expect(policy).toMatch(new RegExp(`^${SITE_DIRECTIVES}; script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*; style-src 'self'( 'sha256-[^']+')*$`));
    const listed = policy!.match(/'sha256-[^']+'/g) ?? [];
    const own = ownInlineHashes(html);
    expect(listed.filter((hash) => !own.has(hash)), `hashes of no inline element on this page (${element.length} bytes)`).toEqual([]);
  });

  it('a notice page’s policy is small: a notice has one inline stylesheet and three scripts (the two status scripts, the reading tools)', () => {
    const notice = pages.find((file) => /^notices\/[^/]+\/index\.html$/.test(file))!;
    const [policy] = [...readText(dist, notice).matchAll(POLICY)][0]!;
    // About 53 bytes a hash and 60 for the element; the whole site's list would be about 2 KB. The site-wide directives are fixed.
    expect(policy.length - SITE_DIRECTIVES.length).toBeLessThan(350);
  });
});
