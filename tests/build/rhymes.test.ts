/** Rhymes in the built sample site: lines survive everywhere, enclosures match their files. */
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { lyricsStanzas } from '../../src/site/lyrics';
import { parseMarkdownSource } from '../../src/checking/content-source';
import { projectRoot } from '../helpers/build-site';

const dist = inject('sampleDist');
const rhymeDir = join(projectRoot, 'content/rhymes');
const rhymes = readdirSync(rhymeDir)
  .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
  .map((file) => ({ id: file.replace(/\.mdx?$/, ''), ...parseMarkdownSource(readFileSync(join(rhymeDir, file), 'utf8')) }))
  .filter((r) => (r.data as { draft?: boolean }).draft !== true);
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe.each(rhymes)('rhyme $id', ({ id, body, data }) => {
  const stanzas = lyricsStanzas(body);

  it('keeps every verse line and stanza on the page, as structure', () => {
    const html = read(`rhymes/${id}/index.html`);
    const pageStanzas = [...html.matchAll(/<p class="stanza"[^>]*>([\s\S]*?)<\/p>/g)].map((m) =>
      [...m[1]!.matchAll(/<span class="line"[^>]*>([\s\S]*?)<\/span>/g)].map((l) =>
        l[1]!.replace(/<rt[^>]*>.*?<\/rt>|<rp[^>]*>.*?<\/rp>/g, '').replace(/<[^>]+>/g, ''),
      ),
    );
    expect(pageStanzas).toEqual(stanzas);
    expect(html).not.toContain('<pre');
  });

  it('keeps the lines on the printed poster', () => {
    const html = read(`rhymes/${id}/poster/index.html`);
    expect(html.match(/<p class="stanza"/g)).toHaveLength(stanzas.length);
    expect(html.match(/<span class="line"/g)).toHaveLength(stanzas.flat().length);
    expect(html).toContain('<svg');
  });

  it('keeps the lines in the feed, with an enclosure that matches the recording', () => {
    const feed = parser.parse(read('rhymes/rss.xml'));
    const items = [feed.rss.channel.item].flat();
    const item = items.find((i: { link: string }) => i.link.endsWith(`/rhymes/${id}/`));
    expect(item).toBeDefined();
    for (const stanza of stanzas) expect(item.description).toContain(stanza.join('<br/>'));
    const audio = (data as { audio?: { file: string; duration?: number } }).audio;
    if (!audio) return expect(item.enclosure).toBeUndefined();
    const bytes = statSync(join(rhymeDir, audio.file)).size;
    expect(Number(item.enclosure.length)).toBe(bytes);
    expect(item.enclosure.type).toBe(audio.file.endsWith('.mp3') ? 'audio/mpeg' : audio.file.endsWith('.ogg') ? 'audio/ogg' : 'audio/mp4');
    const published = join(dist, new URL(item.enclosure.url).pathname);
    expect(statSync(published).size).toBe(bytes);
    if (audio.duration) expect(item['itunes:duration']).toMatch(/^\d+:\d{2}$/);
  });
});

describe('rhymes promoting notices that no longer apply', () => {
  it('warn on the rhyme page and show the notice status', () => {
    const warned = rhymes.filter(({ id }) => read(`rhymes/${id}/index.html`).includes('related-warning'));
    expect(warned.length).toBeGreaterThan(0);
    for (const { id } of warned) expect(read(`rhymes/${id}/index.html`)).toMatch(/已被替代|已失效|已撤销/);
  });
});
