/**
 * A title pasted with control characters (U+0001, U+FFFE: XML forbids them)
 * still gives well-formed feeds: the characters are dropped, the title kept.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, fixture } from '../helpers/build-site';

const work = mkdtempSync(join(tmpdir(), 'feed-chars-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('feeds with control characters in a title', () => {
  it('stay well-formed XML and keep the title', () => {
    const content = join(work, 'content');
    cpSync(fixture('site-basic'), content, { recursive: true });
    const file = join(content, 'notices', '2026-10-20-fangkong-tonggao-1.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: "$1\\u0001\\uFFFE"'));
    const build = buildSite(content);
    expect(build.status, build.output.slice(-2000)).toBe(0);
    const feeds = (readdirSync(build.outDir, { recursive: true }) as string[]).filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(3);
    for (const feed of feeds) expect(XMLValidator.validate(readFileSync(join(build.outDir, feed), 'utf8')), feed).toBe(true);
    expect(readFileSync(join(build.outDir, 'notices/rss.xml'), 'utf8')).toContain('示范县疫情防控指挥部关于加强近期疫情防控工作的通告（第1号）</title>');
    rmSync(join(build.outDir, '..'), { recursive: true, force: true });
  });
});
