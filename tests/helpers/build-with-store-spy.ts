/**
 * Runs `astro build` through Astro's JavaScript API with one extra Vite plugin,
 * run last, that records the code of the content-store module the prerender
 * bundle receives. Usage: tsx build-with-store-spy.ts <outDir> <report.json>
 * (CONTENT_DIR, SITE_NOW and ASTRO_CACHE_DIR come from the environment).
 */
import { writeFileSync } from 'node:fs';
import { build } from 'astro';
import { STORE_MODULE_ID } from '../../src/content-store/content-store-file-integration';

const [outDir, report] = process.argv.slice(2);
if (!outDir || !report) throw new Error('usage: build-with-store-spy.ts <outDir> <report.json>');

const storeModules: string[] = [];
await build({
  outDir,
  logLevel: 'warn',
  vite: {
    plugins: [{
      name: 'store-module-spy',
      enforce: 'post',
      applyToEnvironment: (environment) => environment.name === 'prerender',
      transform(code, id) {
        if (id === STORE_MODULE_ID) storeModules.push(code);
        return null;
      },
    }],
  },
});
writeFileSync(report, JSON.stringify({ storeModules }));
