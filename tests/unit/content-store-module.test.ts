import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isSingleFileStore, storeModuleReadingFile } from '../../src/content-store/content-store-module';
import { STORE_MODULE_ID } from '../../src/content-store/content-store-file-integration';

const STORE = '[["Map",1],{"notices":2},"通告 \\"第1号\\"\\n"]';

/** What Astro's module for the store gives the pages: Astro's own plugin, loading the store from `cacheDir`. */
async function astroStoreModule(cacheDir: string, collectionStorage?: unknown): Promise<string> {
  const pluginFile = join(import.meta.dirname, '../../node_modules/astro/dist/content/vite-plugin-content-virtual-mod.js');
  const { astroContentVirtualModPlugin } = (await import(pathToFileURL(pluginFile).href)) as {
    astroContentVirtualModPlugin: (options: object) => { config: (user: object, env: object) => void; load: { handler: (this: object, id: string) => Promise<{ code: string }> } };
  };
  const root = pathToFileURL(`${cacheDir}/`);
  const settings = { config: { root, srcDir: new URL('src/', root), cacheDir: root, experimental: { collectionStorage }, legacy: {} }, dotAstroDir: new URL('.astro/', root) };
  const plugin = astroContentVirtualModPlugin({ settings, fs });
  plugin.config({}, { command: 'build' });
  return (await plugin.load.handler.call({ error: (e: unknown) => { throw e; } }, STORE_MODULE_ID)).code;
}

/** A module's default export, its imports given by hand. */
function defaultOf(code: string, readFileSync: (path: string) => string): unknown {
  const body = code.replace(/^import .*\n/, '').replace('export default ', 'return ');
  return new Function('readFileSync', body)(readFileSync);
}

describe('the content store module', () => {
  it('reads the store from its file, and gives the pages what Astro’s own module gives them', async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'store-'));
    mkdirSync(join(cacheDir, 'src'));
    const storePath = join(cacheDir, 'data-store.json');
    writeFileSync(storePath, STORE);
    const ours = storeModuleReadingFile(storePath);
    expect(ours).toContain(`readFileSync(${JSON.stringify(storePath)}, 'utf8')`);
    expect(ours.length).toBeLessThan(300);
    // If an update of Astro made the store module any other way than JSON.parse(<the file's text>), this fails.
    const astros = await astroStoreModule(cacheDir);
    expect(astros).toBe(`export default JSON.parse(${JSON.stringify(STORE)})`);
    expect(defaultOf(ours, (path) => (path === storePath ? STORE : ''))).toEqual(defaultOf(astros, () => ''));
  });

  it('is used only for a single-file store (Astro’s default), never for its chunked one', () => {
    expect(isSingleFileStore(undefined)).toBe(true);
    expect(isSingleFileStore('single-file')).toBe(true);
    expect(isSingleFileStore('chunked')).toBe(false);
    expect(isSingleFileStore({ chunkSize: 1024 })).toBe(false);
  });
});
