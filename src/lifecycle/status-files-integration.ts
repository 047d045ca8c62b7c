/**
 * Writes the status files (src/lifecycle/status-files.ts) into the built site
 * after Astro's pages, from the checked content through the same publish
 * filter and statuses as the pages, at the build's one "now"; the dev server
 * serves them from the content as it is. Listed before the published-URL
 * check, which must find them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContentFolder, checkContentFolderOnce } from '../checking/content-check';
import type { CheckedEntry } from '../checking/content-rules';
import { buildNow, settings as siteSettings } from '../site.config';
import { publishedNewestFirst } from './publish';
import { statusDocuments } from './status-files';
import type { Notice } from '../schemas/notice';

export interface StatusFileSettings {
  contentDir: string;
  /** The project root: what paths in content messages are relative to. */
  root: string;
}

function filesOf(entries: readonly CheckedEntry[], now: Date, preview = false) {
  const notices = entries.filter((entry) => entry.kind === 'notices').map((entry) => ({ id: entry.id, data: entry.data as Notice }));
  return statusDocuments(publishedNewestFirst(notices, now, preview), now);
}

export function statusFiles(settings: StatusFileSettings): AstroIntegration {
  return {
    name: 'status-files',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = /^\/((?:notices\/[^/?#]+\/status|status\/site)\.json)(?:[?#].*)?$/.exec(request.url ?? '')?.[1];
          if (!path) return next();
          // As posters do: the folder checked again, drafts previewed unless PREVIEW_DRAFTS=0.
          const { entries } = checkContentFolder(settings.contentDir, settings.root);
          const file = filesOf(entries, buildNow(), siteSettings.PREVIEW_DRAFTS !== false).find((f) => encodeURI(f.path) === path);
          if (!file) return next();
          response.setHeader('content-type', 'application/json; charset=utf-8');
          response.setHeader('cache-control', 'no-store');
          response.end(file.text);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The same check the build started with (the content-check integration stopped it on any problem).
        const files = filesOf(checkContentFolderOnce(settings.contentDir, settings.root).entries, buildNow());
        for (const { path, text } of files) {
          const file = join(outDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        }
        logger.info(`状态文件：${files.length} 个`);
      },
    },
  };
}
