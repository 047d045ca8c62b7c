import { describe, expect, it } from 'vitest';
import { storeModuleReadingFile } from '../../src/content-store/content-store-module';

const STORE = '[["Map",1],{"notices":2},"通告 \\"第1号\\"\\n"]';
const PATH = '/srv/site/.cache/data-store.json';
const astroModule = (text: string) => `export default JSON.parse(${JSON.stringify(text)})`;

describe('storeModuleReadingFile', () => {
  it("replaces Astro's literal of the store with a read of the store file", () => {
    const code = storeModuleReadingFile(astroModule(STORE), STORE, PATH);
    expect(code).toBe(`import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync("${PATH}", 'utf8'));\n`);
  });

  it('gives the same data as the literal it replaces', () => {
    const code = storeModuleReadingFile(astroModule(STORE), STORE, PATH)!;
    const readFileSync = (path: string) => (path === PATH ? STORE : '');
    const body = code.replace(/^import .*\n/, '').replace('export default ', 'return ');
    expect(new Function('readFileSync', body)(readFileSync)).toEqual(JSON.parse(STORE));
  });

  it("keeps any other module: a store that changed since, Astro's empty or chunked store", () => {
    expect(storeModuleReadingFile(astroModule(STORE), STORE.replace('1', '2'), PATH)).toBeUndefined();
    expect(storeModuleReadingFile('export default new Map()', STORE, PATH)).toBeUndefined();
    expect(storeModuleReadingFile('export default{"notices":[(await import("astro:data-layer-content-chunk:a.json"))]}', STORE, PATH)).toBeUndefined();
  });
});
