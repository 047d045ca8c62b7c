/**
 * `npm run build`'s last step: indexes the built pages with Pagefind into
 * `<dist>/pagefind/`. It runs as its own process after `astro build` has
 * exited, so the build's memory and the indexer's are never held at the same
 * time (docs/performance.md). Only elements marked `data-pagefind-body` are
 * indexed (content, not navigation); pages without one are skipped.
 *
 * Pagefind reads copies of the pages whose Chinese is already cut into words
 * (search-staging.ts), as Mandarin (`cmn`): it then indexes words as given
 * instead of running its own segmenter, and in the browser it still cuts a
 * typed query with Intl.Segmenter, because `cmn` is Chinese there.
 *
 * Usage: tsx src/cli/search-index.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { stageSearchPages } from './search-staging';

const outDir = resolve(process.argv[2] ?? 'dist');
/** Pagefind's own command (its npm wrapper picks the binary for this machine): 2-3 s faster than its Node API. */
const pagefindCommand = join(import.meta.dirname, '../../node_modules/.bin/pagefind');
const PAGEFIND_OPTIONS = { forceLanguage: 'cmn' };

/**
 * The same index through Pagefind's Node API, which also writes an empty index
 * (a new district with nothing searchable yet) where the command refuses to.
 */
async function indexWithApi(site: string, output: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex(PAGEFIND_OPTIONS);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site });
    if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(outDir, 'index.html'))) throw new Error(`${outDir} 里没有生成好的网站：请先运行 astro build（npm run build 会依次完成两步）`);
  const staging = mkdtempSync(join(tmpdir(), 'search-pages-'));
  const output = join(outDir, 'pagefind');
  try {
    const staged = await stageSearchPages(outDir, staging);
    const args = ['--site', staging, '--output-path', output, '--force-language', PAGEFIND_OPTIONS.forceLanguage, '--quiet'];
    const run = spawnSync(pagefindCommand, args, { encoding: 'utf8' });
    if (run.error || run.status !== 0) await indexWithApi(staging, output);
    else if (run.stderr.trim()) process.stderr.write(run.stderr);
    const fragments = join(output, 'fragment');
    const indexed = existsSync(fragments) ? readdirSync(fragments).length : 0;
    process.stdout.write(`搜索索引：${staged} 个页面可搜索，收录 ${indexed} 个 → ${output}\n`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`搜索索引没有生成：${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
