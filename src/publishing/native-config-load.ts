/**
 * Lets a live build's process load `astro.config.mjs` with Node itself. Astro
 * tries Node's import() first and, when it fails, loads the config again
 * through a Vite server of its own: the config imports the project's
 * TypeScript by extensionless paths and uses parameter properties, which Node
 * alone does not take, so every live build paid for the failed attempt and
 * for Vite's (loading the config alone: 1.2–1.4 s → 0.65–0.72 s, docs/performance.md,
 * round 20).
 * Registered in the build's process only (build-process-child.ts), for the
 * project's own files under src/: a path without its ending is tried with
 * `.ts`, then `/index.ts`, after Node's own resolution failed; a `.ts` file
 * loses its types through Node's own transform (esbuild's synchronous calls
 * cost more than they saved). Anything Node still cannot load makes Astro fall
 * back to Vite as before: slower, never different.
 */
import module from 'node:module';
import { pathToFileURL } from 'node:url';

type Strip = (code: string, options: { mode: 'transform' }) => string;
/** Experimental in Node 24; without it nothing is registered and Astro uses Vite. */
const strip = (module as { stripTypeScriptTypes?: Strip }).stripTypeScriptTypes;

const RELATIVE = /^\.\.?\//;
const ENDINGS = ['.ts', '/index.ts'];

/** @param srcDir the project's src/ folder: only modules inside it are helped */
export function loadProjectModulesWithNode(srcDir: string): void {
  if (!strip) return;
  // Node warns at the first call that the transform is experimental: that call is made here, unheard.
  const warn = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    strip('', { mode: 'transform' });
  } finally {
    process.emitWarning = warn;
  }
  const src = pathToFileURL(`${srcDir.replace(/\/$/, '')}/`).href;
  const ours = (url: string | undefined) => url !== undefined && url.startsWith(src) && !url.includes('/node_modules/');
  module.registerHooks({
    resolve(specifier, context, nextResolve) {
      try {
        return nextResolve(specifier, context);
      } catch (error) {
        if (!RELATIVE.test(specifier) || !ours(context.parentURL)) throw error;
        for (const ending of ENDINGS) {
          try {
            return nextResolve(specifier + ending, context);
          } catch {
            // The next ending, else Node's own error.
          }
        }
        throw error;
      }
    },
    load(url, context, nextLoad) {
      const loaded = nextLoad(url, context);
      if (!ours(url) || loaded.format !== 'module-typescript') return loaded;
      return { format: 'module', source: strip!(String(loaded.source), { mode: 'transform' }), shortCircuit: true };
    },
  });
}
