/**
 * Build hook: the static build's pages read the content store from its file in
 * the cache folder instead of from a copy of it bundled into their code
 * (src/content-store/content-store-module.ts says why). Only `astro build` without an
 * adapter: its pages render in this process, right after bundling, while the
 * file is there. `astro dev` keeps Astro's module, which it reloads on edits.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { isSingleFileStore, storeModuleReadingFile } from './content-store-module';
import { STORE_FILE } from './store-file';

/** Astro's virtual module of the content store, as resolved (astro/dist/content/consts.js). */
export const STORE_MODULE_ID = '\0astro:data-layer-content';

function storeFromFile(storePath: string): Plugin {
  return {
    name: 'content-store-file',
    applyToEnvironment: (environment) => environment.name === 'prerender',
    load: {
      // Before Astro's own plugin's load (itself `enforce: 'pre'`), which would read the file and quote it for nothing.
      order: 'pre',
      handler(id) {
        // No file: Astro's empty store.
        if (id !== STORE_MODULE_ID || !existsSync(storePath)) return null;
        return { code: storeModuleReadingFile(storePath), map: { mappings: '' } };
      },
    },
  };
}

export function contentStoreFile(): AstroIntegration {
  return {
    name: 'content-store-file',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build' || config.adapter || !isSingleFileStore(config.experimental.collectionStorage)) return;
        updateConfig({ vite: { plugins: [storeFromFile(fileURLToPath(new URL(STORE_FILE, config.cacheDir)))] } });
      },
    },
  };
}
