/**
 * `npm run build`'s last step: indexes the built pages with Pagefind into
 * `<dist>/pagefind/`. It runs as its own process after `astro build` has
 * exited, so the build's memory and the indexer's are never held at the same
 * time (docs/performance.md). Only elements marked `data-pagefind-body` are
 * indexed (content, not navigation); pages without one are skipped.
 *
 * Pagefind reads copies of the pages whose Chinese is already cut into words
 * (search-staging.ts), forced to one language, Mandarin (`cmn`): it indexes
 * words as given instead of running its own segmenter. In the browser,
 * Pagefind cuts a typed query with Intl.Segmenter because the search page is
 * `lang="zh-CN"` (it then loads the only index there is); the search tests fail
 * if that ever stops.
 *
 * Usage: tsx src/cli/search-index.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { stageSearchPages } from './search-staging';

const outDir = resolve(process.argv[2] ?? 'dist');
/** Pagefind's own command (its npm wrapper picks the binary for this machine): 2-3 s faster than its Node API. */
const pagefindCommand = join(import.meta.dirname, '../../node_modules/.bin/pagefind');
const PAGEFIND_OPTIONS = { forceLanguage: 'cmn' };
/** What Pagefind's command says for a site with nothing to index; its Node API writes an empty index instead. */
const NOTHING_TO_INDEX = /not able to build an index/i;

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
  // Beside the site, not in a tmpfs /tmp that would hold the copies in memory while Pagefind runs.
  const staging = mkdtempSync(join(dirname(outDir), '.search-pages-'));
  const output = join(outDir, 'pagefind');
  try {
    const staged = await stageSearchPages(outDir, staging);
    const args = ['--site', staging, '--output-path', output, '--force-language', PAGEFIND_OPTIONS.forceLanguage, '--quiet'];
    const run = spawnSync(pagefindCommand, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const said = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim();
    if (run.status === 0) {
      if (run.stderr.trim()) process.stderr.write(run.stderr);
    } else if (!run.error && NOTHING_TO_INDEX.test(said)) {
      await indexWithApi(staging, output);
    } else {
      throw new Error(`Pagefind 出错（${run.error?.message ?? `退出码 ${run.status ?? run.signal}`}）：${said.slice(-2000)}`);
    }
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
