/**
 * Astro hook: writes the web editor into the built site at /admin/ — its page,
 * its configuration made from the content schemas and this content folder,
 * Decap CMS's own files and the editor's setup script. After the URL check and
 * before the service worker: the editor is not a published address, and no
 * reader's phone stores it.
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
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
import { KeyedFiles } from '../page-reuse/keyed-files';
import { fileIdentity } from '../page-reuse/file-identity';

/** Decap CMS's script and the chunks it loads from beside itself (not the source maps, not the React-less build). */
const DECAP_FILE = /^(\d+\.)?decap-cms\.js$/;

/** Beside the release's pages: each editor file's key, for the next build. */
const EDITOR_KEYS_FILE = '.editor-keys.json';

/** Decap's files, each keyed by its source file (a new version of the package is a new file). */
function copyDecap(files: KeyedFiles): void {
  const dist = dirname(createRequire(import.meta.url).resolve('decap-cms'));
  for (const name of readdirSync(dist)) {
    if (!DECAP_FILE.test(name)) continue;
    const source = join(dist, name);
    if (!files.take(join(EDITOR_URL, name), fileIdentity(source) ?? null)) copyFileSync(source, join(files.outDir, EDITOR_URL, name));
  }
}

export function webEditor(options: {
  contentDir: string;
  root: string;
  siteName: string;
  settings: EditorSettings;
  /** The live publisher's builds: unchanged files are linked from the release before (src/page-reuse/keyed-files.ts). */
  reuse?: { from: string | undefined; code: () => string | undefined };
}): AstroIntegration {
  return {
    name: 'web-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const files = new KeyedFiles(outDir, EDITOR_KEYS_FILE, options.reuse?.code(), options.reuse?.from);
        const config = cmsConfig(options.settings, editorChoices(checkContentFolderOnce(options.contentDir, options.root), buildNow()));
        files.write(join(EDITOR_URL, EDITOR_CONFIG), config, () => dump(config, { lineWidth: -1 }));
        files.write(join(EDITOR_URL, 'index.html'), [options.settings, options.siteName], () => editorPage(options.settings, options.siteName));
        // The setup script is the project's code alone: the code key is its key.
        const setup = join(EDITOR_URL, EDITOR_SETUP_SCRIPT);
        if (!files.take(setup, [])) writeFileSync(join(outDir, setup), await bundleBrowserScript(new URL('./browser/editor-setup.ts', import.meta.url)));
        copyDecap(files);
        files.finish();
        logger.info(`网页编辑器：${EDITOR_URL}（${options.settings.backend}，本机编辑经 127.0.0.1:${options.settings.proxyPort}）`);
      },
    },
  };
}
