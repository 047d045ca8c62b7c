/**
 * `npm run build`'s last step: indexes the built pages with Pagefind into
 * `<dist>/pagefind/`. It runs as its own process after `astro build` has
 * exited, so the build's memory and the indexer's are never held at the same
 * time (docs/performance.md). Only elements marked `data-pagefind-body` are
 * indexed (content, not navigation); pages without one are skipped.
 *
 * Usage: tsx src/cli/search-index.ts [dist]
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';

const outDir = resolve(process.argv[2] ?? 'dist');

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} 里没有生成好的网站：请先运行 astro build（npm run build 会依次完成两步）`);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: outDir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  const fragments = join(outDir, 'pagefind', 'fragment');
  const indexed = existsSync(fragments) ? readdirSync(fragments).length : 0;
  process.stdout.write(`搜索索引：读了 ${added.page_count} 个页面，收录 ${indexed} 个 → ${join(outDir, 'pagefind')}\n`);
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`搜索索引没有生成：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  })
  .finally(() => pagefind.close());
