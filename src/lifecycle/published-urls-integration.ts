/**
 * Build hook: compares the built site with `published-urls.txt` in the content
 * folder and fails when a published URL vanished without a redirect. With
 * UPDATE_PUBLISHED_URLS=1 it adds the new URLs to the list instead.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mergedUrlList, parseUrlList, urlsOfFiles, vanishedFrom } from './published-urls';
import { settings } from '../site.config';

export const PUBLISHED_URLS_FILE = 'published-urls.txt';

export function publishedUrls(contentDir: string): AstroIntegration {
  const listFile = join(contentDir, PUBLISHED_URLS_FILE);
  return {
    name: 'published-urls',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const listed = existsSync(listFile) ? parseUrlList(readFileSync(listFile, 'utf8')) : [];
        if (settings.UPDATE_PUBLISHED_URLS) {
          const files = readdirSync(outDir, { recursive: true, withFileTypes: true })
            .filter((entry) => entry.isFile())
            .map((entry) => relative(outDir, join(entry.parentPath, entry.name)));
          const built = urlsOfFiles(files);
          writeFileSync(listFile, mergedUrlList(listed, built));
          logger.info(`已更新 ${PUBLISHED_URLS_FILE}：${built.length} 个网址`);
          return;
        }
        // Each listed address looked up: listing every file of a 5000-entry site took a third of a second a publish.
        const gone = vanishedFrom(outDir, listed);
        if (gone.length) {
          throw new AstroError(
            `有 ${gone.length} 个已经发布过的网址在这次生成中消失了（发布过的网址不能消失）：\n${gone.map((url) => `  · ${url}`).join('\n')}`,
            '如果是误删了内容文件，请恢复它；通告被替代或撤销时不要删文件。确实要去掉的网址，请在 src/site.config.ts 的 redirects 里设置跳转到新网址。',
          );
        }
        if (listed.length) logger.info(`已发布网址检查通过：${listed.length} 个网址都还在`);
      },
    },
  };
}
