/**
 * Bundles browser code that the site serves at fixed names, outside Astro's
 * pages: the service worker with its precache list written in, its
 * registration script, the web editor's setup. esbuild is the bundler Astro's
 * Vite already uses; Workbox's modules read `process.env.NODE_ENV` to drop
 * their development logging.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** One browser file (a file: URL) as a minified classic script (service workers and `<script src>` without type=module both take one). */
export async function bundleBrowserScript(entry: URL, define: Record<string, unknown> = {}): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(entry)],
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
