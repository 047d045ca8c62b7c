/**
 * A live build's process reads Astro's content store while it waits for its
 * build (src/content-store/store-read-ahead.ts). Its sync must then get the
 * store the file holds at that moment: the one read ahead only while the file
 * is the one read, else the file read again, never an older store.
 */
import { mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStoreAhead, type StoreClass } from '../../src/content-store/store-read-ahead';

// Internal to Astro, not among its package's exports (docs/upgrading.md).
const { MutableDataStore } = await import('../../node_modules/astro/dist/content/mutable-data-store.js');

type Store = InstanceType<typeof MutableDataStore>;

/** A store file holding one notice titled `title`, written by Astro's own store. */
async function storeFile(title: string, file = join(mkdtempSync(join(tmpdir(), 'store-ahead-')), 'data-store.json')): Promise<string> {
  const written = `${file}.${title}`;
  const store = await MutableDataStore.fromFile(pathToFileURL(written));
  store.set('notices', 'n1', { id: 'n1', data: { title } });
  await store.writeToDisk();
  // As Astro replaces it: a new file renamed over the old one.
  renameSync(written, file);
  return file;
}

/** Astro's class, as the build's process hands it over, with every read of a file counted. */
function countingClass() {
  const reads: string[] = [];
  const store: StoreClass = {
    fromFile: (file: URL) => {
      reads.push(file.pathname);
      return MutableDataStore.fromFile(file);
    },
  };
  return { store, reads };
}

const titleIn = (store: unknown) => ((store as Store).get('notices', 'n1') as { data: { title: string } } | undefined)?.data.title;

describe('the content store read ahead', () => {
  it('is what the sync gets when it asks for the same, unchanged file: read once, not twice', async () => {
    const file = await storeFile('第1号通告');
    const { store, reads } = countingClass();
    readStoreAhead(store, file);
    const synced = await store.fromFile(pathToFileURL(file));
    expect(titleIn(synced)).toBe('第1号通告');
    expect(reads).toHaveLength(1);
  });

  it('is dropped when a newer store replaced the file since: the sync reads the newer one', async () => {
    const file = await storeFile('旧标题');
    const { store, reads } = countingClass();
    readStoreAhead(store, file);
    await storeFile('新标题', file);
    const synced = await store.fromFile(pathToFileURL(file));
    expect(titleIn(synced)).toBe('新标题');
    expect(reads).toHaveLength(2);
  });

  it('is dropped when the file was written over in place, same inode', async () => {
    const file = await storeFile('旧标题');
    const newer = await storeFile('改过的标题');
    const { store } = countingClass();
    readStoreAhead(store, file);
    writeFileSync(file, readFileSync(newer));
    expect(titleIn(await store.fromFile(pathToFileURL(file)))).toBe('改过的标题');
  });

  it('is not handed to a sync that asks for another file, nor to a second sync', async () => {
    const file = await storeFile('第1号通告');
    const other = await storeFile('别处的通告');
    const { store, reads } = countingClass();
    readStoreAhead(store, file);
    expect(titleIn(await store.fromFile(pathToFileURL(other)))).toBe('别处的通告');
    expect(titleIn(await store.fromFile(pathToFileURL(file)))).toBe('第1号通告');
    expect(reads).toHaveLength(3);
  });

  it('reads nothing ahead when there is no store yet (a first build)', () => {
    const { store, reads } = countingClass();
    readStoreAhead(store, join(mkdtempSync(join(tmpdir(), 'store-ahead-')), 'data-store.json'));
    expect(reads).toHaveLength(0);
  });

  it("rests on Astro's sync getting its store from MutableDataStore.fromFile (else nothing is gained, and nothing breaks)", () => {
    const sync = readFileSync(join(import.meta.dirname, '../../node_modules/astro/dist/core/sync/index.js'), 'utf8');
    expect(sync).toMatch(/store = await MutableDataStore\.fromFile\(dataStoreFile\)/);
    expect(Object.getOwnPropertyDescriptor(MutableDataStore, 'fromFile')?.writable).toBe(true);
  });
});
