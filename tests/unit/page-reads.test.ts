/**
 * What a page read (src/page-reuse/page-reads.ts) and what those reads hold
 * (read-values.ts): the two halves of deciding that a page is unchanged.
 */
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { byteLength } from '../../src/site/audio';
import { describe, expect, it } from 'vitest';
import { entryKey, fileKey, readsOf, ReadRecordingMap, recordAgain, recordRead, unrecorded } from '../../src/page-reuse/page-reads';
import { ReadValues } from '../../src/page-reuse/read-values';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('reads of a page', () => {
  it('records each key once, in order, and nothing outside a page', async () => {
    recordRead('regions');
    const { result, reads } = await readsOf(async () => {
      recordRead('urgent');
      await tick();
      recordRead('regions');
      recordRead('urgent');
      return 'page';
    });
    expect(result).toBe('page');
    expect(reads).toEqual(['regions', 'urgent']);
  });

  it('keeps pages rendered at the same time apart', async () => {
    const page = (key: string) =>
      readsOf(async () => {
        await tick();
        recordRead(key);
        await tick();
      });
    const [a, b] = await Promise.all([page('entry:notices/a'), page('entry:notices/b')]);
    expect(a.reads).toEqual(['entry:notices/a']);
    expect(b.reads).toEqual(['entry:notices/b']);
  });

  it('work shared by pages counts for each page that uses it, not only the first', async () => {
    // A feed item's body is rendered once and shown in several feeds; what it read, each of them read.
    const shared = readsOf(async () => {
      recordRead('entry:notices/named');
      return '<p>body</p>';
    });
    const feed = () =>
      readsOf(async () => {
        const { result, ...used } = await shared;
        recordAgain(used);
        return result;
      });
    const [first, second] = [await feed(), await feed()];
    expect(first.reads).toEqual(['entry:notices/named']);
    expect(second.reads).toEqual(['entry:notices/named']);
  });

  it('does not count what runs unrecorded, even when it awaits', async () => {
    const { reads } = await readsOf(async () => {
      await unrecorded(async () => {
        await tick();
        recordRead('now');
      });
    });
    expect(reads).toEqual([]);
  });

  it('a map records the ids asked for, present or not, and the whole kind when walked', async () => {
    const map = ReadRecordingMap.of('notices', [['a', 1], ['b', 2]]);
    const one = await readsOf(async () => [map.get('a'), map.has('z')]);
    expect(one.result).toEqual([1, false]);
    expect(one.reads).toEqual([entryKey('notices', 'a'), entryKey('notices', 'z')]);
    for (const walk of [() => [...map], () => [...map.values()], () => map.size, () => map.forEach(() => {})]) {
      expect((await readsOf(async () => walk())).reads).toEqual(['list:notices']);
    }
  });
});

