/**
 * One built page into the folder the search index reads (search-staging.ts):
 * its copy with the words spaced, unless the kept copy was made from the same
 * HTML. Shared by the staging workers of the index step and of the build
 * (src/integrations/search-prestage.ts); imports name their `.ts` files, so
 * Node runs it as it is in a worker of the build.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { spaceWordsInHtml } from '../lib/word-spacing.ts';
import type { StagedPages } from './search-staging.ts';

export class PageStager {
  readonly result: StagedPages = { hashes: {}, cut: [] };
  private readonly folders = new Set<string>();
  private readonly stagingDir: string;
  private readonly kept: Record<string, string>;

  /** `kept`: the source hash of each copy already in `stagingDir`. */
  constructor(stagingDir: string, kept: Record<string, string>) {
    this.stagingDir = stagingDir;
    this.kept = kept;
  }

  /** `file` is the page's path under the site folder, `html` what was built there. */
  stage(file: string, html: string): void {
    // Pages without a searchable part (posters, lists) are not indexed at all.
    if (!html.includes('data-pagefind-body')) return;
    const hash = createHash('sha1').update(html).digest('base64url');
    this.result.hashes[file] = hash;
    const target = join(this.stagingDir, file);
    if (this.kept[file] === hash && existsSync(target)) return;
    const folder = dirname(target);
    if (!this.folders.has(folder)) mkdirSync(folder, { recursive: true });
    this.folders.add(folder);
    writeFileSync(target, spaceWordsInHtml(html));
    this.result.cut.push(file);
  }
}
