/**
 * Astro hook: writes the web editor into the built site at /admin/ — its page,
 * its configuration made from the content schemas and this content folder,
 * Decap CMS's own files and the editor's setup script. After the URL check and
 * before the service worker: the editor is not a published address, and no
 * reader's phone stores it.
 */
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dump } from 'js-yaml';
import { checkContentFolderOnce } from '../checking/content-check';
import { buildNow } from '../site.config';
import { bundleBrowserScript } from '../site/browser-bundle';
import { EDITOR_URL } from '../site/urls';
import { cmsConfig, type EditorSettings } from './cms-config';
import { editorChoices } from './editor-choices';
import { EDITOR_CONFIG, EDITOR_SETUP_SCRIPT, editorPage } from './editor-page';

/** Decap CMS's script and the chunks it loads from beside itself (not the source maps, not the React-less build). */
const DECAP_FILE = /^(\d+\.)?decap-cms\.js$/;

function copyDecap(target: string): void {
  const dist = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  for (const name of readdirSync(dist)) if (DECAP_FILE.test(name)) copyFileSync(join(dist, name), join(target, name));
}

export function webEditor(options: { contentDir: string; root: string; siteName: string; settings: EditorSettings }): AstroIntegration {
  return {
    name: 'web-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), EDITOR_URL);
        mkdirSync(target, { recursive: true });
        const config = cmsConfig(options.settings, editorChoices(checkContentFolderOnce(options.contentDir, options.root), buildNow()));
        writeFileSync(join(target, EDITOR_CONFIG), dump(config, { lineWidth: -1 }));
        writeFileSync(join(target, 'index.html'), editorPage(options.settings, options.siteName));
        writeFileSync(join(target, EDITOR_SETUP_SCRIPT), await bundleBrowserScript(new URL('./browser/editor-setup.ts', import.meta.url)));
        copyDecap(target);
        logger.info(`网页编辑器：${EDITOR_URL}（${options.settings.backend}，本机编辑经 127.0.0.1:${options.settings.proxyPort}）`);
      },
    },
  };
}