describe('what the reads hold', () => {
  const region = (id: string, parent?: string) => ({ id, name: id, parent });
  const tree = (regions = [region('r'), region('a', 'r'), region('b', 'r')]) => ({
    regions,
    // What a RegionTree keeps as pages ask it: not part of the value.
    subtrees: new Map<string, Set<string>>(),
    contains: (id: string, entryRegion: string | undefined) => id === 'r' || id === (entryRegion ?? 'r'),
  });
  const content = (title: string, extra: Record<string, unknown> = {}) => {
    const built = {
      now: new Date('2026-11-22T04:00:00Z'),
      regions: tree(),
      urgentNotices: [],
      notices: [
        { id: 'a', data: { title, region: 'a', issued: new Date('2026-11-01T00:00:00Z') } },
        { id: 'b', data: { title: '乙', region: 'b', issued: new Date('2026-10-01T00:00:00Z') } },
      ],
      articles: [],
      ...extra,
      inRegion: (kind: never, id: string) =>
        (built[kind] as Array<{ data: { region?: string } }>).filter((entry) => built.regions.contains(id, entry.data.region)),
    };
    return built;
  };

  it('an entry hashes the same while it is the same, and otherwise not', () => {
    const before = new ReadValues(content('甲'));
    expect(new ReadValues(content('甲')).hashOf('entry:notices/a')).toBe(before.hashOf('entry:notices/a'));
    expect(new ReadValues(content('甲改')).hashOf('entry:notices/a')).not.toBe(before.hashOf('entry:notices/a'));
    expect(new ReadValues(content('甲改')).hashOf('entry:notices/b')).toBe(before.hashOf('entry:notices/b'));
    expect(new ReadValues(content('甲改')).hashOf('list:notices')).not.toBe(before.hashOf('list:notices'));
  });

  it('an entry that goes away, or comes, changes its key', () => {
    const gone = new ReadValues({ ...content('甲'), notices: [] });
    expect(gone.hashOf('entry:notices/a')).toBe('absent');
    expect(new ReadValues(content('甲')).hashOf('entry:notices/a')).not.toBe('absent');
  });

  it('sees inside Maps, Sets and dates, which JSON would write as {} or lose', () => {
    const withMap = (names: string[]) => content('甲', { notices: [{ id: 'a', data: { names: new Map([['x', new Set(names)]]) } }] });
    expect(new ReadValues(withMap(['一', '二'])).hashOf('entry:notices/a')).not.toBe(new ReadValues(withMap(['一'])).hashOf('entry:notices/a'));
    const otherDate = content('甲');
    (otherDate.notices[0]!.data as { issued: Date }).issued = new Date('2026-11-02T00:00:00Z');
    expect(new ReadValues(otherDate).hashOf('entry:notices/a')).not.toBe(new ReadValues(content('甲')).hashOf('entry:notices/a'));
  });

  it('the region tree is valued by its regions, not by what it has worked out so far', () => {
    const asked = content('甲');
    asked.regions.subtrees.set('r', new Set(['r', 'a', 'b']));
    expect(new ReadValues(asked).hashOf('regions')).toBe(new ReadValues(content('甲')).hashOf('regions'));
    const renamed = content('甲', { regions: tree([region('r'), { ...region('a', 'r'), name: '甲村' }, region('b', 'r')]) });
    expect(new ReadValues(renamed).hashOf('regions')).not.toBe(new ReadValues(content('甲')).hashOf('regions'));
  });

  it("a region's entries change with an entry inside it, not with one elsewhere", () => {
    const before = new ReadValues(content('甲'));
    const after = new ReadValues(content('甲改'));
    expect(after.hashOf('region:notices/a')).not.toBe(before.hashOf('region:notices/a'));
    expect(after.hashOf('region:notices/r')).not.toBe(before.hashOf('region:notices/r'));
    expect(after.hashOf('region:notices/b')).toBe(before.hashOf('region:notices/b'));
  });

  it("a month's entries change with an entry dated in it, not with one from another month", () => {
    const before = new ReadValues(content('甲'));
    const after = new ReadValues(content('甲改'));
    expect(after.hashOf('month:notices/2026-11')).not.toBe(before.hashOf('month:notices/2026-11'));
    expect(after.hashOf('month:notices/2026-10')).toBe(before.hashOf('month:notices/2026-10'));
    // Kinds without month pages have no month keys.
    expect(before.hashOf('month:hotlines/2026-11')).toMatch(/^never:/);
  });

  it('a key it cannot value never matches, so the page is rendered again', () => {
    const values = new ReadValues(content('甲', { notices: [{ id: 'a', data: { render: () => 'code' } }] }));
    expect(values.hashOf('entry:notices/a')).toMatch(/^never:/);
    expect(new ReadValues(content('甲')).hashOf('unknown:thing')).toMatch(/^never:/);
    expect(new ReadValues(content('甲')).hashOf('entry:nokind/a')).toMatch(/^never:/);
  });

  it('a file a page reads itself changes its key when it is written again, even to the same length', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'page-file-'));
    const recording = join(dir, 'song.mp3');
    writeFileSync(recording, 'ID3 first take');
    const { reads } = await readsOf(async () => byteLength(recording));
    expect(reads).toEqual([fileKey(recording)]);
    const before = new ReadValues(content('甲')).hashOf(fileKey(recording));
    expect(new ReadValues(content('甲')).hashOf(fileKey(recording))).toBe(before);
    writeFileSync(`${recording}.new`, 'ID3 other take');
    renameSync(`${recording}.new`, recording);
    expect(new ReadValues(content('甲')).hashOf(fileKey(recording))).not.toBe(before);
    rmSync(recording);
    expect(new ReadValues(content('甲')).hashOf(fileKey(recording))).toBe('absent');
  });

  it('"now" is the instant itself, "today" its Beijing day', () => {
    expect(new ReadValues(content('甲')).hashOf('now')).toBe('2026-11-22T04:00:00.000Z');
    expect(new ReadValues(content('甲')).hashOf('today')).toBe('2026-11-22');
    // 23:30 UTC is already the next day in Beijing.
    expect(new ReadValues(content('甲', { now: new Date('2026-11-22T23:30:00Z') })).hashOf('today')).toBe('2026-11-23');
  });
});

describe('what pages may read without it being recorded', () => {
  // Page reuse is only as good as the record: a page that read the clock or the collections some
  // other way than through siteContent() would be reused after it changed.
  const root = join(import.meta.dirname, '../../src');
  const serverCode = (path: string) => {
    const text = readFileSync(path, 'utf8');
    // An .astro file's code runs on the build machine only between its --- fences; its <script>s run in the browser.
    return path.endsWith('.astro') ? (text.split(/^---$/m)[1] ?? '') : text;
  };
  const files = ['pages', 'components', 'layouts'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((name) => /\.(astro|ts)$/.test(name) && !name.includes('browser'))
      .map((name) => join(root, dir, name)),
  );

  it('no page, component or layout reads the collections or the clock itself', () => {
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.filter((path) => /\bgetCollection\(|\bgetEntry\(|\bDate\.now\(|new Date\(\)/.test(serverCode(path)));
    expect(offenders.map((path) => path.slice(root.length + 1))).toEqual([]);
  });
});
