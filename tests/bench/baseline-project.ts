/**
 * Writes the bare baseline: a minimal Astro project shaped like Astro's blog
 * starter (examples/blog) — one glob() collection of the same notice files,
 * one page route, one layout with a global stylesheet — plus a Pagefind index
 * built in `astro:build:done` exactly as this site builds its own. No
 * package.json: it borrows this project's node_modules through a symlink, so
 * both builds use the same Astro, MDX and Pagefind.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const CONFIG = `// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';

/** Pagefind over the built pages, as the real site does it. */
const search = {
  name: 'pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const outDir = fileURLToPath(dir);
      const { index } = await pagefind.createIndex({});
      await index.addDirectory({ path: outDir });
      await index.writeFiles({ outputPath: outDir + '/pagefind' });
      await pagefind.close();
    },
  },
};

export default defineConfig({
  site: 'https://baseline.example.org',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  integrations: [mdx(), search],
});
`;

const CONTENT_CONFIG = (noticesDir: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const notices = defineCollection({
  loader: glob({ base: ${JSON.stringify(noticesDir)}, pattern: '**/[^_]*.{md,mdx}' }),
  schema: z.object({
    title: z.string(),
    summary: z.string().optional(),
    issued: z.coerce.date(),
    authority: z.union([z.string(), z.array(z.string())]),
    tags: z.array(z.string()).optional(),
  }),
});

export const collections = { notices };
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
import Box from '../../components/Box.astro';
import '../../styles/global.css';

export async function getStaticPaths() {
  const notices = await getCollection('notices');
  return notices.map((notice) => ({ params: { id: notice.id }, props: { notice } }));
}

const { notice } = Astro.props;
const { Content } = await render(notice);
const { data } = notice;
const authority = Array.isArray(data.authority) ? data.authority.join('、') : data.authority;
---
<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{data.title}</title>
    <meta name="description" content={data.summary ?? data.title} />
    <link rel="canonical" href={new URL(Astro.url.pathname, Astro.site)} />
  </head>
  <body>
    <header><nav><a href="/">首页</a> <a href="/notices/">通告</a></nav></header>
    <main>
      <article data-pagefind-body>
        <h1>{data.title}</h1>
        <p class="meta">{authority} · <time datetime={data.issued.toISOString()}>{data.issued.toLocaleDateString('zh-CN')}</time></p>
        <Content components={{ Callout: Box, NoticeRef: Box, HotlineCard: Box, ClinicCard: Box }} />
      </article>
    </main>
    <footer>基准对照站点</footer>
  </body>
</html>
`;

const BOX = `<div class="box"><slot /></div>\n`;

const CSS = `body { font-family: system-ui, sans-serif; margin: 0; color: #222; line-height: 1.7; }
header, footer { padding: 1rem; background: #f4f4f4; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; line-height: 1.3; }
.meta { color: #666; }
.box { border: 1px solid #ccc; padding: 0.5rem 1rem; }
`;

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Writes the baseline project at `root` (replacing it) over `noticesDir`; returns `root`. */
export function writeBaselineProject(root: string, noticesDir: string, nodeModules: string): string {
  rmSync(root, { recursive: true, force: true });
  write(root, 'astro.config.mjs', CONFIG);
  write(root, 'src/content.config.ts', CONTENT_CONFIG(noticesDir));
  write(root, 'src/pages/notices/[id].astro', PAGE);
  write(root, 'src/components/Box.astro', BOX);
  write(root, 'src/styles/global.css', CSS);
  symlinkSync(nodeModules, join(root, 'node_modules'), 'dir');
  return root;
}
