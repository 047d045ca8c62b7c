/**
 * The content folder's loaders (src/checking/content-loader.ts) run through
 * Astro's own `glob()`: a sync asks for the front matter of the files that
 * changed, not of every file, and the store it leaves is the one a sync from
 * nothing gives. If an update of Astro made `glob()` use the front matter of a
 * file it keeps, the stored entries would differ and this fails.
 *
 * While they load, they keep Astro's store from being saved (a whole write of
 * it, about a second at 5000 entries) before the sync ends.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ContentEntryType } from 'astro';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { contentGlob, holdingTheSave } from '../../src/checking/content-loader';
import { fixture } from '../helpers/build-site';

type Stored = { id: string; digest?: string; filePath?: string; data: Record<string, unknown>; body?: string };

/** What `glob()` needs of the content layer: a store, a digest, the entry types; every front matter read is counted. */
function syncContext(root: string, store: Map<string, Stored>, asked: string[]) {
  const markdown: ContentEntryType = {
    extensions: ['.md'],
    getEntryInfo({ contents, fileUrl }) {
      asked.push(fileUrl.pathname.split('/').pop()!);
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(contents) ?? [];
      return { data: { front }, body, slug: '', rawData: front };
    },
  };
  const context = {
    collection: 'notices',
    config: { root: pathToFileURL(`${root}/`), srcDir: pathToFileURL(`${root}/src/`) },
    logger: { info() {}, warn() {}, error() {}, debug() {} },
    generateDigest: (text: string) => `${text.length}:${text}`,
    meta: { get() {}, set() {}, has: () => false, delete() {} },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    entryTypes: new Map([['.md', markdown]]),
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      delete: (id: string) => store.delete(id),
      has: (id: string) => store.has(id),
      addModuleImport() {},
      addAssetImports() {},
    },
  };
  return context as unknown as LoaderContext;
}

async function sync(contentDir: string, store: Map<string, Stored>): Promise<string[]> {
  const asked: string[] = [];
  await contentGlob(contentDir, 'notices').load(syncContext(join(contentDir, '..'), store, asked));
  return asked.sort();
}

describe('the content folder’s loaders', () => {
  it('read the front matter of changed files only, and store what a sync from nothing stores', async () => {
    const root = mkdtempSync(join(tmpdir(), 'content-loader-'));
    const contentDir = join(root, 'content');
    cpSync(fixture('site-basic'), contentDir, { recursive: true });
    const store = new Map<string, Stored>();
    const first = await sync(contentDir, store);
    expect(first.length).toBeGreaterThan(2);

    // Nothing changed: no file's front matter is read again, and the store is as it was.
    const before = structuredClone([...store]);
    expect(await sync(contentDir, store)).toEqual([]);
    expect([...store]).toEqual(before);

    // One notice retitled: its front matter alone is read, and it is stored anew.
    const file = join(contentDir, 'notices', first[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*)$/m, 'title: $1（更正）'));
    expect(await sync(contentDir, store)).toEqual([first[0]]);
    const fresh = new Map<string, Stored>();
    await sync(contentDir, fresh);
    expect([...store].sort(([a], [b]) => a.localeCompare(b))).toEqual([...fresh].sort(([a], [b]) => a.localeCompare(b)));
    expect(JSON.stringify(store.get(first[0]!.replace(/\.md$/, ''))?.data)).toContain('（更正）');
  });

  it('hold Astro’s store unsaved while they load: one save per sync, at its end, with what they loaded', async () => {
    const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
    // A sync as Astro runs one: its settings stored as it starts, loaders reading for longer than
    // Astro's 500 ms wait before a save, the changed entry stored as they end, then the final save.
    const sync = async (hold: boolean) => {
      const { store, saves } = await astroStore();
      store.metaStore().set('astro-version', 'as a sync starts');
      const meta = store.metaStore('notices');
      const load = async () => {
        await sleep(1200);
        store.set('notices', 'changed', { id: 'changed', data: { title: '更正后的标题' } });
      };
      await (hold ? holdingTheSave({ meta } as unknown as LoaderContext, load) : load());
      await store.waitUntilSaveComplete();
      return { saves: saves.count, saved: readFileSync(store.file, 'utf8') };
    };
    // Astro saves mid-sync by itself (if an update stops that, holding the save can go: docs/upgrading.md).
    expect((await sync(false)).saves).toBe(2);
    const held = await sync(true);
    expect(held.saves).toBe(1);
    expect(held.saved).toContain('更正后的标题');
  });
});

/** Astro's own content store, saved to a file of its own as a sync saves it, each save counted. */
async function astroStore() {
  // Internal to Astro, not among its package's exports (docs/upgrading.md).
  const { MutableDataStore } = await import('../../node_modules/astro/dist/content/mutable-data-store.js');
  const file = join(mkdtempSync(join(tmpdir(), 'content-store-')), 'data-store.json');
  const store = await MutableDataStore.fromFile(pathToFileURL(file));
  const saves = { count: 0 };
  const writeToDisk = store.writeToDisk.bind(store);
  store.writeToDisk = async () => {
    saves.count++;
    await writeToDisk();
  };
  return { store: Object.assign(store, { file }), saves };
}
