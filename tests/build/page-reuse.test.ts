/**
 * A release whose entry, region and month pages come partly from the release before
 * (src/page-reuse/) must be, byte for byte, the release a full build makes from
 * the same content at the same "now". Rounds of random edits to a copy of the
 * sample — titles, bodies, withdrawals, expiries, the urgent banner, a new
 * notice replacing an old one, hotlines, clinics, region names — each followed
 * by a later "now", so statuses change on their own too. Every round's build
 * must also have reused pages (else the comparison proves nothing), as hard
 * links to the release before's files, and rendered some again.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { bin, projectRoot, siteBuildEnv } from '../helpers/build-site';
import { PAGE_READS_FILE, pageFile, type PageReadsRecord } from '../../src/page-reuse/page-reuse';
import { writeCheckHandoff } from '../../src/checking/check-handoff';
import { contentFingerprint } from '../../src/checking/content-fingerprint';
import { checkContentFolder } from '../../src/checking/content-check';

const work = mkdtempSync(join(tmpdir(), 'page-reuse-'));
const content = join(work, 'content');
cpSync(join(projectRoot, 'content'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Builds the site's pages (astro build: the search index is not what this tests). A reusing build
 * is handed the folder's check as the live publisher hands it (src/checking/check-handoff.ts).
 */
function astroBuild(outDir: string, now: string, reuseFrom: string, cacheDir: string): PageReadsRecord {
  const handoff = join(work, 'checked-content');
  const fingerprint = contentFingerprint(content);
  const handedOver = reuseFrom !== '' && writeCheckHandoff(handoff, content, checkContentFolder(content, work), fingerprint, work);
  const run = spawnSync(bin('astro'), ['build', '--outDir', outDir], {
    cwd: projectRoot,
    encoding: 'utf8',
    // As a deployment builds: under vitest's NODE_ENV=test, Vite would count the build as DEV and
    // siteContent() would load at every call instead of once (docs/architecture.md, "Page reuse").
    env: siteBuildEnv(content, cacheDir, { now, env: { REUSE_PAGES_FROM: reuseFrom, NODE_ENV: 'production', CHECKED_CONTENT: handedOver ? handoff : '' } }),
    timeout: 300_000,
  });
  if (run.status !== 0) throw new Error(`build failed:\n${(run.stdout + run.stderr).slice(-4000)}`);
  // The handed-over check was taken (the folder was not touched in between), not silently checked again.
  if (handedOver) expect(run.stdout).toContain('发布程序刚检查过');
  // Reused pages are taken before Astro's loop: none passes it as a page with no body.
  expect(run.stdout).not.toContain('file not created');
  return JSON.parse(readFileSync(join(outDir, PAGE_READS_FILE), 'utf8')) as PageReadsRecord;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => path !== PAGE_READS_FILE)
    .sort();
}

