/**
 * The rhyme feeds are podcasts: village broadcasters subscribe to them in a
 * podcast app. Read with a real podcast parser (Debian's python3-podcastparser),
 * as the apps do, and checked for the channel tags their directories ask for.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const dist = inject('sampleDist');
const PYTHON = '/usr/bin/python3';
const hasParser = spawnSync(PYTHON, ['-c', 'import podcastparser']).status === 0;
// CI installs the parser (.ci/run); elsewhere a missing one is said loudly, not hidden.
const required = process.env.REQUIRE_BROWSER === '1';
if (!hasParser && !required) console.warn('\n⚠ python3-podcastparser is not installed: the podcast-app check is skipped (apt-get install python3-podcastparser).\n');

const SCRIPT = `
import json, sys, podcastparser
with open(sys.argv[1], 'rb') as f:
    p = podcastparser.parse(sys.argv[2], f)
print(json.dumps({'title': p.get('title'), 'cover_url': p.get('cover_url'), 'episodes': [{'title': e['title'], 'enclosures': e['enclosures'], 'total_time': e.get('total_time')} for e in p['episodes']]}))
`;

const FEEDS = ['rhymes/rss.xml'];

describe('podcast feeds', () => {
  it.each(FEEDS)('%s has the channel tags podcast directories ask for', (feed) => {
    const xml = readFileSync(join(dist, feed), 'utf8');
    expect(xml).toMatch(/<itunes:owner><itunes:name>[^<]+<\/itunes:name>/);
    expect(xml).toContain('<itunes:category text="Government"/>');
    expect(xml).toContain('<itunes:explicit>false</itunes:explicit>');
    expect(xml).toMatch(/<itunes:author>[^<]+<\/itunes:author>/);
    expect(xml).toContain('<itunes:image href="https://fangkong.example.org/icons/podcast.png"/>');
  });

  it('has artwork of the size directories ask for', async () => {
    const { default: sharp } = await import('sharp');
    const { width, height, format } = await sharp(join(dist, 'icons/podcast.png')).metadata();
    expect({ width, height, format }).toEqual({ width: 1400, height: 1400, format: 'png' });
  });

  it.skipIf(!hasParser && !required).each(FEEDS)('%s reads in a podcast app: every episode has its recording', (feed) => {
    const run = spawnSync(PYTHON, ['-c', SCRIPT, join(dist, feed), `https://fangkong.example.org/${feed}`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const parsed = JSON.parse(run.stdout) as { title: string; episodes: Array<{ title: string; enclosures: Array<{ url: string; mime_type: string }> }> };
    expect(parsed.title).toBeTruthy();
    expect((parsed as { cover_url?: string }).cover_url).toBe('https://fangkong.example.org/icons/podcast.png');
    expect(parsed.episodes.length).toBeGreaterThan(0);
    for (const episode of parsed.episodes.filter((e) => e.enclosures.length)) {
      expect(episode.enclosures[0]!.url).toMatch(/^https:\/\/fangkong\.example\.org\/rhymes\/.+\.(mp3|m4a|ogg)$/);
      expect(episode.enclosures[0]!.mime_type).toMatch(/^audio\//);
    }
    expect(parsed.episodes.some((e) => e.enclosures.length > 0)).toBe(true);
  });
});
