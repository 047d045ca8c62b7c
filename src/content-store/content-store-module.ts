/**
 * `astro build` hands the prerender bundle the content store as one module,
 * `export default JSON.parse("…")`: the store file's whole text as a string
 * literal (23 MB at 5000 entries). The bundler parses that literal, copies it
 * into a chunk and writes it out, and Node compiles it again before the first
 * page renders. The same data can be read from the file itself, which is still
 * in the cache folder while a static build renders (docs/performance.md,
 * round 11).
 *
 * The module is now made without Astro's literal at all: making it (the file
 * read, parsed and quoted, then passed through the bundler's hooks as a 23 MB
 * string) took about 1.8 s of every build's bundling (round 17). That it gives
 * the same data as Astro's own module rests on Astro making that module from
 * the file's text as `JSON.parse(<literal>)` for a single-file store;
 * tests/unit/content-store-module.test.ts fails when an update of Astro stops
 * doing so.
 */

/** The store module's code: the store file read and parsed when the pages' code loads. */
export function storeModuleReadingFile(storePath: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8'));\n`;
}

/** Astro's setting for how the store is kept: only a single file (the default) is read this way; chunks are left to Astro. */
export const isSingleFileStore = (collectionStorage: unknown) => collectionStorage === undefined || collectionStorage === 'single-file';