/** Paths that differ between two builds: missing on either side, or other bytes. */
function differences(a: string, b: string): string[] {
  const left = files(a);
  const right = new Set(files(b));
  const differ = left.filter((path) => !right.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
  const onlyRight = [...right].filter((path) => !left.includes(path));
  return [...differ, ...onlyRight];
}

/** Keys read in both builds whose values differ (what made pages render again). */
function changedKeys(before: PageReadsRecord, after: PageReadsRecord): string[] {
  const hashes = (record: PageReadsRecord) => new Map(Object.values(record.pages).flatMap((page) => Object.entries(page.reads)));
  const old = hashes(before);
  return [...hashes(after)].filter(([key, hash]) => old.has(key) && old.get(key) !== hash).map(([key]) => key);
}

/** A small seeded generator (mulberry32): each round's edits are the same on every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const listed = (kind: string) => readdirSync(join(content, kind)).filter((name) => /\.(mdx?|ya?ml)$/.test(name)).sort();

/** Edits a Markdown file's front matter (and optionally its body). */
function editEntry(kind: string, name: string, edit: (data: ReturnType<typeof parseDocument>) => void, body = (text: string) => text) {
  const path = join(content, kind, name);
  const text = readFileSync(path, 'utf8');
  const end = text.indexOf('\n---', 4);
  const front = parseDocument(text.slice(4, end));
  edit(front);
  writeFileSync(path, `---\n${front.toString()}---${body(text.slice(end + 4))}`);
}

function editYaml(path: string, edit: (doc: ReturnType<typeof parseDocument>) => void) {
  const doc = parseDocument(readFileSync(path, 'utf8'));
  edit(doc);
  writeFileSync(path, doc.toString());
}

type Edit = (pick: <T>(items: T[]) => T, round: number, day: string) => string;

/** Each edit returns what it did, for the failure message. */
const EDITS: Edit[] = [
  (pick, round) => {
    const kind = pick(['notices', 'articles', 'rhymes']);
    const name = pick(listed(kind));
    editEntry(kind, name, (doc) => doc.set('title', `${String(doc.get('title'))}（修订${round}）`));
    return `retitled ${kind}/${name}`;
  },
  (pick, round) => {
    const name = pick(listed('notices'));
    editEntry('notices', name, () => {}, (body) => `${body}\n\n补充说明第${round}条。\n`);
    return `body of notices/${name}`;
  },
  (pick, _round, day) => {
    const name = pick(listed('notices'));
    editEntry('notices', name, (doc) => doc.set('withdrawn', doc.createNode({ date: day, reason: '情况变化' })));
    return `withdrew notices/${name}`;
  },
  (pick) => {
    const name = pick(listed('notices'));
    editEntry('notices', name, (doc) => doc.set('urgent', !doc.get('urgent')));
    return `urgent flipped on notices/${name}`;
  },
  (pick, round, day) => {
    const old = pick(listed('notices'));
    const id = old.replace(/\.mdx?$/, '');
    const name = `${day}-tihuan-${round}.md`;
    writeFileSync(
      join(content, 'notices', name),
      `---\ntitle: 关于调整防控措施的通告（替换${round}）\ndocType: 通告\nauthority: 岚溪区疫情防控指挥部\nissued: ${day}\nregion: lanxi\nsupersedes: [${id}]\n---\n\n原通告同时废止。\n`,
    );
    return `new notice ${name} replacing ${id}`;
  },
  (pick, round) => {
    const name = pick(listed('hotlines'));
    editYaml(join(content, 'hotlines', name), (doc) => doc.set('name', `${String(doc.get('name'))}（${round}）`));
    return `renamed hotlines/${name}`;
  },
  (pick) => {
    const name = pick(listed('clinics'));
    editYaml(join(content, 'clinics', name), (doc) => doc.set('status', doc.get('status') === 'paused' ? 'open' : 'paused'));
    return `clinic status of clinics/${name}`;
  },
  (pick, round) => {
    let renamed = '';
    editYaml(join(content, 'regions.yaml'), (doc) => {
      const regions = doc.contents as unknown as { items: Array<{ get(key: string): unknown; set(key: string, value: unknown): void }> };
      const region = pick(regions.items);
      renamed = String(region.get('id'));
      region.set('name', `${String(region.get('name'))}${round}`);
    });
    return `renamed region ${renamed}`;
  },
];

describe('page reuse', () => {
  it('a release built from the release before equals a full build, byte for byte, after random edits', () => {
    // Three rounds in CI; PAGE_REUSE_ROUNDS=20 for a longer search by hand. Rounds go in pairs: a
    // morning, then the evening of the same day (pages that change by the day stay), then days later.
    const rounds = Number(process.env.PAGE_REUSE_ROUNDS ?? 3);
    const days = Array.from({ length: rounds }, (_, index) => new Date(Date.UTC(2026, 10, 23 + Math.floor(index / 2) * 3)).toISOString().slice(0, 10));
    let previous = join(work, 'release-0');
    let reusedAny = false;
    astroBuild(previous, '2026-11-22T12:00+08:00', '', join(work, 'cache'));
    days.forEach((day, index) => {
      const round = index + 1;
      const pick = (() => {
        const next = random(round * 7919);
        return <T,>(items: T[]) => items[Math.floor(next() * items.length)];
      })();
      const done = [0, 1, 2].map(() => pick(EDITS)(pick, round, day));
      console.log(`round ${round} (${day}): ${done.join('; ')}`);
      const now = `${day}T${index % 2 ? '18' : '09'}:00+08:00`;
      const release = join(work, `release-${round}`);
      const before = JSON.parse(readFileSync(join(previous, PAGE_READS_FILE), 'utf8')) as PageReadsRecord;
      const reuse = astroBuild(release, now, previous, join(work, 'cache'));
      const full = join(work, `full-${round}`);
      const whole = astroBuild(full, now, '', join(work, `cache-full-${round}`));
      const differ = differences(release, full);
      expect(differ.join('\n'), `round ${round}: ${done.join('; ')}`).toBe('');
      // The urgent banner and region names are on every page: when either changed, nothing is reused, rightly.
      const everyPage = changedKeys(before, reuse).some((key) => key === 'urgent' || key === 'regions');
      if (!everyPage) {
        expect(reuse.reused, `round ${round} reused no page: ${done.join('; ')}; keys changed: ${changedKeys(before, reuse).slice(0, 20).join(', ')}; code ${before.code} → ${reuse.code}`).toBeGreaterThan(0);
      }
      reusedAny ||= reuse.reused > 0;
      expect(reuse.rendered, `round ${round} rendered no entry page`).toBeGreaterThan(0);
      expect(whole.reused).toBe(0);
      // Reused pages are hard links to the release before's files: nothing copied, nothing rewritten.
      const linked = Object.keys(reuse.pages).filter((path) => statSync(pageFile(release, path)).ino === statSync(pageFile(previous, path), { throwIfNoEntry: false })?.ino);
      expect(linked.length).toBe(reuse.reused);
      // Not only entry pages: a region's page and feed, and a month page, are reused when nothing they show changed.
      if (!everyPage) {
        for (const kind of ['/regions/', '/rss.xml', '/archive/']) expect(linked.filter((path) => path.includes(kind)).length, `round ${round}: no ${kind} page reused`).toBeGreaterThan(0);
      }
      // Posters too: one whose source is unchanged is the release before's file.
      const posters = files(release).filter((path) => path.endsWith('/poster/index.html'));
      const postersLinked = posters.filter((path) => statSync(join(release, path)).ino === statSync(join(previous, path), { throwIfNoEntry: false })?.ino);
      expect(postersLinked.length, `round ${round}: no poster reused`).toBeGreaterThan(0);
      // And the web editor's files that did not change (Decap's, the setup script).
      const sameFile = (path: string) => statSync(join(release, path)).ino === statSync(join(previous, path), { throwIfNoEntry: false })?.ino;
      expect(['admin/decap-cms.js', 'admin/editor-setup.js'].filter(sameFile), `round ${round}: editor files written again`).toHaveLength(2);
      console.log(`  reused ${reuse.reused}, rendered ${reuse.rendered}; posters linked ${postersLinked.length} of ${posters.length}`);
      rmSync(full, { recursive: true, force: true });
      previous = release;
    });
    expect(reusedAny, 'no round reused a page').toBe(true);
  });

  it('a recording replaced under the same name reaches the feeds that carry its length, though no entry changed', () => {
    const now = '2026-12-24T09:00+08:00';
    const base = join(work, 'recording-0');
    astroBuild(base, now, '', join(work, 'cache'));
    const audio = join(content, 'rhymes', 'audio');
    const name = readdirSync(audio).sort()[0]!;
    writeFileSync(join(audio, name), Buffer.concat([readFileSync(join(audio, name)), Buffer.alloc(1000)]));
    const release = join(work, 'recording-1');
    const reuse = astroBuild(release, now, base, join(work, 'cache'));
    const full = join(work, 'recording-full');
    astroBuild(full, now, '', join(work, 'cache-recording-full'));
    expect(differences(release, full).join('\n')).toBe('');
    // Everything else was taken as it was; the feeds of the rhyme's regions and the recording itself were made again.
    const rendered = Object.keys(reuse.pages).filter((path) => statSync(pageFile(release, path)).ino !== statSync(pageFile(base, path)).ino);
    expect(reuse.reused).toBeGreaterThan(rendered.length);
    expect(rendered.filter((path) => path.endsWith('/rss.xml')).length).toBeGreaterThan(0);
    expect(rendered.filter((path) => !path.endsWith('/rss.xml'))).toEqual([expect.stringMatching(new RegExp(`^/rhymes/[^/]+/${name.replace('.', '\\.')}$`))]);
    // Recordings and attachments that did not change are the release before's files.
    const files = Object.keys(reuse.pages).filter((path) => /\.(mp3|txt|pdf)$/.test(path));
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((path) => !rendered.includes(path)).every((path) => statSync(pageFile(release, path)).ino === statSync(pageFile(base, path)).ino)).toBe(true);
  });
});
