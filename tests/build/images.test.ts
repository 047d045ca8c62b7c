/** Images as phones receive them: smaller than the camera originals, with alt text and sizes. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

const dist = inject('sampleDist');
const files = readdirSync(dist, { recursive: true }) as string[];
const pages = files.filter((f) => f.endsWith('.html'));
const originals = (readdirSync(join(projectRoot, 'content/articles/images')) as string[]).map((name) => ({
  name: name.replace(/\.[^.]+$/, ''),
  bytes: statSync(join(projectRoot, 'content/articles/images', name)).size,
}));

describe('images in the built site', () => {
  it('every <img> has alt, width and height (no layout shift, nothing unlabelled)', () => {
    const missing: string[] = [];
    for (const page of pages) {
      for (const [tag] of readFileSync(join(dist, page), 'utf8').matchAll(/<img\b[^>]*>/g)) {
        if (!/\balt="[^"]+"/.test(tag) || !/\bwidth="\d+"/.test(tag) || !/\bheight="\d+"/.test(tag)) missing.push(`${page}: ${tag.slice(0, 120)}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every image a page refers to is smaller than its original', () => {
    const tooBig: string[] = [];
    for (const page of pages.filter((p) => p.startsWith('articles/'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      for (const [url] of html.matchAll(/\/_astro\/[^\s",]+\.(?:avif|webp|jpe?g|png)/g)) {
        const original = originals.find((o) => url.includes(`/${o.name}.`));
        if (!original) continue;
        const bytes = statSync(join(dist, url)).size;
        if (bytes >= original.bytes) tooBig.push(`${url}: ${bytes} ≥ ${original.bytes}`);
      }
    }
    expect(tooBig).toEqual([]);
  });

  it('never sends the camera photo at full weight: every version a page or feed refers to is under 200 KB', () => {
    const biggest = [...originals].sort((a, b) => b.bytes - a.bytes)[0]!;
    expect(biggest.bytes).toBeGreaterThan(1_000_000);
    const referenced = new Set<string>();
    for (const file of files.filter((f) => f.endsWith('.html') || f.endsWith('.xml'))) {
      for (const [url] of readFileSync(join(dist, file), 'utf8').matchAll(/\/_astro\/[^\s",&]+/g)) if (url.includes(`/${biggest.name}.`)) referenced.add(url);
    }
    expect(referenced.size).toBeGreaterThan(0);
    const sizes = [...referenced].map((url) => statSync(join(dist, url)).size);
    expect(Math.max(...sizes)).toBeLessThan(200_000);
  });

  it('offers AVIF and WebP with a srcset for covers, and lazy-loads body images', () => {
    const html = readFileSync(join(dist, pages.find((p) => p.startsWith('articles/2') && p.endsWith('index.html'))!), 'utf8');
    expect(html).toMatch(/<source srcset="[^"]+\.avif 360w[^"]*"[^>]*type="image\/avif"/);
    expect(html).toMatch(/<source[^>]+type="image\/webp"/);
    expect(html).toMatch(/<img\b[^>]*loading="lazy"/);
  });
});
