/** The search index step of `npm run build`, run on its own as a deployment would. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build-site';

describe('npm run index', () => {
  it('refuses a folder with no built site, saying what to run first', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-site-'));
    const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/search-index.ts', empty], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('搜索索引没有生成');
    expect(run.stderr).toContain('npm run build');
  });

  it('writes an empty index for a site with nothing searchable yet, so the search page still works', () => {
    const site = mkdtempSync(join(tmpdir(), 'empty-site-'));
    writeFileSync(join(site, 'index.html'), '<html lang="zh-CN"><body><div data-pagefind-body></div></body></html>');
    const run = spawnSync(join(projectRoot, 'node_modules/.bin/tsx'), ['src/cli/search-index.ts', site], { cwd: projectRoot, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    expect(existsSync(join(site, 'pagefind', 'pagefind-entry.json'))).toBe(true);
  });
});
