/**
 * Bundles the browser code of src/offline/browser/ into the two files the
 * site serves at fixed names: the registration script and the service worker
 * with its precache list written in. esbuild is the bundler Astro's Vite
 * already uses; Workbox's modules read `process.env.NODE_ENV` to drop their
 * development logging.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const browserDir = fileURLToPath(new URL('./browser/', import.meta.url));

/** One browser file as a minified classic script (service workers and `<script src>` without type=module both take one). */
export async function bundleBrowserScript(entry: 'register-worker.ts' | 'service-worker.ts', define: Record<string, unknown> = {}): Promise<string> {
  const result = await build({
    entryPoints: [browserDir + entry],
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    write: false,
    legalComments: 'none',
    define: {
      'process.env.NODE_ENV': '"production"',
      ...Object.fromEntries(Object.entries(define).map(([name, value]) => [name, JSON.stringify(value)])),
    },
  });
  return result.outputFiles[0]!.text;
}
