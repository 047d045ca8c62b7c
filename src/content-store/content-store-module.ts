/**
 * `astro build` hands the prerender bundle the content store as one module,
 * `export default JSON.parse("…")`: the store file's whole text as a string
 * literal (23 MB at 5000 entries). The bundler parses that literal, copies it
 * into a chunk and writes it out, and Node compiles it again before the first
 * page renders. The same data can be read from the file itself, which is still
 * in the cache folder while a static build renders (docs/performance.md,
 * round 11).
 */

/**
 * The module's code reading `storePath` at run time, or `undefined` when
 * `code` is not exactly Astro's literal of `storeText` (a newer Astro, the
 * chunked store, an empty store): then Astro's own module is kept.
 */
export function storeModuleReadingFile(code: string, storeText: string, storePath: string): string | undefined {
  if (code !== `export default JSON.parse(${JSON.stringify(storeText)})`) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8'));\n`;
}
